use super::{DETERMINERS, GROUP_PRONOUNS, PERSON_PRONOUNS, Pass, lexicon};
use crate::model::TokenKind;

/// Tokens a clause fronted before the main one may run to before a cue in it
/// (`within_fronted_clause`).
const FRONTED_CLAUSE_TOKENS: usize = 40;

/// How far into what was said a clause of its own after `, and` is looked for.
const CONTENT_CLAUSE_LOOK: usize = 60;

impl Pass<'_> {
    /// Index of the first token of the closing punctuation at the sentence end.
    pub(super) fn content_end(&self, hi: usize) -> usize {
        let tokens = self.doc.tokens();
        let mut e = hi;
        while e > 0
            && (matches!(self.norm(e - 1), "." | "!" | "?") || tokens[e - 1].is_close_quote())
            && e > hi.saturating_sub(3)
        {
            e -= 1;
        }
        e
    }

    pub(super) fn trim_back(&self, lo: usize, mut e: usize) -> usize {
        while e > lo && matches!(self.norm(e - 1), "," | ";" | ":" | "-" | "–" | "—") {
            e -= 1;
        }
        e
    }

    /// `And in an election year in which a majority of Americans say they do not trust Mrs.
    /// Clinton, even some allies questioned…`: a cue inside a clause fronted before the main one
    /// says what stands up to that clause's comma, not the main clause after it. The sentence
    /// opens (past its connectives) on a subordinating word (`when`, `because`, `although`; not
    /// `as`, whose aside says the main clause), or on a preposition whose phrase holds a
    /// relative word before the cue (`in which`, `at a time when`); the cue stands before the
    /// sentence's first comma, and at least three words of content precede it (`When he said
    /// prices, wages and rents would rise, …` keeps its list).
    pub(super) fn within_fronted_clause(
        &self,
        cue: (usize, usize),
        (c0, c1): (usize, usize),
    ) -> (usize, usize) {
        let tokens = self.doc.tokens();
        let lo = self.doc.sentences()[tokens[cue.0].sentence.index()]
            .tokens
            .start;
        let first = (lo..(lo + 3).min(cue.0))
            .find(|&k| !crate::clause::CONNECTIVES.contains(&self.norm(k)))
            .unwrap_or(cue.0);
        // (A bounded look back: a fronted clause is short, and a run-on sentence of many cues
        // stays linear.)
        if first >= cue.0 || cue.0 - first > FRONTED_CLAUSE_TOKENS || tokens[c0].is_open_quote() {
            return (c0, c1);
        }
        let w = self.norm(first);
        let relative =
            |k: usize| matches!(self.norm(k), "which" | "whom" | "who" | "where" | "when");
        let fronted = super::source::subordinating(w) && w != "as"
            || crate::clause::fronting(w) && (first + 1..cue.0).any(relative);
        if !fronted || (first..cue.0).any(|k| self.norm(k) == ",") {
            return (c0, c1);
        }
        // (A bounded look: the fronted clause's comma comes soon or not at all.)
        let comma =
            (c0..c1.min(c0 + 40)).find(|&k| self.norm(k) == "," || tokens[k].is_open_quote());
        match comma {
            Some(k)
                if self.norm(k) == ","
                    && (c0..k)
                        .filter(|&j| tokens[j].kind == TokenKind::Word)
                        .count()
                        >= 3
                    && k + 1 < c1 =>
            {
                (c0, k)
            }
            _ => (c0, c1),
        }
    }

    /// What follows a cue: a quotation, or the clause (after `that`, `:` or an object like
    /// `reporters`).
    pub(super) fn content_after(&self, after: usize, hi: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let mut c = after;
        // `told reporters that …`, `said on Tuesday that …`
        let limit = (after + 8).min(hi);
        // (Not inside a quotation that opens first: `went on to say, "There are places
        // that are dangerous."` says the whole quotation.)
        if let Some(t) = (after..limit)
            .take_while(|&k| !tokens[k].is_open_quote())
            // (`said he never said that.`: a `that` ending the clause is a pronoun, not the
            // start of what was said.)
            .find(|&k| {
                self.norm(k) == "that"
                    && k + 1 < hi
                    && !matches!(self.norm(k + 1), "." | ";" | "!" | "?")
                    // (`…, two officials said Thursday, a move that could…`: a relative
                    // `that` after a noun summing up the clause before.)
                    && !(k > after && lexicon().resumptive_nouns.contains(self.norm(k - 1)))
                    // (`said her client was not at the flat that night`: a clause stands
                    // before it, what was said, and `that` is inside it.)
                    && !self.clause_like(after, k)
            })
        {
            c = t + 1;
        } else if let Some(k) = (after + 1..limit)
            .take_while(|&k| !tokens[k].is_open_quote() && self.norm(k) != ",")
            .find(|&k| self.norm(k) == ":")
            .filter(|&k| {
                // (A quotation after it; not a clause before the colon — `said she must:`,
                // `says she was told:` — nor a second verb, `praised the police and said:`.)
                k + 1 < hi
                    && tokens[k + 1].is_open_quote()
                    && !self.clause_like(after, k)
                    && !(after..k).any(|j| {
                        matches!(
                            self.norm(j),
                            "he" | "she" | "they" | "it" | "we" | "i" | "and" | "but"
                        ) || self.cue_mask_at(j) != 0
                    })
            })
        {
            // `said in his formal statement: "…"`, `said on Friday: "…"`: where or when, then
            // a colon opening what was said.
            c = k + 1;
        }
        // `told the BBC they had not been consulted`, `told MPs the deal was dead`: the one told,
        // then what was told with no `that` — the addressee is no part of it.
        // (`said on Thursday it had signed…`, `said last week it was offering…`, `told reporters
        // Tuesday he…`: when it was said, then the clause.)
        if c == after && after > 0 {
            if let Some(k) = self.addressee_end(after - 1, hi) {
                c = k;
            }
            if let Some(k) = self.clause_after_time(c, hi) {
                c = k;
            }
        }
        while c < hi && matches!(self.norm(c), ":" | ",") {
            c += 1;
        }
        // (`some governments did not agree, as the row deepened`, `the speculation rages, while
        // …`: a clause of the writer's own after the cue's comma, no content of it.)
        // (Only a comma right after the cue: `said that, although…, he feared…` goes on.)
        if c == after + 1
            && c < hi
            && self.norm(after) == ","
            && matches!(
                self.norm(c),
                "as" | "while" | "although" | "though" | "whereas" | "amid"
            )
        {
            return None;
        }
        if c < hi && tokens[c].is_open_quote() {
            if let Some(q) = self.quote_by_open.get(&c).map(|&qi| &self.doc.quotes()[qi]) {
                let end = tokens.partition_point(|t| t.span().end <= q.span.end);
                return Some((c, end.max(c + 1)));
            }
        }
        let base = self.content_end(hi);
        // Keep the closing mark of a quotation that opens inside the content. Such a mark
        // stands among the few tokens `content_end` left out, so look there (a scan of the
        // content for opening marks would cost the sentence's length for every cue).
        let end = (base..hi)
            .filter(|&k| {
                self.quote_by_close.get(&k).is_some_and(|&qi| {
                    self.doc.quotes()[qi]
                        .open
                        .is_some_and(|o| (c..base).contains(&o.index()))
                })
            })
            .map(|x| x + 1)
            .max()
            .unwrap_or(base);
        let end = self.clause_after_content(c, end);
        (c < end).then_some((c, end))
    }

    /// After a `told` at `verb` with no `that`: where the clause of what was told starts, past
    /// the one told — an object pronoun (`told him the deal was off`), a name (`told the Ashby
    /// Herald they had not…`, `told Reuters`) or people (`told team-mates he wanted to leave`,
    /// `told MPs the deal was dead`) — when a subject opens a clause right after it. `None` when
    /// no addressee stands there.
    fn addressee_end(&self, verb: usize, hi: usize) -> Option<usize> {
        if !matches!(self.norm(verb), "told" | "tells" | "tell" | "telling") {
            return None;
        }
        let tokens = self.doc.tokens();
        let word = |k: usize| k < hi && tokens[k].kind == TokenKind::Word && !tokens[k].in_quote();
        let mut k = verb + 1;
        if !word(k) {
            return None;
        }
        if matches!(self.norm(k), "him" | "her" | "them" | "us" | "me" | "you") {
            k += 1;
        } else {
            if matches!(
                self.norm(k),
                "the" | "his" | "her" | "their" | "its" | "our" | "my"
            ) {
                k += 1;
            }
            let from = k;
            while word(k) && tokens[k].is_capitalised() && k < from + 4 {
                k += 1;
            }
            if k == from {
                // People told, a plural noun (`team-mates`, `MPs` lower-cased in headlines).
                if !(word(k) && self.norm(k).len() > 3 && self.norm(k).ends_with('s')) {
                    return None;
                }
                k += 1;
            }
        }
        // (`told reporters on Monday he…`: the time is passed over after.)
        (self.clause_opens(k, hi) || self.clause_after_time(k, hi).is_some()).then_some(k)
    }

    /// Where a clause opens after a phrase of time at `k` (`on Thursday`, `Tuesday night`, `last
    /// week`, `earlier this month`, `yesterday`), if both are there.
    fn clause_after_time(&self, k: usize, hi: usize) -> Option<usize> {
        if k >= hi {
            return None;
        }
        if self.month_or_day(k) || matches!(self.norm(k), "yesterday" | "today") {
            let part = k + 1 < hi
                && matches!(
                    self.norm(k + 1),
                    "night" | "morning" | "afternoon" | "evening"
                );
            let end = k + 1 + usize::from(part);
            return self.clause_opens(end, hi).then_some(end);
        }
        // (The shortest phrase a clause follows: `on Monday the company would…` is `on
        // Monday`, though `the` may belong to a phrase of time.)
        (2..=4).map(|n| k + n).find(|&end| {
            end < hi
                    && self.dated_phrase(k, end)
                    // (Ending in the time, not in the next phrase's preposition: `said last
                    // week in Tel Aviv, "…"`.)
                    && !matches!(
                        self.norm(end - 1),
                        "at" | "in" | "on" | "during" | "the" | "a"
                    )
                    && self.clause_opens(end, hi)
        })
    }

    /// Does a clause open at `k` — a subject pronoun, or a determiner or a capitalised word with
    /// an auxiliary or a modal within a few words (`clause_like`)?
    fn clause_opens(&self, k: usize, hi: usize) -> bool {
        let tokens = self.doc.tokens();
        let word = |k: usize| k < hi && tokens[k].kind == TokenKind::Word && !tokens[k].in_quote();
        if !word(k) {
            return false;
        }
        let w = self.norm(k);
        let subject_pronoun = PERSON_PRONOUNS.contains(&w)
            || GROUP_PRONOUNS.contains(&w)
            || matches!(w, "it" | "there" | "you");
        let subject_phrase = (DETERMINERS.contains(&w) || tokens[k].is_capitalised())
            && self.clause_like(k + 1, hi.min(k + 6));
        subject_pronoun || subject_phrase
    }

    /// Where what was said from `c` ends before `end`: at `, and` or `, but` opening a clause
    /// of its own (`said the restrictions are less for safety, and the ACLU has already sued`,
    /// not `, and that…`, which goes on with what was said) or at a semicolon — outside a
    /// quotation, within the first tokens only, so a run-on sentence of cues stays linear.
    fn clause_after_content(&self, c: usize, end: usize) -> usize {
        let tokens = self.doc.tokens();
        (c + 1..end.min(c + CONTENT_CLAUSE_LOOK))
            .find(|&k| {
                if tokens[k].in_quote() {
                    return false;
                }
                let w = self.norm(k);
                w == ";"
                    || w == ","
                        && k + 2 < end
                        && matches!(self.norm(k + 1), "and" | "but")
                        && self.norm(k + 2) != "that"
                        && (matches!(self.norm(k + 2), "he" | "she" | "they" | "it" | "we" | "i")
                            || {
                                // (A verb before the next comma: not `the plan, but not the
                                // budget, would pass`.)
                                let stop = (k + 2..end.min(k + 7))
                                    .find(|&j| self.norm(j) == ",")
                                    .unwrap_or(end.min(k + 7));
                                self.clause_like(k + 2, stop)
                            })
            })
            .unwrap_or(end)
    }

    /// What an inverted cue attributes: the quotation closing just before it, or the clause
    /// from the sentence start.
    pub(super) fn quote_or_clause_before(&self, lo: usize, i: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let close = (i.saturating_sub(3).max(lo)..i)
            .rev()
            .find(|&k| tokens[k].is_close_quote());
        if let Some(c) = close {
            if let Some(q) = self
                .quote_by_close
                .get(&c)
                .map(|&qi| &self.doc.quotes()[qi])
            {
                // (Not a quoted fragment inside the writer's clause: `…also proved claims of
                // a clash were "wrong", Mr Blair said` says the whole clause.)
                if let Some(o) = q.open.filter(|o| {
                    let o = o.index();
                    o <= lo || tokens[o - 1].kind != super::TokenKind::Word
                }) {
                    return Some((o.index(), c + 1));
                }
            }
        }
        // (`…, as many Democrats believe.`: the `as` introduces the holder.)
        let aside = i > lo + 1 && self.norm(i - 1) == "as" && self.norm(i - 2) == ",";
        // (`The deal is a pre-agreement because some governments did not agree.`: a source
        // right after a word that opens a clause begins a clause of its own, and what stands
        // before it is no one's report.)
        if !aside && i > lo && super::source::subordinating(self.norm(i - 1)) {
            return None;
        }
        let i = if aside { i - 1 } else { i };
        let e = self.trim_back(lo, i);
        (e > lo).then_some((lo, e))
    }
}
