//! Pattern and regular-expression rules: each pattern tried only where its anchor occurs.

use std::cell::RefCell;

use credcheck_core::{BlockKind, CueKind, Document, SourceKind, Span};
use rustc_hash::FxHashMap;

use super::text::{in_quote_scope, token_span, window};
use super::{Cx, Engine, Raw, rules_with};
use crate::anchors::{AnchorTables, KEY_LIST, KEY_TAG, KEY_WORD};
use crate::index::DocIndex;
use crate::matcher::SentenceMatcher;
use crate::pack::BlockScope;
use crate::pattern::Class;
use crate::rule::{PatId, Rule, Trigger, TriggerKind};
use crate::vocab::NO_WORD;

/// Matching steps a pattern may spend in one sentence, per token of the sentence (with a floor
/// for short sentences). Ordinary patterns use a small fraction of it — they are tried only where
/// their anchor occurs, and an attempt visits a few nodes; a pattern whose alternatives of gaps
/// backtrack exponentially stops there, so the cost of any one pattern stays linear in the text.
const STEPS_PER_TOKEN: u64 = 32;
const MIN_SENTENCE_BUDGET: u64 = 1_000;

/// A match of one pattern in a document (token indices) and its sentence, in 32 bits each (a
/// draft has fewer than 2³² tokens): a large draft holds hundreds of thousands of them.
#[derive(Debug, Clone, Copy)]
pub(super) struct PatMatch {
    sentence: u32,
    hl: (u32, u32),
}

impl PatMatch {
    fn new(sentence: usize, (a, b): (usize, usize)) -> PatMatch {
        PatMatch {
            sentence: sentence as u32,
            hl: (a as u32, b as u32),
        }
    }

    /// The sentence it is in.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// The tokens it highlights (a half-open range, empty for a zero-width match).
    pub fn hl(&self) -> (usize, usize) {
        (self.hl.0 as usize, self.hl.1 as usize)
    }
}

/// Every pattern's matches in one list, by pattern and then by sentence (no per-pattern
/// vector to allocate for each draft), with where each pattern's run begins: a look-up is two
/// reads, however many rules ask (every `unless` of every match asks). A pattern read only as
/// an `unless` is not looked for up front: the first time a finding asks about a sentence, the
/// candidates of all such patterns in it are found, and the pattern is tried there (most
/// sentences are never asked about — an `unless` matters only where its rule found something).
#[derive(Debug)]
pub(super) struct Matches<'a> {
    list: Vec<PatMatch>,
    /// Per pattern `p`, its matches are `list[starts[p]..starts[p + 1]]`.
    starts: Vec<u32>,
    /// Per sentence a finding asked about, the candidates of the patterns matched on demand in
    /// it, sorted.
    lazy_cands: RefCell<FxHashMap<u32, Vec<Cand>>>,
    /// Per (pattern, sentence) matched on demand: whether it matched there.
    lazy_seen: RefCell<FxHashMap<(u32, u32), bool>>,
    /// Per pattern matched on demand that a wide window asked about: every sentence it
    /// matches in, in order.
    lazy_hits: RefCell<FxHashMap<u32, Vec<u32>>>,
    /// The candidates in the whole draft of the patterns matched on demand, sorted (read for
    /// wide windows).
    lazy_all: std::cell::OnceCell<Vec<Cand>>,
    engine: &'a Engine,
    doc: &'a Document,
    idx: &'a DocIndex<'a>,
}

