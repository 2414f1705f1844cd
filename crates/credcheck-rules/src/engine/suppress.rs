//! The draft's suppressions (`<!-- credcheck-ignore RULE: reason -->`, read by the document
//! model) applied to the findings, and the findings about the suppressions themselves.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use credcheck_core::{Document, Suppression};
use rustc_hash::{FxHashMap, FxHashSet};

use super::{Engine, Raw};
use crate::profile::Profile;
use crate::rule::{RuleId, SuppressionCheck, Trigger, TriggerKind};

/// Distinct unknown names in one draft for which a near rule name is looked for (each look is
/// a comparison with every rule, category and pack name).
const MAX_HINTS: usize = 64;

/// The suppressions of one draft, applied in one or more sweeps over the findings.
pub(super) struct Sweep<'a> {
    engine: &'a Engine,
    doc: &'a Document,
    profile: &'a Profile,
    sups: &'a [Suppression],
    /// Every name a suppression may give (empty for a draft without suppressions).
    known: FxHashSet<&'a str>,
    /// Each name any suppression gives that the engine knows (rule id, category, pack, `all`).
    keys: FxHashMap<&'a str, usize>,
    /// Per suppression: the keys of the known names it gives.
    sup_keys: Vec<Vec<usize>>,
    /// Per suppression: has it dropped a finding the profile reports?
    used: Vec<bool>,
    /// The words (and category) of every finding a suppression named: another rule's finding
    /// of the same category on the same words is covered too.
    covered: FxHashSet<(usize, usize, &'a str)>,
}

impl<'a> Sweep<'a> {
    pub fn new(engine: &'a Engine, doc: &'a Document, profile: &'a Profile) -> Sweep<'a> {
        let sups = doc.suppressions();
        let mut keys: FxHashMap<&str, usize> = FxHashMap::default();
        let mut sup_keys = Vec::with_capacity(sups.len());
        let known = if sups.is_empty() {
            FxHashSet::default()
        } else {
            known_names(engine)
        };
        for s in sups {
            let mut mine = Vec::new();
            for (name, _) in &s.names {
                if known.contains(name.as_str()) {
                    let next = keys.len();
                    mine.push(*keys.entry(name.as_str()).or_insert(next));
                }
            }
            sup_keys.push(mine);
        }
        Sweep {
            engine,
            doc,
            profile,
            sups,
            known,
            keys,
            sup_keys,
            used: vec![false; sups.len()],
            covered: FxHashSet::default(),
        }
    }

    /// Drops the findings in `raw` of rules the profile reports that a suppression covers (and
    /// any finding inside a suppression comment), and the findings of the same category on the same words as one it named (the
    /// lede rule on the `reportedly` a desk signed off); returns how many of them the profile
    /// would have reported.
    ///
    /// One sweep over the findings in order of position, with the suppressions whose reach has
    /// begun kept per name: each suppression enters and leaves once, so the cost is about
    /// (findings + suppressions) × log, whatever their number.
    pub fn apply(&mut self, raw: &mut Vec<Raw>) -> usize {
        let sups = self.sups;
        if sups.is_empty() || raw.is_empty() {
            return 0;
        }
        // Per key: how many suppressions naming it are in reach, and those not yet used.
        let mut in_reach = vec![0usize; self.keys.len()];
        let mut waiting: Vec<Vec<usize>> = vec![Vec::new(); self.keys.len()];
        let mut by_start: Vec<usize> = (0..sups.len()).collect();
        by_start.sort_by_key(|&i| sups[i].covers.start);
        let mut ends: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
        let mut next = 0;
        let mut order: Vec<usize> = (0..raw.len()).collect();
        order.sort_by_key(|&i| raw[i].span.start);
        let mut drop = vec![false; raw.len()];
        let mut suppressed = 0;
        for fi in order {
            let at = raw[fi].span.start;
            // Findings inside a suppression comment are never reported.
            let k = sups.partition_point(|s| s.span.start <= at);
            if k > 0 && at < sups[k - 1].span.end {
                drop[fi] = true;
                continue;
            }
            while next < by_start.len() && sups[by_start[next]].covers.start <= at {
                let si = by_start[next];
                ends.push(Reverse((sups[si].covers.end, si)));
                for &key in &self.sup_keys[si] {
                    in_reach[key] += 1;
                    waiting[key].push(si);
                }
                next += 1;
            }
            while let Some(&Reverse((end, si))) = ends.peek() {
                if end > at {
                    break;
                }
                ends.pop();
                for &key in &self.sup_keys[si] {
                    in_reach[key] -= 1;
                }
            }
            // A suppression applies to what the profile reports: a rule the desk turned off
            // is invisible to it (its findings still feed the rules that follow them).
            if self.profile.severity(raw[fi].rule).is_none() {
                continue;
            }
            let rule = &self.engine.rules[raw[fi].rule.0];
            for name in ["all", rule.id.as_str(), &rule.category, &rule.pack] {
                let Some(&key) = self.keys.get(name) else {
                    continue;
                };
                if in_reach[key] == 0 {
                    continue;
                }
                drop[fi] = true;
                // Every waiting suppression of this name still in reach has now been used;
                // those whose reach has ended never will be. Each leaves the list once.
                for si in waiting[key].drain(..) {
                    if sups[si].covers.end > at {
                        self.used[si] = true;
                    }
                }
            }
            if drop[fi] {
                let span = raw[fi].span;
                self.covered
                    .insert((span.start, span.end, rule.category.as_str()));
            }
        }
        for (fi, r) in raw.iter().enumerate() {
            let rule = &self.engine.rules[r.rule.0];
            let key = (r.span.start, r.span.end, rule.category.as_str());
            let reported = self.profile.severity(r.rule).is_some();
            if !drop[fi] && reported && self.covered.contains(&key) {
                drop[fi] = true;
            }
            if drop[fi] && reported {
                suppressed += 1;
            }
        }
        let mut drops = drop.into_iter();
        raw.retain(|_| !drops.next().unwrap_or(false));
        suppressed
    }

    /// Adds the findings about the suppressions themselves — unknown names (with a near name
    /// when there is one), suppressions that suppressed nothing, and, when the profile requires
    /// one, suppressions without a reason — and returns the near names the findings refer to.
    pub fn report(self, raw: &mut Vec<Raw>) -> Vec<String> {
        let mut hints: Vec<String> = Vec::new();
        if self.sups.is_empty() {
            return hints;
        }
        let rule_for = |check: SuppressionCheck| {
            self.engine.by_kind[TriggerKind::Suppression as usize]
                .iter()
                .find(|&&i| {
                    matches!(self.engine.rules[i as usize].trigger, Trigger::Suppression(c) if c == check)
                })
                .map(|&i| RuleId(i as usize))
        };
        let unknown = rule_for(SuppressionCheck::UnknownName);
        let unused = rule_for(SuppressionCheck::Unused);
        let without_reason = rule_for(SuppressionCheck::WithoutReason)
            .filter(|_| self.profile.requires_suppression_reason());
        let mut hint_of: FxHashMap<&str, Option<u32>> = FxHashMap::default();
        for (si, s) in self.sups.iter().enumerate() {
            let sentence = self.doc.sentence_index_at(s.span.start);
            if let Some(rule) = unknown {
                let known = &self.known;
                for (name, span) in s.names.iter().filter(|(n, _)| !known.contains(n.as_str())) {
                    let capped = hint_of.len() >= MAX_HINTS;
                    let hint = *hint_of.entry(name.as_str()).or_insert_with(|| {
                        let near = if capped {
                            None
                        } else {
                            crate::error::suggest(name, known.iter().copied())
                        };
                        near.map(|n| {
                            hints.push(n);
                            u32::try_from(hints.len() - 1).unwrap_or(u32::MAX)
                        })
                    });
                    raw.push(Raw {
                        hint,
                        ..Raw::new(rule, *span, sentence)
                    });
                }
            }
            if let Some(rule) = unused.filter(|_| !self.used[si] && !self.sup_keys[si].is_empty()) {
                raw.push(Raw::new(rule, s.span, sentence));
            }
            if let Some(rule) = without_reason.filter(|_| s.reason.is_none()) {
                raw.push(Raw::new(rule, s.span, sentence));
            }
        }
        hints
    }
}

/// Every name a suppression may give: `all`, and each rule id, category and pack.
fn known_names(engine: &Engine) -> FxHashSet<&str> {
    let mut known: FxHashSet<&str> = FxHashSet::default();
    known.insert("all");
    for r in &engine.rules {
        known.extend([r.id.as_str(), r.category.as_str(), r.pack.as_str()]);
    }
    known
}

#[cfg(test)]
mod tests {
    use credcheck_core::{Document, Format};

