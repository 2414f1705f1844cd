//! Hostile inputs, end to end: the time per MB of each shape that once grew faster than its
//! input (quotation marks by the hundred thousand, nested brackets, thousands of suppression
//! comments, one huge paragraph, patterns of nested gaps, runs of passing adverbs, group
//! pronouns by the thousand in one sentence, negated statements after accusations by the
//! thousand in one sentence), next to the time per MB of ordinary
//! news text. Each row should stay within 2× of ordinary text (the pattern row: within 2× of the
//! same draft without that rule).
//!
//! `cargo bench -p credcheck-cli --bench hostile` runs the built `credcheck` binary on drafts it
//! writes to a temporary folder (`check --format json`, all built-in packs, best of 3 runs).
//! Ordinary text is the project's generated news (`credcheck-gen`), or the `.txt` files under
//! `CREDCHECK_BENCH_DIR` joined into one draft. `CREDCHECK_BENCH_LARGE=1` adds the 50 MB
//! paragraph and the 200 MB file (with `max-file-size` raised).

#![allow(clippy::cast_precision_loss)] // sizes and rates for a human to read

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const MB: f64 = 1_000_000.0;

fn ordinary(bytes: usize) -> String {
    let mut stories = Vec::new();
    if let Ok(dir) = std::env::var("CREDCHECK_BENCH_DIR") {
        collect(Path::new(&dir), &mut stories);
    }
    let mut seed = 0;
    let mut out = String::with_capacity(bytes + 10_000);
    while out.len() < bytes {
        if stories.is_empty() {
            out.push_str(&credcheck_gen::Gen::new(seed).document(false));
        } else {
            out.push_str(&stories[seed as usize % stories.len()]);
        }
        out.push_str("\n\n");
        seed += 1;
    }
    out
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
}

/// Best of three runs of `credcheck check --format json` on `draft` with extra `args`.
fn time(dir: &Path, name: &str, draft: &str, args: &[&str]) -> Duration {
    let path = dir.join(name);
    std::fs::write(&path, draft).expect("write the draft");
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_credcheck"))
            .current_dir(dir)
            .args([
                "check",
                "--format",
                "json",
                "--fail-on",
                "never",
                "--config",
                "bench.toml",
            ])
            .args(args)
            .arg(&path)
            .output()
            .expect("credcheck runs");
        let elapsed = t.elapsed();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        best = best.min(elapsed);
    }
    std::fs::remove_file(&path).ok();
    best
}

/// One sentence of `n` clauses, each with quotations inside the long contents of the
/// attributions before it.
fn run_on_quotes(n: usize) -> String {
    format!(
        "{}stopped.",
        "Humphrey, who calls Trump a \"sociopath,\" said he was wrong, but has said that the \
         documents indicate, he said, that they went on to say, \"It is that bad,\" and "
            .repeat(n)
    )
}

fn nested_gaps_pack() -> String {
    let mut inner = "_".to_owned();
    for _ in 0..6 {
        inner = format!("(_ | _ _ | {inner})+");
    }
    format!(
        "[pack]\nid = \"hostile\"\n\n[[rule]]\nid = \"nested-gaps\"\ncategory = \"hedging\"\n\
         severity = \"info\"\nmessage = \"m\"\npattern = \"<word> {inner} <quote>\"\n\
         [[rule.example]]\nflagged = \"[a b “]\"\n[[rule.example]]\nclean = \"a.\"\n"
    )
}

