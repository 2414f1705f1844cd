//! Splitting a source into prose blocks, each a list of prose segments with source offsets.
//!
//! Plain text and Markdown differ only here; everything after (tokens, quotations, sentences)
//! works on the segments this module finds, so every later span is an offset into the file.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::decode::bom_len;
use crate::model::BlockKind;
use crate::span::Span;
use crate::suppress::is_marker as is_suppression_marker;

/// A block before tokenisation: its kind, its extent and its prose segments.
#[derive(Debug)]
pub(crate) struct BlockDraft {
    pub kind: BlockKind,
    pub span: Span,
    pub segments: Vec<Span>,
}

/// Longest line (in bytes) still taken for a headline in plain text.
const MAX_HEADLINE_LEN: usize = 150;

/// The blocks of a plain-text draft.
///
/// Paragraphs are separated by blank lines and their hard-wrapped lines are joined. A file with
/// no blank line at all, whose lines mostly end a sentence (a CMS export), is read as one
/// paragraph per line. A short first block of one line with no final stop is a headline.
pub(crate) fn text_blocks(source: &str) -> Vec<BlockDraft> {
    let all = lines(source);
    let has_blank = all.iter().any(|l| l.is_empty());
    // A suppression marker's line is credcheck's, not prose: it ends the paragraph before it
    // and its words (a reason such as "sources vetted") are never read as the story's.
    let marker = |l: &Span| is_suppression_marker(l.slice(source));
    let lines: Vec<Span> = all.iter().copied().filter(|l| !marker(l)).collect();
    let per_line = !has_blank && looks_like_one_paragraph_per_line(source, &lines);

    let mut blocks = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let flush = |current: &mut Vec<Span>, blocks: &mut Vec<BlockDraft>| {
        if let (Some(first), Some(last)) = (current.first(), current.last()) {
            let span = Span::new(first.start, last.end);
            blocks.push(BlockDraft {
                kind: BlockKind::Paragraph,
                span,
                segments: current.clone(),
            });
            current.clear();
        }
    };
    for line in &all {
        if line.is_empty() || marker(line) {
            flush(&mut current, &mut blocks);
        } else {
            current.push(*line);
            if per_line {
                flush(&mut current, &mut blocks);
            }
        }
    }
    flush(&mut current, &mut blocks);

    let several = blocks.len() > 1;
    if let Some(first) = blocks.first_mut() {
        let text = first.span.slice(source);
        if several && first.segments.len() == 1 && is_headline(text) {
            first.kind = BlockKind::Heading;
        }
    }
    blocks
}

/// Each line of `source` with surrounding whitespace trimmed (empty spans for blank lines).
fn lines(source: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = bom_len(source);
    let bytes = source.as_bytes();
    let mut breaks = crate::span::line_breaks(bytes);
    while start <= source.len() {
        let (end, next) = breaks.next().unwrap_or((source.len(), source.len()));
        let raw = &source[start..end];
        let trimmed_start = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        let s = start + trimmed_start;
        out.push(Span::new(s, s + trimmed.len()));
        if end == source.len() {
            break;
        }
        start = next;
    }
    // A final newline does not open another (blank) line worth keeping.
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// With no blank line in the file: do the lines end sentences (one paragraph per line), or are
/// they a single hard-wrapped paragraph broken mid-sentence?
fn looks_like_one_paragraph_per_line(source: &str, lines: &[Span]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    let inner = &lines[..lines.len() - 1];
    // (The first line may be a headline in sentence case: `Minister quits over expenses row`.)
    let ending = inner
        .iter()
        .enumerate()
        .filter(|&(k, l)| ends_sentence(l.slice(source)) || k == 0 && is_headline(l.slice(source)))
        .count();
    // Hard wrapping ends some lines at a stop by chance; a CMS export ends nearly all of them.
    ending * 2 > inner.len()
}

/// Does a line end a sentence or stand as a headline — for telling a CMS export's one paragraph
/// per line from hard wrapping? A line with no stop counts only in title case (the first line,
/// where a headline stands in any case, is asked separately): hard-wrapped prose breaks
/// mid-sentence before a capital often enough (`…, press secretary` / `Lauren Ortiz said…` read
/// as three paragraphs of three lines).
fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', ')', '»', '*', '_']);
    trimmed.ends_with(['.', '?', '!', ':', '…']) || is_headline(line) && title_case(line)
}

