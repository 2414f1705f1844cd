//! `credcheck check`: settle the settings, check each configuration's drafts in parallel,
//! write the report as the drafts come in (in path order), and choose the exit code.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};

use credcheck_rules::Severity;

use crate::args::{CheckArgs, OutputFormat, ProgressChoice};
use crate::check::{self, FileReport, Job, Outcome, Task};
use crate::input::Origin;
use crate::report::{Reporter, Totals};
use crate::settings::Settings;
use crate::{exit, output, term};

/// Stack for each worker thread (the default is 2 MiB).
const WORKER_STACK: usize = 16 * 1024 * 1024;
/// Report text is handed to the output in pieces of about this size.
const WRITE_CHUNK: usize = 64 * 1024;

pub fn run_check(args: &CheckArgs) -> u8 {
    let color_err = args.color.enabled(std::io::stderr().is_terminal());
    if let Some(out) = &args.output_file {
        let drafts = Settings::walk(args).filter_map(|o| match o {
            Origin::File(p) => Some(p),
            Origin::Stdin(_) => None,
        });
        if let Err(e) = output::refuse_if_input(out, drafts) {
            eprintln!("credcheck: error: {e}");
            return exit::ERROR;
        }
        // A run that ends before its report is written must not leave the last run's report
        // to be read as this one's.
        output::remove_stale_report(out);
    }
    let settings = match Settings::resolve(args, color_err) {
        Ok(s) => s,
        Err(text) => {
            eprint!("{text}");
            return exit::ERROR;
        }
    };
    let jobs = jobs(args, &settings);
    // `--diff` shows the safe fixes and stops; `--fix` applies them, then the run reports
    // what remains.
    let fix_errors = match fixes_first(args, &settings, &jobs) {
        Ok(errors) => errors,
        Err(code) => return code,
    };
    let mut sink = match Sink::open(args) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("credcheck: error: {e}");
            return exit::ERROR;
        }
    };
    let mut errors = fix_errors;
    for (path, reason) in &settings.problems {
        eprintln!(
            "credcheck: error: {}",
            term::escape(&format!("{}: {reason}", path.display()))
        );
        errors += 1;
    }
    let mut reporter = reporter(args);
    let mut run = Run::default();
    reporter.begin(&mut sink.text);
    let show_progress = args.progress == ProgressChoice::Auto
        && std::io::stderr().is_terminal()
        && settings.count >= 100;
    let progress = show_progress.then(|| check::progress_bar(settings.count as u64));
    // A message on standard error, clear of the progress bar.
    let notice = |msg: String| match &progress {
        Some(bar) => bar.suspend(|| eprintln!("{msg}")),
        None => eprintln!("{msg}"),
    };
    let mut write_failed = None;
    let parts = reporter.parts();
    check::run_ordered(
        tasks(&settings, &jobs),
        parts.as_deref(),
        progress.as_ref(),
        &|name| settings.named(name),
        |outcome| {
            match outcome {
                Outcome::Checked(checked) => {
                    let (file, part) = *checked;
                    run.add(&file, args.statistics);
                    let deferred = part.deferred;
                    reporter.file(&file, part, &mut sink.text);
                    if let (true, Some(parts)) = (deferred, parts.as_deref()) {
                        // The part streams after what `file` wrote before it (a separator).
                        let mut out = SinkWriter {
                            sink: &mut sink,
                            pending: Vec::new(),
                        };
                        let streamed = parts.part_to(&file, &mut out);
                        match streamed.and_then(|()| out.flush()) {
                            Ok(()) => {}
                            // (The reader went away: stop, as a full sink does.)
                            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return false,
                            Err(e) => {
                                write_failed = Some(e);
                                return false;
                            }
                        }
                    }
                }
                Outcome::Error(m) => {
                    errors += 1;
                    notice(format!("credcheck: error: {}", term::escape(&m)));
                }
                Outcome::Skipped(m) => {
                    run.skipped += 1;
                    if !args.quiet {
                        notice(format!("credcheck: {}", term::escape(&m)));
                    }
                }
            }
            match sink.write_some() {
                Ok(open) => open,
                Err(e) => {
                    write_failed = Some(e);
                    false
                }
            }
        },
    );
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !args.quiet && run.skipped > 0 {
        let n = run.skipped;
        eprintln!(
            "credcheck: {n} file{} skipped in folders (binary or over the size limit)",
            if n == 1 { "" } else { "s" }
        );
    }
    reporter.end(&run.totals, &mut sink.text);
    if args.statistics {
        let table = statistics(&run.by_rule);
        // Human formats carry the table; machine formats keep stdout parseable.
        if matches!(args.format, OutputFormat::Full | OutputFormat::Concise) {
            sink.text.push_str(&table);
        } else {
            eprint!("{table}");
        }
    }
    let finished = match write_failed {
        Some(e) => Err(e),
        None => sink.finish(),
    };
    match finished {
        Ok(true) => {}
        Ok(false) => return exit::OK, // the reader went away (`| head`): stop quietly
        Err(e) => {
            match &args.output_file {
                Some(path) => eprintln!(
                    "credcheck: error: cannot write the report to {}: {e}",
                    path.display()
                ),
                None => eprintln!("credcheck: error: cannot write the report: {e}"),
            }
            return exit::ERROR;
        }
    }
    if errors > 0 {
        exit::ERROR
    } else if run.totals.failures > 0 && !args.exit_zero {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

/// `--diff`: the safe fixes shown, and the exit code (`Err`: the run ends here). `--fix`: the
/// safe fixes applied, and how many drafts could not be fixed. Neither: nothing.
fn fixes_first(args: &CheckArgs, settings: &Settings, jobs: &[Job<'_>]) -> Result<usize, u8> {
    if !(args.diff || args.fix) {
        return Ok(0);
    }
    let fixed = crate::fix::run(tasks(settings, jobs), args.diff);
    if args.diff {
        for (path, reason) in &settings.problems {
            eprintln!(
                "credcheck: error: {}",
                term::escape(&format!("{}: {reason}", path.display()))
            );
        }
        return Err(if fixed.errors > 0 || !settings.problems.is_empty() {
            exit::ERROR
        } else if fixed.fixes > 0 && !args.exit_zero {
            exit::FINDINGS
        } else {
            exit::OK
        });
    }
    if !args.quiet {
        eprintln!(
            "credcheck: fixed {} finding{} in {} file{}",
            fixed.fixes,
            if fixed.fixes == 1 { "" } else { "s" },
            fixed.files,
            if fixed.files == 1 { "" } else { "s" }
        );
    }
    Ok(fixed.errors)
}

/// What the run has reported so far.
#[derive(Default)]
struct Run {
    totals: Totals,
    skipped: usize,
    /// `--statistics`: findings per rule id, with the rule's severity.
    by_rule: BTreeMap<String, (usize, Severity)>,
}

impl Run {
    fn add(&mut self, file: &FileReport, statistics: bool) {
        self.totals.add(file);
        if statistics {
            for f in &file.findings {
                self.by_rule
                    .entry(f.info.id.clone())
                    .or_insert((0, f.severity))
                    .0 += 1;
            }
        }
    }
}

/// Writes a streamed part into the sink, whole characters at a time, the sink written out as
/// its chunks fill.
struct SinkWriter<'a> {
    sink: &'a mut Sink,
    /// Bytes of a character split between two writes.
    pending: Vec<u8>,
}

impl std::io::Write for SinkWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        // (Re-read only when a character was cut: the prefix before it is valid.)
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(text) => {
                self.sink.text.push_str(text);
                text.len()
            }
            Err(e) => {
                let valid = e.valid_up_to();
                self.sink
                    .text
                    .push_str(std::str::from_utf8(&self.pending[..valid]).unwrap_or_default());
                valid
            }
        };
        self.pending.drain(..valid);
        if !self.sink.write_some()? {
            return Err(std::io::ErrorKind::BrokenPipe.into());
        }
        Ok(buf.len())
    }

    /// (Bytes left that never made a character are an error, never dropped in silence.)
    fn flush(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            Ok(())
        } else {
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "the report held bytes that are not UTF-8",
            ))
        }
    }
}

