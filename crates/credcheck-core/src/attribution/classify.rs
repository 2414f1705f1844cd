use super::{
    EntityKind, GROUP_PRONOUNS, PERSON_PRONOUNS, Pass, RESEARCH_NOUNS, SourceKind, TokenKind,
    age_description, lexicon,
};

/// A research noun that stands without an article: a plural (`polls`) or a mass noun.
fn bare_research(word: &str) -> bool {
    RESEARCH_NOUNS.contains(&word)
        && (word.ends_with('s') || matches!(word, "research" | "evidence"))
        && !matches!(word, "analysis")
}

/// Number words that count people (`two`, `three`, `dozens of`).
fn is_number_word(word: &str) -> bool {
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

impl Pass<'_> {
    /// How identifiable the source phrase `a..b` is, and the person it names.
    #[allow(clippy::too_many_lines)] // split with the analysis in the accuracy issue (#13)
    pub(super) fn classify(&self, a: usize, b: usize) -> (SourceKind, Option<String>) {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        // `Heineken, which also owns the Murphy's brand`: the antecedent decides, not the clause.
        if let Some(p) = (1..words.len().saturating_sub(1))
            .find(|&p| words[p] == "," && matches!(words[p + 1], "who" | "which" | "whose"))
        {
            let (kind, speaker) = self.classify(a, a + p);
            let lone_name = p == 1
                && tokens[a].is_capitalised()
                && !lex.stopwords_cap.contains(self.doc.text(tokens[a].span));
            return match kind {
                SourceKind::Unresolved if lone_name && words[p + 1] == "which" => {
                    (SourceKind::Organisation, None)
                }
                SourceKind::Unresolved if lone_name => (SourceKind::Named, None),
                _ => (kind, speaker),
            };
        }
        // A person named in the phrase (not a possessive: `Netanyahu's aides` are anonymous).
        let mut possessive_person = false;
        for k in a..b {
            let Some(e) = self.entity_of(k) else { continue };
            let ent = &self.entities[e];
            let last = ent.tokens.end - 1;
            let possessive = self.norm(last).ends_with("'s")
                || (ent.tokens.end < b && self.norm(ent.tokens.end) == "'");
            match ent.kind {
                EntityKind::Person if !possessive => {
                    return (SourceKind::Named, Some(self.full_name(ent)));
                }
                EntityKind::Person => {
                    // `Mr. Trump's comments` are his; `Powell's office`, `Sanders' campaign`
                    // speak for him as a body; `Netanyahu's aides` stay unnamed.
                    let head = self.norm(b - 1);
                    if lexicon().statement_nouns.contains(&head) {
                        return (SourceKind::Named, Some(self.full_name(ent)));
                    }
                    if matches!(head, "office" | "campaign" | "team" | "administration") {
                        return (SourceKind::Organisation, None);
                    }
                    possessive_person = true;
                }
                _ => {}
            }
        }
        let first = words.first().copied().unwrap_or("");
        // `the 46-year-old`, `the woman`: a definite description of someone already named;
        // `a woman in the crowd` is unnamed.
        let described = age_description(&words)
            || words
                .last()
                .is_some_and(|w| lexicon().person_nouns.contains(w));
        if described && !(a..b).any(|k| self.entity_of(k).is_some()) {
            // `his wife`, `her son`: one identifiable person, by relation to someone named.
            if matches!(first, "his" | "her" | "their") && words.len() == 2 {
                return (SourceKind::Named, None);
            }
            if first == "the" {
                if let Some(name) = self.last_person_before(a) {
                    return (SourceKind::Named, Some(name));
                }
                // `The 21-year-old told a news conference`: someone the story has identified,
                // even if the name was not recognised.
                if age_description(&words) {
                    return (SourceKind::Named, None);
                }
            }
            return (SourceKind::Anonymous, None);
        }
        // `The board of directors`, `the council of ministers`: the body speaks, not its members.
        if words.len() >= 3
            && first == "the"
            && lexicon().body_nouns.contains(&words[1])
            && words[2] == "of"
            && !(a..b).any(|k| {
                self.entity_of(k)
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Person)
            })
        {
            return (SourceKind::Organisation, None);
        }
        // `District Attorney Bruce L Castor Jr`: a title or role followed by capitalised words
        // the entity pass did not take as a name is still a named person.
        let titled_name = (a..b).any(|k| {
            let w = self.norm(k);
            (lex.titles.contains(w) || lex.role_nouns.contains(w))
                && k + 2 < b
                && (k + 1..b).take(2).all(|j| {
                    tokens[j].is_capitalised()
                        && !lex.stopwords_cap.contains(self.doc.text(tokens[j].span))
                })
        });
        if titled_name {
            return (SourceKind::Named, None);
        }
        // `The National Union of Students argued`: a phrase that opens with a body's name is
        // the body.
        let body_at = if first == "the" && b > a + 1 {
            a + 1
        } else {
            a
        };
        if self.entity_of(body_at).is_some_and(|e| {
            matches!(
                self.entities[e].kind,
                EntityKind::Organisation | EntityKind::Outlet
            ) && self.entities[e].tokens.end >= b.min(body_at + 2)
                && !self.norm(self.entities[e].tokens.end - 1).ends_with("'s")
        }) {
            return (SourceKind::Organisation, None);
        }
        // `the prime minister`, `the work and pensions minister`, `Amnesty International's
        // chief`: one identifiable office-holder, not an anonymous source.
        let role_at_end = matches!(
            words.last().copied(),
            Some("chief" | "head" | "boss" | "leader" | "chairman" | "chairwoman" | "director")
        ) || (0..words.len()).any(|k| {
            (lex.role_nouns
                .longest(&words[k..])
                .is_some_and(|n| k + n == words.len())
                || lex
                    .titles
                    .longest(&words[k..])
                    .is_some_and(|n| k + n == words.len()))
                && !matches!(
                    words[words.len() - 1],
                    "official" | "officials" | "source" | "sources" | "aide" | "aides"
                )
        });
        // `Amnesty International's chief`, `Scotland's justice minister`: the office of a body
        // or a place (a person's `agent` or `aides` stay unnamed).
        let org_possessive = (a..b).any(|k| {
            let body = self.entity_of(k).map_or(tokens[k].is_capitalised(), |e| {
                self.entities[e].kind != EntityKind::Person
            });
            body && (self.norm(k).ends_with("'s") || self.norm(k).ends_with("’s"))
        });
        if role_at_end
            && (first == "the" || org_possessive)
            && !words
                .iter()
                .any(|w| w.ends_with('s') && lexicon().people_nouns.contains(w))
        {
            let plural = words
                .last()
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"));
            if !plural {
                return (SourceKind::Named, None);
            }
        }
        if words.len() == 1 && PERSON_PRONOUNS.contains(&first) {
            return match self.last_person_before(a) {
                Some(name) => (SourceKind::Named, Some(name)),
                None => (SourceKind::Unresolved, None),
            };
        }
        if words.len() == 1 && (GROUP_PRONOUNS.contains(&first) || first == "it") {
            // `they`, `we`, `it` refer back to the last group or body that spoke, nearby.
            let group = self
                .out
                .iter()
                .rev()
                .take_while(|p| p.sentence.index() + 2 >= tokens[a].sentence.index())
                .find(|p| {
                    // `it` is a body or a document, never a person or an unnamed group.
                    if first == "it" {
                        matches!(p.kind, SourceKind::Organisation | SourceKind::Document)
                    } else {
                        !matches!(
                            p.kind,
                            SourceKind::Report | SourceKind::Document | SourceKind::Unresolved
                        )
                    }
                });
            return match group {
                Some(prev) => {
                    let refers_to = prev
                        .speaker
                        .clone()
                        .or_else(|| prev.source.map(|s| self.doc.prose(s)));
                    (prev.kind, refers_to)
                }
                None => (SourceKind::Unresolved, None),
            };
        }
        // `Ministers deny…`, `ministers have said`: the government speaking as a body.
        if matches!(words.as_slice(), ["ministers"]) {
            return (SourceKind::Organisation, None);
        }
        // `media buying sources`, `press sources`: people the outlet spoke to, unnamed.
        if words.len() > 1
            && words
                .last()
                .is_some_and(|w| matches!(*w, "sources" | "source"))
        {
            return (SourceKind::Anonymous, None);
        }
        if words.iter().any(|w| lexicon().report_nouns.contains(w)) {
            let outlet = (a..b).any(|k| {
                self.entity_of(k)
                    .is_some_and(|e| self.entities[e].kind == EntityKind::Outlet)
            });
            return (
                if outlet {
                    SourceKind::Organisation
                } else {
                    SourceKind::Report
                },
                None,
            );
        }
        // `the latest figures showed`, `Figures for the 2001 election suggest`: numbers speak
        // for a document, not a person.
        if words.iter().any(|w| {
            matches!(
                *w,
                "figures"
                    | "data"
                    | "statistics"
                    | "numbers"
                    | "results"
                    | "survey"
                    | "poll"
                    | "study"
                    | "research"
                    | "estimates"
            )
        }) && !words
            .iter()
            .any(|w| matches!(*w, "senior" | "party" | "officials" | "sources" | "source"))
        {
            return (self.unnamed_document(a, b), None);
        }
        // `2,000 people surveyed said`, `47% say`: respondents to a poll speak through the poll.
        if words.iter().any(|w| {
            matches!(
                *w,
                "surveyed" | "polled" | "questioned" | "respondents" | "%"
            )
        }) {
            return (SourceKind::Document, None);
        }
        // `Analysts said`, `traders said`: people the reporter spoke to, unnamed (not a vague
        // `some analysts believe`).
        if !matches!(first, "some" | "many" | "most" | "few" | "other" | "others")
            && words
                .last()
                .is_some_and(|w| lexicon().market_sources.contains(w))
        {
            return (SourceKind::Anonymous, None);
        }
        // `people familiar with the deal`, `sources close to the club`: described, unnamed.
        if words
            .iter()
            .any(|w| lexicon().knowledge_adjectives.contains(w) && *w != "informed")
            && words
                .iter()
                .any(|w| lexicon().people_nouns.contains(w) || lex.anon_nouns.contains(w))
        {
            return (SourceKind::Anonymous, None);
        }
        if lex.weasel_groups.longest(&words).is_some()
            || matches!(
                first,
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
            )
        {
            return (SourceKind::Vague, None);
        }
        // `Two dock workers who saw it`: a counted group of unnamed people is anonymous.
        let counted = tokens[a].kind == TokenKind::Number
            || self.doc.tokens()[a].is_wordlike() && is_number_word(first);
        if counted && (1..words.len()).any(|k| lex.weasel_groups.longest(&words[k..]).is_some()) {
            return (SourceKind::Anonymous, None);
        }
        if (0..words.len()).any(|k| lex.anon_nouns.longest(&words[k..]).is_some())
            || words
                .last()
                .is_some_and(|w| lexicon().people_nouns.contains(w))
        {
            return (SourceKind::Anonymous, None);
        }
        if (0..words.len()).any(|k| lex.document_nouns.longest(&words[k..]).is_some())
            || words.contains(&"report")
            || words.iter().take(2).any(|w| bare_research(w))
        {
            return (self.unnamed_document(a, b), None);
        }
        if (a..b).any(|k| {
            self.entity_of(k)
                .is_some_and(|e| self.entities[e].kind != EntityKind::Person)
        }) {
            return (SourceKind::Organisation, None);
        }
        if words.iter().any(|w| lexicon().body_nouns.contains(w)) {
            return (SourceKind::Organisation, None);
        }
        if possessive_person {
            return (SourceKind::Anonymous, None);
        }
        // A role with `the` (`the mayor`) names one identifiable person; `a lawyer` does not.
        if (0..words.len()).any(|k| {
            lex.role_nouns.longest(&words[k..]).is_some()
                || lex.titles.longest(&words[k..]).is_some()
        }) {
            let indefinite = matches!(first, "a" | "an" | "one" | "another" | "some" | "several")
                || is_number_word(first);
            return if first == "the" || tokens[a].is_capitalised() && !indefinite {
                (SourceKind::Named, None)
            } else {
                (SourceKind::Anonymous, None)
            };
        }
        // A capitalised word the entity pass could not place: most often a surname. Not the
        // sentence's first word, and not a possessive (`Jones' son` is not Jones).
        let mut possessive_cap = false;
        for (k, t) in tokens.iter().enumerate().take(b).skip(a) {
            if !t.is_capitalised()
                || t.is_sentence_start()
                || lex.stopwords_cap.contains(self.doc.text(t.span))
            {
                continue;
            }
            let possessive = self.norm(k).ends_with("'s") || (k + 1 < b && self.norm(k + 1) == "'");
            if possessive {
                possessive_cap = true;
            } else {
                return (SourceKind::Named, None);
            }
        }
        if possessive_cap {
            return (SourceKind::Anonymous, None);
        }
        (SourceKind::Unresolved, None)
    }

    /// A document source nobody can look up — `a report`, `polls`, `a street survey`, `recent
    /// evidence` — is an unnamed report; `the report`, `the CBO's figures`, `a Gallup poll` are
    /// documents.
    pub(super) fn unnamed_document(&self, a: usize, b: usize) -> SourceKind {
        let tokens = self.doc.tokens();
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        let named = (a..b).any(|k| {
            self.entity_of(k).is_some()
                || k > a && tokens[k].is_capitalised()
                || self.norm(k).ends_with("'s")
                || self.norm(k) == "'"
        });
        // `a report`, `some studies`; or a bare plural or mass noun (`polls`, `research`).
        let indefinite = words.first().is_some_and(|w| {
            matches!(
                *w,
                "a" | "an" | "some" | "several" | "recent" | "new" | "other"
            )
        }) || words.iter().take(2).any(|w| bare_research(w));
        // Research and reports, not what the reporter saw (`one placard read`, `a letter`).
        let research = words.iter().any(|w| RESEARCH_NOUNS.contains(w));
        if indefinite && research && !named {
            SourceKind::Report
        } else {
            SourceKind::Document
        }
    }

    /// `some Democrats`, `several residents`, `a few analysts`: a quantifier and a group of
    /// people named by what they are (not `some critics`, `many people`, `others`).
    pub(super) fn quantified_people(&self, a: usize, b: usize) -> bool {
        let words: Vec<&str> = (a..b).map(|k| self.norm(k)).collect();
        let quantified = match words.as_slice() {
            ["a", "few", ..] | ["a", "handful", "of", ..] => true,
            [first, ..] => matches!(*first, "some" | "several" | "many" | "other"),
            [] => false,
        };
        let generic = words.last().is_some_and(|w| {
            matches!(
                *w,
                "people"
                    | "others"
                    | "critics"
                    | "opponents"
                    | "detractors"
                    | "sceptics"
                    | "skeptics"
                    | "observers"
                    | "commentators"
                    | "pundits"
                    | "experts"
                    | "everyone"
                    | "many"
                    | "some"
            )
        });
        quantified && words.len() >= 2 && !generic
    }
}
