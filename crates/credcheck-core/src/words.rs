//! The distinct matching forms of a document's tokens, each stored once and numbered: a token
//! carries its form's number, so later passes (the rule engine's vocabulary, the attribution
//! lexicon) look each distinct word up once per document instead of once per token.

use hashbrown::HashTable;

/// The distinct normalised forms of one document, numbered in order of first occurrence.
#[derive(Debug, Default, Clone)]
pub(crate) struct Words {
    /// Every form, back to back.
    buf: String,
    /// Per form number: its byte range in `buf`.
    spans: Vec<(u32, u32)>,
    /// Form numbers, found by hashing the form.
    table: HashTable<u32>,
}

/// A form's hash: eight bytes at a time, multiplied and folded (the forms are short words).
#[inline]
fn hash(form: &[u8]) -> u64 {
    hash_masked(form, 0)
}

/// The hash of `form` with `mask` set in every byte (a bitwise or): with [`LOWER_ALNUM`], the
/// hash of an ASCII word's lower-case form, read from the word as written (no copy lowered
/// first).
#[inline]
fn hash_masked(form: &[u8], mask: u64) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = form.len() as u64;
    let mut chunks = form.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ (u64::from_le_bytes(w) | mask))
            .wrapping_mul(K)
            .rotate_left(26);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // (The last bytes folded one by one: a copy of a variable length is a call into
        // `memcpy` for every word. The mask covers those bytes only, not the zeros above.)
        let w = rest
            .iter()
            .rev()
            .fold(0u64, |w, &b| (w << 8) | u64::from(b));
        let m = mask & (u64::MAX >> (64 - 8 * rest.len()));
        h = (h ^ (w | m)).wrapping_mul(K).rotate_left(26);
    }
    // hashbrown takes its control byte from the top seven bits: fold the low bits up.
    (h ^ (h >> 29)).wrapping_mul(K)
}

/// Set in an ASCII letter or digit (a bitwise or), the lower-case form: upper-case letters
/// lack only bit 5, which lower-case letters and digits have.
const LOWER_ALNUM: u64 = 0x2020_2020_2020_2020;