    use super::super::testing::engine;
    use crate::profile::Profile;

    const RULES: [(&str, &str); 2] = [
        ("anon", r#"pattern = "[officials] said""#),
        ("unused", r#"suppression = "unused""#),
    ];

    fn ids(text: &str, profile: impl Fn(&mut Profile)) -> (Vec<String>, usize) {
        let engine = engine(&RULES);
        let doc = Document::parse(text, Format::Markdown);
        let mut p = Profile::new(&engine);
        profile(&mut p);
        let checked = engine.check_with(&doc, &p);
        let ids = checked
            .findings
            .iter()
            .map(|f| engine.rule(f.rule).id.clone())
            .collect();
        (ids, checked.suppressed)
    }

    #[test]
    fn reach_names_and_use() {
        let para = "<!-- credcheck-ignore anon: vetted -->\nOfficials said yes.\nOfficials said no.\n\nOfficials said maybe.\n";
        assert_eq!(ids(para, |_| ()), (vec!["anon".to_owned()], 2));
        let line = "<!-- credcheck-ignore-next-line test: vetted -->\nOfficials said yes.\nOfficials said no.\n";
        assert_eq!(ids(line, |_| ()), (vec!["anon".to_owned()], 1));
        let file = "Officials said yes.\n\n<!-- credcheck-ignore-file t -->\n";
        assert_eq!(ids(file, |_| ()), (vec![], 1));
        let stale = "<!-- credcheck-ignore anon -->\nNobody said anything.\n";
        assert_eq!(ids(stale, |_| ()), (vec!["unused".to_owned()], 0));
    }

    #[test]
    fn many_suppressions_over_many_findings_each_used_once() {
        // Every paragraph has its own suppression and one finding; a file-wide one covers all.
        let mut text = String::from("<!-- credcheck-ignore-file all: wire copy -->\n\n");
        for _ in 0..500 {
            text.push_str("<!-- credcheck-ignore anon: vetted -->\nOfficials said yes.\n\n");
        }
        assert_eq!(ids(&text, |_| ()), (vec![], 500));
    }
}
