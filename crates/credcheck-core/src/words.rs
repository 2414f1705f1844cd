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
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = form.len() as u64;
    let mut chunks = form.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(26);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // (The last bytes folded one by one: a copy of a variable length is a call into
        // `memcpy` for every word.)
        let w = rest
            .iter()
            .rev()
            .fold(0u64, |w, &b| (w << 8) | u64::from(b));
        h = (h ^ w).wrapping_mul(K).rotate_left(26);
    }
    // hashbrown takes its control byte from the top seven bits: fold the low bits up.
    (h ^ (h >> 29)).wrapping_mul(K)
}

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

    /// Numbers the lower-case form of an ASCII word (the tokenizer's common case): a form seen
    /// before is found without being copied.
    #[inline]
    pub fn intern_ascii_lower(&mut self, word: &str) -> u32 {
        let mut lower = [0u8; 24];
        if word.len() > lower.len() {
            let start = self.buf.len();
            self.buf.push_str(word);
            self.buf[start..].make_ascii_lowercase();
            return self.intern_from(start);
        }
        let lower = &mut lower[..word.len()];
        for (l, b) in lower.iter_mut().zip(word.bytes()) {
            *l = b.to_ascii_lowercase();
        }
        let hash = hash(lower);
        if let Some(id) = self.find(hash, lower) {
            return id;
        }
        // (The word is copied as it is and lowered in place: no check that bytes are text.)
        let start = self.buf.len();
        self.buf.push_str(word);
        self.buf[start..].make_ascii_lowercase();
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
