//! Tokens of prose segments: words, numbers, punctuation and quotation-mark candidates.

use crate::model::{QuoteStyle, Token, TokenFlags, TokenKind};
use crate::span::Span;
use crate::words::Words;

/// Which way a quotation-mark character points by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkDir {
    Open,
    Close,
    /// Straight marks: `"` and `'`.
    Either,
}

/// A quotation-mark character and its surroundings, to be paired by the quotation pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    pub style: QuoteStyle,
    pub dir: MarkDir,
    /// Followed by a non-space and not preceded by a letter or digit (`␣"word`).
    pub left: bool,
    /// Preceded by a non-space and not followed by a letter or digit (`word"␣`).
    pub right: bool,
}

/// Byte classes of the ASCII fast path: lower-case letter, upper-case letter, digit (0: none).
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// Abbreviations that never end a sentence: titles, months, and words that announce what follows.
const NON_FINAL_ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "brig", "capt", "cdr", "cmdr", "col", "cpl", "cpt", "dec", "det", "dr",
    "e.g", "feb", "fr", "ft", "gen", "gov", "hon", "i.e", "insp", "jan", "jul", "jun", "lt", "maj",
    "mar", "messrs", "mme", "mr", "mrs", "ms", "msgr", "mt", "nov", "oct", "pres", "prof", "pvt",
    "rep", "reps", "rev", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "vs", "v",
];

/// Abbreviations that can also end a sentence (`… a unit of Acme Corp. The company said…`).
const FINAL_ABBREVIATIONS: &[&str] = &[
    "approx", "assn", "ave", "bros", "co", "corp", "dept", "est", "etc", "inc", "jr", "llc", "ltd",
    "plc", "univ",
];

/// Splits every segment of a block into tokens, appending to `tokens` and `words`; quotation
/// marks are also listed in `marks` (token index and mark) for the pairing pass. Tokens come
/// out with sentence 0 and depth 0: later passes fill those in.
pub(crate) fn tokenize_block(
    source: &str,
    segments: &[Span],
    tokens: &mut Vec<Token>,
    marks: &mut Vec<(usize, Mark)>,
    words: &mut Words,
) {
    for seg in segments {
        let mut lexer = Lexer {
            source,
            pos: seg.start,
            end: seg.end,
            space: true,
            negation: None,
        };
        while let Some((tok, mark)) = lexer.next_token(words) {
            if let Some(m) = mark {
                marks.push((tokens.len(), m));
            }
            tokens.push(tok);
        }
    }
}

/// The matching forms of the tokens of a phrase, read exactly as a draft would be: the way rule
/// patterns and word lists turn their literal text into tokens (`"didn’t, U.S."` →
/// `["did", "not", ",", "u.s."]`).
#[must_use]
pub fn phrase_tokens(text: &str) -> Vec<String> {
    // Most list phrases are lower-case letters and single spaces (`people familiar with`):
    // those words are their own matching forms, read without the lexer — but for `cannot`,
    // which it splits.
    if let Some(words) = plain_words(text) {
        return words;
    }
    lexed_phrase_tokens(text)
}

/// The words of a phrase of lower-case ASCII letters and spaces, if it is one (and holds no
/// `cannot`): what the lexer would give, without it.
fn plain_words(text: &str) -> Option<Vec<String>> {
    if !text.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
        return None;
    }
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    words
        .iter()
        .all(|w| w.len() <= Token::MAX_LEN && *w != "cannot")
        .then(|| words.into_iter().map(str::to_owned).collect())
}

/// [`phrase_tokens`] by the lexer, whatever the phrase.
fn lexed_phrase_tokens(text: &str) -> Vec<String> {
    // Loading the packs reads some ten thousand phrases: one set of buffers per thread, emptied
    // for each, instead of a new word table for every phrase.
    type Scratch = (Vec<Token>, Vec<(usize, Mark)>, Words);
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
    }
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        let (tokens, marks, words) = &mut *scratch;
        tokens.clear();
        marks.clear();
        words.clear();
        tokenize_block(text, &[Span::new(0, text.len())], tokens, marks, words);
        tokens
            .iter()
            .map(|t| words.text(t.word).to_owned())
            .collect()
    })
}

