//! End-to-end tests of `credcheck check` and `credcheck rules test` through the real binary.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{run, run_in, temp_tree, workspace_root};

const HOUSE: &str = "tests/fixtures/rules/house.toml";
const DRAFTS: &str = "tests/fixtures/drafts";

/// `credcheck check` with only the house pack, run in `dir` (the pack found by absolute path).
fn house_in(dir: &Path, args: &[&str], stdin: &[u8]) -> common::Run {
    let rules = workspace_root().join(HOUSE);
    let rules = rules.to_str().expect("UTF-8 path");
    let mut all = vec!["check", "--no-builtin", "--rules", rules];
    all.extend_from_slice(args);
    run_in(dir, &all, stdin)
}

fn house(args: &[&str]) -> common::Run {
    let mut all = vec!["check", "--no-builtin", "--rules", HOUSE];
    all.extend_from_slice(args);
    run(&all)
}

#[test]
fn full_format_snapshot() {
    let r = house(&[DRAFTS]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    insta::assert_snapshot!("full_format", r.stdout);
}

#[test]
fn json_format_snapshot_and_contract() {
    let r = house(&["--format", "json", DRAFTS]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    insta::assert_snapshot!("json_format", r.stdout);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    assert_eq!(v["version"], 1);
    let src = std::fs::read_to_string(workspace_root().join(DRAFTS).join("harbour.md")).unwrap();
    for f in v["files"][0]["findings"].as_array().unwrap() {
        let start = usize::try_from(f["span"]["start"].as_u64().unwrap()).unwrap();
        let end = usize::try_from(f["span"]["end"].as_u64().unwrap()).unwrap();
        assert_eq!(
            &src[start..end],
            f["text"].as_str().unwrap(),
            "spans are byte offsets into the file"
        );
    }
}

#[test]
fn exit_codes_follow_fail_on() {
    assert_eq!(
        house(&[DRAFTS]).code,
        1,
        "an error-level finding fails by default"
    );
    assert_eq!(house(&["--fail-on", "never", DRAFTS]).code, 0);
    let clean = "tests/fixtures/drafts/nested/clean.txt";
    let r = house(&[clean]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "No findings in 1 file.\n"));
    // Only a warning: fails at `warning` (the default) and `info`, not at `error`.
    let dir = temp_tree(&[("w.txt", b"Insiders said so.")]);
    let w = |fail_on: &str| house_in(dir.path(), &["--fail-on", fail_on, "w.txt"], b"").code;
    assert_eq!((w("error"), w("warning"), w("info")), (0, 1, 1));
    assert_eq!(
        run(&["check", "--fail-on", "sometimes", DRAFTS]).code,
        2,
        "usage error"
    );
}

#[test]
fn standard_input() {
    let r = house_in(
        &workspace_root(),
        &["--format", "json", "-"],
        b"It reportedly fell.",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "-");
    assert_eq!(v["files"][0]["findings"][0]["rule"], "house-reportedly");
    assert_eq!(v["files"][0]["findings"][0]["column"], 4);
}

#[test]
fn folders_respect_gitignore_and_extensions_but_explicit_files_are_checked() {
    let dir = temp_tree(&[
        (".gitignore", b"ignored.txt\n"),
        ("ignored.txt", b"Sources said this is ignored."),
        ("notes.rst", b"Sources said this is not a draft."),
        ("story.txt", b"Sources said this is checked."),
        ("sub/deeper.markdown", b"Sources said this too."),
    ]);
    let paths = |r: &common::Run| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_owned())
            .collect()
    };
    let r = house_in(dir.path(), &["--format", "json", "."], b"");
    assert_eq!(paths(&r), ["./story.txt", "./sub/deeper.markdown"]);
    let r = house_in(
        dir.path(),
        &["--format", "json", "ignored.txt", "notes.rst"],
        b"",
    );
    assert_eq!(paths(&r), ["ignored.txt", "notes.rst"]);
}

