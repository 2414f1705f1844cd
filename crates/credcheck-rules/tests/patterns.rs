//! The pattern language and rule options, construct by construct: each must fire where it
//! should and stay quiet where it should not.

use credcheck_core::{Document, Format};
use credcheck_rules::EngineBuilder;

/// A one-rule pack with `pattern` (plus extra TOML lines for the rule) and `lists`.
fn pack(pattern: &str, rule_extra: &str, lists: &str) -> String {
    format!(
        "[pack]\nid = \"t\"\n[lists]\n{lists}\n[[rule]]\nid = \"r\"\ncategory = \"test\"\nseverity = \"warning\"\n\
         message = \"m {{match}}\"\npattern = '{pattern}'\n{rule_extra}\n\
         [[rule.example]]\nflagged = \"[x]\"\n[[rule.example]]\nclean = \"y\"\n"
    )
}

/// The highlighted texts the rule finds in `text`.
fn hits_with(pattern: &str, rule_extra: &str, lists: &str, text: &str) -> Vec<String> {
    let engine = engine_of(&pack(pattern, rule_extra, lists));
    let doc = Document::parse(text, Format::Text);
    engine
        .check(&doc)
        .iter()
        .map(|f| doc.text(f.span).to_owned())
        .collect()
}

fn hits(pattern: &str, text: &str) -> Vec<String> {
    hits_with(pattern, "", "", text)
}

#[test]
fn words_are_case_insensitive_whole_tokens_with_unified_apostrophes() {
    assert_eq!(
        hits("sources", "Sources said. Resources said."),
        ["Sources"]
    );
    assert_eq!(
        hits("didn’t", "He didn’t. She didn't."),
        ["didn’t", "didn't"]
    );
    assert_eq!(hits("u.s.", "The U.S. agreed."), ["U.S."]);
    assert!(hits("source", "The sources spoke.").is_empty());
}

