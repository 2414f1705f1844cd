//! The token pattern language: parsing pattern text into a tree of token tests.
//!
//! ```text
//! said                      a word (case-insensitive; curly and straight apostrophes alike)
//! on condition of anonymity a phrase: words in a row
//! "?"                       quoted text is literal, even pattern syntax
//! @anon-source-noun         any entry of a word list (entries may be several words; longest wins)
//! (said | told | @verb)     alternatives;  a | b  also works at the top level
//! x?  x*  x+  x{2}  x{0,3}  optional and repeated elements
//! _   _{0,6}                any token; a gap (matching never crosses a sentence end)
//! <cap> <num> <pron> <quote> <word> <punct> <name> <org>
//!                           token classes: capitalised word, number, pronoun, a token inside a
//!                           quotation, any word, any punctuation, part of a person's name, part
//!                           of an organisation's or outlet's name
//! !of  !@list  !<cap>  !(a | b)
//!                           one token that is not any of these
//! ^  $                      where the main clause may begin (the sentence start, or past a
//!                           leading `But` or `On Monday,`) / the sentence end (opening or
//!                           closing marks may stand beyond)
//! [ … ]                     the words to highlight (default: the whole match)
//! ```
//!
//! Between two elements (not before the first, not right after a gap), a match steps over a
//! passing adverb (`also`, `later`) or a comma-set aside (`, however,`): see the index's
//! `passing`.

mod parser;

pub(crate) use self::parser::parse;

/// A token class a pattern can test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Class {
    Cap,
    Num,
    Pron,
    Quote,
    Word,
    Punct,
    /// Part of a person's name (from the attribution analysis).
    Name,
    /// Part of an organisation's or outlet's name.
    Org,
}

impl Class {
    pub const ALL: [Class; 8] = [
        Class::Cap,
        Class::Num,
        Class::Pron,
        Class::Quote,
        Class::Word,
        Class::Punct,
        Class::Name,
        Class::Org,
    ];

    pub fn bit(self) -> u16 {
        1 << (self as u16)
    }

    fn parse(name: &str) -> Option<Class> {
        Some(match name {
            "cap" => Class::Cap,
            "num" => Class::Num,
            "pron" => Class::Pron,
            "quote" => Class::Quote,
            "word" => Class::Word,
            "punct" => Class::Punct,
            "name" => Class::Name,
            "org" => Class::Org,
            _ => return None,
        })
    }
}

/// Interned word id (into the engine's vocabulary).
pub(crate) type WordId = u32;
/// Interned list id.
pub(crate) type ListId = u32;

/// A test on one token.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Test {
    Word(WordId),
    /// The token is a one-word entry of the list.
    List(ListId),
    Class(Class),
}

/// A compiled pattern tree.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Node {
    Word(WordId),
    List(ListId),
    Class(Class),
    Any,
    Not(Vec<Test>),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
    Start,
    End,
    Highlight(Box<Node>),
}

/// A pattern syntax error: what, and the byte range in the pattern text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PatternError {
    pub range: std::ops::Range<usize>,
    pub message: String,
    pub help: Option<String>,
}

/// Turns the words and list names of a pattern into ids.
pub(crate) trait Resolver {
    fn word(&mut self, norm: &str) -> WordId;
    /// The id of list `name`, or an error message and help.
    fn list(&mut self, name: &str) -> Result<ListId, (String, Option<String>)>;
}

const SYNTAX: &[char] = &[
    '(', ')', '|', '[', ']', '?', '*', '+', '{', '}', '!', '@', '<', '>', '^', '$', '_', '"',
];

/// Longest gap or repetition a pattern may ask for: sentences rarely run longer.
const MAX_REPEAT: u32 = 64;
/// Deepest nesting of groups and highlights in one pattern.
pub(crate) const MAX_NESTING: usize = 32;
/// Most elements in one sequence of a pattern (a longer phrase belongs in a list).
pub(crate) const MAX_SEQUENCE: usize = 200;

