//! Anchor planning: for each compiled pattern, the token keys (a word, a list, a class) one of
//! which every match contains, chosen to be rare in news copy, and how far before that key a
//! match may start. The engine tries a pattern only where one of its keys occurs.

use crate::pattern::{self, Class, ListId, Node, WordId};
use crate::rule::PatId;
use crate::table::Table;
use crate::vocab::{Lists, Vocab};

/// A compiled pattern and where it may start relative to its anchor.
#[derive(Debug)]
pub(crate) struct CompiledPattern {
    pub node: Node,
    /// The form the matcher runs.
    pub prog: crate::matcher::Prog,
    /// Fewest and most tokens between the pattern start and its anchor token (`None` = any).
    pub prefix: (u32, Option<u32>),
    /// The pattern opens with `^`: it is only tried at the sentence start.
    pub at_start: bool,
}

/// Patterns to try when a token has a given word, list entry or class.
#[derive(Debug, Default)]
pub(crate) struct AnchorTables {
    /// Per word id, the patterns anchored on it.
    pub by_word: Table<PatId>,
    /// Per list, the patterns anchored on an entry of it.
    pub by_list: Table<PatId>,
    pub by_class: [Vec<PatId>; 8],
    /// Patterns with no anchor at all: tried at every token.
    pub everywhere: Vec<PatId>,
    /// Bits of the classes that anchor at least one pattern.
    pub class_mask: u16,
}

/// Where each pattern may match: the anchor tables of the patterns tried in every draft, those
/// of the patterns read only as an `unless` (whose candidates are found sentence by sentence,
/// where a finding asks — most sentences never are), and every pattern's requirements.
#[derive(Debug, Default)]
pub(crate) struct Anchors {
    pub eager: AnchorTables,
    pub lazy: AnchorTables,
    /// Per pattern, groups of token keys: a sentence can hold a match only if it has a key of
    /// every group (the prefilter that spares the matcher sentences where the anchor occurs
    /// alone). Packed in one row per pattern (see [`packed_groups`]): the prefilter reads them
    /// for every pattern with a candidate in a sentence, so they lie back to back instead of
    /// behind a pointer per group.
    pub requires: Table<u32>,
}

/// Tag bits of a packed key (the top two bits; the rest is the word id, list id or class bit).
pub(crate) const KEY_WORD: u32 = 0;
pub(crate) const KEY_LIST: u32 = 1 << 30;
pub(crate) const KEY_CLASS: u32 = 2 << 30;
pub(crate) const KEY_TAG: u32 = 3 << 30;

/// Requirement groups as one row of `u32`s: each group's length, then its keys, each a tag
/// ([`KEY_WORD`], [`KEY_LIST`], [`KEY_CLASS`]) or'd with its id (a class by its bit).
fn packed_groups(groups: &[Vec<Key>]) -> Vec<u32> {
    let mut row = Vec::new();
    for g in groups {
        row.push(g.len() as u32);
        row.extend(g.iter().map(|k| match *k {
            Key::Word(w) => KEY_WORD | w,
            Key::List(l) => KEY_LIST | l,
            Key::Class(c) => KEY_CLASS | u32::from(c.bit()),
        }));
    }
    row
}

/// Requirement groups kept per pattern: the most selective ones (checking more costs more than
/// it saves).
const MAX_GROUPS: usize = 3;
/// A group expected in most sentences filters nothing: not kept.
const USELESS_GROUP: u64 = 3_000;

