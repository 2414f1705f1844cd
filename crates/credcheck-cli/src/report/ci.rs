//! The formats for other tools: `concise` (one line per finding, for editors and grep),
//! `json-lines` (one JSON object per finding, for streaming), `github` (GitHub Actions workflow
//! commands that annotate a pull request), `junit` (one test case per file, for CI dashboards)
//! and `sarif` (SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers).

use std::fmt::Write as _;

use credcheck_rules::{Engine, Severity};
use serde::Serialize;
use serde_json::json;

use super::Reporter;
use crate::check::{FileReport, Placed, RunReport};

/// `path:line:col: severity[rule] message`
#[derive(Debug)]
pub struct Concise;

impl Reporter for Concise {
    fn render(&self, engine: &Engine, report: &RunReport) -> String {
        let mut out = String::new();
        for (file, f) in findings(report) {
            let rule = engine.rule(f.rule);
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                file.path,
                f.start.line,
                f.start.column,
                f.severity,
                rule.id,
                one_line(&f.message)
            );
        }
        // Drafts and file names may hold escape sequences: never pass them to a terminal.
        crate::term::escape(&out).into_owned()
    }
}

/// One JSON object per line and finding, with the fields of the `json` format's findings.
#[derive(Debug)]
pub struct JsonLines;

#[derive(Serialize)]
struct FindingLine<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: super::json::WireFinding<'a>,
}

impl Reporter for JsonLines {
    fn render(&self, engine: &Engine, report: &RunReport) -> String {
        let mut out = String::new();
        for (file, f) in findings(report) {
            let line = FindingLine {
                path: &file.path,
                finding: super::json::wire_finding(engine, file, f),
            };
            // Plain data with string keys: serialising cannot fail.
            out.push_str(&serde_json::to_string(&line).unwrap_or_default());
            out.push('\n');
        }
        out
    }
}

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
#[derive(Debug)]
pub struct Github;

impl Reporter for Github {
    fn render(&self, engine: &Engine, report: &RunReport) -> String {
        let mut out = String::new();
        for (file, f) in findings(report) {
            let rule = engine.rule(f.rule);
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let _ = writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&file.path),
                f.start.line,
                f.start.column,
                f.end.line,
                f.end.column,
                property(&format!("credcheck {} ({})", rule.id, rule.category)),
                data(&f.message)
            );
        }
        // Drafts and file names may hold escape sequences: never pass them to a terminal.
        crate::term::escape(&out).into_owned()
    }
}

/// JUnit XML: one test case per checked file, failed when the file has a finding at or above
/// `fail-on` (as the exit code says); findings below it are listed in the case's output.
#[derive(Debug)]
pub struct Junit;

impl Reporter for Junit {
    fn render(&self, engine: &Engine, report: &RunReport) -> String {
        let failures = report.files.iter().filter(|f| f.fails).count();
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<testsuites name=\"credcheck\" tests=\"{}\" failures=\"{failures}\">",
            report.files.len()
        );
        let _ = writeln!(
            out,
            "  <testsuite name=\"credcheck\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">",
            report.files.len()
        );
        for file in &report.files {
            let name = xml(&file.path);
            if file.findings.is_empty() {
                let _ = writeln!(
                    out,
                    "    <testcase name=\"{name}\" classname=\"credcheck\" file=\"{name}\"/>"
                );
                continue;
            }
            let _ = writeln!(
                out,
                "    <testcase name=\"{name}\" classname=\"credcheck\" file=\"{name}\">"
            );
            let (open, close) = if file.fails {
                (
                    format!(
                        "      <failure message=\"{} findings\" type=\"credcheck\">",
                        file.findings.len()
                    ),
                    "      </failure>\n",
                )
            } else {
                ("      <system-out>".to_owned(), "      </system-out>\n")
            };
            let _ = writeln!(out, "{open}");
            for f in &file.findings {
                let rule = engine.rule(f.rule);
                let _ = writeln!(
                    out,
                    "{}:{}:{}: {}[{}] {}",
                    xml(&file.path),
                    f.start.line,
                    f.start.column,
                    f.severity,
                    xml(&rule.id),
                    xml(&one_line(&f.message))
                );
            }
            out.push_str(close);
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n</testsuites>\n");
        out
    }
}

