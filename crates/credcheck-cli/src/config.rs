//! `credcheck.toml`: a desk's configuration, found from each checked file's folder upward.
//!
//! ```toml
//! extend = "../credcheck.toml"          # inherit another file explicitly (this one wins)
//! packs = ["builtin", "rules/house"]     # rule packs: "builtin", files or folders
//! select = ["anonymous-source"]          # rule ids, categories or pack ids (default: all)
//! ignore = ["anon-unquantified-plural"]
//! fail-on = "warning"
//! include = ["drafts/**"]                # globs, relative to this file's folder
//! exclude = ["drafts/archive/**"]
//! max-file-size = 10_000_000             # bytes
//! extensions = ["md", "html", "docx"]    # what a folder walk reads (default: txt, text, md,
//!                                        # markdown, html, htm, docx)
//! require-suppression-reason = true
//!
//! [severity]
//! anon-spokesperson-unnamed = "off"
//!
//! [settings]
//! house-outlet = "Reuters"
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use credcheck_rules::{Engine, Rule, Severity};
use ignore::overrides::{Override, OverrideBuilder};
use serde::Deserialize;

/// The file names credcheck looks for, in order, in each folder.
pub const CONFIG_NAMES: [&str; 2] = ["credcheck.toml", ".credcheck.toml"];

/// A severity override: a severity, or `"off"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

/// The lowest severity that makes a run fail: `--fail-on` and `fail-on` in a config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    Error,
    Warning,
    Info,
    /// Never fail because of findings.
    Never,
}

impl FailOn {
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }

    pub fn name(self) -> &'static str {
        self.threshold().map_or("never", Severity::name)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    extend: Option<String>,
    packs: Option<Vec<String>>,
    select: Option<Vec<toml::Spanned<String>>>,
    ignore: Option<Vec<toml::Spanned<String>>>,
    fail_on: Option<FailOn>,
    include: Option<Vec<String>>,
    exclude: Option<Vec<String>>,
    max_file_size: Option<u64>,
    extensions: Option<Vec<String>>,
    require_suppression_reason: Option<bool>,
    #[serde(default)]
    severity: BTreeMap<toml::Spanned<String>, Level>,
    #[serde(default)]
    settings: BTreeMap<String, String>,
}

/// A resolved configuration: one file (and what it extends), or the defaults.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it was read from (`None`: defaults).
    pub path: Option<PathBuf>,
    /// Files read, the nearest first (the file and those it extends).
    pub chain: Vec<PathBuf>,
    /// Use the built-in packs.
    pub builtin: bool,
    /// Extra pack files or folders, absolute or relative to the working directory.
    pub packs: Vec<PathBuf>,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub fail_on: Option<FailOn>,
    /// Globs with the folder they are relative to.
    pub include: Vec<(PathBuf, String)>,
    pub exclude: Vec<(PathBuf, String)>,
    pub max_file_size: Option<u64>,
    /// The extensions a folder walk reads, lower case without the dot (`None`: the default).
    pub extensions: Option<Vec<String>>,
    pub require_suppression_reason: bool,
    pub severity: BTreeMap<String, Level>,
    /// `--extend-select` names when nothing narrows the selection (every rule is in already):
    /// still checked against the loaded rules.
    pub extend_select: Vec<String>,
    /// Where each rule name of `select`, `ignore` and `[severity]` was written
    /// (`file:line:col`), for errors about names no pack defines.
    pub name_at: BTreeMap<String, String>,
    pub settings: BTreeMap<String, String>,
}

