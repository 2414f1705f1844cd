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

#[cfg(unix)]
#[test]
fn endless_and_special_files_fail_fast_with_the_file_named() {
    let dir = temp_tree(&[("d.txt", b"Sources said x.\n")]);
    // A device as a draft: read up to the limit + 1 byte, then refused.
    let run = run_in(dir.path(), &["check", "/dev/zero"], b"");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("/dev/zero: over the size limit"),
        "{}",
        run.stderr
    );
    // As a configuration or a pack: not a TOML file, and its content is never echoed.
    for args in [
        ["check", "--config", "/dev/zero", "d.txt"],
        ["check", "--rules", "/dev/urandom", "d.txt"],
        ["check", "--config", "/proc/self/environ", "d.txt"],
    ] {
        let run = run_in(dir.path(), &args, b"");
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("is not a .toml file"), "{}", run.stderr);
        assert!(!run.stderr.contains("PATH="), "{}", run.stderr);
    }
    // A pipe with no writer, named `.toml`: refused without opening it.
    let fifo = dir.path().join("pipe.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for args in [
        ["check", "--config", "pipe.toml", "d.txt"],
        ["check", "--rules", "pipe.toml", "d.txt"],
    ] {
        let run = run_in(dir.path(), &args, b"");
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("is a pipe, not a regular file"),
            "{}",
            run.stderr
        );
    }
    // As a draft: given up after the timeout, and the other draft is still checked.
    let run = run_with_env(
        dir.path(),
        &["check", "--format", "concise", "pipe.toml", "d.txt"],
        b"",
        &[("CREDCHECK_PIPE_TIMEOUT_MS", "300")],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("pipe.toml: no end of data"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("d.txt:1:"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn rule_folders_with_symlink_loops_and_links_outside_end() {
    let outside = temp_tree(&[("secret.toml", b"not = [a pack\n")]);
    let dir = temp_tree(&[
        ("d.txt", b"Sources said x.\n"),
        (
            "rules/house.toml",
            include_bytes!("fixtures/rules/house.toml"),
        ),
    ]);
    let rules = dir.path().join("rules");
    std::os::unix::fs::symlink(&rules, rules.join("loop-a")).unwrap();
    std::os::unix::fs::symlink(&rules, rules.join("loop-b")).unwrap();
    std::os::unix::fs::symlink(outside.path(), rules.join("elsewhere")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.toml"), rules.join("s.toml")).unwrap();
    let run = run_in(
        dir.path(),
        &["check", "--format", "concise", "--rules", "rules", "d.txt"],
        b"",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("house-vague-source"), "{}", run.stdout);
}

#[test]
fn utf16_drafts_are_read_and_nul_in_a_named_file_is_an_error() {
    let text = "Officials said the bridge would close.\r\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let dir = temp_tree(&[
        ("le.txt", &le),
        ("be.txt", &be),
        ("nul.txt", b"Sources said\0 x.\n"),
        ("walk/nul.txt", b"Sources said\0 x.\n"),
    ]);
    let run = run_in(
        dir.path(),
        &["check", "--format", "concise", "le.txt", "be.txt"],
        b"",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    for name in ["le.txt:1:1", "be.txt:1:1"] {
        assert!(run.stdout.contains(name), "{name}: {}", run.stdout);
    }
    // Named: an error. Found in a folder: skipped, and counted.
    let run = run_in(dir.path(), &["check", "nul.txt"], b"");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: nul.txt: binary file (NUL byte at offset 12)"),
        "{}",
        run.stderr
    );
    let run = run_in(dir.path(), &["check", "walk"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("1 file skipped in folders"),
        "{}",
        run.stderr
    );
}

#[test]
fn long_extend_chains_and_configs_reaching_outside_the_project() {
    // A chain of 100 configurations: refused at the documented depth, no stack overflow.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..100 {
        std::fs::write(
            dir.path().join(format!("c{i}.toml")),
            format!("extend = \"c{}.toml\"\n", i + 1),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("c100.toml"), "").unwrap();
    std::fs::write(dir.path().join("d.txt"), "Sources said x.\n").unwrap();
    let run = run_in(dir.path(), &["check", "--config", "c0.toml", "d.txt"], b"");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("deeper than 32"), "{}", run.stderr);

    // A credcheck.toml that arrives with the drafts may not reach outside its repository.
    let outside = temp_tree(&[("base.toml", b"fail-on = \"never\"\n")]);
    let base = outside.path().join("base.toml");
    let repo = temp_tree(&[
        (".git/HEAD", b"ref: refs/heads/main\n"),
        ("desk/d.txt", b"Sources said x.\n"),
    ]);
    std::fs::write(
        repo.path().join("desk/credcheck.toml"),
        format!("extend = {:?}\n", base.display().to_string()),
    )
    .unwrap();
    let run = run_in(repo.path(), &["check", "desk"], b"");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("outside the project"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("fail-on"),
        "content is not echoed: {}",
        run.stderr
    );
    // Named with --config, the same file may.
    let run = run_in(
        repo.path(),
        &["check", "--config", "desk/credcheck.toml", "desk"],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Inside the repository, above the config's folder, is fine.
    std::fs::write(repo.path().join("base.toml"), "fail-on = \"never\"\n").unwrap();
    std::fs::write(
        repo.path().join("desk/credcheck.toml"),
        "extend = \"../base.toml\"\n",
    )
    .unwrap();
    let run = run_in(repo.path(), &["check", "desk"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn escape_sequences_in_drafts_and_file_names_never_reach_the_terminal() {
    let draft =
        "Officials said \u{1b}]0;pwned\u{7} the \u{1b}[2J vote \u{9b}31m was \u{202e}rigged.\n";
    let name = "evil\u{1b}[2Jname.txt";
    let dir = temp_tree(&[(name, draft.as_bytes())]);
    for args in [
        vec!["check", "--format", "full", name],
        vec!["check", "--format", "concise", name],
        vec!["check", "--format", "github", name],
        vec!["inspect", name],
        vec!["inspect", "--tokens", name],
        vec!["sources", name],
    ] {
        let run = run_in(dir.path(), &args, b"");
        for out in [&run.stdout, &run.stderr] {
            assert!(
                !out.contains('\u{1b}') && !out.contains('\u{9b}') && !out.contains('\u{202e}'),
                "{args:?} printed a raw control character:\n{out}"
            );
        }
        assert!(
            run.stdout.contains("\\u{1b}") || run.stdout.contains("%1B"),
            "{args:?} shows the escape:\n{}",
            run.stdout
        );
    }
    // JSON keeps the text exactly (escaped by JSON's own rules).
    let run = run_in(dir.path(), &["check", "--format", "json", name], b"");
    assert!(run.stdout.contains("\\u001b"), "{}", run.stdout);
}

#[test]
fn old_mac_line_endings_and_byte_order_marks_give_true_positions() {
    let dir = temp_tree(&[
        (
            "mac.txt",
            b"Bridge To Close\r\rOfficials said the bridge would close.\r\rSources said so.\r",
        ),
        (
            "bom.txt",
            "\u{feff}Officials said the bridge would close.\n".as_bytes(),
        ),
    ]);
    let run = run_in(
        dir.path(),
        &["check", "--format", "concise", "mac.txt"],
        b"",
    );
    assert!(
        run.stdout
            .contains("mac.txt:3:1: warning[anon-attribution]"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("mac.txt:5:1:"), "{}", run.stdout);
    // The headline stays a headline: nothing is found in it.
    assert!(!run.stdout.contains("mac.txt:1:"), "{}", run.stdout);
    // Line 1 of a draft with a UTF-8 byte-order mark: the mark is not a column, in every format.
    let concise = run_in(
        dir.path(),
        &["check", "--format", "concise", "bom.txt"],
        b"",
    );
    assert!(
        concise
            .stdout
            .contains("bom.txt:1:1: warning[anon-attribution]"),
        "{}",
        concise.stdout
    );
    let full = run_in(dir.path(), &["check", "--format", "full", "bom.txt"], b"");
    assert!(full.stdout.contains("--> bom.txt:1:1"), "{}", full.stdout);
    assert!(!full.stdout.contains('\u{feff}'), "{}", full.stdout);
}

#[cfg(unix)]
#[test]
fn init_never_follows_a_planted_link_and_jobs_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("outside.toml");
    std::os::unix::fs::symlink(&target, dir.path().join("credcheck.toml")).unwrap();
    let run = run_in(dir.path(), &["init"], b"");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert!(!target.exists(), "init wrote through a dangling link");

    let run = run_in(dir.path(), &["check", "--jobs", "100000", "."], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not in 0..=256"), "{}", run.stderr);
}

#[cfg(target_os = "linux")]
#[test]
fn a_closed_standard_output_is_said_not_a_silently_lost_report() {
    let dir = temp_tree(&[("d.txt", b"Sources said x.\n")]);
    let bin = env!("CARGO_BIN_EXE_credcheck");
    // Closed, or `/dev/null` opened read-write as Python's `subprocess.DEVNULL` does: the two
    // look the same, so the run goes on (its exit code stands) and stderr says the report is
    // discarded.
    for redirect in [">&-", "1<>/dev/null"] {
        let closed = std::process::Command::new("sh")
            .current_dir(dir.path())
            .args(["-c", &format!("exec \"$0\" check d.txt {redirect}"), bin])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&closed.stderr);
        assert_eq!(closed.status.code(), Some(1), "{redirect}: {stderr}");
        assert!(
            stderr.contains("standard output is closed (or /dev/null opened read-write)"),
            "{redirect}: {stderr}"
        );
    }
    let python = std::process::Command::new(bin)
        .current_dir(dir.path())
        .args(["check", "d.txt"])
        .stdout(
            std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/null")
                .unwrap(),
        )
        .output()
        .unwrap();
    assert_eq!(python.status.code(), Some(1));
    // `> /dev/null` is a choice, not an accident.
    let null = std::process::Command::new("sh")
        .current_dir(dir.path())
        .args(["-c", "exec \"$0\" check d.txt > /dev/null", bin])
        .output()
        .unwrap();
    assert_eq!(
        null.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&null.stderr)
    );
    // With --output-file the report does not need standard output.
    let file = std::process::Command::new("sh")
        .current_dir(dir.path())
        .args(["-c", "exec \"$0\" check --output-file r.txt d.txt >&-", bin])
        .output()
        .unwrap();
    assert_eq!(file.status.code(), Some(1));
    assert!(dir.path().join("r.txt").exists());
}
