use super::{CLAUSE_VERBS, DETERMINERS, MODALS, Pass, TokenKind, lexicon};
use crate::clause::ClauseStarts;

/// How one acted when it was right (`acted lawfully`, `had behaved properly`).
const RIGHTLY: &[&str] = &[
    "lawfully",
    "legally",
    "properly",
    "appropriately",
    "correctly",
];

/// The words `denies_wrongdoing`'s readings start at (besides negations in `n't`): a
/// negation, the speaker's own `I`/`we`, not knowing, acting or playing by the rules, being
/// legal, `such`, a wrong named, innocence, an emphatic adverb.
const WRONGDOING_TRIGGERS: &[&str] = &[
    "not",
    "never",
    "no",
    "nothing",
    "i",
    "we",
    "unaware",
    "aware",
    "categorically",
    "emphatically",
    "flatly",
    "acted",
    "behaved",
    "played",
    "followed",
    "complied",
    "stuck",
    "sticks",
    "abided",
    "abides",
    "legal",
    "lawful",
    "legitimate",
    "such",
    "wrongdoing",
    "impropriety",
    "innocent",
    "blameless",
];

/// How many tokens of what was insisted on are read for a contradiction (and keep it linear).
const CONTRADICTION_WINDOW: usize = 40;

/// Someone denied something (`denied him entry`, `denied himself a holiday`), not a claim
/// denied, when a thing follows.
const DENIED_PERSONS: &[&str] = &[
    "him",
    "her",
    "them",
    "us",
    "me",
    "himself",
    "herself",
    "themselves",
    "itself",
    "myself",
    "ourselves",
];

/// What one may reject as a proposal or as a claim (`rejected that idea`, `rejected the idea
/// that…`): a claim only with a clause after it.
const IDEA_NOUNS: &[&str] = &["idea", "ideas", "notion", "notions"];

/// Verbs of an accusation answered in a clause after `after` or `when` (`was quick to push back
/// after Ted Cruz blamed the network`).
const ACCUSING: &[&str] = &[
    "blamed",
    "accused",
    "criticised",
    "criticized",
    "attacked",
    "alleged",
    "claimed",
    "suggested",
    "charged",
    "questioned",
];

