//! `--format concise`: `path:line:col: severity[rule] message`, one line per finding, for
//! editors and grep.

use std::fmt::Write as _;

use super::{Reporter, findings, one_line};
use crate::check::RunReport;

/// `path:line:col: severity[rule] message`
#[derive(Debug)]
pub struct Concise;

impl Reporter for Concise {
    fn render(&self, report: &RunReport) -> String {
        let mut out = String::new();
        for (file, f) in findings(report) {
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                file.path,
                f.start.line,
                f.start.column,
                f.severity,
                f.info.id,
                one_line(&f.message)
            );
        }
        // Drafts and file names may hold escape sequences: never pass them to a terminal.
        crate::term::escape(&out).into_owned()
    }
}
