//! Sentence segmentation tuned for news copy.
//!
//! Works on the tokens of one block at a time, so a sentence never crosses a block boundary.
//! A sentence ends at `.`, `?` or `!` (with any closing quotation marks and brackets after it)
//! when the next token can start a sentence; abbreviations carry their period inside the word
//! token, so `Sen.`, `U.S.`, `J.` and `a.m.` never end a sentence by their period alone. An
//! abbreviation that can end a sentence (`U.S.`, `Inc.`, `etc.`) does so only before a word that
//! commonly starts one (`The`, `He`, `But`, …). An ellipsis does not end a sentence. A line of six
//! title-case words or more with no closing stop (a headline run into the copy of scraped pages)
//! ends its sentence at the line break.

use crate::model::Token;
use crate::model::{TokenFlags, TokenKind};
use crate::tokenize::abbreviation_can_end;
use crate::words::Words;

/// Words that start sentences far more often than they follow an abbreviation inside one.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "also",
    "an",
    "and",
    "as",
    "at",
    "because",
    "before",
    "but",
    "by",
    "during",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "many",
    "meanwhile",
    "most",
    "no",
    "on",
    "one",
    "our",
    "she",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "we",
    "what",
    "when",
    "while",
    "with",
    "yet",
    "you",
];

/// Splits the block's tokens `range` into sentence token ranges (absolute indices).
pub(crate) fn split_sentences(
    source: &str,
    tokens: &[Token],
    words: &Words,
    range: std::ops::Range<usize>,
    out: &mut Vec<std::ops::Range<usize>>,
) {
    let end = range.end;
    let mut start = range.start;
    let mut i = range.start;
    let text = |t: &Token| words.text(t.word);
    let mut line = HeadlineLine::default();
    while i < end {
        let t = &tokens[i];
        line.read(t, text(t));
        // (No space before the next token, no line break: the gap is read only where there is
        // one.)
        let line_break = i + 1 < end
            && tokens[i + 1].flags.has(TokenFlags::SPACE_BEFORE)
            && line_break_between(source, t, &tokens[i + 1]);
        let boundary = if t.kind == TokenKind::Punct && is_terminal(text(t)) {
            let mut j = i + 1;
            while j < end && is_closer(&tokens[j], text(&tokens[j])) {
                j += 1;
            }
            if j == end || can_start_sentence(&tokens[j], text(&tokens[j])) {
                Some(j)
            } else {
                i = j;
                continue;
            }
        } else if t.kind == TokenKind::Word
            && t.flags.has(TokenFlags::ABBREVIATION)
            && i + 1 < end
            && (abbreviation_can_end(text(t))
                && starts_after_abbreviation(&tokens[i + 1], text(&tokens[i + 1]))
                || initial_ends_sentence(tokens, words, start, i))
        {
            Some(i + 1)
        } else if line_break
            && line.is_headline()
            && can_start_sentence(&tokens[i + 1], text(&tokens[i + 1]))
        {
            // `…8:47PM Ted Cruz Apologizes To Ben Carson For Telling Supporters Carson Had
            // Dropped Out` on its own line, then `Ted Cruz apologized for…`: a title-case line
            // with no closing stop is a headline, a sentence of its own.
            Some(i + 1)
        } else {
            None
        };
        // (What the headline test reads: the words since the line or the sentence began.)
        if line_break || boundary.is_some() {
            line = HeadlineLine::default();
        }
        match boundary {
            Some(j) if j < end => {
                out.push(start..j);
                start = j;
                i = j;
            }
            Some(_) => break,
            None => i += 1,
        }
    }
    if start < end {
        out.push(start..end);
    }
}

/// Is there a line break in the source between tokens `a` and `b`?
fn line_break_between(source: &str, a: &Token, b: &Token) -> bool {
    // (Read for every token: the gap's bytes, most often one space, without a pattern search.)
    source
        .as_bytes()
        .get(a.span().end..b.span().start)
        .is_some_and(|gap| gap.contains(&b'\n'))
}

/// What the words of the current line look like so far: a headline's line has six words or more
/// and every word of four letters or more capitalised (title case lowers only short ones).
#[derive(Default)]
struct HeadlineLine {
    words: u32,
    lower: u32,
    last_word: bool,
    /// The last token was a comma.
    after_comma: bool,
}

impl HeadlineLine {
    fn read(&mut self, t: &Token, norm: &str) {
        self.last_word = matches!(t.kind, TokenKind::Word | TokenKind::Number);
        if t.kind == TokenKind::Word {
            self.words += 1;
            // (Four characters or more, counted no further than the fourth; any word in lower
            // case after a comma: `Suffolk Chief Constable Alastair McWhirter, the Association
            // of Chief Police` is a line of wrapped prose, its apposition in lower case, not a
            // headline.)
            if !t.flags.has(TokenFlags::CAPITALISED)
                && (self.after_comma || norm.chars().nth(3).is_some())
            {
                self.lower += 1;
            }
        }
        self.after_comma = norm == ",";
    }

    /// Does the line read so far look like a headline that ends here (on a word)?
    fn is_headline(&self) -> bool {
        self.words >= 6 && self.lower == 0 && self.last_word
    }
}