impl Pass<'_> {
    /// Is the denial cue `cue` a denial of a claim: not a proposal, an offer or a move turned
    /// down (`rejected a move to Birmingham`), and not `cannot deny`?
    pub(super) fn denies_a_claim(&self, (c0, c1): (usize, usize)) -> bool {
        let tokens = self.doc.tokens();
        // (`continued to refute`, `went on to rebut`, `was quick to reject`: the verb after the
        // cue's `to` decides; no denial phrase holds a `to` of its own.)
        let c0 = (c0 + 1..c1)
            .rev()
            .find(|&k| self.norm(k) == "to")
            .filter(|&k| k + 1 < c1)
            .map_or(c0, |k| k + 1);
        // (`There's no denying he has had quite a run`: conceding.)
        if c0 > 0 && matches!(self.norm(c0 - 1), "not" | "no") {
            return false;
        }
        let verb = self.norm(c0);
        // (`any disputed amount`, `the contested region`, `a rejected bid`: a participle after a
        // determiner describes the noun after it; nobody is answering a claim.)
        if c1 == c0 + 1 && c0 > 0 && verb.ends_with("ed") && {
            let before = self.norm(c0 - 1);
            DETERMINERS.contains(&before) || matches!(before, "any" | "every" | "each" | "no")
        } {
            return false;
        }
        // `The court denied bail`, `denied him entry`: something withheld, not a claim denied.
        // (`deny`, `denied`, `denies`, `denying`; not `denounced`, which needs a claim below.)
        if verb.starts_with("deni") || verb.starts_with("deny") {
            return self.denies_not_withholds(c1);
        }
        // (`shrugged off Toure`, `shrugged off a nervous start`, `disavows the ideology`,
        // `denounced the alt-right`, `rebuffed pleas to run`, `poured cold water on his
        // promises`, `derided the Tory leader`, `took exception to the referee's decision`:
        // these verbs deny a claim only when one is their object.)
        let needs_claim = [
            "reject", "dismiss", "shrugged", "brushed", "batted", "bats", "batting", "swat",
            "waved", "waves", "waving", "disavow", "denounce", "quash", "scotch", "disagree",
            "rebuff", "laughed", "laughs", "poured", "pours", "counter", "derid", "ridicul",
            "push", "took", "takes", "play", "downplay", "rubbish", "slap", "shot",
        ]
        .iter()
        .any(|v| verb.starts_with(v));
        if !needs_claim {
            return true;
        }
        // (`played down talk of a split`, `downplayed reports that…`, `played down the idea
        // that he had struck a deal`: what is played down is a claim only when it is talk,
        // fears or reports; not `played down the significance of…`, `the latest data`, `his
        // defeat`, or `Trump's attack`, which are made less of, not called untrue.)
        if verb.starts_with("play") || verb.starts_with("downplay") {
            return self.plays_down_talk(c1);
        }
        // `had an earlier offer for MCI rejected`, `a penalty appeal rejected`: a participle with
        // nothing after it, and what was turned down before it.
        let bare =
            c1 >= tokens.len() || tokens[c1].kind != TokenKind::Word || self.norm(c1) == "by";
        // (`calls that were previously unanswered and dismissed.`: a passive participle
        // coordinated with another.)
        if bare
            && c0 >= 2
            && matches!(self.norm(c0 - 1), "and" | "or")
            && self.norm(c0 - 2).ends_with("ed")
        {
            return false;
        }
        if bare
            && (c0.saturating_sub(4)..c0).any(|k| {
                let w = self.norm(k);
                lexicon().non_claims.contains(w)
                    && !matches!(w, "him" | "her" | "them" | "it" | "mr" | "mrs" | "ms")
            })
        {
            return false;
        }
        // (`had offered a 4% rise last week, which the union rejected.`: the object of a relative
        // clause is its antecedent — a claim only if a claim noun stands there, `made the
        // allegation on Monday, which the firm rejected.`)
        if bare {
            let relative = (c0.saturating_sub(4)..c0)
                .rev()
                .find(|&k| self.norm(k) == "which");
            if let Some(rel) = relative {
                return (rel.saturating_sub(8)..rel)
                    .any(|k| lexicon().claim_nouns.contains(self.norm(k)));
            }
        }
        // (`was quick to push back after Ted Cruz blamed the network`: what is answered is
        // an accusation in the clause after `after` or `when`.)
        if c1 < tokens.len() && matches!(self.norm(c1), "after" | "when") {
            return (c1 + 1..(c1 + 8).min(tokens.len())).any(|k| ACCUSING.contains(&self.norm(k)));
        }
        // (`Chelsea ridiculed over complaint`, `a bid rejected for lack of funds`: `over` or
        // `for` right after the verb is a passive's reason; an object would stand there.)
        if c1 < tokens.len() && matches!(self.norm(c1), "over" | "for") {
            return false;
        }
        // The object's head: the first noun-like word within a few tokens.
        let end = (c1 + 6).min(tokens.len());
        // (`denounced the deal, which…`: a comma after a thing named closes its phrase;
        // `denied them, saying…` keeps a comma right after the verb or a pronoun.)
        let mut thing_named = false;
        // (`any measures it disagrees with.`: what is disagreed with stands before, and is no
        // claim.)
        // (Its preposition stranded before any punctuation: `any measures it disagrees with,
        // as the row deepened`.)
        if verb.starts_with("disagree")
            && (c1 >= tokens.len()
                || self.norm(c1) == "."
                || self.norm(c1 - 1) == "with"
                    && matches!(self.norm(c1), "," | ";" | ":" | "?" | "!" | ")" | "-" | "—"))
        {
            return false;
        }
        for (k, token) in tokens.iter().enumerate().take(end).skip(c1) {
            let w = self.norm(k);
            // (`which Bono rejected as a cliché`, `dismissed as speculation`: a description
            // rejected.)
            if k == c1 && w == "as" {
                return true;
            }
            // (`played down his defeat.`: the sentence ends on a thing named, no claim.)
            if matches!(w, "," | "." | ";") && thing_named {
                return false;
            }
            // (`denounced Trump's rhetoric and said that it would…`: a second verb of the subject
            // after the thing named; its `that` is no claim of the first verb's.)
            if w == "and"
                && thing_named
                && k + 1 < tokens.len()
                && lexicon().speech_verbs.contains(self.norm(k + 1))
            {
                return false;
            }
            // (`disavows the ideology that Republican voters find so toxic`: a `that` after a
            // thing named opens a relative clause, not what was said.)
            // (`dismissed the figures insisting that…` still denies: a verb before the `that`.)
            if w == "that"
                && thing_named
                && !self.norm(k - 1).ends_with("ing")
                && !lexicon().speech_verbs.contains(self.norm(k - 1))
            {
                return false;
            }
            // (`rejected that idea`, `denied that claim`: a demonstrative before the noun; the
            // noun decides.)
            let demonstrative = w == "that"
                && k + 1 < end
                && (IDEA_NOUNS.contains(&self.norm(k + 1))
                    || lexicon().claim_nouns.contains(self.norm(k + 1)));
            if demonstrative {
                continue;
            }
            match self.quoted_thing(k, c1) {
                Some(true) => return true,
                Some(false) => continue,
                None => {}
            }
            if matches!(w, "." | ";" | ":" | "," | "that") || token.is_open_quote() {
                return true; // a clause or a quotation follows: what was said is denied
            }
            if lexicon().non_claims.contains(&w) {
                return false;
            }
            // (`rejected that idea`, `dismissed the notion of a referendum`: an idea is a
            // proposal turned down, unless a clause says what it holds: `rejected the idea that
            // the two parties appeal to the same voters`.)
            // (`rejected the idea Mr Kilroy-Silk posed a threat`: the clause may open without
            // `that`.)
            // (`rejected the notion that the episode should be water under the bridge`: a
            // clause of what ought to be is an opinion, not a claim.)
            if IDEA_NOUNS.contains(&w) {
                let ought = (k + 1..tokens.len().min(k + 10))
                    .take_while(|&j| !matches!(self.norm(j), "," | ";" | "."))
                    .any(|j| matches!(self.norm(j), "should" | "ought" | "must"));
                return k + 1 < tokens.len()
                    && !ought
                    && (matches!(
                        self.norm(k + 1),
                        "that" | "he" | "she" | "they" | "it" | "we" | "i"
                    ) || tokens[k + 1].is_capitalised()
                        && !tokens[k + 1].is_sentence_start()
                        // (A title-case headline: `Reject The Idea Of A Minimum Wage Hike`.)
                        && !matches!(self.norm(k + 1), "of" | "for" | "to" | "and" | "behind"));
            }
            // (`rejected the figures`, `dismissed the casualty figures as propaganda`,
            // `disputed the study`: what numbers and findings state is a claim too.)
            if lexicon().claim_nouns.contains(&w) || lexicon().figure_nouns.contains(w) {
                // (`Ukrainian forces pushed back the attack`: an attack pushed back with no
                // `on` or `against` is one driven off, not a charge answered — `pushed back
                // on the attacks` still answers them.)
                return !(verb.starts_with("push")
                    && matches!(w, "attack" | "attacks")
                    && !matches!(self.norm(c1), "on" | "against" | "at"));
            }
            thing_named |= token.kind == TokenKind::Word
                && !DETERMINERS.contains(&w)
                && !matches!(w, "it" | "them" | "him" | "her");
        }
        // No claim, clause or quotation after it: `rejected the 60% rise`, `rejected the
        // self-described democratic socialist` turn down a thing or a person.
        false
    }

    /// After `played down` or `downplayed` ending at `c1`: is its object talk, fears, reports
    /// or an idea with what it holds (`the idea that…`), a few words on?
    fn plays_down_talk(&self, c1: usize) -> bool {
        let end = (c1 + 4).min(self.doc.tokens().len());
        (c1..end)
            .take_while(|&k| self.doc.tokens()[k].kind == TokenKind::Word)
            .find(|&k| {
                !DETERMINERS.contains(&self.norm(k))
                    && !lexicon().media_modifiers.contains(self.norm(k))
            })
            .is_some_and(|k| {
                lexicon().played_down_claims.contains(self.norm(k))
                    || IDEA_NOUNS.contains(&self.norm(k))
                        && k + 1 < self.doc.tokens().len()
                        && self.norm(k + 1) == "that"
            })
    }

    /// After a form of `deny` ending at `c1`: is a claim denied, rather than something withheld
    /// from someone?
    fn denies_not_withholds(&self, c1: usize) -> bool {
        let tokens = self.doc.tokens();
        // `denying him a first-ballot victory`, `denied Damien Duff` (a save): someone is
        // denied something, not a claim.
        // (`denied them, saying…` and `denied her faith meant…` deny claims.)
        let then = if c1 + 1 < tokens.len() {
            self.norm(c1 + 1)
        } else {
            ""
        };
        let given = matches!(then, "a" | "an" | "the" | "any" | "his" | "her" | "their");
        if c1 < tokens.len()
            && (DENIED_PERSONS.contains(&self.norm(c1)) && given
                || self.is_person(c1) && !self.norm(c1).ends_with("'s"))
        {
            return false;
        }
        // (`denied him entry`, `denied the same player again`: also someone denied.)
        // (`denied the victory was rigged`: a clause after it, what was denied.)
        let withheld = (c1..(c1 + 3).min(tokens.len()))
            .take_while(|&k| tokens[k].kind == TokenKind::Word)
            .any(|k| lexicon().withheld_things.contains(self.norm(k)))
            && !(c1..(c1 + 4).min(tokens.len())).any(|k| CLAUSE_VERBS.contains(&self.norm(k)));
        // (`denied his side a famous victory`: someone's side kept from something — a
        // possessive, a noun that is no claim, and a second object.)
        // (`denied the home side a penalty`: a determiner, a noun or two that are no
        // claim, then the second object's article.)
        let kept_from = c1 < tokens.len()
            && matches!(self.norm(c1), "his" | "her" | "their" | "its" | "the")
            && (c1 + 2..(c1 + 4).min(tokens.len()))
                .find(|&k| matches!(self.norm(k), "a" | "an" | "the"))
                .is_some_and(|k| {
                    (c1 + 1..k).all(|j| {
                        tokens[j].kind == TokenKind::Word
                            && !lexicon().claim_nouns.contains(self.norm(j))
                            && !matches!(self.norm(j), "that" | "it" | "this" | "such")
                            // (`denied the concessions were a "political manoeuvre"`: a
                            // clause, what was denied.)
                            && !CLAUSE_VERBS.contains(&self.norm(j))
                            // (`denied his opposition in a separate interview`: a phrase
                            // after the object, not a second object.)
                            && !super::source::PREPOSITIONS.contains(&self.norm(j))
                    })
                });
        // (`defensive play denied England and allowed Ireland to hold on`: a side kept from
        // scoring, the sentence going on to what else happened.)
        let side = |k: usize| k < tokens.len() && tokens[k].is_capitalised();
        let after_side = if side(c1 + 1) { c1 + 2 } else { c1 + 1 };
        // (`The keeper denied Smith with a superb save`: a name kept from scoring, then
        // how.)
        let saved = side(c1)
            && !tokens[c1].is_sentence_start()
            && c1 + 1 < tokens.len()
            && matches!(self.norm(c1 + 1), "with" | "twice" | "again");
        let kept_out = side(c1)
            && after_side + 1 < tokens.len()
            && matches!(self.norm(after_side), "and" | ",")
            && (side(after_side + 1)
                || matches!(
                    self.norm(after_side + 1),
                    "allowed" | "let" | "kept" | "forced" | "saw"
                ));
        !withheld && !kept_from && !kept_out && !saved
    }

    /// A quotation mark at `k`, after a determiner past the verb's end `c1`, names the thing
    /// turned down (`rejected a "blanket policy"`): `Some(false)` when the noun inside is to
    /// decide, `Some(true)` when the name calls a claim untrue or contemptible (`rejected the
    /// "smear"`), `None` when it is no such mark.
    fn quoted_thing(&self, k: usize, c1: usize) -> Option<bool> {
        let tokens = self.doc.tokens();
        let named_thing = tokens[k].is_open_quote()
            && k > c1
            && matches!(
                self.norm(k - 1),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "any"
            );
        if !named_thing {
            return None;
        }
        let (lex, end) = (lexicon(), tokens.len().min(k + 4));
        Some(
            lex.falsity_labels
                .longest_in(self.doc, k + 1, end)
                .is_some()
                || lex
                    .dismissal_labels
                    .longest_in(self.doc, k + 1, end)
                    .is_some(),
        )
    }

    /// Does `k` say the subject was unaware of a wrong (`was unaware of the fraud`, `were
    /// unaware of any irregularities`: `lexicon/alleged-wrongs.txt`), within `a..b`?
    fn unaware_of_wrong(&self, a: usize, k: usize, b: usize) -> bool {
        self.norm(k) == "unaware"
            && k + 1 < b
            && self.norm(k + 1) == "of"
            && self.after_be(a, k)
            && (k + 2..(k + 6).min(b)).any(|j| lexicon().alleged_wrongs.contains(self.norm(j)))
    }

    /// Does the cue `cue` insist on the contrary of something put to its speaker — `Tzekos
    /// insisted he had nothing to hide`, `"No, …," Trump insisted`?
    pub(super) fn insists_on_the_contrary(
        &self,
        si: usize,
        cue: (usize, usize),
        content: Option<(usize, usize)>,
    ) -> bool {
        // (`continues to insist that…`: the verb of insisting ends a longer cue.)
        let insists = matches!(
            self.norm(cue.1.saturating_sub(1).max(cue.0)),
            "insisted"
                | "insists"
                | "insist"
                | "insisting"
                | "maintained"
                | "maintains"
                | "proclaimed"
                | "proclaims"
                | "declared"
                | "declares"
        );
        // (The rest of the sentence, not only a first quotation: `insisted that "what they
        // were was anti-Tory" and "not in any way anti-Semitic"`; or the content, when its
        // quotation runs on past the sentence.)
        let end = self.doc.sentences()[si].tokens.end;
        // (A quotation before the cue denies when its speaker's side is its subject:
        // `"No, …," Trump insisted`, `"We did nothing wrong," he insists`; not `"Japan has
        // never really liked that option…," insists Mr Wood`.)
        let own_side = |a: usize, b: usize| {
            (a..b)
                .find(|&k| self.doc.tokens()[k].kind == TokenKind::Word)
                .is_some_and(|k| {
                    let w = self.norm(k);
                    matches!(
                        w,
                        "no" | "i"
                            | "we"
                            | "he"
                            | "she"
                            | "they"
                            | "it"
                            | "this"
                            | "that"
                            | "there"
                            | "my"
                            | "our"
                            | "his"
                            | "her"
                            | "their"
                            | "nothing"
                            | "none"
                            | "nobody"
                            | "never"
                            | "not"
                    ) || ["i'", "we'", "it'", "that'", "there'"]
                        .iter()
                        .any(|p| w.starts_with(p))
                })
        };
        // (What follows the cue is read from the cue: a cue inside it may have cut its content
        // short — `insisted she hadn't discussed that with Clinton`.)
        // (`insisted that a comeback was unlikely, but … admitted: "I didn't know…"`: a
        // clause after `, but` is another statement, not what was insisted on. Looked for only
        // within the window `contradicts` reads, so a run-on sentence of cues stays linear.)
        let clause_end = |from: usize, to: usize| {
            (from + 1..to.min(from + CONTRADICTION_WINDOW))
                .find(|&k| {
                    self.norm(k - 1) == ","
                        && matches!(
                            self.norm(k),
                            "but" | "while" | "although" | "though" | "yet"
                        )
                })
                .unwrap_or(to)
        };
        // (`In response, the Conservatives insisted that theirs was the party that…`: what is
        // insisted on in answer to a charge the sentence opens by pointing to.)
        // (At any start of the clause: `But in response, …`.)
        let sentence = &self.doc.sentences()[si];
        let in_response = insists
            && ClauseStarts::of(self.doc, sentence.tokens.start, sentence.tokens.end)
                .positions()
                .any(|lo| {
                    cue.0 >= lo + 3
                        && (matches!(
                            (self.norm(lo), self.norm(lo + 1), self.norm(lo + 2)),
                            ("in", "response" | "reply", ",")
                        ) || self.norm(lo) == "responding")
                });
        insists
            && content.is_some_and(|(a, b)| {
                if in_response && a >= cue.1 {
                    return true;
                }
                let from = if a > cue.1 { cue.1 } else { a };
                let to = if from > cue.0 {
                    clause_end(from, b.max(end))
                } else {
                    b.max(end)
                };
                (b > cue.0 || own_side(a, b))
                    && (self.contradicts(from, to) || self.despite_claims(from, to))
            })
    }

    /// `insisted they are committed to free care despite research suggesting the cost was
    /// under-estimated`: what is insisted on in the face of claims, research or evidence
    /// against it (`despite` and, within three words, the claim) answers them.
    fn despite_claims(&self, a: usize, b: usize) -> bool {
        let lex = lexicon();
        let b = b.min(a + CONTRADICTION_WINDOW);
        (a..b).any(|k| {
            matches!(self.norm(k), "despite" | "notwithstanding")
                && (k + 1..(k + 4).min(b)).any(|j| {
                    let w = self.norm(j);
                    lex.claim_nouns.contains(w)
                        || lex.research_nouns.contains(w)
                        || lex.evidence_nouns.contains(w)
                })
        })
    }

    /// Does the content `a..b` deny something — a negation (`nothing to hide`, `No, …`, `was
    /// not`), a claim of being wronged (`they were the victims`) or a playing down (`had simply
    /// delayed`)? (`not only` is no negation.)
    pub(super) fn contradicts(&self, a: usize, b: usize) -> bool {
        // (`insisted the plans would not change the law`: a measure's effect denied, an answer
        // to the fears about it; the words before the modal are its subject.)
        let measure_subject = |m: usize| {
            let mut s = a;
            if s < m && self.norm(s) == "that" {
                s += 1;
            }
            if s < m
                && matches!(
                    self.norm(s),
                    "the" | "these" | "its" | "their" | "our" | "this"
                )
            {
                s += 1;
            }
            // (`the Mental Capacity Bill - for England and Wales - would not change…`: a
            // dash-set aside between the measure and its modal is read past.)
            let dash = |j: usize| matches!(self.norm(j), "-" | "—" | "–" | "--");
            let m = if m > s + 1 && dash(m - 1) {
                (s..m - 1).rev().take(10).find(|&j| dash(j)).unwrap_or(m)
            } else {
                m
            };
            m > s && m <= s + 3 && lexicon().measure_nouns.contains(&self.norm(m - 1))
        };
        // The first words of what is insisted on say whether it denies (and keep this linear).
        (a..b.min(a + CONTRADICTION_WINDOW)).any(|k| {
            let w = self.norm(k);
            // (A negated future or modal is a vow or a forecast, not a denial: `insisted they
            // won't consider a nominee`, `insisted Ireland will not be over-confident`, `insists
            // the club will never sell Gerrard`.)
            let modal_before =
                k > a && MODALS.contains(&self.norm(k - 1)) && !measure_subject(k - 1);
            let negation = matches!(w, "no" | "not" | "nothing" | "never" | "none" | "nobody")
                && !(matches!(w, "not" | "never") && modal_before);
            let not_only = w == "not" && k + 1 < b && self.norm(k + 1) == "only"
                // (`a moral obligation, if not a legal one`: a concession, not a denial.)
                || w == "not" && k > a && self.norm(k - 1) == "if"
                // (`insisted England were "no longer world class"`: a judgement, not a denial;
                // `insists there is no chance of history repeating itself`, `no doubt`: a
                // forecast or a conviction.)
                || w == "no"
                    && k + 1 < b
                    && matches!(
                        self.norm(k + 1),
                        "longer" | "chance" | "doubt" | "question" | "way" | "hopers" | "limit"
                    )
                // (`"I don't have any doubt that…"`: a conviction held, not a denial.)
                || w == "not"
                    && (k + 1..b.min(k + 4)).any(|j| matches!(self.norm(j), "doubt" | "doubts"))
                // (`insisted his side never doubted they could win`: a conviction held.)
                || matches!(w, "never" | "not")
                    && k + 1 < b
                    && matches!(self.norm(k + 1), "doubted" | "doubt" | "wavered");
            // (`maintained that it acted lawfully`: a claim of having done right.)
            let acted_rightly = w == "acted" && k + 1 < b && RIGHTLY.contains(&self.norm(k + 1));
            if acted_rightly {
                return true;
            }
            // (`insisted Mr McConnell was speaking about adults`: what the words meant, against
            // how they were read.)
            let meant = matches!(w, "speaking" | "talking" | "referring")
                && k > a
                && matches!(self.norm(k - 1), "was" | "were" | "been")
                && k + 1 < b
                && matches!(self.norm(k + 1), "about" | "to" | "of");
            if meant {
                return true;
            }
            (negation && !not_only)
                // (`insisted she had simply delayed her entry`: playing down what was alleged.)
                || matches!(
                    w,
                    "victim"
                        | "victims"
                        | "innocent"
                        | "innocence"
                        | "blameless"
                        | "simply"
                        | "merely"
                        // (`insisted that he was unaware of any shortfalls`.)
                        | "unaware"
                )
        })
    }

    /// Does `nothing` at `k` disclaim what was alleged — `had nothing to do with it`, `nothing
    /// wrong`, `"There is nothing to suggest that the scheme has brought down any of the
    /// sites"` (nothing bears it out) — within `..end`? (Not who someone is: the columns have
    /// `"nothing to do with who I am"`.)
    fn nothing_alleged(&self, k: usize, end: usize) -> bool {
        let next = if k + 1 < end { self.norm(k + 1) } else { "" };
        lexicon().wrong_words.contains(&next)
            || next == "to"
                && k + 3 < end
                && matches!(self.norm(k + 2), "suggest" | "indicate" | "support")
                && self.norm(k + 3) == "that"
            || next == "to"
                && k + 3 < end
                && self.norm(k + 2) == "do"
                && self.norm(k + 3) == "with"
                && !(k + 4 < end && matches!(self.norm(k + 4), "who" | "what" | "how"))
            // (`said he had nothing to hide`, `nothing to apologise for`: the charge disowned.)
            || next == "to"
                && k + 2 < end
                && matches!(self.norm(k + 2), "hide" | "apologise" | "apologize")
    }

    /// Does the content `a..b` deny a wrong it opens with — `he had done nothing wrong`, `his
    /// comments were not racist`, `she was innocent`, `there was no wrongdoing`?
    pub(super) fn denies_wrongdoing(&self, a: usize, b: usize) -> bool {
        let end = b.min(a + 12);
        // (`"You have not been involved in a consequential decision," he said`: a charge
        // against the one spoken to, not a denial.)
        let first = (a..end).find(|&k| self.doc.tokens()[k].kind == TokenKind::Word);
        if first.is_some_and(|k| matches!(self.norm(k), "you" | "your")) {
            return false;
        }
        let after_be = |k: usize| self.after_be(a, k);
        let reading = |k: usize| {
            let next = if k + 1 < end { self.norm(k + 1) } else { "" };
            if self.denies_saying(a, k, end) {
                return true;
            }
            // (`said he was unaware of the fraud`: not knowing of the wrong alleged.)
            if self.unaware_of_wrong(a, k, b) {
                return true;
            }
            // (`"I reject that entirely"`, `"We categorically deny these claims"`: the speaker
            // rejecting a claim in their own words; not `"I deny myself nothing"`, `we reject
            // the plan`.)
            // (The speaker's clause runs on past the window: `…, and we expect to resist the
            // charges`.)
            // (Or the speaker's body by name, in their words: `"Cairn refutes the government's
            // position," Mr Gammell said`.)
            let own_subject = matches!(self.norm(k), "i" | "we")
                || self.doc.tokens()[k].in_quote()
                    && self.doc.tokens()[k].is_capitalised()
                    && REJECTS.contains(&next);
            if own_subject && self.rejects_in_own_words(k, b.min(k + 10)) {
                return true;
            }
            // (`the meeting never happened`, `it did not take place`: what was alleged did not
            // occur.)
            let negated = self.norm(k) == "never"
                || self.norm(k) == "not" && k > a && self.norm(k - 1) == "did";
            // (Not `they didn't happen every day`: the event denied ends the clause.)
            let verb_end = if matches!(
                next,
                "happened" | "happen" | "occurred" | "occur" | "existed"
            ) {
                Some(k + 2)
            } else if matches!(next, "took" | "take") && k + 2 < end && self.norm(k + 2) == "place"
            {
                Some(k + 3)
            } else {
                None
            };
            let clause_ends = |j: usize| j >= b || self.doc.tokens()[j].kind != TokenKind::Word;
            if negated && verb_end.is_some_and(clause_ends) {
                return true;
            }
            // (`it "categorically" did not sell the data`: an emphatic negation.)
            if matches!(self.norm(k), "categorically" | "emphatically" | "flatly")
                && (k + 1..(k + 4).min(end)).any(|j| matches!(self.norm(j), "not" | "never" | "no"))
            {
                return true;
            }
            if self.acted_rightly(a, k, end, b) {
                return true;
            }
            // (`was unaware of any such plan`, `was not aware of any complaint`: disclaiming
            // knowledge of what was alleged.)
            let unaware = self.norm(k) == "unaware"
                || self.norm(k) == "aware" && k > a && matches!(self.norm(k - 1), "not" | "never");
            // (`was "not aware" of any approach`: a closing quotation mark may stand between.)
            let of_at = if next != "of" && k + 2 < end && self.doc.tokens()[k + 1].is_close_quote()
            {
                k + 2
            } else {
                k + 1
            };
            if unaware
                && of_at + 1 < end
                && self.norm(of_at) == "of"
                && matches!(self.norm(of_at + 1), "any" | "such" | "anything")
            {
                return true;
            }
            if self.denies_doing_wrong(k, end) || self.denies_such(a, k, end) {
                return true;
            }
            match self.norm(k) {
                "nothing" => self.nothing_alleged(k, end),
                // (`had not been involved`, `wasn't hiding anything`: a negated be or have, and
                // the wrong, with `been` or `ever` between.)
                "not" | "never" => {
                    let wrong_at = (k + 1..end).find(|&j| !matches!(self.norm(j), "been" | "ever"));
                    // (`announced it is not linked to Baikal`: a tie disclaimed by the speaker
                    // itself; not `Police said the two attacks were not linked`, a finding.)
                    let tie = wrong_at.is_some_and(|j| {
                        matches!(self.norm(j), "linked" | "connected" | "affiliated")
                    });
                    let self_subject = k >= a + 2
                        && matches!(self.norm(k - 2), "he" | "she" | "it" | "they" | "we" | "i");
                    let wrong = wrong_at
                        .is_some_and(|j| lexicon().wrong_words.contains(self.norm(j)))
                        && (!tie || self_subject);
                    let negated_aux = k > a && matches!(self.norm(k - 1), "had" | "has" | "have");
                    wrong && (negated_aux || after_be(k))
                }
                "no" => self.disclaims_with_no(a, k, b, end),
                // (`was not aware of any wrongdoing`, `did not commit any impropriety`, `none
                // found any evidence whatsoever of any wrongdoing`.)
                "wrongdoing" | "impropriety" => (k.saturating_sub(7).max(a)..k)
                    .any(|j| matches!(self.norm(j), "not" | "never" | "no" | "none")),
                // (`innocent people would suffer` describes, it denies nothing.)
                "innocent" | "blameless" => {
                    after_be(k)
                        && !(k + 1 < end
                            && self.doc.tokens()[k + 1].kind == TokenKind::Word
                            && !matches!(next, "of" | "and" | "until"))
                }
                _ => false,
            }
        };
        // Each reading starts at a trigger word (or at the body named before its rejecting
        // verb, `Cairn refutes…`): only those are tried, which spares most statements the
        // dozen tests.
        (a..end).any(|k| {
            let w = self.norm(k);
            let anchored = wrongdoing_trigger(w)
                || self.doc.tokens()[k].is_capitalised()
                    && k + 1 < end
                    && REJECTS.contains(&self.norm(k + 1));
            debug_assert!(
                anchored || !reading(k),
                "a wrongdoing reading starts at {w:?}, not a trigger"
            );
            anchored && reading(k)
        })
    }

    /// Does the `no` at `k` disclaim what was alleged — `had "absolutely no knowledge" of the
    /// payments`, `played no part in it`, `had no genuine desire to undermine the rules`, `had
    /// no intention of…`, `there is "no legal basis" for the complaints`?
    fn disclaims_with_no(&self, a: usize, k: usize, b: usize, end: usize) -> bool {
        let next = if k + 1 < end { self.norm(k + 1) } else { "" };
        matches!(
            next,
            "wrongdoing"
                | "impropriety"
                | "wrong"
                | "knowledge"
                | "involvement"
                | "part"
                | "intention"
                // (`it had no role in the hacking`, `no hand in it`, `no ties to`.)
                | "role"
                | "hand"
                | "ties"
                | "connection"
                // (`had "absolutely no recollection" of the meeting`: no memory of what was
                // alleged.)
                | "recollection"
        ) || matches!(next, "dealings" | "links" | "link" | "contact" | "contacts")
            // (`Chelsea have had no dealings whatsoever with me`, `had no links to the
            // group`: a tie disclaimed, with whom; not `no contact lenses`.)
            && (k + 2..(k + 4).min(b))
                .find(|&j| self.norm(j) != "whatsoever")
                .is_some_and(|j| matches!(self.norm(j), "with" | "to"))
            || next == "desire" && k > a && self.norm(k - 1) == "had"
            // (Not the present `I have no desire to change…`, a wish.)
            || k + 2 < end
            && matches!(next, "genuine" | "real")
            && matches!(self.norm(k + 2), "intention" | "desire")
            // (`there is "no legal basis" for the complaints`, `no truth in the
            // reports`: what was claimed has nothing under it.)
            || {
                let noun = if matches!(next, "legal" | "factual") { k + 2 } else { k + 1 };
                noun + 1 < end
                    && matches!(self.norm(noun), "basis" | "truth" | "merit" | "foundation")
                    && (noun + 1..(noun + 3).min(end))
                        .any(|j| matches!(self.norm(j), "for" | "in" | "to"))
            }
    }

    /// Does a form of `be` stand before token `k` (after `a`)? An opening quotation mark and
    /// an adverb may stand between: `was "completely innocent"`.
    fn after_be(&self, a: usize, k: usize) -> bool {
        let mut j = k;
        while j > a
            && j + 2 >= k
            && (self.doc.tokens()[j - 1].is_open_quote() || self.norm(j - 1).ends_with("ly"))
        {
            j -= 1;
        }
        j > a && matches!(self.norm(j - 1), "was" | "were" | "is" | "are" | "been")
    }

    /// A negated doing of anything wrong at `k`: `we didn't do anything wrong`, `had not done
    /// anything improper`, `never did anything illegal`.
    ///
    /// Or disclaims the intent to wrong anyone: `"I never intended to offend anyone"`, `did
    /// not mean to mislead` (the harm named; not `never meant to stay`); or calls it unlike
    /// them: `was not DEC's style`; or disclaims an evasion or a knowledge alleged: `are not
    /// trying to avoid her`, `was never given any reason to believe…`.
    fn denies_doing_wrong(&self, k: usize, end: usize) -> bool {
        let negation = matches!(self.norm(k), "not" | "never");
        // (`did not see anything wrong with sharing a bed`: no wrong seen in what was done.)
        let anything_wrong = k + 3 < end
            && matches!(
                self.norm(k + 1),
                "do" | "done" | "did" | "see" | "saw" | "seen"
            )
            && self.norm(k + 2) == "anything"
            && lexicon().wrong_words.contains(self.norm(k + 3));
        // (The acts are `disclaimed-acts.txt`; `cause` takes its harm after it.)
        let disclaimed = |j: usize| {
            lexicon().disclaimed_acts.contains(self.norm(j))
                || self.norm(j) == "cause"
                    && j + 1 < end
                    && matches!(
                        self.norm(j + 1),
                        "offence" | "offense" | "harm" | "distress"
                    )
        };
        let harm_meant = k + 3 < end
            && matches!(self.norm(k + 1), "intended" | "intend" | "meant" | "mean")
            && self.norm(k + 2) == "to"
            && disclaimed(k + 3);
        // (`was not DEC's style`, `not in our nature`: what was alleged is unlike them.)
        let owner = |j: usize| {
            j < end && {
                let w = self.norm(j);
                matches!(w, "my" | "our" | "his" | "her" | "its" | "their")
                    || w.ends_with("'s") && w.len() > 2
            }
        };
        let unlike_them = self.norm(k) == "not"
            && k > 0
            && matches!(self.norm(k - 1), "was" | "is" | "were" | "are" | "be")
            && k + 2 < end
            && (owner(k + 1)
                && self.norm(k + 2) == "style"
                && !(k + 3 < end && self.norm(k + 3) == "of")
                || self.norm(k + 1) == "in"
                    && owner(k + 2)
                    && k + 3 < end
                    && self.norm(k + 3) == "nature");
        // (`are not trying to avoid appearing beside her`: disclaiming the evasion alleged.)
        let not_evading = k + 3 < end
            && self.norm(k + 1) == "trying"
            && self.norm(k + 2) == "to"
            && disclaimed(k + 3);
        // (`"I was never given any reason to believe…"`: disclaiming what they knew.)
        let no_reason = matches!(self.norm(k), "never" | "not")
            && (k + 2..(k + 6).min(end)).any(|j| {
                self.norm(j) == "reason"
                    && matches!(self.norm(j - 1), "any" | "a")
                    && j + 2 < end
                    && self.norm(j + 1) == "to"
                    && matches!(self.norm(j + 2), "believe" | "think" | "suspect")
            });
        // (`did not gain any unfair advantage`, `never made any illegal payments`: a wrong
        // disclaimed by its adjective, after `any` within a verb or two of the negation.)
        let any_wrong = (k + 2..(k + 5).min(end)).any(|j| {
            self.norm(j - 1) == "any"
                && j + 1 < end
                && matches!(
                    self.norm(j),
                    "unfair"
                        | "illegal"
                        | "improper"
                        | "unlawful"
                        | "inappropriate"
                        | "unethical"
                        | "criminal"
                        | "corrupt"
                        | "untoward"
                )
                && self.doc.tokens()[j + 1].kind == TokenKind::Word
        });
        // (`"I have never taken a bribe"`, `had never accepted any kickbacks`, `has never taken
        // banned performance-enhancing drugs`: what the charge says was taken, disowned.)
        // (`she has never, ever used…`: an `ever` set off by commas may stand between.)
        let gap = |v: usize| {
            v <= k + 2 && (k + 1..v).all(|j| self.doc.tokens()[j].kind == TokenKind::Word)
                || (k + 1..v).all(|j| matches!(self.norm(j), "," | "ever"))
        };
        let took_illicit = (k + 1..(k + 5).min(end)).any(|v| {
            gap(v)
                && matches!(
                    self.norm(v),
                    "take"
                        | "took"
                        | "taken"
                        | "accept"
                        | "accepted"
                        | "receive"
                        | "received"
                        | "solicit"
                        | "solicited"
                        | "offer"
                        | "offered"
                        | "pay"
                        | "paid"
                        | "use"
                        | "used"
                )
                && (v + 1..(v + 5).min(end)).any(|j| {
                    // (The thing itself, not a noun it modifies: `the drugs trial`.)
                    let closes = j + 1 >= end
                        || self.doc.tokens()[j + 1].kind != TokenKind::Word
                        || super::source::PREPOSITIONS.contains(&self.norm(j + 1))
                        || matches!(
                            self.norm(j + 1),
                            "during"
                                | "while"
                                | "since"
                                | "as"
                                | "before"
                                | "or"
                                | "and"
                                | "ever"
                                | "either"
                                | "when"
                        );
                    lexicon().illicit_takings.contains(self.norm(j)) && closes
                })
        });
        // (The speaker's own act: `he had never taken`, `"I never took"`; not `Police said the
        // victim had not taken drugs`, a finding.)
        let took_illicit = took_illicit
            && (k.saturating_sub(3)..k)
                .any(|j| matches!(self.norm(j), "i" | "we" | "he" | "she" | "they"));
        negation
            && (anything_wrong
                || took_illicit
                || harm_meant
                || unlike_them
                || not_evading
                || no_reason
                || any_wrong)
    }

    /// What was alleged, referred back to with `such` at `k` and denied: `"I have never had
    /// any such conversation"`, `said no such deal had been offered`; not `no such thing`.
    fn denies_such(&self, a: usize, k: usize, end: usize) -> bool {
        let next = if k + 1 < end { self.norm(k + 1) } else { "" };
        self.norm(k) == "such"
            && k > a
            && (self.norm(k - 1) == "no"
                || self.norm(k - 1) == "any"
                    && (k.saturating_sub(4).max(a)..k - 1)
                        .any(|j| matches!(self.norm(j), "never" | "not")))
            && !matches!(next, "thing" | "things" | "luck" | "place")
            || self.never_did_such(a, k, end)
    }

    /// `had never produced such a document`, `did not send any such email`'s sibling `never
    /// made such a claim`: a negation, one verb, then `such a` — what was alleged disowned.
    /// (Not `was not such a bad idea`: a `be` is no act.)
    fn never_did_such(&self, a: usize, k: usize, end: usize) -> bool {
        if self.norm(k) != "such" || k < a + 2 || k + 1 >= end {
            return false;
        }
        let verb = self.norm(k - 1);
        let negation = self.norm(k - 2);
        matches!(self.norm(k + 1), "a" | "an")
            && matches!(negation, "never" | "not")
            && self.doc.tokens()[k - 1].kind == TokenKind::Word
            && !matches!(
                verb,
                "be" | "been" | "was" | "were" | "is" | "are" | "have" | "had" | "quite" | "really"
            )
            // (`had never witnessed such a scene`: an experience, not an act denied.)
            && !lexicon().experience_verbs.contains(verb)
            && (verb.ends_with("ed")
                || lexicon().past_tense.contains(verb)
                // (`did not send such an email`, `would never make such a claim`.)
                || k >= a + 3
                    && matches!(
                        self.norm(k - 3),
                        "did" | "does" | "do" | "would" | "will" | "could"
                    ))
    }

    /// After `I` or `we` at `k`: a rejecting verb (an adverb may stand between) whose object is
    /// a claim, or `that`/`this`/`it` closing the clause (`I reject that entirely`)?
    fn rejects_in_own_words(&self, k: usize, end: usize) -> bool {
        let adverb = |w: &str| lexicon().denial_intensifiers.contains(w);
        let mut v = k + 1;
        if v < end && adverb(self.norm(v)) {
            v += 1;
        }
        // (An intent before the verb: `we will contest`, `we expect to resist`, `we are going
        // to fight`.)
        let intent = if v < end && matches!(self.norm(v), "will" | "shall" | "would" | "must") {
            1
        } else if v + 1 < end
            && matches!(self.norm(v), "expect" | "intend" | "plan" | "mean" | "want")
            && self.norm(v + 1) == "to"
        {
            2
        } else if v + 2 < end
            && matches!(self.norm(v), "are" | "am")
            && self.norm(v + 1) == "going"
            && self.norm(v + 2) == "to"
        {
            3
        } else {
            0
        };
        v += intent;
        if v < end && adverb(self.norm(v)) {
            v += 1;
        }
        if v + 1 >= end {
            return false;
        }
        let o = v + 1;
        let claim_object =
            || (o..(o + 4).min(end)).any(|j| lexicon().claim_nouns.contains(self.norm(j)));
        match self.norm(v) {
            // (To refute is to call untrue, whatever the object: `refutes the government's
            // position`.)
            "refute" | "refutes" => true,
            "reject" | "deny" | "dispute" | "repudiate" | "rejects" | "denies" | "disputes"
            | "repudiates" => {
                let closes = |j: usize| {
                    j >= end || self.doc.tokens()[j].kind != TokenKind::Word || adverb(self.norm(j))
                };
                // (`I deny that I was ever paid`: what is denied, a whole clause after `that`.)
                let clause_denied =
                    matches!(self.norm(v), "deny" | "dispute" | "denies" | "disputes")
                        && self.norm(o) == "that"
                        && o + 2 < end
                        && self.doc.tokens()[o + 1].kind == TokenKind::Word;
                matches!(self.norm(o), "that" | "this" | "it") && closes(o + 1)
                    || clause_denied
                    || claim_object()
            }
            // (`we will fight the charges`, `we intend to contest these allegations`; not `we
            // will fight the closure`.)
            "fight" | "contest" | "resist" | "challenge" => claim_object(),
            _ => false,
        }
    }

    /// Does a quotation before its cue call what was just said untrue, by a pronoun for it —
    /// `"That's not true," she said`, `"This is complete nonsense,"`, `"It is simply not
    /// true,"` — the whole of what was said, the label closing it?
    pub(super) fn calls_that_false(&self, a: usize, b: usize) -> bool {
        let tokens = self.doc.tokens();
        let lex = lexicon();
        let words: Vec<usize> = (a..b.min(a + 10))
            .filter(|&k| tokens[k].kind == TokenKind::Word)
            .collect();
        // (What was said ends with the label: a clause goes on after `, and`, and that one
        // decides.)
        let last_word = (a..b).rev().find(|&k| tokens[k].kind == TokenKind::Word);
        let Some((&first, rest)) = words.split_first() else {
            return false;
        };
        let mut at = match self.norm(first) {
            "that's" | "it's" => 0,
            "that" | "this" | "it" => match rest.first().map(|&k| self.norm(k)) {
                Some("is" | "was" | "'s") => 1,
                _ => return false,
            },
            _ => return false,
        };
        if rest
            .get(at)
            .is_some_and(|&k| lex.falsity_degrees.contains(self.norm(k)))
        {
            at += 1;
        }
        let Some(&label) = rest.get(at) else {
            return false;
        };
        let end = last_word.map_or(label, |l| l + 1);
        // (`not true`, `not the case`, `not correct`: the negation and what it denies.)
        let word = |j: usize| rest.get(j).map_or("", |&k| self.norm(k));
        let negated_end = if self.norm(label) != "not" {
            None
        } else if matches!(word(at + 1), "true" | "correct" | "accurate" | "right") {
            rest.get(at + 1)
        } else if word(at + 1) == "the" && word(at + 2) == "case" {
            rest.get(at + 2)
        } else {
            None
        };
        // (`It` is as often the situation as what was said: `"It was all lies," said a shop
        // owner` of what a landlord promised; only its plain negation of truth counts.)
        let it = matches!(self.norm(first), "it" | "it's");
        negated_end.is_some_and(|&k| k + 1 == end)
            || !it && lex.falsity_labels.longest_in(self.doc, label, end) == Some(end - label)
    }

    /// Does a negation at `k` deny the words put on the speaker — `"I never said that"`, `did
    /// not say those things`, `never made those remarks` (not `did not say that the plan…`,
    /// which withholds)?
    fn denies_saying(&self, a: usize, k: usize, end: usize) -> bool {
        let mut said = match self.norm(k) {
            "never" => k + 1,
            "not" if k > a && self.norm(k - 1) == "did" => k + 1,
            _ => return false,
        };
        // (`had never actually suggested`, `never once said that`, `did not specifically
        // propose`: one emphatic adverb between the negation and the verb.)
        if said + 1 < end
            && matches!(
                self.norm(said),
                "actually"
                    | "once"
                    | "ever"
                    | "really"
                    | "specifically"
                    | "explicitly"
                    | "personally"
            )
        {
            said += 1;
        }
        // (`said he had never suggested the U.S. should use a database`: disowning a proposal
        // put on them; not `would have never proposed`, a counterfactual.)
        let own_past = k > a
            && (matches!(
                self.norm(k - 1),
                "had" | "has" | "i" | "we" | "he" | "she" | "they"
            ) || self.norm(k - 1) == "have"
                && k > a + 1
                && matches!(self.norm(k - 2), "i" | "we" | "they"));
        // (`says he never pledged to kill family members of terrorists`: a promise or a threat
        // put on them, with its `to`.)
        let word_at = |j: usize| j < end && self.doc.tokens()[j].kind == TokenKind::Word;
        let proposed = said + 1 < end
            && matches!(
                self.norm(said),
                "suggested" | "proposed" | "advocated" | "suggest" | "propose" | "advocate"
            )
            && word_at(said + 1);
        let promised = said + 2 < end
            && matches!(
                self.norm(said),
                "pledged" | "vowed" | "promised" | "threatened" | "pledge" | "vow" | "promise"
            )
            && self.norm(said + 1) == "to"
            && word_at(said + 2);
        if own_past && (proposed || promised) {
            return true;
        }
        if said + 1 >= end || !matches!(self.norm(said), "said" | "say" | "made" | "wrote") {
            return false;
        }
        let object = self.norm(said + 1);
        let words_after = said + 2 < end
            && self.doc.tokens()[said + 2].kind == TokenKind::Word
            && !matches!(
                self.norm(said + 2),
                "things" | "words" | "remarks" | "comments"
            );
        match object {
            "anything" => true,
            // (`"I never said no," he said`: the answer put on the speaker disowned.)
            "it" | "that" | "this" | "those" | "these" | "such" | "no" | "yes" => !words_after,
            // (`"We never said, 'You can own this property,'"`: words put on the speaker,
            // quoted and disowned.)
            "," | ":" => own_past && said + 2 < end && self.doc.tokens()[said + 2].is_open_quote(),
            _ => false,
        }
    }

    /// Does the content from `a` say, at `k`, that what was alleged was done right or within
    /// the law — `the officer had acted properly`, `it had followed all the rules`, `the
    /// payments were entirely legal` (`end` closes the window read, `b` the content)?
    fn acted_rightly(&self, a: usize, k: usize, end: usize, b: usize) -> bool {
        let next = if k + 1 < end { self.norm(k + 1) } else { "" };
        let clause_ends = |j: usize| j >= b || self.doc.tokens()[j].kind != TokenKind::Word;
        // (`the officer had acted properly`, `it had followed all the rules`, `had played by
        // the rules`: doing right, against what was alleged.)
        // (The rules kept to, a few words on: `the rules`, `all the regulations`.)
        let rules_within = |from: usize, to: usize| {
            (from..to.min(end)).any(|j| {
                matches!(
                    self.norm(j),
                    "rules" | "procedures" | "procedure" | "regulations" | "guidelines" | "law"
                )
            })
        };
        let acted = matches!(self.norm(k), "acted" | "behaved")
            && (RIGHTLY.contains(&next)
                    // (`had always acted within the rules`, `within the law`.)
                    || next == "within" && rules_within(k + 2, k + 4)
                    || next == "in"
                        && k + 3 < end
                        && self.norm(k + 2) == "good"
                        && self.norm(k + 3) == "faith");
        let played_by = self.norm(k) == "played" && next == "by";
        let followed = (matches!(self.norm(k), "followed" | "complied") || played_by)
            && rules_within(k + 1, k + 5);
        // (`said the party stuck to the rules when it rang TPS subscribers`, `abided by the
        // guidelines`: said of what was done, in any tense.)
        let stuck = matches!(self.norm(k), "stuck" | "sticks" | "abided" | "abides")
            && matches!(next, "to" | "by")
            && rules_within(k + 2, k + 5);
        if stuck {
            return true;
        }
        // (`maintained that it acted within the law`, `said he acted lawfully`: within the law
        // in any tense, said of the speaker's side.)
        let lawful = matches!(self.norm(k), "acted" | "behaved")
            && (next == "within" && rules_within(k + 2, k + 4)
                || matches!(next, "lawfully" | "legally"))
            && k > a
            && matches!(self.norm(k - 1), "it" | "he" | "she" | "they" | "we" | "i");
        if lawful {
            return true;
        }
        let perfect = |j: usize| matches!(self.norm(j), "had" | "has" | "have");
        // (`had always acted within the rules`: an adverb of time may stand between.)
        if (acted || followed)
            && k > a
            && (perfect(k - 1)
                || k > a + 1
                    && matches!(self.norm(k - 1), "always" | "consistently")
                    && perfect(k - 2))
        {
            return true;
        }
        // (`insisted that the program had been legal`: what was alleged was within the law,
        // the clause ending there.)
        // (`the payments were entirely legal`, `was perfectly legitimate`: an adverb of
        // degree may stand between.)
        let be = |j: usize| matches!(self.norm(j), "been" | "was" | "were" | "is" | "are");
        if matches!(self.norm(k), "legal" | "lawful" | "legitimate")
            && k > a
            && (be(k - 1)
                || k > a + 1
                    && matches!(
                        self.norm(k - 1),
                        "entirely"
                            | "perfectly"
                            | "completely"
                            | "totally"
                            | "fully"
                            | "wholly"
                            | "absolutely"
                    )
                    && be(k - 2))
            && clause_ends(k + 1)
        {
            return true;
        }
        false
    }

    /// Does the content `a..b` open by calling an accuser untruthful or wrong — `the witness was
    /// mistaken`, `the complainant was lying`, `his accusers were not telling the truth`? (The
    /// accuser's account is the claim rejected; `the witness was lying on the floor` says where.)
    pub(super) fn calls_accuser_false(&self, a: usize, b: usize) -> bool {
        let end = b.min(a + 10);
        let Some(k) = (a..end.min(a + 6)).find(|&k| ACCUSERS.contains(&self.norm(k))) else {
            return false;
        };
        // (Past whom it was told: `told the jury the complainant was lying`.)
        let opening = |w: &str| {
            matches!(
                w,
                "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "that"
                    | "this"
                    | "these"
                    | "those"
                    | "jury"
                    | "court"
                    | "tribunal"
                    | "hearing"
                    | "inquiry"
                    | "reporters"
                    | "him"
                    | "them"
                    | "us"
                    | "me"
            )
        };
        if !(a..k).all(|j| opening(self.norm(j))) {
            return false;
        }
        let be = k + 1;
        if be + 1 >= end {
            return false;
        }
        let after = match (self.norm(be), self.norm(be + 1)) {
            ("was" | "were" | "is" | "are", "not") | ("had" | "has" | "have", "been") => be + 2,
            ("was" | "were" | "is" | "are", _) => be + 1,
            _ => return false,
        };
        // (Past an adverb: `was simply lying`, `were just mistaken`.)
        let after = if after < end
            && (self.adverb(after) || matches!(self.norm(after), "just" | "either"))
        {
            after + 1
        } else {
            after
        };
        if after >= end {
            return false;
        }
        let closes = |j: usize| {
            j >= b
                || !matches!(self.doc.tokens()[j].kind, TokenKind::Word)
                || matches!(self.norm(j), "about" | "and" | "or" | "when" | "because")
        };
        let negated = self.norm(after - 1) == "not";
        match self.norm(after) {
            "lying" | "mistaken" | "wrong" | "confused" | "lied" => !negated && closes(after + 1),
            "telling" => {
                negated
                    && after + 2 < b
                    && self.norm(after + 1) == "the"
                    && self.norm(after + 2) == "truth"
            }
            _ => false,
        }
    }

    /// Does the content `a..b` call a claim false — `the story was false`, `reports that he had
    /// fled were inaccurate`, `the AP report was misleading`? A claim noun, then a form of `be`
    /// and a word of falsity (with an adverb between at most).
    pub(super) fn calls_false(&self, a: usize, b: usize) -> bool {
        let lex = lexicon();
        let end = b.min(a + 60);
        // (`the lawsuit was "totally meritless"`: a suit is a claim called false too; not a
        // claim noun elsewhere, where `dismissed the lawsuit` is a court's act.)
        // (`said the investigation was a witch hunt`: an inquiry into the speaker dismissed is
        // the charge behind it rejected — by a dismissal, not a word of falsity.)
        let is_inquiry = |k: usize| INQUIRY_NOUNS.contains(&self.norm(k));
        let Some(claim) = (a..end).find(|&k| {
            lex.claim_nouns.contains(self.norm(k))
                || SUIT_NOUNS.contains(&self.norm(k))
                || is_inquiry(k)
        }) else {
            return false;
        };
        let inquiry = is_inquiry(claim);
        // (`those comments were absolutely outrageous`: contempt for what someone said is
        // criticism; `his comments were inaccurate` calls them untrue.)
        let comments = matches!(
            self.norm(claim),
            "comment" | "comments" | "remark" | "remarks"
        );
        // `there was "no truth" in the reports`, `not a shred of truth to the claims`.
        // (`the claims "could not be further from the truth"`.)
        let no_truth = (a + 1..end).any(|k| {
            self.norm(k) == "truth"
                && (self.norm(k - 1) == "no"
                    || k >= a + 3
                        && self.norm(k - 1) == "the"
                        && self.norm(k - 2) == "from"
                        && matches!(self.norm(k - 3), "further" | "farther")
                    || k >= a + 2
                        && self.norm(k - 1) == "of"
                        && matches!(self.norm(k - 2), "shred" | "grain" | "iota" | "ounce"))
        });
        if no_truth {
            return true;
        }
        // `there was "nothing to" the rumours`: the claim right after, past an article and a
        // closing quotation mark.
        let tokens = self.doc.tokens();
        let nothing_to = (a..claim).any(|k| {
            let to = if k + 1 < claim && tokens[k + 1].is_close_quote() {
                k + 2
            } else {
                k + 1
            };
            self.norm(k) == "nothing"
                && to < claim
                && self.norm(to) == "to"
                && (to + 1..claim).all(|j| {
                    matches!(self.norm(j), "the" | "these" | "those" | "such" | "any")
                        || tokens[j].is_close_quote()
                })
        });
        if nothing_to {
            return true;
        }
        // `the claims had "no merit"`, `the allegations have no substance`.
        let no_merit = (claim + 1..end.saturating_sub(1)).any(|k| {
            matches!(
                self.norm(k),
                "had" | "has" | "have" | "carried" | "carry" | "held"
            ) && (k + 1..(k + 3).min(end)).any(|j| {
                self.norm(j) == "no"
                    && (j + 1..(j + 3).min(end)).any(|n| {
                        matches!(
                            self.norm(n),
                            "merit" | "substance" | "basis" | "foundation" | "validity"
                        )
                    })
            })
        });
        if no_merit {
            return true;
        }
        // (`told the BBC it was a laughable suggestion`, `said this was a false claim`: the
        // label right before the claim noun, or before a closing quotation mark there, after a
        // `be`; not `it was "absurd" to charge farmers`.)
        let labelled_claim = !comments && !inquiry && claim > a && {
            let tokens = self.doc.tokens();
            let before = if tokens[claim - 1].is_close_quote() && claim > a + 1 {
                claim - 1
            } else {
                claim
            };
            (before.saturating_sub(2).max(a)..before).any(|j| {
                (lex.dismissal_labels.longest_in(self.doc, j, before) == Some(before - j)
                    || lex.falsity_labels.longest_in(self.doc, j, before) == Some(before - j))
                    && (j.saturating_sub(4).max(a)..j)
                        .any(|k| matches!(self.norm(k), "was" | "is" | "were" | "are"))
            })
        };
        if labelled_claim {
            return true;
        }
        // (`said that claim smacked of hypocrisy`: what the claim betrays, not what it says.)
        if claim + 2 < end
            && matches!(self.norm(claim + 1), "smacked" | "smacks")
            && self.norm(claim + 2) == "of"
        {
            return true;
        }
        (claim + 1..end).any(|k| {
            // (`previous claims of looming disaster have proved inaccurate`: shown to be so.)
            matches!(
                self.norm(k),
                "was" | "were" | "is" | "are" | "been" | "proved" | "proven"
            )
                // (`was "a complete fabrication"`: a quotation mark, an article and an
                // adjective may stand between.)
                // (Only words of that kind: `the trust had been warned about outdated
                // software` calls nothing outdated.)
                && (k + 1..(k + 6).min(end)).any(|j| {
                    (k + 1..j).all(|g| self.label_lead_in(g))
                    && (!inquiry && lex.falsity_labels.longest_in(self.doc, j, end).is_some()
                        || !comments && lex.dismissal_labels.longest_in(self.doc, j, end).is_some()
                        // (`the criticism was unfair`, `fears were overblown`, `reports of his
                        // departure were premature`: rejected without being called untrue.)
                        || !comments && lex.rebuttal_labels.longest_in(self.doc, j, end).is_some()
                        // (`the story was not accurate`, `is not correct`.)
                        || !inquiry
                            && self.norm(j) == "not"
                            && j + 1 < end
                            && matches!(
                                self.norm(j + 1),
                                "true" | "accurate" | "correct" | "factual" | "truthful"
                            ))
                })
        })
    }

    /// Can word `k` stand between a `be` and the label it gives a claim? Quotation marks,
    /// articles, degrees and other adjectives can (`was "a complete fabrication"`, `are partial,
    /// inaccurate`, `were part of a smear campaign`); a verb's participle or a preposition other
    /// than `of` starts another phrase, whose words say nothing of the claim (`the trust had
    /// been warned about outdated software` calls nothing outdated).
    fn label_lead_in(&self, k: usize) -> bool {
        let w = self.norm(k);
        // (`was indeed false`, `was nothing but a smear`.)
        let participle = w.len() > 4
            && (w.ends_with("ed") && w != "indeed" || w.ends_with("ing") && !w.ends_with("thing"));
        w == "of"
            || !participle && !super::source::PREPOSITIONS.contains(&w)
            || lexicon().falsity_degrees.contains(w)
    }
}

