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

/// Every word list has one home: no built-in pack or list file redefines a list of the
/// attribution analysis (that is a load error), nor keeps a near copy of one under another name.
#[test]
fn no_word_list_exists_twice() {
    use std::collections::BTreeSet;
    let core: Vec<(&str, BTreeSet<String>)> = credcheck_core::lexicon::SHARED_LISTS
        .iter()
        .map(|(name, text)| {
            let set = credcheck_core::lexicon::entries(text)
                .map(str::to_lowercase)
                .collect();
            (*name, set)
        })
        .collect();
    let mut copies = Vec::new();
    for (origin, name, entries) in builtin_lists() {
        let set: BTreeSet<String> = entries
            .iter()
            .filter(|e| !e.starts_with('@'))
            .map(|e| e.to_lowercase())
            .collect();
        for (core_name, core_set) in &core {
            let shared = set.intersection(core_set).count();
            let union = set.union(core_set).count().max(1);
            // Near copies drift apart (three had): a list sharing most of its entries with
            // one of the analysis's is the same list and must use it (`@name`) instead.
            if shared * 10 >= union * 7 {
                copies.push(format!("{origin}: `{name}` copies `@{core_name}`"));
            }
        }
    }
    assert!(copies.is_empty(), "{}", copies.join("\n"));
}

/// Every list of the built-in files: (file, list name, entries).
fn builtin_lists() -> Vec<(&'static str, String, Vec<String>)> {
    let mut out = Vec::new();
    for (origin, text) in credcheck_rules::BUILTIN_FILES {
        let value: toml::Value = toml::from_str(text).expect("built-in TOML parses");
        let Some(lists) = value.get("lists").and_then(toml::Value::as_table) else {
            continue;
        };
        for (name, entries) in lists {
            let entries = entries
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(toml::Value::as_str)
                .map(str::to_owned)
                .collect();
            out.push((*origin, name.clone(), entries));
        }
    }
    out
}

/// Each built-in list holds an entry once: a second copy is the same list edited in two places.
#[test]
fn no_builtin_list_holds_an_entry_twice() {
    let mut twice = Vec::new();
    for (origin, name, entries) in builtin_lists() {
        let mut seen = std::collections::HashSet::new();
        for e in &entries {
            if !seen.insert(e.trim().to_lowercase()) {
                twice.push(format!("{origin}: `{name}` lists `{e}` twice"));
            }
        }
    }
    assert!(twice.is_empty(), "{}", twice.join("\n"));
}

#[test]
fn a_pack_cannot_redefine_a_list_of_the_analysis() {
    let mut builder = EngineBuilder::new();
    builder.add(
        "house.toml",
        "[pack]\nid = \"house\"\n[lists]\ndenial-verb = [\"denied\"]\n[[rule]]\nid = \"r\"\ncategory = \"c\"\nseverity = \"info\"\nmessage = \"m\"\npattern = \"@denial-verb\"\n[[rule.example]]\nflagged = \"He [denied] it.\"\n[[rule.example]]\nclean = \"He said it.\"\n",
    );
    let err = builder.build().expect_err("redefinition").to_string();
    assert!(
        err.contains("list `denial-verb` is one of the attribution analysis's own lists"),
        "{err}"
    );
    // Used as it is, it loads and matches the analysis's entries (`bristles at` included).
    let mut builder = EngineBuilder::new();
    builder.add(
        "house.toml",
        "[pack]\nid = \"house\"\n[[rule]]\nid = \"r\"\ncategory = \"c\"\nseverity = \"info\"\nmessage = \"m\"\npattern = \"@denial-verb\"\n[[rule.example]]\nflagged = \"He [denied] it.\"\n[[rule.example]]\nclean = \"He said it.\"\n",
    );
    let engine = builder.build().expect("loads");
    let doc = credcheck_core::Document::parse(
        "The mayor bristles at the suggestion.",
        credcheck_core::Format::Text,
    );
    let found: Vec<&str> = engine
        .check(&doc)
        .iter()
        .map(|f| doc.text(f.span))
        .collect();
    assert_eq!(found, ["bristles at"]);
}
