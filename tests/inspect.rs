//! End-to-end tests of `credcheck inspect` through the real binary.

mod common;

use common::{run_in, temp_tree};

const DRAFT: &str = "Mayor quits\n\n\
Sen. Ortiz said the U.S. plan was \"dead.\" Aides disagreed.\n\n\
\"We will fight on.\n\n\
\"And we will win,\" she said.\n";

#[test]
fn text_listing_shows_blocks_sentences_and_quotes() {
    let dir = temp_tree(&[("story.txt", DRAFT.as_bytes())]);
    let r = run_in(dir.path(), &["inspect", "story.txt"], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout, @r#"
    story.txt (text): 4 blocks, 5 sentences, 32 tokens, 2 quotations
    b0 heading 1:1-1:12
      s0 1:1 Mayor quits
    b1 paragraph 3:1-3:59
      s1 3:1 Sen. Ortiz said the U.S. plan was "dead."
      s2 3:43 Aides disagreed.
    b2 paragraph 5:1-5:19
      s3 5:1 "We will fight on.
    b3 paragraph 7:1-7:29
      s4 7:1 "And we will win," she said.
    quotes
      q0 3:35-3:42 closed double depth=0 "dead."
      q1 5:1-7:19 closed double depth=0 paragraphs=2 "We will fight on. ¶ "And we will win,"
    attributions
      a0 3:12 cue «said» named (person-named) «Sen. Ortiz» = Ortiz → «the U.S. plan was "dead."»
      a1 7:24 cue «said» named (person-pronoun) «she» = Ortiz → «"We will fight on. ¶ "And we will win,"»
    "#);
}

#[test]
fn json_has_byte_spans_and_version() {
    let dir = temp_tree(&[("story.md", b"# Head\n\nOfficials said `x` \"no.\"\n")]);
    let r = run_in(
        dir.path(),
        &["inspect", "--format", "json", "story.md"],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    assert_eq!(json["version"], 1);
    let file = &json["files"][0];
    assert_eq!(file["path"], "story.md");
    assert_eq!(file["format"], "markdown");
    assert_eq!(file["blocks"][0]["kind"], "heading");
    assert_eq!(file["blocks"][1]["span"]["start"], 8);
    assert_eq!(file["sentences"][1]["text"], "Officials said \"no.\"");
    assert_eq!(file["sentences"][1]["block"], 1);
    assert_eq!(file["quotes"][0]["closed"], true);
    let quote = &file["quotes"][0]["span"];
    let src = "# Head\n\nOfficials said `x` \"no.\"\n";
    let (s, e) = (
        quote["start"].as_u64().unwrap() as usize,
        quote["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&src[s..e], "\"no.\"");
}

#[test]
fn reads_standard_input_and_input_format_override() {
    let dir = temp_tree(&[]);
    let r = run_in(
        dir.path(),
        &["inspect", "--input-format", "markdown", "-"],
        b"# Title\n\n`code` Text.\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("- (markdown): 2 blocks, 2 sentences"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("s1 3:8 Text."), "{}", r.stdout);
}

#[test]
fn bad_inputs_get_clear_messages_and_exit_codes() {
    let dir = temp_tree(&[
        ("latin1.txt", b"Caf\xe9 owner said\n"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ("empty.txt", b""),
        ("ok.txt", b"Fine."),
    ]);
    let r = run_in(
        dir.path(),
        &[
            "inspect",
            "latin1.txt",
            "image.txt",
            "empty.txt",
            "missing.txt",
            "ok.txt",
        ],
        b"",
    );
    assert_eq!(r.code, 2, "an unreadable draft makes the run fail");
    assert!(
        r.stderr
            .contains("latin1.txt: invalid UTF-8 at line 1, byte offset 3"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("error: image.txt: binary file (NUL byte at offset 8)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("missing.txt: no such file or directory"),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.contains("empty.txt (text): 0 blocks"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("ok.txt (text): 1 blocks"),
        "the run goes on past bad files"
    );
    assert!(!r.stderr.contains("panicked"));
    assert_eq!(
        std::fs::read(dir.path().join("latin1.txt")).unwrap(),
        b"Caf\xe9 owner said\n"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = temp_tree(&[]);
    let r = run_in(dir.path(), &["inspect"], b"");
    assert_eq!(r.code, 2);
    let r = run_in(
        dir.path(),
        &["inspect", "--input-format", "odt", "x.txt"],
        b"",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown format `odt`"), "{}", r.stderr);
}

#[test]
fn sources_ledger_of_a_wire_story() {
    let r = common::run(&["sources", "tests/fixtures/sourcing/ferry-dispute.txt"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout, @r#"
    tests/fixtures/sourcing/ferry-dispute.txt
      source              kind          cited  denials   no response
      Tomás Varela        named             3        0             0
      Transport Ministry  organisation      1        0             0
      Company officials   anonymous         0        0             1
      the reports         report            1        0             0
      Informed sources    anonymous         1        0             0
      Inês Carvalho       named             3        0             1
      9 attributions (6 named, 1 organisation, 1 anonymous, 1 report); 2 named and 2 anonymous sources; 0 denials, 2 non-responses; anonymous share 11%
    "#);
    let r = common::run(&[
        "sources",
        "--format",
        "json",
        "tests/fixtures/sourcing/ferry-dispute.txt",
    ]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["files"][0]["summary"]["by_kind"]["anonymous"], 1);
    assert!(
        v["files"][0]["attributions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["kind"] == "report")
    );
}
