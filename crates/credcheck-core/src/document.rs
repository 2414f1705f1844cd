//! The parsed draft: source text plus the flat arenas of the document model.

use std::sync::OnceLock;

use crate::attribution::{find_attributions, find_entities};
use crate::blocks::{BlockDraft, markdown_blocks, text_blocks};
use crate::extract::{DocxError, DocxView, Extracted, Origin, Positions};
use crate::format::Format;
use crate::model::{
    Attribution, Block, BlockId, Entity, Quote, Sentence, SentenceId, Token, TokenFlags, TokenId,
};
use crate::quotes::pair_quotes;
use crate::sentences::split_sentences;
use crate::span::{LineCol, LineIndex, Span};
use crate::suppress::Suppression;
use crate::tokenize::tokenize_block;
use crate::words::Words;

/// A news draft, parsed once into blocks, sentences, tokens and quotations.
///
/// All spans are byte offsets into [`Document::source`], the text exactly as given (a UTF-8
/// byte-order mark included), end-exclusive and on `char` boundaries. Rules query this model and
/// never re-read the raw text.
#[derive(Debug)]
pub struct Document {
    source: String,
    format: Format,
    blocks: Vec<Block>,
    segments: Vec<Span>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
    quotes: Vec<Quote>,
    entities: Vec<Entity>,
    attributions: Vec<Attribution>,
    suppressions: Vec<Suppression>,
    /// The distinct normalised forms of the tokens.
    words: Words,
    lines: OnceLock<LineIndex>,
    /// The sourcing summary, computed on first use (rules and reports both ask for it).
    summary: OnceLock<crate::summary::SourcingSummary>,
    /// Where the text came from, for a draft extracted from HTML or Word.
    origin: Option<Origin>,
}

impl Document {
    /// Parses `source` as `format`. Never fails: text with no prose gives an empty document.
    #[must_use]
    pub fn parse(source: &str, format: Format) -> Document {
        Self::parse_owned(source.to_owned(), format)
    }

    /// [`Document::parse`] taking the text by value, so that a long draft is not held twice;
    /// [`Document::into_source`] gives it back.
    #[must_use]
    pub fn parse_owned(text: String, format: Format) -> Document {
        let drafts = match format {
            // A Word file's text (already extracted, or given as text) reads as plain text.
            Format::Text | Format::Docx => text_blocks(&text),
            Format::Markdown => markdown_blocks(&text),
            Format::Html => return Self::from_extracted(crate::extract::html(text), format),
        };
        Self::build(text, format, drafts, None)
    }

    /// Reads a Word (`.docx`) file: the text of its paragraphs, headings, lists, table cells
    /// and notes, with tracked changes as `view` shows them. `limit` bounds each part of the
    /// file once decompressed.
    ///
    /// # Errors
    /// When the bytes are not a `.docx` this can read (see [`DocxError`]).
    pub fn from_docx(bytes: &[u8], view: DocxView, limit: u64) -> Result<Document, DocxError> {
        Ok(Self::from_extracted(
            crate::extract::docx(bytes, view, limit)?,
            Format::Docx,
        ))
    }

    fn from_extracted(extracted: Extracted, format: Format) -> Document {
        let Extracted {
            text,
            blocks,
            origin,
        } = extracted;
        let drafts = blocks
            .into_iter()
            .map(|(kind, span)| BlockDraft {
                kind,
                span,
                segments: vec![span],
            })
            .collect();
        Self::build(text, format, drafts, Some(origin))
    }

