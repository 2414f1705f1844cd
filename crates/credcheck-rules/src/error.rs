//! Load errors: what is wrong with a rule pack, where, and how to fix it.

use std::fmt;

/// One problem found while loading rule packs, with the place in the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The pack file as the user named it (`builtin:starter.toml` for a built-in pack).
    pub origin: String,
    /// 1-based line of the offending value (0 when the problem has no single place).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Width of the offending text on that line, in characters (at least 1).
    pub width: usize,
    /// The text of that line, for rendering a snippet.
    pub line_text: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.origin, self.line, self.column, self.message
            )?;
        } else {
            write!(f, "{}: {}", self.origin, self.message)?;
        }
        if let Some(help) = &self.help {
            write!(f, " (help: {help})")?;
        }
        Ok(())
    }
}

/// Every problem found while loading packs: loading reports them all, not just the first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LoadErrors(pub Vec<LoadError>);

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// A pack file's text and name, for turning byte offsets into error positions.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SourceFile<'a> {
    pub origin: &'a str,
    pub text: &'a str,
    /// Where its line breaks are ([`SourceFile::line_breaks`]).
    pub breaks: &'a [usize],
}

impl SourceFile<'_> {
    /// The byte offsets of the line breaks of `text`, found once per file.
    pub fn line_breaks(text: &str) -> Vec<usize> {
        memchr::memchr_iter(b'\n', text.as_bytes()).collect()
    }

    /// The 1-based line of byte `offset`: a binary search of the file's line breaks (a pack's
    /// thousands of examples each ask, so this must not count them from the top each time).
    pub fn line_of(&self, offset: usize) -> usize {
        1 + self.breaks.partition_point(|&b| b < offset)
    }

    /// An error at byte range `range` of the file (clamped to the file).
    pub fn error(
        &self,
        range: std::ops::Range<usize>,
        message: impl Into<String>,
        help: Option<String>,
    ) -> LoadError {
        let start = floor_char(self.text, range.start.min(self.text.len()));
        let end = floor_char(self.text, range.end.clamp(start, self.text.len()));
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let line = self.line_of(start);
        let column = 1 + self.text[line_start..start].chars().count();
        let width = self.text[start..end.min(line_end)].chars().count().max(1);
        LoadError {
            origin: self.origin.to_owned(),
            line,
            column,
            width,
            line_text: self.text[line_start..line_end]
                .trim_end_matches('\r')
                .to_owned(),
            message: message.into(),
            help,
        }
    }

    /// The byte range, inside the file, of offset `offset` of a string value spanning `value`.
    ///
    /// Points into the string's text when the TOML source holds it verbatim (no escapes), else
    /// at the whole value.
    pub fn inner_range(
        &self,
        value: std::ops::Range<usize>,
        content: &str,
        inner: std::ops::Range<usize>,
    ) -> std::ops::Range<usize> {
        let raw = self.text.get(value.clone()).unwrap_or("");
        let open = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
            let after = &raw[3..];
            3 + if after.starts_with("\r\n") {
                2
            } else {
                usize::from(after.starts_with('\n'))
            }
        } else {
            1
        };
        match raw.get(open..open + content.len()) {
            Some(body) if body == content => {
                value.start + open + inner.start..value.start + open + inner.end
            }
            _ => value,
        }
    }
}

/// The char boundary at or before byte `at` of `text`.
pub(crate) fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// "did you mean" for a misspelt name: the nearest of `known` by edit distance, if near enough.
pub fn suggest<'a>(wanted: &str, known: impl Iterator<Item = &'a str>) -> Option<String> {
    known
        .map(|k| (edit_distance(wanted, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k.to_owned())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_inner_ranges() {
        let text = "a = 1\npattern = \"said @lsit\"\n";
        let breaks = SourceFile::line_breaks(text);
        let file = SourceFile {
            origin: "x.toml",
            text,
            breaks: &breaks,
        };
        assert_eq!(
            [0, 5, 6, 28, 29, 99].map(|o| file.line_of(o)),
            [1, 1, 2, 2, 3, 3]
        );
        let value = 16..28;
        assert_eq!(&text[value.clone()], "\"said @lsit\"");
        let inner = file.inner_range(value, "said @lsit", 5..10);
        let e = file.error(inner, "unknown list", None);
        assert_eq!((e.line, e.column, e.width), (2, 17, 5));
        assert_eq!(e.line_text, "pattern = \"said @lsit\"");
        assert_eq!(e.to_string(), "x.toml:2:17: unknown list");
        assert_eq!(
            suggest("lsit", ["list", "other"].into_iter()),
            Some("list".to_owned())
        );
        assert_eq!(suggest("zzzzzz", ["list"].into_iter()), None);
    }
}
