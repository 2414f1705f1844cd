//! Attribution analysis: for every attribution in a draft, the cue, the source and the content,
//! and how identifiable the source is.
//!
//! Heuristics over the document model, no statistical model, in stages with one job each:
//! - cue finding (this module, `Pass::sentence`): reporting verbs, `according to`, denials and
//!   non-responses from the lexicon, with the constructions that make a cue word no cue;
//! - the source phrase (`source`): the noun phrase before the cue with its appositions and
//!   relative clauses, after it in inversion (`…,” said a senior official.`), or after
//!   `according to`;
//! - the content (`content`): what was said, after the cue or in the quotation before it;
//! - the response (`response`): whether a denial answers a claim;
//! - classification (`classify`): named, organisation, anonymous, vague, report, document or
//!   unresolved, by an ordered table of small recognisers;
//! - reference (`reference`): a pronoun or a definite description resolved to the person named
//!   before it.

mod classify;
mod content;
mod cue;
mod entities;
pub(crate) mod facts;
pub(crate) mod lexicon;
mod reference;
mod response;
mod source;

use rustc_hash::FxHashMap;
use rustc_hash::FxHashMap as HashMap;

use self::lexicon::lexicon;
use crate::clause::ClauseStarts;
use crate::document::Document;
use crate::model::{
    Attribution, CueKind, Entity, EntityKind, Response, SentenceId, SourceKind, Token, TokenKind,
};
use crate::span::Span;

pub(crate) use entities::find_entities;

/// Words between a subject and its cue that are not part of the subject (`he has also said`).
const SKIP_BEFORE_CUE: &[&str] = &[
    // (`Carter however said…`, with no commas.)
    "however",
    "again",
    "already",
    "also",
    "always",
    "consistently",
    "angrily",
    "are",
    "be",
    "been",
    "can",
    "could",
    "did",
    "do",
    "does",
    "earlier",
    "even",
    "first",
    "flatly",
    "has",
    "have",
    "had",
    "herself",
    "itself",
    "himself",
    "is",
    "just",
    "last",
    "later",
    "long",
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
    // (`who did not want to be named`, `declined to be identified`, `wished to remain
    // anonymous`: what follows must be the anonymity itself.)
    "want",
    "wanted",
    "wish",
    "wished",
    "declined",
    "refused",
    "chose",
    "preferred",
];

/// Verbs that move their object to speak (`prompted some analysts to forecast…`, `led her to
/// declare…`): the object is who speaks, with the verb after `to` the cue.
const PROMPTING_VERBS: &[&str] = &[
    "prompted",
    "prompting",
    "prompts",
    "prompt",
    "led",
    "leading",
    "leads",
    "caused",
    "causing",
    "causes",
    "spurred",
    "spurring",
    "spurs",
    "forced",
    "forcing",
    "forces",
];

/// Verbs of trying before an infinitive denial: `sought to refute`, `tried to deny`.
const EFFORT_VERBS: &[&str] = &[
    "sought",
    "seeks",
    "seek",
    "seeking",
    "tried",
    "tries",
    "try",
    "trying",
    "attempted",
    "attempts",
    "attempt",
    "attempting",
];

/// Verbs of starting (or going on) before an infinitive cue: `have started to wonder`, `came
/// to believe`, `polls continue to show that…`.
const STARTING_VERBS: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "start",
    "starts",
    "started",
    "starting",
    "begin",
    "begins",
    "began",
    "begun",
    "beginning",
    "come",
    "comes",
    "came",
    "coming",
];

/// Verbs that report speech only in inversion (`…,” he continued.`) or before a quotation.
const INVERSION_ONLY: &[&str] = &["continued", "continues", "continuing", "went", "goes"];

/// Base forms of cues that are as often nouns (`a bankruptcy claim`, `a similar charge`).
const NOUN_LIKE_BASE_FORMS: &[&str] = &[
    "claim", "call", "report", "charge", "comment", "warning", "demand",
];

/// Auxiliaries that make the participle after them passive (`was told`, `had been reported`).
const PASSIVE_AUX: &[&str] = &[
    "am", "are", "be", "been", "being", "get", "gets", "got", "is", "was", "were",
];

/// `accused of`, `charged with`: a verb of charging someone with the charge right after it, no
/// one charged between — a participle describing the noun before it (`a nurse accused of
/// theft`), not an accusation.
fn charge_participle(verb: &str, next: &str) -> bool {
    matches!(
        (verb, next),
        ("accused" | "suspected" | "convicted" | "acquitted", "of")
            // (`Man charged over warehouse fire`, `Man charged after warehouse blaze`; not `in`:
            // `"…," Kelly charged in her debut`.)
            | ("charged", "with" | "over" | "after" | "following")
    )
}

/// A statement made on one occasion (`said`, `told`, `added`), not a generic present (`say`,
/// `argue`) or a state of mind.
fn past_statement(word: &str) -> bool {
    matches!(word, "said" | "told" | "wrote" | "spoke")
        || word.len() > 4 && word.ends_with("ed") && !matches!(word, "believed" | "feared")
        // `Some analysts put a positive gloss on it, pointing out that…`: a participle reports
        // the occasion its clause describes (`according to some` is no occasion).
        || word.len() > 5 && word.ends_with("ing") && word != "according"
}

/// How many attributions just before a cue are asked whether one of their cues ends its source
/// (`Costa reported, his wife told him…`).
const EARLIER_CUES: usize = 8;

/// How far before a sentence-final `snapped` its quotation is looked for.
const SNAP_QUOTE_TOKENS: usize = 60;

/// How long a trailing `, according to …` may be and still be cut from what was said.
const TRAILING_SOURCE_TOKENS: usize = 30;

/// How far into what a relative clause's cue says its closing comma is looked for.
const RELATIVE_CONTENT_TOKENS: usize = 60;

/// Modal verbs: before a denial, the denial is yet to be made (`could deny`, `must rebut`).
const MODALS: &[&str] = &[
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "'ll",
];

/// How far into a reaction's object its own clause is looked for (`criticised it for…`).
const OBJECT_CLAUSE_TOKENS: usize = 24;

/// How many earlier attributions of a sentence are looked at for a content holding a cue.
const NESTING_LOOKBACK: usize = 16;

/// Auxiliary and modal verbs: a phrase holding one is a clause, not a speaker.
const CLAUSE_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "can", "could", "will", "would", "shall",
    "should", "may", "might", "must", "did", "does",
];

/// States of mind said by an adjective (`confident`, `sceptical`, `fearful`): with a clause
/// they hold a view; before a noun they describe it (`some fearful beatings`).
const STATE_ADJECTIVES: &[&str] = &[
    "fearful",
    "confident",
    "skeptical",
    "sceptical",
    "optimistic",
    "pessimistic",
    "doubtful",
    "upbeat",
    "bullish",
    "bearish",
];

/// Verbs whose object then acts (`having a colleague describe the maps`, `let voters decide`):
/// a base form after them reports nothing.
const CAUSATIVE_VERBS: &[&str] = &[
    "having", "let", "lets", "make", "makes", "made", "help", "helps", "helped", "watch",
    "watched", "hear", "heard",
];

/// Reaction verbs of a position taken or a post (`opposed`, `objected`, `reaffirmed`,
/// `posted`): an act, not a view.
fn takes_position(w: &str) -> bool {
    matches!(
        w,
        "opposed"
            | "opposes"
            | "opposing"
            | "oppose"
            | "objected"
            | "objects"
            | "object"
            | "objecting"
            | "posted"
    ) || w.contains("affirm")
}

/// Words after which a reporting-verb form is a noun (`a dozen mentions`, `the claims`).
const NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "his", "its", "their", "our", "my", "your", "dozen", "every", "such", "of",
    "whose", "new", "further", "repeated", "recent", "previous", "own", "public", "private",
];

/// Words that make a noun phrase definite or someone's: `the experts`, `his critics`.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your",
];

/// Pronouns that can be the source of an attribution.
const PERSON_PRONOUNS: &[&str] = &["he", "she", "i"];
const GROUP_PRONOUNS: &[&str] = &["they", "we"];

/// A party's members in the plural (`Republicans`, `Tories`): people, though written with a
/// capital.
const PARTY_MEMBERS: &[&str] = &[
    "republicans",
    "democrats",
    "tories",
    "conservatives",
    "liberals",
];

/// `the 46-year-old`, `a 30-year-old man`: a person described by age.
fn age_description(words: &[&str]) -> bool {
    words
        .windows(3)
        .any(|w| matches!(w, ["year" | "years", "-", "old"]))
        || words.iter().any(|w| w.ends_with("-year-old"))
}

struct Pass<'d> {
    doc: &'d Document,
    /// Quotation index by the token index of its opening / closing mark.
    quote_by_open: FxHashMap<usize, usize>,
    quote_by_close: FxHashMap<usize, usize>,
    /// Per token: the entity it belongs to, or `NO_ENTITY` (4 bytes a token: long drafts have
    /// millions of tokens).
    entity_at: Vec<u32>,
    entities: &'d [Entity],
    /// Per entity: the index of the last person entity at or before it (`NO_ENTITY` when none),
    /// so `he`/`she` finds its antecedent without walking back over every body named before.
    last_person: Vec<u32>,
    surnames: &'d HashMap<String, String>,
    /// Per distinct form of the document: its [`Lexicon::cue_mask`], looked up once.
    cue_masks: Vec<u8>,
    /// Per distinct form: can an attribution start at a token of this form at all (a cue
    /// word, a dash or colon, `reportedly`, `read`, `according`, or a word shaped like a verb
    /// that may introduce speech)? Most tokens cannot, and the sentence loop steps over them.
    may_start: Vec<bool>,
    /// Per distinct form, found the first time a recogniser asks: written capitalised inside
    /// a sentence somewhere in the draft (1), written in lower case somewhere (2).
    casing: std::cell::OnceCell<Vec<u8>>,
    /// Per distinct form, found the first time asked: can a reading of [`Pass::says_claim_false`]
    /// start at it (1 no, 2 yes, 0 not yet known)?
    denial_starts: Vec<std::cell::Cell<u8>>,
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

/// `word` with every `suffix` it ends with taken off (`Ortiz's` → `Ortiz`): what
/// `trim_end_matches` does, without building a string searcher on each call (these run per
/// token).
pub(crate) fn trim_suffix<'a>(word: &'a str, suffix: &str) -> &'a str {
    let mut w = word;
    while let Some(s) = w.strip_suffix(suffix) {
        w = s;
    }
    w
}

/// Is `norm` a title or a role noun of the attribution analysis (`minister`, `spokeswoman`,
/// `farmer`, `Dr`)?
#[must_use]
pub(crate) fn is_title_or_role(norm: &str) -> bool {
    let lex = lexicon();
    lex.titles.contains(norm) || lex.role_nouns.contains(norm) || lex.anon_nouns.contains(norm)
}

/// Every attribution of the document, in cue order.
/// The names of the source recognisers, in the order they are tried: the values
/// `Attribution::classified_by` takes (besides `no-source`, `unresolved`,
/// `quantified-people-said`, `party-said`, `group-belief`, `testimony`, `court-argument` and
/// `reportedly`).
pub fn source_recognisers() -> impl Iterator<Item = &'static str> {
    classify::RECOGNISERS.iter().map(|(name, _)| *name)
}

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
    let cue_masks: Vec<u8> = (0..doc.word_count() as u32)
        .map(|w| lexicon().cue_mask(doc.word_text(w)))
        .collect();
    let may_start = cue_masks
        .iter()
        .enumerate()
        .map(|(w, &mask)| mask != 0 || may_start(doc.word_text(w as u32)))
        .collect();
    let mut pass = Pass {
        doc,
        quote_by_open,
        quote_by_close,
        entity_at,
        entities,
        last_person: entities
            .iter()
            .enumerate()
            .scan(NO_ENTITY, |last, (e, ent)| {
                if ent.kind == EntityKind::Person {
                    *last = e as u32;
                }
                Some(*last)
            })
            .collect(),
        surnames,
        cue_masks,
        may_start,
        casing: std::cell::OnceCell::new(),
        denial_starts: vec![std::cell::Cell::new(0); doc.word_count()],
        out: Vec::new(),
    };
    for (si, s) in doc.sentences().iter().enumerate() {
        pass.sentence(si, s.tokens.start, s.tokens.end);
    }
    let mut out = pass.out;
    end_content_at_next_clause(doc, &mut out);
    drop_polled_groups(doc, &mut out);
    out
}

/// `Investors expect the bank to raise rates, according to a Reuters poll`, `Most economists
/// expect growth to slow, a Reuters poll showed`: a group whose view a poll or a survey reports
/// is the poll's sample, and the poll the source — no view pinned on a vague or unnamed group.
/// So is the market whose prices imply it (`Traders now see almost no chance of a cut,
/// according to money market pricing`).
fn drop_polled_groups(doc: &Document, out: &mut Vec<Attribution>) {
    let tokens = doc.tokens();
    let token_at = |byte: usize| tokens.partition_point(|t| t.span().start < byte);
    let polls: Vec<(SentenceId, Span)> = out
        .iter()
        .filter(|a| a.kind == SourceKind::Document && a.response.is_none())
        .filter_map(|a| {
            let source = a.source?;
            let (from, to) = (token_at(source.start), token_at(source.end));
            let polled = (from..to).any(|k| {
                matches!(
                    doc.norm(&tokens[k]),
                    "poll" | "polls" | "survey" | "surveys" | "consensus" | "canvass" | "pricing"
                )
            });
            Some((a.sentence, a.content?)).filter(|_| polled)
        })
        .collect();
    if polls.is_empty() {
        return;
    }
    out.retain(|a| {
        !(matches!(a.kind, SourceKind::Vague | SourceKind::Anonymous)
            && a.response.is_none()
            // (The polls of its own sentence, a few at most: a run-on sentence stays linear.)
            && polls[polls.partition_point(|&(sentence, _)| sentence < a.sentence)..]
                .iter()
                .take_while(|&&(sentence, _)| sentence == a.sentence)
                .take(8)
                .any(|&(_, c)| c.start <= a.cue.start && a.cue.end <= c.end))
    });
}

