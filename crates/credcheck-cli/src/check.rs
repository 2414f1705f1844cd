//! `credcheck check`: read drafts in parallel, run the engine, and hand each draft's report on
//! in order as soon as it is ready.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

use credcheck_core::{Document, Format, LineCol, Positions, SourcingSummary, Span};
use credcheck_rules::{Engine, Profile, RuleInfo, Severity};

use crate::input::{Origin, ReadProblem, Reading, Windowed, with_draft};
use crate::report::{Part, Parts};
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
    /// The safe replacement of the highlighted words, if the rule declares one.
    pub fix: Option<String>,
    /// Other words the finding concerns (the followed finding of a `when` rule).
    pub related: Vec<Span>,
}

/// `12:34`, or `¶12:34` for a Word file's paragraph and character.
#[must_use]
pub fn place(positions: Positions, at: LineCol) -> String {
    match positions {
        Positions::Lines => format!("{}:{}", at.line, at.column),
        Positions::Paragraphs => format!("¶{}:{}", at.line, at.column),
    }
}

/// The outcome for one draft that was read.
#[derive(Debug)]
pub struct FileReport {
    pub path: String,
    /// The text as read: the file itself, or the prose extracted from an HTML or Word file.
    pub source: String,
    /// How `Placed::start`/`end` count: lines and columns of the file, or (Word) paragraphs
    /// and characters.
    pub positions: Positions,
    /// The text was extracted from the file (HTML, Word): positions are in the file, spans
    /// in the text.
    pub extracted: bool,
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
    /// Read every draft as this format (`--input-format`), else by extension; Word files'
    /// tracked changes as `--docx-changes` says.
    pub reading: Reading,
    /// Drafts larger than this are not read.
    pub max_bytes: u64,
    /// Keep the attribution analysis for the output (JSON).
    pub with_sourcing: bool,
    /// Findings at or above this severity fail the draft (`fail-on`).
    pub fail_threshold: Option<Severity>,
}

/// One draft to check, under the configuration that applies to it — or, for a draft that
/// cannot be checked as the run was set up, the error to report in its place.
#[derive(Debug)]
pub enum Task<'a> {
    Check(Origin, &'a Job<'a>),
    Error(String),
}

/// What became of one draft.
#[derive(Debug)]
pub enum Outcome {
    /// Checked, with its part of the report if the reporter renders parts.
    Checked(Box<(FileReport, Part)>),
    /// Could not be read or checked (exit code 2): the message.
    Error(String),
    /// Skipped on purpose (binary, too large, found in a folder): the message.
    Skipped(String),
}

/// Counts by severity.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    pub fn add(&mut self, file: &FileReport) {
        for f in &file.findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }
}

/// How far past the first draft not yet reported a worker may start a draft: while one long
/// draft is checked, the other workers go on with the next ones (a story's report is a few
/// kilobytes), but stop there rather than pile up a whole archive's reports in memory.
const AHEAD: usize = 1024;
/// Reports ready in order before a worker wakes the reporter: waking a thread per draft cost
/// more than a short story's whole check.
const BATCH: usize = 32;
/// The longest the reporter waits before writing what is ready anyway (output keeps streaming
/// when drafts are slow).
const WAIT: std::time::Duration = std::time::Duration::from_millis(20);

/// Finished reports waiting for the reporter, and the first one it has not written yet.
#[derive(Default)]
struct Ready {
    waiting: BTreeMap<usize, Outcome>,
    due: usize,
    /// Every worker has stopped.
    finished: bool,
}

impl Ready {
    /// Are at least [`BATCH`] reports ready in order from the first not written?
    fn batch_due(&self) -> bool {
        self.waiting.range(self.due..self.due + BATCH).count() == BATCH
    }
}

