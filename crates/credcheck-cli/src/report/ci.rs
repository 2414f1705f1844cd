//! The formats for other tools: `concise` (one line per finding, for editors and grep),
//! `json-lines` (one JSON object per finding, for streaming), `github` (GitHub Actions workflow
//! commands that annotate a pull request), `junit` (one test case per file, for CI dashboards)
//! and `sarif` (SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers).

use std::fmt::Write as _;

use credcheck_rules::{Engine, Severity};
use serde::Serialize;

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
        let mut index_of: rustc_hash::FxHashMap<credcheck_rules::RuleId, usize> =
            rustc_hash::FxHashMap::default();
        for (_, f) in findings(report) {
            index_of.entry(f.rule).or_insert_with(|| {
                rule_index.push(f.rule);
                rule_index.len() - 1
            });
        }
        let rules = rule_index
            .iter()
            .map(|&id| {
                let rule = engine.rule(id);
                let summary = crate::rules_cmd::summary_of(rule);
                sarif::Rule {
                    default_configuration: sarif::Configuration {
                        level: level(rule.severity),
                    },
                    full_description: sarif::Text {
                        text: summary.clone(),
                    },
                    help: sarif::Help {
                        markdown: &rule.docs,
                        text: &rule.docs,
                    },
                    help_uri: format!("{DOCS_URI}#rule-by-rule"),
                    id: &rule.id,
                    name: sarif_name(&rule.id),
                    properties: sarif::Properties {
                        category: &rule.category,
                        pack: &rule.pack,
                        tags: [&rule.category, &rule.pack],
                    },
                    short_description: sarif::Text { text: summary },
                }
            })
            .collect();
        let results = findings(report)
            .map(|(file, f)| sarif::Result {
                level: level(f.severity),
                locations: [sarif::Location {
                    physical_location: sarif::PhysicalLocation {
                        artifact_location: sarif::ArtifactLocation {
                            uri: uri(&file.path),
                        },
                        region: sarif::Region {
                            end_column: f.end.column,
                            end_line: f.end.line,
                            snippet: sarif::Text {
                                text: f.span.slice(&file.source).to_owned(),
                            },
                            start_column: f.start.column,
                            start_line: f.start.line,
                        },
                    },
                }],
                message: sarif::Text {
                    text: f.message.clone(),
                },
                rule_id: &engine.rule(f.rule).id,
                rule_index: index_of.get(&f.rule).copied().unwrap_or(0),
            })
            .collect();
        let log = sarif::Log {
            schema: "https://json.schemastore.org/sarif-2.1.0.json",
            runs: [sarif::Run {
                column_kind: "unicodeCodePoints",
                results,
                tool: sarif::Tool {
                    driver: sarif::Driver {
                        information_uri: "https://github.com/credcheck/credcheck",
                        name: "credcheck",
                        rules,
                        version: env!("CARGO_PKG_VERSION"),
                    },
                },
            }],
            version: "2.1.0",
        };
        let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// The SARIF 2.1.0 objects credcheck writes, typed (fields in the order they are written).
mod sarif {
    use serde::Serialize;

    #[derive(Serialize)]
    pub struct Log<'a> {
        #[serde(rename = "$schema")]
        pub schema: &'static str,
        pub runs: [Run<'a>; 1],
        pub version: &'static str,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Run<'a> {
        pub column_kind: &'static str,
        pub results: Vec<Result<'a>>,
        pub tool: Tool<'a>,
    }

    #[derive(Serialize)]
    pub struct Tool<'a> {
        pub driver: Driver<'a>,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Driver<'a> {
        pub information_uri: &'static str,
        pub name: &'static str,
        pub rules: Vec<Rule<'a>>,
        pub version: &'static str,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Rule<'a> {
        pub default_configuration: Configuration,
        pub full_description: Text,
        pub help: Help<'a>,
        pub help_uri: String,
        pub id: &'a str,
        pub name: String,
        pub properties: Properties<'a>,
        pub short_description: Text,
    }

    #[derive(Serialize)]
    pub struct Configuration {
        pub level: &'static str,
    }

    #[derive(Serialize)]
    pub struct Text {
        pub text: String,
    }

    #[derive(Serialize)]
    pub struct Help<'a> {
        pub markdown: &'a str,
        pub text: &'a str,
    }

    #[derive(Serialize)]
    pub struct Properties<'a> {
        pub category: &'a str,
        pub pack: &'a str,
        pub tags: [&'a str; 2],
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Result<'a> {
        pub level: &'static str,
        pub locations: [Location; 1],
        pub message: Text,
        pub rule_id: &'a str,
        pub rule_index: usize,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Location {
        pub physical_location: PhysicalLocation,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct PhysicalLocation {
        pub artifact_location: ArtifactLocation,
        pub region: Region,
    }

    #[derive(Serialize)]
    pub struct ArtifactLocation {
        pub uri: String,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Region {
        pub end_column: usize,
        pub end_line: usize,
        pub snippet: Text,
        pub start_column: usize,
        pub start_line: usize,
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
