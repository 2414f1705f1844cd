//! `when` rules: they follow the findings of other rules (or of a category) and fire when a
//! pattern is absent from a window around them (or, with `present`, when it occurs there).

use std::cmp::Reverse;

use credcheck_core::Span;

use super::patterns::{Matches, PatMatch};
use super::text::{in_quote_scope, is_pronoun, token_span, window};
use super::{Cx, Raw, rules_with};
use crate::pack::{QuoteScope, Window};
use crate::rule::{PatId, Rule, RuleId, Trigger, TriggerKind, WhenTarget};
use rustc_hash::FxHashMap;

/// A `when` rule's trigger, unpacked.
struct When<'a> {
    on: &'a [WhenTarget],
    requires: &'a [PatId],
    present: bool,
    window: Window,
    on_with: bool,
}

/// Adds the findings of every `when` rule, following the findings already in `raw`.
pub(super) fn findings(cx: &Cx<'_>, raw: &mut Vec<Raw>) {
    let followed_len = raw.len();
    // Earliest and widest first, so overlapping followed findings fire once, on the widest
    // words. Sorted once for every `when` rule.
    let mut order: Vec<usize> = (0..followed_len).collect();
    order.sort_by_key(|&k| (raw[k].span.start, Reverse(raw[k].span.end)));
    // A rule that stands once per document stands on the first followed finding that names its
    // source in words rather than by a pronoun (`Pentagon officials…`, not the later `they
    // stressed`), when there is one.
    let mut words_first: Option<Vec<usize>> = None;
    // Per order: the followed findings of each rule, as positions in the order — so that a
    // `when` rule looks only at the findings it follows, not at every finding (ten times the
    // rules must not cost a hundred times the work).
    let rule_of: Vec<RuleId> = raw.iter().map(|r| r.rule).collect();
    let by_rule = |order: &[usize]| {
        let mut m = Positions::default();
        for (pos, &k) in order.iter().enumerate() {
            let rule = rule_of[k];
            m.rules.push((rule.0 as u32, pos as u32));
            m.categories
                .push((cx.engine.category_of[rule.0], pos as u32));
        }
        m.rules.sort_unstable();
        m.categories.sort_unstable();
        m
    };
    let order_by_rule = by_rule(&order);
    let mut words_first_by_rule = None;
    let when_rules = rules_with(cx.engine, TriggerKind::When, |t| match t {
        Trigger::When {
            on,
            requires,
            present,
            window,
            on_with,
        } => Some(When {
            on,
            requires,
            present: *present,
            window: *window,
            on_with: *on_with,
        }),
        _ => None,
    });
    for (id, rule, when) in when_rules {
        let (order, positions) = if when.window == Window::Document {
            let words_first = words_first.get_or_insert_with(|| {
                let (words, pronouns): (Vec<usize>, Vec<usize>) = order
                    .iter()
                    .partition(|&&k| !is_pronoun(cx.doc, cx.idx, raw[k].span));
                words.into_iter().chain(pronouns).collect()
            });
            let positions = words_first_by_rule.get_or_insert_with(|| by_rule(words_first));
            (&*words_first, &*positions)
        } else {
            (&order, &order_by_rule)
        };
        // Looked up by target, not by scanning every rule that found something: ten times the
        // rules, each `when` rule still reads only what it follows. (A rule followed both by id
        // and by its category is one set of positions: the union, deduplicated.)
        let mut followed_at: Vec<usize> = Vec::new();
        for target in when.on {
            let (list, key) = match target {
                WhenTarget::Rule(rid) => (&positions.rules, rid.0 as u32),
                WhenTarget::Category(c) => match cx.engine.categories.binary_search(c) {
                    Ok(i) => (&positions.categories, i as u32),
                    Err(_) => continue, // no rule of that category is loaded
                },
            };
            let from = list.partition_point(|&(k, _)| k < key);
            followed_at.extend(
                list[from..]
                    .iter()
                    .take_while(|&&(k, _)| k == key)
                    .map(|&(_, pos)| pos as usize),
            );
        }
        followed_at.sort_unstable();
        followed_at.dedup();
        let followed: Vec<usize> = followed_at.into_iter().map(|pos| order[pos]).collect();
        let fired = fire(cx, rule, &when, &raw[..followed_len], &followed);
        raw.extend(fired.into_iter().map(|(span, sentence, related)| Raw {
            related,
            ..Raw::new(id, span, sentence)
        }));
    }
}

/// Positions in an order of the followed findings, as (rule, position) and (category index,
/// position) pairs, sorted: a rule's or a category's positions are one run of each.
#[derive(Default)]
struct Positions {
    rules: Vec<(u32, u32)>,
    categories: Vec<(u32, u32)>,
}

