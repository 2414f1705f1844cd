//! The one place `check` settles what it will do: the inputs, each draft's configuration
//! (defaults ← the nearest `credcheck.toml` ← command-line flags), the engine holding every pack
//! any configuration uses, and per configuration its engine profile and file filter.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use credcheck_rules::{Engine, Profile, Severity};

use crate::args::CheckArgs;
use crate::config::{self, Config, FailOn, FileFilter};
use crate::input::Origin;

/// Everything `check` needs, resolved once before any draft is read.
#[derive(Debug)]
pub struct Settings {
    /// Drafts to read, in the order they were found.
    pub inputs: Vec<Origin>,
    /// Paths that could not be walked, with the reason.
    pub problems: Vec<(PathBuf, String)>,
    /// The distinct configurations; `which[i]` is the one of `inputs[i]`.
    pub configs: Vec<Config>,
    which: Vec<usize>,
    /// Per configuration: the engine profile (rules, severities, settings).
    pub profiles: Vec<Profile>,
    filters: Vec<Option<FileFilter>>,
    /// One engine with every pack any configuration uses.
    pub engine: Engine,
    /// Files named on the command line (always checked unless `--force-exclude`).
    explicit: HashSet<PathBuf>,
    explicit_names: HashSet<String>,
    stdin_name: Option<String>,
    force_exclude: bool,
    fail_on: Option<FailOn>,
}

impl Settings {
    /// The paths `args` names (the current folder by default), walked into drafts; paths that
    /// cannot be walked are returned with the reason.
    pub fn inputs(args: &CheckArgs) -> (Vec<Origin>, Vec<(PathBuf, String)>) {
        let (mut inputs, problems) = crate::walk::collect_inputs(&Self::paths(args), true);
        for origin in &mut inputs {
            if let Origin::Stdin(name) = origin {
                name.clone_from(&args.stdin_filename);
            }
        }
        (inputs, problems)
    }

    fn paths(args: &CheckArgs) -> Vec<PathBuf> {
        if args.paths.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            args.paths.clone()
        }
    }

    /// Resolves the settings of `args` for `inputs` (from [`Settings::inputs`]); an error is the
    /// whole text to print on standard error.
    pub fn resolve(
        args: &CheckArgs,
        (inputs, problems): (Vec<Origin>, Vec<(PathBuf, String)>),
        color_err: bool,
    ) -> Result<Settings, String> {
        let fail = |e: &dyn std::fmt::Display| format!("credcheck: error: {e}\n");
        let (configs, which) = configs_for(args, &inputs).map_err(|e| fail(&e))?;
        let engine = load_engine(&configs, color_err)?;
        for config in &configs {
            config.validate(&engine).map_err(|e| fail(&e))?;
        }
        let profiles = configs.iter().map(|c| c.profile(&engine)).collect();
        let filters = configs
            .iter()
            .map(Config::file_filter)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| fail(&e))?;
        let explicit: HashSet<PathBuf> = Self::paths(args)
            .into_iter()
            .filter(|p| !p.is_dir())
            .collect();
        let explicit_names = explicit.iter().map(|p| p.display().to_string()).collect();
        Ok(Settings {
            inputs,
            problems,
            configs,
            which,
            profiles,
            filters,
            engine,
            explicit,
            explicit_names,
            stdin_name: args
                .stdin_filename
                .as_ref()
                .map(|p| p.display().to_string()),
            force_exclude: args.force_exclude,
            fail_on: args.fail_on,
        })
    }

    /// The drafts to check, each with the configuration that applies to it (its `extensions`,
    /// `include` and `exclude` applied to drafts found in folders; the globs also to named
    /// files with `--force-exclude`).
    pub fn drafts(&self) -> impl Iterator<Item = (&Origin, usize)> {
        self.inputs
            .iter()
            .zip(&self.which)
            .filter(|&(origin, &ci)| match origin {
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
            })
            .map(|(origin, &ci)| (origin, ci))
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
            .or(self.configs[ci].fail_on)
            .map_or(Some(Severity::Warning), FailOn::threshold)
    }

    /// The size limit for drafts of configuration `ci`.
    pub fn max_bytes(&self, ci: usize) -> u64 {
        self.configs[ci]
            .max_file_size
            .unwrap_or(crate::DEFAULT_MAX_BYTES)
    }
}

/// The configuration for each input: `--isolated` (defaults), `--config` (one file), or the
/// nearest `credcheck.toml` above each draft, with the command line's packs and selection
/// applied. Returns the distinct configurations and, per input, the index of its own.
fn configs_for(
    args: &CheckArgs,
    inputs: &[Origin],
) -> Result<(Vec<Config>, Vec<usize>), config::ConfigError> {
    let with_flags = |mut config: Config| {
        // Command-line packs add to the configuration's; `--no-builtin` wins.
        config.packs.extend(args.rule_source.rules.iter().cloned());
        config.apply_selection(&args.select, &args.extend_select, &args.ignore);
        if args.rule_source.no_builtin {
            config.builtin = false;
        }
        config
    };
    let mut configs: Vec<Config> = Vec::new();
    let mut by_path: HashMap<Option<PathBuf>, usize> = HashMap::new();
    let mut finder = config::Finder::default();
    let mut which = Vec::with_capacity(inputs.len());
    for origin in inputs {
        let path = if args.isolated {
            None
        } else if let Some(c) = &args.config {
            Some(c.clone())
        } else {
            finder.nearest(&folder_of(origin))
        };
        let index = if let Some(&i) = by_path.get(&path) {
            i
        } else {
            let config = match (&path, &args.config) {
                (Some(p), Some(_)) => Config::load(p)?,
                (Some(p), None) => Config::load_discovered(p)?,
                (None, _) => Config::defaults(),
            };
            configs.push(with_flags(config));
            by_path.insert(path, configs.len() - 1);
            configs.len() - 1
        };
        which.push(index);
    }
    if inputs.is_empty() {
        configs.push(with_flags(Config::defaults()));
    }
    Ok((configs, which))
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
