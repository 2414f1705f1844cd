//! `credcheck inspect`: how credcheck reads a draft, for rule authors.

use credcheck_core::{Document, OutlineOptions, outline};
use serde::Serialize;

use crate::input::Origin;
use crate::wire::{WireAttribution, WireSpan};

/// One draft in the JSON document of `credcheck inspect --format json` (schema version 1).
#[derive(Debug, Serialize)]
pub struct InspectFile {
    pub path: String,
    pub format: &'static str,
    pub blocks: Vec<WireBlock>,
    pub sentences: Vec<WireSentence>,
    pub quotes: Vec<WireQuote>,
    pub attributions: Vec<WireAttribution>,
}

#[derive(Debug, Serialize)]
pub struct WireBlock {
    pub kind: &'static str,
    pub span: WireSpan,
}

#[derive(Debug, Serialize)]
pub struct WireSentence {
    pub span: WireSpan,
    pub block: usize,
    /// The sentence's prose (token texts; markup that is not prose left out).
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct WireQuote {
    pub span: WireSpan,
    pub closed: bool,
    pub style: &'static str,
    pub depth: u8,
    pub text: String,
}

/// The JSON view of one parsed draft.
pub fn inspect_file(origin: &Origin, doc: &Document) -> InspectFile {
    InspectFile {
        path: origin.display(),
        format: doc.format().name(),
        blocks: doc
            .blocks()
            .iter()
            .map(|b| WireBlock {
                kind: b.kind.name(),
                span: b.span.into(),
            })
            .collect(),
        sentences: doc
            .sentences()
            .iter()
            .map(|s| WireSentence {
                span: s.span.into(),
                block: s.block.index(),
                text: doc.prose(s.span),
            })
            .collect(),
        quotes: doc
            .quotes()
            .iter()
            .map(|q| WireQuote {
                span: q.span.into(),
                closed: q.closed,
                style: q.style.name(),
                depth: q.depth,
                text: doc.text(q.span).to_owned(),
            })
            .collect(),
        attributions: WireAttribution::all(doc),
    }
}

/// The readable listing of one parsed draft, headed by its path.
pub fn inspect_text(origin: &Origin, doc: &Document, tokens: bool) -> String {
    let header = format!(
        "{} ({}): {} blocks, {} sentences, {} tokens, {} quotations\n",
        origin.display(),
        doc.format(),
        doc.blocks().len(),
        doc.sentences().len(),
        doc.tokens().len(),
        doc.quotes().len()
    );
    header + &outline(doc, OutlineOptions { tokens })
}

/// `credcheck inspect`: what the parser read in each draft.
pub fn run_inspect(args: &crate::args::InspectArgs) -> anyhow::Result<u8> {
    crate::input::run_per_draft(
        &args.drafts,
        |draft, doc| inspect_text(draft, doc, args.tokens),
        inspect_file,
    )
}
