//! Turning command-line paths into the list of drafts to check.

use std::path::PathBuf;

use credcheck_core::Format;
use ignore::WalkBuilder;

use crate::input::Origin;

/// The drafts named by `paths`, sorted and without duplicates: explicit files always, folders
/// walked for files with a draft extension (`.txt`, `.md`, `.html`, `.docx`, … — or, with
/// `any_extension`, every file that has an extension, for the configuration's `extensions` to
/// choose from), respecting `.gitignore`, `.ignore` and hidden files the way git and ripgrep
/// do; `-` is standard input. Paths that cannot be read are returned second, with the reason.
pub fn collect_inputs(
    paths: &[PathBuf],
    any_extension: bool,
) -> (Vec<Origin>, Vec<(PathBuf, String)>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Origin::Stdin(None));
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let walker = WalkBuilder::new(path)
                    .require_git(false)
                    .sort_by_file_path(Ord::cmp)
                    .build();
                for entry in walker {
                    match entry {
                        Ok(e)
                            if e.file_type().is_some_and(|t| t.is_file())
                                && (Format::is_draft_extension(e.path())
                                    || any_extension && e.path().extension().is_some()) =>
                        {
                            out.push(Origin::File(e.into_path()));
                        }
                        Ok(_) => {}
                        Err(err) => problems.push((path.clone(), err.to_string())),
                    }
                }
            }
            Ok(_) => out.push(Origin::File(path.clone())),
            Err(e) => problems.push((path.clone(), crate::input::io_reason(&e))),
        }
    }
    out.sort();
    out.dedup();
    (out, problems)
}