impl Matches<'_> {
    /// The matches of pattern `p`, in sentence order (a pattern matched up front).
    pub fn of(&self, p: PatId) -> &[PatMatch] {
        debug_assert!(!self.engine.lazy.get(p).copied().unwrap_or(false));
        match (self.starts.get(p), self.starts.get(p + 1)) {
            (Some(&from), Some(&to)) => &self.list[from as usize..to as usize],
            _ => &[],
        }
    }

    /// Did pattern `p` match in a sentence of the window `(lo, hi)`?
    pub fn any_in(&self, p: PatId, (lo, hi): (usize, usize)) -> bool {
        if self.engine.lazy.get(p).copied().unwrap_or(false) {
            return self.lazy_any_in(p, (lo, hi));
        }
        let ms = self.of(p);
        let i = ms.partition_point(|m| m.sentence() < lo);
        ms.get(i).is_some_and(|m| m.sentence() <= hi)
    }

    /// `any_in` for a pattern matched on demand: each sentence of a small window is tried once
    /// per draft, where it holds a candidate of the pattern; a wider one (a long paragraph, the
    /// whole draft) is answered from every sentence the pattern matches in, found once — so
    /// however many findings ask, the work stays linear in the draft.
    fn lazy_any_in(&self, p: PatId, (lo, hi): (usize, usize)) -> bool {
        let n = self.doc.sentences().len();
        if lo >= n {
            return false;
        }
        let hi = hi.min(n - 1);
        if hi - lo < WIDE_WINDOW {
            return (lo..=hi).any(|sentence| self.lazy_hit(p, sentence));
        }
        let answer = |hits: &[u32]| {
            let i = hits.partition_point(|&s| (s as usize) < lo);
            hits.get(i).is_some_and(|&s| s as usize <= hi)
        };
        if let Some(hits) = self.lazy_hits.borrow().get(&(p as u32)) {
            return answer(hits);
        }
        // The candidates of every pattern matched on demand, from one walk over the draft
        // (the first wide window asked about reads it), tried for `p` sentence by sentence.
        let all = self.lazy_all.get_or_init(|| {
            self.engine
                .draft_candidates(self.doc, self.idx, &self.engine.anchors.lazy)
        });
        let p32 = p as u32;
        let mine = &all[all.partition_point(|c| c.0 < p32)..all.partition_point(|c| c.0 <= p32)];
        let tokens = self.doc.tokens();
        let mut hits = Vec::new();
        for run in
            mine.chunk_by(|a, b| tokens[a.1 as usize].sentence == tokens[b.1 as usize].sentence)
        {
            let sentence = tokens[run[0].1 as usize].sentence.index();
            if self.tried(p, sentence, run) {
                hits.push(sentence as u32);
            }
        }
        let found = answer(&hits);
        self.lazy_hits.borrow_mut().insert(p32, hits);
        found
    }

    /// Does pattern `p` (matched on demand) match in `sentence`? Found once per draft; the
    /// first question about a sentence finds the candidates of every such pattern in it.
    fn lazy_hit(&self, p: PatId, sentence: usize) -> bool {
        let p32 = p as u32;
        if let Some(&hit) = self.lazy_seen.borrow().get(&(p32, sentence as u32)) {
            return hit;
        }
        let mut all = self.lazy_cands.borrow_mut();
        let cands = all.entry(sentence as u32).or_insert_with(|| {
            SCRATCH.with_borrow_mut(|scratch| {
                let seen = scratch.for_engine(self.engine, 1);
                let mark = seen.epoch + 1;
                let mut cands = Vec::new();
                let tables = &self.engine.anchors.lazy;
                let (doc, idx) = (self.doc, self.idx);
                self.engine.sentence_candidates(
                    doc,
                    idx,
                    seen,
                    tables,
                    (sentence, mark),
                    &mut cands,
                );
                seen.epoch += 1;
                cands.sort_unstable();
                cands
            })
        });
        let from = cands.partition_point(|c| c.0 < p32);
        let to = cands.partition_point(|c| c.0 <= p32);
        self.tried(p, sentence, &cands[from..to])
    }

    /// Does pattern `p` (matched on demand) match at its candidates `run` in `sentence`? Tried
    /// once per draft and remembered.
    fn tried(&self, p: PatId, sentence: usize, run: &[Cand]) -> bool {
        let key = (p as u32, sentence as u32);
        if let Some(&hit) = self.lazy_seen.borrow().get(&key) {
            return hit;
        }
        let hit = !run.is_empty()
            && !self
                .engine
                .try_pattern(self.doc, self.idx, p, run, true)
                .is_empty();
        self.lazy_seen.borrow_mut().insert(key, hit);
        hit
    }
}

/// Sentences past which a window asked about a pattern matched on demand is answered from all
/// the pattern's matches in the draft.
const WIDE_WINDOW: usize = 8;

/// The findings of pattern rules.
pub(super) fn findings(cx: &Cx<'_>, raw: &mut Vec<Raw>) {
    let pattern_rules = rules_with(cx.engine, TriggerKind::Pattern, |t| match t {
        Trigger::Pattern(pats) => Some(pats),
        _ => None,
    });
    for (id, rule, pats) in pattern_rules {
        for m in pats.iter().flat_map(|&p| cx.matches.of(p)) {
            let span = token_span(cx.doc, m.hl());
            if keep(cx, rule, m.sentence(), span) {
                raw.push(Raw::new(id, span, m.sentence()));
            }
        }
    }
}

/// The findings of regular-expression rules: one `RegexSet` pass per sentence.
pub(super) fn regex_findings(cx: &Cx<'_>, raw: &mut Vec<Raw>) {
    let engine = cx.engine;
    if engine.regexes.is_empty() {
        return;
    }
    for (si, s) in cx.doc.sentences().iter().enumerate() {
        let text = cx.doc.text(s.span);
        for ix in &engine.regex_set.matches(text) {
            let (re, rule_id) = &engine.regexes[ix];
            let rule = &engine.rules[rule_id.0];
            for caps in re.captures_iter(text) {
                let Some(m) = caps.name("hl").or_else(|| caps.get(0)) else {
                    continue;
                };
                if m.is_empty() {
                    continue;
                }
                let span = Span::new(s.span.start + m.start(), s.span.start + m.end());
                if keep(cx, rule, si, span) {
                    raw.push(Raw::new(*rule_id, span, si));
                }
            }
        }
    }
}

/// Where a pattern may match: (pattern, first start, last start), in 32 bits each (a large
/// draft has millions of them; a draft has fewer than 2³² tokens and the engine fewer than 2³²
/// patterns).
type Cand = (u32, u32, u32);

fn cand(p: PatId, first: usize, last: usize) -> Cand {
    (p as u32, first as u32, last as u32)
}

