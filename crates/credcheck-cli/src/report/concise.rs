//! `--format concise`: `path:line:col: severity[rule] message`, one line per finding, for
//! editors and grep.

use std::fmt::Write as _;

use super::{Reporter, Totals, one_line};
use crate::check::FileReport;

/// `path:line:col: severity[rule] message`
#[derive(Debug)]
pub struct Concise;

impl Reporter for Concise {
    fn file(&mut self, file: &FileReport, out: &mut String) {
        let mut lines = String::new();
        for f in &file.findings {
            let _ = writeln!(
                lines,
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
        out.push_str(&crate::term::escape(&lines));
    }

    fn end(&mut self, _: &Totals, _: &mut String) {}
}
