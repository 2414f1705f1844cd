//! Facts about each attribution that rules ask (is its source a surname alone at its first
//! mention? a full name with no role?) and about each quotation (is it followed by a reporting
//! verb?), found once per draft after the analysis, so that no rule re-reads the text.

use rustc_hash::FxHashMap;

use super::{is_capitalised_function_word, is_reporting_verb, is_title_or_role};
use crate::document::Document;
use crate::model::{Attribution, EntityKind, SourceKind, Token};
use crate::span::Span;

/// The facts of every attribution (`surname_only`, `without_role`) and quotation
/// (`verb_after`), in the document's order.
pub(crate) fn of(doc: &Document) -> (Vec<(bool, bool)>, Vec<bool>) {
    let facts = DraftFacts::of(doc);
    let attributions = doc
        .attributions()
        .iter()
        .map(|a| {
            (
                surname_first_mention(doc, &facts, a),
                named_without_role(doc, &facts, a),
            )
        })
        .collect();
    let quotes = doc
        .quotes()
        .iter()
        .map(|q| verb_after(doc, q.span))
        .collect();
    (attributions, quotes)
}

/// `…,” said the 28-year-old.`: a reporting verb among the two words right after the closing
/// mark (looked for among the next few tokens only).
fn verb_after(doc: &Document, quote: Span) -> bool {
    let tokens = doc.tokens();
    let last = tokens.partition_point(|t| t.span().start < quote.end);
    tokens[last..(last + 8).min(tokens.len())]
        .iter()
        .filter(|t| t.is_wordlike())
        .take(2)
        .any(|t| is_reporting_verb(doc.norm(t)))
}

/// Are the words of an attribution's content all inside a quotation?
fn quoted(doc: &Document, content: Option<Span>) -> bool {
    content.is_some_and(|span| {
        let mut words = doc.words_in(span).peekable();
        words.peek().is_some() && words.all(Token::in_quote)
    })
}

/// Facts about a draft that attribution rules ask of each attribution, found in one pass over
/// the draft instead of one pass per attribution.
struct DraftFacts {
    /// Per sentence: the earliest end of a quotation that starts in it (`usize::MAX` if none).
    first_quote_end: Vec<usize>,
    /// Per full name of a named speaker: the offset of its first occurrence in the draft.
    first_mention: FxHashMap<String, usize>,
}

impl DraftFacts {
    fn of(doc: &Document) -> DraftFacts {
        let mut first_quote_end = vec![usize::MAX; doc.sentences().len()];
        for q in doc.quotes() {
            if let Some(slot) = first_quote_end.get_mut(doc.sentence_index_at(q.span.start)) {
                *slot = (*slot).min(q.span.end);
            }
        }
        let mut names: Vec<&str> = doc
            .attributions()
            .iter()
            .filter_map(|a| a.speaker.as_deref())
            .filter(|n| n.contains(' '))
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut first_mention = FxHashMap::default();
        let text = doc.source();
        if names.len() <= FEW_NAMES {
            // A few names: one vectorised substring search each beats building an automaton.
            for name in names {
                if let Some(at) = memchr::memmem::find(text.as_bytes(), name.as_bytes()) {
                    first_mention.insert(name.to_owned(), at);
                }
            }
        } else if let Ok(ac) = aho_corasick::AhoCorasick::new(&names) {
            // Many names (a long draft): one pass over the draft for all of them, linear
            // however many, with the automaton the crate finds fastest for them.
            for m in ac.find_overlapping_iter(text) {
                first_mention
                    .entry(names[m.pattern().as_usize()].to_owned())
                    .or_insert(m.start());
            }
        }
        DraftFacts {
            first_quote_end,
            first_mention,
        }
    }
}

/// Up to this many distinct speaker names, each is searched for on its own.
const FEW_NAMES: usize = 16;

/// How far after an attribution `he`/`she`/`it` is looked for (tokens).
const PRONOUN_LOOKAHEAD: usize = 200;

