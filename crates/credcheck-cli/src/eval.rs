//! `credcheck eval`: measure the loaded packs on labelled copy (the gold format of the project's
//! scorer, documented in `docs/eval.md`): precision, recall and F1 per category, what each rule
//! contributed, the misses, and how well the attribution analysis finds cues and sources.
//!
//! A gold line is one document: `{"id", "text", "sentences": [{"start", "end", "labels"}],
//! "scored"?: [...], "attributions"?: [{"source": [{"start", "end"}], "cue": [...]}]}` with
//! offsets in Unicode code points. A sentence counts as flagged for a label when a finding of a
//! category the label accepts overlaps it; only the listed sentences are scored.

use std::collections::BTreeMap;
use std::path::Path;

use credcheck_core::{Document, Format, Span};
use credcheck_rules::{Engine, Profile};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// The labels scored when a document does not say.
const DEFAULT_SCORED: [&str; 3] = ["anonymous-source", "unverified-claim", "denial"];

/// The finding categories that count for a label (`weasel`: the Wikipedia uncertainty label).
fn accepts(label: &str) -> &'static [&'static str] {
    match label {
        "anonymous-source" => &["anonymous-source"],
        "unverified-claim" => &["unverified-claim"],
        "denial" => &["denial"],
        "weasel" => &["anonymous-source", "unverified-claim", "hedging"],
        _ => &[],
    }
}

/// One labelled document.
#[derive(Debug, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub sentences: Vec<GoldSentence>,
    pub scored: Option<Vec<String>>,
    pub attributions: Option<Vec<GoldAttribution>>,
}

#[derive(Debug, Deserialize)]
pub struct GoldSentence {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub labels: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldAttribution {
    #[serde(default)]
    pub source: Vec<GoldRange>,
    #[serde(default)]
    pub cue: Vec<GoldRange>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct GoldRange {
    pub start: usize,
    pub end: usize,
}

/// True and false positives and false negatives.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

#[allow(clippy::cast_precision_loss)] // sentence counts
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// A sentence scored wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    /// `"FN"` (labelled, not flagged) or `"FP"` (flagged, not labelled).
    pub kind: &'static str,
    pub label: String,
    pub id: String,
    pub sentence: String,
    /// The rules whose findings overlap the sentence.
    pub rules: Vec<String>,
}

/// Cue and source finding of the attribution analysis against gold attributions.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AttributionCounts {
    pub gold_cues: usize,
    pub cues_found: usize,
    pub gold_sources: usize,
    pub sources_found: usize,
    pub predicted_cues: usize,
    pub predicted_cues_correct: usize,
}

/// The evaluation of one gold file.
#[derive(Debug, Default, Serialize)]
pub struct Scores {
    pub documents: usize,
    /// Per label.
    pub categories: BTreeMap<String, Counts>,
    /// Per rule: sentences where its findings were right (`tp`) or wrong (`fp`).
    pub rules: BTreeMap<String, Counts>,
    pub misses: Vec<Miss>,
    pub attribution: AttributionCounts,
}

/// Code-point offsets of `text` → byte offsets (one entry per code point, plus the end).
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    out.push(text.len());
    out
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Scores the findings and attributions `engine` gives each document.
pub fn score(engine: &Engine, profile: &Profile, docs: &[GoldDoc]) -> Scores {
    let per_doc: Vec<Scores> = docs
        .par_iter()
        .map(|doc| score_doc(engine, profile, doc))
        .collect();
    let mut total = Scores {
        documents: docs.len(),
        ..Scores::default()
    };
    for s in per_doc {
        for (label, c) in s.categories {
            add(total.categories.entry(label).or_default(), c);
        }
        for (rule, c) in s.rules {
            add(total.rules.entry(rule).or_default(), c);
        }
        total.misses.extend(s.misses);
        let (t, a) = (&mut total.attribution, s.attribution);
        t.gold_cues += a.gold_cues;
        t.cues_found += a.cues_found;
        t.gold_sources += a.gold_sources;
        t.sources_found += a.sources_found;
        t.predicted_cues += a.predicted_cues;
        t.predicted_cues_correct += a.predicted_cues_correct;
    }
    total
}

fn add(into: &mut Counts, c: Counts) {
    into.tp += c.tp;
    into.fp += c.fp;
    into.fn_ += c.fn_;
}

