use super::{Entity, EntityKind, Pass, entities, lexicon};

/// `Trump's` → `Trump` (straight or curly apostrophe).
fn strip_possessive(name: &str) -> &str {
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
            let n = self.doc.norm(&tokens[*only]).trim_end_matches("'s");
            if let Some(full) = self.surnames.get(n) {
                return full.clone();
            }
        }
        match (name.first(), name.last()) {
            (Some(&a), Some(&b)) => {
                strip_possessive(self.doc.text(tokens[a].span.cover(tokens[b].span))).to_owned()
            }
            _ => strip_possessive(self.doc.text(ent.span)).to_owned(),
        }
    }

    /// The last person named before token `a`, as a full name — or a role that opened a recent
    /// sentence (`The mayor spoke… “…,” she said.`) when it stands closer.
    pub(super) fn last_person_before(&self, a: usize) -> Option<String> {
        let n = self.entities.partition_point(|e| e.tokens.start < a);
        let person = self.entities[..n]
            .iter()
            .rev()
            .find(|e| e.kind == EntityKind::Person);
        let role = self.role_subject_before(a);
        match (person, role) {
            (Some(p), Some((at, text))) if at > p.tokens.start => Some(text),
            (Some(p), _) => Some(self.full_name(p)),
            (None, Some((_, text))) => Some(text),
            (None, None) => None,
        }
    }

    /// The nearest sentence before token `a` (within four unquoted sentences) that opens with `the` and a
    /// role or title (`The mayor`, `The prime minister`): its start token and the role.
    pub(super) fn role_subject_before(&self, a: usize) -> Option<(usize, String)> {
        let lex = lexicon();
        let tokens = self.doc.tokens();
        let current = tokens.get(a)?.sentence.index();
        let sentences = self.doc.sentences();
        // Quoted sentences (a speech running over paragraphs) do not count toward the distance.
        let mut plain = 0;
        (0..current)
            .rev()
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