#[test]
fn bad_inputs_are_reported_and_the_run_goes_on() {
    let dir = temp_tree(&[
        ("a-good.txt", b"Sources said so."),
        ("b-latin1.txt", b"Caf\xe9 sources said so."),
        ("c-binary.txt", b"\0\x01\x02binary"),
        ("d-empty.txt", b""),
        ("file.txt", b"x"),
    ]);
    let r = house_in(
        dir.path(),
        &[".", "missing.txt", "file.txt/inside.txt"],
        b"",
    );
    assert_eq!(r.code, 2, "an unreadable draft makes the run exit 2");
    assert!(
        r.stderr
            .contains("b-latin1.txt: invalid UTF-8 at line 1, byte offset 3"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("c-binary.txt: skipped: binary file (NUL byte at offset 0)")
            && r.stderr.contains("1 file skipped in folders"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("missing.txt: no such file or directory"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("file.txt/inside.txt:"), "{}", r.stderr);
    assert!(
        r.stdout.contains("a-good.txt:1:1"),
        "the good file is still checked:\n{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("in 3 files"),
        "good, empty and file.txt are checked:\n{}",
        r.stdout
    );
    assert!(!r.stderr.contains("panicked"));
    assert_eq!(
        std::fs::read(dir.path().join("b-latin1.txt")).unwrap(),
        b"Caf\xe9 sources said so.",
        "drafts are never modified"
    );
}

#[test]
fn output_is_identical_across_runs() {
    let files: Vec<(String, Vec<u8>)> = (0..40)
        .map(|i| {
            (
                format!("d{i:02}/story.txt"),
                format!("Sources said {i}. It reportedly fell. Insiders told me.").into_bytes(),
            )
        })
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let dir = temp_tree(&refs);
    let first = house_in(dir.path(), &["."], b"").stdout;
    for _ in 0..3 {
        assert_eq!(house_in(dir.path(), &["."], b"").stdout, first);
    }
    let positions: Vec<&str> = first.lines().filter(|l| l.contains("-->")).collect();
    let mut sorted = positions.clone();
    sorted.sort_unstable();
    assert_eq!(positions, sorted, "sorted by path, then position");
}

#[test]
fn more_drafts_than_a_batch_of_uneven_length_are_reported_in_path_order_each_once() {
    // More drafts than a batch of ready reports, with long ones among short ones, so that
    // workers finish out of order and the reporter writes in batches and after waits.
    let names: Vec<String> = (0..120).map(|i| format!("d{i:03}.txt")).collect();
    let texts: Vec<Vec<u8>> = (0..120)
        .map(|i| {
            "Sources said the plant would close. "
                .repeat(1 + (i * 37) % 60)
                .into_bytes()
        })
        .collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .zip(&texts)
        .map(|(n, t)| (n.as_str(), t.as_slice()))
        .collect();
    let dir = temp_tree(&files);
    let run = common::run_in(dir.path(), &["check", "--format", "json", "."], b"");
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    let paths: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    let want: Vec<String> = names.iter().map(|n| format!("./{n}")).collect();
    assert_eq!(paths, want);
    assert_eq!(v["summary"]["files"], 120);
}

#[test]
fn the_report_streams_in_path_order_across_configurations_as_one_json_document() {
    // `a/` has its own configuration (the house rule of vague sources off); the folder `a`
    // sorts before `a-b.txt`, folder by folder as a walk lists them (`ls -R`, `rg --sort
    // path`), though `a-b.txt` comes first as a string.
    let dir = temp_tree(&[
        (
            "a/credcheck.toml",
            b"[severity]\nhouse-vague-source = \"off\"\n",
        ),
        (
            "a/x.txt",
            b"Sources said the plant would close. It reportedly fell.\n",
        ),
        ("a-b.txt", b"Sources said the plant would close.\n"),
        ("b.txt", b"Sources said the plant would close.\n"),
        ("empty/skip.bin", b"\x00\x01"),
    ]);
    let run = house_in(dir.path(), &["--format", "json", "."], b"");
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    let paths: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, ["./a/x.txt", "./a-b.txt", "./b.txt"]);
    let rules_in = |i: usize| -> Vec<String> {
        v["files"][i]["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["rule"].as_str().expect("rule").to_owned())
            .collect()
    };
    let vague = "house-vague-source".to_owned();
    assert!(!rules_in(0).contains(&vague), "{}", run.stdout);
    assert!(rules_in(1).contains(&vague), "{}", run.stdout);
    assert!(rules_in(2).contains(&vague), "{}", run.stdout);
    let total: usize = (0..3).map(|i| rules_in(i).len()).sum();
    assert_eq!(v["summary"]["files"], 3);
    assert_eq!(v["summary"]["findings"], total);
    // No draft at all: still one document, with an empty list.
    let none = temp_tree(&[("notes.bin", b"\x00")]);
    let run = house_in(none.path(), &["--format", "json", "."], b"");
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    assert_eq!(v["files"], serde_json::json!([]));
    assert_eq!(v["summary"]["files"], 0);
}

#[test]
fn broken_rule_file_is_rejected_with_its_position() {
    let dir = temp_tree(&[(
        "bad.toml",
        b"[pack]\nid = \"bad\"\n\n[[rule]]\nid = \"x\"\ncategory = \"c\"\nseverity = \"warning\"\nmessage = \"m\"\npattern = \"said @nope\"\n[[rule.example]]\nflagged = \"[said]\"\n[[rule.example]]\nclean = \"no\"\n",
    )]);
    let r = run_in(dir.path(), &["check", "--rules", "bad.toml", "."], b"");
    assert_eq!(r.code, 2);
    insta::assert_snapshot!(r.stderr, @r#"
    error: bad pattern: unknown list `@nope`
     --> bad.toml:9:17
      |
    9 | pattern = "said @nope"
      |                 ^^^^^
      |
      = help: define it under [lists] in this pack, or in a shared list file (rules/lists/*.toml)
    credcheck: 1 error in rule files; no draft was checked
    "#);
    let r = run_in(dir.path(), &["check", "--rules", "missing-dir", "."], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("rules path missing-dir:"), "{}", r.stderr);
}

#[test]
fn rules_test_reports_failing_examples() {
    let ok = run(&["rules", "test"]);
    assert_eq!(ok.code, 0, "{}", ok.stdout);
    assert!(ok.stdout.starts_with("rules test: ok."), "{}", ok.stdout);
    let dir = temp_tree(&[(
        "house.toml",
        b"[pack]\nid = \"house\"\n[[rule]]\nid = \"said-rule\"\ncategory = \"c\"\nseverity = \"info\"\nmessage = \"m\"\npattern = \"said\"\n[[rule.example]]\nflagged = \"He [told] me.\"\n[[rule.example]]\nclean = \"She said no.\"\n",
    )]);
    let r = run_in(
        dir.path(),
        &["rules", "test", "--no-builtin", "house.toml"],
        b"",
    );
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout, @r"
    FAIL house/said-rule — flagged example at house.toml:10
      example:  He [told] me.
      expected: [told]
      got:      nothing

    FAIL house/said-rule — clean example at house.toml:12
      example:  She said no.
      expected: nothing
      got:      [said]

    rules test: FAILED. 0 passed; 2 failed (1 rules in 1 packs)
    ");
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let text = "Sources said it. ".repeat(20_000);
    let dir = temp_tree(&[("long.txt", text.as_bytes())]);
    let rules = workspace_root().join(HOUSE);
    let mut child = Command::new(env!("CARGO_BIN_EXE_credcheck"))
        .args([
            "check",
            "--no-builtin",
            "--rules",
            rules.to_str().unwrap(),
            "long.txt",
        ])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take()); // like `| head -c 64`
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn builtin_packs_on_the_example_drafts() {
    let r = run(&["check", "--format", "json", "examples"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let rules: Vec<String> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["findings"].as_array().unwrap().iter().map(|x| {
                format!(
                    "{} {}",
                    f["path"].as_str().unwrap(),
                    x["rule"].as_str().unwrap()
                )
            })
        })
        .collect();
    for expected in [
        "examples/port-crane.md anon-vague-qualifier",
        "examples/port-crane.md anon-via-other-outlet",
        "examples/port-crane.md anon-attribution",
        "examples/port-crane.md doc-anon-no-reason",
        "examples/port-crane.md reportedly-hedge",
        "examples/port-crane.md agentless-passive-attribution",
        "examples/port-crane.md declined-to-comment",
        "examples/council-budget.txt weasel-vague-attribution",
        "examples/council-budget.txt anon-attribution",
        "examples/council-budget.txt anon-formulaic-knowledge-phrase",
        "examples/council-budget.txt denial-present",
    ] {
        assert!(
            rules.iter().any(|r| r == expected),
            "missing {expected} in {rules:#?}"
        );
    }
}

/// The wire-story constructions the project started from (`shared/seed`), in a draft of our own:
/// the catalogue's worked example (§8) is the expected result. Each line is
/// `line:column severity rule «highlighted words»`.
#[test]
fn builtin_packs_on_the_seed_constructions() {
    let path = "tests/fixtures/sourcing/harbour-strike.txt";
    let r = run(&["check", "--format", "json", "--fail-on", "never", path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let text = std::fs::read_to_string(workspace_root().join(path)).unwrap();
    let mut lines = Vec::new();
    for f in v["files"][0]["findings"].as_array().unwrap() {
        let (s, e) = (
            f["span"]["start"].as_u64().unwrap() as usize,
            f["span"]["end"].as_u64().unwrap() as usize,
        );
        lines.push(format!(
            "{}:{} {} {} «{}»",
            f["line"],
            f["column"],
            f["severity"].as_str().unwrap(),
            f["rule"].as_str().unwrap(),
            &text[s..e]
        ));
    }
    insta::assert_snapshot!(lines.join("\n"));
}

/// Every output format, end to end on the same draft (the seed constructions).
#[test]
fn every_output_format_on_the_seed_constructions() {
    let path = "tests/fixtures/sourcing/harbour-strike.txt";
    for format in ["concise", "json-lines", "github", "junit", "sarif"] {
        let r = run(&["check", "--format", format, path]);
        assert_eq!(r.code, 1, "{format}: {}", r.stderr);
        insta::assert_snapshot!(format!("format_{}", format.replace('-', "_")), r.stdout);
    }
}

/// The SARIF output is valid against the SARIF 2.1.0 schema (OASIS, vendored in the fixtures).
#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(workspace_root().join("tests/fixtures/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft4::new(&schema).expect("the schema compiles");
    for args in [
        vec![
            "check",
            "--format",
            "sarif",
            "tests/fixtures/sourcing/harbour-strike.txt",
        ],
        vec!["check", "--format", "sarif", "examples"],
        vec![
            "check",
            "--format",
            "sarif",
            "--no-builtin",
            "--rules",
            HOUSE,
            "examples",
        ],
    ] {
        let r = run(&args);
        let sarif: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {}", errors.join("\n"));
        assert!(!sarif["runs"][0]["results"].as_array().unwrap().is_empty());
        // SARIF1001: a rule's name differs from its id; the tool says its version.
        let driver = &sarif["runs"][0]["tool"]["driver"];
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        for rule in driver["rules"].as_array().unwrap() {
            assert_ne!(rule["name"], rule["id"], "{rule}");
        }
    }
    let r = run(&["check", "--format", "sarif", "examples"]);
    assert!(
        r.stdout.contains("\"name\": \"AnonAttribution\""),
        "{}",
        r.stdout
    );
    // The check can fail: a level SARIF does not define is rejected.
    let r = run(&["check", "--format", "sarif", "examples"]);
    let mut sarif: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    sarif["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(!validator.is_valid(&sarif));
}

/// `--output-file` writes the report there; `--exit-zero` keeps 0 with findings; `--statistics`
/// counts findings per rule.
#[test]
fn output_file_exit_zero_and_statistics() {
    let dir = temp_tree(&[]);
    let out = dir.path().join("report.txt");
    let out_arg = out.to_str().unwrap();
    let path = workspace_root().join("tests/fixtures/sourcing/harbour-strike.txt");
    let path = path.to_str().unwrap();
    let r = run(&[
        "check",
        "--format",
        "concise",
        "--output-file",
        out_arg,
        path,
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("warning[unnamed-reports]"), "{written}");

    let r = run(&[
        "check",
        "--format",
        "concise",
        "--exit-zero",
        "--statistics",
        path,
    ]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("count  rule"), "{}", r.stdout);
    assert!(r.stdout.contains("     2  unnamed-reports"), "{}", r.stdout);

    let r = run(&[
        "check",
        "--format",
        "json",
        "--statistics",
        "--exit-zero",
        path,
    ]);
    assert!(serde_json::from_str::<serde_json::Value>(&r.stdout).is_ok());
    assert!(r.stderr.contains("unnamed-reports"), "{}", r.stderr);
}

/// In `full` output, findings on the same words are shown once: the most severe leads and the
/// others follow as notes; every finding is still counted.
#[test]
fn full_format_groups_findings_on_the_same_words() {
    let r = run(&[
        "check",
        "--color",
        "never",
        "tests/fixtures/sourcing/harbour-strike.txt",
    ]);
    assert_eq!(r.code, 1);
    let informed = r
        .stdout
        .split("\n\n")
        .find(|block| block.contains("6 | Informed sources"))
        .expect("a finding on line 6");
    assert!(
        informed.starts_with("error[anon-vague-qualifier]"),
        "{informed}"
    );
    for also in [
        "also warning[anon-via-other-outlet]",
        "also info[anon-unquantified-plural]",
    ] {
        assert!(informed.contains(also), "missing {also}:\n{informed}");
    }
    // A finding on other words keeps its own snippet: the booster stands on "did indeed".
    assert!(
        !informed.contains("booster-endorses-unverified"),
        "{informed}"
    );
    let booster = r
        .stdout
        .split("\n\n")
        .find(|block| block.starts_with("warning[booster-endorses-unverified]"))
        .expect("the booster has its own snippet");
    assert!(booster.contains("harbour-strike.txt:6:71"), "{booster}");
    // It shows the words it follows, underlined as context under the source line.
    assert!(
        booster.contains("  | ---------------- about these words"),
        "{booster}"
    );
    // The words "Informed sources" lead one snippet; the line shows again only for the
    // booster's own words.
    assert_eq!(
        r.stdout.matches("harbour-strike.txt:6:1\n").count(),
        1,
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.matches("6 | Informed sources").count(), 2);
    assert!(r.stdout.contains("Found 18 findings"), "{}", r.stdout);
}