impl Engine {
    /// Every pattern's matches, found by trying patterns only where their anchors occur (a
    /// pattern read only as an `unless` waits until a finding asks about it).
    pub(super) fn run_patterns<'a>(
        &'a self,
        doc: &'a Document,
        idx: &'a DocIndex<'a>,
    ) -> Matches<'a> {
        let cands = self.draft_candidates(doc, idx, &self.anchors.eager);
        let (mut pats, mut list) = (Vec::new(), Vec::new());
        let mut k = 0;
        while k < cands.len() {
            let p = cands[k].0;
            let run = k + cands[k..].partition_point(|c| c.0 == p);
            for hit in self.try_pattern(doc, idx, p as PatId, &cands[k..run], false) {
                pats.push(p);
                list.push(hit);
            }
            k = run;
        }
        let patterns = self.patterns.len();
        let mut starts = vec![0u32; patterns + 1];
        for &p in &pats {
            starts[p as usize + 1] += 1;
        }
        for p in 0..patterns {
            starts[p + 1] += starts[p];
        }
        Matches {
            list,
            starts,
            lazy_cands: RefCell::default(),
            lazy_seen: RefCell::default(),
            lazy_hits: RefCell::default(),
            lazy_all: std::cell::OnceCell::new(),
            engine: self,
            doc,
            idx,
        }
    }

    /// The candidates of every sentence of the draft for the patterns of `tables`, sorted.
    fn draft_candidates(&self, doc: &Document, idx: &DocIndex, tables: &AnchorTables) -> Vec<Cand> {
        SCRATCH.with_borrow_mut(|scratch| {
            let sentences = doc.sentences().len();
            let seen = scratch.for_engine(self, sentences);
            let mut cands = Vec::new();
            for si in 0..sentences {
                let mark = seen.epoch + si as u32 + 1;
                self.sentence_candidates(doc, idx, seen, tables, (si, mark), &mut cands);
            }
            seen.epoch += sentences as u32;
            cands.sort_unstable();
            cands
        })
    }

    /// The candidates of sentence `si` for the patterns of `tables`, from one walk over its
    /// tokens, appended to `cands` (unsorted). `mark` is the sentence's mark in `seen`, one no
    /// other walk of the draft uses (the caller then moves `seen.epoch` past it).
    fn sentence_candidates(
        &self,
        doc: &Document,
        idx: &DocIndex,
        seen: &mut Seen,
        tables: &AnchorTables,
        (si, mark): (usize, u32),
        cands: &mut Vec<Cand>,
    ) {
        let s = &doc.sentences()[si];
        let (lo, hi) = (s.tokens.start, s.tokens.end);
        let from = cands.len();
        let mut cursor = idx.entries_from(lo);
        for i in lo..hi {
            let mut add = |pats: &[PatId]| {
                for &p in pats {
                    if self.patterns[p].at_start {
                        // Only where the clause may begin — the sentence start or after its
                        // opening marks, and after a leading connective or fronted phrase;
                        // once per sentence however often the anchor occurs in it.
                        if seen.started[p] != mark {
                            seen.started[p] = mark;
                            let starts = idx.clause_starts(doc, lo);
                            cands.push(cand(p, lo, starts.first()));
                            cands.extend(starts.after().map(|s| cand(p, s, s)));
                        }
                        continue;
                    }
                    let (pmin, pmax) = self.patterns[p].prefix;
                    if i < lo + pmin as usize {
                        continue;
                    }
                    let last = i - pmin as usize;
                    let first = pmax.map_or(lo, |m| idx.start_before(i, m as usize, lo));
                    cands.push(cand(p, first, last));
                }
            };
            let w = idx.word(i);
            if w != NO_WORD {
                seen.words[w as usize] = mark;
                add(tables.by_word.row(w as usize));
            }
            let mut prev_list = None;
            idx.for_each_entry(i, &mut cursor, |l, _| {
                if prev_list != Some(l) {
                    seen.lists[l as usize] = mark;
                    add(tables.by_list.row(l as usize));
                    prev_list = Some(l);
                }
            });
            seen.classes |= idx.classes[i];
            // Only classes some pattern is anchored on.
            let classes = idx.classes[i] & tables.class_mask;
            if classes != 0 {
                for c in Class::ALL {
                    if classes & c.bit() != 0 {
                        add(&tables.by_class[c as usize]);
                    }
                }
            }
            if i == lo {
                for &p in &tables.everywhere {
                    cands.push(cand(p, lo, hi - 1));
                }
            }
        }
        // The sentence is read: drop the candidates of patterns whose other required keys it
        // lacks, before any is tried.
        let mut k = from;
        while k < cands.len() {
            let p = cands[k].0 as PatId;
            if seen.decided[p] != mark {
                seen.decided[p] = mark;
                seen.holds[p] = seen.holds_all(self.anchors.requires.row(p), mark);
            }
            if seen.holds[p] {
                k += 1;
            } else {
                cands.swap_remove(k);
            }
        }
        seen.classes = 0;
    }

    /// Tries pattern `p` at its candidates `cands` (sorted), its matches in order; with
    /// `first_only`, stops at the first.
    fn try_pattern(
        &self,
        doc: &Document,
        idx: &DocIndex,
        p: PatId,
        cands: &[Cand],
        first_only: bool,
    ) -> Vec<PatMatch> {
        let tokens = doc.tokens();
        let node = &self.patterns[p].prog;
        let mut hits = Vec::new();
        let mut tried_to = 0usize; // starts below this were tried already
        let mut free_from = 0usize; // matches may not overlap an earlier match of p
        let mut budget = (usize::MAX, 0u64); // (sentence, steps left in it)
        for &(_, first, last) in cands {
            let (first, last) = (first as usize, last as usize);
            let sentence = tokens[first].sentence.index();
            let s = &doc.sentences()[sentence];
            if budget.0 != sentence {
                let len = (s.tokens.end - s.tokens.start) as u64;
                budget = (sentence, (STEPS_PER_TOKEN * len).max(MIN_SENTENCE_BUDGET));
            }
            let matcher = SentenceMatcher::new(doc, idx, s.tokens.start, s.tokens.end);
            let mut start = first.max(tried_to).max(free_from);
            while start <= last && budget.1 > 0 {
                let (found, steps) = matcher.match_at(node, start, budget.1);
                budget.1 = budget.1.saturating_sub(steps);
                if let Some(hit) = found {
                    hits.push(PatMatch::new(sentence, hit.hl));
                    if first_only {
                        return hits;
                    }
                    free_from = hit.end.max(start + 1);
                    start = free_from;
                } else {
                    start += 1;
                }
            }
            tried_to = tried_to.max(last + 1);
        }
        hits
    }
}

