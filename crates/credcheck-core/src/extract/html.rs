//! HTML pages: the prose of paragraphs, headings, list items, quotations, captions and table
//! cells, read with a WHATWG tokenizer (html5gum); never scripts, styles, code, navigation,
//! attributes or comments — except credcheck's own suppression comments.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::{Builder, Extracted, Origin};
use crate::model::BlockKind;
use crate::span::LineIndex;

/// Elements whose content is never prose.
const SKIPPED: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"code",
    b"pre",
    b"nav",
    b"svg",
    b"math",
    b"head",
    b"iframe",
    b"object",
    b"textarea",
    b"select",
    b"button",
    b"kbd",
    b"samp",
    b"var",
];

/// Elements that end a block where they start and where they end.
const BLOCKS: &[&[u8]] = &[
    b"p",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"li",
    b"blockquote",
    b"figcaption",
    b"figure",
    b"td",
    b"th",
    b"caption",
    b"tr",
    b"table",
    b"div",
    b"section",
    b"article",
    b"header",
    b"footer",
    b"main",
    b"aside",
    b"ul",
    b"ol",
    b"dl",
    b"dt",
    b"dd",
    b"address",
    b"body",
    b"html",
    b"hr",
    b"details",
    b"summary",
    b"form",
    b"fieldset",
    b"legend",
];

