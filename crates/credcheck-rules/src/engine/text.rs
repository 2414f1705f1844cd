//! Small questions about the document that several trigger kinds ask.

use credcheck_core::{Document, Span, Token, TokenKind};

use crate::index::DocIndex;
use crate::pack::{ContentMatch, QuoteScope, Window};
use crate::pattern::Class;
use crate::rule::Rule;

/// Does an attribution's content satisfy a rule's `content` condition?
pub(super) fn content_matches(doc: &Document, content: Option<Span>, want: ContentMatch) -> bool {
    let quoted = || {
        content.is_some_and(|span| {
            let mut words = doc.words_in(span).peekable();
            words.peek().is_some() && words.all(Token::in_quote)
        })
    };
    match want {
        ContentMatch::Any => true,
        ContentMatch::Quote => quoted(),
        ContentMatch::Paraphrase => content.is_some() && !quoted(),
    }
}

/// Does an attribution's content open with `whether` or `if` — a question whether something
/// is so? (Not an offer: `asking if they want to attend the new show`.) Read on the tokens'
/// matching forms, in place.
pub(super) fn asks_whether(doc: &Document, content: Option<Span>) -> bool {
    content.is_some_and(|span| {
        let mut words = doc.words_in(span).map(|t| doc.norm(t));
        matches!(words.next(), Some("whether" | "if"))
            && !words.take(3).any(|w| {
                matches!(
                    w,
                    "want" | "wants" | "wanted" | "wish" | "wished" | "like" | "prefer"
                )
            })
    })
}

/// Are the words of `span` all pronouns (`they`, `he`)?
pub(super) fn is_pronoun(doc: &Document, idx: &DocIndex, span: Span) -> bool {
    let tokens = doc.tokens();
    let first = tokens.partition_point(|t| t.span().end <= span.start);
    let mut any = false;
    for (k, t) in tokens[first..].iter().enumerate() {
        if t.span().start >= span.end {
            break;
        }
        if t.is_wordlike() {
            if !idx.has_class(first + k, Class::Pron) {
                return false;
            }
            any = true;
        }
    }
    any
}

/// The sentence ids (inclusive range) a window covers around sentence `si`.
pub(super) fn window(doc: &Document, si: usize, window: Window) -> (usize, usize) {
    let last = doc.sentences().len().saturating_sub(1);
    match window {
        Window::Sentence => (si, si),
        Window::PreviousSentence => (si.saturating_sub(1), si),
        Window::SentenceNext => (si, (si + 1).min(last)),
        Window::Around => (si.saturating_sub(1), (si + 1).min(last)),
        Window::AroundNextTwo => (si.saturating_sub(1), (si + 2).min(last)),
        Window::Paragraph => {
            let b = &doc.blocks()[doc.sentences()[si].block.index()];
            // (A paragraph of one sentence reaches back to the sentence before it: agency copy
            // sets every sentence in its own paragraph, and what the paragraph window is for —
            // the trial named before `is accused of…` — stands in the paragraph before.)
            let from = if b.sentences.len() == 1 {
                si.saturating_sub(1)
            } else {
                b.sentences.start
            };
            (from, b.sentences.end.saturating_sub(1))
        }
        Window::Document => (0, last),
    }
}

/// Is any of the sorted `sentences` inside the inclusive range?
pub(super) fn any_in(sentences: &[usize], (lo, hi): (usize, usize)) -> bool {
    let i = sentences.partition_point(|&s| s < lo);
    sentences.get(i).is_some_and(|&s| s <= hi)
}

