//! `credcheck eval`: scores a small gold file of our own drafts with a small pack whose results
//! are fixed by construction (tests/fixtures/eval), in text and JSON, with `--min-f1` and bad
//! gold files.

mod common;

use common::{run, run_in, temp_tree};

const GOLD: &str = "tests/fixtures/eval/gold.jsonl";
const PACK: &[&str] = &["--no-builtin", "--rules", "tests/fixtures/eval/pack.toml"];

fn eval(extra: &[&str]) -> common::Run {
    let mut args = vec!["eval"];
    args.extend_from_slice(PACK);
    args.extend_from_slice(extra);
    args.push(GOLD);
    run(&args)
}

#[test]
fn text_report_per_category_per_rule_and_misses() {
    let r = eval(&["--show", "5"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for line in [
        "anonymous-source    1.000  1.000  1.000     2     0     0",
        // "bristles at the suggestion" is a denial the pack does not know.
        "denial              1.000  0.667  0.800     2     0     1",
        // "published" is not an unverified claim: one false positive.
        "unverified-claim    0.667  1.000  0.800     2     1     0",
        "t-unverified                              2      1",
        "t-anon                                    2      0",
        "attribution cues   P 1.000  R 1.000   sources R 1.000   (gold cues 2, predicted 2)",
        "  FN school-1: \"Okoro bristles at the suggestion that he ignored the leaks.\" []",
        "  FP council-1: \"The council published its budget on Monday.\" [t-unverified]",
    ] {
        assert!(r.stdout.contains(line), "missing {line:?} in\n{}", r.stdout);
    }
    // The spokesman's sentence is left open for anonymous-source (`~anonymous-source`): the
    // pack flags it, and it counts neither way.
    assert!(!r.stdout.contains("spokesman"), "{}", r.stdout);
    // Without --show, no misses.
    assert!(!eval(&[]).stdout.contains("misses:"));
}

#[test]
fn json_report_and_min_f1() {
    let r = eval(&["--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(v["version"], 1);
    let file = &v["files"][0];
    assert_eq!(file["path"], GOLD);
    assert_eq!(file["documents"], 5);
    assert_eq!(
        file["categories"]["denial"],
        serde_json::json!({"tp": 2, "fp": 0, "fn": 1})
    );
    assert_eq!(
        file["rules"]["t-unverified"],
        serde_json::json!({"tp": 2, "fp": 1, "fn": 0})
    );
    assert_eq!(file["misses"].as_array().map(Vec::len), Some(2));
    assert_eq!(file["attribution"]["sources_found"], 2);
    // Every category at or above 0.8: a threshold of 0.8 passes, 0.81 fails.
    assert_eq!(eval(&["--min-f1", "0.8"]).code, 0);
    assert_eq!(eval(&["--min-f1", "0.81"]).code, 1);
}

#[test]
fn a_bad_gold_file_is_an_error_naming_the_line() {
    let dir = temp_tree(&[
        (
            "bad.jsonl",
            b"{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": 3}\n",
        ),
        (
            "range.jsonl",
            b"{\"id\": \"a\", \"text\": \"short\", \"sentences\": [{\"start\": 0, \"end\": 40}]}\n",
        ),
    ]);
    let r = run_in(dir.path(), &["eval", "bad.jsonl"], b"");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("bad.jsonl:2: not a gold document"),
        "{}",
        r.stderr
    );
    let r = run_in(dir.path(), &["eval", "range.jsonl"], b"");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("range.jsonl:1: sentence 0..40 lies outside the text"),
        "{}",
        r.stderr
    );
    let r = run_in(dir.path(), &["eval", "missing.jsonl"], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("missing.jsonl"), "{}", r.stderr);
}
