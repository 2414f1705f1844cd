//! The one place `check` settles what it will do: the inputs, each draft's configuration
//! (defaults ← the nearest `credcheck.toml` ← command-line flags), the engine holding every pack
//! any configuration uses, and per configuration its engine profile and file filter.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use credcheck_rules::{Engine, Profile, Severity};

use crate::args::CheckArgs;
use crate::config::{self, Config, FailOn, FileFilter};
use crate::input::Origin;
use crate::walk::Inputs;

/// Everything `check` needs, resolved once before any draft is read.
#[derive(Debug)]
pub struct Settings {
    select: Selection,
    /// How many drafts the run will check (its configurations' filters applied), counted on a
    /// first walk that keeps no draft's name.
    pub count: usize,
    /// Paths that could not be walked, with the reason.
    pub problems: Vec<(PathBuf, String)>,
    /// Per configuration: the engine profile (rules, severities, settings).
    pub profiles: Vec<Profile>,
    /// One engine with every pack any configuration uses.
    pub engine: Engine,
    explicit_names: HashSet<String>,
    stdin_name: Option<String>,
    fail_on: Option<FailOn>,
}

/// Which drafts are checked, and under which configuration.
#[derive(Debug)]
struct Selection {
    /// The paths the user named (the current folder by default).
    paths: Vec<PathBuf>,
    /// The distinct configurations, and per configuration file (`None`: the defaults) its index.
    configs: Vec<Config>,
    by_path: HashMap<Option<PathBuf>, usize>,
    filters: Vec<Option<FileFilter>>,
    /// Files named on the command line (always checked unless `--force-exclude`).
    explicit: HashSet<PathBuf>,
    stdin_filename: Option<PathBuf>,
    force_exclude: bool,
    isolated: bool,
    config: Option<PathBuf>,
}

impl Settings {
    /// The paths `args` names (the current folder by default).
    pub fn paths(args: &CheckArgs) -> Vec<PathBuf> {
        if args.paths.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            args.paths.clone()
        }
    }

    /// The drafts `args` names, walked (paths that cannot be read are left out): for a check
    /// that must look at every input before anything is written (`--output-file`).
    pub fn walk(args: &CheckArgs) -> Inputs {
        Inputs::new(&Self::paths(args), true, args.stdin_filename.as_ref())
    }

    /// Resolves the settings of `args`: one walk over the inputs finds each draft's
    /// configuration (and counts the drafts), then the engine is loaded; an error is the whole
    /// text to print on standard error.
    pub fn resolve(args: &CheckArgs, color_err: bool) -> Result<Settings, String> {
        let fail = |e: &dyn std::fmt::Display| format!("credcheck: error: {e}\n");
        let paths = Self::paths(args);
        let explicit: HashSet<PathBuf> = paths.iter().filter(|p| !p.is_dir()).cloned().collect();
        let explicit_names = explicit.iter().map(|p| p.display().to_string()).collect();
        let mut select = Selection {
            paths,
            configs: Vec::new(),
            by_path: HashMap::new(),
            filters: Vec::new(),
            explicit,
            stdin_filename: args.stdin_filename.clone(),
            force_exclude: args.force_exclude,
            isolated: args.isolated,
            config: args.config.clone(),
        };
        let mut count = 0;
        let mut finder = config::Finder::default();
        let mut inputs = Self::walk(args);
        for origin in inputs.by_ref() {
            let path = select.config_path(&mut finder, &origin);
            let ci = match select.by_path.get(&path) {
                Some(&ci) => ci,
                None => select.add_config(args, path).map_err(|e| fail(&e))?,
            };
            if select.admits(&origin, ci) {
                count += 1;
            }
        }
        if select.configs.is_empty() {
            select.add_config(args, None).map_err(|e| fail(&e))?;
        }
        let engine = load_engine(&select.configs, color_err)?;
        for config in &select.configs {
            config.validate(&engine).map_err(|e| fail(&e))?;
        }
        let profiles = select.configs.iter().map(|c| c.profile(&engine)).collect();
        Ok(Settings {
            select,
            count,
            problems: inputs.problems,
            profiles,
            engine,
            explicit_names,
            stdin_name: args
                .stdin_filename
                .as_ref()
                .map(|p| p.display().to_string()),
            fail_on: args.fail_on,
        })
    }

    /// The distinct configurations of the run's drafts.
    pub fn configs(&self) -> &[Config] {
        &self.select.configs
    }

    /// The drafts to check, walked afresh in report order, each with the configuration that
    /// applies to it (its `extensions`, `include` and `exclude` applied to drafts found in
    /// folders; the globs also to named files with `--force-exclude`). A draft under a
    /// configuration file that appeared after the first walk is an error (`Err`, the message):
    /// its settings were never read.
    pub fn drafts(&self) -> impl Iterator<Item = Result<(Origin, usize), String>> + Send + '_ {
        let select = &self.select;
        let mut finder = config::Finder::default();
        Inputs::new(&select.paths, true, select.stdin_filename.as_ref()).filter_map(move |origin| {
            let path = select.config_path(&mut finder, &origin);
            match select.by_path.get(&path) {
                Some(&ci) => select.admits(&origin, ci).then_some(Ok((origin, ci))),
                None => Some(Err(format!(
                    "{}: the configuration {} appeared while the run was starting; run \
                         again to check this draft with it",
                    origin.display(),
                    path.map_or_else(String::new, |p| p.display().to_string())
                ))),
            }
        })
    }

    /// Was the draft shown as `name` named by the user (so that not being a draft is an error,
    /// not a skip)?
    pub fn named(&self, name: &str) -> bool {
        name == "-"
            || self.explicit_names.contains(name)
            || self.stdin_name.as_deref() == Some(name)
    }

    /// The lowest severity that fails the run for drafts of configuration `ci` (`--fail-on`
    /// wins over the configuration's; warnings by default).
    pub fn fail_threshold(&self, ci: usize) -> Option<Severity> {
        self.fail_on
            .or(self.select.configs[ci].fail_on)
            .map_or(Some(Severity::Warning), FailOn::threshold)
    }

    /// The size limit for drafts of configuration `ci`.
    pub fn max_bytes(&self, ci: usize) -> u64 {
        self.select.configs[ci]
            .max_file_size
            .unwrap_or(crate::DEFAULT_MAX_BYTES)
    }
}

