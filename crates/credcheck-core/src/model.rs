//! The flat arenas of a [`Document`](crate::Document): blocks, sentences, tokens, quotations.
//!
//! Items refer to each other by index newtypes, never by pointer, so the whole model is a few
//! `Vec`s: cheap to build, `Send + Sync`, and easy to query from many threads.

use serde::Serialize;

use crate::span::Span;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The id of arena index `i` (a draft's arenas hold fewer than 2³² items: drafts are
            /// limited to 4 GiB).
            #[must_use]
            pub fn new(i: usize) -> Self {
                $name(i as u32)
            }

            /// The index into the document's arena.
            #[must_use]
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// Index of a [`Block`] in [`Document::blocks`](crate::Document::blocks).
    BlockId
);
id_type!(
    /// Index of a [`Sentence`] in [`Document::sentences`](crate::Document::sentences).
    SentenceId
);
id_type!(
    /// Index of a [`Token`] in [`Document::tokens`](crate::Document::tokens).
    TokenId
);
id_type!(
    /// Index of a [`Quote`] in [`Document::quotes`](crate::Document::quotes).
    QuoteId
);

/// What a block of prose is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// A Markdown heading, or a plain-text headline (a short first line with no final stop).
    Heading,
    /// An ordinary paragraph.
    Paragraph,
    /// A paragraph inside a Markdown block quote.
    BlockQuote,
    /// The text of a Markdown, HTML or Word list item.
    ListItem,
    /// A table cell (HTML, Word).
    TableCell,
    /// A footnote or an endnote (Word).
    Footnote,
}

impl BlockKind {
    /// The kebab-case name used in output.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::BlockQuote => "block-quote",
            BlockKind::ListItem => "list-item",
            BlockKind::TableCell => "table-cell",
            BlockKind::Footnote => "footnote",
        }
    }
}

/// A unit of prose that sentences never cross.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What kind of block this is.
    pub kind: BlockKind,
    /// The block in the source, markup included (`# ` of a heading, `> ` of later quoted lines).
    pub span: Span,
    /// The prose pieces of the block, in order, as indices into `Document::segments`.
    pub segments: std::ops::Range<usize>,
    /// Its sentences, as indices into `Document::sentences`.
    pub sentences: std::ops::Range<usize>,
    /// Its tokens, as indices into `Document::tokens`.
    pub tokens: std::ops::Range<usize>,
}

/// A sentence: a run of tokens inside one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// From the start of its first token to the end of its last.
    pub span: Span,
    /// The block it belongs to.
    pub block: BlockId,
    /// Its tokens, as indices into `Document::tokens`.
    pub tokens: std::ops::Range<usize>,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenKind {
    /// Letters (and digits) with inner apostrophes, hyphens and abbreviation periods.
    Word,
    /// Digits with inner `.`, `,` or `:` (`3.5`, `1,200`, `10:30`).
    Number,
    /// A quotation mark that opens or closes a quotation (after pairing).
    Quote,
    /// Any other punctuation or symbol, including apostrophes that are not quotation marks.
    Punct,
}

/// Bit flags of a [`Token`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TokenFlags(pub(crate) u8);

impl TokenFlags {
    pub(crate) const CAPITALISED: u8 = 1;
    pub(crate) const ALL_CAPS: u8 = 2;
    pub(crate) const ABBREVIATION: u8 = 4;
    pub(crate) const SPACE_BEFORE: u8 = 8;
    pub(crate) const SENTENCE_START: u8 = 16;
    pub(crate) const OPEN_QUOTE: u8 = 32;
    pub(crate) const CLOSE_QUOTE: u8 = 64;

    pub(crate) fn set(&mut self, bit: u8) {
        self.0 |= bit;
    }

    pub(crate) fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

/// One token of prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the token starts in the source (a byte offset; drafts are under 4 GiB).
    start: u32,
    /// The number of its normalised form among the document's distinct forms.
    pub(crate) word: u32,
    /// The sentence it belongs to.
    pub sentence: SentenceId,
    /// Its length in bytes: the lexer ends a token at [`Token::MAX_LEN`] bytes (only a run of
    /// letters no word is — a pasted blob, a key — is ever that long), so a token is 16 bytes,
    /// and a large draft holds one per ~5 bytes of text.
    len: u8,
    /// What the token is.
    pub kind: TokenKind,
    /// How many quotations enclose it (0 = the writer's own words).
    pub quote_depth: u8,
    pub(crate) flags: TokenFlags,
}