/// The source span of token range `(a, b)`, whole words: a range that starts at a contraction's
/// `n't` (`…who wasn't authorized`, read `was` `not`) starts at its auxiliary, and one that
/// ends at the auxiliary takes its `n't` in (a highlight never cuts `couldn't` in two).
pub(super) fn token_span(doc: &Document, (a, b): (usize, usize)) -> Span {
    let tokens = doc.tokens();
    if a >= b {
        let at = tokens.get(a).map_or(0, |t| t.span().start);
        return Span::new(at, at);
    }
    // (`n't` is the only word the tokenizer splits from the word before it with no space.)
    let tail = |k: usize| {
        k > 0
            && k < tokens.len()
            && tokens[k - 1].kind == TokenKind::Word
            && tokens[k - 1].span().end == tokens[k].span().start
            && doc.norm(&tokens[k]) == "not"
    };
    let a = if tail(a) { a - 1 } else { a };
    let b = if tail(b) { b + 1 } else { b };
    tokens[a].span().cover(tokens[b - 1].span())
}

/// The rule's message with `{match}` and `{suggest}` filled in (`{{`/`}}` are literal braces);
/// a finding with a safe fix suggests that fix.
pub(super) fn render(rule: &Rule, doc: &Document, span: Span, fix: Option<&str>) -> String {
    let mut out = String::with_capacity(rule.message.len() + 16);
    let mut rest = rule.message.as_str();
    // (A byte search: both braces are ASCII, and every finding's message is rendered — ten
    // times the rules, ten times the messages.)
    while let Some(i) = memchr::memchr2(b'{', b'}', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
        } else if let Some(t) = tail.strip_prefix("{match}") {
            let prose = doc.prose(span);
            // Words that are not prose (a suppression marker) are shown as written.
            out.push_str(if prose.is_empty() {
                doc.text(span)
            } else {
                &prose
            });
            rest = t;
        } else if let Some(t) = tail.strip_prefix("{suggest}") {
            match fix {
                Some(fix) => {
                    out.push('“');
                    out.push_str(fix);
                    out.push('”');
                }
                None => out.push_str(&rule.suggestions()),
            }
            rest = t;
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Do the words of `span` stand where `scope` asks — outside quotations (the writer's own words)
/// or inside them? A span with no words passes.
pub(super) fn in_quote_scope(doc: &Document, scope: QuoteScope, span: Span) -> bool {
    let mut words = doc.words_in(span).peekable();
    match scope {
        QuoteScope::Anywhere => true,
        _ if words.peek().is_none() => true,
        // A match that opens and closes in the writer's own words is theirs, scare quotes
        // inside it or not (`all unnamed "allies" of Mr Blair said`).
        QuoteScope::Outside => {
            let first = words.next().is_some_and(|t| !t.in_quote());
            first && words.last().is_none_or(|t| !t.in_quote())
        }
        QuoteScope::OutsideOrPartial => {
            let writers = |t: &Token| !t.in_quote() || in_partial_quote(doc, t);
            let first = words.next().is_some_and(writers);
            first && words.last().is_none_or(writers)
        }
        QuoteScope::Inside => words.all(Token::in_quote),
    }
}

/// Longest quotation, in words, still read as part of the writer's sentence; a quotation that
/// goes on the writer's own reported clause may run to three times as long.
const PARTIAL_QUOTE_WORDS: usize = 6;
const CLAUSE_QUOTE_WORDS: usize = 3 * PARTIAL_QUOTE_WORDS;

/// Attributions of one sentence looked at for the clause a quotation goes on.
const ATTRIBUTIONS_PER_SENTENCE: usize = 64;

/// Is `token` inside a short quotation woven into the writer's own sentence — opened right
/// after a word, not a full quotation that opens the sentence or follows a colon or a comma
/// (`the company "categorically denies" the claims`, `said it "does not recognise" the
/// figures`)? What stands in it is reported in the writer's syntax, like the words around it.
fn in_partial_quote(doc: &Document, token: &Token) -> bool {
    let at = token.span().start;
    let quotes = doc.quotes();
    let i = quotes.partition_point(|q| q.span.start <= at);
    let Some(q) = i.checked_sub(1).map(|i| &quotes[i]) else {
        return false;
    };
    let (Some(open), Some(close)) = (q.open, q.close) else {
        return false;
    };
    let tokens = doc.tokens();
    let (open, close) = (open.index(), close.index());
    let woven = q.span.end > at
        && q.depth == 0
        && q.closed
        && open > 0
        && tokens[open - 1].kind == credcheck_core::TokenKind::Word
        && close > open
        // (Bounded before counting: a finding inside a long quotation costs no more.)
        && close - open <= 3 * CLAUSE_QUOTE_WORDS;
    if !woven {
        return false;
    }
    let words = tokens[open + 1..close]
        .iter()
        .filter(|t| t.kind == credcheck_core::TokenKind::Word)
        .count();
    words <= PARTIAL_QUOTE_WORDS
        || words <= CLAUSE_QUOTE_WORDS && continues_reported_clause(doc, open)
}

/// `said in a statement it "rejects these allegations in the strongest possible terms"`: does
/// the quotation opened at token `open` go on the writer's own clause after its subject — a
/// reported statement whose content holds it?
fn continues_reported_clause(doc: &Document, open: usize) -> bool {
    let tokens = doc.tokens();
    if !matches!(
        doc.norm(&tokens[open - 1]),
        "it" | "he" | "she" | "they" | "we"
    ) {
        return false;
    }
    let si = tokens[open].sentence.index();
    let attributions = doc.attributions();
    let first = attributions.partition_point(|a| a.sentence.index() < si);
    let subject = tokens[open - 1].span().start;
    // (A sentence's first attributions only: a run-on sentence of thousands of them must not
    // make every quotation in it cost as many.)
    attributions[first..]
        .iter()
        .take_while(|a| a.sentence.index() == si)
        .take(ATTRIBUTIONS_PER_SENTENCE)
        .any(|a| {
            a.cue.end <= subject
                && a.content
                    .is_some_and(|c| c.start <= subject && tokens[open].span().start < c.end)
        })
}

#[cfg(test)]
mod tests {
    use credcheck_core::{Document, Format};

    use super::*;

    #[test]
    fn windows_are_sentence_ranges_clamped_to_the_draft_and_paragraph() {
        let doc = Document::parse("One. Two. Three.\n\nFour. Five.", Format::Text);
        assert_eq!(window(&doc, 0, Window::Sentence), (0, 0));
        assert_eq!(window(&doc, 0, Window::PreviousSentence), (0, 0));
        assert_eq!(window(&doc, 2, Window::SentenceNext), (2, 3));
        assert_eq!(window(&doc, 4, Window::Around), (3, 4));
        assert_eq!(window(&doc, 2, Window::AroundNextTwo), (1, 4));
        assert_eq!(window(&doc, 4, Window::AroundNextTwo), (3, 4));
        assert_eq!(window(&doc, 1, Window::Paragraph), (0, 2));
        assert_eq!(window(&doc, 3, Window::Paragraph), (3, 4));
        assert_eq!(window(&doc, 3, Window::Document), (0, 4));
        // A paragraph of one sentence reaches back to the sentence before (agency copy).
        let doc = Document::parse("One. Two.\n\nThree.\n\nFour.", Format::Text);
        assert_eq!(window(&doc, 2, Window::Paragraph), (1, 2));
        assert_eq!(window(&doc, 3, Window::Paragraph), (2, 3));
        assert_eq!(window(&doc, 0, Window::Paragraph), (0, 1));
    }

    #[test]
    fn any_in_and_sentence_index_at_search_sorted_positions() {
        assert!(any_in(&[1, 4, 9], (3, 5)));
        assert!(!any_in(&[1, 4, 9], (5, 8)));
        assert!(!any_in(&[], (0, 10)));
        let doc = Document::parse("One. Two.", Format::Text);
        assert_eq!(doc.sentence_index_at(0), 0);
        assert_eq!(doc.sentence_index_at(6), 1);
        assert_eq!(doc.sentence_index_at(100), 1);
    }
}
