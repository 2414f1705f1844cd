//! Word lists the attribution analysis reads: reporting verbs, source nouns, titles, outlets…
//!
//! The lists are derived from the project's rule catalogue (§7) and kept as text files, one
//! entry per line, so desks can read them; they are parsed once per process.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use crate::tokenize::phrase_tokens;

/// The analysis's word lists that rule packs use too, by the `@name` packs write: each list
/// has this one home, and the rules loader reads it from here.
pub const SHARED_LISTS: &[(&str, &str)] = &[
    (
        "anon-source-noun",
        include_str!("lexicon/anon-source-nouns.txt"),
    ),
    ("audience", include_str!("lexicon/audiences.txt")),
    (
        "cognition-verb",
        include_str!("lexicon/cognition-verbs.txt"),
    ),
    ("court-noun", include_str!("lexicon/court-nouns.txt")),
    (
        "denying-speech-verb",
        include_str!("lexicon/denying-speech-verbs.txt"),
    ),
    (
        "denial-intensifier",
        include_str!("lexicon/denial-intensifiers.txt"),
    ),
    ("denial-verb", include_str!("lexicon/denial-verbs.txt")),
    (
        "dismissal-label",
        include_str!("lexicon/dismissal-labels.txt"),
    ),
    ("document-noun", include_str!("lexicon/document-nouns.txt")),
    (
        "falsity-degree",
        include_str!("lexicon/falsity-degrees.txt"),
    ),
    ("falsity-label", include_str!("lexicon/falsity-labels.txt")),
    ("gathering", include_str!("lexicon/gatherings.txt")),
    (
        "inversion-verb",
        include_str!("lexicon/inversion-verbs.txt"),
    ),
    ("months-days", include_str!("lexicon/months-days.txt")),
    ("nationality", include_str!("lexicon/nationalities.txt")),
    ("nonresponse", include_str!("lexicon/nonresponse.txt")),
    (
        "official-title",
        include_str!("lexicon/official-titles.txt"),
    ),
    (
        "outlet-type-noun",
        include_str!("lexicon/outlet-type-nouns.txt"),
    ),
    ("reacted-event", include_str!("lexicon/reacted-events.txt")),
    ("reaction-verb", include_str!("lexicon/reaction-verbs.txt")),
    ("role-noun", include_str!("lexicon/role-nouns.txt")),
    (
        "social-platform",
        include_str!("lexicon/social-platforms.txt"),
    ),
    ("social-poster", include_str!("lexicon/social-posters.txt")),
    ("weasel-group", include_str!("lexicon/weasel-groups.txt")),
    (
        "withheld-thing",
        include_str!("lexicon/withheld-things.txt"),
    ),
    ("witness-verb", include_str!("lexicon/witness-verbs.txt")),
];

/// The entries of a lexicon file: one per line, blank lines and `#` comments skipped.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a list file as matching forms, read as drafts are: a negation either way
/// (`did not respond` is `didn't respond` too, `cannot` is `can not`: the tokenizer splits a
/// contraction). The rules loader reads the shared lists through this, so the analysis and the
/// packs agree.
pub fn entry_phrases(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    entries(text).map(phrase_tokens)
}

/// Which (length, first byte, last byte) shapes the words of a set have, 4,096 bits: a word
/// whose shape no entry has is not in the set, known without hashing it (most words looked up
/// are in none of the lists — `the`, `said`, a comma).
#[derive(Debug, Clone)]
struct Shapes([u64; 64]);

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes([0; 64])
    }
}

impl Shapes {
    fn bit(word: &str) -> usize {
        let b = word.as_bytes();
        let (first, last) = match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => (usize::from(f & 15), usize::from(l & 15)),
            _ => (0, 0),
        };
        ((b.len() & 15) << 8) | (first << 4) | last
    }

    fn add(&mut self, word: &str) {
        let k = Shapes::bit(word);
        self.0[k >> 6] |= 1 << (k & 63);
    }

    /// Might `word` be in the set? (`false` is certain.)
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let k = Shapes::bit(word);
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }
}

/// A set of single words in their matching form (lower case).
#[derive(Debug, Default)]
pub(crate) struct WordSet(FxHashSet<String>, Shapes);

impl WordSet {
    fn from_text(text: &str) -> WordSet {
        let words: FxHashSet<String> = entries(text).map(str::to_lowercase).collect();
        let mut shapes = Shapes::default();
        for w in &words {
            shapes.add(w);
        }
        WordSet(words, shapes)
    }

