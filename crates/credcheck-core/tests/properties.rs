//! Invariants of the document model over arbitrary input: never a panic, every span in bounds,
//! ordered and on char boundaries, sentences disjoint and inside their block.

use credcheck_core::{Document, DocxView, Format, OutlineOptions, Span, outline};
use proptest::prelude::*;

fn check_span(src: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(span.start <= span.end, "{what} inverted: {span:?}");
    prop_assert!(span.end <= src.len(), "{what} out of bounds: {span:?}");
    prop_assert!(
        src.is_char_boundary(span.start) && src.is_char_boundary(span.end),
        "{what} splits a char: {span:?}"
    );
    Ok(())
}

fn check_invariants(input: &str, format: Format) -> Result<(), TestCaseError> {
    let doc = Document::parse(input, format);
    // Spans are into the text as read (the input itself, or the prose extracted from HTML).
    let src = doc.source();
    let mut prev_block_end = 0;
    for (bi, b) in doc.blocks().iter().enumerate() {
        check_span(src, b.span, "block")?;
        prop_assert!(b.span.start >= prev_block_end, "blocks overlap at b{bi}");
        prev_block_end = b.span.end;
        prop_assert!(!b.sentences.is_empty(), "block b{bi} without sentences");
        for si in b.sentences.clone() {
            let s = &doc.sentences()[si];
            prop_assert_eq!(s.block.index(), bi);
            prop_assert!(
                b.span.contains(s.span),
                "sentence s{} outside its block",
                si
            );
        }
        for seg in &doc.segments()[b.segments.clone()] {
            check_span(src, *seg, "segment")?;
        }
    }
    let mut prev_end = 0;
    for (si, s) in doc.sentences().iter().enumerate() {
        check_span(src, s.span, "sentence")?;
        prop_assert!(s.span.start >= prev_end, "sentences overlap at s{si}");
        prev_end = s.span.end;
        prop_assert!(!s.tokens.is_empty());
        for t in &doc.tokens()[s.tokens.clone()] {
            prop_assert_eq!(t.sentence.index(), si);
            prop_assert!(s.span.contains(t.span()));
        }
    }
    let mut prev_tok = 0;
    for t in doc.tokens() {
        check_span(src, t.span(), "token")?;
        prop_assert!(
            !t.span().is_empty() && t.span().start >= prev_tok,
            "token order at {:?}",
            t.span()
        );
        prev_tok = t.span().end;
    }
    for q in doc.quotes() {
        check_span(src, q.span, "quote")?;
    }
    for w in doc.quotes().windows(2) {
        prop_assert!(w[0].span.start <= w[1].span.start, "quotes out of order");
    }
    let _ = outline(&doc, OutlineOptions { tokens: true });
    let _ = doc.line_col(src.len());
    // Every place is in the input: a line it has, a column within it.
    let starts: Vec<usize> = doc.tokens().iter().map(|t| t.span().start).collect();
    let lines = input.split('\n').count().max(1) + input.matches('\r').count();
    for lc in doc.line_cols(&starts) {
        prop_assert!(
            lc.line >= 1 && lc.line <= lines,
            "line {} of {lines}",
            lc.line
        );
        prop_assert!(lc.column >= 1 && lc.column <= input.chars().count() + 1);
    }
    for e in doc.entities() {
        check_span(src, e.span, "entity")?;
    }
    Ok(())
}

