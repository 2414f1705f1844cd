//! `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.

use credcheck_rules::{RuleInfo, Severity};
use rustc_hash::FxHashMap;

use std::sync::Arc;

use super::{Part, Reporter, Totals, uri};
use crate::check::FileReport;

/// SARIF 2.1.0: one run, the rules that fired as `tool.driver.rules` (with their help text), one
/// result per finding with its region in lines and columns.
/// The rules that fired open the log and results point into them, so the results are kept until
/// the end (as data, without the drafts they came from).
#[derive(Default)]
pub struct Sarif {
    fired: Vec<Arc<RuleInfo>>,
    index_of: FxHashMap<String, usize>,
    results: Vec<wire::Result>,
}

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
    fn file(&mut self, file: &FileReport, _: Part, _: &mut String) {
        for f in &file.findings {
            let fired = &mut self.fired;
            let rule_index = *self.index_of.entry(f.info.id.clone()).or_insert_with(|| {
                fired.push(Arc::clone(&f.info));
                fired.len() - 1
            });
            self.results.push(wire::Result {
                level: level(f.severity),
                locations: [wire::Location {
                    physical_location: wire::PhysicalLocation {
                        artifact_location: wire::ArtifactLocation {
                            uri: uri(&file.path),
                        },
                        region: wire::Region {
                            end_column: f.end.column,
                            end_line: f.end.line,
                            snippet: wire::Text {
                                text: f.span.slice(&file.source).to_owned(),
                            },
                            start_column: f.start.column,
                            start_line: f.start.line,
                        },
                    },
                }],
                message: wire::Text {
                    text: f.message.clone(),
                },
                rule_id: f.info.id.clone(),
                rule_index,
            });
        }
    }

    fn end(&mut self, _: &Totals, out: &mut String) {
        let rules = self
            .fired
            .iter()
            .map(|rule| wire::Rule {
                default_configuration: wire::Configuration {
                    level: level(rule.severity),
                },
                full_description: wire::Text {
                    text: rule.summary.clone(),
                },
                help: wire::Help {
                    markdown: &rule.docs,
                    text: &rule.docs,
                },
                help_uri: format!("{DOCS_URI}#rule-by-rule"),
                id: &rule.id,
                name: sarif_name(&rule.id),
                properties: wire::Properties {
                    category: &rule.category,
                    pack: &rule.pack,
                    tags: [&rule.category, &rule.pack],
                },
                short_description: wire::Text {
                    text: rule.summary.clone(),
                },
            })
            .collect();
        let log = wire::Log {
            schema: "https://json.schemastore.org/sarif-2.1.0.json",
            runs: [wire::Run {
                column_kind: "unicodeCodePoints",
                results: std::mem::take(&mut self.results),
                tool: wire::Tool {
                    driver: wire::Driver {
                        information_uri: "https://github.com/credcheck/credcheck",
                        name: "credcheck",
                        rules,
                        version: env!("CARGO_PKG_VERSION"),
                    },
                },
            }],
            version: "2.1.0",
        };
        out.push_str(&serde_json::to_string_pretty(&log).unwrap_or_default());
        out.push('\n');
    }
}

mod wire {
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
        pub results: Vec<Result>,
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
    pub struct Result {
        pub level: &'static str,
        pub locations: [Location; 1],
        pub message: Text,
        pub rule_id: String,
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
