//! Metric rules: a figure of the sourcing summary (anonymous share, named sources…) crosses a
//! threshold. One finding per document.

use credcheck_core::{Attribution, CueKind, SourceKind, SourcingSummary};

use super::text::is_pronoun;
use super::{Cx, Raw, rules_with};
use crate::pack::Metric;
use crate::rule::{Trigger, TriggerKind};

/// A metric rule's trigger, unpacked.
struct Threshold {
    metric: Metric,
    above: Option<f64>,
    below: Option<f64>,
    min_attributions: usize,
    min_sentences: usize,
}

/// The findings of `metric` rules (the document computes its summary once, if any rule asks).
pub(super) fn findings(cx: &Cx<'_>, raw: &mut Vec<Raw>) {
    let doc = cx.doc;
    let metric_rules = rules_with(cx.engine, TriggerKind::Metric, |t| match t {
        Trigger::Metric {
            metric,
            above,
            below,
            min_attributions,
            min_sentences,
        } => Some(Threshold {
            metric: *metric,
            above: *above,
            below: *below,
            min_attributions: *min_attributions,
            min_sentences: *min_sentences,
        }),
        _ => None,
    });
    for (id, _, t) in metric_rules {
        let s = doc.sourcing_summary();
        if s.attributions < t.min_attributions || doc.sentences().len() < t.min_sentences {
            continue;
        }
        let value = value(s, t.metric);
        let fires = t.above.is_some_and(|x| value > x) || t.below.is_some_and(|x| value < x);
        if !fires {
            continue;
        }
        // A document finding stands at the first attribution it concerns — where the source is
        // named in words, not by a pronoun (`they stressed` after `Pentagon officials…`) when
        // there is one — or at the lede.
        // (And one that puts something on record, when there is one: `Health officials urged
        // residents to stay indoors` is no statement to stand on.)
        let concerns = |a: &&Attribution| match t.metric {
            Metric::AnonymousShare => a.kind == SourceKind::Anonymous,
            Metric::ReportShare => a.kind == SourceKind::Report,
            Metric::UnnamedShare => matches!(
                a.kind,
                SourceKind::Anonymous | SourceKind::Vague | SourceKind::Report
            ),
            _ => true,
        };
        let claim = |a: &&Attribution| matches!(a.cue_kind, CueKind::Speech | CueKind::Attitude);
        let by_pronoun =
            |a: &&Attribution| a.source.is_some_and(|span| is_pronoun(doc, cx.idx, span));
        let attributions = doc.attributions();
        let first = |pick: &dyn Fn(&&Attribution) -> bool| {
            attributions.iter().filter(concerns).find(|a| pick(a))
        };
        let at = first(&|a| claim(a) && !by_pronoun(a))
            .or_else(|| first(&claim))
            .or_else(|| first(&|a| !by_pronoun(a)))
            .or_else(|| first(&|_| true))
            .map(|a| (a.source.unwrap_or(a.cue), a.sentence.index()))
            .or_else(|| doc.sentences().first().map(|s| (s.span, 0)));
        if let Some((span, si)) = at {
            raw.push(Raw::new(id, span, si));
        }
    }
}

/// The figure a metric names.
#[allow(clippy::cast_precision_loss)] // counts in one draft
fn value(s: &SourcingSummary, metric: Metric) -> f64 {
    let share = |kinds: &[SourceKind]| {
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
    match metric {
        Metric::AnonymousShare => s.anonymous_share,
        Metric::Attributions => s.attributions as f64,
        Metric::NamedSources => s.named_sources as f64,
        Metric::AnonymousSources => s.anonymous_sources as f64,
        Metric::Denials => s.denials as f64,
        Metric::NonResponses => s.non_responses as f64,
        Metric::Sources => s.sources.iter().filter(|e| e.attributions > 0).count() as f64,
        Metric::UnnamedShare => {
            share(&[SourceKind::Anonymous, SourceKind::Vague, SourceKind::Report])
        }
        Metric::ReportShare => share(&[SourceKind::Report]),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn a_metric_fires_once_at_the_first_attribution_it_concerns() {
        let rules = [(
            "share",
            r#"metric = "anonymous-share"
above = 0.5
min-attributions = 2"#,
        )];
        let text = "Mayor Ana Ruiz said the vote was off. Two officials said it was on. \
                    A source said the same. They stressed the timing.";
        assert_eq!(pairs(&found(&rules, text)), [("share", "Two officials")]);
        // Below the threshold, or with too few attributions, nothing.
        assert!(found(&rules, "Mayor Ana Ruiz said no. Two officials said yes.").is_empty());
        assert!(found(&rules, "Two officials said yes.").is_empty());
        // It stands on an attribution that puts something on record, when there is one: an
        // appeal (`urged … to`) comes first here but is passed over.
        let text = "Health officials urged residents to stay indoors. Two officials said the \
                    plant was closed. A source said three had died.";
        assert_eq!(pairs(&found(&rules, text)), [("share", "Two officials")]);
    }

    #[test]
    fn counts_are_compared_with_below() {
        let rules = [(
            "few",
            r#"metric = "named-sources"
below = 1
min-sentences = 2"#,
        )];
        let text = "Two officials said the vote was off. It was raining.";
        assert_eq!(pairs(&found(&rules, text)), [("few", "Two officials")]);
        assert!(found(&rules, "Mayor Ana Ruiz said no. It was raining.").is_empty());
    }
}