thread_local! {
    /// Per worker thread, the per-pattern and per-word marks of the candidate walk, kept from
    /// one draft to the next (a draft of a few hundred words would otherwise allocate and zero
    /// tables the size of the rule set).
    static SCRATCH: std::cell::RefCell<Seen> = std::cell::RefCell::new(Seen::default());
}

/// The keys seen in the sentence being read: per word and per list, the mark of the last
/// sentence it occurred in; the classes of the current sentence's tokens. A sentence's mark is
/// `epoch` + its index + 1, and `epoch` grows past every sentence read, so marks left by an
/// earlier draft (or another engine) never equal a current one and nothing is cleared.
#[derive(Debug, Default)]
struct Seen {
    epoch: u32,
    words: Vec<u32>,
    lists: Vec<u32>,
    classes: u16,
    /// Per pattern anchored at `^`: the mark of the last sentence it was queued for.
    started: Vec<u32>,
    /// Per pattern: the sentence mark its requirements were last decided for, and the answer
    /// (a pattern anchored several times in a sentence is decided once).
    decided: Vec<u32>,
    holds: Vec<bool>,
}

impl Seen {
    /// Ready for `engine` and a draft of `sentences` sentences.
    fn for_engine(&mut self, engine: &Engine, sentences: usize) -> &mut Seen {
        let fits = self.words.len() == engine.vocab.len()
            && self.lists.len() == engine.lists.defs.len()
            && self.decided.len() == engine.patterns.len();
        let room = u32::try_from(sentences)
            .ok()
            .and_then(|n| self.epoch.checked_add(n))
            .is_some_and(|end| end < u32::MAX);
        if !fits || !room {
            *self = Seen {
                epoch: 0,
                words: vec![0; engine.vocab.len()],
                lists: vec![0; engine.lists.defs.len()],
                classes: 0,
                started: vec![0; engine.patterns.len()],
                decided: vec![0; engine.patterns.len()],
                holds: vec![false; engine.patterns.len()],
            };
        }
        self.classes = 0;
        self
    }

    /// Does the sentence marked `mark` hold a key of every group? (`groups`: the pattern's
    /// packed row of [`Anchors::requires`](crate::anchors::Anchors).)
    fn holds_all(&self, mut groups: &[u32], mark: u32) -> bool {
        while let Some((&n, rest)) = groups.split_first() {
            let (keys, after) = rest.split_at((n as usize).min(rest.len()));
            let any = keys.iter().any(|&k| {
                let id = (k & !KEY_TAG) as usize;
                match k & KEY_TAG {
                    KEY_WORD => self.words.get(id) == Some(&mark),
                    KEY_LIST => self.lists.get(id) == Some(&mark),
                    _ => u32::from(self.classes) & (k & !KEY_TAG) != 0,
                }
            });
            if !any {
                return false;
            }
            groups = after;
        }
        true
    }
}

/// Does a match of `rule` at `span` (in sentence `si`) survive its scopes and exceptions?
pub(super) fn keep(cx: &Cx<'_>, rule: &Rule, si: usize, span: Span) -> bool {
    let doc = cx.doc;
    let block = doc.sentences()[si].block.index();
    let kind = doc.blocks()[block].kind;
    let in_scope = match rule.scope {
        BlockScope::Any => true,
        BlockScope::Lede => Some(block) == cx.lede,
        BlockScope::Heading => kind == BlockKind::Heading,
        BlockScope::Body => kind != BlockKind::Heading,
    };
    if !in_scope {
        return false;
    }
    if !in_quote_scope(doc, rule.quotes, span) {
        return false;
    }
    // `unless-source`: the analysis sees the highlighted words as a source of another kind;
    // `requires-source`: it sees them as a source of this kind.
    if !rule.unless_source.is_empty() && source_of_kind(cx, si, span, &rule.unless_source) {
        return false;
    }
    if !rule.requires_source.is_empty() && !source_of_kind(cx, si, span, &rule.requires_source) {
        return false;
    }
    if rule.unless_named_report && inside_named_speech(cx, si, span) {
        return false;
    }
    let window = window(doc, si, rule.unless_window);
    // `unless-response`: the analysis finds a denial or a non-response in the window.
    if rule
        .unless_response
        .is_some_and(|m| cx.response_in(m, window))
    {
        return false;
    }
    !rule.unless.iter().any(|&p| cx.matches.any_in(p, window))
}

