//! The compiled engine: every loaded rule matched over a document in one pass.
//!
//! `check` works in four steps, each linear in the document:
//! 1. index the tokens once (word ids, classes, list entries — multi-word entries through one
//!    Aho-Corasick automaton);
//! 2. walk the tokens once, and for each token look up the patterns anchored on its word, its
//!    lists or its classes: only those patterns are tried, and only at the start positions their
//!    anchor allows;
//! 3. run regular-expression rules through one `RegexSet` per sentence;
//! 4. turn matches into findings (quotation scope, block scope, `unless` windows), then run the
//!    `when`/`requires` rules on those findings.

use credcheck_core::{BlockKind, CueKind, Document, SourcingSummary, Span};
use regex::{Regex, RegexSet};
use rustc_hash::FxHashMap;

use crate::index::DocIndex;
use crate::matcher::SentenceMatcher;
use crate::pack::{
    BlockScope, ContentMatch, CueMatch, Metric, QuoteAttribution, QuoteScope, Window,
};
use crate::pattern::{Class, Node};
use crate::rule::{Finding, Pack, PatId, Rule, RuleId, Trigger, WhenTarget};
use crate::vocab::{Lists, NO_WORD, Vocab};

/// A compiled pattern and where it may start relative to its anchor.
#[derive(Debug)]
pub(crate) struct CompiledPattern {
    pub node: Node,
    /// Fewest and most tokens between the pattern start and its anchor token (`None` = any).
    pub prefix: (u32, Option<u32>),
    /// The pattern opens with `^`: it is only tried at the sentence start.
    pub at_start: bool,
}

/// Matching steps a pattern may spend in one sentence, per token of the sentence (with a floor
/// for short sentences). Ordinary patterns use a small fraction of it — they are tried only where
/// their anchor occurs, and an attempt visits a few nodes; a pattern whose alternatives of gaps
/// backtrack exponentially stops there, so the cost of any one pattern stays linear in the text.
const STEPS_PER_TOKEN: u64 = 32;
const MIN_SENTENCE_BUDGET: u64 = 1_000;

/// Patterns to try when a token has a given word, list entry or class.
#[derive(Debug, Default)]
pub(crate) struct Anchors {
    pub by_word: Vec<Vec<PatId>>,
    pub by_list: Vec<Vec<PatId>>,
    pub by_class: [Vec<PatId>; 8],
    /// Patterns with no anchor at all: tried at every token.
    pub everywhere: Vec<PatId>,
    /// Bits of the classes that anchor at least one pattern.
    pub class_mask: u16,
}

/// All loaded rules, compiled into one immutable matcher. `Send + Sync`: build once, share
/// across threads.
#[derive(Debug)]
pub struct Engine {
    pub(crate) rules: Vec<Rule>,
    pub(crate) packs: Vec<Pack>,
    /// Each rule's position in id order, for sorting findings without comparing strings.
    pub(crate) rule_rank: Vec<u32>,
    /// Patterns whose sentences must be known for `unless` and `requires` windows.
    pub(crate) needs_hits: Vec<bool>,
    pub(crate) vocab: Vocab,
    pub(crate) lists: Lists,
    pub(crate) patterns: Vec<CompiledPattern>,
    pub(crate) anchors: Anchors,
    pub(crate) regex_set: RegexSet,
    /// Per regex: the expression and the rule it belongs to.
    pub(crate) regexes: Vec<(Regex, RuleId)>,
}

/// A match of one pattern in a document (token indices) and its sentence.
#[derive(Debug, Clone, Copy)]
struct PatMatch {
    sentence: usize,
    hl: (usize, usize),
}

/// A finding before messages are rendered, with the sentence it stands in.
#[derive(Debug, Clone, Copy)]
struct Raw {
    rule: RuleId,
    span: Span,
    sentence: usize,
}

impl Engine {
    /// Every rule, in load order.
    #[must_use]
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Every pack, in load order.
    #[must_use]
    pub fn packs(&self) -> &[Pack] {
        &self.packs
    }

    /// The rule with this id.
    #[must_use]
    pub fn rule(&self, id: RuleId) -> &Rule {
        &self.rules[id.0]
    }

    /// The rule named `id`, if loaded.
    #[must_use]
    pub fn find_rule(&self, id: &str) -> Option<RuleId> {
        self.rules.iter().position(|r| r.id == id).map(RuleId)
    }

