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

#[test]
fn force_exclude_applies_the_configuration_to_named_files() {
    let dir = temp_tree(&[
        ("credcheck.toml", b"exclude = [\"archive/**\"]\n"),
        (
            "archive/old.txt",
            b"Officials said the bridge would close.\n",
        ),
        ("story.txt", b"Officials said the bridge would close.\n"),
    ]);
    let named = [
        "check",
        "--format",
        "concise",
        "archive/old.txt",
        "story.txt",
    ];
    let run = run_in(dir.path(), &named, b"");
    assert!(
        run.stdout.contains("archive/old.txt:1:1"),
        "named files are checked: {}",
        run.stdout
    );
    let mut forced = named.to_vec();
    forced.insert(1, "--force-exclude");
    let run = run_in(dir.path(), &forced, b"");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stdout.contains("archive/old.txt"), "{}", run.stdout);
    assert!(run.stdout.contains("story.txt:1:1"), "{}", run.stdout);
}

/// The hook as a desk installs it: `pre-commit try-repo` on this repository builds credcheck with
/// `cargo install --path .` and runs it on the drafts of another repository. Slow (a release
/// build), so it runs where `pre-commit` is installed; `.ci/run` installs it and sets
/// `CREDCHECK_TEST_PRE_COMMIT=1`, which makes a missing `pre-commit` a failure.
#[test]
fn the_pre_commit_hook_installs_from_a_fresh_clone_and_honours_excludes() {
    let required = std::env::var_os("CREDCHECK_TEST_PRE_COMMIT").is_some();
    let available = std::process::Command::new("python3")
        .args(["-m", "pre_commit", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        assert!(
            !required,
            "CREDCHECK_TEST_PRE_COMMIT is set but pre-commit is not installed"
        );
        eprintln!("skipped: pre-commit is not installed (python3 -m pip install pre-commit)");
        return;
    }
    let desk = temp_tree(&[
        (".pre-commit-config.yaml", b"repos: []\n"),
        ("credcheck.toml", b"exclude = [\"archive/**\"]\n"),
        (
            "archive/old.md",
            b"Officials said the bridge would close.\n",
        ),
        (
            "drafts/story.md",
            b"Officials said the bridge would close.\n",
        ),
    ]);
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(desk.path())
            .args(args)
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("python3")
        .current_dir(desk.path())
        .env("PRE_COMMIT_HOME", home.path())
        // What is tested is that the hook installs and runs, not the optimiser: a quick build.
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "0")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .args([
            "-m",
            "pre_commit",
            "try-repo",
            common::workspace_root().to_str().unwrap(),
            "credcheck",
            "--all-files",
        ])
        .output()
        .expect("pre-commit runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains("virtual manifest") && !stderr.contains("virtual manifest"));
    assert_eq!(
        out.status.code(),
        Some(1),
        "the hook fails on the draft:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("drafts/story.md:1:1: warning[anon-attribution]"),
        "{stdout}\n{stderr}"
    );
    assert!(
        !stdout.contains("archive/old.md"),
        "excluded drafts are left out: {stdout}"
    );
}

#[test]
fn small_things_a_new_user_hit() {
    let dir = temp_tree(&[]);
    // `credcheck config` alone shows the configuration instead of a usage error.
    let run = run_in(dir.path(), &["config"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("packs = [\"builtin\"]"),
        "{}",
        run.stdout
    );
    // Every subcommand's version is the program's.
    for args in [vec!["check", "-V"], vec!["rules", "list", "-V"], vec!["-V"]] {
        let run = run_in(dir.path(), &args, b"");
        assert_eq!(
            run.stdout.trim(),
            format!("credcheck {}", env!("CARGO_PKG_VERSION"))
        );
    }
    // A rule list never shows a message template's placeholders.
    let run = run_in(dir.path(), &["rules", "list"], b"");
    assert_eq!(run.code, 0);
    assert!(
        !run.stdout.contains("{match}") && !run.stdout.contains("{suggest}"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_plain_text_marker_is_not_prose() {
    let story = "Bridge Talks Stall\n\nOfficials said the bridge would close in May. \
                 The mayor, Ana Ruiz, said the city would appeal.\n";
    let marked = "Bridge Talks Stall\n\nOfficials said the bridge would close in May.\n\
                  [credcheck-ignore hedging: sources said the wording was agreed]\n\
                  The mayor, Ana Ruiz, said the city would appeal.\n";
    let dir = temp_tree(&[
        ("plain.txt", story.as_bytes()),
        ("marked.txt", marked.as_bytes()),
    ]);
    let ledger = |name: &str| {
        let run = run_in(dir.path(), &["sources", "--format", "json", name], b"");
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        v["files"][0]["summary"].clone()
    };
    // The marker's reason ("sources said …") is not an attribution of the story.
    assert_eq!(ledger("plain.txt"), ledger("marked.txt"));
    // The marker names only `hedging`: the document-level finding about anonymity stays, and it
    // stands on the story's words, not inside the marker.
    let run = run_in(
        dir.path(),
        &["check", "--format", "concise", "marked.txt"],
        b"",
    );
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("doc-anon-no-reason"))
        .unwrap_or_else(|| panic!("doc-anon-no-reason is kept:\n{}", run.stdout));
    assert!(line.starts_with("marked.txt:3:1:"), "{line}");
    // The marker's own line carries no finding about the story, only about itself (here: it
    // suppresses nothing).
    for line in run
        .stdout
        .lines()
        .filter(|l| l.starts_with("marked.txt:4:"))
    {
        assert!(line.contains("[unused-suppression]"), "{line}");
    }
}

#[test]
fn unknown_rule_names_in_the_configuration_point_at_the_name_with_a_suggestion() {
    let dir = temp_tree(&[
        (
            "credcheck.toml",
            b"fail-on = \"warning\"\nselect = [\"anonymous-source\", \"anon-atribution\"]\n",
        ),
        (
            "sev/credcheck.toml",
            b"[severity]\nvague-quantity = \"off\"\ndoc-anon-no-reasn = \"warning\"\n",
        ),
        ("d.txt", b"Officials said so.\n"),
        ("sev/d.txt", b"Officials said so.\n"),
    ]);
    let run = run_in(dir.path(), &["check", "d.txt"], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("credcheck.toml:2:31: `anon-atribution` in select/ignore")
            && run.stderr.contains("did you mean `anon-attribution`?"),
        "{}",
        run.stderr
    );
    let run = run_in(dir.path(), &["check", "sev/d.txt"], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("credcheck.toml:3:1: [severity] names `doc-anon-no-reasn`")
            && run.stderr.contains("did you mean `doc-anon-no-reason`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_full_summary_explains_folded_findings() {
    let dir = temp_tree(&[("d.txt", b"Officials said the bridge would close.\n")]);
    let full = run_in(dir.path(), &["check", "d.txt"], b"");
    let concise = run_in(dir.path(), &["check", "--format", "concise", "d.txt"], b"");
    let n = concise.stdout.lines().count();
    assert!(n > 1, "{}", concise.stdout);
    let summary = full.stdout.lines().last().unwrap();
    assert!(
        summary.starts_with(&format!("Found {n} findings")),
        "{summary}"
    );
    let shown =
        full.stdout.matches("\n --> ").count() + usize::from(full.stdout.starts_with(" --> "));
    assert!(
        summary.contains(&format!("They stand at {shown} place")),
        "{summary} ({shown} snippets)"
    );
}

#[test]
fn select_ignore_stdin_filename_quiet_and_folders_for_sources_and_inspect() {
    let dir = temp_tree(&[
        (
            "desk/credcheck.toml",
            b"ignore = [\"anon-unquantified-plural\"]\n",
        ),
        (
            "desk/a.txt",
            b"Officials said the bridge would close. Several residents came.\n",
        ),
        ("desk/b.md", b"Critics say the plan is flawed.\n"),
    ]);
    let concise = |extra: &[&str], stdin: &[u8]| {
        let mut args = vec!["check", "--format", "concise"];
        args.extend_from_slice(extra);
        run_in(dir.path(), &args, stdin)
    };
    let rules_of = |out: &str| -> std::collections::BTreeSet<String> {
        out.lines()
            .filter_map(|l| l.split('[').nth(1)?.split(']').next().map(str::to_owned))
            .collect()
    };
    // --select replaces the selection; --ignore adds to the configuration's.
    let run = concise(&["--select", "anonymous-source", "desk/a.txt"], b"");
    let rules = rules_of(&run.stdout);
    assert!(
        rules.contains("anon-attribution") && !rules.contains("vague-quantity"),
        "{rules:?}"
    );
    assert!(
        !rules.contains("anon-unquantified-plural"),
        "the config's ignore still applies"
    );
    let run = concise(
        &["--ignore", "anon-attribution,vague-quantity", "desk/a.txt"],
        b"",
    );
    let rules = rules_of(&run.stdout);
    assert!(
        !rules.contains("anon-attribution") && !rules.contains("vague-quantity"),
        "{rules:?}"
    );
    let run = concise(
        &[
            "--select",
            "hedging",
            "--extend-select",
            "anon-attribution",
            "desk/a.txt",
        ],
        b"",
    );
    assert_eq!(
        rules_of(&run.stdout).into_iter().collect::<Vec<_>>(),
        ["anon-attribution", "vague-quantity"]
    );
    let run = concise(&["--extend-select", "anon-atribution", "desk/a.txt"], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `anon-attribution`"),
        "{}",
        run.stderr
    );
    // --stdin-filename: the name in reports, the format and the configuration of that path.
    let run = concise(
        &["--stdin-filename", "desk/story.md", "-"],
        b"Officials said so. Several residents came.\n",
    );
    assert!(
        run.stdout
            .contains("desk/story.md:1:1: warning[anon-attribution]"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("anon-unquantified-plural"),
        "desk config applies: {}",
        run.stdout
    );
    // --quiet: findings, no summary.
    let loud = run_in(dir.path(), &["check", "desk"], b"");
    let quiet = run_in(dir.path(), &["check", "--quiet", "desk"], b"");
    assert!(loud.stdout.contains("Found "), "{}", loud.stdout);
    assert!(!quiet.stdout.contains("Found ") && quiet.stdout.contains("anon-attribution"));
    // sources and inspect take folders like check.
    for cmd in ["sources", "inspect"] {
        let run = run_in(dir.path(), &[cmd, "desk"], b"");
        assert_eq!(run.code, 0, "{cmd}: {}", run.stderr);
        assert!(
            run.stdout.contains("desk/a.txt") && run.stdout.contains("desk/b.md"),
            "{cmd}: {}",
            run.stdout
        );
    }
}

#[test]
fn a_story_level_finding_stands_on_a_source_named_in_words_not_on_a_pronoun() {
    let draft = "Port Deal Delayed\n\nCouncil officials declined to discuss the bids, and they \
                 stressed that the port would stay open.\n\nTwo harbour officials said the vote \
                 would slip to June.\n";
    let dir = temp_tree(&[("d.txt", draft.as_bytes())]);
    let run = run_in(dir.path(), &["check", "--format", "concise", "d.txt"], b"");
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("[doc-anon-no-reason]"))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    // Line 3 holds `they stressed`; the finding belongs with `Two harbour officials`.
    assert!(line.starts_with("d.txt:5:1:"), "{line}\n{}", run.stdout);
}

#[test]
fn manpage_writes_a_page_for_every_page_it_refers_to() {
    let dir = temp_tree(&[]);
    let run = run_in(dir.path(), &["manpage", "--dir", "man"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let read = |page: &str| std::fs::read_to_string(dir.path().join(format!("man/{page}.1")));
    for (parent, page) in [
        ("credcheck", "credcheck-check"),
        ("credcheck", "credcheck-sources"),
        ("credcheck", "credcheck-rules"),
        ("credcheck-rules", "credcheck-rules-test"),
    ] {
        // roff writes the hyphen escaped: `credcheck\-check(1)`.
        let reference = format!("{}(1)", page.replace('-', "\\-"));
        assert!(
            read(parent).unwrap().contains(&reference),
            "{parent} refers to {reference}"
        );
        assert!(read(page).is_ok(), "{page}.1 written");
    }
}

#[test]
fn inspect_and_sources_honour_max_file_size_like_check() {
    let dir = temp_tree(&[
        ("credcheck.toml", b"max-file-size = 20\n"),
        (
            "long.txt",
            b"Officials said the bridge would close in May.\n",
        ),
    ]);
    for cmd in ["check", "inspect", "sources"] {
        let run = run_in(dir.path(), &[cmd, "long.txt"], b"");
        assert_eq!(run.code, 2, "{cmd}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("long.txt: over the size limit of 20 bytes"),
            "{cmd}: {}",
            run.stderr
        );
    }
}
