//! `credcheck sources`: the sourcing ledger of each draft — who is cited, how identifiable they
//! are, denials and non-responses — as a table or JSON.

use std::fmt::Write as _;

use credcheck_core::Document;
use serde::Serialize;

use crate::input::Origin;
use crate::wire::{WireAttribution, WireSourcing};

/// One draft in the JSON document of `credcheck sources --format json` (schema version 1).
#[derive(Debug, Serialize)]
pub struct SourcesFile {
    pub path: String,
    pub summary: WireSourcing,
    pub attributions: Vec<WireAttribution>,
}

pub fn sources_file(origin: &Origin, doc: &Document) -> SourcesFile {
    SourcesFile {
        path: origin.display(),
        summary: WireSourcing::from(doc.sourcing_summary()),
        attributions: WireAttribution::all(doc),
    }
}

/// The ledger as a table: one row per distinct source, then the totals.
pub fn sources_table(origin: &Origin, doc: &Document) -> String {
    let s = doc.sourcing_summary();
    let mut out = format!("{}\n", origin.display());
    if s.sources.is_empty() {
        out.push_str("  no attributions found\n");
        return out;
    }
    let w = s
        .sources
        .iter()
        .map(|e| e.source.chars().count())
        .max()
        .unwrap_or(6)
        .clamp(6, 48);
    let _ = writeln!(
        out,
        "  {:<w$}  {:<12}  {:>5}  {:>7}  {:>12}",
        "source", "kind", "cited", "denials", "no response"
    );
    for e in &s.sources {
        let name: String = if e.source.chars().count() > w {
            e.source.chars().take(w - 1).collect::<String>() + "…"
        } else {
            e.source.clone()
        };
        let _ = writeln!(
            out,
            "  {name:<w$}  {:<12}  {:>5}  {:>7}  {:>12}",
            e.kind.name(),
            e.attributions,
            e.denials,
            e.non_responses
        );
    }
    let kinds: Vec<String> = s
        .by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} {}", k.name()))
        .collect();
    let _ = writeln!(
        out,
        "  {} attributions ({}); {} named and {} anonymous sources; {} denials, {} non-responses; anonymous share {:.0}%",
        s.attributions,
        if kinds.is_empty() {
            "none".to_owned()
        } else {
            kinds.join(", ")
        },
        s.named_sources,
        s.anonymous_sources,
        s.denials,
        s.non_responses,
        s.anonymous_share * 100.0
    );
    out
}

/// `credcheck sources`: the sourcing ledger of each draft.
pub fn run_sources(args: &crate::args::DraftArgs) -> anyhow::Result<u8> {
    crate::input::run_per_draft(args, sources_table, sources_file)
}
