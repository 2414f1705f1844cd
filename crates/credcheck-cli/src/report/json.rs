//! `--format json`: the versioned machine-readable contract, and `--format json-lines`: one
//! object per finding with the same fields, for streaming.
//!
//! ```json
//! {"version": 1,
//!  "files": [{"path": "…", "findings": [{"rule", "pack", "category", "severity", "message",
//!             "span": {"start", "end"}, "line", "column", "end_line", "end_column", "text",
//!             "suggestions"?: […], "related"?: [{"start", "end"}]}],
//!             "attributions": [{"cue", "source", "content", "kind", "text", …}],
//!             "summary": {"attributions", "by_kind", "anonymous_share", "sources", …}}],
//!  "summary": {"files", "findings", "errors", "warnings", "infos"}}
//! ```
//! Spans are byte offsets into the file as read; lines and columns are 1-based (columns in
//! characters). The wire types below are separate from the engine's so that internal changes
//! never change this output.

use serde::Serialize;

use super::{Reporter, findings};
use crate::check::{FileReport, Placed, RunReport};
use crate::wire::{WireAttribution, WireSourcing, WireSpan};

/// Schema version of the JSON output.
pub const JSON_VERSION: u32 = 1;

#[derive(Debug)]
pub struct Json;

#[derive(Serialize)]
struct WireReport<'a> {
    version: u32,
    files: Vec<WireFile<'a>>,
    summary: WireSummary,
}

#[derive(Serialize)]
struct WireFile<'a> {
    path: &'a str,
    findings: Vec<WireFinding<'a>>,
    attributions: &'a [WireAttribution],
    summary: Option<&'a WireSourcing>,
}

/// One finding as the JSON formats write it.
#[derive(Serialize)]
struct WireFinding<'a> {
    rule: &'a str,
    pack: &'a str,
    category: &'a str,
    severity: &'static str,
    message: &'a str,
    span: WireSpan,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: &'a str,
    /// Words to consider instead of `text` (the rule's suggestions; not known-safe fixes).
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    suggestions: &'a [String],
    /// Other words the finding concerns (what a document-level rule follows).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<WireSpan>,
}

#[derive(Serialize)]
struct WireSummary {
    files: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    suppressed: usize,
}

/// The wire form of finding `f` of `file`.
fn wire_finding<'a>(file: &'a FileReport, f: &'a Placed) -> WireFinding<'a> {
    WireFinding {
        rule: &f.info.id,
        pack: &f.info.pack,
        category: &f.info.category,
        severity: f.severity.name(),
        message: &f.message,
        span: WireSpan {
            start: f.span.start,
            end: f.span.end,
        },
        line: f.start.line,
        column: f.start.column,
        end_line: f.end.line,
        end_column: f.end.column,
        text: f.span.slice(&file.source),
        suggestions: &f.suggestions,
        related: f
            .related
            .iter()
            .map(|r| WireSpan {
                start: r.start,
                end: r.end,
            })
            .collect(),
    }
}

impl Reporter for Json {
    fn render(&self, report: &RunReport) -> String {
        let files = report
            .files
            .iter()
            .map(|file| WireFile {
                path: &file.path,
                findings: file
                    .findings
                    .iter()
                    .map(|f| wire_finding(file, f))
                    .collect(),
                attributions: file.sourcing.as_ref().map_or(&[], |(a, _)| a.as_slice()),
                summary: file.sourcing.as_ref().map(|(_, s)| s),
            })
            .collect();
        let c = report.counts();
        let wire = WireReport {
            version: JSON_VERSION,
            files,
            summary: WireSummary {
                files: report.files.len(),
                findings: report.finding_count(),
                errors: c.errors,
                warnings: c.warnings,
                infos: c.infos,
                suppressed: report.suppressed(),
            },
        };
        // Serialising plain data with string keys cannot fail.
        let mut s = serde_json::to_string_pretty(&wire).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// One JSON object per line and finding, with the fields of the `json` format's findings.
#[derive(Debug)]
pub struct JsonLines;

#[derive(Serialize)]
struct FindingLine<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: WireFinding<'a>,
}

impl Reporter for JsonLines {
    fn render(&self, report: &RunReport) -> String {
        let mut out = String::new();
        for (file, f) in findings(report) {
            let line = FindingLine {
                path: &file.path,
                finding: wire_finding(file, f),
            };
            // Plain data with string keys: serialising cannot fail.
            out.push_str(&serde_json::to_string(&line).unwrap_or_default());
            out.push('\n');
        }
        out
    }
}
