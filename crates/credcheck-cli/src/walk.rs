//! Turning command-line paths into the drafts to check, one at a time.

use std::cmp::Ordering;
use std::path::PathBuf;

use credcheck_core::Format;
use ignore::WalkBuilder;

use crate::input::Origin;

/// The drafts named by `paths`, in report order and without duplicates, read as the folders
/// are walked — nothing per draft is held, so a walk over an archive of any size costs the
/// same memory: explicit files always, folders walked for files with a draft extension
/// (`.txt`, `.md`, `.html`, `.docx`, … — or, with `any_extension`, every file that has an
/// extension, for the configuration's `extensions` to choose from), respecting `.gitignore`,
/// `.ignore` and hidden files the way git and ripgrep do; `-` is standard input (named
/// `stdin_name`). Paths that cannot be read are kept in [`Inputs::problems`], with the reason.
///
/// Report order is standard input first, then path order component by component (`a/x.md`
/// before `a-b.md`, as a folder's walk sorted by name gives them): each folder argument is
/// walked in that order, and the walks are merged.
pub struct Inputs {
    sources: Vec<Source>,
    /// The next draft of each source, not yet given out.
    heads: Vec<Option<Origin>>,
    last: Option<Origin>,
    any_extension: bool,
    /// Paths that could not be read or walked, with the reason.
    pub problems: Vec<(PathBuf, String)>,
}

enum Source {
    One(Option<Origin>),
    Walk(PathBuf, Box<ignore::Walk>),
}

impl Inputs {
    pub fn new(paths: &[PathBuf], any_extension: bool, stdin_name: Option<&PathBuf>) -> Inputs {
        let mut sources = Vec::with_capacity(paths.len());
        let mut problems = Vec::new();
        for path in paths {
            if path.as_os_str() == "-" {
                sources.push(Source::One(Some(Origin::Stdin(stdin_name.cloned()))));
                continue;
            }
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => {
                    let walker = WalkBuilder::new(path)
                        .require_git(false)
                        .sort_by_file_path(Ord::cmp)
                        .build();
                    sources.push(Source::Walk(path.clone(), Box::new(walker)));
                }
                Ok(_) => sources.push(Source::One(Some(Origin::File(path.clone())))),
                Err(e) => problems.push((path.clone(), crate::input::io_reason(&e))),
            }
        }
        let mut inputs = Inputs {
            heads: Vec::with_capacity(sources.len()),
            sources,
            last: None,
            any_extension,
            problems,
        };
        for i in 0..inputs.sources.len() {
            let head = inputs.pull(i);
            inputs.heads.push(head);
        }
        inputs
    }

    /// The next draft of source `i`.
    fn pull(&mut self, i: usize) -> Option<Origin> {
        match &mut self.sources[i] {
            Source::One(one) => one.take(),
            Source::Walk(root, walker) => loop {
                match walker.next()? {
                    Ok(e)
                        if e.file_type().is_some_and(|t| t.is_file())
                            && (Format::is_draft_extension(e.path())
                                || self.any_extension && e.path().extension().is_some()) =>
                    {
                        return Some(Origin::File(e.into_path()));
                    }
                    Ok(_) => {}
                    Err(err) => self.problems.push((root.clone(), err.to_string())),
                }
            },
        }
    }
}

impl Iterator for Inputs {
    type Item = Origin;

    fn next(&mut self) -> Option<Origin> {
        loop {
            let (i, _) = self
                .heads
                .iter()
                .enumerate()
                .filter_map(|(i, h)| h.as_ref().map(|h| (i, h)))
                .min_by(|a, b| report_order(a.1, b.1))?;
            let next = self.pull(i);
            let origin = std::mem::replace(&mut self.heads[i], next)?;
            // (A file named and also found in a named folder, or two folders that overlap.)
            if self.last.as_ref() == Some(&origin) {
                continue;
            }
            self.last = Some(origin.clone());
            return Some(origin);
        }
    }
}

/// The order drafts are reported in: standard input first, then by path, component by
/// component.
fn report_order(a: &Origin, b: &Origin) -> Ordering {
    match (a, b) {
        (Origin::File(x), Origin::File(y)) => x.cmp(y),
        (Origin::Stdin(x), Origin::Stdin(y)) => x.cmp(y),
        (Origin::Stdin(_), Origin::File(_)) => Ordering::Less,
        (Origin::File(_), Origin::Stdin(_)) => Ordering::Greater,
    }
}

/// Every draft named by `paths` (see [`Inputs`]), collected, and the paths that could not be
/// read — for the commands that render each draft they are given (`inspect`, `sources`).
pub fn collect_inputs(
    paths: &[PathBuf],
    any_extension: bool,
) -> (Vec<Origin>, Vec<(PathBuf, String)>) {
    let mut inputs = Inputs::new(paths, any_extension, None);
    let out: Vec<Origin> = inputs.by_ref().collect();
    (out, inputs.problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(inputs: Inputs, root: &std::path::Path) -> Vec<String> {
        inputs
            .map(|o| match o {
                Origin::File(p) => p
                    .strip_prefix(root)
                    .map_or_else(|_| p.display().to_string(), |r| r.display().to_string()),
                Origin::Stdin(_) => "-".to_owned(),
            })
            .collect()
    }

    #[test]
    fn folders_files_and_stdin_merge_in_path_order_without_duplicates() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in ["b/z.md", "b/a.txt", "a-b.md", "a/x.md", "a/y.bin", "c.txt"] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "Officials said so.\n").unwrap();
        }
        // A folder, a file inside it named again, a second overlapping folder, stdin.
        let paths = [
            root.join("b"),
            root.to_path_buf(),
            root.join("b/a.txt"),
            PathBuf::from("-"),
        ];
        let got = names(Inputs::new(&paths, false, None), root);
        assert_eq!(got, ["-", "a/x.md", "a-b.md", "b/a.txt", "b/z.md", "c.txt"]);
    }

    #[test]
    fn a_missing_path_is_a_problem_and_the_rest_still_comes() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("one.md"), "Text.\n").unwrap();
        let paths = [dir.path().join("gone"), dir.path().join("one.md")];
        let mut inputs = Inputs::new(&paths, false, None);
        let got: Vec<Origin> = inputs.by_ref().collect();
        assert_eq!(got, [Origin::File(dir.path().join("one.md"))]);
        assert_eq!(inputs.problems.len(), 1);
        assert_eq!(inputs.problems[0].0, dir.path().join("gone"));
    }
}