/// Nine words in ten or more capitalised (or numbers), four words or more, and no punctuation
/// inside but a final full stop.
fn title_case(line: &str) -> bool {
    let body = line.trim_end_matches('.');
    let (mut capital, mut total) = (0, 0);
    for w in body.split_whitespace() {
        total += 1;
        capital += usize::from(
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
        );
    }
    total >= 4 && capital * 10 >= total * 9 && !body.contains(['.', ',', ';', ':', '"', '“'])
}

fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    // (`2016 Democrats Call For Action While Republicans Tweet Prayers.`: a headline in title
    // case keeps a full stop some archives add.)
    line.len() <= MAX_HEADLINE_LEN
        && (1..=20).contains(&words)
        && (!line.ends_with(['.', ',', ';', ':', '"', '”', '’', '-', '–', '—'])
            || line.ends_with('.') && title_case(line))
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The blocks of a CommonMark draft.
///
/// Headings, paragraphs, block-quote paragraphs and list-item text are prose; code (blocks and
/// inline), HTML (blocks, inline, comments), front matter, image alt text, autolinks and link
/// destinations are not. The text of a link is prose.
pub(crate) fn markdown_blocks(source: &str) -> Vec<BlockDraft> {
    let bom = bom_len(source);
    let body = &source[bom..];
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH;

    let mut blocks = Vec::new();
    let mut containers: Vec<BlockKind> = Vec::new();
    let mut leaf: Option<Leaf> = None;
    let mut skip = 0usize; // depth inside non-prose constructs

    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let range = Span::new(range.start + bom, range.end + bom);
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::Heading { .. } => {
                    close_leaf(&mut leaf, &mut blocks, None);
                    let kind = if matches!(tag, Tag::Heading { .. }) {
                        BlockKind::Heading
                    } else {
                        containers.last().copied().unwrap_or(BlockKind::Paragraph)
                    };
                    leaf = Some(Leaf {
                        kind,
                        start: range.start,
                        explicit: true,
                        segments: vec![],
                    });
                }
                Tag::BlockQuote(_) => {
                    close_leaf(&mut leaf, &mut blocks, None);
                    containers.push(BlockKind::BlockQuote);
                }
                Tag::Item => {
                    close_leaf(&mut leaf, &mut blocks, None);
                    containers.push(BlockKind::ListItem);
                }
                Tag::List(_) => close_leaf(&mut leaf, &mut blocks, None),
                Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) | Tag::Image { .. } => {
                    skip += 1;
                }
                Tag::Link {
                    link_type: LinkType::Autolink | LinkType::Email,
                    ..
                } => skip += 1,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::Heading(_) => {
                    close_leaf(&mut leaf, &mut blocks, Some(trim_end(source, range)));
                }
                TagEnd::BlockQuote(_) | TagEnd::Item => {
                    close_leaf(&mut leaf, &mut blocks, None);
                    containers.pop();
                }
                TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::MetadataBlock(_)
                | TagEnd::Image => {
                    skip = skip.saturating_sub(1);
                }
                TagEnd::Link if skip > 0 => {
                    // Only autolinks raised `skip` among links; a normal link inside an image or
                    // code context cannot occur, so lowering here matches the raise above.
                    skip -= 1;
                }
                _ => {}
            },
            Event::Text(_) if skip == 0 => {
                let leaf = leaf.get_or_insert_with(|| Leaf {
                    kind: containers.last().copied().unwrap_or(BlockKind::Paragraph),
                    start: range.start,
                    explicit: false,
                    segments: vec![],
                });
                push_segment(&mut leaf.segments, source, range);
            }
            _ => {}
        }
    }
    close_leaf(&mut leaf, &mut blocks, None);
    blocks
}

/// A block being collected from Markdown events.
struct Leaf {
    kind: BlockKind,
    start: usize,
    /// Opened by a paragraph or heading tag (rather than by bare text in a tight list item).
    explicit: bool,
    segments: Vec<Span>,
}

/// Ends the open leaf, if any. `end` is the end of its closing tag's range when there is one.
fn close_leaf(leaf: &mut Option<Leaf>, blocks: &mut Vec<BlockDraft>, end: Option<usize>) {
    let Some(l) = leaf.take() else { return };
    let Some(last) = l.segments.last() else {
        return;
    };
    let end = match end {
        Some(e) if l.explicit => e.max(last.end),
        _ => last.end,
    };
    blocks.push(BlockDraft {
        kind: l.kind,
        span: Span::new(l.start, end),
        segments: l.segments,
    });
}