    /// Number of distinct compiled patterns (identical patterns of different rules are shared).
    #[must_use]
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// All findings of all rules in `doc`, sorted by span start, then rule id, then span end.
    #[must_use]
    pub fn check(&self, doc: &Document) -> Vec<Finding> {
        let idx = DocIndex::build(doc, &self.vocab, &self.lists);
        let matches = self.run_patterns(doc, &idx);
        // Sentences where each pattern matched, ascending: for `unless` and `requires` windows.
        let hit_sentences: Vec<Vec<usize>> = matches
            .iter()
            .zip(&self.needs_hits)
            .map(|(ms, &needed)| {
                if !needed {
                    return Vec::new();
                }
                let mut v: Vec<usize> = ms.iter().map(|m| m.sentence).collect();
                v.dedup();
                v
            })
            .collect();
        let lede = doc
            .blocks()
            .iter()
            .position(|b| b.kind != BlockKind::Heading);

        let mut raw = Vec::new();
        for (ri, rule) in self.rules.iter().enumerate() {
            if let Trigger::Pattern(pats) = &rule.trigger {
                for m in pats.iter().flat_map(|&p| &matches[p]) {
                    let span = token_span(doc, m.hl);
                    if keep(doc, rule, m.sentence, span, &hit_sentences, lede) {
                        raw.push(Raw {
                            rule: RuleId(ri),
                            span,
                            sentence: m.sentence,
                        });
                    }
                }
            }
        }
        let mut summary = None;
        let mut facts = None;
        for (ri, rule) in self.rules.iter().enumerate() {
            match &rule.trigger {
                Trigger::Attribution {
                    kinds,
                    response,
                    content,
                    cue,
                    surname_only,
                    without_role,
                } => {
                    let facts = (*surname_only || *without_role)
                        .then(|| facts.get_or_insert_with(|| DraftFacts::of(doc)));
                    for a in doc.attributions() {
                        if *surname_only
                            && !facts
                                .as_ref()
                                .is_some_and(|f| surname_first_mention(doc, f, a))
                        {
                            continue;
                        }
                        if *without_role
                            && !facts
                                .as_ref()
                                .is_some_and(|f| named_without_role(doc, f, a))
                        {
                            continue;
                        }
                        let cue_ok = match cue {
                            CueMatch::Any => true,
                            CueMatch::Speech => a.cue_kind == CueKind::Speech,
                            CueMatch::Attitude => a.cue_kind == CueKind::Attitude,
                        };
                        if !cue_ok || !content_matches(doc, a.content, *content) {
                            continue;
                        }
                        let response_ok = response.accepts(a.response);
                        if !response_ok || !kinds.contains(&a.kind) {
                            continue;
                        }
                        let span = a.source.unwrap_or(a.cue);
                        if keep(doc, rule, a.sentence.index(), span, &hit_sentences, lede) {
                            raw.push(Raw {
                                rule: RuleId(ri),
                                span,
                                sentence: a.sentence.index(),
                            });
                        }
                    }
                }
                Trigger::Quote {
                    attribution,
                    min_words,
                    min_sentences,
                } => {
                    for (span, si) in quote_findings(doc, *attribution, *min_words, *min_sentences)
                    {
                        if keep(doc, rule, si, span, &hit_sentences, lede) {
                            raw.push(Raw {
                                rule: RuleId(ri),
                                span,
                                sentence: si,
                            });
                        }
                    }
                }
                Trigger::Metric {
                    metric,
                    above,
                    below,
                    min_attributions,
                    min_sentences,
                } => {
                    let s = summary.get_or_insert_with(|| SourcingSummary::of(doc));
                    if s.attributions < *min_attributions || doc.sentences().len() < *min_sentences
                    {
                        continue;
                    }
                    #[allow(clippy::cast_precision_loss)] // counts in one draft
                    let share = |kinds: &[credcheck_core::SourceKind]| {
                        let n: usize = s
                            .by_kind
                            .iter()
                            .filter(|(k, _)| kinds.contains(k))
                            .map(|(_, n)| n)
                            .sum();
                        if s.attributions == 0 {
                            0.0
                        } else {
                            n as f64 / s.attributions as f64
                        }
                    };
                    #[allow(clippy::cast_precision_loss)] // counts in one draft
                    let value = match metric {
                        Metric::AnonymousShare => s.anonymous_share,
                        Metric::Attributions => s.attributions as f64,
                        Metric::NamedSources => s.named_sources as f64,
                        Metric::AnonymousSources => s.anonymous_sources as f64,
                        Metric::Denials => s.denials as f64,
                        Metric::NonResponses => s.non_responses as f64,
                        Metric::Sources => {
                            s.sources.iter().filter(|e| e.attributions > 0).count() as f64
                        }
                        Metric::UnnamedShare => share(&[
                            credcheck_core::SourceKind::Anonymous,
                            credcheck_core::SourceKind::Vague,
                            credcheck_core::SourceKind::Report,
                        ]),
                        Metric::ReportShare => share(&[credcheck_core::SourceKind::Report]),
                    };
                    let fires =
                        above.is_some_and(|t| value > t) || below.is_some_and(|t| value < t);
                    // A document finding stands at the first attribution it concerns — where the
                    // source is named in words, not by a pronoun (`they stressed` after
                    // `Pentagon officials…`) when there is one — or at the lede.
                    let concerns = |a: &&credcheck_core::Attribution| match metric {
                        Metric::AnonymousShare => a.kind == credcheck_core::SourceKind::Anonymous,
                        Metric::ReportShare => a.kind == credcheck_core::SourceKind::Report,
                        _ => true,
                    };
                    let by_pronoun = |a: &&credcheck_core::Attribution| {
                        a.source.is_some_and(|span| is_pronoun(doc, &idx, span))
                    };
                    let attributions = doc.attributions();
                    let at = attributions
                        .iter()
                        .filter(concerns)
                        .find(|a| !by_pronoun(a))
                        .or_else(|| attributions.iter().find(concerns))
                        .map(|a| (a.source.unwrap_or(a.cue), a.sentence.index()))
                        .or_else(|| doc.sentences().first().map(|s| (s.span, 0)));
                    if let (true, Some((span, si))) = (fires, at) {
                        raw.push(Raw {
                            rule: RuleId(ri),
                            span,
                            sentence: si,
                        });
                    }
                }
                _ => {}
            }
        }
        if !self.regexes.is_empty() {
            for (si, s) in doc.sentences().iter().enumerate() {
                let text = doc.text(s.span);
                for ix in &self.regex_set.matches(text) {
                    let (re, rule_id) = &self.regexes[ix];
                    let rule = &self.rules[rule_id.0];
                    for caps in re.captures_iter(text) {
                        let Some(m) = caps.name("hl").or_else(|| caps.get(0)) else {
                            continue;
                        };
                        if m.is_empty() {
                            continue;
                        }
                        let span = Span::new(s.span.start + m.start(), s.span.start + m.end());
                        if keep(doc, rule, si, span, &hit_sentences, lede) {
                            raw.push(Raw {
                                rule: *rule_id,
                                span,
                                sentence: si,
                            });
                        }
                    }
                }
            }
        }
        self.run_when_rules(doc, &idx, &mut raw, &hit_sentences, &matches);

        let mut findings: Vec<Finding> = raw
            .into_iter()
            .map(|r| {
                let rule = &self.rules[r.rule.0];
                Finding {
                    rule: r.rule,
                    severity: rule.severity,
                    span: r.span,
                    message: render(rule, doc, r.span),
                }
            })
            .collect();
        findings.sort_by_key(|f| (f.span.start, self.rule_rank[f.rule.0], f.span.end));
        findings.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
        if self.rules.iter().any(|r| r.once) {
            let mut seen = vec![false; self.rules.len()];
            findings.retain(|f| {
                if !self.rules[f.rule.0].once {
                    return true;
                }
                !std::mem::replace(&mut seen[f.rule.0], true)
            });
        }
        findings
    }

