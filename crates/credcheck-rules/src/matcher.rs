//! Matching one pattern tree at one token position: backtracking, greedy, leftmost-first.
//!
//! Alternatives are tried in order, repetitions take as many tokens as they can before giving
//! back, and list references try their longest entry first. A step budget bounds the work on
//! pathological patterns.

use std::cell::Cell;

use credcheck_core::{Document, TokenKind};

use crate::index::DocIndex;
use crate::pattern::{ListId, Node, Test, WordId};

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
    /// Where the current attempt began: elements after the first may step over a passing
    /// adverb or aside ([`DocIndex::passing`]), the first may not.
    start: Cell<usize>,
    /// Where a gap or run just ended: no stepping over there.
    held: Cell<usize>,
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
            start: Cell::new(lo),
            held: Cell::new(usize::MAX),
        }
    }

    /// The match of `node` starting at token `start`, if any, spending at most `budget` steps
    /// (and never more than the per-attempt budget); also returns the steps spent.
    pub fn match_at(&self, node: &Prog, start: usize, budget: u64) -> (Option<Hit>, u64) {
        self.steps.set(0);
        self.start.set(start);
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

    fn m(
        &self,
        node: &Prog,
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
        node: &Prog,
        pos: usize,
        hl: &mut Hl,
        k: &mut dyn FnMut(usize, &mut Hl) -> bool,
    ) -> bool {
        match node {
            Prog::Tok(set) => pos < self.hi && set.test(self.idx, pos) && k(pos + 1, hl),
            Prog::List(l) => {
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
            Prog::Start => self.at_start(pos) && k(pos, hl),
            Prog::End => self.at_end(pos) && k(pos, hl),
            Prog::Seq(items) => self.seq(items, pos, hl, k),
            Prog::Alt(arms) => arms.iter().any(|arm| self.m(arm, pos, hl, k)),
            Prog::RepTok(set, min, max) => {
                // One token per repetition, one way each: take the longest run, then give back.
                let (min, max) = (*min as usize, max.map_or(usize::MAX, |m| m as usize));
                // Each token of the run is a step, as it was when each repetition was one.
                let mut run = 0;
                while run < max && pos + run < self.hi && set.test(self.idx, pos + run) {
                    if !self.tick() {
                        return false;
                    }
                    run += 1;
                }
                (min..=run).rev().any(|n| self.tick() && k(pos + n, hl))
            }
            Prog::Repeat(inner, min, max) => self.rep(inner, *min, *max, 0, pos, hl, k),
            Prog::Highlight(inner) => {
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
        mut items: &[Prog],
        mut pos: usize,
        hl: &mut Hl,
        k: &mut dyn FnMut(usize, &mut Hl) -> bool,
    ) -> bool {
        // One-token tests match one way only: walk them without a continuation.
        while let Some((Prog::Tok(set), rest)) = items.split_first() {
            if !self.tick() || pos >= self.hi {
                return false;
            }
            if !set.test(self.idx, pos) {
                let over = pos + self.passing(pos);
                if over == pos || over >= self.hi || !set.test(self.idx, over) {
                    return false;
                }
                pos = over;
            } else if set.negated {
                // (A word that must not follow must not follow past what is stepped over
                // either: `!(from | by)` fails at `came under "attack" from rivals` and at
                // `came under fire also from`.)
                let over = pos + self.passing(pos);
                if over > pos && over < self.hi && !set.test(self.idx, over) {
                    return false;
                }
                // (Nor come before it, past what is stepped over: `!(was | were) denied` fails
                // at `was later denied` and at `was, however, denied` as at `was denied`.)
                if pos == self.start.get()
                    && self
                        .idx
                        .passing_span_ending_at(pos)
                        .is_some_and(|s| s > self.lo && !set.test(self.idx, s - 1))
                {
                    return false;
                }
            }
            pos += 1;
            items = rest;
        }
        match items.split_first() {
            None => k(pos, hl),
            Some((first, rest)) => {
                // (After a gap or a run, `_{0,2} said`, nothing more is stepped over: the gap
                // says how far the pattern reaches.)
                let run = match first {
                    Prog::RepTok(set, _, max) => set.any() || max.is_none_or(|m| m > 1),
                    Prog::Repeat(_, _, max) => max.is_none_or(|m| m > 1),
                    _ => false,
                };
                let over = pos + self.passing(pos);
                if !run {
                    return self.m(first, pos, hl, &mut |p, hl: &mut Hl| {
                        self.seq(rest, p, hl, k)
                    }) || over > pos
                        && over < self.hi
                        && self.m(first, over, hl, &mut |p, hl: &mut Hl| {
                            self.seq(rest, p, hl, k)
                        });
                }
                let mut held = |p: usize, hl: &mut Hl| {
                    let saved = self.held.replace(p);
                    let found = self.seq(rest, p, hl, k);
                    self.held.set(saved);
                    found
                };
                self.m(first, pos, hl, &mut held)
                    || over > pos && over < self.hi && self.m(first, over, hl, &mut held)
            }
        }
    }

    /// Tokens an element after the attempt's first may step over at `pos`: `said` matches at
    /// `also said`, `reported` at `, however, reported`.
    fn passing(&self, pos: usize) -> usize {
        if pos > self.start.get() && pos != self.held.get() && pos < self.hi {
            usize::from(self.idx.passing[pos])
        } else {
            0
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn rep(
        &self,
        inner: &Prog,
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

    /// `^`: where the sentence's main clause may begin (see [`ClauseStarts`]).
    fn at_start(&self, pos: usize) -> bool {
        pos < self.hi && self.idx.clause_starts(self.doc, self.lo).holds(pos)
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

/// A pattern tree as the matcher runs it: the one-token elements of an alternative merged into
/// one set test (`(said | told | <cap>)` is one look-up, not three attempts), a repetition of a
/// one-token element walked as a run, nested sequences flattened. It matches exactly what its
/// [`Node`] matches, in the same order of preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Prog {
    Tok(TokSet),
    List(ListId),
    Start,
    End,
    Seq(Vec<Prog>),
    Alt(Vec<Prog>),
    /// A repetition of a one-token test.
    RepTok(TokSet, u32, Option<u32>),
    Repeat(Box<Prog>, u32, Option<u32>),
    Highlight(Box<Prog>),
}

/// A test on one token: any of these words, classes and one-word list entries (or, negated,
/// none of them; `_` is the negated empty set).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TokSet {
    /// Sorted.
    words: Vec<WordId>,
    classes: u16,
    lists: Vec<ListId>,
    negated: bool,
}

impl TokSet {
    /// Is this `_`, any token?
    fn any(&self) -> bool {
        self.negated && self.words.is_empty() && self.lists.is_empty() && self.classes == 0
    }

    fn of(tests: &[Test], negated: bool) -> TokSet {
        let mut set = TokSet {
            negated,
            ..TokSet::default()
        };
        for t in tests {
            match *t {
                Test::Word(w) => set.words.push(w),
                Test::List(l) => set.lists.push(l),
                Test::Class(c) => set.classes |= c.bit(),
            }
        }
        set.words.sort_unstable();
        set.words.dedup();
        set
    }

    /// Adds what `other` accepts (both positive sets).
    fn union(&mut self, other: &TokSet) {
        self.words.extend(&other.words);
        self.words.sort_unstable();
        self.words.dedup();
        self.classes |= other.classes;
        self.lists.extend(&other.lists);
    }

    #[inline]
    fn test(&self, idx: &DocIndex<'_>, i: usize) -> bool {
        // The class first: it is read straight from the index, the word through the token.
        let hit = idx.classes[i] & self.classes != 0
            || (!self.words.is_empty() || !self.lists.is_empty()) && {
                let w = idx.word(i);
                (if self.words.len() <= 8 {
                    self.words.contains(&w)
                } else {
                    self.words.binary_search(&w).is_ok()
                }) || self.lists.iter().any(|&l| idx.in_list_word(w, l))
            };
        hit != self.negated
    }
}

impl Prog {
    pub fn compile(node: &Node) -> Prog {
        match node {
            Node::Word(w) => Prog::Tok(TokSet::of(&[Test::Word(*w)], false)),
            Node::Class(c) => Prog::Tok(TokSet::of(&[Test::Class(*c)], false)),
            Node::Any => Prog::Tok(TokSet::of(&[], true)),
            Node::Not(tests) => Prog::Tok(TokSet::of(tests, true)),
            Node::List(l) => Prog::List(*l),
            Node::Start => Prog::Start,
            Node::End => Prog::End,
            Node::Seq(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match Prog::compile(item) {
                        Prog::Seq(inner) => out.extend(inner),
                        p => out.push(p),
                    }
                }
                Prog::Seq(out)
            }
            Node::Alt(arms) => {
                // Runs of positive one-token arms become one set: every arm of a run ends one
                // token on, so trying them as one keeps the order of preference.
                let mut out: Vec<Prog> = Vec::with_capacity(arms.len());
                for arm in arms {
                    let p = Prog::compile(arm);
                    if let (Prog::Tok(new), Some(Prog::Tok(last))) = (&p, out.last_mut())
                        && !new.negated
                        && !last.negated
                    {
                        last.union(new);
                        continue;
                    }
                    out.push(p);
                }
                if out.len() == 1 {
                    out.pop().unwrap_or(Prog::Alt(Vec::new()))
                } else {
                    Prog::Alt(out)
                }
            }
            Node::Repeat(inner, min, max) => match Prog::compile(inner) {
                Prog::Tok(set) => Prog::RepTok(set, *min, *max),
                p => Prog::Repeat(Box::new(p), *min, *max),
            },
            Node::Highlight(inner) => Prog::Highlight(Box::new(Prog::compile(inner))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Prog, TokSet};
    use crate::pattern::{Class, Node, Test};

    fn words(ws: &[u32]) -> TokSet {
        TokSet::of(
            &ws.iter().map(|&w| Test::Word(w)).collect::<Vec<_>>(),
            false,
        )
    }

    #[test]
    fn one_token_arms_merge_only_in_runs_so_the_order_of_preference_stands() {
        // (said | told | <cap> | according to | stated): the first three are one set test; the
        // phrase stays between them and `stated`, which keeps its place after it.
        let node = Node::Alt(vec![
            Node::Word(1),
            Node::Word(2),
            Node::Class(Class::Cap),
            Node::Seq(vec![Node::Word(3), Node::Word(4)]),
            Node::Word(5),
        ]);
        let mut first = words(&[1, 2]);
        first.classes = Class::Cap.bit();
        assert_eq!(
            Prog::compile(&node),
            Prog::Alt(vec![
                Prog::Tok(first),
                Prog::Seq(vec![Prog::Tok(words(&[3])), Prog::Tok(words(&[4]))]),
                Prog::Tok(words(&[5])),
            ])
        );
    }

    #[test]
    fn negations_never_merge_and_repeated_single_tokens_become_runs() {
        let node = Node::Seq(vec![
            Node::Alt(vec![Node::Not(vec![Test::Word(1)]), Node::Word(2)]),
            Node::Repeat(Box::new(Node::Any), 0, Some(4)),
            Node::Repeat(
                Box::new(Node::Seq(vec![Node::Word(3), Node::Word(4)])),
                1,
                None,
            ),
        ]);
        let Prog::Seq(items) = Prog::compile(&node) else {
            panic!("a sequence stays a sequence");
        };
        assert!(matches!(&items[0], Prog::Alt(arms) if arms.len() == 2));
        assert!(
            matches!(&items[1], Prog::RepTok(set, 0, Some(4)) if set.negated && set.words.is_empty())
        );
        assert!(matches!(&items[2], Prog::Repeat(_, 1, None)));
    }
}