/// Plain-text shapes, each run with the built-in packs alone: (label, file name, draft).
fn plain_shapes() -> Vec<(&'static str, &'static str, String)> {
    vec![
        (
            "100,000 straight quotation marks",
            "q.txt",
            "\"".repeat(100_000),
        ),
        (
            "100,000 curly quotation marks",
            "qc.txt",
            "“".repeat(100_000),
        ),
        (
            "500,000 straight quotation marks",
            "q5.txt",
            "\"".repeat(500_000),
        ),
        (
            "one sentence: 400,000 passing adverbs, then 40,000 `said it was, however, reported`",
            "adverbs.txt",
            format!(
                "Officials{} reported.",
                " also".repeat(400_000) + &" said it was, however,".repeat(40_000)
            ),
        ),
        (
            "one sentence: 40,000 `Mark Smith met Jane Doe and it said no,` (group pronouns)",
            "pronouns.txt",
            "Mark Smith met Jane Doe and it said no, ".repeat(40_000),
        ),
        (
            "one sentence: 16,000 `accused of bribery and he said he had never met the envoy,` \
             (denials by echo)",
            "echo.txt",
            "the minister was accused of bribery and he said he had never met the envoy, "
                .repeat(16_000),
        ),
    ]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("bench.toml"),
        "max-file-size = 300_000_000\n",
    )
    .expect("config");
    std::fs::write(dir.path().join("hostile.toml"), nested_gaps_pack()).expect("pack");
    // Start-up (loading the packs) is the same for every run: measured on an empty draft and
    // taken off, so that small drafts are compared on their own cost.
    let startup = time(dir.path(), "empty.txt", "", &[]);
    let base_text = ordinary(2_000_000);
    let base = time(dir.path(), "ordinary.txt", &base_text, &[]).saturating_sub(startup);
    let base_rate = base.as_secs_f64() / (base_text.len() as f64 / MB);
    let mut rows: Vec<(String, usize, Duration, f64)> = Vec::new();
    let mut row = |label: &str, name: &str, draft: String, args: &[&str], per_mb_ref: f64| {
        let t = time(dir.path(), name, &draft, args).saturating_sub(startup);
        let per_mb = t.as_secs_f64() / (draft.len() as f64 / MB);
        rows.push((label.to_owned(), draft.len(), t, per_mb / per_mb_ref));
    };
    for (label, name, draft) in plain_shapes() {
        row(label, name, draft, &[], base_rate);
    }
    row(
        "100,000 nested brackets (Markdown)",
        "b.md",
        format!("{}x{}", "[".repeat(50_000), "]".repeat(50_000)),
        &[],
        base_rate,
    );
    row(
        "200 KB of `[` followed by words (Markdown)",
        "bw.md",
        "[the bridge ".repeat(17_000),
        &[],
        base_rate,
    );
    // Not a hostile shape but a dense one: every three words an anonymous source, so the cost
    // is the findings it must report (tens of MB of JSON), still linear.
    row(
        "200 KB of `[sources said` (Markdown; output-bound: ~90,000 findings)",
        "bs.md",
        "[sources said ".repeat(15_000),
        &[],
        base_rate,
    );
    // One "sentence" of 40,000 attributions: rules that ask what kind of source a phrase is
    // (`requires-source`, `unless-source`) once read every attribution of the sentence for each
    // match (3.4 s for this draft before, 0.6 s after).
    row(
        "1.2 MB run-on sentence, 40,000 attributions (output-bound: ~100,000 findings)",
        "run-on.txt",
        format!(
            "{}end.",
            "Some analysts say the plan works, officials said the plan, ".repeat(20_000)
        ),
        &[],
        base_rate,
    );
    // One "sentence" of 20,000 quotations, each inside the content of every attribution before
    // it: the quotation rules once walked every later quotation for each attribution (3.9 s
    // for this draft before, 0.55 s after).
    row(
        "3.2 MB run-on sentence, 20,000 quotations inside long contents",
        "run-on-quotes.txt",
        run_on_quotes(20_000),
        &[],
        base_rate,
    );
    row("50,000 `(`", "p.txt", "(".repeat(50_000), &[], base_rate);
    // (A token ends at 255 bytes: the lexer must not read the rest of the run again for each.)
    row(
        "a 2 MB run of letters and hyphens with no space (a pasted blob)",
        "blob.txt",
        format!("Officials said {} was wrong.\n", "ab-é".repeat(400_000)),
        &[],
        base_rate,
    );
    row(
        "20,000 suppression comments",
        "s.md",
        "<!-- credcheck-ignore anon-attribution: vetted -->\nSources said the vote was rigged.\n"
            .repeat(20_000),
        &[],
        base_rate,
    );
    row(
        "HTML: 100,000 nested `<div>`s, `officials said` in each (output-bound: ~300,000 findings)",
        "nest.html",
        "<div>officials said ".repeat(100_000),
        &[],
        base_rate,
    );
    row(
        "HTML: 50,000 `<div>`s then 50,000 stray `</p>` + `sources said` (output-bound)",
        "stray.html",
        format!(
            "{}{}",
            "<div>".repeat(50_000),
            "</p>sources said ".repeat(50_000)
        ),
        &[],
        base_rate,
    );
    row(
        "HTML: 200,000 character references in one paragraph",
        "refs.html",
        format!("<p>{}</p>", "&ldquo;a&rdquo; &amp; ".repeat(100_000)),
        &[],
        base_rate,
    );
    let para = base_text.replace('\n', " ");
    row(
        "one 2 MB paragraph",
        "para.txt",
        para.clone(),
        &[],
        base_rate,
    );
    row(
        "one 10 MB paragraph",
        "para10.txt",
        para.repeat(5),
        &[],
        base_rate,
    );
    if std::env::var_os("CREDCHECK_BENCH_LARGE").is_some() {
        row(
            "one 50 MB paragraph",
            "para50.txt",
            para.repeat(25),
            &[],
            base_rate,
        );
        row(
            "200 MB file of ordinary paragraphs",
            "big.txt",
            base_text.repeat(100),
            &[],
            base_rate,
        );
    }
    // The pattern row is measured against the same draft without that rule.
    row(
        "pattern of 6 nested alternations of gaps",
        "gaps.txt",
        base_text.clone(),
        &["--rules", "hostile.toml"],
        base_rate,
    );
    print_table(startup, &base_text, base, &rows);
}

/// The table of the README's robustness section.
fn print_table(
    startup: Duration,
    base_text: &str,
    base: Duration,
    rows: &[(String, usize, Duration, f64)],
) {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "start-up {:.0} ms (taken off every time below); ordinary news: {:.2} MB in {:.0} ms \
         ({:.1} MB/s)\n",
        startup.as_secs_f64() * 1e3,
        base_text.len() as f64 / MB,
        base.as_secs_f64() * 1e3,
        base_text.len() as f64 / MB / base.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "| input | size | time | time per MB vs ordinary news |"
    );
    let _ = writeln!(out, "|---|---|---|---|");
    for (label, size, t, ratio) in rows {
        let _ = writeln!(
            out,
            "| {label} | {:.2} MB | {:.0} ms | {ratio:.2}× |",
            *size as f64 / MB,
            t.as_secs_f64() * 1e3
        );
    }
    print!("{out}");
}