    /// Every pattern's matches, found by trying patterns only where their anchors occur.
    fn run_patterns(&self, doc: &Document, idx: &DocIndex) -> Vec<Vec<PatMatch>> {
        let tokens = doc.tokens();
        // (pattern, first start, last start) candidates, from one walk over the tokens.
        let mut cands: Vec<(PatId, usize, usize)> = Vec::new();
        // Per pattern anchored at `^`: 1 + the first token of the last sentence it was queued for.
        let mut started = vec![0usize; self.patterns.len()];
        for (si, s) in doc.sentences().iter().enumerate() {
            let _ = si;
            let (lo, hi) = (s.tokens.start, s.tokens.end);
            for i in lo..hi {
                let mut add = |pats: &[PatId]| {
                    for &p in pats {
                        if self.patterns[p].at_start {
                            // Only at the sentence start, or after its opening marks; once per
                            // sentence however often the anchor occurs in it.
                            if started[p] != lo + 1 {
                                started[p] = lo + 1;
                                cands.push((p, lo, lo + opening_marks(doc, lo, hi)));
                            }
                            continue;
                        }
                        let (pmin, pmax) = self.patterns[p].prefix;
                        if i < lo + pmin as usize {
                            continue;
                        }
                        let last = i - pmin as usize;
                        let first = pmax.map_or(lo, |m| i.saturating_sub(m as usize).max(lo));
                        cands.push((p, first, last));
                    }
                };
                let w = idx.words[i];
                if w != NO_WORD {
                    if let Some(pats) = self.anchors.by_word.get(w as usize) {
                        add(pats);
                    }
                }
                let mut prev_list = None;
                idx.for_each_entry(i, |l, _| {
                    if prev_list != Some(l) {
                        add(&self.anchors.by_list[l as usize]);
                        prev_list = Some(l);
                    }
                });
                // Only classes some pattern is anchored on.
                let classes = idx.classes[i] & self.anchors.class_mask;
                if classes != 0 {
                    for c in Class::ALL {
                        if classes & c.bit() != 0 {
                            add(&self.anchors.by_class[c as usize]);
                        }
                    }
                }
                if i == lo {
                    for &p in &self.anchors.everywhere {
                        cands.push((p, lo, hi - 1));
                    }
                }
            }
        }
        cands.sort_unstable();

        let mut out: Vec<Vec<PatMatch>> = vec![Vec::new(); self.patterns.len()];
        let mut k = 0;
        while k < cands.len() {
            let p = cands[k].0;
            let node = &self.patterns[p].node;
            let mut tried_to = 0usize; // starts below this were tried already
            let mut free_from = 0usize; // matches may not overlap an earlier match of p
            let mut budget = (usize::MAX, 0u64); // (sentence, steps left in it)
            while k < cands.len() && cands[k].0 == p {
                let (_, first, last) = cands[k];
                k += 1;
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
                        out[p].push(PatMatch {
                            sentence,
                            hl: hit.hl,
                        });
                        free_from = hit.end.max(start + 1);
                        start = free_from;
                    } else {
                        start += 1;
                    }
                }
                tried_to = tried_to.max(last + 1);
            }
        }
        out
    }

    /// `when` rules: for each finding they follow, fire if `requires` is absent from the window.
    fn run_when_rules(
        &self,
        doc: &Document,
        idx: &DocIndex,
        raw: &mut Vec<Raw>,
        hits: &[Vec<usize>],
        matches: &[Vec<PatMatch>],
    ) {
        let first_pass = raw.len();
        // Earliest and widest first, so overlapping followed findings fire once, on the widest
        // words. Sorted once for every `when` rule.
        let mut order: Vec<usize> = (0..first_pass).collect();
        order.sort_by_key(|&k| (raw[k].span.start, std::cmp::Reverse(raw[k].span.end)));
        for (ri, rule) in self.rules.iter().enumerate() {
            let Trigger::When {
                on,
                requires,
                present,
                window: win,
                on_with,
            } = &rule.trigger
            else {
                continue;
            };
            let mut fired_in_document = false;
            // `order` is by start, so a finding overlaps one already fired exactly when it
            // starts before the furthest end fired so far.
            let mut fired_to: Option<usize> = None;
            // Once per document, a rule stands on the first followed finding that names its
            // source in words rather than by a pronoun (`Pentagon officials…`, not the later
            // `they stressed`), when there is one.
            let once_order: Vec<usize>;
            let order = if *win == Window::Document {
                let (words, pronouns): (Vec<usize>, Vec<usize>) = order
                    .iter()
                    .partition(|&&k| !is_pronoun(doc, idx, raw[k].span));
                once_order = words.into_iter().chain(pronouns).collect();
                &once_order
            } else {
                &order
            };
            for &k in order {
                let t = raw[k];
                let follows = on.iter().any(|target| match target {
                    WhenTarget::Rule(id) => t.rule == *id,
                    WhenTarget::Category(c) => self.rules[t.rule.0].category == *c,
                });
                if !follows {
                    continue;
                }
                let w = window(doc, t.sentence, *win);
                let found = requires.iter().any(|&p| any_in(&hits[p], w));
                if found != *present {
                    continue;
                }
                let unless_w = window(doc, t.sentence, rule.unless_window);
                if rule.unless.iter().any(|&p| any_in(&hits[p], unless_w)) {
                    continue;
                }
                if *win == Window::Document {
                    if fired_in_document {
                        continue;
                    }
                    fired_in_document = true;
                }
                // Several followed findings on the same words (a category's rules) fire once.
                if fired_to.is_some_and(|end| t.span.start < end) {
                    continue;
                }
                fired_to = Some(fired_to.map_or(t.span.end, |e| e.max(t.span.end)));
                // With `highlight-with`, the finding stands on the `with` words (`did
                // indeed`) nearest the followed finding; otherwise on the followed words.
                let (span, sentence) = if *present && *on_with {
                    nearest_match(requires, matches, w, t.sentence)
                        .map_or((t.span, t.sentence), |m| {
                            (token_span(doc, m.hl), m.sentence)
                        })
                } else {
                    (t.span, t.sentence)
                };
                raw.push(Raw {
                    rule: RuleId(ri),
                    span,
                    sentence,
                });
            }
        }
    }
}

