//! `--format concise`: `path:line:col: severity[rule] message`, one line per finding, for
//! editors and grep.

use std::fmt::Write as _;

use super::{Part, Parts, Reporter, one_line};
use crate::check::FileReport;

/// `path:line:col: severity[rule] message`
#[derive(Debug, Clone, Copy)]
pub struct Concise;

impl Reporter for Concise {
    fn parts(&self) -> Option<Box<dyn Parts>> {
        Some(Box::new(Concise))
    }
}

impl Parts for Concise {
    fn part(&self, file: &FileReport) -> Part {
        let mut lines = String::new();
        for f in &file.findings {
            let _ = writeln!(
                lines,
                "{}:{}: {}[{}] {}",
                file.path,
                crate::check::place(file.positions, f.start),
                f.severity,
                f.info.id,
                one_line(&f.message)
            );
        }
        // Drafts and file names may hold escape sequences: never pass them to a terminal.
        Part {
            text: crate::term::escape(&lines).into_owned(),
            shown: 0,
            deferred: false,
        }
    }
}
