//! The compiled engine: every loaded rule matched over a document in one pass.
//!
//! [`Engine::check_with`] is a short driver over one module per kind of trigger, each linear in
//! the document:
//! 1. [`patterns`]: index the tokens once and try each pattern only where its anchor occurs;
//!    regular-expression rules through one `RegexSet` per sentence;
//! 2. [`attribution`], [`quote`], [`metric`]: rules over the attribution analysis, the
//!    quotations and the sourcing summary;
//! 3. [`suppress`]: the draft's suppressions drop what they cover (so that a suppressed finding
//!    does not feed the rules that follow it), then [`when`] runs the rules that follow other
//!    findings, and the suppressions are applied to those too and report on themselves;
//! 4. the [`Profile`] decides what is reported and at what severity, and messages are rendered.

mod attribution;
mod metric;
mod patterns;
mod quote;
mod suppress;
mod text;
mod when;

use std::sync::Arc;

use credcheck_core::{BlockKind, Document, Span};
use regex::{Regex, RegexSet};

use crate::anchors::{Anchors, CompiledPattern};
use crate::index::DocIndex;
use crate::profile::Profile;
use crate::rule::{Finding, Pack, Rule, RuleId, RuleInfo, Trigger};
use crate::vocab::{Lists, Vocab};

use self::patterns::Matches;

/// All loaded rules, compiled into one immutable matcher. `Send + Sync`: build once, share
/// across threads.
#[derive(Debug)]
pub struct Engine {
    pub(crate) rules: Vec<Rule>,
    pub(crate) packs: Vec<Pack>,
    /// Each rule's position in id order, for sorting findings without comparing strings.
    pub(crate) rule_rank: Vec<u32>,
    /// The categories of the rules, sorted, and each rule's category as an index into them
    /// (`when` rules follow a category without comparing its name for every finding).
    pub(crate) categories: Vec<String>,
    pub(crate) category_of: Vec<u32>,
    /// Per [`TriggerKind`](crate::rule::TriggerKind), the ids of its rules in order: each
    /// trigger module reads its own rules, not every rule, for every draft.
    pub(crate) by_kind: Vec<Vec<u32>>,
    pub(crate) vocab: Vocab,
    pub(crate) lists: Lists,
    pub(crate) patterns: Vec<CompiledPattern>,
    /// Per pattern: read only as an `unless`, so matched on demand, one sentence at a time.
    pub(crate) lazy: Vec<bool>,
    pub(crate) anchors: Anchors,
    pub(crate) regex_set: RegexSet,
    /// Per regex: the expression and the rule it belongs to.
    pub(crate) regexes: Vec<(Regex, RuleId)>,
    /// Per rule: what reporters show about it, shared by its findings.
    pub(crate) infos: Vec<Arc<RuleInfo>>,
}

/// What checking one draft gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked {
    /// The findings the profile reports, sorted by span start, then rule id, then span end.
    pub findings: Vec<Finding>,
    /// Findings the draft's suppressions dropped (of rules the profile reports).
    pub suppressed: usize,
}

/// A finding before messages are rendered, with the sentence it stands in.
#[derive(Debug, Clone, Copy)]
struct Raw {
    rule: RuleId,
    span: Span,
    sentence: usize,
    /// A near rule name for an unknown name in a suppression (index into the hints).
    hint: Option<u32>,
    /// The followed finding's words, for a `when` finding standing elsewhere.
    related: Option<Span>,
}

impl Raw {
    fn new(rule: RuleId, span: Span, sentence: usize) -> Raw {
        Raw {
            rule,
            span,
            sentence,
            hint: None,
            related: None,
        }
    }
}

/// What every trigger module reads: the document, its token index, the pattern matches and
/// the facts derived from them once.
struct Cx<'a> {
    engine: &'a Engine,
    doc: &'a Document,
    idx: &'a DocIndex<'a>,
    matches: &'a Matches<'a>,
    /// The first block that is not a heading.
    lede: Option<usize>,
    /// Per sentence with many attributions and per set of source kinds, their source phrases
    /// sorted for look-up (see `patterns::source_of_kind`); built when first asked for.
    source_spans: std::cell::RefCell<rustc_hash::FxHashMap<(usize, u16), patterns::SourceSpans>>,
    /// Per sentence, how many denials and non-responses the analysis found before it (one
    /// more entry than sentences), so `unless-response` asks any window in constant time;
    /// built when first asked for.
    responses_before: std::cell::OnceCell<Vec<(u32, u32)>>,
}