/// Are the words of `span` all pronouns (`they`, `he`)?
fn is_pronoun(doc: &Document, idx: &DocIndex, span: Span) -> bool {
    let tokens = doc.tokens();
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    let mut any = false;
    for (k, t) in tokens[first..].iter().enumerate() {
        if t.span.start >= span.end {
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

/// The match of any of `patterns` inside the sentence window `(lo, hi)` nearest sentence `si`
/// (earliest first among equals). Matches are in sentence order, so this looks only at the
/// window's matches.
fn nearest_match<'m>(
    patterns: &[PatId],
    matches: &'m [Vec<PatMatch>],
    (lo, hi): (usize, usize),
    si: usize,
) -> Option<&'m PatMatch> {
    patterns
        .iter()
        .flat_map(|&p| {
            let ms = &matches[p];
            let from = ms.partition_point(|m| m.sentence < lo);
            ms[from..].iter().take_while(move |m| m.sentence <= hi)
        })
        .min_by_key(|m| (m.sentence.abs_diff(si), m.hl.0))
}

/// Is the source a lone capitalised word (a surname) with no full name of that person earlier in
/// the document?
/// Facts about a draft that attribution rules ask of each attribution, found in one pass over
/// the draft instead of one pass per attribution.
struct DraftFacts {
    /// Per sentence: the earliest end of a quotation that starts in it (`usize::MAX` if none).
    first_quote_end: Vec<usize>,
    /// Per full name of a named speaker: the offset of its first occurrence in the draft.
    first_mention: FxHashMap<String, usize>,
}

impl DraftFacts {
    fn of(doc: &Document) -> DraftFacts {
        let mut first_quote_end = vec![usize::MAX; doc.sentences().len()];
        for q in doc.quotes() {
            if let Some(slot) = first_quote_end.get_mut(sentence_at(doc, q.span.start)) {
                *slot = (*slot).min(q.span.end);
            }
        }
        let mut names: Vec<&str> = doc
            .attributions()
            .iter()
            .filter_map(|a| a.speaker.as_deref())
            .filter(|n| n.contains(' '))
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut first_mention = FxHashMap::default();
        if let Ok(ac) = aho_corasick::AhoCorasick::new(&names) {
            for m in ac.find_overlapping_iter(doc.source()) {
                first_mention
                    .entry(names[m.pattern().as_usize()].to_owned())
                    .or_insert(m.start());
            }
        }
        DraftFacts {
            first_quote_end,
            first_mention,
        }
    }
}

/// How far after an attribution `he`/`she`/`it` is looked for (tokens).
const PRONOUN_LOOKAHEAD: usize = 200;

fn surname_first_mention(
    doc: &Document,
    facts: &DraftFacts,
    a: &credcheck_core::Attribution,
) -> bool {
    let Some(source) = a.source else {
        return false;
    };
    let tokens = doc.tokens();
    let words: Vec<&credcheck_core::Token> = words_in(doc, source).collect();
    let [word] = words.as_slice() else {
        return false;
    };
    if !word.is_capitalised() || word.is_all_caps() {
        return false;
    }
    let surname = doc.text(word.span);
    // A full name seen before resolves the surname (`speaker` holds it).
    if a.speaker.as_deref().is_some_and(|s| s.contains(' ')) {
        return false;
    }
    if surname.contains('\'') || surname.contains('’') || surname.contains('-') {
        return false;
    }
    // A sentence-initial function word (`The`, `He`) or a body that speaks as itself.
    if credcheck_core::is_capitalised_function_word(surname)
        || matches!(surname, "Police" | "Officials" | "Prosecutors")
    {
        return false;
    }
    // A person, not a body known by one word (`Cadbury said it…`): a direct quotation, or `he`
    // or `she` in the next sentences before any `it`.
    let si = a.sentence.index();
    let quoted = content_matches(doc, a.content, ContentMatch::Quote)
        || facts.first_quote_end[si] <= source.start;
    let last = (si + 2).min(doc.sentences().len() - 1);
    let after_source = tokens.partition_point(|t| t.span.start < source.end);
    let until = doc.sentences()[last]
        .tokens
        .end
        .min(after_source + PRONOUN_LOOKAHEAD);
    for t in &tokens[after_source.min(until)..until] {
        match doc.norm(t) {
            "he" | "she" | "his" | "her" | "him" => return true,
            "it" | "its" => return quoted,
            _ => {}
        }
    }
    quoted
}

/// Is the source a person's full name, at its first mention, with no title or role in the
/// phrase and no apposition after it (`Jonas Berg said`, `said Maria Lopes.`)?
fn named_without_role(doc: &Document, facts: &DraftFacts, a: &credcheck_core::Attribution) -> bool {
    let (Some(source), Some(name)) = (a.source, a.speaker.as_deref()) else {
        return false;
    };
    if a.kind != credcheck_core::SourceKind::Named || !name.contains(' ') {
        return false;
    }
    let words: Vec<&credcheck_core::Token> = words_in(doc, source).collect();
    if words.len() < 2
        || words.iter().any(|t| {
            let w = doc.norm(t);
            !t.is_capitalised()
                || credcheck_core::is_title_or_role(w)
                || matches!(
                    w.trim_end_matches('.'),
                    "mr" | "mrs"
                        | "ms"
                        | "miss"
                        | "dr"
                        | "sir"
                        | "dame"
                        | "lord"
                        | "lady"
                        | "prof"
                        | "the"
                        | "former"
                )
                || w.ends_with("'s")
                || w.ends_with('\'')
        })
    {
        return false;
    }
    // A person the analysis recognised, not a body with a two-word name (`Age Concern`).
    // Entities are in order and do not overlap: look only at those ending after the source
    // starts.
    let entities = doc.entities();
    let from = entities.partition_point(|e| e.span.end <= source.start);
    let person = entities[from..]
        .iter()
        .take_while(|e| e.span.start < source.end)
        .any(|e| e.kind == credcheck_core::EntityKind::Person);
    if !person {
        return false;
    }
    // First mention: the name does not occur earlier in the draft.
    let text = doc.source();
    if facts
        .first_mention
        .get(name)
        .is_some_and(|&at| at + name.len() <= source.start)
    {
        return false;
    }
    // A role just before (`farmer Ruth Ngata`, `Ngata, a farmer, said` handled by the
    // analysis) or an apposition just after (`, an election observer`, `, whose son…`).
    let tokens = doc.tokens();
    let first = tokens.partition_point(|t| t.span.end <= source.start);
    // `the shadow home secretary, Mark Oaten, said`: a role a few words before, then a comma.
    let comma_before = first > 0 && doc.norm(&tokens[first - 1]) == ",";
    let before = &tokens[first.saturating_sub(if comma_before { 10 } else { 3 })..first];
    if before
        .iter()
        .any(|t| credcheck_core::is_title_or_role(doc.norm(t)))
    {
        return false;
    }
    let after = text[source.end..].trim_start();
    let apposition = after.strip_prefix(',').is_some_and(|rest| {
        let next: Vec<String> = rest
            .split_whitespace()
            .take(4)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                    .to_lowercase()
            })
            .collect();
        let first = next.first().map_or("", String::as_str);
        matches!(
            first,
            "a" | "an" | "the" | "who" | "whose" | "his" | "her" | "their" | "its" | "one"
        ) || first.ends_with("'s")
            || first.ends_with("’s")
            || next.iter().any(|w| {
                credcheck_core::is_title_or_role(w) || matches!(w.as_str(), "at" | "of" | "for")
            })
    }) || after.starts_with('(');
    !apposition
}