fn perr(
    range: std::ops::Range<usize>,
    message: impl Into<String>,
    help: Option<String>,
) -> PatternError {
    PatternError {
        range,
        message: message.into(),
        help,
    }
}

/// The most highlights along any one path through the pattern; `None` when a highlight repeats.
fn highlights(node: &Node) -> Option<usize> {
    match node {
        Node::Highlight(inner) => highlights(inner).map(|n| n + 1),
        Node::Seq(items) => items
            .iter()
            .try_fold(0, |acc, n| highlights(n).map(|k| acc + k)),
        Node::Alt(arms) => arms
            .iter()
            .try_fold(0, |acc, n| highlights(n).map(|k| acc.max(k))),
        Node::Repeat(inner, ..) => match highlights(inner)? {
            0 => Some(0),
            _ => None,
        },
        _ => Some(0),
    }
}

/// The fewest and most tokens a node can match (`None` = unbounded).
pub(crate) fn length(node: &Node, list_len: &dyn Fn(ListId) -> (u32, u32)) -> (u32, Option<u32>) {
    match node {
        Node::Word(_) | Node::Class(_) | Node::Any | Node::Not(_) => (1, Some(1)),
        Node::List(l) => {
            let (a, b) = list_len(*l);
            (a, Some(b))
        }
        Node::Start | Node::End => (0, Some(0)),
        Node::Highlight(n) => length(n, list_len),
        // Saturating: `((x){0,64}){0,64}…` must not wrap round to a small bound and make the
        // rule silently unmatchable; u32::MAX tokens is as good as unbounded.
        Node::Seq(items) => items.iter().fold((0, Some(0)), |(a, b), n| {
            let (x, y) = length(n, list_len);
            (
                a.saturating_add(x),
                b.zip(y).map(|(b, y)| b.saturating_add(y)),
            )
        }),
        Node::Alt(arms) => arms
            .iter()
            .map(|n| length(n, list_len))
            .fold((u32::MAX, Some(0)), |(a, b), (x, y)| {
                (a.min(x), b.zip(y).map(|(b, y)| b.max(y)))
            }),
        Node::Repeat(n, min, max) => {
            let (x, y) = length(n, list_len);
            (
                x.saturating_mul(*min),
                max.and_then(|m| y.map(|y| y.saturating_mul(m))),
            )
        }
    }
}

