//! Pairing quotation marks into quotations, across paragraphs where the news convention asks.

use crate::model::{Quote, QuoteStyle, Token, TokenFlags, TokenId, TokenKind};
use crate::span::Span;
use crate::tokenize::{Mark, MarkDir};

/// What the pairing pass decided a quotation-mark character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkRole {
    Open,
    Close,
    /// Re-opens a quotation continued from the previous paragraph.
    Reopen,
    /// A closing mark with nothing to close.
    Stray,
    /// An apostrophe after all (`Jones’`).
    Apostrophe,
}

struct Open {
    quote: usize,
    style: QuoteStyle,
}

/// The quotations open at a point, innermost last, with the stack positions of each style so
/// that "the innermost open quotation of this style" is found without a scan (a draft of
/// 100,000 opening marks must not cost 100,000² steps).
#[derive(Default)]
struct OpenStack {
    open: Vec<Open>,
    by_style: [Vec<usize>; 3],
}

fn style_slot(style: QuoteStyle) -> usize {
    match style {
        QuoteStyle::Double => 0,
        QuoteStyle::Single => 1,
        QuoteStyle::Guillemet => 2,
    }
}

impl OpenStack {
    fn len(&self) -> usize {
        self.open.len()
    }

    fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    fn first(&self) -> Option<&Open> {
        self.open.first()
    }

    /// Stack position of the innermost open quotation of `style`.
    fn innermost(&self, style: QuoteStyle) -> Option<usize> {
        self.by_style[style_slot(style)].last().copied()
    }

    fn push(&mut self, o: Open) {
        self.by_style[style_slot(o.style)].push(self.open.len());
        self.open.push(o);
    }

    fn pop(&mut self) -> Option<Open> {
        let o = self.open.pop()?;
        self.by_style[style_slot(o.style)].pop();
        Some(o)
    }

    /// Removes and returns the quotations from stack position `from` on.
    fn drain_from(&mut self, from: usize) -> Vec<Open> {
        let from = from.min(self.open.len());
        for o in &self.open[from..] {
            self.by_style[style_slot(o.style)].pop();
        }
        self.open.drain(from..).collect()
    }
}

/// Depth for output: nesting beyond 255 levels is reported as 255.
fn depth_of(n: usize) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