/// Checks `tasks` on the thread pool and calls `emit` with each outcome in task order, as soon
/// as it and every task before it are done (within [`WAIT`]) — so output streams and only the
/// drafts in flight are held in memory, however many there are: the tasks themselves are taken
/// one at a time from their iterator (a folder walk), never listed. `emit` returns `false` to
/// stop the run (the reader of the output went away). Workers take the next task with its
/// number and wait before starting one more than [`AHEAD`] past the first unreported task, so
/// that at most that many finished reports wait for a slow one; they wake the reporter once a
/// batch is ready, not for every draft. A file that is not a draft (binary, too large) is an
/// error when `named` says the user named it, and skipped with a notice when it was found in a
/// folder.
pub fn run_ordered<'t>(
    tasks: impl Iterator<Item = Task<'t>> + Send,
    parts: Option<&dyn Parts>,
    progress: Option<&indicatif::ProgressBar>,
    named: &(dyn Fn(&str) -> bool + Sync),
    mut emit: impl FnMut(Outcome) -> bool,
) {
    // The next task and its number; `None` once the iterator is spent.
    let source = Mutex::new(Some((tasks, 0usize)));
    let reported = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let ready = Mutex::new(Ready::default());
    let wake = Condvar::new();
    std::thread::scope(|scope| {
        let (source, reported, stop, ready, wake) = (&source, &reported, &stop, &ready, &wake);
        scope.spawn(move || {
            rayon::broadcast(|_| {
                while !stop.load(Ordering::Relaxed) {
                    let (i, task) = {
                        let mut s = source.lock().unwrap_or_else(PoisonError::into_inner);
                        let Some((iter, n)) = s.as_mut() else { break };
                        let Some(task) = iter.next() else {
                            *s = None;
                            break;
                        };
                        *n += 1;
                        (*n - 1, task)
                    };
                    // The worker holding the first unreported task never waits here.
                    while i >= reported.load(Ordering::Acquire) + AHEAD
                        && !stop.load(Ordering::Relaxed)
                    {
                        std::thread::sleep(std::time::Duration::from_millis(1));
                    }
                    let outcome = check_task(task, parts, named);
                    if let Some(bar) = progress {
                        bar.inc(1);
                    }
                    let mut r = ready.lock().unwrap_or_else(PoisonError::into_inner);
                    r.waiting.insert(i, outcome);
                    if r.batch_due() {
                        wake.notify_one();
                    }
                }
            });
            let mut r = ready.lock().unwrap_or_else(PoisonError::into_inner);
            r.finished = true;
            wake.notify_one();
        });
        let mut r = ready.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            let mut batch = Vec::new();
            loop {
                let due = r.due;
                let Some(outcome) = r.waiting.remove(&due) else {
                    break;
                };
                batch.push(outcome);
                r.due += 1;
            }
            if batch.is_empty() {
                if r.finished {
                    return;
                }
                r = wake
                    .wait_timeout(r, WAIT)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
                continue;
            }
            reported.store(r.due, Ordering::Release);
            drop(r);
            for outcome in batch {
                if !emit(outcome) {
                    stop.store(true, Ordering::Relaxed);
                    return;
                }
            }
            r = ready.lock().unwrap_or_else(PoisonError::into_inner);
        }
    });
}

fn check_task(
    task: Task<'_>,
    parts: Option<&dyn Parts>,
    named: &(dyn Fn(&str) -> bool + Sync),
) -> Outcome {
    let (origin, job) = match task {
        Task::Check(origin, job) => (origin, job),
        Task::Error(m) => return Outcome::Error(m),
    };
    match check_one(job, &origin) {
        Ok(mut file) => {
            file.fails = job
                .fail_threshold
                .is_some_and(|t| file.findings.iter().any(|f| f.severity >= t));
            // (A large draft's part, when its format can, is written as it is rendered, never
            // held whole beside the report it renders.)
            let part = parts
                .map(|p| {
                    if p.streams() && file.source.len() > crate::window::WINDOWED_FROM {
                        Part {
                            deferred: true,
                            ..Part::default()
                        }
                    } else {
                        p.part(&file)
                    }
                })
                .unwrap_or_default();
            Outcome::Checked(Box::new((file, part)))
        }
        Err(ReadProblem::Error(m)) => Outcome::Error(m),
        Err(ReadProblem::NotADraft { name, reason }) => {
            if named(&name) {
                Outcome::Error(format!("{name}: {reason}"))
            } else {
                Outcome::Skipped(format!("{name}: skipped: {reason}"))
            }
        }
    }
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
    with_draft(
        origin,
        job.reading,
        job.max_bytes,
        |doc| {
            report_of(
                job.engine,
                job.profile,
                origin.display(),
                doc,
                job.with_sourcing,
            )
        },
        Some(|draft: Windowed| {
            report_in_windows(
                job.engine,
                job.profile,
                origin.display(),
                draft,
                job.with_sourcing,
            )
        }),
    )
}