/// Where the report goes: standard output or `--output-file`, written in pieces as the run goes.
struct Sink {
    /// Report text not yet written.
    text: String,
    /// Written once this much is pending (nothing waits on a terminal: the reader sees each
    /// file's findings as soon as they are reported).
    chunk: usize,
    to: Destination,
}

enum Destination {
    Stdout(std::io::StdoutLock<'static>),
    File(output::ReportFile),
}

impl Sink {
    fn open(args: &CheckArgs) -> std::io::Result<Sink> {
        let to = match &args.output_file {
            Some(path) => Destination::File(output::ReportFile::create(path).map_err(|e| {
                std::io::Error::new(
                    e.kind(),
                    format!("cannot write the report to {}: {e}", path.display()),
                )
            })?),
            None => Destination::Stdout(std::io::stdout().lock()),
        };
        let terminal = args.output_file.is_none() && std::io::stdout().is_terminal();
        Ok(Sink {
            text: String::new(),
            chunk: if terminal { 0 } else { WRITE_CHUNK },
            to,
        })
    }

    /// Writes the pending text once there is enough of it. `Ok(false)`: the reader of standard
    /// output went away.
    fn write_some(&mut self) -> std::io::Result<bool> {
        if self.text.is_empty() || self.text.len() < self.chunk {
            return Ok(true);
        }
        self.write_pending()
    }

