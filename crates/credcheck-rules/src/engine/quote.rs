//! Quotation rules: a quotation whose attribution is missing, or comes late.

use credcheck_core::{Document, Span};

use super::text::any_in;
use super::{Cx, Raw, rules_with};
use crate::pack::QuoteAttribution;
use crate::rule::{Trigger, TriggerKind};

/// What a quotation rule asks: its mode, fewest words and fewest sentences.
type QuoteQuestion = (QuoteAttribution, usize, usize);

/// The findings of `quote` rules.
pub(super) fn findings(cx: &Cx<'_>, raw: &mut Vec<Raw>) {
    let quote_rules = rules_with(cx.engine, TriggerKind::Quote, |t| match t {
        Trigger::Quote {
            attribution,
            min_words,
            min_sentences,
        } => Some((*attribution, *min_words, *min_sentences)),
        _ => None,
    });
    // Rules asking the same question of the quotations share the answer (a house pack that
    // copies a built-in quotation rule under another id costs no second pass).
    let mut found: Vec<(QuoteQuestion, Vec<(Span, usize)>)> = Vec::new();
    for (id, rule, key) in quote_rules {
        let at = found
            .iter()
            .position(|(k, _)| *k == key)
            .unwrap_or_else(|| {
                let (mode, min_words, min_sentences) = key;
                found.push((key, quote_findings(cx.doc, mode, min_words, min_sentences)));
                found.len() - 1
            });
        for &(span, si) in &found[at].1 {
            if super::patterns::keep(cx, rule, si, span) {
                raw.push(Raw::new(id, span, si));
            }
        }
    }
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
    // Outermost quotations with an opening mark. Only closed ones are judged; one left open
    // (at the end of its paragraph, or at the end of its sentence where the closing mark was
    // lost) still passes its speaker on to the quotation that follows it.
    let quotes: Vec<&credcheck_core::Quote> = doc
        .quotes()
        .iter()
        .filter(|q| q.depth == 0 && q.open.is_some())
        .collect();
    // For each quotation, the first attribution (in the analysis's order) whose content
    // overlaps it.
    // A quotation once credited is skipped for good (`next_open` jumps over runs of them), so
    // a run-on sentence of many attributions whose contents all reach its end stays linear.
    let mut crediting: Vec<Option<usize>> = vec![None; quotes.len()];
    let mut next_open: Vec<usize> = (0..=quotes.len()).collect();
    for (ai, a) in doc.attributions().iter().enumerate() {
        let Some(c) = a.content else { continue };
        let mut qi = uncredited(
            &mut next_open,
            quotes.partition_point(|q| q.span.end <= c.start),
        );
        while qi < quotes.len() && quotes[qi].span.start < c.end {
            crediting[qi] = Some(ai);
            next_open[qi] = qi + 1;
            qi = uncredited(&mut next_open, qi + 1);
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
            doc.sentence_index_at(q.span.start),
            doc.sentence_index_at(q.span.end - 1),
        );
        match mode {
            QuoteAttribution::Missing => {
                // A quotation continuing the previous sentence's speaker (the news convention
                // of quoting on over several paragraphs) is attributed there.
                let attributed = continued_attributed
                    || q.verb_after
                    || crediting[qi].is_some()
                    || any_in(&attributed_sentences, (s0.saturating_sub(1), s1 + 1));
                previous = Some((q.span.end, attributed));
                if !q.closed {
                    continue;
                }
                let first = tokens.partition_point(|t| t.span().end <= q.span.start);
                let words = tokens[first..]
                    .iter()
                    .take_while(|t| t.span().start < q.span.end)
                    .filter(|t| t.kind == credcheck_core::TokenKind::Word)
                    .count();
                if words >= min_words.max(1) && !attributed {
                    out.push((q.span, s0));
                }
            }
            QuoteAttribution::Late => {
                if !q.closed {
                    continue;
                }
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

/// The first quotation at or after `i` not yet credited to an attribution (`quotes.len()` when
/// none is): `next_open[i] == i` marks one still open; others point further on, and the path
/// is shortened as it is followed.
fn uncredited(next_open: &mut [usize], i: usize) -> usize {
    let mut root = i;
    while next_open[root] != root {
        root = next_open[root];
    }
    let mut k = i;
    while next_open[k] != root {
        let after = next_open[k];
        next_open[k] = root;
        k = after;
    }
    root
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn credited_quotations_are_skipped_for_good() {
        let mut next_open: Vec<usize> = (0..=5).collect();
        for qi in [0, 1, 3] {
            next_open[qi] = qi + 1;
        }
        assert_eq!(super::uncredited(&mut next_open, 0), 2);
        assert_eq!(super::uncredited(&mut next_open, 3), 4);
        next_open[2] = 3;
        next_open[4] = 5;
        // Every one credited: the end.
        assert_eq!(super::uncredited(&mut next_open, 0), 5);
        // The path was shortened on the way.
        assert_eq!(next_open[0], 5);
    }

    #[test]
    fn a_quotation_with_no_speaker_nearby_is_missing_its_attribution() {
        let rules = [("q", r#"quote = { attribution = "missing", min-words = 3 }"#)];
        let text = "The port was quiet.\n\n“We will rebuild the whole harbour,” said the mayor.\n\n\
                    The storm passed.\n\n“Nobody here has seen anything like it.”";
        assert_eq!(
            pairs(&found(&rules, text)),
            [("q", "“Nobody here has seen anything like it.”")]
        );
        // Too short to count.
        assert!(found(&rules, "The port was quiet.\n\n“Yes.”").is_empty());
    }

    #[test]
    fn a_quotation_whose_closing_mark_was_lost_passes_its_speaker_on() {
        let rules = [("q", r#"quote = { attribution = "missing", min-words = 3 }"#)];
        // Copy pasted from the web lost the mark that closed the first sentence: the second
        // quotation goes on with the same speaker, and a third, with nobody near, is flagged.
        let text = "The port was quiet. The storm passed. Then the mayor said: \"We will rebuild \
                    the harbour. \"Every house on the front will stand again.\"\n\nThe storm \
                    passed. The town slept. The boats were out.\n\n\"Nobody here has seen anything \
                    like it.\"";
        assert_eq!(
            pairs(&found(&rules, text)),
            [("q", "\"Nobody here has seen anything like it.\"")]
        );
    }

    #[test]
    fn a_long_quotation_credited_at_its_end_is_late() {
        let rules = [(
            "late",
            r#"quote = { attribution = "late", min-sentences = 3 }"#,
        )];
        let late = "“We tried. The pumps failed. We will try again,” said Mayor Ana Ruiz.";
        assert_eq!(pairs(&found(&rules, late)), [("late", "Mayor Ana Ruiz")]);
        let early = "Mayor Ana Ruiz said: “We tried. The pumps failed. We will try again.”";
        assert!(found(&rules, early).is_empty());
    }
}