/// Pairs the quotation marks `marks` (token index and mark, in order) of `tokens`, grouped into
/// blocks by `blocks` (token ranges in order), and returns the quotations sorted by start. Sets
/// each mark token's kind and quote flags, and every token's quotation depth.
pub(crate) fn pair_quotes(
    source: &str,
    tokens: &mut [Token],
    marks: &[(usize, Mark)],
    blocks: &[std::ops::Range<usize>],
) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut stack = OpenStack::default();
    let mut next_mark = 0;
    let mut reopened = None;

    for (bi, range) in blocks.iter().enumerate() {
        while let Some(&(i, mark)) = marks.get(next_mark).filter(|m| m.0 < range.end) {
            next_mark += 1;
            if reopened == Some(i) {
                continue; // already taken as the re-opening of a continued quotation
            }
            let mut open_of_style = stack.innermost(mark.style);
            // `said: "I think it is important. "These lessons will…"`: a straight mark shaped to
            // open, after the end of a sentence, while a quotation of its style is open — the
            // close before it was lost. The open one ends with its sentence; this one opens.
            // (So does a curly opening mark: `“…that is right. “But those are…”` — English
            // nests single marks inside double ones, never double inside double; was a second
            // quotation inside the first, which then held the rest of the paragraph.)
            let restart = matches!(mark.dir, MarkDir::Either | MarkDir::Open)
                && mark.style == QuoteStyle::Double
                && mark.left
                && !mark.right
                && i > range.start
                && tokens[i].has_space_before()
                && matches!(
                    source.get(tokens[i - 1].span().start..tokens[i - 1].span().end),
                    Some("." | "!" | "?")
                );
            if let (true, Some(at)) = (restart, open_of_style) {
                let end = tokens[i - 1].span().end;
                for o in stack.drain_from(at) {
                    let q = &mut quotes[o.quote];
                    q.span = q.span.cover(Span::new(end, end));
                }
                open_of_style = None;
            }
            let role = match (mark.dir, open_of_style) {
                // `“expedited review“`: an opening mark after a word, before a space or
                // punctuation, closes what is open (a word processor's wrong guess).
                // (And one standing free between spaces, `tried everything. “ The only…`: a
                // mark no word follows opens nothing.)
                (MarkDir::Open, Some(_)) if !mark.left => MarkRole::Close,
                // `Trump‘s`: a left single mark inside a word is an apostrophe, not a
                // quotation that would run to the end of the story.
                (MarkDir::Open, _) if mark.style == QuoteStyle::Single && !mark.left => {
                    MarkRole::Apostrophe
                }
                (MarkDir::Open, _) => MarkRole::Open,
                (MarkDir::Either, Some(_)) if mark.right || !mark.left => MarkRole::Close,
                (MarkDir::Either, Some(_)) if mark.style == QuoteStyle::Double => MarkRole::Close,
                (MarkDir::Either, _) if mark.left => MarkRole::Open,
                (MarkDir::Close | MarkDir::Either, Some(_)) => MarkRole::Close,
                // `”This is why ISIS has to be destroyed…,” said…`: a closing double mark
                // before a word, with nothing open, opens (the same wrong guess the other way).
                (MarkDir::Close, None)
                    if mark.style == QuoteStyle::Double && mark.left && !mark.right =>
                {
                    MarkRole::Open
                }
                (_, None) if mark.style == QuoteStyle::Single => MarkRole::Apostrophe,
                (_, None) => MarkRole::Stray,
            };
            let tok_span = tokens[i].span();
            match role {
                MarkRole::Open => {
                    stack.push(Open {
                        quote: quotes.len(),
                        style: mark.style,
                    });
                    quotes.push(Quote {
                        span: tok_span,
                        closed: false,
                        style: mark.style,
                        open: Some(TokenId::new(i)),
                        close: None,
                        depth: depth_of(stack.len() - 1),
                        blocks: 1,
                        verb_after: false,
                    });
                }
                MarkRole::Close => {
                    let at = open_of_style.unwrap_or(stack.len().saturating_sub(1));
                    // Marks opened inside the one being closed were never closed themselves.
                    for inner in stack.drain_from(at + 1) {
                        let q = &mut quotes[inner.quote];
                        q.span = q.span.cover(Span::new(tok_span.start, tok_span.start));
                    }
                    if let Some(o) = stack.pop() {
                        let q = &mut quotes[o.quote];
                        q.span = q.span.cover(tok_span);
                        q.close = Some(TokenId::new(i));
                        q.closed = true;
                    }
                }
                MarkRole::Stray => quotes.push(Quote {
                    span: tok_span,
                    closed: false,
                    style: mark.style,
                    open: None,
                    close: Some(TokenId::new(i)),
                    depth: depth_of(stack.len()),
                    blocks: 1,
                    verb_after: false,
                }),
                MarkRole::Apostrophe | MarkRole::Reopen => {}
            }
            set_role(&mut tokens[i], role);
        }

        // End of block: a quotation left open continues only if the next block re-opens it.
        if stack.is_empty() {
            continue;
        }
        let block_end = tokens[range.clone()].last().map_or(0, |t| t.span().end);
        let reopen = blocks.get(bi + 1).and_then(|next| {
            let first = next.start;
            let &(at, mark) = marks.get(next_mark)?;
            let continues = at == first
                && next.start < next.end
                && mark.dir != MarkDir::Close
                && mark.left
                && stack.first().is_some_and(|o| o.style == mark.style);
            continues.then_some(first)
        });
        let keep = usize::from(reopen.is_some());
        for o in stack.drain_from(keep) {
            let q = &mut quotes[o.quote];
            q.span = q.span.cover(Span::new(block_end, block_end));
        }
        if let (Some(first), Some(outer)) = (reopen, stack.first()) {
            let q = &mut quotes[outer.quote];
            q.blocks += 1;
            q.span = q.span.cover(tokens[first].span());
            set_role(&mut tokens[first], MarkRole::Reopen);
            reopened = Some(first);
        }
    }
    // Whatever is still open at the end of the document stays unclosed; its span already ends
    // at the end of the last block it reached.

    // Each token's depth: how many quotations hold it. One difference array over the tokens,
    // not a pass over each quotation's tokens (nested quotations would make that quadratic).
    let mut delta = vec![0i64; tokens.len() + 1];
    for q in &quotes {
        let (Some(open), inner_end) = (q.open.map(TokenId::index), q.close.map(TokenId::index))
        else {
            continue;
        };
        let last = inner_end.unwrap_or_else(|| last_token_before(tokens, q.span.end) + 1);
        if last > open + 1 {
            delta[open + 1] += 1;
            delta[last] -= 1;
        }
    }
    let mut depth = 0i64;
    for (t, d) in tokens.iter_mut().zip(&delta) {
        depth += d;
        let inside = u8::try_from(depth.max(0)).unwrap_or(u8::MAX);
        t.quote_depth = t.quote_depth.saturating_add(inside);
    }
    quotes.sort_by_key(|q| (q.span.start, q.depth));
    quotes
}

fn last_token_before(tokens: &[Token], end: usize) -> usize {
    tokens
        .partition_point(|t| t.span().end <= end)
        .saturating_sub(1)
}

fn set_role(tok: &mut Token, role: MarkRole) {
    match role {
        MarkRole::Open | MarkRole::Reopen => {
            tok.kind = TokenKind::Quote;
            tok.flags.set(TokenFlags::OPEN_QUOTE);
        }
        MarkRole::Close => {
            tok.kind = TokenKind::Quote;
            tok.flags.set(TokenFlags::CLOSE_QUOTE);
        }
        MarkRole::Stray => tok.kind = TokenKind::Quote,
        MarkRole::Apostrophe => tok.kind = TokenKind::Punct,
    }
}
