//! Rule options beyond single patterns: list includes, `when` with several targets, `with`
//! (a pattern that must be present), `unless` on `when` rules, `once`, attribution `content`,
//! and the document metrics. Each is checked firing and staying quiet.

use credcheck_core::{Document, Format};
use credcheck_rules::EngineBuilder;

/// The rule ids and highlighted texts found in `text` by the rules of `pack` (TOML after the
/// `[pack]` table).
fn findings(pack: &str, text: &str) -> Vec<(String, String)> {
    let mut b = EngineBuilder::new();
    b.add("t.toml", format!("[pack]\nid = \"t\"\n{pack}"));
    let engine = b.build().unwrap_or_else(|e| panic!("pack must load:\n{e}"));
    let doc = Document::parse(text, Format::Text);
    engine
        .check(&doc)
        .iter()
        .map(|f| (engine.rule(f.rule).id.clone(), doc.text(f.span).to_owned()))
        .collect()
}

fn rule(id: &str, body: &str) -> String {
    format!(
        "[[rule]]\nid = \"{id}\"\ncategory = \"test\"\nseverity = \"info\"\nmessage = \"m\"\n{body}\n\
         [[rule.example]]\nflagged = \"[x]\"\n[[rule.example]]\nclean = \"y\"\n"
    )
}

fn ids(found: &[(String, String)], id: &str) -> Vec<String> {
    found
        .iter()
        .filter(|(r, _)| r == id)
        .map(|(_, t)| t.clone())
        .collect()
}

#[test]
fn a_list_entry_starting_with_at_includes_another_list() {
    let pack = format!(
        "[lists]\nall = [\"@base\", \"stated\"]\nbase = [\"said\", \"told reporters\"]\n{}",
        rule("r", "pattern = \"[@all]\"")
    );
    let found = findings(
        &pack,
        "He said it. She stated it. They told reporters. We wrote.",
    );
    assert_eq!(ids(&found, "r"), ["said", "stated", "told reporters"]);
}

#[test]
fn a_list_can_include_a_shared_list_and_unknown_includes_are_errors() {
    let mut b = EngineBuilder::new();
    b.add("lists.toml", "[lists]\nverbs = [\"said\"]\n");
    b.add(
        "t.toml",
        format!(
            "[pack]\nid = \"t\"\n[lists]\nmine = [\"@verbs\", \"noted\"]\n{}",
            rule("r", "pattern = \"@mine\"")
        ),
    );
    assert!(b.build().is_ok());

    let mut b = EngineBuilder::new();
    b.add(
        "t.toml",
        format!(
            "[pack]\nid = \"t\"\n[lists]\nmine = [\"@verb\", \"noted\"]\nverbs = [\"said\"]\n{}",
            rule("r", "pattern = \"@mine\"")
        ),
    );
    let Err(err) = b.build() else {
        panic!("an unknown include must be rejected");
    };
    let err = err.to_string();
    assert!(err.contains("unknown list `@verb` included"), "{err}");
    assert!(err.contains("did you mean `@verbs`?"), "{err}");
}

#[test]
fn when_follows_several_rules_and_with_requires_a_pattern_nearby() {
    let pack = format!(
        "{}{}{}",
        rule("a", "pattern = \"officials\""),
        rule("b", "pattern = \"sources\""),
        rule(
            "c",
            "when = \"rule:a | rule:b\"\nwith = \"believe | expect\""
        )
    );
    let found = findings(
        &pack,
        "Officials believe the port will close. Sources said it closed. Sources expect more.",
    );
    assert_eq!(ids(&found, "c"), ["Officials", "Sources"]);
}

#[test]
fn unless_applies_to_when_rules() {
    let pack = format!(
        "{}{}",
        rule("a", "pattern = \"officials\""),
        rule(
            "c",
            "when = \"rule:a\"\nrequires = \"anonymity\"\nunless = [\"spokesperson\"]"
        )
    );
    let found = findings(
        &pack,
        "Officials said so. A spokesperson and officials said so. Officials, granted anonymity, agreed.",
    );
    assert_eq!(ids(&found, "c"), ["Officials"]);
}

