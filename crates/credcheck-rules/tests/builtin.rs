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
