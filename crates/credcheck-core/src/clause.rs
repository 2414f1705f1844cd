//! Where a sentence's clause begins and what may stand inside it without changing what it says:
//! closed word classes that rule patterns and the attribution analysis share.

use crate::{Document, Token, TokenKind};

/// Adverbs that may stand inside any phrase (a rule's pattern, a source and its verb) without
/// changing what it says: `officials also said`, `it was later reported`, `are still feared
/// dead`. (Not `not`, `never`, `falsely` or `widely`, which change it; nor `reportedly`, itself
/// a sign rules read, nor `first`: `it first appeared` is no `it appeared`.)
pub const PASSING_ADVERBS: &[&str] = &[
    "also",
    "now",
    "still",
    "even",
    "already",
    "again",
    "then",
    "later",
    "since",
    "earlier",
    "previously",
    "initially",
    "originally",
    "repeatedly",
    "privately",
    "publicly",
    "separately",
    "quickly",
    "immediately",
];

/// Two words that pass as one adverb: `has so far not responded`.
pub const PASSING_PAIR: &[&str] = &["so", "far"];

/// Words of an aside set off by commas that patterns and the analysis step over: `It was, however,
/// reported`, `Critics, too, say`.
pub const ASIDE_WORDS: &[&str] = &[
    "however",
    "though",
    "meanwhile",
    "too",
    "moreover",
    "instead",
    "therefore",
    "nevertheless",
    "nonetheless",
    "again",
    "indeed",
    "furthermore",
];

/// Where a sentence's main clause may begin, which is where `^` matches: the sentence start
/// and any opening marks after it (`“`, `(`, `-`), after a wire dateline, and then past up to
/// three leading connectives or fronted phrases closed by a comma — `But critics say…`, `On Monday, officials
/// said…`, `Meanwhile, in the capital, reports emerged…`. News sentences open so all the time,
/// and a rule written for `Critics say` means them too.
#[derive(Debug, Clone, Copy)]
pub struct ClauseStarts {
    /// Every position up to this one (the sentence start and its opening marks).
    first: usize,
    /// Starts after a connective or a fronted phrase, ascending.
    after: [usize; Self::MORE],
    len: usize,
}

impl ClauseStarts {
    const MORE: usize = 3;
    /// Opening marks looked past at most.
    const MARKS: usize = 8;
    /// Tokens a fronted phrase may run to before its comma (`In the weeks since the vote,`).
    const PHRASE: usize = 8;

    /// The starts of the sentence whose tokens are `lo..hi`.
    #[must_use]
    pub fn of(doc: &Document, lo: usize, hi: usize) -> ClauseStarts {
        let tokens = doc.tokens();
        let opening = |t: &Token| {
            t.is_open_quote() || matches!(doc.norm(t), "(" | "[" | "-" | "–" | "—" | "•" | "*")
        };
        // (Up to eight opening marks: the look stays bounded however a sentence opens.)
        let marks = tokens[lo..hi]
            .iter()
            .take(Self::MARKS)
            .take_while(|t| opening(t))
            .count();
        let first = lo + marks.min(hi.saturating_sub(lo + 1));
        let mut starts = ClauseStarts {
            first,
            after: [0; Self::MORE],
            len: 0,
        };
        let word = |k: usize| k < hi && tokens[k].kind == TokenKind::Word;
        let mut p = first;
        // A wire dateline before it: the clause begins after its dash (`WASHINGTON (AP) —
        // Reports that…`), and may open with a connective there too.
        if let Some(line) = dateline(doc, lo, hi) {
            starts.after[0] = line.end;
            starts.len = 1;
            p = line.end;
        }
        while starts.len < Self::MORE && word(p) {
            let w = doc.norm(&tokens[p]);
            let next = if CONNECTIVES.contains(&w) && word(p + 1) {
                p + 1
            } else if CONNECTIVES.contains(&w) && p + 2 < hi && doc.norm(&tokens[p + 1]) == "," {
                p + 2
            } else if fronting(w)
                // (`This is nonsense,`, `Now is the time,`, `Today was a good day,`: the word is
                // the subject of a verb, no phrase put before the clause.)
                && !(matches!(
                    w,
                    "this" | "here" | "now" | "then" | "today" | "yesterday" | "tonight"
                ) && word(p + 1)
                    && matches!(
                        doc.norm(&tokens[p + 1]),
                        "is" | "was" | "are" | "were" | "has" | "had" | "will" | "would"
                    ))
            {
                // The phrase's words up to its comma: words and numbers only (no quotation,
                // no clause of its own punctuated inside).
                let end = (p + 1..hi.min(p + 1 + Self::PHRASE))
                    .take_while(|&k| {
                        tokens[k].kind != TokenKind::Punct || doc.norm(&tokens[k]) == ","
                    })
                    .find(|&k| doc.norm(&tokens[k]) == ",");
                match end {
                    Some(c) if c + 1 < hi => c + 1,
                    _ => break,
                }
            } else {
                break;
            };
            starts.after[starts.len] = next;
            starts.len += 1;
            p = next;
        }
        starts
    }

