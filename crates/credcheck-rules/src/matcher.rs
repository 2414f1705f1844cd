//! Matching one pattern tree at one token position: backtracking, greedy, leftmost-first.
//!
//! Alternatives are tried in order, repetitions take as many tokens as they can before giving
//! back, and list references try their longest entry first. A step budget bounds the work on
//! pathological patterns.

use std::cell::Cell;

use credcheck_core::{Document, TokenKind};

use crate::index::DocIndex;
use crate::pattern::{Node, Test};

/// Work allowed for one attempt at one position before it is abandoned as no match.
const STEP_BUDGET: u32 = 20_000;
/// Nested calls allowed for one attempt (each token a gap takes nests a few): a bound on stack
/// use, so `_*` across a 60,000-token sentence gives up instead of overflowing the stack.
const DEPTH_LIMIT: u32 = 1_000;

/// A match: token range `start..end` and the highlighted token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub hl: (usize, usize),
}

/// Tries patterns inside one sentence (token range `lo..hi`).
pub(crate) struct SentenceMatcher<'a> {
    pub doc: &'a Document,
    pub idx: &'a DocIndex<'a>,
    pub lo: usize,
    pub hi: usize,
    steps: Cell<u32>,
    /// Steps allowed in the current attempt.
    limit: Cell<u32>,
    depth: Cell<u32>,
}

type Hl = Option<(usize, usize)>;

impl<'a> SentenceMatcher<'a> {
    pub fn new(doc: &'a Document, idx: &'a DocIndex<'a>, lo: usize, hi: usize) -> Self {
        SentenceMatcher {
            doc,
            idx,
            lo,
            hi,
            steps: Cell::new(0),
            limit: Cell::new(STEP_BUDGET),
            depth: Cell::new(0),
        }
    }

    /// The match of `node` starting at token `start`, if any, spending at most `budget` steps
    /// (and never more than the per-attempt budget); also returns the steps spent.
    pub fn match_at(&self, node: &Node, start: usize, budget: u64) -> (Option<Hit>, u64) {
        self.steps.set(0);
        self.limit
            .set(u32::try_from(budget).unwrap_or(u32::MAX).min(STEP_BUDGET));
        let mut out = None;
        let mut hl: Hl = None;
        self.m(node, start, &mut hl, &mut |end, hl| {
            out = Some(Hit {
                start,
                end,
                hl: hl.unwrap_or((start, end)),
            });
            true
        });
        (out, u64::from(self.steps.get()))
    }

    fn tick(&self) -> bool {
        let n = self.steps.get() + 1;
        self.steps.set(n);
        n <= self.limit.get()
    }

    fn test(&self, test: &Test, i: usize) -> bool {
        match test {
            Test::Word(w) => self.idx.words[i] == *w,
            Test::List(l) => self.idx.in_list(i, *l),
            Test::Class(c) => self.idx.has_class(i, *c),
        }
    }

    fn m(
        &self,
        node: &Node,
        pos: usize,
        hl: &mut Hl,
        k: &mut dyn FnMut(usize, &mut Hl) -> bool,
    ) -> bool {
        if !self.tick() || self.depth.get() >= DEPTH_LIMIT {
            return false;
        }
        self.depth.set(self.depth.get() + 1);
        let found = self.m_inner(node, pos, hl, k);
        self.depth.set(self.depth.get() - 1);
        found
    }

    fn m_inner(
        &self,
        node: &Node,
        pos: usize,
        hl: &mut Hl,
        k: &mut dyn FnMut(usize, &mut Hl) -> bool,
    ) -> bool {
        match node {
            Node::Word(w) => pos < self.hi && self.idx.words[pos] == *w && k(pos + 1, hl),
            Node::Class(c) => pos < self.hi && self.idx.has_class(pos, *c) && k(pos + 1, hl),
            Node::Any => pos < self.hi && k(pos + 1, hl),
            Node::Not(tests) => {
                pos < self.hi && !tests.iter().any(|t| self.test(t, pos)) && k(pos + 1, hl)
            }
            Node::List(l) => {
                if pos >= self.hi {
                    return false;
                }
                for len in self.idx.entry_lens(pos, *l) {
                    let end = pos + len as usize;
                    if end <= self.hi && k(end, hl) {
                        return true;
                    }
                }
                false
            }
            Node::Start => self.at_start(pos) && k(pos, hl),
            Node::End => self.at_end(pos) && k(pos, hl),
            Node::Seq(items) => self.seq(items, pos, hl, k),
            Node::Alt(arms) => arms.iter().any(|arm| self.m(arm, pos, hl, k)),
            Node::Repeat(inner, min, max) => self.rep(inner, *min, *max, 0, pos, hl, k),
            Node::Highlight(inner) => {
                let saved = *hl;
                let found = self.m(inner, pos, hl, &mut |end, hl: &mut Hl| {
                    let before = *hl;
                    *hl = Some((pos, end));
                    if k(end, hl) {
                        true
                    } else {
                        *hl = before;
                        false
                    }
                });
                if !found {
                    *hl = saved;
                }
                found
            }
        }
    }

    fn seq(
        &self,
        items: &[Node],
        pos: usize,
        hl: &mut Hl,
        k: &mut dyn FnMut(usize, &mut Hl) -> bool,
    ) -> bool {
        match items.split_first() {
            None => k(pos, hl),
            Some((first, rest)) => self.m(first, pos, hl, &mut |p, hl: &mut Hl| {
                self.seq(rest, p, hl, k)
            }),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn rep(
        &self,
        inner: &Node,
        min: u32,
        max: Option<u32>,
        count: u32,
        pos: usize,
        hl: &mut Hl,
        k: &mut dyn FnMut(usize, &mut Hl) -> bool,
    ) -> bool {
        if max.is_none_or(|m| count < m)
            && pos < self.hi
            && self.m(inner, pos, hl, &mut |p, hl: &mut Hl| {
                p > pos && self.rep(inner, min, max, count + 1, p, hl, k)
            })
        {
            return true;
        }
        count >= min && k(pos, hl)
    }

    /// `^`: only opening marks stand between the sentence start and `pos`.
    fn at_start(&self, pos: usize) -> bool {
        self.doc.tokens()[self.lo..pos].iter().all(|t| {
            t.is_open_quote() || matches!(self.doc.norm(t), "(" | "[" | "-" | "–" | "—" | "•" | "*")
        })
    }

    /// `$`: only closing punctuation stands between `pos` and the sentence end.
    fn at_end(&self, pos: usize) -> bool {
        self.doc.tokens()[pos.min(self.hi)..self.hi]
            .iter()
            .all(|t| {
                t.is_close_quote()
                    || (t.kind != TokenKind::Word
                        && matches!(
                            self.doc.norm(t),
                            "." | "!" | "?" | "..." | ")" | "]" | ":" | ";" | "\"" | "'"
                        ))
            })
    }
}
