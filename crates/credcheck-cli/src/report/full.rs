//! `--format full`: rustc-style snippets with the highlighted words, via annotate-snippets.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use credcheck_core::LineIndex;
use credcheck_rules::Severity;

use super::{Part, Parts, Reporter, Totals};
use crate::check::{FileReport, Placed};

/// The default, human-readable format.
#[derive(Debug)]
pub struct Full {
    pub color: bool,
    /// End with the summary line (`Found 3 findings …`); off with `--quiet`.
    pub summary: bool,
    /// Snippets shown so far (findings on the same words share one).
    shown: usize,
}

impl Full {
    pub fn new(color: bool, summary: bool) -> Full {
        Full {
            color,
            summary,
            shown: 0,
        }
    }
}

impl Reporter for Full {
    fn parts(&self) -> Option<Box<dyn Parts>> {
        Some(Box::new(FullParts { color: self.color }))
    }

    fn file(&mut self, _: &FileReport, part: Part, out: &mut String) {
        out.push_str(&part.text);
        self.shown += part.shown;
    }

    fn end(&mut self, totals: &Totals, out: &mut String) {
        if self.summary {
            out.push_str(&summary_line(totals, self.shown));
        }
    }
}

/// A file's snippets.
struct FullParts {
    color: bool,
}

impl Parts for FullParts {
    fn part(&self, file: &FileReport) -> Part {
        let renderer = if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let lines = LineIndex::new(&file.source);
        let mut part = Part::default();
        // Findings on the same words are shown once: the most severe leads, the others
        // follow as notes (each is still counted, and listed in the machine formats).
        for (lead, others) in super::on_same_words(file) {
            part.text
                .push_str(&render_finding(&renderer, file, &lines, lead, &others));
            part.text.push_str("\n\n");
            part.shown += 1;
        }
        part
    }
}

/// Lines longer than this are shown as a window around the finding (CMS exports often hold a
/// whole story on one line).
const MAX_SHOWN_LINE: usize = 1000;
/// Context kept on each side of the finding in such a window, in bytes.
const WINDOW_CONTEXT: usize = 80;

fn render_finding(
    renderer: &Renderer,
    file: &FileReport,
    lines: &LineIndex,
    f: &Placed,
    others: &[&Placed],
) -> String {
    let rule = &f.info;
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    // The lines the finding covers, and the span relative to them.
    let src = file.source.as_str();
    // A draft extracted from HTML or Word is shown as read; the location line gives the
    // place in the file.
    let (start_line, end_line) = if file.extracted {
        (lines.line(f.span.start), lines.line(f.span.end))
    } else {
        (f.start.line, f.end.line)
    };
    let first = lines.line_span(src, start_line);
    let last = lines.line_span(src, end_line);
    // A byte-order mark is not shown (it would count as a column).
    let from_line = first.start.max(credcheck_core::bom_len(src));
    let (mut from, mut to) = (from_line, last.end.max(f.span.end.min(src.len())));
    let long = to - from > MAX_SHOWN_LINE || file.extracted;
    if long {
        // A window of whole words around the finding.
        let lo = floor_char(src, f.span.start.saturating_sub(WINDOW_CONTEXT).max(from));
        from = src[lo..f.span.start].find(' ').map_or(lo, |i| lo + i + 1);
        let hi = ceil_char(src, (f.span.end + WINDOW_CONTEXT).min(to));
        to = src[f.span.end..hi]
            .rfind(' ')
            .map_or(hi, |i| f.span.end + i);
    }
    let start = f.span.start.max(from) - from;
    let end = (f.span.end.min(to).max(from) - from).max(start);
    // The draft's control characters are shown escaped, never sent to the terminal.
    // Words the finding follows, when they stand in the lines shown (`Informed sources` for
    // the `did indeed` that endorses them).
    let related = f
        .related
        .iter()
        .find(|r| r.start >= from && r.end <= to && r.end > r.start)
        .map(|r| [r.start - from, r.end - from]);
    let [rs, re] = related.unwrap_or([start, end]);
    let (shown, [start, end, rs, re]) =
        crate::term::escape_with_offsets(&src[from..to], [start, end, rs, re]);
    let path = crate::term::escape(&file.path);
    let message = crate::term::escape(&f.message);
    let mut snippet = Snippet::source(shown.as_str())
        .line_start(f.start.line)
        .annotation(AnnotationKind::Primary.span(start..end));
    if related.is_some() {
        snippet = snippet.annotation(
            AnnotationKind::Context
                .span(rs..re)
                .label("about these words"),
        );
    }
    if !long {
        snippet = snippet.path(path.as_ref());
    }
    let mut group = level
        .primary_title(message.as_ref())
        .id(rule.id.as_str())
        .element(snippet);
    let note = format!(
        "{} · pack {} · `credcheck rules explain {}`",
        rule.category, rule.pack, rule.id
    );
    group = group.element(Level::NOTE.message(note));
    for other in others {
        group = group.element(Level::NOTE.message(format!(
            "also {}[{}]: {}",
            other.severity,
            other.info.id,
            crate::term::escape(&other.message)
        )));
    }
    let text = renderer.render(&[group]);
    if !long {
        return text;
    }
    // The window does not start at the line start, so the renderer cannot know the column: put
    // the real position where it would stand, right under the title.
    let location = format!(
        " --> {path}:{}",
        crate::check::place(file.positions, f.start)
    );
    match text.split_once('\n') {
        Some((title, rest)) => format!("{title}\n{location}\n{rest}"),
        None => format!("{text}\n{location}"),
    }
}

/// `Found 3 findings (1 error, 2 warnings) in 2 files.` and the same for no findings; when
/// findings on the same words were folded into `shown` snippets, it says so.
pub fn summary_line(totals: &Totals, shown: usize) -> String {
    let c = totals.counts;
    let n = totals.findings;
    let files = totals.files;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let suppressed = if totals.suppressed > 0 {
        format!(" {} suppressed.", totals.suppressed)
    } else {
        String::new()
    };
    if n == 0 {
        return format!("No findings in {}.{suppressed}\n", plural(files, "file"));
    }
    let mut parts = Vec::new();
    if c.errors > 0 {
        parts.push(plural(c.errors, "error"));
    }
    if c.warnings > 0 {
        parts.push(plural(c.warnings, "warning"));
    }
    if c.infos > 0 {
        parts.push(format!("{} info", c.infos));
    }
    let folded = if shown < n {
        format!(
            " They stand at {}: findings on the same words are shown once, the others as notes \
             (`--format concise` lists each).",
            plural(shown, "place")
        )
    } else {
        String::new()
    };
    format!(
        "Found {} ({}) in {}.{folded}{suppressed}\n",
        plural(n, "finding"),
        parts.join(", "),
        plural(files, "file")
    )
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}
