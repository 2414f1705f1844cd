//! Attribution analysis: for every attribution in a draft, the cue, the source and the content,
//! and how identifiable the source is.
//!
//! Heuristics over the document model, no statistical model: reporting verbs and `according to`
//! from the lexicon; the source is the noun phrase before the cue (with appositions and relative
//! clauses), after it in inversion (`…,” said a senior official.`), or after `according to`; a
//! pronoun refers back to the last person named; non-responses (`declined to comment`) are
//! recorded as responses. The parts are small functions over token ranges so each can be tested.

mod entities;
pub(crate) mod facts;
pub(crate) mod lexicon;

use rustc_hash::FxHashMap;
use rustc_hash::FxHashMap as HashMap;

use self::lexicon::{CUE_ATTITUDE, CUE_BASE, CUE_COGNITION, CUE_NONRESPONSE, CUE_SPEECH, lexicon};
use crate::document::Document;
use crate::model::{
    Attribution, CueKind, Entity, EntityKind, Response, SentenceId, SourceKind, TokenKind,
};
use crate::span::Span;

pub(crate) use entities::find_entities;

/// Words between a subject and its cue that are not part of the subject (`he has also said`).
const SKIP_BEFORE_CUE: &[&str] = &[
    "again",
    "already",
    "also",
    "angrily",
    "are",
    "be",
    "been",
    "can",
    "could",
    "did",
    "does",
    "earlier",
    "even",
    "first",
    "flatly",
    "has",
    "have",
    "had",
    "herself",
    "himself",
    "is",
    "just",
    "last",
    "later",
    "may",
    "might",
    "must",
    "never",
    "not",
    "now",
    "often",
    "once",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "recently",
    "repeatedly",
    "reportedly",
    "should",
    "still",
    "then",
    "themselves",
    "was",
    "were",
    "will",
    "would",
    "further",
    "separately",
    "initially",
    "subsequently",
    "strongly",
    "had",
    "originally",
];

/// Words a subject noun phrase never extends over, going left from the cue.
const SUBJECT_STOPS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "if", "or", "since", "so",
    "than", "that", "though", "to", "when", "where", "whether", "which", "while", "yet", "how",
    "what", "why", "once", "until", "unless", "whom", "nor",
];

/// Conjunctions that open a clause, before which a subject (with its apposition) can start:
/// `But Julie Howell, policy manager at the RNIB, said`.
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "but", "and", "yet", "so", "while", "although", "though", "because", "when", "whereas",
];

/// Sentence adverbs that stand before a subject without belonging to it (`Later the prime
/// minister said`, `However, the minister said`).
const SENTENCE_ADVERBS: &[&str] = &[
    "however",
    "meanwhile",
    "separately",
    "indeed",
    "instead",
    "elsewhere",
    "earlier",
    "later",
    "also",
    "finally",
    "moreover",
    "nevertheless",
    "overall",
    "privately",
    "publicly",
    "now",
    "then",
    "still",
    "yesterday",
    "today",
];

/// Prepositions that open a fronted phrase (`In previous seasons, the 25-year-old…`).
const FRONTING_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "for", "with", "after", "before", "during", "since", "until", "by", "from",
    "under", "over", "despite", "as", "if", "or",
];

/// Cues that are not speech when anonymity follows: `who asked not to be named`, `spoke on
/// condition of anonymity`.
const ANONYMITY_REQUEST_CUES: &[&str] = &[
    "asked",
    "asking",
    "requested",
    "requesting",
    "insisted",
    "spoke",
    "speaking",
    "talked",
    "talking",
    "agreed",
];

/// Verbs that report speech only in inversion (`…,” he continued.`) or before a quotation.
const INVERSION_ONLY: &[&str] = &["continued", "continues", "continuing", "went", "goes"];

/// Auxiliaries that make the participle after them passive (`was told`, `had been reported`).
const PASSIVE_AUX: &[&str] = &[
    "am", "are", "be", "been", "being", "get", "gets", "got", "is", "was", "were",
];

/// A statement made on one occasion (`said`, `told`, `added`), not a generic present (`say`,
/// `argue`) or a state of mind.
fn past_statement(word: &str) -> bool {
    matches!(word, "said" | "told" | "wrote" | "spoke")
        || word.len() > 4 && word.ends_with("ed") && !matches!(word, "believed" | "feared")
        // `Some analysts put a positive gloss on it, pointing out that…`: a participle reports
        // the occasion its clause describes.
        || word.len() > 5 && word.ends_with("ing")
}

/// What research and reporting produce: an unnamed one is a source nobody can look up.
const RESEARCH_NOUNS: &[&str] = &[
    "report", "survey", "surveys", "poll", "polls", "study", "studies", "research", "evidence",
    "analysis",
];

/// A research noun that stands without an article: a plural (`polls`) or a mass noun.
fn bare_research(word: &str) -> bool {
    RESEARCH_NOUNS.contains(&word)
        && (word.ends_with('s') || matches!(word, "research" | "evidence"))
        && !matches!(word, "analysis")
}

/// How many earlier attributions of a sentence are looked at for a content holding a cue.
const NESTING_LOOKBACK: usize = 16;

/// `Trump's` → `Trump` (straight or curly apostrophe).
fn strip_possessive(name: &str) -> &str {
    name.strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .or_else(|| name.strip_suffix('\''))
        .or_else(|| name.strip_suffix('’'))
        .unwrap_or(name)
}

/// Auxiliary and modal verbs: a phrase holding one is a clause, not a speaker.
const CLAUSE_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "can", "could", "will", "would", "shall",
    "should", "may", "might", "must", "did", "does",
];

/// Words after which a reporting-verb form is a noun (`a dozen mentions`, `the claims`).
const NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "his", "its", "their", "our", "my", "your", "dozen", "every", "such", "of",
    "whose", "new", "further", "repeated", "recent", "previous", "own", "public", "private",
];

/// Reporting-verb forms that also stand before a source noun as adjectives (`informed sources`).
const ADJECTIVAL_VERBS: &[&str] = &[
    "informed",
    "well-informed",
    "trusted",
    "unnamed",
    "alleged",
    "quoted",
];

/// Pronouns that can be the source of an attribution.
const PERSON_PRONOUNS: &[&str] = &["he", "she", "i"];
const GROUP_PRONOUNS: &[&str] = &["they", "we"];

/// `the 46-year-old`, `a 30-year-old man`: a person described by age.
fn age_description(words: &[&str]) -> bool {
    words
        .windows(3)
        .any(|w| matches!(w, ["year" | "years", "-", "old"]))
        || words.iter().any(|w| w.ends_with("-year-old"))
}

/// Longest a source phrase is allowed to be, in tokens.
const MAX_SOURCE_TOKENS: usize = 14;

struct Pass<'d> {
    doc: &'d Document,
    /// Quotation index by the token index of its opening / closing mark.
    quote_by_open: FxHashMap<usize, usize>,
    quote_by_close: FxHashMap<usize, usize>,
    /// Per token: the entity it belongs to, or `NO_ENTITY` (4 bytes a token: long drafts have
    /// millions of tokens).
    entity_at: Vec<u32>,
    entities: &'d [Entity],
    surnames: &'d HashMap<String, String>,
    out: Vec<Attribution>,
}

/// Is `norm` (a token's matching form) a reporting verb of the attribution analysis (`said`,
/// `told`, `insisted`, `remarks`…)?
#[must_use]
pub(crate) fn is_reporting_verb(norm: &str) -> bool {
    let lex = lexicon();
    lex.speech_verbs.contains(norm) || lex.inversion_verbs.contains(norm)
}

/// Is `word` (as written) a function word that starts sentences capitalised (`The`, `He`,
/// `Some`), from the analysis's list?
#[must_use]
pub(crate) fn is_capitalised_function_word(word: &str) -> bool {
    lexicon().stopwords_cap.contains(word)
}

/// Is `norm` a title or a role noun of the attribution analysis (`minister`, `spokeswoman`,
/// `farmer`, `Dr`)?
#[must_use]
pub(crate) fn is_title_or_role(norm: &str) -> bool {
    let lex = lexicon();
    lex.titles.contains(norm) || lex.role_nouns.contains(norm) || lex.anon_nouns.contains(norm)
}

/// Every attribution of the document, in cue order.
pub(crate) fn find_attributions(
    doc: &Document,
    entities: &[Entity],
    surnames: &HashMap<String, String>,
) -> Vec<Attribution> {
    let mut entity_at = vec![NO_ENTITY; doc.tokens().len()];
    for (e, ent) in entities.iter().enumerate() {
        for slot in &mut entity_at[ent.tokens.clone()] {
            *slot = e as u32;
        }
    }
    let mut quote_by_open = FxHashMap::default();
    let mut quote_by_close = FxHashMap::default();
    for (qi, q) in doc.quotes().iter().enumerate() {
        if let Some(o) = q.open {
            quote_by_open.insert(o.index(), qi);
        }
        if let Some(c) = q.close {
            quote_by_close.insert(c.index(), qi);
        }
    }
    let mut pass = Pass {
        doc,
        quote_by_open,
        quote_by_close,
        entity_at,
        entities,
        surnames,
        out: Vec::new(),
    };
    for (si, s) in doc.sentences().iter().enumerate() {
        pass.sentence(si, s.tokens.start, s.tokens.end);
    }
    pass.out
}

const NO_ENTITY: u32 = u32::MAX;