    fn build(
        text: String,
        format: Format,
        drafts: Vec<BlockDraft>,
        origin: Option<Origin>,
    ) -> Document {
        let source = text.as_str();
        let prose: usize = drafts
            .iter()
            .flat_map(|d| &d.segments)
            .map(|s| s.end - s.start)
            .sum();
        // Tokens are most of a large draft's memory: reserve for news copy's usual density
        // (one token per ~5.3 bytes), and when a block may not fit, reserve once more for the
        // rest at the density read so far (a block never holds more than one token per byte,
        // rarely more than one per 4).
        let mut tokens: Vec<Token> = Vec::with_capacity(prose / 6 + 16);
        let mut marks = Vec::new();
        let mut words = Words::for_text(source.len());
        let mut block_tokens = Vec::with_capacity(drafts.len());
        let mut read = 0usize;
        for d in &drafts {
            let bytes: usize = d.segments.iter().map(|s| s.end - s.start).sum();
            if tokens.capacity() - tokens.len() < bytes / 4 + 1 {
                let rest = prose.saturating_sub(read);
                let projected = rest
                    .saturating_mul(tokens.len())
                    .checked_div(read)
                    .map_or(rest / 4, |at_density| at_density + rest / 40);
                // (At least an eighth more each time, so text denser than it began costs a
                // bounded number of copies: linear whatever the mix.)
                tokens.reserve_exact(projected.max(bytes / 4 + 1).max(tokens.len() / 8));
            }
            let first = tokens.len();
            tokenize_block(source, &d.segments, &mut tokens, &mut marks, &mut words);
            block_tokens.push(first..tokens.len());
            read += bytes;
        }
        let quotes = pair_quotes(source, &mut tokens, &marks, &block_tokens);

        let mut blocks = Vec::with_capacity(drafts.len());
        let mut sentences = Vec::new();
        let mut segments = Vec::new();
        let mut ranges = Vec::new();
        for (d, range) in drafts.into_iter().zip(block_tokens) {
            if range.is_empty() {
                continue; // a block of markup only (an image, inline code) has no prose
            }
            let BlockDraft {
                kind,
                span,
                segments: segs,
            } = d;
            let block_id = BlockId::new(blocks.len());
            ranges.clear();
            split_sentences(source, &tokens, &words, range.clone(), &mut ranges);
            let first_sentence = sentences.len();
            for r in &ranges {
                let sid = SentenceId::new(sentences.len());
                let span = tokens[r.start].span().cover(tokens[r.end - 1].span());
                sentences.push(Sentence {
                    span,
                    block: block_id,
                    tokens: r.clone(),
                });
                tokens[r.start].flags.set(TokenFlags::SENTENCE_START);
                for t in &mut tokens[r.clone()] {
                    t.sentence = sid;
                }
            }
            let seg_start = segments.len();
            segments.extend(segs);
            blocks.push(Block {
                kind,
                span,
                segments: seg_start..segments.len(),
                sentences: first_sentence..sentences.len(),
                tokens: range,
            });
        }

        let suppressions = crate::suppress::find(source);
        words.seal();
        let mut doc = Document {
            source: text,
            format,
            blocks,
            segments,
            sentences,
            tokens,
            quotes,
            entities: Vec::new(),
            attributions: Vec::new(),
            suppressions,
            words,
            lines: OnceLock::new(),
            summary: OnceLock::new(),
            origin,
        };
        let (entities, surnames) = find_entities(&doc);
        doc.attributions = find_attributions(&doc, &entities, &surnames);
        doc.entities = entities;
        let (attribution_facts, quote_facts) = crate::attribution::facts::of(&doc);
        for (a, (surname_only, without_role)) in doc.attributions.iter_mut().zip(attribution_facts)
        {
            a.surname_only = surname_only;
            a.without_role = without_role;
        }
        for (q, verb_after) in doc.quotes.iter_mut().zip(quote_facts) {
            q.verb_after = verb_after;
        }
        doc
    }

    /// The source text, given back.
    #[must_use]
    pub fn into_source(self) -> String {
        self.source
    }

    /// The source text exactly as given.
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The format the draft was read as.
    #[must_use]
    pub fn format(&self) -> Format {
        self.format
    }

    /// Prose blocks in source order.
    #[must_use]
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// Prose segments (the pieces of source text tokens were taken from), in source order.
    #[must_use]
    pub fn segments(&self) -> &[Span] {
        &self.segments
    }

    /// Sentences in source order.
    #[must_use]
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Tokens in source order.
    #[must_use]
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Quotations, sorted by start (an outer quotation before the ones nested in it).
    #[must_use]
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// Person, organisation and outlet names, in source order.
    #[must_use]
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Attributions (who said what), in cue order.
    #[must_use]
    pub fn attributions(&self) -> &[Attribution] {
        &self.attributions
    }

    /// The suppression comments and markers written in the draft, in source order. They are
    /// not prose: no sentence, token or attribution comes from them.
    #[must_use]
    pub fn suppressions(&self) -> &[Suppression] {
        &self.suppressions
    }

