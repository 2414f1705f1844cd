//! `credcheck rules test`: every rule's examples, run like a test suite.

use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::PathBuf;

use crate::output::write_stdout;
use crate::rules_load::load_engine;

/// The engine, or `None` after printing why the rules could not be loaded.
fn engine_or_report(paths: &[PathBuf], builtin: bool) -> Option<credcheck_rules::Engine> {
    match load_engine(builtin, paths, std::io::stderr().is_terminal()) {
        Ok(e) => Some(e),
        Err(e) => {
            eprint!("{}", e.0);
            None
        }
    }
}

/// Runs the examples of the built-in packs (if `builtin`) and of the packs in `paths`.
pub fn run_rules_test(paths: &[PathBuf], builtin: bool) -> anyhow::Result<u8> {
    let Some(engine) = engine_or_report(paths, builtin) else {
        return Ok(2);
    };
    let report = engine.run_examples(|_| true);
    let mut out = String::new();
    for f in &report.failures {
        let rule = engine.rule(f.rule);
        let ex = &rule.examples[f.example];
        let kind = if ex.is_clean() { "clean" } else { "flagged" };
        let _ = writeln!(
            out,
            "FAIL {}/{} — {kind} example at {}:{}",
            rule.pack, rule.id, rule.origin, ex.line
        );
        let _ = writeln!(out, "  example:  {}", ex.source);
        let _ = writeln!(out, "  expected: {}", list(&f.expected));
        let _ = writeln!(out, "  got:      {}\n", list(&f.got));
    }
    let failed = report.failures.len();
    let status = if failed == 0 { "ok" } else { "FAILED" };
    let _ = writeln!(
        out,
        "rules test: {status}. {} passed; {failed} failed ({} rules in {} packs)",
        report.run - failed,
        engine.rules().len(),
        engine.packs().len()
    );
    write_stdout(&out)?;
    Ok(u8::from(failed > 0))
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "nothing".to_owned()
    } else {
        items
            .iter()
            .map(|s| format!("[{s}]"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// `credcheck rules list`: one line per rule, optionally filtered by pack or category.
pub fn run_rules_list(
    paths: &[PathBuf],
    builtin: bool,
    pack: Option<&str>,
    category: Option<&str>,
) -> anyhow::Result<u8> {
    let Some(engine) = engine_or_report(paths, builtin) else {
        return Ok(2);
    };
    let rules: Vec<_> = engine
        .rules()
        .iter()
        .filter(|r| pack.is_none_or(|p| r.pack == p) && category.is_none_or(|c| r.category == c))
        .collect();
    let id_w = rules.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
    let pack_w = rules.iter().map(|r| r.pack.len()).max().unwrap_or(4).max(4);
    let cat_w = rules
        .iter()
        .map(|r| r.category.len())
        .max()
        .unwrap_or(8)
        .max(8);
    let mut out = format!(
        "{:id_w$}  {:pack_w$}  {:cat_w$}  {:8}  summary\n",
        "id", "pack", "category", "severity"
    );
    for r in &rules {
        let summary = r.summary();
        let _ = writeln!(
            out,
            "{:id_w$}  {:pack_w$}  {:cat_w$}  {:8}  {summary}",
            r.id,
            r.pack,
            r.category,
            r.severity.name()
        );
    }
    write_stdout(&out)?;
    Ok(0)
}

/// `credcheck rules explain ID`: the rule's metadata, docs and examples.
pub fn run_rules_explain(paths: &[PathBuf], builtin: bool, id: &str) -> anyhow::Result<u8> {
    let Some(engine) = engine_or_report(paths, builtin) else {
        return Ok(2);
    };
    let Some(rid) = engine.find_rule(id) else {
        eprintln!("credcheck: error: no rule `{id}` (see `credcheck rules list`)");
        return Ok(2);
    };
    let r = engine.rule(rid);
    let mut out = format!(
        "{} ({} · {} · pack {})\n\n",
        r.id, r.category, r.severity, r.pack
    );
    let _ = writeln!(out, "Message: {}\n", r.message);
    if !r.docs.trim().is_empty() {
        out.push_str(r.rendered_docs().trim());
        out.push_str("\n\n");
    }
    if !r.references.is_empty() {
        let _ = writeln!(out, "References: {}\n", r.references.join(", "));
    }
    out.push_str("Examples:\n");
    for ex in &r.examples {
        let kind = if ex.is_clean() { "clean  " } else { "flagged" };
        let _ = writeln!(out, "  {kind}  {}", ex.source);
    }
    let _ = writeln!(out, "\nDefined in {}", r.origin);
    write_stdout(&out)?;
    Ok(0)
}