/// Can a reading of `says_claim_false` start at a word of this form — a negation, a word of
/// `WRONGDOING_TRIGGERS`, a claim, suit or inquiry noun, a word of falsity? (Each reading
/// starts at one: `calls_false` at its claim noun, `denies_wrongdoing` at its triggers,
/// `false_claims_in` at its falsity label, `denies_charge`, `disowns_account` and
/// `echoes_allegation` at a negation, `no_plans` at `no`.) Debug builds check every statement
/// against the readings themselves.
pub(super) fn starts_denial(w: &str) -> bool {
    static ONE_WORD: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    let lex = lexicon();
    let one_word = ONE_WORD.get_or_init(|| {
        INQUIRY_NOUNS
            .iter()
            .chain(SUIT_NOUNS)
            .chain(ACCUSERS)
            .copied()
            .collect()
    });
    wrongdoing_trigger(w)
        || one_word.contains(w)
        || lex.claim_nouns.contains(w)
        || lex.falsity_labels.contains(w)
}

/// A body rejecting, by name, in its speaker's words: `"Cairn refutes the government's
/// position," Mr Gammell said` (the verbs after the name that `denies_wrongdoing` reads).
const REJECTS: &[&str] = &["refutes", "rejects", "denies", "disputes", "repudiates"];