/// A one-letter "initial" (`A.`) ends a sentence when it does not stand inside a name: the word
/// before it is not capitalised (and it does not open the sentence) (`… said plan B. Sources …`) or the next word usually starts a
/// sentence (`… Plan B. The …`), and the next token can start one.
fn initial_ends_sentence(tokens: &[Token], words: &Words, sentence_start: usize, i: usize) -> bool {
    let text = |t: &Token| words.text(t.word);
    let t = &tokens[i];
    let is_initial = text(t).len() == 2 && text(t).ends_with('.');
    let next = &tokens[i + 1];
    // An initial opening its sentence (`J. Smith said…`) starts a name.
    if !is_initial || i == sentence_start || !can_start_sentence(next, text(next)) {
        return false;
    }
    let prev_capitalised = i > sentence_start
        && tokens[i - 1].kind == TokenKind::Word
        && tokens[i - 1].flags.has(TokenFlags::CAPITALISED);
    !prev_capitalised || starts_after_abbreviation(next, text(next))
}

fn is_terminal(norm: &str) -> bool {
    matches!(norm, "." | "?" | "!" | "‼" | "⁇" | "⁈" | "⁉")
}

fn is_closer(t: &Token, norm: &str) -> bool {
    let close_quote = t.kind == TokenKind::Quote && t.flags.has(TokenFlags::CLOSE_QUOTE);
    close_quote
        || matches!(norm, ")" | "]" | "}")
        || (t.kind == TokenKind::Punct && is_terminal(norm))
}

fn can_start_sentence(t: &Token, norm: &str) -> bool {
    match t.kind {
        TokenKind::Word => t.flags.has(TokenFlags::CAPITALISED),
        TokenKind::Number => true,
        TokenKind::Quote => t.flags.has(TokenFlags::OPEN_QUOTE),
        TokenKind::Punct => matches!(norm, "(" | "[" | "-" | "–" | "—" | "•" | "*" | "¿" | "¡"),
    }
}

fn starts_after_abbreviation(t: &Token, norm: &str) -> bool {
    match t.kind {
        TokenKind::Word => {
            t.flags.has(TokenFlags::CAPITALISED) && SENTENCE_STARTERS.binary_search(&norm).is_ok()
        }
        TokenKind::Quote => t.flags.has(TokenFlags::OPEN_QUOTE),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::{Document, Format};

    fn split(text: &str) -> Vec<String> {
        let doc = Document::parse(text, Format::Text);
        doc.sentences()
            .iter()
            .map(|s| doc.text(s.span).to_owned())
            .collect()
    }

    #[test]
    fn initials_inside_names_and_at_sentence_ends() {
        assert_eq!(
            split("John F. Kennedy spoke. J. Smith left."),
            ["John F. Kennedy spoke.", "J. Smith left."]
        );
        assert_eq!(
            split("They chose option A. Sources said so."),
            ["They chose option A.", "Sources said so."]
        );
        assert_eq!(
            split("It was Plan B. The rest failed."),
            ["It was Plan B.", "The rest failed."]
        );
        assert_eq!(
            split("Mr. Ortiz met Sen. Hale at 9 a.m. The talks ended."),
            ["Mr. Ortiz met Sen. Hale at 9 a.m.", "The talks ended."]
        );
        // A possessive after an abbreviation ends nothing (it was a quotation mark opening
        // a new sentence).
        assert_eq!(
            split("The U.S.'s ambassador said the talks had stalled. Officials agreed."),
            [
                "The U.S.'s ambassador said the talks had stalled.",
                "Officials agreed."
            ]
        );
    }

    #[test]
    fn a_title_case_line_with_no_stop_is_a_headline_sentence() {
        assert_eq!(
            split(
                "Intro.\n\nIt began. Cruz Apologizes To Ben Carson For Telling Supporters\nCruz apologized."
            ),
            [
                "Intro.",
                "It began.",
                "Cruz Apologizes To Ben Carson For Telling Supporters",
                "Cruz apologized."
            ]
        );
        // A hard-wrapped line of prose runs on, and so does a short capitalised run.
        assert_eq!(
            split(
                "Intro.\n\nIt began. The remarks were made by Prime Minister\nTony Blair on Monday."
            ),
            [
                "Intro.",
                "It began.",
                "The remarks were made by Prime Minister\nTony Blair on Monday."
            ]
        );
        // (A wrapped line of names with a lower-case apposition after its comma is prose.)
        assert_eq!(
            split(
                "Intro.\n\nIt began.\nSuffolk Chief Constable Alastair McWhirter, the Association of Chief Police\nOfficers' spokesman, said so."
            ),
            [
                "Intro.",
                "It began.",
                "Suffolk Chief Constable Alastair McWhirter, the Association of Chief Police\nOfficers' spokesman, said so."
            ]
        );
        assert_eq!(
            split("Intro.\n\nIt began. Talks With Prime Minister Tony\nBlair Ended Them."),
            [
                "Intro.",
                "It began.",
                "Talks With Prime Minister Tony\nBlair Ended Them."
            ]
        );
    }

    #[test]
    fn fort_abbreviated_ends_no_sentence() {
        assert_eq!(
            split("He was a Ft. Worth member of the group. He left."),
            ["He was a Ft. Worth member of the group.", "He left."]
        );
    }

    #[test]
    fn starters_are_sorted_for_binary_search() {
        let mut sorted = super::SENTENCE_STARTERS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, super::SENTENCE_STARTERS);
    }
}