/// Byte equality written out for short forms (no call into `memcmp`).
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl Words {
    /// Room for the forms of a text of `bytes` bytes without growing the table (a short story
    /// has about one new form per 6 bytes; a long draft repeats its words, and past 65,536
    /// forms the table grows as it must).
    pub fn for_text(bytes: usize) -> Words {
        let forms = (bytes / 6).clamp(64, 1 << 16);
        Words {
            buf: String::with_capacity(forms * 8),
            spans: Vec::with_capacity(forms),
            table: HashTable::with_capacity(forms),
        }
    }

    /// Forgets every form, keeping the memory for the next text.
    pub fn clear(&mut self) {
        self.buf.clear();
        self.spans.clear();
        self.table.clear();
    }

    /// The buffer new forms are written to: write one at its end, then [`Words::intern_from`].
    pub fn buf(&mut self) -> &mut String {
        &mut self.buf
    }

    /// Numbers the form written to the buffer from byte `start` on: a form seen before gets its
    /// number back (and the copy is dropped), a new one the next number.
    pub fn intern_from(&mut self, start: usize) -> u32 {
        let form = &self.buf.as_bytes()[start..];
        let hash = hash(form);
        match self.find(hash, form) {
            Some(id) => {
                self.buf.truncate(start);
                id
            }
            None => self.insert(hash, start),
        }
    }

    /// Numbers the lower-case form of a word of ASCII letters and digits only (the
    /// tokenizer's common case): hashed and compared as written, a form seen before is found
    /// without a lower-case copy being made.
    #[inline]
    pub fn intern_ascii_alnum(&mut self, word: &str) -> u32 {
        debug_assert!(word.bytes().all(|b| b.is_ascii_alphanumeric()), "{word:?}");
        let word = word.as_bytes();
        let hash = hash_masked(word, LOWER_ALNUM);
        let found = self.table.find(hash, |&id| {
            let (a, b) = self.spans[id as usize];
            let form = &self.buf.as_bytes()[a as usize..b as usize];
            form.len() == word.len() && form.iter().zip(word).all(|(f, w)| *f == w | 0x20)
        });
        if let Some(&id) = found {
            return id;
        }
        let start = self.buf.len();
        // (Letters and digits: ORing bit 5 lowers them.)
        self.buf.extend(word.iter().map(|&b| char::from(b | 0x20)));
        self.insert(hash, start)
    }

    /// The number of `form`, if it has one.
    fn find(&self, hash: u64, form: &[u8]) -> Option<u32> {
        self.table
            .find(hash, |&id| {
                let (a, b) = self.spans[id as usize];
                same(&self.buf.as_bytes()[a as usize..b as usize], form)
            })
            .copied()
    }

    /// Numbers the form from byte `start` to the end of the buffer, known to be new.
    fn insert(&mut self, hash: u64, start: usize) -> u32 {
        let Words { buf, spans, table } = self;
        let id = spans.len() as u32;
        spans.push((start as u32, buf.len() as u32));
        table.insert_unique(hash, id, |&other| {
            let (a, b) = spans[other as usize];
            self::hash(&buf.as_bytes()[a as usize..b as usize])
        });
        id
    }

    /// Numbers `form`.
    pub fn intern(&mut self, form: &str) -> u32 {
        let start = self.buf.len();
        self.buf.push_str(form);
        self.intern_from(start)
    }

    /// The form numbered `id`.
    #[inline]
    pub fn text(&self, id: u32) -> &str {
        let (a, b) = self.spans[id as usize];
        &self.buf[a as usize..b as usize]
    }

    /// How many distinct forms there are.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Drops the hash table once no form will be added (the document keeps the forms).
    pub fn seal(&mut self) {
        self.table = HashTable::new();
        self.buf.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::Words;

    #[test]
    fn each_distinct_form_is_stored_once_and_numbered_in_order() {
        let mut w = Words::default();
        let ids: Vec<u32> = ["said", "the", "said", "", "the", "officials"]
            .iter()
            .map(|f| w.intern(f))
            .collect();
        assert_eq!(ids, [0, 1, 0, 2, 1, 3]);
        assert_eq!(w.len(), 4);
        assert_eq!(
            (0..4).map(|i| w.text(i)).collect::<Vec<_>>(),
            ["said", "the", "", "officials"]
        );
        w.seal();
        assert_eq!(w.text(3), "officials");
    }

    #[test]
    fn an_ascii_word_as_written_is_the_same_form_as_its_lower_case() {
        let mut w = Words::default();
        // Short, eight bytes, and longer than eight (a remainder after whole chunks); digits.
        for form in [
            "said",
            "Reuters1",
            "SPOKESWOMAN",
            "4x4",
            "administration",
            "G7",
        ] {
            let lower = form.to_ascii_lowercase();
            let id = w.intern_ascii_alnum(form);
            assert_eq!(w.text(id), lower);
            assert_eq!(w.intern(&lower), id, "{form}");
            assert_eq!(w.intern_ascii_alnum(&lower), id, "{form}");
        }
        // A form first seen lower-case, through the general path, is found as written too.
        let id = w.intern("officials");
        assert_eq!(w.intern_ascii_alnum("OFFICIALS"), id);
        assert_eq!(w.intern_ascii_alnum("Official"), w.len() as u32 - 1);
    }

    #[test]
    fn thousands_of_forms_keep_their_numbers_as_the_table_grows() {
        let mut w = Words::default();
        for i in 0..5_000u32 {
            assert_eq!(w.intern(&format!("w{i}")), i);
        }
        for i in (0..5_000u32).rev() {
            assert_eq!(w.intern(&format!("w{i}")), i);
        }
        assert_eq!(w.len(), 5_000);
    }
}
