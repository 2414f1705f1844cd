//! Parser throughput on one thread, in MB/s, for plain text and Markdown news copy.
//!
//! `cargo bench -p credcheck-core --bench parse` uses the fixture drafts repeated to about
//! 8 MB. Set `CREDCHECK_BENCH_DIR` to a folder of real news (`.txt` files, e.g. the BBC set of
//! `../shared/eval/DATASETS.md`) to measure on that text instead.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use credcheck_core::{Document, Format};

const TARGET_BYTES: usize = 8 << 20;

/// The stories to parse, repeated to about [`TARGET_BYTES`]: each is parsed as its own document,
/// as `credcheck check` does with files.
fn corpus() -> Vec<String> {
    let mut stories = Vec::new();
    if let Ok(dir) = std::env::var("CREDCHECK_BENCH_DIR") {
        collect(Path::new(&dir), &mut stories);
        eprintln!("corpus: {} files from {dir}", stories.len());
    }
    if stories.is_empty() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        collect(&fixtures, &mut stories);
        stories.retain(|s| !s.trim().is_empty());
        eprintln!(
            "corpus: {} fixture drafts (set CREDCHECK_BENCH_DIR for real news)",
            stories.len()
        );
    }
    let mut out = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES && !stories.is_empty() {
        for s in &stories {
            total += s.len();
            out.push(s.clone());
        }
    }
    out
}

/// The same copy as Markdown: a heading, a block quote with a link, a bold list item.
fn as_markdown(story: &str) -> String {
    story
        .split("\n\n")
        .enumerate()
        .map(|(i, p)| match i % 7 {
            0 => format!("## {p}"),
            3 => format!("> {p} [link](https://example.org/{i})"),
            5 => format!("- **{p}**"),
            _ => p.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt" || e == "md") {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
}

fn measure(name: &str, stories: &[String], format: Format) {
    let bytes: usize = stories.iter().map(String::len).sum();
    let mut best = Duration::MAX;
    let mut tokens = 0;
    for _ in 0..5 {
        let start = Instant::now();
        tokens = 0;
        for s in stories {
            let doc = Document::parse(black_box(s), format);
            tokens += doc.tokens().len();
        }
        best = best.min(start.elapsed());
    }
    #[allow(clippy::cast_precision_loss)] // a few MB: exact in f64
    let mb = bytes as f64 / 1e6;
    println!(
        "parse/{name:<9} {mb:6.1} MB in {:>6} docs  {tokens:>9} tokens  best of 5: {:7.1} ms  {:6.1} MB/s",
        stories.len(),
        best.as_secs_f64() * 1e3,
        mb / best.as_secs_f64()
    );
}

fn main() {
    let stories = corpus();
    let markdown: Vec<String> = stories.iter().map(|s| as_markdown(s)).collect();
    measure("text", &stories, Format::Text);
    measure("markdown", &markdown, Format::Markdown);
    let one = stories.concat();
    measure("text-1doc", std::slice::from_ref(&one), Format::Text);
}