/// SARIF 2.1.0: one run, the rules that fired as `tool.driver.rules` (with their help text), one
/// result per finding with its region in lines and columns.
#[derive(Debug)]
pub struct Sarif;

/// A rule's SARIF `name`: the id in `PascalCase` (`anon-attribution` → `AnonAttribution`);
/// SARIF viewers show it beside the id, and the specification asks the two to differ.
fn sarif_name(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// Where the rule documentation lives, for `helpUri`.
const DOCS_URI: &str = "https://github.com/credcheck/credcheck/blob/main/docs/catalogue.md";

impl Reporter for Sarif {
    fn render(&self, engine: &Engine, report: &RunReport) -> String {
        // Rules in the order they first fire, each listed once.
        let mut rule_index: Vec<credcheck_rules::RuleId> = Vec::new();
        for (_, f) in findings(report) {
            if !rule_index.contains(&f.rule) {
                rule_index.push(f.rule);
            }
        }
        let rules: Vec<serde_json::Value> = rule_index
            .iter()
            .map(|&id| {
                let rule = engine.rule(id);
                let summary = crate::rules_cmd::summary_of(rule);
                json!({
                    "id": rule.id,
                    "name": sarif_name(&rule.id),
                    "shortDescription": {"text": summary},
                    "fullDescription": {"text": summary},
                    "help": {"text": rule.docs, "markdown": rule.docs},
                    "helpUri": format!("{DOCS_URI}#rule-by-rule"),
                    "defaultConfiguration": {"level": level(rule.severity)},
                    "properties": {
                        "category": rule.category,
                        "pack": rule.pack,
                        "tags": [rule.category, rule.pack],
                    },
                })
            })
            .collect();
        let results: Vec<serde_json::Value> = findings(report)
            .map(|(file, f)| {
                let rule = engine.rule(f.rule);
                let index = rule_index.iter().position(|&r| r == f.rule).unwrap_or(0);
                json!({
                    "ruleId": rule.id,
                    "ruleIndex": index,
                    "level": level(f.severity),
                    "message": {"text": f.message},
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri(&file.path)},
                            "region": {
                                "startLine": f.start.line,
                                "startColumn": f.start.column,
                                "endLine": f.end.line,
                                "endColumn": f.end.column,
                                "snippet": {"text": f.span.slice(&file.source)},
                            },
                        },
                    }],
                })
            })
            .collect();
        let sarif = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "credcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://github.com/credcheck/credcheck",
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }],
        });
        let mut s = serde_json::to_string_pretty(&sarif).unwrap_or_default();
        s.push('\n');
        s
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Every finding with its file, in report order.
fn findings(report: &RunReport) -> impl Iterator<Item = (&FileReport, &Placed)> {
    report
        .files
        .iter()
        .flat_map(|file| file.findings.iter().map(move |f| (file, f)))
}

/// A message on one line (messages are single lines today; this keeps formats line-based).
fn one_line(message: &str) -> String {
    message.replace(['\n', '\r'], " ")
}

/// A relative path as a URI reference: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '%' => out.push_str("%25"),
            ' ' => out.push_str("%20"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a workflow-command property value (`file=`, `title=`).
fn property(value: &str) -> String {
    data(value).replace(':', "%3A").replace(',', "%2C")
}

/// Escapes a workflow-command message.
fn data(value: &str) -> String {
    value
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes text for XML attributes and content.
fn xml(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(property("a:b,c%d"), "a%3Ab%2Cc%25d");
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(xml("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
        assert_eq!(uri("./drafts/my story#1.md"), "drafts/my%20story%231.md");
    }
}
