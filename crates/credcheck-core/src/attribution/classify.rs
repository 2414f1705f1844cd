use super::{
    DETERMINERS, Entity, EntityKind, GROUP_PRONOUNS, PERSON_PRONOUNS, Pass, SourceKind, TokenKind,
    age_description, lexicon,
};

/// A research noun that stands without an article: a plural (`polls`) or a mass noun.
fn bare_research(word: &str) -> bool {
    lexicon().research_nouns.contains(word)
        && (word.ends_with('s') || matches!(word, "research" | "evidence" | "polling"))
        && !matches!(word, "analysis")
}

/// The head word before where or when something was done, among the first `within` words
/// (`the exit polls in New Hampshire`: `polls`; `The most recent polling in Florida`:
/// `polling`).
fn head_before_place<'a>(words: &[&'a str], within: usize) -> Option<&'a str> {
    words
        .iter()
        .take(within)
        .position(|w| matches!(*w, "in" | "from" | "at" | "since" | "during"))
        .filter(|&k| k > 0)
        .map(|k| words[k - 1])
}

/// Number words that count people (`two`, `three`, `dozens of`).
pub(super) fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "several"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "a dozen"
            | "both"
    )
}

/// What a recogniser decides: the kind of source, and the person it names when it knows.
pub(super) type Verdict = (SourceKind, Option<String>);

/// A source phrase under classification: tokens `a..b` and their normal forms.
pub(super) struct Phrase<'w> {
    a: usize,
    b: usize,
    words: Vec<&'w str>,
}

impl Phrase<'_> {
    fn first(&self) -> &str {
        self.words.first().copied().unwrap_or("")
    }

    fn last(&self) -> &str {
        self.words.last().copied().unwrap_or("")
    }

    /// Is the phrase headed by a kind of firm or group (`lexicon/firm-nouns.txt`; `think tank`
    /// written as two words too)?
    fn firm_head(&self) -> bool {
        let n = self.words.len();
        lexicon().firm_nouns.contains(self.last())
            || self.last() == "tank" && n >= 2 && self.words[n - 2] == "think"
    }

    /// Is the phrase one firm or group brought in by `a`, `one` or `another`, whatever its
    /// words before the head say it does (`a US research think-tank`, `a market research firm`)?
    /// Not a document said to come from one (`a survey for the charity`, `a statement on her
    /// website`).
    fn a_firm(&self) -> bool {
        matches!(self.first(), "a" | "an" | "one" | "another")
            && self.firm_head()
            && !self
                .words
                .iter()
                .any(|w| super::source::PREPOSITIONS.contains(w))
    }

    /// Does a phrase of `set` start at some word of the phrase?
    fn contains_phrase(&self, set: &super::lexicon::PhraseSet) -> bool {
        (0..self.words.len()).any(|k| set.longest(&self.words[k..]).is_some())
    }

    /// Does a phrase of `set` stand as a head in the phrase: at its end, or before what
    /// describes it (`a senior official in the ministry`, `sources close to him`, `an official,
    /// who`)? Not as a modifier of another noun (`his executive experience`).
    fn heads_phrase(&self, set: &super::lexicon::PhraseSet) -> bool {
        let n = self.words.len();
        (0..n).any(|k| {
            set.longest(&self.words[k..]).is_some_and(|m| {
                // (A plural is a head: English compounds take the singular, `source code`.)
                let plural = self.words[k + m - 1].ends_with('s');
                let next = self.words.get(k + m).copied();
                // (`a new MPs' report`: a plural possessive is whose the head is.)
                let owner = matches!(next, Some("'" | "’")) && k + m + 1 < n;
                !owner
                    && (plural
                        || next.is_none_or(|w| {
                            !w.starts_with(|c: char| c.is_alphabetic())
                            || super::source::PREPOSITIONS.contains(&w)
                            // A verb, an adverb or a relative clause after it: `one official even
                            // suggested`, `an official said`, `a source who`.
                            || w.ends_with("ed")
                            || w.ends_with("ly")
                            || w.ends_with('s')
                            || matches!(
                                w,
                                "who" | "whom" | "whose" | "that" | "which" | "and" | "or"
                                    | "close" | "speaking" | "even" | "also" | "within"
                                    | "inside" | "near" | "here" | "there" | "not" | "say"
                                    | "tell" | "told" | "said" | "familiar" | "briefed"
                            )
                            || lexicon().knowledge_adjectives.contains(&w)
                        }))
            })
        })
    }

    /// Is the head a plural of people before a preposition, whatever the words after it
    /// (`Some advocates for stem cell research`, `critics of the poll`)? (A participle may stand
    /// between: `Several dissidents living in the city`.)
    fn people_before_preposition(&self) -> bool {
        let lex = lexicon();
        self.words
            .iter()
            .position(|w| matches!(*w, "for" | "of" | "on" | "in"))
            .filter(|&k| k > 0)
            .map(|k| {
                let w = self.words[k - 1];
                if k > 1 && (w.len() > 4 && w.ends_with("ing") || w == "based") {
                    k - 1
                } else {
                    k
                }
            })
            .is_some_and(|k| {
                let head = self.words[k - 1];
                head.ends_with('s')
                    && (lex.generic_groups.contains(head)
                        || lex.market_sources.contains(head)
                        || lex.people_nouns.contains(head))
            })
    }

    /// Is the word before the phrase's relative `who` one of people (`experts who have
    /// examined the wreckage`, `analysts who have seen the figures`)?
    /// (Or before a `not` that sets them apart from the work: `Experts not involved in the
    /// research`, `scientists not connected with the study`.)
    fn people_before_who(&self) -> bool {
        self.words
            .iter()
            .position(|w| *w == "who")
            .is_some_and(|k| k > 0 && people_noun(self.words[k - 1]))
            || self.words.windows(3).any(|w| {
                w[1] == "not"
                    && matches!(
                        w[2],
                        "involved" | "connected" | "associated" | "affiliated" | "linked"
                    )
                    && people_noun(w[0])
            })
    }

    /// Does a phrase of `set` end the phrase (`homeland security experts`)?
    fn ends_with_phrase(&self, set: &super::lexicon::PhraseSet) -> bool {
        let n = self.words.len();
        (0..n).any(|k| set.longest(&self.words[k..]).is_some_and(|m| k + m == n))
    }
}

/// A recogniser: one construction, and the verdict when the phrase is one.
pub(super) type Recogniser = fn(&Pass<'_>, &Phrase<'_>) -> Option<Verdict>;

/// The recognisers, in order: the first that answers decides. Each is named so a test (and
/// `credcheck inspect`) can say which construction decided.
pub(super) const RECOGNISERS: &[(&str, Recogniser)] = &[
    ("speakers-own", speakers_own),
    ("relative-clause", relative_clause),
    ("spoken-to", spoken_to),
    ("said-unnamed", said_unnamed),
    ("named-member", named_member),
    ("described-source", described_source),
    ("person-named", person_named),
    ("titled-name", titled_name),
    ("apposed-name", apposed_name),
    ("person-described", person_described),
    ("with-named", with_named),
    ("someones-role", someones_role),
    ("body-of", body_of),
    ("office-holder", office_holder),
    ("definite-reference", definite_reference),
    ("described-twice", described_twice),
    ("definite-group", definite_group),
    ("body-name", body_name),
    ("person-pronoun", person_pronoun),
    ("group-pronoun", group_pronoun),
    ("court-judge", court_judge),
    ("court-side", court_side),
    ("ministers", ministers),
    ("committee-members", committee_members),
    ("compound-sources", compound_sources),
    ("authored-document", authored_document),
    ("social-media", social_media),
    ("report-noun", report_noun),
    ("outlet-noun", outlet_noun),
    ("figures", figures),
    ("respondents", respondents),
    ("study-authors", study_authors),
    ("firm-described", firm_described),
    ("market-sources", market_sources),
    ("knowledge-frame", knowledge_frame),
    ("people-of-body", people_of_body),
    ("weasel-group", weasel_group),
    ("counted-group", counted_group),
    ("anonymous-noun", anonymous_noun),
    ("party-member", party_member),
    ("document-noun", document_noun),
    ("unnamed-firm", unnamed_firm),
    ("organisation-entity", organisation_entity),
    ("body-noun", body_noun),
    ("possessive-person", possessive_person),
    ("owned-people", owned_people),
    ("role", role),
    ("one-person", one_person),
    ("named-body-people", named_body_people),
    ("capitalised-word", capitalised_word),
];

impl Pass<'_> {
    /// How identifiable the source phrase `a..b` is, and the person it names.
    pub(super) fn classify(&self, a: usize, b: usize) -> Verdict {
        self.recognise(a, b).1
    }

    /// The recogniser that decides the source phrase `a..b` (`unresolved` when none does), and
    /// its verdict.
    pub(super) fn recognise(&self, a: usize, b: usize) -> (&'static str, Verdict) {
        // `Six months ago, the independent Vermont senator`: a fronted adverbial of time is not
        // part of who speaks.
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| self.norm(k) == ",") {
            let fronted = (a..k).all(|j| self.entity_of(j).is_none())
                && (a..k).any(|j| {
                    matches!(
                        self.norm(j),
                        "ago"
                            | "later"
                            | "earlier"
                            | "yesterday"
                            | "today"
                            | "tonight"
                            | "however"
                            | "meanwhile"
                            | "still"
                            | "then"
                            | "now"
                            | "last"
                            | "previously"
                            | "afterwards"
                            | "instead"
                    )
                })
                && k + 1 < b;
            if fronted {
                return self.recognise(k + 1, b);
            }
        }
        // `His critics, many of them conservative Catholics,`: a description of the group
        // after it is not who speaks.
        if let Some(k) = (a + 1..b.saturating_sub(3)).find(|&k| {
            self.norm(k) == ","
                && matches!(
                    self.norm(k + 1),
                    "many" | "most" | "some" | "all" | "both" | "several" | "few" | "none"
                )
                && self.norm(k + 2) == "of"
                && matches!(self.norm(k + 3), "them" | "whom" | "those")
        }) {
            return self.recognise(a, k);
        }
        // `Critics of the bank, including several opposition lawmakers,`: members set off after
        // the group, none of them named, say no more of who speaks than the group does (a named
        // member is `named-member`'s: `Critics, including Senator Bob Marsh,`).
        if let Some(k) = (a + 1..b.saturating_sub(1))
            .find(|&k| self.norm(k) == "," && matches!(self.norm(k + 1), "including" | "notably"))
            && (k + 2..b).all(|j| self.entity_of(j).is_none())
        {
            return self.recognise(a, k);
        }
        // `A neighbour, citing the police,`: an unnamed speaker stays unnamed whoever they cite
        // (was the police: an organisation). (`The newspaper, quoting a senior official,` reads
        // on: an outlet that relies on an unnamed source is anonymous sourcing.)
        if let Some(k) = (a + 1..b.saturating_sub(1))
            .find(|&k| self.norm(k) == "," && matches!(self.norm(k + 1), "citing" | "quoting"))
        {
            let speaker = self.recognise(a, k);
            if speaker.1.0 == SourceKind::Anonymous {
                return speaker;
            }
        }
        // `Mortgage lenders and economists`: two groups, read as the second (the head), unless a
        // quantifier makes the first a generalisation (`A host of lenders and economists`).
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| {
            self.norm(k) == "and" && self.plural_group(k - 1) && self.plural_group(b - 1)
        }) {
            let first = self.recognise(a, k);
            let quantified = (a..k).any(|j| GENERALISING.contains(&self.norm(j)));
            return if quantified && first.1.0 == SourceKind::Vague {
                first
            } else {
                self.recognise(k + 1, b)
            };
        }
        // `three administration officials and a draft memo obtained by The Associated Press`:
        // unnamed people joined to anything else are still unnamed sources. (Plural and not
        // definite: `the Labour peer and former minister` is one person described twice.)
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| {
            self.norm(k) == "and"
                && self.doc.tokens()[k - 1].kind == TokenKind::Word
                && !self.doc.tokens()[k + 1].is_capitalised()
                && self.norm(k - 1).ends_with('s')
                && lexicon().anon_nouns.contains(self.norm(k - 1))
                && !DETERMINERS.contains(&self.norm(a))
        }) {
            let first = self.recognise(a, k);
            if first.1.0 == SourceKind::Anonymous {
                return first;
            }
        }
        // `said Jim Bopp, a conservative member of the committee, told POLITICO`: a description
        // apposed to a name just before it is that person.
        if a >= 2
            && self.norm(a - 1) == ","
            && self.is_person(a - 2)
            && matches!(self.norm(a), "a" | "an")
            && b > a + 1
        {
            if let Some(e) = self.entity_of(a - 2) {
                return (
                    "apposed-name",
                    (SourceKind::Named, Some(self.full_name(&self.entities[e]))),
                );
            }
        }
        // `according to a fact sheet lawmakers released Monday`: the document, not who made it
        // (a clause with no `that` after the document noun).
        if matches!(self.norm(a), "a" | "an" | "the") {
            let words: Vec<&str> = (a + 1..b.min(a + 6)).map(|k| self.norm(k)).collect();
            let end = (0..words.len().min(3)).find_map(|j| {
                let m = lexicon().document_nouns.longest(&words[j..])?;
                let next = j + m;
                (next + 1 < words.len() && lexicon().anon_nouns.contains(words[next]))
                    .then_some(a + 1 + next)
            });
            if let Some(end) = end {
                return self.recognise(a, end);
            }
        }
        // `A letter to platform committee members`: to whom a document went is not who speaks.
        // (`A memo circulated to staff`, `A letter sent to parents`: and where it was sent.)
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| {
            self.norm(k) == "to"
                && (lexicon().document_nouns.contains(self.norm(k - 1))
                    || k >= a + 2 && self.sent_document(k - 1))
        }) {
            return self.recognise(a, k);
        }
        // `Surveys of economists have shown…`, `a poll of 1,000 voters`: who was asked is not
        // who speaks — the survey does.
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| {
            matches!(self.norm(k), "of" | "among")
                && lexicon().research_nouns.contains(&self.norm(k - 1))
        }) {
            let last = self.norm(b - 1);
            // (`polling of his members`: a body asking its own people made it.)
            let asked = !self.doc.tokens()[b - 1].is_capitalised()
                && !matches!(self.norm(k + 1), "his" | "her" | "its" | "their" | "our")
                && last.ends_with('s')
                && (people_noun(last) || lexicon().market_sources.contains(&last));
            if asked {
                return self.recognise(a, k);
            }
        }
        if let Some(decided) = self.quoted_or_contacted_by(a, b) {
            return decided;
        }
        let phrase = Phrase {
            a,
            b,
            words: (a..b).map(|k| self.norm(k)).collect(),
        };
        RECOGNISERS
            .iter()
            .find_map(|(name, recognise)| recognise(self, &phrase).map(|v| (*name, v)))
            .unwrap_or(("unresolved", (SourceKind::Unresolved, None)))
    }

    /// `one musician quoted by the report`: who quoted them is not who speaks; `companies
    /// contacted by the BBC News website`, `Residents interviewed by Reuters`: people or bodies
    /// a newsroom spoke to and does not name.
    fn quoted_or_contacted_by(&self, a: usize, b: usize) -> Option<(&'static str, Verdict)> {
        let k = (a + 1..b.saturating_sub(1)).find(|&k| {
            matches!(
                self.norm(k),
                "quoted"
                    | "cited"
                    | "interviewed"
                    | "contacted"
                    | "reached"
                    | "questioned"
                    | "approached"
            ) && self.norm(k + 1) == "by"
        })?;
        // (`Residents reached by phone`: how a newsroom spoke to them.)
        let contacted = self.norm(k) != "quoted" && self.norm(k) != "cited";
        let by_phone = k + 3 == b && matches!(self.norm(k + 2), "phone" | "telephone");
        if contacted
            && (self.newsroom(k + 2, b) || by_phone)
            && !(a..k).any(|j| self.entity_of(j).is_some())
        {
            return Some(("spoken-to", (SourceKind::Anonymous, None)));
        }
        Some(self.recognise(a, k))
    }

    pub(super) fn is_person(&self, k: usize) -> bool {
        self.entity_of(k)
            .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
    }

    /// Did the two sentences before the one of token `a` name a poll or a survey by its
    /// maker (`In March, Cruz had 38 percent in a Fox poll. The most recent poll shows…`: the
    /// latest of that pollster's)? (A bounded look back, so the pass stays linear.)
    fn poll_named_before(&self, a: usize) -> bool {
        let tokens = self.doc.tokens();
        let si = tokens[a].sentence.index();
        let from = self.doc.sentences()[si.saturating_sub(2)]
            .tokens
            .start
            .max(a.saturating_sub(120));
        (from.max(1)..a).any(|k| {
            matches!(self.norm(k), "poll" | "polls" | "survey" | "surveys")
                && tokens[k - 1].kind == TokenKind::Word
                && tokens[k - 1].is_capitalised()
                && !tokens[k - 1].is_sentence_start()
                && !self.month_or_day(k - 1)
        })
    }

    /// `A study published in Cochrane Reviews`: is the `in` at `prep`, with a capitalised run
    /// from `start` (before `b`), where a study was published — a journal, not a place (a
    /// country or a listed place stays a place)?
    fn published_in(&self, prep: usize, start: usize, b: usize) -> bool {
        self.norm(prep) == "in"
            && matches!(self.norm(prep - 1), "published" | "appearing" | "appeared")
            && !lexicon()
                .countries
                .contains(self.doc.text(self.doc.tokens()[start].span()))
            && lexicon().places.longest_in(self.doc, start, b).is_none()
    }

    /// A document source nobody can look up — `a report`, `polls`, `a street survey`, `recent
    /// evidence` — is an unnamed report; `the report`, `the CBO's figures`, `a Gallup poll` are
    /// documents.
    pub(super) fn unnamed_document(&self, a: usize, b: usize) -> SourceKind {
        let tokens = self.doc.tokens();
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        // `a survey of Republican insiders`: the people it asked, not who made it (`the report
        // of the Senate committee` is the committee's).
        let asked = (a + 1..b).find(|&k| matches!(self.norm(k), "of" | "among"));
        let population = asked.is_some()
            && b > a
            && tokens[b - 1].kind == TokenKind::Word
            && !tokens[b - 1].is_capitalised()
            && self.norm(b - 1).ends_with('s');
        // (`A news report published Wednesday`: a day names no one; `a survey by the
        // organization` is by a body the story has named.)
        // (`a survey for the charity` too: made for a body named before; not `for the first
        // time`.)
        let by_known = words
            .windows(2)
            .any(|w| matches!(w, ["by", "the" | "its" | "their"]))
            || words.windows(3).any(|w| {
                matches!(w, ["for", "the" | "its" | "their", _])
                    && !matches!(
                        w[2],
                        "first" | "second" | "third" | "last" | "past" | "next" | "latest"
                    )
            });
        // (`Polls in New Hampshire show`: where the polling was done names no one; `a poll in
        // The Washington Post` names its outlet.)
        let in_place = |k: usize| {
            // The capitalised run `k` stands in, and the `the` before it.
            let mut start = k;
            while start > a
                && tokens[start - 1].is_capitalised()
                && tokens[start - 1].kind == TokenKind::Word
            {
                start -= 1;
            }
            let end = (k..b)
                .find(|&m| tokens[m].kind == TokenKind::Word && !tokens[m].is_capitalised())
                .unwrap_or(b);
            let prep = if start > a + 1 && self.norm(start - 1) == "the" {
                start - 2
            } else {
                start.saturating_sub(1)
            };
            // (A masthead's word anywhere in the run is an outlet: `a report in the Telegraph`,
            // `in the China-published Economic Observer`.)
            let masthead = |m: usize| {
                let t = self.doc.text(tokens[m].span());
                lexicon().org_heads.contains(t) || lexicon().outlets.contains(&format!("The {t}"))
            };
            // (`from the New Hampshire primary`, `from Iowa`: where or when, not who; `from the
            // Treasury` is who.)
            let occasion = self.norm(prep) == "from"
                && (end < b && lexicon().occasion_nouns.contains(self.norm(end))
                    || end == start + 1
                        && lexicon()
                            .countries
                            .contains(self.doc.text(tokens[start].span()))
                    || lexicon().places.longest_in(self.doc, start, b).is_some());
            tokens[k].is_capitalised()
                && start > a
                && prep >= a
                && !(prep > a && self.published_in(prep, start, b))
                && (matches!(self.norm(prep), "in" | "across" | "throughout") || occasion)
                && !self
                    .entity_of(k)
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Outlet)
                && !(start..end).any(masthead)
        };
        // (`New Poll Shows Large Gap…`: in a title-case headline a capital names nothing. Its
        // first forty words are read, so a run-on sentence stays linear.)
        let sentence = &self.doc.sentences()[tokens[a].sentence.index()].tokens;
        let headline = self.title_case(sentence.start, sentence.end.min(sentence.start + 40));
        // (`research from a City investment bank`, `a study by an Oxford team`: a capital after
        // an indefinite maker describes it and names no one; so after an indefinite outlet, `a
        // report in a New Hampshire paper`.)
        let indefinite_maker = words
            .windows(2)
            .position(|w| matches!(w, ["by" | "from" | "in", "a" | "an"]))
            .map(|p| a + p + 2);
        let named = by_known
            || (a..asked.filter(|_| population).unwrap_or(b)).any(|k| {
                !in_place(k)
                    && (self.entity_of(k).is_some_and(|e| {
                        // (A place after an indefinite maker or outlet says which kind: `in a
                        // New Hampshire paper`.)
                        let e = &self.entities[e];
                        !(indefinite_maker.is_some_and(|m| k >= m)
                            && e.kind != EntityKind::Person
                            && lexicon()
                                .places
                                .longest_in(self.doc, e.tokens.start, e.tokens.end)
                                == Some(e.tokens.len()))
                    }) || k > a
                        && tokens[k].is_capitalised()
                        && !headline
                        && indefinite_maker.is_none_or(|m| k < m)
                        && !self.month_or_day(k))
                    || self.norm(k).ends_with("'s")
                    || self.norm(k) == "'"
            });
        // The head before where or when the research was done, at most four words in.
        let head_before_place = head_before_place(&words, 5);
        // `a report`, `some studies`; or a bare plural or mass noun (`polls`, `research`).
        let indefinite = words.first().is_some_and(|w| {
            matches!(
                *w,
                "a" | "an"
                    | "one"
                    | "another"
                    | "some"
                    | "several"
                    | "various"
                    | "multiple"
                    | "numerous"
                    | "many"
                    | "recent"
                    | "new"
                    // (With no article, as a headline writes it: `Latest Poll Has…`,
                    // `Latest figures suggest…`; `the latest figures` are the official ones.)
                    | "latest"
                    | "other"
                    | "unconfirmed"
                    | "unnamed"
                    | "unverified"
            )
        }) || {
            // `the research`, `this evidence`: one the story has already described (`the
            // polls`, plural, are still nobody's in particular).
            let definite = words.first().is_some_and(|w| {
                matches!(
                    *w,
                    "the" | "this" | "that" | "these" | "those" | "its" | "their" | "his" | "her"
                )
            }) && !words
                .get(1)
                // (`the findings` are a study's the story has described.)
                .is_some_and(|w| w.ends_with('s') && *w != "findings")
                // (`the exit polls in New Hampshire`: a bare plural of research after its
                // modifiers, before where it was done.)
                && !head_before_place.is_some_and(|w| w.ends_with('s') && bare_research(w))
                // (`both surveys`: the two the story has just described.)
                || words.first() == Some(&"both");
            // (`the latest poll`, `the most recent survey`: the newest of many, not one the
            // story has described.)
            let latest = matches!(words.as_slice(), ["the", "latest" | "newest", ..])
                || matches!(words.as_slice(), ["the", "most", "recent", ..]);
            // (`Estimates suggest`, but `studio estimates` are the studios'.)
            // (`Poll finds Clinton ahead`: a headline drops the article.)
            // (Not a surname: `Poll explains free-kick decision` is the referee Graham Poll.)
            let headline_bare = b <= a + 2
                && matches!(words.first().copied(), Some("poll" | "survey" | "study"))
                && !self.surnames.contains_key(words[0]);
            headline_bare
                || !definite
                    && (words
                        .iter()
                        .take(2)
                        .any(|w| bare_research(w) && *w != "estimates")
                        // (`public opinion polls show`: modifiers before the bare plural; not
                        // counted, `three recent polls, including one from Monmouth`.)
                        || words.len() <= 4
                            && words.last().is_some_and(|w| bare_research(w) && *w != "estimates")
                            && !words.iter().any(|w| is_number_word(w))
                            && tokens[a].kind == TokenKind::Word
                        || words.first() == Some(&"estimates")
                        || head_before_place
                            .is_some_and(|w| bare_research(w) && w != "estimates"))
                || latest
                    && words.iter().any(|w| lexicon().research_nouns.contains(w))
                    && !self.poll_named_before(a)
                    // (`the latest labor department report`: the body's newest, named.)
                    && !words.iter().any(|w| lexicon().body_nouns.contains(w))
        };
        // Research and reports, not what the reporter saw (`one placard read`, `a letter`).
        let research = words.iter().any(|w| lexicon().research_nouns.contains(w));
        // (`polling of his members`: whose research it is, the story has said.)
        let owned = words
            .iter()
            .any(|w| matches!(*w, "his" | "her" | "their" | "its"));
        if indefinite && research && !named && !owned {
            SourceKind::Report
        } else {
            SourceKind::Document
        }
    }

    /// `some Democrats`, `several residents`, `a few analysts`: a quantifier and a group of
    /// people named by what they are (not `some critics`, `many people`, `others`).
    pub(super) fn quantified_people(&self, a: usize, b: usize) -> bool {
        // (`with some analysts saying…`: the preposition is not the group's; `many people at
        // his rallies`: the head stands before the preposition.)
        let a = if b > a + 1 && self.norm(a) == "with" {
            a + 1
        } else {
            a
        };
        // (`some of the women`: the head is after `of`.)
        let b = (a + 2..b)
            .find(|&k| {
                matches!(
                    self.norm(k),
                    "at" | "in" | "of" | "from" | "on" | "who" | ","
                )
            })
            .unwrap_or(b);
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        let quantified = match words.as_slice() {
            // (`John Leguizamo, Zoe Saldana and many more Latinos`: more of a named list.)
            [_, "more", ..] | [] => false,
            ["a", "few", ..] | ["a", "handful", "of", ..] => true,
            [first, ..] => matches!(*first, "some" | "several" | "multiple" | "many" | "other"),
        };
        // (`some analysts saying`, `several traders said`: people spoken to, as unquantified.)
        let market = words
            .last()
            .is_some_and(|w| lexicon().market_sources.contains(w))
            && !matches!(words[0], "many");
        // (A group named by its stance is vague when it says something, `some critics said`;
        // a side's own people are people spoken to: `Many Sanders supporters complained`, `Some
        // politicians said they would vote no`.)
        let generic = !market
            && words.last().is_some_and(|w| {
                lexicon().generic_groups.contains(w) && !matches!(*w, "supporters" | "politicians")
                    || matches!(*w, "people" | "others" | "everyone" | "many" | "some")
            });
        // (`Several nations announced support`: bodies, not people spoken to.)
        let bodies = words.last().is_some_and(|w| {
            lexicon().body_nouns.contains(w) || lexicon().body_plurals.contains(w)
        });
        quantified && words.len() >= 2 && !generic && !bodies
    }
}