/// A configuration problem, with its place when known: `file:line:col: message`.
#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Config {
    /// The defaults: built-in packs, everything selected.
    pub fn defaults() -> Config {
        Config {
            builtin: true,
            ..Config::default()
        }
    }

    /// Reads `path` (named with `--config`) and what it extends, wherever they are.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        Self::load_chain(path, &mut Vec::new(), None)
    }

    /// Reads `path`, found by looking for `credcheck.toml` above a draft, and what it extends.
    /// Such a file may come with the drafts (a pull request can add one), so its `extend` and
    /// `packs` must stay inside the project: the repository holding it (the nearest folder above
    /// with `.git`); outside a repository, the current folder when the file is under it, else
    /// the file's own folder.
    pub fn load_discovered(path: &Path) -> Result<Config, ConfigError> {
        let real = |p: &Path| p.canonicalize().unwrap_or_else(|_| absolute(p));
        let dir = real(path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let root = match dir.ancestors().find(|d| d.join(".git").exists()) {
            Some(repo) => repo.to_owned(),
            None => std::env::current_dir()
                .map(|cwd| real(&cwd))
                .ok()
                .filter(|cwd| dir.starts_with(cwd))
                .unwrap_or(dir),
        };
        Self::load_chain(path, &mut Vec::new(), Some(&root))
    }

    fn load_chain(
        path: &Path,
        seen: &mut Vec<PathBuf>,
        root: Option<&Path>,
    ) -> Result<Config, ConfigError> {
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        if seen.contains(&canonical) {
            return Err(ConfigError(format!(
                "{}: `extend` makes a cycle ({})",
                path.display(),
                seen.iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(" → ")
            )));
        }
        if seen.len() >= MAX_EXTEND_DEPTH {
            return Err(ConfigError(format!(
                "{}: `extend` chain is deeper than {MAX_EXTEND_DEPTH} files",
                path.display()
            )));
        }
        seen.push(canonical);
        let text =
            crate::fsread::toml_text(path, crate::fsread::MAX_CONFIG_BYTES).map_err(|e| {
                ConfigError(format!(
                    "{}: cannot read the configuration: {e}",
                    path.display()
                ))
            })?;
        let raw: RawConfig = toml::from_str(&text).map_err(|e| {
            let (line, col) = e.span().map_or((1, 1), |span| line_col(&text, span.start));
            let message = e.message().trim().to_owned();
            let hint = if message.contains("unknown field") {
                " (the keys are described in the README's Configuration section)"
            } else {
                ""
            };
            ConfigError(format!("{}:{line}:{col}: {message}{hint}", path.display()))
        })?;
        let dir = path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let mut base = match &raw.extend {
            Some(parent) => {
                let target = dir.join(parent);
                inside(path, "extend", &target, root)?;
                Self::load_chain(&target, seen, root)?
            }
            None => Config::defaults(),
        };
        base.path = Some(path.to_owned());
        base.chain.insert(0, path.to_owned());
        if let Some(packs) = raw.packs {
            base.builtin = packs.iter().any(|p| p == "builtin");
            base.packs = packs
                .iter()
                .filter(|p| *p != "builtin")
                .map(|p| dir.join(p))
                .collect();
            if let Some(missing) = base.packs.iter().find(|p| !p.exists()) {
                return Err(ConfigError(format!(
                    "{}: pack `{}` in `packs` does not exist (paths are relative to the configuration file)",
                    path.display(),
                    missing.display()
                )));
            }
            for pack in &base.packs {
                inside(path, "packs", pack, root)?;
            }
        }
        let mut at = |name: &toml::Spanned<String>| {
            let (line, col) = line_col(&text, name.span().start);
            base.name_at.insert(
                name.get_ref().clone(),
                format!("{}:{line}:{col}", path.display()),
            );
            name.get_ref().clone()
        };
        let select = raw.select.map(|v| v.iter().map(&mut at).collect());
        let ignore = raw
            .ignore
            .map(|v| v.iter().map(&mut at).collect::<Vec<_>>());
        let severity: Vec<(String, Level)> =
            raw.severity.iter().map(|(k, v)| (at(k), *v)).collect();
        if select.is_some() {
            base.select = select;
        }
        if let Some(ignore) = ignore {
            base.ignore = ignore;
        }
        if raw.fail_on.is_some() {
            base.fail_on = raw.fail_on;
        }
        if let Some(include) = raw.include {
            base.include = include.into_iter().map(|g| (dir.clone(), g)).collect();
        }
        if let Some(exclude) = raw.exclude {
            base.exclude = exclude.into_iter().map(|g| (dir.clone(), g)).collect();
        }
        if raw.max_file_size.is_some() {
            base.max_file_size = raw.max_file_size;
        }
        if let Some(extensions) = raw.extensions {
            base.extensions = Some(
                extensions
                    .iter()
                    .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
                    .collect(),
            );
        }
        if let Some(r) = raw.require_suppression_reason {
            base.require_suppression_reason = r;
        }
        base.severity.extend(severity);
        base.settings.extend(raw.settings);
        Ok(base)
    }

    /// The command line's `--select` (replaces `select`), `--extend-select` (adds to it) and
    /// `--ignore` (adds to `ignore`).
    pub fn apply_selection(&mut self, select: &[String], extend: &[String], ignore: &[String]) {
        let mut note = |names: &[String], flag: &str| {
            for n in names {
                self.name_at
                    .insert(n.clone(), format!("command line ({flag})"));
            }
        };
        note(select, "--select");
        note(extend, "--extend-select");
        note(ignore, "--ignore");
        if !select.is_empty() {
            self.select = Some(select.to_vec());
        }
        match &mut self.select {
            Some(s) => s.extend_from_slice(extend),
            None => self.extend_select.extend_from_slice(extend),
        }
        self.ignore.extend_from_slice(ignore);
    }

    /// Checks the rule names the configuration uses against the loaded rules.
    pub fn validate(&self, engine: &Engine) -> Result<(), ConfigError> {
        let rules = engine.rules();
        let known = |name: &str| {
            rules
                .iter()
                .any(|r| r.id == name || r.category == name || r.pack == name)
        };
        let file = self
            .path
            .as_ref()
            .map_or_else(|| "configuration".to_owned(), |p| p.display().to_string());
        let place = |name: &str| {
            self.name_at
                .get(name)
                .cloned()
                .unwrap_or_else(|| file.clone())
        };
        let mean = |name: &str, ids_only: bool| {
            let names = rules.iter().flat_map(|r| {
                let all = [r.id.as_str(), r.category.as_str(), r.pack.as_str()];
                all.into_iter().take(if ids_only { 1 } else { 3 })
            });
            credcheck_rules::suggest(name, names)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default()
        };
        for name in self
            .select
            .iter()
            .flatten()
            .chain(&self.ignore)
            .chain(&self.extend_select)
        {
            if !known(name) {
                return Err(ConfigError(format!(
                    "{}: `{name}` in select/ignore is not a loaded rule id, category or pack{}",
                    place(name),
                    mean(name, false)
                )));
            }
        }
        for name in self.severity.keys() {
            if !rules.iter().any(|r| r.id == *name) {
                return Err(ConfigError(format!(
                    "{}: [severity] names `{name}`, which is not a loaded rule id{}",
                    place(name),
                    mean(name, true)
                )));
            }
        }
        Ok(())
    }

    /// The engine profile of this configuration: each rule at the severity it gets here (or not
    /// reported), the settings, and whether suppressions need a reason.
    pub fn profile(&self, engine: &credcheck_rules::Engine) -> credcheck_rules::Profile {
        let mut profile = credcheck_rules::Profile::new(engine);
        for (i, rule) in engine.rules().iter().enumerate() {
            let severity = if self.uses(rule) {
                self.severity_of(rule)
            } else {
                None
            };
            profile.set_severity(credcheck_rules::RuleId(i), severity);
        }
        for (key, value) in &self.settings {
            profile.set(key, value);
        }
        profile.require_suppression_reason(self.require_suppression_reason);
        profile
    }

    /// Does this configuration use the pack `rule` comes from?
    pub fn uses(&self, rule: &Rule) -> bool {
        let builtin = credcheck_rules::BUILTIN_FILES
            .iter()
            .any(|(origin, _)| *origin == rule.origin);
        if builtin {
            return self.builtin;
        }
        let origin = Path::new(&rule.origin);
        let origin = origin.canonicalize().unwrap_or_else(|_| origin.to_owned());
        self.packs.iter().any(|p| {
            let p = p.canonicalize().unwrap_or_else(|_| p.clone());
            origin.starts_with(&p)
        })
    }

    /// The severity a rule's findings get under this configuration, or `None` when the rule is
    /// not selected, ignored or switched off.
    pub fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        let names = [rule.id.as_str(), rule.category.as_str(), rule.pack.as_str()];
        if let Some(select) = &self.select {
            if !select.iter().any(|s| names.contains(&s.as_str())) {
                return None;
            }
        }
        if self.ignore.iter().any(|s| names.contains(&s.as_str())) {
            return None;
        }
        match self.severity.get(&rule.id) {
            Some(Level::Off) => None,
            Some(Level::Error) => Some(Severity::Error),
            Some(Level::Warning) => Some(Severity::Warning),
            Some(Level::Info) => Some(Severity::Info),
            None => Some(rule.severity),
        }
    }

    /// The include/exclude globs as a matcher (`None` when there are none).
    /// Does a folder walk read `path`, by its extension?
    pub fn reads_extension(&self, path: &Path) -> bool {
        match &self.extensions {
            None => credcheck_core::Format::is_draft_extension(path),
            Some(list) => path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| list.iter().any(|l| e.eq_ignore_ascii_case(l))),
        }
    }

    pub fn file_filter(&self) -> Result<Option<FileFilter>, ConfigError> {
        if self.include.is_empty() && self.exclude.is_empty() {
            return Ok(None);
        }
        let build = |globs: &[(PathBuf, String)]| {
            let mut by_dir: Vec<(PathBuf, Override)> = Vec::new();
            let mut dirs: Vec<&PathBuf> = globs.iter().map(|(d, _)| d).collect();
            dirs.dedup();
            for dir in dirs {
                let mut b = OverrideBuilder::new(dir);
                for (_, g) in globs.iter().filter(|(d, _)| d == dir) {
                    b.add(g).map_err(|e| {
                        ConfigError(format!(
                            "{}: bad glob `{g}`: {e}",
                            self.path.as_ref().map_or("", |p| p.to_str().unwrap_or(""))
                        ))
                    })?;
                }
                by_dir.push((
                    dir.clone(),
                    b.build().map_err(|e| ConfigError(e.to_string()))?,
                ));
            }
            Ok::<_, ConfigError>(by_dir)
        };
        Ok(Some(FileFilter {
            include: build(&self.include)?,
            exclude: build(&self.exclude)?,
        }))
    }
}

