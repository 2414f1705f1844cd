//! Reporters: one per output format, each writing a run as it goes — a beginning, each file in
//! report order as soon as it is checked, and an end with the run's totals — so that a run over
//! a whole archive holds one file's report at a time, not the archive. A reporter reads only
//! what it is given: every finding carries what is shown about its rule.

mod concise;
mod full;
mod github;
pub(crate) mod json;
mod junit;
mod sarif;

use crate::check::{Counts, FileReport, Placed};

pub use concise::Concise;
pub use full::Full;
pub use github::Github;
pub use json::{Json, JsonLines};
pub use junit::Junit;
pub use sarif::Sarif;

/// Writes a run in one output format, file by file.
pub trait Reporter {
    /// What comes before the first file.
    fn begin(&mut self, _out: &mut String) {}
    /// What renders each file's part of the report on the worker that checked it, in parallel
    /// (`None`: the reporter does all its work in [`Reporter::file`]).
    fn parts(&self) -> Option<Box<dyn Parts>> {
        None
    }
    /// One checked file, in report order, with its part if [`Reporter::parts`] rendered one
    /// (by default, the part is written as it is).
    fn file(&mut self, _file: &FileReport, part: Part, out: &mut String) {
        out.push_str(&part.text);
    }
    /// What comes after the last file.
    fn end(&mut self, _totals: &Totals, _out: &mut String) {}
}

/// Renders files' parts of a report: stateless, shared by the worker threads.
pub trait Parts: Sync + Send {
    fn part(&self, file: &FileReport) -> Part;
    /// Can a file's part be written as it is rendered ([`Parts::part_to`]) instead of being
    /// rendered first? A large draft's part is then never held whole.
    fn streams(&self) -> bool {
        false
    }
    /// Writes the file's part to `out` as it is rendered: the same text as [`Parts::part`].
    fn part_to(&self, file: &FileReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.part(file).text.as_bytes())
    }
}

/// A file's part of a report, rendered before it is written.
#[derive(Debug, Default)]
pub struct Part {
    pub text: String,
    /// Places shown (findings on the same words share one), for the `full` summary.
    pub shown: usize,
    /// Not rendered: the writer streams it with [`Parts::part_to`] (a large draft's).
    pub deferred: bool,
}

/// What a run found, counted as its files are reported.
#[derive(Debug, Default, Clone)]
pub struct Totals {
    pub files: usize,
    pub findings: usize,
    pub counts: Counts,
    /// Findings suppressed by comments in the drafts.
    pub suppressed: usize,
    /// Files with a finding at or above their `fail-on` severity.
    pub failures: usize,
}

impl Totals {
    pub fn add(&mut self, file: &FileReport) {
        self.files += 1;
        self.findings += file.findings.len();
        self.counts.add(file);
        self.suppressed += file.suppressed;
        self.failures += usize::from(file.fails);
    }
}

/// The findings of `file` grouped by the words they stand on: for each group, the lead (the most
/// severe, the first among equals) and the others, most severe first. Findings are sorted by
/// position, so findings on the same words are neighbours.
fn on_same_words(file: &FileReport) -> Vec<(&Placed, Vec<&Placed>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < file.findings.len() {
        let span = file.findings[i].span;
        let same = file.findings[i..]
            .iter()
            .take_while(|f| f.span == span)
            .count();
        let group = &file.findings[i..i + same];
        let lead = group
            .iter()
            .enumerate()
            .max_by_key(|(k, f)| (f.severity, std::cmp::Reverse(*k)))
            .map_or(0, |(k, _)| k);
        let mut others: Vec<&Placed> = group
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != lead)
            .map(|(_, f)| f)
            .collect();
        others.sort_by_key(|f| std::cmp::Reverse(f.severity));
        out.push((&group[lead], others));
        i += same;
    }
    out
}

/// A message on one line (messages are single lines today; this keeps formats line-based).
fn one_line(message: &str) -> String {
    message.replace(['\n', '\r'], " ")
}

/// A relative path as a URI reference: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '%' => out.push_str("%25"),
            ' ' => out.push_str("%20"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a workflow-command property value (`file=`, `title=`).
fn property(value: &str) -> String {
    data(value).replace(':', "%3A").replace(',', "%2C")
}

/// Escapes a workflow-command message.
fn data(value: &str) -> String {
    value
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes text for XML attributes and content.
fn xml(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(property("a:b,c%d"), "a%3Ab%2Cc%25d");
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(xml("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
        assert_eq!(uri("./drafts/my story#1.md"), "drafts/my%20story%231.md");
    }
}
