//! A compact, readable listing of how a draft was read: for `credcheck inspect` and for the
//! parser's snapshot tests.

use std::fmt::Write as _;

use crate::document::Document;
use crate::model::TokenKind;
use crate::span::Span;

/// What [`outline`] includes beyond blocks, sentences and quotations.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutlineOptions {
    /// One line per token: kind, text, matching form and flags.
    pub tokens: bool,
}

/// Renders the document as an indented listing:
///
/// ```text
/// b0 heading 1:1-1:24
///   s0 1:1 Pentagon weighs new aid
/// b1 paragraph 3:1-4:30
///   s1 3:1 Officials said on Tuesday that…
/// quotes
///   q0 5:10-5:40 closed double “We are close,”
/// ```
///
/// Text is shown as [`Document::prose`] gives it; positions are line:column, 1-based.
#[must_use]
pub fn outline(doc: &Document, options: OutlineOptions) -> String {
    let mut out = String::new();
    // A Word file's places are paragraphs and characters: `¶12:34`.
    let mark = if doc.positions() == crate::Positions::Paragraphs {
        "¶"
    } else {
        ""
    };
    // Every place shown, found in one pass over the text (placing each from its line start would
    // be quadratic on a long line).
    let mut offsets: Vec<usize> = Vec::new();
    offsets.extend(doc.blocks().iter().flat_map(|b| [b.span.start, b.span.end]));
    offsets.extend(doc.sentences().iter().map(|s| s.span.start));
    offsets.extend(doc.quotes().iter().flat_map(|q| [q.span.start, q.span.end]));
    offsets.extend(doc.attributions().iter().map(|a| a.cue.start));
    offsets.sort_unstable();
    offsets.dedup();
    let places = doc.line_cols(&offsets);
    let at = |offset: usize| {
        let place = offsets
            .binary_search(&offset)
            .map_or_else(|_| doc.line_col(offset), |i| places[i]);
        format!("{mark}{place}")
    };
    let pos = |span: Span| format!("{}-{}", at(span.start), at(span.end));
    for (bi, block) in doc.blocks().iter().enumerate() {
        let _ = writeln!(out, "b{bi} {} {}", block.kind.name(), pos(block.span));
        for si in block.sentences.clone() {
            let s = &doc.sentences()[si];
            let _ = writeln!(out, "  s{si} {} {}", at(s.span.start), doc.prose(s.span));
            if options.tokens {
                for ti in s.tokens.clone() {
                    let t = &doc.tokens()[ti];
                    let kind = match t.kind {
                        TokenKind::Word => "word",
                        TokenKind::Number => "num",
                        TokenKind::Quote => "quote",
                        TokenKind::Punct => "punct",
                    };
                    let mut flags = Vec::new();
                    let checks = [
                        (t.is_capitalised(), "cap"),
                        (t.is_all_caps(), "caps"),
                        (t.is_abbreviation(), "abbr"),
                        (t.is_open_quote(), "open"),
                        (t.is_close_quote(), "close"),
                    ];
                    flags.extend(checks.iter().filter(|c| c.0).map(|c| c.1.to_owned()));
                    if t.quote_depth > 0 {
                        flags.push(format!("q{}", t.quote_depth));
                    }
                    let text = doc.text(t.span());
                    let norm = doc.norm(t);
                    let norm = if norm == text {
                        String::new()
                    } else {
                        format!(" ={norm}")
                    };
                    let flags = if flags.is_empty() {
                        String::new()
                    } else {
                        format!(" {}", flags.join(","))
                    };
                    let _ = writeln!(out, "    {kind} {text}{norm}{flags}");
                }
            }
        }
    }
    if !doc.quotes().is_empty() {
        out.push_str("quotes\n");
        for (qi, q) in doc.quotes().iter().enumerate() {
            let state = match (q.closed, q.open) {
                (true, _) => "closed",
                (false, Some(_)) => "unclosed",
                (false, None) => "stray",
            };
            let paras = if q.blocks > 1 {
                format!(" paragraphs={}", q.blocks)
            } else {
                String::new()
            };
            let style = q.style.name();
            let _ = writeln!(
                out,
                "  q{qi} {} {state} {style} depth={}{paras} {}",
                pos(q.span),
                q.depth,
                doc.prose(q.span)
            );
        }
    }
    if !doc.attributions().is_empty() {
        out.push_str("attributions\n");
        for (ai, a) in doc.attributions().iter().enumerate() {
            let source = a
                .source
                .map_or_else(|| "-".to_owned(), |s| format!("«{}»", doc.prose(s)));
            let speaker = a
                .speaker
                .as_ref()
                .map_or_else(String::new, |n| format!(" = {n}"));
            let response = match a.response {
                Some(crate::model::Response::Denial) => " denial",
                Some(crate::model::Response::NonResponse) => " non-response",
                None => "",
            };
            let content = a.content.map_or_else(String::new, |c| {
                // Only the words shown are gathered.
                let c = Span::new(c.start, c.end.min(c.start + 4 * MAX_SHOWN_CONTENT));
                format!(" → «{}»", shortened(doc.prose(c)))
            });
            let _ = writeln!(
                out,
                "  a{ai} {} cue «{}» {} ({}) {source}{speaker}{response}{content}",
                at(a.cue.start),
                doc.prose(a.cue),
                a.kind.name(),
                a.classified_by,
            );
        }
    }
    out
}

/// What an attribution's content shows: at most [`MAX_SHOWN_CONTENT`] characters, then `…`
/// (a run-on sentence of thousands of cues would otherwise repeat the whole of it for each).
fn shortened(text: String) -> String {
    match text.char_indices().nth(MAX_SHOWN_CONTENT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// The longest attribution content `outline` shows, in characters.
const MAX_SHOWN_CONTENT: usize = 300;
