//! End-to-end tests of `credcheck.toml`: discovery from each draft's folder upward, `extend`,
//! `--config`, `--isolated`, select/ignore, severity overrides, `fail-on`, include/exclude, extra
//! packs, broken files with their position, and `credcheck config --show`.

mod common;

use common::{run_in, temp_tree, workspace_root};

const DRAFT: &[u8] =
    b"Informed sources said the mayor would resign. Critics say the plan failed.\n";

/// `(rule, severity)` of every finding, from `check --format json-lines`.
fn findings(dir: &std::path::Path, args: &[&str]) -> (Vec<(String, String)>, common::Run) {
    let mut all = vec!["check", "--format", "json-lines"];
    all.extend_from_slice(args);
    let r = run_in(dir, &all, b"");
    let found = r
        .stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                format!(
                    "{} {}",
                    v["path"].as_str().unwrap(),
                    v["rule"].as_str().unwrap()
                ),
                v["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    (found, r)
}

fn has(found: &[(String, String)], path_rule: &str) -> Option<String> {
    found
        .iter()
        .find(|(pr, _)| pr == path_rule)
        .map(|(_, s)| s.clone())
}

#[test]
fn the_nearest_config_wins_and_extend_inherits() {
    let dir = temp_tree(&[
        (
            "credcheck.toml",
            b"ignore = [\"weasel-vague-attribution\"]\n",
        ),
        (
            "desk/credcheck.toml",
            b"extend = \"../credcheck.toml\"\n[severity]\nanon-vague-qualifier = \"info\"\n",
        ),
        ("desk/story.txt", DRAFT),
        ("other/story.txt", DRAFT),
        (
            "loose/.credcheck.toml",
            b"select = [\"unverified-claim\"]\n",
        ),
        ("loose/story.txt", DRAFT),
    ]);
    let (found, _) = findings(dir.path(), &["."]);
    // desk: inherits the ignore, lowers the error to info.
    assert_eq!(
        has(&found, "./desk/story.txt anon-vague-qualifier").as_deref(),
        Some("info")
    );
    assert!(has(&found, "./desk/story.txt weasel-vague-attribution").is_none());
    // other: only the top-level file applies.
    assert_eq!(
        has(&found, "./other/story.txt anon-vague-qualifier").as_deref(),
        Some("error")
    );
    assert!(has(&found, "./other/story.txt weasel-vague-attribution").is_none());
    // loose: `.credcheck.toml` selects one category (and does not extend the top file).
    assert!(has(&found, "./loose/story.txt anon-vague-qualifier").is_none());
    assert!(has(&found, "./loose/story.txt weasel-vague-attribution").is_some());
}

#[test]
fn config_flag_isolated_and_off() {
    let dir = temp_tree(&[
        (
            "credcheck.toml",
            b"[severity]\nanon-vague-qualifier = \"off\"\n",
        ),
        ("elsewhere.toml", b"select = [\"anonymous-sources\"]\n"),
        ("story.txt", DRAFT),
    ]);
    let (found, _) = findings(dir.path(), &["story.txt"]);
    assert!(has(&found, "story.txt anon-vague-qualifier").is_none());
    let (found, _) = findings(dir.path(), &["--isolated", "story.txt"]);
    assert_eq!(
        has(&found, "story.txt anon-vague-qualifier").as_deref(),
        Some("error")
    );
    let (found, _) = findings(dir.path(), &["--config", "elsewhere.toml", "story.txt"]);
    assert!(has(&found, "story.txt anon-vague-qualifier").is_some());
    assert!(has(&found, "story.txt weasel-vague-attribution").is_none());
}

#[test]
fn fail_on_comes_from_the_config_unless_given() {
    let dir = temp_tree(&[
        ("credcheck.toml", b"fail-on = \"never\"\n"),
        ("story.txt", DRAFT),
    ]);
    let (_, r) = findings(dir.path(), &["story.txt"]);
    assert_eq!(r.code, 0);
    let (_, r) = findings(dir.path(), &["--fail-on", "error", "story.txt"]);
    assert_eq!(r.code, 1);
}

#[test]
fn include_exclude_and_extra_packs() {
    let house = std::fs::read(workspace_root().join("tests/fixtures/rules/house.toml")).unwrap();
    let dir = temp_tree(&[
        (
            "credcheck.toml",
            b"packs = [\"rules\"]\nexclude = [\"archive/**\"]\n",
        ),
        ("rules/house.toml", &house),
        ("drafts/story.txt", DRAFT),
        ("archive/old.txt", DRAFT),
    ]);
    let (found, r) = findings(dir.path(), &["."]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        found.iter().all(|(pr, _)| pr.starts_with("./drafts/")),
        "{found:?}"
    );
    // only the house pack: no built-in rule fires.
    assert!(has(&found, "./drafts/story.txt anon-vague-qualifier").is_none());
    assert!(!found.is_empty());
    // A file named on the command line is checked even when excluded.
    let (found, _) = findings(dir.path(), &["archive/old.txt"]);
    assert!(!found.is_empty());
}

#[test]
fn broken_configs_name_the_file_line_and_column() {
    let dir = temp_tree(&[
        (
            "credcheck.toml",
            b"select = [\"anonymous-source\"]\nfail-onn = \"error\"\n",
        ),
        ("story.txt", DRAFT),
    ]);
    let (_, r) = findings(dir.path(), &["story.txt"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("credcheck.toml:2:1: unknown field `fail-onn`"),
        "{}",
        r.stderr
    );

    let dir = temp_tree(&[
        (
            "credcheck.toml",
            b"[severity]\nanon-no-such-rule = \"off\"\n",
        ),
        ("story.txt", DRAFT),
    ]);
    let (_, r) = findings(dir.path(), &["story.txt"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("`anon-no-such-rule`"), "{}", r.stderr);

    let dir = temp_tree(&[
        (
            "credcheck.toml",
            b"[severity]\nanon-vague-qualifier = \"fatal\"\n",
        ),
        ("story.txt", DRAFT),
    ]);
    let (_, r) = findings(dir.path(), &["story.txt"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("credcheck.toml:2:24: unknown variant `fatal`"),
        "{}",
        r.stderr
    );

    let dir = temp_tree(&[
        ("a.toml", b"extend = \"b.toml\"\n"),
        ("b.toml", b"extend = \"a.toml\"\n"),
        ("story.txt", DRAFT),
    ]);
    let (_, r) = findings(dir.path(), &["--config", "a.toml", "story.txt"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("cycle"), "{}", r.stderr);
}

#[test]
fn config_show_prints_the_resolved_configuration() {
    let dir = temp_tree(&[
        ("credcheck.toml", b"ignore = [\"vague-quantity\"]\n[settings]\nhouse-outlet = \"The Ledger\"\n"),
        ("desk/credcheck.toml", b"extend = \"../credcheck.toml\"\nfail-on = \"error\"\n[severity]\nanon-spokesperson-unnamed = \"off\"\n"),
    ]);
    let r = run_in(dir.path(), &["config", "--show", "desk"], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let shown = r.stdout.replace(dir.path().to_str().unwrap(), "<dir>");
    insta::assert_snapshot!(shown);
}

#[test]
fn suppressions_in_drafts() {
    let md = b"# Harbour strike\n\n<!-- credcheck-ignore anon-vague-qualifier, anon-unquantified-plural: vetted by the desk -->\nInformed sources said the mayor would resign.\n\n<!-- credcheck-ignore reportedly-hedge -->\nThe mayor left early on Friday.\n\nCritics say the plan failed.\n";
    let txt = b"[credcheck-ignore-file weasel-vague-attribution: quoted from the council minutes]\n\nCritics say the plan failed.\n\n[credcheck-ignore-next-line anonymous-source: vetted]\nInformed sources said the mayor would resign.\n";
    let dir = temp_tree(&[("story.md", md), ("story.txt", txt)]);
    let (found, r) = findings(dir.path(), &["story.md", "story.txt"]);
    // story.md: the vetted paragraph is quiet; the second comment suppresses nothing.
    assert!(
        has(&found, "story.md anon-vague-qualifier").is_none(),
        "{found:?}"
    );
    assert!(has(&found, "story.md anon-unquantified-plural").is_none());
    assert_eq!(
        has(&found, "story.md unused-suppression").as_deref(),
        Some("warning")
    );
    assert!(has(&found, "story.md weasel-vague-attribution").is_some());
    // story.txt: plain-text markers, a whole-file one and a category on the next line.
    assert!(
        has(&found, "story.txt weasel-vague-attribution").is_none(),
        "{found:?}"
    );
    assert!(has(&found, "story.txt anon-vague-qualifier").is_none());
    assert!(has(&found, "story.txt unused-suppression").is_none());
    assert_eq!(r.code, 1);

    let r = run_in(
        dir.path(),
        &["check", "--format", "json", "story.md", "story.txt"],
        b"",
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(
        v["summary"]["suppressed"].as_u64().unwrap() >= 4,
        "{}",
        v["summary"]
    );
    let r = run_in(dir.path(), &["check", "story.md"], b"");
    assert!(r.stdout.contains("suppressed."), "{}", r.stdout);
}

#[test]
fn a_config_can_require_a_reason() {
    let md = b"<!-- credcheck-ignore anon-vague-qualifier -->\nInformed sources said the mayor would resign.\n\n<!-- credcheck-ignore anon-attribution: vetted -->\nTwo officials said the vote was off.\n";
    let dir = temp_tree(&[
        ("credcheck.toml", b"require-suppression-reason = true\n"),
        ("story.md", md),
    ]);
    let (found, _) = findings(dir.path(), &["story.md"]);
    let reasons: Vec<_> = found
        .iter()
        .filter(|(pr, _)| pr == "story.md suppression-without-reason")
        .collect();
    assert_eq!(reasons.len(), 1, "{found:?}");
    let (found, _) = findings(dir.path(), &["--isolated", "story.md"]);
    assert!(has(&found, "story.md suppression-without-reason").is_none());
}

#[test]
fn init_writes_a_config_and_a_tested_house_pack_and_never_overwrites() {
    let dir = temp_tree(&[]);
    let r = run_in(dir.path(), &["init"], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(dir.path().join("credcheck.toml").is_file());
    let r = run_in(dir.path(), &["rules", "test", "--no-builtin", "house"], b"");
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("rules test: ok. 2 passed"),
        "{}",
        r.stdout
    );
    // The written configuration loads and applies (its house pack included).
    let r = run_in(dir.path(), &["config", "--show"], b"");
    assert!(r.stdout.contains("fail-on = \"warning\""), "{}", r.stdout);
    std::fs::write(
        dir.path().join("story.txt"),
        "Mayor to quit, sources say\n\nThe mayor will resign.\n",
    )
    .unwrap();
    let (found, _) = findings(dir.path(), &["story.txt"]);
    assert!(
        has(&found, "story.txt house-source-in-headline").is_some(),
        "{found:?}"
    );
    let r = run_in(dir.path(), &["init"], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
}

#[test]
fn completions_man_page_and_jobs() {
    let dir = temp_tree(&[("story.txt", DRAFT)]);
    let r = run_in(dir.path(), &["completions", "bash"], b"");
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("_credcheck()"), "{}", r.stdout);
    let r = run_in(dir.path(), &["manpage"], b"");
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains(".TH credcheck 1"), "{}", r.stdout);
    let one = run_in(
        dir.path(),
        &["check", "--jobs", "1", "--format", "concise", "."],
        b"",
    );
    let many = run_in(dir.path(), &["check", "--format", "concise", "."], b"");
    assert_eq!(one.stdout, many.stdout);
    assert!(!one.stdout.is_empty());
}

#[test]
fn rules_list_and_explain() {
    let dir = temp_tree(&[]);
    let r = run_in(dir.path(), &["rules", "list", "--category", "denial"], b"");
    assert_eq!(r.code, 0);
    let ids: Vec<&str> = r
        .stdout
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        ids.contains(&"declined-to-comment") && ids.contains(&"denial-present"),
        "{ids:?}"
    );
    assert!(
        r.stdout.lines().skip(1).all(|l| l.contains(" denial ")),
        "{}",
        r.stdout
    );
    let r = run_in(
        dir.path(),
        &["rules", "list", "--pack", "suppressions"],
        b"",
    );
    assert_eq!(r.stdout.lines().count(), 4, "{}", r.stdout);

    let r = run_in(dir.path(), &["rules", "explain", "anon-bare-source"], b"");
    assert_eq!(r.code, 0);
    for part in [
        "## What it flags",
        "## Why it matters",
        "## Use instead",
        "## References",
        "according to [a source]",
    ] {
        assert!(r.stdout.contains(part), "missing {part}:\n{}", r.stdout);
    }
    let r = run_in(dir.path(), &["rules", "explain", "no-such-rule"], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no rule `no-such-rule`"), "{}", r.stderr);
}

#[test]
fn the_house_outlet_setting_makes_its_own_sources_its_own() {
    let draft = b"Informed sources told the Ledger that the mayor would resign.\n";
    let dir = temp_tree(&[("story.txt", draft)]);
    let (found, _) = findings(dir.path(), &["story.txt"]);
    assert!(
        has(&found, "story.txt anon-via-other-outlet").is_some(),
        "{found:?}"
    );
    std::fs::write(
        dir.path().join("credcheck.toml"),
        "[settings]\nhouse-outlet = \"The Ledger\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("story.txt"),
        "Informed sources told The Ledger that the mayor would resign.\n",
    )
    .unwrap();
    let (found, _) = findings(dir.path(), &["story.txt"]);
    assert!(
        has(&found, "story.txt anon-via-other-outlet").is_none(),
        "{found:?}"
    );
    assert!(has(&found, "story.txt anon-vague-qualifier").is_some());
}

#[test]
fn the_size_limit_comes_from_the_config() {
    let dir = temp_tree(&[
        ("credcheck.toml", b"max-file-size = 40\n"),
        ("big.txt", DRAFT),
        ("small.txt", b"The council met.\n"),
    ]);
    let r = run_in(dir.path(), &["check", "--format", "concise", "."], b"");
    assert!(r.stderr.contains("big.txt"), "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert_eq!(r.code, 0);
}
