//! Wire types shared by the JSON outputs: spans, attributions, sourcing summaries. Separate from
//! the library types so that internal changes never change what machine readers see.

use credcheck_core::{Attribution, Document, Response, SourcingSummary, Span};
use serde::Serialize;

/// A byte range into the file as read, end-exclusive.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct WireSpan {
    pub start: usize,
    pub end: usize,
}

impl WireSpan {
    /// The same span `by` bytes further on.
    fn shifted(self, by: usize) -> Self {
        WireSpan {
            start: self.start + by,
            end: self.end + by,
        }
    }
}

impl From<Span> for WireSpan {
    fn from(s: Span) -> Self {
        WireSpan {
            start: s.start,
            end: s.end,
        }
    }
}

/// One attribution: `cue`, `source` and `content` spans, the source `kind`, and `text` (the
/// source as written).
#[derive(Debug, Clone, Serialize)]
pub struct WireAttribution {
    pub cue: WireSpan,
    pub source: Option<WireSpan>,
    pub content: Option<WireSpan>,
    pub kind: &'static str,
    pub text: String,
    pub cue_text: String,
    pub speaker: Option<String>,
    pub response: Option<&'static str>,
}

impl WireAttribution {
    /// The same attribution `by` bytes further on (a window's, placed in its whole draft).
    #[must_use]
    pub fn shifted(mut self, by: usize) -> Self {
        self.cue = self.cue.shifted(by);
        self.source = self.source.map(|s| s.shifted(by));
        self.content = self.content.map(|s| s.shifted(by));
        self
    }

    pub fn new(doc: &Document, a: &Attribution) -> Self {
        WireAttribution {
            cue: a.cue.into(),
            source: a.source.map(Into::into),
            content: a.content.map(Into::into),
            kind: a.kind.name(),
            text: a.source.map(|s| doc.prose(s)).unwrap_or_default(),
            cue_text: doc.prose(a.cue),
            speaker: a.speaker.clone(),
            response: a.response.map(|r| match r {
                Response::Denial => "denial",
                Response::NonResponse => "non-response",
            }),
        }
    }

    pub fn all(doc: &Document) -> Vec<WireAttribution> {
        doc.attributions()
            .iter()
            .map(|a| WireAttribution::new(doc, a))
            .collect()
    }
}

/// The sourcing summary of one file.
#[derive(Debug, Clone, Serialize)]
pub struct WireSourcing {
    pub attributions: usize,
    pub by_kind: std::collections::BTreeMap<&'static str, usize>,
    pub named_sources: usize,
    pub anonymous_sources: usize,
    pub denials: usize,
    pub non_responses: usize,
    pub anonymous_share: f64,
    pub sources: Vec<WireSource>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WireSource {
    pub source: String,
    pub kind: &'static str,
    pub attributions: usize,
    pub denials: usize,
    pub non_responses: usize,
}

impl From<&SourcingSummary> for WireSourcing {
    fn from(s: &SourcingSummary) -> Self {
        WireSourcing {
            attributions: s.attributions,
            by_kind: s.by_kind.iter().map(|(k, n)| (k.name(), *n)).collect(),
            named_sources: s.named_sources,
            anonymous_sources: s.anonymous_sources,
            denials: s.denials,
            non_responses: s.non_responses,
            anonymous_share: (s.anonymous_share * 1000.0).round() / 1000.0,
            sources: s
                .sources
                .iter()
                .map(|e| WireSource {
                    source: e.source.clone(),
                    kind: e.kind.name(),
                    attributions: e.attributions,
                    denials: e.denials,
                    non_responses: e.non_responses,
                })
                .collect(),
        }
    }
}