fn score_doc(engine: &Engine, profile: &Profile, gold: &GoldDoc) -> Scores {
    let mut s = Scores::default();
    let doc = Document::parse(&gold.text, Format::Text);
    let findings = engine.check_with(&doc, profile).findings;
    let bo = byte_offsets(&gold.text);
    let at = |i: usize| bo[i.min(bo.len() - 1)];
    let scored: Vec<&str> = gold.scored.as_ref().map_or_else(
        || DEFAULT_SCORED.to_vec(),
        |v| v.iter().map(String::as_str).collect(),
    );
    for sentence in &gold.sentences {
        let span = Span::new(at(sentence.start), at(sentence.end));
        let here: Vec<&credcheck_rules::Finding> =
            findings.iter().filter(|f| overlaps(f.span, span)).collect();
        for &label in &scored {
            if sentence
                .labels
                .iter()
                .any(|l| l.strip_prefix('~') == Some(label))
            {
                continue; // the gold leaves this sentence open for the label
            }
            let accepted = accepts(label);
            let counted: Vec<&str> = here
                .iter()
                .filter(|f| accepted.contains(&f.info.category.as_str()))
                .map(|f| f.info.id.as_str())
                .collect();
            let gold_pos = sentence.labels.iter().any(|l| l == label);
            let flagged = !counted.is_empty();
            let c = s.categories.entry(label.to_owned()).or_default();
            match (gold_pos, flagged) {
                (true, true) => c.tp += 1,
                (false, true) => c.fp += 1,
                (true, false) => c.fn_ += 1,
                (false, false) => {}
            }
            let mut rules: Vec<&str> = counted.clone();
            rules.sort_unstable();
            rules.dedup();
            for rule in &rules {
                let r = s.rules.entry((*rule).to_owned()).or_default();
                if gold_pos { r.tp += 1 } else { r.fp += 1 }
            }
            if gold_pos != flagged {
                let mut all: Vec<String> = here.iter().map(|f| f.info.id.clone()).collect();
                all.sort_unstable();
                all.dedup();
                s.misses.push(Miss {
                    kind: if gold_pos { "FN" } else { "FP" },
                    label: label.to_owned(),
                    id: gold.id.clone(),
                    sentence: span.slice(&gold.text).to_owned(),
                    rules: all,
                });
            }
        }
    }
    if let Some(attributions) = &gold.attributions {
        score_attributions(&doc, attributions, &at, &mut s.attribution);
    }
    s
}

fn score_attributions(
    doc: &Document,
    gold: &[GoldAttribution],
    at: &dyn Fn(usize) -> usize,
    out: &mut AttributionCounts,
) {
    let ranges = |v: &[GoldRange]| -> Vec<Span> {
        v.iter()
            .map(|r| Span::new(at(r.start), at(r.end)))
            .collect()
    };
    let cues: Vec<Span> = doc.attributions().iter().map(|a| a.cue).collect();
    let sources: Vec<Span> = doc.attributions().iter().filter_map(|a| a.source).collect();
    let any =
        |gold: &[Span], found: &[Span]| gold.iter().any(|&g| found.iter().any(|&f| overlaps(g, f)));
    let mut gold_cues = Vec::new();
    for g in gold {
        let (gc, gs) = (ranges(&g.cue), ranges(&g.source));
        if !gc.is_empty() {
            out.gold_cues += 1;
            out.cues_found += usize::from(any(&gc, &cues));
        }
        if !gs.is_empty() {
            out.gold_sources += 1;
            out.sources_found += usize::from(any(&gs, &sources));
        }
        gold_cues.extend(gc);
    }
    out.predicted_cues += cues.len();
    out.predicted_cues_correct += cues
        .iter()
        .filter(|&&c| gold_cues.iter().any(|&g| overlaps(g, c)))
        .count();
}

/// Reads a gold file: one JSON document per line (blank lines skipped). A bad line is an error
/// naming the file and line.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {}", path.display(), crate::input::io_reason(&e)))?;
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: GoldDoc = serde_json::from_str(line)
            .map_err(|e| format!("{}:{}: not a gold document: {e}", path.display(), i + 1))?;
        let len = doc.text.chars().count();
        for s in &doc.sentences {
            if s.start > s.end || s.end > len {
                return Err(format!(
                    "{}:{}: sentence {}..{} lies outside the text ({len} characters)",
                    path.display(),
                    i + 1,
                    s.start,
                    s.end
                ));
            }
        }
        docs.push(doc);
    }
    Ok(docs)
}

/// The scores of one gold file, for the JSON output.
#[derive(Debug, Serialize)]
pub struct FileScores<'a> {
    pub path: String,
    #[serde(flatten)]
    pub scores: &'a Scores,
}