/// The prose of an HTML page.
pub(crate) fn extract(page: String) -> Extracted {
    let mut out = Builder::default();
    // Open block elements, innermost last, and how many of each kind are open.
    let mut open = Open::default();
    // Inside a skipped element: its name and how deeply it is nested in itself.
    let mut skipping: Option<(Vec<u8>, usize)> = None;
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(page.as_str(), emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.0.to_ascii_lowercase();
                if let Some((skipped, depth)) = &mut skipping {
                    if *skipped == name && !tag.self_closing {
                        *depth += 1;
                    }
                    continue;
                }
                let hidden = tag.attributes.contains_key(b"hidden".as_slice())
                    || tag
                        .attributes
                        .get(b"aria-hidden".as_slice())
                        .is_some_and(|v| v.value.0.eq_ignore_ascii_case(b"true"));
                if (SKIPPED.contains(&name.as_slice()) || hidden) && !tag.self_closing {
                    close(&mut out, &open);
                    skipping = Some((name, 1));
                    continue;
                }
                if BLOCKS.contains(&name.as_slice()) {
                    close(&mut out, &open);
                    if !matches!(name.as_slice(), b"hr") && !tag.self_closing {
                        open.push(&name);
                    }
                } else if matches!(name.as_slice(), b"br" | b"img" | b"wbr") {
                    out.space(tag.span.start);
                } else if name == b"q" {
                    // `<q>` is shown with quotation marks: the quotation is one.
                    out.push("“", tag.span.start, false);
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.0.to_ascii_lowercase();
                if let Some((skipped, depth)) = &mut skipping {
                    if *skipped == name {
                        *depth -= 1;
                        if *depth == 0 {
                            skipping = None;
                        }
                    }
                    continue;
                }
                if BLOCKS.contains(&name.as_slice()) {
                    close(&mut out, &open);
                    open.pop_to(&name);
                } else if name == b"q" {
                    out.push("”", tag.span.start, false);
                }
            }
            Token::String(s) => {
                if skipping.is_some() {
                    continue;
                }
                let start = s.span.start;
                let raw = page.get(start..s.span.end).unwrap_or("");
                let text = String::from_utf8_lossy(&s.value.0);
                push_text(&mut out, &text, raw, start);
            }
            Token::Comment(c) => {
                if skipping.is_some() {
                    continue;
                }
                let raw = page.get(c.span.start..c.span.end).unwrap_or("");
                if c.value
                    .0
                    .trim_ascii_start()
                    .starts_with(b"credcheck-ignore")
                {
                    close(&mut out, &open);
                    out.marker(raw.trim(), c.span.start);
                }
            }
            Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    close(&mut out, &open);
    out.finish(|runs| Origin::Html {
        lines: LineIndex::new(&page),
        page,
        runs,
    })
}

/// How far an end tag looks for its start among the open blocks: a stray `</p>` under
/// thousands of `<div>`s costs this much, not the whole stack.
const MAX_END_SEARCH: usize = 64;

/// The open block elements, with a count per kind that decides a block's kind (so closing a
/// block never walks the stack).
#[derive(Debug, Default)]
struct Open {
    names: Vec<Vec<u8>>,
    /// Open headings, table cells, list items and block quotations.
    counts: [usize; 4],
}

fn kind_index(name: &[u8]) -> Option<usize> {
    match name {
        b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" => Some(0),
        b"td" | b"th" => Some(1),
        b"li" => Some(2),
        b"blockquote" => Some(3),
        _ => None,
    }
}

impl Open {
    fn push(&mut self, name: &[u8]) {
        if let Some(k) = kind_index(name) {
            self.counts[k] += 1;
        }
        self.names.push(name.to_vec());
    }

    /// Closes `name` and what is open inside it, if it is open near the top.
    fn pop_to(&mut self, name: &[u8]) {
        let len = self.names.len();
        let Some(at) = self.names[len.saturating_sub(MAX_END_SEARCH)..]
            .iter()
            .rposition(|n| n == name)
            .map(|k| k + len.saturating_sub(MAX_END_SEARCH))
        else {
            return;
        };
        for n in self.names.drain(at..) {
            if let Some(k) = kind_index(&n) {
                self.counts[k] -= 1;
            }
        }
    }

    fn kind(&self) -> BlockKind {
        match self.counts {
            [h, ..] if h > 0 => BlockKind::Heading,
            [_, c, ..] if c > 0 => BlockKind::TableCell,
            [_, _, l, _] if l > 0 => BlockKind::ListItem,
            [_, _, _, q] if q > 0 => BlockKind::BlockQuote,
            _ => BlockKind::Paragraph,
        }
    }
}

/// Closes the open block with the kind its enclosing elements give it.
fn close(out: &mut Builder, open: &Open) {
    if out.in_block() {
        out.end_block(open.kind());
    }
}

/// Adds a text node: where its decoded text equals its source, byte for byte; around each
/// character reference (`&rsquo;`, `&#8220;`), the decoded character at the reference.
fn push_text(out: &mut Builder, text: &str, raw: &str, start: usize) {
    if text == raw {
        out.push(text, start, true);
        return;
    }
    // Walk both: equal characters advance together; a `&` in the source that the text does
    // not have as-is is a reference, which gave one decoded character.
    let mut r = 0; // in raw
    let mut pending = String::new();
    let mut pending_at = start;
    let flush = |out: &mut Builder, pending: &mut String, at: usize| {
        if !pending.is_empty() {
            out.push(pending, at, true);
            pending.clear();
        }
    };
    for c in text.chars() {
        let rest = raw.get(r..).unwrap_or("");
        // `AT&T`: a bare `&` is itself (`&amp;` is a reference that gives one).
        let literal_amp = c == '&'
            && !["&amp", "&AMP", "&#38", "&#x26", "&#X26"]
                .iter()
                .any(|r| rest.starts_with(r));
        if rest.starts_with('&') && !literal_amp {
            if let Some(len) = reference_len(rest) {
                // `&amp;` is `&`; `&rsquo;` is `’`: one decoded character either way.
                flush(out, &mut pending, pending_at);
                let mut buf = [0u8; 4];
                out.push(c.encode_utf8(&mut buf), start + r, false);
                r += len;
                pending_at = start + r;
                continue;
            }
        }
        if rest.starts_with(c) {
            if pending.is_empty() {
                pending_at = start + r;
            }
            pending.push(c);
            r += c.len_utf8();
        } else {
            // The source and the text disagree (a NUL replaced, CR LF folded): this character
            // is placed where the source is now.
            flush(out, &mut pending, pending_at);
            let mut buf = [0u8; 4];
            out.push(c.encode_utf8(&mut buf), start + r.min(raw.len()), false);
            if rest.starts_with("\r\n") && c == '\n' {
                r += 2;
            } else if let Some(rc) = rest.chars().next() {
                r += rc.len_utf8();
            }
            pending_at = start + r;
        }
    }
    flush(out, &mut pending, pending_at);
}

/// The length of the character reference at the start of `s` (`&amp;`, `&#39;`, `&#x201C;`,
/// `&nbsp` without its semicolon), if there is one.
fn reference_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let body = b
        .iter()
        .skip(1)
        .take(40)
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'#')
        .count();
    if body == 0 {
        return None;
    }
    Some(if b.get(1 + body) == Some(&b';') {
        body + 2
    } else {
        body + 1
    })
}
