//! `credcheck`: lint news drafts for sourcing credibility.
//!
//! Data flow: arguments (clap) → rules (built-in packs + `--rules`) → inputs (files, folders
//! walked with `ignore`, `-`) → rayon: read → `Document::parse` → `Engine::check` → sort by path
//! → reporter → exit code. Only this crate touches the terminal and the file system.

mod args;
mod check;
mod config;
mod exit;
mod fsread;
mod guard;
mod init;
mod input;
mod inspect;
mod output;
mod report;
mod rules_cmd;
mod rules_load;
mod sources;
mod term;
mod walk;
mod wire;

use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use credcheck_core::{Document, Format};
use credcheck_rules::Severity;

use crate::args::{
    CheckArgs, Cli, Command, ConfigArgs, DraftArgs, InspectArgs, InspectFormat, OutputFormat,
    ProgressChoice, RulesCommand,
};
use crate::input::{Origin, ReadProblem};
use crate::output::write_stdout;
use crate::report::Reporter;

/// Stack for each worker thread (the default is 2 MiB).
const WORKER_STACK: usize = 16 * 1024 * 1024;

/// Default limit on the size of one draft (10 MB): larger files are reported and skipped.
pub(crate) const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// The clap command, with every subcommand's version shown as `credcheck 0.1.0` (not
/// `credcheck-check 0.1.0`).
fn command() -> clap::Command {
    fn named(cmd: clap::Command) -> clap::Command {
        cmd.display_name("credcheck").mut_subcommands(named)
    }
    <Cli as clap::CommandFactory>::command().mut_subcommands(named)
}

/// The `credcheck` command line: parses the arguments of this process, runs the command and
/// returns its exit code. The `credcheck` binary (and the pre-commit hook's) is this one call.
#[must_use]
pub fn main() -> ExitCode {
    guard::install();
    if output::stdout_was_closed() && !std::env::args_os().any(|a| a == "--output-file") {
        eprintln!(
            "credcheck: error: standard output is closed, so the report would be lost; \
             redirect it (`> report.txt`) or use `check --output-file`"
        );
        return ExitCode::from(exit::ERROR);
    }
    let parsed = command()
        .try_get_matches()
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::ERROR
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(args) => run_check(&args),
        Command::Inspect(args) => run_inspect(&args),
        Command::Sources(args) => run_sources(&args),
        Command::Rules(RulesCommand::Test { paths, no_builtin }) => {
            rules_cmd::run_rules_test(&paths, !no_builtin)
        }
        Command::Rules(RulesCommand::List {
            rule_source,
            pack,
            category,
        }) => rules_cmd::run_rules_list(
            &rule_source.rules,
            !rule_source.no_builtin,
            pack.as_deref(),
            category.as_deref(),
        ),
        Command::Rules(RulesCommand::Explain { id, rule_source }) => {
            rules_cmd::run_rules_explain(&rule_source.rules, !rule_source.no_builtin, &id)
        }
        Command::Config(args) => run_config(&args),
        Command::Init { dir } => init::run_init(dir.as_deref()),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cmd, "credcheck", &mut out);
            write_stdout(&String::from_utf8_lossy(&out))
                .map(|_| exit::OK)
                .map_err(anyhow::Error::from)
        }
        Command::Manpage { dir: Some(dir) } => {
            let cmd = <Cli as clap::CommandFactory>::command();
            std::fs::create_dir_all(&dir)
                .and_then(|()| clap_mangen::generate_to(cmd, &dir))
                .map(|()| {
                    eprintln!("credcheck: wrote the man pages to {}", dir.display());
                    exit::OK
                })
                .map_err(|e| {
                    anyhow::anyhow!("cannot write the man pages to {}: {e}", dir.display())
                })
        }
        Command::Manpage { dir: None } => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            match clap_mangen::Man::new(cmd).render(&mut out) {
                Ok(()) => write_stdout(&String::from_utf8_lossy(&out))
                    .map(|_| exit::OK)
                    .map_err(anyhow::Error::from),
                Err(e) => Err(e.into()),
            }
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("credcheck: error: {e:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}

fn run_config(args: &ConfigArgs) -> anyhow::Result<u8> {
    let _ = args.show;
    let config = if let Some(path) = &args.config {
        config::Config::load(path)
    } else {
        let path = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
        let dir = if path.is_dir() {
            path
        } else {
            path.parent()
                .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf)
        };
        match config::Finder::default().nearest(&dir) {
            Some(found) => config::Config::load_discovered(&found),
            None => Ok(config::Config::defaults()),
        }
    };
    match config {
        Ok(c) => {
            write_stdout(&config::show(&c))?;
            Ok(exit::OK)
        }
        Err(e) => {
            eprintln!("credcheck: error: {e}");
            Ok(exit::ERROR)
        }
    }
}