/// The text report of one gold file: categories, rules, attribution figures, `show` misses per
/// label.
pub fn render_text(path: &Path, s: &Scores, show: usize) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "== {}: {} documents", path.display(), s.documents);
    let _ = writeln!(
        out,
        "{:<18} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}",
        "category", "P", "R", "F1", "tp", "fp", "fn"
    );
    for (label, c) in &s.categories {
        let _ = writeln!(
            out,
            "{label:<18} {:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    if !s.rules.is_empty() {
        let _ = writeln!(out, "\nrule                                 right  wrong");
        let mut rules: Vec<(&String, &Counts)> = s.rules.iter().collect();
        rules.sort_by(|a, b| (b.1.tp + b.1.fp).cmp(&(a.1.tp + a.1.fp)).then(a.0.cmp(b.0)));
        for (rule, c) in rules {
            let _ = writeln!(out, "{rule:<36} {:>6} {:>6}", c.tp, c.fp);
        }
    }
    let a = s.attribution;
    if a.gold_cues > 0 {
        let _ = writeln!(
            out,
            "\nattribution cues   P {:.3}  R {:.3}   sources R {:.3}   (gold cues {}, predicted {})",
            ratio(a.predicted_cues_correct, a.predicted_cues),
            ratio(a.cues_found, a.gold_cues),
            ratio(a.sources_found, a.gold_sources),
            a.gold_cues,
            a.predicted_cues
        );
    }
    if show > 0 {
        for label in s.categories.keys() {
            let misses: Vec<&Miss> = s.misses.iter().filter(|m| &m.label == label).collect();
            if misses.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "\nmisses: {label} (first {} of {})",
                show.min(misses.len()),
                misses.len()
            );
            for m in misses.iter().take(show) {
                let sentence: String = m.sentence.chars().take(200).collect();
                let _ = writeln!(
                    out,
                    "  {} {}: {:?} [{}]",
                    m.kind,
                    m.id,
                    sentence,
                    m.rules.join(", ")
                );
            }
        }
    }
    out
}

/// `credcheck eval GOLD.jsonl…`: scores every gold file; exit 1 when a category falls below
/// `--min-f1`, 2 when a gold file or a pack cannot be read.
pub fn run_eval(args: &crate::args::EvalArgs) -> anyhow::Result<u8> {
    use std::io::IsTerminal;
    let color = std::io::stderr().is_terminal();
    let mut config = match &args.config {
        Some(path) => match crate::config::Config::load(path) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("credcheck: error: {e}");
                return Ok(crate::exit::ERROR);
            }
        },
        None => crate::config::Config::defaults(),
    };
    config.packs.extend(args.rule_source.rules.iter().cloned());
    if args.rule_source.no_builtin {
        config.builtin = false;
    }
    let engine = match crate::rules_load::load_engine(config.builtin, &config.packs, color) {
        Ok(e) => e,
        Err(e) => {
            eprint!("{}", e.0);
            return Ok(crate::exit::ERROR);
        }
    };
    if let Err(e) = config.validate(&engine) {
        eprintln!("credcheck: error: {e}");
        return Ok(crate::exit::ERROR);
    }
    let profile = config.profile(&engine);
    let mut results = Vec::new();
    for path in &args.gold {
        match read_gold(path) {
            Ok(docs) => results.push((path, score(&engine, &profile, &docs))),
            Err(e) => {
                eprintln!("credcheck: error: {}", crate::term::escape(&e));
                return Ok(crate::exit::ERROR);
            }
        }
    }
    let text = match args.format {
        crate::args::InspectFormat::Text => {
            let parts: Vec<String> = results
                .iter()
                .map(|(path, s)| render_text(path, s, args.show))
                .collect();
            crate::term::escape(&parts.join("\n")).into_owned()
        }
        crate::args::InspectFormat::Json => {
            #[derive(Serialize)]
            struct Report<'a> {
                version: u32,
                files: Vec<FileScores<'a>>,
            }
            let files = results
                .iter()
                .map(|(path, scores)| FileScores {
                    path: path.display().to_string(),
                    scores,
                })
                .collect();
            serde_json::to_string_pretty(&Report { version: 1, files })? + "\n"
        }
    };
    crate::output::write_stdout(&text)?;
    let below = args.min_f1.is_some_and(|min| {
        results
            .iter()
            .flat_map(|(_, s)| s.categories.values())
            .any(|c| c.f1() < min)
    });
    Ok(if below {
        crate::exit::FINDINGS
    } else {
        crate::exit::OK
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_give_precision_recall_and_f1() {
        let c = Counts {
            tp: 3,
            fp: 1,
            fn_: 3,
        };
        assert!((c.precision() - 0.75).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.f1() - 0.6).abs() < 1e-9);
        assert!(Counts::default().f1().abs() < f64::EPSILON);
    }

    #[test]
    fn code_points_map_to_bytes() {
        assert_eq!(byte_offsets("a“b”"), [0, 1, 4, 5, 8]);
    }
}
