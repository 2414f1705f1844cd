//! What the engine knows about each token of one document, computed in one pass before any
//! pattern runs: its word id, its token classes and the list entries that start at it.

use credcheck_core::{Document, EntityKind, Token, TokenKind};

use credcheck_core::clause::{ASIDE_WORDS, ClauseStarts, PASSING_ADVERBS, PASSING_PAIR};

use crate::pattern::{Class, ListId, WordId};
use crate::vocab::{Lists, Vocab};

/// Class bit of function words (not a pattern class: it keeps sentence-initial `The` from `<cap>`).
const FUNCTION_BIT: u8 = 0x80;

/// The word tables whose members carry class bits by themselves, for [`Vocab::finish`].
pub(crate) fn word_class_tables() -> [(&'static [&'static str], u8); 7] {
    [
        (PRONOUNS, PRON_BIT),
        (NUMBER_WORDS, NUM_BIT),
        (FUNCTION_WORDS, FUNCTION_BIT),
        (PASSING_ADVERBS, ADVERB_BIT),
        (ASIDE_WORDS, ASIDE_BIT),
        // (The comma an aside stands between, known whatever the patterns use.)
        (&[","], 0),
        (PASSING_PAIR, 0),
    ]
}

/// Word bits (in the vocabulary) of pronouns and number words.
const PRON_BIT: u8 = 1;
const NUM_BIT: u8 = 2;
/// Word bits of the adverbs a pattern steps over, and of the words of a comma-set aside.
const ADVERB_BIT: u8 = 4;
const ASIDE_BIT: u8 = 8;

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

/// Tokens a match may step over before its anchor, at most (a few adverbs and an aside).
const MAX_STEPPED: usize = 6;

/// Per-token facts for one document. A token's word id is read through the document's own word
/// number (one id per distinct word, not one per token: a large draft's tokens are not held a
/// second time).
#[derive(Debug)]
pub(crate) struct DocIndex<'e> {
    /// Per distinct word of the document, its id in the engine's vocabulary.
    ids: Vec<WordId>,
    tokens: &'e [Token],
    pub classes: Vec<u16>,
    /// Per token, how many tokens a pattern may step over there between two of its elements
    /// (a passing adverb, 1; a comma-set aside, 3): 0 for most.
    pub passing: Vec<u8>,
    /// Per token boundary `i`, how many tokens before it a passing element covers, modulo 256
    /// (one byte a token): a pattern's start moves back by as many as stand in its window, and
    /// a window shorter than 256 tokens reads its count exactly from the difference.
    stepped: Vec<u8>,
    /// Per sentence, where its clause may begin (`^`).
    clause_starts: Vec<ClauseStarts>,
    lists: &'e Lists,
    /// Multi-word list entries found in the document: (first token, list, length), sorted.
    /// One-word entries are not stored: they follow from `words` and the engine's tables.
    multi: Vec<(u32, ListId, u32)>,
}

