//! `credcheck check`: settle the settings, check each configuration's drafts in parallel,
//! report, and choose the exit code.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::IsTerminal;

use credcheck_rules::Severity;

use crate::args::{CheckArgs, OutputFormat, ProgressChoice};
use crate::check::{self, RunReport};
use crate::input::Origin;
use crate::report::Reporter;
use crate::settings::Settings;
use crate::{exit, output, term};

/// Stack for each worker thread (the default is 2 MiB).
const WORKER_STACK: usize = 16 * 1024 * 1024;

pub fn run_check(args: &CheckArgs) -> anyhow::Result<u8> {
    let color_err = args.color.enabled(std::io::stderr().is_terminal());
    let inputs = Settings::inputs(args);
    if let Some(out) = &args.output_file {
        let drafts = inputs.0.iter().filter_map(|o| match o {
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
    let settings = match Settings::resolve(args, inputs, color_err) {
        Ok(s) => s,
        Err(text) => {
            eprint!("{text}");
            return Ok(exit::ERROR);
        }
    };
    let (report, failing) = check_all(args, &settings);
    print_notices(args, &report);
    let mut text = render(args, &report);
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
    } else if !output::write_stdout(&text)? {
        return Ok(exit::OK); // the reader went away (`| head`): stop quietly
    }
    Ok(if !report.errors.is_empty() {
        exit::ERROR
    } else if failing && !args.exit_zero {
        exit::FINDINGS
    } else {
        exit::OK
    })
}

/// Checks every configuration's drafts; returns the report (files sorted by path) and whether a
/// draft fails its configuration's `fail-on`.
fn check_all(args: &CheckArgs, settings: &Settings) -> (RunReport, bool) {
    // A global pool sized once (`--jobs 0` means the default), with room on each worker's stack
    // for the deepest analysis of a hostile draft.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .stack_size(WORKER_STACK)
        .build_global();
    let show_progress = args.progress == ProgressChoice::Auto
        && std::io::stderr().is_terminal()
        && settings.inputs.len() >= 100;
    let progress = show_progress.then(|| check::progress_bar(settings.inputs.len() as u64));
    let with_sourcing = args.format == OutputFormat::Json;
    let mut report = RunReport::default();
    let mut failing = false;
    for ci in 0..settings.configs.len() {
        let group = settings.group(ci);
        if group.is_empty() {
            continue;
        }
        let job = check::Job {
            engine: &settings.engine,
            profile: &settings.profiles[ci],
            forced: args.input_format,
            max_bytes: settings.max_bytes(ci),
            with_sourcing,
        };
        let mut part = check::run_check(&job, &group, progress.as_ref(), &|name| {
            settings.named(name)
        });
        let threshold = settings.fail_threshold(ci);
        for file in &mut part.files {
            file.fails = threshold.is_some_and(|t| file.findings.iter().any(|f| f.severity >= t));
            failing |= file.fails;
        }
        report.files.append(&mut part.files);
        report.errors.append(&mut part.errors);
        report.skipped.append(&mut part.skipped);
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    report.files.sort_by(|a, b| a.path.cmp(&b.path));
    for (path, reason) in &settings.problems {
        report.errors.push(format!("{}: {reason}", path.display()));
    }
    (report, failing)
}

/// Skipped files (unless `--quiet`) and errors, on standard error.
fn print_notices(args: &CheckArgs, report: &RunReport) {
    if !args.quiet {
        for msg in &report.skipped {
            eprintln!("credcheck: {}", term::escape(msg));
        }
        if !report.skipped.is_empty() {
            let n = report.skipped.len();
            eprintln!(
                "credcheck: {n} file{} skipped in folders (binary or over the size limit)",
                if n == 1 { "" } else { "s" }
            );
        }
    }
    for msg in &report.errors {
        eprintln!("credcheck: error: {}", term::escape(msg));
    }
}

/// The report in the chosen format.
fn render(args: &CheckArgs, report: &RunReport) -> String {
    use crate::report::{Concise, Full, Github, Json, JsonLines, Junit, Sarif};
    let to_terminal = args.output_file.is_none() && std::io::stdout().is_terminal();
    match args.format {
        OutputFormat::Full => Full {
            color: args.color.enabled(to_terminal),
            summary: !args.quiet,
        }
        .render(report),
        OutputFormat::Json => Json.render(report),
        OutputFormat::Concise => Concise.render(report),
        OutputFormat::JsonLines => JsonLines.render(report),
        OutputFormat::Sarif => Sarif.render(report),
        OutputFormat::Github => Github.render(report),
        OutputFormat::Junit => Junit.render(report),
    }
}

/// `--statistics`: findings per rule, most frequent first.
fn statistics(report: &RunReport) -> String {
    let mut counts: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
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