/// Heads of bodies of a kind that, modified and none named, are a vague group holding a view
/// as people do (`Human rights groups said`, `Aid groups believe`).
pub(super) const BODIES_OF_A_KIND: &[&str] = &[
    "groups",
    "organisations",
    "organizations",
    "charities",
    // (`Aid agencies warned`; `news agencies` are media, read before.)
    "agencies",
    // (`Labor unions oppose it, saying…`.)
    "unions",
];

/// Firms of a kind, none named (`Anti-virus firms speculate…`, `Oil companies warn…`): a vague
/// group as bodies of a kind are, but only with a word saying which kind — bare `Banks said` and
/// `firms` elsewhere in the analysis stay what they were.
pub(super) const FIRMS_OF_A_KIND: &[&str] = &[
    "firms",
    "companies",
    "businesses",
    "banks",
    "insurers",
    "lenders",
    "retailers",
    "airlines",
    "carmakers",
    "manufacturers",
    "publishers",
    "broadcasters",
    "operators",
];

/// `Anti-virus firms`, `Low-cost airlines`, `technology companies`: firms of a kind said by a
/// plain word. Not firms placed in a country (`US retailers posted mixed results` are an
/// industry's figures, read as before), nor `other firms`, some beyond those a story has named.
fn firms_of_a_kind(pass: &Pass<'_>, p: &Phrase<'_>) -> bool {
    FIRMS_OF_A_KIND.contains(&p.last())
        && !matches!(
            p.first(),
            "other" | "rival" | "smaller" | "larger" | "bigger"
        )
        && (p.a..p.b).all(|k| {
            !national(pass, k)
                && !lexicon()
                    .countries
                    .contains(pass.doc.text(pass.doc.tokens()[k].span()))
        })
}

/// Is token `k` a nationality or a country's abbreviation (`British`, `US`, `EU`)?
fn national(pass: &Pass<'_>, k: usize) -> bool {
    lexicon()
        .nationalities
        .contains(pass.doc.text(pass.doc.tokens()[k].span()))
        || matches!(pass.norm(k), "uk" | "us" | "u.s." | "u.k." | "eu")
}

/// `If your partner doesn't confess`, `“My staff cautioned me…”`: the reader's or the
/// speaker's own people are no source the story rests on (`our sources`, `our correspondent`
/// are the outlet's and are left to the recognisers after).
fn speakers_own(_: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let own = match p.first() {
        "your" | "my" => true,
        "our" => !matches!(
            p.last(),
            "source" | "sources" | "correspondent" | "reporter" | "reporters"
        ),
        _ => false,
    };
    (own && p.words.len() <= 4).then_some((SourceKind::Unresolved, None))
}

/// `Heineken, which also owns the Murphy's brand`: the antecedent decides, not the clause.
fn relative_clause(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let words = &p.words;
    // `officials who spoke with The Washington Post`: the people, whoever they spoke to — and
    // people who spoke to a newsroom are people it can name, no vague group (`Voters who
    // spoke to the BBC`).
    let spoke = (1..words.len().saturating_sub(2)).find(|&k| {
        matches!(words[k], "who" | "that")
            && matches!(words[k + 1], "spoke" | "talked" | "spoken")
            && matches!(words[k + 2], "to" | "with")
    });
    if let Some(k) = spoke {
        return Some(match pass.classify(p.a, p.a + k) {
            (SourceKind::Vague, _) => (SourceKind::Anonymous, None),
            verdict => verdict,
        });
    }
    // `The diplomat, who asked not to be named,`, `A businessman who asked not to be named`:
    // whoever the phrase refers to, the clause says they are unnamed here.
    let who = (1..words.len().saturating_sub(1)).find(|&k| words[k] == "who");
    if who.is_some_and(|k| withholds_name(&words[k + 1..])) {
        return Some((SourceKind::Anonymous, None));
    }
    // (`Residents speaking on condition of anonymity`, `two officials speaking anonymously`:
    // the participle's clause the same.)
    let speaking = (1..words.len().saturating_sub(1))
        .find(|&k| matches!(words[k], "speaking" | "talking" | "asking" | "requesting"));
    if speaking.is_some_and(|k| withholds_name(&words[k..])) {
        return Some((SourceKind::Anonymous, None));
    }
    // `A pharmacist who worked with Platt`, `a woman who knew Smith`: one person, unnamed, of
    // the people the clause names (not Platt; `people who know him` are knowledge-frame's).
    if let Some(k) = who
        && matches!(words[0], "a" | "an")
        && (1..k).all(|j| pass.entity_of(p.a + j).is_none())
        && (p.a + k + 1..p.b).any(|j| pass.is_person(j))
    {
        return Some(pass.classify(p.a, p.a + k));
    }
    let at = (1..words.len().saturating_sub(1))
        .find(|&k| words[k] == "," && matches!(words[k + 1], "who" | "which" | "whose"))?;
    let (kind, speaker) = pass.classify(p.a, p.a + at);
    let tokens = pass.doc.tokens();
    let lone_name = at == 1
        && tokens[p.a].is_capitalised()
        && !lexicon()
            .stopwords_cap
            .contains(pass.doc.text(tokens[p.a].span()));
    Some(match kind {
        // (A lone name the draft knows only by its capitals, `Umbro, which…`: a body.)
        SourceKind::Unresolved | SourceKind::Named
            if lone_name && words[at + 1] == "which" && speaker.is_none() =>
        {
            (SourceKind::Organisation, None)
        }
        SourceKind::Unresolved if lone_name => (SourceKind::Named, None),
        _ => (kind, speaker),
    })
}

/// `asked not to be named`, `did not want to be identified`, `refused to give his name`, `spoke
/// on condition of anonymity`: a relative clause that withholds its speaker's name — a name
/// withheld with a refusal or a negation anywhere in the clause, or anonymity itself.
pub(super) fn withholds_name(clause: &[&str]) -> bool {
    let withheld = clause
        .windows(2)
        .any(|w| matches!(w, ["be" | "being", "named" | "identified" | "quoted"]))
        // (`on condition that they were not identified`: the condition in the past.)
        || clause.windows(3).any(|w| {
            matches!(
                w,
                ["was" | "were" | "is" | "are", "not", "named" | "identified"]
            )
        })
        || clause.windows(3).any(|w| {
            matches!(
                w,
                [
                    "give" | "gave" | "provide" | "disclose" | "reveal",
                    "his" | "her" | "their",
                    "name"
                ]
            )
        });
    let refused = clause.iter().any(|w| {
        matches!(
            *w,
            // (`The witness, who cannot be named for legal reasons,`: `can` `not`.)
            "not" | "never" | "declined" | "refused"
        )
    });
    clause
        .iter()
        .any(|w| matches!(*w, "anonymity" | "anonymously" | "unnamed" | "anonymous"))
        || withheld && refused
        // (`who was not authorized to discuss the matter publicly`: the stock reason for
        // anonymity is a name withheld.)
        || clause.windows(2).any(|w| {
            matches!(
                w,
                [
                    "not",
                    "authorized" | "authorised" | "permitted" | "allowed" | "cleared"
                ]
            )
        })
}

/// `The unnamed woman from Georgia`, `an unidentified official`, `an unnamed company`: a phrase
/// that says its person or body is not named is anonymous, whoever was named before (`Mark Smith
/// spoke first. The unidentified woman said…` was Mark Smith) and whatever follows the head.
fn said_unnamed(_: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let k = p
        .words
        .iter()
        .position(|w| matches!(*w, "unnamed" | "unidentified" | "anonymous"))?;
    // The head: the last word before a preposition, or the phrase's last.
    let head = p.words[k + 1..]
        .iter()
        .position(|w| super::source::PREPOSITIONS.contains(w))
        .map_or(p.last(), |j| p.words[k + j]);
    let person = head != p.words[k]
        && (people_noun(head) || staff_noun(head) || lex.body_nouns.contains(&head))
        && !lex.document_nouns.contains(head);
    person.then_some((SourceKind::Anonymous, None))
}

/// `Every activist I spoke to`, `voters we interviewed`: people the writer spoke to and does
/// not name (`Dana Reyes, whom I interviewed` is named, and handled by the name).
fn spoken_to(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let k = pass.contact_clause(p.b, p.a)?;
    // (`Dana Reyes, whom I interviewed`, `the two ministers I met`: named or pinned down.)
    if (p.a..k).any(|j| pass.is_person(j)) {
        return Some(pass.classify(p.a, k));
    }
    Some((SourceKind::Anonymous, None))
}

/// The person entity at `k` and whether it is a possessive (`Netanyahu's`, `Sanders'`).
fn person_at<'p>(pass: &'p Pass<'_>, p: &Phrase<'_>, k: usize) -> Option<(&'p Entity, bool)> {
    let ent = &pass.entities[pass.entity_of(k)?];
    if ent.kind != EntityKind::Person {
        return None;
    }
    // `a Labour MP`: a party and a title, not a name (`Andrew Tyrie MP`, a given name and a
    // surname before the title, is one, and so is `Matthew Prince`, a given name and a surname
    // that is also a title).
    let last = pass.norm(ent.tokens.end - 1);
    let given_name_first = ent.tokens.len() >= 2
        && lexicon()
            .given_names
            .contains(pass.doc.text(pass.doc.tokens()[ent.tokens.start].span()));
    if (lexicon().titles.contains(last) || lexicon().role_nouns.contains(last)) && !given_name_first
    {
        return None;
    }
    let last = ent.tokens.end - 1;
    let possessive = pass.norm(last).ends_with("'s")
        || (ent.tokens.end < p.b && pass.norm(ent.tokens.end) == "'");
    Some((ent, possessive))
}

/// The words after `who` say what its people witnessed or whom they know — `who attended
/// the meeting`, `who know him`, `who have read the letter` (not `who read newspapers`), `who
/// were at the meeting`, `who sits on the board` — an auxiliary may stand first: the relative
/// clause places an unnamed source where it could know, not a generalisation.
pub(super) fn witness_clause(rest: &[&str]) -> bool {
    let word = |j: usize| rest.get(j).copied().unwrap_or("");
    let Some(at) = rest
        .iter()
        .position(|v| !matches!(*v, "have" | "has" | "had" | "once" | "also"))
    else {
        return false;
    };
    lexicon().witness_verbs.contains(rest[at])
        || rest[at] == "read" && at > 0
        || matches!(rest[at], "sits" | "sit" | "sat" | "serves" | "serve") && word(at + 1) == "on"
        || matches!(rest[at], "were" | "was")
            && (word(at + 1) == "present"
                || matches!(word(at + 1), "at" | "in" | "inside")
                    && matches!(word(at + 2), "the" | "that" | "a"))
}

/// `sources close to Mr Hockney`, `people familiar with Ms Reyes's thinking`: unnamed people
/// described by whom they know — a name after the frame is not theirs.
fn described_source(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let at = (1..p.words.len().saturating_sub(1)).find(|&k| {
        lex.knowledge_adjectives.contains(&p.words[k])
            && p.words[k] != "informed"
            && matches!(p.words[k + 1], "with" | "to" | "in" | "on" | "about")
    })?;
    let head = p.words[at - 1];
    // (Without a name after the frame, `knowledge-frame` decides.)
    let named_after = (p.a + at + 1..p.b).any(|k| pass.is_person(k));
    (named_after && (lex.anon_nouns.contains(head) || lex.people_nouns.contains(&head)))
        .then_some((SourceKind::Anonymous, None))
}

/// `many experts, including the World Bank`, `campaigners such as Jane Doe`: a group with a
/// named member speaks through that member — a body or a person on the record.
fn named_member(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // `technology analysts, TDG Research`: a group and the body it is, apposed.
    if let Some(k) = (p.a + 1..p.b.saturating_sub(1)).find(|&k| pass.norm(k) == ",") {
        if let Some(e) = pass.entity_of(k + 1) {
            let ent = &pass.entities[e];
            let group = k > p.a && pass.norm(k - 1).ends_with('s') && people_noun(pass.norm(k - 1));
            if group
                && ent.tokens.start == k + 1
                && ent.tokens.end == p.b
                && ent.kind != EntityKind::Person
            {
                return Some((SourceKind::Organisation, None));
            }
        }
    }
    let at = p
        .words
        .iter()
        .position(|w| matches!(*w, "including" | "notably"))
        .or_else(|| {
            p.words
                .windows(2)
                .position(|w| w == ["such", "as"])
                .map(|i| i + 1)
        })?;
    (p.a + at + 1..p.b).find_map(|k| {
        let ent = &pass.entities[pass.entity_of(k)?];
        Some(match ent.kind {
            EntityKind::Person => (SourceKind::Named, Some(pass.full_name(ent))),
            _ => (SourceKind::Organisation, None),
        })
    })
}