/// Is `w` a word a `denies_wrongdoing` reading starts at: one of [`WRONGDOING_TRIGGERS`] or
/// [`REJECTS`] (`not`, of `didn't` too)? (A set: it is asked of every word of what was said.)
fn wrongdoing_trigger(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| WRONGDOING_TRIGGERS.iter().chain(REJECTS).copied().collect())
        .contains(w)
}

/// Those whose account a denial may call false by calling them untruthful (`the witness was
/// mistaken`).
const ACCUSERS: &[&str] = &[
    "witness",
    "witnesses",
    "complainant",
    "complainants",
    "accuser",
    "accusers",
];

/// A suit is a claim called false too (`the lawsuit was "totally meritless"`).
const SUIT_NOUNS: &[&str] = &["lawsuit", "lawsuits", "suit"];

/// Inquiries into the speaker: calling one a witch hunt rejects the charge behind it.
const INQUIRY_NOUNS: &[&str] = &[
    "investigation",
    "investigations",
    "probe",
    "probes",
    "inquiry",
    "inquiries",
    "impeachment",
    "prosecution",
    "indictment",
];

/// How far after the word of alleging a negated modal's verb must stand in the allegation.
const MODAL_ECHO_REACH: usize = 10;

/// Words that say an allegation was made in the sentences before a denial by echo (`He was
/// accused of meeting the envoy.`).
const ALLEGING: &[&str] = &[
    "accused",
    "accuse",
    "accuses",
    "accusing",
    "accusation",
    "accusations",
    "alleged",
    "alleges",
    "alleging",
    "allegedly",
    "allegation",
    "allegations",
    "charged",
    "suspected",
    "blamed",
    "claimed",
    "claims",
    "critics",
];

