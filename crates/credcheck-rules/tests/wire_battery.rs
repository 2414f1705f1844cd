//! The built-in packs on wire-style drafts of our own (tests/fixtures/wire-battery.tsv): each
//! sentence, checked alone, is flagged for its category exactly when the battery says a careful
//! editor would query it there.

use credcheck_core::{Document, Format};
use credcheck_rules::EngineBuilder;

#[test]
fn wire_style_sentences_are_flagged_exactly_where_an_editor_would_query_them() {
    let mut builder = EngineBuilder::new();
    builder.add_builtin();
    let engine = builder.build().expect("built-in packs load");
    let battery = include_str!("fixtures/wire-battery.tsv");
    let mut wrong = Vec::new();
    let mut cases = 0;
    for line in battery
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let mut cols = line.splitn(3, '\t');
        let (Some(category), Some(expected), Some(text)) = (cols.next(), cols.next(), cols.next())
        else {
            panic!("a battery line is category, 0 or 1, and a sentence: {line:?}");
        };
        assert!(
            matches!(category, "anonymous-source" | "unverified-claim" | "denial"),
            "unknown category in {line:?}"
        );
        let expected = match expected {
            "1" => true,
            "0" => false,
            _ => panic!("expected 0 or 1 in {line:?}"),
        };
        let doc = Document::parse(&format!("{text}\n"), Format::Text);
        let rules: Vec<String> = engine
            .check(&doc)
            .into_iter()
            .filter(|f| f.info.category == category)
            .map(|f| f.info.id.clone())
            .collect();
        if rules.is_empty() == expected {
            wrong.push(format!(
                "{category} {}: {text} {rules:?}",
                u8::from(expected)
            ));
        }
        cases += 1;
    }
    assert!(cases >= 150, "the battery holds {cases} sentences");
    assert!(
        wrong.is_empty(),
        "{} of {cases}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