    /// Is `word` (a matching form) in the set?
    pub fn contains<S: AsRef<str> + ?Sized>(&self, word: &S) -> bool {
        let word = word.as_ref();
        self.1.may_hold(word) && self.0.contains(word)
    }
}

/// A set of phrases (one or more tokens), matched on tokens' matching forms, longest first.
#[derive(Debug, Default)]
pub(crate) struct PhraseSet {
    by_first: FxHashMap<String, Bucket>,
    /// The shapes of the first words.
    firsts: Shapes,
}

/// The entries starting with one word: whether the word alone is one, and the longer ones by
/// their second word, longest first (a look-up finds the few that can match instead of reading
/// every entry that starts the same way: `did not respond`, `did not return`, `did not say`…).
#[derive(Debug, Default)]
struct Bucket {
    single: bool,
    by_second: FxHashMap<String, Vec<Vec<String>>>,
}

impl PhraseSet {
    /// Entries are read as drafts are (matching forms): case-insensitive.
    fn from_text(text: &str) -> PhraseSet {
        let mut set = PhraseSet::default();
        for toks in entry_phrases(text) {
            let Some(first) = toks.first().cloned() else {
                continue;
            };
            let bucket = set.by_first.entry(first).or_default();
            match toks.get(1) {
                None => bucket.single = true,
                Some(second) => {
                    let v = bucket.by_second.entry(second.clone()).or_default();
                    if !v.contains(&toks) {
                        v.push(toks);
                    }
                }
            }
        }
        for bucket in set.by_first.values_mut() {
            for v in bucket.by_second.values_mut() {
                v.sort_by_key(|p| std::cmp::Reverse(p.len()));
            }
        }
        let mut firsts = Shapes::default();
        for first in set.by_first.keys() {
            firsts.add(first);
        }
        set.firsts = firsts;
        set
    }

    /// The entries starting with `first`.
    #[inline]
    fn starting(&self, first: &str) -> Option<&Bucket> {
        if self.firsts.may_hold(first) {
            self.by_first.get(first)
        } else {
            None
        }
    }

    /// Length of the longest entry matching the document's tokens from `i` (before `hi`), read
    /// in place: no allocation.
    pub fn longest_in(
        &self,
        doc: &crate::document::Document,
        i: usize,
        hi: usize,
    ) -> Option<usize> {
        let tokens = doc.tokens();
        let bucket = self.starting(doc.norm(tokens.get(i)?))?;
        let longer = (i + 1 < hi)
            .then(|| bucket.by_second.get(doc.norm(&tokens[i + 1])))
            .flatten()
            .and_then(|v| {
                v.iter().find(|p| {
                    i + p.len() <= hi
                        && p.iter()
                            .enumerate()
                            .skip(2)
                            .all(|(k, w)| doc.norm(&tokens[i + k]) == w)
                })
            });
        longer.map(Vec::len).or(bucket.single.then_some(1))
    }

    /// First words of the entries.
    fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// Length (in tokens) of the longest entry matching `words` from its start, if any.
    pub fn longest(&self, words: &[&str]) -> Option<usize> {
        let bucket = self.starting(words.first()?)?;
        // (The first two words are the keys the phrases were found by.)
        let longer = words.get(1).and_then(|second| {
            bucket.by_second.get(*second)?.iter().find(|p| {
                p.len() <= words.len() && p[2..].iter().zip(&words[2..]).all(|(a, b)| a == b)
            })
        });
        longer.map(Vec::len).or(bucket.single.then_some(1))
    }

    /// Is `word` a one-token entry?
    pub fn contains(&self, word: &str) -> bool {
        self.starting(word).is_some_and(|b| b.single)
    }
}

/// A set of single words compared exactly (case-sensitive lists: `May`, `AP`, `Polish`).
/// The entries of a list read as written (names, case kept), each with a straight apostrophe
/// also under the curly one copy uses (`Sainsbury's`, `Sainsbury’s`): the file lists one form.
fn exact_set(text: &str) -> FxHashSet<String> {
    entries(text)
        .flat_map(|l| {
            let curly = l.contains('\'').then(|| l.replace('\'', "\u{2019}"));
            std::iter::once(l.to_owned()).chain(curly)
        })
        .collect()
}

