//! Suppressions written in drafts.
//!
//! Markdown and HTML (a comment, on its own line or anywhere):
//!
//! ```text
//! <!-- credcheck-ignore anon-attribution, anon-reason-missing: source vetted by the desk -->
//! <!-- credcheck-ignore-next-line reportedly-hedge: confirmed by our Kyiv bureau -->
//! <!-- credcheck-ignore-file unattributed-direct-quote: transcript -->
//! ```
//!
//! Plain text (a line of its own that starts with the marker):
//!
//! ```text
//! [credcheck-ignore anon-attribution: source vetted by the desk]
//! ```
//!
//! `credcheck-ignore` covers the next paragraph (the lines up to the next blank line),
//! `credcheck-ignore-next-line` the next line that is not blank, `credcheck-ignore-file` the whole
//! draft. Rules are named by id, category or pack, or `all`. The reason follows a colon.

use crate::span::{LineIndex, Span};

/// How far a suppression reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// `credcheck-ignore`: the next paragraph.
    Block,
    /// `credcheck-ignore-next-line`: the next line that is not blank.
    NextLine,
    /// `credcheck-ignore-file`: the whole draft.
    File,
}

/// One suppression written in a draft: document data, like its sentences. The engine applies
/// it; every front end (command line, editor, server) sees the same ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The comment or marker itself.
    pub span: Span,
    /// How far it reaches.
    pub reach: Reach,
    /// The rules, categories or packs it names, each with its byte range in the marker
    /// (`all` when it names none).
    pub names: Vec<(String, Span)>,
    /// The reason given after a colon, if any.
    pub reason: Option<String>,
    /// The text it covers.
    pub covers: Span,
}

/// Might `text` hold a suppression? One fast substring search for the marker every form
/// shares; `false` means it holds none.
#[must_use]
pub fn may_suppress(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"credcheck-ignore").is_some()
}

/// Finds the suppressions in `text`, in order. Linear in the text: every comment is found by
/// one forward scan and every reach is looked up in a table of lines.
pub(crate) fn find(text: &str) -> Vec<Suppression> {
    // Most drafts have none: one fast substring search, and no line table, for them.
    if !may_suppress(text) {
        return Vec::new();
    }
    let lines = Lines::new(text);
    let mut out = Vec::new();
    // Markdown / HTML comments. `<!-->` and `<!--->` are empty comments (as in HTML).
    let mut from = 0;
    while let Some(i) = text[from..].find("<!--") {
        let start = from + i;
        let Some(j) = text[start + 2..].find("-->") else {
            break;
        };
        let end = start + 2 + j + 3;
        let body_start = (start + 4).min(end - 3);
        if let Some(s) = parse(&lines, text, body_start, end - 3, (start, end)) {
            out.push(s);
        }
        from = end;
    }
    // Plain-text markers: a line starting with `[credcheck-ignore…]`.
    for i in 0..lines.starts.len() {
        let offset = lines.starts[i];
        let line = Lines::line(text, &lines.starts, i);
        let trimmed = line.trim();
        if is_marker(trimmed) {
            let lead = line.len() - line.trim_start().len();
            let start = offset + lead;
            let end = start + trimmed.len();
            if let Some(s) = parse(&lines, text, start + 1, end - 1, (start, end)) {
                out.push(s);
            }
        }
    }
    out.sort_by_key(|s| s.span.start);
    out
}

/// Is `line` a plain-text suppression marker (`[credcheck-ignore …]` alone on its line)?
#[must_use]
pub fn is_marker(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("[credcheck-ignore") && t.ends_with(']')
}

/// `credcheck-ignore[-next-line|-file] RULE[, RULE][: reason]` in `text[from..to]` (the inside
/// of a comment or marker that spans `outer`) → a suppression.
fn parse(
    lines: &Lines,
    text: &str,
    from: usize,
    to: usize,
    (start, end): (usize, usize),
) -> Option<Suppression> {
    let raw = &text[from..to];
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim();
    let body_at = from + lead;
    let rest = body.strip_prefix("credcheck-ignore")?;
    let (reach, rest) = if let Some(r) = rest.strip_prefix("-next-line") {
        (Reach::NextLine, r)
    } else if let Some(r) = rest.strip_prefix("-file") {
        (Reach::File, r)
    } else {
        (Reach::Block, rest)
    };
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None; // `credcheck-ignored`: not ours
    }
    let rest_at = body_at + (body.len() - rest.len());
    let (names_text, reason) = match rest.split_once(':') {
        Some((names, reason)) => (names, Some(reason.trim().to_owned())),
        None => (rest, None),
    };
    let mut names = Vec::new();
    let mut at = rest_at;
    for piece in names_text.split([',', ' ', '\t', '\n', '\r']) {
        if !piece.is_empty() {
            names.push((piece.to_owned(), Span::new(at, at + piece.len())));
        }
        at += piece.len() + 1;
    }
    let reason = reason.filter(|r| !r.is_empty());
    let covers = match reach {
        Reach::File => (0, lines.len),
        Reach::NextLine => lines.next_line(end),
        Reach::Block => lines.next_block(end),
    };
    if names.is_empty() {
        names.push(("all".to_owned(), Span::new(start, end)));
    }
    Some(Suppression {
        span: Span::new(start, end),
        reach,
        names,
        reason,
        covers: Span::new(covers.0, covers.1),
    })
}