#[test]
fn once_keeps_only_the_first_finding_in_a_document() {
    let pack = rule("r", "pattern = \"accused\"\nonce = true");
    let found = findings(&pack, "He was accused. She was accused. They were accused.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, "accused");
}

#[test]
fn attribution_content_tells_quotations_from_paraphrase() {
    let pack = format!(
        "{}{}",
        rule(
            "quoted",
            "attribution = { source = \"anonymous\", content = \"quote\" }"
        ),
        rule(
            "paraphrased",
            "attribution = { source = \"anonymous\", content = \"paraphrase\" }"
        )
    );
    let found = findings(
        &pack,
        "“We have three weeks of cash left,” said a senior executive. A senior official said the plant would close.",
    );
    assert_eq!(ids(&found, "quoted"), ["a senior executive"]);
    assert_eq!(ids(&found, "paraphrased"), ["A senior official"]);
}

#[test]
fn document_metrics_sources_shares_and_sentence_minimum() {
    let single = rule(
        "single",
        "metric = \"sources\"\nbelow = 2\nmin-attributions = 2",
    );
    let one_source =
        "The dam leaks, said warden Ana Costa. Costa said repairs would cost millions.";
    assert_eq!(findings(&single, one_source).len(), 1);
    let two_sources =
        "The dam leaks, said warden Ana Costa. The council said repairs would cost millions.";
    assert!(findings(&single, two_sources).is_empty());

    let unnamed = rule(
        "unnamed",
        "metric = \"unnamed-share\"\nabove = 0.99\nmin-attributions = 2",
    );
    assert_eq!(
        findings(
            &unnamed,
            "Two aides said the vote was off. Local media reported a delay."
        )
        .len(),
        1
    );
    assert!(
        findings(
            &unnamed,
            "Two aides said the vote was off. Mayor Ana Ruiz said it was on."
        )
        .is_empty()
    );

    let reports = rule(
        "reports",
        "metric = \"report-share\"\nabove = 0.99\nmin-attributions = 1",
    );
    assert_eq!(
        findings(&reports, "The mayor will resign, local media reported.")[0].1,
        "local media"
    );

    let none = rule(
        "none",
        "metric = \"attributions\"\nbelow = 1\nmin-sentences = 3",
    );
    assert_eq!(
        findings(&none, "A fire broke out. Two were hurt. The plant is shut.").len(),
        1
    );
    assert!(findings(&none, "A fire broke out. Two were hurt.").is_empty());
    assert!(
        findings(
            &none,
            "A fire broke out. Two were hurt, police said. The plant is shut."
        )
        .is_empty()
    );
}

#[test]
fn quote_rules_find_unattributed_and_late_attributed_quotations() {
    let pack = format!(
        "{}{}",
        rule(
            "missing",
            "quote = { attribution = \"missing\", min-words = 6 }"
        ),
        rule(
            "late",
            "quote = { attribution = \"late\", min-sentences = 3 }"
        )
    );
    let unattributed = "Inside the hall the mood was tense. “Nobody told us the school would close until we read it online.”";
    assert_eq!(
        ids(&findings(&pack, unattributed), "missing"),
        ["“Nobody told us the school would close until we read it online.”"]
    );
    let attributed =
        "“Nobody told us the school would close until we read it online,” said Amal Idris.";
    assert!(findings(&pack, attributed).is_empty());
    let short = "The shop sold “fresh” bread.";
    assert!(findings(&pack, short).is_empty());

    let late = "“We were never told. The pumps failed twice. Nobody came to fix them,” said farmer Ruth Ngata.";
    assert_eq!(ids(&findings(&pack, late), "late"), ["farmer Ruth Ngata"]);
    let early =
        "“We were never told,” said farmer Ruth Ngata. “The pumps failed twice. Nobody came.”";
    assert!(ids(&findings(&pack, early), "late").is_empty());
}

#[test]
fn surname_only_fires_on_a_first_reference_by_surname() {
    let pack = rule(
        "surname",
        "attribution = { source = \"named|unresolved\", surname-only = true }",
    );
    assert_eq!(
        ids(
            &findings(
                &pack,
                "Okafor said the bridge would reopen. She said it would cost more."
            ),
            "surname"
        ),
        ["Okafor"]
    );
    let introduced = "Transport Minister Grace Okafor said the bridge would reopen. Okafor said it would cost more.";
    assert!(findings(&pack, introduced).is_empty());
    let company = "Cadbury said it was confident of its targets.";
    assert!(findings(&pack, company).is_empty());
}

#[test]
fn yields_to_drops_a_general_finding_where_the_specific_rule_found_something() {
    let pack = format!(
        "{}{}",
        rule("specific", "pattern = \"declined to comment\""),
        rule(
            "general",
            "pattern = \"[officials] _{0,3} (declined | said)\"\nyields-to = [\"specific\"]"
        )
    );
    let text = "Officials declined to comment. Officials said no.";
    let found = findings(&pack, text);
    assert_eq!(ids(&found, "specific"), ["declined to comment"]);
    // Only the sentence without the specific finding keeps the general one.
    assert_eq!(ids(&found, "general"), ["Officials"]);
    assert_eq!(
        found.iter().filter(|(r, _)| r == "general").count(),
        1,
        "{found:?}"
    );
    // An unknown id is a load error with the nearest real one.
    let bad = rule("general", "pattern = \"x\"\nyields-to = [\"specifc\"]")
        + &rule("specific", "pattern = \"y\"");
    let mut b = EngineBuilder::new();
    b.add("t.toml", format!("[pack]\nid = \"t\"\n{bad}"));
    let err = b.build().expect_err("unknown yields-to id").to_string();
    assert!(
        err.contains("`yields-to` names no loaded rule `specifc`"),
        "{err}"
    );
    assert!(err.contains("did you mean `specific`?"), "{err}");
}
