//! Keeping a draft's bytes from driving the reader's terminal.
//!
//! A draft (or a file name) can hold escape sequences that clear the screen, set the window
//! title or, with bidirectional overrides, make text read differently from what it is. Every
//! human-readable output shows such characters escaped (`\u{1b}`); the machine formats (JSON,
//! SARIF, JUnit) escape them by their own rules.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Must this character be shown escaped? Control characters other than newline and tab (C0,
/// DEL, C1 — U+009B is a one-character CSI), and the bidirectional embeddings, overrides and
/// isolates.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// `text` with every unsafe character written as `\u{…}`.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push(&mut out, c);
    }
    Cow::Owned(out)
}

fn push(out: &mut String, c: char) {
    if is_unsafe(c) {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    } else {
        out.push(c);
    }
}

/// Like [`escape`], also moving the byte offsets `marks` (into `text`, on char boundaries) to
/// where the same characters stand in the escaped text.
pub fn escape_with_offsets<const N: usize>(text: &str, marks: [usize; N]) -> (String, [usize; N]) {
    let mut out = String::with_capacity(text.len() + 16);
    let mut moved = marks;
    for (i, c) in text.char_indices() {
        for (m, slot) in marks.iter().zip(moved.iter_mut()) {
            if *m == i {
                *slot = out.len();
            }
        }
        push(&mut out, c);
    }
    for (m, slot) in marks.iter().zip(moved.iter_mut()) {
        if *m >= text.len() {
            *slot = out.len();
        }
    }
    (out, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_escaped_newlines_and_tabs_kept() {
        assert_eq!(escape("plain “text”\tand\nmore"), "plain “text”\tand\nmore");
        assert_eq!(escape("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape("x\u{9b}31m"), "x\\u{9b}31m");
        assert_eq!(escape("\u{202e}evil"), "\\u{202e}evil");
        assert_eq!(escape("bell\u{7}\r"), "bell\\u{7}\\u{d}");
    }

    #[test]
    fn offsets_follow_the_escapes() {
        let text = "a\u{1b}b said \u{9b}c";
        let start = text.find("said").unwrap();
        let (out, [s, e, end]) = escape_with_offsets(text, [start, start + 4, text.len()]);
        assert_eq!(&out[s..e], "said");
        assert_eq!(end, out.len());
        assert_eq!(out, "a\\u{1b}b said \\u{9b}c");
    }
}
