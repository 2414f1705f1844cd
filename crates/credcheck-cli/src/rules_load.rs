//! Building the engine from the built-in packs and the user's rule files, and rendering load
//! errors with the offending line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use credcheck_rules::{Engine, EngineBuilder, LoadError};

/// Why rules could not be loaded: already rendered for the terminal.
#[derive(Debug)]
pub struct RulesError(pub String);

/// The engine for `builtin` packs (or not) plus every `.toml` file in `paths` (files, or folders
/// walked recursively in name order).
pub fn load_engine(builtin: bool, paths: &[PathBuf], color: bool) -> Result<Engine, RulesError> {
    let mut builder = EngineBuilder::new();
    if builtin {
        builder.add_builtin();
    }
    for path in paths {
        for file in rule_files(path)? {
            let text =
                crate::fsread::toml_text(&file, crate::fsread::MAX_PACK_BYTES).map_err(|e| {
                    RulesError(format!(
                        "credcheck: error: cannot read rule file {}: {e}\n",
                        file.display()
                    ))
                })?;
            builder.add(file.display().to_string(), text);
        }
    }
    builder.build().map_err(|errors| {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        for e in &errors.0 {
            out.push_str(&render_load_error(&renderer, e));
            out.push('\n');
        }
        let n = errors.0.len();
        let _ = writeln!(
            out,
            "credcheck: {n} error{} in rule files; no draft was checked",
            if n == 1 { "" } else { "s" }
        );
        RulesError(out)
    })
}

/// How many folders a `--rules` folder may hold (a guard against naming `/`).
const MAX_RULE_FOLDERS: usize = 1000;

fn rule_files(path: &Path) -> Result<Vec<PathBuf>, RulesError> {
    let meta = std::fs::metadata(path).map_err(|e| {
        RulesError(format!(
            "credcheck: error: rules path {}: {e}\n",
            path.display()
        ))
    })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    // Symbolic links are followed only to files and folders inside the folder named, and every
    // folder is visited once: `--rules /` or a link to the folder itself cannot run away.
    let root = path.canonicalize().map_err(|e| {
        RulesError(format!(
            "credcheck: error: rules path {}: {e}\n",
            path.display()
        ))
    })?;
    let mut files = Vec::new();
    let mut visited = std::collections::HashSet::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(real) = dir.canonicalize() else {
            continue;
        };
        if !real.starts_with(&root) || !visited.insert(real) {
            continue;
        }
        if visited.len() > MAX_RULE_FOLDERS {
            return Err(RulesError(format!(
                "credcheck: error: rules folder {} holds more than {MAX_RULE_FOLDERS} folders; \
                 name the folder of packs itself\n",
                path.display()
            )));
        }
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            RulesError(format!(
                "credcheck: error: rules folder {}: {e}\n",
                dir.display()
            ))
        })?;
        for entry in entries.flatten() {
            let p = entry.path();
            let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "toml")
                && (!is_link || p.canonicalize().is_ok_and(|r| r.starts_with(&root)))
            {
                files.push(p);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(RulesError(format!(
            "credcheck: error: rules folder {} has no .toml files\n",
            path.display()
        )));
    }
    Ok(files)
}

/// One load error as a rustc-style snippet: `error: message --> file:line:col`, the line, a caret
/// under the offending value and the help.
pub fn render_load_error(renderer: &Renderer, e: &LoadError) -> String {
    let title = Level::ERROR.primary_title(e.message.as_str());
    let group = if e.line > 0 {
        let start: usize = e
            .line_text
            .chars()
            .take(e.column - 1)
            .map(char::len_utf8)
            .sum();
        let end: usize = start
            + e.line_text[start..]
                .chars()
                .take(e.width)
                .map(char::len_utf8)
                .sum::<usize>();
        let snippet = Snippet::source(e.line_text.as_str())
            .line_start(e.line)
            .path(e.origin.as_str())
            .annotation(AnnotationKind::Primary.span(start..end.max(start)));
        let mut g = title.element(snippet);
        if let Some(help) = &e.help {
            g = g.element(Level::HELP.message(help.as_str()));
        }
        g
    } else {
        let mut g =
            Group::with_title(title).element(Level::NOTE.message(format!("in {}", e.origin)));
        if let Some(help) = &e.help {
            g = g.element(Level::HELP.message(help.as_str()));
        }
        g
    };
    renderer.render(&[group])
}