/// HTML rich in what the extractor treats specially: blocks, skipped elements, references,
/// comments, unclosed and stray tags, around news words.
fn html() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<div>".to_owned()),
        Just("</div>".to_owned()),
        Just("<h1>".to_owned()),
        Just("</h1>".to_owned()),
        Just("<li>".to_owned()),
        Just("<td>".to_owned()),
        Just("<script>".to_owned()),
        Just("</script>".to_owned()),
        Just("<nav>".to_owned()),
        Just("</nav>".to_owned()),
        Just("<em>".to_owned()),
        Just("</em>".to_owned()),
        Just("<q>".to_owned()),
        Just("</q>".to_owned()),
        Just("<br>".to_owned()),
        Just("<!-- credcheck-ignore all: x -->".to_owned()),
        Just("<!--".to_owned()),
        Just("&amp;".to_owned()),
        Just("&rsquo;".to_owned()),
        Just("&#8220;".to_owned()),
        Just("&nbsp".to_owned()),
        Just("&".to_owned()),
        Just("<p data-x=\"sources said\">".to_owned()),
        Just("officials said ".to_owned()),
        Just("“We will,” said Dana Reyes. ".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n".to_owned()),
        Just("é ".to_owned()),
        "[a-z ]{0,12}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Strings rich in what the parser treats specially.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S.".to_owned()),
        Just("Sen.".to_owned()),
        Just("a.m.".to_owned()),
        Just("\"".to_owned()),
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("‘".to_owned()),
        Just("’".to_owned()),
        Just("'".to_owned()),
        Just("«".to_owned()),
        Just("»".to_owned()),
        Just(". ".to_owned()),
        Just("? ".to_owned()),
        Just("...".to_owned()),
        Just("…".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("# ".to_owned()),
        Just("> ".to_owned()),
        Just("- ".to_owned()),
        Just("`".to_owned()),
        Just("```\n".to_owned()),
        Just("---\n".to_owned()),
        Just("+++\n".to_owned()),
        Just("<!-- ".to_owned()),
        Just(" -->".to_owned()),
        Just("[a](http://b)".to_owned()),
        Just("&amp;".to_owned()),
        Just("3.5%".to_owned()),
        Just("’90s".to_owned()),
        Just("-".to_owned()),
        Just("é".to_owned()),
        Just("*".to_owned()),
        "[A-Za-z]{1,8}",
        " {1,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Strings rich in attribution constructions: cues, sources, quotations, appositions.
fn attributions() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" said "),
        Just(" says "),
        Just(" has contacted "),
        Just(" for "),
        Just(" raised concerns about "),
        Just(" a pal "),
        Just(", 52, "),
        Just(" told reporters "),
        Just(" according to "),
        Just(" added: "),
        Just(" declined to comment"),
        Just(" Asked "),
        Just(" saying "),
        Just(" and said "),
        Just(" was told "),
        Just(" who "),
        Just(" he "),
        Just(" she "),
        Just(" they "),
        Just(" Mr. "),
        Just(" Ana Ruiz "),
        Just(" Toner "),
        Just(" the State Department "),
        Just(" officials "),
        Just(" critics "),
        Just(" reports "),
        Just(" Netanyahu's aides "),
        Just(" (D-Ohio) "),
        Just(", "),
        Just(": "),
        Just(". "),
        Just("\n\n"),
        Just("“"),
        Just("”"),
        Just("\""),
        Just("''"),
        Just("The mayor "),
        Just(" denied "),
        Just(" that "),
        Just(" on "),
        Just(" Trump: "),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Every prefix of drafts that end where a recogniser reads ahead (`…has contacted the company
/// for` cut before what it was asked for panicked: a look one token past the sentence).
#[test]
fn every_prefix_of_a_draft_that_reads_ahead() {
    for text in [
        "The BBC has contacted the company for a comment.",
        "Experts have raised concerns about the vaccine.",
        "\"I want to walk about,\" Pal told reporters.",
        "The leader wanted to meet many members of the public, Mr Fox, 52, said.",
        "It is exploring a sale, according to people with direct knowledge of the plans.",
        "Some lawmakers have accused the White House of stonewalling.",
        "In a denial issued on Sunday, the ministry said no troops had crossed the border.",
        "The defendant told the jury the complainant had simply been lying about it.",
        "Medics and residents said the camp was hit.",
        "The AP has not been able to immediately reach the ministry",
        "An official who spoke on condition of anonymity because he was not allowed to said so.",
        "A councillor claimed more than £12,000 in expenses, the records show.",
        "The episode, described by four people, was reported. FILE PHOTO: A man walks.",
        "Party sources played down talk. Her lawyer declined, through a spokesman, to comment.",
        "The minister declined on Monday night to comment and hung up when contacted.",
        "Critics accuse the army of killing civilians. The army says it only targets militants.",
        "Police responded to reports of a shooting. A nurse who raised concerns about it was moved.",
        "Her lawyer said her client was not at the flat that night and had never sent such a text.",
    ] {
        for (end, _) in text.char_indices() {
            check_invariants(&text[..end], Format::Text)
                .unwrap_or_else(|e| panic!("{:?}: {e}", &text[..end]));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_string_as_text(src in any::<String>()) {
        check_invariants(&src, Format::Text)?;
    }

    #[test]
    fn any_string_as_markdown(src in any::<String>()) {
        check_invariants(&src, Format::Markdown)?;
    }

    #[test]
    fn any_string_as_html(src in any::<String>()) {
        check_invariants(&src, Format::Html)?;
    }

    #[test]
    fn newsy_html(src in html()) {
        check_invariants(&src, Format::Html)?;
    }

    #[test]
    fn any_bytes_as_docx(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        // Never a panic: a document or an error.
        let mut zipped = b"PK\x03\x04".to_vec();
        zipped.extend(&bytes);
        for b in [&bytes, &zipped] {
            let _ = Document::from_docx(b, DocxView::Accepted, 1 << 20);
        }
    }

    #[test]
    fn newsy_text(src in newsy()) {
        check_invariants(&src, Format::Text)?;
    }

    #[test]
    fn newsy_markdown(src in newsy()) {
        check_invariants(&src, Format::Markdown)?;
    }

    /// News-like drafts from the project's grammar (`credcheck-gen`): apposition chains,
    /// `a.k.a.`, relative clauses, quotations of every style left open or doubled, Markdown. The
    /// shapes that panicked on real wire copy came from here, not from random strings.
    #[test]
    fn generated_news_drafts(seed in any::<u64>()) {
        let src = credcheck_gen::document(seed);
        for format in [Format::Text, Format::Markdown] {
            check_invariants(&src, format)?;
            let doc = Document::parse(&src, format);
            for a in doc.attributions() {
                check_span(&src, a.cue, "cue")?;
                if let Some(s) = a.source {
                    check_span(&src, s, "source")?;
                }
            }
        }
    }

    #[test]
    fn attribution_constructions(src in attributions()) {
        check_invariants(&src, Format::Text)?;
        let doc = Document::parse(&src, Format::Text);
        for a in doc.attributions() {
            check_span(&src, a.cue, "cue")?;
            if let Some(s) = a.source {
                check_span(&src, s, "source")?;
            }
            if let Some(c) = a.content {
                check_span(&src, c, "content")?;
            }
        }
        let _ = credcheck_core::SourcingSummary::of(&doc);
    }
}
