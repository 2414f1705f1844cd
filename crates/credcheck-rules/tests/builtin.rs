//! The built-in packs load cleanly and every example of every built-in rule behaves.

use credcheck_rules::EngineBuilder;

#[test]
fn builtin_packs_load_and_all_examples_pass() {
    let mut builder = EngineBuilder::new();
    builder.add_builtin();
    let engine = builder
        .build()
        .unwrap_or_else(|e| panic!("built-in packs must load:\n{e}"));
    assert!(engine.rules().len() >= 8);
    let report = engine.run_examples(|_| true);
    let failures: Vec<String> = report
        .failures
        .iter()
        .map(|f| {
            let rule = engine.rule(f.rule);
            let ex = &rule.examples[f.example];
            format!(
                "{} example {} ({}): expected {:?}, got {:?}",
                rule.id,
                f.example + 1,
                ex.source,
                f.expected,
                f.got
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        report.run,
        failures.join("\n")
    );
    assert!(report.run >= 2 * engine.rules().len());
}

/// Every built-in rule is documented in the fixed template and carries at least two flagged and
/// two clean examples; the mission's categories are spelled exactly.
#[test]
fn builtin_rules_are_documented_with_examples_both_ways() {
    let mut builder = EngineBuilder::new();
    builder.add_builtin();
    let engine = builder.build().expect("built-in packs load");
    let mut problems = Vec::new();
    let mut categories = std::collections::BTreeSet::new();
    for rule in engine.rules().iter().filter(|r| !r.checks_suppressions()) {
        categories.insert(rule.category.clone());
        let flagged = rule
            .examples
            .iter()
            .filter(|e| !e.expected.is_empty())
            .count();
        let clean = rule.examples.len() - flagged;
        if flagged < 2 || clean < 2 {
            problems.push(format!("{}: {flagged} flagged, {clean} clean", rule.id));
        }
        for heading in [
            "## What it flags",
            "## Why it matters",
            "## Use instead",
            "## References",
        ] {
            if !rule.docs.contains(heading) {
                problems.push(format!("{}: docs lack `{heading}`", rule.id));
            }
        }
        if rule.references.is_empty() {
            problems.push(format!("{}: no references", rule.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for mission in ["anonymous-source", "unverified-claim", "denial"] {
        assert!(
            categories.contains(mission),
            "no rule of category {mission}"
        );
    }
}
