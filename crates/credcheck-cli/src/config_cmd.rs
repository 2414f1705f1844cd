//! `credcheck config`: show the configuration that applies, resolved.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::args::ConfigArgs;
use crate::config::{Config, FailOn, Finder, Level};
use crate::exit;
use crate::output::write_stdout;

/// `credcheck config`: the configuration that applies to a path (or `--config`), resolved.
pub fn run_config(args: &ConfigArgs) -> anyhow::Result<u8> {
    let _ = args.show;
    let config = if let Some(path) = &args.config {
        Config::load(path)
    } else {
        let path = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
        let dir = if path.is_dir() {
            path
        } else {
            path.parent()
                .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf)
        };
        match Finder::default().nearest(&dir) {
            Some(found) => Config::load_discovered(&found),
            None => Ok(Config::defaults()),
        }
    };
    match config {
        Ok(c) => {
            write_stdout(&show(&c))?;
            Ok(exit::OK)
        }
        Err(e) => {
            eprintln!("credcheck: error: {e}");
            Ok(exit::ERROR)
        }
    }
}

/// `credcheck config --show`: the resolved configuration as TOML-like text.
pub fn show(config: &Config) -> String {
    let mut out = String::new();
    let list = |v: &[String]| {
        format!(
            "[{}]",
            v.iter()
                .map(|s| format!("{s:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    match &config.path {
        Some(_) => {
            out.push_str("# configuration files, nearest first:\n");
            for p in &config.chain {
                let _ = writeln!(out, "#   {}", p.display());
            }
        }
        None => out.push_str("# no configuration file: the defaults\n"),
    }
    let mut packs: Vec<String> = Vec::new();
    if config.builtin {
        packs.push("builtin".into());
    }
    packs.extend(config.packs.iter().map(|p| p.display().to_string()));
    let _ = writeln!(out, "packs = {}", list(&packs));
    match &config.select {
        Some(s) => {
            let _ = writeln!(out, "select = {}", list(s));
        }
        None => out.push_str("# select: every rule\n"),
    }
    let _ = writeln!(out, "ignore = {}", list(&config.ignore));
    let fail = config.fail_on.map_or("warning (default)", FailOn::name);
    let _ = writeln!(out, "fail-on = {fail:?}");
    let globs = |v: &[(PathBuf, String)]| {
        v.iter()
            .map(|(d, g)| format!("{}/{g}", d.display()))
            .collect::<Vec<_>>()
    };
    let _ = writeln!(out, "include = {}", list(&globs(&config.include)));
    let _ = writeln!(out, "exclude = {}", list(&globs(&config.exclude)));
    let _ = writeln!(
        out,
        "max-file-size = {}",
        config.max_file_size.unwrap_or(crate::DEFAULT_MAX_BYTES)
    );
    let extensions: Vec<String> = config.extensions.clone().unwrap_or_else(|| {
        credcheck_core::Format::DEFAULT_EXTENSIONS
            .iter()
            .map(|e| (*e).to_owned())
            .collect()
    });
    let _ = writeln!(out, "extensions = {}", list(&extensions));
    let _ = writeln!(
        out,
        "require-suppression-reason = {}",
        config.require_suppression_reason
    );
    out.push_str("\n[severity]\n");
    for (rule, level) in &config.severity {
        let level = match level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
            Level::Off => "off",
        };
        let _ = writeln!(out, "{rule} = {level:?}");
    }
    out.push_str("\n[settings]\n");
    for (k, v) in &config.settings {
        let _ = writeln!(out, "{k} = {v:?}");
    }
    out
}