/// `Ministers say the constitution would help but critics fear a super state`: what the
/// ministers say ends where a later attribution of the sentence opens a clause of its own after
/// `but`, `while`, `whereas`, `although` or `though`. (Per sentence, the places such clauses open
/// are listed once, sorted, and each attribution looks one up: linear in the draft, give or take
/// a logarithm, however many attributions a sentence holds.)
fn end_content_at_next_clause(doc: &Document, out: &mut [Attribution]) {
    let tokens = doc.tokens();
    let token_at = |byte: usize| tokens.partition_point(|t| t.span().start < byte);
    // (byte where a clause opens, token of the conjunction before it, and for a second verb
    // of a speaker, that speaker's source)
    let mut opens: Vec<(usize, usize, Option<Span>)> = Vec::new();
    let mut from = 0;
    while from < out.len() {
        let sentence = out[from].sentence;
        let to = from
            + out[from..]
                .iter()
                .take_while(|a| a.sentence == sentence)
                .count();
        opens.clear();
        opens.extend(out[from..to].iter().filter_map(|b| {
            let start = b.source.unwrap_or(b.cue).start;
            let conj = token_at(start).checked_sub(1)?;
            matches!(
                doc.norm(&tokens[conj]),
                "but" | "while" | "whereas" | "although" | "though"
            )
            .then_some((start, conj, None))
        }));
        // (`He said he found Trump "very charming" and called his standing "unheard of"`: a
        // second verb of the same speaker after `and` or `but` says something else.)
        // (Only a finite verb, not `moved into directing and writing`; and only the same
        // speaker's, not `contend executives met and agreed to…`.)
        opens.extend(out[from..to].iter().filter_map(|b| {
            let conj = token_at(b.cue.start).checked_sub(1)?;
            let finite = !doc.norm(&tokens[conj + 1]).ends_with("ing");
            let speaker = b.source?;
            (finite && matches!(doc.norm(&tokens[conj]), "and" | "but")).then_some((
                b.cue.start,
                conj,
                Some(speaker),
            ))
        }));
        opens.sort_unstable();
        for a in &mut out[from..to] {
            let Some(content) = a.content else {
                continue;
            };
            let after = content.start.max(a.cue.end);
            let next = opens.partition_point(|&(start, _, _)| start <= after);
            // (A few ahead only, so a run-on sentence of many stays linear.)
            let Some(&(start, conj, _)) = opens[next..]
                .iter()
                .take(8)
                .find(|&&(_, _, speaker)| speaker.is_none() || speaker == a.source)
            else {
                continue;
            };
            if start >= content.end {
                continue;
            }
            // (and the comma or dash before the conjunction)
            let last = if conj > 0 && source::closes_clause(doc.norm(&tokens[conj - 1])) {
                conj - 1
            } else {
                conj
            };
            if let Some(end) = last.checked_sub(1).map(|k| tokens[k].span().end) {
                if end > content.start {
                    a.content = Some(Span::new(content.start, end));
                }
            }
        }
        from = to;
    }
}

const NO_ENTITY: u32 = u32::MAX;

/// Verbs of staying in a state, before a participle that is then an adjective (`remain
/// opposed`, `stayed committed`): no part of the subject before them.
const STATE_VERBS: &[&str] = &["remain", "remains", "remained", "stay", "stays", "stayed"];

/// Tokens `a..b` of the document, as a pair.
type TokenRange = (usize, usize);

/// The sentence a stage of the sentence loop reads: its index and its tokens `lo..hi`.
#[derive(Debug, Clone, Copy)]
struct Sent {
    si: usize,
    lo: usize,
    hi: usize,
}

/// A verb cue's length in words and its class, as [`Pass::verb_cue`] reads it.
#[derive(Debug, Clone, Copy)]
struct VerbCue {
    pub(super) n: usize,
    pub(super) cognition: bool,
    pub(super) base: bool,
}

/// The subject [`Pass::verb_subject`] finds for a verb cue.
#[derive(Debug, Clone, Copy)]
enum VerbSubject {
    /// The phrase before the verb, if any.
    Found(Option<TokenRange>),
    /// The verb is a participle describing a noun (`the conversation outlined in the book`):
    /// no cue.
    NotACue,
}

/// Besides a cue word, can a token of the form `norm` start one of the constructions
/// [`Pass::sentence`] looks for? Every branch of that loop needs a cue word or one of these;
/// any other token is stepped over.
fn may_start(norm: &str) -> bool {
    matches!(
        norm,
        "―" | "—"
            | "–"
            | "-"
            | "--"
            | ":"
            | "reportedly"
            | "read"
            | "reads"
            | "according"
            | "per"
            | "seen"
            | "among"
    ) || verb_shaped(norm)
}