/// Words too common to tie a denial to what was alleged.
const ECHO_STOP: &[&str] = &[
    "all", "and", "any", "are", "but", "can", "did", "for", "get", "got", "had", "has", "her",
    "him", "his", "how", "its", "may", "new", "not", "now", "one", "our", "out", "own", "the",
    "too", "two", "was", "way", "who", "why", "yes", "you", "about", "after", "again", "also",
    "been", "before", "being", "could", "does", "doing", "done", "ever", "from", "have", "having",
    "into", "just", "know", "knew", "known", "made", "make", "more", "most", "never", "only",
    "other", "over", "said", "says", "should", "some", "such", "than", "that", "their", "them",
    "then", "there", "these", "they", "this", "those", "time", "told", "very", "were", "what",
    "when", "which", "while", "will", "with", "would", "years",
];

/// How many tokens of an earlier sentence are read for an allegation (and keep it linear).
const ECHO_LOOK_BACK: usize = 80;

/// A word's first five letters, what a denial by echo compares (`meeting` and `meet`,
/// `classified` in both): no allocation.
fn stem(w: &str) -> &str {
    w.char_indices().nth(5).map_or(w, |(i, _)| &w[..i])
}

impl Pass<'_> {
    /// Does the content `a..b` deny by echo what the sentences before alleged — a negated
    /// statement whose words come back from an allegation in the two sentences before or
    /// earlier in this one (`He was accused of meeting the envoy. He said he had never met the
    /// envoy.`; `he claimed the Tories would cut £35bn…, the equivalent of sacking every doctor
    /// and teacher` answered by `they say not a single doctor, teacher or nurse will be cut`)?
    /// (`He said he did not expect to win` after an allegation of something else shares no word
    /// with it, and is no denial.)
    pub(super) fn echoes_allegation(
        &self,
        si: usize,
        cue: (usize, usize),
        a: usize,
        b: usize,
    ) -> bool {
        let tokens = self.doc.tokens();
        let end = b.min(a + 12);
        // Negated near the start of what was said.
        let Some(neg) = (a..end).find(|&k| {
            let w = self.norm(k);
            matches!(w, "not" | "never")
        }) else {
            return false;
        };
        // (`said that although the Act does not provide exemptions…`: a concession, not a
        // denial; `"You have not…"`: a charge against the one spoken to.)
        let conceded = (a..neg).any(|k| {
            matches!(
                self.norm(k),
                "although"
                    | "though"
                    | "while"
                    | "whereas"
                    | "if"
                    | "unless"
                    | "because"
                    | "when"
                    | "you"
                    | "your"
            )
        });
        if conceded {
            return false;
        }
        // A negated modal is a vow or a forecast (`insisted they won't consider a nominee`),
        // unless it takes back the very verb alleged: `claimed the Tories would cut £35bn`
        // answered by `said they would not cut spending`.
        let modal = neg > a && MODALS.contains(&self.norm(neg - 1))
            // (`"We are not going to suggest…"`: a future, as a modal's is.)
            || neg + 1 < b && self.norm(neg + 1) == "going";
        let telling = |w: &str| {
            w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && !ECHO_STOP.contains(&w)
        };
        let reach = if modal { neg + 2 } else { neg + 9 };
        let denied: Vec<&str> = (neg + 1..b.min(reach))
            .take_while(|&k| tokens[k].kind == TokenKind::Word)
            // (A name is what the story is about, not what was alleged: `…against Remington,
            // alleging…` and `he didn't support their right to sue Remington`.)
            .filter(|&k| !tokens[k].is_capitalised())
            .map(|k| self.norm(k))
            .filter(|w| telling(w) && !(modal && *w == "going"))
            .map(stem)
            .collect();
        if denied.is_empty() {
            return false;
        }
        // The allegation: up to two sentences before, and this one before its speaker (each read
        // at most `ECHO_LOOK_BACK` tokens back, so a run-on sentence of such cues stays linear).
        let sentences = self.doc.sentences();
        let before_cue = cue.0.min(a);
        let here = before_cue
            .saturating_sub(ECHO_LOOK_BACK)
            .max(sentences[si].tokens.start)..before_cue;
        let before = (si.saturating_sub(2)..si).map(|s| {
            let r = &sentences[s].tokens;
            r.end.saturating_sub(ECHO_LOOK_BACK).max(r.start)..r.end
        });
        before.chain(std::iter::once(here)).any(|r| {
            let alleging = r.clone().find(|&k| ALLEGING.contains(&self.norm(k)));
            alleging.is_some()
                && r.clone().any(|k| {
                    // (A negated modal takes back a verb of the allegation itself, a few words
                    // after its `accused`: not `Souness can't play for me` after `accused
                    // Souness of lying, following a dispute about what position Bellamy should
                    // play`.)
                    if modal && alleging.is_some_and(|at| k <= at || k > at + MODAL_ECHO_REACH) {
                        return false;
                    }
                    let w = self.norm(k);
                    // (Not what was already said in the negative: `says he will not apologise
                    // for making allegations` then `"I will never apologise."` repeats it.)
                    let negated = (k.saturating_sub(3).max(r.start)..k).any(|j| {
                        let v = self.norm(j);
                        matches!(v, "not" | "never" | "no")
                    });
                    telling(w) && !ALLEGING.contains(&w) && !negated && denied.contains(&stem(w))
                })
        })
    }
}

