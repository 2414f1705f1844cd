//! The document model of credcheck: a news draft parsed once into blocks, sentences, tokens and
//! quotations, all pointing into the original source by byte offsets.
//!
//! Data flow: bytes → [`decode`] (UTF-8 check, binary sniffing) → [`Document::parse`] with a
//! [`Format`] → blocks (plain text or CommonMark) → tokens → quotation pairing → sentences.
//! Rules (in `credcheck-rules`) only query the finished [`Document`].
//!
//! ```
//! use credcheck_core::{Document, Format};
//!
//! let doc = Document::parse("Sen. Ortiz said “no.” The U.S. agreed.", Format::Text);
//! let sentences: Vec<&str> = doc.sentences().iter().map(|s| doc.text(s.span)).collect();
//! assert_eq!(sentences, ["Sen. Ortiz said “no.”", "The U.S. agreed."]);
//! assert!(doc.tokens().iter().any(|t| doc.norm(t) == "no" && t.in_quote()));
//! ```

mod attribution;
pub mod clause;
/// Word lists of the attribution analysis that rule packs share (`@anon-source-noun`, …).
pub mod lexicon {
    pub use crate::attribution::lexicon::{SHARED_LISTS, entries, entry_phrases};
}
mod blocks;
mod decode;
mod document;
mod extract;
mod format;
mod model;
mod outline;
mod quotes;
mod sentences;
mod span;
mod summary;
mod suppress;
mod tokenize;
mod words;

pub use attribution::source_recognisers;
pub use decode::{DecodeError, bom_len, decode};
pub use document::{Document, single_spaced};
pub use extract::{DocxError, DocxView, Positions};
pub use format::Format;
pub use model::{
    Attribution, Block, BlockId, BlockKind, CueKind, Entity, EntityKind, Quote, QuoteId,
    QuoteStyle, Response, Sentence, SentenceId, SourceKind, Token, TokenId, TokenKind,
};
pub use outline::{OutlineOptions, outline};
pub use span::{LineCol, LineIndex, Span};
pub use summary::{SourceEntry, SourcingSummary};
pub use suppress::{Reach, Suppression, is_marker as is_suppression_marker, may_suppress};
pub use tokenize::phrase_tokens;