/// Adds a text event's range, merging it with the previous segment when they touch (pulldown
/// splits text at characters that turned out not to be markup).
fn push_segment(segments: &mut Vec<Span>, source: &str, range: Span) {
    // An entity or escape whose source differs from its text (`&amp;`) is left out: tokens are
    // taken from the source, and `&amp;` is not prose.
    if range.slice(source).starts_with('&') && range.slice(source).ends_with(';') && range.len() > 2
    {
        return;
    }
    match segments.last_mut() {
        Some(last) if last.end == range.start => last.end = range.end,
        _ => segments.push(range),
    }
}

fn trim_end(source: &str, range: Span) -> usize {
    range.start + range.slice(source).trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str, blocks: &[BlockDraft]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| {
                let segs: Vec<&str> = b.segments.iter().map(|s| s.slice(source)).collect();
                format!("{}: {}", b.kind.name(), segs.join("|"))
            })
            .collect()
    }

    #[test]
    fn text_suppression_markers_are_not_prose() {
        let src = "Vote Today\n\nOfficials said the plan\nwould pass.\n  [credcheck-ignore hedging: \
                   sources said the reason]\nThe council voted.\n";
        let blocks = text_blocks(src);
        let texts: Vec<&str> = blocks.iter().map(|b| b.span.slice(src)).collect();
        assert_eq!(
            texts,
            [
                "Vote Today",
                "Officials said the plan\nwould pass.",
                "The council voted."
            ]
        );
    }

    #[test]
    fn text_lone_carriage_returns_end_lines() {
        let src = "Headline here\r\rFirst line of para\rsecond line.\r\rNext para.\r";
        let blocks = text_blocks(src);
        let texts: Vec<&str> = blocks.iter().map(|b| b.span.slice(src)).collect();
        assert_eq!(
            texts,
            [
                "Headline here",
                "First line of para\rsecond line.",
                "Next para."
            ]
        );
        assert_eq!(blocks[0].kind, BlockKind::Heading);
    }

    #[test]
    fn text_blank_line_paragraphs_join_wrapped_lines() {
        let src = "Headline here\n\nFirst line of para\nsecond line.\r\n\r\nNext para.\n";
        let b = text_blocks(src);
        assert_eq!(
            texts(src, &b),
            [
                "heading: Headline here",
                "paragraph: First line of para|second line.",
                "paragraph: Next para."
            ]
        );
    }

    #[test]
    fn a_title_case_headline_keeps_its_full_stop() {
        let titled =
            "Senators Call For Action While Mayors Tweet Prayers.\n\nThe vote was close.\n";
        assert_eq!(text_blocks(titled)[0].kind, BlockKind::Heading);
        // A sentence opening the story stays a paragraph, however short.
        let sentence = "The mayor said the vote was close.\n\nIt was.\n";
        assert_eq!(text_blocks(sentence)[0].kind, BlockKind::Paragraph);
        // (An inner full stop might end a sentence: left a paragraph, to be safe.)
        let abbreviated = "Trump Meets U.S. Senators On Tax Plan.\n\nThe vote was close.\n";
        assert_eq!(text_blocks(abbreviated)[0].kind, BlockKind::Paragraph);
    }

    #[test]
    fn text_one_paragraph_per_line_export() {
        let src = "One sentence here.\nAnother one, “quoted.”\nA third.";
        assert_eq!(text_blocks(src).len(), 3);
        let wrapped = "This paragraph was wrapped\nat a fixed width by the\neditor and continues.";
        assert_eq!(text_blocks(wrapped).len(), 1);
        // Wrapped before capitals: lines with no stop that are not title case end nothing.
        let wrapped = "Asked about the plan on Tuesday, press secretary\nLauren Ortiz said the president was always looking\nat ways to protect workers.";
        assert_eq!(text_blocks(wrapped).len(), 1);
        // A CMS export still reads one paragraph per line, its title-case headline among them.
        let export = "Minister Quits Over Expenses Row\nThe minister resigned on Monday.\nHe denied wrongdoing.";
        assert_eq!(text_blocks(export).len(), 3);
        let export = "Minister quits over expenses row\nThe minister resigned on Monday.\nHe denied wrongdoing.";
        assert_eq!(text_blocks(export).len(), 3);
    }

    #[test]
    fn markdown_skips_non_prose() {
        let src = "---\ntitle: x\n---\n# Head\n\nText with `code` and [link](http://x.y) <!-- c -->.\n\n```\ncode block\n```\n\n> Quoted para.\n\n- item one\n- item two\n";
        let b = markdown_blocks(src);
        assert_eq!(
            texts(src, &b),
            [
                "heading: Head",
                "paragraph: Text with | and |link| |.",
                "block-quote: Quoted para.",
                "list-item: item one",
                "list-item: item two"
            ]
        );
    }
}