// A large draft holds one token per ~5 bytes of text: keep them small.
const _: () = assert!(std::mem::size_of::<Token>() == 16);

impl Token {
    /// The longest token, in bytes.
    pub const MAX_LEN: usize = u8::MAX as usize;

    pub(crate) fn new(span: Span, kind: TokenKind, flags: TokenFlags, word: u32) -> Token {
        debug_assert!(
            span.end - span.start <= Self::MAX_LEN,
            "a token over 255 bytes"
        );
        Token {
            start: span.start as u32,
            len: u8::try_from(span.end - span.start).unwrap_or(u8::MAX),
            kind,
            sentence: SentenceId::new(0),
            quote_depth: 0,
            flags,
            word,
        }
    }

    /// Where the token stands in the source.
    #[must_use]
    pub fn span(&self) -> Span {
        let start = self.start as usize;
        Span::new(start, start + usize::from(self.len))
    }

    /// The number of its normalised form in its document: tokens with the same form (`Said`,
    /// `said`) have the same number ([`Document::word_text`](crate::Document::word_text)).
    #[must_use]
    pub fn word(&self) -> u32 {
        self.word
    }

    /// First letter upper-case (`Toner`, `U.S.`).
    #[must_use]
    pub fn is_capitalised(&self) -> bool {
        self.flags.has(TokenFlags::CAPITALISED)
    }

    /// Two or more letters, all upper-case (`NATO`, `WASHINGTON`).
    #[must_use]
    pub fn is_all_caps(&self) -> bool {
        self.flags.has(TokenFlags::ALL_CAPS)
    }

    /// A word that carries its abbreviation period (`Sen.`, `U.S.`, `J.`).
    #[must_use]
    pub fn is_abbreviation(&self) -> bool {
        self.flags.has(TokenFlags::ABBREVIATION)
    }

    /// Whitespace (or a markup boundary) comes right before the token.
    #[must_use]
    pub fn has_space_before(&self) -> bool {
        self.flags.has(TokenFlags::SPACE_BEFORE)
    }

    /// The first token of its sentence.
    #[must_use]
    pub fn is_sentence_start(&self) -> bool {
        self.flags.has(TokenFlags::SENTENCE_START)
    }

    /// A quotation mark that opens (or, at a paragraph start, re-opens) a quotation.
    #[must_use]
    pub fn is_open_quote(&self) -> bool {
        self.flags.has(TokenFlags::OPEN_QUOTE)
    }

    /// A quotation mark that closes a quotation.
    #[must_use]
    pub fn is_close_quote(&self) -> bool {
        self.flags.has(TokenFlags::CLOSE_QUOTE)
    }

    /// Inside at least one quotation.
    #[must_use]
    pub fn in_quote(&self) -> bool {
        self.quote_depth > 0
    }

    /// A word or a number.
    #[must_use]
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// The quotation-mark style of a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteStyle {
    /// `"…"`, `“…”`, `„…“`.
    Double,
    /// `'…'`, `‘…’`.
    Single,
    /// `«…»`, `‹…›`.
    Guillemet,
}

impl QuoteStyle {
    /// The kebab-case name used in output.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            QuoteStyle::Double => "double",
            QuoteStyle::Single => "single",
            QuoteStyle::Guillemet => "guillemet",
        }
    }
}

/// A quotation: from its opening mark to its closing mark, both included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quotation with its marks. An unclosed quotation ends with the last token of the
    /// block where it was left open; a stray closing mark is a quotation of that mark alone.
    pub span: Span,
    /// Both marks were found.
    pub closed: bool,
    /// The mark style.
    pub style: QuoteStyle,
    /// The opening mark, if any.
    pub open: Option<TokenId>,
    /// The closing mark, if any.
    pub close: Option<TokenId>,
    /// 0 for a quotation in the writer's text, 1 for a quotation inside a quotation, …
    pub depth: u8,
    /// Number of blocks the quotation runs over (more than 1 for the news convention of a quote
    /// continued over several paragraphs, each reopening it).
    pub blocks: usize,
    /// A reporting verb is among the two words after the closing mark (`…,” said the
    /// 28-year-old.`): the quotation is credited right after it.
    pub verb_after: bool,
}