/// The index of the sentence holding byte `at`.
fn sentence_at(doc: &Document, at: usize) -> usize {
    doc.sentences()
        .partition_point(|s| s.span.end <= at)
        .min(doc.sentences().len().saturating_sub(1))
}

/// Quotations whose attribution is missing or late: `(highlight, sentence)` for each.
///
/// Linear in the draft: the quotations considered (closed, outermost) are disjoint and in order,
/// so each token is counted once; which attribution credits each quotation is found by one
/// pass over the attributions; "is there an attribution near this sentence" is a binary search.
fn quote_findings(
    doc: &Document,
    mode: QuoteAttribution,
    min_words: usize,
    min_sentences: usize,
) -> Vec<(Span, usize)> {
    let mut out = Vec::new();
    if doc.sentences().is_empty() {
        return out;
    }
    let tokens = doc.tokens();
    let quotes: Vec<&credcheck_core::Quote> = doc
        .quotes()
        .iter()
        .filter(|q| q.closed && q.depth == 0)
        .collect();
    // For each quotation, the first attribution (in the analysis's order) whose content
    // overlaps it.
    let mut crediting: Vec<Option<usize>> = vec![None; quotes.len()];
    for (ai, a) in doc.attributions().iter().enumerate() {
        let Some(c) = a.content else { continue };
        let first = quotes.partition_point(|q| q.span.end <= c.start);
        for (qi, q) in quotes.iter().enumerate().skip(first) {
            if q.span.start >= c.end {
                break;
            }
            crediting[qi].get_or_insert(ai);
        }
    }
    let mut attributed_sentences: Vec<usize> = doc
        .attributions()
        .iter()
        .map(|a| a.sentence.index())
        .collect();
    attributed_sentences.sort_unstable();
    attributed_sentences.dedup();
    // Quotations that follow each other with nothing between them (a quote continued over
    // several paragraphs, each reopened) share their speaker.
    let mut previous: Option<(usize, bool)> = None;
    for (qi, q) in quotes.iter().enumerate() {
        let continues = previous
            .filter(|&(end, _)| end <= q.span.start)
            .is_some_and(|(end, _)| doc.source()[end..q.span.start].trim().is_empty());
        let continued_attributed = continues && previous.is_some_and(|(_, a)| a);
        let (s0, s1) = (
            sentence_at(doc, q.span.start),
            sentence_at(doc, q.span.end - 1),
        );
        match mode {
            QuoteAttribution::Missing => {
                // `…,” said the 28-year-old.`: a reporting verb among the next two words right
                // after the closing mark (looked for among the next few tokens only).
                let last = tokens.partition_point(|t| t.span.start < q.span.end);
                let verb_after = tokens[last..(last + 8).min(tokens.len())]
                    .iter()
                    .filter(|t| t.is_wordlike())
                    .take(2)
                    .any(|t| credcheck_core::is_reporting_verb(doc.norm(t)));
                // A quotation continuing the previous sentence's speaker (the news convention
                // of quoting on over several paragraphs) is attributed there.
                let attributed = continued_attributed
                    || verb_after
                    || crediting[qi].is_some()
                    || any_in(&attributed_sentences, (s0.saturating_sub(1), s1 + 1));
                previous = Some((q.span.end, attributed));
                let first = tokens.partition_point(|t| t.span.end <= q.span.start);
                let words = tokens[first..]
                    .iter()
                    .take_while(|t| t.span.start < q.span.end)
                    .filter(|t| t.kind == credcheck_core::TokenKind::Word)
                    .count();
                if words >= min_words.max(1) && !attributed {
                    out.push((q.span, s0));
                }
            }
            QuoteAttribution::Late => {
                let sentences = s1 + 1 - s0;
                if sentences < min_sentences.max(2) {
                    continue;
                }
                let Some(a) = crediting[qi].map(|ai| &doc.attributions()[ai]) else {
                    continue;
                };
                let ends_with_colon = |si: usize| {
                    let s = &doc.sentences()[si];
                    doc.text(s.span).trim_end().ends_with(':')
                };
                let before = a.cue.end <= q.span.start
                    || (s0 > 0 && ends_with_colon(s0 - 1))
                    || a.sentence.index() <= s0 + 1;
                if !before {
                    out.push((a.source.unwrap_or(a.cue), a.sentence.index()));
                }
            }
        }
    }
    out
}

