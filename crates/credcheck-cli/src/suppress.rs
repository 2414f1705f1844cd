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

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use credcheck_rules::{Engine, RuleId, Severity};
use rustc_hash::FxHashMap;

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

/// Finds the suppressions in `text`, in order. Linear in the text: every comment is found by
/// one forward scan and every reach is looked up in a table of lines.
pub fn find(text: &str) -> Vec<Suppression> {
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
        let body = text[(start + 4).min(end - 3)..end - 3].trim();
        if let Some(s) = parse(&lines, body, start, end) {
            out.push(s);
        }
        from = end;
    }
    // Plain-text markers: a line starting with `[credcheck-ignore…]`.
    for i in 0..lines.starts.len() {
        let offset = lines.starts[i];
        let line = Lines::line(text, &lines.starts, i);
        let trimmed = line.trim();
        if credcheck_core::is_suppression_marker(trimmed) {
            let lead = line.len() - line.trim_start().len();
            let start = offset + lead;
            let end = start + trimmed.len();
            if let Some(s) = parse(&lines, &trimmed[1..trimmed.len() - 1], start, end) {
                out.push(s);
            }
        }
    }
    out.sort_by_key(|s| s.span.start);
    out
}

/// `credcheck-ignore[-next-line|-file] RULE[, RULE][: reason]` → a suppression.
fn parse(lines: &Lines, body: &str, start: usize, end: usize) -> Option<Suppression> {
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
        Reach::File => (0, lines.len),
        Reach::NextLine => lines.next_line(end),
        Reach::Block => lines.next_block(end),
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
        let starts = credcheck_core::LineIndex::new(text).starts().to_vec();
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

/// Drops the findings of `file` that a suppression covers, and adds a finding for each
/// suppression that suppressed nothing (and, with `require_reason`, for each without a reason).
/// Returns how many findings were suppressed.
///
/// One sweep over the findings in order of position, with the suppressions whose reach has
/// begun kept per name (rule id, category, pack or `all`): each suppression enters and leaves
/// once, so the cost is about (findings + suppressions) × log, whatever their number.
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
    let mut names: FxHashMap<&str, usize> = FxHashMap::default();
    let sup_keys: Vec<Vec<usize>> = sups
        .iter()
        .map(|s| {
            s.names
                .iter()
                .map(|n| {
                    let next = names.len();
                    *names.entry(n.as_str()).or_insert(next)
                })
                .collect()
        })
        .collect();
    // Per name: how many suppressions naming it are in reach, and those not yet used.
    let mut in_reach = vec![0usize; names.len()];
    let mut waiting: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    let mut by_start: Vec<usize> = (0..sups.len()).collect();
    by_start.sort_by_key(|&i| sups[i].covers.0);
    let mut ends: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
    let mut next = 0;
    let mut order: Vec<usize> = (0..file.findings.len()).collect();
    order.sort_by_key(|&i| file.findings[i].span.start);
    let mut drop = vec![false; file.findings.len()];
    let mut used = vec![false; sups.len()];
    for fi in order {
        let at = file.findings[fi].span.start;
        // Findings inside a suppression comment are never reported.
        let k = sups.partition_point(|s| s.span.start <= at);
        if k > 0 && at < sups[k - 1].span.end {
            drop[fi] = true;
            continue;
        }
        while next < by_start.len() && sups[by_start[next]].covers.0 <= at {
            let si = by_start[next];
            ends.push(Reverse((sups[si].covers.1, si)));
            for &key in &sup_keys[si] {
                in_reach[key] += 1;
                waiting[key].push(si);
            }
            next += 1;
        }
        while let Some(&Reverse((end, si))) = ends.peek() {
            if end > at {
                break;
            }
            ends.pop();
            for &key in &sup_keys[si] {
                in_reach[key] -= 1;
            }
        }
        let rule = engine.rule(file.findings[fi].rule);
        for name in ["all", rule.id.as_str(), &rule.category, &rule.pack] {
            let Some(&key) = names.get(name) else {
                continue;
            };
            if in_reach[key] == 0 {
                continue;
            }
            drop[fi] = true;
            // Every waiting suppression of this name still in reach has now been used; those
            // whose reach has ended never will be. Each leaves the list once.
            for si in waiting[key].drain(..) {
                if sups[si].covers.1 > at {
                    used[si] = true;
                }
            }
        }
    }
    let mut drops = drop.into_iter();
    file.findings.retain(|_| !drops.next().unwrap_or(false));
    for (s, u) in sups.iter_mut().zip(used) {
        s.used = usize::from(u);
    }
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
        assert_eq!(sups[0].covers, (35, 41));
    }

    #[test]
    fn markers_in_old_mac_line_endings() {
        let text = "Intro.\r[credcheck-ignore-next-line all: vetted]\rThe line.\rAfter.";
        let sups = find(text);
        assert_eq!(sups.len(), 1);
        assert_eq!(&text[sups[0].covers.0..sups[0].covers.1], "The line.\r");
    }

    #[test]
    fn reach_of_markers_at_the_end_and_between_blank_lines() {
        let text = "One.\n<!-- credcheck-ignore-next-line x -->";
        assert_eq!(find(text)[0].covers, (text.len(), text.len()));
        let text = "<!-- credcheck-ignore x --> same line\nnext\n\nother";
        let s = &find(text)[0];
        assert_eq!(&text[s.covers.0..s.covers.1], " same line\nnext\n");
        let text = "<!-- credcheck-ignore-next-line x -->\n\n  \nTarget\nafter";
        let s = &find(text)[0];
        assert_eq!(&text[s.covers.0..s.covers.1], "Target\n");
    }

    #[test]
    fn other_comments_are_not_suppressions() {
        assert!(find("<!-- desk: check the date -->\n<!-- credcheck-ignored x -->").is_empty());
    }
}