/// The lines of a draft, with the next non-blank and next blank line after each, so that the
/// reach of a suppression is a lookup rather than a scan.
struct Lines<'a> {
    text: &'a str,
    len: usize,
    /// Start offset of each line.
    starts: Vec<usize>,
    /// For line `i`: the first line at or after `i` that is not blank (`starts.len()` if none).
    next_text: Vec<usize>,
    /// For line `i`: the first line at or after `i` that is blank (`starts.len()` if none).
    next_blank: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        // Lines as the document model counts them (LF, CRLF or a lone CR end one).
        let starts = LineIndex::new(text).starts().to_vec();
        let n = starts.len();
        let mut next_text = vec![n; n + 1];
        let mut next_blank = vec![n; n + 1];
        for i in (0..n).rev() {
            let blank = Self::line(text, &starts, i).trim().is_empty();
            next_text[i] = if blank { next_text[i + 1] } else { i };
            next_blank[i] = if blank { i } else { next_blank[i + 1] };
        }
        Lines {
            text,
            len: text.len(),
            starts,
            next_text,
            next_blank,
        }
    }

    fn line<'t>(text: &'t str, starts: &[usize], i: usize) -> &'t str {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        &text[starts[i]..end]
    }

    fn start_of(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.len)
    }

    /// The line holding byte `at`, and whether the rest of that line from `at` holds text.
    fn rest_has_text(&self, at: usize) -> (usize, bool) {
        let line = self.starts.partition_point(|&s| s <= at) - 1;
        let end = self.start_of(line + 1);
        (line, !self.text[at..end].trim().is_empty())
    }

    /// The first non-blank line after byte `from` (the rest of the comment's own line first,
    /// when it holds text).
    fn next_line(&self, from: usize) -> (usize, usize) {
        let (line, rest) = self.rest_has_text(from);
        if rest {
            return (from, self.start_of(line + 1));
        }
        let l = self.next_text[line + 1];
        (self.start_of(l), self.start_of(l + 1))
    }

    /// The paragraph after byte `from`: from the first non-blank line to the next blank line.
    fn next_block(&self, from: usize) -> (usize, usize) {
        let (line, rest) = self.rest_has_text(from);
        let (start, first) = if rest {
            (from, line)
        } else {
            let l = self.next_text[line + 1];
            (self.start_of(l), l)
        };
        if first >= self.starts.len() {
            return (self.len, self.len);
        }
        (start, self.start_of(self.next_blank[first + 1]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_comments_and_markers_with_their_reach() {
        let text = "Intro.\n\n<!-- credcheck-ignore anon-attribution, reportedly-hedge: vetted -->\nA para\ncontinues.\n\nNext para.\n[credcheck-ignore-next-line all]\n\nThe line.\nAfter.\n";
        let sups = find(text);
        assert_eq!(sups.len(), 2);
        let block = &sups[0];
        let names: Vec<&str> = block.names.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["anon-attribution", "reportedly-hedge"]);
        for (name, span) in &block.names {
            assert_eq!(span.slice(text), name);
        }
        assert_eq!(block.reason.as_deref(), Some("vetted"));
        assert_eq!(block.covers.slice(text), "A para\ncontinues.\n");
        let line = &sups[1];
        assert_eq!(line.names[0].0, "all");
        assert_eq!(line.reason, None);
        assert_eq!(line.covers.slice(text), "The line.\n");
    }

    #[test]
    fn short_html_comments_are_empty_comments() {
        for text in [
            "a <!--> b",
            "a <!---> b",
            "<!-->",
            "<!--->",
            "<!--",
            "x <!-- credcheck-ignore",
        ] {
            assert!(find(text).is_empty(), "{text:?}");
        }
        let sups = find("<!--><!-- credcheck-ignore all -->\nNext.\n");
        assert_eq!(sups.len(), 1);
        assert_eq!(sups[0].covers, Span::new(35, 41));
    }

    #[test]
    fn markers_in_old_mac_line_endings() {
        let text = "Intro.\r[credcheck-ignore-next-line all: vetted]\rThe line.\rAfter.";
        let sups = find(text);
        assert_eq!(sups.len(), 1);
        assert_eq!(sups[0].covers.slice(text), "The line.\r");
    }

    #[test]
    fn reach_of_markers_at_the_end_and_between_blank_lines() {
        let text = "One.\n<!-- credcheck-ignore-next-line x -->";
        assert_eq!(find(text)[0].covers, Span::new(text.len(), text.len()));
        let text = "<!-- credcheck-ignore x --> same line\nnext\n\nother";
        let s = &find(text)[0];
        assert_eq!(s.covers.slice(text), " same line\nnext\n");
        let text = "<!-- credcheck-ignore-next-line x -->\n\n  \nTarget\nafter";
        let s = &find(text)[0];
        assert_eq!(s.covers.slice(text), "Target\n");
    }

    #[test]
    fn other_comments_are_not_suppressions() {
        assert!(find("<!-- desk: check the date -->\n<!-- credcheck-ignored x -->").is_empty());
    }
}