/// Are the words at `span` (in sentence `si`) the source phrase, or part of the source phrase,
/// of an attribution of one of `kinds`? (Attributions come in sentence order: only the
/// finding's sentence is looked at.)
fn source_of_kind(cx: &Cx<'_>, si: usize, span: Span, kinds: &[SourceKind]) -> bool {
    let in_sentence = || in_sentence(cx, si);
    let sources = || {
        in_sentence()
            .filter(|a| counts_as_source(a, kinds))
            .filter_map(|a| a.source)
    };
    if in_sentence().nth(SCAN_ATTRIBUTIONS).is_none() {
        return sources().any(|s| {
            s.start <= span.start && span.end <= s.end || span.start <= s.start && s.end <= span.end
        });
    }
    // A run-on "sentence" with thousands of attributions: one sorted index per sentence and
    // set of kinds, so that each match costs a look-up, not a reading of them all.
    let mask = kinds.iter().fold(0u16, |m, &k| m | 1 << k as u16);
    cx.source_spans
        .borrow_mut()
        .entry((si, mask))
        .or_insert_with(|| SourceSpans::new(sources()))
        .holds(span)
}

/// Do the words at `span` (in sentence `si`) lie inside what a named person or body reports
/// there (`He said 29% of software was believed to have been pirated`)? Only the first
/// [`SCAN_ATTRIBUTIONS`] attributions of the sentence are asked, so a run-on sentence of many
/// stays linear (past them the finding stands).
fn inside_named_speech(cx: &Cx<'_>, si: usize, span: Span) -> bool {
    in_sentence(cx, si).take(SCAN_ATTRIBUTIONS).any(|a| {
        matches!(a.kind, SourceKind::Named | SourceKind::Organisation)
            && a.cue_kind == credcheck_core::CueKind::Speech
            && a.content.is_some_and(|c| {
                c.start <= span.start
                    && span.end <= c.end
                    && !turns_away(
                        cx.doc.text(Span::new(c.start, span.start)),
                        cx.doc.text(span),
                    )
            })
    })
}

/// Does what a speaker says turn, before a finding, to words of the writer's own: an aside
/// after a dash (an em dash spaced or not), a clause after `, with`, `but`, `while`,
/// `although` or a semicolon (`Gerrard had said he would consider leaving…, with Real Madrid
/// also believed to be monitoring his situation`), a gloss after `, which` or `, leaving`, or
/// one set off by the comma right before the finding (`…said he was being “sarcastic” in his
/// comments, which raised concerns among intelligence experts`), or the
/// writer naming a thing `in what has been dubbed…`? Only the first stretch of what was said is
/// read.
fn turns_away(said: &str, finding: &str) -> bool {
    let head = &said[..crate::error::floor_char(said, TURN_LOOK_BYTES.min(said.len()))];
    // (Any run of white space is one space here: a line break in hard-wrapped copy, a no-break
    // space pasted from the web, a double space.)
    let head = credcheck_core::single_spaced(head);
    let head = head.as_ref();
    [
        " - ",
        " – ",
        // (An em dash is a dash spaced or not, as agency and American copy set it: `the
        // election—widely tipped for 5 May—would be…`.)
        "—",
        " -- ",
        ", with ",
        " but ",
        "; ",
        ", while ",
        ", although ",
        ", though ",
        ", which ",
        ", leaving ",
    ]
    .iter()
    .any(|t| head.contains(t))
        // (A participle's gloss set off by a comma right before the finding, however long
        // what was said before it: `…replace council tax, seen as a particular problem for
        // pensioners`; not a clause, `…, it is thought he failed…, said Mr Dobrow`.)
        || said.trim_end().ends_with(',') && {
            let first = finding.split_whitespace().next().unwrap_or("");
            first.ends_with("ed")
                || matches!(first, "seen" | "thought" | "known" | "held" | "widely" | "long")
        }
        // (The writer naming what it is: `…deliver the knockout blow in what has been dubbed
        // "rugby's version of Rocky II"`.)
        || said.trim_end().rsplit(char::is_whitespace).next() == Some("what")
}

/// How much of what a speaker says `turns_away` reads.
const TURN_LOOK_BYTES: usize = 400;

/// The attributions of sentence `si`, in order (they come sorted by sentence).
fn in_sentence<'a>(
    cx: &'a Cx<'_>,
    si: usize,
) -> impl Iterator<Item = &'a credcheck_core::Attribution> + Clone {
    let attributions = cx.doc.attributions();
    let first = attributions.partition_point(|a| a.sentence.index() < si);
    attributions[first..]
        .iter()
        .take_while(move |a| a.sentence.index() == si)
}

/// Attributions in one sentence up to which `source_of_kind` reads them all.
const SCAN_ATTRIBUTIONS: usize = 16;

