//! Attribution analysis on drafts of our own: the hard cases of the attribution issue and the
//! constructions of the Syria wire story the project started from.

use std::path::Path;

use credcheck_core::{Document, Format, Response, SourceKind};

fn doc(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/sourcing")
        .join(name);
    let text = std::fs::read_to_string(path).expect("fixture exists");
    Document::parse(&text, Format::Text)
}

/// (cue, source, kind, speaker, response) of one attribution.
type Row = (String, String, SourceKind, Option<String>, Option<Response>);

/// Every attribution as a [`Row`].
fn table(doc: &Document) -> Vec<Row> {
    doc.attributions()
        .iter()
        .map(|a| {
            let source = a.source.map(|s| doc.prose(s)).unwrap_or_default();
            (
                doc.prose(a.cue),
                source,
                a.kind,
                a.speaker.clone(),
                a.response,
            )
        })
        .collect()
}

fn find<'a>(rows: &'a [Row], source: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.1 == source)
        .unwrap_or_else(|| panic!("no attribution to {source:?} in {rows:#?}"))
}

#[test]
fn hard_cases() {
    let d = doc("hard-cases.txt");
    let rows = table(&d);
    // A possessive name does not name the aides.
    assert_eq!(find(&rows, "Netanyahu's aides").2, SourceKind::Anonymous);
    // Apposition: the official is named.
    let reyes = find(&rows, "An official, Dana Reyes");
    assert_eq!(
        (reyes.2, reyes.3.as_deref()),
        (SourceKind::Named, Some("Dana Reyes"))
    );
    // Inversion after a quotation; the quotation is the content.
    let officer = find(&rows, "a senior police officer");
    assert_eq!(officer.2, SourceKind::Anonymous);
    let a = d
        .attributions()
        .iter()
        .find(|a| d.prose(a.source.unwrap()) == "a senior police officer")
        .unwrap();
    assert_eq!(d.text(a.content.unwrap()), "\"We are not finished,\"");
    // Title before a name; a pronoun in the next sentence refers back to him.
    let haddad = find(&rows, "Finance Minister Omar Haddad");
    assert_eq!(
        (haddad.2, haddad.3.as_deref()),
        (SourceKind::Named, Some("Omar Haddad"))
    );
    let he = find(&rows, "He");
    assert_eq!(
        (he.0.as_str(), he.2, he.3.as_deref()),
        ("added", SourceKind::Named, Some("Omar Haddad"))
    );
    // "told" inside a quotation is the mediator's report, not the writer's attribution.
    assert!(rows.iter().all(|r| r.0 != "told"), "{rows:#?}");
    // A quotation over two paragraphs is attributed once, with all of it as content.
    let adebayo: Vec<_> = d
        .attributions()
        .iter()
        .filter(|a| a.speaker.as_deref() == Some("Ruth Adebayo"))
        .collect();
    assert_eq!(adebayo.len(), 1);
    assert_eq!(
        d.prose(adebayo[0].content.unwrap()),
        "\"We will stay until the work is done. ¶ \"Nobody here is going home,\""
    );
    // `According to` takes the phrase after it.
    assert_eq!(
        find(&rows, "two people familiar with the talks").2,
        SourceKind::Anonymous
    );
    // Denials and non-responses are responses of their source.
    let company = find(&rows, "The company");
    assert_eq!(
        (company.2, company.4),
        (SourceKind::Organisation, Some(Response::Denial))
    );
    let club = find(&rows, "The club");
    assert_eq!(
        (club.0.as_str(), club.4),
        ("declined to comment", Some(Response::NonResponse))
    );
}

#[test]
fn wire_story_constructions() {
    let d = doc("ferry-dispute.txt");
    let rows = table(&d);
    assert_eq!(find(&rows, "Informed sources").2, SourceKind::Anonymous);
    let officials = find(&rows, "Company officials");
    assert_eq!(
        (officials.0.as_str(), officials.2, officials.4),
        (
            "refused to comment",
            SourceKind::Anonymous,
            Some(Response::NonResponse)
        )
    );
    let first = find(&rows, "Ministry spokesperson Inês Carvalho");
    assert_eq!(
        (first.2, first.3.as_deref()),
        (SourceKind::Named, Some("Inês Carvalho"))
    );
    let told: Vec<_> = rows.iter().filter(|r| r.0 == "told reporters").collect();
    assert_eq!(told.len(), 1);
    assert_eq!(
        (told[0].1.as_str(), told[0].2, told[0].3.as_deref()),
        ("Carvalho", SourceKind::Named, Some("Inês Carvalho"))
    );
    assert_eq!(
        find(&rows, "Transport Ministry").2,
        SourceKind::Organisation
    );
    assert!(
        rows.iter()
            .any(|r| r.0 == "saying" && r.2 == SourceKind::Report),
        "the reports saying… is a report: {rows:#?}"
    );
    let summary = credcheck_core::SourcingSummary::of(&d);
    assert_eq!((summary.named_sources, summary.non_responses), (2, 2));
}

#[test]
fn dash_attributions_and_transcript_labels() {
    let text = "“The plan will not survive the winter.” ― Marta Quiroga\n\nWALLACE: Let's start with the budget.";
    let d = Document::parse(text, Format::Text);
    let rows = table(&d);
    let dash = find(&rows, "Marta Quiroga");
    assert_eq!((dash.0.as_str(), dash.2), ("―", SourceKind::Named));
    let label = find(&rows, "WALLACE");
    assert_eq!(label.0, ":");
}

