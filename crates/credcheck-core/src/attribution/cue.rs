//! The stages of the sentence loop (`Pass::sentence`), in the order it tries them at a token
//! that may start an attribution: cues that are punctuation, cues by a word's form, `according
//! to`, non-responses; then, for a speech or cognition verb (`verb_cue`), the frames that decide
//! it, the readings in which it is no cue (a noun, a passive, a participle describing its noun),
//! whether it denies (`verb_response`), its participle and inversion forms, its subject
//! (`verb_subject`), a belief nested in another's report, and last whether the subject makes it
//! an attribution (`view_holder_accepted`, `base_form_accepted`, `listed_verb_accepted`) before
//! it is recorded with its content (`push_verb_cue`). A stage that decides a token returns
//! `Some(next token)`; `None` passes it on.

use super::classify::people_noun;

/// How far a `citing` or `quoting` participle set off before the main verb is read for its
/// closing comma.
/// How many words of what a relative clause's cue was about (`who complained about the school
/// trip`) are read before the main clause's verb.
const RELATIVE_TOPIC_WORDS: usize = 6;

const CITED_TOKENS: usize = 30;

/// How far back from a plural `appear to` the material that shows something may stand
/// (`Photos circulating on social media appear to show…`).
const MATERIAL_LOOKBACK: usize = 8;

/// How far back a conjunction's subordinate clause is looked for (`because he favors…`).
const MAX_SUBORDINATE_TOKENS: usize = 24;
use super::lexicon::{
    CUE_ATTITUDE, CUE_BASE, CUE_COGNITION, CUE_INVERSION, CUE_NONRESPONSE, CUE_SPEECH, lexicon,
};
use super::{
    ANONYMITY_REQUEST_CUES, CAUSATIVE_VERBS, CLAUSE_VERBS, DETERMINERS, EFFORT_VERBS,
    GROUP_PRONOUNS, INVERSION_ONLY, MODALS, NOUN_LIKE_BASE_FORMS, NOUN_MARKERS,
    OBJECT_CLAUSE_TOKENS, PASSIVE_AUX, PERSON_PRONOUNS, PROMPTING_VERBS, Pass, SKIP_BEFORE_CUE,
    STARTING_VERBS, Sent, TokenRange, VerbCue, VerbSubject,
};
use crate::clause::{ASIDE_WORDS, ClauseStarts, PASSING_ADVERBS, PASSING_PAIR};
use crate::model::{EntityKind, Response, SourceKind, TokenKind};
use crate::span::Span;

/// A headline's label for an unnamed report or poll (`Report: …`, `Poll: …`): a headline drops
/// its article, so the label is `a report`, not one the story has named.
const HEADLINE_REPORTS: &[&str] = &[
    "report",
    "reports",
    "poll",
    "polls",
    "survey",
    "study",
    "newspaper",
    "media",
];

/// A headline's label for unnamed people who say what follows (`Sources: …`, `Historians: …`).
const HEADLINE_SOURCES: &[&str] = &[
    "source",
    "sources",
    "insiders",
    "officials",
    "experts",
    "analysts",
    "critics",
    "historians",
    "economists",
    "observers",
    "scientists",
];

/// How far into a subject phrase a main verb of its own is looked for.
const MAIN_VERB_LOOK: usize = 20;

/// A headline's label before a colon that names no speaker (`Exclusive: "…"`, `Watch: "…"`).
const HEADLINE_LABELS: &[&str] = &[
    "exclusive",
    "breaking",
    "update",
    "updated",
    "watch",
    "video",
    "live",
    "analysis",
    "opinion",
    "comment",
    "editorial",
    "review",
    "interview",
    "explainer",
    "factcheck",
    "correction",
    "clarification",
    "quote",
    "quotes",
    "verdict",
    // A caption's or a web page's labels (`FILE PHOTO: A man walks past…`, `READ MORE:`).
    "file",
    "photo",
    "photos",
    "picture",
    "pictures",
    "graphic",
    "graphics",
    "map",
    "chart",
    "audio",
    "listen",
    "read",
    "more",
    "related",
    "gallery",
    "factbox",
];