struct Lexer<'a> {
    source: &'a str,
    pos: usize,
    end: usize,
    space: bool,
    /// The `n't` of a contraction whose auxiliary was just given out: the next token.
    negation: Option<Token>,
}

impl Lexer<'_> {
    #[inline]
    fn peek_at(&self, at: usize) -> Option<char> {
        if at >= self.end {
            return None;
        }
        let b = self.source.as_bytes()[at];
        if b < 0x80 {
            Some(char::from(b))
        } else {
            self.source[at..].chars().next()
        }
    }

    /// End of the run of letters and digits starting at `pos`, read no further than `limit`.
    #[inline]
    fn alnum_run(&self, mut pos: usize, limit: usize) -> usize {
        let bytes = self.source.as_bytes();
        let end = self.end.min(limit);
        while pos < end {
            let b = bytes[pos];
            if b.is_ascii_alphanumeric() {
                pos += 1;
            } else if b < 0x80 {
                break;
            } else {
                match self.source[pos..].chars().next() {
                    Some(c) if c.is_alphanumeric() => pos += c.len_utf8(),
                    // (A soft hyphen inside a word, `inter\u{AD}national`: where it may break
                    // on a line; the word goes on.)
                    Some(c @ '\u{AD}')
                        if self.source[pos + c.len_utf8()..self.end]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric) =>
                    {
                        pos += c.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        pos
    }

    /// The character before `at`, past invisible format characters.
    fn prev_char(&self, at: usize) -> Option<char> {
        self.source[..at].chars().rev().find(|&c| !invisible(c))
    }

    /// The character at `at`, past invisible format characters.
    fn next_visible(&self, mut at: usize) -> Option<char> {
        loop {
            let c = self.peek_at(at)?;
            if !invisible(c) {
                return Some(c);
            }
            at += c.len_utf8();
        }
    }

    fn next_token(&mut self, words: &mut Words) -> Option<(Token, Option<Mark>)> {
        if let Some(tok) = self.negation.take() {
            return Some((tok, None));
        }
        loop {
            let c = self.peek_at(self.pos)?;
            if c == ' ' || c.is_whitespace() {
                self.pos += c.len_utf8();
                self.space = true;
                continue;
            }
            // Zero-width spaces, direction marks and the like (web copy is full of them) are
            // neither words nor marks: the text reads as if they were not there.
            if invisible(c) {
                self.pos += c.len_utf8();
                continue;
            }
            let start = self.pos;
            if c.is_ascii_alphanumeric()
                && let Some(tok) = self.ascii_word(start, words)
            {
                return Some(tok);
            }
            let after = start + c.len_utf8();
            let next = self.peek_at(after);
            let elision = matches!(c, '\'' | '’' | '‘')
                && next.is_some_and(|n| n.is_ascii_digit())
                && !self.prev_char(start).is_some_and(char::is_alphanumeric);
            let tok = if c.is_alphanumeric() || elision {
                self.word(start, words)
            } else if let Some(mut mark) = mark_of(c) {
                self.pos = after;
                // `''` and ``` `` ```: a double quotation mark typed as two single ones (wire
                // and archive copy).
                // (Closing, three marks are a single one closing the inner quotation, then the
                // double one: `Obama,''' Steve Rosenthal wrote`.)
                let closes_inner = c == '\''
                    && next == Some('\'')
                    && self.peek_at(after + 1) == Some('\'')
                    && !self.prev_char(start).is_none_or(char::is_whitespace);
                if !closes_inner
                    && ((c == '\'' && next == Some('\'')) || (c == '`' && next == Some('`')))
                {
                    self.pos = after + 1;
                    mark.style = QuoteStyle::Double;
                    if c == '`' {
                        mark.dir = MarkDir::Open;
                    }
                }
                let prev = self.prev_char(start);
                // (Which way a mark faces is read past invisible characters: `\u{202A}”This is…`
                // opens.)
                let next = self.next_visible(self.pos);
                let next_space = next.is_none_or(char::is_whitespace);
                let prev_space = prev.is_none_or(char::is_whitespace);
                let mark = Mark {
                    left: !next_space && !prev.is_some_and(char::is_alphanumeric),
                    right: !prev_space && !next.is_some_and(char::is_alphanumeric),
                    ..mark
                };
                let n = if mark.style == QuoteStyle::Single {
                    "'"
                } else {
                    "\""
                };
                self.make(start, TokenKind::Punct, words.intern(n), Some(mark))
            } else if c == '…' || (c == '.' && next == Some('.')) {
                let mut end = after;
                while self.peek_at(end) == Some('.') && end - start < Token::MAX_LEN {
                    end += 1;
                }
                self.pos = end;
                self.make(start, TokenKind::Punct, words.intern("..."), None)
            } else if c == '-' && next == Some('-') {
                let mut end = after;
                while self.peek_at(end) == Some('-') && end - start < Token::MAX_LEN {
                    end += 1;
                }
                self.pos = end;
                self.make(start, TokenKind::Punct, words.intern("--"), None)
            } else {
                self.pos = after;
                self.make(
                    start,
                    TokenKind::Punct,
                    words.intern(&self.source[start..after]),
                    None,
                )
            };
            return Some(tok);
        }
    }

    fn make(
        &mut self,
        start: usize,
        kind: TokenKind,
        word: u32,
        mark: Option<Mark>,
    ) -> (Token, Option<Mark>) {
        let mut flags = TokenFlags::default();
        if self.space {
            flags.set(TokenFlags::SPACE_BEFORE);
        }
        self.space = false;
        let span = Span::new(start, self.pos);
        (Token::new(span, kind, flags, word), mark)
    }

    /// The common case in one pass: ASCII letters and digits ended by a space or by punctuation
    /// that cannot join or abbreviate (`;`, `)`, `!`, `?`, `"`, and `,`/`:`/`/` after letters).
    /// `None` sends the word to the general scanner.
    #[inline]
    fn ascii_word(&mut self, start: usize, words: &mut Words) -> Option<(Token, Option<Mark>)> {
        let bytes = &self.source.as_bytes()[..self.end];
        // (A run longer than a token may be goes to the general scanner, which ends it there:
        // read no further, and the byte after is then a letter or digit, not `safe`.)
        let limit = bytes.len().min(start + Token::MAX_LEN);
        let mut pos = start;
        // The classes seen: one OR a byte, the run's only work per byte.
        let mut seen = 0u8;
        while pos < limit {
            let c = ASCII_CLASS[bytes[pos] as usize];
            if c == 0 {
                break;
            }
            seen |= c;
            pos += 1;
        }
        let next = bytes.get(pos).copied().unwrap_or(b' ');
        let safe = next.is_ascii_whitespace()
            || matches!(next, b';' | b')' | b'!' | b'?' | b'"' | b'(' | b']')
            || (matches!(next, b',' | b':' | b'/') && seen & DIGIT == 0);
        // (`cannot` is two words, `can` `not`, as a contraction is: the general scanner splits it.)
        if !safe || pos == start || bytes[start..pos].eq_ignore_ascii_case(b"cannot") {
            return None;
        }
        self.pos = pos;
        let run = &bytes[start..pos];
        let kind = if seen & (LOWER | UPPER) == 0 {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let word = words.intern_ascii_alnum(&self.source[start..pos]);
        let (mut tok, _) = self.make(start, kind, word, None);
        // (The first letter is the first byte but in `3D`, `4x4`.)
        let first_letter = run
            .iter()
            .map(|&b| ASCII_CLASS[b as usize])
            .find(|&c| c != DIGIT)
            .unwrap_or(0);
        if first_letter == UPPER {
            tok.flags.set(TokenFlags::CAPITALISED);
            if seen & LOWER == 0
                && run
                    .iter()
                    .filter(|b| b.is_ascii_uppercase())
                    .nth(1)
                    .is_some()
            {
                tok.flags.set(TokenFlags::ALL_CAPS);
            }
        }
        Some((tok, None))
    }

    /// Scans a word or number starting at `start` (a letter, digit, or an eliding apostrophe).
    fn word(&mut self, start: usize, words: &mut Words) -> (Token, Option<Mark>) {
        // (The ASCII fast path was tried already, in `next_token`.)
        let mut pos = start;
        let mut inner_period = false;
        let mut abbreviation = false;
        if let Some(c @ ('\'' | '’' | '‘')) = self.peek_at(pos) {
            pos += c.len_utf8();
        }
        loop {
            // (Read no further than a token may go: the rest of a longer run is the next
            // token, and reading it again and again would make a long run quadratic.)
            pos = self.alnum_run(pos, start + Token::MAX_LEN + 1);
            if pos - start > Token::MAX_LEN {
                break;
            }
            let Some(j) = self.peek_at(pos) else { break };
            if j.is_whitespace() {
                break; // the common case: the word ends at a space
            }
            let after = pos + j.len_utf8();
            let next = self.peek_at(after);
            // The run just scanned ends at `pos`; its last byte tells whether it ended in a digit.
            let prev_digit = pos > start && self.source.as_bytes()[pos - 1].is_ascii_digit();
            let joins = match j {
                '\'' | '’' | '-' | '‐' | '‑' | '&' => next.is_some_and(char::is_alphanumeric),
                ',' | ':' => prev_digit && next.is_some_and(|n| n.is_ascii_digit()),
                '/' => prev_digit && next.is_some_and(|n| n.is_ascii_digit()),
                '.' => match next {
                    Some(n) if n.is_ascii_digit() && prev_digit => true,
                    // `U.S`, `a.m`, `J.R.R`: a single letter after the period.
                    Some(n) if n.is_alphabetic() => {
                        let after_n = after + n.len_utf8();
                        !self.peek_at(after_n).is_some_and(char::is_alphanumeric)
                            && self.part_len(start, pos) <= 3
                    }
                    _ => false,
                },
                _ => false,
            };
            if joins {
                inner_period |= j == '.' && !prev_digit;
                pos = after;
                continue;
            }
            // `OPEC+`, `Disney+`, `C++`: plus signs closing a name are part of it (not `1+1`,
            // `A+B`).
            if j == '+' && !prev_digit && pos > start {
                let mut end = pos;
                while self.peek_at(end) == Some('+') && end - start < Token::MAX_LEN {
                    end += 1;
                }
                if !self.peek_at(end).is_some_and(char::is_alphanumeric) {
                    pos = end;
                    break;
                }
            }
            if j == '.' && next != Some('.') && !abbreviation {
                let w = &self.source[start..pos];
                if is_abbreviation(w, inner_period, self.next_nonspace(after)) {
                    abbreviation = true;
                    pos = after;
                    // `the U.S.'s ambassador`, `P.O.D.'s single`: a possessive after the
                    // abbreviation's period belongs to the word (it was a quotation mark that
                    // opened a new sentence); the word no longer ends the way an abbreviation does.
                    if let Some(a @ ('\'' | '’')) = next {
                        let s_at = after + a.len_utf8();
                        if matches!(self.peek_at(s_at), Some('s' | 'S'))
                            && !self.peek_at(s_at + 1).is_some_and(char::is_alphanumeric)
                        {
                            pos = s_at + 1;
                            abbreviation = false;
                            break;
                        }
                    }
                    // `U.S.-Russia`: the hyphen continues the word.
                    // (`‐` and `‑` are three bytes: look past the whole character.)
                    if let Some(h @ ('-' | '‐' | '‑')) = next {
                        if self
                            .peek_at(after + h.len_utf8())
                            .is_some_and(char::is_alphanumeric)
                        {
                            pos = after + h.len_utf8();
                            continue;
                        }
                    }
                }
            }
            break;
        }
        // A run of letters longer than any word (a pasted blob) goes on as the next token.
        if pos - start > Token::MAX_LEN {
            pos = self.cut(start);
            abbreviation = false;
        }
        self.pos = pos;
        let text = &self.source[start..pos];
        let kind = if text.as_bytes()[0].is_ascii_digit()
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b':' | b'/'))
        {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        // A contracted negation is two tokens, the auxiliary and `not` (`didn't` → `did`,
        // `n't`; `cannot` → `can`, `not`), as treebanks split it: whatever reads `did not`
        // reads `didn't` too.
        if let Some(at) = contraction(text) {
            let (stem, aux) = (&text[..at], start + at);
            let n = match CONTRACTED_STEMS
                .iter()
                .find(|(s, _)| stem.eq_ignore_ascii_case(s))
            {
                Some((_, full)) => words.intern(full),
                None => normalize_into(words, stem),
            };
            self.pos = aux;
            let (mut tok, _) = self.make(start, TokenKind::Word, n, None);
            self.pos = pos;
            let (first_upper, letters, any_lower) = letter_case(stem);
            if first_upper {
                tok.flags.set(TokenFlags::CAPITALISED);
                if letters >= 2 && !any_lower {
                    tok.flags.set(TokenFlags::ALL_CAPS);
                }
            }
            self.negation = Some(Token::new(
                Span::new(aux, pos),
                TokenKind::Word,
                TokenFlags::default(),
                words.intern("not"),
            ));
            return (tok, None);
        }
        let n = normalize_into(words, text);
        let (mut tok, _) = self.make(start, kind, n, None);
        let (first_upper, letters, any_lower) = letter_case(text);
        if first_upper {
            tok.flags.set(TokenFlags::CAPITALISED);
            if letters >= 2 && !any_lower {
                tok.flags.set(TokenFlags::ALL_CAPS);
            }
        }
        if abbreviation {
            tok.flags.set(TokenFlags::ABBREVIATION);
        }
        (tok, None)
    }

    /// Where a token starting at `start` must end: [`Token::MAX_LEN`] bytes on, back to a
    /// character boundary.
    fn cut(&self, start: usize) -> usize {
        let mut end = start + Token::MAX_LEN;
        while !self.source.is_char_boundary(end) {
            end -= 1;
        }
        end
    }

    /// Length in chars of the alphanumeric run ending at `pos` (back to `start` or a joiner).
    fn part_len(&self, start: usize, pos: usize) -> usize {
        self.source[start..pos]
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .count()
    }

    fn next_nonspace(&self, from: usize) -> Option<char> {
        self.source[from.min(self.end)..self.end]
            .chars()
            .find(|c| !c.is_whitespace())
    }
}

/// Whether the first letter is upper-case, how many letters there are, and whether any is
/// lower-case; one pass, ASCII first.
/// An invisible format character: zero-width space and joiners, direction marks and embeddings,
/// word joiners, the byte-order mark.
fn invisible(c: char) -> bool {
    matches!(
        c,
        // (The soft hyphen: web copy carries it where a word may break, `Doug \u{AD}Andres`.)
        '\u{AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

fn letter_case(text: &str) -> (bool, usize, bool) {
    let mut first_upper = None;
    let mut letters = 0;
    let mut any_lower = false;
    if text.is_ascii() {
        for b in text.bytes().filter(u8::is_ascii_alphabetic) {
            first_upper.get_or_insert(b.is_ascii_uppercase());
            letters += 1;
            any_lower |= b.is_ascii_lowercase();
        }
    } else {
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            first_upper.get_or_insert(c.is_uppercase());
            letters += 1;
            any_lower |= c.is_lowercase();
        }
    }
    (first_upper.unwrap_or(false), letters, any_lower)
}

/// Does `word` followed by a period take the period as an abbreviation mark?
fn is_abbreviation(word: &str, inner_period: bool, next: Option<char>) -> bool {
    if inner_period {
        return true; // U.S. · a.m. · J.R.R.
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase(); // an initial: John F. Kennedy
    }
    let lower = word.to_ascii_lowercase();
    if lower == "no" || lower == "nos" {
        return word.starts_with('N') && next.is_some_and(|c| c.is_ascii_digit()); // No. 10
    }
    NON_FINAL_ABBREVIATIONS.contains(&lower.as_str())
        || FINAL_ABBREVIATIONS.contains(&lower.as_str())
}

/// Can this abbreviation token (text with its period) also end a sentence?
pub(crate) fn abbreviation_can_end(text: &str) -> bool {
    let word = text.trim_end_matches('.');
    let lower = word.to_ascii_lowercase();
    if lower == "e.g" || lower == "i.e" {
        return false;
    }
    if word.contains('.') {
        return true; // U.S. · a.m.
    }
    FINAL_ABBREVIATIONS.contains(&lower.as_str())
}

fn mark_of(c: char) -> Option<Mark> {
    let (style, dir) = match c {
        '"' => (QuoteStyle::Double, MarkDir::Either),
        '“' | '„' => (QuoteStyle::Double, MarkDir::Open),
        '”' => (QuoteStyle::Double, MarkDir::Close),
        '\'' => (QuoteStyle::Single, MarkDir::Either),
        '‘' | '‚' | '`' => (QuoteStyle::Single, MarkDir::Open),
        '’' => (QuoteStyle::Single, MarkDir::Close),
        '«' | '‹' => (QuoteStyle::Guillemet, MarkDir::Open),
        '»' | '›' => (QuoteStyle::Guillemet, MarkDir::Close),
        _ => return None,
    };
    Some(Mark {
        style,
        dir,
        left: false,
        right: false,
    })
}

/// Auxiliaries a contracted negation may follow (`didn't`, `mustn't`).
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "would", "could",
    "should", "must", "need", "might", "dare", "ought",
];

/// Stems a contraction changes, and the auxiliary they stand for (`won't`, `can't`, `shan't`).
const CONTRACTED_STEMS: &[(&str, &str)] = &[("wo", "will"), ("ca", "can"), ("sha", "shall")];

/// Where the `n't` of a contracted negation begins in `word` (`didn't`, `WON’T`), or the `not`
/// of `cannot`, if it is one.
fn contraction(word: &str) -> Option<usize> {
    if word.eq_ignore_ascii_case("cannot") {
        return Some(3);
    }
    let b = word.as_bytes();
    let t = b
        .len()
        .checked_sub(1)
        .filter(|&t| matches!(b[t], b't' | b'T'))?;
    let apostrophe = if word[..t].ends_with('\'') {
        t - 1
    } else if word[..t].ends_with('’') {
        t - '’'.len_utf8()
    } else {
        return None;
    };
    let n = apostrophe
        .checked_sub(1)
        .filter(|&n| matches!(b[n], b'n' | b'N'))?;
    let stem = &word[..n];
    (AUXILIARIES.iter().any(|a| stem.eq_ignore_ascii_case(a))
        || CONTRACTED_STEMS
            .iter()
            .any(|(s, _)| stem.eq_ignore_ascii_case(s)))
    .then_some(n)
}

/// Numbers the matching form of a word: lower-case, apostrophes and hyphens unified.
fn normalize_into(words: &mut Words, text: &str) -> u32 {
    let norm = words.buf();
    let start = norm.len();
    if text.bytes().all(|b| b.is_ascii() && b != b'\'') {
        norm.push_str(text);
        norm[start..].make_ascii_lowercase();
    } else {
        for c in text.chars() {
            match c {
                '’' | '‘' | '\'' | 'ʼ' => norm.push('\''),
                '‐' | '‑' => norm.push('-'),
                '\u{AD}' => {}
                c => norm.extend(c.to_lowercase()),
            }
        }
    }
    words.intern_from(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_phrases_read_as_the_lexer_reads_them() {
        // Lower-case phrases made of a few letters (so that words repeat, run long, and spell
        // `cannot`), single and double spaces: the quick path gives the lexer's tokens.
        let mut seed = 12_345u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        let mut tried = 0;
        for _ in 0..5_000 {
            let len = next(40) as usize;
            let text: String = (0..len)
                .map(|_| match next(12) {
                    0 | 1 => ' ',
                    k => char::from(b"cannotsay"[k as usize % 9]),
                })
                .collect();
            if let Some(quick) = plain_words(&text) {
                tried += 1;
                assert_eq!(quick, lexed_phrase_tokens(&text), "{text:?}");
            }
        }
        assert!(tried > 4_000);
        for text in ["people familiar with", "", "  ", "x", &"a".repeat(300)] {
            if let Some(quick) = plain_words(text) {
                assert_eq!(quick, lexed_phrase_tokens(text), "{text:?}");
            }
        }
        assert_eq!(plain_words("we cannot say"), None);
        assert_eq!(phrase_tokens("we cannot say"), ["we", "can", "not", "say"]);
        assert_eq!(plain_words("didn't"), None);
    }

    /// The tokens, marks and word numbers of `src` as one segment.
    fn lex(src: &str) -> (Vec<Token>, Vec<(usize, Mark)>, Words) {
        let mut out = Vec::new();
        let mut marks = Vec::new();
        let mut words = Words::default();
        tokenize_block(
            src,
            &[Span::new(0, src.len())],
            &mut out,
            &mut marks,
            &mut words,
        );
        (out, marks, words)
    }

    fn toks(src: &str) -> Vec<String> {
        let (out, marks, words) = lex(src);
        out.iter()
            .enumerate()
            .map(|(i, t)| {
                let n = words.text(t.word);
                let tag = match t.kind {
                    TokenKind::Word if t.flags.0 & TokenFlags::ABBREVIATION != 0 => "A",
                    TokenKind::Word => "W",
                    TokenKind::Number => "N",
                    TokenKind::Punct if marks.iter().any(|m| m.0 == i) => "M",
                    _ => "P",
                };
                format!("{tag}:{n}")
            })
            .collect()
    }

    #[test]
    fn words_apostrophes_and_abbreviations() {
        // (A contracted negation is its auxiliary and `not`, the `n't` its own token.)
        assert_eq!(
            toks("didn’t Don't WON'T can't Cannot ain't"),
            [
                "W:did", "W:not", "W:do", "W:not", "W:will", "W:not", "W:can", "W:not", "W:can",
                "W:not", "W:ain't"
            ]
        );
        assert_eq!(toks("the ’90s"), ["W:the", "W:'90s"]);
        assert_eq!(toks("U.S.-Russia talks"), ["A:u.s.-russia", "W:talks"]);
        // A run longer than any word goes on as the next token, at most 255 bytes each, ended
        // on a character boundary (`é` is two bytes).
        let blob = "a".repeat(600);
        let lens: Vec<usize> = toks(&blob).iter().map(|t| t.len() - 2).collect();
        assert_eq!(lens, [255, 255, 90]);
        let accents = "é".repeat(200);
        let lens: Vec<usize> = toks(&accents).iter().map(|t| t.len() - 2).collect();
        assert_eq!(lens, [254, 146]);
        let joined = "ab-".repeat(100) + "c";
        assert!(toks(&joined).iter().all(|t| t.len() - 2 <= 255));
        // A possessive after an abbreviation's period is the word's, not a quotation mark.
        assert_eq!(toks("the U.S.'s envoy"), ["W:the", "W:u.s.'s", "W:envoy"]);
        assert_eq!(toks("P.O.D.’s single"), ["W:p.o.d.'s", "W:single"]);
        assert_eq!(toks("U.S.'said'"), ["A:u.s.", "M:'", "W:said", "M:'"]);
        // A three-byte hyphen after an abbreviation (a panic the property test found).
        assert_eq!(
            toks("U.S.\u{2010}Russia talks"),
            ["A:u.s.-russia", "W:talks"]
        );
        assert_eq!(toks("Ѩ.\u{2010}]"), ["A:ѩ.", "P:\u{2010}", "P:]"]);
        assert_eq!(
            toks("in the U.S. Senate"),
            ["W:in", "W:the", "A:u.s.", "W:senate"]
        );
        assert_eq!(toks("Sen. Jones"), ["A:sen.", "W:jones"]);
        assert_eq!(toks("John F. Kennedy"), ["W:john", "A:f.", "W:kennedy"]);
        assert_eq!(toks("J.R.R. Smith"), ["A:j.r.r.", "W:smith"]);
        assert_eq!(
            toks("at 9 a.m. today"),
            ["W:at", "N:9", "A:a.m.", "W:today"]
        );
        assert_eq!(
            toks("No. 10 said no."),
            ["A:no.", "N:10", "W:said", "W:no", "P:."]
        );
        assert_eq!(toks("end.Next"), ["W:end", "P:.", "W:next"]);
        // Plus signs closing a name are the name's (`OPEC+`, `C++`); not between words or
        // after a number.
        assert_eq!(
            toks("OPEC+ said, C++ and Disney+."),
            [
                "W:opec+",
                "W:said",
                "P:,",
                "W:c++",
                "W:and",
                "W:disney+",
                "P:."
            ]
        );
        assert_eq!(
            toks("A+B 1+ x+"),
            ["W:a", "P:+", "W:b", "N:1", "P:+", "W:x+"]
        );
    }

    #[test]
    fn numbers_money_and_ellipses() {
        assert_eq!(
            toks("3.5% of $1.2 bn"),
            ["N:3.5", "P:%", "W:of", "P:$", "N:1.2", "W:bn"]
        );
        assert_eq!(toks("1,200 at 10:30"), ["N:1,200", "W:at", "N:10:30"]);
        assert_eq!(toks("wait... no…"), ["W:wait", "P:...", "W:no", "P:..."]);
        assert_eq!(toks("AT&T rose"), ["W:at&t", "W:rose"]);
    }

    #[test]
    fn quote_marks_and_flanking() {
        let (_, marks, _) = lex("\"Yes,\" Jones' dog");
        let marks: Vec<(bool, bool)> = marks.iter().map(|(_, m)| (m.left, m.right)).collect();
        assert_eq!(marks, [(true, false), (false, true), (false, true)]);
    }

    #[test]
    fn invisible_format_characters_are_neither_words_nor_marks() {
        // A direction mark before a quotation, a zero-width space inside a sentence: the text
        // reads as if they were not there, and the mark still faces the word after it.
        let src = "\u{202A}\u{201D}Yes,\u{201D} he\u{200B} said\u{FEFF}.";
        let (out, marks, _) = lex(src);
        let texts: Vec<&str> = out
            .iter()
            .map(|t| &src[t.span().start..t.span().end])
            .collect();
        assert_eq!(
            texts,
            ["\u{201D}", "Yes", ",", "\u{201D}", "he", "said", "."]
        );
        let flanks: Vec<(bool, bool)> = marks.iter().map(|(_, m)| (m.left, m.right)).collect();
        assert_eq!(flanks, [(true, false), (false, true)]);
        // A soft hyphen before a word (web copy) is not a token of its own.
        assert_eq!(
            toks("Doug \u{AD}Andres said"),
            ["W:doug", "W:andres", "W:said"]
        );
        // Inside a word it joins the word: the matching form drops it.
        assert_eq!(
            toks("an inter\u{AD}national report\u{AD}"),
            ["W:an", "W:international", "W:report"]
        );
    }
}
