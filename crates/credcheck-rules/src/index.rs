//! What the engine knows about each token of one document, computed in one pass before any
//! pattern runs: its word id, its token classes and the list entries that start at it.

use credcheck_core::{Document, TokenKind};

use crate::pattern::{Class, ListId, WordId};
use crate::vocab::{Lists, Vocab};

/// Class bit of function words (not a pattern class: it keeps sentence-initial `The` from `<cap>`).
const FUNCTION_BIT: u8 = 0x80;

/// The word tables whose members carry class bits by themselves, for [`Vocab::finish`].
pub(crate) fn word_class_tables() -> [(&'static [&'static str], u8); 3] {
    [
        (PRONOUNS, Class::Pron.bit()),
        (NUMBER_WORDS, Class::Num.bit()),
        (FUNCTION_WORDS, FUNCTION_BIT),
    ]
}

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
    "a", "after", "also", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his",
    "how", "i", "if", "in", "it", "its", "many", "more", "most", "no", "not", "of", "on", "one",
    "only", "or", "our", "she", "so", "some", "that", "the", "their", "there", "these", "they",
    "this", "those", "to", "two", "we", "what", "when", "where", "which", "while", "who", "why",
    "with", "yet", "you",
];

/// Per-token facts for one document.
#[derive(Debug)]
pub(crate) struct DocIndex {
    pub words: Vec<WordId>,
    pub classes: Vec<u8>,
    /// `entries[starts[i]..starts[i + 1]]`: the (list, length) entries starting at token `i`,
    /// sorted by list then length.
    starts: Vec<u32>,
    entries: Vec<(ListId, u32)>,
}

impl DocIndex {
    pub fn build(doc: &Document, vocab: &Vocab, lists: &Lists) -> DocIndex {
        let tokens = doc.tokens();
        let mut words = Vec::with_capacity(tokens.len());
        let mut classes = Vec::with_capacity(tokens.len());
        let mut found: Vec<(u32, ListId, u32)> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            let norm = doc.norm(t);
            let w = vocab.get(norm);
            words.push(w);
            for &l in lists.lists_of_word(w) {
                found.push((i as u32, l, 1));
            }
            let mut c = 0u8;
            match t.kind {
                TokenKind::Word => {
                    let bits = vocab.bits(w);
                    c |= Class::Word.bit() | (bits & (Class::Pron.bit() | Class::Num.bit()));
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
        lists.find_multi(&words, |first, list, len| {
            let last = first + len as usize - 1;
            if tokens[first].sentence == tokens[last].sentence {
                found.push((first as u32, list, len));
            }
        });
        found.sort_unstable();
        found.dedup();
        let mut starts = Vec::with_capacity(tokens.len() + 1);
        let mut entries = Vec::with_capacity(found.len());
        let mut k = 0;
        for i in 0..tokens.len() as u32 {
            starts.push(entries.len() as u32);
            while k < found.len() && found[k].0 == i {
                entries.push((found[k].1, found[k].2));
                k += 1;
            }
        }
        starts.push(entries.len() as u32);
        DocIndex {
            words,
            classes,
            starts,
            entries,
        }
    }

    /// The list entries starting at token `i`.
    pub fn entries_at(&self, i: usize) -> &[(ListId, u32)] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.entries[a as usize..b as usize],
            _ => &[],
        }
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
