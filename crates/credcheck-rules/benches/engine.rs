//! Engine throughput (MB/s of draft text, documents parsed beforehand) with the built-in packs,
//! and with the same packs replicated 10× with distinct rule ids. The 10× run should cost well
//! under 2× the 1× run, since matching is one pass over the text whatever the number of rules
//! (identical patterns compile once; each copy still makes its own findings). A third run also
//! renames every list per copy, so no two copies share a compiled pattern: its cost grows with
//! the 10× matches and findings it must produce, not with a pass per rule.
//!
//! `cargo bench -p credcheck-rules --bench engine`; set `CREDCHECK_BENCH_DIR` to a folder of
//! real news (`.txt` files, e.g. the BBC set of `../shared/eval/DATASETS.md`), and
//! `CREDCHECK_BENCH_ONLY=builtin` (or `x10`) to run the built-in packs alone (or their 10×
//! copy) for a profiler.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use credcheck_core::{Document, Format};
use credcheck_rules::{BUILTIN_FILES, Engine, EngineBuilder};
use regex::Regex;

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

fn corpus() -> Vec<String> {
    let mut stories = Vec::new();
    if let Ok(dir) = std::env::var("CREDCHECK_BENCH_DIR") {
        collect(Path::new(&dir), &mut stories);
        eprintln!("corpus: {} files from {dir}", stories.len());
    }
    if stories.is_empty() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        collect(
            &root.join("crates/credcheck-core/tests/fixtures"),
            &mut stories,
        );
        collect(&root.join("examples"), &mut stories);
        stories.retain(|s| !s.trim().is_empty());
        eprintln!(
            "corpus: {} fixture and example drafts (set CREDCHECK_BENCH_DIR for real news)",
            stories.len()
        );
        let base = stories.clone();
        while stories.iter().map(String::len).sum::<usize>() < 4 << 20 {
            stories.extend(base.iter().cloned());
        }
    }
    stories
}

/// Copy `k` of a rule file: every rule and pack id gets a `-k{k}` suffix; with `lists`, so do
/// list names and references (then no two copies share a compiled pattern).
fn replicate(text: &str, k: usize, lists: bool) -> String {
    let ids = Regex::new(r#"(?m)^(id = ")([^"]+)""#).expect("valid regex");
    let refs = Regex::new(r"@([a-z0-9-]+)").expect("valid regex");
    let whens = Regex::new(r"rule:([a-z0-9-]+)").expect("valid regex");
    let rename_lists = lists;
    let mut in_lists = false;
    let lists = Regex::new(r"^(\s*)([a-z0-9-]+)(\s*=\s*\[)").expect("valid regex");
    let text: String = text
        .lines()
        .map(|line| {
            if line.starts_with('[') {
                in_lists = line.trim() == "[lists]";
            }
            let line = if in_lists && rename_lists {
                lists
                    .replace(line, format!("${{1}}${{2}}-k{k}${{3}}"))
                    .into_owned()
            } else {
                line.to_owned()
            };
            line + "\n"
        })
        .collect();
    let text = ids.replace_all(&text, format!("${{1}}${{2}}-k{k}\""));
    // `when = "rule:a | rule:b"` and `yields-to = ["a", "b"]`: every rule another names is
    // renamed there too.
    let named = Regex::new(r#""([a-z0-9-]+)""#).expect("valid regex");
    let mut in_yields = false;
    let text: String = text
        .lines()
        .map(|line| {
            if line.starts_with("yields-to = ") {
                in_yields = true;
            }
            let yields = in_yields;
            if in_yields && line.contains(']') {
                in_yields = false;
            }
            let line = if line.starts_with("when = ") {
                whens
                    .replace_all(line, format!("rule:${{1}}-k{k}"))
                    .into_owned()
            } else if yields {
                named
                    .replace_all(line, format!("\"${{1}}-k{k}\""))
                    .into_owned()
            } else {
                line.to_owned()
            };
            line + "\n"
        })
        .collect();
    if rename_lists {
        // Only lists the packs define: the core lexicon's lists (`@months-days`) are shared.
        let defined = defined_lists();
        refs.replace_all(&text, |c: &regex::Captures<'_>| {
            if defined.contains(&c[1]) {
                format!("@{}-k{k}", &c[1])
            } else {
                c[0].to_owned()
            }
        })
        .into_owned()
    } else {
        text
    }
}

/// The names of the lists the built-in rule files define under `[lists]`.
fn defined_lists() -> std::collections::HashSet<String> {
    let def = Regex::new(r"^\s*([a-z0-9-]+)\s*=\s*\[").expect("valid regex");
    let mut out = std::collections::HashSet::new();
    for (_, text) in BUILTIN_FILES {
        let mut in_lists = false;
        for line in text.lines() {
            if line.starts_with('[') {
                in_lists = line.trim() == "[lists]";
            } else if in_lists {
                if let Some(c) = def.captures(line) {
                    out.insert(c[1].to_owned());
                }
            }
        }
    }
    out
}

fn engine(copies: usize, distinct_lists: bool) -> Engine {
    let mut b = EngineBuilder::new();
    if copies == 1 {
        b.add_builtin();
    } else {
        for k in 0..copies {
            for (origin, text) in BUILTIN_FILES {
                if k > 0 && !distinct_lists && origin.starts_with("rules/lists/") {
                    continue; // shared lists are loaded once and used by every copy
                }
                b.add(format!("{origin}#{k}"), replicate(text, k, distinct_lists));
            }
        }
    }
    b.build()
        .unwrap_or_else(|e| panic!("replicated packs must load: {e}"))
}

fn measure(name: &str, engine: &Engine, docs: &[Document], bytes: usize) -> f64 {
    let mut best = Duration::MAX;
    let mut findings = 0;
    for _ in 0..5 {
        let start = Instant::now();
        findings = 0;
        for d in docs {
            findings += black_box(engine.check(d)).len();
        }
        best = best.min(start.elapsed());
    }
    #[allow(clippy::cast_precision_loss)] // a few MB: exact in f64
    let mb = bytes as f64 / 1e6;
    let rate = mb / best.as_secs_f64();
    println!(
        "engine/{name:<12} {:>4} rules {:>5} patterns  {findings:>7} findings  best of 5: {:8.1} ms  {rate:7.1} MB/s",
        engine.rules().len(),
        engine.pattern_count(),
        best.as_secs_f64() * 1e3,
    );
    best.as_secs_f64()
}

fn main() {
    let stories = corpus();
    let bytes = stories.iter().map(String::len).sum();
    let docs: Vec<Document> = stories
        .iter()
        .map(|s| Document::parse(s, Format::Text))
        .collect();
    // `CREDCHECK_BENCH_ONLY=builtin` (or `x10`): that run alone, for a profiler.
    let only = std::env::var("CREDCHECK_BENCH_ONLY").ok();
    if only.as_deref() == Some("x10") {
        measure("builtin-x10", &engine(10, false), &docs, bytes);
        return;
    }
    let one = measure("builtin", &engine(1, false), &docs, bytes);
    if only.as_deref() == Some("builtin") {
        return;
    }
    let ten = measure("builtin-x10", &engine(10, false), &docs, bytes);
    let distinct = measure("x10-lists", &engine(10, true), &docs, bytes);
    println!(
        "engine/ratio        x10 / x1 = {:.2} (target < 2); with distinct lists {:.2}",
        ten / one,
        distinct / one
    );
}