impl<'e> DocIndex<'e> {
    pub fn build(doc: &'e Document, vocab: &Vocab, lists: &'e Lists) -> DocIndex<'e> {
        let tokens = doc.tokens();
        // Each distinct form looked up once.
        let ids: Vec<WordId> = (0..doc.word_count() as u32)
            .map(|w| vocab.get(doc.word_text(w)))
            .collect();
        let mut classes = Vec::with_capacity(tokens.len());
        let mut passing = vec![0u8; tokens.len()];
        let comma = vocab.get(",");
        let so_far = (vocab.get(PASSING_PAIR[0]), vocab.get(PASSING_PAIR[1]));
        for (i, t) in tokens.iter().enumerate() {
            let w = ids[t.word() as usize];
            if t.kind == TokenKind::Word && vocab.bits(w) & ADVERB_BIT != 0 {
                passing[i] = 1;
            }
            // `, however ,` within one sentence.
            if w == comma
                && i + 2 < tokens.len()
                && tokens[i + 2].sentence == t.sentence
                && vocab.bits(ids[tokens[i + 1].word() as usize]) & ASIDE_BIT != 0
                && ids[tokens[i + 2].word() as usize] == comma
            {
                passing[i] = 3;
            }
            // `so far`, two words passing as one: `has so far not responded`.
            if w == so_far.0
                && i + 1 < tokens.len()
                && tokens[i + 1].sentence == t.sentence
                && ids[tokens[i + 1].word() as usize] == so_far.1
            {
                passing[i] = 2;
            }
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
        // A scare quote — one to three words quoted inside the writer's sentence, words on both
        // sides — is stepped over as a passing adverb is: `called the claims "false" and`
        // reads as `called the claims false and`.
        for q in doc.quotes() {
            let (Some(o), Some(c)) = (q.open, q.close) else {
                continue;
            };
            let (o, c) = (o.index(), c.index());
            let inside = c > o + 1 && c <= o + 4 && o > 0 && c + 1 < tokens.len();
            if inside
                && tokens[o - 1].sentence == tokens[o].sentence
                && tokens[c + 1].sentence == tokens[c].sentence
                && tokens[o - 1].kind == TokenKind::Word
                && passing[o] == 0
                && passing[c] == 0
            {
                passing[o] = 1;
                passing[c] = 1;
            }
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
        lists.find_multi(
            tokens.len(),
            |i| ids[tokens[i].word() as usize],
            |first, list, len| {
                let last = first + len as usize - 1;
                if tokens[first].sentence == tokens[last].sentence {
                    multi.push((first as u32, list, len));
                }
            },
        );
        multi.sort_unstable();
        multi.dedup();
        let stepped = stepped_counts(&passing);
        DocIndex {
            ids,
            tokens,
            classes,
            passing,
            stepped,
            clause_starts: doc
                .sentences()
                .iter()
                .map(|s| ClauseStarts::of(doc, s.tokens.start, s.tokens.end))
                .collect(),
            lists,
            multi,
        }
    }

    /// Where the clause of the sentence holding token `i` may begin.
    pub fn clause_starts(&self, doc: &Document, i: usize) -> &ClauseStarts {
        &self.clause_starts[doc.tokens()[i].sentence.index()]
    }

    /// The earliest start of a match whose element at token `i` stands at most `max` pattern
    /// tokens after the start, when the tokens it may step over between are counted too — at
    /// most [`MAX_STEPPED`] of them, so a run of adverbs never makes the window grow with the
    /// text (not before `lo`).
    #[inline]
    pub fn start_before(&self, i: usize, max: usize, lo: usize) -> usize {
        let from = i.saturating_sub(max + MAX_STEPPED).max(lo);
        let steps = steps_between(&self.passing, &self.stepped, from, i).min(MAX_STEPPED);
        i.saturating_sub(max + steps).max(lo)
    }

    /// Where the passing adverb or aside that ends at token `i` begins (`later` in `was later
    /// denied`, the first comma of `, however,`), if one does.
    pub fn passing_span_ending_at(&self, i: usize) -> Option<usize> {
        let at = |k: usize, len: u8| self.passing.get(k) == Some(&len);
        if at(i, 1) {
            Some(i)
        } else if i >= 1 && at(i - 1, 2) {
            Some(i - 1)
        } else if i >= 2 && at(i - 2, 3) {
            Some(i - 2)
        } else {
            None
        }
    }

    /// The engine's id of token `i`'s word (`NO_WORD` when no rule uses it).
    #[inline]
    pub fn word(&self, i: usize) -> WordId {
        self.ids[self.tokens[i].word() as usize]
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
        for &l in self.lists.lists_of_word(self.word(i as usize)) {
            f(l, 1);
        }
    }

    /// The cursor [`DocIndex::for_each_entry`] starts from at token `i`.
    pub fn entries_from(&self, i: usize) -> usize {
        self.multi.partition_point(|e| (e.0 as usize) < i)
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
        self.in_list_word(self.word(i), list)
    }

    /// Is the word with engine id `w` a one-word entry of `list`?
    pub fn in_list_word(&self, w: WordId, list: ListId) -> bool {
        self.lists.lists_of_word(w).binary_search(&list).is_ok()
    }

    pub fn has_class(&self, i: usize, class: Class) -> bool {
        self.classes[i] & class.bit() != 0
    }
}

/// How many of the tokens `from..to` a passing element covers, from [`stepped_counts`] of
/// `passing`: the difference of the two counts when the window is shorter than 256 tokens,
/// else counted afresh over the window (a passing element covers at most 3 tokens, so one
/// starting 3 before `from` is the earliest that may reach into it).
#[inline]
fn steps_between(passing: &[u8], stepped: &[u8], from: usize, to: usize) -> usize {
    if to - from < 256 {
        usize::from(stepped[to].wrapping_sub(stepped[from]))
    } else {
        let lead = from.min(3);
        let fresh = stepped_counts(&passing[from - lead..to]);
        let mut n = 0usize;
        for w in fresh[lead..].windows(2) {
            n += usize::from(w[1] != w[0]);
        }
        n
    }
}

/// Per token boundary of `passing`, how many tokens before it a passing element covers
/// (`passing[k]` tokens from `k`), modulo 256.
fn stepped_counts(passing: &[u8]) -> Vec<u8> {
    let mut covered_to = 0usize;
    let mut n = 0u8;
    let mut out = Vec::with_capacity(passing.len() + 1);
    out.push(0);
    for (k, &p) in passing.iter().enumerate() {
        covered_to = covered_to.max(k + usize::from(p));
        if k < covered_to {
            n = n.wrapping_add(1);
        }
        out.push(n);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn stepped_tokens_in_a_window_are_counted_as_whole_prefix_sums_count_them() {
        // The reference: per token boundary, how many tokens before it are covered, counted
        // in full from the start of the text. A small generator of passing elements (adverbs,
        // asides, `so far`) dense enough that windows over 256 tokens hold more than 256
        // covered ones (the one-byte counts wrap; such windows are counted afresh).
        let mut seed = 7u32;
        let mut passing = Vec::new();
        for _ in 0..900 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            passing.push(match (seed >> 16) % 6 {
                0 => 1,
                1 => 2,
                2 => 3,
                _ => 0,
            });
        }
        let mut prefix = vec![0usize];
        let (mut covered_to, mut n) = (0usize, 0usize);
        for (i, &p) in passing.iter().enumerate() {
            covered_to = covered_to.max(i + usize::from(p));
            if i < covered_to {
                n += 1;
            }
            prefix.push(n);
        }
        assert!(
            prefix[600] > 300,
            "the generator covers too few tokens to wrap"
        );
        let stepped = super::stepped_counts(&passing);
        for from in (0..passing.len()).step_by(7) {
            for to in from..passing.len() {
                assert_eq!(
                    super::steps_between(&passing, &stepped, from, to),
                    prefix[to] - prefix[from],
                    "{from}..{to}"
                );
            }
        }
    }

    #[test]
    fn word_tables_are_sorted() {
        for table in [super::PRONOUNS, super::NUMBER_WORDS, super::FUNCTION_WORDS] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
    }
}
