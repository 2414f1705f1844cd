//! `credcheck check`: read drafts in parallel, run the engine, report, choose the exit code.

use credcheck_core::{Document, Format, LineCol, SourcingSummary, Span};
use std::sync::Arc;

use credcheck_rules::{Engine, Profile, RuleInfo, Severity};
use rayon::prelude::*;

use crate::input::{Origin, ReadProblem, with_document};
use crate::wire::{WireAttribution, WireSourcing};

/// One finding, placed in its file: everything a reporter shows.
#[derive(Debug, Clone)]
pub struct Placed {
    /// What is shown about the rule (id, pack, category, docs).
    pub info: Arc<RuleInfo>,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    /// Line and column of the span's start and end.
    pub start: LineCol,
    pub end: LineCol,
    /// Words to consider instead of the highlighted ones (the rule's suggestions).
    pub suggestions: Vec<String>,
    /// Other words the finding concerns (the followed finding of a `when` rule).
    pub related: Vec<Span>,
}

/// The outcome for one draft that was read.
#[derive(Debug)]
pub struct FileReport {
    pub path: String,
    pub source: String,
    pub findings: Vec<Placed>,
    /// Findings the draft's suppressions dropped.
    pub suppressed: usize,
    /// The attribution analysis, kept only for outputs that show it (JSON).
    pub sourcing: Sourcing,
    /// Has a finding at or above the `fail-on` severity that applies to this draft (set once
    /// its configuration is applied): what makes the run exit 1, and a JUnit failure.
    pub fails: bool,
}

/// How every draft of one configuration is checked.
#[derive(Debug, Clone, Copy)]
pub struct Job<'a> {
    pub engine: &'a Engine,
    /// The configuration's rules, severities and settings.
    pub profile: &'a Profile,
    /// Read every draft as this format (`--input-format`), else by extension.
    pub forced: Option<Format>,
    /// Drafts larger than this are not read.
    pub max_bytes: u64,
    /// Keep the attribution analysis for the output (JSON).
    pub with_sourcing: bool,
}

/// Everything a run produced.
#[derive(Debug, Default)]
pub struct RunReport {
    pub files: Vec<FileReport>,
    /// Drafts that could not be read (exit code 2), as messages.
    pub errors: Vec<String>,
    /// Drafts skipped on purpose (binary, too large), as messages.
    pub skipped: Vec<String>,
}

/// Counts by severity.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl RunReport {
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for f in self.files.iter().flat_map(|f| &f.findings) {
            match f.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }

    /// Findings suppressed by comments in the drafts.
    pub fn suppressed(&self) -> usize {
        self.files.iter().map(|f| f.suppressed).sum()
    }

    pub fn finding_count(&self) -> usize {
        self.files.iter().map(|f| f.findings.len()).sum()
    }
}

/// Checks every input in parallel; output order is by path, then position, whatever the
/// scheduling. A file that is not a draft (binary, too large) is an error when `named` says the
/// user named it, and skipped with a notice when it was found in a folder.
/// `with_sourcing` keeps each file's attributions and sourcing summary for the output.
pub fn run_check(
    job: &Job<'_>,
    inputs: &[Origin],
    progress: Option<&indicatif::ProgressBar>,
    named: &dyn Fn(&str) -> bool,
) -> RunReport {
    let results: Vec<Result<FileReport, ReadProblem>> = inputs
        .par_iter()
        .map(|origin| {
            let r = check_one(job, origin);
            if let Some(bar) = progress {
                bar.inc(1);
            }
            r
        })
        .collect();
    let mut report = RunReport::default();
    for r in results {
        match r {
            Ok(f) => report.files.push(f),
            Err(ReadProblem::Error(m)) => report.errors.push(m),
            Err(ReadProblem::NotADraft { name, reason }) => {
                if named(&name) {
                    report.errors.push(format!("{name}: {reason}"));
                } else {
                    report.skipped.push(format!("{name}: skipped: {reason}"));
                }
            }
        }
    }
    report
}

/// A progress bar on standard error for `total` drafts.
pub fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} checking {pos}/{len} drafts [{bar:30}] {eta} left",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

fn check_one(job: &Job<'_>, origin: &Origin) -> Result<FileReport, ReadProblem> {
    let (findings, suppressed, sourcing, source) =
        with_document(origin, job.forced, job.max_bytes, |doc| {
            analyse(job.engine, job.profile, doc, job.with_sourcing)
        })?;
    Ok(FileReport {
        path: origin.display(),
        source,
        findings,
        suppressed,
        sourcing,
        fails: false,
    })
}

type Sourcing = Option<(Vec<WireAttribution>, WireSourcing)>;

/// Runs the engine and places the findings in the text; gives the text back (it was moved into
/// the document rather than copied: a long draft is held once).
fn analyse(
    engine: &Engine,
    profile: &Profile,
    doc: Document,
    with_sourcing: bool,
) -> (Vec<Placed>, usize, Sourcing, String) {
    let checked = engine.check_with(&doc, profile);
    let found = checked.findings;
    let offsets: Vec<usize> = found
        .iter()
        .flat_map(|f| [f.span.start, f.span.end])
        .collect();
    let positions = doc.line_cols(&offsets);
    let findings = found
        .into_iter()
        .zip(positions.chunks_exact(2))
        .map(|(f, pos)| Placed {
            info: f.info,
            severity: f.severity,
            span: f.span,
            message: f.message,
            start: pos[0],
            end: pos[1],
            suggestions: f.suggestions,
            related: f.related,
        })
        .collect();
    let sourcing = with_sourcing.then(|| {
        (
            WireAttribution::all(&doc),
            WireSourcing::from(&SourcingSummary::of(&doc)),
        )
    });
    (findings, checked.suppressed, sourcing, doc.into_source())
}
