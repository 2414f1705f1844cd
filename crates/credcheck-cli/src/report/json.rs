//! `--format json`: the versioned machine-readable contract, and `--format json-lines`: one
//! object per finding with the same fields, for streaming.
//!
//! ```json
//! {"version": 1,
//!  "files": [{"path": "…", "findings": [{"rule", "pack", "category", "severity", "message",
//!             "span": {"start", "end"}, "line", "column", "end_line", "end_column", "text",
//!             "suggestions"?: […], "fix"?: "…", "related"?: [{"start", "end"}]}],
//!             "attributions": [{"cue", "source", "content", "kind", "text", …}],
//!             "summary": {"attributions", "by_kind", "anonymous_share", "sources", …}}],
//!  "summary": {"files", "findings", "errors", "warnings", "infos"}}
//! ```
//! Spans are byte offsets into the file as read; lines and columns are 1-based (columns in
//! characters). The wire types below are separate from the engine's so that internal changes
//! never change this output.

use credcheck_core::Positions;
use serde::Serialize;

use super::{Part, Parts, Reporter, Totals};
use crate::check::{FileReport, Placed};
use crate::wire::{WireAttribution, WireSourcing, WireSpan};

/// Schema version of the JSON output.
pub const JSON_VERSION: u32 = 1;

/// Written file by file: the document is the one `serde_json` would print for the whole run
/// at once (two-space indentation), built from each file's part.
#[derive(Debug, Default)]
pub struct Json {
    /// A file has been written (the next one follows a comma).
    any: bool,
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
    /// A Word file's paragraph and character (also in `line` and `column`).
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraph: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<usize>,
    /// Words to consider instead of `text` (the rule's suggestions; not known-safe fixes).
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    suggestions: &'a [String],
    /// The safe replacement of `text` that `--fix` applies, if the rule declares one.
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<&'a str>,
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
        paragraph: (file.positions == Positions::Paragraphs).then_some(f.start.line),
        offset: (file.positions == Positions::Paragraphs).then_some(f.start.column),
        suggestions: &f.suggestions,
        fix: f.fix.as_deref(),
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
    fn begin(&mut self, out: &mut String) {
        out.push_str("{\n  \"version\": ");
        out.push_str(&JSON_VERSION.to_string());
        out.push_str(",\n  \"files\": [");
    }

    fn parts(&self) -> Option<Box<dyn Parts>> {
        Some(Box::new(JsonParts))
    }

    fn file(&mut self, _: &FileReport, part: Part, out: &mut String) {
        out.push_str(if self.any { ",\n" } else { "\n" });
        self.any = true;
        out.push_str(&part.text);
    }

    fn end(&mut self, totals: &Totals, out: &mut String) {
        out.push_str(if self.any { "\n  ]" } else { "]" });
        let summary = WireSummary {
            files: totals.files,
            findings: totals.findings,
            errors: totals.counts.errors,
            warnings: totals.counts.warnings,
            infos: totals.counts.infos,
            suppressed: totals.suppressed,
        };
        out.push_str(",\n  \"summary\": ");
        // The summary's first line follows the key; the lines after it are indented.
        let text = pretty_indented(&summary, "  ");
        out.push_str(text.trim_start());
        out.push_str("\n}\n");
    }
}

/// The whole JSON document for one draft, as `check --format json` writes it for that file
/// alone (what `credcheck serve` answers).
#[must_use]
pub fn document(file: &FileReport) -> String {
    let mut json = Json::default();
    let mut out = String::new();
    json.begin(&mut out);
    let part = JsonParts.part(file);
    json.file(file, part, &mut out);
    let mut totals = Totals::default();
    totals.add(file);
    json.end(&totals, &mut out);
    out
}

/// A file's object in the `files` array, indented for its place.
struct JsonParts;

/// The JSON format's parts, for tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn parts() -> Box<dyn Parts> {
    Box::new(JsonParts)
}

impl JsonParts {
    fn wire(file: &FileReport) -> WireFile<'_> {
        WireFile {
            path: &file.path,
            findings: file
                .findings
                .iter()
                .map(|f| wire_finding(file, f))
                .collect(),
            attributions: file.sourcing.as_ref().map_or(&[], |(a, _)| a.as_slice()),
            summary: file.sourcing.as_ref().map(|(_, s)| s),
        }
    }
}

impl Parts for JsonParts {
    fn part(&self, file: &FileReport) -> Part {
        Part {
            text: pretty_indented(&Self::wire(file), "    "),
            ..Part::default()
        }
    }

    fn streams(&self) -> bool {
        true
    }

    fn part_to(&self, file: &FileReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        pretty_indented_to(&Self::wire(file), "    ", out)
    }
}

/// Pretty-printed JSON of plain data with string keys (which cannot fail to serialise), every
/// line after the first indented by `indent` more than `serde_json`'s own pretty printing
/// would: the indentation is written as the JSON is, never added by a second pass.
fn pretty_indented(value: &impl Serialize, indent: &str) -> String {
    let mut out = Vec::with_capacity(4096);
    if pretty_indented_to(value, indent, &mut out).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// [`pretty_indented`], written to `out` as it is made.
/// (Generic in the writer, so that writing into a `Vec` is inlined, not a call per piece.)
fn pretty_indented_to<W: std::io::Write + ?Sized>(
    value: &impl Serialize,
    indent: &str,
    mut out: &mut W,
) -> std::io::Result<()> {
    out.write_all(indent.as_bytes())?;
    let formatter = Nested {
        base: indent.as_bytes(),
        level: 0,
        has_value: false,
    };
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    value.serialize(&mut ser).map_err(std::io::Error::from)
}

/// `serde_json`'s pretty layout (two spaces a level, `[]` and `{}` when empty) below a base
/// indentation.
struct Nested<'a> {
    base: &'a [u8],
    level: usize,
    has_value: bool,
}

impl Nested<'_> {
    fn newline<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b"\n")?;
        w.write_all(self.base)?;
        for _ in 0..self.level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + std::io::Write>(&mut self, w: &mut W, mark: &[u8]) -> std::io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(mark)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, w: &mut W, mark: &[u8]) -> std::io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(mark)
    }

    fn item<W: ?Sized + std::io::Write>(&self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

impl serde_json::ser::Formatter for Nested<'_> {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// One JSON object per line and finding, with the fields of the `json` format's findings.
#[derive(Debug, Clone, Copy)]
pub struct JsonLines;

#[derive(Serialize)]
struct FindingLine<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: WireFinding<'a>,
}

impl Reporter for JsonLines {
    fn parts(&self) -> Option<Box<dyn Parts>> {
        Some(Box::new(JsonLines))
    }
}

impl Parts for JsonLines {
    fn part(&self, file: &FileReport) -> Part {
        let mut out = String::new();
        for f in &file.findings {
            let line = FindingLine {
                path: &file.path,
                finding: wire_finding(file, f),
            };
            // Plain data with string keys: serialising cannot fail.
            out.push_str(&serde_json::to_string(&line).unwrap_or_default());
            out.push('\n');
        }
        Part {
            text: out,
            shown: 0,
            deferred: false,
        }
    }
}