/// The configuration for each input: `--isolated` (defaults), `--config` (one file), or the
/// nearest `credcheck.toml` above each draft. Returns the distinct configurations and, per
/// input, the index of its configuration.
fn configs_for(
    args: &CheckArgs,
    inputs: &[input::Origin],
) -> Result<(Vec<config::Config>, Vec<usize>), config::ConfigError> {
    let mut configs: Vec<config::Config> = Vec::new();
    let mut by_path: std::collections::HashMap<Option<PathBuf>, usize> =
        std::collections::HashMap::new();
    let mut finder = config::Finder::default();
    let mut which = Vec::with_capacity(inputs.len());
    for origin in inputs {
        let path = if args.isolated {
            None
        } else if let Some(c) = &args.config {
            Some(c.clone())
        } else {
            let dir = match origin {
                Origin::File(p) => p
                    .parent()
                    .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf),
                Origin::Stdin(name) => name
                    .as_deref()
                    .and_then(std::path::Path::parent)
                    .filter(|p| !p.as_os_str().is_empty())
                    .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf),
            };
            finder.nearest(&dir)
        };
        let index = if let Some(&i) = by_path.get(&path) {
            i
        } else {
            let mut config = match (&path, &args.config) {
                (Some(p), Some(_)) => config::Config::load(p)?,
                (Some(p), None) => config::Config::load_discovered(p)?,
                (None, _) => config::Config::defaults(),
            };
            // Command-line packs add to the configuration's; `--no-builtin` wins.
            config.packs.extend(args.rule_source.rules.iter().cloned());
            config.apply_selection(&args.select, &args.extend_select, &args.ignore);
            if args.rule_source.no_builtin {
                config.builtin = false;
            }
            configs.push(config);
            by_path.insert(path, configs.len() - 1);
            configs.len() - 1
        };
        which.push(index);
    }
    if inputs.is_empty() {
        let mut config = config::Config::defaults();
        config.packs.extend(args.rule_source.rules.iter().cloned());
        config.apply_selection(&args.select, &args.extend_select, &args.ignore);
        config.builtin = !args.rule_source.no_builtin;
        configs.push(config);
    }
    Ok((configs, which))
}