/// Chooses every pattern's anchor (setting its `prefix`) and requirement groups, and builds the
/// tables the engine looks anchors up in: `lazy[p]` puts pattern `p` in the on-demand tables.
pub(crate) fn plan(
    patterns: &mut [CompiledPattern],
    vocab: &Vocab,
    lists: &Lists,
    lazy: &[bool],
) -> Anchors {
    let mut anchors = Anchors::default();
    // (Eager, then lazy.)
    let mut by_word: [Vec<Vec<PatId>>; 2] = std::array::from_fn(|_| vec![Vec::new(); vocab.len()]);
    let mut by_list: [Vec<Vec<PatId>>; 2] =
        std::array::from_fn(|_| vec![Vec::new(); lists.defs.len()]);
    let list_len = |l: ListId| lists.len_range(l);
    // The commonest words of news copy: a pattern anchored on one of them would be tried
    // almost everywhere, so any rarer element is a better anchor.
    let tiers: std::collections::HashMap<WordId, u64> = COMMON_WORDS
        .iter()
        .map(|w| (w, COMMON))
        .chain(TOP_WORDS.iter().map(|w| (w, TOP)))
        .map(|(w, f)| (vocab.get(w), f))
        .filter(|&(w, _)| w != crate::vocab::NO_WORD)
        .collect();
    let word_freq = |w: WordId| tiers.get(&w).copied().unwrap_or(RARE);
    let list_freq: Vec<u64> = lists
        .defs
        .iter()
        .map(|def| {
            def.entries
                .iter()
                .map(|e| e.iter().map(|&w| word_freq(w)).min().unwrap_or(RARE))
                .sum()
        })
        .collect();
    let costs = Costs {
        list_len: &list_len,
        word_freq: &word_freq,
        list_freq: &|l| list_freq[l as usize],
    };
    let mut packed = Vec::with_capacity(patterns.len());
    for (id, p) in patterns.iter_mut().enumerate() {
        let mut groups = requires(&p.node, &costs);
        groups.sort_by_key(|g| g.0);
        groups.dedup_by(|a, b| a.1 == b.1);
        let kept: Vec<Vec<Key>> = groups
            .into_iter()
            .filter(|g| g.0 < USELESS_GROUP)
            .take(MAX_GROUPS)
            .map(|g| g.1)
            .collect();
        packed.push(packed_groups(&kept));
        let set = usize::from(lazy.get(id).copied().unwrap_or(false));
        let tables = if set == 1 {
            &mut anchors.lazy
        } else {
            &mut anchors.eager
        };
        match anchor(&p.node, &costs) {
            Some(a) => {
                p.prefix = (a.prefix_min, a.prefix_max);
                for key in a.keys {
                    let v = match key {
                        Key::Word(w) => &mut by_word[set][w as usize],
                        Key::List(l) => &mut by_list[set][l as usize],
                        Key::Class(c) => &mut tables.by_class[c as usize],
                    };
                    if v.last() != Some(&id) {
                        v.push(id);
                    }
                }
            }
            None => tables.everywhere.push(id),
        }
    }
    for (set, tables) in [&mut anchors.eager, &mut anchors.lazy]
        .into_iter()
        .enumerate()
    {
        for c in Class::ALL {
            if !tables.by_class[c as usize].is_empty() {
                tables.class_mask |= c.bit();
            }
        }
        tables.by_word = Table::from_rows(&by_word[set]);
        tables.by_list = Table::from_rows(&by_list[set]);
    }
    anchors.requires = Table::from_rows(&packed);
    anchors
}

/// Does every match of `node` begin at the sentence start (its first element is `^`)?
pub(crate) fn starts_at_sentence_start(node: &Node) -> bool {
    match node {
        Node::Start => true,
        Node::Seq(items) => items.first().is_some_and(starts_at_sentence_start),
        Node::Highlight(n) => starts_at_sentence_start(n),
        Node::Alt(arms) => arms.iter().all(starts_at_sentence_start),
        _ => false,
    }
}

/// An anchor: the token keys whose occurrence a match needs, and how far before them it starts.
struct AnchorInfo {
    keys: Vec<Key>,
    prefix_min: u32,
    prefix_max: Option<u32>,
    /// Expected occurrences (lower is more selective).
    freq: u64,
}

/// A token key: a word, a list entry starting at the token, or a token class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Key {
    Word(WordId),
    List(ListId),
    Class(Class),
}

