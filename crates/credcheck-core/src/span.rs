//! Byte spans into the original source and the line index that turns them into line:column.

use serde::Serialize;

/// A byte range into the original source: `start..end`, end-exclusive.
///
/// Both offsets always fall on `char` boundaries of the source the span was made for, and
/// `start <= end` holds for every span the crate hands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Makes a span; an inverted range is clamped to the empty span at `start`.
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "inverted span {start}..{end}");
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True for a zero-length span.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// True when `other` lies wholly inside `self`.
    #[must_use]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text of this span in `source`, or `""` when it does not fit (never panics).
    #[must_use]
    pub fn slice(self, source: &str) -> &str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// A 1-based line and column; the column counts Unicode scalar values, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in `char`s from the start of the line.
    pub column: usize,
}

impl std::fmt::Display for LineCol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Every line break in `bytes`: `(where it starts, where the next line starts)`. A line ends at
/// `\n`, at `\r\n` (one break) or at a lone `\r`.
pub(crate) fn line_breaks(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut skip_lf_at = usize::MAX;
    memchr::memchr2_iter(b'\n', b'\r', bytes).filter_map(move |i| {
        if i == skip_lf_at {
            return None;
        }
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            skip_lf_at = i + 1;
            return Some((i, i + 2));
        }
        Some((i, i + 1))
    })
}

/// Start offsets of every line of a source, for converting byte offsets to [`LineCol`].
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (old Mac exports). Built in one pass, queried by
/// binary search.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `source`.
    #[must_use]
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(line_breaks(source.as_bytes()).map(|(_, next)| next));
        LineIndex { starts }
    }

    /// The line and column of byte `offset` in `source` (the source this index was built from).
    ///
    /// An offset past the end maps to the end; an offset inside a multi-byte character counts
    /// that character as not yet reached.
    #[must_use]
    pub fn line_col(&self, source: &str, offset: usize) -> LineCol {
        let offset = offset.min(source.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        // A byte-order mark is invisible in every editor: it does not count as a column.
        let start = if line == 0 {
            start + crate::decode::bom_len(source).min(offset)
        } else {
            start
        };
        let column = source.as_bytes()[start..offset]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80) // count UTF-8 leading bytes only
            .count();
        LineCol {
            line: line + 1,
            column: column + 1,
        }
    }

    /// The 1-based line of byte `offset` (a binary search; no column is counted).
    #[must_use]
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }

    /// [`LineIndex::line_col`] for many offsets at once, in their given order. Costs one pass
    /// over the text between the offsets (sorted), not one pass per offset from its line start, so
    /// thousands of findings on one very long line stay cheap.
    #[must_use]
    pub fn line_cols(&self, source: &str, offsets: &[usize]) -> Vec<LineCol> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_by_key(|&i| offsets[i]);
        let mut out = vec![LineCol { line: 1, column: 1 }; offsets.len()];
        let mut prev: Option<(usize, LineCol)> = None;
        for i in order {
            let offset = offsets[i].min(source.len());
            let line = self
                .starts
                .partition_point(|&s| s <= offset)
                .saturating_sub(1);
            out[i] = match prev {
                Some((p, lc)) if lc.line == line + 1 && p <= offset => {
                    let chars = source.as_bytes()[p..offset]
                        .iter()
                        .filter(|&&b| b & 0xC0 != 0x80)
                        .count();
                    LineCol {
                        line: lc.line,
                        column: lc.column + chars,
                    }
                }
                _ => self.line_col(source, offset),
            };
            prev = Some((offset, out[i]));
        }
        out
    }

    /// The byte range of 1-based `line` without its line ending (`\n` or `\r\n`); the last line
    /// for a number past the end.
    #[must_use]
    pub fn line_span(&self, source: &str, line: usize) -> Span {
        let i = line.clamp(1, self.starts.len()) - 1;
        let start = self.starts[i].min(source.len());
        let bytes = source.as_bytes();
        let mut end = self
            .starts
            .get(i + 1)
            .map_or(source.len(), |&next| next - 1);
        if end > start && bytes.get(end) == Some(&b'\n') && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }

    /// The byte offset where each line starts (the first is 0), in order.
    #[must_use]
    pub fn starts(&self) -> &[usize] {
        &self.starts
    }

    /// Number of lines (a source without a final newline still counts its last line).
    #[must_use]
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Never true: every source has at least one (possibly empty) line.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars_not_bytes() {
        let src = "ab\n“é” x\r\nz";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(src, 3), LineCol { line: 2, column: 1 });
        let x = src.find('x').unwrap();
        assert_eq!(idx.line_col(src, x), LineCol { line: 2, column: 5 });
        let z = src.find('z').unwrap();
        assert_eq!(idx.line_col(src, z), LineCol { line: 3, column: 1 });
        assert_eq!(idx.line_col(src, 999), LineCol { line: 3, column: 2 });
        assert_eq!(idx.len(), 3);
        assert_eq!(idx.line_span(src, 2).slice(src), "“é” x");
        // A lone carriage return ends a line too (old Mac exports); `\r\r` is two breaks.
        let mac = "Head\rFirst.\r\rSecond.";
        let mac_idx = LineIndex::new(mac);
        assert_eq!(mac_idx.len(), 4);
        assert_eq!(mac_idx.line_span(mac, 2).slice(mac), "First.");
        assert_eq!(mac_idx.line_span(mac, 3).slice(mac), "");
        assert_eq!(
            mac_idx.line_col(mac, mac.find("Second").unwrap()),
            LineCol { line: 4, column: 1 }
        );
        let many = idx.line_cols(src, &[x, 0, z, 3, x, 999]);
        let one_by_one: Vec<LineCol> = [x, 0, z, 3, x, 999]
            .iter()
            .map(|&o| idx.line_col(src, o))
            .collect();
        assert_eq!(many, one_by_one);
        assert_eq!(idx.line_span(src, 3).slice(src), "z");
        assert_eq!(idx.line_span(src, 9).slice(src), "z");
        let bom = "\u{feff}ab";
        assert_eq!(
            LineIndex::new(bom).line_col(bom, 3),
            LineCol { line: 1, column: 1 }
        );
        assert_eq!(
            LineIndex::new(bom).line_col(bom, 4),
            LineCol { line: 1, column: 2 }
        );
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.cover(b).contains(a));
        assert!(!a.contains(b));
        assert_eq!(Span::new(0, 3).slice("héllo"), "hé");
        assert_eq!(Span::new(1, 2).slice("héllo"), "");
        assert_eq!(Span::new(7, 9).slice("abc"), "");
    }
}
