//! Drafts kept in formats that are not prose as written — HTML pages and Word files — turned
//! into text the document model reads, with a map back to where each character came from.
//!
//! Every extractor builds the same thing: the text of the prose blocks, one block per
//! paragraph (blocks separated by a blank line), the kind of each block, and an [`Origin`]
//! that places any byte of that text in the original file — a line and column of the `.html`
//! source, a paragraph and character of the `.docx`. credcheck's own suppression comments are
//! kept as marker lines of their own, right before the block they stand before, so the
//! suppression rules of Markdown apply unchanged.

mod docx;
mod html;

pub use docx::{DocxError, DocxView};

use crate::model::BlockKind;
use crate::span::{LineCol, LineIndex, Span};

pub(crate) use docx::extract as docx;
pub(crate) use html::extract as html;

/// The prose of a draft in a container format, ready for the document model.
#[derive(Debug)]
pub(crate) struct Extracted {
    pub text: String,
    pub blocks: Vec<(BlockKind, Span)>,
    pub origin: Origin,
}

/// Where the text of an extracted draft came from.
#[derive(Debug)]
pub enum Origin {
    /// An HTML page: `runs[i] = (text offset, source offset)` starts a stretch where both
    /// advance together; the page itself, to count lines and columns in it.
    Html {
        page: String,
        runs: Vec<(usize, usize)>,
        lines: LineIndex,
    },
    /// A Word file: the text offset where each paragraph starts, with its number.
    Docx { paragraphs: Vec<(usize, u32)> },
}

/// How positions in a draft are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Positions {
    /// Lines and columns of the file (text, Markdown, HTML).
    Lines,
    /// Paragraphs and characters within them (Word): `¶12:34`.
    Paragraphs,
}

impl Origin {
    /// The position in the original file of byte `at` of the extracted `text`.
    pub(crate) fn place(&self, text: &str, at: usize) -> LineCol {
        match self {
            Origin::Html { page, runs, lines } => lines.line_col(page, map_run(runs, at)),
            Origin::Docx { paragraphs } => {
                let i = paragraphs.partition_point(|&(start, _)| start <= at);
                let Some(&(start, number)) = i.checked_sub(1).and_then(|i| paragraphs.get(i))
                else {
                    return LineCol { line: 1, column: 1 };
                };
                let at = floor_char_boundary(text, at.min(text.len()));
                let column = text.get(start.min(at)..at).map_or(0, |s| s.chars().count()) + 1;
                LineCol {
                    line: number as usize,
                    column,
                }
            }
        }
    }

    /// [`Origin::place`] for many offsets at once: one pass over the text between the sorted
    /// offsets, so thousands of findings in one long line or paragraph stay linear.
    pub(crate) fn places(&self, text: &str, offsets: &[usize]) -> Vec<LineCol> {
        match self {
            Origin::Html { page, runs, lines } => {
                let raw: Vec<usize> = offsets.iter().map(|&o| map_run(runs, o)).collect();
                lines.line_cols(page, &raw)
            }
            Origin::Docx { paragraphs } => {
                let mut order: Vec<usize> = (0..offsets.len()).collect();
                order.sort_by_key(|&i| offsets[i]);
                let mut out = vec![LineCol { line: 1, column: 1 }; offsets.len()];
                // The previous offset, its paragraph's index and its column.
                let mut prev: Option<(usize, usize, usize)> = None;
                for i in order {
                    let at = floor_char_boundary(text, offsets[i].min(text.len()));
                    let Some(k) = paragraphs
                        .partition_point(|&(start, _)| start <= at)
                        .checked_sub(1)
                    else {
                        continue;
                    };
                    let (start, number) = paragraphs[k];
                    // In the paragraph of the previous offset: count on from there.
                    let (from, base) = match prev {
                        Some((p, pk, col)) if pk == k && p <= at => (p, col),
                        _ => (start.min(at), 1),
                    };
                    let column = base + text.get(from..at).map_or(0, |s| s.chars().count());
                    out[i] = LineCol {
                        line: number as usize,
                        column,
                    };
                    prev = Some((at, k, column));
                }
                out
            }
        }
    }

