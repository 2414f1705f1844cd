//! Interned words and word lists, and the one automaton that finds multi-word list entries.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::pattern::{ListId, WordId};

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
    by_word: Vec<Vec<ListId>>,
    /// Fewest and most tokens of an entry, per list.
    lens: Vec<(u32, u32)>,
    /// Multi-word entries, encoded as little-endian word ids; each automaton pattern is one
    /// distinct entry, shared by the lists in `owners`.
    automaton: Option<AhoCorasick>,
    owners: Vec<(Vec<ListId>, u32)>,
}

impl Lists {
    pub fn build(defs: Vec<ListDef>, vocab_len: usize) -> Result<Lists, String> {
        let mut by_word = vec![Vec::new(); vocab_len];
        let mut lens = Vec::with_capacity(defs.len());
        let mut multi: HashMap<&[WordId], Vec<ListId>> = HashMap::new();
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
                } else {
                    let lists = multi.entry(entry.as_slice()).or_default();
                    if lists.last() != Some(&id) {
                        lists.push(id);
                    }
                }
            }
            lens.push((lo.min(hi), hi));
        }
        let mut patterns: Vec<Vec<u8>> = Vec::with_capacity(multi.len());
        let mut owners = Vec::with_capacity(multi.len());
        let mut entries: Vec<_> = multi.into_iter().collect();
        entries.sort(); // deterministic automaton
        for (entry, lists) in entries {
            patterns.push(entry.iter().flat_map(|w| w.to_le_bytes()).collect());
            owners.push((lists, entry.len() as u32));
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .map_err(|e| format!("cannot build the list automaton: {e}"))?,
            )
        };
        Ok(Lists {
            defs,
            by_word,
            lens,
            automaton,
            owners,
        })
    }

    pub fn len_range(&self, id: ListId) -> (u32, u32) {
        self.lens[id as usize]
    }

    /// Lists having `word` as a one-word entry.
    pub fn lists_of_word(&self, word: WordId) -> &[ListId] {
        self.by_word.get(word as usize).map_or(&[], Vec::as_slice)
    }

    /// Calls `found(first_token, list, len)` for every multi-word entry occurring in `words`
    /// (word ids of consecutive tokens, [`NO_WORD`] between sentences).
    pub fn find_multi(&self, words: &[WordId], mut found: impl FnMut(usize, ListId, u32)) {
        let Some(ac) = &self.automaton else { return };
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        for m in ac.find_overlapping_iter(&bytes) {
            if m.start() % 4 != 0 {
                continue; // a match that straddles word ids
            }
            let (lists, len) = &self.owners[m.pattern().as_usize()];
            for &l in lists {
                found(m.start() / 4, l, *len);
            }
        }
    }
}