#[test]
fn coordination_leading_inversion_and_nesting() {
    let d = doc("coordination.txt");
    let rows = table(&d);
    // A second verb of the same subject: `… refused to answer questions but said`.
    let said: Vec<_> = rows.iter().filter(|r| r.0 == "said").collect();
    assert_eq!(said[0].1, "The ferry operator's spokesman", "{rows:#?}");
    // Inversion at the sentence start, past a relative clause, with the quotation as content.
    let okafor = find(&rows, "Lena Okafor");
    assert_eq!(
        (okafor.0.as_str(), okafor.2, okafor.3.as_deref()),
        ("Said", SourceKind::Named, Some("Lena Okafor"))
    );
    let a = d
        .attributions()
        .iter()
        .find(|a| d.prose(a.cue) == "Said")
        .unwrap();
    assert_eq!(
        d.text(a.content.unwrap()),
        "\"We have never seen a winter like this.\""
    );
    // A description by age refers back to the person last named.
    let age = find(&rows, "the 71-year-old");
    assert_eq!(
        (age.2, age.3.as_deref()),
        (SourceKind::Named, Some("Lena Okafor"))
    );
    // `states` after a number is a noun, not a cue.
    assert!(rows.iter().all(|r| r.0 != "states"), "{rows:#?}");
    // A belief inside what the minister told reporters is part of that report.
    assert!(rows.iter().all(|r| r.0 != "believed"), "{rows:#?}");
    // A relative clause closed by a comma does not swallow the source after it.
    assert_eq!(find(&rows, "the audit").0, "says");
    // `reportedly` attributes to unnamed reports, with no source phrase.
    let reported: Vec<_> = rows.iter().filter(|r| r.0 == "reportedly").collect();
    assert_eq!(reported.len(), 1, "{rows:#?}");
    assert_eq!(
        (reported[0].1.as_str(), reported[0].2),
        ("", SourceKind::Report)
    );
    // What a placard reads is a document's words.
    let placard = find(&rows, "one placard");
    assert_eq!(
        (placard.0.as_str(), placard.2),
        ("read", SourceKind::Document)
    );
    // `when asked`: the question put to the speaker of the sentence.
    let asked: Vec<_> = rows.iter().filter(|r| r.0 == "asked").collect();
    assert_eq!(asked.len(), 1, "{rows:#?}");
    assert_eq!(asked[0].1, "the mayor");
    // Going on, turning out, finding a thing, a show and delegates are not reports.
    for word in ["continues", "pledged", "proved", "found"] {
        assert!(rows.iter().all(|r| r.0 != word), "{word}: {rows:#?}");
    }
    assert_eq!(
        rows.iter().filter(|r| r.0 == "show").count(),
        1,
        "{rows:#?}"
    );
    // …but `continued to insist that` and `records show that` are.
    assert_eq!(find(&rows, "The harbour master").0, "continued to insist");
    assert_eq!(find(&rows, "Ticket records").0, "show");
    // `mayor‘s` with a left single mark is an apostrophe: it opens no quotation that would
    // hide the attributions after it.
    assert_eq!(find(&rows, "the councillor").0, "said");
    // `…, Okafor notes.`: a noun homograph as the verb of a closing attribution.
    let notes = find(&rows, "Okafor");
    assert_eq!(
        (notes.0.as_str(), notes.3.as_deref()),
        ("notes", Some("Lena Okafor"))
    );
    // A name followed by an age and a place, all in apposition.
    let cory = find(&rows, "Cory Adeyemi, 22, of Flint, Mich.");
    assert_eq!(
        (cory.2, cory.3.as_deref()),
        (SourceKind::Named, Some("Cory Adeyemi"))
    );
    // A share of respondents speaks through the poll.
    assert_eq!(find(&rows, "47%").2, SourceKind::Document);
    // `“expedited review“`: a left mark after a word closes the quotation.
    assert_eq!(find(&rows, "the inspector").0, "said");
    // `a scheme called Ferry Friends` names; `called for` reports.
    let called: Vec<_> = rows.iter().filter(|r| r.0.starts_with("called")).collect();
    assert_eq!(called.len(), 1, "{rows:#?}");
    assert_eq!(
        (called[0].0.as_str(), called[0].1.as_str()),
        ("called for", "The trust")
    );
    // Contesting a race is not disputing a claim.
    let contested: Vec<_> = rows.iter().filter(|r| r.0 == "contested").collect();
    assert_eq!(contested.len(), 1, "{rows:#?}");
    assert_eq!(
        (contested[0].1.as_str(), contested[0].4),
        ("The operator", Some(Response::Denial))
    );
}

#[test]
fn bodies_offices_and_appositions() {
    let d = doc("bodies-and-offices.txt");
    let rows = table(&d);
    let kind = |source: &str| find(&rows, source).2;
    // Two companies joined by `and` are not a person; the apposition after them is theirs.
    assert_eq!(
        kind("Moreau, two of the region's largest ferry operators"),
        SourceKind::Organisation
    );
    // A body's relative clause does not make it anonymous (`Harbour Line` is not a person's).
    assert_eq!(
        kind("Lindqvist, which also owns the Harbour Line brand"),
        SourceKind::Organisation
    );
    // The office of a place or a body is one identifiable person.
    assert_eq!(kind("Scotland's transport minister"), SourceKind::Named);
    assert_eq!(kind("Amnesty International's chief"), SourceKind::Named);
    // A sentence adverb is not an apposition.
    assert_eq!(kind("the minister"), SourceKind::Named);
    // Appositions after `But`, with two roles joined by `and`, or with a relative clause.
    let ferro = find(
        &rows,
        "Nadia Ferro, policy manager at the Ferry Users Group",
    );
    assert_eq!(ferro.3.as_deref(), Some("Nadia Ferro"));
    let harlow = find(
        &rows,
        "Jim Harlow, vice president and chief operating officer of the sales arm",
    );
    assert_eq!(harlow.3.as_deref(), Some("Jim Harlow"));
    let hasson = find(
        &rows,
        "Fred Hasson, head of Tiga, which represents small operators",
    );
    assert_eq!(hasson.3.as_deref(), Some("Fred Hasson"));
    // `so-called` and `related` report nothing.
    assert!(
        rows.iter().all(|r| r.0 != "called" && r.0 != "related"),
        "{rows:#?}"
    );
    // A company described by its trade speaks as a body.
    assert_eq!(
        kind("Europe's biggest shipbuilder"),
        SourceKind::Organisation
    );
    // A possessive ends a name: the person is Sean Bones.
    // A document before the subject is not in apposition with it.
    let exec = find(&rows, "the harbour executive");
    assert_eq!((exec.0.as_str(), exec.2), ("admitted", SourceKind::Named));
    // Nor is a participle phrase; `he` is the man named before, not `BBC One`.
    let he = find(&rows, "he");
    assert_eq!(he.3.as_deref(), Some("Tomas Grell"));
    // `the Meridian report:` is a title, `conceded a penalty` a foul.
    assert!(
        rows.iter().all(|r| r.0 != "report" && r.0 != "conceded"),
        "{rows:#?}"
    );
    // A sentence adverb is not part of the subject; `, called NightLink` names.
    assert_eq!(find(&rows, "the harbour commissioner").2, SourceKind::Named);
    assert!(rows.iter().all(|r| r.0 != "called"), "{rows:#?}");
    // A board speaks as the body, not as unnamed directors.
    assert_eq!(kind("The board of directors"), SourceKind::Organisation);
    let bones = find(&rows, "Passengers United's Sean Bones");
    assert_eq!(
        (bones.2, bones.3.as_deref()),
        (SourceKind::Named, Some("Sean Bones"))
    );
}