impl<'d> Pass<'d> {
    /// Stage one of the sentence loop: cues that are punctuation — a dash after a quotation
    /// with its speaker, a headline's `Report:` or `Sources:`, a transcript's speaker label, a
    /// name before a colon — and past any other non-word. `Some(next)`: the token to go on
    /// from; `None`: the token is a word for the later stages.
    pub(super) fn punctuation_cue(&mut self, sent: Sent, mut i: usize) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let tokens = self.doc.tokens();
        // `“…,” ― Pamela Padilla`: a dash after a quotation, then who said it.
        if matches!(self.norm(i), "―" | "—" | "–" | "-" | "--")
            && i > lo
            && (tokens[i - 1].is_close_quote()
                || (i > lo + 1
                    && tokens[i - 2].is_close_quote()
                    && matches!(self.norm(i - 1), "," | ".")))
        {
            let name = self.subject_at_start(i + 1, hi).filter(|&(a, b)| {
                b >= self.content_end(hi) || (a..b).any(|k| self.entity_of(k).is_some())
            });
            if let Some(source) = name {
                let content = self.quote_or_clause_before(lo, i);
                self.push(si, (i, i + 1), Some(source), content, None);
                i = source.1;
                return Some(i);
            }
        }
        // A headline's `Report: Walker to speak…`, `Sources: …`, `Newspaper: …`,
        // `Historians: …`, `Poll: Clinton and Sanders in dead heat…`: unnamed reports, polls,
        // outlets, sources or groups say what follows.
        if self.norm(i) == ":"
            && i == lo + 1
            && i + 1 < hi
            && !tokens[i].in_quote()
            && (HEADLINE_REPORTS.contains(&self.norm(lo))
                || HEADLINE_SOURCES.contains(&self.norm(lo)))
        {
            let content = self.content_after(i + 1, hi);
            self.push(si, (i, i + 1), Some((lo, i)), content, None);
            // (A headline drops its article: `Report:` is `a report`, `Poll:` `a poll`,
            // `Newspaper:` `a newspaper`, not a document or outlet the story has named.)
            if HEADLINE_REPORTS.contains(&self.norm(lo)) {
                if let Some(last) = self.out.last_mut().filter(|a| a.sentence.index() == si) {
                    last.kind = SourceKind::Report;
                    last.classified_by = "report-noun";
                }
            }
            i += 1;
            return Some(i);
        }
        // A transcript's speaker label: `WALLACE: Let's start…`
        // (Not a label: `EXCLUSIVE: …`, `PHOTO: …`.)
        if self.norm(i) == ":"
            && i == lo + 1
            && tokens[lo].is_all_caps()
            && i + 1 < hi
            && !HEADLINE_LABELS.contains(&self.norm(lo))
        {
            let content = self.content_after(i + 1, hi);
            self.push(si, (i, i + 1), Some((lo, i)), content, None);
            i += 1;
            return Some(i);
        }
        // `Clinton spokesman Brian Fallon: “…”`, headline `Trump: Cruz Has…` (not a label:
        // `FILE PHOTO: A man walks past…`).
        if self.norm(i) == ":" && !tokens[i].in_quote() {
            let named = i > lo
                && !(lo..i).all(|k| HEADLINE_LABELS.contains(&self.norm(k)))
                && i - lo <= if self.title_case(lo, hi) { 8 } else { 5 }
                && (lo..i).all(|k| {
                    tokens[k].is_capitalised()
                        || self.entity_of(k).is_some()
                        || matches!(self.norm(k), "'" | "-" | "of" | "the")
                })
                && (self.title_case(lo, hi) || !(lo..i).any(|k| self.cue_mask_at(k) != 0))
                && (lo..i).any(|k| {
                    self.entity_of(k).is_some()
                        || (tokens[k].is_capitalised() && !tokens[k].is_all_caps() && k > lo)
                });
            // (A headline's one word and a quotation: `Blair: 'I will serve a full term'`,
            // `Mayor: "I did nothing wrong"`; not a label, `Exclusive: "…"`.)
            let quoted_speaker = i == lo + 1
                && i + 1 < hi
                && tokens[lo].is_capitalised()
                && tokens[lo].kind == TokenKind::Word
                && tokens[i + 1].is_open_quote()
                && !HEADLINE_LABELS.contains(&self.norm(lo));
            if (named || quoted_speaker) && i + 1 < hi {
                let content = self.content_after(i + 1, hi);
                self.push(si, (i, i + 1), Some((lo, i)), content, None);
            }
            i += 1;
            return Some(i);
        }
        if tokens[i].kind != TokenKind::Word {
            i += 1;
            return Some(i);
        }
        None
    }

    /// Stage two: a word that is a cue by its form alone — `reportedly`, a document that
    /// `reads`, a view in the passive with its holders as agent (`is regarded by US officials as`).
    pub(super) fn word_form_cue(&mut self, sent: Sent, mut i: usize) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let word = self.norm(i);
        // `The club is reportedly spending $1.5m`: an attribution to unnamed reports, with
        // no source phrase.
        if word == "reportedly" && !tokens[i].in_quote() {
            let content = self
                .subject_at_start(lo, i)
                .map(|(a, _)| (a, self.content_end(hi)));
            self.push(si, (i, i + 1), None, content, None);
            if let Some(last) = self.out.last_mut() {
                last.kind = SourceKind::Report;
                last.classified_by = "reportedly";
            }
            i += 1;
            return Some(i);
        }
        // `there is mounting anxiety among senior Democrats that…`: a feeling held among a
        // group, what they hold after `that` (a few words for the group, no punctuation).
        if word == "among"
            && !tokens[i].in_quote()
            && i > lo
            && lex.held_feelings.contains(self.norm(i - 1))
        {
            let that = (i + 2..(i + 10).min(hi))
                .take_while(|&k| !matches!(self.norm(k), "," | ";" | "." | ":"))
                .find(|&k| self.norm(k) == "that");
            if let Some(t) = that {
                let content = (t + 1 < hi).then(|| (t + 1, self.content_end(hi)));
                // (Two groups, `senior Democrats and some Clinton allies`: the nearer speaks,
                // as a subject before a verb does.)
                let from = (i + 2..t)
                    .rev()
                    .find(|&k| self.norm(k) == "and")
                    .map_or(i + 1, |k| k + 1);
                self.push(si, (i - 1, i + 1), Some((from, t)), content, None);
                return Some(t + 1);
            }
        }
        // `“I am still Sanders,” it read.`, `One message reads “…”`: what a sign, a
        // message or a document says.
        if matches!(word, "read" | "reads") && !tokens[i].in_quote() && i > lo {
            let quote_after = tokens
                .get(i + 1)
                .is_some_and(|t| i + 1 < hi && (t.is_open_quote() || self.norm(i + 1) == ":"));
            let source = if tokens[i - 1].is_close_quote() {
                self.phrase_after(i + 1, hi)
            } else {
                self.subject_before(i, lo, si)
            };
            // `“…,” one placard read.`: the quotation closes just before the subject.
            let quote_before = tokens[i - 1].is_close_quote()
                || source.is_some_and(|(a, _)| self.after_quotation(a, lo));
            // A sign, a note, a message — or `it`, `which`, `one` standing for one.
            let documentary = source.is_some_and(|(a, b)| {
                (a..b).any(|k| {
                    let w = self.norm(k);
                    matches!(w, "it" | "which" | "one" | "another" | "signs")
                        || lex.document_nouns.contains(w)
                })
            });
            if (quote_before || quote_after) && documentary {
                let content = if quote_after {
                    self.content_after(i + 1, hi)
                } else {
                    self.quote_or_clause_before(lo, i)
                };
                self.push(si, (i, i + 1), source, content, None);
                i += 1;
                return Some(i);
            }
        }
        // `Growth is regarded by US officials as a way…`, `the deal was seen by analysts as
        // a setback`: a view held, its holders in the passive's agent.
        if let Some((source, content)) = self.passive_view(i, lo, hi) {
            self.push(si, (i, i + 2), Some(source), content, None);
            i = source.1;
            return Some(i);
        }
        None
    }

    /// Stage three: `according to` and `as reported by`, the source after the cue.
    pub(super) fn according_to_cue(
        &mut self,
        sent: Sent,
        mut i: usize,
        words: &[&'d str],
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let tokens = self.doc.tokens();
        let according = words.len() >= 2 && words[0] == "according" && words[1] == "to";
        // `The deal is worth $2bn, per people familiar with the matter`: `per` after a comma
        // or opening the sentence, before people, a document or a name (not `per cent`, `$5
        // per share`).
        let per = words[0] == "per"
            && (i == lo || self.norm(i - 1) == ",")
            && self.phrase_after(i + 1, hi).is_some_and(|(a, b)| {
                let lex = lexicon();
                // (A determiner or a plural first, not a unit: `$5, per person`.)
                let article = DETERMINERS.contains(&self.norm(a))
                    || tokens[a].kind == TokenKind::Number
                    || matches!(
                        self.norm(a),
                        "one" | "two" | "three" | "four" | "several" | "some" | "multiple"
                    );
                (tokens[a].is_capitalised() && !tokens[a].is_sentence_start())
                    || (a..b).any(|k| {
                        let w = self.norm(k);
                        (article || w.ends_with('s') || w == "people")
                            && (lex.anon_nouns.contains(w)
                                || lex.people_nouns.contains(&w)
                                || lex.report_nouns.contains(w)
                                || lex.document_nouns.contains(w))
                    })
            });
        if according || per {
            let n = if per { 1 } else { 2 };
            // (Inside a quotation, the speaker's own words: `free to act according to
            // their individual self-interest`.)
            if tokens[i].in_quote() {
                i += n;
                return Some(i);
            }
            let source = self
                .phrase_after(i + n, hi)
                .map(|p| self.with_witness_clause(p, hi));
            // (Opening the clause, after a connective or a fronted phrase too: `On Monday,
            // according to the Financial Times, analysts are questioning…` says what follows.)
            let opens = i == lo || ClauseStarts::of(self.doc, lo, hi).holds(i);
            let content = if source.is_some_and(|(_, e)| e < hi && self.norm(e) == ",") && opens {
                source.map(|(_, e)| (e + 1, self.content_end(hi)))
            } else if opens && source.is_some_and(|(_, e)| e < hi) {
                // `According to the report 12 million people are…`: no comma.
                source.map(|(_, e)| (e, self.content_end(hi)))
            } else {
                (i > lo).then(|| (lo, self.trim_back(lo, i)))
            };
            self.push(si, (i, i + n), source, content, None);
            // (`according to a rough estimate`: the source's head noun is no cue of its own.)
            i = match source {
                Some((_, b)) if self.cue_mask_at(b - 1) != 0 => b,
                _ => i + n,
            };
            return Some(i);
        }
        // `As reported by Western Journalism, the former secretary…`: like `according to`.
        if words.len() >= 3
            && words[1] == "by"
            && matches!(
                words[0],
                "reported" | "noted" | "stated" | "announced" | "revealed" | "disclosed"
            )
            && i > lo
            && self.norm(i - 1) == "as"
            && !tokens[i].in_quote()
        {
            let source = self.phrase_after(i + 2, hi);
            let content = if i - 1 == lo {
                source
                    .filter(|&(_, e)| e < hi && self.norm(e) == ",")
                    .map(|(_, e)| (e + 1, self.content_end(hi)))
            } else {
                Some((lo, self.trim_back(lo, i - 1)))
            };
            self.push(si, (i - 1, i + 2), source, content, None);
            i += 2;
            return Some(i);
        }
        None
    }

    /// `Neither would say who had told them`, `Neither campaign responded to requests for
    /// comment`, `None of the officials would say how much was paid`: the verb is not negated,
    /// its subject is — a non-response by those the subject counts. The length of the cue
    /// (`would say`, `responded`), when the clause opens on `neither`, `none`, `nobody` or
    /// `no one` a few words before.
    fn answered_by_nobody(&self, i: usize, lo: usize, words: &[&str]) -> Option<usize> {
        let n = match words {
            [
                "would" | "could",
                "say" | "comment" | "confirm" | "discuss" | "elaborate" | "disclose" | "reveal"
                | "answer" | "respond" | "explain",
                ..,
            ] => 2,
            [
                "responded" | "replied" | "commented" | "answered" | "returned" | "confirmed",
                ..,
            ] => 1,
            // (`Neither man could be reached on Sunday`.)
            ["could" | "can", "be", "reached" | "contacted", ..] => 3,
            _ => return None,
        };
        // (A call returned, a request answered: `returned calls`, not `returned home`.)
        if words[0] == "returned"
            && !words
                .get(1)
                .is_some_and(|w| matches!(*w, "calls" | "messages" | "emails" | "requests"))
        {
            return None;
        }
        let subject = (i.saturating_sub(6).max(lo)..i).find(|&k| {
            matches!(self.norm(k), "neither" | "none" | "nobody")
                || self.norm(k) == "no" && k + 1 < i && self.norm(k + 1) == "one"
        })?;
        // (The subject opens the clause: nothing but its own words between it and the verb.)
        let opens =
            subject == lo || matches!(self.norm(subject - 1), "," | "but" | "and" | "while" | ";");
        // (`Neither claim could be independently confirmed`: a passive, or a claim, answers
        // nothing.)
        let clause_between = (subject + 1..i).any(|k| {
            let w = self.norm(k);
            matches!(w, "," | "said" | "says" | "that" | "be" | "been" | "being")
                || lexicon().claim_nouns.contains(w)
        });
        (opens && !clause_between).then_some(n)
    }

    /// Stage four: a non-response phrase (`declined to comment`, `could not be reached`), its
    /// subject the one who did not respond.
    pub(super) fn nonresponse_cue(
        &mut self,
        sent: Sent,
        mut i: usize,
        mask: u8,
        words: &[&'d str],
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let lex = lexicon();
        let nonresponse = if mask & CUE_NONRESPONSE == 0 {
            None
        } else {
            // A non-response phrase with `m` words of an adverbial from word `k` left out.
            let without_n = |k: usize, m: usize| {
                let joined: Vec<&str> = words[..k].iter().chain(&words[k + m..]).copied().collect();
                lex.nonresponse
                    .longest(&joined)
                    .filter(|&n| n > 2)
                    .map(|n| n + m)
            };
            let without = |k: usize| without_n(k, 1);
            lex.nonresponse
                .longest(words)
                .or_else(|| self.failed_attempts_by(i, hi))
                .or_else(|| {
                    // `declined to directly respond`, `refused to publicly comment`, `have yet
                    // to officially confirm or deny`: an adverb inside the infinitive, or after
                    // a negation (`did not directly respond`); `declined repeatedly to
                    // comment`: one before it.
                    let split = (1..=2).find(|&p| {
                        p + 2 < words.len()
                            && matches!(words[p], "to" | "not")
                            && self.adverb(i + p + 1)
                    });
                    if words.len() <= 3 {
                        None
                    } else if let Some(p) = split {
                        without(p + 1)
                    } else if words[2] == "to"
                        && (self.adverb(i + 1) || matches!(words[1], "again" | "still" | "also"))
                    {
                        without(1)
                    } else if words.len() > 4
                        && words[1] == "for"
                        && matches!(words[2], "years" | "months" | "weeks" | "days" | "decades")
                        && words[3] == "to"
                    {
                        // (`has declined for years to reveal its donors`.)
                        without_n(1, 2)
                    } else if let Some(m) = adjunct_before_to(words) {
                        // (`declined on Monday to comment`, `declined Tuesday to comment`,
                        // `declined through a spokesman to comment`, `declined, when asked, to
                        // comment`: when or how, between the verb and its infinitive.)
                        without_n(1, m)
                    } else if PASSING_ADVERBS.contains(&words[1]) {
                        // (`has also not responded`, `had still not replied`.)
                        without(1)
                    } else if words[1..3] == PASSING_PAIR[..] {
                        // (`has so far not responded`.)
                        without_n(1, 2)
                    } else if let Some(k) = (1..=2).find(|&k| matches!(words[k], "\"" | "'")) {
                        // (`had "nothing further to add"`: the quotation opens inside.)
                        without(k)
                    } else {
                        None
                    }
                })
        };
        // (`The BBC has contacted the company for comment`: the newsroom's question, put to
        // the one after the verb, not answered by publication.)
        // (`Reuters could not reach officials in Damascus for comment`: the same, where the
        // newsroom's tries failed.)
        let asked = if mask & CUE_NONRESPONSE == 0 {
            None
        } else {
            self.asked_for_comment(i, lo, si, hi)
                .map(|object| (2, object))
                .or_else(|| self.could_not_reach(i, lo, si, hi))
        };
        let nonresponse = nonresponse
            .or_else(|| self.answered_by_nobody(i, lo, words))
            .or_else(|| withheld_information(words))
            .or_else(|| asked.map(|(n, _)| n));
        // (`"I wouldn't say I'm bitter"`: a speaker hedging their own view, not declining.)
        let hedge = nonresponse.is_some_and(|n| words.get(n - 1) == Some(&"say"))
            && words[0] == "would"
            && i > lo
            && matches!(self.norm(i - 1), "i" | "i'm" | "we");
        // (`his show did not return to the four stations`: going back somewhere, not a call
        // left unanswered.)
        // (`He will not answer for his record`: being held to account, not a question left
        // unanswered.)
        let travel = nonresponse.is_some_and(|n| {
            words.get(n - 1) == Some(&"return")
                && matches!(
                    words.get(n).copied(),
                    Some("to" | "home" | "from" | "for" | "until" | "after" | "as" | "in")
                )
                || words.get(n - 1) == Some(&"answer") && words.get(n) == Some(&"for")
        });
        // (`told him he couldn't say that`, `"I can't say that"`: a thing not to be said, not
        // a question left unanswered.)
        let unsayable = nonresponse
            .is_some_and(|n| words.get(n - 1) == Some(&"say") && bare_pronoun_object(words, n));
        // (`did not address the nation on Monday`: a speech not given to an audience, not a
        // question left unanswered.)
        let audience = nonresponse.is_some_and(|n| {
            matches!(words.get(n - 1).copied(), Some("address" | "addressed"))
                && words[n..]
                    .iter()
                    .take(2)
                    .any(|w| lexicon().audiences.contains(w))
        });
        // (`did not respond to treatment`, `did not respond to market conditions quickly
        // enough`: a reaction to events, not a question left unanswered.)
        let events = nonresponse.is_some_and(|n| responds_to_events(words, n));
        // (`accused the White House of stonewalling`: a charge of not answering, the accuser's
        // words, not a non-response the story reports; `criticised for refusing to comment`
        // reports the refusal.)
        let charged = i > lo && words[0].ends_with("ing") && self.norm(i - 1) == "of";
        let nonresponse = nonresponse
            .filter(|_| !hedge && !travel && !unsayable && !audience && !events && !charged);
        if let Some(n) = nonresponse {
            // (`All attempts to reach him failed`: the tries are the writer's; no one
            // before them is the one who did not respond.)
            // (`Officials met the delegation but declined to comment`: a second verb of the
            // sentence's subject.)
            let source = if matches!(words[0], "attempts" | "efforts") {
                None
            } else if let Some((m, object)) = asked
                && m == n
            {
                Some(object)
            } else if words.get(n - 1) == Some(&"by") {
                // (`No reason has been given by the Trump campaign as to why…`: the agent.)
                self.phrase_after_until(
                    i + n,
                    hi,
                    &[
                        "as",
                        "to",
                        "for",
                        "when",
                        "on",
                        "about",
                        "over",
                        "regarding",
                        "after",
                    ],
                )
            } else if words.get(n - 1) == Some(&"from") {
                // (`There was no immediate response from the rebels`; not what they were
                // asked: `from the ministry to a request for comment`.)
                self.phrase_after_until(
                    i + n,
                    hi,
                    &["to", "when", "on", "about", "over", "regarding", "after"],
                )
            } else {
                self.subject_before(i, lo, si)
                    .or_else(|| self.coordinated_subject(si, lo, i, self.before_auxiliaries(i, lo)))
            };
            self.push(si, (i, i + n), source, None, Some(Response::NonResponse));
            i += n;
            return Some(i);
        }
        None
    }

    /// A statement in the passive with its agent after `by`: `The move was confirmed by two
    /// people at the company`, `The deal was first reported by the Financial Times`. The one
    /// after `by` is the source; what was confirmed is the clause's subject.
    pub(super) fn passive_agent_cue(
        &mut self,
        sent: Sent,
        i: usize,
        n: usize,
        words: &[&'d str],
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        // `I was told by a senior official that the plan had been shelved`: the one told is
        // the clause's subject, the one who told after `by`, what was told the clause after.
        let told = matches!(words[0], "told" | "informed" | "assured");
        if n != 1
            || !(told
                || matches!(
                    words[0],
                    "confirmed"
                        | "reported"
                        | "announced"
                        | "disclosed"
                        | "revealed"
                        | "described"
                        | "stated"
                        | "claimed"
                        | "alleged"
                ))
            || i + 2 >= hi
        {
            return None;
        }
        // (`was confirmed to the BBC by a senior party figure`: who heard it, a few words
        // after `to`, may stand before `by`.)
        let by_at = if self.norm(i + 1) == "by" {
            i + 1
        } else if matches!(
            words[0],
            "confirmed" | "described" | "disclosed" | "revealed" | "announced"
        ) && self.norm(i + 1) == "to"
        {
            // (Not `reported to police by a neighbour`, a crime reported.)
            (i + 3..(i + 7).min(hi - 1))
                .take_while(|&k| self.doc.tokens()[k - 1].kind == TokenKind::Word)
                .find(|&k| self.norm(k) == "by")?
        } else {
            return None;
        };
        // `was confirmed`, `had been first reported`: an auxiliary, perhaps an adverb between.
        let prev = if i > lo { self.norm(i - 1) } else { "" };
        let aux_at = if PASSIVE_AUX.contains(&prev) {
            Some(i - 1)
        } else if i >= lo + 2
            && (prev.ends_with("ly") || SKIP_BEFORE_CUE.contains(&prev) || prev == "first")
            && PASSIVE_AUX.contains(&self.norm(i - 2))
        {
            Some(i - 2)
        } else if prev == "," && by_at == i + 1 && !told && i >= lo + 2 && !self.aside_before(i, lo)
        {
            // (`The episode, described by four people with direct knowledge of it, has not
            // been reported`: a participle set off after what it describes; not a comma that
            // closes an aside, `The total cost, however, reported by consumers was…`.)
            Some(i - 1)
        } else {
            None
        }?;
        // (`described by one official as a gamble`: what follows `as` is the description;
        // `told by a senior official that…`: what follows `that` was told.)
        let agent =
            self.phrase_after_until(by_at + 1, hi, if told { &["that"] } else { &["as"] })?;
        // (`reported by 12 percent of respondents` is a share, and `by far`, `by then`, `by
        // phone` say how or when.)
        if matches!(
            self.norm(agent.0),
            "far" | "then" | "now" | "phone" | "telephone" | "email" | "e-mail" | "mail"
        ) {
            return None;
        }
        let content = if told {
            // (Only with what was told after `that`: `was told by his doctor to rest` is
            // advice, no statement.)
            if !(agent.1 < hi && self.norm(agent.1) == "that") {
                return None;
            }
            self.content_after(agent.1, hi).map(Some)?
        } else {
            self.subject_before(aux_at, lo, si)
        };
        let cue = if by_at == i + 1 {
            (i, i + 2)
        } else {
            (i, i + 1)
        };
        self.push(si, cue, Some(agent), content, None);
        Some(agent.1.max(by_at + 1))
    }

    /// Stage six, for a speech or cognition verb `n` words long at `i`: the writer's contact
    /// (`the activists I spoke to said`) and a plural noun shaped like the verb (`the seven
    /// states where…`, unless a clause follows).
    pub(super) fn contact_or_noun(
        &mut self,
        sent: Sent,
        mut i: usize,
        n: usize,
        words: &[&'d str],
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let tokens = self.doc.tokens();
        // `The activists I spoke to said…`: the writer's contact with the people who speak
        // next, no statement of its own.
        if i > lo
            && (i + 1..=(i + n + 1).min(hi)).any(|e| self.contact_clause(e, lo) == Some(i - 1))
        {
            i += n;
            return Some(i);
        }
        // `the seven states where…`, `the Super Tuesday contests.`: a plural noun, not a verb,
        // unless a clause follows.
        // (A phrase cue — `point to`, `calls for` — leaves it to the subject check below.)
        if lexicon().noun_homographs.contains(&words[0]) && n == 1 {
            // (`Most Southern states that…`: a quantifier and a proper adjective.)
            let quantified_name = i >= lo + 2
                && matches!(
                    self.norm(i - 2),
                    "most" | "many" | "some" | "all" | "several" | "other" | "both" | "few"
                )
                && tokens[i - 1].is_capitalised()
                // (Not a plural, the quantified noun itself: `Some Republicans question
                // whether…`.)
                && !super::verb_shaped(self.norm(i - 1));
            // (`Despite the perceived media attacks,`: the object of a preposition.)
            let object_of_preposition = (i.saturating_sub(4).max(lo + 1)..i).any(|k| {
                matches!(
                    self.norm(k),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its"
                ) && matches!(
                    self.norm(k - 1),
                    // (Not `in`, `to`, `on`, `with`: `traffic to the site shows that…`,
                    // `polls in the state he calls…` have the cue's subject around them.)
                    "despite"
                        | "amid"
                        | "after"
                        | "following"
                        | "over"
                        | "about"
                        | "against"
                        | "without"
                        | "from"
                        | "by"
                        | "for"
                        | "of"
                ) && (k + 1..i).all(|j| tokens[j].kind == TokenKind::Word)
            });
            // (`derided Tory claims they could…`: a proper adjective after a denial verb,
            // its object.)
            let object_of_denial = i >= lo + 2
                && tokens[i - 1].is_capitalised()
                && lexicon().denial_verbs.contains(self.norm(i - 2));
            let after_marker = i > lo
                && (quantified_name
                    || object_of_preposition
                    || object_of_denial
                    || NOUN_MARKERS.contains(&self.norm(i - 1))
                    || lexicon().homograph_noun_markers.contains(&self.norm(i - 1))
                    || tokens[i - 1].kind == TokenKind::Number
                    || self.bare_official(i - 1, lo)
                    || self.after_article(i, lo));
            let next = words.get(n).copied().unwrap_or(".");
            let clause = matches!(
                next,
                "that"
                    | "whether"
                    | ":"
                    | ","
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "i"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "he's"
                    | "she's"
                    | "it's"
                    | "they're"
                    | "we're"
                    | "there's"
            ) || tokens.get(i + n).is_some_and(|t| {
                t.is_open_quote() || (t.is_capitalised() && t.kind == TokenKind::Word)
            })
                // `Israel disputes this.`: a pronoun object closing the clause (not `the
                // disputes this year`).
                || matches!(next, "this" | "that" | "it" | "them")
                    && matches!(words.get(n + 1).copied(), None | Some("." | "," | ";"))
                // `A new poll shows double-digit gaps`: right after a poll, a study or data the
                // word is what they show, with any object.
                || i > lo
                    && matches!(words[0], "shows" | "finds" | "suggests" | "indicates")
                    && lexicon().research_nouns.contains(&self.norm(i - 1))
                    && !matches!(next, "." | "!" | "?" | ";");
            // `…, O'Keefe notes.`: a name after a comma, then the end of the sentence.
            // `…, a USA Today analysis shows.` too, and `"…," Viguerie notes.` after a
            // quotation.
            // (The subject is read once, and only where a clause may close on the word.)
            let subject = matches!(next, "." | "!" | "?" | "," | ";")
                .then(|| self.subject_before(i, lo, si))
                .flatten();
            let closing = matches!(next, "." | "!" | "?")
                && subject.is_some_and(|(a, b)| {
                    a > lo
                        && (self.norm(a - 1) == "," || tokens[a - 1].is_close_quote())
                        && self.source_head(b - 1)
                });
            // (`…, a claim the lawyers dispute.`, `a claim that his lawyers dispute.`: the
            // verb closing a relative clause after a claim noun.)
            let claim_relative = matches!(next, "." | "," | ";")
                && subject.is_some_and(|(a, _)| {
                    let c = if a > lo && self.norm(a - 1) == "that" {
                        a - 1
                    } else {
                        a
                    };
                    c >= lo + 2
                        && (lexicon().claim_nouns.contains(self.norm(c - 1))
                            || self.norm(c - 1) == "figure")
                        && matches!(self.norm(c - 2), "a" | "an")
                });
            let closing = closing || claim_relative;
            // (`Some question whether…`, `Many suspect that…`: a quantifier opening the
            // clause is the subject, and a clause after the word makes it a verb — not
            // `There is some question whether…`.)
            let quantifier_subject = i > lo
                && matches!(self.norm(i - 1), "some" | "many" | "few" | "most")
                && (i - 1 == lo || matches!(self.norm(i - 2), "," | ";" | "but" | "and"))
                && (matches!(next, "whether" | "that" | "if")
                    // (`Some question the wisdom of the plan`, `Many doubt his figures`: a
                    // verb of doubt with its object.)
                    || matches!(self.norm(i), "question" | "doubt" | "dispute")
                        && matches!(
                            next,
                            "the" | "his" | "her" | "their" | "its" | "how" | "why"
                        ));
            if (after_marker && !quantifier_subject) || !(clause || closing) {
                i += 1;
                return Some(i);
            }
        }
        None
    }

    /// The speaker a verb of prompting puts before an infinitive cue at `i`, `n` words long
    /// (`words`: the sentence's words from it): the phrase between that verb and `to`, one to
    /// five words long (`prompted some analysts to forecast`).
    /// (A verb of speaking says something; one of thinking needs a clause after it and
    /// someone other than a pronoun: `leads them to believe that…` misleads, `leads people to
    /// think of television` holds no view. `forcing Blizzard to add servers` adds no words.)
    fn prompted_speaker(
        &self,
        (i, n): (usize, usize),
        (lo, hi): (usize, usize),
        words: &[&str],
    ) -> Option<(usize, usize)> {
        let mask = lexicon().cue_mask(words[0]);
        if i < lo + 3 || self.norm(i - 1) != "to" || mask & !CUE_NONRESPONSE == 0 {
            return None;
        }
        let tokens = self.doc.tokens();
        let verb = (i.saturating_sub(7).max(lo)..i - 2)
            .rev()
            .find(|&k| PROMPTING_VERBS.contains(&self.norm(k)))?;
        let object = (verb + 1, i - 1);
        let phrase = (object.0..object.1).all(|k| {
            tokens[k].kind == TokenKind::Word
                && !CLAUSE_VERBS.contains(&self.norm(k))
                && !matches!(
                    self.norm(k),
                    "to" | "be" | "by" | "in" | "on" | "up" | "that"
                )
        });
        let speaks = mask & CUE_SPEECH != 0 && words[0] != "add";
        let holds_view = || {
            !matches!(
                self.norm(object.0),
                "them" | "us" | "him" | "her" | "me" | "you" | "it"
            ) && self.content_after(i + n, hi).is_some_and(|(c0, c1)| {
                matches!(self.norm(c0), "that" | "whether" | "if") || self.clause_like(c0, c1)
            }) && !(i + 1..(i + n + 1).min(hi)).any(|k| {
                matches!(
                    self.norm(k),
                    "of" | "about" | "on" | "in" | "for" | "at" | "with"
                )
            })
        };
        (phrase && (speaks || holds_view())).then_some(object)
    }

    /// Stage seven: the verb after a `to` whose frame decides it — saying more (`went on to
    /// say`), readiness to say (`was quick to point out`), a view taken up (`sought to refute`,
    /// `started to wonder`), and an infinitive that reports nothing (`fail to say`).
    pub(super) fn infinitive_frame(
        &mut self,
        sent: Sent,
        mut i: usize,
        n: usize,
        words: &[&'d str],
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let lex = lexicon();
        // `He went on to say Clinton's behavior is…`: saying more, the subject of `went`.
        if i >= lo + 4
            && self.norm(i - 1) == "to"
            && self.norm(i - 2) == "on"
            && matches!(self.norm(i - 3), "went" | "goes" | "go")
            && matches!(
                words[0],
                "say"
                    | "add"
                    | "tell"
                    | "note"
                    | "argue"
                    | "insist"
                    | "claim"
                    | "explain"
                    | "warn"
                    | "suggest"
                    | "describe"
                    | "deny"
                    | "dispute"
                    | "refute"
                    | "rebut"
                    | "reject"
                    | "dismiss"
            )
        {
            // (`Trump joked that…, but went on to say…`: a second verb of the same
            // subject takes the sentence's last speaker.)
            let source = self.subject_before(i - 3, lo, si).or_else(|| {
                matches!(self.norm(i - 4), "and" | "but" | "then")
                    .then(|| self.last_source(si))
                    .flatten()
            });
            if let Some(source) = source {
                let denial = lex.denial_verbs.longest(words).is_some();
                self.push_verb_after_to(si, (i - 3, i + n), source, hi, denial);
            }
            i += n;
            return Some(i);
        }
        // `Advisers to Mr. Rubio are quick to point out that…`, `was careful to note`, `were at
        // pains to stress`: someone ready to say it says it, the subject of the `be`.
        if i >= lo + 4 && self.norm(i - 1) == "to" {
            let adjective = match self.norm(i - 2) {
                "quick" | "keen" | "careful" | "eager" | "anxious" | "swift" => Some(i - 2),
                "pains" if self.norm(i - 3) == "at" => Some(i - 3),
                _ => None,
            };
            let be = adjective.filter(|&k| {
                k > lo && matches!(self.norm(k - 1), "is" | "are" | "was" | "were" | "been")
            });
            let saying = matches!(
                words[0],
                "say"
                    | "note"
                    | "point"
                    | "stress"
                    | "add"
                    | "insist"
                    | "emphasise"
                    | "emphasize"
                    | "argue"
                    | "claim"
                    | "mention"
                    | "remind"
                    | "deny"
                    | "dismiss"
                    | "reject"
                    | "push"
                    | "rebut"
                    | "refute"
                    | "tell"
                    | "explain"
                    | "highlight"
                    | "suggest"
                    | "warn"
                    | "blame"
                    | "brand"
                    | "label"
            ) || words[0] == "call"
                // (`quick to call it a giveaway`; not a call for something: `quick to call for
                // calm` asks.)
                && !matches!(words.get(1).copied(), Some("for" | "on" | "off" | "up"));
            if let (Some(k), true) = (be, saying) {
                let source = self.subject_before(k - 1, lo, si);
                if let Some(source) = source {
                    let denial = lex.denial_verbs.longest(words).is_some();
                    self.push_verb_after_to(si, (k - 1, i + n), source, hi, denial);
                }
                i += n;
                return Some(i);
            }
        }
        // A view taken up, by the subject of the verb before `to`, with the verb after it
        // the cue: an effort to deny is a denial (`He sought to refute the claims`, `The
        // firm tried to deny it`); starting to hold a view is holding it, with a clause
        // after it (`Critics have started to wonder whether…`, `are beginning to believe
        // the economy is recovering`; `began to see a profit` holds no view).
        if i >= lo + 3 && self.norm(i - 1) == "to" {
            let frame = self.norm(i - 2);
            let denial = lex.denial_verbs.longest(words).is_some();
            let taken_up = if EFFORT_VERBS.contains(&frame) {
                denial
            } else {
                STARTING_VERBS.contains(&frame)
                    && lex.cue_mask(words[0]) & !CUE_NONRESPONSE != 0
                    && self.content_after(i + n, hi).is_some_and(|(c0, c1)| {
                        matches!(
                            self.norm(c0),
                            "that" | "whether" | "if" | "how" | "why" | "what"
                        ) || self.clause_like(c0, c1)
                    })
            };
            if let Some(source) = taken_up
                .then(|| self.subject_before(i - 2, lo, si))
                .flatten()
            {
                // (The cue is the verb of the view: `started to say` speaks, `began to
                // believe` holds a belief.)
                self.push_verb_after_to(si, (i, i + n), source, hi, denial);
                i += n;
                return Some(i);
            }
        }
        // `The figures prompted some analysts to forecast that…`, `leading some commentators
        // to argue…`: the object of a verb that moved it to speak is who speaks (a short
        // phrase of words; not `led to claims`, whose `to` has no object before it).
        if let Some(source) = self.prompted_speaker((i, n), (lo, hi), words) {
            let denial = lex.denial_verbs.longest(words).is_some();
            self.push_verb_after_to(si, (i, i + n), source, hi, denial);
            i += n;
            return Some(i);
        }
        // `people who fail to say they have moved`: an infinitive reports nothing said.
        if i > lo
            && self.norm(i - 1) == "to"
            && i >= lo + 2
            && !matches!(
                self.norm(i - 2),
                "according"
                    | "due"
                    | "owing"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "expected"
                    | "going"
                    | "set"
                    | "likely"
                    | "about"
            )
            && !words[0].ends_with("ed")
            && !words[0].ends_with("ing")
            && !words[0].ends_with('s')
            // (`The activists I spoke to said…`: the `to` of the writer's contact.)
            && self.contact_clause(i, lo).is_none()
        {
            i += n;
            return Some(i);
        }
        None
    }

    /// After a verb that also acts on things (`i`, `n` words): is its object a plain noun
    /// phrase that states nothing, with no clause after it (`Fans observed a minute's silence`,
    /// `Workers maintained the road`, `Rebels claimed the town`, `Officers charged the
    /// protesters with batons`)? Not a claim or a fault, a stance (`maintained his innocence`,
    /// `claimed responsibility`; `lexicon/stated-objects.txt` and the claim nouns), nor a
    /// clause, however far its verb (`claimed their display in the defeat was…`), nor what
    /// ends an inversion (`…, claimed Mr Brown`) or a relative clause (`which critics claim
    /// depict…`); a phrase cut by a comma or a quotation mark is left a cue.
    fn acts_on_a_thing(&self, i: usize, lo: usize, hi: usize, n: usize) -> bool {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let is_word = |k: usize| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number);
        let start = i + n;
        if start >= hi || !is_word(start) {
            return false;
        }
        // (`"…," observed Mr MacKenzie`: the quotation may close the sentence before.)
        let inverted = i > 0 && !is_word(i - 1);
        let relative = (i.saturating_sub(3).max(lo)..i)
            .any(|k| matches!(self.norm(k), "which" | "that" | "who" | "what" | "whom"));
        // (`claimed in an interview that…`, `charged in her assault`: what was said comes later.)
        if inverted
            || relative
            || super::source::PREPOSITIONS.contains(&self.norm(start))
            // (`claimed itself to be an "unbiased" review`: what it is said to be.)
            || matches!(self.norm(start), "himself" | "herself" | "itself" | "themselves")
                && start + 1 < hi
                && self.norm(start + 1) == "to"
            || PERSON_PRONOUNS.contains(&self.norm(start))
            || GROUP_PRONOUNS.contains(&self.norm(start))
            || matches!(
                self.norm(start),
                "that"
                    | "to"
                    | "it"
                    | "you"
                    | "there"
                    | "this"
                    | "these"
                    | "those"
                    | "what"
                    | "how"
                    | "why"
                    | "whether"
                    | "as"
                    | "if"
                    | "not"
                    | "never"
            )
        {
            return false;
        }
        // A clause's verb anywhere before the next stop (an auxiliary, a modal, an irregular
        // past): the phrase is its subject.
        let clause = (start..hi.min(start + CLAUSE_SCAN))
            .take_while(|&k| is_word(k))
            .any(|k| {
                let w = self.norm(k);
                CLAUSE_VERBS.contains(&w) || k > start && lex.past_tense.contains(w)
            });
        if clause {
            return false;
        }
        // The noun phrase: up to a preposition, a conjunction or the sentence's end, five words
        // at most; one cut by a comma, a dash or a quotation mark, or with a participle
        // inside, is left undecided.
        let mut head = start;
        let mut ended = false;
        for k in start..hi.min(start + 5) {
            let w = self.norm(k);
            if !is_word(k) {
                if matches!(w, "." | "!" | "?" | ";") {
                    ended = true;
                    break;
                }
                return false;
            }
            if super::source::PREPOSITIONS.contains(&w)
                || matches!(
                    w,
                    "and"
                        | "or"
                        | "but"
                        | "who"
                        | "which"
                        | "that"
                        | "before"
                        | "during"
                        | "throughout"
                        | "until"
                        | "since"
                        | "through"
                        | "across"
                        | "under"
                        | "ahead"
                        | "as"
                        | "when"
                        | "while"
                        | "because"
                        | "near"
                        | "outside"
                        | "inside"
                        | "between"
                        | "among"
                        | "around"
                        | "behind"
                        | "up"
                        | "down"
                )
            {
                ended = true;
                break;
            }
            // (`declared the election a fraud`: an object and what it is declared to be.)
            if k > start && (w.ends_with("ed") || matches!(w, "a" | "an" | "the")) {
                return false;
            }
            head = k;
        }
        // (Five words and on, or a last word in `-s` after a noun, may be a clause's verb:
        // `claim the law hurts small firms`; not `the travelling fans`, `the protesters`.)
        let before = head
            .checked_sub(1)
            .filter(|&b| b >= start)
            .map(|b| self.norm(b));
        let h = self.norm(head);
        let verb_like = h.ends_with('s')
            && !h.ends_with("ss")
            && before.is_some_and(|b| {
                !(DETERMINERS.contains(&b)
                    || b.ends_with('s')
                    || b.ends_with("ing")
                    || b.ends_with("'s")
                    || b.starts_with(|c: char| c.is_ascii_digit()))
            });
        if !ended && head + 1 < hi || verb_like {
            return false;
        }
        !(lex.stated_objects.contains(h) || lex.claim_nouns.contains(h))
    }

    /// After `fired back`, `shot back`, `hit back` at `i`: words come with it — a clause, a
    /// quotation, a statement, a target that can be answered (`at critics`, `at the Tory
    /// proposals`), or a quotation before it (`"Wrong," Trump shot back.`) — and not gunfire
    /// (`at the gunmen`, `with mortars`) or a goal (`through Henry`, `moments later`).
    fn rejoinder_follows(&self, i: usize, lo: usize, hi: usize) -> bool {
        let at = |k: usize| if k < hi { self.norm(k) } else { "" };
        let mut k = i + 2;
        while k < hi.min(i + 4)
            && matches!(
                at(k),
                "again" | "immediately" | "quickly" | "angrily" | "swiftly" | "sharply"
            )
        {
            k += 1;
        }
        // (`fired back in March, attacking…`, `hit back on Monday:`.)
        if matches!(at(k), "in" | "on") && k + 1 < hi && self.month_or_day(k + 1) {
            k += 2;
        }
        let said_with = |w: &str| lexicon().said_with_nouns.contains(w);
        let determiner =
            |w: &str| matches!(w, "a" | "an" | "his" | "her" | "their" | "its" | "the");
        let past_determiner = |k: usize| if determiner(at(k)) { k + 1 } else { k };
        match at(k) {
            "that" | ":" => true,
            _ if k < hi && self.starts_quote(k) => true,
            "," => {
                matches!(
                    at(k + 1),
                    "saying"
                        | "calling"
                        | "accusing"
                        | "arguing"
                        | "insisting"
                        | "telling"
                        | "writing"
                        | "tweeting"
                        | "noting"
                        | "claiming"
                        | "describing"
                        | "asking"
                        | "adding"
                        | "dismissing"
                        | "denying"
                        | "branding"
                        | "attacking"
                        | "slamming"
                        | "blasting"
                        | "mocking"
                        | "criticising"
                        | "criticizing"
                        | "questioning"
                        | "pointing"
                ) || k + 1 < hi && self.starts_quote(k + 1)
            }
            "by" => matches!(at(k + 1), "saying" | "accusing" | "calling" | "pointing"),
            "in" | "with" => (k + 1..hi.min(k + 4)).any(|h| said_with(at(h))),
            "a" | "an" => said_with(at(k + 1)),
            "on" => matches!(at(k + 1), "twitter" | "facebook" | "social" | "instagram"),
            // (Gunfire is returned at those who shot: `at the gunmen`, `at the attackers`.)
            "at" => {
                let head = past_determiner(k + 1);
                !(head..hi.min(head + 2)).any(|h| {
                    matches!(
                        at(h),
                        "gunmen"
                            | "gunman"
                            | "attackers"
                            | "attacker"
                            | "militants"
                            | "insurgents"
                            | "rebels"
                            | "troops"
                            | "soldiers"
                            | "police"
                            | "officers"
                            | "forces"
                            | "assailants"
                            | "assailant"
                            | "shooter"
                            | "shooters"
                            | "enemy"
                            | "positions"
                            | "protesters"
                            | "fighters"
                    )
                })
            }
            // (Ending the sentence, it answers a quotation before it; a bounded look back, so
            // a run-on sentence of such cues stays linear.)
            "." | "" | "!" => (i.saturating_sub(CONDITION_LOOKBACK).max(lo)..i)
                .any(|q| self.doc.tokens()[q].is_close_quote()),
            _ => false,
        }
    }

    /// Is the verb `words[0]` (`n` words long) at `i` something other than speech here — going
    /// on or turning out (`continues to grow`, `proved decisive`), an adjective, a noun?
    // (One short arm per verb that has such a use: a table, long by its rows.)
    #[allow(clippy::too_many_lines)]
    pub(super) fn verb_not_speech(
        &self,
        i: usize,
        lo: usize,
        hi: usize,
        n: usize,
        words: &[&'d str],
    ) -> bool {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let next_word = words.get(n).copied().unwrap_or("");
        // `a thought that a real person would say.`: what someone would or could say, with
        // nothing after it and no quotation before, is a hypothetical, not a report (`"We'll
        // see," he would say` reports a habit).
        // (`And if she lost, people would say her career was over`: what would be said on a
        // condition, too.)
        let hypothetical = i > lo
            && matches!(self.norm(i - 1), "would" | "could" | "might")
            && (matches!(next_word, "." | "?" | "!" | "")
                && !(lo..i).any(|k| tokens[k].is_close_quote())
                // (A bounded look back, so a run-on sentence of such cues stays linear.)
                || (i.saturating_sub(CONDITION_LOOKBACK).max(lo)..i)
                    .any(|k| matches!(self.norm(k), "if" | "unless")));
        if hypothetical {
            return true;
        }
        // (`Patients who did not respond to the drug`: a reaction to events, no reply.)
        if responds_to_events(words, n) {
            return true;
        }
        // `taking some fearful beatings`, `their confident start`: a state of mind after a
        // determiner describes the noun after it, nobody holding a view (`Some are confident
        // that…` holds one).
        let attributive = i > lo
            && super::STATE_ADJECTIVES.contains(&words[0])
            && (DETERMINERS.contains(&self.norm(i - 1))
                || matches!(self.norm(i - 1), "some" | "many" | "most" | "more" | "very"))
            && tokens.get(i + n).is_some_and(|t| {
                t.kind == TokenKind::Word && !matches!(next_word, "that" | "about" | "of" | "on")
            });
        if attributive {
            return true;
        }
        // `The senator, considered a moderate, voted…`, `Alonso Berruguete, considered the most
        // important sculptor`: a participle describing what stands before the comma (what
        // others consider it), not that one considering — a verb of judging set off by a
        // comma, an adverb allowed between (`Smith, widely regarded as…`). (Verbs that put a
        // speaker after them, `…, thought the minister`, are not among these, nor verbs a
        // speaker uses after an aside, `Arnold, from Dartford, described her victory as…`.)
        let described = n == 1
            && matches!(
                words[0],
                "considered" | "regarded" | "deemed" | "viewed" | "seen"
            )
            && self.before_past_adverb(i, lo, |w| w == ",");
        if described {
            return true;
        }
        // `Smith said he never said that`: words put on the speaker and disowned are what the
        // outer report holds (a denial), no report of their own.
        let disowned = n == 1
            && i > lo
            && matches!(words[0], "said" | "say")
            && matches!(self.norm(i - 1), "never" | "not")
            && bare_pronoun_object(words, n);
        if disowned {
            return true;
        }
        // (`Some said goodbye to the old stadium`, `said their prayers`: a greeting or a prayer,
        // no statement.)
        let greeting = matches!(words[0], "said" | "say" | "says" | "saying")
            && (matches!(next_word, "goodbye" | "hello" | "farewell" | "grace")
                || matches!(next_word, "their" | "his" | "her" | "a" | "our" | "my")
                    && words
                        .get(n + 1)
                        .is_some_and(|w| matches!(*w, "prayers" | "prayer" | "goodbyes")));
        if greeting {
            return true;
        }
        // `US firms added only 146,000 jobs`, `Officials added 200 staff`, `added two goals`: a
        // quantity added, no statement — unless a verb soon follows, opening a clause (`He
        // added 10 people had died`).
        let quantity_added = n == 1 && matches!(words[0], "added" | "adds" | "add") && {
            let mut k = i + 1;
            while k < hi && matches!(self.norm(k), "only" | "just" | "another" | "a" | "further") {
                k += 1;
            }
            k < hi
                && (tokens[k].kind == TokenKind::Number
                    || super::classify::is_number_word(self.norm(k)))
                && !(k + 1..(k + 5).min(hi)).any(|j| {
                    let w = self.norm(j);
                    matches!(
                        w,
                        "had"
                            | "have"
                            | "has"
                            | "was"
                            | "were"
                            | "is"
                            | "are"
                            | "will"
                            | "would"
                            | "could"
                            | "died"
                            | "said"
                    )
                })
        };
        if quantity_added {
            return true;
        }
        match words[0] {
            // `continued to insist that…` stays a cue: the verb after `to` is one.
            "continues" | "continued" | "continue" | "continuing" => {
                next_word == "to" && words.get(n + 1).is_none_or(|w| lex.cue_mask(w) == 0)
            }
            // `protesters demonstrated outside`: showing by doing, unless a clause follows.
            "proved" | "proves" | "proven" | "prove" | "demonstrated" | "demonstrates"
            | "demonstrate" | "demonstrating" => {
                !matches!(next_word, "that" | ":") && !self.starts_quote(i + n)
            }
            // (`pledged delegates`: a kind of delegate.)
            "unpledged" => next_word.starts_with("delegate"),
            // `what people think of President Obama`: an opinion of someone, no claim (`think
            // of him as a traitor` holds one).
            "think" | "thinks" | "thought" | "thinking" if matches!(next_word, "of" | "about") => {
                !(i + n + 1..(i + n + 10).min(hi))
                    .take_while(|&k| !matches!(self.norm(k), "," | ";" | "." | "that"))
                    .any(|k| self.norm(k) == "as")
            }
            // `sought to refute the claims`: the denial after `to` is the cue.
            "sought" | "seeks" => {
                next_word == "to"
                    && words
                        .get(n + 1..)
                        .is_some_and(|rest| lex.denial_verbs.longest(rest).is_some())
            }
            // `Analysts attributed the fall to mild weather`: an explanation given, with
            // what it explains between the verb and `to` (`a quote attributed to Jefferson`
            // describes the quote).
            "attributed" | "attributes" => {
                next_word == "to"
                    || !(i + n + 1..(i + n + 10).min(hi)).any(|k| self.norm(k) == "to")
            }
            // `a warning to the trio`, `their say in it`: after a determiner, the noun
            // (`analysts warning of a slowdown` speaks). (`People who have worked with her
            // say she is…`: `her` after a preposition is its object, not a possessive.)
            "warning" | "say" => {
                let object_her = i >= lo + 2
                    && self.norm(i - 1) == "her"
                    && super::source::PREPOSITIONS.contains(&self.norm(i - 2))
                    && matches!(next_word, "she" | "he" | "they" | "it" | "that" | "we");
                i > lo
                    && !object_her
                    && (NOUN_MARKERS.contains(&self.norm(i - 1))
                        || matches!(self.norm(i - 1), "this" | "any" | "no" | "her"))
            }
            // `conceded a penalty`, `conceded two goals`: sport, not an admission
            // (`conceded that…`, `conceded defeat` are).
            "conceded" | "concedes" | "concede" | "conceding" => {
                let admits = matches!(
                    next_word,
                    "that" | "," | ":" | "defeat" | "the" | "he" | "she" | "they" | "it"
                );
                let sport = matches!(
                    words.get(n + 1).copied(),
                    Some(
                        "penalty"
                            | "goal"
                            | "goals"
                            | "try"
                            | "tries"
                            | "match"
                            | "game"
                            | "set"
                            | "lead"
                            | "corner"
                            | "free-kick"
                    )
                );
                (!admits || sport) && !self.starts_quote(i + n)
            }
            // (`because they fear for their jobs`, `feared for his life`: afraid for someone or
            // something, an emotion, not a view held of what may happen.)
            "fear" | "fears" | "feared" | "fearing" if next_word == "for" => true,
            // (`Photos circulating on social media appear to show…`: the plural present is a
            // cue only for material shown, as `appears to` and `appeared to` are for anything;
            // `problems appear to have eased`, `Corinthians appear to be…` hold no view.)
            "appear" => !(i.saturating_sub(MATERIAL_LOOKBACK).max(lo)..i)
                .any(|k| lex.social_material.contains(self.norm(k))),
            // `he seems content that…`: a state of mind with a clause; `Trump's supporters
            // seemed unperturbed`, `seems to understand` hold no view on record.
            "seemed" | "seems" => !(i + n..(i + n + 3).min(hi))
                .take_while(|&k| self.norm(k) != ",")
                .any(|k| matches!(self.norm(k), "that" | ":")),
            // `"…," she snapped`, `snapped that…`, `snapped: "…"` speak; `snapped his
            // picture`, `snapped up the shares` do not.
            "snapped" | "snaps" => {
                !(matches!(next_word, "," | ":" | "that" | "back" | "at" | "." | "")
                    || self.starts_quote(i + n)
                    || self.after_quotation(i, lo))
            }
            // (`doctors have admitting privileges at local hospitals`: a kind of privilege.)
            "admitting" if matches!(next_word, "privileges" | "rights" | "office" | "ward") => true,
            // `as one official put it, …`, `how a diplomat put it`: saying; `put it on hold`
            // is doing.
            // (`Officials put the death toll at 40`, `Police put the number of protesters at
            // 5,000`: an estimate given; `put the blame on`, `put the plan on hold` are not.)
            // (`Toyota put its rise in sales down to strong results`, `with analysts putting
            // the drop down to less consumer confidence`: a change explained, as `attributed
            // the fall to` is.)
            "putting" => !self.puts_change_down_to(i, hi),
            "put" | "puts" if n == 1 && self.puts_change_down_to(i, hi) => false,
            "put" | "puts" if n == 1 => {
                let what = words.get(n + 1).copied().unwrap_or("");
                !(next_word == "the"
                    && matches!(
                        what,
                        "death"
                            | "toll"
                            | "number"
                            | "figure"
                            | "cost"
                            | "total"
                            | "damage"
                            | "bill"
                            | "turnout"
                            | "crowd"
                            | "casualty"
                            // (`One insider put the chances of a deal at fifty-fifty`.)
                            | "chances"
                            | "chance"
                            | "odds"
                            | "likelihood"
                            | "probability"
                            | "value"
                            | "price"
                            | "losses"
                    )
                    && (i + 3..(i + 9).min(hi)).any(|k| self.norm(k) == "at"))
            }
            "put" | "puts" => {
                // (`put it more bluntly:`, `put it rather differently`: a degree word before
                // the manner.)
                let degree = matches!(
                    words.get(2).copied().unwrap_or(""),
                    "more" | "most" | "rather" | "quite" | "even" | "very" | "less"
                );
                let after_it = words.get(2 + usize::from(degree)).copied().unwrap_or("");
                let as_before =
                    (i.saturating_sub(8).max(lo)..i).any(|k| matches!(self.norm(k), "as" | "how"));
                !(as_before
                    || matches!(after_it, "," | ":" | "." | "this" | "best" | "simply")
                    || after_it.len() > 4 && after_it.ends_with("ly") && after_it != "only"
                    || (i + n < hi && self.starts_quote(i + n)))
            }
            // `Soldiers fired back at the gunmen`, `The rebels fired back with mortars`, `Rush
            // hit back moments later`: returning fire or scoring in reply, no words (`Trump fired
            // back, saying…`, `shot back that…`, `hit back at critics` speak).
            "fired" | "fires" | "firing" | "fire" | "shot" | "shoots" | "hit" | "hits"
            | "hitting" | "struck" | "strikes"
                if words.get(1) == Some(&"back") =>
            {
                !self.rejoinder_follows(i, lo, hi)
            }
            // `Fans observed a minute's silence`, `Workers maintained the road`, `Players
            // acknowledged the fans`, `Officers charged the protesters`: acting on a thing.
            "observed" | "observes" | "observe" | "observing" | "maintained" | "maintains"
            | "maintain" | "maintaining" | "charged" | "charges" | "charge" | "charging"
            | "signalled" | "signaled" | "signals" | "signal" => self.acts_on_a_thing(i, lo, hi, n),
            // `Soldiers declared a curfew`, `declared war`: an act (`declared herself up to
            // the task`, `declared the films as landmarks` say what something is).
            "declared" | "declares" | "declare" => {
                !matches!(next_word, "himself" | "herself" | "themselves" | "itself")
                    && !(i + n..hi.min(i + n + 12)).any(|k| self.norm(k) == "as")
                    && self.acts_on_a_thing(i, lo, hi, n)
            }
            // `Settlers established a camp`, `Cech has established himself as first choice`:
            // founding or settling; it reports only what was found (`established that…`).
            "established" | "establishes" | "establish" => !matches!(
                next_word,
                "that" | "whether" | "how" | "what" | "why" | "who" | "where" | "when"
            ),
            // `Donors pledged £5m to the appeal`, `pledged their support`: money or backing
            // given (`pledged to…`, `pledged not to…`, `is pledging a guarantee` promise).
            "pledged" | "pledges" | "pledge" | "pledging" => {
                let k = if matches!(next_word, "his" | "her" | "their" | "its" | "our") {
                    n + 1
                } else {
                    n
                };
                words[0] == "pledged" && next_word.starts_with("delegate")
                    || next_word.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c))
                    || matches!(
                        words.get(k).copied(),
                        Some(
                            "support"
                                | "backing"
                                | "billions"
                                | "millions"
                                | "money"
                                | "aid"
                                | "funds"
                                | "cash"
                                | "troops"
                                | "allegiance"
                                | "loyalty"
                        )
                    )
            }
            // `Doctors admitted the patient`: someone taken in, not a fault owned
            // (`admitted the offence`, `admitted murder` speak).
            "admitted" | "admits" | "admit" | "admitting" => {
                let k = past_determiner(words, n);
                words.get(k).is_some_and(|w| {
                    matches!(*w, "patient" | "patients")
                        || lexicon().person_nouns.contains(w)
                        || lexicon().people_nouns.contains(w)
                }) && !words.get(k + 1).is_some_and(|w| CLAUSE_VERBS.contains(w))
            }
            // `Players acknowledged the travelling fans`: greeting people, not granting a point
            // (`acknowledged his side needs to…`, `acknowledged the mistake` speak).
            "acknowledged" | "acknowledges" | "acknowledge" | "acknowledging" => {
                let k = past_determiner(words, n);
                let k = if words.get(k).is_some_and(|w| w.ends_with("ing")) {
                    k + 1
                } else {
                    k
                };
                matches!(
                    words.get(k).copied(),
                    Some(
                        "fans"
                            | "crowd"
                            | "supporters"
                            | "applause"
                            | "cheers"
                            | "audience"
                            | "spectators"
                            | "ovation"
                            | "well-wishers"
                    )
                ) && !words.get(k + 1).is_some_and(|w| CLAUSE_VERBS.contains(w))
            }
            // `Protesters stormed the building`, `stormed out of the meeting`, `Fans spat at
            // the players`, `Fires raged`, `Fans trashed the stadium`: only a quotation, a
            // clause or a colon makes these speech (`"Get out!" he stormed`).
            "stormed" | "storms" | "storm" | "storming" | "spat" | "spits" | "roared"
            | "barked" | "growled" | "hissed" | "thundered" | "raged" | "rages" | "fumed"
            | "fumes" | "gushed" | "gushes" | "seethed" | "bellowed" | "shrieked" | "trashed"
            | "trashes" => {
                !(i + n >= hi
                    || matches!(next_word, "that" | ":" | "," | "." | "")
                    || self.starts_quote(i + n))
            }
            // `people accused of terrorist offences should…`: a participle after its noun
            // describes it (`critics accused him of…` still speaks).
            "accused" | "suspected" => {
                next_word == "of"
                    && i > lo
                    && tokens[i - 1].kind == TokenKind::Word
                    && !tokens[i - 1].is_capitalised()
                    && !CLAUSE_VERBS.contains(&self.norm(i - 1))
            }
            // `many firms cautioned for not honouring them`, `two players warned for dissent`:
            // someone warned for something, a participle (`warned for years that…` speaks).
            "warned" | "cautioned" | "reprimanded" | "admonished" => {
                next_word == "for"
                    && !words.get(n + 1).is_some_and(|w| {
                        matches!(
                            *w,
                            "years"
                                | "months"
                                | "weeks"
                                | "days"
                                | "decades"
                                | "some"
                                | "a"
                                | "long"
                        )
                    })
            }
            // `the two officials named in the report`, `people identified by the inquiry`:
            // a participle after its noun says who they are (`the report named three
            // officials` still speaks).
            // (`the experts who named it best feature film`: a title given, not a view; `named
            // the man as John Smith` identifies him.)
            "named" | "identified" | "mentioned" => {
                let participle = matches!(next_word, "in" | "by" | "on")
                    && i > lo
                    && tokens[i - 1].kind == TokenKind::Word
                    && !tokens[i - 1].is_capitalised()
                    && !CLAUSE_VERBS.contains(&self.norm(i - 1))
                    && !SKIP_BEFORE_CUE.contains(&self.norm(i - 1));
                let title = words[0] == "named"
                    && matches!(next_word, "it" | "him" | "her" | "them")
                    && !words
                        .get(n + 1..)
                        .is_some_and(|rest| rest.iter().take(4).any(|w| *w == "as"));
                participle || title
            }
            // `called off a demonstration`, `calls up reservists`: cancelling, summoning;
            // `calling into doubt his credentials`: casting doubt, not saying.
            "calls" | "calling" => matches!(next_word, "off" | "up" | "into"),
            // `a program called Sandy Hook Promise`, `what is typically called`: naming,
            // not speaking.
            "called" => {
                matches!(next_word, "off" | "up" | "into")
                    || i > lo
                        && {
                            let prev = self.norm(i - 1);
                            let naming_noun = tokens[i - 1].kind == TokenKind::Word
                                && !tokens[i - 1].is_capitalised()
                                && !self.source_head(i - 1)
                                && !SKIP_BEFORE_CUE.contains(&prev)
                                && !matches!(
                                    prev,
                                    "and" | "but" | "also" | "who" | "that" | "which"
                                );
                            // `has vocally called`, `has nevertheless called`: a verb.
                            let perfect =
                                i >= lo + 2 && matches!(self.norm(i - 2), "has" | "have" | "had");
                            // `so-called`
                            let so_called = prev == "-" && i >= lo + 2 && self.norm(i - 2) == "so";
                            // `Ron Bloom's new venture, called PodShow`; `a civil rights
                            // group called Color of Change` (a thing brought in by `a`).
                            let capital_next = i + 1 < hi
                                && tokens[i + 1].is_capitalised()
                                && tokens[i + 1].kind == TokenKind::Word;
                            let introduced = (i.saturating_sub(5).max(lo)..i)
                                .rev()
                                .find(|&k| DETERMINERS.contains(&self.norm(k)))
                                .is_some_and(|k| matches!(self.norm(k), "a" | "an"));
                            let comma_name =
                                (prev == "," || introduced && !prev.ends_with('s')) && capital_next;
                            (naming_noun || self.adverb(i - 1) || so_called || comma_name)
                                && !perfect
                        }
                        && !matches!(words.get(1).copied(), Some("for" | "on" | "upon" | "out"))
            }
            // `A video posted on TikTok shows`, `images shared on Telegram`: what is posted,
            // not who posts it (`users posted`, `the account posted` still speak).
            "posted" | "shared" | "uploaded" => i > lo && self.posted_material(i),
            "states" => {
                !(matches!(next_word, "that" | ":") || self.starts_quote(i + n))
                    || i > lo && self.norm(i - 1) == ","
            }
            // `adding to his lead`, `added to the pressure`: increasing, not speaking
            // (`added to reporters` still speaks).
            // (Nor right after a quotation and a name: `"…," Trump added to People.`)
            "adding" | "added" | "adds" | "add" => {
                let mut k = i;
                while k > lo && i - k < 4 && tokens[k - 1].is_capitalised() {
                    k -= 1;
                }
                next_word == "to"
                    && !matches!(words.get(n + 1).copied(), Some("reporters" | "journalists"))
                    && !self.after_quotation(k, lo)
            }
            // `some of the men reported her entreaty as spam`, `reported him to the police`:
            // flagging someone or something, not reporting what happened.
            "reported" | "reports" | "report" | "reporting" => {
                // (`Some reported for duty on Monday`: turning up, not telling.)
                if next_word == "for"
                    && words
                        .get(n + 1)
                        .is_some_and(|w| matches!(*w, "duty" | "work" | "training"))
                {
                    return true;
                }
                let object = (i + n..(i + n + 5).min(hi))
                    .take_while(|&k| tokens[k].kind == TokenKind::Word)
                    .collect::<Vec<_>>();
                // (`people can flag and report posts to Twitter staff`: posted material too.)
                (matches!(
                    next_word,
                    "him" | "her" | "them" | "it" | "his" | "their" | "its"
                ) || lex.social_material.contains(&next_word))
                    && object.iter().skip(1).any(|&k| {
                        self.norm(k) == "as"
                            || self.norm(k) == "to"
                                && k + 1 < hi
                                && (matches!(self.norm(k + 1), "police" | "the" | "authorities")
                                    || tokens[k + 1].is_capitalised())
                    })
            }
            // `a man claiming allegiance to ISIS`, `claimed victory`, `could claim between
            // 150 and 300 euros`: laying claim to something, not asserting that something
            // is so.
            "claiming" | "claimed" | "claims" | "claim" => {
                // (`Many claimed the title in the 1990s`, `claimed their seats`: a prize or a
                // place taken, after a determiner.)
                let prize = matches!(next_word, "the" | "a" | "their" | "his" | "her" | "its")
                    && words.get(n + 1).is_some_and(|w| {
                        matches!(
                            *w,
                            "title"
                                | "titles"
                                | "seat"
                                | "seats"
                                | "prize"
                                | "crown"
                                | "trophy"
                                | "medal"
                                | "championship"
                                | "record"
                                | "place"
                                | "spot"
                                | "lives"
                                | "life"
                                | "win"
                        )
                    })
                    // (`critics claim the record is at best patchy`: a clause after all.)
                    && !words
                        .get(n + 2)
                        .is_some_and(|w| CLAUSE_VERBS.contains(w));
                prize
                    || matches!(
                        next_word,
                        "allegiance"
                            | "victory"
                            | "credit"
                            | "asylum"
                            | "ownership"
                            | "benefits"
                            | "compensation"
                            | "damages"
                            | "lives"
                            | "between"
                            | "refunds"
                            | "expenses"
                    )
                    // (`claimed £5,000 for a second home`, `claimed more than £12,000 in
                    // expenses`: a sum claimed; not `claimed more than 300 people had been
                    // killed`, a clause after the figure.)
                    || {
                        let amount = |w: &str| w.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c));
                        let figure = amount(next_word)
                            || matches!(
                                next_word,
                                "more" | "over" | "nearly" | "almost" | "about" | "around"
                                    | "roughly" | "up" | "some" | "at" | "less" | "under"
                            ) && words
                                .get(n + 1..(n + 3).min(words.len()))
                                .is_some_and(|rest| rest.iter().any(|w| amount(w)));
                        figure
                            && !(i + n..hi.min(i + n + 7))
                                .any(|k| CLAUSE_VERBS.contains(&self.norm(k)))
                    }
                    // (`Rebels claimed the town after a week of fighting`.)
                    || self.acts_on_a_thing(i, lo, hi, n)
            }
            // `the lens through which voters view the candidates`, `so that people see the
            // value`: looking at something, not judging that something is so (`views it as
            // a threat`, `see prices rising`, `see a rise in rates` are judgements).
            // (`some saw his comments as…`, `many viewed it as…`, `have long seen the firm
            // as…`: the past judges only with `as`.)
            "view" | "views" | "see" | "sees" | "saw" | "seen" | "viewed" => {
                let seeing = matches!(words[0], "see" | "sees");
                // Up to the end of the clause: `views it as a threat`; for `see`, a small
                // clause too (`see prices rising`, `can see this guy is a fraud`).
                let judged = words[n.min(words.len())..]
                    .iter()
                    .take(8)
                    // (`see the value that technology has`: a relative clause is the
                    // object's own.)
                    .take_while(|w| {
                        !matches!(**w, "," | "." | ";" | "?" | "!" | "that" | "which" | "who")
                    })
                    .any(|w| {
                        *w == "as" || seeing && (w.ends_with("ing") || CLAUSE_VERBS.contains(w))
                    });
                // `see the value`, `see their friends` (not `see a rise in rates`).
                let definite = matches!(
                    next_word,
                    "the"
                        | "this"
                        | "these"
                        | "those"
                        | "their"
                        | "its"
                        | "his"
                        | "her"
                        | "our"
                        | "your"
                        | "them"
                        | "him"
                        | "it"
                );
                let past = matches!(words[0], "saw" | "viewed");
                // (`seen` judges in the perfect only: `People seen as likely disrupters are
                // ushered out`, `comments seen as…` describe the noun.)
                let perfect = (lo.max(i.saturating_sub(3))..i)
                    .rev()
                    .take_while(|&k| {
                        let w = self.norm(k);
                        w.ends_with("ly")
                            || matches!(
                                w,
                                "long" | "also" | "always" | "often" | "have" | "has" | "had"
                            )
                    })
                    .any(|k| matches!(self.norm(k), "have" | "has" | "had"));
                // (And with `as` right after a short object: `have seen SSL as a target`, not
                // `has seen rapid consolidation in recent months as prices fell`, `have seen
                // blockbusters such as…`, things the subject went through.)
                let seen_as = words[n.min(words.len())..]
                    .iter()
                    .take(5)
                    .take_while(|w| {
                        !matches!(**w, "such" | "," | "." | ";" | "that" | "which" | "who")
                            && !super::source::PREPOSITIONS.contains(w)
                    })
                    .any(|w| *w == "as");
                words[0] == "seen" && !(perfect && seen_as)
                    || !judged
                        && (past || !matches!(next_word, "that" | ":") && (definite || !seeing))
            }
            // `A goal from Andy Scott condemned them to defeat`: a fate dealt, not a judgement
            // passed (`condemned the decision to close the plant` judges).
            "condemned" | "condemns" | "condemn" | "condemning" => {
                words.get(n..(n + 6).min(words.len())).is_some_and(|rest| {
                    rest.windows(2).any(|w| {
                        w[0] == "to"
                            && matches!(
                                w[1],
                                "defeat"
                                    | "relegation"
                                    | "death"
                                    | "life"
                                    | "prison"
                                    | "jail"
                                    | "history"
                                    | "obscurity"
                                    | "a"
                                    | "an"
                                    | "the"
                                    | "their"
                                    | "his"
                                    | "her"
                                    | "its"
                                    | "another"
                            )
                    })
                })
            }
            // `The discovery of the posts has exposed a shortcoming`: bringing a thing to light,
            // not reporting that something is so (`exposed how…` reports).
            "exposed" | "exposes" | "expose" => {
                !matches!(next_word, "that" | "how" | "what" | "why" | "whether" | ":")
            }
            // `Some will recall the news footage of…`: remembering a thing, not stating that
            // something is so (`recalls that…`, `recalled: "…"` state).
            "recall" | "recalls" | "remember" | "remembers" => matches!(
                next_word,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "when" | "how" | "seeing"
            ),
            // `FreshMart has recalled bagged salads`, `recalled 1.2 million vehicles`, `recalled
            // its ambassador`: a product or an envoy called back, not a memory told (`recalled
            // that…`, `recalled how…`, `recalled the day…`, `recalled meeting him`, `recalled
            // fondly`, `"…," she recalled` tell one).
            // (A count is a product's; other words only after a subject that is no person —
            // `Roffman, a securities analyst…, recalled numerous telephone calls` tells.)
            "recalled" | "recalling" => tokens.get(i + n).is_some_and(|t| {
                let subject = (lo..i).rev().find(|&k| {
                    let w = self.norm(k);
                    !(super::CLAUSE_VERBS.contains(&w)
                        || matches!(w, "been" | "also" | "now" | "already"))
                });
                let person = subject.is_none_or(|k| {
                    let w = self.norm(k);
                    super::PERSON_PRONOUNS.contains(&w)
                        || super::GROUP_PRONOUNS.contains(&w)
                        || w == ","
                        || self.is_person(k)
                });
                t.kind == TokenKind::Number
                    || matches!(next_word, "thousands" | "millions" | "hundreds" | "tens")
                    || !person
                        && t.kind == TokenKind::Word
                        && !t.is_capitalised()
                        && !next_word.ends_with("ing")
                        && !next_word.ends_with("ly")
                        && !RECALL_TELLS.contains(&next_word)
                        // (`it had recalled its salads`: a firm's own product.)
                        && (!DETERMINERS.contains(&next_word) || next_word == "its")
            }),
            // `Americans consider moving there`: weighing an action, not judging a claim.
            "consider" | "considers" | "considered" => next_word.ends_with("ing"),
            // `The camera panned across the room`, `panned for gold`: a camera's or a
            // prospector's pan, not a review (`critics have panned the film`).
            "panned" | "pans" => matches!(
                next_word,
                "across"
                    | "to"
                    | "over"
                    | "around"
                    | "away"
                    | "back"
                    | "out"
                    | "down"
                    | "up"
                    | "along"
                    | "through"
                    | "from"
                    | "for"
                    | "off"
                    | "left"
                    | "right"
                    | "."
                    | ","
            ),
            // `often write them down and hide them`: noting a thing down, not writing that
            // something is so.
            "write" | "writes" | "wrote" | "writing" => {
                next_word == "down" || words.get(n + 1).is_some_and(|w| *w == "down")
            }
            // `tell their friends about it, and show off…`: telling someone about a thing,
            // with nothing said of it (`told reporters about the deal that it was…` says).
            "tell" | "tells" => {
                let about = (n..(n + 4).min(words.len())).find(|&k| words[k] == "about");
                about.is_some_and(|k| {
                    k > n
                        && words
                            .get(k + 2)
                            .is_none_or(|w| matches!(*w, "," | "." | "and" | ";"))
                        && !words[n..k].contains(&"that")
                })
            }
            // `left her fearful of leaving her mansion`: a fear of something, no view held
            // (`fearful that…` holds one).
            "fearful" => next_word != "that",
            // `showed up in the flesh`: arriving, not showing anything.
            "showed" | "shows" | "show" | "showing" => next_word == "up",
            // `Employees protested outside the stores`: where, not what.
            "protested" | "protests" | "protest" | "protesting" => matches!(
                next_word,
                "outside" | "near" | "along" | "through" | "across" | "in" | "at"
            ),
            // `call centers`, `call signs`: a compound noun; `call off the strike`.
            "call" => matches!(
                next_word,
                "center"
                    | "centers"
                    | "centre"
                    | "centres"
                    | "sign"
                    | "signs"
                    | "log"
                    | "off"
                    | "up"
            ),
            // `contested the long jump`, `contests the seat`: competing, not disputing
            // (`contested the claims`, `contests that…` are denials).
            "contested" | "contests" | "contest" => !words[n.min(words.len())..]
                .iter()
                .take(5)
                .any(|w| *w == "that" || lex.contested_things.contains(w)),
            _ => false,
        }
    }

    /// Stage eight, for a verb cue: a request for anonymity (`who asked not to be named`), a
    /// question put to the speaker (`said when asked whether…`, `Asked if she would run, Clinton
    /// said…`), and a capitalised cue inside a sentence, a name or a title (`Said`, `Claims`).
    pub(super) fn request_or_question(
        &mut self,
        sent: Sent,
        mut i: usize,
        n: usize,
        words: &[&'d str],
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let tokens = self.doc.tokens();
        // `who asked not to be named`, `spoke on condition of anonymity`: a request for
        // anonymity, not speech.
        if ANONYMITY_REQUEST_CUES.contains(&words[0]) {
            let rest = &words[n.min(words.len())..];
            let request = matches!(
                rest,
                ["not" | "anonymity" | "anonymously", ..]
                    | ["on", "condition" | "background", ..]
                    | ["on", "the", "condition", ..]
                    | ["for", "anonymity", ..]
                    | ["to", "remain", "anonymous", ..]
                    | ["that", _, "name", ..]
                    | ["that", "his" | "her" | "their", "identity", ..]
                    // (`who did not want her name published`, `did not wish his identity
                    // revealed`.)
                    | ["his" | "her" | "their", "name" | "names" | "identity", ..]
                    | ["to", "be", "named" | "identified" | "quoted", ..]
                    | ["to", "be", "publicly", "named" | "identified", ..]
                    | [
                        "to",
                        "give",
                        "his" | "her" | "their" | "a",
                        "name" | "names" | "full",
                        ..
                    ]
            ) && !(matches!(words[0], "want" | "wanted" | "wish" | "wished")
                && rest.get(1) == Some(&"be")
                && !(i > lo && matches!(self.norm(i - 1), "not" | "never")));
            if request {
                i += n;
                return Some(i);
            }
        }
        // `Christie said when asked whether…`: the question put to the speaker of the
        // sentence's attribution.
        if words[0] == "asked"
            && i > lo + 1
            && matches!(self.norm(i - 1), "when" | "whenever" | "after" | "being")
        {
            let source = self
                .out
                .iter()
                .rev()
                .take_while(|a| a.sentence.index() == si)
                .find_map(|a| a.source)
                .map(|s| self.tokens_of(s));
            if source.is_some() {
                self.push(si, (i, i + 1), source, self.content_after(i + 1, hi), None);
            }
            i += 1;
            return Some(i);
        }
        // `Asked if she would run, Clinton said…`: the main clause's subject was asked.
        let opener =
            i == lo || i == lo + 1 && matches!(self.norm(lo), "when" | "whenever" | "and" | "but");
        if opener && matches!(words[0], "asked" | "pressed" | "questioned") {
            let comma = (i + 1..hi).find(|&k| self.norm(k) == ",");
            // (The main clause's verb finds its subject: `Asked about the plan on Tuesday, press
            // secretary Lauren Ortiz said…` was `press`, a report.)
            let subject = comma.and_then(|c| {
                (c + 2..hi.min(c + 16))
                    .find(|&k| lexicon().cue_mask(self.norm(k)) != 0)
                    .and_then(|v| self.subject_before(v, c + 1, si))
                    .or_else(|| self.subject_at_start(c + 1, hi))
            });
            if let Some(subject) = subject {
                self.push(si, (i, i + 1), Some(subject), None, None);
            }
            i += 1;
            return Some(i);
        }
        // `Said`, `Claims` inside a sentence are names or titles, not cues — except in a
        // title-case headline (`Clinton Says Russians Hacked DNC`).
        if tokens[i].is_capitalised() && i > lo && !self.title_case(lo, hi) {
            i += 1;
            return Some(i);
        }
        None
    }

    /// `the original 22 February show`, `the March report`: a date after a determiner or a
    /// day's number, right before a noun-like base form, makes it the noun (`figures for
    /// February show a rise` keeps its verb, as does a date a phrase ends on: `Figures
    /// released on 3 March show…`).
    fn after_a_date(&self, i: usize, lo: usize, word: &str) -> bool {
        let tokens = self.doc.tokens();
        (NOUN_LIKE_BASE_FORMS.contains(&word) || word == "show")
            && i >= lo + 2
            && self.month_or_day(i - 1)
            && (tokens[i - 2].kind == TokenKind::Number
                && (i < lo + 3 || !super::source::PREPOSITIONS.contains(&self.norm(i - 3)))
                || DETERMINERS.contains(&self.norm(i - 2)))
    }

    /// A concern raised `about` something at `i` by someone who can voice it, right before it
    /// or before its auxiliary, is theirs: `Experts have raised concerns about the vaccine`,
    /// `The men's solicitor, Louise Christian, has raised questions about…`; not `high oil
    /// prices have raised concerns about inflation`.
    fn concern_voiced(&self, i: usize, lo: usize) -> bool {
        i > lo
            && (self.voices_concern(i - 1)
                || i >= lo + 2
                    && matches!(self.norm(i - 1), "have" | "has" | "had")
                    && (self.voices_concern(i - 2) || self.norm(i - 2) == ","))
    }

    /// Is token `k` a number (`about 40 percent`)?
    fn number_at(&self, k: usize) -> bool {
        self.doc
            .tokens()
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// After a possessive (`the Tories' call for`, `Mr Bush's proposed budget`), is the cue word
    /// `w` at `i` a noun or an adjective? Not `said`, `says` or `told`, which are never either
    /// (`Sainsbury's said`, `McDonald's says`: a name in the possessive form), nor after `he's`
    /// (`has`).
    fn noun_after_possessive(&self, i: usize, lo: usize, prev_norm: &str, w: &str) -> bool {
        (prev_norm.ends_with("s'") || prev_norm.ends_with("'s"))
            && !PERSON_PRONOUNS.contains(&prev_norm)
            && !matches!(w, "said" | "says" | "told")
            && !matches!(prev_norm, "he's" | "she's" | "it's" | "that's" | "who's")
            || prev_norm == "'" && i >= lo + 2 && self.norm(i - 2).ends_with('s')
    }

    /// Is the verb cue at `i` used here as a passive (`was told`), a reduced relative
    /// (`people briefed on the talks`), a noun (`in charge of`, `a dozen mentions`) or an
    /// adjective (`detailed queries`) — a word of the sentence that is no cue of its subject?
    pub(super) fn passive_or_noun_use(
        &self,
        i: usize,
        lo: usize,
        hi: usize,
        n: usize,
        words: &[&'d str],
    ) -> bool {
        let tokens = self.doc.tokens();
        let prev_norm = if i > lo { self.norm(i - 1) } else { "" };
        // `was told`, `has been widely blamed`: an adverb may stand between.
        // (And past an aside set off by commas: `are, however, believed to favour…`.)
        let aux_before = PASSIVE_AUX.contains(&prev_norm)
            || ((prev_norm.ends_with("ly") || SKIP_BEFORE_CUE.contains(&prev_norm))
                && i >= lo + 2
                && PASSIVE_AUX.contains(&self.norm(i - 2)))
            || {
                let p = self.before_passing(i, lo);
                p < i && p > lo && PASSIVE_AUX.contains(&self.norm(p - 1))
            };
        // (`Some are worried that…`, `Critics are concerned that…`, `Her advisers are not
        // convinced that…`: a state of mind of the subject, not a passive.)
        // (`Some are worried it could be scuppered`: a clause without `that` too.)
        let next_is_that = i + n + 1 < hi
            && (self.norm(i + n) == "that"
                || matches!(self.norm(i + n), "it" | "they" | "he" | "she" | "we")
                    && CLAUSE_VERBS.contains(&self.norm(i + n + 1))
                // (`Many are convinced the vote was rigged`: a short noun phrase, then its
                // verb.)
                || matches!(
                    self.norm(i + n),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this"
                ) && (i + n + 2..(i + n + 5).min(hi))
                    .take_while(|&k| tokens[k].kind == TokenKind::Word)
                    .any(|k| CLAUSE_VERBS.contains(&self.norm(k))));
        let state_of_mind =
            matches!(words[0], "worried" | "concerned" | "convinced") && next_is_that;
        let passive = aux_before
            && !state_of_mind
            && (words[0].ends_with("ed") || lexicon().irregular_participles.contains(&words[0]));
        // `people briefed on the talks`, `a report cited by Reuters`: a participle after its
        // noun, not a cue.
        let next_norm = if i + n < hi { self.norm(i + n) } else { "" };
        // (`National Guard members, called to service by the governor, are…` too.)
        // (`Officials emphasized on Friday that…`: a day, not a topic.)
        let on_a_day = next_norm == "on"
            && i + n + 1 < hi
            && (self.month_or_day(i + n + 1) || tokens[i + n + 1].kind == TokenKind::Number);
        // (`Manafort insisted on CNN that…`, `Sanders declared on national television
        // that…`: where it was said, then what, after a name or a pronoun.)
        let on_a_channel = next_norm == "on"
            && i + n + 1 < hi
            && i > lo
            && (tokens[i - 1].is_capitalised() || PERSON_PRONOUNS.contains(&prev_norm))
            // (Not `People briefed on the talks said that…`: a people noun, capitalised only
            // as the sentence's first word, is what the participle describes.)
            && !lexicon().people_nouns.contains(&prev_norm)
            && !lexicon().anon_nouns.contains(prev_norm)
            && (i + n + 2..(i + n + 6).min(hi))
                .any(|k| matches!(self.norm(k), "that" | ":") || tokens[k].is_open_quote());
        // (An irregular participle too, with its agent: `A report written by two former
        // officials says…`; not `said` or `told`, whose `by` is the passive's.)
        let irregular_by = next_norm == "by"
            && !matches!(words[0], "said" | "told")
            // (Not a margin: `a poll found by 43%-41% that…`.)
            && i + n + 1 < hi
            && tokens[i + n + 1].kind != TokenKind::Number
            && lexicon().irregular_participles.contains(&words[0]);
        let reduced_relative = (words[0].ends_with("ed") || irregular_by)
            && !on_a_day
            && !on_a_channel
            // (A phrasal cue's own `on` is no participle's: `The senator pushed back on the
            // claims` was read as `people briefed on the talks`. What was raised `about`
            // something stays one: `The move raised questions about his judgement`.)
            && (next_norm == "by"
                // (Not `about` a number: `An aide claimed about 40 percent of the staff…`.)
                || next_norm == "about" && !(n > 1 && self.concern_voiced(i, lo)) && !self.number_at(i + n + 1)
                || n == 1 && next_norm == "on"
                // (`a Harvard professor likened to a modern Indiana Jones`: a verb whose
                // object stands before its `to` has none here; not `which he has likened
                // to…`, `that critics likened to…`, whose object is the relative pronoun.)
                || next_norm == "to"
                    && matches!(words[0], "likened" | "compared")
                    && !CLAUSE_VERBS.contains(&prev_norm)
                    && !PERSON_PRONOUNS.contains(&prev_norm)
                    && !(i.saturating_sub(3).max(lo)..i)
                        .any(|k| matches!(self.norm(k), "that" | "which" | "whom"))
                || prev_norm == ","
                    // (Not the comma that closes an aside after the subject: `The minister,
                    // however, argued he had played by the rules`.)
                    && self.before_passing(i, lo) == i
                    && (i + n..(i + n + 4).min(hi)).any(|k| self.norm(k) == "by"));
        // `in charge of`, `the Tories' call for`: after a preposition or a possessive, a
        // cue word that is not an -ing form is a noun.
        // (`made a similar closing days charge`: an article before a base form, with no
        // one between to say it, makes a noun.)
        let noun_use = !words[0].ends_with("ing")
            && (n == 1
                && NOUN_LIKE_BASE_FORMS.contains(&words[0])
                && self.after_article(i, lo)
                || matches!(
                prev_norm,
                "in" | "of" | "on" | "for" | "with" | "under" | "at" | "from" | "into"
            ) || self.noun_after_possessive(i, lo, prev_norm, words[0])
                // `a bankruptcy claim`: a singular noun before a base form makes a compound
                // (`officials claim`, `they claim` stay verbs).
                || NOUN_LIKE_BASE_FORMS.contains(&words[0]) && i > lo
                    && tokens[i - 1].kind == TokenKind::Word
                    && !tokens[i - 1].is_capitalised()
                    && !prev_norm.ends_with('s')
                    // `local media report`, `police report`: plurals without an s, unless
                    // a determiner makes the pair a noun (`a media report`).
                    && !(matches!(prev_norm, "media" | "police" | "people")
                        && (i < lo + 2 || !DETERMINERS.contains(&self.norm(i - 2))))
                    && !PERSON_PRONOUNS.contains(&prev_norm)
                    && !GROUP_PRONOUNS.contains(&prev_norm)
                    && !matches!(
                        prev_norm,
                        "to" | "and" | "or" | "also" | "not" | "would" | "will" | "could"
                            | "can" | "may" | "might" | "should" | "must" | "did" | "do"
                            | "does" | "often" | "still" | "never" | "now" | "then" | "who"
                    )
                // `the Analysys report`, `a World Bank report`: a name between a determiner and
                // the noun (of up to four words).
                || NOUN_LIKE_BASE_FORMS.contains(&words[0]) && i >= lo + 2
                    && tokens[i - 1].is_capitalised()
                    && {
                        let mut k = i - 1;
                        while k > lo + 1
                            && i - k < 4
                            && tokens[k - 1].is_capitalised()
                            && !DETERMINERS.contains(&self.norm(k - 1))
                        {
                            k -= 1;
                        }
                        // (Not a plural name, a party's members: `the Liberal Democrats claim`.)
                        k > lo
                            && DETERMINERS.contains(&self.norm(k - 1))
                            && (k == i - 1 || !self.norm(i - 1).ends_with('s'))
                    }
                || self.after_a_date(i, lo, words[0])
                // `cut its profit forecast`, `the growth forecast`: a determiner and a word that
                // speaks for no one (`The bank forecast growth` keeps its verb).
                || words[0] == "forecast" && i >= lo + 2
                    && DETERMINERS.contains(&self.norm(i - 2))
                    && tokens[i - 1].kind == TokenKind::Word
                    && !tokens[i - 1].is_capitalised()
                    && !self.source_head(i - 1)
                // `well below analyst forecasts`, `than market estimates`: a preposition before
                // the pair leaves no subject for a verb, whoever the first word names.
                || matches!(words[0], "forecast" | "forecasts" | "estimate" | "estimates")
                    && i >= lo + 2
                    && (super::source::PREPOSITIONS.contains(&self.norm(i - 2))
                        || matches!(
                            self.norm(i - 2),
                            "below" | "above" | "than" | "beyond" | "under" | "beat" | "beating"
                                | "missed" | "topped" | "exceeded" | "met"
                        ))
                    && tokens[i - 1].kind == TokenKind::Word
                    && !tokens[i - 1].is_capitalised());
        // `tools to create detailed queries`: an adjective before its noun, not a cue.
        let adjective = words[0] == "detailed"
            && !matches!(
                next_norm,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "how"
                    | "what"
                    | "why"
                    | "plans"
                    | "some"
                    | "several"
                    | "new"
            );
        passive
            || reduced_relative
            || self.charged_with(i, n, words)
            || noun_use
            || adjective
            // (`ignoring repeated warnings`: a participle before its plural noun, after a
            // verb in -ing — an adjective.)
            // (Or after a perfect's participle: `had ignored repeated warnings`.)
            || words[0].ends_with("ed")
                && n == 1
                && prev_norm.len() > 4
                && (prev_norm.ends_with("ing")
                    || prev_norm.ends_with("ed")
                        && i >= lo + 2
                        && matches!(self.norm(i - 2), "had" | "has" | "have"))
                && i > lo
                && !tokens[i - 1].is_capitalised()
                && words.get(1).is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
            // (`further claims` is a noun; `The director further stated` is a verb.)
            || NOUN_MARKERS.contains(&prev_norm)
                && !(prev_norm == "further" && words[0].ends_with("ed"))
            // (`Neither claim could be verified`, `another report`: one of them, a noun;
            // `Neither claims to know` has its verb.)
            || matches!(prev_norm, "neither" | "either" | "another")
                && NOUN_LIKE_BASE_FORMS.contains(&words[0])
    }

    /// `A man charged with fraud said…`, `a nurse accused of theft`: a verb of charging
    /// someone, with the charge right after it and no one charged between, is a participle
    /// describing the noun before it (not after `have`: `five banks it had accused of
    /// involvement`, whose object stands before).
    fn charged_with(&self, i: usize, n: usize, words: &[&'d str]) -> bool {
        n == 1
            && !(i > 0 && matches!(self.norm(i - 1), "have" | "has" | "had" | "having"))
            && words
                .get(1)
                .is_some_and(|next| super::charge_participle(words[0], next))
    }

    /// Does the verb cue at `i` describe the noun before it — an -ing word right after its
    /// noun (`One pastor supporting Mr. Cruz`), a participle graded like an adjective (`the most
    /// passionately supported club`), people shown (`staff members suggesting`)?
    pub(super) fn describes_its_noun(&self, i: usize, lo: usize, words: &[&'d str]) -> bool {
        let prev_norm = if i > lo { self.norm(i - 1) } else { "" };
        let lex = lexicon();
        let tokens = self.doc.tokens();
        // `One pastor supporting Mr. Cruz`: an -ing attitude word right after its noun is a
        // participle describing it, not a report (`…, saying`, `are questioning` are).
        let describing = words[0].ends_with("ing")
            && lex.speech_verbs.longest(words).is_none()
            && i > lo
            && tokens[i - 1].kind == TokenKind::Word
            && !tokens[i - 1].is_capitalised()
            && !PASSIVE_AUX.contains(&prev_norm)
            && !SKIP_BEFORE_CUE.contains(&prev_norm)
            && !prev_norm.ends_with("ly")
            && !PERSON_PRONOUNS.contains(&prev_norm)
            && !GROUP_PRONOUNS.contains(&prev_norm)
            && !matches!(
                prev_norm,
                "and" | "or" | "but" | "by" | "without" | "while" | "of" | "for" | "in" | "on"
                    | "at" | "with" | "from" | "to" | "that" | "who" | "which" | "after"
                    | "before" | "when" | "since" | "as" | "about" | "keep" | "keeps"
                    | "kept" | "start" | "started" | "stop" | "stopped" | "began" | "begin"
                    | "all" | "both" | "each"
            )
            // (A quantifier standing for people after `with` is the participle's subject:
            // `with many expecting US rates to rise`; not a superlative, `the most promising`.)
            && !(i >= lo + 2
                && matches!(prev_norm, "many" | "some" | "most" | "others" | "few" | "several")
                && matches!(self.norm(i - 2), "with" | "amid"))
            // `polls showing her behind`: what a poll or a document shows is reported.
            && !lexicon().research_nouns.contains(prev_norm)
            && !lex.report_nouns.contains(prev_norm)
            && !lex.document_nouns.contains(prev_norm);
        // `the most passionately supported club`: a participle graded like an adjective.
        let graded = words[0].ends_with("ed")
            && (lo..i).rev().take(3).any(|k| {
                matches!(
                    self.norm(k),
                    "most" | "more" | "less" | "least" | "best" | "well"
                )
            })
            && (lo..i)
                .rev()
                .take_while(|&k| {
                    !matches!(
                        self.norm(k),
                        "most" | "more" | "less" | "least" | "best" | "well"
                    )
                })
                .all(|k| self.norm(k).ends_with("ly"));
        // `emails which included staff members suggesting someone should…`: people shown
        // in what something holds or shows, not speaking to the writer.
        let shown = words[0].ends_with("ing")
            && i > lo + 1
            && tokens[i - 1].kind == TokenKind::Word
            && (i.saturating_sub(4).max(lo)..i - 1).any(|k| {
                matches!(
                    self.norm(k),
                    "included"
                        | "includes"
                        | "include"
                        | "including"
                        | "featuring"
                        | "featured"
                        | "showed"
                        | "shows"
                        | "showing"
                ) && (k + 1..i).all(|j| tokens[j].kind == TokenKind::Word)
            });
        // `their widely repudiated theories`: a participle after a determiner and an adverb,
        // before a noun, is an adjective.
        let modifying = words[0].ends_with("ed")
            && i >= lo + 2
            && self.norm(i - 1).ends_with("ly")
            && matches!(
                self.norm(i - 2),
                "the" | "a" | "an" | "their" | "his" | "her" | "its" | "these" | "those" | "such"
            )
            && tokens.get(i + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !matches!(
                        self.norm(i + 1),
                        "by" | "that" | "as" | "to" | "in" | "on" | "of" | "for" | "and" | "or"
                    )
            });
        // `all reported faults had been investigated`, `any reported cases`: a participle after
        // a quantifier, before a plural noun, is an adjective (not `They all reported faults`).
        let quantified = words[0].ends_with("ed")
            && i > lo
            && (matches!(prev_norm, "any" | "every" | "no")
                || prev_norm == "all"
                    && (i == lo + 1
                        || matches!(
                            self.norm(i - 2),
                            "said" | "says" | "that" | "of" | "and" | "with" | "for" | "," | "to"
                        )))
            && tokens.get(i + 1).is_some_and(|t| {
                t.kind == TokenKind::Word && !t.is_capitalised() && {
                    let w = self.norm(i + 1);
                    w.ends_with('s')
                        && !w.ends_with("ss")
                        && !matches!(w, "his" | "its" | "this" | "was" | "has" | "is" | "as")
                }
            });
        // `with injuries described as serious`, `a move seen as a snub`: a participle of
        // describing right after a thing, with `as` next, is a passive describing it (not `a
        // move officials described as reckless`, where people before it describe).
        let passive_as = matches!(
            words[0],
            "described" | "characterised" | "characterized" | "branded" | "labelled" | "labeled"
        ) && words.get(1) == Some(&"as")
            && i > lo
            && tokens[i - 1].kind == TokenKind::Word
            && !tokens[i - 1].is_capitalised()
            && !PASSIVE_AUX.contains(&prev_norm)
            && !SKIP_BEFORE_CUE.contains(&prev_norm)
            && !PERSON_PRONOUNS.contains(&prev_norm)
            && !GROUP_PRONOUNS.contains(&prev_norm)
            && !super::classify::people_noun(prev_norm)
            && !lex.body_nouns.contains(&prev_norm)
            && !matches!(
                prev_norm,
                "what" | "which" | "who" | "that" | "as" | "and" | "or"
            );
        describing || graded || shown || modifying || quantified || passive_as
    }

    /// Stage nine: a participle of saying — the people an outlet quoted (`quoted several
    /// lawmakers as saying`) and `…, saying that…`, `by saying`, `while saying`, the main
    /// clause's subject the speaker.
    pub(super) fn participle_cue(
        &mut self,
        sent: Sent,
        mut i: usize,
        n: usize,
        words: &[&'d str],
        response: Option<Response>,
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let after = i + n;
        // `Apcom quoted several lawmakers as saying…`: the people quoted speak (the outlet
        // that quoted them has its own attribution).
        if matches!(words[0], "saying" | "telling") && i >= lo + 3 && self.norm(i - 1) == "as" {
            let quoted = (i.saturating_sub(10).max(lo)..i - 1).rev().find(|&k| {
                matches!(
                    self.norm(k),
                    "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing"
                )
            });
            if let Some(k) = quoted {
                let content = self.content_after(i + 1, hi);
                // `Local officials were quoted as saying…`, `A police officer, quoted as
                // saying…`: nobody between `quoted` and `as` — the clause's subject is who
                // speaks (before the passive's auxiliary); so when only the passive's agent
                // stands there (`A senior official was quoted by Reuters as saying…`).
                let source = if k + 1 == i - 1 || self.norm(k + 1) == "by" {
                    let at = if k > lo && PASSIVE_AUX.contains(&self.norm(k - 1)) {
                        k - 1
                    } else {
                        k
                    };
                    self.subject_before(at, lo, si)
                } else {
                    Some((k + 1, i - 1))
                };
                self.push(si, (i - 1, i + 1), source, content, None);
                i += 1;
                return Some(i);
            }
        }
        // Participle after a comma: `…, saying that …` — the main clause's subject speaks.
        // So after a verb and `by`: `A Chinese official responded by saying…`.
        let by_saying = i >= lo + 2
            && self.norm(i - 1) == "by"
            && self.norm(i - 2).ends_with("ed")
            && lex.speech_verbs.longest(words).is_some();
        // (`…said there is “only one strong conservative in the race,” adding that…`: the
        // comma inside the quotation's close.)
        // (`…, often citing trust as a factor`: an adverb of frequency or sequence between the
        // comma and the participle; not `showed Mr Nattrass, apparently talking about…`, the
        // object's.)
        let adverb_after_comma = i >= lo + 2
            && self.norm(i - 2) == ","
            && (crate::clause::PASSING_ADVERBS.contains(&self.norm(i - 1))
                || matches!(
                    self.norm(i - 1),
                    "often" | "instead" | "simply" | "frequently" | "sometimes" | "usually"
                ));
        let comma_before = i > lo
            && (self.norm(i - 1) == ","
                || adverb_after_comma
                || i >= lo + 2 && tokens[i - 1].is_close_quote() && self.norm(i - 2) == ",");
        // `Trump landed himself in hot water by saying…`, `…while saying that…`, `said
        // before adding: "…"`: a participle after a linking word inside the sentence speaks
        // for the clause's subject.
        let linked = i >= lo + 2
            && matches!(
                self.norm(i - 1),
                "by" | "while" | "after" | "before" | "when" | "since"
            )
            && matches!(
                words[0],
                "saying" | "telling" | "adding" | "insisting" | "arguing" | "noting"
                    | "stating" | "claiming" | "declaring"
            )
            // (`Users will be able to request a film just by saying the actor's name`:
            // what anyone could do says nothing. The clause's last words only, so that a
            // run-on sentence of such participles stays linear.)
            && !(i.saturating_sub(OBJECT_CLAUSE_TOKENS).max(lo)..i)
                .any(|k| MODALS.contains(&self.norm(k)) || self.norm(k) == "able");
        // (`The senator emailed supporters saying: "…"`: a participle right after the
        // object of a verb of sending speaks for that verb's subject.)
        let sent = matches!(
            words[0],
            "saying" | "telling" | "adding" | "warning" | "urging" | "asking"
        ) && self.out.last().is_some_and(|a| {
            let cue_end = tokens.partition_point(|t| t.span().end <= a.cue.end);
            a.sentence.index() == si
                && cue_end < i
                && i - cue_end <= 3
                && matches!(
                    self.doc.text(a.cue).to_lowercase().as_str(),
                    "emailed"
                        | "texted"
                        | "messaged"
                        | "wrote to"
                        | "sent"
                        | "tweeted"
                        | "posted"
                        | "wrote"
                )
                && (cue_end..i).all(|k| tokens[k].kind == TokenKind::Word)
        });
        // (`Jessica Mackler issued a statement saying…`: a participle after what someone
        // issued speaks for who issued it.)
        let issued_at = (words[0] == "saying"
            && i > lo + 2
            && (lex.statement_nouns.contains(self.norm(i - 1))
                || lex.document_nouns.contains(self.norm(i - 1))))
        .then(|| {
            (i.saturating_sub(5).max(lo + 1)..i - 1).rev().find(|&v| {
                matches!(
                    self.norm(v),
                    "issued" | "released" | "sent" | "posted" | "published" | "put"
                )
            })
        })
        .flatten();
        if let Some(v) = issued_at.filter(|_| !comma_before) {
            if let Some(source) = self.subject_before(v, lo, si) {
                let content = self.content_after(after, hi);
                self.push(si, (i, after), Some(source), content, response);
                return Some(after);
            }
        }
        if words[0].ends_with("ing") && (comma_before || by_saying || linked || sent) {
            // (Not a speaker inside a relative clause: `Obama rebuked critics who say…,
            // saying` is Obama's participle.)
            let relative = |(a, b): (usize, usize)| {
                b > a + 1 && matches!(self.norm(b - 1), "who" | "which") && a > lo
            };
            let source = self.last_source(si).filter(|&s| !relative(s)).or_else(|| {
                if by_saying {
                    self.subject_before(i - 2, lo, si)
                } else {
                    self.subject_at_start(lo, i)
                }
            });
            if source.is_some() {
                // (`Bloomberg, citing people familiar with the matter, reported that…`: what is
                // cited is who it names, up to the comma — not the main clause after it.)
                // (Only when the main clause's verb follows that comma; a list cited at the
                // sentence's end is read whole: `citing low growth, unemployment and…`.)
                let set_off_end = matches!(words[0], "citing" | "quoting")
                    .then(|| {
                        (after..hi.min(after + CITED_TOKENS))
                            .find(|&k| self.norm(k) == ",")
                            .filter(|&k| {
                                k > after && k + 1 < hi && lexicon().cue_mask(self.norm(k + 1)) != 0
                            })
                    })
                    .flatten();
                let content = match set_off_end {
                    Some(end) => Some((after, end)),
                    None => self.content_after(after, hi),
                };
                self.push(si, (i, after), source, content, response);
            }
            i = after;
            return Some(i);
        }
        None
    }

    /// Does the sentence open (`lo`) with a short noun phrase and a relative or participle
    /// clause set off by commas that closes just before the verb at `i` — `A neighbour, who did
    /// not want to be named, said the family kept to themselves`, `State media, citing
    /// officials, said six people died`? The phrase is then the verb's subject, whatever follows
    /// the verb (no inversion).
    fn opening_subject_clause(&self, lo: usize, i: usize) -> bool {
        let tokens = self.doc.tokens();
        (lo + 1..i.min(lo + 7))
            .find(|&k| self.norm(k) == ",")
            .is_some_and(|k| {
                // (A clause of a few words: the look is bounded, so a run-on sentence of such
                // cues stays linear.)
                i <= k + super::source::MAX_RELATIVE_TOKENS
                    // (`The report, which was published on Monday, says…`: a relative
                    // clause on a thing as on a person — after a phrase that can speak, not a
                    // clause's `which`: `The shares fell, which pleased nobody, said…`.)
                    && (matches!(self.norm(k + 1), "who" | "whose")
                        || self.norm(k + 1) == "which" && self.source_head(k - 1)
                        || self.norm(k + 1).ends_with("ing"))
                    // (A noun phrase, no clause: not `Sales have tripled since launch,
                    // outstripping the Xbox, said market analysts Chart-Track`.)
                    && (lo..k).all(|j| {
                        let w = self.norm(j);
                        let verb = CLAUSE_VERBS.contains(&w)
                            || matches!(w, "have" | "has" | "had" | "will" | "would")
                            || w.ends_with("ed") && !tokens[j].is_capitalised();
                        !verb
                    })
                    && (k + 2..i - 1).all(|j| !matches!(self.norm(j), "," | ";" | ":"))
                    // (Not a fronted phrase before the clause: `On Monday, gaming is popular
                    // in India, says a report` is an inverted report, not `On Monday`.)
                    && !ClauseStarts::of(self.doc, lo, i).holds(k + 1)
            })
    }

    /// `Chris Collins, a Trump supporter, said…`: the comma at `c` closes an apposition after a
    /// name that stands alone between the clause's start (or an earlier comma) and the
    /// apposition — the subject before its verb, not a clause before an inverted speaker.
    fn name_with_apposition_before(&self, c: usize, lo: usize) -> bool {
        let tokens = self.doc.tokens();
        // (Bounded looks: a name and an apposition are a few words each.)
        let Some(k) = (c.saturating_sub(17).max(lo + 1)..c)
            .rev()
            .find(|&k| self.norm(k) == ",")
        else {
            return false;
        };
        let start = (k.saturating_sub(7).max(lo)..k)
            .rev()
            .find(|&j| self.norm(j) == ",")
            .map_or(lo, |j| j + 1);
        let name_only = start < k
            && (start..k).all(|j| {
                let t = &tokens[j];
                t.kind == TokenKind::Word && t.is_capitalised() || self.norm(j) == "."
            })
            && ((start..k).any(|j| {
                self.entity_of(j)
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
            })
                // (A surname alone opening the sentence: `Roffman, a securities analyst for
                // the firm, recalled numerous calls`; not `Yesterday, a spokesman, …`.)
                || start == lo
                    && k == lo + 1
                    && !lexicon()
                        .stopwords_cap
                        .contains(self.doc.text(tokens[lo].span()))
                    && !self.month_or_day(lo)
                    && self
                        .entity_of(lo)
                        .is_none_or(|e| self.entities[e].kind == EntityKind::Person));
        // (A long description opened by an article: `Roffman, a securities analyst for the
        // Philadelphia-based investment company Janney Montgomery Scott, recalled…`.)
        // (An age between the commas, as agency copy gives it: `Mr Trotter, 52, said more than
        // 13,000 people voted`.)
        let aged = c == k + 2
            && tokens[k + 1].kind == TokenKind::Number
            && self
                .norm(k + 1)
                .parse::<u8>()
                .is_ok_and(|n| (1..=120).contains(&n));
        let described = aged
            || k + 1 < c
                && (self.appositive(k + 1, c)
                    || matches!(self.norm(k + 1), "a" | "an" | "the")
                        && !self.has_verb(k + 1, c)
                        && (k + 1..c).all(|j| self.norm(j) != ","));
        name_only && described
    }

    /// `…, stressed his executive experience`, `stated his intention to vote for Clinton`: a
    /// thing of someone's after an inverted verb is its object (`…, said his spokesman`, `said
    /// his coach Peter Stanley`, `said its chief executive, Sir Howard Newby` speak — a name in
    /// the phrase before any preposition, or a people noun at its end).
    fn owned_thing(&self, a: usize, b: usize) -> bool {
        matches!(self.norm(a), "his" | "her" | "their" | "its" | "our" | "my")
            && b > a + 1
            && !people_noun(self.norm(b - 1))
            && !(a + 1..b)
                .take_while(|&k| {
                    !matches!(
                        self.norm(k),
                        "to" | "for" | "of" | "on" | "with" | "about" | "against" | "from"
                    )
                })
                .any(|k| self.is_person(k))
    }

    /// Stage ten: inversion, the speaker after the verb (`…,” said Toner.`, `…, said a senior
    /// official.`, `Said Dorothy Poynter, who grew up nearby: “…”`), and the verbs that are cues
    /// only so.
    pub(super) fn inversion_cue(
        &mut self,
        sent: Sent,
        mut i: usize,
        n: usize,
        words: &[&'d str],
        response: Option<Response>,
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let after = i + n;
        // Inversion: `…,” said Toner.` / `…, said a senior official.` (`…, also said one
        // source`: read past a passing adverb; an aside keeps its closing comma.)
        let passed = self.before_passing(i, lo);
        let prev_at = if passed < i && self.norm(passed) != "," {
            passed
        } else {
            i
        };
        let prev = (prev_at > lo).then(|| &tokens[prev_at - 1]);
        // `Said Dorothy Poynter, who grew up nearby: “…”`: inversion at the sentence start.
        let leading = i == lo && matches!(words[0], "said" | "says");
        // (Past a fronted phrase too: `On Monday, a neighbour, who did not want to be named,
        // said…`.)
        let relative_subject = prev.is_some_and(|p| self.doc.norm(p) == ",")
            && (self.opening_subject_clause(lo, i) || {
                let c = ClauseStarts::of(self.doc, lo, hi).last();
                c > lo && c < i && self.opening_subject_clause(c, i)
            });
        // (`Witnesses, however, said police fired…`: the comma closes an aside after the
        // subject, not the clause before an inverted speaker; after an auxiliary too, `The
        // team has, however, said…`, which ends no clause said.)
        let aside_after_subject = passed + 3 <= i
            && passed > lo
            && self.norm(passed) == ","
            && (self.source_head(passed - 1) || CLAUSE_VERBS.contains(&self.norm(passed - 1)));
        let inverted = (leading
            || prev.is_some_and(|p| p.is_close_quote() || self.doc.norm(p) == ",")
                && !relative_subject
                && !aside_after_subject
                && !self.name_with_apposition_before(prev_at - 1, lo))
            && lex.inversion_verbs.contains(words[0])
            && after < hi
            && !matches!(
                self.norm(after),
                "that" | "he" | "she" | "they" | "it" | "we" | "i"
            );
        if inverted {
            if let Some(mut source) = self
                .phrase_after(after, hi)
                .filter(|&(a, b)| self.opens_inverted_source(a) && !self.owned_thing(a, b))
            {
                // `…, said the chief engineer, Ruth Adebayo.`: the name in apposition.
                // (Not a relative clause: `…, said Stuart Stevens, who was Mitt Romney's
                // top adviser`.)
                if source.1 + 1 < hi
                    && self.norm(source.1) == ","
                    && !matches!(self.norm(source.1 + 1), "who" | "whose" | "which" | "that")
                {
                    if let Some(name) = self.phrase_after(source.1 + 1, hi) {
                        let is_person = (name.0..name.1).any(|k| {
                            self.entity_of(k)
                                .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
                        });
                        if is_person && name.1 >= self.content_end(hi) {
                            source.1 = name.1;
                        }
                    }
                }
                // (`("…," said one party activist.)`: a sentence in brackets ends in its
                // closing one.)
                let bracket_end = (source.1..hi).all(|k| {
                    matches!(self.norm(k), "." | "!" | "?" | ")") || tokens[k].is_close_quote()
                });
                // (`said one owner of a shop that sells women's underwear who…`: a relative
                // clause on the phrase's last noun; not `said Smith that day`.)
                let relative_that =
                    source.1 + 1 < hi && matches!(self.norm(source.1), "that" | "which") && {
                        let v = self.norm(source.1 + 1);
                        v.len() > 3 && (v.ends_with('s') || v.ends_with("ed"))
                    };
                let ends = source.1 >= self.content_end(hi)
                    || bracket_end
                    || relative_that
                    // (`…," said a spokesman; the government has yet to…`: a semicolon or a
                    // dash ends the speaker's phrase as a comma does.)
                    || matches!(
                        self.norm(source.1),
                        "," | "who" | "whose" | "(" | ":" | ";" | "—" | "–" | "--"
                    );
                // `Tony Hunter, president of …, said the plans could improve…`: a clause
                // after the cue is what was said, not an inverted speaker.
                // (`…, said the minister felt betrayed`: a cue of its own after the
                // phrase's head makes it a clause.)
                let own_cue = (source.0 + 1..source.1).any(|k| {
                    let w = self.norm(k);
                    !tokens[k].is_capitalised()
                        && !lex.knowledge_adjectives.contains(&w)
                        && (lex.cognition_verbs.contains(w)
                            || lex.attitude_verbs.contains(w)
                            || lex.speech_verbs.contains(w))
                        && !lex.noun_homographs.contains(&w)
                        && !NOUN_MARKERS.contains(&self.norm(k - 1))
                        // (`said one musician quoted by the report`: a participle.)
                        && !(k + 1 < source.1
                            && matches!(self.norm(k + 1), "by" | "in" | "on" | "at"))
                });
                // (`"…," says a narrator.`, `…," tweeted a German user`: right after a
                // quotation, any noun phrase brought in by an article speaks.)
                let described = self.after_quotation(i, lo)
                    && (matches!(self.norm(source.0), "a" | "an" | "the" | "one")
                        && source.1 > source.0 + 1
                        // (`…," tweeted another.`, `…," said one, who asked not to be named.`)
                        || source.1 == source.0 + 1
                            && matches!(self.norm(source.0), "another" | "one"))
                    && (source.0..source.1).all(|k| tokens[k].kind == TokenKind::Word);
                // (`Fields, along with a reporter, say Trump's campaign manager yanked her
                // out of the way`: a past verb with its object after the phrase's head
                // makes a clause.)
                let verb_with_object = (source.0 + 1..source.1.saturating_sub(1)).any(|k| {
                    self.norm(k).ends_with("ed")
                        && !tokens[k].is_capitalised()
                        && matches!(
                            self.norm(k + 1),
                            "her"
                                | "him"
                                | "them"
                                | "it"
                                | "me"
                                | "us"
                                | "you"
                                | "his"
                                | "their"
                                | "its"
                                | "our"
                                | "my"
                                | "a"
                                | "an"
                                | "the"
                        )
                });
                if ends
                    && !own_cue
                    && !verb_with_object
                    && !self.clause_like(source.0, source.1)
                    && (self.looks_like_source(source.0, source.1)
                        || described
                        // (`…, said a businessman who asked not to be named`: whoever withholds
                        // a name or witnessed something is a person.)
                        || self.with_witness_clause(source, hi) != source)
                {
                    let content = if leading {
                        // The quotation the sentence ends with, past a relative clause.
                        let quote = (source.1..hi).find(|&k| tokens[k].is_open_quote());
                        self.content_after(quote.unwrap_or(source.1), hi)
                    } else {
                        self.quote_or_clause_before(lo, i)
                    };
                    // `…, said a Chinese businessman who asked not to be named.`, `…, said
                    // people who attended the meeting.`: the clause is part of who speaks.
                    let source = self.with_witness_clause(source, hi);
                    self.push(si, (i, after), Some(source), content, response);
                    i = after;
                    return Some(i);
                }
            }
        }
        if INVERSION_ONLY.contains(&words[0]) {
            let quoted = tokens.get(after).is_some_and(crate::Token::is_open_quote)
                || words.get(n) == Some(&":");
            let speaker = self
                .subject_before(i, lo, si)
                .is_some_and(|(a, b)| self.looks_like_source(a, b));
            // (`… but continued to insist that…`: a verb of saying after `to` is the cue, the
            // subject a second verb's.)
            let continued_to = words.get(1) == Some(&"to")
                && words
                    .get(2)
                    .is_some_and(|w| lex.speech_verbs.contains(w) || lex.denial_verbs.contains(w));
            if !quoted && !speaker && !continued_to {
                i += 1; // `if the strike continued`: not speech unless it introduces a quotation
                return Some(i);
            }
        }
        None
    }

    /// Stage eleven: a verb inside what someone else is reported to have said, part of that
    /// report (`said they believed Russia…`), or a belief nested in another attribution.
    pub(super) fn nested_cue(
        &mut self,
        sent: Sent,
        mut i: usize,
        n: usize,
        words: &[&'d str],
        response: Option<Response>,
        source: Option<(usize, usize)>,
    ) -> Option<usize> {
        let Sent { si, lo, hi } = sent;
        let lex = lexicon();
        let tokens = self.doc.tokens();
        // `said they believed Russia…`: a belief inside what someone is reported to have
        // said is part of the report, not another attribution.
        let attitude_word = lex.speech_verbs.longest(words).is_none();
        {
            // `Polls show 30 percent of his backers say…`: what a poll or a document found
            // people say is the document's finding, not another attribution.
            let cue_span = tokens[i].span();
            // (`Private surveys suggest …, Ms Lomax said.`: a speaker after a comma at the
            // end of the sentence says the whole of it, the finding included.)
            let closing_speaker = (i + n..hi).all(|k| tokens[k].kind != TokenKind::Word)
                && source.is_some_and(|(a, _)| a > lo && self.norm(a - 1) == ",");
            // (`The documents indicate, he said in a telephone interview, that…`: a speaker
            // set between commas inside the finding says it.)
            let parenthetical_speaker = source
                .map(|(a, b)| {
                    let from = (a..b)
                        .rev()
                        .find(|&k| self.norm(k) == ",")
                        .map_or(a, |k| k + 1);
                    (from, b)
                })
                .is_some_and(|(a, b)| a > lo && self.norm(a - 1) == "," && b == i)
                && (i + n..(i + n + 8).min(hi)).any(|k| self.norm(k) == ",");
            let nested = self.recent_in_sentence(si).any(|a| {
                let inside = a
                    .content
                    .is_some_and(|c| c.start <= cue_span.start && cue_span.end <= c.end);
                // A poll's or a study's finding (`polls show…`), not any document
                // (`in a message posted Friday, Cruz said`).
                let finding = matches!(a.kind, SourceKind::Report | SourceKind::Document)
                    && matches!(
                        self.doc.text(a.cue).to_lowercase().as_str(),
                        "show"
                            | "shows"
                            | "showed"
                            | "found"
                            | "finds"
                            | "find"
                            | "suggest"
                            | "suggests"
                            | "suggested"
                            | "indicate"
                            | "indicates"
                            | "indicated"
                    );
                inside
                    // (A denial is its own act, not part of the report it sits in:
                    // `Prosecutors say he fled, a claim his lawyers dispute`.)
                    && (attitude_word
                        && response.is_none()
                        && !lexicon().speech_acts.contains(&words[0])
                        || finding && !closing_speaker && !parenthetical_speaker)
            });
            // `Ministers say X but critics fear Y`, `…, and some suggest…`, `as experts
            // predict…`: a new clause with its own subject is not inside the first's content.
            // (After `, and` only a generic group: `…, and economists forecast…` goes on the
            // first report; a reaction — `while Democrats defended the comments` — is no
            // claim.)
            let generic = |a: usize, b: usize| {
                lexicon().generic_groups.contains(self.norm(b - 1))
                    || matches!(self.norm(a), "some" | "many" | "most" | "others")
            };
            let new_clause = !lex.reaction_verbs.contains(words[0])
                && source.is_some_and(|(a, b)| {
                    a > lo
                        && (matches!(
                            self.norm(a - 1),
                            "but"
                                | "while"
                                | "whereas"
                                | "although"
                                | "though"
                                | "yet"
                                | "who"
                                | "which"
                        ) || self.norm(a - 1) == "as"
                            // (not `as many as 30 percent of his backers say`)
                            && !(a > lo + 1
                                && matches!(
                                    self.norm(a - 2),
                                    "many" | "much" | "same" | "such" | "well"
                                ))
                            // (`figures showed growth and experts say…`: without the
                            // comma too.)
                            || self.norm(a - 1) == "and" && a > lo + 1 && generic(a, b)
                            // (`Although Reynolds says that…, others argue that…`: the
                            // main clause after a concessive one.)
                            || self.norm(a - 1) == ","
                                && matches!(
                                    self.norm(lo),
                                    "although" | "though" | "while" | "whereas"
                                ))
                        || self.sums_up_clause_before(a, lo)
                });
            if nested && !new_clause {
                i += n;
                return Some(i);
            }
            // `Trump said Fox executives were calling`, `She added that some Democrats have
            // called her`: unnamed people who open the clause a named speaker is reported
            // to have said are that speaker's account (a denial there is still a denial;
            // `…, the source added` after it is no part of it).
            let relayed = response.is_none()
                && !new_clause
                && self.recent_in_sentence(si).any(|a| {
                        let opens_content = |c: Span| {
                            source.is_some_and(|(from, _)| {
                                tokens[from].span().start == c.start
                                    // (The `that` of the report, not a relative `that`
                                    // further on: `…less than the $20bn that Yukos
                                    // advisers say it is worth`.)
                                    || from > lo
                                        && self.norm(from - 1) == "that"
                                        && tokens[from - 1].span().start <= c.start
                            })
                        };
                        // (An unnamed speaker's account too: `One said managers had told
                        // staff to keep quiet` is flagged once, at `One`.)
                        // (Or right after the cue, `that` between, when what was said was
                        // taken to be what they in turn said: `Mark Gill said officials had
                        // warned that violence was rising`.)
                        let after_cue = source.is_some_and(|(from, _)| {
                            from > lo
                                && (tokens[from - 1].span().end == a.cue.end
                                    || from > lo + 1
                                        && self.norm(from - 1) == "that"
                                        && tokens[from - 2].span().end == a.cue.end)
                        });
                        matches!(a.kind, SourceKind::Named | SourceKind::Anonymous)
                            && a.response.is_none()
                            && a.content.is_some_and(|c| {
                                c.start <= cue_span.start
                                    && cue_span.end <= c.end
                                    && opens_content(c)
                                    || after_cue && cue_span.start < c.start
                            })
                    })
                // (A vague group stays: `Carter said that for decades some critics had been
                // predicting…` still pins a claim on nobody in particular.)
                && source.is_some_and(|(a, b)| self.classify(a, b).0 == SourceKind::Anonymous);
            if relayed {
                i += n;
                return Some(i);
            }
        }
        None
    }

    /// `…unless Sanders wins big - something Sanders aides argue is possible`, `…, a view many
    /// economists share`: the words before the source `a` are a noun that sums up the clause
    /// before it, after that clause's comma or dash — a new clause with its own speaker, not
    /// part of the report before it.
    fn sums_up_clause_before(&self, a: usize, lo: usize) -> bool {
        ((a.saturating_sub(3)).max(lo + 1)..a)
            .any(|k| self.past_resumptive_noun(k, a + 1) == Some(a))
    }

    /// Stage twelve: finding and showing report something only from evidence (`the poll
    /// found`, `records show`) or with a clause; `Some(next)` skips a verb that reports nothing
    /// (`found it before the plane left`).
    pub(super) fn finding_without_evidence(
        &self,
        mut i: usize,
        n: usize,
        words: &[&'d str],
        source: Option<(usize, usize)>,
    ) -> Option<usize> {
        // `found it before the plane left`, `the talk show`: finding and showing report
        // something only from evidence (`the poll found`, `records show`) or with a clause;
        // so does discovering (`Historians have discovered a 40-year-old clip` found a thing).
        if matches!(
            words[0],
            "found"
                | "find"
                | "finds"
                | "show"
                | "shows"
                | "showed"
                | "shown"
                | "showing"
                | "discovered"
                | "discovers"
                | "discover"
        ) && !words[n.min(words.len())..]
            .iter()
            .take(4)
            .any(|w| matches!(*w, "that" | ":"))
        {
            // (`have shown` reports a finding only of evidence itself: `Polls have shown…`,
            // not `Google has shown off…`, `Trump has shown himself…`.)
            let body_may = words[0] != "shown";
            let evidence = source.is_some_and(|(from, to)| {
                (from..to).any(|k| self.evidence(k)) || {
                    let kind = self.classify(from, to).0;
                    matches!(kind, SourceKind::Document | SourceKind::Report)
                        || body_may && kind == SourceKind::Organisation
                }
            });
            if !evidence {
                i += n;
                return Some(i);
            }
        }
        None
    }

    /// The verb cue at `i`, if its words are one: how many words, and whether it is a
    /// cognition verb (`think`, `believe`) or a base form (`argue`, `warn`) rather than a listed
    /// speech or attitude verb. `mask` is the cue mask of the word at `i`.
    pub(super) fn verb_cue(
        &self,
        i: usize,
        lo: usize,
        mask: u8,
        words: &[&'d str],
    ) -> Option<VerbCue> {
        let lex = lexicon();
        let in_set = |bit: u8, set: &super::lexicon::PhraseSet| {
            if mask & bit == 0 {
                None
            } else {
                set.longest(words)
            }
        };
        // (`Fans should note…`, `users will find…`: after a modal the base form tells what
        // someone may or must do, not what anyone reports.)
        // (Past an adverb: `customers may soon see conditions return to normal`. A weasel
        // quantifier's hypothetical is its view all the same: `many would point out that…`,
        // `some will say`.)
        let base = in_set(CUE_BASE, &lex.base_forms).filter(|_| {
            let mut k = i;
            while k > lo + 1 && k + 2 >= i && self.passing_adverb(k - 1) {
                k -= 1;
            }
            k == lo
                || !MODALS.contains(&self.norm(k - 1))
                || k >= lo + 2
                    && matches!(
                        self.norm(k - 2),
                        "some" | "many" | "others" | "most" | "few"
                    )
        });
        let listed = in_set(CUE_SPEECH, &lex.speech_verbs)
            .or_else(|| in_set(CUE_ATTITUDE, &lex.attitude_verbs));
        // (`"…," laughs Conti.`: how it was said, right after a quotation, in inversion.)
        let manner =
            self.after_quotation(i, lo) && in_set(CUE_INVERSION, &lex.inversion_verbs).is_some();
        let speech = listed.or(base).or(manner.then_some(1));
        // (`so parents can understand what…`, `Some students may have thought that…`: what
        // someone could or might think is the writer's supposition, not a belief reported;
        // but `Some may see this as…` pins a view on a vague group.)
        // (`the Republican insiders do not understand what is happening`: failing to grasp
        // something is the writer's judgement of them, not a view they hold.)
        let not_grasping = matches!(
            words[0],
            "understand" | "realise" | "realize" | "grasp" | "appreciate" | "comprehend"
        ) && i > lo
            && self.norm(i - 1) == "not";
        let cognition = if speech.is_none() && !not_grasping {
            in_set(CUE_COGNITION, &lex.cognition_verbs).filter(|_| !self.after_modal(i, lo))
        } else {
            None
        };
        let n = speech.or(cognition)?;
        Some(VerbCue {
            n,
            cognition: cognition.is_some(),
            base: base.is_some() && listed.is_none(),
        })
    }

    /// Is the verb cue at `i` a denial (`denied`, `pushed back on`, `continued to refute`, the
    /// plural `dispute`)? `Err(())` when it is a denial not made: after a modal (`Mexico must
    /// rebut Trump's claims`) or a court's ruling (`A judge dismissed the charges`) — no cue.
    pub(super) fn verb_response(
        &self,
        i: usize,
        lo: usize,
        words: &[&'d str],
    ) -> Result<Option<Response>, ()> {
        let lex = lexicon();
        // `denied`, and phrases: `pushed back on`, `bristles at`; `continued to refute` by
        // its verb after `to`.
        let verb_words = if words[0].starts_with("continu") && words.get(1) == Some(&"to") {
            &words[2.min(words.len())..]
        } else {
            words
        };
        // (The plural present `dispute` is a denial too — `a claim his lawyers dispute` —
        // kept out of the shared list, where the noun would count as a response.)
        let response = (lex.denial_verbs.longest(verb_words).is_some()
            || verb_words.first() == Some(&"dispute"))
        .then_some(Response::Denial);
        // `the parliament would then reject the Council's version`, `Mexico must rebut
        // Trump's claims`: a denial yet to be made is no denial, nor anything said.
        let modal_before = (i.saturating_sub(2).max(lo)..i).any(|k| MODALS.contains(&self.norm(k)))
            // (`had he denied the charge`: a denial that was not made.)
            || i >= lo + 2
                && self.norm(i - 2) == "had"
                && matches!(self.norm(i - 1), "he" | "she" | "they" | "it" | "we" | "i");
        // `A judge dismissed the charges`, `the court rejected the claims`: a ruling on a
        // case, not a party's denial.
        let ruling = response.is_some()
            && matches!(
                words[0],
                "dismissed" | "dismisses" | "rejected" | "rejects" | "threw" | "tossed"
            )
            && (i.saturating_sub(3).max(lo)..i).any(|k| lex.court_nouns.contains(self.norm(k)));
        if response.is_some() && (modal_before || ruling) {
            Err(())
        } else {
            Ok(response)
        }
    }

    /// A participle describing the noun before it, with the sentence's verb right after it
    /// (`most of the taxes claimed are linked to…`): it reports nothing.
    pub(super) fn participle_before_verb(
        &self,
        i: usize,
        lo: usize,
        hi: usize,
        n: usize,
        words: &[&'d str],
    ) -> bool {
        let tokens = self.doc.tokens();
        let after = i + n;
        // `most of the taxes claimed are linked to…`: a participle describing a noun, with the
        // sentence's verb right after it, reports nothing.
        // (`what he said was true`, `what the senators said was gerrymandering` keep their
        // speakers: `said`, `told`, `wrote` are not used as such participles.)
        // (Not a verb whose subject a relative pronoun opened: `a bill which critics claim
        // would legalise…`, `what scientists think is necessary` keep their cue.)
        // (In the past too after `who`, `whom`, `which`, `that` or `what` and the clause's own
        // subject: `Wasserman Schultz, whom many progressives believed was tilting the
        // primary`, `posters, which critics claimed were "anti-Semitic"`; not after an
        // auxiliary, `who were accused are…`.)
        let relative_subject = !(words[0].ends_with('s')
            || words[0].ends_with("ed")
            || words[0].ends_with("ing"))
            && (i.saturating_sub(3).max(lo)..i.saturating_sub(1))
                .any(|k| matches!(self.norm(k), "which" | "who" | "that" | "what"))
            || words[0].ends_with("ed")
                && i >= lo + 2
                && !CLAUSE_VERBS.contains(&self.norm(i - 1))
                && !matches!(self.norm(i - 1), "be" | "been" | "being")
                && (i.saturating_sub(4).max(lo)..i - 1)
                    .any(|k| matches!(self.norm(k), "who" | "whom" | "which" | "that" | "what"));
        // (Only a form that can be a participle, or a noun in `-s`: `In a move ministers say
        // should keep rises below 5%` keeps its cue, `the terror suspects are detained` does
        // not gain one.)
        let participle = participle_shaped(words[0]);
        // (`the 71,000 new jobs added in October were…`: a short phrase of time or place
        // may stand between the participle and the verb.)
        let verb_at = if after < hi
            && matches!(
                self.norm(after),
                "in" | "on" | "at" | "during" | "since" | "last"
            ) {
            (after + 1..(after + 5).min(hi))
                .take_while(|&k| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number))
                .find(|&k| CLAUSE_VERBS.contains(&self.norm(k)))
                .unwrap_or(after)
        } else {
            after
        };
        after < hi
            && i > lo
            && participle
            && !relative_subject
            && !matches!(words[0], "said" | "says" | "told" | "wrote")
            && CLAUSE_VERBS.contains(&self.norm(verb_at))
            && tokens[i - 1].kind == TokenKind::Word
            && !tokens[i - 1].is_capitalised()
            && !PERSON_PRONOUNS.contains(&self.norm(i - 1))
            && !GROUP_PRONOUNS.contains(&self.norm(i - 1))
            && !matches!(self.norm(i - 1), "you" | "it" | "who" | "which" | "that")
            // (`which some have argued was intended…`: a perfect is a verb, not a
            // participle describing a noun.)
            && !matches!(self.norm(i - 1), "have" | "has" | "had")
    }

    /// The subject of the verb cue at `i` (`n` words): the phrase before it, narrowed in a
    /// relative clause without `that` (`In a move ministers say…`), past a phrase of time
    /// (`but on Wednesday said…`), or the subject of a coordinated verb before it (`… rushed
    /// everyone inside and said…`). `None` when the verb is a participle after a noun whose
    /// phrase runs back into a clause (`the conversation outlined in the book`): no cue.
    pub(super) fn verb_subject(
        &self,
        sent: Sent,
        i: usize,
        n: usize,
        words: &[&'d str],
    ) -> VerbSubject {
        let Sent { si, lo, hi } = sent;
        let after = i + n;
        let participle = participle_shaped(words[0]);
        let tokens = self.doc.tokens();
        let mut source = self.subject_before(self.before_passing(i, lo), lo, si);
        // `In a move ministers say should keep…`, `something Sanders aides argue is
        // possible`: in a relative clause without `that`, the subject is the words right
        // before the cue (a noun and the capitalised words before it), not the noun the
        // clause describes.
        // (`Scarborough Shoal is now the place Pentagon officials say…`: a phrase running
        // back over a main verb `is` is such a clause too; not `Those who are familiar with
        // it say`.)
        let over_main_verb = source.is_some_and(|(a, b)| {
            let Some(v) =
                (a + 1..b).find(|&k| matches!(self.norm(k), "is" | "are" | "was" | "were"))
            else {
                return false;
            };
            let mut d = v + 1;
            if d < b && matches!(self.norm(d), "now" | "also" | "still" | "often") {
                d += 1;
            }
            // (`is now the place officials say`: a determiner, the noun described, then
            // people; not `is the Republican state attorney who…`.)
            !(a..b).any(|j| matches!(self.norm(j), "who" | "whose" | "which" | "that"))
                && d + 2 < b
                && matches!(self.norm(d), "the" | "a" | "an" | "one")
                && !tokens[d + 1].is_capitalised()
                && self.source_head(b - 1)
                && lexicon().anon_nouns.contains(self.norm(b - 1))
        });
        if !participle && after < hi && CLAUSE_VERBS.contains(&self.norm(after)) || over_main_verb {
            if let Some((a, b)) = source.filter(|&(a, b)| b >= a + 2) {
                let mut k = b - 1;
                while k > a && tokens[k - 1].is_capitalised() && !tokens[k - 1].is_sentence_start()
                {
                    k -= 1;
                }
                if k > a && tokens[k - 1].kind == TokenKind::Word {
                    source = Some((k, b));
                }
            }
        }
        // `the diplomat couldn't recall the conversation outlined in the book`: a participle
        // after a noun, its subject running back into a clause, reports nothing.
        // (Not after the comma that closes a relative clause: `"…," Warren, who has not
        // endorsed a candidate, told reporters in Massachusetts.`)
        if after < hi
            && matches!(self.norm(after), "in" | "by")
            && !(i > lo && self.norm(i - 1) == ",")
            && source.is_some_and(|(a, b)| self.clause_like(a, b))
        {
            return VerbSubject::NotACue;
        }
        // `… rushed everyone inside and said they will …`: the subject of the first verb.
        // (`expressed concerns but has said…`: an auxiliary or an adverb may stand between.)
        let mut j = self.before_auxiliaries(i, lo);
        // `Blair has said … but on Wednesday said…`, `Novartis, which last month forecast…`,
        // `in others councillors worry`: a phrase of time before the verb is no speaker;
        // the subject stands before it.
        if let Some((a, _)) = source.filter(|&(a, b)| b == j && self.time_phrase(a, b)) {
            j = a;
            source = if a > lo && matches!(self.norm(a - 1), "and" | "but" | "then") {
                None
            } else {
                self.subject_before(a, lo, si)
            };
        }
        if source.is_none() {
            source = self.coordinated_subject(si, lo, i, j);
        }
        // (`some Anglicans remain opposed`: the verb of the state is no part of its subject.)
        if let Some((a, b)) = source {
            if b > a + 1 && super::STATE_VERBS.contains(&self.norm(b - 1)) {
                source = Some((a, b - 1));
            }
        }
        // (`The only Democrats who won close races were the ones that stuck with the
        // administration, talked about the record`: past a relative clause with no commas and
        // a verb of its own, a `were the…` is the phrase's own main verb — a clause, no subject,
        // no cue; not `Baroness Boothroyd, who was the first woman…, said`.)
        if source.is_some_and(|(a, b)| {
            (a + 2..b.min(a + MAIN_VERB_LOOK)).any(|k| {
                matches!(self.norm(k), "was" | "were")
                    && k + 2 < b
                    && matches!(self.norm(k + 1), "the" | "a" | "an")
                    && (a + 1..k.saturating_sub(2)).any(|r| {
                        matches!(self.norm(r), "who" | "which" | "that")
                            && self.norm(r - 1) != ","
                            && (r + 1..k).all(|j| self.doc.tokens()[j].kind == TokenKind::Word)
                    })
            })
        }) {
            return VerbSubject::NotACue;
        }
        VerbSubject::Found(source)
    }

    /// Where the verb group of the cue at `i` starts: back over up to two auxiliaries or
    /// adverbs before it (`… but has said`, `… and later declined to comment`).
    fn before_auxiliaries(&self, i: usize, lo: usize) -> usize {
        let mut j = i;
        while j > lo + 1 && i - j < 3 && SKIP_BEFORE_CUE.contains(&self.norm(j - 1)) {
            j -= 1;
        }
        j
    }

    /// The subject of a cue at `i` that is a second verb of the sentence's subject, when `and`,
    /// `but` or `then` stands before `j` (the cue, or an auxiliary or adverb before it): `…
    /// rushed everyone inside and said…`, `Officials met the delegation but declined to
    /// comment`. The last source found in the sentence, or its opening subject.
    pub(super) fn coordinated_subject(
        &self,
        si: usize,
        lo: usize,
        i: usize,
        j: usize,
    ) -> Option<TokenRange> {
        if !(j > lo && matches!(self.norm(j - 1), "and" | "but" | "then")) {
            return None;
        }
        // (Not the subject of a participle inside a preposition's object: `some senators
        // vented about Sanders vowing to fight on and said…` are the senators.)
        let prepositional = |a: usize| {
            let prep = |k: usize| super::source::PREPOSITIONS.contains(&self.norm(k));
            // (A preposition opening the sentence fronts a phrase: `For its part OptInRealBig
            // describes itself as… and said…` keeps its subject.)
            a > lo && (prep(a) || prep(a - 1))
        };
        let source = self.last_source(si).filter(|&(a, _)| !prepositional(a));
        // (Not when a relative clause stands between: `Mayor de Blasio, who has been
        // squabbling with Airbnb and appeared to…` is the mayor, not the sentence's
        // subject. The look back is capped, so a run-on sentence stays linear.)
        // (A clause a comma has closed is over: `Clinton, who was speaking to the
        // mayors, did not mention Trump, but told…` is Clinton.)
        let relative = (lo.max(i.saturating_sub(super::source::MAX_RELATIVE_TOKENS))..i)
            .rev()
            .take_while(|&k| self.norm(k) != ",")
            .find(|&k| {
                self.norm(k) == "who"
                    || self.norm(k) == "which" && k > lo && self.norm(k - 1) == ","
            });
        if let Some(w) = relative {
            // (With no source found yet, the phrase the relative pronoun describes: `Two
            // local councillors who back Mr Flight met him but did not comment`.)
            source.or_else(|| {
                (self.norm(w) == "who")
                    .then(|| self.np_before(w, lo))
                    .flatten()
                    .filter(|&(a, b)| {
                        b > a
                            && b - a <= 4
                            && people_noun(self.norm(b - 1))
                            && !(a..b).any(|k| {
                                matches!(
                                    self.norm(k),
                                    "are" | "is" | "was" | "were" | "have" | "has" | "had"
                                )
                            })
                    })
            })
        } else {
            source
                .or_else(|| self.subordinate_subject(lo, j))
                .or_else(|| self.subject_at_start(lo, i))
        }
    }

    /// `Union leaders distrust him because he favors the law and opposes…`: the conjunction
    /// before `j` joins two verbs of a subordinate clause, whose own subject (after `because`,
    /// `although`, `if`…, with no comma since) is the second verb's. The look back is capped.
    fn subordinate_subject(&self, lo: usize, j: usize) -> Option<TokenRange> {
        let from = lo.max(j.saturating_sub(MAX_SUBORDINATE_TOKENS));
        let k = (from..j.saturating_sub(1))
            .rev()
            .take_while(|&k| !matches!(self.norm(k), "," | ";" | ":" | "-" | "—" | "–" | "--"))
            .find(|&k| {
                // (The words that open a clause before its subject, less the coordinators; not
                // `after`, `before`, `until`, `once`, whose clause of time mostly ends before
                // the main clause goes on: `McConnell embraced him after he clinched the
                // nomination and said…` is McConnell's.)
                let w = self.norm(k);
                super::source::CLAUSE_CONJUNCTIONS.contains(&w)
                    && !matches!(w, "but" | "and" | "yet" | "so")
                    || matches!(w, "as" | "since" | "if" | "unless")
            })?;
        // Only a pronoun or a name with its verb right after: the first verb is the next word.
        let subject = if matches!(self.norm(k + 1), "he" | "she" | "they" | "we" | "i") {
            (k + 1, k + 2)
        } else {
            // (A name: its capitalised words, `because Mr. Smith ignored…`.)
            let tokens = self.doc.tokens();
            let end = (k + 1..j)
                .find(|&m| !(tokens[m].is_capitalised() || self.norm(m) == "."))
                .filter(|&end| end > k + 1)?;
            (k + 1, end)
        };
        // (A verb that acts, joined by `and`: `when they are due but do not comment` ends the
        // clause of `when` at `due`, and the second verb is the main clause's.)
        let verb = self.norm(subject.1);
        let acts = super::verb_shaped(verb) || matches!(verb, "has" | "had" | "have");
        (self.norm(j - 1) == "and" && subject.1 < j - 1 && acts).then_some(subject)
    }

    /// Does a cognition verb (`think`, `believe`) with subject `from..to` attribute a view: a
    /// person-like or vague-group holder and an attributed clause after it (`after`)?
    pub(super) fn view_holder_accepted(
        &self,
        lo: usize,
        hi: usize,
        after: usize,
        (from, to): TokenRange,
        words: &[&'d str],
    ) -> bool {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        // `I think`, `officials believe that…`: only with a person-like subject and
        // an attributed clause. (`The window, some believe, could be enough`: a
        // parenthetical belief, its holder after the comma.)
        // (`At that point, many strategists think…`: a fronted adverbial is no part
        // of who holds the view.)
        let parenthetical = self.parenthetical_holder(after, (from, to));
        let (from, to) = self.without_fronted_adverbial((from, to));
        let from = parenthetical.map_or(from, |p| p.max(from));
        let personish = (from..to).any(|k| {
                    PERSON_PRONOUNS.contains(&self.norm(k))
                        || GROUP_PRONOUNS.contains(&self.norm(k))
                        || self.entity_of(k).is_some()
                }) || (from..to).any(|k| lex.anon_nouns.contains(self.norm(k)))
                    // (`Party leaders believe…`, `Union members think…`: unnamed people; not
                    // a hypothetical, `Visitors to the site may notice…`.)
                    || to > from
                        && (lex.people_nouns.contains(&self.norm(to - 1))
                            // (`Environmental groups fear…`: bodies of a kind, modified.)
                            || to > from + 1
                                && super::classify::BODIES_OF_A_KIND.contains(&self.norm(to - 1)))
                        && !MODALS.contains(&self.norm(to))
                    // `as many Democrats believe`, `some believe he could…`: a vague group
                    // holding a view.
                    || matches!(self.norm(from), "some" | "many" | "most" | "others")
                    || (from..to).any(|k| lex.weasel_groups.contains(self.norm(k)))
                    // (`Forecasters expect…`, `Pollsters believe…`: the market's commentators.)
                    || to > from && lex.market_sources.contains(&self.norm(to - 1));
        // (`many think it will be close`: `it` opens a clause when a verb follows;
        // `they believe it` is an object.)
        // (`Officials expect it to raise rates`: a forecast of what `it` will do.)
        let it_clause = after + 1 < hi
            && self.norm(after) == "it"
            && (CLAUSE_VERBS.contains(&self.norm(after + 1))
                || matches!(
                    self.norm(after + 1),
                    "'s"
                )
                // (`who believe it goes too far`: a verb in the past or the third person.)
                || super::verb_shaped(self.norm(after + 1))
                || self.norm(after + 1) == "to"
                    && matches!(
                        words[0],
                        "expect" | "expects" | "expected" | "believe" | "believes" | "believed"
                    ));
        // (`…, some Democrats now think.`, `…, as many economists believe.`: the
        // holder after the clause it holds, set off by a comma, the sentence
        // ending after the verb.)
        let trailing = from > lo
                    && (self.norm(from - 1) == ","
                        || self.norm(from - 1) == "as"
                            && from > lo + 1
                            && self.norm(from - 2) == ",")
                    // (Only closing marks left: a few tokens, so a run-on sentence of
                    // cues stays linear.)
                    && hi <= after + 3
                    && (after..hi).all(|k| tokens[k].kind != TokenKind::Word)
            // (`He is, as many believe, the best candidate`: the same aside mid-sentence.)
            // (Or between dashes: `— as many researchers believe, and Democrats are
            // alleging —`; a spaced hyphen is a dash too, as copy typed on a keyboard sets it.)
            || from > lo + 1
                && self.norm(from - 1) == "as"
                && super::source::closes_clause(self.norm(from - 2))
                && after < hi
                && super::source::closes_clause(self.norm(after))
            // (`As many suspect, the figures were massaged`: the aside opening the sentence,
            // its comma right after the verb.)
            || from > lo
                && self.norm(from - 1) == "as"
                && (lo..from - 1).all(|k| tokens[k].is_open_quote())
                && after < hi
                && self.norm(after) == ",";
        // (`Many regard the plan as doomed`: `regard` is a verb only with its `as`;
        // not `high regard for them`, `with regard to`.)
        let regard_as = !matches!(words[0], "regard" | "regards")
            || (after..hi.min(after + 8)).any(|k| self.norm(k) == "as");
        // (`some uses have worried many organisations`, `it worries me`: a cause
        // that worries someone holds no view.)
        let worries_someone = matches!(words[0], "worry" | "worries" | "worried")
            && after < hi
            && (matches!(self.norm(after), "him" | "her" | "them" | "us" | "me")
                || matches!(
                    self.norm(after),
                    "many" | "some" | "most" | "several" | "the" | "a" | "an"
                ) && !(after + 1..hi.min(after + 7))
                    .any(|k| CLAUSE_VERBS.contains(&self.norm(k)) || self.norm(k).ends_with("ed")));
        personish
            && regard_as
            && !worries_someone
            && (trailing
                || after < hi
                    && (parenthetical.is_some()
                        || it_clause
                        || !matches!(self.norm(after), "." | "," | "so" | "it")))
    }

    /// Does a base-form verb (`argue`, `warn`) with subject `from..to` report speech: a clause
    /// after it, or a plural or personal subject that is not made to act?
    pub(super) fn base_form_accepted(
        &self,
        lo: usize,
        hi: usize,
        after: usize,
        (from, to): TokenRange,
    ) -> bool {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        // `critics argue that…`, `they warn`: a clause after, or a plural or
        // personal subject; otherwise the word is probably a noun.
        let clause = after < hi
            && (matches!(self.norm(after), "that" | ":" | ",") || tokens[after].is_open_quote());
        let plural_subject = (from..to).any(|k| {
            let w = self.norm(k);
            matches!(w, "they" | "we" | "i" | "you")
                        || lexicon().people_nouns.contains(&w)
                        || lex.weasel_groups.contains(w)
                        || lex.anon_nouns.contains(w)
                        // `…, state media report.`
                        || matches!(w, "media" | "press" | "newspapers" | "papers")
                        // (`Environmental groups argue…`: bodies of a kind, modified.)
                        || k + 1 == to && k > from && super::classify::BODIES_OF_A_KIND.contains(&w)
                        // `Polls suggest voters are tired`, `Projections suggest it would…`,
                        // `New data suggest…` (a plural without its `s`).
                        || w == "data"
                        || w.ends_with('s')
                            && (lexicon().research_nouns.contains(w)
                                || lexicon().figure_nouns.contains(&w)
                                // (`Reports suggest the deal is worth…`, `Rumours suggest…`.)
                                || lex.report_nouns.contains(w)
                                // (`…, documents seen by the BBC suggest.`, `The emails suggest
                                // the firm knew`.)
                                || lex.document_nouns.contains(w))
        });
        // (`having a colleague describe the maps`, `let voters decide`: the
        // subject is the object of a verb that makes or lets it act.)
        // (Not in a relative clause: `those who heard the speech describe it…`.)
        let caused = (from.saturating_sub(1).max(lo)..to).any(|k| {
            CAUSATIVE_VERBS.contains(&self.norm(k))
                && !(k + 1..to).any(|j| matches!(self.norm(j), "who" | "that" | "which"))
        });
        (clause || plural_subject) && !caused
    }

    /// Does a listed verb with subject `from..to` report speech? Not when it ends the sentence
    /// after a clause that has no subject (`there was no telephone call planned.`).
    pub(super) fn listed_verb_accepted(
        &self,
        hi: usize,
        after: usize,
        (from, to): TokenRange,
    ) -> bool {
        after < self.content_end(hi)
            || !(from..to).any(|k| matches!(self.norm(k), "there" | "is" | "are" | "was" | "were"))
    }

    /// Records the verb cue `cue` with its subject `source`: its content is the clause after
    /// it, or the quotation before the speaker when only a few words follow (`"These stories
    /// are made up," she wrote on Twitter.`).
    pub(super) fn push_verb_cue(
        &mut self,
        sent: Sent,
        (i, after): TokenRange,
        source: Option<TokenRange>,
        response: Option<Response>,
    ) {
        let Sent { si, lo, hi } = sent;
        let tokens = self.doc.tokens();
        // (`"These stories are made up," she wrote on Twitter.`: a quotation before the
        // speaker, and after the cue a few words that say no clause — where or when it
        // was said: the quotation is what was said.)
        let quote_before = source.is_some_and(|(a, _)| {
            (a.saturating_sub(3).max(lo)..a).any(|k| tokens[k].is_close_quote())
        });
        // (`…, Susan said as she turned around`, `…, officials said on Tuesday`: a speaker
        // after the clause's comma, and after the cue only when or how it was said.)
        // (A clause before the comma, read a bounded way back — not a fronted `On Wednesday,`
        // — and `as` no quantity: `said as many as 3,000 firms…` says them.)
        // (The comma may close a quotation first: `calling Trump “an orange buffoon,” Susan
        // said as she turned around`.)
        let comma_before = || {
            source.is_some_and(|(a, _)| {
                let c = if a > lo + 2 && tokens[a - 1].is_close_quote() {
                    a - 1
                } else {
                    a
                };
                let from = c.saturating_sub(41).max(lo);
                c > lo + 1
                    && self.norm(c - 1) == ","
                    && (c < a
                        || self.clause_like(from, c - 1)
                        // (A cue of the sentence's own before the comma makes it a clause:
                        // `Homeowners now expect prices to rise, Mr Bannister said, as…`.)
                        || self.out.last().is_some_and(|p| {
                            p.sentence.index() == si && {
                                let (k0, k1) = self.tokens_of(p.cue);
                                k0 >= from && k1 < c
                            }
                        })
                        // (`Drones struck a facility, officials said on Sunday`: a verb in the
                        // past with no auxiliary, when the comma closes no fronted phrase.)
                        || self.past_clause(from, c - 1) && {
                            // (Not a clause that opens subordinate: `As the crowd cheered
                            // Sanders, NPR reported, his wife whispered…`.)
                            // (Nor a participle phrase: `Having already donated billions,
                            // the foundation called on…`.)
                            let starts = ClauseStarts::of(self.doc, lo, hi);
                            let first = self.norm(starts.first());
                            !starts.holds(c)
                                && !first.ends_with("ing")
                                && !super::source::subordinating(first)
                                && !matches!(first, "despite" | "rather" | "whether")
                        })
            }) && !matches!(
                self.norm((after + 1).min(hi - 1)),
                "many" | "much" | "few" | "little" | "long" | "well" | "soon" | "far" | "recently"
            )
        };
        // (A view pinned on a group generalised stays what the clause before says: `is one
        // that many economists in both parties applaud`.)
        // (Or a relative clause without `that` after an indefinite pronoun: `he could never
        // trust anything he said.`, `everything I say`.)
        let object_gap = source.is_some_and(|(a, b)| {
            a > lo + 1
                && (matches!(self.norm(a - 1), "that" | "which")
                    && tokens[a - 2].kind == TokenKind::Word
                    // (A noun before `that`, not a verb whose clause it opens: `He said that
                    // officials agreed.`)
                    && !{
                        let w = self.norm(a - 2);
                        let lex = lexicon();
                        w.ends_with("ed")
                            || lex.speech_verbs.contains(w)
                            || lex.cognition_verbs.contains(w)
                            || lex.attitude_verbs.contains(w)
                    }
                    || matches!(
                        self.norm(a - 1),
                        "anything" | "everything" | "something" | "nothing" | "whatever"
                    ))
                && !(a..b).any(|k| super::classify::GENERALISING.contains(&self.norm(k)))
                && lexicon().weasel_groups.longest_in(self.doc, a, b).is_none()
        });
        let content = match self.content_after(after, hi) {
            Some((c0, c1))
                if (quote_before
                    && c1 - c0 <= 4
                    && !self.clause_like(c0, c1)
                    && !tokens[c0].is_open_quote())
                    || (self.only_circumstance(i, after, (c0, c1))
                        // (`A fault may have caused the crash, investigators believe, although
                        // the cause has not been confirmed`: a clause of the writer's own after
                        // the speaker's comma.)
                        || c0 > after
                            && self.norm(c0 - 1) == ","
                            && matches!(self.norm(c0), "although" | "though" | "whereas"))
                        && comma_before() =>
            {
                source
                    .and_then(|(a, _)| self.quote_or_clause_before(lo, a))
                    .or(Some((c0, c1)))
            }
            Some(c) => Some(c),
            // (`the programmes that friends have recommended.`: a relative clause whose object
            // is the noun before `that`; the clause before it is not what was said.)
            None if object_gap => None,
            None => source.and_then(|(a, _)| self.quote_or_clause_before(lo, a)),
        };
        // (What the noun is, recommended or praised, is a preference, no claim on record; a
        // story that officials confirmed, reported or denied is one.)
        if object_gap
            && content.is_none()
            && !lexicon().gap_statements.contains(self.norm(after - 1))
        {
            return;
        }
        if source.is_some_and(|s| self.relative_then_main_verb(s, after, hi)) {
            return;
        }
        self.push(si, (i, after), source, content, response);
    }

    /// Does a subject relative clause (`a council officer who raised concerns`) end right
    /// after its cue, or after a short phrase of what it was about, with the main clause's
    /// verb (`… was moved to another department`, `who complained about the trip was
    /// sacked`)? What follows is then the story's, not what was said, and the relative clause
    /// says only what the person did: no statement on record.
    fn relative_then_main_verb(&self, (a, b): TokenRange, after: usize, hi: usize) -> bool {
        if b <= a + 1 || self.norm(b - 1) != "who" {
            return false;
        }
        // (Past `about the trip`, `over pay`, `of the fault`: a few words and no comma.)
        let mut k = after;
        if k < hi && matches!(self.norm(k), "about" | "over" | "of" | "with") {
            k = (k + 1..hi.min(k + RELATIVE_TOPIC_WORDS))
                .find(|&j| CLAUSE_VERBS.contains(&self.norm(j)))
                .filter(|&j| (after..j).all(|m| self.doc.tokens()[m].kind == TokenKind::Word))
                .unwrap_or(hi);
        }
        k < hi && CLAUSE_VERBS.contains(&self.norm(k))
    }

    /// Does `a..b` tell an event in the past — a lowercase verb in `-ed` not after a determiner
    /// (`prices dropped`, not `the detailed plan`), or an irregular past (`lexicon/past-tense.txt`)?
    fn past_clause(&self, a: usize, b: usize) -> bool {
        let tokens = self.doc.tokens();
        (a..b).any(|k| {
            let w = self.norm(k);
            tokens[k].kind == TokenKind::Word
                && !tokens[k].is_capitalised()
                && k > a
                && !DETERMINERS.contains(&self.norm(k - 1))
                && (w.len() > 4 && w.ends_with("ed") || lexicon().past_tense.contains(w))
        })
    }

    /// Do the words `c0..c1` after the verb cue at `i` (ending at `after`) say only when,
    /// where, how or to whom it was said, not what — read when the speaker closes the clause
    /// (`…, Susan said as she turned around`)?
    fn only_circumstance(&self, i: usize, after: usize, (c0, c1): TokenRange) -> bool {
        // (`…,” Clinton said, adding, “…”`, `said, speaking on condition of anonymity`: after
        // a comma, another statement or how this one was made.)
        // (Read at the word after the comma, wherever the content was found to begin:
        // `…, Michael Howard said, adding that the system would be fairer`.)
        let tokens = self.doc.tokens();
        // (`…, two officials said Thursday, a move that…`, `said on Monday, adding…`: the day
        // it was said stands before the comma.)
        let day = |k: usize| k < tokens.len() && self.month_or_day(k);
        let comma_at = |k: usize| k < tokens.len() && self.norm(k) == ",";
        let after = if day(after) && comma_at(after + 1) {
            after + 1
        } else if after < tokens.len()
            && self.norm(after) == "on"
            && day(after + 1)
            && comma_at(after + 2)
        {
            after + 2
        } else {
            after
        };
        if after + 1 < tokens.len() && self.norm(after) == "," {
            let w = self.norm(after + 1);
            // (`…, two people with knowledge of the matter said, a move that could fetch…`: a
            // noun summing up the clause before, not what was said.)
            // (`…, people familiar with the matter said, in what would be its largest deal`:
            // the same, as a phrase.)
            let resumptive = self.past_resumptive_noun(after + 1, tokens.len()).is_some()
                || w == "in" && after + 2 < tokens.len() && self.norm(after + 2) == "what";
            let statement = w.ends_with("ing") && !tokens[after + 1].is_capitalised()
                || matches!(w, "while" | "when" | "as")
                || resumptive;
            if statement || c0 == after + 1 {
                // (Or a phrase with no verb of its own: `…, Howard said, a day after the
                // launch`; a bounded look. Not a quotation carried on: `There was, she said,
                // "an implicit bargain."`)
                return statement
                    || !tokens[after + 1].is_open_quote()
                        && !self.clause_like(c0, c1.min(c0 + CIRCUMSTANCE_TOKENS));
            }
        }
        c0 == after
            && (self.when_or_how(c0, c1)
                // (`…, the firm told Reuters.`, `…, he told BBC Radio 4's Today programme.`:
                // whom it was said to, no clause; `…,” he told THE WEEKLY STANDARD on Thursday
                // when asked…`: whom, then when or how.)
                || self.norm(i) == "told"
                    && !self.doc.tokens()[c0].is_open_quote()
                    && (c1 - c0 <= 8 && !self.clause_like(c0, c1)
                        || (c0 + 1..c1.min(c0 + 8))
                            .any(|k| self.when_or_how(k, c1) && !self.clause_like(c0, k))))
    }

    /// Do the words `c0..c1` after a cue say only when, where or how it was said — `as she
    /// turned around`, `after her second round win`, `in a statement`, `on Tuesday` — and no
    /// clause of their own after a phrase of place or time (`on Tuesday the plan is dead`, read
    /// a bounded way)?
    fn when_or_how(&self, c0: usize, c1: usize) -> bool {
        let w = self.norm(c0);
        // (`said Monday in an implicit caution`: a day or a month first.)
        let dated = self.month_or_day(c0);
        // (`said matter-of-factly as confetti fluttered down`, `said flatly`: how.)
        let manner = w.len() > 4 && w.ends_with("ly");
        matches!(w, "as" | "while" | "when" | "before" | "after" | "during")
            || (dated
                || manner
                || matches!(
                    w,
                    "in" | "on"
                        | "at"
                        | "late"
                        | "earlier"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        | "last"
                        | "through"
                        | "via"
                        | "from"
                        | "with"
                        | "aboard"
                        | "amid"
                        | "outside"
                        | "inside"
                ))
                && !self.clause_like(c0, c1.min(c0 + 12))
    }
}

/// Can the verb `w` be a past participle (or a noun in `-s`)? `said`, `claims`, `told`.
fn participle_shaped(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with('s') || lexicon().irregular_participles.contains(w)
}

/// Words read after a trailing speaker's comma to tell a circumstance from a clause.
const CIRCUMSTANCE_TOKENS: usize = 12;

impl Pass<'_> {
    /// `put its rise in sales down to strong results`: after the verb at `i`, a change (`rise`,
    /// `fall`, `drop`…) within a few words, then `down to` — an explanation given.
    fn puts_change_down_to(&self, i: usize, hi: usize) -> bool {
        let end = (i + 10).min(hi);
        let Some(down) = (i + 2..end.saturating_sub(1))
            .find(|&k| self.norm(k) == "down" && self.norm(k + 1) == "to")
        else {
            return false;
        };
        (i + 1..down).any(|k| lexicon().explained_changes.contains(self.norm(k)))
    }
}

/// Words after `recalled` that open what is remembered and told: a clause, a pronoun, a time
/// (`recalled that…`, `recalled how…`, `recalled him saying…`, `recalled once…`).
const RECALL_TELLS: &[&str] = &[
    "that",
    "how",
    "when",
    "what",
    "why",
    "where",
    "whether",
    "who",
    "him",
    "her",
    "them",
    "me",
    "us",
    "it",
    "once",
    "later",
    "earlier",
    "in",
    "on",
    "at",
    "with",
    "to",
    "from",
    "during",
    "after",
    "before",
    "about",
    "of",
    "one",
    "another",
    "some",
    "last",
    "this",
    "next",
    "yesterday",
    "today",
    "tonight",
    "then",
    "now",
    "again",
    "too",
    "also",
];

impl Pass<'_> {
    /// Where the words before the cue at `i` end once passing adverbs and comma-set asides are
    /// stepped over (`Witnesses, however, said`, `Two officials, speaking on condition of
    /// anonymity, also said`): the subject is read from there. (At most three; never to the
    /// sentence start.)
    pub(super) fn before_passing(&self, i: usize, lo: usize) -> usize {
        let mut k = i;
        for _ in 0..3 {
            // (`since` only after a perfect's auxiliary, `has since said`: `their first
            // appearance since announcing…` is a preposition.)
            let passing = k > lo + 1
                && PASSING_ADVERBS.contains(&self.norm(k - 1))
                && (self.norm(k - 1) != "since"
                    || matches!(self.norm(k - 2), "has" | "have" | "had"));
            if passing {
                k -= 1;
            } else if self.aside_before(k, lo) {
                k -= 3;
            } else {
                break;
            }
        }
        k
    }

    /// Does a comma-set aside (`, however,`) end right before token `k`, after `lo`?
    pub(super) fn aside_before(&self, k: usize, lo: usize) -> bool {
        k > lo + 3
            && self.norm(k - 1) == ","
            && ASIDE_WORDS.contains(&self.norm(k - 2))
            && self.norm(k - 3) == ","
    }
}

/// How far back a cue looks for the `if` or `unless` that makes it a condition.
const CONDITION_LOOKBACK: usize = 40;

/// `declined to release the figures`, `refused to release details of the deal`: withholding
/// information asked for is a non-response (`refused to release the hostages`, `declined to
/// release him for the tournament` hold people back). The cue's length: the verb, `to` and
/// `release`.
fn withheld_information(words: &[&str]) -> Option<usize> {
    let [verb, "to", "release" | "publish", rest @ ..] = words else {
        return None;
    };
    if !matches!(
        *verb,
        "refused" | "refuses" | "refusing" | "declined" | "declines" | "declining"
    ) {
        return None;
    }
    let lex = lexicon();
    rest.iter()
        .take(3)
        .any(|w| {
            matches!(
                *w,
                "details"
                    | "figures"
                    | "names"
                    | "information"
                    | "data"
                    | "numbers"
                    | "results"
                    | "footage"
                    | "findings"
                    | "evidence"
                    | "breakdown"
                    | "identity"
                    | "identities"
            ) || lex.document_nouns.contains(w)
        })
        .then_some(3)
}

/// The word after `words[n]` when that one is a determiner (`admitted the patient`), else `n`.
fn past_determiner(words: &[&str], n: usize) -> usize {
    if words.get(n).is_some_and(|w| DETERMINERS.contains(w)) {
        n + 1
    } else {
        n
    }
}

/// How far after a verb's object a clause's verb is looked for (`claimed their display in the
/// 3-1 defeat against Bayern Munich was…`), up to the next punctuation.
const CLAUSE_SCAN: usize = 14;

/// The words of a when or a how between a refusal and its infinitive — `declined on Monday
/// to…`, `declined Tuesday night to…`, `declined through a spokesman to…`, `declined, when
/// asked, to…` — counted from the word after the verb, when a `to` follows them.
fn adjunct_before_to(words: &[&str]) -> Option<usize> {
    let day = crate::clause::day_word;
    let to_at = |k: usize| words.get(k) == Some(&"to");
    match *words.get(1)? {
        // (Set off by commas: the closing one right before `to`.)
        "," => (3..words.len().min(7)).find(|&k| words[k] == "," && to_at(k + 1)),
        "on" if words.get(2).is_some_and(|w| day(w)) => {
            let part = words
                .get(3)
                .is_some_and(|w| matches!(*w, "night" | "morning" | "afternoon" | "evening"));
            let m = if part { 3 } else { 2 };
            to_at(m + 1).then_some(m)
        }
        w if day(w) => {
            let part = words
                .get(2)
                .is_some_and(|w| matches!(*w, "night" | "morning" | "afternoon" | "evening"));
            let m = if part { 2 } else { 1 };
            to_at(m + 1).then_some(m)
        }
        // (`through a spokesman`, `through her lawyer`, `through his representatives`.)
        "through" => (3..=4).find(|&k| to_at(k)).map(|k| k - 1),
        _ => None,
    }
}

/// Is `words[n]` a bare pronoun object closing its clause — `say that.`, `said it,`, `say
/// anything"` — a thing said, not the start of what was said?
fn bare_pronoun_object(words: &[&str], n: usize) -> bool {
    matches!(
        words.get(n).copied(),
        Some("that" | "it" | "this" | "anything" | "so")
    ) && words
        .get(n + 1)
        .is_none_or(|w| matches!(*w, "." | "," | ";" | "!" | "?" | "\"" | "”" | "’"))
}

/// Do `words`, a verb of responding ending at `n`, go on to what it reacts to rather than
/// answers — `did not respond to treatment`, `responded to market conditions`? (Not a
/// question or a claim whatever describes it: `was responding to an emergency question`.)
fn responds_to_events(words: &[&str], n: usize) -> bool {
    let lex = lexicon();
    let responds_to = n > 0
        && words.get(n - 1).is_some_and(|w| w.starts_with("respond"))
        && words.get(n) == Some(&"to");
    if !responds_to {
        return false;
    }
    let object = &words[n + 1..];
    // (`responded to reports of a disturbance`: a call-out, the reports police get of an
    // event; not `responded to reports that…`.)
    let head = &object[..object.len().min(6)];
    let call_out = head
        .iter()
        .position(|w| matches!(*w, "report" | "reports"))
        .filter(|&r| head.get(r + 1) == Some(&"of"))
        .is_some_and(|r| head[r + 2..].iter().any(|w| lex.reacted_events.contains(w)));
    call_out
        || object
            .iter()
            .take(4)
            .take_while(|w| {
                !matches!(
                    **w,
                    "about" | "over" | "on" | "for" | "from" | "that" | "," | "."
                )
            })
            .try_fold(false, |events, w| {
                let asked = lex.claim_nouns.contains(w)
                    || matches!(
                        *w,
                        "question" | "questions" | "request" | "requests" | "query"
                    );
                if asked {
                    Err(())
                } else {
                    Ok(events || lex.reacted_events.contains(w))
                }
            })
            .unwrap_or(false)
}