/// Bits of [`Lexicon::cue_mask`]: which cue lists have an entry starting with a word.
pub(crate) const CUE_NONRESPONSE: u8 = 1;
pub(crate) const CUE_SPEECH: u8 = 2;
pub(crate) const CUE_ATTITUDE: u8 = 4;
pub(crate) const CUE_COGNITION: u8 = 8;
pub(crate) const CUE_BASE: u8 = 16;
/// A verb that reports only in inversion after a quotation (`"…," laughs Conti`).
pub(crate) const CUE_INVERSION: u8 = 32;

/// Every list, parsed once.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// For each word that starts an entry of a cue list, which lists (one lookup per token).
    cue_starts: FxHashMap<String, u8>,
    pub speech_verbs: PhraseSet,
    pub cognition_verbs: PhraseSet,
    pub attitude_verbs: PhraseSet,
    pub base_forms: PhraseSet,
    pub inversion_verbs: PhraseSet,
    pub nonresponse: PhraseSet,
    pub denial_verbs: PhraseSet,
    pub anon_nouns: PhraseSet,
    pub weasel_groups: PhraseSet,
    pub document_nouns: PhraseSet,
    pub role_nouns: PhraseSet,
    pub titles: PhraseSet,
    /// Places that look like a person's name (`New Hampshire`, `Hong Kong`).
    pub places: PhraseSet,
    pub outlet_type_nouns: PhraseSet,
    /// Social-media platforms (`Twitter`, `Truth Social`).
    pub social_platforms: PhraseSet,
    /// What is posted there (`a video`, `posts`).
    pub social_material: WordSet,
    /// Who posts there (`users`, `netizens`).
    pub social_posters: WordSet,
    pub name_particles: PhraseSet,
    pub honorifics: FxHashSet<String>,
    pub org_heads: FxHashSet<String>,
    pub known_orgs: FxHashSet<String>,
    pub countries: FxHashSet<String>,
    pub outlets: FxHashSet<String>,
    pub stopwords_cap: FxHashSet<String>,
    pub nationalities: FxHashSet<String>,
    pub months_days: FxHashSet<String>,
    pub mononyms: FxHashSet<String>,
    pub given_names: FxHashSet<String>,
    pub market_sources: WordSet,
    pub speech_acts: WordSet,
    pub noun_homographs: WordSet,
    /// What a denial says was not done or not so: `nothing wrong`, `not racist`.
    pub wrong_words: WordSet,
    pub disclaimed_acts: WordSet,
    /// What a denial says was never taken, paid or used: `bribes`, `banned drugs`.
    pub illicit_takings: WordSet,
    /// Feelings expressed that state nothing: `expressed their solidarity`.
    pub shown_feelings: WordSet,
    /// Degree words between a pronoun's verb and the label it puts on what was said (`That is
    /// simply untrue`, `This is complete nonsense`).
    pub falsity_degrees: WordSet,
    /// Adverbs that intensify a denial: `vehemently`, `flatly`, `totally`.
    pub denial_intensifiers: WordSet,
    /// Plurals ending like a people noun (`-ists`, `-ians`) that are things or verbs:
    /// `playlists`, `wrists`, `insists`.
    pub not_people_plurals: WordSet,
    pub court_nouns: WordSet,
    /// Where people stand close enough to know (`circle`, `camp`).
    pub proximity_nouns: WordSet,
    /// What kind of outlets plural `outlets` are (`pro-government`, `local`).
    pub media_modifiers: WordSet,
    /// What someone who was there did (`attended`, `witnessed`).
    pub witness_verbs: WordSet,
    pub statement_nouns: WordSet,
    pub non_claims: WordSet,
    /// What is contested as untrue (`contested the claims`).
    pub contested_things: WordSet,
    /// Verbs of reacting to someone (`criticized the president`).
    pub reaction_verbs: WordSet,
    /// People whose stated hopes and plans are their position.
    pub official_source_nouns: WordSet,
    /// What numbers come in (`figures`, `data`, `poll`).
    pub figure_nouns: WordSet,
    /// What is played down and so called less than true (`talk`, `fears`, `reports`).
    pub played_down_claims: WordSet,
    /// Words before `figures` that make them people (`industry`, `Labour`, `senior`).
    pub public_figure_modifiers: WordSet,
    /// Feelings an accused may answer with, which deny nothing (`delighted`, `saddened`).
    pub answer_feelings: WordSet,
    /// A state's name and its capital's, both ways (`iran` ↔ `tehran`).
    pub capitals: FxHashSet<(String, String)>,
    /// Capitals that speak for their state alone (`Tehran said…`; not `Washington`, a name too).
    pub speaking_capitals: FxHashSet<String>,
    /// What research and reporting produce (`report`, `polls`, `estimate`).
    pub research_nouns: WordSet,
    /// Words that say which poll or report without naming its maker (`New`, `Latest`, `Exit`).
    pub generic_document_modifiers: WordSet,
    /// Roles many people hold at once (`aide`, `spokesman`).
    pub shared_roles: WordSet,
    /// Heads of a generic group (`experts`, `critics`).
    pub generic_groups: WordSet,
    /// Words that call a claim untrue (`false`, `inaccurate`).
    pub falsity_labels: PhraseSet,
    /// Words of contempt that dismiss a claim (`ridiculous`, `pathetic`).
    pub dismissal_labels: PhraseSet,
    /// What a speaker calls a claim to reject it without calling it untrue (`unfair`,
    /// `overblown`, `premature`), after a claim noun only.
    pub rebuttal_labels: PhraseSet,
    /// What a charge calls an act (`ploy`, `cover-up`), denied by `was not a …`.
    pub charged_labels: PhraseSet,
    /// Feelings held `among` a group (`anxiety`, `concern`).
    pub held_feelings: WordSet,
    /// Wrongs one may deny knowing of (`unaware of the fraud`).
    pub alleged_wrongs: WordSet,
    /// Words that make `ministers` a government's (`finance`, `eurozone`).
    pub government_modifiers: WordSet,
    /// Two-word nouns with a word shaped like a cue (`profit warning`, `talk show`).
    pub noun_compounds: PhraseSet,
    /// What is denied to someone, not denied as untrue (`denied bail`).
    pub withheld_things: WordSet,
    pub claim_nouns: WordSet,
    /// Nouns that sum up the clause before them (`…, something his aides argue is possible`).
    pub resumptive_nouns: WordSet,
    pub report_nouns: WordSet,
    pub people_nouns: WordSet,
    pub person_nouns: WordSet,
    /// Relatives (`father`, `sister`), whose given name may follow in apposition.
    pub kin_nouns: WordSet,
    /// People who make or run something (`engineers`, `producers`): unnamed staff after a
    /// possessive.
    pub staff_nouns: WordSet,
    pub evidence_nouns: WordSet,
    pub body_nouns: WordSet,
    /// Places people work at (`plant`, `prison`): their staff are a definite group.
    pub workplace_nouns: WordSet,
    /// Bodies in the plural (`nations`, `firms`): several of them are not people spoken to.
    pub body_plurals: WordSet,
    pub knowledge_adjectives: WordSet,
    /// Adjectives describing a person (`tall`, `young`): `a tall, thin man` is one phrase.
    pub person_adjectives: WordSet,
    /// Kinds of firms and groups (`firm`, `charity`): `a trade body` is an unnamed source.
    pub firm_nouns: WordSet,
    /// Measures and plans (`the plans`, `the bill`): a negated modal about them is a rebuttal.
    pub measure_nouns: WordSet,
    /// Changes put down to a cause (`put its rise in sales down to…`).
    pub explained_changes: WordSet,
    /// Occasions and places polling is done at (`primary`, `caucuses`): `polls from the New
    /// Hampshire primary` are nobody's.
    pub occasion_nouns: WordSet,
    /// Fields outside the markets (`political`, `legal`): `political analysts` are generic.
    pub expert_fields: WordSet,
    /// Verbs whose moved object is a statement on record (`the story that officials confirmed`).
    pub gap_statements: WordSet,
    pub irregular_participles: WordSet,
    /// Verbs of saying with which calling a claim false is a denial (the shared
    /// `denying-speech-verb` list and the analysis's own forms).
    pub claim_false_verbs: WordSet,
    /// Verbs of intending or wishing: with a `to` after them, no statement.
    pub intention_verbs: WordSet,
    /// What a speaker says something in or with (`in a statement`, `with a tweet`).
    pub said_with_nouns: WordSet,
    pub homograph_noun_markers: WordSet,
    /// Irregular simple pasts that tell an event (`struck`, `fell`): a clause holds one.
    pub past_tense: WordSet,
    /// Seeing, feeling, expecting: `never witnessed such a scene` denies nothing.
    pub experience_verbs: WordSet,
    /// Who a speech is given to (`the nation`, `the rally`).
    pub audiences: WordSet,
    /// What someone responds to that is no question put to them (`treatment`, `the crisis`).
    pub reacted_events: WordSet,
    /// What a verb that also acts on things states as its object (`acknowledged the mistake`).
    pub stated_objects: WordSet,
    /// Where people were present to see or hear (`those at the meeting`, `people in the room`).
    pub gatherings: WordSet,
}

