//! Developer tasks for credcheck.
//!
//! `cargo run --release -p xtask -- soak [--generate N] [--seed S] [PATH…]` runs the whole
//! pipeline (parse as text and as Markdown, attribution analysis, every built-in rule) over every
//! file under the given paths — `.jsonl` files are read as one draft per line's `"text"` — and
//! over `N` generated news-like drafts, and reports each distinct panic with a minimal
//! reproduction, plus the slowest drafts by throughput.

#![allow(clippy::cast_precision_loss)] // sizes and rates for a human to read

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use credcheck_core::{Document, Format};
use credcheck_rules::{Engine, EngineBuilder};
use rayon::prelude::*;

#[derive(Debug, Parser)]
#[command(name = "xtask", about = "credcheck developer tasks")]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Run the pipeline over corpora and generated drafts; report panics and slow drafts.
    Soak {
        /// Files or folders of drafts (`.jsonl`: one draft per line, its `"text"` field).
        paths: Vec<PathBuf>,
        /// How many generated drafts to add.
        #[arg(long, default_value_t = 0)]
        generate: u64,
        /// The first generated draft's seed.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// How many of the slowest drafts to list.
        #[arg(long, default_value_t = 5)]
        slowest: usize,
    },
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Task::Soak {
            paths,
            generate,
            seed,
            slowest,
        } => soak(&paths, generate, seed, slowest),
    }
}

/// One draft to run: where it came from and its text.
struct Draft {
    name: String,
    text: String,
}

thread_local! {
    /// The last panic on this thread: `message @ file:line:col`.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs parse + analysis + engine on `text` in both formats; `Err` is the panic's location and
/// message.
fn run(engine: &Engine, text: &str) -> Result<(), String> {
    for format in [Format::Text, Format::Markdown] {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let doc = Document::parse(text, format);
            engine.check(&doc).len()
        }));
        if outcome.is_err() {
            let what = LAST_PANIC.with(|p| p.borrow_mut().take());
            return Err(what.unwrap_or_else(|| "panic".to_owned()));
        }
    }
    Ok(())
}

fn soak(paths: &[PathBuf], generate: u64, seed: u64, slowest: usize) -> Result<()> {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{place}: {msg}")));
    }));
    let engine = EngineBuilder::new()
        .add_builtin()
        .build()
        .map_err(|e| anyhow::anyhow!("built-in packs: {e:?}"))?;
    let mut drafts = Vec::new();
    for p in paths {
        collect(p, &mut drafts).with_context(|| format!("reading {}", p.display()))?;
    }
    let corpus = drafts.len();
    drafts.extend((seed..seed + generate).map(|s| Draft {
        name: format!("generated seed {s}"),
        text: credcheck_gen::document(s),
    }));
    let bytes: usize = drafts.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "soak: {corpus} drafts from {} path(s) and {generate} generated, {:.1} MB",
        paths.len(),
        bytes as f64 / 1e6
    );
    let started = Instant::now();
    let results: Vec<(usize, Duration, Result<(), String>)> = drafts
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let t = Instant::now();
            let r = run(&engine, &d.text);
            (i, t.elapsed(), r)
        })
        .collect();
    let elapsed = started.elapsed();
    // One report per distinct panic site, with the first draft that hit it, minimised.
    let mut sites: Vec<(String, usize, usize)> = Vec::new();
    for (i, _, r) in &results {
        if let Err(what) = r {
            let site = what.split(": ").next().unwrap_or(what).to_owned();
            match sites.iter_mut().find(|(s, _, _)| *s == site) {
                Some(entry) => entry.2 += 1,
                None => sites.push((site, *i, 1)),
            }
        }
    }
    let panics: usize = sites.iter().map(|s| s.2).sum();
    println!(
        "soak: {} drafts, {:.1} MB in {:.1} s ({:.1} MB/s on {} threads): {panics} panicking draft(s), {} distinct site(s)",
        drafts.len(),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        bytes as f64 / 1e6 / elapsed.as_secs_f64(),
        rayon::current_num_threads(),
        sites.len()
    );
    for (site, first, count) in &sites {
        let d = &drafts[*first];
        let small = minimise(&engine, &d.text, site);
        println!("\npanic at {site} ({count} draft(s)); first: {}", d.name);
        println!("  minimal reproduction: {small:?}");
    }
    let mut by_speed: Vec<(f64, usize, Duration)> = results
        .iter()
        .filter(|(i, _, _)| drafts[*i].text.len() >= 1000)
        .map(|(i, t, _)| {
            let mbs = drafts[*i].text.len() as f64 / 1e6 / t.as_secs_f64().max(1e-9);
            (mbs, *i, *t)
        })
        .collect();
    by_speed.sort_by(|a, b| a.0.total_cmp(&b.0));
    if !by_speed.is_empty() {
        println!("\nslowest drafts of 1 KB or more (both formats, all rules):");
    }
    for (mbs, i, t) in by_speed.iter().take(slowest) {
        println!(
            "  {mbs:8.2} MB/s  {:>9} bytes  {:>8.1} ms  {}",
            drafts[*i].text.len(),
            t.as_secs_f64() * 1e3,
            drafts[*i].name
        );
    }
    if panics > 0 {
        std::process::exit(1);
    }
    Ok(())
}

/// Files under `path` as drafts: `.jsonl` line by line, anything else whole (invalid UTF-8
/// replaced, so the rest of the file is still exercised).
fn collect(path: &Path, out: &mut Vec<Draft>) -> Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            collect(&e, out)?;
        }
        return Ok(());
    }
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    if path.extension().is_some_and(|e| e == "jsonl") {
        for (n, line) in text.lines().enumerate() {
            let v: serde_json::Value = serde_json::from_str(line)
                .with_context(|| format!("{}:{}", path.display(), n + 1))?;
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                out.push(Draft {
                    name: format!("{}:{}", path.display(), n + 1),
                    text: t.to_owned(),
                });
            }
        }
    } else {
        out.push(Draft {
            name: path.display().to_string(),
            text,
        });
    }
    Ok(())
}

/// Greedy delta debugging: drop lines, then words, then characters, while the draft still
/// panics at `site`.
fn minimise(engine: &Engine, text: &str, site: &str) -> String {
    let still = |t: &str| matches!(run(engine, t), Err(w) if w.starts_with(site));
    let mut pieces: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    shrink(&mut pieces, &still);
    let joined: String = pieces.concat();
    let mut pieces: Vec<String> = joined
        .split_inclusive(char::is_whitespace)
        .map(str::to_owned)
        .collect();
    shrink(&mut pieces, &still);
    let joined: String = pieces.concat();
    let mut pieces: Vec<String> = joined.chars().map(String::from).collect();
    shrink(&mut pieces, &still);
    pieces.concat()
}

/// Removes chunks of `pieces` (halving the chunk size down to one) while `still` holds.
fn shrink(pieces: &mut Vec<String>, still: &dyn Fn(&str) -> bool) {
    let mut chunk = pieces.len().div_ceil(2).max(1);
    let mut budget = 4000usize;
    loop {
        let mut i = 0;
        while i < pieces.len() && budget > 0 {
            budget -= 1;
            let end = (i + chunk).min(pieces.len());
            let candidate: String = pieces[..i].concat() + &pieces[end..].concat();
            if still(&candidate) {
                pieces.drain(i..end);
            } else {
                i += chunk;
            }
        }
        if chunk == 1 || budget == 0 {
            break;
        }
        chunk = chunk.div_ceil(2);
    }
}