    /// May the main clause begin at `pos`?
    #[must_use]
    pub fn holds(&self, pos: usize) -> bool {
        pos <= self.first || self.after[..self.len].contains(&pos)
    }

    /// The last position of the sentence start and its opening marks.
    #[must_use]
    pub fn first(&self) -> usize {
        self.first
    }

    /// The starts after a connective or a fronted phrase, in order.
    pub fn after(&self) -> impl Iterator<Item = usize> + '_ {
        self.after[..self.len].iter().copied()
    }

    /// The sentence start (past its opening marks) and each start after a connective or a
    /// fronted phrase, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.first).chain(self.after[..self.len].iter().copied())
    }

    /// The last position where it may begin.
    #[must_use]
    pub fn last(&self) -> usize {
        self.after[..self.len].last().copied().unwrap_or(self.first)
    }
}

/// Words that open a sentence before its clause: `But`, `And yet`, `Meanwhile,`. (Not `Or`:
/// `Or maybe Jeb Bush, a consultant says` opens no clause of its own.)
pub const CONNECTIVES: &[&str] = &[
    "and",
    "but",
    "yet",
    "so",
    "still",
    "however",
    "meanwhile",
    "indeed",
    "moreover",
    "instead",
    "also",
    "then",
    "now",
    "besides",
    "plus",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "thus",
    "hence",
    "again",
];

/// Is `w` a day, or a word for one (`monday`, `yesterday`, `tonight`)?
#[must_use]
pub(crate) fn day_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

/// Does a phrase opening with `w` front the clause when a comma closes it — a preposition, a
/// subordinating word, a word of time (`On Monday,`, `After the vote,`, `If it passes,`,
/// `Earlier this week,`, `Privately,`)?
#[must_use]
pub fn fronting(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "after"
            | "before"
            | "during"
            | "since"
            | "by"
            | "for"
            | "from"
            | "under"
            | "over"
            | "amid"
            | "amidst"
            | "despite"
            | "within"
            | "across"
            | "throughout"
            | "following"
            | "until"
            | "till"
            | "as"
            | "with"
            | "without"
            | "among"
            | "unlike"
            | "beyond"
            | "inside"
            | "outside"
            | "against"
            | "through"
            | "when"
            | "while"
            | "if"
            | "although"
            | "though"
            | "because"
            | "once"
            | "unless"
            | "whereas"
            | "earlier"
            | "later"
            | "last"
            | "this"
            | "next"
            | "elsewhere"
            | "overall"
            | "here"
            | "meanwhile"
            | "however"
            | "still"
            | "now"
            | "then"
            | "again"
            | "instead"
            | "indeed"
    ) || (w.len() >= 5 && w.ends_with("ly"))
        || day_word(w)
}

/// A wire dateline opening a sentence: the token after its dash, and the agency in brackets,
/// if it names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The first token after the dash.
    pub end: usize,
    /// The agency's tokens, inside the brackets (`Reuters`, `AFP`).
    pub agency: Option<(usize, usize)>,
}

/// Tokens of a place and a date before a dateline's agency (`NEW YORK, Oct. 12`).
const DATELINE_PLACE_TOKENS: usize = 8;