/// `(source, surname_only, without_role)` of an attribution.
type Facts = (String, bool, bool);

/// The [`Facts`] of each attribution in `text`.
fn facts(text: &str) -> Vec<Facts> {
    let d = Document::parse(text, Format::Text);
    d.attributions()
        .iter()
        .map(|a| {
            let source = a.source.map(|s| d.prose(s)).unwrap_or_default();
            (source, a.surname_only, a.without_role)
        })
        .collect()
}

#[test]
fn an_attribution_knows_a_bare_surname_and_a_name_without_a_role() {
    let row = |s: &str, surname: bool, role: bool| (s.to_owned(), surname, role);
    let cases: &[(&str, Vec<Facts>)] = &[
        // A surname alone, the full name never given: a person (`he` follows).
        (
            "Okafor said the road would reopen. He gave no date.",
            vec![row("Okafor", true, false)],
        ),
        // The full name first: the surname is resolved, and the first mention has no role.
        (
            "Jonas Berg said the vote was close. Berg said he would appeal.",
            vec![row("Jonas Berg", false, true), row("Berg", false, false)],
        ),
        // A role before or after the name.
        (
            "Farmer Ruth Ngata said the rains came late.",
            vec![row("Farmer Ruth Ngata", false, false)],
        ),
        (
            "Ruth Ngata, a farmer, said the rains came late.",
            vec![row("Ruth Ngata, a farmer", false, false)],
        ),
        // A body known by one word speaks as itself (`it`), and function words are no surnames.
        (
            "Cadbury said it would close the plant. It gave no date.",
            vec![row("Cadbury", false, false)],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&facts(text), want, "{text}");
    }
}

#[test]
fn a_quotation_knows_a_reporting_verb_right_after_it() {
    let d = Document::parse(
        "“We will rebuild,” said the 28-year-old. “Not this year.” The town was quiet.",
        Format::Text,
    );
    let after: Vec<bool> = d.quotes().iter().map(|q| q.verb_after).collect();
    assert_eq!(after, [true, false]);
}

#[test]
fn a_lost_closing_mark_ends_the_quotation_at_its_sentence() {
    // A straight mark shaped to open, after a full stop, while a quotation is open: the close
    // before it was lost (copy pasted from a web page). The first quotation ends with its
    // sentence, so the next sentence's speaker is read outside any quotation.
    let text = "He said: \"I think it is important. \"These lessons will help.\" Emma Pike, director of the charity, said: \"We agree.\"";
    let d = Document::parse(text, Format::Text);
    let quotes: Vec<String> = d.quotes().iter().map(|q| d.prose(q.span)).collect();
    assert_eq!(
        quotes,
        [
            "\"I think it is important.",
            "\"These lessons will help.\"",
            "\"We agree.\""
        ]
    );
    let pike = d.attributions().iter().find_map(|a| {
        a.source
            .map(|s| d.prose(s))
            .filter(|s| s.starts_with("Emma"))
    });
    assert_eq!(pike.as_deref(), Some("Emma Pike, director of the charity"));
    // A mark with a space after it closes as before: `"Done. " he said`.
    let d = Document::parse("\"We are done. \" he said.", Format::Text);
    assert_eq!(d.quotes().len(), 1);
    assert!(d.quotes()[0].closed);
}

#[test]
fn curly_marks_restart_and_close_as_straight_ones_do() {
    // The same lost close in curly marks: English nests single marks in double ones, never
    // double in double, so a second opening double mark after a full stop starts a new
    // quotation and the first ends with its sentence (it was read as nested, and the outer one
    // then held the rest of the paragraph: the denial after it was inside a quotation).
    let text = "Ms Kelly said: \u{201c}I do have support and that is right. \u{201c}But those are private matters.\u{201d} She categorically denied reports that her beliefs would affect policy.";
    let d = Document::parse(text, Format::Text);
    let quotes: Vec<String> = d.quotes().iter().map(|q| d.prose(q.span)).collect();
    assert_eq!(
        quotes,
        [
            "\u{201c}I do have support and that is right.",
            "\u{201c}But those are private matters.\u{201d}"
        ]
    );
    let denied = d
        .attributions()
        .iter()
        .find(|a| d.prose(a.cue) == "denied")
        .map(|a| a.response);
    assert_eq!(denied, Some(Some(Response::Denial)));
    // An opening mark standing free between spaces while a quotation is open closes it (a word
    // processor's guess at a straight mark typed after a space): `everything. \u{201c} The only…`.
    let d = Document::parse(
        "It said: \u{201c}We have tried everything. \u{201c} The site is thought to have closed.",
        Format::Text,
    );
    assert_eq!(d.quotes().len(), 1);
    assert!(d.quotes()[0].closed);
    assert!(d.tokens().last().is_some_and(|t| t.quote_depth == 0));
}

#[test]
fn three_closing_apostrophes_close_the_inner_quotation_then_the_outer() {
    // Archive copy types a double mark as two single ones: `'''` after a word closes the
    // single quotation inside first, then the double one, and the speaker after it is outside.
    let text = "''There are always stories - 'Oh, they won't vote for him,''' Steve Rosenthal, a former political director of the union, wrote.";
    let d = Document::parse(text, Format::Text);
    let closed: Vec<bool> = d.quotes().iter().map(|q| q.closed).collect();
    assert_eq!(closed, [true, true]);
    let source = d
        .attributions()
        .first()
        .and_then(|a| a.source)
        .map(|s| d.prose(s));
    assert_eq!(
        source.as_deref(),
        Some("Steve Rosenthal, a former political director of the union")
    );
}