#[test]
fn phrases_and_quoted_literals() {
    assert_eq!(
        hits(
            "on condition of anonymity",
            "He spoke on condition of anonymity."
        ),
        ["on condition of anonymity"]
    );
    assert!(
        hits(
            "on condition of anonymity",
            "He spoke on condition that anonymity…"
        )
        .is_empty()
    );
    assert_eq!(hits(r#"why "?""#, "But why? Nobody knows why."), ["why?"]);
}

#[test]
fn lists_match_multi_word_entries_longest_first() {
    let lists = r#"who = ["officials", "senior officials", "senior administration officials"]"#;
    assert_eq!(
        hits_with(
            "[@who] said",
            "",
            lists,
            "Senior administration officials said so."
        ),
        ["Senior administration officials"]
    );
    assert_eq!(
        hits_with("[@who] said", "", lists, "Senior officials said so."),
        ["Senior officials"]
    );
    assert_eq!(
        hits_with("@who", "", lists, "Two senior officials and officials."),
        ["senior officials", "officials"]
    );
    // A multi-word entry never spans two sentences.
    assert!(hits_with("@who said", "", lists, "He was senior. Officials agreed.").is_empty());
}

#[test]
fn alternatives_optional_and_repetition() {
    assert_eq!(
        hits(
            "(said | told) reporters",
            "He told reporters and said reporters."
        ),
        ["told reporters", "said reporters"]
    );
    assert_eq!(hits("a | b c", "b c and a"), ["b c", "a"]);
    assert_eq!(
        hits(
            "very? senior official",
            "a senior official and a very senior official"
        ),
        ["senior official", "very senior official"]
    );
    assert_eq!(hits("very+ big", "very very big"), ["very very big"]);
    assert_eq!(hits("very* big", "big"), ["big"]);
    assert_eq!(hits("ha{2} \"!\"", "ha ha ! ha !"), ["ha ha !"]);
    assert!(hits("ha{3}", "ha ha").is_empty());
}

#[test]
fn gaps_are_bounded_and_never_cross_a_sentence() {
    assert_eq!(
        hits("[officials] _{0,3} said", "Officials in the capital said."),
        ["Officials"]
    );
    assert!(
        hits(
            "officials _{0,2} said",
            "Officials in the old capital said."
        )
        .is_empty()
    );
    assert!(hits("officials _{0,6} said", "Officials met. He said no.").is_empty());
    assert_eq!(
        hits("officials _ said", "Officials also said."),
        ["Officials also said"]
    );
}

#[test]
fn a_scare_quote_is_stepped_over_as_a_passing_adverb_is() {
    // One to three words quoted inside the writer's sentence read as if unquoted
    // (`were "criticised"` is `were criticised`) — not a quotation that opens the sentence or
    // runs longer.
    assert_eq!(
        hits(
            "called the claims false",
            "He called the claims \"false\" and left."
        ),
        ["called the claims \"false"]
    );
    assert_eq!(
        hits(
            "called the claims false and",
            "He called the claims \"false\" and left."
        ),
        ["called the claims \"false\" and"]
    );
    assert!(
        hits(
            "called the claims false",
            "He called the claims \"false and misleading in every way\"."
        )
        .is_empty()
    );
}

#[test]
fn a_word_that_must_not_follow_must_not_follow_past_a_passing_element() {
    // `!(from | by)` is read past a passing adverb and a scare quote's closing mark.
    assert!(
        hits(
            "[came under attack] !(from | by)",
            "It came under \"attack\" from rivals."
        )
        .is_empty()
    );
    assert!(
        hits(
            "[faced criticism] !from",
            "He faced criticism even from his party."
        )
        .is_empty()
    );
    assert_eq!(
        hits("[faced criticism] !from", "He faced criticism even then."),
        ["faced criticism"]
    );
}

#[test]
fn a_word_that_must_not_come_before_must_not_come_before_a_passing_element() {
    // `!(was | were)` before the first positive element is read past a passing adverb, an aside
    // and the so-far pair, as a word that must not follow is read past them.
    let pattern = "!(was | were) [denied]";
    assert!(hits(pattern, "The request was denied.").is_empty());
    assert!(hits(pattern, "The request was later denied.").is_empty());
    assert!(hits(pattern, "The request was, however, denied.").is_empty());
    assert!(hits(pattern, "The requests were so far denied.").is_empty());
    assert_eq!(hits(pattern, "He later denied it."), ["denied"]);
    assert_eq!(hits(pattern, "He, however, denied it."), ["denied"]);
}

#[test]
fn token_classes() {
    assert_eq!(
        hits("[<cap>] said", "The Toner said. Mr. Toner said."),
        ["Toner", "Toner"]
    );
    // Sentence-initial function words are not <cap>; sentence-initial names are.
    assert!(hits("^ <cap> said", "He said it.").is_empty());
    assert_eq!(hits("^ [<cap>] said", "Ortiz said it."), ["Ortiz"]);
    assert_eq!(
        hits(
            "<num> officials",
            "Two officials and 3 officials and some officials."
        ),
        ["Two officials", "3 officials"]
    );
    assert_eq!(hits("<pron> said", "She said. Ortiz said."), ["She said"]);
    assert_eq!(hits("[<quote>+]", "He said “no way” today."), ["no way"]);
    assert_eq!(hits("<word> <punct>", "Hi!"), ["Hi!"]);
}

#[test]
fn negation_tests_one_token() {
    assert_eq!(
        hits(
            "[sources] !(of | close)",
            "Sources of power. Sources close. Sources said."
        ),
        ["Sources"]
    );
    let lists = r#"prep = ["of", "for"]"#;
    assert_eq!(
        hits_with(
            "[report] !@prep",
            "",
            lists,
            "A report of it. A report for them. A report today."
        ),
        ["report"]
    );
    assert!(hits("said !<cap>", "He said Ortiz.").is_empty());
}

#[test]
fn sentence_anchors_allow_marks_beyond() {
    assert_eq!(
        hits("^ sources", "Sources said. Other sources said."),
        ["Sources"]
    );
    assert_eq!(
        hits("^ sources", "“Sources are wrong,” he said."),
        ["Sources"]
    );
    assert_eq!(
        hits("a source $", "It came from a source. A source was here."),
        ["a source"]
    );
    assert_eq!(hits("a source $", "He named “a source.”"), ["a source"]);
    assert!(hits("a source $", "A source was here.").is_empty());
}

#[test]
fn highlight_marks_a_sub_span() {
    assert_eq!(
        hits("according to [a source]", "It fell, according to a source."),
        ["a source"]
    );
    assert_eq!(hits("x [y] | [z] w", "x y and z w"), ["y", "z"]);
}

#[test]
fn matches_do_not_overlap() {
    assert_eq!(hits("ha ha", "ha ha ha ha ha"), ["ha ha", "ha ha"]);
}

#[test]
fn unless_windows() {
    let named_before = "Mayor Ruiz spoke. Officials said the plan would pass.";
    let unless = |w: &str| format!("unless = [\"mayor <cap>\"]\nunless-window = \"{w}\"");
    assert_eq!(
        hits_with("[officials] said", &unless("sentence"), "", named_before),
        ["Officials"]
    );
    assert!(
        hits_with(
            "[officials] said",
            &unless("previous+sentence"),
            "",
            named_before
        )
        .is_empty()
    );
    let named_after = "Officials said the plan would pass. Mayor Ruiz agreed.";
    assert_eq!(
        hits_with(
            "[officials] said",
            &unless("previous+sentence"),
            "",
            named_after
        ),
        ["Officials"]
    );
    assert!(
        hits_with(
            "[officials] said",
            &unless("sentence+next"),
            "",
            named_after
        )
        .is_empty()
    );
    let paragraphs = "Officials said it would pass. It did.\n\nMayor Ruiz agreed.";
    assert_eq!(
        hits_with("[officials] said", &unless("paragraph"), "", paragraphs),
        ["Officials"]
    );
    assert!(hits_with("[officials] said", &unless("document"), "", paragraphs).is_empty());
    assert!(
        hits_with(
            "[officials] said",
            "unless = [\"officials said it\"]",
            "",
            "Officials said it."
        )
        .is_empty()
    );
}

#[test]
fn quotation_scope() {
    let text = "Critics say it fails. “Critics say nothing,” Ortiz said.";
    assert_eq!(
        hits_with("critics say", "quotes = \"outside\"", "", text),
        ["Critics say"]
    );
    assert_eq!(
        hits_with("critics say", "quotes = \"inside\"", "", text),
        ["Critics say"]
    );
    assert_eq!(
        hits_with("critics say", "quotes = \"anywhere\"", "", text).len(),
        2
    );
}

#[test]
fn block_scope() {
    let text = "Sources say plan dead\n\nSources say the plan is dead.\n\nSources say more.";
    assert_eq!(
        hits_with("sources say", "scope = \"heading\"", "", text).len(),
        1
    );
    let lede = hits_with("[sources say] the", "scope = \"lede\"", "", text);
    assert_eq!(lede, ["Sources say"]);
    assert_eq!(
        hits_with("sources say", "scope = \"body\"", "", text).len(),
        2
    );
}

#[test]
fn when_rules_follow_findings_and_check_requirements() {
    let toml = r#"
[pack]
id = "t"
[[rule]]
id = "anon"
category = "anonymous-source"
severity = "warning"
message = "anon"
pattern = "[sources] said"
[[rule.example]]
flagged = "[Sources] said so."
[[rule.example]]
clean = "Ortiz said so."
[[rule]]
id = "reason"
category = "anonymous-source"
severity = "warning"
message = "why anonymous? ({match})"
when = "rule:anon"
requires = "anonymity | not authorized"
requires-window = "sentence+next"
[[rule.example]]
flagged = "[Sources] said so."
[[rule.example]]
clean = "Sources said so. They were not authorized to speak."
"#;
    let engine = engine_of(toml);
    let doc = Document::parse(
        "Sources said A. Sources said B. They requested anonymity.",
        Format::Text,
    );
    let findings = engine.check(&doc);
    let reason: Vec<_> = findings
        .iter()
        .filter(|f| engine.rule(f.rule).id == "reason")
        .collect();
    assert_eq!(
        reason.len(),
        1,
        "the second mention has its reason in the next sentence"
    );
    assert_eq!(reason[0].message, "why anonymous? (Sources)");
    assert_eq!(reason[0].span.start, 0);
    assert!(engine.run_examples(|_| true).failures.is_empty());
}

#[test]
fn regex_escape_hatch_with_highlight_group() {
    let toml = r#"
[pack]
id = "t"
[[rule]]
id = "re"
category = "test"
severity = "info"
message = "number {match}"
regex = '(?i)\bno\.\s*(?P<hl>\d+)'
[[rule.example]]
flagged = "Priority No. [2] was flood control."
[[rule.example]]
clean = "No, it was not."
"#;
    let engine = engine_of(toml);
    let doc = Document::parse("It was No. 12 on the list. No, not 13.", Format::Text);
    let f = engine.check(&doc);
    assert_eq!(f.len(), 1);
    assert_eq!(doc.text(f[0].span), "12");
    assert_eq!(f[0].message, "number 12");
    assert!(engine.run_examples(|_| true).failures.is_empty());
}

#[test]
fn messages_fill_placeholders_and_braces() {
    let extra = "suggest = [\"said\"]\nmessage = \"{{{match}}} → {suggest}\"";
    let toml = pack("[claimed]", "", "").replace("message = \"m {match}\"\n", "") + "";
    let toml = toml.replace(
        "pattern = '[claimed]'",
        &format!("pattern = '[claimed]'\n{extra}"),
    );
    let engine = engine_of(&toml);
    let doc = Document::parse("He claimed it.", Format::Text);
    assert_eq!(engine.check(&doc)[0].message, "{claimed} → “said”");
}

#[test]
fn findings_are_sorted_by_position_then_rule_id() {
    let toml = r#"
[pack]
id = "t"
[[rule]]
id = "zz"
category = "c"
severity = "info"
message = "z"
pattern = "said"
[[rule.example]]
flagged = "[said]"
[[rule.example]]
clean = "x"
[[rule]]
id = "aa"
category = "c"
severity = "error"
message = "a"
pattern = "said | told"
[[rule.example]]
flagged = "[said]"
[[rule.example]]
clean = "x"
"#;
    let engine = engine_of(toml);
    let doc = Document::parse("He told me. She said it.", Format::Text);
    let ids: Vec<&str> = engine
        .check(&doc)
        .iter()
        .map(|f| engine.rule(f.rule).id.as_str())
        .collect();
    assert_eq!(ids, ["aa", "aa", "zz"]);
}

#[test]
fn identical_patterns_are_compiled_once() {
    let one = pack("[officials] said", "", "");
    let two = one
        .replace("id = \"t\"", "id = \"t2\"")
        .replace("id = \"r\"", "id = \"r2\"");
    let mut b = EngineBuilder::new();
    b.add("a.toml", one).add("b.toml", two);
    let engine = b.build().unwrap();
    assert_eq!(engine.rules().len(), 2);
    assert_eq!(engine.pattern_count(), 1);
    let doc = Document::parse("Officials said so.", Format::Text);
    assert_eq!(engine.check(&doc).len(), 2);
}

fn engine_of(toml: &str) -> credcheck_rules::Engine {
    let mut b = EngineBuilder::new();
    b.add("t.toml", toml);
    b.build().unwrap_or_else(|e| panic!("{e}"))
}

const EXAMPLES: &str = "[[rule.example]]\nflagged = \"[x]\"\n[[rule.example]]\nclean = \"y\"\n";

#[test]
fn attribution_rules_match_by_source_kind_and_response() {
    let toml = format!(
        "[pack]\nid = \"t\"\n[[rule]]\nid = \"anon\"\ncategory = \"c\"\nseverity = \"warning\"\nmessage = \"who? {{match}}\"\n\
         attribution = {{ source = \"anonymous|vague\" }}\n{EXAMPLES}\
         [[rule]]\nid = \"silent\"\ncategory = \"c\"\nseverity = \"info\"\nmessage = \"m\"\n\
         attribution = {{ response = \"non-response\" }}\n{EXAMPLES}"
    );
    let engine = engine_of(&toml);
    let text = "A senior official said the talks failed. Critics say it was doomed. Mayor Ana Ruiz said it was not. The club declined to comment.";
    let doc = Document::parse(text, Format::Text);
    let found: Vec<(String, String)> = engine
        .check(&doc)
        .iter()
        .map(|f| (engine.rule(f.rule).id.clone(), doc.text(f.span).to_owned()))
        .collect();
    assert_eq!(
        found,
        [
            ("anon".to_owned(), "A senior official".to_owned()),
            ("anon".to_owned(), "Critics".to_owned()),
            ("silent".to_owned(), "The club".to_owned()),
        ]
    );
    assert_eq!(engine.check(&doc)[0].message, "who? A senior official");
}

#[test]
fn metric_rules_test_the_sourcing_summary() {
    let toml = format!(
        "[pack]\nid = \"t\"\n[[rule]]\nid = \"mostly-anon\"\ncategory = \"c\"\nseverity = \"warning\"\nmessage = \"m\"\n\
         metric = \"anonymous-share\"\nabove = 0.5\nmin-attributions = 2\n{EXAMPLES}"
    );
    let engine = engine_of(&toml);
    let anon = Document::parse(
        "Officials said yes. Two aides said no. Ruiz said maybe.",
        Format::Text,
    );
    let spans: Vec<&str> = engine
        .check(&anon)
        .iter()
        .map(|f| anon.text(f.span))
        .collect();
    assert_eq!(
        spans,
        ["Officials"],
        "2 of 3 anonymous: fires once, at the first anonymous source"
    );
    let named = Document::parse(
        "Officials said yes. Mayor Ana Ruiz said no. Ruiz said maybe.",
        Format::Text,
    );
    assert!(engine.check(&named).is_empty());
    let short = Document::parse("Officials said yes.", Format::Text);
    assert!(engine.check(&short).is_empty(), "below min-attributions");
}

#[test]
fn name_and_org_classes_come_from_the_attribution_analysis() {
    assert_eq!(
        hits(
            "[<name>+] said",
            "Mayor Ana Ruiz said no. The harbour said no."
        ),
        ["Mayor Ana Ruiz"]
    );
    assert_eq!(
        hits(
            "[<org>+] said",
            "The State Department said no. Ruiz said no."
        ),
        ["State Department"]
    );
}

#[test]
fn nested_repetitions_keep_their_bounds_instead_of_wrapping() {
    // 64^6 tokens overflows 32 bits: the bound saturates, and the rule still matches.
    let mut pattern = "said".to_owned();
    for _ in 0..6 {
        pattern = format!("({pattern}){{0,64}}");
    }
    let pattern = format!("officials {pattern} x");
    assert_eq!(
        hits(&pattern, "Officials said said x."),
        ["Officials said said x"]
    );
    assert_eq!(hits(&pattern, "Officials x."), ["Officials x"]);
}

#[test]
fn gaps_across_a_huge_sentence_give_up_instead_of_overflowing_the_stack() {
    let text = format!("Sources {} x.", "a ".repeat(60_000));
    // No stack overflow (which would abort the process, not just this draft): the attempt is
    // abandoned at the matcher's depth limit.
    let found = hits("sources _* x", &text);
    assert!(found.is_empty());
    // Within the limit, the gap matches.
    assert_eq!(
        hits("sources _* x", "Sources a a a x."),
        ["Sources a a a x"]
    );
}

#[test]
fn deep_nesting_and_long_sequences_are_load_errors() {
    let deep = format!("{}said{}", "(".repeat(10_000), ")".repeat(10_000));
    let err = EngineBuilder::new()
        .add("t.toml", pack(&deep, "", ""))
        .build()
        .expect_err("10,000 nested groups are refused");
    assert!(
        format!("{err:?}").contains("nested more than 32 deep"),
        "{err:?}"
    );
    let long = "a ".repeat(300);
    let err = EngineBuilder::new()
        .add("t.toml", pack(&long, "", ""))
        .build()
        .expect_err("a 300-word sequence is refused");
    assert!(
        format!("{err:?}").contains("more than 200 elements"),
        "{err:?}"
    );
}

#[test]
fn alternatives_matching_the_same_words_give_one_finding() {
    // Both alternatives match `many analysts`; the editor gets one query for those words, while
    // a second place in the sentence is its own finding.
    assert_eq!(
        hits(
            "[many analysts] said | [analysts] said",
            "Many analysts said so, and bankers said analysts said so."
        ),
        ["Many analysts", "analysts"]
    );
}