/// Where the preposition stands that puts the name at `start` after the people it owns
/// (`Advisers to Mr. Rubio`, `a friend of the singer`, `a close associate of former Yukos boss
/// Mikhail Khodorkovsky`, `Allies of the chancellor, Priya Lal`), or the token before the name.
fn preposition_before_name(pass: &Pass<'_>, p: &Phrase<'_>, start: usize) -> usize {
    // (`one well-connected Democrat familiar with the Clinton campaign's organization`: an
    // article may stand between the preposition and the name.)
    let prep = if start >= p.a + 3 && pass.norm(start - 1) == "the" {
        start - 2
    } else if start >= p.a + 4 && pass.norm(start - 1) == "," {
        // (`Allies of the chancellor, Priya Lal,`: the name in apposition to the role after
        // the preposition, when plural people stand before it — `A lawyer for the victims,
        // Eduardo Contreras,` is the lawyer.)
        // (`Relatives of one of the victims, Tomasz Nowak,`: the preposition after the plural
        // people, past the others.)
        (start.saturating_sub(6).max(p.a + 1)..start - 1)
            .rev()
            .filter(|&k| matches!(pass.norm(k), "for" | "to" | "of" | "with"))
            .find(|&k| pass.norm(k - 1).ends_with('s'))
            .unwrap_or(start - 1)
    } else {
        start.saturating_sub(1)
    };
    // (`A close associate of former Yukos boss Mikhail Khodorkovsky`: the name's own
    // description may stand between the preposition and the name.)
    if matches!(pass.norm(prep), "for" | "to" | "of" | "with")
        || pass.doc.tokens()[prep].kind != TokenKind::Word
    {
        prep
    } else {
        (prep.saturating_sub(4).max(p.a + 1)..prep)
            .rev()
            .take_while(|&j| pass.doc.tokens()[j].kind == TokenKind::Word)
            .find(|&j| matches!(pass.norm(j), "for" | "to" | "of" | "with"))
            .unwrap_or(prep)
    }
}

/// A person named in the phrase; `Mr. Trump's comments` are his too, and `Powell's office`,
/// `Sanders' campaign` speak for him as a body (`Netanyahu's aides` stay unnamed: see
/// `possessive_person`).
fn person_named(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // `all unnamed "allies" of Mr Blair and Mr Brown`: people the phrase itself calls unnamed,
    // known only by whose they are (not `The unidentified woman's lawyer, Dolores Troiani`).
    let unnamed = p
        .words
        .iter()
        .position(|w| matches!(*w, "unnamed" | "unidentified" | "anonymous" | "nameless"));
    if let Some(u) = unnamed {
        let of = (p.a + u + 1..p.b).find(|&j| matches!(pass.norm(j), "of" | "to" | "for" | "with"));
        if of.is_some_and(|of| {
            (of + 1..p.b).any(|j| pass.is_person(j)) && !(p.a..of).any(|j| pass.is_person(j))
        }) {
            return Some((SourceKind::Anonymous, None));
        }
    }
    // `Some Clinton backers are concerned`: a quantified group whose owner is named is a
    // generalisation, for the group recognisers to read.
    let last = p.b - 1;
    if p.b > p.a + 2
        && GENERALISING.contains(&p.first())
        && !pass.is_person(last)
        && p.last().ends_with('s')
        && people_noun(p.last())
    {
        return None;
    }
    // `World Athletics president Sebastian Coe`: the name right after the title is who
    // speaks, whatever the body's name before the title reads as.
    let lex = lexicon();
    let titled = (p.a + 2..p.b).find(|&k| {
        let w = pass.norm(k - 1);
        (lex.titles.contains(w) || lex.role_nouns.contains(w))
            && pass.entity_of(k).is_some_and(|e| {
                pass.entities[e].kind == EntityKind::Person && pass.entities[e].tokens.start == k
            })
            && pass.entity_of(k - 2).is_some_and(|e| {
                pass.entities[e].kind == EntityKind::Person && pass.entities[e].tokens.start == p.a
            })
    });
    if let Some(k) = titled
        && let Some(e) = pass.entity_of(k)
    {
        return Some((SourceKind::Named, Some(pass.full_name(&pass.entities[e]))));
    }
    (p.a..p.b).find_map(|k| {
        let (ent, possessive) = person_at(pass, p, k)?;
        // `one former Podesta employee`, `a Clinton aide`: a name that only says whose people
        // they are, with no one named after it.
        let after = ent.tokens.end;
        let people_after = after < p.b
            && (after..p.b).any(|j| {
                let w = pass.norm(j);
                lexicon().anon_nouns.contains(w) || lexicon().people_nouns.contains(&w)
            })
            && !(after..p.b).any(|j| pass.is_person(j));
        // `Clinton aides`, `Sanders advisers`, `Lib Dem officials`: a name before plural people
        // says whose they are; the people are unnamed.
        // (`senior Clinton campaign officials this week detailed…`: plain modifiers before the
        // name, a time after the people.)
        let head = (after..p.b).rev().find(|&j| {
            let w = pass.norm(j);
            lexicon().anon_nouns.contains(w) || lexicon().people_nouns.contains(&w)
        });
        let plain_before = (p.a..ent.tokens.start).all(|j| {
            pass.entity_of(j).is_none()
                && pass.doc.tokens()[j].kind == TokenKind::Word
                && !matches!(pass.norm(j), "the" | "his" | "her" | "their" | "its" | "and")
                // (`At least four Democrat U.S. senators claim…: Sens. …`: a counted group is
                // named in what follows.)
                && !is_number_word(pass.norm(j))
        });
        let time_after = head.is_some_and(|h| {
            (h + 1..p.b).all(|j| {
                let w = pass.norm(j);
                matches!(
                    w,
                    "this" | "last" | "week" | "month" | "year" | "yesterday" | "today" | "on"
                ) || pass.month_or_day(j)
            })
        });
        let plural_people = people_after
            && plain_before
            && time_after
            && head.is_some_and(|h| {
                let w = pass.norm(h);
                h - after <= 2 && w.ends_with('s') && !lexicon().figure_nouns.contains(w)
            })
            && !(after..p.b).any(|j| matches!(pass.norm(j), "," | "and" | "or" | "&"));
        // `An aide to Mr. Smith`, `a lawyer for Ms Reyes`, `a friend of Mr. Blair`: someone
        // unnamed, known only by whose they are.
        let lex = lexicon();
        let start = ent.tokens.start;
        // (`Wendy Nanney (R), a leader of Cruz's coalition,`: an apposition to someone named;
        // `Elizabeth Arnold, 32, a former staff member for the Sanders campaign … who said`:
        // with an age between, and the one it describes is who speaks.)
        let aged = p.a >= 4
            && matches!(p.first(), "a" | "an" | "the")
            && pass.norm(p.a - 1) == ","
            && pass.doc.tokens()[p.a - 2].kind == TokenKind::Number
            && pass.norm(p.a - 3) == ","
            && pass.is_person(p.a - 4);
        if aged && let Some(e) = pass.entity_of(p.a - 4) {
            let ent = &pass.entities[e];
            return Some((SourceKind::Named, Some(pass.full_name(ent))));
        }
        let apposition = p.a >= 2
            && pass.norm(p.a - 1) == ","
            && (pass.norm(p.a - 2) == ")" || pass.is_person(p.a - 2));
        let people_word = |w: &str| {
            lex.anon_nouns.contains(w)
                || lex.people_nouns.contains(&w)
                || lex.person_nouns.contains(&w)
                || lex.role_nouns.contains(w)
        };
        let prep = preposition_before_name(pass, p, start);
        let counted = prep >= p.a + 2
            && matches!(
                p.first(),
                "a" | "an" | "one" | "another" | "two" | "three" | "several"
            )
            && (p.a..prep).any(|j| {
                let w = pass.norm(j);
                people_word(w) || super::entities::PARTY_MEMBERS.contains(&w)
            });
        // (`Advisers to Mr. Rubio`, `Senior aides to Mrs. Clinton`: plural people right before
        // the preposition, with plain words before them.)
        // (`Representatives for Vance`: the plural of a listed singular too.)
        let plural = prep > p.a && {
            let h = prep - 1;
            let w = pass.norm(h);
            w.ends_with('s')
                && (people_word(w) || plural_of_unnamed(w))
                && (p.a..h).all(|j| {
                    pass.entity_of(j).is_none() && pass.doc.tokens()[j].kind == TokenKind::Word
                })
        };
        let of_person = !apposition
            && prep > p.a
            // (`Several superdelegates supporting Sanders`: people described by whom they back.)
            && (matches!(pass.norm(prep), "for" | "to" | "of" | "with")
                || matches!(
                    pass.norm(prep),
                    "supporting" | "backing" | "opposing" | "close" | "loyal"
                ))
            && (counted || plural)
            && !(p.a..p.b).any(|j| pass.is_person(j) && !ent.tokens.contains(&j));
        if of_person {
            return Some((SourceKind::Anonymous, None));
        }
        if !possessive
            && people_after
            && (plural_people
                || matches!(
                    p.first(),
                    "a" | "an" | "one" | "another" | "two" | "three" | "several"
                ))
        {
            return Some((SourceKind::Anonymous, None));
        }
        if !possessive || lexicon().statement_nouns.contains(&p.last()) {
            Some((SourceKind::Named, Some(pass.full_name(ent))))
        } else if matches!(
            p.last(),
            "office" | "campaign" | "team" | "administration" | "camp"
        ) {
            Some((SourceKind::Organisation, None))
        } else {
            None
        }
    })
}

/// Does the phrase end with a role one person holds (`campaign manager`, `chief of staff`,
/// `lawyer`), not one of many (`aides`, `an adviser`, `a senior official`)?
fn unique_role(p: &Phrase<'_>) -> bool {
    let lex = lexicon();
    let last = p.last();
    // (`Gordon Brown's closest ally`, `his oldest friend`: a superlative picks out one person.)
    let n = p.words.len();
    let superlative = n >= 2
        && {
            let w = p.words[n - 2];
            w.len() > 5 && w.ends_with("est") && !matches!(w, "interest" | "protest" | "contest")
        }
        && (lex.anon_nouns.contains(last) || lex.person_nouns.contains(&last));
    (p.ends_with_phrase(&lex.role_nouns) || p.ends_with_phrase(&lex.titles) || superlative)
        && (!last.ends_with('s') || last.ends_with("ss"))
        && (!lex.shared_roles.contains(last) || superlative)
        && !matches!(p.first(), "a" | "an" | "one" | "another")
}

/// `She and her aides`, `Cruz and his advisers`, `Trump and his attorneys`: a named person
/// speaking with their people is on the record.
fn with_named(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    if p.a < 2 || pass.norm(p.a - 1) != "and" || !matches!(p.first(), "his" | "her" | "their") {
        return None;
    }
    let before = p.a - 2;
    let named = pass.is_person(before) || matches!(pass.norm(before), "he" | "she");
    named.then_some((SourceKind::Named, None))
}

/// `"…," Pal told reporters`: a singular noun for a person, capitalised inside a sentence with
/// no determiner before it and a lower-case word after it (not a title-case headline), is
/// someone's name (a robot's, a nickname), not an unnamed friend or witness.
fn bare_capitalised(pass: &Pass<'_>, p: &Phrase<'_>) -> bool {
    let tokens = pass.doc.tokens();
    let t = &tokens[p.a];
    p.b == p.a + 1
        && t.is_capitalised()
        && !t.is_sentence_start()
        && !t.is_all_caps()
        && tokens
            .get(p.b)
            .is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalised())
        && !pass.norm(p.a).ends_with('s')
}

/// `his lawyer`, `her agent`, `their campaign manager`: the one person who holds that role for
/// someone the story names speaks for them on the record — identified, not an anonymous source
/// (`his aides`, `her advisers` are several, and unnamed).
fn someones_role(_: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    if !matches!(p.first(), "his" | "her" | "their" | "its") {
        return None;
    }
    // (`its chief`, `its chief executive`: the one who holds the role at a body; `his former
    // chief economic adviser`: a past holder, and a chief among many advisers, is one too.)
    let held = p
        .words
        .iter()
        .filter(|w| {
            !matches!(
                **w,
                "former" | "then" | "longtime" | "long-time" | "one-time"
            )
        })
        .count();
    let chief = p.words.contains(&"chief") && lexicon().shared_roles.contains(p.last());
    (held <= 3 && unique_role(p) || held <= 4 && chief).then_some((SourceKind::Named, None))
}

/// `the 46-year-old`, `the woman`, `his wife`: a definite description of someone already
/// named; `a woman in the crowd` is unnamed.
fn person_described(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let aged = age_description(&p.words);
    // (`A woman at the bus stop`, `one man outside a grocery store`: the person before where
    // they were; an indefinite opening only, so `the head of the agency` stays a role.)
    let placed_head = matches!(p.first(), "a" | "an" | "one" | "another")
        .then(|| {
            p.words.iter().position(|w| {
                matches!(
                    *w,
                    "at" | "in" | "outside" | "inside" | "near" | "on" | "from" | "by" | "behind"
                )
            })
        })
        .flatten()
        .filter(|&k| k >= 2)
        .map(|k| p.words[k - 1]);
    // (`The man who found the body`: the person a restrictive clause describes; `A woman whose
    // husband was trapped` too.)
    let described_by_clause = p
        .words
        .iter()
        .position(|w| matches!(*w, "who" | "that" | "whose"))
        // (Not a clause the cue itself is in: `The man who said he got the film made has
        // been shut out` describes him, no source.)
        .filter(|&k| {
            k >= 2 && k + 1 < p.words.len() && matches!(p.first(), "the" | "a" | "an" | "one")
        })
        .is_some_and(|k| lexicon().person_nouns.contains(&p.words[k - 1]));
    let described = aged
        || lexicon().person_nouns.contains(&p.last())
        || placed_head.is_some_and(|h| lexicon().person_nouns.contains(&h))
        || described_by_clause;
    if !described || (p.a..p.b).any(|k| pass.entity_of(k).is_some()) || bare_capitalised(pass, p) {
        return None;
    }
    if matches!(p.first(), "his" | "her" | "their") && p.words.len() == 2 {
        return Some((SourceKind::Named, None));
    }
    // `Trump's son`, `Obama's wife`: one named person's relative is as identifiable as `his
    // wife`.
    let kin = matches!(
        p.last(),
        "son"
            | "daughter"
            | "wife"
            | "husband"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "widow"
            | "widower"
    );
    if kin
        && p.words.len() == 2
        && pass.doc.tokens()[p.a].is_capitalised()
        && (p.first().ends_with("'s") || p.first().ends_with("’s"))
    {
        return Some((SourceKind::Named, None));
    }
    // (A restrictive clause brings the person in: no one named before is meant.)
    if described_by_clause {
        return Some((SourceKind::Anonymous, None));
    }
    if p.first() == "the" {
        // (`A witness said… The witness said`: the one brought in unnamed.)
        if introduced_unnamed(pass, p.a, p.last()) {
            return Some((SourceKind::Anonymous, None));
        }
        // (`The club's owner said`: the holder of a role of something named or described, not
        // the person named last — `Det Insp Mark Bellamy said… The club's owner said` was
        // Bellamy.)
        if p.words[1..]
            .iter()
            .any(|w| w.ends_with("'s") || w.ends_with("’s"))
        {
            return Some((SourceKind::Named, None));
        }
        if let Some(name) = pass.last_person_before(p.a) {
            return Some((SourceKind::Named, Some(name)));
        }
        // `The 21-year-old told a news conference`: someone the story has identified, even if
        // the name was not recognised.
        if aged {
            return Some((SourceKind::Named, None));
        }
    }
    Some((SourceKind::Anonymous, None))
}

/// `The official said` after `Mark Toner, a State Department official, …`, `the Democratic
/// front-runner said` after `Hillary Clinton…`: a definite description of one person, when
/// someone was named in the sentences before and nobody was brought in by that description
/// unnamed (`a senior official … The official said` stays anonymous). The guideline: a
/// back-reference is an anonymous source only when the context shows the person was never
/// named.
fn definite_reference(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let head = p.last();
    let singular = !head.ends_with('s') || head.ends_with("ss");
    let person_head = lex.anon_nouns.contains(head)
        || lex.person_nouns.contains(head)
        || lex.role_nouns.contains(head)
        || lex.titles.contains(head)
        || lex.official_source_nouns.contains(head)
        || head.ends_with("-runner")
        || ["ist", "ian"].iter().any(|end| head.ends_with(end));
    let tokens = pass.doc.tokens();
    // (`the source`, `the insider`: by what they are called, someone never named.)
    if p.first() != "the"
        || matches!(head, "source" | "insider" | "informant" | "whistleblower")
        || !(2..=5).contains(&p.words.len())
        || !singular
        || !person_head
        || (p.a..p.b).any(|k| {
            pass.entity_of(k).is_some()
                || tokens[k].kind != TokenKind::Word && !pass.between_adjectives(k, p.b)
        })
        || lex.document_nouns.contains(head)
        || lex.outlet_type_nouns.contains(head)
        || lex.body_nouns.contains(head)
        // (`a White House official who spoke anonymously… The aide declined`: the last to
        // speak was one unnamed person, and nobody has been named since.)
        || pass.anonymous_speaker_before(p.a)
    {
        return None;
    }
    (refers_to_named(pass, p.a, head)).then(|| (SourceKind::Named, pass.last_person_before(p.a)))
}

/// Does a definite `the <head>` at `a` refer back to someone named? A person is named in its
/// sentence or the three before, and `head` did not bring in someone unnamed (`a senior
/// official … the official`, `three officials … the three officials`), perhaps paragraphs
/// before: at most a few hundred tokens are looked at. (`Mark Toner, a State Department
/// official,`: an apposition to a name introduces nobody.)
fn refers_to_named(pass: &Pass<'_>, a: usize, head: &str) -> bool {
    let tokens = pass.doc.tokens();
    let sentence = tokens[a].sentence.index();
    let from = pass.doc.sentences()[sentence.saturating_sub(3)]
        .tokens
        .start;
    pass.person_named_in(from, a, None) && !introduced_unnamed(pass, a, head)
}

/// Did `head` bring in someone unnamed before `a` (`a senior official … the official`, `A
/// witness said… The witness said`), perhaps paragraphs before? At most a few hundred tokens
/// are looked at; an apposition to a name introduces nobody (`Mark Toner, a State Department
/// official,`, `A nurse, Jane Doe,`).
pub(super) fn introduced_unnamed(pass: &Pass<'_>, a: usize, head: &str) -> bool {
    let tokens = pass.doc.tokens();
    let apposed = |j: usize| j >= 2 && pass.norm(j - 1) == "," && pass.is_person(j - 2);
    let unnamed_marker = |j: usize| {
        let w = pass.norm(j);
        (matches!(
            w,
            "a" | "an" | "one" | "another" | "some" | "several" | "many"
        ) || is_number_word(w)
            || tokens[j].kind == TokenKind::Number)
            && !apposed(j)
    };
    // (`an Austrian doctor … the 27-year-old Austrian`: a modifier of another person brings
    // in no Austrian.)
    let modifier = |k: usize| k + 1 < a && people_noun(pass.norm(k + 1));
    // (`A nurse, Jane Doe, said`: named right after, in apposition.)
    let named_after = |k: usize| k + 2 < a && pass.norm(k + 1) == "," && pass.is_person(k + 2);
    // (`her representative confirmed… the rep said`, `his aide… the aide`: someone's
    // spokesperson or aide, unnamed, is brought in by the possessive too.)
    let anon_head = lexicon().anon_nouns.contains(head) || head == "rep";
    let owned = |j: usize| anon_head && matches!(pass.norm(j), "his" | "her" | "their" | "its");
    (a.saturating_sub(600)..a).any(|k| {
        same_head(pass.norm(k), head)
            && (k.saturating_sub(4)..k).any(|j| unnamed_marker(j) || owned(j))
            && !modifier(k)
            && !named_after(k)
    })
}

/// Is `word` the head `head` again, written out or shortened (`representative` … `the rep`)?
fn same_head(word: &str, head: &str) -> bool {
    word == head
        || matches!(
            (word, head),
            ("representative", "rep") | ("representatives", "reps")
        )
}

