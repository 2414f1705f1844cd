//! Interned words and word lists, and the one trie that finds multi-word list entries.

use rustc_hash::FxHashMap;

use crate::pattern::{ListId, WordId};
use crate::table::Table;

/// Marks a token whose word occurs in no pattern and no list.
pub(crate) const NO_WORD: WordId = u32::MAX;

/// Every word any pattern or list entry uses, by matching form.
#[derive(Debug, Default)]
pub(crate) struct Vocab {
    ids: FxHashMap<String, WordId>,
    /// Per word id, the class bits the word has by itself (pronoun, number word, function
    /// word); filled by [`Vocab::finish`].
    bits: Vec<u8>,
}

impl Vocab {
    pub fn intern(&mut self, norm: &str) -> WordId {
        if let Some(&id) = self.ids.get(norm) {
            return id;
        }
        let id = self.ids.len() as WordId;
        self.ids.insert(norm.to_owned(), id);
        id
    }

    pub fn get(&self, norm: &str) -> WordId {
        self.ids.get(norm).copied().unwrap_or(NO_WORD)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Interns every word that carries class bits and computes the bits of every word, so the
    /// per-token index needs one lookup per token.
    pub fn finish(&mut self, words_with_bits: &[(&[&str], u8)]) {
        for (words, _) in words_with_bits {
            for w in *words {
                self.intern(w);
            }
        }
        self.bits = vec![0; self.ids.len()];
        for (words, bit) in words_with_bits {
            for w in *words {
                let id = self.get(w);
                self.bits[id as usize] |= bit;
            }
        }
    }

    /// The class bits of a word id (0 for [`NO_WORD`]).
    pub fn bits(&self, id: WordId) -> u8 {
        self.bits.get(id as usize).copied().unwrap_or(0)
    }
}

/// A word list as patterns see it.
#[derive(Debug)]
pub(crate) struct ListDef {
    /// Entries, each as word ids (one or more).
    pub entries: Vec<Vec<WordId>>,
}

/// All lists, compiled for lookup: one-word entries by word, multi-word entries by automaton.
#[derive(Debug)]
pub(crate) struct Lists {
    pub defs: Vec<ListDef>,
    /// For each word id, the lists that have it as a one-word entry (sorted).
    by_word: Table<ListId>,
    /// Fewest and most tokens of an entry, per list.
    lens: Vec<(u32, u32)>,
    /// Multi-word entries as a trie over word ids: the walk from each token whose word starts
    /// an entry finds every entry starting there.
    trie: Trie,
}

/// A trie of word-id sequences; node 0 is the root.
#[derive(Debug)]
struct Trie {
    /// Per word id: does some entry start with it?
    starts: Vec<bool>,
    /// (node, next word) → child node.
    children: FxHashMap<(u32, WordId), u32>,
    /// Per node: the lists whose entry ends there (empty if none), and the entry's length.
    ends: Vec<(Vec<ListId>, u32)>,
}

impl Trie {
    fn new(vocab_len: usize) -> Trie {
        Trie {
            starts: vec![false; vocab_len],
            children: FxHashMap::default(),
            ends: vec![(Vec::new(), 0)],
        }
    }

    fn insert(&mut self, entry: &[WordId], list: ListId) {
        let mut node = 0u32;
        for (depth, &w) in entry.iter().enumerate() {
            let next = self.ends.len() as u32;
            node = *self.children.entry((node, w)).or_insert(next);
            if node == next {
                self.ends.push((Vec::new(), depth as u32 + 1));
            }
        }
        let lists = &mut self.ends[node as usize].0;
        if !lists.contains(&list) {
            lists.push(list);
        }
    }
}

impl Lists {
    pub fn build(defs: Vec<ListDef>, vocab_len: usize) -> Result<Lists, String> {
        let mut by_word = vec![Vec::new(); vocab_len];
        let mut lens = Vec::with_capacity(defs.len());
        let mut trie = Trie::new(vocab_len);
        for (id, def) in defs.iter().enumerate() {
            let id = id as ListId;
            let mut lo = u32::MAX;
            let mut hi = 0;
            for entry in &def.entries {
                let n = entry.len() as u32;
                lo = lo.min(n);
                hi = hi.max(n);
                if let [w] = entry.as_slice() {
                    let v: &mut Vec<ListId> = &mut by_word[*w as usize];
                    if v.last() != Some(&id) {
                        v.push(id);
                    }
                } else if let Some(&first) = entry.first() {
                    let start = trie
                        .starts
                        .get_mut(first as usize)
                        .ok_or_else(|| format!("list word id {first} outside the vocabulary"))?;
                    *start = true;
                    trie.insert(entry, id);
                }
            }
            lens.push((lo.min(hi), hi));
        }
        for (lists, _) in &mut trie.ends {
            lists.sort_unstable();
        }
        Ok(Lists {
            defs,
            by_word: Table::from_rows(&by_word),
            lens,
            trie,
        })
    }

    pub fn len_range(&self, id: ListId) -> (u32, u32) {
        self.lens[id as usize]
    }

    /// Lists having `word` as a one-word entry.
    pub fn lists_of_word(&self, word: WordId) -> &[ListId] {
        self.by_word.row(word as usize)
    }

    /// Calls `found(first_token, list, len)` for every multi-word entry occurring in the `n`
    /// tokens whose word ids `word` gives ([`NO_WORD`] for words no list has).
    pub fn find_multi(
        &self,
        n: usize,
        word: impl Fn(usize) -> WordId,
        mut found: impl FnMut(usize, ListId, u32),
    ) {
        let trie = &self.trie;
        for i in 0..n {
            let w = word(i);
            if !trie.starts.get(w as usize).copied().unwrap_or(false) {
                continue;
            }
            let mut node = 0u32;
            for next in (i..n).map(&word) {
                if next == NO_WORD {
                    break; // a word in no list continues no entry
                }
                let Some(&child) = trie.children.get(&(node, next)) else {
                    break;
                };
                node = child;
                let (lists, len) = &trie.ends[node as usize];
                for &l in lists {
                    found(i, l, *len);
                }
            }
        }
    }
}
