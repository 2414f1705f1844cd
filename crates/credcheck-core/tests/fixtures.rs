//! Snapshot of how each fixture draft is read: blocks, sentences and quotations with positions.
//!
//! Every snapshot here was read line by line when accepted; a change to one is a change in how
//! credcheck reads drafts and must be reviewed the same way.

use std::path::Path;

use credcheck_core::{Document, Format, OutlineOptions, decode, outline};

fn read(name: &str, tokens: bool) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let bytes = std::fs::read(&path).expect("fixture exists");
    let source = decode(&bytes).expect("fixture is UTF-8 text");
    let doc = Document::parse(&source, Format::detect(&path));
    outline(&doc, OutlineOptions { tokens })
}

macro_rules! fixture {
    ($test:ident, $file:literal) => {
        fixture!($test, $file, false);
    };
    ($test:ident, $file:literal, $tokens:expr) => {
        #[test]
        fn $test() {
            insta::assert_snapshot!(stringify!($test), read($file, $tokens));
        }
    };
}

fixture!(wire_dateline, "wire-dateline.txt");
fixture!(political_abbreviations, "political-abbreviations.txt");
fixture!(multi_paragraph_quote, "multi-paragraph-quote.txt");
fixture!(hard_wrapped, "hard-wrapped.txt");
fixture!(cms_export, "cms-export.txt");
fixture!(apostrophes_and_quotes, "apostrophes-and-quotes.txt", true);
fixture!(front_matter_and_code, "front-matter-and-code.md");
fixture!(bom_crlf, "bom-crlf.txt");

#[test]
fn empty_and_blank_files_give_empty_documents() {
    assert_eq!(read("empty.txt", false), "");
    assert_eq!(read("whitespace-only.txt", false), "");
    let doc = Document::parse("", Format::Markdown);
    assert!(doc.blocks().is_empty() && doc.tokens().is_empty() && doc.quotes().is_empty());
}
