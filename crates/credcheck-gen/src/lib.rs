//! A grammar-based generator of news-like drafts, for property tests and soak runs.
//!
//! Real wire copy broke the attribution analysis with shapes that random strings never reach:
//! chains of appositions at the start of a story (`Ameritech Publishing, a unit of Ameritech, the
//! midwest-based telephone services company, said…`), `a.k.a.` nicknames, relative clauses with
//! participles, quotations left open. This crate writes drafts from a small grammar of such
//! shapes — names with initials and suffixes, titles, organisations with `Inc.`, appositions,
//! quotations of every style (nested, unbalanced, across paragraphs), parentheses, dashes, money,
//! headlines, bylines, datelines, lists, Markdown — and mixes in "token soup": the same words
//! and punctuation in random order, which is what finds off-by-one errors.
//!
//! Everything is deterministic in the seed: `document(seed)` is the same text on every machine,
//! so a failing seed is a reproduction.

use std::fmt::Write as _;

const FIRST: &[&str] = &[
    "Mark", "Ae", "Al", "Dana", "Jean-Luc", "Mary", "José", "Łukasz", "Siobhán", "Barry", "J.",
    "Mr.", "Ms.", "Dr.", "Sen.", "Gov.", "Rep.", "Lt.", "Sheikh", "Kim", "O.J.", "Ngozi", "Zoë",
];
const LAST: &[&str] = &[
    "Toner",
    "P",
    "H",
    "Okafor",
    "O'Neill",
    "O' Neill",
    "McAllister",
    "van der Berg",
    "Allen",
    "Reyes",
    "Smith-Jones",
    "AL-ASSAD",
    "de la Cruz",
    "Nguyen",
    "Poynter",
    "Ó Briain",
    "X",
];
const SUFFIX: &[&str] = &["Jr.", "Sr.", "III", "II", "Ph.D.", "Esq.", "M.D."];
const TITLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "State Department spokesman",
    "the prime minister",
    "President",
    "chief executive",
    "vice president and chief operating officer",
    "Clinton spokesman",
    "the 46-year-old",
    "his wife",
    "a former aide",
    "Scotland's transport minister",
];
const ORGS: &[&str] = &[
    "Ameritech Publishing",
    "Ameritech",
    "Acme Inc.",
    "the State Department",
    "the Pentagon",
    "U.S. Steel Corp.",
    "the BBC",
    "Reuters",
    "AT&T",
    "the U.N.",
    "Amnesty International",
    "the board of directors",
    "Tiga",
    "the Ledger",
    "E.ON",
];
const ANON: &[&str] = &[
    "Informed sources",
    "officials",
    "a person familiar with the matter",
    "sources close to the talks",
    "two senior administration officials",
    "critics",
    "some analysts",
    "experts",
    "people briefed on the plan",
    "a source",
    "Pentagon officials",
    "reports",
    "local media",
    "one strategist",
];
const VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "told reporters",
    "added",
    "denied",
    "declined to comment",
    "refused to confirm",
    "could not be reached",
    "did not respond to emailed questions",
    "insisted",
    "claimed",
    "admitted",
    "testifying",
    "sometimes refers to himself as",
    "has named",
    "confirmed",
    "warned",
    "hope",
    "expect",
    "noted",
    "wrote",
    "reportedly said",
    "allegedly took",
    "is believed to have",
    "continued to insist",
    "contested",
    "conceded",
    "called",
    "read",
];
const CLAUSES: &[&str] = &[
    "the plan relies on one-off land sales",
    "it has named Barry Allen president effective April",
    "two members had threatened to walk out",
    "the ceasefire would hold",
    "the reports were inaccurate",
    "he was not aware of the talks",
    "the company would appeal",
    "prices rose 4.5% in March",
    "the deal was worth $1.5 million",
    "£750m had been pledged",
    "the strike could spread",
    "it is believed the talks failed",
    "there is no evidence",
];
const CONNECT: &[&str] = &[
    "But",
    "And",
    "However,",
    "Later",
    "In a statement,",
    "According to",
    "When asked,",
    "Said",
    "Meanwhile,",
    "In previous seasons,",
    "Speaking on BBC One,",
    "If",
    "Although",
    "who",
    "which",
    "that",
    "a.k.a.",
    "aka",
    "the so-called",
    "Mr",
    "No.",
    "St.",
    "etc.",
    "e.g.",
    "i.e.",
    "vs.",
];
/// Marks that open, close or both: every quotation style credcheck knows, and some it doesn't.
const QUOTES: &[(&str, &str)] = &[
    ("\"", "\""),
    ("“", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("„", "“"),
    ("“", "“"),
    ("”", "“"),
    ("``", "''"),
    ("‹", "›"),
    ("「", "」"),
];
/// Punctuation and oddities the tokenizer, sentence splitter and quotation pairing must survive.
const PUNCT: &[&str] = &[
    ",",
    ",",
    ",",
    ".",
    ";",
    ":",
    "—",
    "–",
    "-",
    "--",
    "―",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "…",
    "...",
    "?",
    "!",
    "?!",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "/",
    "&",
    "*",
    "_",
    "`",
    "#",
    "<",
    ">",
    "<!--",
    "-->",
    "<!-->",
    "<!--->",
    "\\",
    "|",
    "@",
    "%",
    "$",
    "£",
    "€",
    "§",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{202e}",
    "\u{301}",
    "\t",
    "\u{9b}",
    "\u{1b}[2J",
    "🙂",
    "👩‍👩‍👧",
    "ﬁ",
    "İ",
    "ß",
];
const MARKERS: &[&str] = &[
    "<!-- credcheck-ignore -->",
    "<!-- credcheck-ignore anon-attribution -- reason: granted by editor -->",
    "<!-- credcheck-ignore-next-line reportedly-hedge -->",
    "<!-- credcheck-ignore-start hedging -->",
    "<!-- credcheck-ignore-end -->",
    "[credcheck-ignore anon-attribution -- sources said the reason is fine]",
    "<!-- credcheck-ignore-next-block",
];

/// A seeded generator of news-like text.
#[derive(Debug)]
pub struct Gen {
    rng: fastrand::Rng,
}

impl Gen {
    /// A generator whose output depends only on `seed`.
    #[must_use]
    pub fn new(seed: u64) -> Gen {
        Gen {
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.rng.usize(..from.len())]
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.rng.u32(..100) < percent
    }

    /// A person's name: initials, particles, suffixes, nicknames.
    pub fn name(&mut self) -> String {
        let mut s = String::new();
        if self.chance(15) {
            s.push_str(self.pick(TITLES));
            s.push(' ');
        }
        s.push_str(self.pick(FIRST));
        if self.chance(25) {
            let initial = char::from(b'A' + self.rng.u8(..26));
            let _ = write!(s, " {initial}.");
        }
        s.push(' ');
        s.push_str(self.pick(LAST));
        if self.chance(10) {
            s.push_str(if self.chance(50) { ", " } else { " " });
            s.push_str(self.pick(SUFFIX));
        }
        if self.chance(8) {
            let _ = write!(s, ", a.k.a. {},", self.pick(FIRST));
        }
        s
    }

    /// Who speaks: a person, an organisation, an anonymous or vague source, a pronoun.
    pub fn source(&mut self) -> String {
        match self.rng.u8(..6) {
            0 | 1 => self.name(),
            2 => self.pick(ORGS).to_owned(),
            3 | 4 => self.pick(ANON).to_owned(),
            _ => self
                .pick(&["he", "she", "they", "it", "He", "They"])
                .to_owned(),
        }
    }

    /// `Fred Hasson, head of Tiga, which…,` — zero to four appositions after the source.
    fn appositions(&mut self, s: &mut String) {
        for _ in 0..self.rng.usize(..5) {
            match self.rng.u8(..6) {
                0 => {
                    let _ = write!(s, ", a unit of {}", self.pick(ORGS));
                }
                1 => {
                    let _ = write!(s, ", {}", self.rng.u8(18..90));
                }
                2 => {
                    let _ = write!(s, ", of Flint, Mich.");
                }
                3 => {
                    let _ = write!(s, ", {} at {}", self.pick(TITLES), self.pick(ORGS));
                }
                4 => {
                    let _ = write!(s, ", who {} {}", self.pick(VERBS), self.pick(CLAUSES));
                }
                _ => {
                    let _ = write!(s, ", the midwest-based telephone services company");
                }
            }
        }
        if self.chance(70) {
            s.push(',');
        }
    }

    fn quoted(&mut self, inner: &str) -> String {
        let (open, close) = QUOTES[self.rng.usize(..QUOTES.len())];
        match self.rng.u8(..10) {
            0 => format!("{open}{inner}"),              // left open
            1 => format!("{inner}{close}"),             // closed only
            2 => format!("{open}{open}{inner}{close}"), // doubled
            _ => format!("{open}{inner}{close}"),
        }
    }

    /// One sentence of reported speech, in one of the shapes wire copy uses.
    pub fn sentence(&mut self) -> String {
        let mut s = String::new();
        if self.chance(20) {
            s.push_str(self.pick(CONNECT));
            s.push(' ');
        }
        let clause = self.pick(CLAUSES).to_owned();
        match self.rng.u8(..8) {
            0 | 1 => {
                s.push_str(&self.source());
                self.appositions(&mut s);
                let _ = write!(s, " {} {clause}", self.pick(VERBS));
            }
            2 => {
                let q = self.quoted(&format!("{clause},"));
                let _ = write!(s, "{q} {} {}", self.pick(VERBS), self.source());
            }
            3 => {
                let q = self.quoted(&clause);
                let _ = write!(s, "{}: {q}", self.source());
            }
            4 => {
                let q = self.quoted(&clause);
                let _ = write!(s, "{q} ― {}", self.name());
            }
            5 => {
                let _ = write!(
                    s,
                    "According to {}, {clause} ({})",
                    self.source(),
                    self.pick(ORGS)
                );
            }
            6 => {
                let _ = write!(
                    s,
                    "{} {} — {} — {clause}",
                    self.source(),
                    self.pick(VERBS),
                    self.pick(ANON)
                );
            }
            _ => {
                let inner = self.sentence_inner();
                let q = self.quoted(&inner);
                let _ = write!(s, "{} {} {q}", self.source(), self.pick(VERBS));
            }
        }
        s.push_str(self.pick(&[".", ".", ".", "?", "!", "", "…", ".\"", ".”", ";"]));
        s
    }

    fn sentence_inner(&mut self) -> String {
        let clause = self.pick(CLAUSES);
        let q = self.quoted(clause);
        format!("{} {} {q}", self.source(), self.pick(VERBS))
    }

    /// Words, names and punctuation in random order: the shapes no grammar thinks of.
    pub fn soup(&mut self, words: usize) -> String {
        let mut s = String::new();
        for _ in 0..words {
            let piece = match self.rng.u8(..9) {
                0 => self.pick(FIRST),
                1 => self.pick(LAST),
                2 => self.pick(VERBS),
                3 => self.pick(CONNECT),
                4 => self.pick(ANON),
                5 => self.pick(ORGS),
                6 => self.pick(SUFFIX),
                _ => self.pick(PUNCT),
            };
            if self.chance(60) && !s.is_empty() {
                s.push(' ');
            }
            s.push_str(piece);
        }
        s
    }

    fn paragraph(&mut self, markdown: bool) -> String {
        let mut p = String::new();
        if markdown {
            match self.rng.u8(..12) {
                0 => p.push_str("# "),
                1 => p.push_str("## "),
                2 => p.push_str("- "),
                3 => p.push_str("* "),
                4 => p.push_str("1. "),
                5 => p.push_str("> "),
                _ => {}
            }
        } else if self.chance(8) {
            p.push_str(self.pick(&["- ", "* ", "• ", "1) "]));
        }
        let n = self.rng.usize(1..5);
        for k in 0..n {
            if k > 0 {
                p.push(' ');
            }
            if self.chance(15) {
                let words = self.rng.usize(1..30);
                p.push_str(&self.soup(words));
            } else {
                p.push_str(&self.sentence());
            }
            if markdown && self.chance(10) {
                p.push_str(self.pick(&[
                    " [link](http://example.com)",
                    " *emphasis*",
                    " **strong**",
                    " `code`",
                    " [unclosed",
                    " ![img](x.png)",
                    " <b>html</b>",
                ]));
            }
        }
        p
    }

    /// A whole draft: headline, byline, dateline, paragraphs, sometimes Markdown, suppression
    /// markers, odd line endings and a byte-order mark.
    pub fn document(&mut self, markdown: bool) -> String {
        let mut lines: Vec<String> = Vec::new();
        if self.chance(60) {
            lines.push(format!(
                "{}: {} Says {}",
                self.pick(LAST),
                self.pick(ORGS),
                self.pick(CLAUSES)
            ));
        }
        if self.chance(30) {
            lines.push(format!("By {}", self.name().to_uppercase()));
        }
        let paragraphs = self.rng.usize(1..12);
        for k in 0..paragraphs {
            let mut p = self.paragraph(markdown);
            if k == 0 && self.chance(40) {
                p = format!("WASHINGTON (Reuters) - {p}");
            }
            lines.push(p);
            if self.chance(7) {
                lines.push(self.pick(MARKERS).to_owned());
            }
            if markdown && self.chance(5) {
                lines.push("```\nsources said code\n```".to_owned());
            }
        }
        let sep = match self.rng.u8(..20) {
            0 => "\r\n\r\n",
            1 => "\r\r",
            2 => "\n",
            3 => "\n\n\n",
            4 => "\n \n",
            _ => "\n\n",
        };
        let mut text = lines.join(sep);
        if self.chance(5) {
            text.insert(0, '\u{feff}');
        }
        if self.chance(70) {
            text.push('\n');
        }
        text
    }
}

/// The draft for `seed`: plain text for even seeds, Markdown for odd ones.
#[must_use]
pub fn document(seed: u64) -> String {
    Gen::new(seed).document(seed % 2 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_in_the_seed() {
        assert_eq!(document(7), document(7));
        assert_ne!(document(7), document(8));
    }

    #[test]
    fn drafts_hold_the_shapes_that_broke_the_analysis() {
        let all: String = (0..2000).map(document).collect();
        for shape in [
            ", a unit of",
            "a.k.a.",
            ", who ",
            "<!-->",
            "“",
            "«",
            "\r",
            "Jr.",
        ] {
            assert!(all.contains(shape), "no draft holds {shape:?}");
        }
    }
}