/// Four letters or more, ending like a past tense or a third person (`lamented`, `quips`, not
/// `process`, `census`): what [`Pass::open_clause_verb`] takes for a verb not in the lists.
pub(super) fn verb_shaped(word: &str) -> bool {
    word.len() >= 4
        && (word.ends_with("ed")
            || (word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")))
}

/// Tokens from the start of what was said that a reading of [`Pass::says_claim_false`] reads
/// at most (`calls_false`'s window, the widest).
const DENIAL_WINDOW: usize = 60;

impl<'d> Pass<'d> {
    /// Is the word of token `k`, opening its sentence, a proper noun of the draft — written
    /// capitalised inside a sentence elsewhere and never in lower case (`Sanders said…` in a
    /// story that names `Sanders` mid-sentence; not `Forecasters said…`)? One walk over the
    /// tokens, the first time it is asked.
    pub(super) fn proper_elsewhere(&self, k: usize) -> bool {
        let casing = self.casing.get_or_init(|| {
            let mut casing = vec![0u8; self.doc.word_count()];
            for t in self.doc.tokens() {
                if t.kind != TokenKind::Word {
                    continue;
                }
                let w = t.word as usize;
                if !t.is_capitalised() {
                    casing[w] |= 2;
                } else if !t.is_sentence_start() && !t.is_all_caps() {
                    casing[w] |= 1;
                }
            }
            casing
        });
        casing.get(self.doc.tokens()[k].word as usize) == Some(&1)
    }

    /// The entity token `k` belongs to.
    fn entity_of(&self, k: usize) -> Option<usize> {
        let e = self.entity_at[k];
        (e != NO_ENTITY).then_some(e as usize)
    }

    fn norm(&self, i: usize) -> &'d str {
        self.doc.norm(&self.doc.tokens()[i])
    }

    /// Is token `k` a month or a day of the week (`Wednesday`, `March`)?
    pub(super) fn month_or_day(&self, k: usize) -> bool {
        lexicon()
            .months_days
            .contains(self.doc.text(self.doc.tokens()[k].span()))
    }

    /// Is `a..b` a phrase of time and nothing else (`on Wednesday`, `last month`, `in
    /// September this year`, `two weeks ago`)?
    fn time_phrase(&self, a: usize, b: usize) -> bool {
        // What names the time; and the words a phrase of it is built with.
        const UNITS: &[&str] = &[
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "weekend",
            "morning",
            "evening",
            "night",
            "afternoon",
            "ago",
            "past",
        ];
        const FRAME: &[&str] = &[
            "on", "in", "at", "during", "last", "this", "next", "earlier", "later", "the", "a",
            "day", "days", "early", "late", "mid", "same", "previous", "past", "recent",
            "recently", "summer", "winter", "spring", "autumn", "fall", "two", "three", "few",
            "several",
        ];
        let tokens = self.doc.tokens();
        let names_time = |k: usize| {
            self.month_or_day(k)
                || tokens[k].kind == TokenKind::Number
                || UNITS.contains(&self.norm(k))
        };
        b > a
            && b - a <= 6
            && matches!(
                self.norm(a),
                "on" | "in" | "at" | "during" | "last" | "this" | "earlier" | "later"
            )
            && (a..b).any(names_time)
            && (a..b).all(|k| names_time(k) || FRAME.contains(&self.norm(k)))
    }

    /// Is word `i` the verb of a modal (`can understand`, `may have thought`, `could not
    /// believe`, `wouldn't know`)?
    fn after_modal(&self, i: usize, lo: usize) -> bool {
        // (`wouldn't know`, `cannot believe` are read `would not know`, `can not believe`:
        // the tokenizer splits a contraction.)
        let modal = |k: usize| MODALS.contains(&self.norm(k));
        // (`Some may see this as…`, `others will argue`: a weasel group's view all the same.)
        (1..=3).any(|back| {
            i >= lo + back
                && modal(i - back)
                && !(i - back > lo
                    && matches!(
                        self.norm(i - back - 1),
                        "some" | "many" | "others" | "most" | "few"
                    ))
                // (`Some students may soon have thought…`: past an adverb.)
                && (i - back + 1..i).all(|k| self.norm(k) == "have" || self.passing_adverb(k))
        })
    }

    /// Is token `k` an adverb a modal's verb may stand after (`may soon see`, `will surely
    /// argue`, `could not say`)?
    pub(super) fn passing_adverb(&self, k: usize) -> bool {
        matches!(
            self.norm(k),
            "not" | "never" | "soon" | "probably" | "ever" | "well"
        ) || crate::clause::PASSING_ADVERBS.contains(&self.norm(k))
            || self.adverb(k)
    }

    /// Does cue word `i` stand in a two-word noun of the lexicon, first or second (`an official
    /// warning`, `a television show`, `the virus writing group`, `the final say`)?
    fn in_noun_compound(&self, i: usize, lo: usize, hi: usize) -> bool {
        let set = &lexicon().noun_compounds;
        i > lo && set.longest_in(self.doc, i - 1, i + 1) == Some(2)
            || set.longest_in(self.doc, i, hi) == Some(2)
    }

    /// The [`Lexicon::cue_mask`] of token `i`'s form.
    fn cue_mask_at(&self, i: usize) -> u8 {
        self.cue_masks[self.doc.tokens()[i].word as usize]
    }

    /// `All attempts by the BBC to contact the people behind the site have failed`: the
    /// writer's tries named with their agent, and their failure; the length of the cue
    /// (`attempts by … to contact`). The agent is a newsroom (an outlet, its website or
    /// reporters): `efforts by the family to contact him failed` and `attempts by rebels to
    /// reach the capital` are events, not the story's questions unanswered.
    fn failed_attempts_by(&self, i: usize, hi: usize) -> Option<usize> {
        if !matches!(self.norm(i), "attempts" | "efforts")
            || self.norm(i + 1) != "by"
            || self.doc.tokens()[i].in_quote()
        {
            return None;
        }
        let to = (i + 2..hi.min(i + 10)).find(|&k| self.norm(k) == "to")?;
        let verb = self.norm(to + 1);
        let newsroom = self.newsroom(i + 2, to);
        // (The failure closes the same clause: a few tokens on, so a run-on sentence of tries
        // stays linear.)
        let failed = (to + 2..hi.min(to + 20)).any(|k| {
            matches!(
                self.norm(k),
                "failed" | "unsuccessful" | "fruitless" | "vain" | "unanswered"
            )
        });
        (failed && newsroom && matches!(verb, "contact" | "reach")).then_some(to + 2 - i)
    }

    /// `The BBC has contacted the company for comment`, `We have asked the ministry for a
    /// response`: a newsroom's request in the perfect, at the auxiliary `i`, still unanswered
    /// at publication as `has been approached for comment` is; the one asked (the phrase
    /// between the verb and `for`, up to ten tokens) is who has not responded. Not someone
    /// else's request (`Police have asked the public for information`), nor a request put
    /// to nobody named.
    fn asked_for_comment(
        &self,
        i: usize,
        lo: usize,
        si: usize,
        hi: usize,
    ) -> Option<(usize, usize)> {
        if i + 5 > hi
            || !matches!(self.norm(i), "has" | "have" | "had")
            || !matches!(
                self.norm(i + 1),
                "contacted" | "approached" | "asked" | "emailed" | "messaged"
            )
            || self.doc.tokens()[i].in_quote()
        {
            return None;
        }
        let for_at = (i + 3..hi.min(i + 13)).find(|&k| self.norm(k) == "for")?;
        let what = if for_at + 1 < hi && self.norm(for_at + 1) == "a" {
            for_at + 2
        } else {
            for_at + 1
        };
        // (Asked to do something, or asked about it, is no request for comment.)
        let object_ok = (i + 2..for_at).all(|k| !matches!(self.norm(k), "to" | "about" | "."));
        let asked_comment = what < hi
            && matches!(
                self.norm(what),
                "comment" | "response" | "reaction" | "statement" | "reply"
            );
        let (a, b) = self.subject_before(i, lo, si)?;
        (object_ok && asked_comment && self.newsroom(a, b)).then_some((i + 2, for_at))
    }

    /// `Reuters could not reach officials in Damascus for comment`, `The BBC was unable to
    /// contact the club`: a newsroom that failed to reach someone reports that one's
    /// non-response, the active of `could not be reached`. The cue's length and who was not
    /// reached (up to `for`, `on`, `by`, `at`… or a clause's end). (Not `Rescuers could not
    /// reach the village`: only a newsroom's tries.)
    fn could_not_reach(
        &self,
        i: usize,
        lo: usize,
        si: usize,
        hi: usize,
    ) -> Option<(usize, (usize, usize))> {
        // (Cheap first: `reach` or `contact` a few words on, outside a quotation.)
        if !(i + 2..hi.min(i + 8)).any(|k| matches!(self.norm(k), "reach" | "contact"))
            || self.doc.tokens()[i].in_quote()
        {
            return None;
        }
        let norms = self.norms(i, hi);
        let words: &[&str] = &norms;
        let n = match words {
            ["could" | "did", "not", ..] | ["failed", "to", ..] => 2,
            ["was" | "were", "unable", "to", ..] => 3,
            ["was" | "were", "not", "able", "to", ..]
            | ["has" | "have" | "had", "been", "unable", "to", ..] => 4,
            ["has" | "have" | "had", "not", "been", "able", "to", ..] => 5,
            _ => return None,
        };
        let n = if words
            .get(n)
            .is_some_and(|w| matches!(*w, "immediately" | "yet"))
        {
            n + 1
        } else {
            n
        };
        if !words
            .get(n)
            .is_some_and(|w| matches!(*w, "reach" | "contact"))
        {
            return None;
        }
        let object = self.phrase_after_until(
            i + n + 1,
            hi,
            &[
                "for",
                "on",
                "by",
                "at",
                "outside",
                "after",
                "despite",
                "before",
                "about",
                "over",
                "regarding",
                "when",
                "and",
                "but",
                "to",
            ],
        )?;
        let (a, b) = self.subject_before(i, lo, si)?;
        self.newsroom(a, b).then_some((n + 1, object))
    }

    /// The matching forms of up to eight tokens from `i` (before `hi`): a cue's words, read by
    /// every recogniser of the cue (held inline: one is made per cue candidate).
    fn norms(&self, i: usize, hi: usize) -> Norms<'d> {
        let mut out = Norms {
            forms: [""; Norms::MAX],
            len: 0,
        };
        for k in i..hi.min(i + Norms::MAX) {
            out.forms[out.len] = self.norm(k);
            out.len += 1;
        }
        out
    }

    /// The kind after asking whether an anonymous source is a generalisation: `analysts
    /// believe`, a consensus forecast, a group that `often` says something (vague).
    fn generalised(
        &self,
        cue: (usize, usize),
        source: Option<(usize, usize)>,
        words: &[&str],
        cue_kind: CueKind,
        response: Option<Response>,
        (kind, classified_by): (SourceKind, &'static str),
    ) -> (SourceKind, &'static str) {
        if self.firms_in_general(kind, source, words, response) {
            return (SourceKind::Vague, "weasel-group");
        }
        // `analysts believe`: a bare group's belief is a generalisation, not a source spoken to
        // (`analysts said` stays anonymous). So is a consensus forecast a figure is measured
        // against: `better than economists predicted`, `the 169,000 figure that Wall Street
        // economists had forecast`. A bare group's own forecast stays anonymous, the people
        // spoken to (`economists predict China will become…`, `…, analysts have predicted`), as
        // the labelled copy reads it (13 of 22 bare forecasts anonymous, 5 unverified; the
        // guideline's `forecasters expect` notwithstanding).
        let consensus = source.is_some_and(|(a, b)| {
            a > 0
                && matches!(self.norm(a - 1), "than" | "that" | "which")
                && lexicon().market_sources.contains(&self.norm(b - 1))
                && matches!(
                    words.first().copied(),
                    Some(
                        "forecast"
                            | "forecasted"
                            | "predicted"
                            | "expected"
                            | "anticipated"
                            | "estimated"
                            | "projected"
                    )
                )
        });
        // (Plain words may stand before it: `Stock market traders were sceptical that…`.)
        let bare_group = source.is_some_and(|(a, b)| {
            lexicon().market_sources.contains(&self.norm(b - 1))
                && (a..b - 1).all(|k| {
                    let (t, w) = (&self.doc.tokens()[k], self.norm(k));
                    t.kind == TokenKind::Word
                        && (!t.is_capitalised() || t.is_sentence_start())
                        && self.entity_of(k).is_none()
                        && !DETERMINERS.contains(&w)
                        && !classify::is_number_word(w)
                        && !w.ends_with("'s")
                })
        });
        // (`Labour MPs fear…`, `Union members think…`, `Investigators believe…`: a bare plural
        // of unnamed people holding a view, not said to the reporter, is a group's view pinned
        // on nobody in particular; officials, sources and aides are never a generalisation.)
        let bare_people = source.is_some_and(|(a, b)| {
            let head = self.norm(b - 1);
            // (The verb right after them, past an auxiliary or an adverb: not `Lawyers
            // defending the chief…`, a participle describing them, nor a noun further on.)
            let verb_next = b <= cue.0
                && cue.0 <= b + 3
                && (b..cue.0).all(|k| {
                    let w = self.norm(k);
                    MODALS.contains(&w)
                        || w.ends_with("ly")
                        || matches!(
                            w,
                            "have" | "has" | "had" | "are" | "were" | "do" | "did" | "now"
                                | "also" | "still" | "long"
                        )
                })
                && !(cue.0 == b && words.first().is_some_and(|w| w.ends_with("ing")))
                // (A worry about a thing states no view: `as investors worry about the
                // economy`.)
                && !(cue.1 < self.doc.tokens().len()
                    && matches!(self.norm(cue.1), "about" | "over" | "for" | "at" | "of"));
            verb_next
                && b <= a + 3
                && head.ends_with('s')
                && !lexicon().official_source_nouns.contains(head)
                && (lexicon().people_nouns.contains(&head) || lexicon().anon_nouns.contains(head))
                && (a..b - 1).all(|k| {
                    let (t, w) = (&self.doc.tokens()[k], self.norm(k));
                    t.kind == TokenKind::Word
                        && !DETERMINERS.contains(&w)
                        && !classify::is_number_word(w)
                        && !w.ends_with("'s")
                        && self
                            .entity_of(k)
                            .is_none_or(|e| self.entities[e].kind != EntityKind::Person)
                })
        });
        if kind == SourceKind::Anonymous
            && response.is_none()
            && (consensus
                || bare_group && matches!(cue_kind, CueKind::Attitude | CueKind::Stance)
                // (`analysts agree that…`: a consensus in the present, the group's in general;
                // `analysts agreed` tells an occasion.)
                || bare_group && matches!(words.first().copied(), Some("agree" | "concur"))
                || bare_people && cue_kind == CueKind::Attitude)
        {
            (SourceKind::Vague, "group-belief")
        } else if kind == SourceKind::Anonymous
            && response.is_none()
            && self.habitually_says(cue.0, source)
        {
            (SourceKind::Vague, "habitual-group")
        } else {
            (kind, classified_by)
        }
    }

    /// `the net has not changed as much as people thought it would`, `more resilient than most
    /// people imagined`, `the 3.5% rate that economists had forecast`, `Analysts had expected
    /// the figure to be stronger`: an expectation a fact is measured against, after a
    /// comparison (or, for a consensus forecast, after the figure it set or in the past
    /// perfect), is no claim of the group's.
    fn compared_expectation(
        &self,
        cue: usize,
        source: Option<(usize, usize)>,
        words: &[&str],
    ) -> bool {
        let Some((a, b)) = source else {
            return false;
        };
        let expected = matches!(
            words.first().copied(),
            Some(
                "thought"
                    | "think"
                    | "expected"
                    | "expect"
                    | "imagined"
                    | "predicted"
                    | "forecast"
                    | "forecasted"
                    | "feared"
                    | "believed"
                    | "anticipated"
                    | "assumed"
                    | "hoped"
                    | "estimated"
                    | "projected"
                    // (The progressive of the past perfect: `economists had been predicting as
                    // much as 2%`, a consensus as `had predicted` is.)
                    | "predicting"
                    | "expecting"
                    | "forecasting"
                    | "anticipating"
                    | "projecting"
            )
        );
        if !expected {
            return false;
        }
        let before = |k: usize| if k > 0 { self.norm(k - 1) } else { "" };
        let compared = before(a) == "than"
            || a >= 2
                && self.norm(a - 1) == "as"
                && matches!(
                    self.norm(a - 2),
                    "much"
                        | "well"
                        | "far"
                        | "long"
                        | "quickly"
                        | "soon"
                        | "badly"
                        | "fast"
                        | "high"
                        | "low"
                        | "strong"
                        | "weak"
                        | "big"
                        | "good"
                        | "bad"
                );
        let progressive = words[0].ends_with("ing");
        let past_perfect = if progressive {
            before(cue) == "been" && cue >= 2 && self.norm(cue - 2) == "had"
        } else {
            before(cue) == "had"
        };
        // (A progressive is only the past perfect's: `analysts are expecting` is their view now.)
        let compared = compared && (!progressive || past_perfect);
        let consensus = (matches!(before(a), "that" | "which") && !progressive || past_perfect)
            && lexicon().market_sources.contains(&self.norm(b - 1))
            && !matches!(
                words[0],
                "think" | "thought" | "believed" | "hoped" | "feared"
            );
        compared || consensus
    }

    /// `female MPs often say they feel…`, `Diplomats routinely complain that…`: a plural group
    /// with an adverb of habit before the cue is what such people say in general, not an
    /// occasion a reporter heard — a generalisation.
    fn habitually_says(&self, cue: usize, source: Option<(usize, usize)>) -> bool {
        let Some((a, b)) = source else {
            return false;
        };
        if cue > b + 3 {
            return false;
        }
        let habit = (b..cue).any(|k| {
            matches!(
                self.norm(k),
                "often"
                    | "frequently"
                    | "routinely"
                    | "usually"
                    | "always"
                    | "regularly"
                    | "typically"
                    | "generally"
                    | "commonly"
                    | "invariably"
                    | "universally"
            )
        });
        let plural = self.norm(b - 1).ends_with('s')
            && !matches!(self.norm(a), "a" | "an" | "one" | "the")
            && self.entity_of(b - 1).is_none();
        habit && plural
    }

    /// Is token `k` a capitalised word that may be (part of) a name — not a capitalised
    /// function word (`The`, `After`)?
    fn name_word(&self, k: usize) -> bool {
        let t = &self.doc.tokens()[k];
        t.kind == TokenKind::Word
            && t.is_capitalised()
            && !lexicon().stopwords_cap.contains(self.doc.text(t.span()))
    }

    fn span(&self, a: usize, b: usize) -> Span {
        let t = self.doc.tokens();
        t[a].span().cover(t[b - 1].span())
    }

    /// Where the sentence `lo..hi`'s clause begins: past a leading connective (`But other
    /// aides have been pressing for a delay, saying…`, `And the minister said`, `Meanwhile,
    /// …`), which is no part of the clause nor of its subject.
    fn clause_start(&self, lo: usize, hi: usize) -> usize {
        let tokens = self.doc.tokens();
        if !(hi > lo + 2
            && tokens[lo].kind == TokenKind::Word
            && crate::clause::CONNECTIVES.contains(&self.norm(lo)))
        {
            return lo;
        }
        // (`Meanwhile, other aides…`: with its comma; not before a speaker set off by commas,
        // which the comma opens: `Instead, she said, her boss told her…`.)
        let after = if self.norm(lo + 1) != "," {
            lo + 1
        } else if (lo + 3..(lo + 6).min(hi))
            .any(|k| self.norm(k) == "," && lexicon().cue_mask(self.norm(k - 1)) != 0)
        {
            return lo;
        } else {
            lo + 2
        };
        if after + 1 < hi && tokens[after].kind == TokenKind::Word {
            after
        } else {
            lo
        }
    }

    /// Is the `told` at `i` no statement? With nothing after it (`the domination ultimately
    /// told.`), or telling someone with nothing said (`Someone told him.`, `Nobody told me.`) —
    /// with no quotation before, which would be what was told (`"…," he told me.`), and no
    /// clause before whose object it is (`anything Mr Blair told him.`).
    fn told_nothing(&self, i: usize, lo: usize, n: usize, words: &[&str]) -> bool {
        let tokens = self.doc.tokens();
        let bare_end = |k: usize| matches!(words.get(k).copied(), None | Some("." | "!" | ";"));
        let told_no_one_anything = matches!(words[0], "tells" | "tell" | "told")
            && matches!(
                words.get(1).copied(),
                Some("me" | "him" | "her" | "us" | "them" | "you")
            )
            && bare_end(2)
            && i <= lo + 3
            && !(lo..i).any(|k| tokens[k].in_quote() || tokens[k].is_close_quote());
        // `because he advises the regulator`, `She advised the government on the plan`: being
        // someone's adviser, nothing said (not `advised that…`, `advised people to…`).
        let an_adviser = matches!(words[0], "advise" | "advises" | "advised" | "advising")
            && words
                .get(1)
                .is_some_and(|w| tokens[i + 1].kind == TokenKind::Word && *w != "that")
            && words[1..]
                .iter()
                .take_while(|w| !matches!(**w, "," | "." | ";" | "!" | "?"))
                .all(|w| !matches!(*w, "that" | "to" | ":" | "against" | "caution"))
            && !tokens[i + 1..(i + words.len()).min(tokens.len())]
                .iter()
                .any(Token::is_open_quote);
        // `images of famous people they have seen and snapped.`: photographed — a snap said
        // has its words (a quotation before it) or its object after it.
        // (The quotation is looked for within a bounded stretch before the cue, so a run-on
        // sentence of many `snapped;` stays linear.)
        let snapped_a_picture = matches!(words[0], "snapped" | "snaps")
            && bare_end(1)
            && !(i.saturating_sub(SNAP_QUOTE_TOKENS).max(lo)..i)
                .any(|k| tokens[k].kind == TokenKind::Quote);
        // `runs counter to`, `would counter the groups`: opposing, not answering — a counter
        // said has a clause (`counter that…`) or closes an inversion (`…, they counter.`).
        let no_counter_said = matches!(words[0], "counter" | "counters" | "countering")
            && !matches!(
                words.get(1).copied(),
                None | Some("that" | "," | "." | ":" | ";" | "!")
            );
        n == 1
            && (words[0] == "told" && bare_end(1)
                || told_no_one_anything
                || an_adviser
                || snapped_a_picture
                || no_counter_said)
    }

    /// Can the subject `s` of a noun-homograph cue speak: its head (`Officials`), or the head
    /// before its `of` when that is a document (`A readout of the meeting`)?
    fn subject_can_speak(&self, s: (usize, usize)) -> bool {
        self.source_head(self.head_before_adverb(s))
            || (s.0 + 1..s.1.min(s.0 + 4))
                .find(|&k| self.norm(k) == "of")
                .is_some_and(|k| self.evidence(k - 1))
    }

    /// Finds the attributions of sentence `si` (tokens `lo..hi`): at each token that may start
    /// one, the stages of `cue.rs` in order, each deciding the token or passing it on; a verb
    /// cue that none decides is read with its subject (`verb_subject`) and accepted or not
    /// (`view_holder_accepted`, `base_form_accepted`, `listed_verb_accepted`).
    fn sentence(&mut self, si: usize, lo: usize, hi: usize) {
        let tokens = self.doc.tokens();
        let lo = self.clause_start(lo, hi);
        let sent = Sent { si, lo, hi };
        let mut i = lo;
        while i < hi {
            if !self.may_start[tokens[i].word as usize] {
                i += 1; // most tokens: one look-up and on
                continue;
            }
            if let Some(next) = self.punctuation_cue(sent, i) {
                i = next;
                continue;
            }
            let word = self.norm(i);
            if let Some(next) = self.word_form_cue(sent, i) {
                i = next;
                continue;
            }
            // Cue words have three letters or more; `no comment` and `do not comment` are the
            // two-letter starts (`said, "No comment,"`, `"We do not comment on speculation"`,
            // `There was no immediate response from the rebels`).
            let no_comment = word == "no"
                && i + 1 < hi
                && matches!(
                    self.norm(i + 1),
                    "comment" | "immediate" | "response" | "reply" | "reason" | "explanation"
                );
            let mask = if word.len() < 3 && !no_comment && word != "do" {
                0
            } else {
                self.cue_mask_at(i)
            };
            if mask == 0 && word != "according" && word != "per" {
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
            if let Some(next) = self
                .according_to_cue(sent, i, &words)
                .or_else(|| self.nonresponse_cue(sent, i, mask, &words))
            {
                i = next;
                continue;
            }
            // A quotation's own reports (`“I think…”`, `“He said no”`) are the speaker's, not
            // the writer's sourcing: no attribution.
            if tokens[i].in_quote() && !self.denial_in_scare_quote(i, lo) {
                i += 1;
                continue;
            }
            let Some(VerbCue {
                n,
                cognition: is_cognition,
                base: is_base,
            }) = self.verb_cue(i, lo, mask, &words)
            else {
                i += 1;
                continue;
            };
            if let Some(next) = self
                .contact_or_noun(sent, i, n, &words)
                .or_else(|| self.infinitive_frame(sent, i, n, &words))
            {
                i = next;
                continue;
            }
            // `continues to grow`, `proved decisive`, `pledged delegates`, `in most states, …`:
            // a verb of going on or turning out, an adjective, a noun.
            let next_word = words.get(n).copied().unwrap_or("");
            let not_speech = self.verb_not_speech(i, lo, hi, n, &words);
            if not_speech || self.in_noun_compound(i, lo, hi) {
                i += n;
                continue;
            }
            // The cue of `continued to insist` is all three words.
            let n = if words[0].starts_with("continu") && next_word == "to" && words.len() > n + 1 {
                n + 2
            } else {
                n
            };
            if self.told_nothing(i, lo, n, &words) {
                i += n;
                continue;
            }
            if let Some(next) = self.request_or_question(sent, i, n, &words) {
                i = next;
                continue;
            }
            if let Some(next) = self.passive_agent_cue(sent, i, n, &words) {
                i = next;
                continue;
            }
            if self.passive_or_noun_use(i, lo, hi, n, &words) {
                i += 1; // `was told`, `a dozen mentions`: not a cue of its subject
                continue;
            }
            if self.describes_its_noun(i, lo, &words) {
                i += n;
                continue;
            }
            let Ok(response) = self.verb_response(i, lo, &words) else {
                i += n;
                continue;
            };
            let after = i + n;
            if let Some(next) = self
                .participle_cue(sent, i, n, &words, response)
                .or_else(|| self.inversion_cue(sent, i, n, &words, response))
            {
                i = next;
                continue;
            }
            if self.participle_before_verb(i, lo, hi, n, &words) {
                i += n;
                continue;
            }
            let source = match self.verb_subject(sent, i, n, &words) {
                VerbSubject::Found(source) => source,
                VerbSubject::NotACue => {
                    i += n;
                    continue;
                }
            };
            // `eight states, with…`, `nomination contests`: a noun homograph is a verb only
            // after a subject that can speak.
            // (`A readout of the meeting, seen by this newspaper, shows…`: the head before `of`.)
            if lexicon().noun_homographs.contains(&words[0])
                && !source.is_some_and(|s| self.subject_can_speak(s))
            {
                i += 1;
                continue;
            }
            if let Some(next) = self
                .nested_cue(sent, i, n, &words, response, source)
                .or_else(|| self.finding_without_evidence(i, n, &words, source))
            {
                i = next;
                continue;
            }
            let accept = match source {
                None => false,
                Some(subject) if is_cognition => {
                    self.view_holder_accepted(lo, hi, after, subject, &words)
                }
                Some(subject) if is_base => self.base_form_accepted(lo, hi, after, subject),
                Some(subject) => self.listed_verb_accepted(hi, after, subject),
            };
            if accept {
                self.push_verb_cue(sent, (i, after), source, response);
                i = after;
            } else {
                i += 1;
            }
        }
    }

    /// `is regarded by US officials as…`, `was seen by analysts as…`, `is rated by scouts as…`,
    /// `is tipped by pundits to be…`: a participle of viewing
    /// after a passive auxiliary, then `by` and who holds the view (up to `as` or `to`, a few
    /// words). Returns the agent phrase and the content (the clause's subject to the end).
    fn passive_view(
        &self,
        i: usize,
        lo: usize,
        hi: usize,
    ) -> Option<(TokenRange, Option<TokenRange>)> {
        let tokens = self.doc.tokens();
        if !matches!(
            self.norm(i),
            "regarded"
                | "seen"
                | "viewed"
                | "considered"
                | "deemed"
                | "thought"
                | "said"
                | "rated"
                | "reckoned"
                | "judged"
                | "tipped"
        ) || i + 3 >= hi
            || tokens[i].in_quote()
            || self.norm(i + 1) != "by"
        {
            return None;
        }
        // The auxiliary just before, an adverb allowed between (`is widely regarded by`).
        if !self.before_past_adverb(i, lo, |w| PASSIVE_AUX.contains(&w)) {
            return None;
        }
        let from = i + 2;
        let end = (from..hi.min(from + 8))
            .find(|&k| tokens[k].kind != TokenKind::Word || matches!(self.norm(k), "as" | "to"))?;
        if end == from || end + 1 >= hi {
            return None;
        }
        // A view follows: `as a setback`, `to be the favourite` (not `seen by a doctor as soon
        // as he arrived`, `as he left`).
        let view = match self.norm(end) {
            "as" => {
                !matches!(
                    self.norm(end + 1),
                    "soon" | "well" | "long" | "much" | "many" | "far" | "part" | "early" | "late"
                ) && !PERSON_PRONOUNS.contains(&self.norm(end + 1))
                    && !GROUP_PRONOUNS.contains(&self.norm(end + 1))
            }
            "to" => matches!(self.norm(end + 1), "be" | "have"),
            _ => false,
        };
        if !view {
            return None;
        }
        let subject = self.subject_before(i, lo, tokens[i].sentence.index());
        let content = subject.map(|(a, _)| (a, self.content_end(hi)));
        Some(((from, end), content))
    }

    /// A past or present verb (by its ending) right after a person's name or a personal
    /// pronoun, followed by `that` or a quotation: a cue the lists do not have. Records the
    /// attribution and returns the index after the cue.
    fn open_clause_verb(&mut self, i: usize, lo: usize, hi: usize) -> Option<usize> {
        let tokens = self.doc.tokens();
        let word = self.norm(i);
        let t = &tokens[i];
        if t.is_capitalised() || t.in_quote() || i == lo || i + 1 >= hi || !verb_shaped(word) {
            return None;
        }
        // (`Labour suggestions that…`, `accusations that…`: a claim noun, or a word with a
        // noun's ending, is no verb.)
        if lexicon().claim_nouns.contains(word)
            || ["ions", "ments", "ities", "ances", "ences", "nesses"]
                .iter()
                .any(|end| word.ends_with(end))
        {
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
        // `Mr. Trump's finances that…`, `Clinton's actions that…`: after a possessive, a noun.
        let possessive = self.norm(prev).ends_with("'s") || self.norm(prev).ends_with('\'');
        if possessive {
            return None;
        }
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

    /// Does the phrase before the cue not say what follows? `lawsuits against people alleged to
    /// have traded songs` (what is alleged of them), `letting people tell their own stories`,
    /// `a system which lets people who may disagree interact` (a verb's complement, a
    /// possibility).
    fn not_their_words(&self, cue: (usize, usize), (a, b): (usize, usize)) -> bool {
        let tokens = self.doc.tokens();
        let first = self.norm(cue.0);
        let next = |k: usize| if k < tokens.len() { self.norm(k) } else { "" };
        let said_of = matches!(
            first,
            "alleged"
                | "said"
                | "believed"
                | "thought"
                | "reported"
                | "rumoured"
                | "rumored"
                | "understood"
                | "known"
                | "suspected"
        ) && cue.1 == cue.0 + 1
            && next(cue.1) == "to"
            && matches!(next(cue.1 + 1), "have" | "be" | "been")
            && !(cue.0 > 0 && PASSIVE_AUX.contains(&self.norm(cue.0 - 1)));
        let causative = |k: usize| {
            matches!(
                self.norm(k),
                "let"
                    | "lets"
                    | "letting"
                    | "help"
                    | "helps"
                    | "helped"
                    | "helping"
                    | "make"
                    | "makes"
                    | "making"
            )
        };
        // (`Slinker, whose firm helps brands, said`: `said` is no base form.)
        let bare = !(first.ends_with('s')
            || first.ends_with("ed")
            || first.ends_with("ing")
            || lexicon().irregular_participles.contains(first));
        // (`The app lets people tell`; not `people who help the campaign say`.)
        let complement = bare
            && (a.saturating_sub(1)..b).any(|k| {
                causative(k)
                    && b - k <= 4
                    && !(k > 0 && matches!(self.norm(k - 1), "who" | "that" | "which"))
            });
        let possibility = b > a
            && matches!(self.norm(b - 1), "who" | "that" | "which")
            && cue.0 > 0
            && matches!(
                self.norm(cue.0 - 1),
                "may" | "might" | "could" | "would" | "can" | "will" | "should" | "must"
            );
        // `a woman called Sacheen Littlefeather to collect it`: naming, not calling something
        // something (`critics called Trump a liar`).
        // (`party leaders and elected officials, called superdelegates, …`: what a group set
        // off by commas is called.)
        let called_set_off = first == "called"
            && cue.0 > 0
            && self.norm(cue.0 - 1) == ","
            && !matches!(
                next(cue.1),
                "it" | "him" | "her" | "them" | "this" | "that" | "for" | "on" | "out"
            )
            && (cue.1 + 1..(cue.1 + 4).min(tokens.len()))
                .find(|&k| tokens[k].kind != TokenKind::Word)
                .is_some_and(|k| matches!(self.norm(k), "," | ")"));
        // (`many do not have adaptors - called DVI or HDMI connectors -`: set off by a dash or
        // a parenthesis, a name after it.)
        let called_dashed = first == "called"
            && cue.0 > 0
            && matches!(self.norm(cue.0 - 1), "-" | "–" | "—" | "(")
            && cue.1 < tokens.len()
            && tokens[cue.1].is_capitalised();
        let naming = called_set_off
            || called_dashed
            || matches!(first, "called" | "named" | "dubbed" | "nicknamed")
                && cue.0 > 0
                && {
                    let before = &tokens[cue.0 - 1];
                    before.kind == TokenKind::Word
                        && !before.is_capitalised()
                        && !PERSON_PRONOUNS.contains(&self.norm(cue.0 - 1))
                        && !GROUP_PRONOUNS.contains(&self.norm(cue.0 - 1))
                }
                && {
                    let mut k = cue.1;
                    while k < tokens.len() && tokens[k].is_capitalised() && k - cue.1 < 5 {
                        k += 1;
                    }
                    k > cue.1
                        && matches!(
                            next(k),
                            "" | "to"
                                | ","
                                | "."
                                | "who"
                                | "which"
                                | "and"
                                | "in"
                                | "at"
                                | "from"
                                | "-"
                                | ")"
                                | "that"
                                | ";"
                        )
                };
        // `has heard what voters are saying`, `listen to what people think`: what a group says,
        // as the object of another verb, with nothing said after the cue.
        let what_they_say = a > 0
            && self.norm(a - 1) == "what"
            && tokens
                .get(cue.1)
                .is_none_or(|t| t.kind == TokenKind::Punct || t.sentence != tokens[cue.0].sentence);
        said_of || complement || possibility || naming || what_they_say
    }

    /// `The deal, officials said, was close`: when the cue ending at `after` is parenthetical
    /// (a comma, then the verb of the clause it interrupts), the start of who holds the words —
    /// the part of the phrase `a..b` after its last comma.
    fn parenthetical_holder(&self, after: usize, (a, b): (usize, usize)) -> Option<usize> {
        // (`Clinton, a top aide said, "is very confident"`: the quotation may open first.)
        let tokens = self.doc.tokens();
        let verb = (after + 1..tokens.len().min(after + 3)).find(|&k| !tokens[k].is_open_quote());
        // (`The documents indicate, the lawyer said in an interview, that…`: or the `that`
        // of the clause it interrupts.)
        // (`One in three women, the survey said, thought if they lost…`: or a verb of
        // thinking or saying of its own.)
        let clause_verb = |k: usize| {
            let w = self.norm(k);
            CLAUSE_VERBS.contains(&w)
                || w == "that"
                || k > 0
                    && self.norm(k - 1) == ","
                    && (lexicon().cognition_verbs.contains(w) || lexicon().speech_verbs.contains(w))
        };
        // (`At that point, many strategists think, Trump would be…`: the interrupted clause's
        // short subject may come first.)
        let after_subject = || {
            (after + 2..tokens.len().min(after + 5))
                .find(|&k| tokens[k].kind != TokenKind::Word || clause_verb(k))
                .is_some_and(|k| {
                    CLAUSE_VERBS.contains(&self.norm(k))
                        && (after + 1..k).all(|j| tokens[j].kind == TokenKind::Word)
                })
        };
        let parenthetical = after < tokens.len()
            && self.norm(after) == ","
            && (verb.is_some_and(clause_verb) || after_subject());
        if !parenthetical {
            return None;
        }
        // (`Then, many strategists think, Trump would…`: a holder already cut at its comma.)
        (a + 1..b)
            .rev()
            .find(|&k| self.norm(k) == ",")
            .map(|k| k + 1)
            .filter(|&k| k < b)
            .or_else(|| (a > 0 && self.norm(a - 1) == ",").then_some(a))
            // (`If spending rises, as many Democrats believe, activists could…`.)
            .or_else(|| (a > 1 && self.norm(a - 1) == "as" && self.norm(a - 2) == ",").then_some(a))
    }

    /// `made a similar closing days charge`: an article shortly before, with no person or body
    /// between it and the word, makes a noun phrase (`a senior official claims` keeps its verb).
    fn after_article(&self, i: usize, lo: usize) -> bool {
        let Some(art) = (i.saturating_sub(4).max(lo)..i)
            .rev()
            .find(|&k| matches!(self.norm(k), "a" | "an"))
        else {
            return false;
        };
        (art + 1..i).all(|k| {
            self.doc.tokens()[k].kind == TokenKind::Word
                && !self.source_head(k)
                && !lexicon().generic_groups.contains(&self.norm(k))
                && !matches!(
                    self.norm(k),
                    "who" | "which" | "that" | "some" | "many" | "most" | "others"
                )
        })
    }

    /// `than official estimates`, `Official figures show`: `official` with no determiner or
    /// modifier before it is an adjective (`a US official claims` keeps its noun).
    fn bare_official(&self, k: usize, lo: usize) -> bool {
        self.norm(k) == "official"
            && (k == lo
                || matches!(
                    self.norm(k - 1),
                    "than"
                        | "of"
                        | "in"
                        | "on"
                        | "to"
                        | "by"
                        | "from"
                        | "with"
                        | "for"
                        | "and"
                        | "or"
                        | ","
                        | "("
                        | "at"
                        | "as"
                        | "unlike"
                        | "under"
                ))
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
        let a = t.partition_point(|x| x.span().start < span.start);
        let b = t.partition_point(|x| x.span().end <= span.end);
        (a, b.max(a + 1))
    }

    /// `Airlines fear that…`, `Insurers warn that…`: a bare plural of firms of a kind holding a
    /// view in the present is the industry in general, a vague group (in a past statement,
    /// `Banks said…`, it is left as it was: firms the story may have asked).
    fn firms_in_general(
        &self,
        kind: SourceKind,
        source: Option<(usize, usize)>,
        words: &[&str],
        response: Option<Response>,
    ) -> bool {
        kind == SourceKind::Unresolved
            && response.is_none()
            && source.is_some_and(|(a, b)| {
                b == a + 1 && classify::FIRMS_OF_A_KIND.contains(&self.norm(a))
            })
            // (A verb of saying or believing: `Insurers have sought to calm fears that…` is an
            // act.)
            && words.first().is_some_and(|w| {
                !past_statement(w)
                    && !w.ends_with("ed")
                    && (lexicon().speech_verbs.contains(w) || lexicon().cognition_verbs.contains(w))
            })
    }

    /// `politicians disagree on how it should happen`: a vague group's disagreement over an
    /// open question names what is disputed, and states no side of it (unnamed officials who
    /// disagree on what troops will do are still sources on record).
    fn open_topic(
        &self,
        kind: SourceKind,
        words: &[&str],
        content: Option<(usize, usize)>,
    ) -> bool {
        kind == SourceKind::Vague
            && words.first().is_some_and(|w| {
                matches!(
                    *w,
                    "disagree"
                        | "disagrees"
                        | "disagreed"
                        | "differ"
                        | "differs"
                        | "differed"
                        | "debate"
                        | "debated"
                        | "argue"
                        | "argued"
                        | "clash"
                        | "clashed"
                )
            })
            && content.is_some_and(|(c0, c1)| {
                c0 + 1 < c1
                    && matches!(self.norm(c0), "on" | "over" | "about")
                    && matches!(
                        self.norm(c0 + 1),
                        "how" | "whether" | "what" | "why" | "who" | "when" | "which" | "where"
                    )
            })
    }

    /// `players had expressed their solidarity with McCall`, `expressed condolences`,
    /// `Residents voiced their support`: a feeling shown, no statement.
    fn shows_a_feeling(&self, cue: (usize, usize), words: &[&str]) -> bool {
        words.first().is_some_and(|w| {
            matches!(
                *w,
                "expressed"
                    | "expresses"
                    | "express"
                    | "expressing"
                    | "voiced"
                    | "voices"
                    | "voicing"
            )
        }) && (cue.1..(cue.1 + 2).min(self.doc.tokens().len()))
            .any(|k| lexicon().shown_feelings.contains(self.norm(k)))
    }

    /// What kind of cue `cue` is: a statement, a state of mind, a stance that states nothing
    /// (`wants to`, `welcomed the decision`), or a question or request.
    fn cue_kind(
        &self,
        cue: (usize, usize),
        source: Option<(usize, usize)>,
        content: Option<(usize, usize)>,
        response: Option<Response>,
        kind: SourceKind,
        official_referent: bool,
    ) -> CueKind {
        let lex = lexicon();
        let words = self.norms(cue.0, cue.1.max(cue.0 + 1));
        // `agreed to pay`, `vowed to fight on`: an intention, not a statement.
        let intention = self.intention(&words, cue, content);
        // `Republican members of Congress criticized the president`: a reaction to someone or
        // something, with no statement (no clause, quotation or `as …`), reports a stance.
        let blaming = words
            .first()
            .is_some_and(|w| matches!(*w, "blamed" | "blames" | "blame" | "blaming"));
        let reaction = response.is_none()
            && words
                .first()
                .is_some_and(|w| lex.reaction_verbs.contains(w))
            // (`objected that the company had broken its promise`: a clause right after.)
            && !(cue.1 < self.doc.tokens().len()
                && (matches!(self.norm(cue.1), "that" | ":")
                    || self.doc.tokens()[cue.1].is_open_quote()))
            && content.is_none_or(|(c0, c1)| {
                // The object's own clause: up to a comma or a new clause (`, while…`), and a
                // few tokens at most, so a run-on sentence of cues stays linear.
                !(c0..c1.min(c0 + OBJECT_CLAUSE_TOKENS))
                    .take_while(|&k| !matches!(self.norm(k), "," | ";" | "while" | "but"))
                    .any(|k| {
                        matches!(self.norm(k), "that" | "as" | ":" | "saying")
                            || self.doc.tokens()[k].is_open_quote()
                            // (`Security sources blamed the attack on Islamist militants`:
                            // blaming something on someone, or someone for it, says what
                            // caused it.)
                            || blaming && matches!(self.norm(k), "on" | "for")
                    })
            });
        let feeling = response.is_none() && self.shows_a_feeling(cue, &words);
        // `anxiety among senior Democrats that…`: a feeling held among a group.
        let held = words.len() == 2 && words[1] == "among";
        let attitude = intention
            || reaction
            || held
            || response.is_none()
                && lex.speech_verbs.longest(&words).is_none()
                && !words
                    .first()
                    .is_some_and(|w| lexicon().speech_acts.contains(w))
                && (lex.attitude_verbs.longest(&words).is_some()
                    || lex.cognition_verbs.longest(&words).is_some());
        // `Oil officials hope to double output`: what officials and their like are said to
        // hope or plan is their stated position, reported like a statement.
        // (Not an act agreed or decided: `12 senior executives have agreed to repay bonuses`.)
        // (People in someone's camp, unnamed: `Clinton allies believe…`, `Clinton strategists
        // think…`; a bare profession's belief, `strategists think…`, is a generalisation.)
        let official_source = (official_referent
            || source.is_some_and(|(a, b)| {
                b > a
                    && lex.official_source_nouns.contains(self.norm(b - 1))
                    && !(b == a + 1 && lex.market_sources.contains(&self.norm(a)))
            }))
            && !matches!(
                words.first().copied(),
                Some("agreed" | "agree" | "agrees" | "decided" | "offered")
            );
        // `Analysts expect the trend to continue`: what market people expect is their forecast,
        // said to the reporter, as `analysts predict` is (not a belief: `analysts believe`).
        let market_forecast = source
            .is_some_and(|(a, b)| b > a && lex.market_sources.contains(&self.norm(b - 1)))
            && matches!(
                words.first().copied(),
                Some("expect" | "expects" | "expected")
            );
        // `Lawmakers asked whether…`, `a supporter asked people to clap`: a question or a
        // request puts nothing on record.
        // `local authorities are demanding it be moved`: a demand asks for something.
        // So does urging someone to act: `MPs urged the government to redraft the clauses`
        // (but `Some have urged Republicans to…` still pins a position on a vague group).
        // (`called on Clinton to do something` too.)
        let urged_to = (matches!(words[0], "urged" | "urges" | "urge" | "urging")
            || matches!(words[0], "called" | "calls" | "calling" | "call")
                && words.get(1) == Some(&"on"))
            && (kind != SourceKind::Vague || self.named_camp(source))
            && self
                .norms(cue.1, (cue.1 + 6).min(self.doc.tokens().len()))
                .iter()
                .take_while(|w| !matches!(**w, "that" | "," | ":" | "."))
                .any(|w| *w == "to");
        // (`Opposition MPs have called for an inquiry`: a call for something asks for it, as
        // a demand does — not of a vague group, whose call pins a position on it.)
        let called_for = matches!(words[0], "called" | "calls" | "calling" | "call")
            && words.get(1) == Some(&"for")
            && kind != SourceKind::Vague;
        let demand = (urged_to
            || called_for
            || matches!(words[0], "demand" | "demands" | "demanded" | "demanding"))
            && response.is_none();
        // `to clap if they agreed with what Trump was saying`: a condition puts nothing on
        // record either.
        // Nor does anyone in general doing so in a clause of time or place: `living wills, where
        // people say they want…`, `when someone mentions games`.
        let conditional = self.conditional_source(source);
        let open_topic = response.is_none() && self.open_topic(kind, &words, content);
        let question = demand
            || conditional
            || open_topic
            || matches!(words[0], "asked" | "asks" | "ask" | "asking")
                && response.is_none()
                // (`asked for the allegiances of all the delegates to be disclosed`: a request,
                // however long what is asked for.)
                && (cue.1 < self.doc.tokens().len() && self.norm(cue.1) == "for"
                    || self
                    // (`asked people in the audience to clap`: the people asked may be a phrase.)
                    .norms(cue.1, (cue.1 + 6).min(self.doc.tokens().len()))
                    .iter()
                    .take_while(|w| !matches!(**w, "," | "." | ";" | ":" | "that"))
                    .enumerate()
                    .any(|(at, w)| {
                        matches!(
                            *w,
                            "whether" | "if" | "why" | "how" | "what" | "who" | "when" | "to"
                        )
                        // (`asking them a series of questions about…`: questions put to
                        // someone; not `have asked questions about Clinton's assertion`,
                        // doubts raised.)
                        || at > 0 && matches!(*w, "question" | "questions")
                    }));
        // `want to discover`, `welcomed the decision`, `supported the bid`: a wish, an intention
        // or a reaction, with no clause or quotation after it, puts no claim on record.
        let opens_claim = content.is_some_and(|(c0, c1)| {
            c0 < c1
                && (matches!(self.norm(c0), "that" | ":" | "whether" | "if" | "as")
                    || self.doc.tokens()[c0].is_open_quote()
                    || self.doc.tokens()[c0].in_quote())
        });
        let wish = !opens_claim
            && lex.speech_verbs.longest(&words).is_none()
            && lex.cognition_verbs.longest(&words).is_none()
            && lex.attitude_verbs.longest(&words).is_some()
            // (`hoped for a second-place finish`, `fear for his life`: something wished or
            // feared for, no claim.)
            && content.is_none_or(|(c0, _)| matches!(self.norm(c0), "to" | "for"));
        // (`criticised it for using spam tactics` charges them with something: a claim; backing
        // someone `in the hope of` something charges no one.)
        let backing = matches!(
            words.first().copied(),
            Some(
                "backed"
                    | "backs"
                    | "backing"
                    | "supported"
                    | "supports"
                    | "supporting"
                    | "endorsed"
                    | "endorses"
                    | "endorsing"
            )
        );
        // (Only in the object's own phrase: `bids, which supporters opposed, were rejected
        // because of the debt` charges no one — the clause after is another's.)
        let charges = !backing
            && content.is_some_and(|(c0, c1)| {
                // (From right after the cue: `blasted Republicans for being sore losers now
                // that…` may have its content read from the later clause.)
                let from = cue.1.min(c0);
                // (The object's own `for` or `of`, not one further into a phrase another
                // preposition opened: `welcomed the limit on the number of casinos`.)
                (from..c1.min(from + OBJECT_CLAUSE_TOKENS))
                    .take_while(|&k| {
                        !matches!(
                            self.norm(k),
                            "," | ";" | "while" | "but" | "on" | "in" | "at" | "to"
                        ) && !CLAUSE_VERBS.contains(&self.norm(k))
                    })
                    .any(|k| matches!(self.norm(k), "for" | "of"))
            });
        let vague_holder = self.vague_holder(source, kind);
        // (A position taken — backing, opposing, objecting to — or a post is an act, not a
        // view pinned on the group: `some Republicans backed the bill`, `Workers objected to
        // the plan`, `Twitter users posted their thoughts`.)
        let evaluates = !backing && !words.first().is_some_and(|w| takes_position(w));
        let vague_view = vague_holder && evaluates && !self.simple_past(cue.0, &words);
        if question {
            CueKind::Question
        } else if feeling
            // (An outcome hoped for states nothing, whoever hopes: `his advisers have hoped
            // for a second-place finish`.)
            || matches!(
                words.first().copied(),
                Some("hope" | "hopes" | "hoped" | "hoping" | "wish" | "wished")
            ) && (content.is_some_and(|(c0, _)| self.norm(c0) == "for")
                // (A hope for what will happen, with its clause, is a wish too, unless a weasel
                // quantifier holds it: `Republicans are hoping Trump will win` states nothing;
                // `Observers had been hoping that…`, `as some liberals hope` pin a view on a
                // vague group.)
                || !official_source && !vague_holder)
            // (A reaction is a stance, unless a vague group holds it: `Many economists
            // applaud the move`, `critics have condemned the plan` pin a view on nobody in
            // particular; in the simple past it tells what happened: `some Liverpool supporters,
            // who criticised Gerrard's performance in the final`.)
            || (intention || reaction && !charges && !vague_view || wish)
                && (!official_source || reaction)
        {
            CueKind::Stance
        } else if attitude && (!official_source || reaction) && !market_forecast {
            CueKind::Attitude
        } else {
            CueKind::Speech
        }
    }

    /// Is the source `source` a weasel quantifier or a weasel noun (not a party's members)
    /// holding a view — `some voters`, `critics`, `a growing number of conservatives`?
    fn vague_holder(&self, source: Option<(usize, usize)>, kind: SourceKind) -> bool {
        let lex = lexicon();
        source.is_some_and(|(a, b)| {
            matches!(
                self.norm(a),
                "some" | "many" | "most" | "others" | "several" | "few"
            ) || lex.weasel_groups.contains(self.norm(b - 1))
                && !entities::PARTY_MEMBERS.contains(&self.norm(b - 1))
                // (`a growing number of conservatives`, `plenty of voters`.)
                || kind == SourceKind::Vague
                    && lex
                        .weasel_groups
                        .longest_in(self.doc, a, b)
                        .is_some_and(|n| n > 1 && a + n < b)
                // (`Human rights groups have condemned the plan`: bodies of a kind, none named.)
                || kind == SourceKind::Vague
                    && classify::BODIES_OF_A_KIND.contains(&self.norm(b - 1))
        })
    }

    /// Is the source `source` someone in a condition, or anyone in a clause of time or place —
    /// `if they agreed`, `when people say they want…`, `when a man tells a woman…` — so that
    /// nothing is put on record?
    fn conditional_source(&self, source: Option<(usize, usize)>) -> bool {
        source.is_some_and(|(a, b)| {
            a > 0
                && (matches!(self.norm(a - 1), "if" | "unless" | "whether")
                    || matches!(self.norm(a - 1), "when" | "whenever" | "where")
                        && (b == a + 1
                        && matches!(
                            self.norm(a),
                            "people"
                                | "someone"
                                | "somebody"
                                | "anyone"
                                | "anybody"
                                | "you"
                                | "one"
                        )
                        // (`when a man tells a woman that she is moaning`: anyone.)
                        || b == a + 2
                            && matches!(self.norm(a), "a" | "an")
                            && matches!(
                                self.norm(a + 1),
                                "man" | "woman" | "person" | "guy" | "child" | "kid"
                            )))
        })
    }

    /// Is the source `source` a group of a named person's or body's camp — `Sanders
    /// supporters`, `Mr. Rubio's supporters` — rather than a weasel quantifier's (`Some
    /// Republicans`)?
    fn named_camp(&self, source: Option<(usize, usize)>) -> bool {
        let tokens = self.doc.tokens();
        source.is_some_and(|(a, b)| {
            b > a + 1
                && !lexicon().weasel_groups.contains(self.norm(a))
                && (a..b - 1).any(|k| {
                    tokens[k].is_capitalised()
                        && (k > a
                            || !lexicon().weasel_groups.contains(self.norm(k))
                                && !matches!(self.norm(k), "the" | "a" | "an" | "these" | "those"))
                })
        })
    }

    /// Is the cue `words`, starting at token `i`, a verb in the simple past (`welcomed`, not
    /// `have welcomed`, `welcome`)?
    fn simple_past(&self, i: usize, words: &[&str]) -> bool {
        let perfect = |k: usize| matches!(self.norm(k), "have" | "has");
        words.first().is_some_and(|w| w.ends_with("ed"))
            && !(i >= 1 && perfect(i - 1)
                || i >= 2 && perfect(i - 2) && self.norm(i - 1).ends_with("ly")
                // (`some Anglicans remain opposed to…`: a state held, not an act.)
                || i >= 1 && STATE_VERBS.contains(&self.norm(i - 1)))
    }

    /// Is the cue `words` (at `cue`) an intention or a wish — `agreed to pay`, `vowed to fight
    /// on`, `hope one day to`, `want somebody who…` — rather than a statement?
    fn intention(
        &self,
        words: &[&str],
        cue: (usize, usize),
        content: Option<(usize, usize)>,
    ) -> bool {
        words
            .first()
            .is_some_and(|w| lexicon().intention_verbs.contains(*w))
            && cue.1 < self.doc.tokens().len()
            && (self.norm(cue.1) == "to"
            // (`researchers hope one day to harness…`: a short adverbial before the `to`.)
            || matches!(words.first().copied(), Some("hope" | "hopes" | "hoped"))
                && self.to_within(cue.1, 4).is_some_and(|t| {
                    (cue.1..t).all(|k| {
                        self.doc.tokens()[k].kind == TokenKind::Word
                            && !matches!(self.norm(k), "that" | "it" | "they" | "he" | "she")
                    })
                })
            // (`they want somebody who can do that`: a wish for a thing; wanting someone to
            // act, `want them to stay`, states a position.)
            || matches!(words.first().copied(), Some("want" | "wants" | "wanted"))
                && self.norm(cue.1) != "that"
                && self.to_within(cue.1, 4).is_none()
            // (`most have proposed new, deep tax cuts`: a plan put forward, not a claim;
            // `proposed that…` states one.)
            || matches!(words.first().copied(), Some("proposed" | "proposes" | "propose"))
                && !matches!(self.norm(cue.1), "that" | "," | ":")
                && !self.doc.tokens()[cue.1].is_open_quote()
            || matches!(words.first().copied(), Some("agreed" | "agree" | "agrees"))
                // (`agreed they had no recourse` agrees with a claim.)
                && !matches!(
                    self.norm(cue.1),
                    "that" | "," | ":" | "with" | "they" | "he" | "she" | "it" | "we" | "there"
                )
                && !self.doc.tokens()[cue.1].is_open_quote()
                // (`agreed the claims were based on faulty data`: a clause without `that`.)
                && !content.is_some_and(|(c0, c1)| {
                    (c0..c1.min(c0 + 6)).any(|k| CLAUSE_VERBS.contains(&self.norm(k)))
                }))
    }

    /// Records a cue whose verb follows a `to` (`went on to rebut`, `were quick to point out`):
    /// what follows it is the content, and a `denial` verb a denial (if it answers a claim).
    fn push_verb_after_to(
        &mut self,
        si: usize,
        cue: (usize, usize),
        source: (usize, usize),
        hi: usize,
        denial: bool,
    ) {
        let content = self.content_after(cue.1, hi);
        let response = denial.then_some(Response::Denial);
        self.push(si, cue, Some(source), content, response);
    }

    /// `In a denial issued on Sunday, the ministry said no troops had crossed the border`: a
    /// statement the sentence opens by calling a denial or a rebuttal (`In a strongly worded
    /// rebuttal, …`), its verb one of saying, after the frame's comma.
    fn framed_as_denial(&self, si: usize, cue: (usize, usize)) -> bool {
        let lo = self.doc.sentences()[si].tokens.start;
        if cue.0 < lo + 4
            || self.norm(lo) != "in"
            || !lexicon().claim_false_verbs.contains(self.norm(cue.0))
        {
            return false;
        }
        matches!(
            self.norm(lo + 1),
            "a" | "an" | "its" | "his" | "her" | "their" | "the"
        ) && (lo + 2..(lo + 5).min(cue.0)).any(|k| {
            // (Not `In the denial of bail, the judge said…`: something withheld.)
            let withheld = k + 2 < cue.0
                && self.norm(k + 1) == "of"
                && lexicon().withheld_things.contains(self.norm(k + 2));
            matches!(self.norm(k), "denial" | "rebuttal")
                && !withheld
                && (k + 1..cue.0).any(|c| self.norm(c) == ",")
        })
    }

    /// Does a statement cue deny by what it says — calling a claim untrue (`He said the story
    /// was false`) or denying a wrong (`said he had done nothing wrong`)?
    fn says_claim_false(
        &self,
        si: usize,
        cue: (usize, usize),
        source: Option<(usize, usize)>,
        content: Option<(usize, usize)>,
    ) -> bool {
        // (A transcript's speaker label is a verb of saying too: `GRANT: That is simply not
        // true.`)
        let says =
            self.norm(cue.0) == ":" || lexicon().claim_false_verbs.contains(self.norm(cue.0));
        says && content.is_some_and(|(a, b)| {
            // (A quotation before the cue is read from its start: `“That report is
            // false,” he said`; content after it from the cue, which may stand inside
            // the claim: `said reports that he had fled were inaccurate`.)
            // A speaker set between commas inside the claim reads it from the sentence
            // start: `Conte's statements, the suit added, were "false".`
            let sentence = &self.doc.sentences()[si];
            let lo = sentence.tokens.start;
            let starts = ClauseStarts::of(self.doc, lo, sentence.tokens.end);
            // (Not a subject after a fronted phrase: `On Monday, the BBC has said there are no
            // plans…`.)
            let parenthetical = source.is_some_and(|(s0, s1)| {
                s0 > lo + 1 && s1 <= cue.0 && self.norm(s0 - 1) == "," && !starts.holds(s0)
            });
            // (What was said before a trailing speaker is read from its clause, past a fronted
            // phrase: `On Monday, plans to cut immigration to the country are not racist,
            // Michael Howard said`.)
            let a = if b <= cue.0 && a == lo && starts.last() < b {
                starts.last()
            } else {
                a
            };
            let from = if b <= cue.0 {
                a
            } else if parenthetical {
                lo
            } else {
                cue.1
            };
            // (The speaker's second clause after `, but`, which ends what was said first:
            // `said the date was a matter for Mr Blair, but he was unaware of anything to
            // suggest…`.)
            let hi = sentence.tokens.end;
            let but_clause = b > cue.0
                && b + 2 < hi
                && self.norm(b) == ","
                && self.norm(b + 1) == "but"
                && matches!(self.norm(b + 2), "he" | "she" | "it" | "they" | "we");
            // Every reading below starts at a word of `response::starts_denial` within its
            // window: what was said with none of them is read no further (most statements).
            let (lo_w, hi_w) = (a.min(from), b.min(a.max(from) + DENIAL_WINDOW));
            let may_deny = but_clause || (lo_w..hi_w).any(|k| self.may_start_denial(k));
            let denies = may_deny && self.reads_as_denial(si, cue, (a, b), from, (but_clause, hi));
            debug_assert!(
                may_deny || !self.reads_as_denial(si, cue, (a, b), from, (but_clause, hi)),
                "a denial reading starts at a word `starts_denial` does not list"
            );
            denies
        })
    }

    /// The readings of [`Pass::says_claim_false`] of what was said, `a..b`, read from `from`.
    fn reads_as_denial(
        &self,
        si: usize,
        cue: (usize, usize),
        (a, b): (usize, usize),
        from: usize,
        (but_clause, hi): (bool, usize),
    ) -> bool {
        self.calls_false(from, b)
            || self.calls_accuser_false(from, b)
            || self.denies_wrongdoing(a, b)
            || self.false_claims_in(a, b)
            || self.denies_charge(from, b)
            || self.no_plans(from, b)
            || self.disowns_account(from, b)
            || b <= cue.0 && self.calls_that_false(a, b)
            || but_clause && self.denies_wrongdoing(b + 2, hi)
            || b > cue.0 && self.echoes_allegation(si, cue, a, b)
    }

    /// Can a denial reading start at token `k` ([`response::starts_denial`])? Once per
    /// distinct form.
    fn may_start_denial(&self, k: usize) -> bool {
        let cell = &self.denial_starts[self.doc.tokens()[k].word as usize];
        if cell.get() == 0 {
            cell.set(if response::starts_denial(self.norm(k)) {
                2
            } else {
                1
            });
        }
        cell.get() == 2
    }

    /// Do the words `a..b` say a report or documents do not reflect the truth — `the
    /// documents "do not reflect current practices"`, `the story does not accurately
    /// represent…`? (A claim or document noun a few words before the negation.)
    fn disowns_account(&self, a: usize, b: usize) -> bool {
        let lex = lexicon();
        let end = b.min(a + 40);
        (a..end).any(|k| {
            let negation = match self.norm(k) {
                "do" | "does" | "did" => k + 1 < end && self.norm(k + 1) == "not",
                _ => false,
            };
            negation
                && (k + 1..(k + 5).min(end))
                    .any(|j| matches!(self.norm(j), "reflect" | "represent"))
                // (Not statistics: `the figures did not reflect the true cost` is as often a
                // critic's point about official numbers as a party's denial.)
                && (k.saturating_sub(4).max(a)..k).any(|j| {
                    let w = self.norm(j);
                    (lex.claim_nouns.contains(w) || lex.document_nouns.contains(w))
                        && !matches!(w, "figures" | "figure" | "data" | "statistics" | "numbers")
                })
        })
    }

    /// Do the words `a..b` open by saying there are no plans for what was reported — `said
    /// there are no plans for a new series`, `said there were no plans to sell the channel`?
    /// (What a rumour said is planned, denied; someone's own `had no plans to change her vote`
    /// is a statement of intent, not a denial.)
    fn no_plans(&self, a: usize, b: usize) -> bool {
        (a + 2..b.min(a + 5)).any(|k| {
            k + 1 < b
                && self.norm(k) == "no"
                && matches!(
                    self.norm(k + 1),
                    "plans" | "plan" | "intention" | "intentions"
                )
                && matches!(self.norm(k - 1), "is" | "are" | "was" | "were")
                && self.norm(k - 2) == "there"
        })
    }

    /// Do the words `a..b` say something was not what a charge called it — `were not a
    /// political ploy`, `is not a witch hunt`, `wasn't a cover-up`? (The first 40 tokens.)
    fn denies_charge(&self, a: usize, b: usize) -> bool {
        let lex = lexicon();
        let end = b.min(a + 40);
        (a..end).any(|k| {
            let w = self.norm(k);
            let negated_be = matches!(w, "was" | "were" | "is" | "are" | "been")
                && k + 1 < end
                && matches!(self.norm(k + 1), "not" | "never");
            if !negated_be {
                return false;
            }
            let from = k + 2;
            // (An article and an adjective may stand between: `not a cynical ploy`. Words of
            // contempt or untruth as nouns only, after an article: `is not outrageous` agrees
            // with something rather than answering a charge.)
            let article = from < end && matches!(self.norm(from), "a" | "an");
            (from..(from + 3).min(end)).any(|j| {
                lex.charged_labels.longest_in(self.doc, j, end).is_some()
                    || article
                        && (lex.dismissal_labels.longest_in(self.doc, j, end).is_some()
                            || lex.falsity_labels.longest_in(self.doc, j, end).is_some())
            })
        })
    }

    /// Do the words `a..b` name claims as untrue — `using categorically false claims`, `many
    /// inflammatory, insulting and false stories`, `baseless allegations`? A speaker saying so
    /// answers those claims. (The first 40 tokens: a long quotation stays linear. The words of
    /// untruth are the shared `falsity-labels.txt`; the nouns are narrower than
    /// `claim-nouns.txt`, since `false statements` or `misleading comments` are as often an
    /// accusation the speaker makes.)
    fn false_claims_in(&self, a: usize, b: usize) -> bool {
        (a..b.min(a + 40)).any(|k| {
            lexicon().falsity_labels.contains(self.norm(k))
                && k + 1 < b
                && matches!(
                    self.norm(k + 1),
                    "claims"
                        | "claim"
                        | "allegations"
                        | "allegation"
                        | "accusations"
                        | "accusation"
                        | "stories"
                        | "story"
                        | "reports"
                        | "report"
                        | "charges"
                        | "rumours"
                        | "rumors"
                )
        })
    }

    /// Do the words from `k` say a short `the same thing` or `as much` and then name who said
    /// it, after `including` (`…has said the same thing, including Mitt Romney`)?
    fn members_named_after(&self, k: usize) -> bool {
        let n = self.doc.tokens().len();
        let said = [
            &["the", "same", "thing"][..],
            &["the", "same"],
            &["as", "much"],
            &["so"],
            &["similar", "things"],
        ]
        .iter()
        .find(|w| (0..w.len()).all(|j| k + j < n && self.norm(k + j) == w[j]))
        .map(|w| k + w.len());
        said.is_some_and(|e| {
            e + 2 < n
                && self.norm(e) == ","
                && self.norm(e + 1) == "including"
                && (e + 2..(e + 8).min(n)).any(|j| self.is_person(j))
        })
    }

    /// Do the words from `k` give a poll's margin — `by 55%-41%`, `by a 2-1 margin`, `by a
    /// wide margin`?
    fn counted_margin_at(&self, k: usize) -> bool {
        let tokens = self.doc.tokens();
        let n = tokens.len();
        k + 1 < n
            && self.norm(k) == "by"
            && (tokens[k + 1].kind == TokenKind::Number
                || self.norm(k + 1) == "a"
                    && (k + 2..(k + 5).min(n)).any(|j| self.norm(j) == "margin"))
    }

    /// The first `to` among the `n` tokens from `k` (within the document).
    fn to_within(&self, k: usize, n: usize) -> Option<usize> {
        (k..(k + n).min(self.doc.tokens().len())).find(|&j| self.norm(j) == "to")
    }

    /// Does token `k` stand right after a quotation — its closing mark, or a comma after it
    /// (`"…," said`, `"…", says`)? (`lo`: the sentence's first token.)
    fn after_quotation(&self, k: usize, lo: usize) -> bool {
        let tokens = self.doc.tokens();
        k > lo && tokens[k - 1].is_close_quote()
            || k > lo + 1 && self.norm(k - 1) == "," && tokens[k - 2].is_close_quote()
    }

    /// The source phrase of the latest attribution, when it is in sentence `si`: who a second
    /// verb of the same subject speaks for (`…, but went on to say`, `…, saying`).
    fn last_source(&self, si: usize) -> Option<(usize, usize)> {
        self.out
            .last()
            .filter(|a| a.sentence.index() == si)
            .and_then(|a| a.source)
            .map(|s| self.tokens_of(s))
    }

    /// The last few attributions of sentence `si`, latest first: the only ones a cue is
    /// checked against, so a run-on sentence of thousands of cues stays linear.
    fn recent_in_sentence(&self, si: usize) -> impl Iterator<Item = &Attribution> {
        self.out
            .iter()
            .rev()
            .take_while(move |a| a.sentence.index() == si)
            .take(NESTING_LOOKBACK)
    }

    /// `angered by the media declaring Clinton the nominee`, `driven by the media declaring…`:
    /// a participle whose doer is a passive's agent names what caused something, no source of
    /// a claim. (A poll or a study still finds: `a view endorsed by recent polls suggesting…`.)
    fn agent_of_passive(&self, cue: (usize, usize), (a, b): (usize, usize)) -> bool {
        let agent = (a.saturating_sub(1)..b)
            .rev()
            .take(5)
            .any(|k| self.norm(k) == "by");
        let lex = lexicon();
        let finding = lex.research_nouns.contains(&self.norm(b - 1))
            || lex.document_nouns.contains(self.norm(b - 1));
        b == cue.0 && b > a && agent && !finding && self.norm(cue.0).ends_with("ing")
    }

    /// An unnamed or vague source that the cue puts on record after all: a group's members
    /// named after what they said (`A chorus of prominent Republicans has said the same thing,
    /// including Mitt Romney`), a poll's respondents counted (`Supporters of Trump say by
    /// 55%-41% that…`), testimony to a court (`A witness told the court…`, `Witnesses have told
    /// the trial…`: on the record of the proceedings).
    fn unnamed_on_record(
        &self,
        cue: (usize, usize),
        classified_by: &'static str,
        kind: SourceKind,
    ) -> (&'static str, SourceKind) {
        if !matches!(kind, SourceKind::Anonymous | SourceKind::Vague) {
            (classified_by, kind)
        } else if self.members_named_after(cue.1) {
            ("named-member", SourceKind::Named)
        } else if self.counted_margin_at(cue.1) {
            ("respondents", SourceKind::Document)
        } else if self.told_the_court(cue) {
            ("testimony", SourceKind::Document)
        } else if classified_by == "court-side" && self.argued_in_court(cue) {
            // `Defence lawyers argued…`, `Prosecution lawyers have contended…`: a side's case
            // put in court, on the record as testimony is (`Defence lawyers said…` stays an
            // unnamed source).
            ("court-argument", SourceKind::Document)
        } else {
            (classified_by, kind)
        }
    }

    /// Is the cue an argument put in court (`argued`, `contended`, `submitted`)? (Testimony,
    /// `told the court`, is read before it for every unnamed source.)
    fn argued_in_court(&self, cue: (usize, usize)) -> bool {
        matches!(
            self.norm(cue.0),
            "argued"
                | "argue"
                | "argues"
                | "arguing"
                | "contended"
                | "contend"
                | "contends"
                | "contending"
                | "submitted"
                | "submits"
        )
    }

    /// Is the cue a testimony to a court or an inquiry (`told the court`, `told the trial`,
    /// `testified`, `told MPs at the inquiry` is not)?
    fn told_the_court(&self, (a, b): (usize, usize)) -> bool {
        let n = self.doc.tokens().len();
        let verb = self.norm(a);
        if matches!(verb, "testified" | "testifies" | "testify" | "testifying") {
            return true;
        }
        let mut k = b;
        if k < n && self.norm(k) == "the" {
            k += 1;
        }
        matches!(verb, "told" | "tells" | "tell" | "telling")
            && b == a + 1
            && k < n
            && (lexicon().court_nouns.contains(self.norm(k))
                || matches!(self.norm(k), "trial" | "inquiry" | "inquest" | "hearing"))
    }

    /// The source `a..b` of a vague group's past statement is people the reporter spoke to:
    /// counted or quantified people, people at the scene, a body's unnamed people, experts or a
    /// cause's people on an occasion.
    fn people_spoken_to(&self, a: usize, b: usize) -> bool {
        let tokens = self.doc.tokens();
        // `Medics and residents said`, `doctors and aid workers said`: two groups joined, each
        // of them people at the scene or unnamed sources, are people spoken to (`Critics and
        // residents` are not, nor `doctors and medical experts warned…`, experts generalised).
        // (A short phrase: the split is tried once, at its first `and`.)
        let spoken_to = |a: usize, b: usize| {
            self.quantified_people(a, b)
                || self.scene_people(a, b)
                || self.classify(a, b).0 == SourceKind::Anonymous
        };
        if b <= a + 8
            && (a + 1..b.saturating_sub(1))
                .find(|&k| self.norm(k) == "and")
                .is_some_and(|k| spoken_to(a, k) && spoken_to(k + 1, b))
        {
            return true;
        }
        self.quantified_people(a, b)
                || self.scene_people(a, b)
                // (`Insiders said`, `Insiders in the next two states said`: the anonymous
                // nouns a weasel list shares are people spoken to on an occasion.)
                || lexicon().anon_nouns.contains(self.norm(a))
                    && !matches!(self.norm(a), "someone" | "somebody" | "anyone" | "anybody")
                    && (b == a + 1
                        || matches!(self.norm(a + 1), "in" | "at" | "from" | "inside" | "within"))
                // (`Analysts at the bank said`: a market group of a body, as `Analysts at
                // Barclays` are.)
                || b > a + 2
                    && matches!(
                        self.norm(a),
                        "analysts" | "economists" | "traders" | "dealers" | "bankers" | "brokers"
                    )
                    && matches!(self.norm(a + 1), "at" | "from")
                // (`Security experts told Reuters`, `…, political experts said`: experts
                // on an occasion, spoken to like analysts.)
                // (Two words may say which: `Public health experts said…`.)
                || b <= a + 3
                    && matches!(self.norm(b - 1), "experts" | "specialists")
                    && (a..b).all(|k| !tokens[k].is_capitalised() || k == a)
                // (`Anti-TPP activists said`, `anti-hunt campaigners said`, `Abortion rights
                // advocates said`: a cause's people on an occasion; `Civil rights activists
                // say…` stays a generalisation.)
                || b <= a + 3
                    && matches!(self.norm(b - 1), "activists" | "campaigners" | "advocates")
                    && (a..b).all(|k| !tokens[k].is_capitalised() || k == a)
    }

    /// `Witnesses`, `Residents`, `Residents on the estate`, `Local residents`: people at the
    /// scene, perhaps with where they are — spoken to, in a past statement.
    fn scene_people(&self, a: usize, b: usize) -> bool {
        // (`Local residents said`, `Fellow passengers described…`: where or how near they are,
        // before them.)
        let a = if b > a + 1
            && matches!(
                self.norm(a),
                "local" | "nearby" | "fellow" | "angry" | "frightened" | "terrified" | "shocked"
            ) {
            a + 1
        } else {
            a
        };
        // (`Parents at two of the schools said`, `Patients said`: people a reporter talks to,
        // kept out of the people nouns — `the parents' lawyer` is one person for them.)
        // (`Residents of the besieged district described…`: of where they are.)
        // (`Residents of Vardan, one of the worst-hit towns,`: where they are, then an
        // apposition saying more of the place.)
        let place_end = (a + 2..b).find(|&k| self.norm(k) == ",").unwrap_or(b);
        (lexicon().people_nouns.contains(&self.norm(a))
            // (`Families of two of the patients said…`, as `Relatives of…` are.)
            || matches!(self.norm(a), "parents" | "pupils" | "patients" | "families"))
            && (b == a + 1
                || place_end <= a + 6
                    && matches!(self.norm(a + 1), "on" | "in" | "at" | "near" | "of")
                // (`Residents speaking by phone said`: how they were spoken to.)
                || b <= a + 5 && matches!(self.norm(a + 1), "speaking" | "talking")
                // (`Residents who fled to a neighbouring village described…`: people a
                // reporter talks to, said by what they did.)
                || b <= a + 10 && self.norm(a + 1) == "who")
    }

    /// `Republicans`, `Democrats in the Senate`, `Republicans on Capitol Hill`: a party's
    /// members, bare or with where they sit (which of its bodies, as `Senate Democrats`).
    fn party_members(&self, (a, b): (usize, usize)) -> bool {
        matches!(self.norm(a), "democrats" | "republicans" | "tories")
            && (b == a + 1 || b <= a + 5 && matches!(self.norm(a + 1), "in" | "on" | "at"))
    }

    /// `His call…, denounced as impossible…`, `The pictures, first posted on a social network by
    /// an account…, appear…`: a participle set off by a comma (a passing adverb between), with
    /// `as` right after it or its agent's `by` before the next comma (a few words on), is
    /// passive.
    fn set_off_passive(&self, cue: (usize, usize)) -> bool {
        let tokens = self.doc.tokens();
        if cue.0 < 2 || cue.1 >= tokens.len() || !self.norm(cue.0).ends_with("ed") {
            return false;
        }
        // (A comma that closes an aside after the subject sets nothing off: `which Bono,
        // however, rejected as a cliché`; but the agent still marks a passive: `The plan,
        // however, rejected as a cliché by critics, went ahead`.)
        let aside = self.aside_before(cue.0, 0);
        let comma = !aside && self.norm(cue.0 - 1) == ","
            || self.norm(cue.0 - 2) == ","
                && matches!(
                    self.norm(cue.0 - 1),
                    "first" | "originally" | "initially" | "later" | "widely" | "previously"
                );
        // (The set-off phrase closes with its comma: `Attallah Shabazz, the daughter of Malcolm
        // X, recalled the eulogy delivered by Davis.` keeps its verb.)
        let close = (cue.1..(cue.1 + 16).min(tokens.len()))
            .find(|&k| matches!(self.norm(k), "," | "." | ";" | ":" | "that"));
        let agent =
            close.is_some_and(|c| self.norm(c) == "," && (cue.1..c).any(|k| self.norm(k) == "by"));
        comma && (matches!(self.norm(cue.1), "as" | "by") || agent) || aside && agent
    }

    /// What was said, `c`, kept inside the clause that holds the cue (a fronted clause, a
    /// relative clause), without a scare quote's closing mark at its start (`"categorically
    /// rejects" the account`).
    fn content_bounds(
        &self,
        cue: (usize, usize),
        source: Option<(usize, usize)>,
        c: (usize, usize),
    ) -> (usize, usize) {
        let (c0, c1) = self.within_relative_clause(source, self.within_fronted_clause(cue, c));
        // (`Hungary objected to the measures, according to three diplomats`: the trailing
        // source is no part of what was said.)
        let c1 = (c0 + 1..c1.min(c0 + RELATIVE_CONTENT_TOKENS).saturating_sub(2))
            .find(|&k| {
                self.norm(k) == ","
                    && self.norm(k + 1) == "according"
                    && self.norm(k + 2) == "to"
                    // (Not inside a quotation, read whole.)
                    && !self.doc.tokens()[k].in_quote()
                    // (Trailing: a short phrase to the end, no comma after it — not `and,
                    // according to some predictions, balloon to…`.)
                    && c1 <= k + TRAILING_SOURCE_TOKENS
                    && !(k + 3..c1).any(|j| self.norm(j) == ",")
            })
            .unwrap_or(c1);
        if c0 + 1 < c1 && self.doc.tokens()[c0].is_close_quote() {
            (c0 + 1, c1)
        } else {
            (c0, c1)
        }
    }

    /// `Smith, who said last week that he would stay, resigned on Friday`: a cue inside a
    /// relative clause set off by commas says no more than the clause holds — its content ends
    /// at the comma that closes it (was `he would stay, resigned on Friday`). A quotation is
    /// read whole.
    fn within_relative_clause(
        &self,
        source: Option<(usize, usize)>,
        (c0, c1): (usize, usize),
    ) -> (usize, usize) {
        let relative = source.is_some_and(|(a, b)| {
            b >= a + 3 && matches!(self.norm(b - 1), "who" | "which") && self.norm(b - 2) == ","
        });
        if !relative || self.doc.tokens()[c0].is_open_quote() {
            return (c0, c1);
        }
        // (Read a bounded way: a clause that runs on has no comma of its own to close it.)
        match (c0 + 1..c1.min(c0 + RELATIVE_CONTENT_TOKENS)).find(|&k| self.norm(k) == ",") {
            Some(k) => (c0, k),
            None => (c0, c1),
        }
    }

    /// `The company said it "categorically rejects" the account`: a denial verb inside a scare
    /// quote — a few words quoted inside the writer's sentence, with words around it — is the
    /// writer's report of the denial, not a quotation's own.
    fn denial_in_scare_quote(&self, i: usize, lo: usize) -> bool {
        let tokens = self.doc.tokens();
        if !lexicon().denial_verbs.contains(self.norm(i)) {
            return false;
        }
        let Some(close) = (i + 1..(i + 5).min(tokens.len())).find(|&k| tokens[k].is_close_quote())
        else {
            return false;
        };
        self.scare_quote_open(close, lo).is_some_and(|open| {
            open > lo
                && open < i
                && tokens[open - 1].kind == TokenKind::Word
                && close + 1 < tokens.len()
                && tokens[close + 1].kind == TokenKind::Word
        })
    }

    /// `Costa reported, his wife told him…`: a cue this sentence has already read, with its
    /// comma, ends whatever stands before it — the later cue's source starts after it (was
    /// `Costa reported, his wife`).
    fn after_earlier_cue(&self, si: usize, (a, b): (usize, usize)) -> (usize, usize) {
        let tokens = self.doc.tokens();
        // (The few attributions just before, so a run-on sentence of many stays linear.)
        let earlier = self
            .out
            .iter()
            .rev()
            .take(EARLIER_CUES)
            .take_while(|x| x.sentence.index() == si)
            .map(|x| x.cue.end)
            .find(|&end| end > tokens[a].span().start && end < tokens[b - 1].span().start);
        let Some(end) = earlier else {
            return (a, b);
        };
        let after = (a..b).find(|&k| tokens[k].span().start >= end).unwrap_or(b);
        if after + 1 < b && self.norm(after) == "," {
            (after + 1, b)
        } else {
            (a, b)
        }
    }

    /// Can a source of `kind` give `response` at `cue`? A non-response is a party's: a
    /// document leaves things out (`The report gave no details of the cost`), unless it is the
    /// request left unanswered (`Emails to the firm's press office went unanswered`).
    fn a_partys_response(&self, response: Response, kind: SourceKind, cue: (usize, usize)) -> bool {
        response != Response::NonResponse
            || !matches!(kind, SourceKind::Document | SourceKind::Report)
            || (cue.0..cue.1).any(|k| {
                matches!(
                    self.norm(k),
                    "unanswered" | "unreturned" | "returned" | "answered" | "acknowledged"
                )
            })
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
        // `His call to deport them, denounced as impossible and inhumane, has support`: a
        // participle set off by a comma, with `as` or `by` after it, is passive — the phrase
        // before it is what was denounced, not who spoke.
        let tokens = self.doc.tokens();
        if self.set_off_passive(cue) {
            return;
        }
        let content = content.map(|c| self.content_bounds(cue, source, c));
        let source = source
            .map(|s| self.after_earlier_cue(si, s))
            .map(|s| self.without_fronted_adverbial(s))
            .map(|s| self.without_leading_clause(s))
            .map(|s| self.passive_agent(s));
        // `none of the 18 former directors will admit any wrongdoing`: no one says anything
        // (`None of them would comment` is still a non-response).
        if response.is_none() && source.is_some_and(|(a, _)| self.norm(a) == "none") {
            return;
        }
        if source.is_some_and(|s| self.not_their_words(cue, s)) {
            return;
        }
        if source.is_some_and(|s| self.agent_of_passive(cue, s)) {
            return;
        }
        // `lawmakers accused each other of playing politics`: an exchange between the two sides
        // of the subject, which sources nothing.
        if cue.1 + 1 < tokens.len()
            && matches!(
                (self.norm(cue.1), self.norm(cue.1 + 1)),
                ("each", "other") | ("one", "another")
            )
        {
            return;
        }
        // `The deal, officials said, was close`: a parenthetical cue's source is the phrase after
        // the comma; the one before it is the subject of what was said.
        let source =
            source.map(|(a, b)| (self.parenthetical_holder(cue.1, (a, b)).unwrap_or(a), b));
        let cue_denies = response == Some(Response::Denial);
        // `Tzekos insisted he had nothing to hide`, `“No, …,” Trump insisted`: insisting on the
        // contrary of something put to them is a denial.
        let response = response.or_else(|| {
            self.insists_on_the_contrary(si, cue, content)
                .then_some(Response::Denial)
        });
        // `He said the story was false`: calling a claim untrue is a denial.
        let response = response.or_else(|| {
            self.says_claim_false(si, cue, source, content)
                .then_some(Response::Denial)
        });
        let response =
            response.or_else(|| self.framed_as_denial(si, cue).then_some(Response::Denial));
        // `Rights groups accuse the army of killing civilians. The army says it only targets
        // militants.`: the accused answering at once.
        let response = response.or_else(|| {
            self.answers_accusation(si, cue, source, content)
                .then_some(Response::Denial)
        });
        let (classified_by, (kind, speaker)) = match source {
            Some((a, b)) => self.recognise(a, b),
            None => ("no-source", (SourceKind::Unresolved, None)),
        };
        let (classified_by, kind) = self.unnamed_on_record(cue, classified_by, kind);
        let speaker = speaker.or_else(|| self.unnamed_referent(kind, source));
        // (`Twenty-four percent said she did nothing wrong`: a poll's respondents judge; no
        // party denies what they say. A denial verb still denies: `Brown's poll campaign move
        // denied`.)
        // (A court ruling against an argument is no party's denial: `Justice Frank Nervo
        // rejected that argument in a ruling`, `the court rejected the claims`.)
        // (Read only for a denial.)
        let court = || {
            source.is_some_and(|(a, b)| {
                (a..b).any(|k| {
                    lexicon().court_nouns.contains(self.norm(k))
                        || self.norm(k) == "justice"
                            && k + 1 < b
                            && self.doc.tokens()[k].is_capitalised()
                })
            })
        };
        let response = response.filter(|r| {
            *r != Response::Denial
                || (cue_denies || !matches!(classified_by, "figures" | "respondents")) && !court()
        });
        let response = response.filter(|&r| self.a_partys_response(r, kind, cue));
        // (`Republican operatives spent the weekend in dismay… they privately doubted that…`: a
        // `they` standing for unnamed officials or their like holds a view as they would.)
        // (`People close to the governor worry that…`, `Some in his inner circle fear…`:
        // insiders placed by what they know hold a view as officials do.)
        let official_referent = kind == SourceKind::Anonymous
            && (classified_by == "group-pronoun"
                && speaker
                    .as_deref()
                    .and_then(|s| s.split_whitespace().last())
                    .is_some_and(|w| lexicon().official_source_nouns.contains(&w.to_lowercase()))
                || classified_by == "knowledge-frame");
        let cue_kind = self.cue_kind(cue, source, content, response, kind, official_referent);
        let words = self.norms(cue.0, cue.1.max(cue.0 + 1));
        // `Some Democrats said they feared…`: a quantified group of people, in a past statement,
        // is people the reporter spoke to — unnamed sourcing; `many investors believe`, `others
        // insist`, `critics say` (a state of mind, or the generic present) stay vague.
        // (`Several superdelegates supporting Sanders declined to comment`: people the
        // reporter asked, whatever the group.)
        // (`…, though witnesses disputed that account`: people at the scene who deny are
        // people spoken to too.)
        let asked = kind == SourceKind::Vague
            && (response == Some(Response::NonResponse)
                && source.is_some_and(|(a, b)| self.quantified_people(a, b))
                || response == Some(Response::Denial)
                    && source.is_some_and(|(a, b)| self.scene_people(a, b)));
        let (kind, classified_by) = if asked
            || kind == SourceKind::Vague
            && cue_kind == CueKind::Speech
            && response.is_none()
            // (`quoted residents as saying`: the quoting verb's occasion.)
            // (Not `Some analysts say…` in the present: a few of the market's commentators
            // generalised, vague as `some experts say` — the own labels 3 to 1; until stop 77
            // they were people spoken to in the present too.)
            && words.iter().find(|w| **w != "as").is_some_and(|w| past_statement(w))
            // (`Many conservatives have said they will not…`: the perfect sums up what a group
            // has said over time, a generalisation, not an occasion the reporter heard — but
            // not of a body's own people, said whose: `Some campaign staffers have described
            // how…` are insiders the reporter relied on; `Some officials have questioned…`
            // stays a generalisation.)
            // (Past an aside: `Many conservatives have, however, said…`.)
            // (And a participle's group, whose own verb is the perfect: `Some conservatives have
            // balked at the price tag, arguing…`.)
            && (!((self
                .before_passing(cue.0, self.doc.sentences()[si].tokens.start)
                .saturating_sub(2)..cue.0)
                .any(|k| source.is_some_and(|(_, b)| k >= b) && matches!(self.norm(k), "have" | "has"))
                || words.first().is_some_and(|w| w.ends_with("ing"))
                    && source.is_some_and(|(_, b)| {
                        (b..(b + 2).min(cue.0)).any(|k| matches!(self.norm(k), "have" | "has"))
                    }))
                || source.is_some_and(|(a, b)| {
                    b >= a + 3
                        && matches!(
                        self.norm(b - 1),
                        "aides" | "staffers" | "advisers" | "advisors" | "officials" | "insiders"
                            | "employees" | "strategists" | "operatives"
                    )
                }))
            && source.is_some_and(|(a, b)| self.people_spoken_to(a, b))
        {
            (SourceKind::Anonymous, "quantified-people-said")
        } else if kind == SourceKind::Vague
            && cue_kind == CueKind::Speech
            && response.is_none()
            && words.first().is_some_and(|w| past_statement(w))
            && source.is_some_and(|s| self.party_members(s))
        {
            // `Republicans said the findings raised questions`: the party speaking as a body,
            // as `the party said` would (`Some Democrats said` is people spoken to, above).
            (SourceKind::Organisation, "party-said")
        } else {
            (kind, classified_by)
        };
        let (kind, classified_by) = self.generalised(
            cue,
            source,
            &words,
            cue_kind,
            response,
            (kind, classified_by),
        );
        // A comparison with what people expected states nothing of theirs.
        let cue_kind = if response.is_none() && self.compared_expectation(cue.0, source, &words) {
            CueKind::Stance
        } else {
            cue_kind
        };
        self.out.push(Attribution {
            cue: self.span(cue.0, cue.1),
            source: source.map(|(a, b)| self.span(a, b)),
            content: content.filter(|(a, b)| a < b).map(|(a, b)| self.span(a, b)),
            kind,
            classified_by,
            speaker,
            response,
            cue_kind,
            sentence: SentenceId::new(si),
            // Set by `facts` once every attribution is known.
            surname_only: false,
            without_role: false,
        });
    }
}

/// The matching forms of a few tokens in a row, held inline ([`Pass::norms`]); reads as a slice.
#[derive(Clone, Copy)]
struct Norms<'d> {
    forms: [&'d str; Norms::MAX],
    len: usize,
}

impl Norms<'_> {
    const MAX: usize = 8;
}

impl<'d> std::ops::Deref for Norms<'d> {
    type Target = [&'d str];
    fn deref(&self) -> &[&'d str] {
        &self.forms[..self.len]
    }
}
