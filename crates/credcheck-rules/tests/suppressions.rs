//! Suppressions are document data applied by the engine: markers are not prose, a suppression
//! covers what its rule's words cause in follow-on rules, unknown names are reported with the
//! nearest real one, and the profile decides what counts as suppressed.

use credcheck_core::{Document, Format, SourcingSummary};
use credcheck_rules::{Engine, EngineBuilder, Profile, Severity};

fn engine() -> Engine {
    EngineBuilder::new()
        .add_builtin()
        .build()
        .expect("the built-in packs load")
}

/// `(rule id, highlighted text)` of each finding.
fn found(engine: &Engine, text: &str, format: Format) -> Vec<(String, String)> {
    let doc = Document::parse(text, format);
    engine
        .check(&doc)
        .into_iter()
        .map(|f| (engine.rule(f.rule).id.clone(), doc.text(f.span).to_owned()))
        .collect()
}

fn ids(found: &[(String, String)]) -> Vec<&str> {
    found.iter().map(|(id, _)| id.as_str()).collect()
}

#[test]
fn a_plain_text_markers_reason_is_not_the_storys_words() {
    let plain = "Officials said the plant would close in March.\n\nThe mayor, Ana Ruiz, said she was surprised by the decision.\n";
    let marked = "Officials said the plant would close in March.\n\n[credcheck-ignore hedging: sources said the figures were checked twice]\nThe mayor, Ana Ruiz, said she was surprised by the decision.\n";
    let (a, b) = (
        Document::parse(plain, Format::Text),
        Document::parse(marked, Format::Text),
    );
    // The ledger: the same attributions, the same sources, the same anonymous share.
    let sources = |d: &Document| -> Vec<String> {
        d.attributions()
            .iter()
            .map(|x| d.text(x.source.unwrap_or(x.cue)).to_owned())
            .collect()
    };
    assert_eq!(sources(&a), ["Officials", "The mayor, Ana Ruiz"]);
    assert_eq!(sources(&a), sources(&b));
    let (sa, sb) = (SourcingSummary::of(&a), SourcingSummary::of(&b));
    assert_eq!(sa.anonymous_share.to_bits(), sb.anonymous_share.to_bits());
    assert_eq!(sa.attributions, sb.attributions);
    // The marker is its own paragraph break, not part of the next sentence.
    let sentences: Vec<&str> = b.sentences().iter().map(|s| b.text(s.span)).collect();
    assert_eq!(sentences.len(), 2, "{sentences:?}");
    assert!(!sentences.iter().any(|s| s.contains("credcheck")));
    assert_eq!(b.suppressions().len(), 1);

    // The findings: the same, plus the marker's own (it names `hedging`, which has nothing
    // here). The document-level finding stays: the marker does not name it.
    let engine = engine();
    let fa = found(&engine, plain, Format::Text);
    let mut fb = found(&engine, marked, Format::Text);
    assert!(ids(&fa).contains(&"doc-anon-no-reason"), "{fa:?}");
    let unused = fb
        .iter()
        .position(|(id, _)| id == "unused-suppression")
        .expect("the marker suppresses nothing");
    assert_eq!(
        fb.remove(unused).1,
        "[credcheck-ignore hedging: sources said the figures were checked twice]"
    );
    assert_eq!(fa, fb);
}

const LEDE: &str = "# Minister quits\n\n<!-- credcheck-ignore-next-line reportedly-hedge: confirmed by our bureau -->\nThe minister reportedly resigned on Friday after a row over the budget.\n\nHis office said the letter would be published on Monday.\n";

#[test]
fn a_suppression_covers_what_its_rules_words_cause_elsewhere() {
    let engine = engine();
    let unmarked = LEDE.replace(
        "<!-- credcheck-ignore-next-line reportedly-hedge: confirmed by our bureau -->",
        "",
    );
    let before = found(&engine, &unmarked, Format::Markdown);
    // Without the comment: the word, the document rule that follows it, and the lede rule of
    // the same category on the same word.
    assert_eq!(
        before,
        [
            ("doc-lede-unattributed".into(), "reportedly".into()),
            ("doc-unverified-no-status".into(), "reportedly".into()),
            ("reportedly-hedge".into(), "reportedly".into()),
        ]
    );
    // With it: nothing is left on the word, and the comment was used. Two findings were
    // suppressed; the document rule never fired, as it follows only what is left.
    assert_eq!(found(&engine, LEDE, Format::Markdown), []);
    let doc = Document::parse(LEDE, Format::Markdown);
    let checked = engine.check_with(&doc, &Profile::new(&engine));
    assert_eq!(checked.suppressed, 2);
}

#[test]
fn findings_of_another_category_on_the_same_words_stay() {
    // `officials` is an anonymous source; suppressing a hedging rule there covers nothing.
    let engine = engine();
    let text = "<!-- credcheck-ignore-next-line hedging: vetted -->\nOfficials said the plant would close in March.\n";
    let f = found(&engine, text, Format::Markdown);
    assert!(ids(&f).contains(&"anon-attribution"), "{f:?}");
    assert!(ids(&f).contains(&"unused-suppression"), "{f:?}");
}

