//! `--format github`: GitHub Actions workflow commands that annotate a pull request.

use std::fmt::Write as _;

use credcheck_rules::Severity;

use super::{Part, Parts, Reporter, data, on_same_words, property};
use crate::check::FileReport;

/// GitHub Actions workflow commands: each place becomes one annotation on the pull request.
/// Findings on the same words share it (a pull request shows one box per place, not four on
/// "Informed sources"): the most severe sets its level and leads, the title names every rule,
/// and each finding's message is a line of its own.
#[derive(Debug, Clone, Copy)]
pub struct Github;

impl Reporter for Github {
    fn parts(&self) -> Option<Box<dyn Parts>> {
        Some(Box::new(Github))
    }
}

impl Parts for Github {
    fn part(&self, file: &FileReport) -> Part {
        let mut lines = String::new();
        for (f, others) in on_same_words(file) {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut title = format!("credcheck {} ({})", f.info.id, f.info.category);
            let mut message = f.message.clone();
            for other in &others {
                let _ = write!(title, ", {}", other.info.id);
                let _ = write!(
                    message,
                    "\n{}[{}]: {}",
                    other.severity, other.info.id, other.message
                );
            }
            if file.positions == credcheck_core::Positions::Paragraphs {
                // A Word file has no lines GitHub could show: the place goes in the message.
                let place = crate::check::place(file.positions, f.start);
                let _ = writeln!(
                    lines,
                    "::{level} file={},title={}::{}",
                    property(&file.path),
                    property(&title),
                    data(&format!("{place}: {message}"))
                );
                continue;
            }
            let _ = writeln!(
                lines,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&file.path),
                f.start.line,
                f.start.column,
                f.end.line,
                f.end.column,
                property(&title),
                data(&message)
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