impl Pass<'_> {
    /// The entity token `k` belongs to.
    fn entity_of(&self, k: usize) -> Option<usize> {
        let e = self.entity_at[k];
        (e != NO_ENTITY).then_some(e as usize)
    }

    fn norm(&self, i: usize) -> &str {
        self.doc.norm(&self.doc.tokens()[i])
    }

    fn norms(&self, i: usize, hi: usize) -> Vec<&str> {
        (i..hi.min(i + 8)).map(|k| self.norm(k)).collect()
    }

    fn span(&self, a: usize, b: usize) -> Span {
        let t = self.doc.tokens();
        t[a].span.cover(t[b - 1].span)
    }

    // One long loop today; its rebuild as staged recognisers is the accuracy issue's (#13).
    #[allow(clippy::too_many_lines)]
    fn sentence(&mut self, si: usize, lo: usize, hi: usize) {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let mut i = lo;
        while i < hi {
            // `“…,” ― Pamela Padilla`: a dash after a quotation, then who said it.
            if matches!(self.norm(i), "―" | "—" | "–" | "-" | "--")
                && i > lo
                && (tokens[i - 1].is_close_quote()
                    || (i > lo + 1
                        && tokens[i - 2].is_close_quote()
                        && matches!(self.norm(i - 1), "," | ".")))
            {
                let name = self.subject_at_start(i + 1, hi).filter(|&(a, b)| {
                    b >= self.content_end(hi) || (a..b).any(|k| self.entity_of(k).is_some())
                });
                if let Some(source) = name {
                    let content = self.quote_or_clause_before(lo, i);
                    self.push(si, (i, i + 1), Some(source), content, None);
                    i = source.1;
                    continue;
                }
            }
            // A transcript's speaker label: `WALLACE: Let's start…`
            if self.norm(i) == ":" && i == lo + 1 && tokens[lo].is_all_caps() && i + 1 < hi {
                let content = self.content_after(i + 1, hi);
                self.push(si, (i, i + 1), Some((lo, i)), content, None);
                i += 1;
                continue;
            }
            // `Clinton spokesman Brian Fallon: “…”`, headline `Trump: Cruz Has…`
            if self.norm(i) == ":" && !tokens[i].in_quote() {
                let named = i > lo
                    && i - lo <= if self.title_case(lo, hi) { 8 } else { 5 }
                    && (lo..i).all(|k| {
                        tokens[k].is_capitalised()
                            || self.entity_of(k).is_some()
                            || matches!(self.norm(k), "'" | "-" | "of" | "the")
                    })
                    && (self.title_case(lo, hi)
                        || !(lo..i).any(|k| lexicon().cue_mask(self.norm(k)) != 0))
                    && (lo..i).any(|k| {
                        self.entity_of(k).is_some()
                            || (tokens[k].is_capitalised() && !tokens[k].is_all_caps() && k > lo)
                    });
                if named && i + 1 < hi {
                    let content = self.content_after(i + 1, hi);
                    self.push(si, (i, i + 1), Some((lo, i)), content, None);
                }
                i += 1;
                continue;
            }
            if tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            let word = self.norm(i);
            // `The club is reportedly spending $1.5m`: an attribution to unnamed reports, with
            // no source phrase.
            if word == "reportedly" && !tokens[i].in_quote() {
                let content = self
                    .subject_at_start(lo, i)
                    .map(|(a, _)| (a, self.content_end(hi)));
                self.push(si, (i, i + 1), None, content, None);
                if let Some(last) = self.out.last_mut() {
                    last.kind = SourceKind::Report;
                }
                i += 1;
                continue;
            }
            // `“I am still Sanders,” it read.`, `One message reads “…”`: what a sign, a
            // message or a document says.
            if matches!(word, "read" | "reads") && !tokens[i].in_quote() && i > lo {
                let quote_after = tokens
                    .get(i + 1)
                    .is_some_and(|t| i + 1 < hi && (t.is_open_quote() || self.norm(i + 1) == ":"));
                let source = if tokens[i - 1].is_close_quote() {
                    self.phrase_after(i + 1, hi)
                } else {
                    self.subject_before(i, lo, si)
                };
                // `“…,” one placard read.`: the quotation closes just before the subject.
                let quote_before = tokens[i - 1].is_close_quote()
                    || source.is_some_and(|(a, _)| {
                        a > lo
                            && (tokens[a - 1].is_close_quote()
                                || a >= lo + 2
                                    && self.norm(a - 1) == ","
                                    && tokens[a - 2].is_close_quote())
                    });
                // A sign, a note, a message — or `it`, `which`, `one` standing for one.
                let documentary = source.is_some_and(|(a, b)| {
                    (a..b).any(|k| {
                        let w = self.norm(k);
                        matches!(w, "it" | "which" | "one" | "another" | "signs")
                            || lex.document_nouns.contains(w)
                    })
                });
                if (quote_before || quote_after) && documentary {
                    let content = if quote_after {
                        self.content_after(i + 1, hi)
                    } else {
                        self.quote_or_clause_before(lo, i)
                    };
                    self.push(si, (i, i + 1), source, content, None);
                    i += 1;
                    continue;
                }
            }
            // Cue words have three letters or more: short words skip the look-up.
            let mask = if word.len() < 3 {
                0
            } else {
                lex.cue_mask(word)
            };
            if mask == 0 && word != "according" {
                // A verb not in the lists that plainly introduces what someone said or holds:
                // `He lamented that…`, `Clinton quipped: “…”`.
                if let Some(end) = self.open_clause_verb(i, lo, hi) {
                    i = end;
                } else {
                    i += 1; // most tokens: one lookup and on
                }
                continue;
            }
            let words = self.norms(i, hi);
            if words.len() >= 2 && words[0] == "according" && words[1] == "to" {
                let source = self.phrase_after(i + 2, hi);
                let content =
                    if source.is_some_and(|(_, e)| e < hi && self.norm(e) == ",") && i == lo {
                        source.map(|(_, e)| (e + 1, self.content_end(hi)))
                    } else {
                        (i > lo).then(|| (lo, self.trim_back(lo, i)))
                    };
                self.push(si, (i, i + 2), source, content, None);
                i += 2;
                continue;
            }
            let nonresponse = if mask & CUE_NONRESPONSE == 0 {
                None
            } else {
                lex.nonresponse.longest(&words)
            };
            if let Some(n) = nonresponse {
                let source = self.subject_before(i, lo, si);
                self.push(si, (i, i + n), source, None, Some(Response::NonResponse));
                i += n;
                continue;
            }
            // A quotation's own reports (`“I think…”`, `“He said no”`) are the speaker's, not
            // the writer's sourcing: no attribution.
            if tokens[i].in_quote() {
                i += 1;
                continue;
            }
            let in_set = |bit: u8, set: &lexicon::PhraseSet| {
                if mask & bit == 0 {
                    None
                } else {
                    set.longest(&words)
                }
            };
            let base = in_set(CUE_BASE, &lex.base_forms);
            let listed = in_set(CUE_SPEECH, &lex.speech_verbs)
                .or_else(|| in_set(CUE_ATTITUDE, &lex.attitude_verbs));
            let speech = listed.or(base);
            let cognition = if speech.is_none() {
                in_set(CUE_COGNITION, &lex.cognition_verbs)
            } else {
                None
            };
            let Some(n) = speech.or(cognition) else {
                i += 1;
                continue;
            };
            // `the seven states where…`, `the Super Tuesday contests.`: a plural noun, not a verb,
            // unless a clause follows.
            if lexicon().noun_homographs.contains(&words[0]) {
                let after_marker = i > lo
                    && (NOUN_MARKERS.contains(&self.norm(i - 1))
                        || lexicon().homograph_noun_markers.contains(&self.norm(i - 1))
                        || tokens[i - 1].kind == TokenKind::Number);
                let next = words.get(n).copied().unwrap_or(".");
                let clause = matches!(
                    next,
                    "that"
                        | ":"
                        | ","
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        | "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                ) || tokens.get(i + n).is_some_and(|t| {
                    t.is_open_quote() || (t.is_capitalised() && t.kind == TokenKind::Word)
                });
                // `…, O'Keefe notes.`: a name after a comma, then the end of the sentence.
                // `…, a USA Today analysis shows.` too.
                let closing = matches!(next, "." | "!" | "?")
                    && self.subject_before(i, lo, si).is_some_and(|(a, b)| {
                        a > lo && self.norm(a - 1) == "," && self.source_head(b - 1)
                    });
                if after_marker || !(clause || closing) {
                    i += 1;
                    continue;
                }
            }
            // `people who fail to say they have moved`: an infinitive reports nothing said.
            if i > lo
                && self.norm(i - 1) == "to"
                && i >= lo + 2
                && !matches!(
                    self.norm(i - 2),
                    "according"
                        | "due"
                        | "owing"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "expected"
                        | "going"
                        | "set"
                        | "likely"
                        | "about"
                )
                && !words[0].ends_with("ed")
                && !words[0].ends_with("ing")
                && !words[0].ends_with('s')
            {
                i += n;
                continue;
            }
            // `continues to grow`, `proved decisive`, `pledged delegates`, `in most states, …`:
            // a verb of going on or turning out, an adjective, a noun.
            let next_word = words.get(n).copied().unwrap_or("");
            let not_speech = match words[0] {
                // `continued to insist that…` stays a cue: the verb after `to` is one.
                "continues" | "continued" | "continue" | "continuing" => {
                    next_word == "to" && words.get(n + 1).is_none_or(|w| lex.cue_mask(w) == 0)
                }
                "proved" | "proves" | "proven" | "prove" => {
                    !matches!(next_word, "that" | ":") && !self.starts_quote(i + n)
                }
                "pledged" | "unpledged" => next_word.starts_with("delegate"),
                // `conceded a penalty`, `conceded two goals`: sport, not an admission
                // (`conceded that…`, `conceded defeat` are).
                "conceded" | "concedes" | "concede" | "conceding" => {
                    let admits = matches!(
                        next_word,
                        "that" | "," | ":" | "defeat" | "the" | "he" | "she" | "they" | "it"
                    );
                    let sport = matches!(
                        words.get(n + 1).copied(),
                        Some(
                            "penalty"
                                | "goal"
                                | "goals"
                                | "try"
                                | "tries"
                                | "match"
                                | "game"
                                | "set"
                                | "lead"
                                | "corner"
                                | "free-kick"
                        )
                    );
                    (!admits || sport) && !self.starts_quote(i + n)
                }
                // `a program called Sandy Hook Promise`, `what is typically called`: naming,
                // not speaking.
                "called" => {
                    i > lo
                        && {
                            let prev = self.norm(i - 1);
                            let naming_noun = tokens[i - 1].kind == TokenKind::Word
                                && !tokens[i - 1].is_capitalised()
                                && !self.source_head(i - 1)
                                && !SKIP_BEFORE_CUE.contains(&prev)
                                && !matches!(
                                    prev,
                                    "and" | "but" | "also" | "who" | "that" | "which"
                                );
                            // `has vocally called`, `has nevertheless called`: a verb.
                            let perfect =
                                i >= lo + 2 && matches!(self.norm(i - 2), "has" | "have" | "had");
                            // `so-called`
                            let so_called = prev == "-" && i >= lo + 2 && self.norm(i - 2) == "so";
                            // `Ron Bloom's new venture, called PodShow`
                            let comma_name = prev == ","
                                && i + 1 < hi
                                && tokens[i + 1].is_capitalised()
                                && tokens[i + 1].kind == TokenKind::Word;
                            (naming_noun || self.adverb(i - 1) || so_called || comma_name)
                                && !perfect
                        }
                        && !matches!(words.get(1).copied(), Some("for" | "on" | "upon" | "out"))
                }
                "states" => {
                    !(matches!(next_word, "that" | ":") || self.starts_quote(i + n))
                        || i > lo && self.norm(i - 1) == ","
                }
                // `contested the long jump`, `contests the seat`: competing, not disputing
                // (`contested the claims`, `contests that…` are denials).
                "contested" | "contests" | "contest" => {
                    !words[n.min(words.len())..].iter().take(5).any(|w| {
                        matches!(
                            *w,
                            "that"
                                | "claim"
                                | "claims"
                                | "allegation"
                                | "allegations"
                                | "accusation"
                                | "accusations"
                                | "charge"
                                | "charges"
                                | "ruling"
                                | "decision"
                                | "findings"
                                | "finding"
                                | "report"
                                | "figures"
                                | "account"
                                | "version"
                                | "fine"
                                | "penalty"
                                | "ban"
                                | "verdict"
                        )
                    })
                }
                _ => false,
            };
            if not_speech {
                i += n;
                continue;
            }
            // The cue of `continued to insist` is all three words.
            let n = if words[0].starts_with("continu") && next_word == "to" && words.len() > n + 1 {
                n + 2
            } else {
                n
            };
            // `the domination ultimately told.`: `told` with nothing after it is not speech.
            if words[0] == "told"
                && n == 1
                && matches!(words.get(1).copied(), None | Some("." | "!" | ";"))
            {
                i += n;
                continue;
            }
            // `who asked not to be named`, `spoke on condition of anonymity`: a request for
            // anonymity, not speech.
            if ANONYMITY_REQUEST_CUES.contains(&words[0]) {
                let rest = &words[n.min(words.len())..];
                let request = matches!(
                    rest,
                    ["not" | "anonymity" | "anonymously", ..]
                        | ["on", "condition" | "background", ..]
                        | ["on", "the", "condition", ..]
                        | ["for", "anonymity", ..]
                        | ["to", "remain", "anonymous", ..]
                        | ["that", _, "name", ..]
                        | ["that", "his" | "her" | "their", "identity", ..]
                );
                if request {
                    i += n;
                    continue;
                }
            }
            // `Christie said when asked whether…`: the question put to the speaker of the
            // sentence's attribution.
            if words[0] == "asked"
                && i > lo + 1
                && matches!(self.norm(i - 1), "when" | "whenever" | "after" | "being")
            {
                let source = self
                    .out
                    .iter()
                    .rev()
                    .take_while(|a| a.sentence.index() == si)
                    .find_map(|a| a.source)
                    .map(|s| self.tokens_of(s));
                if source.is_some() {
                    self.push(si, (i, i + 1), source, self.content_after(i + 1, hi), None);
                }
                i += 1;
                continue;
            }
            // `Asked if she would run, Clinton said…`: the main clause's subject was asked.
            let opener = i == lo
                || i == lo + 1 && matches!(self.norm(lo), "when" | "whenever" | "and" | "but");
            if opener && matches!(words[0], "asked" | "pressed" | "questioned") {
                let comma = (i + 1..hi).find(|&k| self.norm(k) == ",");
                if let Some(subject) = comma.and_then(|c| self.subject_at_start(c + 1, hi)) {
                    self.push(si, (i, i + 1), Some(subject), None, None);
                }
                i += 1;
                continue;
            }
            // `Said`, `Claims` inside a sentence are names or titles, not cues — except in a
            // title-case headline (`Clinton Says Russians Hacked DNC`).
            if tokens[i].is_capitalised() && i > lo && !self.title_case(lo, hi) {
                i += 1;
                continue;
            }
            let prev_norm = if i > lo { self.norm(i - 1) } else { "" };
            // `was told`, `has been widely blamed`: an adverb may stand between.
            let aux_before = PASSIVE_AUX.contains(&prev_norm)
                || ((prev_norm.ends_with("ly") || SKIP_BEFORE_CUE.contains(&prev_norm))
                    && i >= lo + 2
                    && PASSIVE_AUX.contains(&self.norm(i - 2)));
            let passive = aux_before
                && (words[0].ends_with("ed")
                    || lexicon().irregular_participles.contains(&words[0]));
            // `people briefed on the talks`, `a report cited by Reuters`: a participle after its
            // noun, not a cue.
            let next_norm = if i + n < hi { self.norm(i + n) } else { "" };
            let reduced_relative =
                words[0].ends_with("ed") && matches!(next_norm, "on" | "by" | "about");
            // `in charge of`, `the Tories' call for`: after a preposition or a possessive, a
            // cue word that is not an -ing form is a noun.
            let noun_use = !words[0].ends_with("ing")
                && (matches!(
                    prev_norm,
                    "in" | "of" | "on" | "for" | "with" | "under" | "at" | "from" | "into"
                ) || (prev_norm.ends_with("s'") || prev_norm.ends_with("'s"))
                    && !PERSON_PRONOUNS.contains(&prev_norm)
                    || prev_norm == "'" && i >= lo + 2 && self.norm(i - 2).ends_with('s')
                    // `a bankruptcy claim`: a singular noun before a base form makes a compound
                    // (`officials claim`, `they claim` stay verbs).
                    || matches!(
                        words[0],
                        "claim" | "call" | "report" | "charge" | "comment" | "warning" | "demand"
                    ) && i > lo
                        && tokens[i - 1].kind == TokenKind::Word
                        && !tokens[i - 1].is_capitalised()
                        && !prev_norm.ends_with('s')
                        && !PERSON_PRONOUNS.contains(&prev_norm)
                        && !GROUP_PRONOUNS.contains(&prev_norm)
                        && !matches!(
                            prev_norm,
                            "to" | "and" | "or" | "also" | "not" | "would" | "will" | "could"
                                | "can" | "may" | "might" | "should" | "must" | "did" | "do"
                                | "does" | "often" | "still" | "never" | "now" | "then" | "who"
                        )
                    // `the Analysys report`: a name between a determiner and the noun.
                    || matches!(
                        words[0],
                        "claim" | "call" | "report" | "charge" | "comment" | "warning" | "demand"
                    ) && i >= lo + 2
                        && tokens[i - 1].is_capitalised()
                        && matches!(
                            self.norm(i - 2),
                            "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her"
                        ));
            if passive || reduced_relative || noun_use || NOUN_MARKERS.contains(&prev_norm) {
                i += 1; // `was told`, `a dozen mentions`: not a cue of its subject
                continue;
            }
            // `denied`, and phrases: `pushed back on`, `bristles at`.
            let response = lex
                .denial_verbs
                .longest(&words)
                .is_some()
                .then_some(Response::Denial);
            let after = i + n;
            // Participle after a comma: `…, saying that …` — the main clause's subject speaks.
            if words[0].ends_with("ing") && i > lo && self.norm(i - 1) == "," {
                let source = self
                    .out
                    .last()
                    .filter(|a| a.sentence.index() == si)
                    .and_then(|a| a.source)
                    .map(|s| self.tokens_of(s));
                let source = source.or_else(|| self.subject_at_start(lo, i));
                if source.is_some() {
                    let content = self.content_after(after, hi);
                    self.push(si, (i, after), source, content, response);
                }
                i = after;
                continue;
            }
            // Inversion: `…,” said Toner.` / `…, said a senior official.`
            let prev = (i > lo).then(|| &tokens[i - 1]);
            // `Said Dorothy Poynter, who grew up nearby: “…”`: inversion at the sentence start.
            let leading = i == lo && matches!(words[0], "said" | "says");
            let inverted = (leading
                || prev.is_some_and(|p| p.is_close_quote() || self.doc.norm(p) == ","))
                && lex.inversion_verbs.contains(words[0])
                && after < hi
                && !matches!(
                    self.norm(after),
                    "that" | "he" | "she" | "they" | "it" | "we" | "i"
                );
            if inverted {
                if let Some(mut source) = self.phrase_after(after, hi) {
                    // `…, said the chief engineer, Ruth Adebayo.`: the name in apposition.
                    if source.1 + 1 < hi && self.norm(source.1) == "," {
                        if let Some(name) = self.phrase_after(source.1 + 1, hi) {
                            let is_person = (name.0..name.1).any(|k| {
                                self.entity_of(k)
                                    .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                            });
                            if is_person && name.1 >= self.content_end(hi) {
                                source.1 = name.1;
                            }
                        }
                    }
                    let ends = source.1 >= self.content_end(hi)
                        || matches!(self.norm(source.1), "," | "who" | "whose" | "(" | ":");
                    // `Tony Hunter, president of …, said the plans could improve…`: a clause
                    // after the cue is what was said, not an inverted speaker.
                    if ends
                        && !self.clause_like(source.0, source.1)
                        && self.looks_like_source(source.0, source.1)
                    {
                        let content = if leading {
                            // The quotation the sentence ends with, past a relative clause.
                            let quote = (source.1..hi).find(|&k| tokens[k].is_open_quote());
                            self.content_after(quote.unwrap_or(source.1), hi)
                        } else {
                            self.quote_or_clause_before(lo, i)
                        };
                        self.push(si, (i, after), Some(source), content, response);
                        i = after;
                        continue;
                    }
                }
            }
            if INVERSION_ONLY.contains(&words[0]) {
                let quoted = tokens.get(after).is_some_and(crate::Token::is_open_quote)
                    || words.get(n) == Some(&":");
                let speaker = self
                    .subject_before(i, lo, si)
                    .is_some_and(|(a, b)| self.looks_like_source(a, b));
                if !quoted && !speaker {
                    i += 1; // `if the strike continued`: not speech unless it introduces a quotation
                    continue;
                }
            }
            // `most of the taxes claimed are linked to…`: a participle describing a noun, with the
            // sentence's verb right after it, reports nothing.
            // (`what he said was true`, `what the senators said was gerrymandering` keep their
            // speakers: `said`, `told`, `wrote` are not used as such participles.)
            if after < hi
                && i > lo
                && !matches!(words[0], "said" | "says" | "told" | "wrote")
                && CLAUSE_VERBS.contains(&self.norm(after))
                && tokens[i - 1].kind == TokenKind::Word
                && !tokens[i - 1].is_capitalised()
                && !PERSON_PRONOUNS.contains(&self.norm(i - 1))
                && !GROUP_PRONOUNS.contains(&self.norm(i - 1))
                && !matches!(self.norm(i - 1), "you" | "it" | "who" | "which" | "that")
            {
                i += n;
                continue;
            }
            let mut source = self.subject_before(i, lo, si);
            // `the diplomat couldn't recall the conversation outlined in the book`: a participle
            // after a noun, its subject running back into a clause, reports nothing.
            if after < hi
                && matches!(self.norm(after), "in" | "by")
                && source.is_some_and(|(a, b)| self.clause_like(a, b))
            {
                i += n;
                continue;
            }
            // `… rushed everyone inside and said they will …`: the subject of the first verb.
            if source.is_none() && i > lo && matches!(self.norm(i - 1), "and" | "but" | "then") {
                source = self
                    .out
                    .last()
                    .filter(|a| a.sentence.index() == si)
                    .and_then(|a| a.source)
                    .map(|s| self.tokens_of(s));
                source = source.or_else(|| self.subject_at_start(lo, i));
            }
            let is_cognition = cognition.is_some();
            let is_base = base.is_some() && listed.is_none();
            // `eight states, with…`, `nomination contests`: a noun homograph is a verb only
            // after a subject that can speak.
            if lexicon().noun_homographs.contains(&words[0])
                && !source.is_some_and(|(_, to)| self.source_head(to - 1))
            {
                i += 1;
                continue;
            }
            // `said they believed Russia…`: a belief inside what someone is reported to have
            // said is part of the report, not another attribution.
            let attitude_word = lex.speech_verbs.longest(&words).is_none();
            {
                // `Polls show 30 percent of his backers say…`: what a poll or a document found
                // people say is the document's finding, not another attribution.
                let cue_span = tokens[i].span;
                // The last few attributions of the sentence only: a run-on sentence of
                // thousands of cues must stay linear.
                let nested = self
                    .out
                    .iter()
                    .rev()
                    .take_while(|a| a.sentence.index() == si)
                    .take(NESTING_LOOKBACK)
                    .any(|a| {
                        let inside = a
                            .content
                            .is_some_and(|c| c.start <= cue_span.start && cue_span.end <= c.end);
                        // A poll's or a study's finding (`polls show…`), not any document
                        // (`in a message posted Friday, Cruz said`).
                        let finding = matches!(a.kind, SourceKind::Report | SourceKind::Document)
                            && matches!(
                                self.doc.text(a.cue).to_lowercase().as_str(),
                                "show"
                                    | "shows"
                                    | "showed"
                                    | "found"
                                    | "finds"
                                    | "find"
                                    | "suggest"
                                    | "suggests"
                                    | "suggested"
                                    | "indicate"
                                    | "indicates"
                                    | "indicated"
                            );
                        inside
                            && (attitude_word && !lexicon().speech_acts.contains(&words[0])
                                || finding)
                    });
                if nested {
                    i += n;
                    continue;
                }
            }
            // `found it before the plane left`, `the talk show`: finding and showing report
            // something only from evidence (`the poll found`, `records show`) or with a clause.
            if matches!(
                words[0],
                "found" | "find" | "finds" | "show" | "shows" | "showed" | "shown" | "showing"
            ) && !words[n.min(words.len())..]
                .iter()
                .take(4)
                .any(|w| matches!(*w, "that" | ":"))
            {
                let evidence = source.is_some_and(|(from, to)| {
                    (from..to).any(|k| self.evidence(k))
                        || matches!(
                            self.classify(from, to).0,
                            SourceKind::Document | SourceKind::Report | SourceKind::Organisation
                        )
                });
                if !evidence {
                    i += n;
                    continue;
                }
            }
            let accept = match source {
                None => false,
                Some((from, to)) if is_cognition => {
                    // `I think`, `officials believe that…`: only with a person-like subject and
                    // an attributed clause.
                    let personish = (from..to).any(|k| {
                        PERSON_PRONOUNS.contains(&self.norm(k))
                            || GROUP_PRONOUNS.contains(&self.norm(k))
                            || self.entity_of(k).is_some()
                    }) || (from..to).any(|k| lex.anon_nouns.contains(self.norm(k)))
                        // `as many Democrats believe`, `some believe he could…`: a vague group
                        // holding a view.
                        || matches!(self.norm(from), "some" | "many" | "most" | "others")
                        || (from..to).any(|k| lex.weasel_groups.contains(self.norm(k)));
                    personish && after < hi && !matches!(self.norm(after), "." | "," | "so" | "it")
                }
                Some((from, to)) if is_base => {
                    // `critics argue that…`, `they warn`: a clause after, or a plural or
                    // personal subject; otherwise the word is probably a noun.
                    let clause = after < hi
                        && (matches!(self.norm(after), "that" | ":" | ",")
                            || tokens[after].is_open_quote());
                    let plural_subject = (from..to).any(|k| {
                        let w = self.norm(k);
                        matches!(w, "they" | "we" | "i" | "you")
                            || lexicon().people_nouns.contains(&w)
                            || lex.weasel_groups.contains(w)
                            || lex.anon_nouns.contains(w)
                    });
                    clause || plural_subject
                }
                // `there was no telephone call planned.`: a listed verb that ends the sentence
                // after a clause, not a subject.
                Some((from, to)) => {
                    after < self.content_end(hi)
                        || !(from..to).any(|k| {
                            matches!(self.norm(k), "there" | "is" | "are" | "was" | "were")
                        })
                }
            };
            if accept {
                let content = self.content_after(after, hi).or_else(|| {
                    let (a, _) = source?;
                    self.quote_or_clause_before(lo, a)
                });
                self.push(si, (i, after), source, content, response);
                i = after;
            } else {
                i += 1;
            }
        }
    }

    /// A past or present verb (by its ending) right after a person's name or a personal
    /// pronoun, followed by `that` or a quotation: a cue the lists do not have. Records the
    /// attribution and returns the index after the cue.
    fn open_clause_verb(&mut self, i: usize, lo: usize, hi: usize) -> Option<usize> {
        let tokens = self.doc.tokens();
        let word = self.norm(i);
        let t = &tokens[i];
        if t.is_capitalised() || t.in_quote() || i == lo || i + 1 >= hi || word.len() < 4 {
            return None;
        }
        let verbish = word.ends_with("ed")
            || (word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us"));
        if !verbish {
            return None;
        }
        let next = &tokens[i + 1];
        let introduces = self.norm(i + 1) == "that"
            || next.is_open_quote()
            || (matches!(self.norm(i + 1), ":" | ",")
                && tokens
                    .get(i + 2)
                    .is_some_and(|q| i + 2 < hi && q.is_open_quote()));
        if !introduces {
            return None;
        }
        let prev = i - 1;
        let person = PERSON_PRONOUNS.contains(&self.norm(prev))
            || GROUP_PRONOUNS.contains(&self.norm(prev))
            || self
                .entity_of(prev)
                .is_some_and(|e| self.entities[e].kind != EntityKind::Outlet);
        if !person {
            return None;
        }
        let si = tokens[i].sentence.index();
        let source = self.subject_before(i, lo, si);
        let content = self.content_after(i + 1, hi);
        self.push(si, (i, i + 1), source, content, None);
        Some(i + 1)
    }

    /// Is the sentence in title case (a headline): most of its words capitalised?
    fn title_case(&self, lo: usize, hi: usize) -> bool {
        let words = self.doc.tokens()[lo..hi]
            .iter()
            .filter(|t| t.kind == TokenKind::Word);
        let (caps, all) = words.fold((0, 0), |(c, a), t| {
            (c + usize::from(t.is_capitalised()), a + 1)
        });
        all >= 3 && caps * 3 >= all * 2
    }

    /// Token range of a span already recorded.
    fn tokens_of(&self, span: Span) -> (usize, usize) {
        let t = self.doc.tokens();
        let a = t.partition_point(|x| x.span.start < span.start);
        let b = t.partition_point(|x| x.span.end <= span.end);
        (a, b.max(a + 1))
    }

    /// The noun phrase right after `i` (for `according to X`, inversion): up to a comma, a stop,
    /// a quotation mark or the sentence end.
    fn phrase_after(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let mut j = i;
        while j < hi && j - i < MAX_SOURCE_TOKENS {
            let t = &tokens[j];
            let n = self.doc.norm(t);
            let keeps = t.kind == TokenKind::Word
                || t.kind == TokenKind::Number
                || matches!(n, "'" | "-" | "&");
            if !keeps || matches!(n, "that" | "who" | "which" | "on" | "in" | "at") && j > i {
                // `a person familiar with the matter`: keep prepositional tails of known frames.
                if matches!(n, "on" | "in" | "at") && j > i {
                    j += 1;
                    continue;
                }
                break;
            }
            j += 1;
        }
        (j > i).then_some((i, j))
    }

    /// The subject of a cue at `i`: the noun phrase before it (with an apposition or relative
    /// clause), or `None`. `Powell's office, when contacted by Reuters, said`: a parenthetical
    /// clause opened by a conjunction after a comma is skipped for the subject before it.
    fn subject_before(&self, i: usize, lo: usize, si: usize) -> Option<(usize, usize)> {
        let found = self.subject_before_here(i, lo, si)?;
        let (a, _) = found;
        if a >= lo + 2
            && matches!(
                self.norm(a - 1),
                "when" | "while" | "after" | "before" | "once" | "if"
            )
            && self.norm(a - 2) == ","
            && i > a
            && self.norm(i - 1) == ","
        {
            return self.subject_before_here(a - 2, lo, si).or(Some(found));
        }
        Some(found)
    }

    fn subject_before_here(&self, i: usize, lo: usize, si: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let mut end = i;
        while end > lo && (SKIP_BEFORE_CUE.contains(&self.norm(end - 1)) || self.adverb(end - 1)) {
            end -= 1;
        }
        // `Nobody, he claimed, could…`: a personal pronoun right before the cue is the whole
        // subject (a parenthetical cue after a comma does not reach back past it).
        if end > lo
            && (PERSON_PRONOUNS.contains(&self.norm(end - 1))
                || GROUP_PRONOUNS.contains(&self.norm(end - 1)))
            && end - 1 > lo
            && self.norm(end - 2) == ","
        {
            return Some((end - 1, end));
        }
        // `… refused to answer questions but said`: a second verb of the same subject has no
        // subject of its own before it.
        if end > lo && matches!(self.norm(end - 1), "and" | "but" | "or" | "yet") {
            return None;
        }
        // `Rep. Jim McDermott (D-Wash.) said`: a parenthesis after the name.
        if end > lo + 1 && self.norm(end - 1) == ")" {
            if let Some(open) = (lo..end - 1).rev().find(|&k| self.norm(k) == "(") {
                end = open;
            }
        }
        // `Dana Reyes, a spokeswoman, said` / `Trump, who has said`: a comma before the cue
        // closes an apposition.
        let mut comma_before = false;
        // `Souness - who refused to name him - said`: a dash closes the clause like a comma.
        if end > lo + 1 && matches!(self.norm(end - 1), "," | "-" | "–" | "—") {
            end -= 1;
            comma_before = true;
        }
        // `Sen. Jack Reed (D-R.I.), said`: the parenthesis before the comma.
        if comma_before && end > lo + 1 && self.norm(end - 1) == ")" {
            if let Some(open) = (lo..end - 1).rev().find(|&k| self.norm(k) == "(") {
                end = open;
            }
        }
        let _ = si;
        // A relative clause: `two people who saw it said` → the people.
        let window_start = end.saturating_sub(MAX_SOURCE_TOKENS).max(lo);
        // `Heineken, which also owns the Amstel brand, said`: a body's relative clause too.
        if let Some(w) = (window_start..end).rev().find(|&k| {
            matches!(self.norm(k), "who" | "whose")
                || self.norm(k) == "which" && comma_before && k > lo && self.norm(k - 1) == ","
        }) {
            // Not across another report: `X, who was in charge, said that detectives found…`.
            let clean = (w + 1..end).all(|k| {
                // `minorities, who are more likely to vote, the lawsuit says`: the relative
                // clause closed before the subject.
                let stop = matches!(self.norm(k), ";" | ":" | "\"" | "'" | "that" | ",")
                    || tokens[k].is_open_quote();
                let report = lexicon().speech_verbs.contains(self.norm(k))
                    && k > w + 1
                    && self.norm(k - 1) == ",";
                !stop && !report
            });
            if clean {
                let ant_end = if w > lo && matches!(self.norm(w - 1), "," | "-" | "–" | "—") {
                    w - 1
                } else {
                    w
                };
                let ant = self.np_before(ant_end, lo);
                return match ant {
                    Some((a, b)) => Some((self.name_before(a, b, lo), end)),
                    None => Some((w, end)),
                };
            }
        }
        let (mut a, b) = self
            .np_before(end, lo)
            .map(|(a, b)| self.trim_to_head(a, b))?;
        // `Later the prime minister said`: a sentence adverb is not part of the subject.
        while a + 1 < b && SENTENCE_ADVERBS.contains(&self.norm(a)) {
            a += 1;
        }
        // Apposition: `NP1, NP2, said` — one of them a name, the other a role.
        if a > lo + 1 && self.norm(a - 1) == "," {
            if let Some((a1, _)) = self
                .np_before(a - 1, lo)
                .filter(|&(a1, e1)| self.appositive(a1, e1))
            {
                let named = (a1..a - 1).any(|k| {
                    self.entity_of(k)
                        .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                });
                // `But Julie Howell, digital policy manager at the RNIB, expressed…`
                let opens = a1 == lo
                    || tokens[a1 - 1].is_open_quote()
                    || named && tokens[a1 - 1].is_close_quote()
                    || matches!(self.norm(a1 - 1), "," | "-" | "–" | "—")
                    || (a1..a - 1).any(|k| self.entity_of(k).is_some())
                        && CLAUSE_CONJUNCTIONS.contains(&self.norm(a1 - 1));
                if opens && (comma_before || a1 == lo || named) {
                    a = a1;
                }
            }
        }
        Some((self.name_before(a, b, lo), b))
    }

    /// `Cory James, 22, of Flint, Mich., said`, `Fred Hasson, head of Tiga, which…, said`: when
    /// `a..b` names nobody, the person named up to four comma-separated chunks before it, if
    /// the chunks between are appositions. Returns the new start (or `a`).
    fn name_before(&self, a: usize, b: usize, lo: usize) -> usize {
        let tokens = self.doc.tokens();
        // A person named in the chunk, not a possessive (`Mr Spitzer's office`).
        let person = |k: usize| {
            self.entity_of(k).is_some_and(|e| {
                let ent = &self.entities[e];
                ent.kind == EntityKind::Person && !self.norm(ent.tokens.end - 1).ends_with("'s")
            })
        };
        if (a..b).any(person) {
            return a;
        }
        let lex = lexicon();
        let mut start = a;
        for _ in 0..4 {
            // `vice president and chief operating officer`: two roles joined.
            if start >= lo + 2 && self.norm(start - 1) == "and" && {
                let w = self.norm(start - 2);
                lex.role_nouns.contains(w) || lex.titles.contains(w)
            } {
                match self.np_before(start - 1, lo) {
                    Some((c0, _)) => {
                        start = c0;
                        continue;
                    }
                    None => break,
                }
            }
            if start < lo + 2 || self.norm(start - 1) != "," {
                break;
            }
            let Some((c0, _)) = self.np_before(start - 1, lo) else {
                break;
            };
            if start - 1 - c0 > 8 || self.has_verb(c0, start - 1) || self.norm(c0).ends_with("ing")
            {
                break;
            }
            if (c0..start - 1).any(person) {
                let opens = c0 == lo || {
                    let before = self.norm(c0 - 1);
                    tokens[c0 - 1].is_open_quote()
                        || tokens[c0 - 1].is_close_quote()
                        || matches!(before, "," | "-" | "–" | "—" | ":" | ";")
                        || CLAUSE_CONJUNCTIONS.contains(&before)
                };
                return if opens { c0 } else { a };
            }
            start = c0;
        }
        a
    }

    /// Does `a..b` hold an auxiliary or a form of `be` (a clause, not a noun phrase)?
    fn has_verb(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            matches!(
                self.norm(k),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "did"
                    | "does"
                    | "do"
            )
        })
    }

    /// Can `a..b` stand in apposition to a source (`Dana Reyes`, `a spokeswoman`)? Not a clause
    /// (`The bill is doomed in the Senate, one strategist predicted`).
    fn appositive(&self, a: usize, b: usize) -> bool {
        // `Speaking on BBC One, he said`: a participle or prepositional phrase is not one.
        let first = self.norm(a);
        b - a <= 8
            && !first.ends_with("ing")
            && !matches!(
                first,
                "in" | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "after"
                    | "before"
                    | "during"
                    | "from"
                    | "by"
                    | "under"
                    | "over"
                    | "despite"
                    | "according"
            )
            && !self.has_verb(a, b)
            && self.looks_like_source(a, b)
    }

    /// `comment on the reports` → `the reports`: when the words before a preposition hold no
    /// possible source, the source is the phrase after it.
    fn trim_to_head(&self, a: usize, b: usize) -> (usize, usize) {
        let Some(p) = (a + 1..b.saturating_sub(1))
            .find(|&k| matches!(self.norm(k), "on" | "about" | "over" | "into"))
        else {
            return (a, b);
        };
        if self.looks_like_source(a, p) {
            (a, b)
        } else {
            (p + 1, b)
        }
    }

    /// The noun phrase ending just before `end`, going left while tokens can belong to one.
    fn np_before(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let mut k = end;
        while k > lo && end - k < MAX_SOURCE_TOKENS {
            let t = &tokens[k - 1];
            let n = self.doc.norm(t);
            let part = match t.kind {
                TokenKind::Word | TokenKind::Number => {
                    // `people close to him`, `two officials familiar with the plan`, `other
                    // advisers to the island's government`.
                    let frame = k >= 2
                        && matches!(n, "to" | "with" | "on" | "in" | "about" | "of")
                        && (lexicon().knowledge_adjectives.contains(&self.norm(k - 2))
                            || n == "to" && lex.anon_nouns.contains(self.norm(k - 2)));
                    frame
                        || !SUBJECT_STOPS.contains(&n)
                            && (!lex.speech_verbs.contains(n)
                                || k == end
                                || ADJECTIVAL_VERBS.contains(&n))
                            && !lex.nonresponse.contains(n)
                }
                // `47% say`, `O'Neill`, `AT&T`, `of Flint, Mich., said`.
                TokenKind::Punct => {
                    !t.has_space_before()
                        && (matches!(n, "'" | "-" | "&" | "%")
                            || n == "."
                                && k >= 2
                                && tokens[k - 2].is_capitalised()
                                && self.norm(k - 2).len() <= 4)
                }
                TokenKind::Quote => false,
            };
            if !part {
                break;
            }
            k -= 1;
        }
        (k < end).then_some((k, end))
    }

    /// Is the denial cue `cue` a denial of a claim: not a proposal, an offer or a move turned
    /// down (`rejected a move to Birmingham`), and not `cannot deny`?
    fn denies_a_claim(&self, (c0, c1): (usize, usize)) -> bool {
        let tokens = self.doc.tokens();
        if c0 > 0 && matches!(self.norm(c0 - 1), "cannot" | "can't" | "couldn't" | "not") {
            return false;
        }
        let verb = self.norm(c0);
        if !(verb.starts_with("reject") || verb.starts_with("dismiss")) {
            return true;
        }
        // The object's head: the first noun-like word within a few tokens.
        let end = (c1 + 6).min(tokens.len());
        for (k, token) in tokens.iter().enumerate().take(end).skip(c1) {
            let w = self.norm(k);
            if matches!(w, "." | ";" | ":" | "," | "that") || token.is_open_quote() {
                return true; // a clause or a quotation follows: what was said is denied
            }
            if lexicon().non_claims.contains(&w) {
                return false;
            }
            if lexicon().claim_nouns.contains(&w) {
                return true;
            }
        }
        true
    }

    /// Does the content `a..b` deny something — a negation (`nothing to hide`, `No, …`, `was
    /// not`) or a claim of being wronged (`they were the victims`)? (`not only` is no negation.)
    fn contradicts(&self, a: usize, b: usize) -> bool {
        // The first words of what is insisted on say whether it denies (and keep this linear).
        (a..b.min(a + 40)).any(|k| {
            let w = self.norm(k);
            let negation = matches!(w, "no" | "not" | "nothing" | "never" | "none" | "nobody")
                || w.ends_with("n't");
            let not_only = w == "not" && k + 1 < b && self.norm(k + 1) == "only";
            (negation && !not_only)
                || matches!(
                    w,
                    "victim" | "victims" | "innocent" | "innocence" | "blameless"
                )
        })
    }

    /// `Last year, a street survey` → `a street survey`: a fronted time or place adverbial
    /// before the first comma of a source phrase is not part of it.
    fn without_fronted_adverbial(&self, (a, b): (usize, usize)) -> (usize, usize) {
        // `given Mr. Trump's comments saying…`: the preposition is not part of the speaker.
        if b > a + 1
            && matches!(
                self.norm(a),
                "given" | "amid" | "despite" | "over" | "after"
            )
        {
            return self.without_fronted_adverbial((a + 1, b));
        }
        let Some(comma) = (a..b).find(|&k| self.norm(k) == ",") else {
            return (a, b);
        };
        let first = self.norm(a);
        let fronted = FRONTING_PREPOSITIONS.contains(&first)
            || SENTENCE_ADVERBS.contains(&first)
            || matches!(
                first,
                "last"
                    | "earlier"
                    | "later"
                    | "yesterday"
                    | "today"
                    | "this"
                    | "next"
                    | "even"
                    | "then"
                    | "still"
                    | "now"
            );
        let no_one = (a..comma).all(|k| self.entity_of(k).is_none());
        if fronted && no_one && comma + 1 < b {
            (comma + 1, b)
        } else {
            (a, b)
        }
    }

    /// `His choice will disappoint some senior members, who…` → `some senior members, who`:
    /// a subject found through a relative clause may not run back into the clause before it
    /// (a modal or auxiliary and its verb end that clause).
    fn without_leading_clause(&self, (a, b): (usize, usize)) -> (usize, usize) {
        // `It's a strategy some believe…`: a group quantifier after a clause opens the subject.
        if matches!(self.norm(a), "it's" | "that's" | "it" | "this" | "that") {
            if let Some(q) = (a + 1..b).find(|&k| matches!(self.norm(k), "some" | "many" | "most"))
            {
                return (q, b);
            }
        }
        let Some(m) = (a..b).rev().find(|&k| CLAUSE_VERBS.contains(&self.norm(k))) else {
            return (a, b);
        };
        let start = m + 2;
        let relative = (start..b).any(|k| matches!(self.norm(k), "who" | "whose"));
        if relative && start + 1 < b {
            (start, b)
        } else {
            (a, b)
        }
    }

    /// A document source nobody can look up — `a report`, `polls`, `a street survey`, `recent
    /// evidence` — is an unnamed report; `the report`, `the CBO's figures`, `a Gallup poll` are
    /// documents.
    fn unnamed_document(&self, a: usize, b: usize) -> SourceKind {
        let tokens = self.doc.tokens();
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        let named = (a..b).any(|k| {
            self.entity_of(k).is_some()
                || k > a && tokens[k].is_capitalised()
                || self.norm(k).ends_with("'s")
                || self.norm(k) == "'"
        });
        // `a report`, `some studies`; or a bare plural or mass noun (`polls`, `research`).
        let indefinite = words.first().is_some_and(|w| {
            matches!(
                *w,
                "a" | "an" | "some" | "several" | "recent" | "new" | "other"
            )
        }) || words.iter().take(2).any(|w| bare_research(w));
        // Research and reports, not what the reporter saw (`one placard read`, `a letter`).
        let research = words.iter().any(|w| RESEARCH_NOUNS.contains(w));
        if indefinite && research && !named {
            SourceKind::Report
        } else {
            SourceKind::Document
        }
    }

    /// `some Democrats`, `several residents`, `a few analysts`: a quantifier and a group of
    /// people named by what they are (not `some critics`, `many people`, `others`).
    fn quantified_people(&self, a: usize, b: usize) -> bool {
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        let quantified = match words.as_slice() {
            ["a", "few", ..] | ["a", "handful", "of", ..] => true,
            [first, ..] => matches!(*first, "some" | "several" | "many" | "other"),
            [] => false,
        };
        let generic = words.last().is_some_and(|w| {
            matches!(
                *w,
                "people"
                    | "others"
                    | "critics"
                    | "opponents"
                    | "detractors"
                    | "sceptics"
                    | "skeptics"
                    | "observers"
                    | "commentators"
                    | "pundits"
                    | "experts"
                    | "everyone"
                    | "many"
                    | "some"
            )
        });
        quantified && words.len() >= 2 && !generic
    }

    /// Is `a..b` a clause rather than a noun phrase: it holds an auxiliary or a modal verb
    /// (`the plans could improve`, `the diplomat couldn't recall`, `it's proof`)?
    fn clause_like(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            let w = self.norm(k);
            CLAUSE_VERBS.contains(&w)
                || w.ends_with("n't")
                || (k == a && matches!(w, "it's" | "there's" | "that's" | "he's" | "she's"))
        })
    }

    /// Does `a..b` name someone who can speak (a name, a body, a source noun, a role, a group,
    /// a pronoun)? Used to tell inversion (`…, said a senior official`) from a clause.
    fn looks_like_source(&self, a: usize, b: usize) -> bool {
        let lex = lexicon();
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        (a..b).any(|k| self.entity_of(k).is_some())
            || (0..words.len()).any(|k| {
                let rest = &words[k..];
                lex.anon_nouns.longest(rest).is_some()
                    || lex.role_nouns.longest(rest).is_some()
                    || lex.titles.longest(rest).is_some()
                    || lex.weasel_groups.longest(rest).is_some()
            })
            || words.iter().any(|w| {
                PERSON_PRONOUNS.contains(w)
                    || GROUP_PRONOUNS.contains(w)
                    || lexicon().people_nouns.contains(w)
                    || lexicon().person_nouns.contains(w)
                    || lexicon().body_nouns.contains(w)
            })
            || age_description(&words)
            || (b - a <= 3
                && (a..b).any(|k| {
                    // `The harbour master`, `Her opponent`, not `In previous seasons`.
                    let w = self.norm(k);
                    self.doc.tokens()[k].is_capitalised()
                        && !FRONTING_PREPOSITIONS.contains(&w)
                        && !CLAUSE_CONJUNCTIONS.contains(&w)
                        && !SENTENCE_ADVERBS.contains(&w)
                }))
    }

    /// `frequently`, `immediately`: an adverb in -ly between a subject and its verb (not
    /// `family`, `rally`).
    fn adverb(&self, k: usize) -> bool {
        let w = self.norm(k);
        let t = &self.doc.tokens()[k];
        w.len() > 5
            && w.ends_with("ly")
            && t.kind == TokenKind::Word
            && !t.is_capitalised()
            && !matches!(w, "family" | "assembly" | "supply" | "monopoly" | "anomaly")
            && !lexicon().body_nouns.contains(&w)
    }

    /// Does a quotation open at token `k`?
    fn starts_quote(&self, k: usize) -> bool {
        self.doc
            .tokens()
            .get(k)
            .is_some_and(crate::Token::is_open_quote)
    }

    /// Can token `k` end a source phrase (`officials`, `Toner`, `he`, `the company`)?
    fn source_head(&self, k: usize) -> bool {
        let lex = lexicon();
        let w = self.norm(k);
        self.entity_of(k).is_some()
            || self.doc.tokens()[k].is_capitalised()
            || PERSON_PRONOUNS.contains(&w)
            || GROUP_PRONOUNS.contains(&w)
            || lexicon().people_nouns.contains(&w)
            || lexicon().person_nouns.contains(&w)
            || lexicon().body_nouns.contains(&w)
            || lexicon().market_sources.contains(&w)
            || lexicon().report_nouns.contains(&w)
            || lex.anon_nouns.contains(w)
            || lex.role_nouns.contains(w)
            || lex.titles.contains(w)
            || lex.weasel_groups.contains(w)
            || self.evidence(k)
    }

    /// Is token `k` a thing that shows or finds (`records`, `the poll`, `the footage`, `it`)?
    fn evidence(&self, k: usize) -> bool {
        let w = self.norm(k);
        lexicon().evidence_nouns.contains(&w) || lexicon().document_nouns.contains(w)
    }

    /// The subject at the start of a sentence, for participle cues with nothing before them.
    fn subject_at_start(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let mut j = lo;
        while j < hi
            && tokens[j].kind == TokenKind::Word
            && (j == lo || tokens[j].is_capitalised() || self.entity_of(j).is_some())
        {
            j += 1;
        }
        (j > lo).then_some((lo, j))
    }

    /// Index of the first token of the closing punctuation at the sentence end.
    fn content_end(&self, hi: usize) -> usize {
        let tokens = self.doc.tokens();
        let mut e = hi;
        while e > 0
            && (matches!(self.norm(e - 1), "." | "!" | "?") || tokens[e - 1].is_close_quote())
            && e > hi.saturating_sub(3)
        {
            e -= 1;
        }
        e
    }

    fn trim_back(&self, lo: usize, mut e: usize) -> usize {
        while e > lo && matches!(self.norm(e - 1), "," | ";" | ":" | "-" | "–" | "—") {
            e -= 1;
        }
        e
    }

    /// What follows a cue: a quotation, or the clause (after `that`, `:` or an object like
    /// `reporters`).
    fn content_after(&self, after: usize, hi: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let mut c = after;
        // `told reporters that …`, `said on Tuesday that …`
        let limit = (after + 8).min(hi);
        if let Some(t) = (after..limit).find(|&k| self.norm(k) == "that") {
            c = t + 1;
        }
        while c < hi && matches!(self.norm(c), ":" | ",") {
            c += 1;
        }
        if c < hi && tokens[c].is_open_quote() {
            if let Some(q) = self.quote_by_open.get(&c).map(|&qi| &self.doc.quotes()[qi]) {
                let end = tokens.partition_point(|t| t.span.end <= q.span.end);
                return Some((c, end.max(c + 1)));
            }
        }
        let base = self.content_end(hi);
        // Keep the closing mark of a quotation that opens inside the content. Such a mark
        // stands among the few tokens `content_end` left out, so look there (a scan of the
        // content for opening marks would cost the sentence's length for every cue).
        let end = (base..hi)
            .filter(|&k| {
                self.quote_by_close.get(&k).is_some_and(|&qi| {
                    self.doc.quotes()[qi]
                        .open
                        .is_some_and(|o| (c..base).contains(&o.index()))
                })
            })
            .map(|x| x + 1)
            .max()
            .unwrap_or(base);
        (c < end).then_some((c, end))
    }

    /// What an inverted cue attributes: the quotation closing just before it, or the clause
    /// from the sentence start.
    fn quote_or_clause_before(&self, lo: usize, i: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let close = (i.saturating_sub(3).max(lo)..i)
            .rev()
            .find(|&k| tokens[k].is_close_quote());
        if let Some(c) = close {
            if let Some(q) = self
                .quote_by_close
                .get(&c)
                .map(|&qi| &self.doc.quotes()[qi])
            {
                if let Some(o) = q.open {
                    return Some((o.index(), c + 1));
                }
            }
        }
        let e = self.trim_back(lo, i);
        (e > lo).then_some((lo, e))
    }

    fn push(
        &mut self,
        si: usize,
        cue: (usize, usize),
        source: Option<(usize, usize)>,
        content: Option<(usize, usize)>,
        response: Option<Response>,
    ) {
        // `the board rejected the move`, `judges dismissed both appeals`, `I cannot deny that…`:
        // turning down a proposal, or conceding, answers no claim — not an attribution at all.
        if response == Some(Response::Denial) && !self.denies_a_claim(cue) {
            return;
        }
        let source = source
            .map(|s| self.without_fronted_adverbial(s))
            .map(|s| self.without_leading_clause(s));
        // `Tzekos insisted he had nothing to hide`, `“No, …,” Trump insisted`: insisting on the
        // contrary of something put to them is a denial.
        let response = response.or_else(|| {
            let insists = matches!(
                self.norm(cue.0),
                "insisted" | "insists" | "insist" | "insisting" | "maintained" | "maintains"
            );
            (insists && content.is_some_and(|(a, b)| self.contradicts(a, b)))
                .then_some(Response::Denial)
        });
        let (kind, speaker) = match source {
            Some((a, b)) => self.classify(a, b),
            None => (SourceKind::Unresolved, None),
        };
        let lex = lexicon();
        let words = self.norms(cue.0, cue.1.max(cue.0 + 1));
        // `agreed to pay`, `vowed to fight on`: an intention, not a statement.
        let intention = matches!(
            words.first().copied(),
            Some(
                "agreed"
                    | "agree"
                    | "agrees"
                    | "promised"
                    | "pledged"
                    | "vowed"
                    | "threatened"
                    | "offered"
                    | "decided"
                    | "planned"
                    | "hoped"
                    | "wanted"
                    | "expected"
                    | "refused"
                    | "refuses"
                    | "vows"
                    | "pledges"
                    | "promises"
                    | "threatens"
                    | "offers"
            )
        ) && cue.1 < self.doc.tokens().len()
            && (self.norm(cue.1) == "to"
                || matches!(words.first().copied(), Some("agreed" | "agree" | "agrees"))
                    && !matches!(self.norm(cue.1), "that" | "," | ":" | "with")
                    && !self.doc.tokens()[cue.1].is_open_quote());
        // `Republican members of Congress criticized the president`: a reaction to someone or
        // something, with no statement (no clause, quotation or `as …`), reports a stance.
        let reaction = response.is_none()
            && words.first().is_some_and(|w| {
                matches!(
                    *w,
                    "criticized"
                        | "criticised"
                        | "praised"
                        | "condemned"
                        | "defended"
                        | "attacked"
                        | "hailed"
                        | "welcomed"
                        | "slammed"
                        | "blasted"
                        | "applauded"
                )
            })
            && content.is_none_or(|(c0, c1)| {
                // The object's own clause: up to a comma or a new clause (`, while…`).
                !(c0..c1)
                    .take_while(|&k| !matches!(self.norm(k), "," | ";" | "while" | "but"))
                    .any(|k| {
                        matches!(self.norm(k), "that" | "as" | ":" | "saying")
                            || self.doc.tokens()[k].is_open_quote()
                    })
            });
        let attitude = intention
            || reaction
            || response.is_none()
                && lex.speech_verbs.longest(&words).is_none()
                && !words
                    .first()
                    .is_some_and(|w| lexicon().speech_acts.contains(w))
                && (lex.attitude_verbs.longest(&words).is_some()
                    || lex.cognition_verbs.longest(&words).is_some());
        // `Oil officials hope to double output`: what officials and their like are said to
        // hope or plan is their stated position, reported like a statement.
        let official_source = source.is_some_and(|(a, b)| {
            b > a
                && matches!(
                    self.norm(b - 1),
                    "officials"
                        | "official"
                        | "aides"
                        | "aide"
                        | "sources"
                        | "source"
                        | "diplomats"
                        | "diplomat"
                        | "executives"
                        | "executive"
                        | "advisers"
                        | "adviser"
                        | "ministers"
                        | "insiders"
                )
        });
        let cue_kind = if attitude && (!official_source || reaction) {
            CueKind::Attitude
        } else {
            CueKind::Speech
        };
        // `Some Democrats said they feared…`: a quantified group of people, in a past statement,
        // is people the reporter spoke to — unnamed sourcing; `many investors believe`, `others
        // insist`, `critics say` (a state of mind, or the generic present) stay vague.
        let kind = if kind == SourceKind::Vague
            && cue_kind == CueKind::Speech
            && response.is_none()
            && words.first().is_some_and(|w| past_statement(w))
            && source.is_some_and(|(a, b)| self.quantified_people(a, b))
        {
            SourceKind::Anonymous
        } else {
            kind
        };
        // `analysts believe`: a bare group's belief is a generalisation, not a source spoken to
        // (`analysts said`, `analysts predict` stay anonymous).
        let kind = if kind == SourceKind::Anonymous
            && response.is_none()
            && cue_kind == CueKind::Attitude
            && source.is_some_and(|(a, b)| {
                b == a + 1 && lexicon().market_sources.contains(&self.norm(a))
            }) {
            SourceKind::Vague
        } else {
            kind
        };
        self.out.push(Attribution {
            cue: self.span(cue.0, cue.1),
            source: source.map(|(a, b)| self.span(a, b)),
            content: content.filter(|(a, b)| a < b).map(|(a, b)| self.span(a, b)),
            kind,
            speaker,
            response,
            cue_kind,
            sentence: SentenceId::new(si),
            // Set by `facts` once every attribution is known.
            surname_only: false,
            without_role: false,
        });
    }

    /// How identifiable the source phrase `a..b` is, and the person it names.
    #[allow(clippy::too_many_lines)] // split with the analysis in the accuracy issue (#13)
    fn classify(&self, a: usize, b: usize) -> (SourceKind, Option<String>) {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        // `Heineken, which also owns the Murphy's brand`: the antecedent decides, not the clause.
        if let Some(p) = (1..words.len().saturating_sub(1))
            .find(|&p| words[p] == "," && matches!(words[p + 1], "who" | "which" | "whose"))
        {
            let (kind, speaker) = self.classify(a, a + p);
            let lone_name = p == 1
                && tokens[a].is_capitalised()
                && !lex.stopwords_cap.contains(self.doc.text(tokens[a].span));
            return match kind {
                SourceKind::Unresolved if lone_name && words[p + 1] == "which" => {
                    (SourceKind::Organisation, None)
                }
                SourceKind::Unresolved if lone_name => (SourceKind::Named, None),
                _ => (kind, speaker),
            };
        }
        // A person named in the phrase (not a possessive: `Netanyahu's aides` are anonymous).
        let mut possessive_person = false;
        for k in a..b {
            let Some(e) = self.entity_of(k) else { continue };
            let ent = &self.entities[e];
            let last = ent.tokens.end - 1;
            let possessive = self.norm(last).ends_with("'s")
                || (ent.tokens.end < b && self.norm(ent.tokens.end) == "'");
            match ent.kind {
                EntityKind::Person if !possessive => {
                    return (SourceKind::Named, Some(self.full_name(ent)));
                }
                EntityKind::Person => {
                    // `Mr. Trump's comments` are his; `Powell's office`, `Sanders' campaign`
                    // speak for him as a body; `Netanyahu's aides` stay unnamed.
                    let head = self.norm(b - 1);
                    if lexicon().statement_nouns.contains(&head) {
                        return (SourceKind::Named, Some(self.full_name(ent)));
                    }
                    if matches!(head, "office" | "campaign" | "team" | "administration") {
                        return (SourceKind::Organisation, None);
                    }
                    possessive_person = true;
                }
                _ => {}
            }
        }
        let first = words.first().copied().unwrap_or("");
        // `the 46-year-old`, `the woman`: a definite description of someone already named;
        // `a woman in the crowd` is unnamed.
        let described = age_description(&words)
            || words
                .last()
                .is_some_and(|w| lexicon().person_nouns.contains(w));
        if described && !(a..b).any(|k| self.entity_of(k).is_some()) {
            // `his wife`, `her son`: one identifiable person, by relation to someone named.
            if matches!(first, "his" | "her" | "their") && words.len() == 2 {
                return (SourceKind::Named, None);
            }
            if first == "the" {
                if let Some(name) = self.last_person_before(a) {
                    return (SourceKind::Named, Some(name));
                }
                // `The 21-year-old told a news conference`: someone the story has identified,
                // even if the name was not recognised.
                if age_description(&words) {
                    return (SourceKind::Named, None);
                }
            }
            return (SourceKind::Anonymous, None);
        }
        // `The board of directors`, `the council of ministers`: the body speaks, not its members.
        if words.len() >= 3
            && first == "the"
            && lexicon().body_nouns.contains(&words[1])
            && words[2] == "of"
            && !(a..b).any(|k| {
                self.entity_of(k)
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
            })
        {
            return (SourceKind::Organisation, None);
        }
        // `District Attorney Bruce L Castor Jr`: a title or role followed by capitalised words
        // the entity pass did not take as a name is still a named person.
        let titled_name = (a..b).any(|k| {
            let w = self.norm(k);
            (lex.titles.contains(w) || lex.role_nouns.contains(w))
                && k + 2 < b
                && (k + 1..b).take(2).all(|j| {
                    tokens[j].is_capitalised()
                        && !lex.stopwords_cap.contains(self.doc.text(tokens[j].span))
                })
        });
        if titled_name {
            return (SourceKind::Named, None);
        }
        // `The National Union of Students argued`: a phrase that opens with a body's name is
        // the body.
        let body_at = if first == "the" && b > a + 1 {
            a + 1
        } else {
            a
        };
        if self.entity_of(body_at).is_some_and(|e| {
            matches!(
                self.entities[e].kind,
                EntityKind::Organisation | EntityKind::Outlet
            ) && self.entities[e].tokens.end >= b.min(body_at + 2)
                && !self.norm(self.entities[e].tokens.end - 1).ends_with("'s")
        }) {
            return (SourceKind::Organisation, None);
        }
        // `the prime minister`, `the work and pensions minister`, `Amnesty International's
        // chief`: one identifiable office-holder, not an anonymous source.
        let role_at_end = matches!(
            words.last().copied(),
            Some("chief" | "head" | "boss" | "leader" | "chairman" | "chairwoman" | "director")
        ) || (0..words.len()).any(|k| {
            (lex.role_nouns
                .longest(&words[k..])
                .is_some_and(|n| k + n == words.len())
                || lex
                    .titles
                    .longest(&words[k..])
                    .is_some_and(|n| k + n == words.len()))
                && !matches!(
                    words[words.len() - 1],
                    "official" | "officials" | "source" | "sources" | "aide" | "aides"
                )
        });
        // `Amnesty International's chief`, `Scotland's justice minister`: the office of a body
        // or a place (a person's `agent` or `aides` stay unnamed).
        let org_possessive = (a..b).any(|k| {
            let body = self.entity_of(k).map_or(tokens[k].is_capitalised(), |e| {
                self.entities[e].kind != EntityKind::Person
            });
            body && (self.norm(k).ends_with("'s") || self.norm(k).ends_with("’s"))
        });
        if role_at_end
            && (first == "the" || org_possessive)
            && !words
                .iter()
                .any(|w| w.ends_with('s') && lexicon().people_nouns.contains(w))
        {
            let plural = words
                .last()
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"));
            if !plural {
                return (SourceKind::Named, None);
            }
        }
        if words.len() == 1 && PERSON_PRONOUNS.contains(&first) {
            return match self.last_person_before(a) {
                Some(name) => (SourceKind::Named, Some(name)),
                None => (SourceKind::Unresolved, None),
            };
        }
        if words.len() == 1 && (GROUP_PRONOUNS.contains(&first) || first == "it") {
            // `they`, `we`, `it` refer back to the last group or body that spoke, nearby.
            let group = self
                .out
                .iter()
                .rev()
                .take_while(|p| p.sentence.index() + 2 >= tokens[a].sentence.index())
                .find(|p| {
                    // `it` is a body or a document, never a person or an unnamed group.
                    if first == "it" {
                        matches!(p.kind, SourceKind::Organisation | SourceKind::Document)
                    } else {
                        !matches!(
                            p.kind,
                            SourceKind::Report | SourceKind::Document | SourceKind::Unresolved
                        )
                    }
                });
            return match group {
                Some(prev) => {
                    let refers_to = prev
                        .speaker
                        .clone()
                        .or_else(|| prev.source.map(|s| self.doc.prose(s)));
                    (prev.kind, refers_to)
                }
                None => (SourceKind::Unresolved, None),
            };
        }
        // `Ministers deny…`, `ministers have said`: the government speaking as a body.
        if matches!(words.as_slice(), ["ministers"]) {
            return (SourceKind::Organisation, None);
        }
        // `media buying sources`, `press sources`: people the outlet spoke to, unnamed.
        if words.len() > 1
            && words
                .last()
                .is_some_and(|w| matches!(*w, "sources" | "source"))
        {
            return (SourceKind::Anonymous, None);
        }
        if words.iter().any(|w| lexicon().report_nouns.contains(w)) {
            let outlet = (a..b).any(|k| {
                self.entity_of(k)
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Outlet)
            });
            return (
                if outlet {
                    SourceKind::Organisation
                } else {
                    SourceKind::Report
                },
                None,
            );
        }
        // `the latest figures showed`, `Figures for the 2001 election suggest`: numbers speak
        // for a document, not a person.
        if words.iter().any(|w| {
            matches!(
                *w,
                "figures"
                    | "data"
                    | "statistics"
                    | "numbers"
                    | "results"
                    | "survey"
                    | "poll"
                    | "study"
                    | "research"
                    | "estimates"
            )
        }) && !words
            .iter()
            .any(|w| matches!(*w, "senior" | "party" | "officials" | "sources" | "source"))
        {
            return (self.unnamed_document(a, b), None);
        }
        // `2,000 people surveyed said`, `47% say`: respondents to a poll speak through the poll.
        if words.iter().any(|w| {
            matches!(
                *w,
                "surveyed" | "polled" | "questioned" | "respondents" | "%"
            )
        }) {
            return (SourceKind::Document, None);
        }
        // `Analysts said`, `traders said`: people the reporter spoke to, unnamed (not a vague
        // `some analysts believe`).
        if !matches!(first, "some" | "many" | "most" | "few" | "other" | "others")
            && words
                .last()
                .is_some_and(|w| lexicon().market_sources.contains(w))
        {
            return (SourceKind::Anonymous, None);
        }
        // `people familiar with the deal`, `sources close to the club`: described, unnamed.
        if words
            .iter()
            .any(|w| lexicon().knowledge_adjectives.contains(w) && *w != "informed")
            && words
                .iter()
                .any(|w| lexicon().people_nouns.contains(w) || lex.anon_nouns.contains(w))
        {
            return (SourceKind::Anonymous, None);
        }
        if lex.weasel_groups.longest(&words).is_some()
            || matches!(
                first,
                "some"
                    | "many"
                    | "others"
                    | "most"
                    | "nobody"
                    | "everyone"
                    | "everybody"
                    | "someone"
                    | "somebody"
                    | "anyone"
                    | "few"
            )
        {
            return (SourceKind::Vague, None);
        }
        // `Two dock workers who saw it`: a counted group of unnamed people is anonymous.
        let counted = tokens[a].kind == TokenKind::Number
            || self.doc.tokens()[a].is_wordlike() && crate::attribution::is_number_word(first);
        if counted && (1..words.len()).any(|k| lex.weasel_groups.longest(&words[k..]).is_some()) {
            return (SourceKind::Anonymous, None);
        }
        if (0..words.len()).any(|k| lex.anon_nouns.longest(&words[k..]).is_some())
            || words
                .last()
                .is_some_and(|w| lexicon().people_nouns.contains(w))
        {
            return (SourceKind::Anonymous, None);
        }
        if (0..words.len()).any(|k| lex.document_nouns.longest(&words[k..]).is_some())
            || words.contains(&"report")
            || words.iter().take(2).any(|w| bare_research(w))
        {
            return (self.unnamed_document(a, b), None);
        }
        if (a..b).any(|k| {
            self.entity_of(k)
                .is_some_and(|e| self.entities[e].kind != EntityKind::Person)
        }) {
            return (SourceKind::Organisation, None);
        }
        if words.iter().any(|w| lexicon().body_nouns.contains(w)) {
            return (SourceKind::Organisation, None);
        }
        if possessive_person {
            return (SourceKind::Anonymous, None);
        }
        // A role with `the` (`the mayor`) names one identifiable person; `a lawyer` does not.
        if (0..words.len()).any(|k| {
            lex.role_nouns.longest(&words[k..]).is_some()
                || lex.titles.longest(&words[k..]).is_some()
        }) {
            let indefinite = matches!(first, "a" | "an" | "one" | "another" | "some" | "several")
                || crate::attribution::is_number_word(first);
            return if first == "the" || tokens[a].is_capitalised() && !indefinite {
                (SourceKind::Named, None)
            } else {
                (SourceKind::Anonymous, None)
            };
        }
        // A capitalised word the entity pass could not place: most often a surname. Not the
        // sentence's first word, and not a possessive (`Jones' son` is not Jones).
        let mut possessive_cap = false;
        for (k, t) in tokens.iter().enumerate().take(b).skip(a) {
            if !t.is_capitalised()
                || t.is_sentence_start()
                || lex.stopwords_cap.contains(self.doc.text(t.span))
            {
                continue;
            }
            let possessive = self.norm(k).ends_with("'s") || (k + 1 < b && self.norm(k + 1) == "'");
            if possessive {
                possessive_cap = true;
            } else {
                return (SourceKind::Named, None);
            }
        }
        if possessive_cap {
            return (SourceKind::Anonymous, None);
        }
        (SourceKind::Unresolved, None)
    }

    /// The full name an entity refers to: itself, or for a lone surname (`Toner`, `Secretary
    /// Kerry`) the full name seen earlier.
    fn full_name(&self, ent: &Entity) -> String {
        let tokens = self.doc.tokens();
        let name = entities::name_tokens(self.doc, ent.tokens.start, ent.tokens.end);
        if let [only] = name.as_slice() {
            let n = self.doc.norm(&tokens[*only]).trim_end_matches("'s");
            if let Some(full) = self.surnames.get(n) {
                return full.clone();
            }
        }
        match (name.first(), name.last()) {
            (Some(&a), Some(&b)) => {
                strip_possessive(self.doc.text(tokens[a].span.cover(tokens[b].span))).to_owned()
            }
            _ => strip_possessive(self.doc.text(ent.span)).to_owned(),
        }
    }

    /// The last person named before token `a`, as a full name — or a role that opened a recent
    /// sentence (`The mayor spoke… “…,” she said.`) when it stands closer.
    fn last_person_before(&self, a: usize) -> Option<String> {
        let n = self.entities.partition_point(|e| e.tokens.start < a);
        let person = self.entities[..n]
            .iter()
            .rev()
            .find(|e| e.kind == EntityKind::Person);
        let role = self.role_subject_before(a);
        match (person, role) {
            (Some(p), Some((at, text))) if at > p.tokens.start => Some(text),
            (Some(p), _) => Some(self.full_name(p)),
            (None, Some((_, text))) => Some(text),
            (None, None) => None,
        }
    }

    /// The nearest sentence before token `a` (within four unquoted sentences) that opens with `the` and a
    /// role or title (`The mayor`, `The prime minister`): its start token and the role.
    fn role_subject_before(&self, a: usize) -> Option<(usize, String)> {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let current = tokens.get(a)?.sentence.index();
        let sentences = self.doc.sentences();
        // Quoted sentences (a speech running over paragraphs) do not count toward the distance.
        let mut plain = 0;
        (0..current)
            .rev()
            .take_while(|&si| {
                if !tokens[sentences[si].tokens.start].is_open_quote() {
                    plain += 1;
                }
                plain <= 4
            })
            .find_map(|si| {
                let s = &sentences[si];
                let lo = s.tokens.start;
                if s.tokens.len() < 3 || self.norm(lo) != "the" {
                    return None;
                }
                let n = lex
                    .titles
                    .longest_in(self.doc, lo + 1, s.tokens.end)
                    .or_else(|| lex.role_nouns.longest_in(self.doc, lo + 1, s.tokens.end))?;
                Some((lo, self.doc.prose(self.span(lo, lo + 1 + n))))
            })
    }
}

/// Number words that count people (`two`, `three`, `dozens of`).
fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "several"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "a dozen"
            | "both"
    )
}
