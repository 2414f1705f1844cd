//! `--format github`: GitHub Actions workflow commands that annotate a pull request.

use std::fmt::Write as _;

use credcheck_rules::Severity;

use super::{Reporter, data, findings, property};
use crate::check::RunReport;

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
#[derive(Debug)]
pub struct Github;

impl Reporter for Github {
    fn render(&self, report: &RunReport) -> String {
        let mut out = String::new();
        for (file, f) in findings(report) {
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
                property(&format!("credcheck {} ({})", f.info.id, f.info.category)),
                data(&f.message)
            );
        }
        // Drafts and file names may hold escape sequences: never pass them to a terminal.
        crate::term::escape(&out).into_owned()
    }
}
