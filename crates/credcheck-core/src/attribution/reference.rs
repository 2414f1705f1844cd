use super::{Entity, EntityKind, Pass, entities, lexicon};
use crate::{Attribution, CueKind, SourceKind, Span};

/// How many earlier attributions or entities a back-reference looks at, at most: a run-on
/// stretch of thousands must keep the pass linear.
const LOOKBACK: usize = 64;

/// How many sentences back a definite unnamed source (`the official`) looks for the one who
/// brought it in (`a senior official`).
const REFERENT_SENTENCES: usize = 6;

/// `Trump's` → `Trump` (straight or curly apostrophe): also each name word registered for a
/// later surname (`Senator Tom Harlan's campaign` registers `Tom Harlan`).
pub(super) fn strip_possessive(name: &str) -> &str {
    name.strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .or_else(|| name.strip_suffix('\''))
        .or_else(|| name.strip_suffix('’'))
        .unwrap_or(name)
}

impl Pass<'_> {
    /// The full name an entity refers to: itself, or for a lone surname (`Toner`, `Secretary
    /// Kerry`) the full name seen earlier.
    pub(super) fn full_name(&self, ent: &Entity) -> String {
        let tokens = self.doc.tokens();
        let name = entities::name_tokens(self.doc, ent.tokens.start, ent.tokens.end);
        if let [only] = name.as_slice() {
            let n = super::trim_suffix(self.doc.norm(&tokens[*only]), "'s");
            if let Some(full) = self.surnames.get(n) {
                return full.clone();
            }
        }
        match (name.first(), name.last()) {
            (Some(&a), Some(&b)) => {
                strip_possessive(self.doc.text(tokens[a].span().cover(tokens[b].span()))).to_owned()
            }
            _ => strip_possessive(self.doc.text(ent.span)).to_owned(),
        }
    }

    /// `Alan Greenspan has given a speech in honour of Adam Smith. He said…`: a pronoun that
    /// opens its sentence stands for the person who opened the sentence before (only
    /// capitalised words, titles and roles before the name), not for the last one named in it.
    pub(super) fn subject_person_before(&self, a: usize) -> Option<String> {
        let tokens = self.doc.tokens();
        let si = tokens.get(a)?.sentence.index();
        let sentences = self.doc.sentences();
        let own = &sentences[si];
        if !(own.tokens.start..a).all(|k| tokens[k].is_open_quote()) {
            return None;
        }
        let prev = &sentences[si.checked_sub(1)?];
        let (lo, hi) = (prev.tokens.start, prev.tokens.end);
        let first = self.entities.partition_point(|e| e.tokens.start < lo);
        let ent = self.entities[first..]
            .iter()
            .take(LOOKBACK)
            .take_while(|e| e.tokens.start < hi)
            .find(|e| e.kind == EntityKind::Person)?;
        let lex = lexicon();
        let subject = ent.tokens.start - lo <= 8
            && (lo..ent.tokens.start).all(|k| {
                let w = self.norm(k);
                tokens[k].is_capitalised()
                    || tokens[k].is_open_quote()
                    || lex.titles.contains(w)
                    || lex.role_nouns.contains(w)
                    || matches!(w, "the" | "former")
            })
            // (Not a possessive: `Greenspan's speech was…` opens with the speech.)
            && !self.norm(ent.tokens.end - 1).ends_with("'s");
        subject.then(|| self.full_name(ent))
    }

    /// The last person named before token `a`, as a full name — or a role that opened a recent
    /// sentence (`The mayor spoke… “…,” she said.`) when it stands closer.
    pub(super) fn last_person_before(&self, a: usize) -> Option<String> {
        let n = self.entities.partition_point(|e| e.tokens.start < a);
        let person = n
            .checked_sub(1)
            .map(|last| self.last_person[last])
            .filter(|&e| e != super::NO_ENTITY)
            .map(|e| &self.entities[e as usize]);
        let role = self.role_subject_before(a);
        match (person, role) {
            (Some(p), Some((at, text))) if at > p.tokens.start => Some(text),
            (Some(p), _) => Some(self.full_name(p)),
            (None, Some((_, text))) => Some(text),
            (None, None) => None,
        }
    }

    /// `A spokesman, Daniel Ortiz, said Reyes had never considered it. "…," he said`: after
    /// a quotation, `he` or `she` goes on with the last named speaker of that sentence or the
    /// one before, not the last person named inside what was said.
    pub(super) fn last_speaker_before(&self, a: usize) -> Option<String> {
        let sentence = self.doc.tokens().get(a)?.sentence.index();
        self.out
            .iter()
            .rev()
            .take_while(|p| p.sentence.index() + 1 >= sentence)
            .take(LOOKBACK)
            .find(|p| p.source.is_some() && p.kind != SourceKind::Unresolved)
            .filter(|p| p.kind == SourceKind::Named)
            .and_then(|p| p.speaker.clone())
    }

    /// Is the person a `he`/`she` at token `a` stands for an unnamed one? The last source that
    /// spoke, within the two sentences before, was one anonymous person (`a senior official`,
    /// `the official`) and no person has been named since it.
    pub(super) fn anonymous_antecedent(&self, a: usize) -> bool {
        let tokens = self.doc.tokens();
        let Some(sentence) = tokens.get(a).map(|t| t.sentence.index()) else {
            return false;
        };
        let Some((prev, source)) = self.last_source_before(sentence) else {
            return false;
        };
        if prev.kind != SourceKind::Anonymous || prev.cue_kind == CueKind::Question {
            return false;
        }
        let (start, end) = self.tokens_of(source);
        // The head noun: the last word before what describes it (`members of Korn, who…`,
        // `a dealer familiar with…`).
        let head_end = (start..end)
            .find(|&k| {
                k > start
                    && (matches!(
                        self.norm(k),
                        "," | "who" | "of" | "for" | "at" | "from" | "with" | "in" | "on" | "to"
                    ) || lexicon().knowledge_adjectives.contains(self.norm(k)))
            })
            .unwrap_or(end);
        let head = self.norm(head_end - 1);
        let singular = !head.ends_with('s') || head.ends_with("ss");
        // An unnamed spokesperson speaks for a body on the record: not an anonymous source.
        let spokesperson = (start..end)
            .any(|k| self.norm(k).starts_with("spokes") || self.norm(k) == "representative");
        // `a young man asked…` is no antecedent of `she`.
        let gender_clash = match self.norm(a) {
            "she" => matches!(
                head,
                "man" | "boy" | "father" | "husband" | "son" | "brother"
            ),
            "he" => matches!(
                head,
                "woman" | "girl" | "mother" | "wife" | "daughter" | "sister"
            ),
            _ => false,
        };
        if !singular || spokesperson || gender_clash {
            return false;
        }
        // A described person (`a senior official`, `the official`), not a bare role that may be
        // a named person's (`former secretary of state`); a `the official` stands for a named
        // person when one was named just before it.
        let described = match self.norm(start) {
            "a" | "an" | "one" | "another" => true,
            "the" => {
                let s = prev.sentence.index();
                let from = self.doc.sentences()[s.saturating_sub(3)].tokens.start;
                // (Or someone was named, but `the official` is the unnamed one brought in
                // after: `Maria Lopez spoke… A second official said… The official added…
                // “…,” he said`.)
                !self.person_named_in(from, start, None)
                    || super::classify::introduced_unnamed(self, start, head)
            }
            _ => false,
        };
        // Nobody named since the sentence of that source began, outside what the source said
        // (`said Joshua Osagie, a cocoa farmer from Edo state told Reuters`).
        let from = self.doc.sentences()[prev.sentence.index()].tokens.start;
        let content = prev.content.map(|c| self.tokens_of(c));
        described && !self.person_named_in(from, a, content)
    }

    /// `A senior official said… The official, who asked not to be named, said…`, `A police
    /// source said… The source added…`, `Two diplomats said… The diplomats said…`: a definite
    /// unnamed source whose head brought in someone unnamed a few sentences before (the
    /// nearest such) stands for that source — the ledger counts one source, not two. Returns
    /// what it refers to (the earlier source's words).
    pub(super) fn unnamed_referent(
        &self,
        kind: SourceKind,
        source: Option<(usize, usize)>,
    ) -> Option<String> {
        let (a, b) = source?;
        if kind != SourceKind::Anonymous {
            return None;
        }
        // (`That person said`: the phrase may have been placed after its `that`.)
        let start = if matches!(self.norm(a), "the" | "that" | "this") {
            a + 1
        } else if a > 0 && matches!(self.norm(a - 1), "that" | "this") {
            a
        } else {
            return None;
        };
        let head_end = (start..b)
            .find(|&k| {
                matches!(
                    self.norm(k),
                    "," | "who" | "of" | "for" | "at" | "from" | "with" | "in" | "on" | "to"
                ) || lexicon().knowledge_adjectives.contains(self.norm(k))
            })
            .unwrap_or(b);
        if head_end <= start {
            return None;
        }
        let head = self.norm(head_end - 1);
        let tokens = self.doc.tokens();
        let sentence = tokens[a].sentence.index();
        self.out
            .iter()
            .rev()
            .take_while(|p| p.sentence.index() + REFERENT_SENTENCES >= sentence)
            .take(LOOKBACK)
            .find_map(|p| {
                let s = p.source.filter(|_| p.kind == SourceKind::Anonymous)?;
                let (pa, pb) = self.tokens_of(s);
                let first = self.norm(pa);
                let unnamed = matches!(first, "a" | "an" | "one" | "another")
                    || super::classify::is_number_word(first)
                    || tokens[pa].kind == crate::TokenKind::Number;
                let same_head = (pa..pb.min(pa + 6)).any(|k| self.norm(k) == head);
                (unnamed && same_head)
                    .then(|| p.speaker.clone().unwrap_or_else(|| self.doc.prose(s)))
            })
    }

    /// The last attribution with a placed source, within sentence `sentence` and the two before
    /// it (at most [`LOOKBACK`] attributions are looked at), and its source span.
    fn last_source_before(&self, sentence: usize) -> Option<(&Attribution, Span)> {
        let prev = self
            .out
            .iter()
            .rev()
            .take_while(|prev| prev.sentence.index() + 2 >= sentence)
            .take(LOOKBACK)
            .find(|prev| prev.source.is_some() && prev.kind != SourceKind::Unresolved)?;
        Some((prev, prev.source?))
    }

    /// Was the last source before token `a` (within the two sentences before) one unnamed
    /// person, with nobody named between it and `a` outside what it said? (`a White House
    /// official who spoke anonymously said… The aide declined to specify`.)
    pub(super) fn anonymous_speaker_before(&self, a: usize) -> bool {
        let Some(sentence) = self.doc.tokens().get(a).map(|t| t.sentence.index()) else {
            return false;
        };
        let Some((prev, source)) = self.last_source_before(sentence) else {
            return false;
        };
        let (start, end) = self.tokens_of(source);
        let one = matches!(self.norm(start), "a" | "an" | "one" | "another");
        let content = prev.content.map(|c| self.tokens_of(c));
        prev.kind == SourceKind::Anonymous && one && !self.person_named_in(end, a, content)
    }

    /// Is a person named in tokens `from..to` (outside `skip`)? At most the last [`LOOKBACK`]
    /// entities before `to` are looked at, so each question costs a bounded amount; past that
    /// the answer is yes (nothing is claimed about a stretch too crowded to read).
    pub(super) fn person_named_in(
        &self,
        from: usize,
        to: usize,
        skip: Option<(usize, usize)>,
    ) -> bool {
        let n = self.entities.partition_point(|e| e.tokens.start < to);
        let mut seen = 0;
        for e in self.entities[..n].iter().rev() {
            if e.tokens.start < from {
                return false;
            }
            seen += 1;
            if seen > LOOKBACK {
                return true;
            }
            let skipped = skip.is_some_and(|(c0, c1)| e.tokens.start >= c0 && e.tokens.start < c1);
            if e.kind == EntityKind::Person && !skipped {
                return true;
            }
        }
        false
    }

    /// The nearest sentence before token `a` (within four unquoted sentences) that opens with `the` and a
    /// role or title (`The mayor`, `The prime minister`): its start token and the role.
    pub(super) fn role_subject_before(&self, a: usize) -> Option<(usize, String)> {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let current = tokens.get(a)?.sentence.index();
        let sentences = self.doc.sentences();
        // Quoted sentences (a speech running over paragraphs) do not count toward the distance
        // (but no more than `LOOKBACK` sentences are looked at: a pass stays linear).
        let mut plain = 0;
        (0..current)
            .rev()
            .take(LOOKBACK)
            .take_while(|&si| {
                if !tokens[sentences[si].tokens.start].is_open_quote() {
                    plain += 1;
                }
                plain <= 4
            })
            .find_map(|si| {
                let s = &sentences[si];
                let lo = s.tokens.start;
                if s.tokens.len() < 3 || self.norm(lo) != "the" {
                    return None;
                }
                let n = lex
                    .titles
                    .longest_in(self.doc, lo + 1, s.tokens.end)
                    .or_else(|| lex.role_nouns.longest_in(self.doc, lo + 1, s.tokens.end))?;
                Some((lo, self.doc.prose(self.span(lo, lo + 1 + n))))
            })
    }
}