/// Where one `when` rule fires, following the findings `followed` (indices into `raw`, in
/// order): `(span, sentence, related words)` for each.
fn fire(
    cx: &Cx<'_>,
    rule: &Rule,
    when: &When<'_>,
    raw: &[Raw],
    followed: &[usize],
) -> Vec<(Span, usize, Option<Span>)> {
    let mut out = Vec::new();
    // The order is by start, so a finding overlaps one already fired exactly when it starts
    // before the furthest end fired so far.
    let mut fired_to: Option<usize> = None;
    // The nearest `with` match in scope, per window and sentence: followed findings in one
    // sentence share it (a run-on sentence with thousands of them must not read the window's
    // matches once for each).
    let mut nearest_at: FxHashMap<(usize, usize, usize), Option<&PatMatch>> = FxHashMap::default();
    let mut nearest = |w: (usize, usize), si: usize| {
        *nearest_at.entry((w.0, w.1, si)).or_insert_with(|| {
            nearest_match(when.requires, cx.matches, w, si, |m| {
                in_quote_scope(cx.doc, rule.quotes, token_span(cx.doc, m.hl()))
            })
        })
    };
    for &k in followed {
        let t = raw[k];
        // Several followed findings on the same words (a category's rules) fire once: one
        // overlapping a finding already fired is passed over before its windows are read.
        if fired_to.is_some_and(|end| t.span.start < end) {
            continue;
        }
        let w = window(cx.doc, t.sentence, when.window);
        // With `quotes`, a `with` match counts only in that scope: a booster inside the
        // source's own quotation is theirs, not the newsroom's.
        let found = if when.present && rule.quotes != QuoteScope::Anywhere {
            nearest(w, t.sentence).is_some()
        } else {
            when.requires.iter().any(|&p| cx.matches.any_in(p, w))
        };
        if found != when.present {
            continue;
        }
        let unless_w = window(cx.doc, t.sentence, rule.unless_window);
        if rule.unless.iter().any(|&p| cx.matches.any_in(p, unless_w)) {
            continue;
        }
        fired_to = Some(fired_to.map_or(t.span.end, |e| e.max(t.span.end)));
        // With `highlight-with`, the finding stands on the `with` words (`did indeed`)
        // nearest the followed finding; otherwise on the followed words.
        let at = if when.present && when.on_with {
            nearest(w, t.sentence).map_or((t.span, t.sentence), |m| {
                (token_span(cx.doc, m.hl()), m.sentence())
            })
        } else {
            (t.span, t.sentence)
        };
        out.push((at.0, at.1, (at.0 != t.span).then_some(t.span)));
        if when.window == Window::Document {
            break; // once per document
        }
    }
    out
}

/// The match of any of `patterns` inside the sentence window `(lo, hi)` nearest sentence `si`
/// (earliest first among equals). Matches are in sentence order, so this looks only at the
/// window's matches.
fn nearest_match<'m>(
    patterns: &[PatId],
    matches: &'m Matches<'_>,
    (lo, hi): (usize, usize),
    si: usize,
    keep: impl Fn(&PatMatch) -> bool,
) -> Option<&'m PatMatch> {
    patterns
        .iter()
        .flat_map(|&p| {
            let ms = matches.of(p);
            let from = ms.partition_point(|m| m.sentence() < lo);
            ms[from..].iter().take_while(move |m| m.sentence() <= hi)
        })
        .filter(|m| keep(m))
        .min_by_key(|m| (m.sentence().abs_diff(si), m.hl().0))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    const ANON: (&str, &str) = ("anon", r#"pattern = "[officials] said""#);

    #[test]
    fn requires_fires_where_the_pattern_is_missing_from_the_window() {
        let rules = [
            ANON,
            (
                "why",
                r#"when = "rule:anon"
requires = "not authorised"
requires-window = "sentence+next""#,
            ),
        ];
        let text = "Officials said yes. They were not authorised to speak.\n\nOfficials said no.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [
                ("anon", "Officials"),
                ("anon", "Officials"),
                ("why", "Officials")
            ]
        );
    }

    #[test]
    fn a_document_window_fires_once_and_highlight_with_stands_on_the_with_words() {
        let rules = [
            ANON,
            (
                "doc",
                r#"when = "category:test"
requires = "verified"
requires-window = "document""#,
            ),
            (
                "boost",
                r#"when = "rule:anon"
with = "did indeed"
highlight-with = true"#,
            ),
        ];
        let text = "Officials said the crews did indeed get paid. Officials said no.";
        let f = found(&rules, text);
        assert_eq!(
            pairs(&f),
            [
                ("anon", "Officials"),
                ("doc", "Officials"),
                ("boost", "did indeed"),
                ("anon", "Officials")
            ]
        );
        // The document rule is satisfied anywhere in the draft.
        let quiet = found(&rules, "Officials said no. The figures were verified.");
        assert!(!quiet.iter().any(|(id, _)| id == "doc"), "{quiet:?}");
    }
}
