use super::classify::{people_noun, withholds_name};
use super::{
    CLAUSE_VERBS, DETERMINERS, EntityKind, GROUP_PRONOUNS, PERSON_PRONOUNS, Pass, SKIP_BEFORE_CUE,
    TokenKind, age_description, lexicon,
};

/// Words a subject noun phrase never extends over, going left from the cue.
const SUBJECT_STOPS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "if", "or", "since", "so",
    "than", "that", "though", "to", "when", "where", "whether", "which", "while", "yet", "how",
    "what", "why", "once", "until", "unless", "whom", "nor", "be", "been", "being", "despite",
    "amid",
];

/// Verbs that link a subject to a state of mind (`remained skeptical`, `grew worried`).
const LINKING_VERBS: &[&str] = &[
    "remain", "remains", "remained", "stay", "stays", "stayed", "grow", "grows", "grew", "become",
    "becomes", "became", "seem", "seems", "seemed", "appear", "appears", "appeared",
];

/// Conjunctions that open a clause, before which a subject (with its apposition) can start:
/// `But Julie Howell, policy manager at the RNIB, said`.
pub(super) const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "but", "and", "yet", "so", "while", "although", "though", "because", "when", "whereas",
];

/// Words that open a subordinate clause before its subject (`as`, `after`, `if`…), beyond
/// [`CLAUSE_CONJUNCTIONS`].
const SUBORDINATORS: &[&str] = &[
    "as", "after", "before", "since", "if", "unless", "until", "once",
];

/// Does `w` open a subordinate clause (`because`, `while`, `if`, `as`…): a clause conjunction
/// that does not coordinate, or a subordinator?
pub(super) fn subordinating(w: &str) -> bool {
    SUBORDINATORS.contains(&w)
        || CLAUSE_CONJUNCTIONS.contains(&w) && !matches!(w, "but" | "and" | "yet" | "so")
}

/// Focusing adverbs before a subject (`even some technologists say`): no part of who speaks.
const FOCUSING: &[&str] = &["even", "especially", "particularly", "notably"];

/// Sentence adverbs that stand before a subject without belonging to it (`Later the prime
/// minister said`, `However, the minister said`).
const SENTENCE_ADVERBS: &[&str] = &[
    "therefore",
    "thus",
    "hence",
    "consequently",
    "accordingly",
    "furthermore",
    "additionally",
    "however",
    "meanwhile",
    "separately",
    "indeed",
    "instead",
    "elsewhere",
    "earlier",
    "later",
    "also",
    "finally",
    "moreover",
    "nevertheless",
    "overall",
    "privately",
    "publicly",
    "now",
    "then",
    "still",
    "yesterday",
    "today",
    "similarly",
    "likewise",
    "nonetheless",
    "besides",
    "conversely",
    "ultimately",
    "initially",
    "traditionally",
    "typically",
    "generally",
];

/// Words a group quantifier may follow without opening a relative clause (`the many`, `so
/// many`, `behind many Democrats`, `are many`), beside [`SUBJECT_STOPS`] and
/// [`FRONTING_PREPOSITIONS`].
const BEFORE_A_GROUP: &[&str] = &[
    "the",
    "a",
    "an",
    "too",
    "of",
    "at",
    "on",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "very",
    "not",
    "who",
    "these",
    "those",
    "this",
    "are",
    "were",
    "is",
    "was",
    "also",
    "even",
    "among",
    "like",
    "behind",
    "about",
    "against",
    "beyond",
    "into",
    "through",
    "toward",
    "towards",
    "including",
    "unlike",
    "within",
    "without",
    "between",
    "above",
    "below",
    "around",
    "across",
    "near",
    "past",
    "upon",
];

/// Prepositions whose object a pronoun after them is (`included on it told`): no subject of a
/// cue.
pub(super) const PREPOSITIONS: &[&str] = &[
    "about",
    "after",
    "against",
    "amid",
    "at",
    "by",
    "despite",
    "following",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "over",
    "to",
    "with",
    "without",
];

/// Prepositions that open a fronted phrase (`In previous seasons, the 25-year-old…`).
const FRONTING_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "for", "with", "after", "before", "during", "since", "until", "by", "from",
    "under", "over", "despite", "as", "if", "or",
];

/// Reporting-verb forms that also stand before a source noun as adjectives (`informed sources`).
const ADJECTIVAL_VERBS: &[&str] = &[
    "informed",
    "well-informed",
    "trusted",
    "unnamed",
    "alleged",
    "quoted",
];

/// A comma or a dash (`-`, `–`, `—`, `--`): what closes an apposition or a relative clause
/// before a cue, or sets off an aside.
pub(super) fn closes_clause(word: &str) -> bool {
    matches!(word, "," | "-" | "–" | "—" | "--")
}

/// Words of time that make a phrase before the subject a time (`This week`, `On Monday night`).
const TIME_NOUNS: &[&str] = &[
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "days",
    "summer",
    "spring",
    "autumn",
    "fall",
    "winter",
    "season",
    "decade",
    "term",
    "quarter",
    "hours",
];

/// Longest a source phrase is allowed to be, in tokens.
const MAX_SOURCE_TOKENS: usize = 14;
/// Longest relative clause between commas taken to belong to the subject before it.
pub(super) const MAX_RELATIVE_TOKENS: usize = 40;

/// How far back a dash parenthesis before a cue may open (`Mr. Bush - in a line … - declared`).
const MAX_PARENTHESIS_TOKENS: usize = 24;

/// How far back a person's name may stand before the comma that closes its apposition.
const MAX_APPOSITION_TOKENS: usize = 40;