/// The word and number tokens that overlap `span`.
fn words_in(doc: &Document, span: Span) -> impl Iterator<Item = &credcheck_core::Token> {
    let tokens = doc.tokens();
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    tokens[first..]
        .iter()
        .take_while(move |t| t.span.start < span.end)
        .filter(|t| t.is_wordlike())
}

/// Does an attribution's content satisfy a rule's `content` condition?
fn content_matches(doc: &Document, content: Option<Span>, want: ContentMatch) -> bool {
    let quoted = || {
        content.is_some_and(|span| {
            let mut words = words_in(doc, span).peekable();
            words.peek().is_some() && words.all(credcheck_core::Token::in_quote)
        })
    };
    match want {
        ContentMatch::Any => true,
        ContentMatch::Quote => quoted(),
        ContentMatch::Paraphrase => content.is_some() && !quoted(),
    }
}

/// Does a match of `rule` at `span` (in sentence `si`) survive its scopes and exceptions?
fn keep(
    doc: &Document,
    rule: &Rule,
    si: usize,
    span: Span,
    hits: &[Vec<usize>],
    lede: Option<usize>,
) -> bool {
    let block = doc.sentences()[si].block.index();
    let kind = doc.blocks()[block].kind;
    let in_scope = match rule.scope {
        BlockScope::Any => true,
        BlockScope::Lede => Some(block) == lede,
        BlockScope::Heading => kind == BlockKind::Heading,
        BlockScope::Body => kind != BlockKind::Heading,
    };
    if !in_scope {
        return false;
    }
    if rule.quotes != QuoteScope::Anywhere {
        let mut words = words_in(doc, span).peekable();
        if words.peek().is_some() {
            let ok = match rule.quotes {
                QuoteScope::Outside => words.all(|t| !t.in_quote()),
                QuoteScope::Inside => words.all(credcheck_core::Token::in_quote),
                QuoteScope::Anywhere => true,
            };
            if !ok {
                return false;
            }
        }
    }
    let window = window(doc, si, rule.unless_window);
    !rule.unless.iter().any(|&p| any_in(&hits[p], window))
}