/// Does attribution `a` put a source of one of `kinds` on record? (A wish, an intention or a
/// question does not: `Three former executives agreed to settle` are no source.)
fn counts_as_source(a: &credcheck_core::Attribution, kinds: &[SourceKind]) -> bool {
    kinds.contains(&a.kind) && matches!(a.cue_kind, CueKind::Speech | CueKind::Attitude)
}

/// A sentence's source phrases (of some kinds) sorted by start, with the furthest end among
/// those starting at or before each one and the nearest end among those starting at or after
/// it: "does a phrase hold `span`, or does `span` hold one?" in two binary searches.
#[derive(Debug)]
pub(super) struct SourceSpans {
    starts: Vec<usize>,
    max_end_to: Vec<usize>,
    min_end_from: Vec<usize>,
}

impl SourceSpans {
    fn new(sources: impl Iterator<Item = Span>) -> SourceSpans {
        let mut spans: Vec<Span> = sources.collect();
        spans.sort_unstable_by_key(|s| (s.start, s.end));
        let starts = spans.iter().map(|s| s.start).collect();
        let max_end_to = spans
            .iter()
            .scan(0, |m, s| {
                *m = s.end.max(*m);
                Some(*m)
            })
            .collect();
        let mut min_end_from: Vec<usize> = spans
            .iter()
            .rev()
            .scan(usize::MAX, |m, s| {
                *m = s.end.min(*m);
                Some(*m)
            })
            .collect();
        min_end_from.reverse();
        SourceSpans {
            starts,
            max_end_to,
            min_end_from,
        }
    }

    /// Is `span` inside one of the phrases, or one of them inside `span`?
    fn holds(&self, span: Span) -> bool {
        let upto = self.starts.partition_point(|&s| s <= span.start);
        let from = self.starts.partition_point(|&s| s < span.start);
        upto > 0 && self.max_end_to[upto - 1] >= span.end
            || from < self.starts.len() && self.min_end_from[from] <= span.end
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn unless_source_leaves_a_source_the_analysis_sees_otherwise() {
        let rules = [(
            "plural",
            r#"pattern = "[(some | many)? (analysts | officials)] (say | said)"
unless-source = "vague""#,
        )];
        // `many analysts` is a generalisation (vague); `officials` people spoken to.
        let text = "Many analysts say the deal is dead. Officials said the deal was dead.";
        assert_eq!(pairs(&found(&rules, text)), [("plural", "Officials")]);
    }

    #[test]
    fn unless_named_report_leaves_a_hedge_inside_what_a_named_speaker_says() {
        let rules = [(
            "hedge",
            r#"pattern = "[(is | was) believed to]"
unless-named-report = true"#,
        )];
        // Inside what Mr Ruiz said: his, on the record. The writer's own, after `, with`, and a
        // sentence with no speaker: flagged.
        let text = "Mr Ruiz said the mayor was believed to have resigned. \
                    Mr Ruiz said he would stay, with the mayor, who is believed to be ill, away. \
                    The mayor is believed to have resigned.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [("hedge", "is believed to"), ("hedge", "is believed to")]
        );
    }

    #[test]
    fn unless_named_report_flags_a_gloss_the_writer_adds_after_a_comma() {
        let rules = [(
            "judged",
            r#"pattern = "[(seen | regarded) as] | [raised concerns among]"
unless-named-report = true"#,
        )];
        // A relative `which` or a participle set off by a comma right before the finding is the
        // writer's gloss; the same words inside the clause the speaker said are the speaker's.
        let long = "and the rates, the charges, the levies and the fees, ".repeat(10);
        let text = format!(
            "Mr Ruiz said he would scrap the council tax, seen as a burden. \
             Mr Ruiz said he was joking in his remarks, which raised concerns among experts. \
             Mr Ruiz said the tax was seen as a burden. \
             Mr Ruiz said he would scrap the tax {long}seen as a burden."
        );
        // (The last: what was said runs past the look for a turn, and the gloss still counts.)
        assert_eq!(
            pairs(&found(&rules, &text)),
            [
                ("judged", "seen as"),
                ("judged", "raised concerns among"),
                ("judged", "seen as")
            ]
        );
    }