/// How far into the sentence before an accused's answer the accusation is looked for, and how
/// long the accused's phrase after `accuse` may be.
const ACCUSATION_LOOK: usize = 40;
const ACCUSED_WORDS: usize = 6;

impl Pass<'_> {
    /// Does the speaker, opening the sentence right after an accusation against them, answer it
    /// — `Rights groups accuse the army of killing civilians. The army says it only targets
    /// militants.`, `The mayor is accused of misusing funds. She says all spending was
    /// approved.`? The accused answering at once is a denial in its own words, whatever the
    /// words; not a plan or a forecast (`The firm says it will publish its own tests next week`).
    pub(super) fn answers_accusation(
        &self,
        si: usize,
        cue: (usize, usize),
        source: Option<(usize, usize)>,
        content: Option<(usize, usize)>,
    ) -> bool {
        let (Some((s0, s1)), Some((a, b))) = (source, content) else {
            return false;
        };
        // A verb of saying under which a denial is reported (`lexicon/denying-speech-verbs.txt`,
        // the packs' `@denying-speech-verb`), the speaker right before it.
        let lex = lexicon();
        if si == 0
            || b <= cue.0
            || cue.1 != cue.0 + 1
            || s1 != cue.0
            || !lex.claim_false_verbs.contains(self.norm(cue.0))
        {
            return false;
        }
        // Not a plan, a forecast, a hope or a feeling (`said she was "delighted" at the
        // chance to take him on`).
        let plan = (a..b.min(a + 5)).any(|k| {
            let w = self.norm(k);
            MODALS.contains(&w)
                || lex.intention_verbs.contains(w)
                || matches!(w, "expect" | "expects")
                || lex.answer_feelings.contains(w)
        });
        // Reported speech only: a quotation after the cue is read by the readings of the
        // speaker's own words (`Souness said: "He can't play for me ever again."` after
        // `…accused Souness of lying` answers nothing).
        if plan || self.norm(a) == ":" || self.doc.tokens()[a].is_open_quote() {
            return false;
        }
        // The speaker opens the sentence, or its clause after a connective or a fronted phrase
        // (`But the army says…`, `On Monday, the army said…`).
        let sentence = &self.doc.sentences()[si].tokens;
        if !ClauseStarts::of(self.doc, sentence.start, sentence.end).holds(s0) {
            return false;
        }
        let pronoun = s1 == s0 + 1 && matches!(self.norm(s0), "he" | "she" | "it" | "they");
        // The speaker's head word is among the accused's words (`the army` / `The army`,
        // `Iran` / `Iran`, `Mr Haas` / `Mr Haas`), or names the same state by its capital
        // (`Iran` / `Tehran`, `lexicon/capitals.txt`).
        let head = self.norm(s1 - 1);
        let named_accused = |(a0, a1): (usize, usize)| {
            head.len() >= 3
                && !DETERMINERS.contains(&head)
                && (a0..a1).any(|k| {
                    let w = self.norm(k);
                    w == head || lex.same_state(w, head)
                })
        };
        // The sentence before; by name, the one before it too, past the accuser's quotation
        // (`Critics accused the firm of exploiting workers. "It is a disgrace," said Ann Cole.
        // The firm says it pays above the minimum wage.`). The nearest accusation decides.
        for back in 1..=si.min(if pronoun { 1 } else { 2 }) {
            let prev = &self.doc.sentences()[si - back].tokens;
            let p0 = prev.start.max(prev.end.saturating_sub(ACCUSATION_LOOK));
            let Some(accused) = self.accused_in(p0, prev.end) else {
                continue;
            };
            return if pronoun {
                // (`She says…` after `The mayor is accused of…`: the accused opened the
                // sentence, or its clause after a fronted phrase: `On Monday, the mayor is
                // accused…`.)
                accused.0 == prev.start
                    || ClauseStarts::of(self.doc, prev.start, prev.end).holds(accused.0)
            } else {
                named_accused(accused)
            };
        }
        false
    }

    /// The accused of an accusation in `p0..p1`: `accuse Y of`, `Y is accused of`, `allege that
    /// Y…`, `blamed Y for`.
    fn accused_in(&self, p0: usize, p1: usize) -> Option<(usize, usize)> {
        let tokens = self.doc.tokens();
        let word = |k: usize| tokens[k].kind == TokenKind::Word;
        (p0..p1).find_map(|k| {
            let w = self.norm(k);
            match w {
                "accuse" | "accuses" | "accused" | "accusing" | "blame" | "blames" | "blamed" => {
                    let passive = k > p0
                        && matches!(
                            self.norm(k - 1),
                            "is" | "are" | "was" | "were" | "been" | "being"
                        );
                    if passive {
                        // The subject: the sentence's words before the `be`.
                        let start = (p0..k - 1)
                            .rev()
                            .take(ACCUSED_WORDS)
                            .take_while(|&j| word(j))
                            .last()?;
                        return Some((start, k - 1));
                    }
                    let link = if w.starts_with("blam") { "for" } else { "of" };
                    let end = (k + 1..(k + 1 + ACCUSED_WORDS).min(p1))
                        .take_while(|&j| word(j))
                        .find(|&j| self.norm(j) == link)?;
                    (end > k + 1).then_some((k + 1, end))
                }
                "allege" | "alleges" | "alleged" if k + 2 < p1 && self.norm(k + 1) == "that" => {
                    let end = (k + 2..(k + 2 + ACCUSED_WORDS).min(p1))
                        .take_while(|&j| word(j))
                        .last()?;
                    Some((k + 2, end + 1))
                }
                _ => None,
            }
        })
    }
}