/// Rough occurrences per 10,000 tokens of news copy, for choosing anchors: one of the commonest
/// words, any other word, and each token class.
const TOP: u64 = 400;
const COMMON: u64 = 100;
const RARE: u64 = 1;
fn class_freq(c: Class) -> u64 {
    match c {
        Class::Word => 8_000,
        Class::Punct => 1_500,
        Class::Cap | Class::Quote => 1_200,
        Class::Pron => 500,
        Class::Num | Class::Name | Class::Org => 300,
    }
}

/// Start positions tried per anchor occurrence, for a prefix range.
fn window(min: u32, max: Option<u32>) -> u64 {
    max.map_or(30, |m| u64::from(m.saturating_sub(min)) + 1)
}

/// The handful of tokens that make up a fifth of news copy — each several times as frequent as
/// `said` (anchoring on one of them tries a pattern at every few tokens).
const TOP_WORDS: &[&str] = &["the", ",", ".", "to", "of", "a", "and", "in"];

/// The commonest words of English news copy (anchoring on them is a last resort).
const COMMON_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "and", "that", "is", "was", "for", "on", "it", "with",
    "as", "at", "by", "he", "she", "they", "we", "i", "be", "been", "are", "were", "has", "have",
    "had", "said", "says", "from", "his", "her", "their", "its", "this", "not", "but", "or",
    "will", "would", "who", "which", "there", "also", "more", "one", "two", "new", "after",
    "about", "up", "out", "all", "than", ",", ".", "\"", "'", "told", "people", "can", "could",
    "if", "no", "so", "what", "when", "year", "years", "some", "them", "him", "into", "over",
    "other", "mr", "last", "first", "time", "us", "our", "you", "my", "do",
];

/// What anchoring needs to know about words and lists.
struct Costs<'a> {
    list_len: &'a dyn Fn(ListId) -> (u32, u32),
    word_freq: &'a dyn Fn(WordId) -> u64,
    list_freq: &'a dyn Fn(ListId) -> u64,
}

impl Costs<'_> {
    /// The key a single-token node tests and how often it occurs, if it is one.
    fn key(&self, node: &Node) -> Option<(Key, u64)> {
        Some(match node {
            Node::Word(w) => (Key::Word(*w), (self.word_freq)(*w)),
            Node::List(l) => (Key::List(*l), (self.list_freq)(*l)),
            Node::Class(c) => (Key::Class(*c), class_freq(*c)),
            _ => return None,
        })
    }
}

/// Requirement groups of a match of `node`, each with its expected frequency: a match contains
/// a key of every group.
fn requires(node: &Node, costs: &Costs<'_>) -> Vec<(u64, Vec<Key>)> {
    if let Some((key, freq)) = costs.key(node) {
        return vec![(freq, vec![key])];
    }
    match node {
        Node::Highlight(n) => requires(n, costs),
        Node::Repeat(n, min, _) if *min >= 1 => requires(n, costs),
        Node::Seq(items) => items.iter().flat_map(|n| requires(n, costs)).collect(),
        Node::Alt(arms) => {
            let mut keys = Vec::new();
            let mut freq = 0u64;
            for arm in arms {
                let Some(best) = requires(arm, costs).into_iter().min_by_key(|g| g.0) else {
                    return Vec::new();
                };
                freq = freq.saturating_add(best.0);
                keys.extend(best.1);
            }
            keys.sort_unstable();
            keys.dedup();
            vec![(freq, keys)]
        }
        _ => Vec::new(),
    }
}

