//! Broken packs are rejected with the file, line and column of the offending value and a message
//! that says how to fix it. Each snapshot is the error as a user reads it.

use std::fmt::Write as _;

use credcheck_rules::EngineBuilder;

const GOOD_RULE: &str = r#"
[[rule]]
id = "ok-rule"
category = "test"
severity = "info"
message = "m"
pattern = "said"
[[rule.example]]
flagged = "He [said] so."
[[rule.example]]
clean = "He left."
"#;

fn errors(files: &[(&str, &str)]) -> String {
    let mut b = EngineBuilder::new();
    for (name, text) in files {
        b.add(*name, *text);
    }
    match b.build() {
        Ok(_) => panic!("expected the packs to be rejected"),
        Err(e) => e.0.iter().fold(String::new(), |mut out, e| {
            let _ = writeln!(out, "{e}\n  | {}", e.line_text);
            out
        }),
    }
}

fn one(body: &str) -> String {
    errors(&[("house.toml", &format!("[pack]\nid = \"house\"\n{body}"))])
}

#[test]
fn toml_syntax_error() {
    insta::assert_snapshot!(one("[[rule]\nid = \"x\"\n"), @r#"
    house.toml:3:8: unclosed array table, expected `]`
      | [[rule]
    "#);
}

#[test]
fn unknown_key() {
    insta::assert_snapshot!(one(&GOOD_RULE.replace("severity = \"info\"", "severity = \"info\"\nseverty = \"x\"")), @r#"
    house.toml:8:1: unknown field `severty`, expected one of `id`, `category`, `severity`, `message`, `pattern`, `regex`, `unless`, `unless-window`, `quotes`, `scope`, `requires`, `requires-window`, `with`, `with-window`, `highlight-with`, `once`, `suppression`, `unless-setting`, `unless-source`, `requires-source`, `unless-response`, `unless-named-report`, `yields-to`, `when`, `attribution`, `quote`, `metric`, `above`, `below`, `min-attributions`, `min-sentences`, `docs`, `references`, `suggest`, `fix`, `example` (help: check the spelling; the rule format is described in docs/rules.md)
      | severty = "x"
    "#);
}

#[test]
fn unknown_severity_value() {
    insta::assert_snapshot!(one(&GOOD_RULE.replace("severity = \"info\"", "severity = \"fatal\"")), @r#"
    house.toml:7:12: unknown variant `fatal`, expected one of `info`, `warning`, `error` (help: use one of the values listed)
      | severity = "fatal"
    "#);
}

#[test]
fn unknown_list_with_suggestion() {
    let body = format!(
        "[lists]\nvague-words = [\"informed\"]\n{}",
        GOOD_RULE.replace("pattern = \"said\"", "pattern = \"[@vague-word] said\"")
    );
    insta::assert_snapshot!(one(&body), @r#"
    house.toml:11:13: bad pattern: unknown list `@vague-word` (help: did you mean `@vague-words`? Lists are defined under [lists] in the pack or in a shared list file)
      | pattern = "[@vague-word] said"
    "#);
}

#[test]
fn bad_pattern_points_inside_the_string() {
    insta::assert_snapshot!(one(&GOOD_RULE.replace("pattern = \"said\"", "pattern = \"(said | told\"")), @r#"
    house.toml:9:12: bad pattern: `(` is never closed (help: add `)`)
      | pattern = "(said | told"
    "#);
}

#[test]
fn pattern_that_can_never_match() {
    insta::assert_snapshot!(one(&GOOD_RULE.replace("pattern = \"said\"", "pattern = \"said? told?\"")), @r#"
    house.toml:9:12: bad pattern: this pattern can match no tokens at all (help: make at least one element required (not `?`, `*` or `{0,…}`))
      | pattern = "said? told?"
    "#);
}

#[test]
fn duplicate_rule_id_across_packs() {
    let a = format!("[pack]\nid = \"a\"\n{GOOD_RULE}");
    let b = format!("[pack]\nid = \"b\"\n{GOOD_RULE}");
    insta::assert_snapshot!(errors(&[("a.toml", &a), ("b.toml", &b)]), @r#"
    b.toml:5:6: rule id `ok-rule` is already defined in a.toml (help: rule ids must be unique across all loaded packs)
      | id = "ok-rule"
    "#);
}

#[test]
fn missing_examples() {
    let body = GOOD_RULE
        .split("[[rule.example]]\nclean")
        .next()
        .unwrap_or_default();
    insta::assert_snapshot!(one(body), @r#"
    house.toml:5:6: rule `ok-rule` needs a `clean` example (help: every rule carries at least one `[[rule.example]]` with `flagged = "…"` and one with `clean = "…"`; they run as tests)
      | id = "ok-rule"
    "#);
}

#[test]
fn flagged_example_without_marks_and_unknown_placeholder() {
    let body = GOOD_RULE
        .replace("He [said] so.", "He said so.")
        .replace("message = \"m\"", "message = \"Who is {who}?\"");
    insta::assert_snapshot!(one(&body), @r#"
    house.toml:8:19: unknown placeholder `{who}` (help: placeholders are `{match}` (the highlighted words) and `{suggest}`; write `{{` for a literal brace)
      | message = "Who is {who}?"
    house.toml:11:11: a flagged example must mark the words it flags with `[ … ]` (help: e.g. `flagged = "[Informed sources] told the paper…"`)
      | flagged = "He said so."
    "#);
}

#[test]
fn when_rule_with_unknown_target() {
    let body = format!(
        "{GOOD_RULE}\n[[rule]]\nid = \"needs-reason\"\ncategory = \"test\"\nseverity = \"info\"\nmessage = \"m\"\n\
         when = \"rule:no-such-rule\"\nrequires = \"because\"\n[[rule.example]]\nflagged = \"[x]\"\n[[rule.example]]\nclean = \"y\"\n"
    );
    insta::assert_snapshot!(one(&body), @r#"
    house.toml:20:8: no loaded rule has id `no-such-rule` (help: write `when = "rule:ID"` or `when = "category:NAME"`; several: `"rule:a | rule:b"`)
      | when = "rule:no-such-rule"
    "#);
}

#[test]
fn rule_without_a_matcher_and_bad_ids() {
    let body = GOOD_RULE
        .replace("pattern = \"said\"\n", "")
        .replace("id = \"ok-rule\"", "id = \"Bad_Rule\"");
    insta::assert_snapshot!(one(&body), @r#"
    house.toml:5:6: rule id `Bad_Rule` is not kebab-case (help: use lower-case words joined by `-` that name the problem, e.g. `anon-bare-source`)
      | id = "Bad_Rule"
    house.toml:5:6: rule `Bad_Rule` needs exactly one of `pattern`, `regex`, `when`, `attribution`, `quote`, `metric` or `suppression` (help: `pattern` matches tokens, `regex` matches sentence text, `when` follows another rule's findings, `attribution` matches who is cited, `quote` checks who quotations are credited to, `metric` tests the sourcing summary, `suppression` reports on the draft's suppression comments)
      | id = "Bad_Rule"
    "#);
}

#[test]
fn bad_regex_and_empty_list() {
    let body = format!(
        "[lists]\nnothing = []\n{}",
        GOOD_RULE.replace("pattern = \"said\"", "regex = '(unclosed'")
    );
    insta::assert_snapshot!(one(&body), @r#"
    house.toml:4:11: list `nothing` is empty, so `@nothing` could never match (help: add entries or remove the list)
      | nothing = []
    house.toml:11:9: bad regex: error: unclosed group (help: the `regex` crate's syntax (no look-around); test it on sentence text)
      | regex = '(unclosed'
    "#);
}

#[test]
fn unknown_source_kind_and_metric_without_threshold() {
    let body = GOOD_RULE.replace(
        "pattern = \"said\"",
        "attribution = { source = \"anonymus\" }",
    );
    let errs = one(&body);
    assert!(errs.contains("unknown source kind `anonymus`"), "{errs}");
    assert!(errs.contains("house.toml:9:"), "{errs}");
    let body = GOOD_RULE.replace("pattern = \"said\"", "metric = \"anonymous-share\"");
    assert!(one(&body).contains("a `metric` rule needs `above` or `below`"));
}

#[test]
fn suggest_placeholder_in_its_own_quotation_marks() {
    let out = one(
        "[[rule]]\nid = \"r\"\ncategory = \"c\"\nseverity = \"info\"\npattern = \"claimed\"\n\
         suggest = [\"said\"]\nmessage = \"Use “{suggest}” instead.\"\n\
         [[rule.example]]\nflagged = \"He [claimed] so.\"\n[[rule.example]]\nclean = \"He left.\"\n",
    );
    assert!(out.contains("`{suggest}` in quotation marks"), "{out}");
    assert!(
        out.contains("house.toml:9:17:"),
        "the error points at the placeholder: {out}"
    );
}

#[test]
fn suggest_is_rendered_with_its_marks_in_messages_and_docs() {
    let mut b = EngineBuilder::new();
    b.add(
        "house.toml",
        "[pack]\nid = \"house\"\n[[rule]]\nid = \"r\"\ncategory = \"c\"\nseverity = \"info\"\n\
         pattern = \"claimed\"\nsuggest = [\"said\", \"stated\"]\nmessage = \"Use {suggest}.\"\n\
         docs = \"## Use instead\\n{suggest}.\"\n\
         [[rule.example]]\nflagged = \"He [claimed] so.\"\n[[rule.example]]\nclean = \"He left.\"\n",
    );
    let engine = b.build().expect("loads");
    let rule = &engine.rules()[0];
    assert_eq!(rule.rendered_docs(), "## Use instead\n“said” or “stated”.");
    let doc = credcheck_core::Document::parse("He claimed so.", credcheck_core::Format::Text);
    let found = engine.check(&doc);
    assert_eq!(found[0].message, "Use “said” or “stated”.");
}
