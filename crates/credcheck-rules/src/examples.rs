//! Running rules' examples as tests (`credcheck rules test`).

use credcheck_core::{Document, Format, Span};

use crate::engine::Engine;
use crate::rule::RuleId;

/// One example that did not behave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// The rule.
    pub rule: RuleId,
    /// Index of the example in the rule's list.
    pub example: usize,
    /// The marked words that should have been flagged (text), in order.
    pub expected: Vec<String>,
    /// What the rule flagged (text), in order.
    pub got: Vec<String>,
}

/// What running the examples found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExampleReport {
    /// Examples run.
    pub run: usize,
    /// Those that failed.
    pub failures: Vec<ExampleFailure>,
}

impl Engine {
    /// Runs every example of the rules selected by `filter` through the whole engine (so `when`
    /// rules see the findings they follow) and compares the rule's own findings with the marks.
    pub fn run_examples(&self, filter: impl Fn(&crate::Rule) -> bool) -> ExampleReport {
        let mut report = ExampleReport::default();
        for (ri, rule) in self.rules().iter().enumerate() {
            if !filter(rule) {
                continue;
            }
            for (ei, ex) in rule.examples.iter().enumerate() {
                report.run += 1;
                let doc = Document::parse(&ex.text, Format::Text);
                let mut got: Vec<Span> = self
                    .check(&doc)
                    .into_iter()
                    .filter(|f| f.rule.0 == ri)
                    .map(|f| f.span)
                    .collect();
                got.sort();
                let mut expected = ex.expected.clone();
                expected.sort();
                if got != expected {
                    let text = |spans: &[Span]| {
                        spans.iter().map(|s| s.slice(&ex.text).to_owned()).collect()
                    };
                    report.failures.push(ExampleFailure {
                        rule: RuleId(ri),
                        example: ei,
                        expected: text(&expected),
                        got: text(&got),
                    });
                }
            }
        }
        report
    }
}