/// The lexicon, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lex = load();
        let mut starts: FxHashMap<String, u8> = FxHashMap::default();
        for (set, bit) in [
            (&lex.nonresponse, CUE_NONRESPONSE),
            (&lex.speech_verbs, CUE_SPEECH),
            (&lex.attitude_verbs, CUE_ATTITUDE),
            (&lex.cognition_verbs, CUE_COGNITION),
            (&lex.base_forms, CUE_BASE),
            (&lex.inversion_verbs, CUE_INVERSION),
        ] {
            for w in set.first_words() {
                *starts.entry(w.to_owned()).or_default() |= bit;
            }
        }
        lex.cue_starts = starts;
        lex
    })
}

impl Lexicon {
    /// Do `a` and `b` name the same state, one by its capital (`tehran`, `iran`)?
    pub fn same_state(&self, a: &str, b: &str) -> bool {
        self.capitals.contains(&(a.to_owned(), b.to_owned()))
    }

    /// Which cue lists have an entry starting with `word` (0 for most words).
    pub fn cue_mask(&self, word: &str) -> u8 {
        self.cue_starts.get(word).copied().unwrap_or(0)
    }
}

fn load() -> Lexicon {
    Lexicon {
        cue_starts: FxHashMap::default(),
        speech_verbs: PhraseSet::from_text(include_str!("lexicon/speech-verbs.txt")),
        cognition_verbs: PhraseSet::from_text(include_str!("lexicon/cognition-verbs.txt")),
        attitude_verbs: PhraseSet::from_text(include_str!("lexicon/attitude-verbs.txt")),
        base_forms: PhraseSet::from_text(include_str!("lexicon/base-forms.txt")),
        inversion_verbs: PhraseSet::from_text(include_str!("lexicon/inversion-verbs.txt")),
        nonresponse: PhraseSet::from_text(include_str!("lexicon/nonresponse.txt")),
        denial_verbs: PhraseSet::from_text(include_str!("lexicon/denial-verbs.txt")),
        anon_nouns: PhraseSet::from_text(include_str!("lexicon/anon-source-nouns.txt")),
        weasel_groups: PhraseSet::from_text(include_str!("lexicon/weasel-groups.txt")),
        document_nouns: PhraseSet::from_text(include_str!("lexicon/document-nouns.txt")),
        role_nouns: PhraseSet::from_text(include_str!("lexicon/role-nouns.txt")),
        titles: PhraseSet::from_text(include_str!("lexicon/official-titles.txt")),
        places: PhraseSet::from_text(include_str!("lexicon/places.txt")),
        outlet_type_nouns: PhraseSet::from_text(include_str!("lexicon/outlet-type-nouns.txt")),
        social_platforms: PhraseSet::from_text(include_str!("lexicon/social-platforms.txt")),
        social_material: WordSet::from_text(include_str!("lexicon/social-material.txt")),
        social_posters: WordSet::from_text(include_str!("lexicon/social-posters.txt")),
        name_particles: PhraseSet::from_text(include_str!("lexicon/name-particles.txt")),
        honorifics: exact_set(include_str!("lexicon/honorifics.txt")),
        org_heads: exact_set(include_str!("lexicon/org-head-nouns.txt")),
        known_orgs: exact_set(include_str!("lexicon/known-orgs.txt")),
        countries: exact_set(include_str!("lexicon/countries.txt")),
        outlets: exact_set(include_str!("lexicon/outlet-names.txt")),
        stopwords_cap: exact_set(include_str!("lexicon/stopwords-cap.txt")),
        nationalities: exact_set(include_str!("lexicon/nationalities.txt")),
        months_days: exact_set(include_str!("lexicon/months-days.txt")),
        mononyms: exact_set(include_str!("lexicon/mononyms.txt")),
        given_names: exact_set(include_str!("lexicon/given-names.txt")),
        market_sources: WordSet::from_text(include_str!("lexicon/market-sources.txt")),
        falsity_degrees: WordSet::from_text(include_str!("lexicon/falsity-degrees.txt")),
        denial_intensifiers: WordSet::from_text(include_str!("lexicon/denial-intensifiers.txt")),
        not_people_plurals: WordSet::from_text(include_str!("lexicon/not-people-plurals.txt")),
        speech_acts: WordSet::from_text(include_str!("lexicon/speech-acts.txt")),
        noun_homographs: WordSet::from_text(include_str!("lexicon/noun-homographs.txt")),
        wrong_words: WordSet::from_text(include_str!("lexicon/wrong-words.txt")),
        disclaimed_acts: WordSet::from_text(include_str!("lexicon/disclaimed-acts.txt")),
        illicit_takings: WordSet::from_text(include_str!("lexicon/illicit-takings.txt")),
        shown_feelings: WordSet::from_text(include_str!("lexicon/shown-feelings.txt")),
        court_nouns: WordSet::from_text(include_str!("lexicon/court-nouns.txt")),
        proximity_nouns: WordSet::from_text(include_str!("lexicon/proximity-nouns.txt")),
        media_modifiers: WordSet::from_text(include_str!("lexicon/media-modifiers.txt")),
        witness_verbs: WordSet::from_text(include_str!("lexicon/witness-verbs.txt")),
        statement_nouns: WordSet::from_text(include_str!("lexicon/statement-nouns.txt")),
        non_claims: WordSet::from_text(include_str!("lexicon/non-claims.txt")),
        contested_things: WordSet::from_text(include_str!("lexicon/contested-things.txt")),
        reaction_verbs: WordSet::from_text(include_str!("lexicon/reaction-verbs.txt")),
        official_source_nouns: WordSet::from_text(include_str!(
            "lexicon/official-source-nouns.txt"
        )),
        figure_nouns: WordSet::from_text(include_str!("lexicon/figure-nouns.txt")),
        played_down_claims: WordSet::from_text(include_str!("lexicon/played-down-claims.txt")),
        public_figure_modifiers: WordSet::from_text(include_str!(
            "lexicon/public-figure-modifiers.txt"
        )),
        answer_feelings: WordSet::from_text(include_str!("lexicon/answer-feelings.txt")),
        capitals: include_str!("lexicon/capitals.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_whitespace().nth(1).zip(l.split_whitespace().next()))
            .flat_map(|(capital, state)| {
                [
                    (state.to_owned(), capital.to_owned()),
                    (capital.to_owned(), state.to_owned()),
                ]
            })
            .collect(),
        speaking_capitals: include_str!("lexicon/capitals.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.ends_with('*'))
            .filter_map(|l| l.split_whitespace().nth(1))
            .map(str::to_owned)
            .collect(),
        research_nouns: WordSet::from_text(include_str!("lexicon/research-nouns.txt")),
        generic_document_modifiers: WordSet::from_text(include_str!(
            "lexicon/generic-document-modifiers.txt"
        )),
        shared_roles: WordSet::from_text(include_str!("lexicon/shared-roles.txt")),
        generic_groups: WordSet::from_text(include_str!("lexicon/generic-groups.txt")),
        falsity_labels: PhraseSet::from_text(include_str!("lexicon/falsity-labels.txt")),
        dismissal_labels: PhraseSet::from_text(include_str!("lexicon/dismissal-labels.txt")),
        rebuttal_labels: PhraseSet::from_text(include_str!("lexicon/rebuttal-labels.txt")),
        charged_labels: PhraseSet::from_text(include_str!("lexicon/charged-labels.txt")),
        held_feelings: WordSet::from_text(include_str!("lexicon/held-feelings.txt")),
        alleged_wrongs: WordSet::from_text(include_str!("lexicon/alleged-wrongs.txt")),
        government_modifiers: WordSet::from_text(include_str!("lexicon/government-modifiers.txt")),
        noun_compounds: PhraseSet::from_text(include_str!("lexicon/noun-compounds.txt")),
        withheld_things: WordSet::from_text(include_str!("lexicon/withheld-things.txt")),
        claim_nouns: WordSet::from_text(include_str!("lexicon/claim-nouns.txt")),
        resumptive_nouns: WordSet::from_text(include_str!("lexicon/resumptive-nouns.txt")),
        report_nouns: WordSet::from_text(include_str!("lexicon/report-nouns.txt")),
        people_nouns: WordSet::from_text(include_str!("lexicon/people-nouns.txt")),
        person_nouns: WordSet::from_text(include_str!("lexicon/person-nouns.txt")),
        kin_nouns: WordSet::from_text(include_str!("lexicon/kin-nouns.txt")),
        staff_nouns: WordSet::from_text(include_str!("lexicon/staff-nouns.txt")),
        evidence_nouns: WordSet::from_text(include_str!("lexicon/evidence-nouns.txt")),
        body_nouns: WordSet::from_text(include_str!("lexicon/body-nouns.txt")),
        workplace_nouns: WordSet::from_text(include_str!("lexicon/workplace-nouns.txt")),
        body_plurals: WordSet::from_text(include_str!("lexicon/body-plurals.txt")),
        knowledge_adjectives: WordSet::from_text(include_str!("lexicon/knowledge-adjectives.txt")),
        person_adjectives: WordSet::from_text(include_str!("lexicon/person-adjectives.txt")),
        firm_nouns: WordSet::from_text(include_str!("lexicon/firm-nouns.txt")),
        measure_nouns: WordSet::from_text(include_str!("lexicon/measure-nouns.txt")),
        explained_changes: WordSet::from_text(include_str!("lexicon/explained-changes.txt")),
        occasion_nouns: WordSet::from_text(include_str!("lexicon/occasion-nouns.txt")),
        expert_fields: WordSet::from_text(include_str!("lexicon/expert-fields.txt")),
        gap_statements: WordSet::from_text(include_str!("lexicon/gap-statements.txt")),
        claim_false_verbs: WordSet::from_text(concat!(
            include_str!("lexicon/denying-speech-verbs.txt"),
            "\n",
            include_str!("lexicon/claim-false-forms.txt")
        )),
        intention_verbs: WordSet::from_text(include_str!("lexicon/intention-verbs.txt")),
        said_with_nouns: WordSet::from_text(include_str!("lexicon/said-with-nouns.txt")),
        irregular_participles: WordSet::from_text(include_str!(
            "lexicon/irregular-participles.txt"
        )),
        homograph_noun_markers: WordSet::from_text(include_str!(
            "lexicon/homograph-noun-markers.txt"
        )),
        past_tense: WordSet::from_text(include_str!("lexicon/past-tense.txt")),
        experience_verbs: WordSet::from_text(include_str!("lexicon/experience-verbs.txt")),
        audiences: WordSet::from_text(include_str!("lexicon/audiences.txt")),
        reacted_events: WordSet::from_text(include_str!("lexicon/reacted-events.txt")),
        stated_objects: WordSet::from_text(include_str!("lexicon/stated-objects.txt")),
        gatherings: WordSet::from_text(include_str!("lexicon/gatherings.txt")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word list has one home and every entry one line in it: a second copy of an entry
    /// in the same file is a list edited in two places.
    #[test]
    fn no_lexicon_file_lists_an_entry_twice() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/attribution/lexicon");
        let mut twice = Vec::new();
        for entry in std::fs::read_dir(dir).expect("the lexicon folder") {
            let path = entry.expect("a lexicon file").path();
            let text = std::fs::read_to_string(&path).expect("a readable lexicon file");
            let mut seen = std::collections::HashSet::new();
            for line in text.lines().map(str::trim) {
                if !line.is_empty() && !line.starts_with('#') && !seen.insert(line) {
                    twice.push(format!("{}: {line}", path.display()));
                }
            }
        }
        assert!(twice.is_empty(), "entries listed twice: {twice:#?}");
    }

    #[test]
    fn a_negation_is_read_both_ways() {
        // (A contraction is split by the tokenizer: an entry needs no second form.)
        assert_eq!(phrase_tokens("didn't respond"), ["did", "not", "respond"]);
        assert_eq!(phrase_tokens("won't comment"), ["will", "not", "comment"]);
        assert_eq!(phrase_tokens("cannot comment"), ["can", "not", "comment"]);
        let set = PhraseSet::from_text("didn't respond\ncannot comment\n");
        assert_eq!(set.longest(&["did", "not", "respond"]), Some(3));
        assert_eq!(set.longest(&["can", "not", "comment"]), Some(3));
    }
}