    /// How this origin counts positions.
    #[must_use]
    pub fn positions(&self) -> Positions {
        match self {
            Origin::Html { .. } => Positions::Lines,
            Origin::Docx { .. } => Positions::Paragraphs,
        }
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The source offset of text offset `at`, through the runs.
fn map_run(runs: &[(usize, usize)], at: usize) -> usize {
    let i = runs.partition_point(|&(start, _)| start <= at);
    match i.checked_sub(1).and_then(|i| runs.get(i)) {
        Some(&(text_start, source_start)) => source_start + (at - text_start),
        None => 0,
    }
}

/// Builds an extracted text: collapses white space the way a browser or Word shows it, keeps
/// one run per stretch that maps to the source linearly, and closes blocks.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    text: String,
    blocks: Vec<(BlockKind, Span)>,
    runs: Vec<(usize, usize)>,
    /// Where the open block starts in `text`, if one is open.
    open: Option<usize>,
    /// White space seen since the last character, at this source offset.
    space: Option<usize>,
    /// A marker line was just written: the next block starts on the next line.
    marker_pending: bool,
}

impl Builder {
    /// Appends `s`, which stands at source offset `at` (each byte of `s` at the same distance
    /// from `at` as in `s`, when `linear`; else every byte maps to `at`).
    pub fn push(&mut self, s: &str, at: usize, linear: bool) {
        let mut offset = 0;
        for piece in s.split_inclusive(is_space) {
            let (word, has_space) = match piece.char_indices().last() {
                Some((k, c)) if is_space(c) => (&piece[..k], true),
                _ => (piece, false),
            };
            if !word.is_empty() {
                self.word(word, if linear { at + offset } else { at }, linear);
            }
            if has_space {
                let k = if linear { at + offset + word.len() } else { at };
                self.space.get_or_insert(k);
            }
            offset += piece.len();
        }
    }

    /// Marks white space at source offset `at` (a line break, a tab, a block-level tag inline).
    pub fn space(&mut self, at: usize) {
        if self.open.is_some() {
            self.space.get_or_insert(at);
        }
    }

    fn word(&mut self, word: &str, at: usize, linear: bool) {
        if self.open.is_none() {
            if !self.text.is_empty() && !self.marker_pending {
                self.text.push_str("\n\n");
            }
            self.marker_pending = false;
            self.open = Some(self.text.len());
            self.space = None;
        }
        if let Some(space_at) = self.space.take() {
            self.map(space_at, true);
            self.text.push(' ');
        }
        if linear {
            self.map(at, true);
            self.text.push_str(word);
        } else {
            // Every byte of a decoded entity maps to where it starts.
            for c in word.chars() {
                self.map(at, false);
                self.text.push(c);
            }
        }
    }

    /// Records that the next byte of `text` comes from source offset `at`.
    fn map(&mut self, at: usize, linear: bool) {
        let here = self.text.len();
        let continues = linear
            && self
                .runs
                .last()
                .is_some_and(|&(t, s)| s + (here - t) == at && here > t);
        if !continues {
            self.runs.push((here, at));
        }
    }

    /// Closes the open block as `kind` (nothing when it has no text).
    pub fn end_block(&mut self, kind: BlockKind) -> Option<Span> {
        self.space = None;
        let span = Span::new(self.open.take()?, self.text.len());
        self.blocks.push((kind, span));
        Some(span)
    }

    /// Is a block open (has text been added since the last end)?
    pub fn in_block(&self) -> bool {
        self.open.is_some()
    }

    /// A suppression marker on a line of its own, from source offset `at`, before whatever
    /// block comes next.
    pub fn marker(&mut self, marker: &str, at: usize) {
        if !self.text.is_empty() && !self.marker_pending {
            self.text.push_str("\n\n");
        }
        self.map(at, true);
        self.text.push_str(marker);
        self.text.push('\n');
        // The next block follows on the next line, so the marker's reach is that block.
        self.open = None;
        self.space = None;
        self.marker_pending = true;
    }

    /// The text so far (its length is the next text offset).
    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn finish(self, origin: impl FnOnce(Vec<(usize, usize)>) -> Origin) -> Extracted {
        Extracted {
            text: self.text,
            blocks: self.blocks,
            origin: origin(self.runs),
        }
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}