/// The report of a large draft analysed in windows of whole paragraphs ([`crate::window`]): each
/// window's findings and attributions placed in the whole text, one sourcing summary of all.
/// Only one window's analysis is held at a time.
pub(crate) fn report_in_windows(
    engine: &Engine,
    profile: &Profile,
    path: String,
    draft: Windowed,
    with_sourcing: bool,
) -> FileReport {
    let Windowed {
        text,
        format,
        windows,
    } = draft;
    let (mut findings, mut suppressed) = (Vec::new(), 0);
    let (mut attributions, mut summaries) = (Vec::new(), Vec::new());
    // Windows start at a line's start: a position in one is its own, lines before it added.
    let mut lines_before = 0;
    for range in windows {
        let at = range.start;
        let doc = Document::parse_owned(text[range.clone()].to_owned(), format);
        let (placed, dropped, sourcing, _) = analyse(engine, profile, doc, with_sourcing);
        suppressed += dropped;
        let shift = |s: Span| Span::new(s.start + at, s.end + at);
        findings.extend(placed.into_iter().map(|mut f| {
            f.span = shift(f.span);
            f.related = f.related.into_iter().map(shift).collect();
            f.start.line += lines_before;
            f.end.line += lines_before;
            f
        }));
        if let Some((wire, summary)) = sourcing {
            attributions.extend(wire.into_iter().map(|a| a.shifted(at)));
            summaries.push(summary);
        }
        lines_before += text[range].bytes().filter(|&b| b == b'\n').count();
    }
    let sourcing = with_sourcing.then(|| {
        (
            attributions,
            WireSourcing::from(&SourcingSummary::merged(summaries)),
        )
    });
    FileReport {
        path,
        source: text,
        positions: Positions::Lines,
        extracted: false,
        findings,
        suppressed,
        sourcing,
        fails: false,
    }
}

/// The report of one parsed draft, shown as `path` (the attribution analysis kept when
/// `with_sourcing`). The editor and the server use it for text they hold, not files.
pub fn report_of(
    engine: &Engine,
    profile: &Profile,
    path: String,
    doc: Document,
    with_sourcing: bool,
) -> FileReport {
    let positions = doc.positions();
    let extracted = matches!(doc.format(), Format::Html | Format::Docx);
    let (findings, suppressed, sourcing, source) = analyse(engine, profile, doc, with_sourcing);
    FileReport {
        path,
        source,
        positions,
        extracted,
        findings,
        suppressed,
        sourcing: sourcing.map(|(wire, summary)| (wire, WireSourcing::from(&summary))),
        fails: false,
    }
}

type Sourcing = Option<(Vec<WireAttribution>, WireSourcing)>;

/// The attribution analysis as `analyse` gives it: the summary still the library's, so that a
/// windowed draft's summaries can be merged.
type Analysed = Option<(Vec<WireAttribution>, SourcingSummary)>;

