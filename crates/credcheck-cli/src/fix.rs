//! `credcheck check --fix` and `--diff`: the safe replacements rules declare (`fix` in a pack),
//! applied to the drafts or shown as a unified diff. `--fix` is the one time credcheck writes a
//! draft: only plain-text and Markdown files, only where the file's bytes are exactly the text
//! that was checked, each written whole through a temporary file in the same folder.

use std::io::Write;

use credcheck_core::{Document, Format, Span};

use crate::check::{Job, Task};
use crate::input::{Origin, ReadProblem, with_document};

/// What `--fix` or `--diff` did.
#[derive(Debug, Default)]
pub struct Fixed {
    /// Fixes applied (or shown).
    pub fixes: usize,
    /// Files changed (or that would be).
    pub files: usize,
    /// Drafts that could not be read or written.
    pub errors: usize,
}

/// The safe edits for one draft: `(span, replacement)`, in order, none overlapping (the first
/// of two overlapping fixes wins).
fn edits(job: &Job<'_>, doc: &Document) -> Vec<(Span, String)> {
    let mut findings = job.engine.check_with(doc, job.profile).findings;
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out: Vec<(Span, String)> = Vec::new();
    for f in findings {
        let Some(fix) = f.fix else { continue };
        if out.last().is_none_or(|(s, _)| s.end <= f.span.start) && doc.text(f.span) != fix {
            out.push((f.span, fix));
        }
    }
    out
}

/// `text` with `edits` made.
fn apply(text: &str, edits: &[(Span, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (span, replacement) in edits {
        out.push_str(&text[copied..span.start]);
        out.push_str(replacement);
        copied = span.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// Applies (`diff` false) or prints as a diff (`diff` true) the safe fixes of every draft.
pub fn run<'t>(tasks: impl Iterator<Item = Task<'t>>, diff: bool) -> Fixed {
    let mut done = Fixed::default();
    let mut stdout = std::io::stdout().lock();
    let to_terminal = std::io::IsTerminal::is_terminal(&stdout);
    for task in tasks {
        // (A draft that cannot be checked is reported by the check itself.)
        let Task::Check(origin, job) = task else {
            continue;
        };
        let origin = &origin;
        let name = origin.display();
        let format = origin.format(job.reading.forced);
        let read = with_document(origin, job.reading, job.max_bytes, |doc| {
            let edits = edits(job, &doc);
            (edits, doc.into_source())
        });
        let (edits, text) = match read {
            Ok(r) => r,
            Err(ReadProblem::Error(msg)) => {
                eprintln!("credcheck: error: {}", crate::term::escape(&msg));
                done.errors += 1;
                continue;
            }
            // Skipped drafts (binary, too large) are reported by the check itself.
            Err(ReadProblem::NotADraft { .. }) => continue,
        };
        if edits.is_empty() {
            continue;
        }
        let fixed = apply(&text, &edits);
        if diff {
            let shown = similar::TextDiff::from_lines(&text, &fixed)
                .unified_diff()
                .context_radius(3)
                .header(&name, &name)
                .to_string();
            // To a terminal, the draft's control characters are shown escaped; to a file or
            // a pipe the diff is exact (carriage returns kept), so `patch` can apply it.
            if to_terminal {
                let _ = stdout.write_all(crate::term::escape(&shown).as_bytes());
            } else {
                let _ = stdout.write_all(shown.as_bytes());
            }
            done.fixes += edits.len();
            done.files += 1;
            continue;
        }
        let why_not = match (origin, format) {
            (Origin::Stdin(_), _) => Some("standard input is not written; use --diff"),
            (_, Format::Html | Format::Docx) => {
                Some("credcheck writes only plain-text and Markdown drafts")
            }
            _ => None,
        };
        if let Some(why) = why_not {
            eprintln!(
                "credcheck: note: {}: {} fix(es) not applied: {why}",
                crate::term::escape(&name),
                edits.len()
            );
            continue;
        }
        let Origin::File(path) = origin else { continue };
        match write(path, &text, &fixed) {
            Ok(()) => {
                done.fixes += edits.len();
                done.files += 1;
            }
            Err(e) => {
                eprintln!(
                    "credcheck: error: {}: not fixed: {e}",
                    crate::term::escape(&name)
                );
                done.errors += 1;
            }
        }
    }
    done
}

/// Replaces the file at `path`, whose text `was` checked, with `text`: only if the file still
/// holds exactly those bytes (not a UTF-16 draft converted on reading, not changed since), and
/// through a temporary file in the same folder, renamed over it, keeping its permissions.
fn write(path: &std::path::Path, was: &str, text: &str) -> Result<(), String> {
    let now = std::fs::read(path).map_err(|e| crate::input::io_reason(&e))?;
    if now != was.as_bytes() {
        return Err(
            "the file is not the UTF-8 text that was checked (UTF-16, or changed since)".into(),
        );
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| std::path::Path::new("."));
    let permissions = std::fs::metadata(path)
        .map_err(|e| crate::input::io_reason(&e))?
        .permissions();
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| e.to_string())?;
    tmp.write_all(text.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| e.to_string())?;
    std::fs::set_permissions(tmp.path(), permissions).map_err(|e| e.to_string())?;
    tmp.persist(path).map_err(|e| e.error.to_string())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_are_made_in_order_and_the_rest_is_kept() {
        let text = "A refused to comment. B refused to say.";
        let edits = vec![
            (Span::new(2, 9), "declined".to_owned()),
            (Span::new(24, 31), "declined".to_owned()),
        ];
        assert_eq!(
            apply(text, &edits),
            "A declined to comment. B declined to say."
        );
        assert_eq!(apply(text, &[]), text);
    }
}