/// Is `the <head>` the last speaker again — someone `head` brought in unnamed, nobody named
/// since (`A nurse said… The nurse said`)? (The last source is asked first: it is the cheaper
/// question.)
fn unnamed_speaker_again(pass: &Pass<'_>, p: &Phrase<'_>) -> bool {
    pass.anonymous_speaker_before(p.a) && introduced_unnamed(pass, p.a, p.last())
}

/// `The board of directors`, `the council of ministers`: the body speaks, not its members.
fn body_of(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let w = &p.words;
    (w.len() >= 3
        && w[0] == "the"
        && lexicon().body_nouns.contains(&w[1])
        && w[2] == "of"
        && !(p.a..p.b).any(|k| pass.is_person(k)))
    .then_some((SourceKind::Organisation, None))
}

/// `District Attorney Bruce L Castor Jr`: a title or role followed by capitalised words the
/// entity pass did not take as a name is still a named person.
fn titled_name(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let tokens = pass.doc.tokens();
    // (`Band member Flea`: one capitalised word closing the phrase after a role.)
    let one_name = |k: usize| {
        k + 2 == p.b
            && tokens[k + 1].is_capitalised()
            && tokens[k + 1].kind == TokenKind::Word
            && !tokens[k + 1].is_sentence_start()
            && !lex
                .stopwords_cap
                .contains(pass.doc.text(tokens[k + 1].span()))
            && !pass.month_or_day(k + 1)
            // (`A rebel MP`: a title, no name.)
            && !lex.titles.contains(pass.norm(k + 1))
    };
    // (`Chancellor Gordon Brown's closest ally`, `Senator Ted Cruz's aides`: a titled name
    // owning the head names whose they are, not who; the recognisers of possessives decide.)
    // (Only a common noun as the head: `Yukos' owner Menatep Group` is the group, named.)
    let owned = !tokens[p.b - 1].is_capitalised()
        && (p.a..p.b.saturating_sub(1)).any(|k| {
            let w = pass.norm(k);
            tokens[k].is_capitalised() && (w.ends_with("'s") || w.ends_with("’s"))
                || w == "'" && k > p.a && tokens[k - 1].is_capitalised()
        });
    if owned {
        return None;
    }
    (p.a..p.b)
        .any(|k| {
            let w = pass.norm(k);
            let role = lex.titles.contains(w) || lex.role_nouns.contains(w);
            (role || lex.anon_nouns.contains(w)) && one_name(k)
                || role
                    && k + 2 < p.b
                    && (k + 1..p.b).take(2).all(|j| {
                        tokens[j].is_capitalised()
                            && !lex.stopwords_cap.contains(pass.doc.text(tokens[j].span()))
                    })
        })
        .then_some((SourceKind::Named, None))
}

/// `Sanders, a Vermont senator`, `Okafor, 52, the lead author`: capitalised words the entity
/// pass did not take as a name, then an apposition describing a person — a named person.
fn apposed_name(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let tokens = pass.doc.tokens();
    let comma = p.words.iter().position(|w| *w == ",")?;
    let after = *p.words.get(comma + 1)?;
    let known = |w: &str| {
        lex.anon_nouns.contains(w)
            || lex.people_nouns.contains(&w)
            || lex.weasel_groups.contains(w)
            || lex.body_nouns.contains(&w)
            || lex.report_nouns.contains(&w)
            || lex.document_nouns.contains(w)
            || lex.role_nouns.contains(w)
            || lex.titles.contains(w)
            || PERSON_PRONOUNS.contains(&w)
            || GROUP_PRONOUNS.contains(&w)
    };
    // A capitalised word that may be part of a person's name.
    let name_word = |k: usize| {
        pass.name_word(k)
            && !known(pass.norm(k))
            && pass
                .entity_of(k)
                .is_none_or(|e| pass.entities[e].kind == EntityKind::Person)
    };
    let name = (1..=4).contains(&comma) && (p.a..p.a + comma).all(name_word);
    let describes = matches!(after, "a" | "an" | "the" | "who")
        || tokens[p.a + comma + 1].kind == TokenKind::Number
        || lex.role_nouns.contains(after)
        || lex.titles.contains(after);
    // (`Mr Begg's father, Azmat, said`: a relative, then their given name.)
    let kin_named = p.b <= p.a + comma + 3
        && p.a + comma + 1 < p.b
        && lex
            .kin_nouns
            .contains(&p.words[comma - usize::from(comma > 0)])
        && (p.a + comma + 1..p.b).all(name_word);
    (name && describes || kin_named).then_some((SourceKind::Named, None))
}

/// `The National Union of Students argued`: a phrase that opens with a body's name is the body.
fn body_name(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let at = if p.first() == "the" && p.b > p.a + 1 {
        p.a + 1
    } else {
        p.a
    };
    let e = &pass.entities[pass.entity_of(at)?];
    // `Democratic Party officials`, `Pentagon aides`: the unnamed people of the body who speak
    // for it off the record (its `leaders`, `members` or `lawyers` act in public).
    if e.tokens.end < p.b
        && matches!(
            p.last(),
            "official"
                | "officials"
                | "aide"
                | "aides"
                | "source"
                | "sources"
                | "staffers"
                | "insiders"
                | "adviser"
                | "advisers"
                | "advisor"
                | "advisors"
                | "employees"
                | "staff"
        )
    {
        return None;
    }
    (matches!(e.kind, EntityKind::Organisation | EntityKind::Outlet)
        && e.tokens.end >= p.b.min(at + 2)
        && !pass.norm(e.tokens.end - 1).ends_with("'s"))
    .then_some((SourceKind::Organisation, None))
}

/// `the prime minister`, `the work and pensions minister`, `Amnesty International's chief`,
/// `Scotland's justice minister`: one identifiable office-holder, not an anonymous source (a
/// person's `agent` or `aides` stay unnamed).
fn office_holder(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let tokens = pass.doc.tokens();
    // `The Brennan Center for Justice`, `The New Hampshire Union Leader`: a body's name that
    // ends with a title word is the body.
    let body_named = pass.entity_of(p.b - 1).is_some_and(|e| {
        matches!(
            pass.entities[e].kind,
            EntityKind::Organisation | EntityKind::Outlet
        )
    });
    let role_at_end = matches!(
        p.last(),
        "chief" | "head" | "boss" | "leader" | "chairman" | "chairwoman" | "director"
    ) || (p.ends_with_phrase(&lex.role_nouns) || p.ends_with_phrase(&lex.titles))
        && !matches!(
            p.last(),
            "official"
                | "officials"
                | "source"
                | "sources"
                | "aide"
                | "aides"
                // (A race has many: `the front-runner` refers back to someone named.)
                | "candidate"
                | "nominee"
                | "front-runner"
                | "frontrunner"
                | "challenger"
        );
    let org_possessive = (p.a..p.b).any(|k| {
        let body = pass.entity_of(k).map_or(tokens[k].is_capitalised(), |e| {
            pass.entities[e].kind != EntityKind::Person
        });
        body && (pass.norm(k).ends_with("'s") || pass.norm(k).ends_with("’s"))
    });
    let plural_people = p
        .words
        .iter()
        .any(|w| w.ends_with('s') && lex.people_nouns.contains(w));
    let plural = p.last().ends_with('s') && !p.last().ends_with("ss");
    // `Sanders’ campaign manager`, `Trump's lawyer`: a person's one office-holder.
    let person_possessive = (p.a..p.b).any(|k| {
        tokens[k].is_capitalised()
            && (pass.norm(k).ends_with("'s") || k + 1 < p.b && pass.norm(k + 1) == "'")
    }) && unique_role(p);
    // `the chairman of the Police Federation`, `the former chief financial officer at
    // WorldCom`: the office of a body.
    let from = if matches!(
        p.words.get(1).copied(),
        Some("former" | "acting" | "interim" | "outgoing" | "incoming" | "then" | "current")
    ) {
        2
    } else {
        1
    };
    let office_of = p.first() == "the"
        && (from + 1..p.words.len().min(from + 5)).any(|k| {
            matches!(p.words[k], "of" | "at")
                && (lex.role_nouns.longest(&p.words[from..k]) == Some(k - from)
                    || lex.titles.longest(&p.words[from..k]) == Some(k - from))
                && !matches!(p.words[k - 1], "official" | "officials" | "aide" | "aides")
        });
    // `A diplomat said… The diplomat added`: a role many hold is no office; whether `the`
    // refers back to someone named is the definite reference's question. So is the role the
    // last speaker, unnamed, was brought in by (`A police officer at the scene said… The
    // officer said`).
    // (A spokesman speaks for the body the story is about; `the delegate and activist` is two
    // descriptions of one person; `the RNC member` has a body: these stay offices.)
    if p.first() == "the"
        && !office_of
        && !org_possessive
        && !person_possessive
        && (lex.shared_roles.contains(p.last()) || unnamed_speaker_again(pass, p))
        && !matches!(
            p.last(),
            "spokesman" | "spokeswoman" | "spokesperson" | "representative"
        )
        && !p.words.contains(&"and")
        && (p.a..p.b)
            .all(|k| pass.entity_of(k).is_none() && !tokens[k].is_capitalised() || k == p.a)
    {
        return None;
    }
    if office_of && !plural_people {
        // `the chief executive of a leading European car maker`: the office of a body nobody
        // names is no one the reader can identify.
        let of = p
            .words
            .iter()
            .position(|w| matches!(*w, "of" | "at"))
            .unwrap_or(0);
        let unnamed_body = matches!(
            p.words.get(of + 1).copied(),
            Some("a" | "an" | "one" | "another" | "some")
        ) && !(p.a + of + 1..p.b).any(|k| pass.entity_of(k).is_some());
        if unnamed_body {
            return Some((SourceKind::Anonymous, None));
        }
        return Some((SourceKind::Named, None));
    }
    // (`Gordon Brown's closest ally`: a superlative makes one person's one office-holder too.)
    ((role_at_end || person_possessive)
        && !body_named
        && (p.first() == "the" || org_possessive || person_possessive)
        && !plural_people
        && !plural)
        .then_some((SourceKind::Named, None))
}

/// `he`, `she`: the person named last before (`Unresolved` when nobody is).
/// A pronoun without the auxiliary joined to it (`he's` → `he`, `they've` → `they`).
pub(super) fn bare_pronoun(word: &str) -> &str {
    ["'s", "’s", "'ve", "’ve"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word)
}

fn person_pronoun(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let first = bare_pronoun(p.first());
    if p.words.len() != 1 || !PERSON_PRONOUNS.contains(&first) {
        return None;
    }
    // `A senior official said… “…,” he said`: the pronoun stands for the unnamed person who
    // spoke last, when nobody has been named since.
    let he_or_she = matches!(first, "he" | "she");
    if he_or_she && pass.anonymous_antecedent(p.a) {
        return Some((SourceKind::Anonymous, None));
    }
    // (`"…," he said` after a named speaker: that speaker goes on.)
    let lo = pass.doc.sentences()[pass.doc.tokens()[p.a].sentence.index()]
        .tokens
        .start;
    let after_quotation = he_or_she && pass.after_quotation(p.a, lo);
    Some(
        match after_quotation
            .then(|| pass.last_speaker_before(p.a))
            .flatten()
            .or_else(|| he_or_she.then(|| pass.subject_person_before(p.a)).flatten())
            .or_else(|| pass.last_person_before(p.a))
        {
            Some(name) => (SourceKind::Named, Some(name)),
            None => (SourceKind::Unresolved, None),
        },
    )
}

/// Attributions a group pronoun looks back over for whom it stands for, at most.
const PRONOUN_LOOKBACK: usize = 32;

/// `they`, `we`, `it` refer back to the last group or body that spoke, nearby; `it` is a body
/// or a document, never a person or an unnamed group.
fn group_pronoun(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let first = bare_pronoun(p.first());
    if p.words.len() != 1 || !(GROUP_PRONOUNS.contains(&first) || first == "it") {
        return None;
    }
    // `We understand United are also interested`, `we have learned`, `we can reveal`: the
    // newsroom telling what it knows (`newsroom-has-learned`'s), not the last speaker. (Other
    // `we`s outside quotation marks are often a speaker's words run on without them.)
    if first == "we"
        && !pass.doc.tokens()[p.a].in_quote()
        && (p.b..(p.b + 3).min(pass.doc.tokens().len())).any(|k| {
            matches!(
                pass.norm(k),
                "understand" | "learned" | "learnt" | "reveal" | "revealed"
            )
        })
    {
        return Some((SourceKind::Unresolved, None));
    }
    // (`they were both insisting`, `they have both said`: two people, whom the pronoun search
    // would take for the last group — `Few in Westminster` — and not a pair; left unresolved.)
    let n = pass.doc.tokens().len();
    let word = |k: usize| if k < n { pass.norm(k) } else { "" };
    if first == "they"
        && (word(p.b) == "both"
            || matches!(
                word(p.b),
                "were" | "are" | "have" | "had" | "will" | "would"
            ) && word(p.b + 1) == "both")
    {
        return Some((SourceKind::Unresolved, None));
    }
    let sentence = pass.doc.tokens()[p.a].sentence.index();
    if first == "they"
        && let Some(verdict) = group_earlier_in_sentence(pass, p.a, sentence)
    {
        return Some(verdict);
    }
    let group = pass
        .out
        .iter()
        .rev()
        .take_while(|prev| prev.sentence.index() + 2 >= sentence)
        // (The nearest few: a run-on sentence of attributions stays linear.)
        .take(PRONOUN_LOOKBACK)
        // (Not a source the writer called `it`: `People who have seen the report said it
        // criticises the agency. They said…` are the people, not the report.)
        .filter(|prev| {
            first == "it"
                || !prev.source.is_some_and(|s| {
                    let (a, b) = pass.tokens_of(s);
                    b == a + 1 && pass.norm(a) == "it"
                })
        })
        .find(|prev| {
            if first == "it" {
                matches!(prev.kind, SourceKind::Organisation | SourceKind::Document)
            } else if prev.kind == SourceKind::Unresolved {
                // (`The airlines want a cheaper runway. They have said…`: a plural noun the
                // analysis could not place is still who `they` are — not a group further back.)
                // (Nor past a name the analysis could not place: `Cosla says… They say…` — in
                // British copy a body is `they`.)
                prev.source.is_some_and(|s| {
                    let (first, end) = pass.tokens_of(s);
                    let last = end - 1;
                    let plural_noun =
                        !pass.doc.tokens()[last].is_capitalised() && pass.norm(last).ends_with('s');
                    let name = end == first + 1
                        && pass.name_word(first)
                        && !PERSON_PRONOUNS.contains(&pass.norm(first))
                        && !pass.norm(first).ends_with("ing");
                    plural_noun || name
                })
            } else {
                !matches!(prev.kind, SourceKind::Report | SourceKind::Document)
            }
        });
    // `Mexican officials conducted polling… The outreach, they said, raised…`: a group that
    // opened one of the sentences before is who `they` are, when no group spoke since.
    if first == "they"
        && group.is_none_or(|prev| prev.sentence.index() + 1 < sentence)
        && let Some(verdict) = group_subject_before(pass, p.a, sentence)
    {
        return Some(verdict);
    }
    // `IBM issued a statement. It said…`: `it` is the body named last, nearby.
    let group_kind = group.map(|prev| prev.kind);
    if group_kind.is_none() && first == "it" {
        if let Some(body) = pass.entities[..pass.entities.partition_point(|e| e.tokens.start < p.a)]
            .iter()
            .rev()
            .take_while(|e| pass.doc.tokens()[e.tokens.start].sentence.index() + 1 >= sentence)
            .take(PRONOUN_LOOKBACK)
            .find(|e| e.kind == EntityKind::Organisation)
        {
            return Some((SourceKind::Organisation, Some(pass.doc.prose(body.span))));
        }
    }
    Some(match group {
        Some(prev) => {
            let refers_to = prev
                .speaker
                .clone()
                .or_else(|| prev.source.map(|s| pass.doc.prose(s)));
            (prev.kind, refers_to)
        }
        None => (SourceKind::Unresolved, None),
    })
}

/// Common irregular past forms a group subject's verb may take (`spent`, `met`).
const IRREGULAR_PAST: &[&str] = &[
    "spent", "met", "made", "took", "went", "gave", "held", "sent", "kept", "saw", "began",
    "thought", "felt", "told", "said", "left", "brought", "sought", "won", "lost", "got",
];

/// How far into a sentence the comma closing a fronted clause is looked for, at most.
const FRONTED_WORDS: usize = 25;

/// Words a group subject may have before its noun, at most (`Disconsolate Republican
/// operatives`).
const SUBJECT_WORDS: usize = 5;

/// Tokens before a `they` in its own sentence read for a group of the sentence's own, at most.
const THEY_WINDOW: usize = 40;

/// Sentences back a `they` looks for the group that opened one, at most.
const SUBJECT_LOOKBACK: usize = 3;

/// Verbs in the present that pin a view on a group as a whole (`they say`, `they insist`).
const PRESENT_VIEWS: &[&str] = &[
    "say", "argue", "claim", "insist", "contend", "maintain", "believe", "fear", "worry", "warn",
    "note", "think", "suggest", "complain", "allege",
];

/// `Disconsolate Republican operatives spent the weekend in dismay. … they privately doubted`,
/// `Yet Republicans have already spent time on Benghazi… They say Clinton advocated…`: with no
/// group speaking nearby, the group that opened one of the sentences before — the nearest such
/// subject, past sentences that open with `they` — is whom `they` stands for, when nothing
/// before `they` in its own sentence is another group. An unnamed group is anonymous; a vague
/// one only for a view held in the present (`they say`), a group's generalisation as its own
/// `Democrats insist…` would be; named groups and bodies are left to the speakers before.
fn group_subject_before(pass: &Pass<'_>, at: usize, sentence: usize) -> Option<Verdict> {
    let sentences = pass.doc.sentences();
    let own = sentences[sentence].tokens.start;
    let tokens = pass.doc.tokens();
    let party = |w: &str| super::PARTY_MEMBERS.contains(&w);
    let plural_people = |k: usize| {
        let w = pass.norm(k);
        w.ends_with('s')
            && !w.ends_with("ss")
            && (!tokens[k].is_capitalised() || tokens[k].is_sentence_start())
            && people_noun(w)
            || party(w)
    };
    // (A `They` opening its own sentence continues the chain: `They are also focused on…,
    // which they say…`; after a connective or a fronted phrase too, `On Monday, they are…`.)
    let own_end = sentences[sentence].tokens.end;
    let own_subject = subject_start(pass, own, own_end)
        .filter(|&k| pass.norm(k) == "they")
        .map_or(own, |k| k + 1);
    // (Not a group inside a phrase: `the drawdown of troops`. A quantifier standing for people
    // is a group of the sentence's own: `In interviews, several threatened… that they say…`.
    // The last `THEY_WINDOW` tokens only, so a run-on sentence of pronouns stays linear.)
    let from = own_subject.max(at.saturating_sub(THEY_WINDOW));
    if (from..at).any(|k| {
        plural_people(k) && !(k > own && pass.norm(k - 1) == "of")
            || matches!(
                pass.norm(k),
                "they" | "several" | "some" | "many" | "most" | "others"
            )
    }) {
        return None;
    }
    let present = (at + 1..(at + 3).min(sentences[sentence].tokens.end))
        .find(|&k| !pass.passing_adverb(k))
        .is_some_and(|k| PRESENT_VIEWS.contains(&pass.norm(k)));
    for back in 1..=SUBJECT_LOOKBACK {
        let prev = &sentences[sentence.checked_sub(back)?].tokens;
        // (A sentence with no group for its subject is passed over: `For instance: That
        // Clinton also misjudged…`; `they` stands for no one person.)
        let Some(start) = subject_start(pass, prev.start, prev.end) else {
            continue;
        };
        if pass.norm(start) == "they" {
            continue;
        }
        // `BAA are also owners of the airports. They have said…`: a body the sentence just
        // before opens with, taking a plural verb as British copy does, is whom `they` stands
        // for — not a group that spoke before it.
        if back == 1
            && let Some(verdict) = plural_body_subject(pass, start, prev.end)
        {
            return Some(verdict);
        }
        let Some(k) = (start..prev.end.min(start + SUBJECT_WORDS + 1)).find(|&k| plural_people(k))
        else {
            continue;
        };
        let next = k + 1;
        if !plain_subject(pass, start, k) || !verb_follows(pass, next, prev.end) {
            return None;
        }
        let (kind, _) = pass.classify(start, next);
        let accepted = kind == SourceKind::Anonymous || kind == SourceKind::Vague && present;
        return accepted.then(|| {
            let span = tokens[start].span().cover(tokens[k].span());
            (kind, Some(pass.doc.prose(span)))
        });
    }
    None
}