impl<'a> Cx<'a> {
    fn new(
        engine: &'a Engine,
        doc: &'a Document,
        idx: &'a DocIndex<'a>,
        matches: &'a Matches<'a>,
    ) -> Cx<'a> {
        let lede = doc
            .blocks()
            .iter()
            .position(|b| b.kind != BlockKind::Heading);
        Cx {
            engine,
            doc,
            idx,
            matches,
            lede,
            source_spans: std::cell::RefCell::default(),
            responses_before: std::cell::OnceCell::new(),
        }
    }

    /// Does the analysis find a response `m` accepts in sentences `lo..=hi`?
    fn response_in(&self, m: crate::pack::ResponseMatch, (lo, hi): (usize, usize)) -> bool {
        let before = self.responses_before.get_or_init(|| {
            let mut counts = vec![(0u32, 0u32); self.doc.sentences().len() + 1];
            for a in self.doc.attributions() {
                let c = &mut counts[a.sentence.index() + 1];
                match a.response {
                    Some(credcheck_core::Response::Denial) => c.0 += 1,
                    Some(credcheck_core::Response::NonResponse) => c.1 += 1,
                    None => {}
                }
            }
            for s in 1..counts.len() {
                counts[s] = (counts[s].0 + counts[s - 1].0, counts[s].1 + counts[s - 1].1);
            }
            counts
        });
        let (Some(a), Some(b)) = (before.get(lo), before.get(hi + 1)) else {
            return false;
        };
        m.denial && b.0 > a.0 || m.non_response && b.1 > a.1
    }
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

    /// What reporters show about the rule with this id (the same `Arc` its findings carry).
    #[must_use]
    pub fn info(&self, id: RuleId) -> &Arc<RuleInfo> {
        &self.infos[id.0]
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

    /// All findings of all rules in `doc` at their own severities, the draft's suppressions
    /// applied, sorted by span start, then rule id, then span end.
    #[must_use]
    pub fn check(&self, doc: &Document) -> Vec<Finding> {
        self.check_with(doc, &Profile::new(self)).findings
    }

    /// The findings `profile` reports in `doc`: its rules at its severities, its settings and
    /// the draft's suppressions applied.
    #[must_use]
    pub fn check_with(&self, doc: &Document, profile: &Profile) -> Checked {
        let idx = DocIndex::build(doc, &self.vocab, &self.lists);
        let matches = self.run_patterns(doc, &idx);
        let cx = Cx::new(self, doc, &idx, &matches);
        let mut raw = Vec::new();
        patterns::findings(&cx, &mut raw);
        attribution::findings(&cx, &mut raw);
        quote::findings(&cx, &mut raw);
        metric::findings(&cx, &mut raw);
        patterns::regex_findings(&cx, &mut raw);
        // (The dateline is read only when a finding's rule has a setting to cancel it.)
        let dateline = raw
            .iter()
            .any(|r| self.rules[r.rule.0].unless_setting.is_some())
            .then(|| crate::profile::dateline_outlet(doc))
            .flatten();
        // (Once per setting and sentence: a run-on sentence of many findings reads its text
        // once, not once per finding.)
        let mut cancelled: rustc_hash::FxHashMap<(&str, usize), bool> =
            rustc_hash::FxHashMap::default();
        raw.retain(|r| {
            let rule = &self.rules[r.rule.0];
            let Some(key) = rule.unless_setting.as_deref() else {
                return true;
            };
            !*cancelled
                .entry((key, r.sentence))
                .or_insert_with(|| profile.cancels(rule, doc, r.sentence, dateline.as_ref()))
        });
        self.yield_overlaps(&mut raw);

        let mut sups = suppress::Sweep::new(self, doc, profile);
        let mut suppressed = sups.apply(&mut raw);
        let followed = raw.len();
        when::findings(&cx, &mut raw);
        let mut follow_on = raw.split_off(followed);
        suppressed += sups.apply(&mut follow_on);
        raw.append(&mut follow_on);
        raw.retain(|r| profile.severity(r.rule).is_some());
        let hints = sups.report(&mut raw);
        Checked {
            findings: self.finish(doc, raw, profile, &hints),
            suppressed,
        }
    }

    /// Drops the findings of rules that yield to another (`yields-to`) in the sentences where
    /// that rule found something — a matter of rule design, so before suppressions and the
    /// desk's profile (turning the specific rule off does not bring the general one back).
    fn yield_overlaps(&self, raw: &mut Vec<Raw>) {
        if self.rules.iter().all(|r| r.yields_to.is_empty()) {
            return;
        }
        let stands: rustc_hash::FxHashSet<(RuleId, usize)> =
            raw.iter().map(|r| (r.rule, r.sentence)).collect();
        raw.retain(|r| {
            let yields = &self.rules[r.rule.0].yields_to;
            !yields
                .iter()
                .any(|&other| stands.contains(&(other, r.sentence)))
        });
    }

    /// Messages rendered, severities set, sorted, duplicates and repeats of `once` rules gone.
    fn finish(
        &self,
        doc: &Document,
        raw: Vec<Raw>,
        profile: &Profile,
        hints: &[String],
    ) -> Vec<Finding> {
        let mut findings: Vec<Finding> = raw
            .into_iter()
            .filter_map(|r| {
                let rule = &self.rules[r.rule.0];
                let severity = profile.severity(r.rule)?;
                let fix = rule.fixed(doc.text(r.span));
                let mut message = text::render(rule, doc, r.span, fix.as_deref());
                let hint = r.hint.and_then(|h| hints.get(h as usize));
                if let Some(hint) = hint {
                    message.push_str(" Did you mean “");
                    message.push_str(hint);
                    message.push_str("”?");
                }
                // A fix is the suggestion for these words; else the rule's own.
                let suggestions = match (hint, &fix) {
                    (Some(h), _) => vec![h.clone()],
                    (None, Some(f)) => vec![f.clone()],
                    (None, None) => rule.suggest.clone(),
                };
                Some(Finding {
                    rule: r.rule,
                    info: Arc::clone(&self.infos[r.rule.0]),
                    severity,
                    span: r.span,
                    message,
                    suggestions,
                    fix,
                    related: r.related.into_iter().collect(),
                })
            })
            .collect();
        findings.sort_by_key(|f| (f.span.start, self.rule_rank[f.rule.0], f.span.end));
        findings.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
        // One finding per rule for the same words: two alternatives of a pattern that both
        // match (`[Many analysts] said` and `Many [analysts] said`) are one query to the editor,
        // so a finding overlapping an earlier one of its rule goes.
        let mut kept_to = vec![0usize; self.rules.len()];
        let mut any = vec![false; self.rules.len()];
        findings.retain(|f| {
            let r = f.rule.0;
            let overlaps = any[r] && f.span.start < kept_to[r];
            if !overlaps {
                any[r] = true;
                kept_to[r] = kept_to[r].max(f.span.end);
            }
            !overlaps
        });
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
}

/// The rules whose trigger is of kind `kind`, with their ids and what `pick` takes from the
/// trigger.
fn rules_with<'e, T>(
    engine: &'e Engine,
    kind: crate::rule::TriggerKind,
    pick: impl Fn(&'e Trigger) -> Option<T> + 'e,
) -> impl Iterator<Item = (RuleId, &'e Rule, T)> + 'e {
    engine.by_kind[kind as usize].iter().filter_map(move |&i| {
        let r = &engine.rules[i as usize];
        pick(&r.trigger).map(|t| (RuleId(i as usize), r, t))
    })
}

/// Engines of small test packs, for the unit tests of each trigger module.
#[cfg(test)]
pub(crate) mod testing {
    use std::fmt::Write as _;

    use credcheck_core::{Document, Format};

    use super::Engine;
    use crate::load::EngineBuilder;

    /// An engine of the rules given as `(id, TOML body)`: category `test`, severity `info`,
    /// message "m", with the examples every rule must carry.
    pub fn engine(rules: &[(&str, &str)]) -> Engine {
        let mut pack = String::from("[pack]\nid = \"t\"\n");
        for (id, body) in rules {
            let _ = write!(
                pack,
                "[[rule]]\nid = \"{id}\"\ncategory = \"test\"\nseverity = \"info\"\n\
                 message = \"m\"\n{body}\n[[rule.example]]\nflagged = \"[x]\"\n\
                 [[rule.example]]\nclean = \"y\"\n"
            );
        }
        let mut b = EngineBuilder::new();
        b.add("t.toml", pack);
        b.build()
            .unwrap_or_else(|e| panic!("test pack must load:\n{e}"))
    }

    /// `(rule id, highlighted text)` of each finding of `rules` in the plain text `text`.
    pub fn found(rules: &[(&str, &str)], text: &str) -> Vec<(String, String)> {
        let engine = engine(rules);
        let doc = Document::parse(text, Format::Text);
        engine
            .check(&doc)
            .iter()
            .map(|f| (engine.rule(f.rule).id.clone(), doc.text(f.span).to_owned()))
            .collect()
    }

    /// The pairs of [`found`] as `&str`s, for comparing with literals.
    pub fn pairs(found: &[(String, String)]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use credcheck_core::{Document, Format};

    use super::testing::engine;

    /// `(highlighted text, fix)` of each finding.
    fn fixes(body: &str, text: &str) -> Vec<(String, Option<String>)> {
        let engine = engine(&[("f", body)]);
        let doc = Document::parse(text, Format::Text);
        engine
            .check(&doc)
            .into_iter()
            .map(|f| (doc.text(f.span).to_owned(), f.fix))
            .collect()
    }

    #[test]
    fn a_fix_replaces_the_declared_words_keeping_a_capital_and_the_rest() {
        let body = r#"pattern = "[(refused | Refused) to? (comment | say) | refused comment]"
fix = { "refused" = "declined", "refused comment" = "declined to comment" }"#;
        let got = fixes(
            body,
            "He refused to say. Refused to comment, she left. They refused comment.",
        );
        let want = [
            ("refused to say", Some("declined to say")),
            ("Refused to comment", Some("Declined to comment")),
            // The longest key wins.
            ("refused comment", Some("declined to comment")),
        ];
        let got: Vec<(&str, Option<&str>)> = got
            .iter()
            .map(|(t, f)| (t.as_str(), f.as_deref()))
            .collect();
        assert_eq!(got, want);
        // A rule without `fix` offers none.
        let none = fixes(r#"pattern = "[refused]""#, "He refused.");
        assert_eq!(none, [("refused".to_owned(), None)]);
    }
}