/// Is the source a lone capitalised word (a surname) with no full name of that person earlier in
/// the document?
fn surname_first_mention(doc: &Document, facts: &DraftFacts, a: &Attribution) -> bool {
    let Some(source) = a.source else {
        return false;
    };
    let tokens = doc.tokens();
    let words: Vec<&Token> = doc.words_in(source).collect();
    let [word] = words.as_slice() else {
        return false;
    };
    if !word.is_capitalised() || word.is_all_caps() {
        return false;
    }
    let surname = doc.text(word.span());
    // A full name seen before resolves the surname (`speaker` holds it).
    if a.speaker.as_deref().is_some_and(|s| s.contains(' ')) {
        return false;
    }
    if surname.contains('\'') || surname.contains('’') || surname.contains('-') {
        return false;
    }
    // A sentence-initial function word (`The`, `He`) or a body that speaks as itself.
    // (`Fans were quick to speculate. One wrote: "…"`: a number picks out one of a group.)
    let norm = doc.norm(word);
    if is_capitalised_function_word(surname)
        || matches!(surname, "Police" | "Officials" | "Prosecutors")
        || matches!(norm, "one" | "another")
        || super::classify::is_number_word(norm)
    {
        return false;
    }
    // A verb in the plural after the word is a side's or a band's (`Benfica have not
    // commented`, `Arsenal say…`, `Coldplay were unavailable`): no person's surname.
    let after_word = tokens.partition_point(|t| t.span().start < source.end);
    let plural_verb = tokens.get(after_word).is_some_and(|t| {
        matches!(
            doc.norm(t),
            "have" | "are" | "were" | "say" | "insist" | "deny" | "claim" | "confirm" | "admit"
        )
    });
    if plural_verb {
        return false;
    }
    // A person, not a body known by one word (`Cadbury said it…`): a direct quotation, or `he`
    // or `she` in the next sentences before any `it`.
    let si = a.sentence.index();
    let quoted = quoted(doc, a.content) || facts.first_quote_end[si] <= source.start;
    let last = (si + 2).min(doc.sentences().len() - 1);
    let after_source = after_word;
    let until = doc.sentences()[last]
        .tokens
        .end
        .min(after_source + PRONOUN_LOOKAHEAD);
    // A pronoun after another person named in a later sentence is most likely theirs
    // (`Harbourside declined to comment. … reported that Reyes had told team-mates he wanted to
    // leave`): the look stops there. (In the source's own sentence a name is mostly an object:
    // `Scarborough also asked Clinton whether he…`.)
    // (Only the entities the look reaches: a draft of many names stays linear.)
    let entities = doc.entities();
    let sentence_end = doc.sentences()[si].span.end;
    let look_end = tokens[..until].last().map_or(0, |t| t.span().end);
    let next_person = entities[entities.partition_point(|e| e.span.start < sentence_end)..]
        .iter()
        .take_while(|e| e.span.start < look_end)
        .find(|e| e.kind == EntityKind::Person)
        .map_or(usize::MAX, |e| e.span.start);
    // (So does another speaker, named or not, brought in by a later sentence: `Ucas said a
    // record number had been accepted. One student, who missed her offer, said she felt…`; not
    // a pronoun, which is the look's own evidence, nor the word itself again.)
    let attributions = doc.attributions();
    let next_speaker = attributions[attributions.partition_point(|b| b.cue.start < sentence_end)..]
        .iter()
        .take_while(|b| b.cue.start < look_end)
        .filter_map(|b| b.source)
        .filter(|&s| {
            let text = doc.text(s);
            s.start >= sentence_end
                && text != surname
                && !super::PERSON_PRONOUNS
                    .iter()
                    .chain(super::GROUP_PRONOUNS)
                    .chain(&["it", "his", "her"])
                    .any(|p| text.eq_ignore_ascii_case(p))
        })
        .map(|s| s.start)
        .next()
        .unwrap_or(usize::MAX);
    let next_person = next_person.min(next_speaker);
    for t in &tokens[after_source.min(until)..until] {
        if t.span().start >= next_person {
            break;
        }
        match doc.norm(t) {
            "he" | "she" | "his" | "her" | "him" => return true,
            "it" | "its" => return quoted,
            _ => {}
        }
    }
    quoted
}

/// Is the source a person's full name, at its first mention, with no title or role in the
/// phrase and no apposition after it (`Jonas Berg said`, `said Maria Lopes.`)?
fn named_without_role(doc: &Document, facts: &DraftFacts, a: &Attribution) -> bool {
    let (Some(source), Some(name)) = (a.source, a.speaker.as_deref()) else {
        return false;
    };
    if a.kind != SourceKind::Named || !name.contains(' ') {
        return false;
    }
    let words: Vec<&Token> = doc.words_in(source).collect();
    if words.len() < 2
        || words.iter().any(|t| {
            let w = doc.norm(t);
            !t.is_capitalised()
                || is_title_or_role(w)
                || matches!(
                    w.trim_end_matches('.'),
                    "mr" | "mrs"
                        | "ms"
                        | "miss"
                        | "dr"
                        | "sir"
                        | "dame"
                        | "lord"
                        | "lady"
                        | "prof"
                        | "the"
                        | "former"
                )
                || w.ends_with("'s")
                || w.ends_with('\'')
        })
    {
        return false;
    }
    // A person the analysis recognised, not a body with a two-word name (`Age Concern`).
    // Entities are in order and do not overlap: look only at those ending after the source
    // starts.
    let entities = doc.entities();
    let from = entities.partition_point(|e| e.span.end <= source.start);
    let person = entities[from..]
        .iter()
        .take_while(|e| e.span.start < source.end)
        .any(|e| e.kind == EntityKind::Person);
    if !person {
        return false;
    }
    // First mention: the name does not occur earlier in the draft.
    let text = doc.source();
    if facts
        .first_mention
        .get(name)
        .is_some_and(|&at| at + name.len() <= source.start)
    {
        return false;
    }
    // A role just before (`farmer Ruth Ngata`, `Ngata, a farmer, said` handled by the
    // analysis) or an apposition just after (`, an election observer`, `, whose son…`).
    let tokens = doc.tokens();
    let first = tokens.partition_point(|t| t.span().end <= source.start);
    // `the shadow home secretary, Mark Oaten, said`: a role a few words before, then a comma.
    let comma_before = first > 0 && doc.norm(&tokens[first - 1]) == ",";
    let before = &tokens[first.saturating_sub(if comma_before { 10 } else { 3 })..first];
    if before.iter().any(|t| is_title_or_role(doc.norm(t))) {
        return false;
    }
    let after = text[source.end..].trim_start();
    let apposition = after.strip_prefix(',').is_some_and(|rest| {
        let next: Vec<String> = rest
            .split_whitespace()
            .take(4)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                    .to_lowercase()
            })
            .collect();
        // (`Marie Tran, 67, who lives near the levee`: an age, then the apposition.)
        let age = usize::from(
            next.first()
                .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())),
        );
        let first = next.get(age).map_or("", String::as_str);
        matches!(
            first,
            "a" | "an" | "the" | "who" | "whose" | "his" | "her" | "their" | "its" | "one"
        ) || first.ends_with("'s")
            || first.ends_with("’s")
            || next
                .iter()
                .any(|w| is_title_or_role(w) || matches!(w.as_str(), "at" | "of" | "for"))
    }) || after.starts_with('(');
    !apposition
}