/// A body's name opening `start..hi` (up to four capitalised words) and a plural `be` or
/// `have` right after it: the body, as who `they` stands for.
fn plural_body_subject(pass: &Pass<'_>, start: usize, hi: usize) -> Option<Verdict> {
    let tokens = pass.doc.tokens();
    let end = (start..hi.min(start + 4))
        .find(|&k| !tokens[k].is_capitalised() || tokens[k].kind != crate::TokenKind::Word)?;
    if end == start || !matches!(pass.norm(end), "are" | "were" | "have") {
        return None;
    }
    let (kind, _) = pass.classify(start, end);
    (kind == SourceKind::Organisation).then(|| {
        let span = tokens[start].span().cover(tokens[end - 1].span());
        (kind, Some(pass.doc.prose(span)))
    })
}

/// Where the subject of the sentence `lo..hi` begins: past a connective (`Yet`, `But`) and a
/// fronted phrase or clause closed by a comma (`As Trump's stature grew…, Mexican officials…`),
/// by the words `^` steps over in rules ([`crate::clause`]) — a fronted clause here may run longer
/// than the phrases `^` allows.
fn subject_start(pass: &Pass<'_>, lo: usize, hi: usize) -> Option<usize> {
    let mut start = lo;
    if crate::clause::CONNECTIVES.contains(&pass.norm(start)) {
        start += 1;
        if start < hi && pass.norm(start) == "," {
            start += 1;
        }
    }
    if start < hi && crate::clause::fronting(pass.norm(start)) {
        start = (start..hi.min(start + FRONTED_WORDS)).find(|&k| pass.norm(k) == ",")? + 1;
    }
    (start < hi).then_some(start)
}

/// Are the words `start..k` before a group's noun adjectives and names only (no determiner)?
fn plain_subject(pass: &Pass<'_>, start: usize, k: usize) -> bool {
    (start..k).all(|j| {
        let w = pass.norm(j);
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            && !DETERMINERS.contains(&w)
    })
}

/// Does a verb-like word stand at `next` (before `hi`) — not `of`, `and`, a preposition or a
/// capitalised word?
fn verb_follows(pass: &Pass<'_>, next: usize, hi: usize) -> bool {
    let tokens = pass.doc.tokens();
    next < hi && {
        let w = pass.norm(next);
        !tokens[next].is_capitalised()
            && w.chars().all(char::is_alphabetic)
            && !matches!(
                w,
                "of" | "and" | "or" | "who" | "in" | "at" | "from" | "for" | "with"
            )
            && (super::verb_shaped(w)
                || pass.has_verb(next, next + 1)
                || lexicon().speech_verbs.contains(w)
                || IRREGULAR_PAST.contains(&w))
    }
}

/// How far back in its sentence `they` looks for the people it stands for.
const THEY_LOOKBACK: usize = 12;

/// `That frustrates many analysts because they believe…`: people named earlier in the
/// sentence with a vague quantifier (after its last speaker, if any: `Officials said they…`
/// is theirs) are who `they` are — not the speakers of an earlier sentence.
fn group_earlier_in_sentence(pass: &Pass<'_>, at: usize, sentence: usize) -> Option<Verdict> {
    let lo = pass.doc.sentences()[sentence].tokens.start;
    let after_speaker = pass
        .out
        .last()
        .filter(|a| a.sentence.index() == sentence)
        .map_or(lo, |a| pass.tokens_of(a.cue).1);
    let from = after_speaker.max(at.saturating_sub(THEY_LOOKBACK)).max(lo);
    let k = (from..at).rev().find(|&k| {
        let w = pass.norm(k);
        w.ends_with('s') && !pass.doc.tokens()[k].is_capitalised() && people_noun(w)
    })?;
    // (Only a quantified group, `many analysts`: `asking employees questions to see how they
    // responded` is no view; and a `they` between them is whom this one continues.)
    let (a, b) = pass.np_before(k + 1, lo)?;
    let a = (a..k).find(|&j| {
        matches!(
            pass.norm(j),
            "many" | "some" | "most" | "few" | "several" | "numerous"
        )
    })?;
    if (b..at).any(|j| pass.norm(j) == "they") {
        return None;
    }
    let (kind, speaker) = pass.classify(a, b);
    let tokens = pass.doc.tokens();
    let words = pass.doc.prose(crate::span::Span::new(
        tokens[a].span().start,
        tokens[b - 1].span().end,
    ));
    (kind != SourceKind::Unresolved).then(|| (kind, speaker.or(Some(words))))
}

/// `the Florida senator and Republican presidential candidate said` after `Marco Rubio…`: one
/// person described twice, the second description without its own determiner, is whoever the
/// first one is — when the first is someone named.
fn described_twice(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    if p.first() != "the" || p.words.contains(&",") {
        return None;
    }
    let k = p.words.iter().position(|w| *w == "and")?;
    let second = p.words.get(k + 1)?;
    if k < 2 || DETERMINERS.contains(second) || p.last().ends_with('s') {
        return None;
    }
    let (kind, speaker) = pass.classify(p.a, p.a + k);
    (kind == SourceKind::Named).then_some((kind, speaker))
}