/// Rejects patterns that can never match or match nothing.
fn validate(node: &Node, text: &str) -> Result<(), PatternError> {
    /// `^` may only open the pattern (or a top-level alternative) and `$` only close it.
    fn anchors_ok(node: &Node, at_start: bool, at_end: bool) -> bool {
        match node {
            Node::Start => at_start,
            Node::End => at_end,
            Node::Seq(items) => items.iter().enumerate().all(|(i, n)| {
                let start = at_start && items[..i].iter().all(|p| *p == Node::Start);
                let end = at_end && items[i + 1..].iter().all(|p| *p == Node::End);
                anchors_ok(n, start, end)
            }),
            Node::Alt(arms) => arms.iter().all(|n| anchors_ok(n, at_start, at_end)),
            Node::Highlight(n) => anchors_ok(n, at_start, at_end),
            Node::Repeat(n, ..) => anchors_ok(n, false, false),
            _ => true,
        }
    }
    if !anchors_ok(node, true, true) {
        return Err(PatternError {
            range: 0..text.len(),
            message: "this pattern can never match: `^` must come first and `$` last".into(),
            help: None,
        });
    }
    let (min, _) = length(node, &|_| (1, 1));
    if min == 0 {
        return Err(PatternError {
            range: 0..text.len(),
            message: "this pattern can match no tokens at all".into(),
            help: Some("make at least one element required (not `?`, `*` or `{0,…}`)".into()),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Names(Vec<String>);

    impl Resolver for Names {
        fn word(&mut self, norm: &str) -> WordId {
            if let Some(i) = self.0.iter().position(|w| w == norm) {
                return i as u32;
            }
            self.0.push(norm.to_owned());
            (self.0.len() - 1) as u32
        }
        fn list(&mut self, name: &str) -> Result<ListId, (String, Option<String>)> {
            if name == "known" {
                Ok(7)
            } else {
                Err((format!("unknown list `@{name}`"), None))
            }
        }
    }

    fn p(text: &str) -> Result<(Node, Vec<String>), PatternError> {
        let mut n = Names::default();
        parse(text, &mut n).map(|node| (node, n.0))
    }

    #[test]
    fn parses_words_phrases_lists_and_groups() {
        let (node, words) = p("[Informed sources] told").unwrap();
        assert_eq!(words, ["informed", "sources", "told"]);
        assert_eq!(
            node,
            Node::Seq(vec![
                Node::Highlight(Box::new(Node::Seq(vec![Node::Word(0), Node::Word(1)]))),
                Node::Word(2)
            ])
        );
        let (node, _) = p("(said | told) @known? _{0,6} <cap>").unwrap();
        assert_eq!(
            node,
            Node::Seq(vec![
                Node::Alt(vec![Node::Word(0), Node::Word(1)]),
                Node::Repeat(Box::new(Node::List(7)), 0, Some(1)),
                Node::Repeat(Box::new(Node::Any), 0, Some(6)),
                Node::Class(Class::Cap),
            ])
        );
        let (node, words) = p("didn’t \"?\" U.S.,").unwrap();
        // (A contraction is read as two tokens, as drafts are: `did` `not`.)
        assert_eq!(words, ["did", "not", "?", "u.s.", ","]);
        assert!(matches!(node, Node::Seq(ref v) if v.len() == 5));
        let (node, _) = p("a | b c").unwrap();
        assert!(matches!(node, Node::Alt(ref v) if v.len() == 2));
        let (node, _) = p("!(of | @known) said").unwrap();
        assert_eq!(
            node,
            Node::Seq(vec![
                Node::Not(vec![Test::Word(0), Test::List(7)]),
                Node::Word(1)
            ])
        );
        assert!(p("^ said $").is_ok());
        assert!(p("^ [said] $").is_ok());
        assert!(p("^ a | b $").is_ok());
        assert!(p("(^ a)+ b").unwrap_err().message.contains("never match"));
    }

    #[test]
    fn reports_errors_with_ranges() {
        let e = p("said @nope").unwrap_err();
        assert_eq!(
            (e.range, e.message.as_str()),
            (5..10, "unknown list `@nope`")
        );
        let e = p("(said | told").unwrap_err();
        assert_eq!((e.range, e.message.as_str()), (0..1, "`(` is never closed"));
        assert_eq!(p("said)").unwrap_err().range, 4..5);
        assert_eq!(
            p("said _{6,2}").unwrap_err().message,
            "bad repetition `{6,2}`"
        );
        assert!(p("said?").unwrap_err().message.contains("no tokens"));
        assert!(
            p("said ^ told")
                .unwrap_err()
                .message
                .contains("never match")
        );
        assert!(p("$ said").unwrap_err().message.contains("never match"));
        assert!(p("<name> said").is_ok());
        assert!(
            p("<nom> said")
                .unwrap_err()
                .message
                .contains("unknown token class")
        );
        assert!(
            p("!(a b) said")
                .unwrap_err()
                .message
                .contains("negates one token")
        );
        let contraction = p("!(didn't) confirm").unwrap_err();
        assert!(contraction.message.contains("negates one token"));
        assert!(contraction.help.is_some_and(|h| h.contains("negate `not`")));
        assert!(p("[a] [b]").unwrap_err().message.contains("more than one"));
        assert!(p("[a]+ b").unwrap_err().message.contains("more than one"));
        assert!(p("[a] b | c [d]").is_ok());
        assert!(p("a || b").unwrap_err().message.contains("empty"));
        assert!(p("\"open").unwrap_err().message.contains("never closed"));
    }
}