fn run_check(args: &CheckArgs) -> anyhow::Result<u8> {
    let color_err = args.color.enabled(std::io::stderr().is_terminal());
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (mut inputs, problems) = walk::collect_inputs(&paths);
    for origin in &mut inputs {
        if let Origin::Stdin(name) = origin {
            name.clone_from(&args.stdin_filename);
        }
    }
    if let Some(out) = &args.output_file {
        let drafts = inputs.iter().filter_map(|o| match o {
            Origin::File(p) => Some(p.as_path()),
            Origin::Stdin(_) => None,
        });
        if let Err(e) = output::refuse_if_input(out, drafts) {
            eprintln!("credcheck: error: {e}");
            return Ok(exit::ERROR);
        }
        // A run that ends before its report is written must not leave the last run's report
        // to be read as this one's.
        output::remove_stale_report(out);
    }
    let (configs, which) = match configs_for(args, &inputs) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("credcheck: error: {e}");
            return Ok(exit::ERROR);
        }
    };
    // One engine holds every pack any configuration uses; each configuration then keeps the
    // findings of its own packs.
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
    let engine = match rules_load::load_engine(any_builtin, &union, color_err) {
        Ok(engine) => engine,
        Err(e) => {
            eprint!("{}", e.0);
            return Ok(exit::ERROR);
        }
    };
    for config in &configs {
        if let Err(e) = config.validate(&engine) {
            eprintln!("credcheck: error: {e}");
            return Ok(exit::ERROR);
        }
    }
    let profiles: Vec<credcheck_rules::Profile> =
        configs.iter().map(|c| c.profile(&engine)).collect();
    // Files named on the command line are always checked; walked ones obey include/exclude.
    let explicit: std::collections::HashSet<&PathBuf> =
        paths.iter().filter(|p| !p.is_dir()).collect();
    let explicit_names: std::collections::HashSet<String> =
        explicit.iter().map(|p| p.display().to_string()).collect();
    let stdin_name = args
        .stdin_filename
        .as_ref()
        .map(|p| p.display().to_string());
    let named = |name: &str| {
        name == "-" || explicit_names.contains(name) || stdin_name.as_deref() == Some(name)
    };
    let mut filters = Vec::with_capacity(configs.len());
    for config in &configs {
        match config.file_filter() {
            Ok(f) => filters.push(f),
            Err(e) => {
                eprintln!("credcheck: error: {e}");
                return Ok(exit::ERROR);
            }
        }
    }
    let with_sourcing = args.format == OutputFormat::Json;
    // A global pool sized once (`--jobs 0` means the default), with room on each worker's stack
    // for the deepest analysis of a hostile draft.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .stack_size(WORKER_STACK)
        .build_global();
    let show_progress = args.progress == ProgressChoice::Auto
        && std::io::stderr().is_terminal()
        && inputs.len() >= 100;
    let progress = show_progress.then(|| check::progress_bar(inputs.len() as u64));
    let mut report = check::RunReport::default();
    let mut failing = false;
    for (ci, config) in configs.iter().enumerate() {
        let group: Vec<input::Origin> = inputs
            .iter()
            .zip(&which)
            .filter(|&(origin, &w)| {
                w == ci
                    && match (origin, &filters[ci]) {
                        (Origin::File(p), Some(filter)) => {
                            (!args.force_exclude && explicit.contains(&p)) || filter.admits(p)
                        }
                        _ => true,
                    }
            })
            .map(|(o, _)| o.clone())
            .collect();
        if group.is_empty() {
            continue;
        }
        let mut part = check::run_check(
            &engine,
            &group,
            args.input_format,
            config.max_file_size.unwrap_or(DEFAULT_MAX_BYTES),
            &profiles[ci],
            with_sourcing,
            progress.as_ref(),
            &named,
        );
        let threshold = args
            .fail_on
            .or(config.fail_on)
            .map_or(Some(Severity::Warning), config::FailOn::threshold);
        for file in &mut part.files {
            file.fails = threshold.is_some_and(|t| file.findings.iter().any(|f| f.severity >= t));
            failing |= file.fails;
        }
        report.suppressed += part.suppressed;
        report.files.append(&mut part.files);
        report.errors.append(&mut part.errors);
        report.skipped.append(&mut part.skipped);
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    report.files.sort_by(|a, b| a.path.cmp(&b.path));
    for (path, reason) in &problems {
        report.errors.push(format!("{}: {reason}", path.display()));
    }
    for msg in report.skipped.iter().filter(|_| !args.quiet) {
        eprintln!("credcheck: {}", term::escape(msg));
    }
    if !report.skipped.is_empty() && !args.quiet {
        let n = report.skipped.len();
        eprintln!(
            "credcheck: {n} file{} skipped in folders (binary or over the size limit)",
            if n == 1 { "" } else { "s" }
        );
    }
    for msg in &report.errors {
        eprintln!("credcheck: error: {}", term::escape(msg));
    }
    let to_terminal = args.output_file.is_none() && std::io::stdout().is_terminal();
    let mut text = match args.format {
        OutputFormat::Full => report::Full {
            color: args.color.enabled(to_terminal),
            summary: !args.quiet,
        }
        .render(&report),
        OutputFormat::Json => report::Json.render(&report),
        OutputFormat::Concise => report::Concise.render(&report),
        OutputFormat::JsonLines => report::JsonLines.render(&report),
        OutputFormat::Sarif => report::Sarif.render(&report),
        OutputFormat::Github => report::Github.render(&report),
        OutputFormat::Junit => report::Junit.render(&report),
    };
    if args.statistics {
        let table = statistics(&report);
        // Human formats carry the table; machine formats keep stdout parseable.
        if matches!(args.format, OutputFormat::Full | OutputFormat::Concise) {
            text.push_str(&table);
        } else {
            eprint!("{table}");
        }
    }
    if let Some(path) = &args.output_file {
        if let Err(e) = output::write_report_file(path, &text) {
            eprintln!(
                "credcheck: error: cannot write the report to {}: {e}",
                path.display()
            );
            return Ok(exit::ERROR);
        }
    } else if !write_stdout(&text)? {
        return Ok(exit::OK); // the reader went away (`| head`): stop quietly
    }
    if !report.errors.is_empty() {
        return Ok(exit::ERROR);
    }
    if args.exit_zero {
        return Ok(exit::OK);
    }
    Ok(if failing { exit::FINDINGS } else { exit::OK })
}

