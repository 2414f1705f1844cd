//! Never destroy a draft, never crash, never hang: hostile and broken input, end to end.

mod common;

use common::{run_in, run_with_env, temp_tree};

const PANIC_MARKER: &str = "FORCE-AN-INTERNAL-ERROR";

#[test]
fn an_internal_error_in_one_draft_does_not_stop_the_others() {
    let dir = temp_tree(&[
        ("a.txt", b"Officials said the bridge would close.\n"),
        (
            "b.txt",
            format!("Sources said {PANIC_MARKER} here.\n").as_bytes(),
        ),
        ("c.txt", b"Critics say the plan is flawed.\n"),
    ]);
    let run = run_with_env(
        dir.path(),
        &["check", "--format", "concise", "."],
        b"",
        &[("CREDCHECK_DEBUG_PANIC", PANIC_MARKER)],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.contains("a.txt:1:"), "{}", run.stdout);
    assert!(run.stdout.contains("c.txt:1:"), "{}", run.stdout);
    assert!(!run.stdout.contains("b.txt"), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("b.txt: internal error while checking this draft")
            && run.stderr.contains("please report it"),
        "{}",
        run.stderr
    );
    // The hook is quiet inside the guarded step: no raw panic report.
    assert!(!run.stderr.contains("thread '"), "{}", run.stderr);
    for cmd in ["inspect", "sources"] {
        let run = run_with_env(
            dir.path(),
            &[cmd, "a.txt", "b.txt", "c.txt"],
            b"",
            &[("CREDCHECK_DEBUG_PANIC", PANIC_MARKER)],
        );
        assert_eq!(run.code, 2, "{cmd}: {}", run.stderr);
        assert!(
            run.stdout.contains("a.txt") && run.stdout.contains("c.txt"),
            "{cmd}"
        );
        assert!(
            run.stderr.contains("b.txt: internal error"),
            "{cmd}: {}",
            run.stderr
        );
    }
    // Without the marker every draft is checked.
    let run = run_in(dir.path(), &["check", "--format", "concise", "."], b"");
    assert!(run.stdout.contains("b.txt:1:"), "{}", run.stdout);
}

#[test]
fn short_html_comments_do_not_crash() {
    let dir = temp_tree(&[
        (
            "a.md",
            b"Officials said <!--> it would.\n\n<!---> Sources said so.\n",
        ),
        ("b.txt", b"<!-->"),
    ]);
    let run = run_in(
        dir.path(),
        &["check", "--format", "concise", "a.md", "b.txt"],
        b"",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("a.md:1:"), "{}", run.stdout);
}

#[test]
fn the_report_never_replaces_a_draft() {
    let draft = b"Sources said x.\n";
    let dir = temp_tree(&[("d.txt", draft), ("desk/e.md", b"Officials said y.\n")]);
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("d.txt"), dir.path().join("link.out"))
        .expect("symlink");
    std::fs::hard_link(dir.path().join("desk/e.md"), dir.path().join("hard.out")).expect("link");
    for (out, inputs) in [
        ("d.txt", vec!["d.txt"]),
        ("./d.txt", vec!["d.txt"]),
        ("desk/e.md", vec!["."]),
        ("hard.out", vec!["desk"]),
        #[cfg(unix)]
        ("link.out", vec!["d.txt"]),
    ] {
        let mut args = vec!["check", "--output-file", out];
        args.extend(inputs);
        let run = run_in(dir.path(), &args, b"");
        assert_eq!(run.code, 2, "{out}: {}", run.stderr);
        assert!(
            run.stderr.contains("never writes to a draft"),
            "{}",
            run.stderr
        );
        assert!(run.stdout.is_empty());
    }
    assert_eq!(std::fs::read(dir.path().join("d.txt")).unwrap(), draft);
    assert_eq!(
        std::fs::read(dir.path().join("desk/e.md")).unwrap(),
        b"Officials said y.\n"
    );
}

#[test]
fn the_report_is_written_whole_and_a_failed_run_leaves_no_stale_one() {
    let dir = temp_tree(&[
        ("d.txt", b"Sources said x.\n"),
        ("bad.toml", b"[[rule]]\nid = \n"),
    ]);
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--output-file",
            "r.json",
            "--format",
            "json",
            "d.txt",
        ],
        b"",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = std::fs::read_to_string(dir.path().join("r.json")).unwrap();
    assert!(report.contains("\"anon-attribution\""), "{report}");
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with(".credcheck")),
        "{names:?}"
    );
    // A run that cannot produce a report removes the last one instead of leaving it as current.
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--output-file",
            "r.json",
            "--rules",
            "bad.toml",
            "d.txt",
        ],
        b"",
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!dir.path().join("r.json").exists());
}