/// `(cue, source, kind)` of each attribution in `text`, as short strings.
fn cue_source_kind(text: &str) -> Vec<(String, String, &'static str)> {
    let d = Document::parse(text, Format::Text);
    d.attributions()
        .iter()
        .map(|a| {
            let source = a.source.map(|s| d.prose(s)).unwrap_or_default();
            let kind = if a.response == Some(Response::Denial) {
                "denial"
            } else {
                a.kind.name()
            };
            (d.prose(a.cue), source, kind)
        })
        .collect()
}

/// Constructions the accuracy work of the tune half added, one case each: the source phrase,
/// its kind (or `denial`), and the cases that must stay as they were.
/// A draft and the `(cue, source, kind)` of each attribution expected in it.
type Case = (
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

#[test]
fn construction_table() {
    let cases: &[Case] = &[
        // A clause after the cue is what was said, not an inverted speaker.
        (
            "And Tony Hunter, president of the Association of Directors, said the plans could improve dignity.",
            &[(
                "said",
                "Tony Hunter, president of the Association of Directors",
                "named",
            )],
        ),
        (
            "“It is over,” said a senior official.",
            &[("said", "a senior official", "anonymous")],
        ),
        // A quantified group in a past statement is unnamed sourcing; a belief is vague.
        (
            "Some Democrats said they feared a repeat.",
            &[("said", "Some Democrats", "anonymous")],
        ),
        (
            "Many investors believe that the policies are business-friendly.",
            &[("believe", "Many investors", "vague")],
        ),
        (
            "Even then, others insist, the show will be hard to eclipse.",
            &[("insist", "others", "vague")],
        ),
        (
            "Surrogates could overshadow her, as many Democrats believe Obama did in 2008.",
            &[("believe", "many Democrats", "vague")],
        ),
        (
            "It's a strategy some believe he could repeat.",
            &[("believe", "some", "vague")],
        ),
        (
            "His choice will disappoint some senior members, who say the party needs him.",
            &[("say", "some senior members, who", "vague")],
        ),
        // Unnamed studies, polls and reports; named ones are documents.
        (
            "The government will have to raise taxes, a report suggests.",
            &[("suggests", "a report", "report")],
        ),
        (
            "Last year, a street survey found that most commuters would sell their password.",
            &[("found", "a street survey", "report")],
        ),
        (
            "Recent evidence has suggested that the market is slowing.",
            &[("suggested", "Recent evidence", "report")],
        ),
        (
            "One placard read “Not in our name”.",
            &[("read", "One placard", "document")],
        ),
        // People the outlet spoke to.
        (
            "The campaign reserved air time, according to media buying sources.",
            &[("according to", "media buying sources", "anonymous")],
        ),
        (
            "But other advisers to the island's government have been urging a default.",
            &[(
                "urging",
                "other advisers to the island's government",
                "anonymous",
            )],
        ),
        // A person's words, office and campaign.
        (
            "He would reassure allies, given Mr. Trump's comments saying he would reassess the alliance.",
            &[("saying", "Mr. Trump's comments", "named")],
        ),
        (
            "Powell’s office, when contacted by Reuters, said he could not recall the dinner.",
            &[("said", "Powell’s office", "organisation")],
        ),
        (
            "Tickets sold out but organisers confirmed that all 130,000 had been sold.",
            &[("confirmed", "organisers", "organisation")],
        ),
        // A pronoun before a parenthetical cue is the whole subject.
        (
            "Nobody, he claimed, could picture it.",
            &[("claimed", "he", "unresolved")],
        ),
        // Denials: insisting on the contrary, bristling; not turning down an offer.
        (
            "Tzekos insisted he and the runners had nothing to hide.",
            &[("insisted", "Tzekos", "denial")],
        ),
        (
            "Mr. Ortiz insisted that his focus would be a peace deal.",
            &[("insisted", "Mr. Ortiz", "named")],
        ),
        (
            "Scott bristles at the suggestion he won't be ready.",
            &[("bristles at", "Scott", "denial")],
        ),
        ("The board rejected the move because of the debt.", &[]),
        ("I cannot deny that we made mistakes.", &[]),
        (
            "The minister rejected claims that the debate had been stifled.",
            &[("rejected", "The minister", "denial")],
        ),
        // A poll's finding about what people say is the poll's.
        (
            "Polls show as many as 30 percent of his backers say they will not vote for her.",
            &[("show", "Polls", "report")],
        ),
        // A participle before the sentence's verb reports nothing; the paper named before
        // speaks as the outlet.
        (
            "The paper added that most of the taxes claimed are linked to exports.",
            &[("added", "The paper", "organisation")],
        ),
    ];
    check_table(cases);
}

/// Source phrases audited on copy outside both news-dev2 halves (PolNeAR articles not in the
/// labelled sample): possessives, sentence adverbs, ages, names apposed after an inverted
/// speaker, long relative clauses.
#[test]
fn source_phrase_table() {
    let cases: &[Case] = &[
        // After a person's possessive: people are unnamed sources, a document is a document,
        // anything else is no source at all.
        (
            "Hillary Clinton's biggest boosters insisted it was a temporary dip.",
            &[(
                "insisted",
                "Hillary Clinton's biggest boosters",
                "anonymous",
            )],
        ),
        (
            "Ivana Trump's brief said that was not her view.",
            &[("said", "Ivana Trump's brief", "document")],
        ),
        (
            "Cruz's fusillade in Colorado underscored the importance of good behaviour.",
            &[("underscored", "Cruz's fusillade in Colorado", "unresolved")],
        ),
        // A noun after a possessive is no cue, even before `that`.
        (
            "The book includes details about Mr. Trump's finances that were disclosed in court.",
            &[],
        ),
        // A sentence adverb between commas stands between the subject and the cue; experts
        // in a past statement are people spoken to (our labels: `Cyber security experts and U.S.
        // officials, however, said…` is anonymous sourcing).
        (
            "Cyber security experts, however, said they believed Russia was behind the leak.",
            &[("said", "Cyber security experts", "anonymous")],
        ),
        // An age between the name and the role; a name apposed after an inverted speaker; a
        // long relative clause closed by a comma.
        (
            "John Okafor, 60, a doctor, said the vote was fair.",
            &[("said", "John Okafor, 60, a doctor", "named")],
        ),
        (
            "He had a voice in decisions, said a former spokesman for the ministry, Oleg Voloshyn, who worked with him.",
            &[(
                "said",
                "a former spokesman for the ministry, Oleg Voloshyn",
                "named",
            )],
        ),
        (
            "Trump, who previously questioned whether the judge's heritage made him biased because of his plans for a wall on the border, said Friday that the judge was unfair.",
            &[
                ("questioned", "Trump, who", "named"),
                (
                    "said",
                    "Trump, who previously questioned whether the judge's heritage made him biased because of his plans for a wall on the border",
                    "named",
                ),
            ],
        ),
        // The one person who holds a role for someone named is identified; that person's
        // aides are not.
        (
            "Craig Bellamy left. According to Bellamy's agent, the player turned down the move.",
            &[("According to", "Bellamy's agent", "named")],
        ),
        (
            "Philip Pullman is pleased. His agent told the Times that the film was good.",
            &[("told", "His agent", "named")],
        ),
        (
            "Ms Reyes was not in court. Her lawyer said she would appeal, and her aides said nothing.",
            &[
                ("said", "Her lawyer", "named"),
                ("said", "her aides", "anonymous"),
            ],
        ),
        (
            "Netanyahu's aides said the talks had stalled.",
            &[("said", "Netanyahu's aides", "anonymous")],
        ),
        (
            "An FBI agent said the files were missing.",
            &[("said", "An FBI agent", "anonymous")],
        ),
        // Senses of cue words that report nothing: increasing, laying claim, arriving,
        // protesting somewhere, a compound noun — and the speaking senses beside them.
        (
            "The win was adding to his lead over Cruz, officials said.",
            &[("said", "officials", "anonymous")],
        ),
        (
            "Mr. Ortiz added that the vote was fair.",
            &[("added", "Mr. Ortiz", "named")],
        ),
        (
            "A man claiming allegiance to the group opened fire, police said.",
            &[("said", "police", "organisation")],
        ),
        (
            "A man claiming he was a doctor was arrested.",
            &[("claiming", "A man", "anonymous")],
        ),
        ("Her oldest friend showed up in the flesh on Sunday.", &[]),
        (
            "Employees protested outside the company's stores for six weeks.",
            &[],
        ),
        ("Workers at call centers were told to stay home.", &[]),
    ];
    check_table(cases);
}

fn check_table(cases: &[Case]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = cue_source_kind(text);
        let want: Vec<(String, String, &str)> = want
            .iter()
            .map(|(c, s, k)| ((*c).to_owned(), (*s).to_owned(), *k))
            .collect();
        if got != want {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_pronoun_opening_its_sentence_stands_for_who_opened_the_one_before() {
    let d = Document::parse(
        "Former chairman Alan Greenspan has given a speech in honour of the economist Adam \
         Smith. He said the philosopher was a towering contributor.\n\n\
         Senator Maria Lopez met Governor Tom Reed on Monday, and the talks went well. \
         Afterwards she said the deal was close.",
        Format::Text,
    );
    let rows = table(&d);
    // The sentence before opened with Greenspan; Adam Smith is only named in it.
    let he = find(&rows, "He");
    assert_eq!(
        (he.2, he.3.as_deref()),
        (SourceKind::Named, Some("Alan Greenspan"))
    );
    // A pronoun that does not open its sentence keeps the last person named.
    let she = find(&rows, "she");
    assert_eq!(she.2, SourceKind::Named);
}

#[test]
fn a_quotation_after_the_cue_is_the_content_whole() {
    // A `that` inside the quotation does not start the content: all of it was said.
    let d = Document::parse(
        "He went on to say, \"There are places in America that are dangerous.\"\n",
        Format::Text,
    );
    let a = &d.attributions()[0];
    assert_eq!(
        d.text(a.content.unwrap()),
        "\"There are places in America that are dangerous.\""
    );
    // Before a quotation, `that` still opens what was said.
    let d = Document::parse(
        "She told reporters that \"the plan is dead\" and left.\n",
        Format::Text,
    );
    let a = &d.attributions()[0];
    assert!(
        d.text(a.content.unwrap())
            .starts_with("\"the plan is dead\"")
    );
}

/// Whose words a relative clause after an apposition carries, and a name inside what describes
/// an unnamed person: the speaker is the one described, never a name the description mentions.
#[test]
fn speakers_of_appositions_and_descriptions() {
    let doc = Document::parse(
        "Bernie Sanders spoke. \"Expect tactics,\" said Ana Ruiz, 32, a former staff member for \
         the Sanders campaign who said she would march.\n\nHillary Clinton spoke in Iowa. \"The \
         energy will be substantial,\" said one well-connected Democrat familiar with the Clinton \
         campaign's organization.\n",
        Format::Text,
    );
    let rows = table(&doc);
    let staff = find(&rows, "a former staff member for the Sanders campaign who");
    assert_eq!(staff.2, SourceKind::Named);
    assert_eq!(staff.3.as_deref(), Some("Ana Ruiz"));
    let democrat = find(
        &rows,
        "one well-connected Democrat familiar with the Clinton campaign's organization",
    );
    assert_eq!(democrat.2, SourceKind::Anonymous);
    assert_eq!(democrat.3, None);
}

#[test]
fn what_is_said_ends_where_another_source_opens_a_clause() {
    let d = Document::parse(
        "Ministers say the treaty would help trade but critics fear a super state. \
         He said the break-up was amicable — while his partner said she was devastated. \
         She said the plan, but not the budget, would pass.",
        Format::Text,
    );
    let contents: Vec<(String, String)> = d
        .attributions()
        .iter()
        .map(|a| {
            (
                d.prose(a.cue),
                a.content.map(|c| d.prose(c)).unwrap_or_default(),
            )
        })
        .collect();
    let want = [
        ("say", "the treaty would help trade"),
        ("fear", "a super state"),
        ("said", "the break-up was amicable"),
        ("said", "she was devastated"),
        // (`but` with no source after it opens no clause of another speaker.)
        ("said", "the plan, but not the budget, would pass"),
    ];
    let got: Vec<(&str, &str)> = contents
        .iter()
        .map(|(c, t)| (c.as_str(), t.as_str()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_speaker_after_the_clause_says_the_clause_not_when_it_was_said() {
    // `…, Mirza said after her win`: what follows the cue says when or how; the quotation or
    // clause before the speaker is what was said.
    let content = |text: &str| {
        let d = Document::parse(text, Format::Text);
        let a = d.attributions()[0].clone();
        d.text(a.content.unwrap()).to_owned()
    };
    assert_eq!(
        content("\"I'm really excited,\" Mirza said after her second round win.\n"),
        "\"I'm really excited,\""
    );
    assert_eq!(
        content(
            "A major change of direction is needed, the shadow chancellor said as the conference began.\n"
        ),
        "A major change of direction is needed"
    );
    assert_eq!(
        content("\"We answer this every election,\" he said at his monthly news conference.\n"),
        "\"We answer this every election,\""
    );
    // Another statement after the speaker's comma, whatever clause it brings: the clause
    // before is what this verb said.
    assert_eq!(
        content(
            "The plans are not racist, Michael Howard said, adding that the system would be fairer.\n"
        ),
        "The plans are not racist"
    );
    // A phrase with no verb of its own after the speaker's comma says when; a quotation
    // carried on is still what was said.
    assert_eq!(
        content("The plans are not racist, Michael Howard said, a day after the launch.\n"),
        "The plans are not racist"
    );
    assert_eq!(
        content("There was, she said, \"an implicit bargain.\"\n"),
        "\"an implicit bargain.\""
    );
    // Whom it was told, and nothing more: the quotation before was said.
    assert_eq!(
        content("\"Growth will slow,\" the firm told Reuters.\n"),
        "\"Growth will slow,\""
    );
    assert_eq!(
        content("Growth will slow this year, he told BBC Radio 4's Today programme.\n"),
        "Growth will slow this year"
    );
    // Another statement or how this one was made, after a comma; a day first.
    assert_eq!(
        content("\"It was a disaster,\" Trump said, adding, \"Nobody cares.\"\n"),
        "\"It was a disaster,\""
    );
    assert_eq!(
        content(
            "\"Do not let the perfect be the enemy of the good,\" Clinton said Monday in a caution to his backers.\n"
        ),
        "\"Do not let the perfect be the enemy of the good,\""
    );
    assert_eq!(
        content("\"I will vote for Cruz,\" Pence said in an interview with a radio host.\n"),
        "\"I will vote for Cruz,\""
    );
    assert_eq!(
        content("\"We have had better conventions,\" the delegate said matter-of-factly.\n"),
        "\"We have had better conventions,\""
    );
    // A second verb of the same speaker after `and` or `but` says something else.
    assert_eq!(
        content("The minister welcomed the report and called for a slimming down.\n"),
        "the report"
    );
    // Whom it was told, then when or how.
    assert_eq!(
        content(
            "\"I stand by everything I said,\" the senator told The Weekly Standard on Thursday when asked.\n"
        ),
        "\"I stand by everything I said,\""
    );
    // A clause of its own after `, and` is no longer what was said.
    assert_eq!(
        content(
            "Officials said the restrictions are for safety, and the ACLU has already sued the city.\n"
        ),
        "the restrictions are for safety"
    );
    // Whom or where, then a colon and a quotation: the quotation was said.
    assert_eq!(
        content("Dr Fox told BBC Radio: \"If you lie about the war, you lie about anything.\"\n"),
        "\"If you lie about the war, you lie about anything.\""
    );
    // Not after a clause: `said she must:` says that clause.
    assert_eq!(
        content("The judge said she must: \"Stay away.\"\n"),
        "she must: \"Stay away.\""
    );
    // A phrase of time with a clause of its own after it: the clause was said (since stop 77
    // without the time before it).
    assert_eq!(
        content("The talks failed, the minister said on Tuesday the plan was dead.\n"),
        "the plan was dead"
    );
    // A fronted phrase of time before the comma is no clause, and `as many as` is what was said.
    assert_eq!(
        content(
            "On Wednesday, Prime Minister Yulia Tymoshenko said as many as 3,000 firms could be reviewed.\n"
        ),
        "as many as 3,000 firms could be reviewed"
    );
}

/// What each attribution of `text` says, in order (`None` where it has no content).
fn contents(text: &str) -> Vec<Option<String>> {
    let d = Document::parse(text, Format::Text);
    d.attributions()
        .iter()
        .map(|a| a.content.map(|c| d.text(c).to_owned()))
        .collect()
}

/// A trailing speaker with only when it was said after the cue said the clause before its
/// comma — also a clause in the simple past with no auxiliary — but not a fronted phrase or a
/// clause that opens subordinate.
#[test]
fn a_trailing_speaker_said_the_clause_before_its_comma() {
    let content = |text: &str| contents(text).pop().flatten();
    assert_eq!(
        content("Drones struck an energy facility overnight, officials said on Sunday.\n")
            .as_deref(),
        Some("Drones struck an energy facility overnight")
    );
    assert_eq!(
        content("Shares dropped 8% in early trade, one trader said on Monday.\n").as_deref(),
        Some("Shares dropped 8% in early trade")
    );
    // A clause of the writer's own after the speaker's comma is no part of what was said.
    assert_eq!(
        content(
            "A fault may have caused the crash, investigators believe, although the cause has \
             not been confirmed.\n"
        )
        .as_deref(),
        Some("A fault may have caused the crash")
    );
    // Circumstance after a fronted phrase stays where it is.
    assert_eq!(
        content("After the talks collapsed, officials said on Sunday.\n").as_deref(),
        Some("on Sunday")
    );
}

/// A lone name a reflexive pronoun follows is a person's (`Harper himself`), so a `he` after
/// it stands for that person, not the last one named in full.
#[test]
fn a_name_before_himself_is_a_person() {
    let d = Document::parse(
        "\"They all want our blessing,\" said Tom Ellis. Harper himself has been dismissive of \
         the polls. \"The only poll that matters,\" he told supporters.\n",
        Format::Text,
    );
    let he = d.attributions().last().expect("an attribution");
    assert_eq!(d.text(he.source.unwrap()), "he");
    assert_eq!(he.speaker.as_deref(), Some("Harper"));
}

/// After a trailing speaker, a noun summing up the clause before (`a move that…`) is no part of
/// what was said: the clause before is.
#[test]
fn a_summing_noun_after_a_trailing_speaker_is_not_what_was_said() {
    let d = Document::parse(
        "Kessler Bank is exploring a sale of its asset management arm, two people with direct \
         knowledge of the matter said, a move that could fetch up to 2 billion euros.\n",
        Format::Text,
    );
    let a = &d.attributions()[0];
    assert_eq!(
        d.text(a.content.unwrap()),
        "Kessler Bank is exploring a sale of its asset management arm"
    );
}

/// A cue inside a relative clause set off by commas says no more than the clause: its content
/// ends at the comma that closes it, not in the main clause's verb.
#[test]
fn a_relative_clause_cue_says_only_what_the_clause_holds() {
    let content = |text: &str| contents(text).into_iter().next().flatten();
    assert_eq!(
        content("Smith, who said last week that he would stay, resigned on Friday.\n").as_deref(),
        Some("he would stay")
    );
    assert_eq!(
        content("The minister, who has denied any wrongdoing, resigned on Friday.\n").as_deref(),
        Some("any wrongdoing")
    );
}

/// A trailing `, according to …` is who said it, no part of what a cue before it says; one set
/// off inside the clause stays.
#[test]
fn a_trailing_according_to_is_no_part_of_what_was_said() {
    assert_eq!(
        contents(
            "Hungary objected to measures targeting energy imports, according to three \
             diplomats.\n"
        )
        .first()
        .cloned()
        .flatten()
        .as_deref(),
        Some("to measures targeting energy imports")
    );
    assert_eq!(
        contents(
            "The firm said costs would exceed 16bn euros and, according to some predictions, \
             balloon to 33bn euros.\n"
        )
        .first()
        .cloned()
        .flatten()
        .as_deref(),
        Some(
            "costs would exceed 16bn euros and, according to some predictions, balloon to 33bn euros"
        )
    );
}

/// A `citing` participle set off before the main clause's verb cites who it names, up to its
/// comma; at the sentence's end it cites the whole list.
#[test]
fn a_set_off_citing_cites_up_to_its_comma() {
    assert_eq!(
        contents(
            "Bloomberg, citing people familiar with the matter, reported that the firm would sell."
        )[0]
        .as_deref(),
        Some("people familiar with the matter")
    );
    assert_eq!(
        contents("The firm cut jobs, citing low growth, rising costs and weak demand.")
            .last()
            .cloned()
            .flatten()
            .as_deref(),
        Some("low growth, rising costs and weak demand")
    );
}

/// The sourcing ledger of `text`: each source and how many times it is cited.
fn ledger(text: &str) -> Vec<(String, usize)> {
    let d = Document::parse(text, Format::Text);
    credcheck_core::SourcingSummary::of(&d)
        .sources
        .iter()
        .map(|s| (s.source.clone(), s.attributions))
        .collect()
}

/// Who the source `source` of `text` refers to.
fn speaker_of(text: &str, source: &str) -> Option<String> {
    let d = Document::parse(text, Format::Text);
    d.attributions()
        .iter()
        .find(|a| a.source.is_some_and(|s| d.text(s) == source))
        .unwrap_or_else(|| panic!("no attribution with the source {source:?}"))
        .speaker
        .clone()
}

#[test]
fn a_definite_unnamed_source_is_the_one_brought_in_before() {
    // `The official` after `A senior official`, `The source` after `A police source`, `That
    // person` after `A person close to the company`: one source each, cited twice.
    let text = "A senior official said the talks had stalled. The official, who asked not to be \
                named, said a deal was unlikely.\n\nA police source said the men were known to \
                officers. The source added that more arrests were likely.\n\nA person close to \
                the company said the deal was off. That person said the board met on Sunday.";
    assert_eq!(
        ledger(text),
        [
            ("A senior official".to_owned(), 2),
            ("A police source".to_owned(), 2),
            ("A person close to the company".to_owned(), 2)
        ]
    );
    let summary = credcheck_core::SourcingSummary::of(&Document::parse(text, Format::Text));
    assert_eq!(summary.anonymous_sources, 3);
    // `The official` after a named official is that person, not an unnamed one.
    let text = "Maria Lopez, a finance ministry official, said the budget was balanced. The \
                official said cuts were not planned.";
    assert_eq!(ledger(text), [("Maria Lopez".to_owned(), 2)]);
}

#[test]
fn a_pronoun_after_a_quotation_goes_on_with_the_last_speaker() {
    // The last person named is inside what the spokesman said; `he` after the quotation is
    // the spokesman going on.
    let text = "A spokesman for the governor, Daniel Ortiz, said Paula Reyes had never considered \
                stepping down. \"The governor is focused on the people's business,\" he said.";
    assert_eq!(speaker_of(text, "he").as_deref(), Some("Daniel Ortiz"));
    // Without a quotation before it, a pronoun opening its sentence is the subject before.
    let text = "Alan Greenspan praised Adam Smith in a speech. He said markets needed rules.";
    assert_eq!(speaker_of(text, "He").as_deref(), Some("Alan Greenspan"));
    // `The club's owner` holds a role of something described; not the person named last.
    let text = "Det Insp Mark Bellamy said the attack was cowardly. The club's owner said door \
                staff had called police.";
    assert_eq!(speaker_of(text, "The club's owner"), None);
    // A full name first met in the possessive is the name without it.
    let text = "Senator Tom Harlan's campaign came under fire. Harlan claimed the plan would \
                pay for itself.";
    assert_eq!(speaker_of(text, "Harlan").as_deref(), Some("Tom Harlan"));
}

#[test]
fn they_after_a_body_taking_a_plural_verb_is_that_body() {
    // British copy gives a body a plural verb: `they` in the next sentence is the body, not
    // the vague group that spoke two sentences before (on the unseen corpus, a runway story).
    let text = "Opponents say the cost could not be met without cash from the other airports. \
                BAA are also owners of the airports at Heathrow and Gatwick. \
                They have said they cannot raise the money from current landing charges.";
    assert_eq!(speaker_of(text, "They").as_deref(), Some("BAA"));
    // A people group in between is not a body: `they` goes on with the critics.
    let text = "Critics say the plan is too costly. The residents are also opposed to it. \
                They said it would cost jobs.";
    assert_ne!(speaker_of(text, "They").as_deref(), Some("The residents"));
}

#[test]
fn a_speaker_after_a_clause_with_its_own_cue_says_that_clause_not_the_one_after() {
    // `…, Mr Bannister said, as the row deepened`: what the homeowners expect is what he said
    // (a clause with a cue of its own before the comma is a clause, as one with an auxiliary
    // is), and the `as` clause after his comma is the writer's. It was the content, and the
    // homeowners' expectation then stood outside any named report: a vague-group finding.
    for (text, said) in [
        (
            "Homeowners now expect prices to rise, Mr Bannister said, as the row deepened.",
            "Homeowners now expect prices to rise",
        ),
        (
            "Prices will rise, Mr Bannister said, as the row deepened.",
            "Prices will rise",
        ),
    ] {
        assert_said(text, &["said"], said);
    }
}

/// In `text`, what the attribution whose cue is one of `cues` said is `said`.
fn assert_said(text: &str, cues: &[&str], said: &str) {
    let d = Document::parse(text, Format::Text);
    let a = d
        .attributions()
        .iter()
        .find(|a| cues.contains(&d.prose(a.cue).as_ref()))
        .expect("the report");
    assert_eq!(d.prose(a.content.expect("content")), said, "{text}");
}

#[test]
fn a_clause_of_the_writers_after_the_cues_comma_is_not_what_was_said() {
    // `Critics complained, while ministers stayed silent`: the `while` clause was the critics'
    // content. Not after a `that`: `said that, although…, he feared…` goes on.
    let d = Document::parse(
        "Critics complained, while ministers stayed silent.",
        Format::Text,
    );
    assert_eq!(d.attributions().len(), 1);
    assert_eq!(d.attributions()[0].content, None);
    let d = Document::parse(
        "Mr Dein said that, although television money had driven the game, he feared there were too many games.",
        Format::Text,
    );
    let said = &d.attributions()[0];
    assert_eq!(d.prose(said.cue), "said");
    assert!(said.content.is_some());
    assert_eq!(d.attributions().len(), 1, "`feared` is inside what he said");
}

#[test]
fn the_name_after_a_title_speaks_whatever_the_body_before_it_reads_as() {
    // `World Athletics` reads as a person's two names; the title after it says the body's.
    assert_eq!(
        speaker_of(
            "World Athletics president Sebastian Coe said the sport was clean.",
            "World Athletics president Sebastian Coe"
        )
        .as_deref(),
        Some("Sebastian Coe")
    );
    assert_eq!(
        speaker_of(
            "William Hill spokesman Rupert Adams said the odds had shortened.",
            "William Hill spokesman Rupert Adams"
        )
        .as_deref(),
        Some("Rupert Adams")
    );
}

#[test]
fn a_broadcaster_named_by_its_medium_is_no_person_a_pronoun_stands_for() {
    // `US TV`, `Vatican Radio`: two capitalised words read as a person's names, so the `He` of
    // the next paragraph spoke for the broadcaster.
    let text = "Producer Gil Cates told reporters the show would go ahead. However, he added that \
                he disapproved of censoring live broadcasts on US TV.\n\nHe also said Rock might \
                cause controversy on the night.";
    assert_eq!(
        speaker_of(text, "He").as_deref(),
        Some("Producer Gil Cates")
    );
    let text = "Federico Lombardi spoke to reporters. The statement was read out on Vatican \
                Radio.\n\nHe said the visit was pastoral.";
    assert_eq!(speaker_of(text, "He").as_deref(), Some("Federico Lombardi"));
}

#[test]
fn a_that_inside_the_clause_said_does_not_start_what_was_said() {
    // `said her client was not at the flat that night`: what was said was `night`, the `that`
    // of `that night` taken for the one opening a report (`told reporters that…`, `said on
    // Tuesday that…`, which still do).
    for (text, said) in [
        (
            "Her lawyer said her client was not at the flat that night.",
            "her client was not at the flat that night",
        ),
        (
            "Already, he said, friends had declared that they would buy one.",
            "friends had declared that they would buy one",
        ),
        (
            "The mayor said on Tuesday that the bridge would reopen.",
            "the bridge would reopen",
        ),
        (
            "She told reporters that the plan was dead.",
            "the plan was dead",
        ),
    ] {
        assert_said(text, &["said", "told reporters"], said);
    }
}

#[test]
fn the_one_told_is_no_part_of_what_was_told() {
    // `told the BBC they had not been consulted`: with no `that`, the addressee was read as the
    // start of what was said (stop 77; 54 attributions on the unseen corpus). Not an object
    // that is what was told: `told the truth about the deal`.
    for (text, said) in [
        (
            "Several parents told the Ashby Herald they had not been consulted.",
            "they had not been consulted",
        ),
        (
            "Reyes had told team-mates he wanted to leave.",
            "he wanted to leave",
        ),
        (
            "The minister told MPs the deal was dead.",
            "the deal was dead",
        ),
        ("She told him the deal was off.", "the deal was off"),
        (
            "He told Reuters the company would appeal.",
            "the company would appeal",
        ),
        (
            "She told the truth about the deal.",
            "the truth about the deal",
        ),
        (
            "She told Reuters on Monday the company would appeal.",
            "the company would appeal",
        ),
    ] {
        assert_said(text, &["told"], said);
    }
}

#[test]
fn when_it_was_said_is_no_part_of_what_was_said() {
    // `said on Thursday it had signed…`: with no `that`, the time was read as the start of
    // what was said (stop 77; 23 attributions on the unseen corpus). Not a phrase that ends
    // in the next one's preposition: `said last week in Tel Aviv, "…"`.
    for (text, said) in [
        (
            "The club said on Thursday it had signed a new agreement.",
            "it had signed a new agreement",
        ),
        (
            "The firm said earlier this month it would cut 1,920 jobs.",
            "it would cut 1,920 jobs",
        ),
        (
            "He said Thursday his biggest worry was the deficit.",
            "his biggest worry was the deficit",
        ),
        (
            "The bank said last week it was offering voluntary redundancy.",
            "it was offering voluntary redundancy",
        ),
    ] {
        assert_said(text, &["said"], said);
    }
}
