//! The sourcing summary of a document: a desk editor's ledger of who said what.

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::document::Document;
use crate::model::{Response, SourceKind};

/// One distinct source and how often it is cited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceEntry {
    /// The name (named sources) or the phrase as first written (others).
    pub source: String,
    /// Its kind.
    pub kind: SourceKind,
    /// Attributions of content to it.
    pub attributions: usize,
    /// Denials it made.
    pub denials: usize,
    /// Times it declined to comment or could not be reached.
    pub non_responses: usize,
}

/// Counts over the writer's attributions (reports inside quotations are the speakers' own).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourcingSummary {
    /// Attributions of content (non-responses excluded).
    pub attributions: usize,
    /// Attributions by source kind, in [`SourceKind::ALL`] order.
    pub by_kind: Vec<(SourceKind, usize)>,
    /// Distinct named people.
    pub named_sources: usize,
    /// Distinct anonymous sources (by how they are described).
    pub anonymous_sources: usize,
    /// Denials reported.
    pub denials: usize,
    /// Non-responses reported (declined to comment, could not be reached…).
    pub non_responses: usize,
    /// Anonymous attributions / all attributions (0 when there are none).
    pub anonymous_share: f64,
    /// The ledger: every distinct source, in order of first appearance.
    pub sources: Vec<SourceEntry>,
}

impl SourcingSummary {
    /// One summary of several parts of a draft read one after another (a large draft analysed
    /// in windows): the ledgers joined by kind and lower-cased name in order of first
    /// appearance, the counts added, the distinct counts and the share recomputed.
    #[must_use]
    pub fn merged(parts: impl IntoIterator<Item = SourcingSummary>) -> SourcingSummary {
        let mut sources: Vec<SourceEntry> = Vec::new();
        let mut index: FxHashMap<(SourceKind, String), usize> = FxHashMap::default();
        let mut by_kind: Vec<(SourceKind, usize)> =
            SourceKind::ALL.iter().map(|&k| (k, 0)).collect();
        let (mut attributions, mut denials, mut non_responses) = (0, 0, 0);
        for part in parts {
            attributions += part.attributions;
            denials += part.denials;
            non_responses += part.non_responses;
            for (k, n) in part.by_kind {
                if let Some(slot) = by_kind.iter_mut().find(|(kind, _)| *kind == k) {
                    slot.1 += n;
                }
            }
            for e in part.sources {
                match index.entry((e.kind, e.source.to_lowercase())) {
                    std::collections::hash_map::Entry::Occupied(at) => {
                        let s = &mut sources[*at.get()];
                        s.attributions += e.attributions;
                        s.denials += e.denials;
                        s.non_responses += e.non_responses;
                    }
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        slot.insert(sources.len());
                        sources.push(e);
                    }
                }
            }
        }
        Self::counted(attributions, by_kind, (denials, non_responses), sources)
    }

    /// The summary of its counts and ledger: the distinct named and anonymous sources and the
    /// anonymous share worked out from them.
    fn counted(
        attributions: usize,
        by_kind: Vec<(SourceKind, usize)>,
        (denials, non_responses): (usize, usize),
        sources: Vec<SourceEntry>,
    ) -> SourcingSummary {
        let count = |k: SourceKind| sources.iter().filter(|s| s.kind == k).count();
        let anonymous = by_kind
            .iter()
            .find(|(k, _)| *k == SourceKind::Anonymous)
            .map_or(0, |(_, n)| *n);
        #[allow(clippy::cast_precision_loss)] // counts of attributions in one draft
        let anonymous_share = if attributions == 0 {
            0.0
        } else {
            anonymous as f64 / attributions as f64
        };
        SourcingSummary {
            attributions,
            by_kind,
            named_sources: count(SourceKind::Named),
            anonymous_sources: count(SourceKind::Anonymous),
            denials,
            non_responses,
            anonymous_share,
            sources,
        }
    }

    /// The summary of `doc`.
    #[must_use]
    pub fn of(doc: &Document) -> SourcingSummary {
        let mut sources: Vec<SourceEntry> = Vec::new();
        // Ledger entries by kind and lower-cased name.
        let mut index: FxHashMap<(SourceKind, String), usize> = FxHashMap::default();
        let mut by_kind = [0usize; 7];
        let (mut attributions, mut denials, mut non_responses) = (0, 0, 0);
        for a in doc.attributions() {
            let key = match (&a.speaker, a.source) {
                (Some(name), _) => name.clone(),
                (None, Some(s)) => doc.prose(s).to_lowercase(),
                // `reportedly`: the cue is all that stands for the source.
                (None, None) if a.kind == SourceKind::Report => {
                    format!("({})", doc.prose(a.cue).to_lowercase())
                }
                (None, None) => "(no source found)".to_owned(),
            };
            // One look-up per attribution (a scan of the ledger would make long drafts quadratic).
            let i = if let Some(&i) = index.get(&(a.kind, key.to_lowercase())) {
                i
            } else {
                let shown = match (&a.speaker, a.source) {
                    (Some(name), _) => name.clone(),
                    (None, Some(s)) => doc.prose(s),
                    (None, None) => key.clone(),
                };
                index.insert((a.kind, shown.to_lowercase()), sources.len());
                sources.push(SourceEntry {
                    source: shown,
                    kind: a.kind,
                    attributions: 0,
                    denials: 0,
                    non_responses: 0,
                });
                sources.len() - 1
            };
            match a.response {
                Some(Response::NonResponse) => {
                    non_responses += 1;
                    sources[i].non_responses += 1;
                    continue;
                }
                Some(Response::Denial) => {
                    denials += 1;
                    sources[i].denials += 1;
                }
                None => {}
            }
            attributions += 1;
            sources[i].attributions += 1;
            by_kind[SourceKind::ALL
                .iter()
                .position(|k| *k == a.kind)
                .unwrap_or(6)] += 1;
        }
        Self::counted(
            attributions,
            SourceKind::ALL.iter().copied().zip(by_kind).collect(),
            (denials, non_responses),
            sources,
        )
    }
}