impl Pass<'_> {
    /// [`Self::phrase_after`], cut before the first of `stops` after its first word: `from the
    /// ministry to a request for comment` is the ministry, `by one official as a gamble` the
    /// official.
    pub(super) fn phrase_after_until(
        &self,
        i: usize,
        hi: usize,
        stops: &[&str],
    ) -> Option<(usize, usize)> {
        let (a, b) = self.phrase_after(i, hi)?;
        let b = (a + 1..b)
            .find(|&k| stops.contains(&self.norm(k)))
            .unwrap_or(b);
        Some((a, b))
    }

    /// The noun phrase right after `i` (for `according to X`, inversion): up to a comma, a stop,
    /// a quotation mark or the sentence end.
    pub(super) fn phrase_after(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let mut j = i;
        while j < hi && j - i < MAX_SOURCE_TOKENS {
            let t = &tokens[j];
            let n = self.doc.norm(t);
            let keeps = t.kind == TokenKind::Word
                || t.kind == TokenKind::Number
                || matches!(n, "'" | "-" | "&");
            // (`according to the Commission's report 12 million people…`: a number after a
            // report starts what it says.)
            let report_then_number = t.kind == TokenKind::Number
                && j > i
                && (lexicon().report_nouns.contains(self.norm(j - 1))
                    || lexicon().document_nouns.contains(self.norm(j - 1)));
            if report_then_number {
                break;
            }
            if !keeps || matches!(n, "that" | "who" | "which" | "on" | "in" | "at") && j > i {
                // `a person familiar with the matter`: keep prepositional tails of known frames.
                if matches!(n, "on" | "in" | "at") && j > i {
                    j += 1;
                    continue;
                }
                break;
            }
            j += 1;
        }
        if j == i {
            return None;
        }
        // `said a former spokesman for the ministry, Oleg Voloshyn, who…`: the name apposed
        // after the phrase belongs to it; `its Paris lawyer, Emmanuel Gaillard of Shearman and
        // Sterling, …`: with the body the person is of.
        if j + 1 < hi && self.norm(j) == "," {
            if let Some(end) = self.apposed_after(j + 1, hi) {
                return Some((i, end));
            }
            // `according to technology analysts, TDG Research,`: the body a group is.
            if let Some(e) = self.entity_of(j + 1) {
                let ent = &self.entities[e];
                if ent.tokens.start == j + 1
                    && ent.kind != EntityKind::Person
                    && {
                        let head = self.norm(j - 1);
                        head.ends_with('s') && people_noun(head)
                    }
                    && ent.tokens.end < hi
                    && self.norm(ent.tokens.end) == ","
                {
                    return Some((i, ent.tokens.end));
                }
            }
        }
        Some((i, j))
    }

    /// `according to people who attended the meeting,`, `…, said a businessman who asked not
    /// to be named.`: the source phrase `a..b` with the relative clause after it when the
    /// clause says what its people witnessed or whom they know (an auxiliary may stand first),
    /// or withholds their name — up to the comma or the sentence end, a bounded look.
    pub(super) fn with_witness_clause(
        &self,
        (a, b): super::TokenRange,
        hi: usize,
    ) -> super::TokenRange {
        if b + 1 >= hi || self.norm(b) != "who" {
            return (a, b);
        }
        let witnessed = super::classify::witness_clause(&self.norms(b + 1, hi.min(b + 7)));
        let end = (b + 1..hi.min(b + MAX_SOURCE_TOKENS)).find(|&k| {
            self.doc.tokens()[k].kind != TokenKind::Word && !matches!(self.norm(k), "'" | "-")
        });
        match end {
            Some(e)
                if matches!(self.norm(e), "," | "." | ";")
                    && (witnessed || withholds_name(&self.norms(b + 1, e))) =>
            {
                (a, e)
            }
            _ => (a, b),
        }
    }

    /// The end of a person's name starting at `k` and closed by a comma or the sentence end,
    /// with the body they are of (`Emmanuel Gaillard of Shearman and Sterling`).
    fn apposed_after(&self, k: usize, hi: usize) -> Option<usize> {
        let tokens = self.doc.tokens();
        let closes = |e: usize| e >= hi || matches!(self.norm(e), "," | "." | ";" | "!" | "?");
        // (The entity pass has split `Emmanuel Gaillard of Shearman and Sterling` already.)
        let e = self.entity_of(k)?;
        let name_end = self.entities[e].tokens.end;
        if self.entities[e].tokens.start != k
            || !self.is_person(k)
            || self.norm(name_end - 1).ends_with("'s")
        {
            return None;
        }
        if closes(name_end) {
            return Some(name_end);
        }
        if !matches!(self.norm(name_end), "of" | "at" | "from") {
            return None;
        }
        // The body: up to the closing comma, no verb on the way.
        let end = (name_end + 1..hi.min(name_end + 10)).find(|&t| closes(t))?;
        let body_named = (name_end + 1..end).any(|t| tokens[t].is_capitalised());
        (body_named && !self.has_verb(name_end + 1, end)).then_some(end)
    }

    /// Can token `k` open the source of an inverted cue (`said a senior official`)? Not a
    /// preposition or a time (`said at the rally`, `said of the plan`, `said Tuesday`).
    pub(super) fn opens_inverted_source(&self, k: usize) -> bool {
        let w = self.norm(k);
        !(FRONTING_PREPOSITIONS.contains(&w)
            || matches!(
                w,
                "of" | "about"
                    | "to"
                    | "through"
                    | "into"
                    | "later"
                    | "earlier"
                    | "yesterday"
                    | "today"
                    | "tonight"
                    | "last"
                    | "this"
                    | "next"
            )
            || self.month_or_day(k))
    }

    /// Does the dash at `k` set words off: spaced, or an em dash however set (`the move—which
    /// may affect staff—saying…`; a hyphen written tight joins a word)?
    fn dash_sets_off(&self, k: usize) -> bool {
        self.doc.tokens()[k].has_space_before() || self.norm(k) == "—"
    }

    /// `Mr. Bush - in a line aimed at Mr. Trump - declared`: when the cue follows a dash that
    /// closes a parenthesis opened by another dash, the subject stands before the opening dash.
    fn before_dash_parenthesis(&self, close: usize, lo: usize) -> Option<usize> {
        let dash = |k: usize| self.norm(k) != "," && closes_clause(self.norm(k));
        let open = (close.saturating_sub(MAX_PARENTHESIS_TOKENS).max(lo)..close)
            .rev()
            .find(|&k| dash(k) && self.dash_sets_off(k))?;
        (open > lo).then_some(open)
    }

    /// `Democratic leaders — and, in particular, Senate Minority Leader Harry Reid — insisted`:
    /// the one named between the dashes (`open`, `close`), picked out of the group before them,
    /// speaks for it.
    fn picked_out_in_dashes(&self, open: usize, close: usize) -> Option<(usize, usize)> {
        let mut k = open + 1;
        while k < close
            && matches!(
                self.norm(k),
                "and"
                    | ","
                    | "in"
                    | "particular"
                    | "including"
                    | "especially"
                    | "notably"
                    | "above"
                    | "all"
            )
        {
            k += 1;
        }
        if k > open + 1
            && k < close
            && self.dashed_name(k, close)
            && (k..close).any(|j| self.is_person(j))
        {
            return Some((k, close));
        }
        // `Intelligence officials — including NSA Director Adm. Michael Rogers and Director of
        // National Intelligence James Clapper — have argued`: the first one named, with titles.
        let including = (open + 1..k).any(|j| {
            matches!(
                self.norm(j),
                "including" | "notably" | "especially" | "particular"
            )
        });
        let tokens = self.doc.tokens();
        let first = (k..close).find(|&j| self.is_person(j))?;
        let mut end = first;
        while end < close && self.is_person(end) {
            end += 1;
        }
        (including
            && first - k <= 6
            && (k..first).all(|j| tokens[j].is_capitalised() || self.norm(j) == "."))
        .then_some((k, end))
    }

    /// `Another player - Jimmy "the Whirlwind" White - has admitted`, `A major party nominee
    /// -- the Republican Donald J. Trump -- questions`: a name between the dashes `open` and
    /// `close` (with its article) is who the phrase before them is.
    fn named_between(&self, open: usize, close: usize) -> Option<(usize, usize)> {
        if open + 1 < close && self.dashed_name(open + 1, close) {
            return Some((open + 1, close));
        }
        (open + 2 < close
            && self.norm(open + 1) == "the"
            && self.dashed_name(open + 2, close)
            && self.classify(open + 1, close).0 == crate::SourceKind::Named)
            .then_some((open + 1, close))
    }

    /// `A senior official (Deputy Minister Ana Ruiz) said`: a name in brackets right before
    /// the cue at `end` is who the phrase before them is (not `Sen. Jack Reed (D-R.I.) said`).
    fn name_in_brackets_before(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        if end <= lo + 2 || self.norm(end - 1) != ")" {
            return None;
        }
        let open = (end.saturating_sub(10).max(lo)..end - 1)
            .rev()
            .find(|&k| self.norm(k) == "(")?;
        (open > lo
            && open + 1 < end - 1
            && self.dashed_name(open + 1, end - 1)
            && (open + 1..end - 1).any(|j| self.is_person(j)))
        .then_some((open + 1, end - 1))
    }

    /// Is `a..b` a name alone (capitalised words, a nickname in quotation marks, initials)?
    fn dashed_name(&self, a: usize, b: usize) -> bool {
        let tokens = self.doc.tokens();
        b - a <= 8
            && (self.is_person(a) || (b - a >= 2 && tokens[a].kind == TokenKind::Word))
            && tokens[b - 1].is_capitalised()
            && (a..b).all(|k| {
                let t = &tokens[k];
                // (An initial's full stop: `Donald J. Trump`.)
                t.is_capitalised()
                    || t.in_quote()
                    || t.kind == TokenKind::Quote
                    || k > a && self.norm(k) == "." && self.norm(k - 1).len() == 1
            })
    }

    /// Is `lo..start` a short fronted phrase with no comma, opening the sentence before a name
    /// (`After the ruling Carla Ferstman, legal director of…, said`)?
    fn fronted_phrase_before(&self, lo: usize, start: usize) -> bool {
        start > lo + 1
            && start <= lo + 6
            && (FRONTING_PREPOSITIONS.contains(&self.norm(lo)) || self.norm(lo) == "following")
            && (lo..start).all(|k| self.doc.tokens()[k].kind == TokenKind::Word)
    }

    /// `Todd Wilcox, a combat veteran and former CIA officer, said`, `Scott Morris, a former
    /// Treasury official who is now a fellow at the Center, which works…, said`: a long
    /// apposition (roles joined by `and`, relative clauses, nested commas) between a person's
    /// name and the cue after the comma that closes it. Returns the start of the name.
    fn apposed_name(&self, comma: usize, lo: usize) -> Option<usize> {
        let tokens = self.doc.tokens();
        let from = comma.saturating_sub(MAX_APPOSITION_TOKENS).max(lo);
        for k in (from + 1..comma).rev() {
            let t = &tokens[k];
            // Not across a quotation or a clause boundary.
            if t.kind == TokenKind::Quote || matches!(self.norm(k), ";" | ":") {
                return None;
            }
            if self.norm(k) != "," {
                continue;
            }
            // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`: past a parenthesis.
            let mut name_end = k;
            // `Yin Myint May, 60, a doctor, said`: past an age.
            if k >= from + 3 && tokens[k - 1].kind == TokenKind::Number && self.norm(k - 2) == "," {
                name_end = k - 2;
            }
            if self.norm(k - 1) == ")" {
                if let Some(open) = (from..k - 1).rev().find(|&j| self.norm(j) == "(") {
                    name_end = open;
                }
            }
            // (`(Ohio), a panel member, said` at the draft's start: nothing before the
            // parenthesis to be a name.)
            if name_end <= from {
                continue;
            }
            let Some(e) = self.entity_of(name_end - 1) else {
                continue;
            };
            let ent = &self.entities[e];
            if ent.kind != EntityKind::Person
                || ent.tokens.end != name_end
                || self.norm(name_end - 1).ends_with("'s")
            {
                continue;
            }
            let start = ent.tokens.start;
            let opens = start == lo || {
                let before = self.norm(start - 1);
                tokens[start - 1].is_open_quote()
                    || tokens[start - 1].is_close_quote()
                    || closes_clause(before)
                    || CLAUSE_CONJUNCTIONS.contains(&before)
                    || SENTENCE_ADVERBS.contains(&before)
                    || self.fronted_phrase_before(lo, start)
            };
            return opens.then_some(start);
        }
        None
    }

    /// Does token `k`, after a comma, open an aside on the subject that the cue at `i` closes
    /// — a participle clause (`Two officials, speaking on condition of anonymity, said`), a
    /// participle describing them, or a clause on some of them (`most of whom…`)?
    fn opens_aside(&self, k: usize, i: usize) -> bool {
        self.norm(k - 1) == ","
            // (`Michael Howard, asked about the remark by reporters, said`: a passive
            // participle of being put a question.)
            && (self.norm(k).ends_with("ing")
                || matches!(
                    self.norm(k),
                    "asked" | "pressed" | "questioned" | "contacted" | "reached"
                        | "interviewed" | "challenged"
                )
                // (`Mary Susan, clad in a red cape…, said`, `The minister, flanked by
                // aides, said`: a participle describing the subject.)
                || (self.norm(k).ends_with("ed")
                    || lexicon().irregular_participles.contains(self.norm(k))
                    || self.norm(k) == "clad")
                    && k + 1 < i
                    && matches!(self.norm(k + 1), "in" | "by" | "with")
                // (`An adviser to the campaign, granted anonymity to discuss strategy,
                // said`: the anonymity granted describes the subject.)
                || matches!(self.norm(k), "granted" | "given" | "promised")
                    && k + 1 < i
                    && self.norm(k + 1) == "anonymity"
                // (`Several employees, most of whom spoke on condition of anonymity,
                // described…`: a clause on some of the subject's people.)
                || matches!(
                    self.norm(k),
                    "most" | "many" | "some" | "all" | "both" | "several" | "none" | "half"
                ) && k + 2 < i
                    && self.norm(k + 1) == "of"
                    && self.norm(k + 2) == "whom")
            && !matches!(
                self.norm(k),
                "including"
                    | "according"
                    | "during"
                    | "concerning"
                    | "regarding"
                    | "excluding"
                    | "notwithstanding"
                    | "pending"
                    | "following"
            )
    }

    /// `There are 150 drugmakers and analysts have predicted…`: an existential clause, then a
    /// second clause whose subject follows the conjunction — where that subject starts.
    fn after_existential(&self, found: (usize, usize)) -> Option<usize> {
        let k = (found.0..found.1.saturating_sub(2)).find(|&k| {
            self.norm(k) == "there" && matches!(self.norm(k + 1), "is" | "are" | "was" | "were")
        })?;
        (k + 2..found.1 - 1)
            .rev()
            .find(|&j| matches!(self.norm(j), "and" | "but" | "while"))
            .map(|c| c + 1)
    }

    /// `An official who spoke on condition of anonymity because he was not authorized to
    /// discuss the matter said`: a relative clause that withholds the name, however far its
    /// reason runs, belongs to the one before `who` — where that one starts (a bounded look
    /// back). (Not the reason's own pronoun subject: `because she feared retaliation`.)
    fn withheld_relative_head(&self, found: (usize, usize), lo: usize, si: usize) -> Option<usize> {
        // (`…not authorized to discuss it publicly said`: `it`, the clause's object.)
        let lone_pronoun = found.1 == found.0 + 1
            && matches!(self.norm(found.0), "he" | "she" | "they" | "we" | "i");
        if lone_pronoun {
            return None;
        }
        let w = (found.0.saturating_sub(24).max(lo + 1)..found.0)
            .rev()
            .find(|&k| self.norm(k) == "who")?;
        let clause: Vec<&str> = (w + 1..found.1).map(|k| self.norm(k)).collect();
        if !super::classify::withholds_name(&clause)
            || clause.iter().any(|c| matches!(*c, "." | ";" | ":"))
        {
            return None;
        }
        self.subject_before_here(w, lo, si).map(|(a, _)| a)
    }

    /// The subject of a cue at `i`: the noun phrase before it (with an apposition or relative
    /// clause), or `None`. `Powell's office, when contacted by Reuters, said`: a parenthetical
    /// clause opened by a conjunction after a comma is skipped for the subject before it.
    pub(super) fn subject_before(&self, i: usize, lo: usize, si: usize) -> Option<(usize, usize)> {
        let mut found = self.subject_before_here(i, lo, si)?;
        if let Some(a) = self.named_before_now(found, lo, si) {
            return Some((a, found.1));
        }
        if let Some(a) = self.withheld_relative_head(found, lo, si) {
            return Some((a, found.1));
        }
        if let Some(a) = self.after_existential(found) {
            found.0 = a;
        }
        // `'2nd Amendment people' his secret weapon, Trump hints`, `…, Reuters reports`: a
        // name between the last comma and the cue is the whole subject.
        if let Some(k) = (found.0..found.1).rev().find(|&k| self.norm(k) == ",") {
            let name = k + 1 < found.1
                && match self.entity_of(k + 1) {
                    Some(e) => {
                        self.entities[e].tokens.start == k + 1
                            && self.entities[e].tokens.end == found.1
                    }
                    None => {
                        k + 2 == found.1
                            && self.doc.tokens()[k + 1].is_capitalised()
                            && self.doc.tokens()[k + 1].kind == TokenKind::Word
                    }
                };
            // (An apposition keeps its description: `An official, Dana Reyes, said`.)
            let described = matches!(
                self.norm(found.0),
                "a" | "an" | "the" | "one" | "another" | "his" | "her" | "their" | "its"
            ) || found.1 < i && self.norm(found.1) == ",";
            if name && !described {
                found.0 = k + 1;
            }
        }
        // `Sales rose, analysts said`: a bare group after the clause's comma is the whole
        // subject (not `Dana Reyes, a spokeswoman,` nor a list: `Investors, analysts and traders`).
        if let Some(k) = (found.0..found.1).rev().find(|&k| self.norm(k) == ",") {
            let group = (k + 1..found.1).len();
            let head = self.norm(found.1 - 1);
            let bare_group = (1..=3).contains(&group)
                && head.ends_with('s')
                && people_noun(head)
                && (k + 1..found.1).all(|j| {
                    self.doc.tokens()[j].kind == TokenKind::Word
                        && !self.doc.tokens()[j].is_capitalised()
                        && !super::DETERMINERS.contains(&self.norm(j))
                        && !matches!(self.norm(j), "and" | "or")
                });
            // (Not a phrase set off by commas before the cue: `The newspaper, citing unnamed
            // sources, said`.)
            let set_off =
                found.1 < i && self.norm(found.1) == "," || self.norm(k + 1).ends_with("ing");
            // (`Minister to quit, Whitehall sources say`, `…, AP sources say`: unnamed sources or
            // officials with whose they are, after a clause — whatever the clause names.)
            let named_sources = (2..=3).contains(&group)
                && head.ends_with('s')
                && lexicon().anon_nouns.contains(head)
                && (k + 1..found.1 - 1).all(|j| {
                    self.doc.tokens()[j].kind == TokenKind::Word
                        && self.doc.tokens()[j].is_capitalised()
                        && !self.is_person(j)
                });
            if (bare_group
                && !(found.0..k).any(|j| self.is_person(j) || self.entity_of(j).is_some())
                || named_sources)
                && !set_off
                && k > found.0 + 1
            {
                found.0 = k + 1;
            }
        }
        // `Sales rose, a report said`, `Trump leads in Ohio, the Post reported`: a phrase
        // opened by a determiner after the last comma, right before the cue, is the whole
        // subject when a clause stands before the comma (not a name it describes, `Dana Reyes,
        // a spokeswoman`, nor a list, `The Treasury, the Bank and the FSA said`).
        if let Some(k) = self.trailing_subject_comma(found, i) {
            found.0 = k + 1;
        }
        if let Some(k) = self.zero_relative_subject(found) {
            found.0 = k;
        }
        // `Shares fell, with analysts warning…`, `…, amid critics claiming…`: a clause before
        // the comma, and the participle's subject after the preposition.
        if let Some(k) = (found.0..found.1.saturating_sub(2))
            .rev()
            .find(|&k| self.norm(k) == "," && matches!(self.norm(k + 1), "with" | "amid"))
        {
            found.0 = k + 2;
        } else if self.norm(i).ends_with("ing") {
            // (`…sales on Saturday with some claiming record numbers`: with no comma too, when
            // the cue is the participle and a short phrase stands after the preposition.)
            if let Some(k) = (found.0..found.1.saturating_sub(1))
                .rev()
                .find(|&k| matches!(self.norm(k), "with" | "amid"))
                .filter(|&k| found.1 - k <= 4)
            {
                found.0 = k + 1;
            }
        }
        // The name a long apposition belongs to, when the phrase names nobody.
        let (a, b) = found;
        if b < i && self.norm(b) == "," && !(a..b).any(|k| self.is_person(k)) {
            if let Some(name) = self.apposed_name(b, lo) {
                return Some((name, b));
            }
        }
        let (a, _) = found;
        if a >= lo + 2
            && matches!(
                self.norm(a - 1),
                "when" | "while" | "after" | "before" | "once" | "if"
            )
            && self.norm(a - 2) == ","
            && i > a
            && self.norm(i - 1) == ","
        {
            return self.subject_before_here(a - 2, lo, si).or(Some(found));
        }
        // `Another intelligence source speaking to Fox News said`: who spoke to an outlet is the
        // source, not the outlet.
        if a >= lo + 3
            && matches!(self.norm(a - 1), "to" | "with")
            && matches!(self.norm(a - 2), "speaking" | "talking")
        {
            if let Some(subject) = self.subject_before_here(a - 2, lo, si) {
                return Some(subject);
            }
        }
        // `Two officials, speaking on condition of anonymity, said`: a participle clause between
        // commas (a long one too: `…, speaking on condition of anonymity because of a
        // non-disclosure agreement, said`); the subject stands before it. (`including`,
        // `according` open no such clause.)
        if i > lo + 1 && self.norm(i - 1) == "," {
            let open = (a.saturating_sub(12).max(lo + 1)..=a)
                .rev()
                .find(|&k| self.opens_aside(k, i));
            if let Some(k) = open.filter(|&k| k > lo + 1) {
                if let Some(subject) = self.subject_before_here(k - 1, lo, si) {
                    return Some(subject);
                }
            }
        }
        Some(found)
    }

    /// Can `NP1, NP2` opening the sentence (`a1..`, `a..b`) be one source described twice,
    /// with no name in it? Only with a determiner or a possessive (`The group's leader, a
    /// former MP, said`) or as a list (`Investors, analysts and traders said`): a headline's
    /// `Flood kills aid workers, charity says` is a clause and its speaker.
    fn described_twice(&self, a1: usize, a: usize, b: usize) -> bool {
        let marked = |k: usize| {
            let w = self.norm(k);
            DETERMINERS.contains(&w) || w.ends_with("'s") || w.ends_with("’s")
        };
        marked(a1) || marked(a) || (a..b).any(|k| matches!(self.norm(k), "and" | "or"))
    }

    /// Where an apposition `NP1, NP2,` may open: NP1 (from `a1`) starts the clause or follows a
    /// quotation, a dash or comma, or a conjunction or subordinating word; NP2 is `(a, b)`.
    fn apposition_opens(
        &self,
        a1: usize,
        (a, b): (usize, usize),
        named: bool,
        comma_before: bool,
        lo: usize,
    ) -> bool {
        let tokens = self.doc.tokens();
        // `But Julie Howell, digital policy manager at the RNIB, expressed…`
        a1 == lo
            || tokens[a1 - 1].is_open_quote()
            || named && tokens[a1 - 1].is_close_quote()
            || closes_clause(self.norm(a1 - 1))
            || (a1..a - 1).any(|k| self.entity_of(k).is_some())
                && CLAUSE_CONJUNCTIONS.contains(&self.norm(a1 - 1))
            // (`…grew louder as Patti Davis, Ronald Reagan's daughter, attacked
            // Trump`, `as the co-chairman of the party, Liam Fox, called`: a name and
            // its apposition after a subordinating word, closed right before the cue;
            // not `If Cruz wins Wisconsin, media outlets…`.)
            || comma_before
                && SUBORDINATORS.contains(&self.norm(a1 - 1))
                && ((a1..a - 1).all(|k| self.is_person(k))
                    || (a..b).all(|k| self.is_person(k)))
    }

    /// `Gore's close friends and allies have in the past said`, `Officials on Monday said`: a
    /// phrase of time ending at `end`, between a subject and its verb (`late last week` too) —
    /// where it starts. Not after a conjunction, where the second verb's subject is looked for
    /// further back (`Blair has said … but on Wednesday said`), nor a share counted (`Six in
    /// 10 say`).
    fn time_before_verb(&self, end: usize, lo: usize) -> Option<usize> {
        let n = (2..=4)
            .rev()
            .find(|&n| end > lo + n && self.dated_phrase(end - n, end))?;
        let mut from = end - n;
        if from > lo + 1 && matches!(self.norm(from - 1), "late" | "early") {
            from -= 1;
        }
        let after_conjunction =
            from > lo && matches!(self.norm(from - 1), "and" | "but" | "or" | "yet" | "then");
        (!after_conjunction).then_some(from)
    }

    /// `Smith in a statement said`, `The company in a court filing said`: where the phrase of
    /// where something was said, between a subject and its verb, starts (`in` with a
    /// statement's or a document's noun ending right at `end`).
    fn medium_before_verb(&self, end: usize, lo: usize) -> Option<usize> {
        let lex = lexicon();
        let last = self.norm(end.checked_sub(1)?);
        if !(lex.statement_nouns.contains(last) || lex.document_nouns.contains(last)) {
            return None;
        }
        let tokens = self.doc.tokens();
        let k = (end.saturating_sub(5).max(lo + 1)..end - 1)
            .rev()
            .take_while(|&k| tokens[k].kind == TokenKind::Word)
            .find(|&k| self.norm(k) == "in")?;
        // (Not where the cue word is a noun of the same phrase after a verb of saying: `said in
        // a research note`; nor after a participle, whose phrase it is: `The people identified
        // in the lawsuit declined`.)
        let before = self.norm(k - 1);
        let said_before = lexicon().cue_mask(before) != 0;
        let participle = before.ends_with("ed") || lexicon().irregular_participles.contains(before);
        (!said_before && !participle).then_some(k)
    }

    /// Is `a..b` a phrase of time (`time_phrase`) naming a day, a month, a unit of time
    /// or a year (`on Monday`, `in the past`, `last week`, `in 2013`) — not a bare count
    /// (`in 10`)?
    pub(super) fn dated_phrase(&self, a: usize, b: usize) -> bool {
        let tokens = self.doc.tokens();
        self.time_phrase(a, b)
            && (a..b).any(|k| {
                let w = self.norm(k);
                tokens[k].kind == TokenKind::Word && !matches!(w, "on" | "in" | "at" | "the")
                    || w.len() == 4 && w.starts_with(['1', '2'])
            })
    }

    /// The comma a trailing attribution's subject follows (`Sales rose, a report said`): the
    /// last comma of `found`, with a determiner after it and a clause before it (a lowercase
    /// word other than a determiner or a conjunction), no `and`/`or` after it, and the phrase
    /// ending right at the cue `i` or at its auxiliary.
    fn trailing_subject_comma(&self, found: (usize, usize), i: usize) -> Option<usize> {
        let (a, b) = found;
        // (An auxiliary may stand between: `…, a witness has told jurors`.)
        if b > i || !(b..i).all(|k| matches!(self.norm(k), "has" | "have" | "had" | "also")) {
            return None;
        }
        let k = (a..b).rev().find(|&k| self.norm(k) == ",")?;
        let tokens = self.doc.tokens();
        // (Or a group or a poll with no determiner: `Prices rose, people familiar with the
        // matter said`, `…, polls show`.)
        let first = self.norm(k + 1);
        let opens = k + 2 < b
            && matches!(
                first,
                "a" | "an" | "the" | "one" | "another" | "recent" | "new" | "several"
            )
            || k + 1 < b
                && !tokens[k + 1].is_capitalised()
                && (people_noun(first)
                    || lexicon().anon_nouns.contains(first)
                    || lexicon().research_nouns.contains(&first));
        let list = (k + 1..b).any(|j| matches!(self.norm(j), "and" | "or" | "&"));
        let clause = (a..k).any(|j| {
            tokens[j].kind == TokenKind::Word
                && !tokens[j].is_capitalised()
                && !super::DETERMINERS.contains(&self.norm(j))
                && !matches!(self.norm(j), "and" | "or" | "of" | "for" | "at")
        });
        (opens && !list && clause).then_some(k)
    }

    /// `U.S. officials have, in fact, praised`: a set phrase between commas right before
    /// `end` (the opening comma's index), which is no part of the subject.
    fn adverbial_between_commas(&self, end: usize, lo: usize) -> Option<usize> {
        const PHRASES: &[&[&str]] = &[
            &["in", "fact"],
            &["of", "course"],
            &["in", "turn"],
            &["in", "particular"],
            &["for", "example"],
            &["for", "instance"],
            &["for", "now"],
            &["so", "far"],
            &["after", "all"],
            &["by", "contrast"],
            &["in", "contrast"],
            &["in", "general"],
            &["as", "usual"],
            &["as", "always"],
            &["for", "their", "part"],
            &["for", "its", "part"],
            &["for", "his", "part"],
            &["for", "her", "part"],
            &["at", "the", "same", "time"],
            &["on", "the", "other", "hand"],
        ];
        if end < lo + 2 || self.norm(end - 1) != "," {
            return None;
        }
        PHRASES
            .iter()
            .find_map(|p| {
                let open = (end - 1).checked_sub(p.len() + 1)?;
                (open > lo
                    && self.norm(open) == ","
                    && p.iter()
                        .enumerate()
                        .all(|(k, w)| self.norm(open + 1 + k) == *w))
                .then_some(open)
            })
            .or_else(|| self.circumstance_between_commas(end, lo))
            .or_else(|| self.seen_by_between_commas(end, lo))
    }

    /// The phrase of words (up to 10) closed by the comma before `end`: the punctuation that
    /// opens it and the closing comma.
    fn set_off_before(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        const LONGEST: usize = 10;
        let tokens = self.doc.tokens();
        let close = end - 1;
        let open = (close.saturating_sub(LONGEST + 1).max(lo + 1)..close)
            .rev()
            .find(|&k| !matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number))?;
        Some((open, close))
    }

    /// `A readout of the meeting, seen by this newspaper, shows…`, `…, and obtained by the
    /// BBC, suggests`: how the writer has the document, set off between its name and the verb.
    fn seen_by_between_commas(&self, end: usize, lo: usize) -> Option<usize> {
        let (open, close) = self.set_off_before(end, lo)?;
        let first = open + 1 + usize::from(self.norm(open + 1) == "and");
        let seen_by = |k: usize| {
            k + 2 < close
                && matches!(
                    self.norm(k),
                    "seen" | "obtained" | "reviewed" | "viewed" | "read"
                )
                && self.norm(k + 1) == "by"
        };
        // (`A readout of the meeting, circulated to member states and seen by this newspaper,
        // shows…`: where it went first, then how the writer has it.)
        let sent_then_seen = first < close
            && (self.norm(first).ends_with("ed")
                || matches!(self.norm(first), "sent" | "given" | "shown"))
            && (first + 2..close).any(|k| self.norm(k - 1) == "and" && seen_by(k));
        (self.norm(open) == "," && (seen_by(first) || sent_then_seen)).then_some(open)
    }

    /// `The minister, in a speech on Monday, said`, `Smith, in an interview, said`: a phrase
    /// of when, where or how, between commas right before `end`, is no part of the subject
    /// (a phrase of whose, `of the university`, `for the ministry`, is: it describes them).
    fn circumstance_between_commas(&self, end: usize, lo: usize) -> Option<usize> {
        let (open, close) = self.set_off_before(end, lo)?;
        (self.norm(open) == ","
            && open + 2 <= close
            && matches!(
                self.norm(open + 1),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "with"
                    | "without"
                    | "under"
                    | "through"
                    | "via"
                    | "over"
            )
            && (open + 1..close).all(|k| {
                let w = self.norm(k);
                !CLAUSE_VERBS.contains(&w)
                    && !matches!(w, "who" | "which" | "that" | "whose")
                    && lexicon().cue_mask(w) == 0
            }))
        .then_some(open)
    }

    /// Does a sentence adverb stand between commas right before `end` (`Experts and
    /// officials, however, said`; any adverb in -ly: `Democrats, historically, have…`)?
    fn adverb_between_commas_before(&self, end: usize, lo: usize) -> bool {
        end >= lo + 4
            && self.norm(end - 1) == ","
            && self.norm(end - 3) == ","
            // (`Democrats, historically, have lambasted`: any adverb in -ly too.)
            && (self.norm(end - 2).ends_with("ly") && self.doc.tokens()[end - 2].kind == TokenKind::Word
                || matches!(
                self.norm(end - 2),
                "however"
                    | "though"
                    | "meanwhile"
                    | "too"
                    | "also"
                    | "instead"
                    | "moreover"
                    | "nevertheless"
                    | "nonetheless"
                    | "furthermore"
                    | "likewise"
                    | "meantime"
            ))
    }

    /// `The company "categorically rejects" the account`: where the scare quote that opens on
    /// the denial verb at `i` (or on its adverb, the subject's end so far being `end`) has its
    /// mark — the subject stands before it.
    fn denial_scare_quote_opens(&self, i: usize, end: usize, lo: usize) -> Option<usize> {
        let tokens = self.doc.tokens();
        // (Not `then_some(end - 1)`: it would subtract before the test, at a sentence's start.)
        if end > lo + 1
            && tokens[end - 1].is_open_quote()
            && tokens[i].in_quote()
            && lexicon().denial_verbs.contains(self.norm(i))
        {
            Some(end - 1)
        } else {
            None
        }
    }

    /// Is token `k` a word that may stand between a subject and its cue — an auxiliary, an
    /// adverb, a negation (`his aides haven't said`, `almost universally say`), a linking verb
    /// before a state of mind (`Many grew worried that…`), or a quantifier floated after an
    /// auxiliary or a pronoun (`They have all criticised`, `they both said`; a bare `Both said`
    /// is the subject)?
    fn between_subject_and_cue(&self, k: usize, lo: usize, state_of_mind: bool) -> bool {
        let w = self.norm(k);
        SKIP_BEFORE_CUE.contains(&w)
            || state_of_mind && LINKING_VERBS.contains(&w)
            || self.adverb(k)
            || matches!(w, "almost" | "nearly")
            || matches!(w, "all" | "both" | "each")
                && k > lo
                && (SKIP_BEFORE_CUE.contains(&self.norm(k - 1))
                    || matches!(self.norm(k - 1), "they" | "we" | "you"))
    }

    pub(super) fn subject_before_here(
        &self,
        i: usize,
        lo: usize,
        si: usize,
    ) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        // `some remained skeptical that…`, `Many grew worried that…`: a linking verb before a
        // state of mind is no part of who holds it.
        let state_of_mind = lexicon().cue_mask(self.norm(i)) & super::lexicon::CUE_COGNITION != 0;
        // `his aides haven't said`, `almost universally say`; but not a capitalised word inside
        // the sentence: `Yin Myint May said` is a name.
        let skip_back = |mut end: usize| {
            while end > lo
                && !(end - 1 > lo && tokens[end - 1].is_capitalised())
                && self.between_subject_and_cue(end - 1, lo, state_of_mind)
            {
                end -= 1;
            }
            end
        };
        let mut end = skip_back(i);
        if let Some(mark) = self.denial_scare_quote_opens(i, end, lo) {
            end = skip_back(mark);
        }
        if let Some(from) = self.time_before_verb(end, lo) {
            end = skip_back(from);
        }
        if let Some(from) = self.medium_before_verb(end, lo) {
            end = skip_back(from);
        }
        // `Experts and officials, however, said`: a sentence adverb between commas.
        if self.adverb_between_commas_before(end, lo) {
            end -= 3;
        } else if let Some(open) = self.adverbial_between_commas(end, lo) {
            // (and the auxiliary before it: `have, in fact, praised`.)
            end = skip_back(open);
        }
        // `Every activist I spoke to said`, `People we interviewed told…`: the people the
        // writer spoke to, with the clause that says so.
        if let Some(k) = self.contact_clause(end, lo) {
            if let Some((a, _)) = self.np_before(k, lo) {
                return Some((a, end));
            }
        }
        if let Some(pronoun) = self.pronoun_subject(end, lo) {
            return Some(pronoun);
        }
        // `… refused to answer questions but said`: a second verb of the same subject has no
        // subject of its own before it.
        if end > lo && matches!(self.norm(end - 1), "and" | "but" | "or" | "yet") {
            return None;
        }
        if let Some(named) = self.name_in_brackets_before(end, lo) {
            return Some(named);
        }
        // `Rep. Jim McDermott (D-Wash.) said`: a parenthesis after the name.
        if end > lo + 1 && self.norm(end - 1) == ")" {
            if let Some(open) = (lo..end - 1).rev().find(|&k| self.norm(k) == "(") {
                end = open;
            }
        }
        // `Dana Reyes, a spokeswoman, said` / `Trump, who has said`: a comma before the cue
        // closes an apposition.
        let mut comma_before = false;
        // `Humphrey, who calls Trump a "sociopath," said`: in American style the comma that
        // closes the clause stands inside a scare quote's closing mark.
        if end > lo + 2 && tokens[end - 1].is_close_quote() && self.norm(end - 2) == "," {
            if let Some(open) = self.scare_quote_open(end - 1, lo) {
                if open > lo && tokens[open - 1].kind == TokenKind::Word {
                    end -= 1;
                }
            }
        }
        // `Souness - who refused to name him - said`: a dash closes the clause like a comma.
        if end > lo + 1 && closes_clause(self.norm(end - 1)) {
            end -= 1;
            comma_before = true;
            if self.norm(end) != "," && self.dash_sets_off(end) {
                if let Some(open) = self.before_dash_parenthesis(end, lo) {
                    if let Some(named) = self.named_between(open, end) {
                        return Some(named);
                    }
                    if let Some(named) = self.picked_out_in_dashes(open, end) {
                        return Some(named);
                    }
                    end = open;
                }
            }
        }
        // `Sen. Jack Reed (D-R.I.), said`: the parenthesis before the comma.
        if comma_before && end > lo + 1 && self.norm(end - 1) == ")" {
            if let Some(open) = (lo..end - 1).rev().find(|&k| self.norm(k) == "(") {
                end = open;
            }
        }
        let _ = si;
        // A relative clause: `two people who saw it said` → the people. One closed by a comma
        // may be long (`Trump, who previously questioned whether … border, said`).
        let reach = if comma_before {
            MAX_RELATIVE_TOKENS
        } else {
            MAX_SOURCE_TOKENS
        };
        let window_start = end.saturating_sub(reach).max(lo);
        // `Heineken, which also owns the Amstel brand, said`: a body's relative clause too.
        if let Some(w) = self.relative_pronoun(window_start, end, lo, comma_before) {
            // Not across another report: `X, who was in charge, said that detectives found…`.
            let clean = self.relative_clause_clean(w, end, comma_before);
            if clean {
                let ant = self.relative_antecedent(w, end, lo, comma_before);
                // `react as favorably to a candidate who has said…`: someone described as
                // the object of a preposition, not a source brought in.
                if ant.is_some_and(|(a, _)| {
                    a > lo
                        && matches!(self.norm(a), "a" | "an")
                        && PREPOSITIONS.contains(&self.norm(a - 1))
                }) {
                    return None;
                }
                let ant = ant.map(|ant| self.group_of_relative(ant, lo));
                return match ant {
                    // (`even economists who favor consumption taxes agree`.)
                    Some((a, b)) if a < b => {
                        Some((self.past(self.name_before(a, b, lo), b, &[FOCUSING]), end))
                    }
                    _ => Some((w, end)),
                };
            }
        }
        let (a, b) = self
            .np_before(end, lo)
            .map(|(a, b)| self.trim_to_head(a, b))?;
        if let Some(group) = self.striving_subject(a, end, lo) {
            return Some(group);
        }
        let a = self.left_in_state(a, b, end);
        // `defended Sanders as a mainstream candidate, mocked the party`: what someone was
        // called, in a series of the subject's verbs (`She, as a mother, said` keeps hers).
        if comma_before && a >= lo + 2 && self.norm(a - 1) == "as" && self.norm(a - 2) != "," {
            return None;
        }
        let mut a = self.past_focusing(a, b);
        // `Krueger, a professor at Princeton and a former chairman of the council, said`: two
        // descriptions of one person, the second joined by `and a`, are one apposition.
        if a > lo + 2
            && self.norm(a - 1) == "and"
            && matches!(self.norm(a), "a" | "an")
            && let Some((a0, _)) = self.np_before(a - 1, lo)
            && matches!(self.norm(a0), "a" | "an" | "the")
            && a0 > lo + 1
            && self.norm(a0 - 1) == ","
        {
            a = a0;
        }
        // Apposition: `NP1, NP2, said` — one of them a name, the other a role.
        if a > lo + 1 && self.norm(a - 1) == "," {
            if let Some((a1, _)) = self
                .np_before(a - 1, lo)
                .filter(|&(a1, e1)| self.appositive(a1, e1))
            {
                let named = (a1..a - 1).any(|k| {
                    self.entity_of(k)
                        .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                });
                let opens = self.apposition_opens(a1, (a, b), named, comma_before, lo);
                if opens && (comma_before || a1 == lo && self.described_twice(a1, a, b) || named) {
                    a = self.people_before_aged_name(a1, b, lo).unwrap_or(a1);
                }
            }
        }
        Some((self.name_before(a, b, lo), b))
    }

    /// `Relatives of one of the victims, Tomasz Nowak, 29, described…`: a name with an age
    /// (`a..b` ends in the number) in apposition to plural people of someone — where those
    /// people start, who speak.
    fn people_before_aged_name(&self, a: usize, b: usize, lo: usize) -> Option<usize> {
        let tokens = self.doc.tokens();
        if b == 0
            || tokens[b - 1].kind != TokenKind::Number
            || a < lo + 3
            || self.norm(a - 1) != ","
        {
            return None;
        }
        let (a0, e0) = self.np_before(a - 1, lo)?;
        // (The people open their clause: not the object of another verb, `wanted to meet
        // members of the public, Mr Fox, 52, said`.)
        let people_of = self.opens_clause(a0, lo)
            && (a0 + 1..e0).any(|j| {
                matches!(self.norm(j), "of" | "to" | "for")
                    && self.norm(j - 1).ends_with('s')
                    && people_noun(self.norm(j - 1))
            });
        (e0 == a - 1 && people_of && self.is_person(a)).then_some(a0)
    }

    /// The opening mark of a scare quote — one to four words in quotation marks, perhaps
    /// with a comma before the close — whose closing mark is token `close`, if it is one.
    pub(super) fn scare_quote_open(&self, close: usize, lo: usize) -> Option<usize> {
        let tokens = self.doc.tokens();
        let open = (close.saturating_sub(6).max(lo)..close)
            .rev()
            .find(|&k| tokens[k].is_open_quote())?;
        let inner = (open + 1..close)
            .filter(|&k| tokens[k].kind == TokenKind::Word)
            .count();
        let plain = (open + 1..close)
            .all(|k| tokens[k].kind == TokenKind::Word || matches!(self.norm(k), "," | "-" | "'"));
        (plain && (1..=4).contains(&inner)).then_some(open)
    }

    /// The antecedent `(a, b)` of a relative `who` without what opens it but is no part of the
    /// group: an existential `there are` (`There are experts who think…`) and a participle the
    /// group is the object of (`…, echoing security experts who say`).
    fn group_of_relative(&self, (a, b): (usize, usize), lo: usize) -> (usize, usize) {
        let there = (a..b.saturating_sub(2)).find(|&k| {
            self.norm(k) == "there" && matches!(self.norm(k + 1), "is" | "are" | "was" | "were")
        });
        let (a, b) = there.map_or((a, b), |k| (k + 2, b));
        let t = &self.doc.tokens()[a];
        let participle = b > a + 1
            && self.norm(a).ends_with("ing")
            && t.kind == TokenKind::Word
            && !t.is_capitalised()
            && a > lo
            && self.norm(a - 1) == ",";
        (a + usize::from(participle), b)
    }

    /// The noun phrase a relative pronoun at `w` stands for: the phrase before it (past a
    /// comma or dash); for `which`, a thing or a body, the noun after the phrase's last
    /// preposition, not the person before it (`an adviser for Labour, which denies…`; not inside
    /// a name: `The Bank of England, which…`). When the clause closes before the cue, the cue is
    /// the whole phrase's verb, whatever the clause describes (`Exit polls from the New Hampshire
    /// primary, which Mr. Trump won, showed…`: the polls).
    fn relative_antecedent(
        &self,
        w: usize,
        cue: usize,
        lo: usize,
        closed: bool,
    ) -> Option<(usize, usize)> {
        let ant_end = if w > lo && closes_clause(self.norm(w - 1)) {
            w - 1
        } else {
            w
        };
        let (a, b) = self.np_before(ant_end, lo)?;
        if self.norm(w) != "which" {
            // (`asking Clinton to repudiate the support of a retired general who…`: a phrase
            // after an infinitive's `to` opens with its verb; the antecedent is the last noun
            // phrase a determiner opens.)
            if a > lo && self.norm(a - 1) == "to" && !self.doc.tokens()[a].is_capitalised() {
                let det = (a + 1..b).rev().find(|&k| {
                    super::DETERMINERS.contains(&self.norm(k))
                        || matches!(
                            self.norm(k),
                            "some" | "many" | "several" | "most" | "few" | "other"
                        )
                });
                return Some(det.map_or((a, b), |k| (k, b)));
            }
            // (`denied by Mr Mandelson, who said…`: the agent, without its `by` — one who can
            // speak; with any noun, `sued by a make-up artist who claimed…` lost its
            // attribution, a case left for a later stop.)
            if self.norm(a) == "by"
                && b > a + 1
                && (people_noun(self.norm(b - 1)) || self.source_head(b - 1))
            {
                return Some((a + 1, b));
            }
            // (`approved despite fierce opposition from residents, who say…`: people after a
            // preposition, the thing before it no one who speaks.)
            if let Some(k) = (a + 1..b.saturating_sub(1))
                .rev()
                .find(|&k| matches!(self.norm(k), "from" | "among"))
                && people_noun(self.norm(b - 1))
                && !self.source_head(k - 1)
            {
                return Some((k + 1, b));
            }
            // (Only for the relative clause's own verb: a participle after the clause,
            // `rebuked critics who say…, saying`, is the main clause's subject's.)
            let own_verb = cue <= w + 4;
            return Some(
                own_verb
                    .then(|| self.object_of_clause(a, b))
                    .flatten()
                    .unwrap_or((a, b)),
            );
        }
        if closed {
            return Some((a, b));
        }
        let after_preposition = (a + 1..b.saturating_sub(1))
            .rev()
            .find(|&k| PREPOSITIONS.contains(&self.norm(k)))
            .filter(|&k| self.entity_of(k).is_none() && self.entity_of(k - 1).is_none());
        Some((after_preposition.map_or(a, |p| p + 1), b))
    }

    /// `President Obama passionately rebuked critics who say…`, `Ryder lined up with Priebus,
    /// who has said…`: when the phrase `a..b` before a relative `who` holds a clause — a person
    /// or a pronoun, then a verb in the past or a preposition — the antecedent is what follows
    /// the last of those (`critics`, `Priebus`), not the clause's subject.
    fn object_of_clause(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let k = (a + 1..b.saturating_sub(1)).rev().find(|&k| {
            let w = self.norm(k);
            // (A verb right after its subject or an adverb: not `a retired general`.)
            let verb = w.len() > 4
                && w.ends_with("ed")
                && (self.is_person(k - 1)
                    || self.adverb(k - 1)
                    || matches!(self.norm(k - 1), "he" | "she" | "they" | "we" | "i"));
            tokens[k].kind == TokenKind::Word
                && !tokens[k].is_capitalised()
                && (verb
                    || matches!(
                        w,
                        "with" | "to" | "at" | "against" | "from" | "for" | "by" | "on" | "about"
                    ))
        })?;
        let subject = (a..k).any(|j| {
            self.is_person(j) || matches!(self.norm(j), "he" | "she" | "they" | "we" | "i")
        });
        // (Only for a name or a vague group: `appointed a diplomacy chief who had accused…`
        // tells the story, and `performed well among voters who believe` counts a share.)
        let kind = self.classify(k + 1, b).0;
        (subject && matches!(kind, crate::SourceKind::Named | crate::SourceKind::Vague))
            .then_some((k + 1, b))
    }

    /// A subject pronoun right before `end`, the cue's subject whatever stands before it.
    fn pronoun_subject(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        // `He's said he gets his ideas…`, `they've said`: a pronoun with its auxiliary joined.
        if end <= lo {
            return None;
        }
        // `Nobody, he claimed, could…`, `In a letter to his constituency chairman he wrote`: a
        // subject pronoun right before the cue is the whole subject, whatever stands before it
        // (no noun phrase ends in one; a parenthetical cue does not reach back past it).
        let w = self.norm(end - 1);
        let bare = super::classify::bare_pronoun(w);
        (PERSON_PRONOUNS.contains(&bare)
            || GROUP_PRONOUNS.contains(&bare)
            // (`the website it mentions`: a clause without `that`; not `included on it told`,
            // where `it` is an object.)
            // (Nor `two people who saw it said`: the object of the relative clause's verb; `who
            // it says headed…` keeps it, the clause's subject.)
            || w == "it"
                && !(end > lo + 1 && PREPOSITIONS.contains(&self.norm(end - 2)))
                && !(end.saturating_sub(4).max(lo)..end.saturating_sub(2))
                    .any(|k| self.norm(k) == "who"))
        .then_some((end - 1, end))
    }

    /// The relative pronoun that opens the clause before the cue at `end`, read back from it to
    /// `from`. A clause a comma closes opens after a comma too; one inside it is its own: `The
    /// emails, which span 18 months and were provided by a person who worked on the project,
    /// show…` are the emails, not the person.
    fn relative_pronoun(
        &self,
        from: usize,
        end: usize,
        lo: usize,
        comma_before: bool,
    ) -> Option<usize> {
        let set_off = comma_before
            .then(|| {
                (from..end).rev().find(|&k| {
                    matches!(self.norm(k), "who" | "whose" | "which")
                        && k > lo
                        && self.norm(k - 1) == ","
                })
            })
            .flatten();
        set_off.or_else(|| {
            (from..end).rev().find(|&k| {
                (matches!(self.norm(k), "who" | "whose")
                    && (end - k <= MAX_SOURCE_TOKENS || k > lo && self.norm(k - 1) == ","))
                    || self.subject_relative_that(k, end, lo)
                    || self.norm(k) == "which"
                        // (`The Washington Post, which argued that…`: right before the cue
                        // too.)
                        && (comma_before || k + 1 == end)
                        && k > lo
                        && self.norm(k - 1) == ","
            })
        })
    }

    /// Does the relative clause from `w` (its `who`) to `end` run clean up to the cue — not
    /// across another report, a closing mark or a clause of its own?
    fn relative_clause_clean(&self, w: usize, end: usize, comma_before: bool) -> bool {
        let tokens = self.doc.tokens();
        (w + 1..end).all(|k| {
            // `minorities, who are more likely to vote, the lawsuit says`: the relative
            // clause closed before the subject.
            // (`who has gotten less credit than aides say`: a comparison has its own
            // subject; not in a clause a comma closes, `Trump, who has more money than
            // Bush, said`.)
            // (A scare quote inside the clause is part of it.)
            let scare = tokens[k].is_open_quote()
                && (k + 2..(k + 7).min(tokens.len()))
                    .find(|&j| tokens[j].is_close_quote())
                    .is_some_and(|j| self.scare_quote_open(j, k) == Some(k));
            let scare_close =
                tokens[k].is_close_quote() && self.scare_quote_open(k, w + 1).is_some();
            let comma_in_scare = self.norm(k) == ","
                && k + 1 < end
                && tokens[k + 1].is_close_quote()
                && self.scare_quote_open(k + 1, w + 1).is_some();
            // (A clause a comma closes right before the cue may hold its own report:
            // `O'Donnell, who said in an interview that he did not sign it, recalled…`.)
            let that = self.norm(k) == "that" && !comma_before;
            // (`one, who spoke on condition of anonymity because his firm advises the
            // company`: a clause of its own, with its own subject, the cue its verb.)
            let subordinate = !comma_before
                && matches!(
                    self.norm(k),
                    "because" | "although" | "though" | "since" | "unless" | "whereas"
                );
            let stop = !(scare || scare_close || comma_in_scare)
                && (that
                    || subordinate
                    || matches!(self.norm(k), ";" | ":" | "\"" | "'" | ",")
                    || !comma_before && self.norm(k) == "than"
                    || tokens[k].is_open_quote());
            let report = lexicon().speech_verbs.contains(self.norm(k))
                && k > w + 1
                && self.norm(k - 1) == ",";
            !stop && !report
        })
    }

    /// Where `I` or `we` opens a clause of the writer's contact with people that ends at `end`
    /// (`I spoke to`, `we talked with`, `I interviewed`), if one does.
    pub(super) fn contact_clause(&self, end: usize, lo: usize) -> Option<usize> {
        // (`an FBI official she spoke to on camera said`: someone a person in the story
        // interviewed is an unnamed source too, and how they spoke may follow.)
        // (A third person's only after the person they spoke to: `an official she spoke to`,
        // not `He spoke to reporters`.)
        let writer = |k: usize| {
            matches!(self.norm(k), "i" | "we")
                || matches!(self.norm(k), "she" | "he" | "they")
                    && k > lo
                    && people_noun(self.norm(k - 1))
        };
        let mut end = end;
        if end >= lo + 6
            && matches!(
                (self.norm(end - 2), self.norm(end - 1)),
                ("on", "camera" | "background") | ("by", "phone") | ("in", "person")
            )
        {
            end -= 2;
        }
        if end >= lo + 4
            && writer(end - 3)
            && matches!(
                self.norm(end - 2),
                "spoke" | "spoken" | "talked" | "speak" | "talk"
            )
            && matches!(self.norm(end - 1), "to" | "with")
        {
            return Some(end - 3);
        }
        (end >= lo + 3
            && writer(end - 2)
            && matches!(
                self.norm(end - 1),
                "interviewed" | "met" | "contacted" | "surveyed" | "questioned" | "polled"
            ))
        .then(|| end - 2)
    }

    /// `Progressive organizations that have endorsed him say`, `Unions that represent the
    /// workers say`: is the `that` at `k` a relative pronoun, the subject of its clause — after
    /// people or bodies, before a verb — rather than the `that` opening what was said?
    fn subject_relative_that(&self, k: usize, end: usize, lo: usize) -> bool {
        let lex = lexicon();
        k > lo
            // (The clause may be its verb alone once a time after it is set aside: `A report
            // that appeared on Sunday said`.)
            && (k + 2 < end
                || k + 1 < end
                    && !self.doc.tokens()[k + 1].is_capitalised()
                    && (self.norm(k + 1).ends_with("ed")
                        || matches!(self.norm(k + 1), "went" | "came" | "ran" | "was")))
            && end - k <= MAX_SOURCE_TOKENS
            // (`groups that represent…`; and a singular body or person, `The company that
            // owns the plant said`, `the charity which runs the shelter said`, with a verb in
            // -s or -ed after it.)
            && (self.norm(k) == "that" || self.norm(k) == "which" && self.norm(k - 1) != ",")
            && {
                let noun = self.norm(k - 1);
                let singular_verb = super::verb_shaped(self.norm(k + 1));
                (noun.ends_with('s') || singular_verb)
                    && (people_noun(noun)
                        || lex.body_plurals.contains(noun)
                        || lex.body_nouns.contains(&noun))
                    // (`A report that was published last week said…`, `A video that went
                    // viral appeared to show…`: material and documents have relative clauses
                    // too; stop 74, the source was `was published`.)
                    || (singular_verb
                        || matches!(self.norm(k + 1), "was" | "is" | "has" | "went" | "came"))
                        && (lex.social_material.contains(noun)
                            || lex.research_nouns.contains(noun)
                            || lex.document_nouns.contains(noun))
            }
            && {
                let verb = self.norm(k + 1);
                // (A plural present has no ending to show it: the few verbs of standing for
                // someone are named.)
                super::verb_shaped(verb)
                    || super::MODALS.contains(&verb)
                    || matches!(
                        verb,
                        "have"
                            | "had"
                            | "has"
                            | "are"
                            | "were"
                            | "was"
                            | "is"
                            | "went"
                            | "do"
                            | "did"
                            | "represent"
                            | "support"
                            | "oppose"
                            | "back"
                    )
            }
    }

    /// Is `a..b` a newsroom: an outlet named or known by its kind, or its reporters (`the BBC
    /// News website`, `Reuters`, `the newspaper`, `reporters`, `we`)?
    pub(super) fn newsroom(&self, a: usize, b: usize) -> bool {
        let lex = lexicon();
        (a..b).any(|k| {
            let w = self.norm(k);
            lex.outlet_type_nouns.contains(w)
                || matches!(w, "reporters" | "journalists" | "news" | "we" | "us")
                || self
                    .entity_of(k)
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Outlet)
        })
    }

    /// `Democrats trying to regain control of the Senate say`, `Republicans hoping to block the
    /// bill argue`: the phrase before the cue at `a` is the object of an infinitive that a
    /// participle of striving brings to the subject before it; that subject speaks (not `the
    /// Senate`, not `the bill`).
    /// (Not for a participle cue, whose subject is the noun before it: `people trying to browse
    /// the site get a message saying…`.)
    fn striving_subject(&self, a: usize, cue: usize, lo: usize) -> Option<(usize, usize)> {
        if a < lo + 3 || self.norm(a - 1) != "to" || self.norm(cue).ends_with("ing") {
            return None;
        }
        let striving = matches!(
            self.norm(a - 2),
            "trying"
                | "hoping"
                | "seeking"
                | "looking"
                | "working"
                | "fighting"
                | "attempting"
                | "aiming"
                | "pushing"
                | "struggling"
                | "scrambling"
                | "vying"
                | "racing"
                | "battling"
                | "campaigning"
                | "wanting"
                | "planning"
        );
        let tokens = self.doc.tokens();
        if !striving || tokens[a - 2].is_capitalised() {
            return None;
        }
        let (a0, b0) = self
            .np_before(a - 2, lo)
            .map(|(a0, b0)| self.trim_to_head(a0, b0))?;
        (b0 == a - 2 && !self.has_verb(a0, b0)).then(|| (self.past_focusing(a0, b0), b0))
    }

    /// `leaving progressives fearful that…`, `The news left many worried that…`: a state of
    /// mind someone is left or kept in is theirs, the object of `leave`, not the subject's (the
    /// phrase `a..b` before the cue at `cue` ran back over the verb).
    fn left_in_state(&self, a: usize, b: usize, cue: usize) -> usize {
        let w = self.norm(cue);
        let state = super::STATE_ADJECTIVES.contains(&w)
            || matches!(w, "worried" | "concerned" | "convinced" | "wondering");
        let verb = (a..b).rev().find(|&k| {
            matches!(
                self.norm(k),
                "left" | "leaving" | "leaves" | "leave" | "kept" | "keeping" | "keeps"
            )
        });
        match verb {
            Some(k) if state && k + 1 < b && !self.doc.tokens()[k].is_capitalised() => k + 1,
            _ => a,
        }
    }

    /// The subject `a..b` starts past its sentence and focusing adverbs: `Later the prime
    /// minister said`, `even some technologists say` (neither adverb is part of who speaks).
    fn past_focusing(&self, a: usize, b: usize) -> usize {
        self.past(a, b, &[SENTENCE_ADVERBS, FOCUSING])
    }

    /// `a`, moved past the words of `lists` that open `a..b` (its last word kept).
    fn past(&self, mut a: usize, b: usize, lists: &[&[&str]]) -> usize {
        while a + 1 < b && lists.iter().any(|l| l.contains(&self.norm(a))) {
            a += 1;
        }
        a
    }

    /// `Cory James, 22, of Flint, Mich., said`, `Fred Hasson, head of Tiga, which…, said`: when
    /// `a..b` names nobody, the person named up to four comma-separated chunks before it, if
    /// the chunks between are appositions. Returns the new start (or `a`).
    pub(super) fn name_before(&self, a: usize, b: usize, lo: usize) -> usize {
        // A person named in the chunk, not a possessive (`Mr Spitzer's office`).
        let person = |k: usize| {
            self.entity_of(k).is_some_and(|e| {
                let ent = &self.entities[e];
                ent.kind == EntityKind::Person && !self.norm(ent.tokens.end - 1).ends_with("'s")
            })
        };
        if (a..b).any(person) {
            return a;
        }
        let lex = lexicon();
        let mut start = a;
        // `The former first lady and U.S. senator`: roles joined by `and` are one source.
        let mut joined = a;
        for _ in 0..4 {
            // `vice president and chief operating officer`: two roles joined.
            // `The former first lady and U.S. senator`: a multi-word title before `and`.
            if start >= lo + 2 && self.norm(start - 1) == "and" && {
                let w = self.norm(start - 2);
                lex.role_nouns.contains(w)
                    || lex.titles.contains(w)
                    || (start.saturating_sub(4).max(lo)..start - 1).any(|k| {
                        lex.titles.longest_in(self.doc, k, start - 1) == Some(start - 1 - k)
                    })
            } {
                match self.np_before(start - 1, lo) {
                    Some((c0, _)) if !self.has_verb(c0, start - 1) => {
                        start = c0;
                        joined = c0;
                        continue;
                    }
                    _ => break,
                }
            }
            if start < lo + 2 || self.norm(start - 1) != "," {
                break;
            }
            let Some((c0, _)) = self.np_before(start - 1, lo) else {
                break;
            };
            if start - 1 - c0 > 8 || self.has_verb(c0, start - 1) || self.norm(c0).ends_with("ing")
            {
                break;
            }
            if (c0..start - 1).any(person) {
                return if self.opens_clause(c0, lo) { c0 } else { a };
            }
            start = c0;
        }
        joined
    }

    /// Does `a..b` hold an auxiliary or a form of `be` (a clause, not a noun phrase)?
    pub(super) fn has_verb(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            matches!(
                self.norm(k),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "did"
                    | "does"
                    | "do"
            )
        })
    }

    /// Can `a..b` stand in apposition to a source (`Dana Reyes`, `a spokeswoman`)? Not a clause
    /// (`The bill is doomed in the Senate, one strategist predicted`).
    pub(super) fn appositive(&self, a: usize, b: usize) -> bool {
        // `Speaking on BBC One, he said`: a participle or prepositional phrase is not one.
        let first = self.norm(a);
        b - a <= 8
            && !first.ends_with("ing")
            && !matches!(
                first,
                "in" | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "after"
                    | "before"
                    | "during"
                    | "from"
                    | "by"
                    | "under"
                    | "over"
                    | "despite"
                    | "according"
            )
            && !self.has_verb(a, b)
            && self.looks_like_source(a, b)
    }

    /// `comment on the reports` → `the reports`: when the words before a preposition hold no
    /// possible source, the source is the phrase after it.
    pub(super) fn trim_to_head(&self, a: usize, b: usize) -> (usize, usize) {
        let Some(p) = (a + 1..b.saturating_sub(1))
            .find(|&k| matches!(self.norm(k), "on" | "about" | "over" | "into"))
        else {
            return (a, b);
        };
        // (`a video on TikTok`, `posts on Facebook`: what is on the platform is the source.)
        let lex = lexicon();
        // (`A post shared more than 50,000 times on Facebook`: posted, then how widely.)
        let posted_on = lex.social_material.contains(self.norm(p - 1))
            || lex.social_posters.contains(self.norm(p - 1))
            || (a + 1..p).any(|k| self.posted_material(k));
        if self.looks_like_source(a, p) || posted_on {
            (a, b)
        } else {
            (p + 1, b)
        }
    }

    /// `A video posted on TikTok`, `images shared on Telegram`: token `k` is a participle
    /// after what is posted (`users posted`, `the account posted` are who posts).
    pub(super) fn posted_material(&self, k: usize) -> bool {
        k > 0
            && matches!(self.norm(k), "posted" | "shared" | "uploaded")
            && lexicon().social_material.contains(self.norm(k - 1))
    }

    /// Does a role and its subject end right before `to` (token `to`): `adviser on climate
    /// change to`, `envoy for Middle East peace to` — at most four words of subject after `on`
    /// or `for`, the role a word of the people, role or title lists, and whom it serves a
    /// name or brought in by `the` (not `a colleague on using Civilisation III to teach`)?
    fn role_on_topic_before(&self, to: usize, lo: usize) -> bool {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let served = tokens.get(to + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && (t.is_capitalised() || self.norm(to + 1) == "the")
        });
        served
            && (to.saturating_sub(5).max(lo + 1)..to.saturating_sub(1))
                .rev()
                .take_while(|&j| tokens[j].kind == TokenKind::Word)
                .find(|&j| matches!(self.norm(j), "on" | "for"))
                .is_some_and(|j| {
                    let role = self.norm(j - 1);
                    lex.role_nouns.contains(role)
                        || lex.titles.contains(role)
                        || lex.anon_nouns.contains(role)
                        || lex.people_nouns.contains(&role)
                        || lex.official_source_nouns.contains(role)
                })
    }

    /// `A memo circulated to staff`, `a letter sent to parents`: is token `k` a participle of
    /// sending right after a document noun (the document, and where it went)?
    pub(super) fn sent_document(&self, k: usize) -> bool {
        k > 0
            && matches!(
                self.norm(k),
                "circulated" | "distributed" | "sent" | "leaked" | "handed" | "addressed"
            )
            && lexicon().document_nouns.contains(self.norm(k - 1))
    }

    /// Does the token before `k` (its form `n`) join the capitalised words around it into one
    /// name: `and` inside a name opened by `of`, `for` or `the` (`the Police Federation of
    /// England and Wales`, `the Trade and Industry Secretary`; not two subjects, `Tote King
    /// and Manuel Millan`), or an ampersand (`Marks & Spencer`, `JPMorgan Chase & Co.`)?
    fn joins_name(&self, n: &str, k: usize, end: usize, lo: usize) -> bool {
        let tokens = self.doc.tokens();
        if k < 2 || k >= end || !tokens[k - 2].is_capitalised() || !tokens[k].is_capitalised() {
            return false;
        }
        n == "&"
            || n == "and" && {
                let mut j = k - 2;
                while j > lo && tokens[j - 1].is_capitalised() {
                    j -= 1;
                }
                j > lo && matches!(self.norm(j - 1), "of" | "for" | "the")
            }
    }

    /// The noun phrase ending just before `end`, going left while tokens can belong to one.
    pub(super) fn np_before(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        // `win over opponents to the scheme by saying`: who acts `by` doing is the clause's
        // subject, not the noun before `by`.
        if end > lo && matches!(self.norm(end - 1), "by" | "for" | "from" | "without") {
            return None;
        }
        let mut k = end;
        while k > lo && end - k < MAX_SOURCE_TOKENS {
            let t = &tokens[k - 1];
            // `all unnamed "allies" of Mr Blair`: a word or two in scare quotes inside the
            // phrase, after a plain word, are part of it.
            if t.is_close_quote() && k < end {
                let open = (k.saturating_sub(5).max(lo + 1)..k - 1)
                    .rev()
                    .find(|&j| tokens[j].is_open_quote())
                    .filter(|&j| {
                        j + 1 < k - 1
                            && (j + 1..k - 1).all(|m| tokens[m].kind == TokenKind::Word)
                            && tokens[j - 1].kind == TokenKind::Word
                            && (!tokens[j - 1].is_capitalised()
                                || tokens[j - 1].is_sentence_start())
                            && !SUBJECT_STOPS.contains(&self.norm(j - 1))
                            && !lex.speech_verbs.contains(self.norm(j - 1))
                    });
                if let Some(j) = open {
                    k = j;
                    continue;
                }
            }
            let n = self.doc.norm(t);
            let name_and = self.joins_name(n, k, end, lo);
            // `The Democratic front-runner and former secretary of state said`: two
            // descriptions of one person (`Smith and former aides` stays two).
            let role_and = n == "and"
                && k < end
                && matches!(self.norm(k), "former" | "current" | "then" | "one-time")
                && k >= 2
                && tokens[k - 2].kind == TokenKind::Word
                && !tokens[k - 2].is_capitalised()
                && !self.norm(k - 2).ends_with('s');
            // `the trade and industry secretary`: one portfolio's title.
            let title_and = n == "and"
                && k >= 3
                && k < end
                && self.norm(k - 3) == "the"
                && tokens[k - 2].kind == TokenKind::Word
                && !tokens[k - 2].is_capitalised()
                && (lex.titles.contains(self.norm(end - 1))
                    || lex.role_nouns.contains(self.norm(end - 1)));
            // `Edwards and others said`, `John Edwards and several other Democrats said`: a
            // name and the others with them; the name puts it on record.
            let others_and = n == "and"
                && k >= 2
                && k < end
                && tokens[k - 2].is_capitalised()
                && (self.entity_of(k - 2).is_some()
                    || !people_noun(self.norm(k - 2))
                        && !lex.body_nouns.contains(&self.norm(k - 2))
                        && !lex.body_plurals.contains(self.norm(k - 2))
                        && !lex
                            .stopwords_cap
                            .contains(self.doc.text(tokens[k - 2].span())))
                && (k..end.min(k + 3)).any(|j| matches!(self.norm(j), "others" | "other"));
            // `Mortgage lenders and economists have predicted`: two groups, one subject.
            // (`Democrats and Republicans have argued`: two parties' members too.)
            let party = |j: usize| super::PARTY_MEMBERS.contains(&self.norm(j));
            let groups_and = n == "and"
                && k >= 2
                && k < end
                && (self.plural_group(k - 2) && self.plural_group(end - 1)
                    || party(k - 2) && party(end - 1));
            let part = name_and
                || self.prepositional_and(k - 1, lo)
                || others_and
                || groups_and
                || title_and
                || role_and
                || match t.kind {
                    TokenKind::Word | TokenKind::Number => {
                        // `people close to him`, `two officials familiar with the plan`, `other
                        // advisers to the island's government`, `some contributors to the
                        // forums`.
                        let frame = k >= 2
                            && matches!(n, "to" | "with" | "on" | "in" | "about" | "of")
                            && (lexicon().knowledge_adjectives.contains(&self.norm(k - 2))
                                || n == "to" && {
                                    let w = self.norm(k - 2);
                                    // (`A letter to platform committee members`: the
                                    // document is the source.)
                                    lex.anon_nouns.contains(w)
                                        || lex.people_nouns.contains(&w)
                                        || lex.generic_groups.contains(&w)
                                        || lex.weasel_groups.contains(w)
                                        || lex.document_nouns.contains(w)
                                        // (`A memo circulated to staff shows…`.)
                                        || k >= 3 && self.sent_document(k - 2)
                                        // (`an adviser on climate change to President Bush`:
                                        // a role with its subject before the one it serves.)
                                        || self.role_on_topic_before(k - 1, lo)
                                });
                        // (`A post shared more than 50,000 times`: a count, not a comparison.)
                        let count = n == "than" && self.count_after_than(k, end);
                        frame
                            || count
                            || !SUBJECT_STOPS.contains(&n)
                                && (!lex.speech_verbs.contains(n)
                                    // (`Reports from Russia say`: the noun.)
                                    || lex.report_nouns.contains(&n)
                                    || k == end
                                    || ADJECTIVAL_VERBS.contains(&n)
                                    // (`Judicial sources cited by Le Monde said`: who cited
                                    // them, as `quoted by`.)
                                    || n == "cited" && k < end && self.norm(k) == "by"
                                    || self.posted_material(k - 1)
                                    // (`People briefed on the talks said`: a participle of
                                    // knowing before its preposition.)
                                    || k < end
                                        && lexicon().knowledge_adjectives.contains(&n)
                                        && matches!(self.norm(k), "on" | "about")
                                    // (`A nurse accused of theft said`: the charge describes
                                    // the person.)
                                    || k < end
                                        && k >= 2
                                        && super::charge_participle(n, self.norm(k))
                                        && people_noun(self.norm(k - 2)))
                                && !lex.nonresponse.contains(n)
                    }
                    // `47% say`, `O'Neill`, `AT&T`, `of Flint, Mich., said`.
                    TokenKind::Punct => {
                        self.between_adjectives(k - 1, end)
                            || !t.has_space_before()
                                && (matches!(n, "'" | "-" | "&" | "%")
                                    || n == "."
                                        && k >= 2
                                        && tokens[k - 2].is_capitalised()
                                        && self.norm(k - 2).len() <= 4)
                    }
                    TokenKind::Quote => false,
                };
            if !part {
                break;
            }
            // `of the £750m the prime minister pledged`: a determiner after a number opens a
            // new phrase (the number is the object of a clause the cue sits in).
            if k < end
                && (t.kind == TokenKind::Number || n.starts_with(|c: char| c.is_ascii_digit()))
                && matches!(self.norm(k), "the" | "a" | "an")
            {
                break;
            }
            // `According to Jupiter Research 40% of homes say`, `according to a Gallup poll 60
            // percent of voters say`: a share counted opens its phrase; the name or the document
            // before it is another phrase's.
            if k < end
                && k >= 2
                && t.kind == TokenKind::Number
                && matches!(self.norm(k), "%" | "percent" | "per")
                && tokens[k - 2].kind == TokenKind::Word
                && (tokens[k - 2].is_capitalised() && !tokens[k - 2].is_sentence_start()
                    || lex.document_nouns.contains(self.norm(k - 2))
                    || lex.report_nouns.contains(&self.norm(k - 2)))
            {
                k -= 1;
                break;
            }
            k -= 1;
        }
        (k < end).then_some((k, end))
    }

    /// `Experts on North Korea and nuclear nonproliferation said`, `Officials in Paris and
    /// Berlin said`: is the `and` at `k` one joining two objects of a preposition after a plural
    /// noun of people that opens the clause (`lo`, at most three plain words before it)? Only
    /// plain words stand between the preposition and the `and`.
    fn prepositional_and(&self, k: usize, lo: usize) -> bool {
        if self.norm(k) != "and" || k < lo + 3 {
            return false;
        }
        let tokens = self.doc.tokens();
        let Some(prep) = (k.saturating_sub(4).max(lo + 1)..k - 1).rev().find(|&j| {
            matches!(
                self.norm(j),
                "on" | "in" | "of" | "from" | "at" | "for" | "about"
            )
        }) else {
            return false;
        };
        let head = prep - 1;
        let w = self.norm(head);
        let plain = |j: usize| {
            tokens[j].kind == TokenKind::Word
                && !self.has_verb(j, j + 1)
                && !lexicon().speech_verbs.contains(self.norm(j))
        };
        if !(w.ends_with('s')
            && (!tokens[head].is_capitalised() || tokens[head].is_sentence_start())
            && people_noun(w)
            && (prep + 1..k).all(plain))
        {
            return false;
        }
        // (The clause may open after a fronted phrase: `On Monday, experts on North Korea and
        // nuclear nonproliferation said`.)
        let starts = crate::clause::ClauseStarts::of(self.doc, lo, k);
        (head.saturating_sub(3).max(lo)..=head)
            .rev()
            .find(|&j| starts.holds(j))
            .is_some_and(|open| (open..head).all(|j| plain(j) && !super::verb_shaped(self.norm(j))))
    }

    /// `the bespectacled, 71-year-old diplomat`, `a tall, thin man`: is the comma at `c` one
    /// between two adjectives of a determiner's noun (before `end`, the noun after them)?
    pub(super) fn between_adjectives(&self, c: usize, end: usize) -> bool {
        let tokens = self.doc.tokens();
        c >= 2
            && c + 2 < end
            && self.norm(c) == ","
            && matches!(self.norm(c - 2), "the" | "a" | "an")
            && [c - 1, c + 1].iter().all(|&k| {
                tokens[k].kind == TokenKind::Word
                    && !tokens[k].is_capitalised()
                    && adjective_shaped(self.norm(k))
            })
    }

    /// `…, something aides confirmed`, `- a claim his lawyers dispute`: where the phrase at
    /// `a` (before `b`) opens with a noun that sums up the clause before its comma or dash
    /// (after `a`, `an` or `one`, before `that`), the first token after it.
    pub(super) fn past_resumptive_noun(&self, a: usize, b: usize) -> Option<usize> {
        let noun = a + usize::from(matches!(self.norm(a), "a" | "an" | "one"));
        let after = noun + 1 + usize::from(noun + 1 < b && self.norm(noun + 1) == "that");
        let sums_up = lexicon().resumptive_nouns.contains(self.norm(noun));
        (a > 0 && after < b && sums_up && matches!(self.norm(a - 1), "," | "-" | "—" | "–" | "--"))
            .then_some(after)
    }

    /// `Last year, a street survey` → `a street survey`: a fronted time or place adverbial
    /// before the first comma of a source phrase is not part of it.
    pub(super) fn without_fronted_adverbial(&self, (a, b): (usize, usize)) -> (usize, usize) {
        // `…, something aides confirmed`: the noun that sums up the clause before is what they
        // said, not who.
        if let Some(k) = self.past_resumptive_noun(a, b) {
            return (k, b);
        }
        // `given Mr. Trump's comments saying…`: the preposition is not part of the speaker.
        if b > a + 1
            && matches!(
                self.norm(a),
                "given" | "amid" | "despite" | "over" | "after" | "with"
            )
        {
            return self.without_fronted_adverbial((a + 1, b));
        }
        if let Some(k) = self.fronted_time(a, b) {
            return self.without_fronted_adverbial((k, b));
        }
        let Some(comma) = (a..b).find(|&k| self.norm(k) == ",") else {
            return (a, b);
        };
        let first = self.norm(a);
        // `Most recently, the Directorate…`, `More importantly, critics…`: an adverb, not a
        // quantified group.
        let graded_adverb = comma == a + 2
            && matches!(first, "most" | "more" | "less")
            && self.norm(a + 1).ends_with("ly");
        let fronted = FRONTING_PREPOSITIONS.contains(&first)
            || SENTENCE_ADVERBS.contains(&first)
            || graded_adverb
            || matches!(
                first,
                "last"
                    | "earlier"
                    | "later"
                    | "yesterday"
                    | "today"
                    | "this"
                    | "these"
                    | "next"
                    | "even"
                    | "then"
                    | "still"
                    | "now"
                    // (`Like most Democrats, Mrs. Clinton's strategists say`: a comparison.)
                    | "like"
                    | "unlike"
                    | "among"
                    | "besides"
                    | "across"
                    | "throughout"
            );
        // (`In Sri Lanka, some economists`: a place in the adverbial is not who speaks; a
        // person there may be: `After Smith, the senator said` is rare, `With Smith, aides`
        // rarer still, so a person keeps the phrase whole.)
        let no_one = (a..comma).all(|k| !self.is_person(k));
        if fronted && no_one && comma + 1 < b {
            (comma + 1, b)
        } else {
            (a, b)
        }
    }

    /// `This week a judge claimed…`, `On Monday a spokesman said…`, `Earlier this month a senior
    /// official said…`: a time set before the subject without a comma is not who speaks; where
    /// the subject starts after it. Only a phrase that opens like a time and holds a word of
    /// time (`In Washington officials said` keeps its place; `Last year's winner` its possessive).
    fn fronted_time(&self, a: usize, b: usize) -> Option<usize> {
        const OPENERS: &[&str] = &[
            "on",
            "in",
            "at",
            "during",
            "since",
            "by",
            "over",
            "this",
            "last",
            "next",
            "earlier",
            "later",
            "early",
            "late",
            "yesterday",
            "today",
            "tonight",
            "overnight",
        ];
        if !OPENERS.contains(&self.norm(a)) {
            return None;
        }
        // (The phrase ends at its last word of time: `In recent years the leader of…` keeps
        // its `the`.)
        let mut timed = false;
        let mut end = a;
        let mut k = a;
        while k < b && k < a + 6 {
            let w = self.norm(k);
            // (A number is a year, or a date by its month: not `In 2015 two officials`' count.)
            let year = w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit());
            let date = self.doc.tokens()[k].kind == TokenKind::Number
                && (k > a && self.month_or_day(k - 1) || k + 1 < b && self.month_or_day(k + 1));
            if TIME_NOUNS.contains(&w) || self.month_or_day(k) || year || date {
                timed = true;
                end = k + 1;
            } else if !OPENERS.contains(&w)
                && !matches!(
                    w,
                    "the" | "of" | "that" | "recent" | "past" | "same" | "previous" | "first"
                )
            {
                break;
            }
            k += 1;
        }
        let mut k = end;
        let possessive = k < b && matches!(self.norm(k), "'s" | "’s" | "'" | "’");
        // (`Last year, a street survey…`: the comma closing the time goes with it.)
        if k + 1 < b && self.norm(k) == "," {
            k += 1;
        }
        (timed && k > a && k < b && !possessive).then_some(k)
    }

    /// `is a view endorsed by recent polls suggesting…` → `recent polls`: after a clause's
    /// passive participle, the agent after `by` is the source (`one musician quoted by the
    /// report`, no clause, is left whole).
    pub(super) fn passive_agent(&self, (a, b): (usize, usize)) -> (usize, usize) {
        match (a + 2..b.saturating_sub(1)).find(|&k| {
            self.norm(k) == "by"
                && self.norm(k - 1).ends_with("ed")
                && self.clause_like(a, k - 1)
                // (`Schultz, who is reviled by progressives, said`: a relative clause's agent is
                // not who speaks.)
                && !(a..k).any(|j| matches!(self.norm(j), "who" | "which" | "that" | ","))
        }) {
            Some(k) => (k + 1, b),
            None => (a, b),
        }
    }

    /// `His choice will disappoint some senior members, who…` → `some senior members, who`:
    /// a subject found through a relative clause may not run back into the clause before it
    /// (a modal or auxiliary and its verb end that clause).
    pub(super) fn without_leading_clause(&self, (a, b): (usize, usize)) -> (usize, usize) {
        // `It's a strategy some believe…`: a group quantifier after a clause opens the subject.
        if matches!(self.norm(a), "it's" | "that's" | "it" | "this" | "that") {
            if let Some(q) = (a + 1..b).find(|&k| matches!(self.norm(k), "some" | "many" | "most"))
            {
                return (q, b);
            }
        }
        // `Marco Rubio, who many feel need…`, `a man who many believe betrayed…`: a group
        // quantifier right after a relative pronoun is the clause's subject, the pronoun its
        // object.
        if let Some(q) = (a + 1..b).rev().find(|&k| {
            matches!(self.norm(k), "some" | "many" | "most" | "others")
                && matches!(self.norm(k - 1), "who" | "whom")
        }) {
            return (q, b);
        }
        // `Schultz, who critics believed was…`: a group of people right after the pronoun,
        // the cue right after the group, is that clause's subject (`Mr Aitken, who lives in
        // Cleveland, said`, `who he says asked…` are not such).
        if let Some(q) = (a + 1..b)
            .rev()
            .find(|&k| matches!(self.norm(k - 1), "who" | "whom"))
        {
            let lex = lexicon();
            let words: Vec<&str> = (q..b).map(|k| self.norm(k)).collect();
            let group = |w: &str| {
                lex.generic_groups.contains(w)
                    || lex.market_sources.contains(w)
                    || lex.anon_nouns.contains(w)
            };
            let subject = match words.as_slice() {
                [w] | ["the" | "some" | "many" | "most" | "several" | "other", w] => group(w),
                _ => false,
            };
            if subject {
                return (q, b);
            }
        }
        // `as the coronation many pundits forecast`: a group quantifier right after a noun opens
        // a relative clause without `that`; the group is its subject.
        let tokens = self.doc.tokens();
        if let Some(q) = (a + 1..b).find(|&k| {
            matches!(self.norm(k), "some" | "many" | "most")
                && tokens[k - 1].kind == TokenKind::Word
                && !tokens[k - 1].is_capitalised()
                && !SUBJECT_STOPS.contains(&self.norm(k - 1))
                && !FRONTING_PREPOSITIONS.contains(&self.norm(k - 1))
                && !BEFORE_A_GROUP.contains(&self.norm(k - 1))
                // (`I doubt many PC lovers would…`: after a verb the group is its object.)
                && !lexicon().speech_verbs.contains(self.norm(k - 1))
                && !lexicon().cognition_verbs.contains(self.norm(k - 1))
                && !lexicon().attitude_verbs.contains(self.norm(k - 1))
                && !lexicon().base_forms.contains(self.norm(k - 1))
                && !self.norm(k - 1).ends_with("'s")
                && !self.norm(k - 1).ends_with("ly")
                // (Not the object of a verb in the subject's own relative clause: `Shane Shook,
                // an expert who has helped investigate some of the breaches, said`.)
                && !(a..k).any(|j| matches!(self.norm(j), "who" | "whose" | "which"))
        }) {
            if q + 1 < b {
                return (q, b);
            }
        }
        let Some(m) = (a..b).rev().find(|&k| CLAUSE_VERBS.contains(&self.norm(k))) else {
            return (a, b);
        };
        // (Not the verb of the phrase's own relative clause: `one GOP strategist who has run
        // several campaigns and who requested anonymity`.)
        if (a..m).any(|k| matches!(self.norm(k), "who" | "whose" | "which")) {
            return (a, b);
        }
        let start = m + 2;
        let relative = (start..b).any(|k| matches!(self.norm(k), "who" | "whose"));
        if relative && start + 1 < b {
            (start, b)
        } else {
            (a, b)
        }
    }

    /// Is `a..b` a clause rather than a noun phrase: it holds an auxiliary or a modal verb
    /// (`the plans could improve`, `the diplomat couldn't recall`, `it's proof`)?
    pub(super) fn clause_like(&self, a: usize, b: usize) -> bool {
        let tokens = self.doc.tokens();
        (a..b).any(|k| {
            let w = self.norm(k);
            // (`said Will Doyle`: a capital before a capital is a name, not a modal.)
            let in_name = tokens[k].is_capitalised() && k + 1 < b && tokens[k + 1].is_capitalised();
            // (`a profit in May`: the month, not the modal.)
            let month = w == "may" && tokens[k].is_capitalised() && !tokens[k].is_sentence_start();
            !in_name && !month && CLAUSE_VERBS.contains(&w)
                // (`don't`, `needn't`: an auxiliary the list lacks, then `not`.)
                || w == "not" && k > a && matches!(self.norm(k - 1), "do" | "need" | "dare" | "ought")
                || (k == a && matches!(w, "it's" | "there's" | "that's" | "he's" | "she's"))
        })
    }

    /// Does `a..b` name someone who can speak (a name, a body, a source noun, a role, a group,
    /// a pronoun)? Used to tell inversion (`…, said a senior official`) from a clause.
    pub(super) fn looks_like_source(&self, a: usize, b: usize) -> bool {
        let lex = lexicon();
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        let report_head = |w: &str| {
            lex.document_nouns.contains(w)
                || lex.report_nouns.contains(w) && !w.ends_with("ing") && !w.ends_with("ly")
        };
        (a..b).any(|k| self.entity_of(k).is_some())
            || (0..words.len()).any(|k| {
                let rest = &words[k..];
                lex.anon_nouns.longest(rest).is_some()
                    || lex.role_nouns.longest(rest).is_some()
                    || lex.titles.longest(rest).is_some()
                    || lex.weasel_groups.longest(rest).is_some()
            })
            || words.iter().any(|w| {
                PERSON_PRONOUNS.contains(w)
                    || GROUP_PRONOUNS.contains(w)
                    || lexicon().people_nouns.contains(w)
                    || lexicon().person_nouns.contains(w)
                    || lexicon().body_nouns.contains(w)
                    // (`…, warned the magazine.`, `…, said the newspaper.`: an outlet.)
                    || lex.outlet_type_nouns.contains(w)
            })
            // `…, said the report.`: a document or report as the head.
            || words.last().is_some_and(|w| report_head(w))
            // `…, suggests a report into search habits.`: the head before what it is about.
            || (0..words.len().min(3)).any(|k| {
                report_head(words[k])
                    && words.get(k + 1).is_some_and(|w| {
                        matches!(*w, "into" | "of" | "on" | "by" | "for" | "from" | "about")
                    })
            })
            || age_description(&words)
            || {
                // `one Republican involved in the planning`: the head before a participle or
                // a preposition.
                let head_end = (a + 1..b)
                    .find(|&k| {
                        let w = self.norm(k);
                        !self.doc.tokens()[k].is_capitalised()
                            && (lex.knowledge_adjectives.contains(&w)
                                || matches!(w, "in" | "at" | "of" | "from" | "with" | "for"))
                    })
                    .unwrap_or(b);
                head_end - a <= 3
                    && (a..head_end).any(|k| {
                    // `The harbour master`, `Her opponent`, not `In previous seasons`.
                    let w = self.norm(k);
                    self.doc.tokens()[k].is_capitalised()
                        && !FRONTING_PREPOSITIONS.contains(&w)
                        && !CLAUSE_CONJUNCTIONS.contains(&w)
                        && !SENTENCE_ADVERBS.contains(&w)
                    })
            }
    }

    /// Is token `k` a plural noun for people, in lower case (`lenders`, `economists`)?
    pub(super) fn plural_group(&self, k: usize) -> bool {
        let w = self.norm(k);
        let t = &self.doc.tokens()[k];
        t.kind == TokenKind::Word
            && (!t.is_capitalised() || t.is_sentence_start())
            && w.len() > 3
            && w.ends_with('s')
            && people_noun(w)
    }

    /// Does the word before `i` — or the one before that, past an adverb in -ly — answer `is`
    /// (not reaching before `lo`)? (`is widely regarded`, `Smith, widely regarded as…`.)
    pub(super) fn before_past_adverb(
        &self,
        i: usize,
        lo: usize,
        is: impl Fn(&str) -> bool,
    ) -> bool {
        (1..=2).any(|back| {
            i >= lo + back && is(self.norm(i - back)) && (back == 1 || self.adverb(i - 1))
        })
    }

    /// `frequently`, `immediately`: an adverb in -ly between a subject and its verb (not
    /// `family`, `rally`).
    pub(super) fn adverb(&self, k: usize) -> bool {
        let w = self.norm(k);
        let t = &self.doc.tokens()[k];
        w.len() > 5
            && w.ends_with("ly")
            && t.kind == TokenKind::Word
            && !t.is_capitalised()
            && !matches!(w, "family" | "assembly" | "supply" | "monopoly" | "anomaly")
            && !lexicon().body_nouns.contains(&w)
    }

    /// Does a quotation open at token `k`?
    pub(super) fn starts_quote(&self, k: usize) -> bool {
        self.doc
            .tokens()
            .get(k)
            .is_some_and(crate::Token::is_open_quote)
    }

    /// The last token of the phrase `a..b` past a place adverb after its head (`Activists
    /// here point to…`).
    pub(super) fn head_before_adverb(&self, (a, b): (usize, usize)) -> usize {
        if b >= a + 2 && matches!(self.norm(b - 1), "here" | "there") {
            b - 2
        } else {
            b - 1
        }
    }

    /// Can token `k` end a source phrase (`officials`, `Toner`, `he`, `the company`)?
    /// `more than 50,000 times`, `more than six hundred witnesses`, `more than a million
    /// followers`: is the `than` before `k` (with `end` the phrase's end) a count's, not a
    /// comparison's?
    fn count_after_than(&self, k: usize, end: usize) -> bool {
        k >= 2
            && k < end
            && matches!(self.norm(k - 2), "more" | "fewer" | "less")
            && (self.doc.tokens()[k].kind == TokenKind::Number
                || super::classify::is_number_word(self.norm(k))
                || matches!(self.norm(k), "a" | "an" | "half")
                    && k + 1 < end
                    && matches!(
                        self.norm(k + 1),
                        "million" | "thousand" | "hundred" | "dozen" | "billion"
                    ))
    }

    /// `Former captain Mark Tully, now a pundit, told…`: an apposition opened by `now`
    /// describes the person named before its comma, who speaks — where that person's phrase
    /// starts, when the phrase found (`a pundit`) is such an apposition.
    fn named_before_now(&self, (a, _): (usize, usize), lo: usize, si: usize) -> Option<usize> {
        (a >= lo + 3
            && matches!(
                self.norm(a - 1),
                "now" | "formerly" | "once" | "currently" | "still"
            )
            && self.norm(a - 2) == ","
            && self.is_person(a - 3))
        .then(|| self.subject_before_here(a - 2, lo, si))
        .flatten()
        .map(|(start, _)| start)
    }

    /// `a report the company did not comment on`, `a story the minister denied`, `figures the
    /// ministry disputed`: a thing said, then a clause with no `that` whose subject answers it —
    /// where that subject starts (a determiner or a name right after the noun, and a head that
    /// can speak right before the cue; not `The report the paper published said`, whose cue is
    /// the report's).
    fn zero_relative_subject(&self, (a, b): (usize, usize)) -> Option<usize> {
        let lex = lexicon();
        if b < a + 3 || !self.source_head(b - 1) || self.norm(b - 1).ends_with("ed") {
            return None;
        }
        // (The subject after the noun is short: a determiner and a few plain words, or a name.)
        (b.saturating_sub(5).max(a + 1)..b).find(|&k| {
            let thing = self.norm(k - 1);
            // (A noun, not a verb: after a determiner, or a plural — not `helped draft a
            // report`.)
            let noun = k >= a + 2
                && matches!(
                    self.norm(k - 2),
                    "a" | "an"
                        | "the"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "such"
                        | "any"
                )
                || thing.ends_with('s');
            let said = lex.claim_nouns.contains(thing)
                || lex.report_nouns.contains(&thing)
                || lex.figure_nouns.contains(&thing)
                || lex.document_nouns.contains(thing);
            let phrase = matches!(
                self.norm(k),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            ) && (k + 1..b).all(|j| {
                self.doc.tokens()[j].kind == TokenKind::Word
                    && !PREPOSITIONS.contains(&self.norm(j))
                    && !matches!(self.norm(j), "who" | "which" | "that" | "and" | "or")
            });
            // (A name only after a claim or a story: `a claim Smith denied`, not `head of
            // research Peter Kim`, a title.)
            let name = (lex.claim_nouns.contains(thing) || lex.report_nouns.contains(&thing))
                && self.entity_of(k).is_some_and(|e| {
                    self.entities[e].tokens.start == k && self.entities[e].tokens.end == b
                });
            noun && said && (phrase || name) && self.doc.tokens()[k - 1].kind == TokenKind::Word
        })
    }

    /// Does a phrase starting at `k` open its clause — the sentence start (`lo`), or right after
    /// a quotation mark, a comma, a dash, a colon, a semicolon or a clause's conjunction?
    fn opens_clause(&self, k: usize, lo: usize) -> bool {
        let tokens = self.doc.tokens();
        k == lo || {
            let before = self.norm(k - 1);
            tokens[k - 1].is_open_quote()
                || tokens[k - 1].is_close_quote()
                || matches!(before, "," | "-" | "–" | "—" | ":" | ";")
                || CLAUSE_CONJUNCTIONS.contains(&before)
        }
    }

    /// Can the head at `k` voice a concern — a source head that is no document or evidence
    /// (`Experts raised concerns about…`; `the findings raised questions about…` are a thing's)?
    pub(super) fn voices_concern(&self, k: usize) -> bool {
        let w = self.norm(k);
        self.source_head(k)
            && !self.evidence(k)
            && !lexicon().report_nouns.contains(&w)
            && !lexicon().document_nouns.contains(w)
            && !lexicon().figure_nouns.contains(w)
    }

    pub(super) fn source_head(&self, k: usize) -> bool {
        let lex = lexicon();
        let w = self.norm(k);
        self.entity_of(k).is_some()
            || self.doc.tokens()[k].is_capitalised()
            || PERSON_PRONOUNS.contains(&w)
            || GROUP_PRONOUNS.contains(&w)
            || lexicon().people_nouns.contains(&w)
            || lexicon().person_nouns.contains(&w)
            || lexicon().body_nouns.contains(&w)
            || lexicon().market_sources.contains(&w)
            || lexicon().report_nouns.contains(&w)
            || lex.anon_nouns.contains(w)
            || lex.role_nouns.contains(w)
            || lex.titles.contains(w)
            || lex.weasel_groups.contains(w)
            || lex.outlet_type_nouns.contains(w)
            || self.evidence(k)
    }

    /// Is token `k` a thing that shows or finds (`records`, `the poll`, `the footage`, `it`)?
    pub(super) fn evidence(&self, k: usize) -> bool {
        let w = self.norm(k);
        lexicon().evidence_nouns.contains(&w) || lexicon().document_nouns.contains(w)
    }

    /// The subject at the start of a sentence, for participle cues with nothing before them.
    pub(super) fn subject_at_start(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let lex = lexicon();
        // `WASHINGTON — Sen. Chuck Grassley…`, `Washington (AFP) – Hillary Clinton…`: a
        // dateline is no subject.
        if let Some(after) = self.dateline_end(lo, hi) {
            return self.subject_at_start(after, hi);
        }
        // `At a meeting of the leadership, some senators vented about Sanders and said…`: a
        // fronted phrase before the first comma is no part of the subject.
        // (The first comma such a phrase holds that a subject can follow, past a place or a
        // day: `At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried…, saying` is
        // Mrs. Clinton.)
        // (Also a fronted participle, `Walking to the next address, Ebeling reminisced…`, and a
        // time counted back, `Hours later, Trump returned…`.)
        let first = if lo < hi { self.norm(lo) } else { "" };
        let fronted = lo < hi
            && (FRONTING_PREPOSITIONS.contains(&first)
                || first.len() > 4 && first.ends_with("ing") && tokens[lo].kind == TokenKind::Word
                || (lo + 1..hi.min(lo + 4)).any(|k| {
                    matches!(self.norm(k), "later" | "earlier" | "ago")
                        && k + 1 < hi
                        && self.norm(k + 1) == ","
                }));
        if fronted {
            let comma = (lo + 1..hi.min(lo + 14)).find(|&k| {
                self.norm(k) == ","
                    && k + 1 < hi
                    && (tokens[k + 1].is_capitalised()
                        || people_noun(self.norm(k + 1))
                        || matches!(self.norm(k + 1), "he" | "she" | "they" | "we")
                        || matches!(
                            self.norm(k + 1),
                            "the" | "a" | "an" | "some" | "many" | "most" | "his" | "her" | "their"
                                | "its" | "one" | "two" | "three" | "several" | "other" | "others"
                        ))
                    && lex.places.longest_in(self.doc, k + 1, hi).is_none()
                    && !lex.countries.contains(self.doc.text(tokens[k + 1].span()))
                    && !self.month_or_day(k + 1)
                    // (`in Ames, Iowa, on Sunday`: a state after its town.)
                    && !(tokens[k - 1].is_capitalised()
                        && tokens[k + 1].is_capitalised()
                        && k + 2 < hi
                        && self.norm(k + 2) == ",")
            });
            // (Once: the phrase after the comma is read as the subject, not searched again,
            // so a sentence of fronted phrases stays linear.)
            if let Some(c) = comma {
                return self.subject_from(c + 1, hi);
            }
        }
        self.subject_from(lo, hi)
    }

    /// The token after the dateline opening the sentence at `lo`, if one does
    /// ([`crate::clause::dateline`]).
    fn dateline_end(&self, lo: usize, hi: usize) -> Option<usize> {
        crate::clause::dateline(self.doc, lo, hi).map(|d| d.end)
    }

    /// [`Pass::subject_at_start`] from `lo`, any fronted phrase already set aside.
    fn subject_from(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let lex = lexicon();
        // `FBI officials were angered … and predicted`, `Band member Flea shared…, writing`: the
        // people nouns among the capitals too.
        // (`No 10 sources played down…, saying`: Downing Street by its number.)
        let number_ten = |j: usize| j == lo + 1 && self.norm(lo) == "no" && self.norm(j) == "10";
        let named = lo < hi
            && (!lex.stopwords_cap.contains(self.doc.text(tokens[lo].span()))
                || lo + 1 < hi && number_ten(lo + 1));
        let mut j = lo;
        while j < hi
            && j - lo < MAX_SOURCE_TOKENS
            && (tokens[j].kind == TokenKind::Word || number_ten(j))
            && (j == lo
                || number_ten(j)
                || tokens[j].is_capitalised()
                || self.entity_of(j).is_some()
                || named && {
                    let n = self.norm(j);
                    lex.anon_nouns.contains(n)
                        || lex.people_nouns.contains(&n)
                        || lex.body_nouns.contains(&n)
                        // (`UK critics still favour…, but believe…`.)
                        || lex.weasel_groups.contains(n)
                        || lex.generic_groups.contains(&n)
                        // (`Business groups have lobbied…, arguing`, `Labor unions oppose it,
                        // saying`: bodies in the plural.)
                        || j == lo + 1 && lex.body_plurals.contains(&n)
                        // (`Local media, citing police, said…`, `State television reported`.)
                        || n == "media"
                        || lex.outlet_type_nouns.contains(n)
                })
        {
            j += 1;
        }
        // `Syrian hackers backing…`, `Greek sprinters…`: a nationality and the plural it
        // describes.
        if j == lo + 1
            && j < hi
            && lex.nationalities.contains(self.doc.text(tokens[lo].span()))
            && tokens[j].kind == TokenKind::Word
            && !tokens[j].is_capitalised()
            && self.norm(j).len() > 3
            && self.norm(j).ends_with('s')
        {
            j += 1;
        }
        // `A Clinton campaign official later walked back…, saying`: an article, and a person
        // noun a few plain words on, after the capitals (`His chief aide doubled down…, saying`,
        // `The campaign manager later said…`: a definite one too).
        if lo < hi
            && matches!(
                self.norm(lo),
                "a" | "an" | "one" | "another" | "the" | "his" | "her" | "their" | "its"
            )
        {
            // (`The regulator turned to the firm and said…`: a body too.)
            // (`The newspaper, citing police, said…`: an outlet too.)
            let head = |k: usize| {
                people_noun(self.norm(k))
                    || lex.body_nouns.contains(&self.norm(k))
                    || lex.outlet_type_nouns.contains(self.norm(k))
            };
            if let Some(mut h) = (j..hi.min(lo + 6)).find(|&k| head(k)) {
                // (`His chief aide`: the head is the last of the person nouns in a row.)
                while h + 1 < hi.min(lo + 6) && head(h + 1) {
                    h += 1;
                }
                if (j..h).all(|k| {
                    tokens[k].kind == TokenKind::Word
                        && !tokens[k].is_capitalised()
                        && !self.norm(k).ends_with("ed")
                        && !SUBJECT_STOPS.contains(&self.norm(k))
                        && !PREPOSITIONS.contains(&self.norm(k))
                        && !matches!(self.norm(k), "the" | "a" | "an" | "number")
                }) {
                    j = h + 1;
                    // (`The newspaper Vestnik, citing…`, `The daily Kommersant, quoting…`: an
                    // outlet's name after its kind, a few capitalised words.)
                    if lex.outlet_type_nouns.contains(self.norm(h)) {
                        while j < hi.min(h + 4)
                            && tokens[j].kind == TokenKind::Word
                            && tokens[j].is_capitalised()
                        {
                            j += 1;
                        }
                    }
                }
            }
        }
        // `Some analysts put a gloss on it, pointing out…`: a quantifier and its group (`Two
        // local councillors met him but did not comment`: a number too).
        if (lo + 1..=lo + 2).contains(&j)
            && matches!(
                self.norm(lo),
                "some"
                    | "many"
                    | "most"
                    | "several"
                    | "other"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
            )
        {
            if let Some(mut h) = (lo + 1..hi.min(lo + 5)).find(|&k| people_noun(self.norm(k))) {
                // (`local councillors`: the last of the person nouns in a row.)
                while h + 1 < hi.min(lo + 5) && people_noun(self.norm(h + 1)) {
                    h += 1;
                }
                if (lo + 1..h).all(|k| {
                    tokens[k].kind == TokenKind::Word
                        && !tokens[k].is_capitalised()
                        && !SUBJECT_STOPS.contains(&self.norm(k))
                }) {
                    j = h + 1;
                }
            }
        }
        // (A determiner alone is no subject: `When asked about his performance, the men
        // agreed…` had the source `the`, `The conservative publication has been outspoken…,
        // arguing` the source `The`. Its plain words up to a verb or a preposition are.)
        if j == lo + 1 && matches!(self.norm(lo), "the" | "a" | "an" | "this" | "that") {
            while j < hi.min(lo + 5)
                && tokens[j].kind == TokenKind::Word
                && !tokens[j].is_capitalised()
                && !SUBJECT_STOPS.contains(&self.norm(j))
                && !PREPOSITIONS.contains(&self.norm(j))
                && !CLAUSE_VERBS.contains(&self.norm(j))
                && !self.norm(j).ends_with("ed")
                && lexicon().cue_mask(self.norm(j)) == 0
            {
                j += 1;
            }
            if j == lo + 1 {
                return None;
            }
        }
        (j > lo).then_some((lo, j))
    }
}

/// A word shaped as an adjective describing a person (`bespectacled`, `soft-spoken`,
/// `71-year-old`, `tireless`, `tall`): a participle or adjective ending, a hyphenated compound
/// ending in one, or `lexicon/person-adjectives.txt`.
fn adjective_shaped(word: &str) -> bool {
    let last = word.rsplit('-').next().unwrap_or(word);
    let hyphenated = last.len() < word.len();
    lexicon().person_adjectives.contains(word)
        || ["ed", "ful", "ous", "ish", "less"]
            .iter()
            .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
        || hyphenated
            && ["ed", "en", "ing", "old", "own"]
                .iter()
                .any(|e| last.ends_with(e))
}
