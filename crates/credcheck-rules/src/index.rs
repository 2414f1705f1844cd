//! What the engine knows about each token of one document, computed in one pass before any
//! pattern runs: its word id, its token classes and the list entries that start at it.

use credcheck_core::{Document, EntityKind, TokenKind};

use crate::pattern::{Class, ListId, WordId};
use crate::vocab::{Lists, Vocab};

/// Class bit of function words (not a pattern class: it keeps sentence-initial `The` from `<cap>`).
const FUNCTION_BIT: u8 = 0x80;

/// The word tables whose members carry class bits by themselves, for [`Vocab::finish`].
pub(crate) fn word_class_tables() -> [(&'static [&'static str], u8); 3] {
    [
        (PRONOUNS, PRON_BIT),
        (NUMBER_WORDS, NUM_BIT),
        (FUNCTION_WORDS, FUNCTION_BIT),
    ]
}

/// Word bits (in the vocabulary) of pronouns and number words.
const PRON_BIT: u8 = 1;
const NUM_BIT: u8 = 2;

/// Pronouns for `<pron>`.
const PRONOUNS: &[&str] = &[
    "he",
    "her",
    "hers",
    "herself",
    "him",
    "himself",
    "i",
    "it",
    "its",
    "itself",
    "me",
    "my",
    "our",
    "she",
    "their",
    "them",
    "themselves",
    "they",
    "us",
    "we",
    "you",
    "your",
];

/// Number words for `<num>` (besides digits).
const NUMBER_WORDS: &[&str] = &[
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "hundred",
    "hundreds",
    "million",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "thousand",
    "thousands",
    "three",
    "twelve",
    "twenty",
    "two",
];

/// Sentence-initial words that are capitalised only because they start the sentence: not
/// `<cap>` there.
const FUNCTION_WORDS: &[&str] = &[
    "a", "after", "all", "also", "an", "and", "another", "any", "as", "at", "both", "but", "by",
    "each", "every", "few", "for", "from", "he", "her", "his", "how", "i", "if", "in", "it", "its",
    "many", "more", "most", "multiple", "no", "not", "numerous", "of", "on", "one", "only", "or",
    "other", "our", "recent", "several", "she", "so", "some", "that", "the", "their", "there",
    "these", "they", "this", "those", "to", "two", "various", "we", "what", "when", "where",
    "which", "while", "who", "why", "with", "yet", "you",
];

/// Per-token facts for one document.
#[derive(Debug)]
pub(crate) struct DocIndex<'e> {
    pub words: Vec<WordId>,
    pub classes: Vec<u16>,
    lists: &'e Lists,
    /// Multi-word list entries found in the document: (first token, list, length), sorted.
    /// One-word entries are not stored: they follow from `words` and the engine's tables.
    multi: Vec<(u32, ListId, u32)>,
}

impl<'e> DocIndex<'e> {
    pub fn build(doc: &Document, vocab: &Vocab, lists: &'e Lists) -> DocIndex<'e> {
        let tokens = doc.tokens();
        // Each distinct form looked up once.
        let ids: Vec<WordId> = (0..doc.word_count() as u32)
            .map(|w| vocab.get(doc.word_text(w)))
            .collect();
        let mut words = Vec::with_capacity(tokens.len());
        let mut classes = Vec::with_capacity(tokens.len());
        for t in tokens {
            let w = ids[t.word() as usize];
            words.push(w);
            let mut c = 0u16;
            match t.kind {
                TokenKind::Word => {
                    let bits = vocab.bits(w);
                    c |= Class::Word.bit();
                    if bits & PRON_BIT != 0 {
                        c |= Class::Pron.bit();
                    }
                    if bits & NUM_BIT != 0 {
                        c |= Class::Num.bit();
                    }
                    let stop = t.is_sentence_start() && bits & FUNCTION_BIT != 0;
                    if t.is_capitalised() && !stop {
                        c |= Class::Cap.bit();
                    }
                }
                TokenKind::Number => c |= Class::Num.bit(),
                TokenKind::Punct | TokenKind::Quote => c |= Class::Punct.bit(),
            }
            if t.in_quote() {
                c |= Class::Quote.bit();
            }
            classes.push(c);
        }
        for e in doc.entities() {
            let bit = if e.kind == EntityKind::Person {
                Class::Name.bit()
            } else {
                Class::Org.bit()
            };
            for c in &mut classes[e.tokens.clone()] {
                *c |= bit;
            }
        }
        let mut multi = Vec::new();
        lists.find_multi(&words, |first, list, len| {
            let last = first + len as usize - 1;
            if tokens[first].sentence == tokens[last].sentence {
                multi.push((first as u32, list, len));
            }
        });
        multi.sort_unstable();
        multi.dedup();
        DocIndex {
            words,
            classes,
            lists,
            multi,
        }
    }

    /// Calls `f(list, len)` for every list entry starting at token `i`: multi-word entries
    /// (longest first), then one-word entries. `cursor` is where the multi-word entries at or
    /// after `i` begin: tokens visited in order move it forward, so the whole walk is linear.
    pub fn for_each_entry(&self, i: usize, cursor: &mut usize, mut f: impl FnMut(ListId, u32)) {
        let i = i as u32;
        while self.multi.get(*cursor).is_some_and(|e| e.0 < i) {
            *cursor += 1;
        }
        let at = *cursor;
        let n = self.multi[at..].iter().take_while(|e| e.0 == i).count();
        for &(_, l, len) in self.multi[at..at + n].iter().rev() {
            f(l, len);
        }
        for &l in self.lists.lists_of_word(self.words[i as usize]) {
            f(l, 1);
        }
    }

    /// Lengths of the entries of `list` starting at token `i`, longest first.
    pub fn entry_lens(&self, i: usize, list: ListId) -> impl Iterator<Item = u32> + '_ {
        let at = self
            .multi
            .partition_point(|e| (e.0, e.1) < (i as u32, list));
        let n = self.multi[at..]
            .iter()
            .take_while(|e| e.0 == i as u32 && e.1 == list)
            .count();
        let single = self.in_list(i, list);
        self.multi[at..at + n]
            .iter()
            .rev()
            .map(|e| e.2)
            .chain(single.then_some(1))
    }

    /// Is token `i` a one-word entry of `list`?
    pub fn in_list(&self, i: usize, list: ListId) -> bool {
        self.lists
            .lists_of_word(self.words[i])
            .binary_search(&list)
            .is_ok()
    }

    pub fn has_class(&self, i: usize, class: Class) -> bool {
        self.classes[i] & class.bit() != 0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_tables_are_sorted() {
        for table in [super::PRONOUNS, super::NUMBER_WORDS, super::FUNCTION_WORDS] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
    }
}