/// How many opening marks (quotation marks, brackets, dashes) a sentence starts with.
fn opening_marks(doc: &Document, lo: usize, hi: usize) -> usize {
    doc.tokens()[lo..hi]
        .iter()
        .take_while(|t| {
            t.is_open_quote() || matches!(doc.norm(t), "(" | "[" | "-" | "–" | "—" | "•" | "*")
        })
        .count()
        .min(hi - lo - 1)
}

/// The sentence ids (inclusive range) a window covers around sentence `si`.
fn window(doc: &Document, si: usize, window: Window) -> (usize, usize) {
    let last = doc.sentences().len().saturating_sub(1);
    match window {
        Window::Sentence => (si, si),
        Window::PreviousSentence => (si.saturating_sub(1), si),
        Window::SentenceNext => (si, (si + 1).min(last)),
        Window::Around => (si.saturating_sub(1), (si + 1).min(last)),
        Window::Paragraph => {
            let b = &doc.blocks()[doc.sentences()[si].block.index()];
            (b.sentences.start, b.sentences.end.saturating_sub(1))
        }
        Window::Document => (0, last),
    }
}

/// Is any of the sorted `sentences` inside the inclusive range?
fn any_in(sentences: &[usize], (lo, hi): (usize, usize)) -> bool {
    let i = sentences.partition_point(|&s| s < lo);
    sentences.get(i).is_some_and(|&s| s <= hi)
}

/// The source span of token range `(a, b)`.
fn token_span(doc: &Document, (a, b): (usize, usize)) -> Span {
    let tokens = doc.tokens();
    if a >= b {
        let at = tokens.get(a).map_or(0, |t| t.span.start);
        return Span::new(at, at);
    }
    tokens[a].span.cover(tokens[b - 1].span)
}

/// The rule's message with `{match}` and `{suggest}` filled in (`{{`/`}}` are literal braces).
fn render(rule: &Rule, doc: &Document, span: Span) -> String {
    let mut out = String::with_capacity(rule.message.len() + 16);
    let mut rest = rule.message.as_str();
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
        } else if let Some(t) = tail.strip_prefix("{match}") {
            out.push_str(&doc.prose(span));
            rest = t;
        } else if let Some(t) = tail.strip_prefix("{suggest}") {
            out.push_str(&rule.suggestions());
            rest = t;
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}