    /// The block with this id.
    #[must_use]
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.index()]
    }

    /// The sentence with this id.
    #[must_use]
    pub fn sentence(&self, id: SentenceId) -> &Sentence {
        &self.sentences[id.index()]
    }

    /// The token with this id.
    #[must_use]
    pub fn token(&self, id: TokenId) -> &Token {
        &self.tokens[id.index()]
    }

    /// The tokens of a sentence.
    #[must_use]
    pub fn sentence_tokens(&self, id: SentenceId) -> &[Token] {
        &self.tokens[self.sentences[id.index()].tokens.clone()]
    }

    /// The word and number tokens that overlap `span`, in order (a binary search, then a walk
    /// over the span's tokens only).
    pub fn words_in(&self, span: Span) -> impl Iterator<Item = &Token> {
        let first = self.tokens.partition_point(|t| t.span().end <= span.start);
        self.tokens[first..]
            .iter()
            .take_while(move |t| t.span().start < span.end)
            .filter(|t| t.is_wordlike())
    }

    /// The index of the sentence holding byte `at` (the last sentence for an offset after it,
    /// 0 in a draft without sentences).
    #[must_use]
    pub fn sentence_index_at(&self, at: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.end <= at)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// The source text of a span (empty if the span does not fit this document).
    #[must_use]
    pub fn text(&self, span: Span) -> &str {
        span.slice(&self.source)
    }

    /// The text of `span` with each run of white space one plain space ([`single_spaced`]):
    /// what a name or a phrase is looked up by, however the copy breaks or spaces it (`Friends
    /// of the` + no-break space + `Earth`, a name wrapped across lines).
    #[must_use]
    pub fn spaced_text(&self, span: Span) -> std::borrow::Cow<'_, str> {
        single_spaced(self.text(span))
    }

    /// The prose inside `span` as the tokenizer saw it: token texts joined by one space where the
    /// source had whitespace or markup between them, ` ¶ ` between blocks. Markup that is not
    /// prose (link targets, inline code, comments) does not appear.
    #[must_use]
    pub fn prose(&self, span: Span) -> String {
        let first = self.tokens.partition_point(|t| t.span().start < span.start);
        let mut out = String::with_capacity(span.len());
        let mut prev_block = None;
        for t in self.tokens[first..]
            .iter()
            .take_while(|t| t.span().end <= span.end)
        {
            let block = self.sentences[t.sentence.index()].block;
            if prev_block.is_some_and(|b| b != block) {
                out.push_str(" ¶ ");
            } else if prev_block.is_some() && t.has_space_before() {
                out.push(' ');
            }
            prev_block = Some(block);
            out.push_str(self.text(t.span()));
        }
        out
    }

    /// The matching form of a token: lower-case, curly apostrophes as `'`, `…` as `...`, quotation
    /// marks as `"` or `'`.
    #[must_use]
    pub fn norm(&self, token: &Token) -> &str {
        self.words.text(token.word)
    }

    /// How many distinct normalised forms the document's tokens have: each token's
    /// [`Token::word`] is below this.
    #[must_use]
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The draft's sourcing summary ([`SourcingSummary::of`](crate::SourcingSummary::of)),
    /// computed once however often it is asked for.
    #[must_use]
    pub fn sourcing_summary(&self) -> &crate::summary::SourcingSummary {
        self.summary
            .get_or_init(|| crate::summary::SourcingSummary::of(self))
    }

    /// The normalised form numbered `id` (a [`Token::word`]).
    #[must_use]
    pub fn word_text(&self, id: u32) -> &str {
        self.words.text(id)
    }

    /// 1-based line and column (in chars) of a byte offset; the line index is built on first use.
    /// For a draft extracted from HTML, the line and column in the page; from Word, the
    /// paragraph and the character in it (see [`Document::positions`]).
    #[must_use]
    pub fn line_col(&self, offset: usize) -> LineCol {
        match &self.origin {
            Some(origin) => origin.place(&self.source, offset),
            None => self.line_index().line_col(&self.source, offset),
        }
    }

    /// [`Document::line_col`] for many offsets at once (one pass; see [`LineIndex::line_cols`]).
    #[must_use]
    pub fn line_cols(&self, offsets: &[usize]) -> Vec<LineCol> {
        match &self.origin {
            Some(origin) => origin.places(&self.source, offsets),
            None => self.line_index().line_cols(&self.source, offsets),
        }
    }

    /// How [`Document::line_col`] counts: lines and columns, or (Word) paragraphs and characters.
    #[must_use]
    pub fn positions(&self) -> Positions {
        self.origin
            .as_ref()
            .map_or(Positions::Lines, Origin::positions)
    }

    /// Line and column in [`Document::source`] itself (for a draft extracted from HTML or
    /// Word, in the extracted text, not the original file).
    #[must_use]
    pub fn text_line_col(&self, offset: usize) -> LineCol {
        self.line_index().line_col(&self.source, offset)
    }

    fn line_index(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.source))
    }
}

/// `s` with each run of white space (line breaks, tabs, no-break spaces, double spaces) one plain
/// space: `s` itself when it is written so, the common case, with no copy.
#[must_use]
pub fn single_spaced(s: &str) -> std::borrow::Cow<'_, str> {
    if !(s.contains(['\n', '\r', '\t', '\u{a0}']) || s.contains("  ")) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    std::borrow::Cow::Owned(out)
}
