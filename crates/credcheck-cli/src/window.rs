//! A large plain-text or Markdown draft is analysed in windows of whole paragraphs, so that its
//! analysis is held for one window at a time: peak memory grows with the text, not with its
//! analysis (a 10 MB draft needed about 13 times its size read whole).
//!
//! Each window is a document of its own: what reads across paragraphs (a `he` resolved to an
//! earlier name, the document-level checks) sees one window. A window holds at least
//! [`WINDOW_BYTES`] of text, so this matters only for a draft that is many stories (an archive
//! dump), where a window is already many stories. A draft with a suppression comment is read
//! whole, so a suppression always reaches what it covers.

use std::ops::Range;

use credcheck_core::Format;

/// Drafts up to this size are read whole.
pub(crate) const WINDOWED_FROM: usize = 4 << 20;

/// The least text a window holds (it ends at the first paragraph break after this).
pub(crate) const WINDOW_BYTES: usize = 1 << 20;

/// The windows of `text` read as `format`, when it is read in windows: contiguous byte ranges
/// covering it, each ending after a blank line (in Markdown, not inside a fenced code block).
/// `None` to read it whole: small, another format, a suppression, or no paragraph break far
/// enough in to cut at.
pub(crate) fn windows(
    text: &str,
    format: Format,
    from: usize,
    least: usize,
) -> Option<Vec<Range<usize>>> {
    if text.len() <= from
        || !matches!(format, Format::Text | Format::Markdown)
        || credcheck_core::may_suppress(text)
    {
        return None;
    }
    let markdown = format == Format::Markdown;
    let mut out = Vec::new();
    let (mut start, mut at, mut fenced) = (0usize, 0usize, false);
    for line in text.split_inclusive('\n') {
        let end = at + line.len();
        let trimmed = line.trim();
        if markdown && (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
            fenced = !fenced;
        }
        if trimmed.is_empty() && !fenced && end - start >= least && end < text.len() {
            out.push(start..end);
            start = end;
        }
        at = end;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    (out.len() > 1).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_text_and_end_after_a_blank_line() {
        let text = "One paragraph here.\n\nTwo more words.\nStill two.\n\nThree.\n\nFour.\n";
        let w = windows(text, Format::Text, 10, 10).expect("read in windows");
        assert_eq!(w.first().map(|r| r.start), Some(0));
        assert_eq!(w.last().map(|r| r.end), Some(text.len()));
        for pair in w.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "contiguous");
            assert!(
                text[..pair[0].end].ends_with("\n\n"),
                "cut after a blank line"
            );
        }
        assert_eq!(
            w.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
            [
                "One paragraph here.\n\n",
                "Two more words.\nStill two.\n\n",
                "Three.\n\nFour.\n"
            ]
        );
    }

    #[test]
    fn small_drafts_other_formats_suppressions_and_unbroken_text_are_read_whole() {
        let text = "One paragraph here.\n\nTwo more words.\n\nThree.\n";
        assert!(windows(text, Format::Text, 1000, 10).is_none(), "small");
        assert!(windows(text, Format::Html, 10, 10).is_none(), "HTML");
        let suppressed = format!("[credcheck-ignore-file all]\n\n{text}");
        assert!(windows(&suppressed, Format::Text, 10, 10).is_none());
        let one_line = "word ".repeat(100);
        assert!(
            windows(&one_line, Format::Text, 10, 10).is_none(),
            "no break"
        );
    }

    #[test]
    fn a_markdown_window_never_ends_inside_a_fenced_block() {
        let text = "Intro words here.\n\n```\ncode line\n\nmore code\n```\n\nAfter.\n\nEnd.\n";
        let w = windows(text, Format::Markdown, 5, 5).expect("read in windows");
        let fence_open = text.find("```").unwrap_or(0);
        let fence_close = text.rfind("```").unwrap_or(0);
        assert!(
            w.iter().all(|r| r.end <= fence_open || r.end > fence_close),
            "{w:?}"
        );
    }
}