/// `Ministers deny…`, `Scottish ministers insist`, `G20 finance ministers said`, `finance
/// ministers of the 12 eurozone countries voiced…`: a government, or a bloc's governments,
/// speaking as a body. Not `senior ministers` or `two ministers` (some of them, unnamed), nor
/// `church ministers` (clergy).
fn ministers(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let head = p.words.iter().position(|&w| w == "ministers")?;
    let lex = lexicon();
    let governmental = |i: usize| {
        let text = pass.doc.text(pass.doc.tokens()[p.a + i].span());
        lex.government_modifiers.contains(p.words[i])
            || lex.countries.contains(text)
            || lex.nationalities.contains(text)
            || lex.known_orgs.contains(text)
            // `G7`, `G20`
            || text.strip_prefix('G').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let before = (0..head).all(|i| governmental(i) || i == 0 && p.words[0] == "the");
    let after = head + 1 == p.words.len()
        || matches!(p.words[head + 1], "of" | "from")
            && (head + 2..p.words.len()).any(|i| {
                governmental(i)
                    || matches!(
                        p.words[i],
                        "countries" | "nations" | "states" | "governments"
                    )
            });
    if !(before && after) {
        return None;
    }
    // (`Privately ministers believe…`, `Ministers privately concede…`: ministers off the
    // record are unnamed people, not the government on it.)
    let privately = |k: usize| k < pass.doc.tokens().len() && pass.norm(k) == "privately";
    let off_record = p.a >= 1 && privately(p.a - 1)
        || p.a >= 2 && pass.norm(p.a - 1) == "," && privately(p.a - 2)
        || privately(p.b);
    Some(if off_record {
        (SourceKind::Anonymous, None)
    } else {
        (SourceKind::Organisation, None)
    })
}

/// `media buying sources`, `press sources`: people the outlet spoke to, unnamed.
fn compound_sources(_: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // (Counted news media are for `report-noun` and `outlet-noun`.)
    (p.words.len() > 1 && matches!(p.last(), "sources" | "source") && !counted_news_media(p))
        .then_some((SourceKind::Anonymous, None))
}

/// `different media sources`, `several news sources`: news media counted, which report; not
/// `media buying sources`, people in an industry.
fn counted_news_media(p: &Phrase<'_>) -> bool {
    matches!(
        p.words.as_slice(),
        [
            "different" | "various" | "several" | "multiple" | "numerous",
            "media" | "news",
            "sources"
        ]
    )
}

/// `reports`, `local media`: unnamed reports — or a named outlet's, which is the outlet.
fn report_noun(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    // `according to one account`: somebody's account, not said whose.
    if matches!(
        p.words.as_slice(),
        ["one" | "another" | "an" | "a", .., "account"]
    ) && !(p.a..p.b).any(|k| pass.entity_of(k).is_some())
    {
        return Some((SourceKind::Report, None));
    }
    // `Cable news reported`, `network news said`: the news of a kind of broadcaster, with no
    // outlet named, is unnamed media (`Fox News` is an outlet, named before it gets here).
    if matches!(
        p.words.as_slice(),
        [
            "cable" | "network" | "broadcast" | "television" | "tv" | "local" | "online",
            "news"
        ]
    ) {
        return Some((SourceKind::Report, None));
    }
    if !p.words.iter().any(|w| lex.report_nouns.contains(w)) {
        return None;
    }
    if polling_stations(p) {
        return None;
    }
    // `a press release`: the issuer's statement, a document, not the press reporting.
    if p.words
        .windows(2)
        .any(|w| matches!(w, ["press" | "news", "release" | "releases"]))
    {
        return None;
    }
    // `A spokesman for the Oxford University Press`: a person of the outlet speaks.
    let head = p
        .words
        .iter()
        .find(|w| !DETERMINERS.contains(w))
        .copied()
        .unwrap_or("");
    if lex.anon_nouns.contains(head) || lex.role_nouns.contains(head) {
        return None;
    }
    // `new fundraising reports show`, `quarterly earnings reports`: filings a reader can look
    // up, not reports nobody can — a document, not the press.
    if p.words.windows(2).any(|w| {
        matches!(
            w[0],
            "fundraising"
                | "earnings"
                | "quarterly"
                | "annual"
                | "financial"
                | "disclosure"
                | "fec"
        ) && matches!(w[1], "report" | "reports" | "filing" | "filings")
    }) {
        return Some((SourceKind::Document, None));
    }
    let tokens = pass.doc.tokens();
    // `media watchdog Ofcom`, `Portable media player firm Creative`: a name at the head, the
    // report noun only in what describes it — the body named decides.
    let last = &tokens[p.b - 1];
    if p.b > p.a + 1
        && last.kind == TokenKind::Word
        && last.is_capitalised()
        && !last.is_sentence_start()
        && !lex.report_nouns.contains(p.last())
        && !matches!(pass.norm(p.b - 2), "in" | "by" | "from" | "of")
    {
        return None;
    }
    // `the Burlington Free Press`, `the celebrity press ReganBooks`: a capitalised report noun,
    // or a name right after it, makes an outlet's name.
    let outlet = (p.a..p.b).any(|k| {
        pass.entity_of(k)
            .is_some_and(|e| pass.entities[e].kind == EntityKind::Outlet)
            || lex.report_nouns.contains(pass.norm(k))
                && (tokens[k].is_capitalised() && !tokens[k].is_sentence_start()
                    || k + 1 < p.b
                        && tokens[k + 1].is_capitalised()
                        && tokens[k + 1].kind == TokenKind::Word)
    });
    // `reports in the Hollywood Reporter`, `a report by the Financial Times`: a named outlet's.
    let placed = (p.a..p.b).any(|k| {
        lex.report_nouns.contains(pass.norm(k))
            && matches!(
                (k + 1 < p.b).then(|| pass.norm(k + 1)),
                Some("in" | "by" | "from")
            )
            && (k + 2..(k + 4).min(p.b))
                .find(|&j| pass.norm(j) != "the")
                .is_some_and(|j| {
                    let text = pass.doc.text(tokens[j].span());
                    // (`reports from Russia`, `press reports in China`: where, not whose;
                    // `reports in the Sunday papers`: when.)
                    // (`reports in Lisbon`, `reports from Kabul`: a bare name after `in` or
                    // `from` is a place unless it is an outlet's; `reports in the Sun`,
                    // `reports in Marca`, `a report by Smith` name whose.)
                    let bare_place = j == k + 2
                        && matches!(pass.norm(k + 1), "in" | "from")
                        && !pass
                            .entity_of(j)
                            .is_some_and(|e| pass.entities[e].kind == EntityKind::Outlet);
                    tokens[j].is_capitalised()
                        && tokens[j].kind == TokenKind::Word
                        && !bare_place
                        && !pass.month_or_day(j)
                        && !lex.countries.contains(text)
                        && !lex.nationalities.contains(text)
                        && lex.places.longest(&p.words[j - p.a..]).is_none()
                })
    });
    // `USA TODAY's reporting`, `the BBC's report`: a named outlet's or body's own.
    let owned = (p.a..p.b).any(|k| {
        tokens[k].is_capitalised()
            && (pass.norm(k).ends_with("'s")
                || pass.norm(k).ends_with("’s")
                || k + 1 < p.b && pass.norm(k + 1) == "'")
            && (k + 1..(k + 4).min(p.b)).any(|j| lex.report_nouns.contains(pass.norm(j)))
    }) || matches!(p.first(), "its" | "their")
        // (`Bloomberg says its deeper reporting has found`: the body just named's own.)
        && p.words.iter().skip(1).take(3).any(|w| lex.report_nouns.contains(w));
    Some(if outlet || placed || owned {
        (SourceKind::Organisation, None)
    } else {
        (SourceKind::Report, None)
    })
}

/// `the newspaper wrote`, `the broadcaster said`: an outlet named before speaks as itself; `a
/// local newspaper reported` is unnamed media.
fn outlet_noun(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // `agency`, `daily` alone are as often a government agency or an adjective (but a phrase
    // the article opens and `daily` closes is a paper: `The business daily said`).
    let ambiguous = matches!(p.words.as_slice(), [.., w, "agency"] if *w != "news")
        || matches!(p.words.as_slice(), [first, .., w, "daily" | "weekly"]
            if *w != "news" && !matches!(*first, "the" | "a" | "an"))
        || p.words.len() < 2;
    // (`a statement on her website`, `a message on the site`: the thing on it speaks.)
    let placed = p.words.iter().any(|w| matches!(*w, "on" | "in" | "at"))
        && matches!(
            p.last(),
            "website" | "site" | "page" | "blog" | "feed" | "account" | "channel"
        );
    if placed || (p.a..p.b).any(|k| pass.is_person(k)) {
        return None;
    }
    // `A poll for the News of the World newspaper`: the poll heads the phrase, the outlet only
    // commissioned it (the document recognisers decide).
    let commissioned = p
        .words
        .iter()
        .position(|w| matches!(*w, "for" | "by"))
        .is_some_and(|k| k > 0 && lexicon().research_nouns.contains(p.words[k - 1]));
    if commissioned {
        return None;
    }
    // (`a table drawn up by France's Le Figaro newspaper`, `local newspaper the Daily
    // Telegraph`: the outlet at the head is named; not `a Politico reporter`, `BBC website
    // users`, who are people.)
    let outlet = |k: usize| {
        pass.entity_of(k)
            .is_some_and(|e| pass.entities[e].kind == EntityKind::Outlet)
    };
    // (`BBC correspondents said`, `Reuters journalists`: an outlet's reporters together report
    // for it, as `Al Jazeera journalists` do; one of them, `a BBC correspondent`, is a person.)
    let head_is_outlet = outlet(p.b - 1)
        || (lexicon().outlet_type_nouns.contains(p.last())
            || matches!(p.last(), "correspondents" | "journalists" | "reporters"))
            && (p.a..p.b).any(outlet);
    if head_is_outlet {
        return Some((SourceKind::Organisation, None));
    }
    // `Russian news agencies reported`, `local newspapers said`, `several broadcasters`:
    // outlets in the plural, unnamed, are unnamed media.
    let last = p.last();
    if last.ends_with('s') && !last.ends_with("ss") {
        // Only plurals that are media whatever the context: `newspapers`, `broadcasters`;
        // `agencies`, `networks`, `outlets` need their kind (`news agencies`, `television
        // networks`, `media outlets`), and `blogs`, `websites` are things written as often as
        // sources.
        let n = p.words.len();
        let kind_word = n >= 2
            && matches!(
                p.words[n - 2],
                "news" | "television" | "tv" | "radio" | "media" | "cable"
            );
        // (`The papers report that…`, `the papers suggest`: in a press review, the day's
        // newspapers, none named; `the papers show` are documents.)
        let press_review = p.words.as_slice() == ["the", "papers"]
            && p.b < pass.doc.tokens().len()
            && matches!(
                pass.norm(p.b),
                "report"
                    | "reported"
                    | "say"
                    | "said"
                    | "suggest"
                    | "suggested"
                    | "claim"
                    | "claimed"
                    | "speculate"
                    | "speculated"
            );
        let unnamed_media = match last {
            "newspapers" | "broadcasters" | "tabloids" | "magazines" => true,
            "agencies" | "networks" | "stations" | "channels" => kind_word,
            // (`Multiple outlets reported`, `pro-government outlets described`, `several
            // papers reported`, `various publications have argued`: counted or of a kind of
            // media, and speaking, they are media; `retail outlets`, `court papers`, `academic
            // publications` are not.)
            "papers" if press_review => true,
            "outlets" | "papers" | "publications" => {
                kind_word
                    || n == 2
                        && (matches!(
                            p.words[0],
                            "several"
                                | "multiple"
                                | "many"
                                | "some"
                                | "other"
                                | "numerous"
                                | "various"
                        ) || lexicon().media_modifiers.contains(p.words[0]))
            }
            "sources" => counted_news_media(p),
            // (`Gossip columns have speculated`, `celebrity websites claimed`, `partisan blogs
            // reported`: of a kind of media, they publish; `the company's websites`,
            // `blogs written by nurses` are things.)
            "websites" | "sites" | "blogs" | "columns" => {
                n >= 2
                    && (matches!(
                        p.words[n - 2],
                        "gossip"
                            | "celebrity"
                            | "showbiz"
                            | "entertainment"
                            | "news"
                            | "fan"
                            | "tabloid"
                            | "media"
                    ) || lexicon().media_modifiers.contains(p.words[n - 2]))
            }
            _ => false,
        };
        // (`Lawyers for news organisations`, `executives who run news outlets`: the outlets
        // are not the head.)
        let head = !p.words[..n - 1].iter().any(|w| {
            matches!(
                *w,
                "for" | "of" | "who" | "which" | "that" | "at" | "with" | "from" | "by" | "to"
            )
        });
        // (`the tabloids` are the genre, never outlets named before; `both newspapers` are
        // the two the story has named.)
        let owned = matches!(
            p.first(),
            "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "both"
        ) && p.words != ["the", "tabloids"]
            && !press_review;
        return (unnamed_media && head && !owned).then_some((SourceKind::Report, None));
    }
    // `Israeli television reported`, `local radio said`: a broadcast medium with no
    // determiner, placed only by country or reach, is unnamed media; the state's own
    // (`Syrian state television`, `official radio`) is one broadcaster, speaking as itself.
    if let [before @ .., "television" | "tv" | "radio"] = p.words.as_slice() {
        let lex = lexicon();
        let placed = |i: usize| {
            lex.nationalities
                .contains(pass.doc.text(pass.doc.tokens()[p.a + i].span()))
                || matches!(
                    p.words[i],
                    "local"
                        | "regional"
                        | "national"
                        | "private"
                        | "pro-government"
                        | "opposition"
                        | "independent"
                        | "foreign"
                )
        };
        let states = |w: &&str| {
            matches!(
                *w,
                "state" | "state-run" | "official" | "government" | "state-owned" | "public"
            )
        };
        if !before.is_empty() && (0..before.len()).all(|i| placed(i) || states(&before[i])) {
            return Some(if before.iter().any(states) {
                (SourceKind::Organisation, None)
            } else {
                (SourceKind::Report, None)
            });
        }
    }
    // (`An insider at the network`: an outlet after a preposition is not the head.)
    let after_preposition = p.words.split_last().is_some_and(|(_, before)| {
        before.iter().any(|w| {
            matches!(
                *w,
                "at" | "for" | "of" | "from" | "with" | "by" | "in" | "on"
            )
        })
    });
    if ambiguous || after_preposition || !p.ends_with_phrase(&lexicon().outlet_type_nouns) {
        return None;
    }
    Some(match p.first() {
        "the" | "this" | "that" | "its" => (SourceKind::Organisation, None),
        "a" | "an" | "one" | "another" | "some" => (SourceKind::Report, None),
        _ => return None,
    })
}

/// `the latest figures showed`, `Figures for the 2001 election suggest`: numbers speak for a
/// document, not a person.
fn figures(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let numbers = p.words.iter().any(|w| lexicon().figure_nouns.contains(w));
    // (`data recovery experts`: the head is people, the figure word only describes them.)
    let lex = lexicon();
    let people = p
        .words
        .iter()
        .any(|w| matches!(*w, "senior" | "party" | "officials" | "sources" | "source"))
        || lex.generic_groups.contains(&p.last())
        || lex.market_sources.contains(&p.last())
        || lex.people_nouns.contains(&p.last())
        // (`a US research think-tank`: a body, whatever it studies.)
        || p.a_firm()
        || public_figures(pass, p);
    // (`analysts who have seen the figures`: people, whatever they saw.)
    if !numbers || people || p.people_before_preposition() || p.people_before_who() {
        return None;
    }
    // (`According to statistics 50% of all muggings involve mobiles`: bare plural figures,
    // nobody's — a source the reader cannot look up.)
    let bare = p.words.len() == 1
        && p.last().ends_with('s')
        && p.a >= 2
        && pass.norm(p.a - 1) == "to"
        && pass.norm(p.a - 2) == "according"
        // (Not described after: `according to figures that were released… by Crowdpac`.)
        && !matches!(
            pass.doc.tokens().get(p.b).map(|_| pass.norm(p.b)),
            Some(
                "that" | "which" | "from" | "by" | "released" | "published" | "compiled"
                    | "issued" | "of" | "for" | "on" | "in" | "seen" | "obtained" | "provided"
            )
        );
    Some(if bare {
        (SourceKind::Report, None)
    } else {
        (pass.unnamed_document(p.a, p.b), None)
    })
}

/// `Industry figures say…`, `prominent figures in the party warned`: figures of public life,
/// people, unless what follows is what data do (`Industry figures show sales fell`).
fn public_figures(pass: &Pass<'_>, p: &Phrase<'_>) -> bool {
    let Some(k) = p.words.iter().position(|w| *w == "figures") else {
        return false;
    };
    let described = k > 0 && lexicon().public_figure_modifiers.contains(p.words[k - 1]);
    let data_verb = p.b < pass.doc.tokens().len()
        && matches!(
            pass.norm(p.b),
            "show"
                | "showed"
                | "shows"
                | "shown"
                | "suggest"
                | "suggested"
                | "suggests"
                | "indicate"
                | "indicated"
                | "indicates"
                | "reveal"
                | "revealed"
                | "reveals"
                | "point"
                | "pointed"
                | "points"
                | "published"
                | "released"
                | "for"
                | "from"
                | "on"
        );
    described && !data_verb
}

/// `Twitter users`, `One Facebook user`, `a video circulating on Telegram`, `posts on
/// Facebook`, `netizens`: people and material on social media, nobody the story can vouch for
/// (not `the mayor's Twitter account`, nor `a video posted by the ministry`: someone owns them).
fn social_media(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    // The head: the last word, or the one a placing phrase follows (`posts on Facebook`,
    // `a video circulating on Telegram`).
    let n = p.words.len();
    let head = (0..n).any(|k| {
        (lex.social_material.contains(p.words[k]) || lex.social_posters.contains(p.words[k]))
            && (k + 1 == n
                || matches!(
                    p.words[k + 1],
                    "on" | "across" | "circulating" | "shared" | "posted" | "that" | "which"
                ))
    });
    if !head {
        return None;
    }
    // (`netizens` are on line by name; `Twitter` alone is the company: `Twitter said` stays
    // with the other recognisers.)
    let netizens = p.last() == "netizens";
    let platform = netizens
        || p.contains_phrase(&lex.social_platforms)
        || p.words.windows(2).any(|w| w == ["social", "media"])
        || p.words.contains(&"online")
        // (`A photo shared thousands of times`, `a widely shared video`, `a viral clip`:
        // shared on line, the platform unsaid.)
        || p.words.contains(&"viral")
        || p.words.windows(2).any(|w| {
            matches!(
                w,
                ["shared", "thousands" | "millions" | "hundreds" | "widely"] | ["widely", "shared"]
            )
        })
        // (`A video shared 50,000 times`, `shared more than 50,000 times`.)
        || p.words.windows(2).any(|w| {
            matches!(w[1], "times") && w[0].chars().next().is_some_and(|c| c.is_ascii_digit())
        }) && p.words.iter().any(|w| matches!(*w, "shared" | "viewed" | "watched" | "retweeted"));
    let material = n >= 2 || netizens;
    // (`by a user called @harbourlife` owns nothing: nobody the story knows.)
    let by_known = p.words.windows(2).any(|w| {
        w[0] == "by"
            && !matches!(
                w[1],
                "a" | "an" | "one" | "some" | "several" | "users" | "people"
            )
    });
    let owned = (p.a..p.b).any(|k| pass.is_person(k))
        || by_known
        || p.words.iter().any(|w| {
            matches!(*w, "his" | "her" | "their" | "its" | "my" | "our" | "your")
                || w.ends_with("'s")
                    && lex
                        .social_platforms
                        .longest(&[super::trim_suffix(w, "'s")])
                        .is_none()
        });
    (platform && material && !owned).then_some((SourceKind::Report, None))
}

/// How far back, in tokens, a study its authors speak for may have been brought in (about three
/// sentences).
const STUDY_LOOKBACK: usize = 120;

/// `…, according to a study presented on Monday. Researchers found that…`: bare researchers
/// after a study has been brought in are its authors — the study speaks through them (not a
/// vague `researchers believe`); no study before, they stay a group.
fn study_authors(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let words = match p.words.as_slice() {
        ["the", rest @ ..] => rest,
        all => all,
    };
    let [head] = words else {
        return None;
    };
    if !matches!(*head, "researchers" | "scientists" | "authors") {
        return None;
    }
    // (A study brought in as one: `a study`, `the research`, `two studies`, `their paper` — not
    // `stem cell research`, `an area of study`, a field.)
    let from = p.a.saturating_sub(STUDY_LOOKBACK);
    (from..p.a)
        .any(|k| {
            matches!(
                pass.norm(k),
                "study" | "studies" | "research" | "trial" | "survey" | "paper"
            ) && (k.saturating_sub(2).max(from)..k).any(|j| {
                matches!(
                    pass.norm(j),
                    "a" | "an"
                        | "the"
                        | "this"
                        | "new"
                        | "latest"
                        | "its"
                        | "their"
                        | "our"
                        | "his"
                        | "her"
                        | "two"
                        | "three"
                )
            })
        })
        .then_some((SourceKind::Document, None))
}

/// `2,000 people surveyed said`, `47% say`, `Some 22 percent said`, `26 percent of Democrats
/// say`, `nine in 10 voters say`: respondents to a poll speak through the poll.
fn respondents(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let tokens = pass.doc.tokens();
    let count = |k: usize| {
        tokens[k].kind == TokenKind::Number
            || is_number_word(pass.norm(k))
            || matches!(pass.norm(k), "one" | "ten")
    };
    let share = (p.a + 1..p.b.saturating_sub(1))
        .any(|k| pass.norm(k) == "in" && count(k - 1) && count(k + 1));
    if share {
        return Some((SourceKind::Document, None));
    }
    // `polling of his members`, `a survey of 2,000 voters`: research among people, whose head is
    // the research (the people it asked are not the source).
    let head = (p.a..p.b)
        .find(|&k| !DETERMINERS.contains(&pass.norm(k)))
        .unwrap_or(p.b);
    let lex = lexicon();
    // (`interviews with a dozen Republicans`: a party's members, counted.)
    let people = lex.people_nouns.contains(&p.last())
        || lex.anon_nouns.contains(p.last())
        || lex.generic_groups.contains(&p.last())
        || matches!(
            p.last(),
            "republicans" | "democrats" | "conservatives" | "tories" | "voters"
        )
        || (head..p.b).any(|k| tokens[k].kind == TokenKind::Number);
    if head + 1 < p.b
        && people
        && (lexicon().research_nouns.contains(pass.norm(head))
            || matches!(pass.norm(head), "polling" | "interviews" | "conversations"))
        && matches!(pass.norm(head + 1), "of" | "among" | "with")
    {
        // (`according to interviews with more than a dozen aides`: the reporter's interviews
        // with unnamed people rest on them — unnamed sources, not research; `the interviews
        // with chief executives suggested…`, a survey's, stay its document.)
        if head == p.a
            && matches!(pass.norm(head), "interviews" | "conversations")
            && pass.norm(head + 1) == "with"
            && !(head..p.b).any(|k| pass.is_person(k))
        {
            return Some((SourceKind::Anonymous, None));
        }
        return Some((pass.unnamed_document(p.a, p.b), None));
    }
    // `1,409 teachers said they wanted to endorse him`: a tally in the hundreds or more is a
    // vote or a poll counted, not people the reporter spoke to (`two officials said` are).
    // (`In 2005 officials said`: a year is no count.)
    let year = p.words[0].len() == 4 && matches!(p.words[0].get(..2), Some("18" | "19" | "20"));
    let tally = tokens[p.a].kind == TokenKind::Number
        && p.words[0].bytes().filter(u8::is_ascii_digit).count() >= 3
        && p.words[0].bytes().all(|b| b.is_ascii_digit() || b == b',')
        && !year
        && p.words.len() >= 2;
    // (`Two-thirds of Democratic insiders said`: a fraction of a group is a share counted.)
    let fraction = |k: usize| {
        matches!(
            p.words[k],
            "two-thirds" | "three-quarters" | "thirds" | "quarters" | "third" | "quarter" | "half"
        ) && k < 2
            && p.words.get(k + 1) == Some(&"of")
    };
    let share = p.words.iter().enumerate().any(|(k, w)| {
        matches!(
            *w,
            "surveyed" | "polled" | "questioned" | "respondents" | "%" | "percent" | "percentage"
        ) || *w == "cent" && k > 0 && p.words[k - 1] == "per"
            || fraction(k)
    });
    (tally || share || survey_answer(pass, p) || share_follows(pass, p))
        .then_some((SourceKind::Document, None))
}

/// How far after a group, in tokens, a share of it saying something is looked for.
const SHARE_LOOKAHEAD: usize = 40;

/// `Voters still view Mrs. Clinton as vastly more prepared - with 50 percent saying she is…`: a
/// bare plural group whose view the same sentence counts (a share saying it), or a group that
/// said it `in a referendum`, is a poll's or a vote's respondents, not a vague group.
fn share_follows(pass: &Pass<'_>, p: &Phrase<'_>) -> bool {
    let lex = lexicon();
    let plural = p.words.len() <= 3 && !DETERMINERS.contains(&p.first()) && p.last().ends_with('s');
    if !plural {
        return false;
    }
    let tokens = pass.doc.tokens();
    let end = pass.doc.sentences()[tokens[p.a].sentence.index()]
        .tokens
        .end
        .min(p.b + SHARE_LOOKAHEAD);
    // (`Most Gibraltarians said in a referendum they wanted to remain British`: a vote
    // counted, whoever the group.)
    let voted = (p.b + 1..(p.b + 3).min(end)).any(|k| {
        pass.norm(k) == "in"
            && k + 2 < end
            && matches!(pass.norm(k + 1), "a" | "the")
            && matches!(
                pass.norm(k + 2),
                "referendum" | "ballot" | "vote" | "poll" | "survey"
            )
    })
        // (Or at the clause's end, a year before it: `Most voters said the UK should stay in
        // the Common Market in the 1975 referendum`.)
        || (p.b + 1..end).any(|k| {
            pass.norm(k) == "in"
                && k + 3 <= end
                && matches!(pass.norm(k + 1), "a" | "the")
                && {
                    let n = k + 2 + usize::from(tokens[k + 2].kind == TokenKind::Number);
                    n < end && pass.norm(n) == "referendum"
                }
        });
    let group = p.words.len() <= 2
        && (lex.people_nouns.contains(&p.last())
            || lex.generic_groups.contains(&p.last())
            || lex.weasel_groups.contains(p.last()));
    voted
        || group
            && (p.b..end).any(|k| {
                tokens[k].kind == TokenKind::Number
                    && k + 2 < end
                    && matches!(pass.norm(k + 1), "%" | "percent")
                    && (k + 2..(k + 6).min(end)).any(|j| {
                        matches!(pass.norm(j), "said" | "saying" | "say" | "says")
                            || pass.norm(j) == p.last()
                    })
            })
}

/// How far back, in tokens, a survey is looked for before a bare `Many said…`.
const SURVEY_LOOKBACK: usize = 80;

/// `Most (62%) said…`, or a bare `Many said…` right after a survey (in the two sentences
/// before, an exit poll too): its respondents
/// answering, a share counted, not a vague group.
fn survey_answer(pass: &Pass<'_>, p: &Phrase<'_>) -> bool {
    if p.words.len() != 1 || !matches!(p.words[0], "most" | "many" | "some" | "half" | "others") {
        return false;
    }
    // (`there's a sense among some that…`: a feeling held among a group is no answer given.)
    if p.a > 0 && pass.norm(p.a - 1) == "among" {
        return false;
    }
    let tokens = pass.doc.tokens();
    let share_after = p.b + 2 < tokens.len()
        && pass.norm(p.b) == "("
        && tokens[p.b + 1].kind == TokenKind::Number;
    // (The sentence before and this one up to the group, read back at most
    // `SURVEY_LOOKBACK` tokens: a run-on sentence of such groups stays linear.)
    let sentence = tokens[p.a].sentence.index();
    let from = pass.doc.sentences()[sentence.saturating_sub(2)]
        .tokens
        .start
        .max(p.a.saturating_sub(SURVEY_LOOKBACK));
    // (Not `poll`: in British copy it is as often the election; an exit poll is a survey.)
    let survey_before = (from..p.a).any(|k| {
        matches!(
            pass.norm(k),
            "survey" | "surveys" | "respondents" | "surveyed" | "polled"
        )
            // (A study of people counted is a survey, `a study of 2,000 adults`; `Dr Maurer,
            // who led the study` has no respondents.)
            || pass.norm(k) == "study"
                && k + 2 < p.a
                && pass.norm(k + 1) == "of"
                && (k + 2..(k + 4).min(p.a)).any(|j| tokens[j].kind == TokenKind::Number)
            || pass.norm(k) == "exit"
            && k + 1 < p.a
            && matches!(pass.norm(k + 1), "poll" | "polls" | "polling")
    });
    share_after || survey_before
}

/// Quantifiers that make a group a generalisation (`many officials believe`, `virtually all
/// analysts`, `a host of economists`), not people the reporter spoke to.
pub(super) const GENERALISING: &[&str] = &[
    "some",
    "many",
    "most",
    "few",
    "all",
    "virtually",
    "nearly",
    "almost",
    "host",
    // (`Plenty of people think…`, `lots of people say`.)
    "plenty",
    "lots",
    "numerous",
    "countless",
    // (`a growing number of economists`, `a majority of analysts`.)
    "growing",
    "increasing",
    "majority",
];

/// `according to analysts Gartner`, `said consultants Deloitte`: what a firm does, then its name
/// — the firm speaks, on record.
fn firm_described(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let start = usize::from(p.first() == "the");
    if !matches!(
        *p.words.get(start)?,
        "analysts" | "researchers" | "consultants" | "consultancy" | "pollsters" | "pollster"
    ) {
        return None;
    }
    let name = p.a + start + 1;
    let tokens = pass.doc.tokens();
    (name < p.b && (name..p.b).all(|k| pass.name_word(k))).then(|| {
        let span = tokens[name].span().cover(tokens[p.b - 1].span());
        (SourceKind::Organisation, Some(pass.doc.prose(span)))
    })
}

/// `Analysts said`, `traders said`: people the reporter spoke to, unnamed (not a vague `some
/// analysts believe`).
fn market_sources(_: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // (`some polls`, `several surveys`: documents counted, not people.)
    if bare_research(p.last()) {
        return None;
    }
    // `some analysts`, `virtually all analysts`, `a host of economists`: a generalisation, not
    // people spoken to.
    let quantified = p.words.iter().any(|w| GENERALISING.contains(w));
    // (`other analysts said`: more of the people spoken to.)
    if !lexicon().market_sources.contains(&p.last()) {
        return None;
    }
    // (`political analysts`, `Budget analysts had forecast`: experts of a field outside the
    // markets, generic as `experts say` is.)
    let field = p.words.len() >= 2 && lexicon().expert_fields.contains(p.words[p.words.len() - 2]);
    Some(if quantified || field {
        (SourceKind::Vague, None)
    } else {
        (SourceKind::Anonymous, None)
    })
}

/// `people familiar with the deal`, `sources close to the club`, `one well-connected Democrat
/// familiar with the campaign`: someone described by what they know, unnamed.
fn knowledge_frame(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    // (`people with knowledge of the plans`, `with direct knowledge of`: the noun's frame.)
    let with_knowledge = p
        .words
        .iter()
        .enumerate()
        .any(|(k, w)| *w == "knowledge" && p.words[k.saturating_sub(2)..k].contains(&"with"));
    let frame = with_knowledge
        || p.words
            .iter()
            .any(|w| lex.knowledge_adjectives.contains(w) && *w != "informed");
    // (`Democrats involved in the negotiations`: a party's people too.)
    let people = p.words.iter().any(|w| {
        lex.people_nouns.contains(w)
            || lex.anon_nouns.contains(w)
            || super::entities::PARTY_MEMBERS.contains(w)
            || matches!(*w, "tories" | "conservatives" | "liberals")
    });
    if frame && people {
        return Some((SourceKind::Anonymous, None));
    }
    // `People in the president's circle`, `someone who attended the meeting`, `those inside
    // his camp`: placed where they could know, not a generalisation.
    let inside = p
        .words
        .iter()
        .any(|w| matches!(*w, "in" | "inside" | "within"))
        && p.words.iter().any(|w| lex.proximity_nouns.contains(w));
    // (`people who know him`, `those who have worked with her`: an auxiliary may stand
    // between.)
    // (`those who were at the meeting`, `people who were in the room`: there; `people who have
    // read the letter`, but not `people who read newspapers`.)
    let witnessed = p
        .words
        .iter()
        .position(|w| *w == "who")
        .is_some_and(|k| witness_clause(&p.words[k + 1..]));
    // (`Those present said…`, `people at the meeting`, `those in the room`: there without
    // `who were`; `One person present at the meeting`: a person so.)
    let head = usize::from(
        p.words.len() >= 3
            && matches!(p.words[0], "one" | "a" | "another")
            && matches!(p.words[1], "person" | "man" | "woman" | "member"),
    );
    let present = p.words.len() >= 2 + head
        && (head == 1
            || matches!(
                p.words[0],
                "those" | "people" | "some" | "several" | "others" | "one" | "someone"
            ))
        && (p.words[1 + head] == "present"
            || matches!(p.words[1 + head], "at" | "in" | "inside")
                && p.words.len() >= 4 + head
                && matches!(p.words[2 + head], "the" | "that" | "a")
                && lex.gatherings.contains(p.last()));
    let placed = inside || witnessed || present;
    // (Or people of any kind placed so: `experts who have examined the wreckage`, `analysts
    // who have seen the figures` — the ones who looked, not experts in general.)
    let person_head = matches!(
        p.first(),
        "someone" | "somebody" | "people" | "those" | "one" | "a" | "an" | "some" | "several"
    ) || lex.anon_nouns.contains(p.first())
        // (A counted group is `counted-group`'s: `Two people who saw it`.)
        || !is_number_word(p.first()) && p.people_before_who();
    if placed && person_head && !(p.a..p.b).any(|k| pass.is_person(k)) {
        return Some((SourceKind::Anonymous, None));
    }
    // Whoever the head is, an indefinite one (`a`, `one`, `another`) described by a knowledge
    // frame after it (`familiar with`, `close to`, `involved in`) and not a named person.
    let at = (1..p.words.len().saturating_sub(1)).find(|&k| {
        lex.knowledge_adjectives.contains(&p.words[k])
            && p.words[k] != "informed"
            && matches!(
                p.words[k + 1],
                "with" | "to" | "in" | "on" | "about" | "of" | "by"
            )
    })?;
    // (`Those familiar with his thinking`, `people close to him`: unnamed people too.)
    let indefinite = matches!(
        p.first(),
        "a" | "an" | "one" | "another" | "someone" | "somebody" | "those" | "some" | "others"
    );
    let named = (p.a..p.a + at).any(|k| pass.is_person(k));
    (indefinite && !named).then_some((SourceKind::Anonymous, None))
}

/// `staff for the House committee`, `members of the board`, `officials at the ministry`: the
/// unnamed people of a named body (the body is on the record; they are not).
fn people_of_body(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let at = (0..p.words.len().saturating_sub(2)).find(|&k| {
        matches!(
            p.words[k + 1],
            // (`voices within the party`, `officials inside the ministry`.)
            "of" | "for" | "at" | "from" | "in" | "with" | "within" | "inside"
        )
    })?;
    // (`The campaign group Friends of the Earth`: a name that holds the preposition.)
    if pass
        .entity_of(p.a + at)
        .is_some_and(|e| pass.entities[e].tokens.end > p.a + at + 1)
    {
        return None;
    }
    let head = p.words[at];
    // `analysts at Barclays`, `critics from the tenants' union`: a generic group of a named body
    // is that body's unnamed people, no generalisation (`researchers from Leeds University` are
    // the university's research, the body speaking). A country or place is where they are
    // (`experts from France` stay a vague group), and `critics of`, `advocates for` say what
    // they stand for, not whose they are.
    if (lex.generic_groups.contains(head) || lex.market_sources.contains(head))
        && matches!(p.words[at + 1], "at" | "from" | "with")
        && (p.a..p.a + at).all(|k| pass.entity_of(k).is_none())
    {
        // (With no named body after them, `Doctors at the trust`, the plainer readings below
        // decide.)
        if let Some(body) = (p.a + at + 2..p.b).find_map(|k| pass.entity_of(k)) {
            let e = &pass.entities[body];
            let name = pass.doc.text(e.span);
            let place = lex.countries.contains(name)
                || lex
                    .places
                    .longest_in(pass.doc, e.tokens.start, e.tokens.end)
                    .is_some();
            if e.kind == EntityKind::Person || place {
                return None;
            }
            let research = RESEARCHERS.contains(&head);
            return Some(if research {
                (SourceKind::Organisation, None)
            } else {
                (SourceKind::Anonymous, None)
            });
        }
    }
    // (`An engineer at Google`, `a producer for Yahoo Studios`, `designers at the studio`:
    // people who make or run something, one or many.)
    // (Working at or for a body, not `the creator of Brookside`, one role for a thing.)
    // (`Pharmacists at the chain`, `Midwives at the hospital`: a trade's plural; stop 74.)
    let people = lex.people_nouns.contains(&head)
        || lex.anon_nouns.contains(head)
        || plural_of_role(head)
            && !lex.generic_groups.contains(head)
            && !lex.market_sources.contains(head)
        || staff_noun(head) && matches!(p.words[at + 1], "at" | "for" | "with");
    // Before the head only plain modifiers: no name, no number of a counted group needed.
    let plain = (p.a..p.a + at).all(|k| pass.entity_of(k).is_none());
    // (`staff at the plant`, `workers at the factory`: a workplace holds a definite group too.)
    let body = (p.a + at + 2..p.b).any(|k| pass.entity_of(k).is_some())
        || p.words[at + 2..]
            .iter()
            .any(|w| lex.body_nouns.contains(w) || lex.workplace_nouns.contains(w));
    (people && plain && body && !lex.titles.contains(head)).then_some((SourceKind::Anonymous, None))
}

/// `critics`, `some say`, `many believe`, `observers`, `homeland security experts`: a weasel
/// group, alone or after plain modifiers (not `the experts`, `two experts`, `NATO experts`).
fn weasel_group(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // `law experts who think…`, `business leaders who say…`: the group the relative pronoun
    // stands for.
    if let [group @ .., "who"] = p.words.as_slice()
        && !group.is_empty()
    {
        let group = Phrase {
            a: p.a,
            b: p.b - 1,
            words: group.to_vec(),
        };
        return weasel_group(pass, &group);
    }
    // `those who back her opponents`, `those who favour the plan`: people defined by what they
    // do or hold, nobody in particular (`those who know him`, placed where they could know, are
    // knowledge-frame's; `those who were at the meeting` were there, not a generalisation).
    if let ["those", "who", rest @ ..] = p.words.as_slice()
        && let Some(verb) = rest
            .iter()
            .find(|w| !matches!(**w, "have" | "has" | "had" | "also" | "still" | "now"))
        && !matches!(
            *verb,
            "were" | "was" | "are" | "is" | "had" | "attended" | "saw"
        )
    {
        return Some((SourceKind::Vague, None));
    }
    // (`some polls`, `several surveys`: documents counted, not people; `Some advocates for
    // stem cell research` are people.)
    if bare_research(p.last()) && !p.people_before_preposition() && !p.people_before_who() {
        return None;
    }
    // `local officials`, `several party officials`: people the reporter spoke to, not a
    // generalisation — unless a vague quantifier makes it one (`many officials believe`).
    // (The head may stand before where they are: `Local officials in Hessen`.)
    let generalised = GENERALISING.contains(&p.first());
    let head = head_before_place(&p.words, p.words.len()).unwrap_or(p.last());
    if p.words.len() > 1 && lexicon().anon_nouns.contains(head) && !generalised {
        return None;
    }
    let tokens = pass.doc.tokens();
    // (`Human rights groups said`, `environmental organisations warn`: bodies of a kind, none
    // named, are a vague group as `privacy campaigners` are; not `Lawyers for news
    // organisations`, `Executives who run news organizations`, whose head is the people.)
    let kind_of_bodies = p.words.len() > 1
        && (BODIES_OF_A_KIND.contains(&p.last()) || firms_of_a_kind(pass, p))
        && !p.words.iter().any(|w| {
            super::source::PREPOSITIONS.contains(w)
                || matches!(*w, "who" | "that" | "which" | "within" | "inside" | "among")
        });
    let modified = (lexicon().generic_groups.contains(p.last())
        || kind_of_bodies
        || coined_people_plural(p.last()))
        && tokens[p.a].kind == TokenKind::Word
        && !is_number_word(p.first())
        && !DETERMINERS.contains(&p.first())
        && (p.a..p.b).all(|k| {
            // (`UK critics`, `British experts`, `US observers`: a country says where they are,
            // not who.)
            let country = national(pass, k);
            // (`Iowa biofuels advocates`: a place named before the group, a capitalised word
            // no name holds. A place the names know, `New Hampshire`, is a body's name to the
            // recognisers before this one.)
            let place = k + 1 < p.b
                && tokens[k].is_capitalised()
                && tokens[k].kind == TokenKind::Word
                && pass.entity_of(k).is_none()
                && !tokens[k + 1].is_capitalised();
            country
                || place
                || tokens[k].kind == TokenKind::Word
                    && (!tokens[k].is_capitalised() || k == p.a && tokens[k].is_sentence_start())
                    && pass.entity_of(k).is_none()
        });
    // `his critics`, `Trump's opponents`: whose critics they are does not say who they are.
    let words = match p.words.as_slice() {
        [det, rest @ ..] if matches!(*det, "his" | "her" | "their" | "its" | "our") => rest,
        [owner, rest @ ..] if owner.ends_with("'s") && tokens[p.a].is_capitalised() => rest,
        // (`the mayor's critics`, `the company's opponents`.)
        ["the", owner, rest @ ..] if owner.ends_with("'s") => rest,
        all => all,
    };
    let owned_group = words.len() < p.words.len()
        && words
            .first()
            .is_some_and(|w| lexicon().generic_groups.contains(w));
    // `Trump supporters believe…`: a person's name before the group says whose they are too.
    let named_owner = p.b > p.a + 1
        && lexicon().generic_groups.contains(p.last())
        && (p.a..p.b - 1).all(|k| {
            pass.entity_of(k)
                .is_some_and(|e| pass.entities[e].kind == EntityKind::Person)
        });
    // A quantifier opening the phrase makes a vague group of people only (`many voters`, `some
    // in the party`), not of things (`a host of new songs`, `Several nations announced`).
    // (`A growing chorus of Republicans`, `a swelling band of critics`: how the group grows
    // said between the article and the quantity.)
    let grown = matches!(p.words.as_slice(), ["a" | "an", adj, _, ..]
        if matches!(*adj, "growing" | "rising" | "swelling" | "mounting" | "increasing" | "loud" | "vocal"));
    let longest_lead = if grown {
        let rest: Vec<&str> = std::iter::once("a")
            .chain(p.words[2..].iter().copied())
            .collect();
        lexicon()
            .weasel_groups
            .longest(&rest)
            .filter(|&m| m >= 2)
            .map(|m| m + 1)
    } else {
        lexicon().weasel_groups.longest(&p.words)
    };
    let led = longest_lead.is_some_and(|m| {
        m == p.words.len()
            // (`Experts studying the seas`, `Democrats, historically,`: the group itself.)
            || !matches!(
                p.words[m - 1],
                "some" | "many" | "most" | "several" | "numerous" | "countless" | "various"
                    | "of" | "few" | "all" | "more"
            ) && people_noun(p.words[m - 1])
            || people_noun(p.last())
            // (`Plenty of people in the town`: the people before where they are.)
            || p.words[m - 1] == "of" && people_noun(p.words[m])
            // (`some in the party`, `several included on it`: a quantifier standing for people.)
            || matches!(
                p.words[m],
                "in" | "at" | "within" | "among" | "from" | "inside" | "on" | "of" | "who"
            )
            || p.words[m].ends_with("ed")
    });
    // `veteran Republicans`, `moderate Democrats`: plain modifiers before a party's members.
    let party_modified = p.words.len() > 1
        && matches!(
            p.last(),
            "republicans" | "democrats" | "tories" | "conservatives"
        )
        && (p.a..p.b - 1).all(|k| {
            tokens[k].kind == TokenKind::Word
                && (!tokens[k].is_capitalised() || k == p.a && tokens[k].is_sentence_start())
                && pass.entity_of(k).is_none()
                && !DETERMINERS.contains(&pass.norm(k))
                && !is_number_word(pass.norm(k))
        });
    let vague = modified
        || party_modified
        || owned_group
        || named_owner
        || led
        || matches!(
            p.first(),
            "some"
                | "many"
                | "others"
                | "most"
                | "nobody"
                | "everyone"
                | "everybody"
                | "someone"
                | "somebody"
                | "anyone"
                | "few"
        );
    vague.then_some((SourceKind::Vague, None))
}

/// A plural of people by its ending that no list holds (`technologists`, `statisticians`): a
/// group of a kind as `scientists` and `historians` are. Not things or verbs so spelt
/// (`playlists`, `insists`: `lexicon/not-people-plurals.txt`).
fn coined_people_plural(w: &str) -> bool {
    w.len() > 6
        && (w.ends_with("ists") || w.ends_with("ians"))
        && !lexicon().not_people_plurals.contains(w)
}

/// How far back, in tokens, a committee the members speak for may have been named.
const COMMITTEE_LOOKBACK: usize = 400;
/// How far after bare `MPs` a committee may stand and be theirs (about two sentences).
const COMMITTEE_LOOKAHEAD: usize = 80;

/// `MPs said`, `the MPs said` after `The Commons home affairs committee …`: the members of a
/// committee the story has named speak for it, through its report (`pro-hunt MPs say`, with no
/// committee before, are unnamed people).
fn committee_members(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // `a committee of MPs has said`: the committee speaks, a body.
    if let [
        ..,
        "committee" | "committees",
        "of",
        "mps" | "peers" | "lawmakers" | "legislators",
    ] = p.words.as_slice()
    {
        return Some((SourceKind::Organisation, None));
    }
    if !matches!(
        p.words.as_slice(),
        ["mps" | "peers" | "lawmakers" | "legislators"]
            | ["the", "mps" | "peers" | "lawmakers" | "legislators"]
    ) {
        return None;
    }
    // (A lede puts the committee after them: `…, say MPs. … an all-party committee said…`.)
    let ahead = (p.b + COMMITTEE_LOOKAHEAD).min(pass.doc.tokens().len());
    let named = (p.a.saturating_sub(COMMITTEE_LOOKBACK)..p.a)
        .chain(p.b..ahead)
        .any(|k| matches!(pass.norm(k), "committee" | "committee's"));
    named.then_some((SourceKind::Organisation, None))
}

/// `Two dock workers who saw it`: a counted group of unnamed people is anonymous.
fn counted_group(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // (`some polls`, `several surveys`: documents counted, not people.)
    if bare_research(p.last()) {
        return None;
    }
    // (`Both Democrats and Republicans`: `both` joins two groups, it counts no one.)
    if p.first() == "both" && p.words.contains(&"and") {
        return None;
    }
    let token = &pass.doc.tokens()[p.a];
    let counted =
        token.kind == TokenKind::Number || token.is_wordlike() && is_number_word(p.first());
    (counted
        && (1..p.words.len()).any(|k| lexicon().weasel_groups.longest(&p.words[k..]).is_some()))
    .then_some((SourceKind::Anonymous, None))
}

/// `officials`, `a senior aide`, `one diplomat`, `residents`: unnamed people.
/// `a U.S. District Court judge`, `a federal magistrate`: a judge of a court the phrase names or
/// describes speaks in a ruling, on the record — the court's document, not an anonymous source.
fn court_judge(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // (The court named or described, not a bare `a judge`: `This week a judge claimed easy
    // access to drink was breeding "urban savages"` is a judge speaking unnamed, off the bench.)
    let of_a_court = (p.a + 1..p.b.saturating_sub(1)).any(|k| {
        pass.doc.tokens()[k].is_capitalised()
            || matches!(
                pass.norm(k),
                "federal" | "district" | "court" | "high" | "supreme" | "appeals" | "trial"
            )
    });
    let one = matches!(p.first(), "a" | "an" | "one" | "another")
        && matches!(p.last(), "judge" | "magistrate")
        && of_a_court;
    // (`Several judges handling the lawsuits have cited…`: judges counted, in their rulings;
    // `many judges think` stays a generalisation.)
    let counted = matches!(p.first(), "several" | "two" | "three" | "four" | "both")
        && p.words
            .iter()
            .any(|w| matches!(*w, "judges" | "magistrates"));
    (one || counted).then_some((SourceKind::Document, None))
}

/// `Defence lawyers`, `prosecution lawyers`, `lawyers for the defence`: a side of a case, its
/// people unnamed — anonymous, unless the cue is an argument put in court, which is on the
/// record of the proceedings (`Pass::unnamed_on_record`: `Defence lawyers argued…` is court
/// record, `Defence lawyers said Mr Scrushy had been deceived` stays anonymous). `government
/// lawyers`, `his lawyers` and a single `defence lawyer` are left to the recognisers after.
fn court_side(_pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let side = |w: &str| matches!(w, "prosecution" | "defence" | "defense" | "prosecuting");
    let counsel = |w: &str| {
        matches!(
            w,
            "lawyers" | "attorneys" | "barristers" | "counsel" | "team" | "solicitors"
        )
    };
    let w = &p.words[usize::from(p.first() == "the")..];
    let before = w.len() == 2 && side(w[0]) && counsel(w[1]);
    let after = w.len() == 4 && counsel(w[0]) && w[1] == "for" && w[2] == "the" && side(w[3]);
    (before || after).then_some((SourceKind::Anonymous, None))
}

/// `its engineers said`, `the company's designers said`, `the show's producers`: unnamed people
/// who make or run something named or referred to — anonymous, as `his aides` are. (The
/// possessive opens the phrase, and the people are a known kind: `Carlsberg, two of the world's
/// largest brewers` are firms, `Santander's board of governors` a body.)
fn owned_people(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let owner = usize::from(p.first() == "the");
    let possessive = p.words.get(owner).is_some_and(|w| {
        matches!(*w, "its" | "their" | "his" | "her" | "our") || w.ends_with("'s")
    });
    if !possessive || p.words.len() < owner + 2 || p.words.len() > owner + 3 {
        return None;
    }
    let head = p.last();
    let staff = lexicon().staff_nouns.contains(&head);
    let plain = (p.a + owner + 1..p.b).all(|k| pass.doc.tokens()[k].kind == TokenKind::Word);
    (staff && plain).then_some((SourceKind::Anonymous, None))
}

fn anonymous_noun(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    // (`The campaign group Friends of the Earth`: a body's name ends the phrase, and the
    // people-words are its own — not `A spokesman for the UK Film Council`.)
    let people_word = |k: usize| {
        let w = pass.norm(k);
        lex.anon_nouns.contains(w) || lex.people_nouns.contains(&w)
    };
    if pass.entity_of(p.b - 1).is_some_and(|e| {
        let e = &pass.entities[e];
        e.kind == EntityKind::Organisation
            && e.tokens.end == p.b
            && e.tokens.len() > 2
            && e.tokens.clone().any(people_word)
            && !(p.a..e.tokens.start).any(people_word)
    }) {
        return None;
    }
    // (`Designers would not confirm…`, `Software engineers said`: people who make or run
    // something, in the plural, with plain words before them; not `organisers`, who speak as
    // the body.)
    let staff = staff_noun(p.last())
        && plural_people(p.last())
        && !lex.body_nouns.contains(&p.last())
        && !DETERMINERS.contains(&p.first())
        && p.words.len() <= 3
        && !p
            .words
            .iter()
            .any(|w| super::source::PREPOSITIONS.contains(w))
        && !(p.a..p.b).any(|k| pass.entity_of(k).is_some())
        // (Capitalised words before the head are a body's name: `Rover bosses`, the
        // recognisers of named bodies decide.)
        && !(p.a..p.b - 1).any(|k| pass.doc.tokens()[k].is_capitalised());
    // (`Aid workers in the city`: people before where they are.)
    (p.heads_phrase(&lex.anon_nouns)
        || lex.people_nouns.contains(&p.last())
        || p.people_before_preposition()
        || staff)
        .then_some((SourceKind::Anonymous, None))
}

/// `a New Hampshire Democrat`, `one well-connected Republican`, `another Democrat`: someone
/// unnamed, known by party (`the Republican presidential candidate`, `Republican primary voters`,
/// `the Florida Republican` are not: a party word that is no head, or one already described).
fn party_member(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // (`a senior Democrat on the committee`: the head before a place in a body.)
    let head = p
        .words
        .iter()
        .position(|w| matches!(*w, "on" | "in" | "at" | "from" | "with"))
        .map_or(p.last(), |k| p.words[k.saturating_sub(1)]);
    (matches!(p.first(), "a" | "an" | "one" | "another")
        && super::entities::PARTY_MEMBERS.contains(&head)
        && !(p.a..p.b).any(|k| pass.is_person(k)))
    .then_some((SourceKind::Anonymous, None))
}

/// `a trade body has warned`, `One bank said`, `a leading charity`, `according to a US research
/// think-tank`: a firm or group brought in by `a` and never named is an unnamed source as an
/// unnamed person is (`lexicon/firm-nouns.txt`; not an official body or a court, `a Dallas
/// court`, nor `a committee of MPs`, nor a body a name follows, `a group called…`).
fn unnamed_firm(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // (`a group called the "We The People Foundation"`, `A Canadian company, named IOG,`.)
    let n = pass.doc.tokens().len();
    let named_after = (p.b..n.min(p.b + 2)).any(|k| matches!(pass.norm(k), "called" | "named"));
    // (`Three leading UK video game companies predicted…`: firms counted, none named — a place
    // or a nationality says where they are.)
    let singular = |w: &str| {
        w.strip_suffix("ies")
            .map(|stem| format!("{stem}y"))
            .or_else(|| w.strip_suffix('s').map(str::to_string))
    };
    // (`Both organisations`, `both unions`: the two the story has named.)
    let counted = is_number_word(p.first())
        && p.first() != "both"
        && p.words.len() > 1
        && singular(p.last()).is_some_and(|w| lexicon().firm_nouns.contains(w.as_str()))
        && (p.a + 1..p.b).all(|k| pass.entity_of(k).is_none() || national(pass, k));
    if counted && !named_after {
        return Some((SourceKind::Anonymous, None));
    }
    (matches!(p.first(), "a" | "an" | "one" | "another")
        && p.firm_head()
        && !p.words.contains(&"of")
        && !(p.a..p.b).any(|k| {
            pass.entity_of(k)
                .is_some_and(|e| pass.entities[e].kind == EntityKind::Outlet)
        })
        && !named_after)
        .then_some((SourceKind::Anonymous, None))
}

/// `the court filing`, `a report`, `polls`: a document, named or not.
fn document_noun(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let head_before_preposition =
        head_before_place(&p.words, p.words.len()).is_some_and(bare_research);
    // (`leaked images`, `leaked footage`: material someone passed on, a document of unknown
    // provenance, as `a leaked memo` is.)
    let leaked_material = p.words.len() <= 4
        && p.words
            .iter()
            .any(|w| matches!(*w, "leaked" | "hacked" | "stolen"))
        && lexicon().social_material.contains(p.last());
    let document = p.contains_phrase(&lexicon().document_nouns)
        || leaked_material
        || p.words.contains(&"report")
        || p.words.iter().take(2).any(|w| bare_research(w))
        || head_before_preposition
        || bare_research(p.last());
    // (`a US research think-tank`, `a market research firm`: a body, whatever it studies.)
    let body = p.a_firm() && !p.words.contains(&"report");
    // (`Experts not involved in the research`: people set apart from the work.)
    (document && !body && !polling_stations(p) && !p.people_before_who())
        .then(|| (pass.unnamed_document(p.a, p.b), None))
}

/// `as the polls closed`, `voters at the polls`: the polling stations, not a survey.
fn polling_stations(p: &Phrase<'_>) -> bool {
    p.words.windows(2).any(|w| {
        matches!(
            w,
            [
                "polls",
                "closed" | "close" | "closing" | "opened" | "open" | "opening"
            ] | ["to" | "at", "polls"]
        )
    }) || p
        .words
        .windows(3)
        .any(|w| matches!(w, ["to" | "at", "the", "polls"]))
}

/// `a motion by Mr Jackson's lawyers`, `a letter from the company's lawyers`, `a report by
/// senior officials`: a document and who wrote it. The document speaks (named by its author, or
/// unnamed), not the people after `by`.
fn authored_document(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let k = p.words.iter().position(|w| matches!(*w, "by" | "from"))?;
    // (`a transcript released by officials`, `a statement issued by aides`: the document is
    // what was released.)
    let released = k >= 2
        && p.words[k] == "by"
        && matches!(
            p.words[k - 1],
            "released"
                | "issued"
                | "published"
                | "distributed"
                | "circulated"
                | "prepared"
                // (`A letter signed by 40 MPs says…`, `a report written by…`.)
                | "signed"
                | "written"
                | "drafted"
                | "compiled"
                | "commissioned"
        );
    let head = p.words[..k - usize::from(released)].last()?;
    // (`reports from Russia`, `studies from China`: where a report comes from is not who wrote
    // it; only a document a person sends comes `from` its author.)
    let document = lex.document_nouns.contains(head) && !lexicon().research_nouns.contains(head)
        || p.words[k] == "by"
            && (matches!(*head, "report" | "reports") || lexicon().research_nouns.contains(head));
    // (`a spokesman from the ministry`: only a document's head.)
    document.then(|| (pass.unnamed_document(p.a, p.b), None))
}

/// A body, a place or an outlet named in the phrase (not a place where the speakers are:
/// `Clinton's biggest boosters in New Hampshire` are the boosters).
fn organisation_entity(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let body = (p.a..p.b).find_map(|k| {
        pass.entity_of(k).filter(|&e| {
            let start = pass.entities[e].tokens.start;
            // `in the US`: a place where someone is, not whose they are.
            let before = (p.a..start).rev().find(|&j| pass.norm(j) != "the");
            pass.entities[e].kind != EntityKind::Person
                && !before
                    .is_some_and(|j| matches!(pass.norm(j), "in" | "across" | "near" | "outside"))
        })
    })?;
    // `A Google engineer`, `a Senate committee member`: one unnamed person of a named body (the
    // body says whose they are, not who); `the Google engineer` refers back to someone, left
    // to the recognisers after this one.
    let last = p.last();
    let person_head = pass.entities[body].tokens.end < p.b
        && !pass.doc.tokens()[p.b - 1].is_capitalised()
        && (agent_noun(last) || lex.role_nouns.contains(last) || lex.person_nouns.contains(&last))
        && !(lex.body_nouns.contains(&last)
            || lex.report_nouns.contains(&last)
            || lex.figure_nouns.contains(&last)
            || lex.document_nouns.contains(last)
            || pass.evidence(p.b - 1));
    if person_head {
        return matches!(p.first(), "a" | "an" | "one" | "another")
            .then_some((SourceKind::Anonymous, None));
    }
    // `Google engineers`, `Police chiefs`, `union bosses`: the body's unnamed people (`the
    // Google engineers` refer back to someone, left to the recognisers after this one).
    // (Right after the name, past at most two plain words: not `The EFF, representing the
    // reporters`.)
    let after_name = pass.entities[body].tokens.end;
    let people_head = after_name < p.b
        && p.b - after_name <= 3
        && (after_name..p.b).all(|k| {
            let t = &pass.doc.tokens()[k];
            t.kind == TokenKind::Word && !t.is_capitalised() && !DETERMINERS.contains(&pass.norm(k))
        })
        && !lex.body_nouns.contains(&last)
        && plural_people(last);
    if people_head {
        return (p.first() != "the").then_some((SourceKind::Anonymous, None));
    }
    Some((SourceKind::Organisation, None))
}

/// People in the plural who make, run or head something (`engineers`, `bosses`, `chiefs`):
/// the staff nouns, and the role nouns with an `s`.
/// (Not researchers: `the Intel researchers` are the company's research speaking.)
fn plural_people(word: &str) -> bool {
    !RESEARCHERS.contains(&word)
        && word
            .strip_suffix('s')
            .is_some_and(|one| staff_noun(word) || lexicon().role_nouns.contains(one))
}

/// People whose findings are their institution's research (`Researchers from Leeds University
/// warned…`: the university speaking).
const RESEARCHERS: &[&str] = &["researchers", "scientists", "academics", "scholars"];

/// People who make or run something (`engineers`, `bosses`), one or many
/// (`lexicon/staff-nouns.txt`).
fn staff_noun(word: &str) -> bool {
    let staff = &lexicon().staff_nouns;
    staff.contains(word) || !word.ends_with('s') && staff.contains(&format!("{word}s"))
}

/// `All three band members`, `both men`, `the two women`: a definite, counted group refers
/// back to people named just before it — unless the same noun brought in unnamed people
/// (`three officials said … the three officials added`: still unnamed).
fn definite_group(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let w = &p.words;
    let tokens = pass.doc.tokens();
    let counted = |k: usize| {
        tokens[p.a + k].kind == TokenKind::Number
            || is_number_word(w[k])
                && !matches!(w[k], "several" | "dozens" | "hundreds" | "thousands")
    };
    let head_at = match w.first().copied() {
        Some("all" | "the") if w.len() >= 3 && counted(1) => 2,
        Some("both") if w.len() >= 2 => 1,
        _ => return None,
    };
    let head = p.last();
    let lex = lexicon();
    let people = matches!(head, "men" | "women" | "members" | "brothers" | "sisters")
        || lex.people_nouns.contains(&head)
        || lex.person_nouns.contains(&head.trim_end_matches('s'))
        || lex.role_nouns.contains(head.trim_end_matches('s'));
    if !people
        || p.words.len() > head_at + 2
        || (p.a..p.b).any(|k| pass.entity_of(k).is_some() || tokens[k].kind == TokenKind::Punct)
    {
        return None;
    }
    refers_to_named(pass, p.a, head).then_some((SourceKind::Named, None))
}

/// `the ministry`, `the club`: a body noun.
fn body_noun(_: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    if !p.words.iter().any(|w| lex.body_nouns.contains(w)) {
        return None;
    }
    // `one party activist`, `a company engineer`: one unnamed person of a body (the body says
    // whose they are, not who).
    // (`a doctor at the hospital`, `a teacher in the school`: the head stands before where they
    // work.)
    let last = p
        .words
        .iter()
        .position(|w| matches!(*w, "at" | "in" | "inside" | "within" | "from"))
        .filter(|&k| k >= 2)
        .map_or(p.last(), |k| p.words[k - 1]);
    // (Not `a committee of MPs`: the body before `of` is the head, and speaks.)
    let person_head = !lex.body_nouns.contains(&last)
        && !p.words.contains(&"of")
        && (lex.role_nouns.contains(last) || people_noun(last) || lex.person_nouns.contains(&last));
    if person_head && matches!(p.first(), "a" | "an" | "one" | "another") {
        return Some((SourceKind::Anonymous, None));
    }
    // `Army chiefs`, `union bosses`: the body's unnamed people (`the union bosses` refer back).
    if last == p.last()
        && !p.words.contains(&"of")
        && !lex.body_nouns.contains(&last)
        && plural_people(last)
    {
        return (p.first() != "the").then_some((SourceKind::Anonymous, None));
    }
    Some((SourceKind::Organisation, None))
}

/// `Netanyahu's aides`, `Mr. Sanders's allies`: people of a named person, themselves unnamed
/// (but `Bellamy's agent`, one role held for a named person, is identified).
/// `Ivana Trump's brief` is her document; `Cruz's fusillade`, `Welch's support` are no source
/// at all (unresolved).
fn possessive_person(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    // `Bellamy's agent`, `Ms Reyes's lawyer`: the one person who holds that role for someone
    // named is identified (the `role` recogniser decides).
    if unique_role(p) {
        return None;
    }
    let (ent, _) =
        (p.a..p.b).find_map(|k| person_at(pass, p, k).filter(|(_, possessive)| *possessive))?;
    let mut start = ent.tokens.end;
    if start < p.b && pass.norm(start) == "'" {
        start += 1;
    }
    // The head: the last word before a preposition, a comma or a relative pronoun.
    let head = (start..p.b)
        .map(|k| pass.norm(k))
        .take_while(|w| {
            !matches!(
                *w,
                "," | "who"
                    | "which"
                    | "that"
                    | "in"
                    | "on"
                    | "at"
                    | "of"
                    | "for"
                    | "from"
                    | "with"
            )
        })
        .last()?;
    let lex = lexicon();
    let verdict = if lex.document_nouns.contains(head) || lex.report_nouns.contains(head) {
        pass.unnamed_document(p.a, p.b)
    } else if people_noun(head) {
        SourceKind::Anonymous
    } else {
        SourceKind::Unresolved
    };
    Some((verdict, None))
}

/// Is `word` the plural of a listed unnamed noun (`representatives`, `Vance's
/// representatives`, `Representatives for Vance`)?
pub(super) fn plural_of_unnamed(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|one| lexicon().anon_nouns.contains(one))
}