/// What a named entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    /// A person's name (`Mark Toner`, `Mr. Brenner`, a surname seen in full before).
    Person,
    /// A named body (`State Department`, `Meridian Logistics Inc.`, `NATO`).
    Organisation,
    /// A news outlet (`Reuters`, `Asharq Al-Awsat newspaper`).
    Outlet,
}

/// A name found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The name in the source (titles and honorifics included).
    pub span: Span,
    /// Its tokens.
    pub tokens: std::ops::Range<usize>,
    /// What it names.
    pub kind: EntityKind,
}

/// How identifiable the source of an attribution is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A person's name, or a surname or pronoun referring back to one.
    Named,
    /// A named body speaking as itself (`the State Department said`).
    Organisation,
    /// Unnamed people: officials, sources, aides, a person familiar with….
    Anonymous,
    /// Weasel groups: some, critics, many experts.
    Vague,
    /// Unnamed reports or media.
    Report,
    /// A document: a court filing, the report, a memo.
    Document,
    /// A pronoun with nothing to refer back to.
    Unresolved,
}

impl SourceKind {
    /// Every kind, in the order summaries list them.
    pub const ALL: [SourceKind; 7] = [
        SourceKind::Named,
        SourceKind::Organisation,
        SourceKind::Anonymous,
        SourceKind::Vague,
        SourceKind::Report,
        SourceKind::Document,
        SourceKind::Unresolved,
    ];

    /// The kebab-case name used in output and in rules.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Named => "named",
            SourceKind::Organisation => "organisation",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Vague => "vague",
            SourceKind::Report => "report",
            SourceKind::Document => "document",
            SourceKind::Unresolved => "unresolved",
        }
    }
}

/// A source's answer to what is put to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Response {
    /// `denied`, `rejected`, `dismissed the claims`.
    Denial,
    /// `declined to comment`, `could not be reached`: no content is attributed.
    NonResponse,
}

/// What kind of cue an attribution stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CueKind {
    /// Speech or a written or reported statement: `said`, `told`, `according to`, `in a
    /// statement`, a colon after a speaker, a non-response.
    Speech,
    /// A state of mind held about something: `believes`, `fears`, `expects`, `calls it`.
    Attitude,
    /// A wish, an intention or a reaction that states nothing: `wants to`, `vowed to`,
    /// `welcomed the decision`, `supported the bid`.
    Stance,
    /// A question or a request: `asked whether…`, `asked them to…`. Who asked is recorded,
    /// but nothing is put on record.
    Question,
}

/// Who said what: a cue, its source and the attributed content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The cue (`said`, `according to`, `declined to comment`).
    pub cue: Span,
    /// The source phrase, when found.
    pub source: Option<Span>,
    /// The attributed quotation or clause, when found.
    pub content: Option<Span>,
    /// How identifiable the source is.
    pub kind: SourceKind,
    /// The construction that decided `kind` (`person-named`, `anonymous-noun`, `weasel-group`,
    /// …; `no-source` when there is no source phrase): why the analysis sees the source as it
    /// does.
    pub classified_by: &'static str,
    /// Who the source refers to: the full name of a named person (`Mark Toner` for `Toner` or
    /// `he`), or the earlier source a `they`/`it` refers back to.
    pub speaker: Option<String>,
    /// A denial or non-response.
    pub response: Option<Response>,
    /// Speech or attitude.
    pub cue_kind: CueKind,
    /// The sentence of the cue.
    pub sentence: SentenceId,
    /// The source is a surname alone (`Toner said`) and the draft has not given the full name
    /// before: a person (quoted, or `he`/`she` after) the reader cannot place.
    pub surname_only: bool,
    /// The source is a person's full name at its first mention with no title or role around it
    /// (`Jonas Berg said`, not `farmer Jonas Berg` or `Jonas Berg, a farmer,`).
    pub without_role: bool,
}