fn anchor(node: &Node, costs: &Costs<'_>) -> Option<AnchorInfo> {
    let list_len = costs.list_len;
    if let Some((key, freq)) = costs.key(node) {
        return Some(AnchorInfo {
            keys: vec![key],
            prefix_min: 0,
            prefix_max: Some(0),
            freq,
        });
    }
    match node {
        Node::Highlight(n) => anchor(n, costs),
        Node::Repeat(n, min, _) if *min >= 1 => anchor(n, costs),
        Node::Alt(arms) => {
            let mut out = AnchorInfo {
                keys: Vec::new(),
                prefix_min: u32::MAX,
                prefix_max: Some(0),
                freq: 0,
            };
            for arm in arms {
                let a = anchor(arm, costs)?;
                out.keys.extend(a.keys);
                out.prefix_min = out.prefix_min.min(a.prefix_min);
                out.prefix_max = out.prefix_max.zip(a.prefix_max).map(|(x, y)| x.max(y));
                out.freq = out.freq.saturating_add(a.freq);
            }
            Some(out)
        }
        Node::Seq(items) => {
            let mut best: Option<(u64, AnchorInfo)> = None;
            let mut before = (0u32, Some(0u32));
            for item in items {
                if let Some(mut a) = anchor(item, costs) {
                    a.prefix_min = a.prefix_min.saturating_add(before.0);
                    a.prefix_max = a.prefix_max.zip(before.1).map(|(x, y)| x.saturating_add(y));
                    // Attempts expected: occurrences times the starts tried per occurrence.
                    let cost = a.freq.saturating_mul(window(a.prefix_min, a.prefix_max));
                    if best.as_ref().is_none_or(|b| cost < b.0) {
                        best = Some((cost, a));
                    }
                }
                let (x, y) = pattern::length(item, list_len);
                before = (
                    before.0.saturating_add(x),
                    before.1.zip(y).map(|(b, y)| b.saturating_add(y)),
                );
            }
            best.map(|(_, a)| a)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::testing::{engine, found, pairs};

    #[test]
    fn a_rare_alternation_anchors_before_a_common_verb_and_the_verb_is_required() {
        let e = engine(&[("p", r#"pattern = "[(sources | insiders)] _{0,8} said""#)]);
        let p = &e.patterns[0];
        let sources = e.vocab.get("sources");
        let said = e.vocab.get("said");
        // Anchored on the nouns (no prefix), not on `said` (up to 9 starts before each).
        assert_eq!(p.prefix, (0, Some(0)));
        assert!(e.anchors.eager.by_word.row(sources as usize).contains(&0));
        assert!(!e.anchors.eager.by_word.row(said as usize).contains(&0));
        // `said` is a group of its own: its length, then the word.
        let row = e.anchors.requires.row(0);
        assert!(
            row.windows(2).any(|w| w == [1, super::KEY_WORD | said]),
            "{row:?}"
        );
    }

    #[test]
    fn the_commonest_tokens_anchor_nothing_a_rarer_alternation_can() {
        // `to` is several times as frequent as `said`: the alternation holding `said` anchors.
        let e = engine(&[("p", r#"pattern = "[(said | believed) to]""#)]);
        let to = e.vocab.get("to");
        let believed = e.vocab.get("believed");
        assert!(!e.anchors.eager.by_word.row(to as usize).contains(&0));
        assert!(e.anchors.eager.by_word.row(believed as usize).contains(&0));
        assert_eq!(e.patterns[0].prefix, (0, Some(0)));
    }

    #[test]
    fn a_pattern_read_only_as_an_unless_is_anchored_in_the_tables_asked_on_demand() {
        let e = engine(&[("p", "pattern = \"[alleged]\"\nunless = [\"denied\"]")]);
        let denied = e.vocab.get("denied");
        let alleged = e.vocab.get("alleged");
        let lazy = e
            .lazy
            .iter()
            .position(|&l| l)
            .expect("the unless pattern is lazy");
        assert!(e.anchors.lazy.by_word.row(denied as usize).contains(&lazy));
        assert!(!e.anchors.eager.by_word.row(denied as usize).contains(&lazy));
        assert!(
            !e.anchors
                .lazy
                .by_word
                .row(alleged as usize)
                .contains(&(1 - lazy))
        );
    }

    #[test]
    fn the_prefilter_keeps_matches_whose_keys_are_list_entries_of_several_words() {
        let rules = [(
            "p",
            r#"pattern = "[officials] _{0,4} (@knew | declined to comment)"
[lists]
knew = ["on condition of anonymity", "off the record"]"#,
        )];
        let f = found(
            &rules,
            "Officials spoke on condition of anonymity. Officials declined to comment. \
             Officials spoke on condition. Officials declined.",
        );
        assert_eq!(pairs(&f), [("p", "Officials"), ("p", "Officials")]);
    }
}