/// Runs the engine and places the findings in the text; gives the text back (it was moved into
/// the document rather than copied: a long draft is held once).
fn analyse(
    engine: &Engine,
    profile: &Profile,
    doc: Document,
    with_sourcing: bool,
) -> (Vec<Placed>, usize, Analysed, String) {
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
            fix: f.fix,
            related: f.related,
        })
        .collect();
    let sourcing =
        with_sourcing.then(|| (WireAttribution::all(&doc), doc.sourcing_summary().clone()));
    (findings, checked.suppressed, sourcing, doc.into_source())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The report of `text` read whole as plain text, with its attributions.
    fn whole(engine: &Engine, profile: &Profile, text: &str) -> FileReport {
        let doc = Document::parse_owned(text.to_owned(), Format::Text);
        report_of(engine, profile, "draft.txt".into(), doc, true)
    }

    #[test]
    fn a_json_part_streamed_is_the_part_rendered() {
        let engine = crate::rules_load::load_engine(true, &[], false).expect("built-in packs");
        let profile = Profile::new(&engine);
        let text = "Officials said the plan was reportedly dead, «a blow».\n\n\
                    Critics of Zoë argue it will cost jobs.\n";
        let file = whole(&engine, &profile, text);
        let parts = crate::report::json::parts();
        assert!(parts.streams());
        let mut streamed = Vec::new();
        parts.part_to(&file, &mut streamed).expect("written");
        let rendered = parts.part(&file).text;
        assert!(rendered.contains("Zoë"));
        assert_eq!(String::from_utf8(streamed).expect("UTF-8"), rendered);
    }

    #[test]
    fn a_draft_read_in_windows_has_its_findings_where_read_whole_has_them() {
        // Paragraphs that need nothing from each other: each window's findings, placed in the
        // whole text, are the whole draft's, at the same bytes, lines and columns; the
        // attributions too, and one summary of all of them.
        let engine = crate::rules_load::load_engine(true, &[], false).expect("built-in packs");
        let profile = Profile::new(&engine);
        let text = "Officials said the plan was reportedly dead.\n\n\
                    Critics argue it will cost jobs.\nThe minister denied the claims.\n\n\
                    Two officials said the talks had failed, according to local media.\n";
        let windows = crate::window::windows(text, Format::Text, 10, 10).expect("windows");
        assert_eq!(windows.len(), 3);
        let whole = whole(&engine, &profile, text);
        let windowed = report_in_windows(
            &engine,
            &profile,
            "draft.txt".into(),
            Windowed {
                text: text.to_owned(),
                format: Format::Text,
                windows,
            },
            true,
        );
        let key = |f: &Placed| (f.info.id.clone(), f.span, f.start, f.end);
        // (The document-level checks read one window each: left out.)
        let sentence_level = |r: &FileReport| -> Vec<_> {
            r.findings
                .iter()
                .filter(|f| !f.info.id.starts_with("doc-"))
                .map(key)
                .collect()
        };
        let (mine, theirs) = (sentence_level(&windowed), sentence_level(&whole));
        assert!(!mine.is_empty());
        assert_eq!(mine, theirs);
        let spans = |r: &FileReport| {
            r.sourcing.as_ref().map(|(a, s)| {
                (
                    a.iter()
                        .map(|a| (a.cue.start, a.cue.end, a.kind))
                        .collect::<Vec<_>>(),
                    s.attributions,
                    s.anonymous_sources,
                )
            })
        };
        assert_eq!(spans(&windowed), spans(&whole));
        assert_eq!(windowed.source, text);
    }

    #[test]
    fn tasks_are_taken_as_they_are_reported_never_listed_and_come_out_in_order() {
        // 20,000 tasks from an iterator that counts how many have been taken: at no point is
        // the run more than a window ahead of what it has reported (the tasks of a walk over
        // an archive are never all held), and every outcome comes out in task order.
        let taken = AtomicUsize::new(0);
        let tasks = (0..20_000).map(|i| {
            taken.fetch_add(1, Ordering::Relaxed);
            Task::Error(format!("draft {i}"))
        });
        let (mut emitted, mut most_ahead) = (0usize, 0usize);
        run_ordered(tasks, None, None, &|_| false, |outcome| {
            let Outcome::Error(m) = outcome else {
                panic!("an error task stays an error");
            };
            assert_eq!(m, format!("draft {emitted}"));
            emitted += 1;
            most_ahead = most_ahead.max(taken.load(Ordering::Relaxed) - emitted);
            true
        });
        assert_eq!(emitted, 20_000);
        // Workers run at most `AHEAD` past what the reporter has taken for writing (each may
        // hold one more task while it waits), and the reporter writes a batch of up to `AHEAD`
        // after taking it: the window is twice `AHEAD`, however many tasks there are (on a
        // loaded machine the reporter's batches grow toward that bound).
        let window = 2 * AHEAD + rayon::current_num_threads() + 1;
        assert!(
            most_ahead <= window,
            "{most_ahead} tasks taken before being reported (window {window})"
        );
    }
}
