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

use credcheck_rules::{Engine, RuleId, Severity};

use crate::check::{FileReport, Placed};

/// How far a suppression reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    Block,
    NextLine,
    File,
}

/// One suppression found in a draft.
#[derive(Debug, Clone)]
pub struct Suppression {
    /// Byte range of the comment or marker itself.
    pub span: credcheck_core::Span,
    names: Vec<String>,
    reason: Option<String>,
    /// Byte range it covers.
    covers: (usize, usize),
    /// Findings it suppressed.
    pub used: usize,
}

/// Finds the suppressions in `text`.
pub fn find(text: &str) -> Vec<Suppression> {
    let mut out = Vec::new();
    // Markdown / HTML comments.
    let mut from = 0;
    while let Some(i) = text[from..].find("<!--") {
        let start = from + i;
        let Some(j) = text[start..].find("-->") else {
            break;
        };
        let end = start + j + 3;
        let body = text[start + 4..end - 3].trim();
        if let Some(s) = parse(text, body, start, end) {
            out.push(s);
        }
        from = end;
    }
    // Plain-text markers: a line starting with `[credcheck-ignore…]`.
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with("[credcheck-ignore") && trimmed.ends_with(']') {
            let lead = line.len() - line.trim_start().len();
            let start = offset + lead;
            let end = start + trimmed.len();
            if let Some(s) = parse(text, &trimmed[1..trimmed.len() - 1], start, end) {
                out.push(s);
            }
        }
        offset += line.len();
    }
    out.sort_by_key(|s| s.span.start);
    out
}

/// `credcheck-ignore[-next-line|-file] RULE[, RULE][: reason]` → a suppression.
fn parse(text: &str, body: &str, start: usize, end: usize) -> Option<Suppression> {
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
    let (names, reason) = match rest.split_once(':') {
        Some((names, reason)) => (names, Some(reason.trim().to_owned())),
        None => (rest, None),
    };
    let names: Vec<String> = names
        .split([',', ' '])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect();
    let reason = reason.filter(|r| !r.is_empty());
    let covers = match reach {
        Reach::File => (0, text.len()),
        Reach::NextLine => next_line(text, end),
        Reach::Block => next_block(text, end),
    };
    Some(Suppression {
        span: credcheck_core::Span::new(start, end),
        names: if names.is_empty() {
            vec!["all".to_owned()]
        } else {
            names
        },
        reason,
        covers,
        used: 0,
    })
}

/// The first non-blank line after byte `from` (the rest of the comment's own line first, when
/// it holds text).
fn next_line(text: &str, from: usize) -> (usize, usize) {
    let mut at = from;
    for line in text[from..].split_inclusive('\n') {
        if !line.trim().is_empty() {
            return (at, at + line.len());
        }
        at += line.len();
    }
    (text.len(), text.len())
}

/// The paragraph after byte `from`: from the first non-blank line to the next blank line.
fn next_block(text: &str, from: usize) -> (usize, usize) {
    let mut at = from;
    let mut start = None;
    for line in text[from..].split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (start, blank) {
            (None, false) => start = Some(at),
            (Some(s), true) => return (s, at),
            _ => {}
        }
        at += line.len();
    }
    (start.unwrap_or(text.len()), text.len())
}

impl Suppression {
    fn applies_to(&self, engine: &Engine, rule: RuleId) -> bool {
        let r = engine.rule(rule);
        self.names
            .iter()
            .any(|n| n == "all" || *n == r.id || *n == r.category || *n == r.pack)
    }
}

/// Drops the findings of `file` that a suppression covers, and adds a finding for each
/// suppression that suppressed nothing (and, with `require_reason`, for each without a reason).
/// Returns how many findings were suppressed.
pub fn apply(
    engine: &Engine,
    file: &mut FileReport,
    require_reason: bool,
    meta: &dyn Fn(&str) -> Option<(RuleId, Severity)>,
) -> usize {
    let mut sups = find(&file.source);
    if sups.is_empty() {
        return 0;
    }
    let before = file.findings.len();
    file.findings.retain(|f| {
        // Findings inside a suppression comment are never reported.
        if sups
            .iter()
            .any(|s| s.span.start <= f.span.start && f.span.start < s.span.end)
        {
            return false;
        }
        let mut kept = true;
        for s in &mut sups {
            if s.covers.0 <= f.span.start
                && f.span.start < s.covers.1
                && s.applies_to(engine, f.rule)
            {
                s.used += 1;
                kept = false;
            }
        }
        kept
    });
    let suppressed = before - file.findings.len();
    let mut extra = Vec::new();
    for s in &sups {
        let mut report = |id: &str| {
            if let Some((rule, severity)) = meta(id) {
                extra.push((rule, severity, s.span));
            }
        };
        if s.used == 0 {
            report("unused-suppression");
        }
        if require_reason && s.reason.is_none() {
            report("suppression-without-reason");
        }
    }
    if !extra.is_empty() {
        let index = credcheck_core::LineIndex::new(&file.source);
        for (rule, severity, span) in extra {
            let r = engine.rule(rule);
            file.findings.push(Placed {
                rule,
                severity,
                span,
                message: r.message.clone(),
                start: index.line_col(&file.source, span.start),
                end: index.line_col(&file.source, span.end),
            });
        }
        file.findings.sort_by_key(|f| (f.span.start, f.span.end));
    }
    suppressed
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
        assert_eq!(block.names, ["anon-attribution", "reportedly-hedge"]);
        assert_eq!(block.reason.as_deref(), Some("vetted"));
        assert_eq!(
            &text[block.covers.0..block.covers.1],
            "A para\ncontinues.\n"
        );
        let line = &sups[1];
        assert_eq!(line.names, ["all"]);
        assert_eq!(line.reason, None);
        assert_eq!(&text[line.covers.0..line.covers.1], "The line.\n");
    }

    #[test]
    fn other_comments_are_not_suppressions() {
        assert!(find("<!-- desk: check the date -->\n<!-- credcheck-ignored x -->").is_empty());
    }
}