impl Selection {
    /// Reads the configuration at `path` (`None`: the defaults), with the command line's packs
    /// and selection applied, and its file filter; returns its index.
    fn add_config(
        &mut self,
        args: &CheckArgs,
        path: Option<PathBuf>,
    ) -> Result<usize, config::ConfigError> {
        let mut config = match (&path, &args.config) {
            (Some(p), Some(_)) => Config::load(p)?,
            (Some(p), None) => Config::load_discovered(p)?,
            (None, _) => Config::defaults(),
        };
        // Command-line packs add to the configuration's; `--no-builtin` wins.
        config.packs.extend(args.rule_source.rules.iter().cloned());
        config.apply_selection(&args.select, &args.extend_select, &args.ignore);
        if args.rule_source.no_builtin {
            config.builtin = false;
        }
        self.filters.push(config.file_filter()?);
        self.configs.push(config);
        self.by_path.insert(path, self.configs.len() - 1);
        Ok(self.configs.len() - 1)
    }

    /// The configuration file for a draft: none with `--isolated` (the defaults), the one
    /// `--config` names, or the nearest `credcheck.toml` above the draft.
    fn config_path(&self, finder: &mut config::Finder, origin: &Origin) -> Option<PathBuf> {
        if self.isolated {
            None
        } else if let Some(c) = &self.config {
            Some(c.clone())
        } else {
            finder.nearest(&folder_of(origin))
        }
    }

    /// Is `origin` checked under configuration `ci`?
    fn admits(&self, origin: &Origin, ci: usize) -> bool {
        match origin {
            Origin::File(p) if !self.force_exclude && self.explicit.contains(p) => true,
            Origin::File(p) => {
                // Found in a folder: a draft by the configuration's `extensions` (or the
                // default ones), and admitted by its `include`/`exclude`. Named with
                // `--force-exclude`: the globs only.
                let walked = !self.explicit.contains(p);
                (!walked || self.configs[ci].reads_extension(p))
                    && self.filters[ci].as_ref().is_none_or(|f| f.admits(p))
            }
            Origin::Stdin(_) => true,
        }
    }
}

/// The folder whose configuration applies to a draft (for standard input, the folder of
/// `--stdin-filename`, else the current one).
fn folder_of(origin: &Origin) -> PathBuf {
    let parent = match origin {
        Origin::File(p) => p.parent(),
        Origin::Stdin(name) => name.as_deref().and_then(Path::parent),
    };
    parent
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// One engine with every pack any configuration uses (each configuration's profile then
/// reports only its own packs' rules).
fn load_engine(configs: &[Config], color_err: bool) -> Result<Engine, String> {
    let any_builtin = configs.iter().any(|c| c.builtin);
    let mut union: Vec<PathBuf> = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    for p in configs.iter().flat_map(|c| &c.packs) {
        let canonical = p.canonicalize().unwrap_or_else(|_| p.clone());
        if !seen.contains(&canonical) {
            seen.push(canonical);
            union.push(p.clone());
        }
    }
    crate::rules_load::load_engine(any_builtin, &union, color_err).map_err(|e| e.0)
}