    #[test]
    fn an_unless_pattern_is_matched_on_demand_in_the_window_asked_about() {
        // The `unless` pattern is read by no trigger: it is matched only where a finding asks,
        // sentence by sentence, and must agree with matching it everywhere: a denial in the
        // finding's paragraph (two sentences on) cancels it; one in another paragraph, or a
        // candidate that does not match (`denied bail`), does not; the same unless shared by a
        // second rule's trigger is matched up front and answers the same.
        let rules = [
            (
                "allegation",
                r#"pattern = "[accused _ of]"
unless = ["(denied | denies) (the | these | those) (claims | charges)"]
unless-window = "paragraph""#,
            ),
            (
                "denial",
                r#"pattern = "[(denied | denies) (the | these | those) (claims | charges)]""#,
            ),
        ];
        let text = "Critics accused him of fraud. It was a long day. He denied the claims.\n\n\
                    Critics accused her of fraud. She was denied bail.\n\n\
                    Critics accused them of fraud.\n\nThey denied the charges.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [
                ("denial", "denied the claims"),
                ("allegation", "accused her of"),
                ("allegation", "accused them of"),
                ("denial", "denied the charges")
            ]
        );
        let only_unless = [rules[0]];
        let engine = super::super::testing::engine(&only_unless);
        assert!(
            engine.lazy.iter().any(|&l| l),
            "the unless pattern is matched on demand"
        );
        assert_eq!(
            pairs(&found(&only_unless, text)),
            [
                ("allegation", "accused her of"),
                ("allegation", "accused them of")
            ]
        );
    }

    #[test]
    fn sentences_asked_about_out_of_order_are_each_read_afresh() {
        // The first rule asks about the last sentence (where the unless pattern's anchor
        // `denied` occurs without the rest of it), the second about the one before (where the
        // whole pattern stands): each sentence's requirements are its own, whatever was asked
        // before.
        let unless = r#"unless = ["denied the claims"]"#;
        let rules = [
            ("a", &*format!("pattern = \"[alleged]\"\n{unless}")),
            ("b", &*format!("pattern = \"[accused]\"\n{unless}")),
        ];
        let text = "One. Two. He was accused but denied the claims. The alleged victim denied it.";
        assert_eq!(pairs(&found(&rules, text)), [("a", "alleged")]);
    }

    #[test]
    fn a_wide_window_is_answered_from_every_match_in_the_draft() {
        // A document-wide `unless`, asked by findings at both ends of a long draft: the
        // pattern's one real match (not the `denied bail` candidate) cancels both; without it,
        // neither is cancelled.
        let rule = [(
            "a",
            "pattern = \"[alleged]\"\nunless = [\"denied the claims\"]\nunless-window = \"document\"",
        )];
        let filler = "Nothing happened. ".repeat(10);
        let text = format!(
            "The alleged plot. {filler}He was denied bail. {filler}He denied the claims. The alleged loss."
        );
        assert!(found(&rule, &text).is_empty());
        let text =
            format!("The alleged plot. {filler}He was denied bail. {filler}The alleged loss.");
        assert_eq!(
            pairs(&found(&rule, &text)),
            [("a", "alleged"), ("a", "alleged")]
        );
    }

    #[test]
    fn unless_response_asks_the_analysis_for_a_denial_in_the_window() {
        let rules = [(
            "allegation",
            r#"pattern = "[accused _ of]"
unless-response = "denial"
unless-window = "paragraph""#,
        )];
        // The analysis's denial answers the allegation in its paragraph; a lexical `denied`
        // that denies no claim (`denied bail`) does not, nor does a denial in another
        // paragraph, nor a non-response when only denials count.
        let text = "Critics accused him of fraud. He said the claims were false.\n\n\
                    Critics accused her of fraud. She was denied bail.\n\n\
                    Critics accused them of fraud. They declined to comment.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [
                ("allegation", "accused her of"),
                ("allegation", "accused them of")
            ]
        );
    }

    #[test]
    fn an_unknown_response_or_none_is_an_error_at_its_place_in_the_file() {
        for (value, says) in [
            ("deny", "unknown response `deny`"),
            ("none|denial", "`none` is no reply"),
        ] {
            let pack = format!(
                "[pack]\nid = \"t\"\n[[rule]]\nid = \"r\"\ncategory = \"test\"\n\
                 severity = \"info\"\nmessage = \"m\"\npattern = \"accused\"\n\
                 unless-response = \"{value}\"\n[[rule.example]]\nflagged = \"[accused]\"\n\
                 [[rule.example]]\nclean = \"y\"\n"
            );
            let mut b = crate::EngineBuilder::new();
            b.add("t.toml", pack);
            let err = b.build().expect_err("the value must not load").to_string();
            assert!(err.contains("t.toml:9:") && err.contains(says), "{err}");
        }
    }

    #[test]
    fn a_run_on_sentence_of_many_attributions_gets_the_same_answers_from_its_index() {
        // Past `SCAN_ATTRIBUTIONS` attributions in one sentence, the source phrases are looked
        // up in a sorted index: a phrase inside a source (`analysts` in `Many analysts`) and a
        // phrase holding one must still be found, and other words must not.
        let rules = [
            (
                "plural",
                r#"pattern = "[(some | many)? (analysts | officials)] (say | said)"
unless-source = "vague""#,
            ),
            (
                "inside",
                r#"pattern = "many [analysts]"
requires-source = "vague""#,
            ),
        ];
        let clause = "many analysts say the deal is dead, officials said the deal was dead, ";
        let n = super::SCAN_ATTRIBUTIONS;
        let text = format!("{}and that was that.", clause.repeat(n));
        let all = found(&rules, &text);
        let f = pairs(&all);
        let officials = f.iter().filter(|p| *p == &("plural", "officials")).count();
        let inside = f.iter().filter(|p| *p == &("inside", "analysts")).count();
        assert_eq!((officials, inside, f.len()), (n, n, 2 * n), "{f:?}");
    }

    #[test]
    fn source_spans_find_a_span_inside_a_phrase_and_a_phrase_inside_a_span() {
        use credcheck_core::Span;
        let spans = super::SourceSpans::new(
            [Span::new(10, 20), Span::new(0, 5), Span::new(30, 31)].into_iter(),
        );
        assert!(spans.holds(Span::new(12, 15))); // inside 10..20
        assert!(spans.holds(Span::new(0, 5))); // the same words
        assert!(spans.holds(Span::new(25, 40))); // holds 30..31
        assert!(!spans.holds(Span::new(18, 25))); // overlaps 10..20 only
        assert!(!spans.holds(Span::new(6, 9)));
        assert!(!spans.holds(Span::new(40, 50)));
    }

    #[test]
    fn requires_source_keeps_only_words_the_analysis_sees_as_such_a_source() {
        let rules = [(
            "insiders",
            r#"pattern = "[<cap>? insiders]"
requires-source = "anonymous|vague""#,
        )];
        // Who a claim is put on, not people a sentence is about.
        let text =
            "Party insiders said the vote was rigged. Republican insiders do not understand it.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [("insiders", "Party insiders")]
        );
    }

    #[test]
    fn a_pattern_is_tried_where_its_anchor_occurs_and_highlights_its_marks() {
        let f = found(
            &[("p", r#"pattern = "[(sources | officials)] _{0,3} said""#)],
            "Sources close to him said no. Officials later said yes. Nobody said anything.",
        );
        assert_eq!(pairs(&f), [("p", "Sources"), ("p", "Officials")]);
    }

    #[test]
    fn a_sentence_start_pattern_skips_opening_marks_and_fires_once_per_sentence() {
        let f = found(
            &[("p", r#"pattern = "^ [reportedly]""#)],
            "“Reportedly, he left. Reportedly reportedly.",
        );
        assert_eq!(pairs(&f), [("p", "Reportedly"), ("p", "Reportedly")]);
    }

    #[test]
    fn a_sentence_start_pattern_matches_after_a_connective_or_a_fronted_phrase() {
        let rules = [("p", r#"pattern = "^ [critics] say""#)];
        let text = "But critics say no. On Monday, critics say no. Meanwhile, in the capital, \
                    critics say no. And yet, critics say no. Still, in London, critics say no.";
        assert_eq!(pairs(&found(&rules, text)), [("p", "critics"); 5]);
        // Not after a subject with a comma, nor mid-sentence, nor past a quotation.
        let text = "Officials, critics say, lied. The plan, critics say, failed. \
                    \"Go,\" critics say. In a long and winding and very slow speech, critics say no.";
        assert_eq!(pairs(&found(&rules, text)), []);
    }

    #[test]
    fn elements_after_the_first_step_over_a_passing_adverb_or_an_aside() {
        let rules = [("p", r#"pattern = "[officials said] | it was reported""#)];
        let text = "Officials also said no. It was, however, reported. It was so far reported. \
                    Also officials said no.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [
                ("p", "Officials also said"),
                ("p", "It was, however, reported"),
                ("p", "It was so far reported"),
                ("p", "officials said"),
            ]
        );
        // Not `not`, not `reportedly` (a sign of its own), and not past a gap's reach.
        let rules = [
            ("p", r#"pattern = "[officials said]""#),
            ("gap", r#"pattern = "the <word> _{0,1} [explained]""#),
        ];
        let text = "Officials did not said so. Officials reportedly said so. \
                    The plan is already explained.";
        assert_eq!(pairs(&found(&rules, text)), []);
    }

    #[test]
    fn scopes_quotes_and_unless_windows_drop_matches() {
        let rules = [
            (
                "out",
                r#"pattern = "allegedly"
quotes = "outside""#,
            ),
            (
                "body",
                r#"pattern = "allegedly"
scope = "body"
unless = ["court"]
unless-window = "sentence+next""#,
            ),
        ];
        let text = "Allegedly yes\n\n“He allegedly lied,” she said.\n\nIt allegedly happened. A court heard it.";
        // The headline is not body; the quotation is not the writer's words; the court in the
        // next sentence cancels the last match of `body`.
        assert_eq!(
            pairs(&found(&rules, text)),
            [
                ("out", "Allegedly"),
                ("body", "allegedly"),
                ("out", "allegedly")
            ]
        );
    }

    #[test]
    fn a_partial_quotation_is_the_writers_sentence_for_outside_or_partial() {
        let rules = [(
            "partial",
            r#"pattern = "denies"
quotes = "outside-or-partial""#,
        )];
        // Woven into the sentence after a word: the writer's report of the denial. A full
        // quotation (opening the sentence, or after a colon) and a long one are the speaker's —
        // unless it goes on the writer's own clause after its subject (`said he "…"`).
        let text = "The firm \"categorically denies\" the claims.\n\n\"He denies it,\" she said.\n\nShe said: \"He denies it.\"\n\nThe firm \"denies every single one of the many claims\" made.\n\nShe said he \"denies every single one of the many claims\" made.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [("partial", "denies"), ("partial", "denies")]
        );
    }

    #[test]
    fn regex_rules_highlight_their_named_group_per_sentence() {
        let f = found(
            &[("r", r#"regex = "(?i)sources (?P<hl>close to) \\w+""#)],
            "Sources close to Ortiz said no. No sources here.",
        );
        assert_eq!(pairs(&f), [("r", "close to")]);
    }
}
