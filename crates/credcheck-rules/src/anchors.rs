//! Anchor planning: for each compiled pattern, the token keys (a word, a list, a class) one of
//! which every match contains, chosen to be rare in news copy, and how far before that key a
//! match may start. The engine tries a pattern only where one of its keys occurs.

use crate::pattern::{self, Class, ListId, Node, WordId};
use crate::rule::PatId;
use crate::vocab::{Lists, Vocab};

/// A compiled pattern and where it may start relative to its anchor.
#[derive(Debug)]
pub(crate) struct CompiledPattern {
    pub node: Node,
    /// Fewest and most tokens between the pattern start and its anchor token (`None` = any).
    pub prefix: (u32, Option<u32>),
    /// The pattern opens with `^`: it is only tried at the sentence start.
    pub at_start: bool,
}

/// Patterns to try when a token has a given word, list entry or class.
#[derive(Debug, Default)]
pub(crate) struct Anchors {
    pub by_word: Vec<Vec<PatId>>,
    pub by_list: Vec<Vec<PatId>>,
    pub by_class: [Vec<PatId>; 8],
    /// Patterns with no anchor at all: tried at every token.
    pub everywhere: Vec<PatId>,
    /// Bits of the classes that anchor at least one pattern.
    pub class_mask: u16,
}

/// Chooses every pattern's anchor (setting its `prefix`) and builds the tables the engine looks
/// anchors up in.
pub(crate) fn plan(patterns: &mut [CompiledPattern], vocab: &Vocab, lists: &Lists) -> Anchors {
    let mut anchors = Anchors {
        by_word: vec![Vec::new(); vocab.len()],
        by_list: vec![Vec::new(); lists.defs.len()],
        ..Anchors::default()
    };
    let list_len = |l: ListId| lists.len_range(l);
    // The commonest words of news copy: a pattern anchored on one of them would be tried
    // almost everywhere, so any rarer element is a better anchor.
    let common: std::collections::HashSet<WordId> = COMMON_WORDS
        .iter()
        .map(|w| vocab.get(w))
        .filter(|&w| w != crate::vocab::NO_WORD)
        .collect();
    let costs = Costs {
        list_len: &list_len,
        word_common: &|w| common.contains(&w),
        list_common: &|l| {
            lists.defs[l as usize]
                .entries
                .iter()
                .any(|e| e.len() == 1 && common.contains(&e[0]))
        },
    };
    for (id, p) in patterns.iter_mut().enumerate() {
        match anchor(&p.node, &costs) {
            Some(a) => {
                p.prefix = (a.prefix_min, a.prefix_max);
                for key in a.keys {
                    let v = match key {
                        Key::Word(w) => &mut anchors.by_word[w as usize],
                        Key::List(l) => &mut anchors.by_list[l as usize],
                        Key::Class(c) => &mut anchors.by_class[c as usize],
                    };
                    if v.last() != Some(&id) {
                        v.push(id);
                    }
                }
            }
            None => anchors.everywhere.push(id),
        }
    }
    for c in Class::ALL {
        if !anchors.by_class[c as usize].is_empty() {
            anchors.class_mask |= c.bit();
        }
    }
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
    /// Lower is more selective.
    cost: u32,
}

#[derive(Clone, Copy)]
enum Key {
    Word(WordId),
    List(ListId),
    Class(Class),
}

/// The commonest words of English news copy (anchoring on them is a last resort).
const COMMON_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "and", "that", "is", "was", "for", "on", "it", "with",
    "as", "at", "by", "he", "she", "they", "we", "i", "be", "been", "are", "were", "has", "have",
    "had", "said", "says", "from", "his", "her", "their", "its", "this", "not", "but", "or",
    "will", "would", "who", "which", "there", "also", "more", "one", "two", "new", "after",
    "about", "up", "out", "all", "than", ",", ".", "\"", "'",
];

/// What anchoring needs to know about words and lists.
struct Costs<'a> {
    list_len: &'a dyn Fn(ListId) -> (u32, u32),
    word_common: &'a dyn Fn(WordId) -> bool,
    list_common: &'a dyn Fn(ListId) -> bool,
}

fn anchor(node: &Node, costs: &Costs<'_>) -> Option<AnchorInfo> {
    let list_len = costs.list_len;
    let single = |keys: Vec<Key>, cost| {
        Some(AnchorInfo {
            keys,
            prefix_min: 0,
            prefix_max: Some(0),
            cost,
        })
    };
    match node {
        Node::Word(w) => single(
            vec![Key::Word(*w)],
            if (costs.word_common)(*w) { 12 } else { 1 },
        ),
        Node::List(l) => single(
            vec![Key::List(*l)],
            if (costs.list_common)(*l) { 14 } else { 2 },
        ),
        Node::Class(c) => single(
            vec![Key::Class(*c)],
            if *c == Class::Quote || *c == Class::Word || *c == Class::Punct {
                50
            } else {
                20
            },
        ),
        Node::Highlight(n) => anchor(n, costs),
        Node::Repeat(n, min, _) if *min >= 1 => anchor(n, costs),
        Node::Any | Node::Not(_) | Node::Start | Node::End | Node::Repeat(..) => None,
        Node::Alt(arms) => {
            let mut out = AnchorInfo {
                keys: Vec::new(),
                prefix_min: u32::MAX,
                prefix_max: Some(0),
                cost: 0,
            };
            for arm in arms {
                let a = anchor(arm, costs)?;
                out.keys.extend(a.keys);
                out.prefix_min = out.prefix_min.min(a.prefix_min);
                out.prefix_max = out.prefix_max.zip(a.prefix_max).map(|(x, y)| x.max(y));
                out.cost = out.cost.max(a.cost).saturating_add(1);
            }
            Some(out)
        }
        Node::Seq(items) => {
            let mut best: Option<AnchorInfo> = None;
            let mut before = (0u32, Some(0u32));
            for item in items {
                if let Some(mut a) = anchor(item, costs) {
                    a.prefix_min = a.prefix_min.saturating_add(before.0);
                    a.prefix_max = a.prefix_max.zip(before.1).map(|(x, y)| x.saturating_add(y));
                    // Prefer cheap keys; among equals, a bounded prefix.
                    let better = best.as_ref().is_none_or(|b| {
                        (a.cost, a.prefix_max.is_none()) < (b.cost, b.prefix_max.is_none())
                    });
                    if better {
                        best = Some(a);
                    }
                }
                let (x, y) = pattern::length(item, list_len);
                before = (
                    before.0.saturating_add(x),
                    before.1.zip(y).map(|(b, y)| b.saturating_add(y)),
                );
            }
            best
        }
    }
}