/// Include/exclude globs, each set relative to its config file's folder.
#[derive(Debug)]
pub struct FileFilter {
    include: Vec<(PathBuf, Override)>,
    exclude: Vec<(PathBuf, Override)>,
}

impl FileFilter {
    /// Is `path` (a walked draft) to be checked?
    pub fn admits(&self, path: &Path) -> bool {
        let abs = absolute(path);
        let hit = |set: &[(PathBuf, Override)]| {
            set.iter().any(|(dir, o)| {
                let dir = absolute(dir);
                abs.strip_prefix(&dir)
                    .is_ok_and(|rel| o.matched(rel, false).is_whitelist())
            })
        };
        (self.include.is_empty() || hit(&self.include)) && !hit(&self.exclude)
    }
}

/// How many configuration files one `extend` chain may hold.
pub const MAX_EXTEND_DEPTH: usize = 32;

/// With a project `root`, `target` (named by `key` in `config`) must resolve inside it.
fn inside(config: &Path, key: &str, target: &Path, root: Option<&Path>) -> Result<(), ConfigError> {
    let Some(root) = root else {
        return Ok(());
    };
    let resolved = target.canonicalize().unwrap_or_else(|_| absolute(target));
    if resolved.starts_with(root) {
        return Ok(());
    }
    Err(ConfigError(format!(
        "{}: `{key}` names {}, outside the project ({}); a configuration found beside the drafts \
         may only use files inside its project — name it with `--config` to allow this",
        config.display(),
        target.display(),
        root.display()
    )))
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_owned()
    } else {
        std::env::current_dir().map_or_else(|_| path.to_owned(), |d| d.join(path))
    }
    .components()
    .filter(|c| !matches!(c, std::path::Component::CurDir))
    .collect()
}

/// Finds the nearest configuration file for each folder, caching folders already looked up.
#[derive(Debug, Default)]
pub struct Finder {
    cache: HashMap<PathBuf, Option<PathBuf>>,
}

impl Finder {
    /// The nearest `credcheck.toml` / `.credcheck.toml` in `dir` or a folder above it.
    pub fn nearest(&mut self, dir: &Path) -> Option<PathBuf> {
        let dir = absolute(dir);
        if let Some(found) = self.cache.get(&dir) {
            return found.clone();
        }
        let found = CONFIG_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|p| p.is_file())
            .or_else(|| dir.parent().and_then(|parent| self.nearest(parent)));
        self.cache.insert(dir, found.clone());
        found
    }
}

/// 1-based line and column (in characters) of byte `at` in `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let mut at = at;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
