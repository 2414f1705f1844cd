//! `credcheck check --diff` and `--fix`: safe fixes shown, applied only when asked, and never
//! a byte changed in a draft that has none.

mod common;

use common::{run_in, temp_tree};

const LOADED: &str = "The airline refused to comment on the lawsuit.\r\nPressed, the minister refused to say whether he had met the lobbyist.\r\n";
/// Findings with suggestions, none of them a safe fix (`admitted` → `said` is only offered).
const UNSAFE_ONLY: &str = "\u{feff}The mayor admitted the budget was late, officials said.\n";

fn read(dir: &tempfile::TempDir, name: &str) -> Vec<u8> {
    std::fs::read(dir.path().join(name)).unwrap()
}

#[test]
fn diff_shows_the_safe_fixes_and_writes_nothing() {
    let dir = temp_tree(&[
        ("loaded.txt", LOADED.as_bytes()),
        ("unsafe.txt", UNSAFE_ONLY.as_bytes()),
    ]);
    let r = run_in(
        dir.path(),
        &["check", "--diff", "loaded.txt", "unsafe.txt"],
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "--- loaded.txt\n+++ loaded.txt\n@@ -1,2 +1,2 @@\n\
         -The airline refused to comment on the lawsuit.\r\n\
         -Pressed, the minister refused to say whether he had met the lobbyist.\r\n\
         +The airline declined to comment on the lawsuit.\r\n\
         +Pressed, the minister declined to say whether he had met the lobbyist.\r\n"
    );
    assert_eq!(read(&dir, "loaded.txt"), LOADED.as_bytes());
    // Nothing to fix: no output, exit 0.
    let r = run_in(dir.path(), &["check", "--diff", "unsafe.txt"], b"");
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
}

#[test]
fn fix_applies_the_safe_fixes_then_reports_what_remains() {
    let dir = temp_tree(&[
        ("loaded.txt", LOADED.as_bytes()),
        ("unsafe.txt", UNSAFE_ONLY.as_bytes()),
        ("page.html", b"<p>The airline refused to comment.</p>"),
    ]);
    let before = std::fs::metadata(dir.path().join("loaded.txt"))
        .unwrap()
        .permissions();
    let r = run_in(
        dir.path(),
        &[
            "check",
            "--fix",
            "--format",
            "json",
            "loaded.txt",
            "unsafe.txt",
            "page.html",
        ],
        b"",
    );
    assert!(
        r.stderr.contains("fixed 2 findings in 1 file"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(
            "page.html: 1 fix(es) not applied: credcheck writes only plain-text and Markdown drafts"
        ),
        "{}",
        r.stderr
    );
    // Line endings and everything else kept; only the words changed.
    assert_eq!(
        read(&dir, "loaded.txt"),
        LOADED.replace("refused", "declined").as_bytes()
    );
    assert_eq!(
        std::fs::metadata(dir.path().join("loaded.txt"))
            .unwrap()
            .permissions(),
        before
    );
    // A draft with no safe fix is byte for byte what it was (its byte-order mark too).
    assert_eq!(read(&dir, "unsafe.txt"), UNSAFE_ONLY.as_bytes());
    assert_eq!(
        read(&dir, "page.html"),
        b"<p>The airline refused to comment.</p>"
    );
    // The report is of the fixed drafts: the loaded verb is gone, the page still has it.
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let rules = |path: &str| -> Vec<String> {
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["path"] == path)
            .flat_map(|f| f["findings"].as_array().unwrap().iter())
            .map(|x| x["rule"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(!rules("loaded.txt").contains(&"refused-to-comment-loaded".to_owned()));
    assert!(rules("page.html").contains(&"refused-to-comment-loaded".to_owned()));
    assert!(rules("unsafe.txt").contains(&"loaded-verb-guilt".to_owned()));
    // Run again: nothing left to fix.
    let r = run_in(dir.path(), &["check", "--diff", "loaded.txt"], b"");
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn a_finding_names_its_fix_and_suggests_it() {
    let dir = temp_tree(&[("loaded.txt", LOADED.as_bytes())]);
    let r = run_in(
        dir.path(),
        &["check", "--format", "json", "loaded.txt"],
        b"",
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let f = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "refused to say")
        .expect("the second refusal")
        .clone();
    assert_eq!(f["fix"], "declined to say");
    assert_eq!(f["suggestions"], serde_json::json!(["declined to say"]));
}

#[test]
fn fix_and_diff_do_not_go_together() {
    let dir = temp_tree(&[("loaded.txt", LOADED.as_bytes())]);
    let r = run_in(dir.path(), &["check", "--fix", "--diff", "loaded.txt"], b"");
    assert_eq!(r.code, 2);
    assert_eq!(read(&dir, "loaded.txt"), LOADED.as_bytes());
}