#[test]
fn a_misspelt_name_is_reported_with_the_nearest_real_one() {
    let engine = engine();
    let text = LEDE.replace("reportedly-hedge:", "reportedly-hedg:");
    let doc = Document::parse(&text, Format::Markdown);
    let findings = engine.check(&doc);
    let unknown: Vec<_> = findings
        .iter()
        .filter(|f| engine.rule(f.rule).id == "unknown-suppression-name")
        .collect();
    assert_eq!(unknown.len(), 1, "{findings:?}");
    assert_eq!(doc.text(unknown[0].span), "reportedly-hedg");
    assert!(
        unknown[0]
            .message
            .ends_with("Did you mean “reportedly-hedge”?"),
        "{}",
        unknown[0].message
    );
    // It suppresses nothing, and says so once (not also as an unused suppression).
    let ids: Vec<&str> = findings
        .iter()
        .map(|f| engine.rule(f.rule).id.as_str())
        .collect();
    assert!(ids.contains(&"reportedly-hedge"));
    assert!(!ids.contains(&"unused-suppression"));
    // A name nothing resembles gets no guess.
    let text = LEDE.replace("reportedly-hedge:", "zzzzqqqq:");
    let doc = Document::parse(&text, Format::Markdown);
    let f = engine.check(&doc);
    let m = f
        .iter()
        .find(|f| engine.rule(f.rule).id == "unknown-suppression-name")
        .expect("reported");
    assert!(!m.message.contains("Did you mean"), "{}", m.message);
}

#[test]
fn the_profile_decides_what_is_reported_and_what_a_suppression_used() {
    let engine = engine();
    let doc = Document::parse(LEDE, Format::Markdown);
    let hedge = engine.find_rule("reportedly-hedge").expect("loaded");
    let lede = engine.find_rule("doc-lede-unattributed").expect("loaded");
    let status = engine
        .find_rule("doc-unverified-no-status")
        .expect("loaded");
    // The desk turned the rule off: a suppression applies to what is reported, so nothing
    // was hidden and the comment is unused; the word still feeds the rules that follow it.
    let mut profile = Profile::new(&engine);
    profile.set_severity(hedge, None);
    let checked = engine.check_with(&doc, &profile);
    let got: Vec<&str> = checked
        .findings
        .iter()
        .map(|f| engine.rule(f.rule).id.as_str())
        .collect();
    assert_eq!(
        got,
        [
            "unused-suppression",
            "doc-lede-unattributed",
            "doc-unverified-no-status"
        ]
    );
    assert_eq!(checked.suppressed, 0);
    // Severities come from the profile.
    let unmarked = Document::parse(&LEDE.replace("credcheck-ignore", "note"), Format::Markdown);
    let mut profile = Profile::new(&engine);
    profile.set_severity(lede, Some(Severity::Error));
    profile.set_severity(status, None);
    let got: Vec<(String, Severity)> = engine
        .check_with(&unmarked, &profile)
        .findings
        .iter()
        .map(|f| (engine.rule(f.rule).id.clone(), f.severity))
        .collect();
    assert_eq!(
        got,
        [
            ("doc-lede-unattributed".to_owned(), Severity::Error),
            ("reportedly-hedge".to_owned(), Severity::Warning),
        ]
    );
}

#[test]
fn reasons_are_required_only_when_the_profile_says_so() {
    let engine = engine();
    let text =
        "<!-- credcheck-ignore-next-line reportedly-hedge -->\nThe minister reportedly resigned.\n";
    let doc = Document::parse(text, Format::Markdown);
    let without_reason = |profile: &Profile| {
        engine
            .check_with(&doc, profile)
            .findings
            .iter()
            .filter(|f| engine.rule(f.rule).id == "suppression-without-reason")
            .count()
    };
    let mut profile = Profile::new(&engine);
    assert_eq!(without_reason(&profile), 0);
    profile.require_suppression_reason(true);
    assert_eq!(without_reason(&profile), 1);
}

#[test]
fn a_house_setting_cancels_a_finding_in_its_sentence() {
    let engine = engine();
    let text = "Two officials told the Ledger the plant would close in March.\n";
    let doc = Document::parse(text, Format::Text);
    let rule = engine.find_rule("anon-via-other-outlet").expect("loaded");
    let has = |profile: &Profile| {
        engine
            .check_with(&doc, profile)
            .findings
            .iter()
            .any(|f| f.rule == rule)
    };
    let mut profile = Profile::new(&engine);
    assert!(has(&profile), "another outlet's sources, for anyone else");
    profile.set("house-outlet", "The Daily Ledger");
    assert!(has(&profile), "another paper's name is not in the sentence");
    profile.set("house-outlet", "Ledger");
    assert!(
        !has(&profile),
        "the Ledger's own sources, in the Ledger's copy"
    );
    profile.set("house-outlet", "  ");
    assert!(has(&profile), "an empty setting is unset");
}

#[test]
fn an_agency_dateline_makes_the_agencys_sources_its_own_unless_a_house_outlet_is_set() {
    let engine = engine();
    let rule = engine.find_rule("anon-via-other-outlet").expect("loaded");
    let has = |text: &str, profile: &Profile| {
        let doc = Document::parse(text, Format::Text);
        engine
            .check_with(&doc, profile)
            .findings
            .iter()
            .any(|f| f.rule == rule)
    };
    let default = Profile::new(&engine);
    let told = "Sources told Reuters the deal was off.\n";
    assert!(has(told, &default), "no dateline: another outlet's sources");
    let wire = "Oil falls\n\nLONDON, March 3 (Reuters) - Oil fell on Tuesday.\n\n\
                Sources told Reuters the deal was off.\n";
    assert!(!has(wire, &default), "a Reuters story's own sources");
    // The initials of the dateline stand for the agency's name too, as whole words only, and
    // never for the dateline itself.
    let ap = "NEW YORK (AP) — Sources told The Associated Press the deal was off.\n";
    assert!(!has(ap, &default), "the AP's own sources");
    let other = "NEW YORK (AP) — Officials told the New York Times the deal was apparently off.\n";
    assert!(
        has(other, &default),
        "`ap` in `apparently` or `(AP)` names no outlet"
    );
    let mut ledger = Profile::new(&engine);
    ledger.set("house-outlet", "The Ledger");
    assert!(
        has(wire, &ledger),
        "a house outlet set decides, not the dateline"
    );
}