/// The plural of a trade or a role (`pharmacists`, `midwives`, `cleaners`, `nurses`): the
/// role list holds the singular.
pub(super) fn plural_of_role(word: &str) -> bool {
    let roles = &lexicon().role_nouns;
    let one = |w: &str| roles.contains(w);
    word.strip_suffix("ves")
        .is_some_and(|stem| one(&format!("{stem}fe")) || one(&format!("{stem}f")))
        || word
            .strip_suffix("ies")
            .is_some_and(|stem| one(&format!("{stem}y")))
        || word
            .strip_suffix("men")
            .is_some_and(|stem| one(&format!("{stem}man")))
        || word.strip_suffix('s').is_some_and(one)
        || word.strip_suffix("es").is_some_and(one)
}

/// A noun for people (`aides`, `boosters`, `son`, `lawyer`), by the lexicon or by an ending
/// that makes agents (`-ers`, `-ists`, `-ians`).
pub(super) fn people_noun(word: &str) -> bool {
    let lex = lexicon();
    lex.anon_nouns.contains(word)
        || lex.people_nouns.contains(word)
        || lex.person_nouns.contains(word)
        || lex.official_source_nouns.contains(word)
        || lex.generic_groups.contains(word)
        || lex.role_nouns.contains(word)
        || lex.titles.contains(word)
        || lex.weasel_groups.contains(word)
        || plural_of_unnamed(word)
        || ["ers", "ors", "ists", "ians", "ees", "men", "women"]
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// A role with `the` (`the mayor`) names one identifiable person; `a lawyer` does not.
fn role(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    if !(p.contains_phrase(&lex.role_nouns) || p.contains_phrase(&lex.titles)) {
        return None;
    }
    let first = p.first();
    let indefinite = matches!(first, "a" | "an" | "one" | "another" | "some" | "several")
        || is_number_word(first);
    // (`A nurse said… The nurse said`: the role the last speaker, unnamed, was brought in
    // by, with nobody named since; not `the candidate` of a race, whoever once was `a
    // candidate`.)
    let unnamed_before = first == "the"
        && !(p.a..p.b).any(|k| pass.entity_of(k).is_some())
        && unnamed_speaker_again(pass, p);
    Some(
        if !unnamed_before
            && (first == "the" || pass.doc.tokens()[p.a].is_capitalised() && !indefinite)
        {
            (SourceKind::Named, None)
        } else {
            (SourceKind::Anonymous, None)
        },
    )
}

/// `musician`, `user`, `correspondent`, `analyst`: a noun whose ending names a person who
/// does something (not `song`, `slide`, `ranking`, `statement`).
fn agent_noun(word: &str) -> bool {
    ["ist", "ian", "er", "or", "ant"]
        .iter()
        .any(|end| word.ends_with(end))
        || word.ends_with("ent") && !word.ends_with("ment")
}

/// `one musician`, `another longtime voter`: one unnamed person picked out of many.
fn one_person(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let lex = lexicon();
    let tokens = pass.doc.tokens();
    // `Some former employees are angry… One told the BBC…`: one of the unnamed group just
    // mentioned (not of people just named: `Dana Reyes and Tom Ortiz spoke. One said…`).
    // (`Two former employees said… One of them said… The other said…`: the rest of that group,
    // which may stand two sentences back.)
    // (`One, speaking privately, claimed…`: an aside on how they spoke after the one.)
    let words = match p.words.iter().position(|w| *w == ",") {
        Some(k)
            if k >= 1
                && matches!(
                    p.words.get(k + 1).copied(),
                    Some("speaking" | "talking" | "writing" | "who")
                ) =>
        {
            &p.words[..k]
        }
        _ => p.words.as_slice(),
    };
    let the_other = matches!(words, ["the", "other" | "others"]);
    if the_other
        || matches!(
            words,
            ["one" | "another"] | ["one" | "another", "of", "them" | "those" | "these"]
        )
    {
        let si = tokens[p.a].sentence.index();
        // (`one of them` names its group, which may stand two sentences back too: `…, two
        // former employees said. Both spoke on condition of anonymity… "…," one of them said.`)
        let back = if the_other || words.len() == 3 { 2 } else { 1 };
        let from = pass.doc.sentences()[si.saturating_sub(back)].tokens.start;
        // (`One witness said… Another described…`: `another` after one of its kind.)
        let another = words == ["another"];
        let group = (from.max(p.a.saturating_sub(80))..p.a).rev().find_map(|k| {
            if pass.is_person(k) {
                return Some(false);
            }
            let w = pass.norm(k);
            let plural = w.ends_with('s') || matches!(w, "staff" | "people");
            let one_of_kind = another
                && k > 0
                && matches!(pass.norm(k - 1), "one" | "a" | "an")
                && people_noun(w);
            // (`Industry watchers say… "…," said one.`: one of a group named by what it does.)
            // (`Midwives at the hospital described… One said…`: a trade's plural too.)
            let group = lex.people_nouns.contains(w)
                || lex.anon_nouns.contains(w)
                || lex.generic_groups.contains(w)
                || plural_of_role(w);
            (one_of_kind || plural && group).then_some(true)
        });
        return (group == Some(true)).then_some((SourceKind::Anonymous, None));
    }
    // `one of their frontbenchers`, `one of the protesters`: one of a group of people, unnamed.
    if let [
        "one" | "another",
        "of",
        "the" | "its" | "their" | "his" | "her" | "our",
        ..,
        last,
    ] = p.words.as_slice()
        && p.words.len() <= 6
        && last.ends_with('s')
        && people_noun(last)
        && (p.a + 2..p.b).all(|k| tokens[k].kind == TokenKind::Word && pass.entity_of(k).is_none())
    {
        return Some((SourceKind::Anonymous, None));
    }
    (matches!(p.first(), "one" | "another")
        && (2..=3).contains(&p.words.len())
        && (p.a + 1..p.b).all(|k| tokens[k].kind == TokenKind::Word && !tokens[k].is_capitalised())
        && agent_noun(p.last())
        && !(pass.evidence(p.b - 1)
            || lex.report_nouns.contains(&p.last())
            || lex.figure_nouns.contains(&p.last())
            || lex.body_nouns.contains(&p.last())))
    .then_some((SourceKind::Anonymous, None))
}

/// `Rover bosses`, `Sumitomo engineers`, `Liverpool fans`: capitalised words the entity pass
/// could not place, then people in the plural who work for or follow them — the body's unnamed
/// people.
fn named_body_people(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let tokens = pass.doc.tokens();
    // (`The candidates`: an article is no name.)
    (p.b >= p.a + 2
        && (p.a..p.b - 1).all(|k| {
            tokens[k].is_capitalised()
                && tokens[k].kind == TokenKind::Word
                && !DETERMINERS.contains(&pass.norm(k))
        })
        && !tokens[p.b - 1].is_capitalised()
        && plural_people(p.last()))
    .then_some((SourceKind::Anonymous, None))
}

/// A capitalised word the entity pass could not place: most often a surname. Not the
/// sentence's first word, and not a possessive (`Jones' son` is not Jones, and is unnamed).
fn capitalised_word(pass: &Pass<'_>, p: &Phrase<'_>) -> Option<Verdict> {
    let tokens = pass.doc.tokens();
    // `Leeds United fans`: capitalised words before a common noun modify it.
    if !tokens[p.b - 1].is_capitalised() && tokens[p.b - 1].kind == TokenKind::Word {
        return None;
    }
    // `Sanders said…` opening a sentence, in a story that writes `Sanders` capitalised inside
    // other sentences and never in lower case: the name (`Forecasters said…` is no name).
    if p.b == p.a + 1
        && tokens[p.a].is_sentence_start()
        && tokens[p.a].kind == TokenKind::Word
        && !lexicon()
            .stopwords_cap
            .contains(pass.doc.text(tokens[p.a].span()))
        && pass.proper_elsewhere(p.a)
    {
        return Some((SourceKind::Named, None));
    }
    let mut possessive_cap = false;
    for (k, t) in tokens.iter().enumerate().take(p.b).skip(p.a) {
        // `backers in Brussels`: a capitalised word after a preposition is a place or a body.
        let in_phrase = k > p.a
            && matches!(
                pass.norm(k - 1),
                "in" | "of" | "at" | "from" | "for" | "with" | "on" | "to" | "near" | "across"
            );
        if !t.is_capitalised()
            || t.is_sentence_start()
            || in_phrase
            || lexicon().stopwords_cap.contains(pass.doc.text(t.span()))
        {
            continue;
        }
        // (`according to the website Parker's`, `Moody's said`: a possessive with nothing after
        // it is the name itself.)
        let possessive = pass.norm(k).ends_with("'s") || (k + 1 < p.b && pass.norm(k + 1) == "'");
        if possessive && k + 1 < p.b {
            possessive_cap = true;
        } else {
            return Some((SourceKind::Named, None));
        }
    }
    possessive_cap.then_some((SourceKind::Anonymous, None))
}