/// The dateline opening the sentence whose tokens are `lo..hi`: `WASHINGTON —`, `LONDON, March
/// 3 (Reuters) -`, `Washington (AFP) –`, `NEW YORK (AP) --`. A place that starts with a capital
/// and perhaps a date (words, numbers, commas, abbreviations' dots: eight tokens at most), the
/// agency in brackets (one to three capitalised words), then a dash. Without an agency the
/// place is in capitals and only a date may follow it after a comma (`LONDON, March 3 —`; not
/// `NATO said the talks - which…`).
#[must_use]
pub fn dateline(doc: &Document, lo: usize, hi: usize) -> Option<Dateline> {
    let tokens = doc.tokens();
    let t = tokens.get(lo)?;
    if lo + 2 >= hi || t.kind != TokenKind::Word || !t.is_capitalised() {
        return None;
    }
    let norm = |k: usize| doc.norm(&tokens[k]);
    let plain = |k: usize| {
        matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number)
            || matches!(norm(k), "," | ".")
    };
    let mut k = lo + 1;
    while k < hi.min(lo + 1 + DATELINE_PLACE_TOKENS) && plain(k) {
        k += 1;
    }
    let agency = if k < hi && norm(k) == "(" {
        let close = (k + 2..hi.min(k + 5)).find(|&j| norm(j) == ")")?;
        let named =
            (k + 1..close).all(|j| tokens[j].kind == TokenKind::Word && tokens[j].is_capitalised());
        if !named {
            return None;
        }
        let agency = (k + 1, close);
        k = close + 1;
        Some(agency)
    } else {
        None
    };
    let dash = k + 1 < hi && matches!(norm(k), "—" | "–" | "-" | "--");
    // (Without an agency: a place in capitals, then only a date after a comma.)
    let place_in_capitals = || {
        let mut dated = false;
        t.is_all_caps()
            && (lo + 1..k).all(|j| {
                dated |= norm(j) == ",";
                tokens[j].is_all_caps()
                    || tokens[j].kind == TokenKind::Number
                    || matches!(norm(j), "," | ".")
                    || dated && tokens[j].is_capitalised()
            })
    };
    (dash && (agency.is_some() || place_in_capitals())).then_some(Dateline { end: k + 1, agency })
}

#[cfg(test)]
mod tests {
    use super::dateline;
    use crate::{Document, Format};

    /// The dateline's end and agency as text, for the first sentence of `text`.
    fn read(text: &str) -> Option<(String, Option<String>)> {
        let doc = Document::parse(text, Format::Text);
        let s = &doc.sentences()[0];
        let d = dateline(&doc, s.tokens.start, s.tokens.end)?;
        let tokens = doc.tokens();
        let word = |k: usize| doc.norm(&tokens[k]).to_owned();
        Some((word(d.end), d.agency.map(|(a, _)| word(a))))
    }

    #[test]
    fn a_dateline_is_a_place_perhaps_a_date_an_agency_and_a_dash() {
        let some =
            |end: &str, agency: Option<&str>| Some((end.to_owned(), agency.map(str::to_owned)));
        assert_eq!(
            read("WASHINGTON — Sen. Grassley said so.\n"),
            some("sen.", None)
        );
        assert_eq!(
            read("NEW YORK — Officials said so.\n"),
            some("officials", None)
        );
        assert_eq!(
            read("LONDON, March 3 (Reuters) - Oil fell.\n"),
            some("oil", Some("reuters"))
        );
        assert_eq!(
            read("Washington (AFP) – Oil fell.\n"),
            some("oil", Some("afp"))
        );
        assert_eq!(read("LONDON, March 3 — Oil fell.\n"), some("oil", None));
        // Not a sentence that only opens with capitals and holds a dash further on, nor a
        // capitalised place with no agency.
        assert_eq!(
            read("NATO said the talks - which began in May - had stalled.\n"),
            None
        );
        assert_eq!(read("Washington - the capital - is quiet.\n"), None);
        assert_eq!(read("Officials (two of them) - said so.\n"), None);
    }

    /// The words at which the main clause of the first sentence of `text` may begin after
    /// its start.
    fn starts_after(text: &str) -> Vec<String> {
        let doc = Document::parse(text, Format::Text);
        let s = &doc.sentences()[0];
        let starts = super::ClauseStarts::of(&doc, s.tokens.start, s.tokens.end);
        starts
            .after()
            .map(|k| doc.norm(&doc.tokens()[k]).to_owned())
            .collect()
    }

    #[test]
    fn a_fronted_phrase_ends_at_its_comma_unless_its_word_is_a_subject() {
        assert_eq!(
            starts_after("This week, officials said so.\n"),
            ["officials"]
        );
        assert_eq!(
            starts_after("On Monday, officials said so.\n"),
            ["officials"]
        );
        assert_eq!(starts_after("But officials said so.\n"), ["officials"]);
        // (`This is…`, `Today was…`: the word is the verb's subject, no phrase before the clause.)
        assert!(starts_after("\"This is nonsense,\" she said.\n").is_empty());
        assert!(starts_after("Today was a good day, he said.\n").is_empty());
    }

    #[test]
    fn the_clause_begins_after_a_wire_dateline() {
        assert_eq!(
            starts_after("WASHINGTON (AP) — Reports said so.\n"),
            ["reports"]
        );
        assert_eq!(
            starts_after("LONDON, March 3 (Reuters) - But critics said so.\n"),
            ["but", "critics"]
        );
        // (No dateline: a capitalised word and a dash inside the clause.)
        assert!(starts_after("NATO said the talks - which failed - were over.\n").is_empty());
    }
}
