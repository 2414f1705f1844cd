//! What a new user tripped on (the house-keeping issue), end to end.

mod common;

use common::{run_in, temp_tree};

#[test]
fn junit_failures_follow_fail_on_like_the_exit_code() {
    // `vague-quantity` is info: with the default fail-on (warning) the run passes, and so must
    // the JUnit report; the finding is still listed, as output.
    let dir = temp_tree(&[
        ("info.txt", b"Several residents attended the meeting.\n"),
        ("warn.txt", b"Officials said the bridge would close.\n"),
    ]);
    let run = run_in(dir.path(), &["check", "--format", "junit", "info.txt"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("failures=\"0\""), "{}", run.stdout);
    assert!(!run.stdout.contains("<failure"), "{}", run.stdout);
    assert!(
        run.stdout.contains("<system-out>") && run.stdout.contains("vague-quantity"),
        "{}",
        run.stdout
    );
    // With fail-on info, the same draft fails in both.
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "junit",
            "--fail-on",
            "info",
            "info.txt",
        ],
        b"",
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("failures=\"1\"") && run.stdout.contains("<failure"),
        "{}",
        run.stdout
    );
    // A warning fails under the default.
    let run = run_in(
        dir.path(),
        &["check", "--format", "junit", "info.txt", "warn.txt"],
        b"",
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("tests=\"2\" failures=\"1\""),
        "{}",
        run.stdout
    );
}