/// `--statistics`: findings per rule, most frequent first.
fn statistics(report: &check::RunReport) -> String {
    let mut counts: std::collections::BTreeMap<&str, (usize, Severity)> =
        std::collections::BTreeMap::new();
    for f in report.files.iter().flat_map(|f| &f.findings) {
        counts.entry(&f.info.id).or_insert((0, f.severity)).0 += 1;
    }
    let mut rows: Vec<(&str, usize, Severity)> =
        counts.into_iter().map(|(id, (n, s))| (id, n, s)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(4).max(4);
    let mut out = format!("\n{:>6}  {:<width$}  severity\n", "count", "rule");
    for (id, n, severity) in rows {
        let _ = writeln!(out, "{n:>6}  {id:<width$}  {severity}");
    }
    out
}

/// Reads and parses each draft named on the command line and renders it with `render`, each in
/// its own guarded step, reporting those that cannot be read or fail; returns the renderings
/// and the exit code so far.
fn each_draft<T>(
    files: &[PathBuf],
    forced: Option<Format>,
    render: impl Fn(&Origin, &Document) -> T,
) -> (Vec<T>, u8) {
    let (origins, problems) = walk::collect_inputs(files);
    let mut code = exit::OK;
    for (path, reason) in &problems {
        eprintln!(
            "credcheck: error: {}: {reason}",
            term::escape(&path.display().to_string())
        );
        code = exit::ERROR;
    }
    let mut out = Vec::new();
    // The size limit is the nearest configuration's, as in `check`.
    let mut finder = config::Finder::default();
    let mut limits: std::collections::HashMap<PathBuf, u64> = std::collections::HashMap::new();
    for origin in origins {
        let dir = match &origin {
            Origin::File(p) => p
                .parent()
                .map(std::path::Path::to_path_buf)
                .unwrap_or_default(),
            Origin::Stdin(_) => PathBuf::from("."),
        };
        let limit = match finder.nearest(&dir) {
            Some(path) => {
                if let Some(&l) = limits.get(&path) {
                    l
                } else {
                    let l = config::Config::load_discovered(&path)
                        .ok()
                        .and_then(|c| c.max_file_size)
                        .unwrap_or(DEFAULT_MAX_BYTES);
                    limits.insert(path, l);
                    l
                }
            }
            None => DEFAULT_MAX_BYTES,
        };
        let rendered = input::with_document(&origin, forced, limit, |doc| render(&origin, &doc));
        match rendered {
            Ok(r) => out.push(r),
            Err(ReadProblem::Error(msg)) => {
                eprintln!("credcheck: error: {}", term::escape(&msg));
                code = exit::ERROR;
            }
            Err(ReadProblem::NotADraft { name, reason }) => {
                eprintln!("credcheck: error: {}: {reason}", term::escape(&name));
                code = exit::ERROR;
            }
        }
    }
    (out, code)
}

fn run_sources(args: &DraftArgs) -> anyhow::Result<u8> {
    let (text, code) = match args.format {
        InspectFormat::Text => {
            let (tables, code) = each_draft(&args.files, args.input_format, sources::sources_table);
            (term::escape(&tables.join("\n")).into_owned(), code)
        }
        InspectFormat::Json => {
            let (files, code) = each_draft(&args.files, args.input_format, sources::sources_file);
            let report = sources::SourcesReport { version: 1, files };
            (serde_json::to_string_pretty(&report)? + "\n", code)
        }
    };
    write_stdout(&text)?;
    Ok(code)
}

fn run_inspect(args: &InspectArgs) -> anyhow::Result<u8> {
    let drafts = &args.drafts;
    let (listing, code) = match drafts.format {
        InspectFormat::Text => {
            let (parts, code) = each_draft(&drafts.files, drafts.input_format, |draft, doc| {
                inspect::inspect_text(draft, doc, args.tokens)
            });
            (term::escape(&parts.join("\n")).into_owned(), code)
        }
        InspectFormat::Json => {
            let (files, code) =
                each_draft(&drafts.files, drafts.input_format, inspect::inspect_file);
            let report = inspect::InspectReport { version: 1, files };
            (serde_json::to_string_pretty(&report)? + "\n", code)
        }
    };
    write_stdout(&listing)?;
    Ok(code)
}