    fn write_pending(&mut self) -> std::io::Result<bool> {
        let result = match &mut self.to {
            Destination::Stdout(out) => out.write_all(self.text.as_bytes()),
            Destination::File(f) => f.write(&self.text),
        };
        self.text.clear();
        match result {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Writes what is left and completes the report.
    fn finish(mut self) -> std::io::Result<bool> {
        if !self.write_pending()? {
            return Ok(false);
        }
        match self.to {
            Destination::Stdout(mut out) => match out.flush() {
                Ok(()) => Ok(true),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
                Err(e) => Err(e),
            },
            Destination::File(f) => f.finish().map(|()| true),
        }
    }
}

/// How each configuration's drafts are checked. Sizes the global pool once (`--jobs 0` means
/// the default), with room on each worker's stack for the deepest analysis of a hostile draft.
fn jobs<'s>(args: &CheckArgs, settings: &'s Settings) -> Vec<Job<'s>> {
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .stack_size(WORKER_STACK)
        .build_global();
    (0..settings.configs().len())
        .map(|ci| Job {
            engine: &settings.engine,
            profile: &settings.profiles[ci],
            reading: crate::input::Reading {
                forced: args.input_format,
                docx: args.docx_changes.view(),
            },
            max_bytes: settings.max_bytes(ci),
            with_sourcing: args.format == OutputFormat::Json,
            fail_threshold: settings.fail_threshold(ci),
        })
        .collect()
}

/// Every draft with its configuration's job, in report order, walked as they are taken: a run
/// over 200,000 files holds no list of them.
fn tasks<'s>(
    settings: &'s Settings,
    jobs: &'s [Job<'s>],
) -> impl Iterator<Item = Task<'s>> + Send + 's {
    settings.drafts().map(|d| match d {
        Ok((origin, ci)) => Task::Check(origin, &jobs[ci]),
        Err(m) => Task::Error(m),
    })
}

/// The reporter of the chosen format.
fn reporter(args: &CheckArgs) -> Box<dyn Reporter> {
    use crate::report::{Concise, Full, Github, Json, JsonLines, Junit, Sarif};
    let to_terminal = args.output_file.is_none() && std::io::stdout().is_terminal();
    match args.format {
        OutputFormat::Full => Box::new(Full::new(args.color.enabled(to_terminal), !args.quiet)),
        OutputFormat::Json => Box::new(Json::default()),
        OutputFormat::Concise => Box::new(Concise),
        OutputFormat::JsonLines => Box::new(JsonLines),
        OutputFormat::Sarif => Box::new(Sarif::default()),
        OutputFormat::Github => Box::new(Github),
        OutputFormat::Junit => Box::new(Junit::default()),
    }
}

/// `--statistics`: findings per rule, most frequent first.
fn statistics(by_rule: &BTreeMap<String, (usize, Severity)>) -> String {
    let mut rows: Vec<(&str, usize, Severity)> = by_rule
        .iter()
        .map(|(id, &(n, s))| (id.as_str(), n, s))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(4).max(4);
    let mut out = format!("\n{:>6}  {:<width$}  severity\n", "count", "rule");
    for (id, n, severity) in rows {
        let _ = writeln!(out, "{n:>6}  {id:<width$}  {severity}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streamed_part_reaches_the_sink_whole_characters_at_a_time() {
        // A character split between two writes waits for its last byte; what is written out is
        // the text, whatever the cuts.
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("report.json");
        let mut sink = Sink {
            text: String::new(),
            chunk: 8,
            to: Destination::File(output::ReportFile::create(&path).expect("created")),
        };
        let text = "«Évian» — déjà vu, 東京.";
        {
            let mut out = SinkWriter {
                sink: &mut sink,
                pending: Vec::new(),
            };
            for piece in text.as_bytes().chunks(3) {
                out.write_all(piece).expect("written");
            }
            assert!(out.pending.is_empty());
            out.flush().expect("nothing left over");
            // (The first byte of a character that never ends is an error at the end.)
            out.write_all(&[0xC3]).expect("held");
            assert!(out.flush().is_err());
            out.pending.clear();
        }
        assert!(sink.finish().expect("finished"));
        assert_eq!(std::fs::read_to_string(&path).expect("read back"), text);
    }
}
