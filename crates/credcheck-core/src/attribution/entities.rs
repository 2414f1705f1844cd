//! Person, organisation and outlet names: capitalised runs classified with the lexicon, and
//! surnames remembered so a later "Toner" refers back to "Mark Toner".

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::lexicon;
use super::trim_suffix;
use crate::document::Document;
use crate::model::{Entity, EntityKind, TokenKind};
use crate::span::Span;

/// A party's member (`an Iowa Democrat`): a word that ends a capitalised run without naming
/// anyone.
pub(super) const PARTY_MEMBERS: &[&str] = &[
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "tory",
    "tories",
    "conservative",
    "conservatives",
];

/// Words that make a capitalised run a place or a body rather than a person.
const PLACE_OR_BODY_WORDS: &[&str] = &[
    "Airport",
    "Avenue",
    "Bay",
    "Cathedral",
    "Church",
    "City",
    "County",
    "District",
    "Falls",
    "Gulf",
    "Hall",
    "Island",
    "Islands",
    "Kingdom",
    "Lake",
    "Mountain",
    "Nations",
    "North",
    "Ocean",
    "Park",
    "Republic",
    "River",
    "Road",
    "Sea",
    "South",
    "Square",
    "State",
    "States",
    "Street",
    "Union",
    "United",
    "Valley",
    "East",
    "West",
    "Mount",
    "Fort",
    "Port",
    "Bridge",
];

/// How many one-word body names a draft's descriptions register (each later capitalised word is
/// compared with them, so the look-up stays short on a long draft).
const MAX_DESCRIBED_BODIES: usize = 64;

/// Is the capitalised run `i..j` (its sentence opening at `lo`) brought in as a body: a body's
/// kind in lower case right before it (`the Dutch investment group Hoveling`, `retailer Tesco`,
/// `The engine maker, Corran Aero,`) or in apposition after it (`Hoveling, the Dutch
/// investment group,`)?
fn described_as_body(doc: &Document, i: usize, j: usize, lo: usize) -> bool {
    let tokens = doc.tokens();
    let lex = lexicon();
    let n = tokens.len();
    let kind_at = |k: usize| {
        tokens[k].kind == TokenKind::Word
            && !tokens[k].is_capitalised()
            && (lex.firm_nouns.contains(doc.norm(&tokens[k]))
                // (`The business daily Vestnik`, `the newspaper Vestnik`.)
                || lex.outlet_type_nouns.contains(doc.norm(&tokens[k])))
            && !matches!(doc.norm(&tokens[k]), "website" | "body" | "network")
    };
    // (`The engine maker, Corran Aero,`: the kind, a comma, and the name closing the apposition.)
    let closes = |k: usize| k >= n || matches!(doc.norm(&tokens[k]), "," | ")" | ".");
    let before = i > lo
        && (kind_at(i - 1)
            || i > lo + 1 && doc.norm(&tokens[i - 1]) == "," && kind_at(i - 2) && closes(j));
    // (`Hoveling, the Dutch investment group,`: the kind in apposition after the name.)
    let after = || {
        j + 2 < n
            && doc.norm(&tokens[j]) == ","
            && matches!(doc.norm(&tokens[j + 1]), "the" | "a" | "an")
            && (j + 2..(j + 7).min(n))
                .take_while(|&k| tokens[k].kind == TokenKind::Word)
                .last()
                .is_some_and(|k| {
                    k + 1 < n
                        && matches!(doc.norm(&tokens[k + 1]), "," | ")" | ".")
                        && lex.firm_nouns.contains(doc.norm(&tokens[k]))
                        // (Not `the godfather of the group`, `a senior adviser to the group`:
                        // a person's role at a body.)
                        && (j + 2..k).all(|m| {
                            (!tokens[m].is_capitalised()
                                || lex.nationalities.contains(doc.text(tokens[m].span())))
                                && !super::source::PREPOSITIONS.contains(&doc.norm(&tokens[m]))
                        })
                })
    };
    before || after()
}

/// The kind of the capitalised run `i..j` (its sentence opening at `lo`): a body when the draft
/// describes it as one ([`described_as_body`]) or has so brought it in before (`bodies`, which
/// it registers, so a later bare `Hoveling declined to comment` is the body too), else what
/// `kind` (the run's own shape) finds.
fn described_entity<'d>(
    doc: &'d Document,
    (i, j, lo): (usize, usize, usize),
    bodies: &mut Vec<&'d str>,
    kind: impl FnOnce() -> Option<EntityKind>,
) -> Option<EntityKind> {
    let tokens = doc.tokens();
    let lex = lexicon();
    let text = doc.text(tokens[i].span().cover(tokens[j - 1].span()));
    // (Not `the company Tuesday`, `the group In…`.)
    let name_like = j > i + 1
        || !lex.months_days.contains(text)
            && !lex.stopwords_cap.contains(text)
            && !lex.nationalities.contains(text);
    // (A run with a given name in it is a person's, whatever stands before it: `producer Gil
    // Cates`, `the CGA consultancy Jeanne-Marie Gescher`, `the union Unison Dave Prentis`.)
    let given = j > i + 1
        && (i..j).any(|k| {
            doc.text(tokens[k].span())
                .split('-')
                .any(|part| lex.given_names.contains(part))
        });
    let described = name_like && !given && described_as_body(doc, i, j, lo);
    if described && !bodies.contains(&text) && bodies.len() < MAX_DESCRIBED_BODIES {
        bodies.push(text);
    }
    if described || bodies.contains(&text) {
        Some(EntityKind::Organisation)
    } else {
        kind()
    }
}

/// Registers the surname of the person named by the run `i..j` (two name words or more) with
/// the full name, unless one is already registered.
fn register_surname(doc: &Document, i: usize, j: usize, surnames: &mut HashMap<String, String>) {
    let tokens = doc.tokens();
    let name = name_tokens(doc, i, j);
    if name.len() >= 2 {
        // (`Senator Tom Harlan's presidential campaign`: the name without its possessive.)
        let full = name
            .iter()
            .map(|&k| super::reference::strip_possessive(doc.text(tokens[k].span())))
            // (A possessive's mark on its own, `Ladbrokes' Warren Lush`, leaves nothing.)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let last = trim_suffix(doc.norm(&tokens[*name.last().unwrap_or(&i)]), "'s").to_owned();
        surnames.entry(last).or_insert(full);
    }
}

/// `By Staff Reporter`, `By Transport Correspondent`, `By Ana Ruiz and Tom Hale`: the writer's
/// line over the story names nobody the story speaks of (a later `he` is never the writer).
fn is_byline(doc: &Document, lo: usize, hi: usize) -> bool {
    let tokens = doc.tokens();
    hi >= lo + 2
        && hi <= lo + 9
        && doc.norm(&tokens[lo]) == "by"
        && tokens[lo + 1].is_capitalised()
        && (lo + 1..hi).all(|k| {
            tokens[k].kind == TokenKind::Word && tokens[k].is_capitalised()
                || matches!(doc.norm(&tokens[k]), "and" | "," | "." | "in" | "-")
        })
}

/// Prepositions before which a capitalised run is a place, not a person.
const LOCATIVES: &[&str] = &[
    "at", "in", "from", "near", "outside", "inside", "across", "to", "into", "toward", "towards",
];

/// Finds the named entities of the document, in token order, and the surname registry built
/// from them (surname → full name).
pub(crate) fn find_entities(doc: &Document) -> (Vec<Entity>, HashMap<String, String>) {
    let tokens = doc.tokens();
    let mut out = Vec::new();
    let mut surnames: HashMap<String, String> = HashMap::default();
    // One-word names the draft has brought in as bodies (`the investment group Hoveling`), so a
    // later bare `Hoveling declined to comment` is the body too.
    let mut bodies: Vec<&str> = Vec::new();
    for s in doc.sentences() {
        let (lo, hi) = (s.tokens.start, s.tokens.end);
        let mut i = if is_byline(doc, lo, hi) { hi } else { lo };
        while i < hi {
            if !starts_name(doc, i, lo) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < hi {
                // `Shareholders United's Sean Bones`: a possessive ends a name.
                let prev = doc.norm(&tokens[j - 1]);
                if prev.ends_with("'s") || prev.ends_with("’s") {
                    break;
                }
                let t = &tokens[j];
                let text = doc.text(t.span());
                let cap = t.kind == TokenKind::Word && t.is_capitalised();
                let joiner = joins_name(doc, j, hi);
                let plural_possessive = plural_possessive_in_name(doc, j, hi);
                // `Tory MPs`, `Labour MEPs`: a plural of an abbreviation is people, no name.
                if cap && is_plural_acronym(text) {
                    break;
                }
                // `New Polls Show Double-Digit Gaps…`, `CNN Poll Finds…`: in a title-case
                // headline a poll or a report ends the name before the verb of what it found.
                if cap
                    && lexicon().research_nouns.contains(&prev)
                    && lexicon().cue_mask(doc.norm(t)) != 0
                {
                    break;
                }
                if cap || joiner || plural_possessive || (text == "-" && !t.has_space_before()) {
                    j += 1;
                } else if let Some(end) = of_the_name(doc, i, j, hi) {
                    j = end;
                } else {
                    break;
                }
            }
            // Possessive `'s` after the run is not part of it; a trailing joiner is dropped.
            while j > i + 1 && !tokens[j - 1].is_capitalised() {
                j -= 1;
            }
            if let Some(n) = place_at(doc, i, j) {
                out.push(Entity {
                    span: tokens[i].span().cover(tokens[i + n - 1].span()),
                    tokens: i..i + n,
                    kind: EntityKind::Organisation,
                });
                i += n;
                continue;
            }
            // One capitalised word, the common case: a cheap look-up instead of the full
            // classification (a known body or outlet, an acronym, a surname seen in full).
            if j == i + 1 {
                if let Some(kind) = described_entity(doc, (i, j, lo), &mut bodies, || {
                    one_word_kind(doc, i, &surnames)
                }) {
                    out.push(Entity {
                        span: tokens[i].span(),
                        tokens: i..j,
                        kind,
                    });
                }
                i = j;
                continue;
            }
            // `at Kings Cross`, `in New Mexico`: a place, whatever its shape.
            let after_place_word = i > lo && LOCATIVES.contains(&doc.norm(&tokens[i - 1]));
            // `U.S. Secretary of State John Kerry`: a title inside the run starts the person.
            let split = (i..j).rev().find_map(|k| {
                let n = lexicon().titles.longest_in(doc, k, j).or_else(|| {
                    lexicon()
                        .honorifics
                        .contains(doc.text(tokens[k].span()))
                        .then_some(1)
                })?;
                (k + n < j && j - k - n <= 3).then_some((k, k + n))
            });
            if let Some((k, name_start)) = split {
                if k > i {
                    if let Some(kind) = classify(doc, i, k, &surnames) {
                        out.push(Entity {
                            span: tokens[i].span().cover(tokens[k - 1].span()),
                            tokens: i..k,
                            kind,
                        });
                    }
                }
                let all_caps_name = (name_start..j).all(|n| tokens[n].is_capitalised());
                if all_caps_name
                    && classify(doc, name_start, j, &surnames)
                        .is_none_or(|c| c == EntityKind::Person)
                {
                    if j - name_start >= 2 {
                        let full = (name_start..j)
                            .map(|n| super::reference::strip_possessive(doc.text(tokens[n].span())))
                            .filter(|w| !w.is_empty())
                            .collect::<Vec<_>>()
                            .join(" ");
                        surnames
                            .entry(trim_suffix(doc.norm(&tokens[j - 1]), "'s").to_owned())
                            .or_insert(full);
                    }
                    out.push(Entity {
                        span: tokens[k].span().cover(tokens[j - 1].span()),
                        tokens: k..j,
                        kind: EntityKind::Person,
                    });
                }
                i = j;
                continue;
            }
            // `Emmanuel Gaillard of Shearman and Sterling`, `Mayor Bill de Blasio of New York`: a
            // person's name, then the body or place they are of (`Bank of England`, `Secretary
            // of State` have one word before `of`).
            let of_split = person_of(doc, i, j, after_place_word, &surnames);
            let (j, rest) = match of_split {
                Some(k) => (k, Some(k + 1..j)),
                None => (j, None),
            };
            let kind = described_entity(doc, (i, j, lo), &mut bodies, || {
                classify(doc, i, j, &surnames)
            })
            .filter(|k| !(after_place_word && *k == EntityKind::Person));
            if let Some(kind) = kind {
                let span = tokens[i].span().cover(tokens[j - 1].span());
                if kind == EntityKind::Person {
                    register_surname(doc, i, j, &mut surnames);
                }
                out.push(Entity {
                    span,
                    tokens: i..j,
                    kind,
                });
            }
            i = j;
            if let Some(rest) = rest {
                if let Some(kind) = classify(doc, rest.start, rest.end, &surnames) {
                    out.push(Entity {
                        span: tokens[rest.start].span().cover(tokens[rest.end - 1].span()),
                        tokens: rest.clone(),
                        kind,
                    });
                }
                i = rest.end;
            }
        }
    }
    (out, surnames)
}

/// `the British Bankers' Association`: is token `j` the apostrophe of a plural possessive inside
/// a name (before `hi`)?
fn plural_possessive_in_name(doc: &Document, j: usize, hi: usize) -> bool {
    let tokens = doc.tokens();
    matches!(doc.text(tokens[j].span()), "'" | "’")
        && !tokens[j].has_space_before()
        && doc.norm(&tokens[j - 1]).ends_with('s')
        && j + 1 < hi
        && tokens[j + 1].is_capitalised()
        && tokens[j + 1].kind == TokenKind::Word
}

/// Where `of` ends a person's name inside the capitalised run `i..j`, if it does.
fn person_of(
    doc: &Document,
    i: usize,
    j: usize,
    after_place_word: bool,
    surnames: &HashMap<String, String>,
) -> Option<usize> {
    let lex = lexicon();
    let tokens = doc.tokens();
    (i + 2..j.saturating_sub(1))
        .find(|&k| doc.norm(&tokens[k]) == "of")
        .filter(|&k| {
            k - i <= 5
                && !after_place_word
                && classify(doc, i, k, surnames) == Some(EntityKind::Person)
                // `Communications Workers of America`: common nouns make a body's name.
                && !(i..k).any(|t| {
                    let n = doc.norm(&tokens[t]);
                    lex.people_nouns.contains(n)
                        || lex.person_nouns.contains(n)
                        || lex.body_nouns.contains(n)
                        || lex.anon_nouns.contains(n)
                        || lex.document_nouns.contains(n)
                        || n.ends_with("ers")
                })
        })
}

/// Can a name start at token `i` (sentence starting at `lo`)?
fn starts_name(doc: &Document, i: usize, lo: usize) -> bool {
    let t = &doc.tokens()[i];
    if t.kind != TokenKind::Word || !t.is_capitalised() {
        return false;
    }
    let text = doc.text(t.span());
    // (`One Twitter user wrote`, `Two Facebook users claimed`: a count opens the sentence.)
    let count = || {
        let norm = doc.norm(t);
        norm == "one" || super::classify::is_number_word(norm)
    };
    !(i == lo && (lexicon().stopwords_cap.contains(text) || count()) || is_plural_acronym(text))
}

/// The kind of a one-word capitalised run: a known body or outlet, an acronym, a surname seen
/// in full before, a mononym.
fn one_word_kind(
    doc: &Document,
    i: usize,
    surnames: &HashMap<String, String>,
) -> Option<EntityKind> {
    let token = &doc.tokens()[i];
    let text = doc.text(token.span());
    let lex = lexicon();
    if lex.outlets.contains(text) {
        Some(EntityKind::Outlet)
    } else if lex.known_orgs.contains(text)
        || is_acronym(text)
        // (`India has rejected…`, `Russia's foreign ministry`: a state speaks as a body.)
        || lex.countries.contains(trim_suffix(trim_suffix(text, "'s"), "’s"))
        // (`Tehran says…`, `Moscow denied…`: a capital speaks for its state; stop 74.)
        || lex
            .speaking_capitals
            .contains(trim_suffix(doc.norm(token), "'s"))
    {
        Some(EntityKind::Organisation)
    } else if surnames.contains_key(trim_suffix(doc.norm(token), "'s"))
        || lex.mononyms.contains(text)
        // (`Harper himself has been dismissive…`: a name a reflexive pronoun follows.)
        || !lex.stopwords_cap.contains(text)
            && doc
                .tokens()
                .get(i + 1)
                .is_some_and(|t| matches!(doc.norm(t), "himself" | "herself"))
    {
        Some(EntityKind::Person)
    } else {
        None
    }
}

/// `New Hampshire`, `Hong Kong`: a place that looks like a name, opening the capitalised run
/// `i..j` — its length when the run is the place, or the place and a party's member (`a New
/// Hampshire Democrat`); `New York Times`, `New York University` are left to the classification.
fn place_at(doc: &Document, i: usize, j: usize) -> Option<usize> {
    if j <= i + 1 {
        return None;
    }
    let places = &lexicon().places;
    let tokens = doc.tokens();
    if let Some(n) = places.longest_in(doc, i, j) {
        let member = j == i + n + 1 && PARTY_MEMBERS.contains(&doc.norm(&tokens[i + n]));
        return (j == i + n || member).then_some(n);
    }
    // `Sri Lanka's central bank`: the place with a possessive ending.
    let last = doc.norm(&tokens[j - 1]);
    let bare = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("’s"))?;
    let words: Vec<&str> = (i..j - 1)
        .map(|k| doc.norm(&tokens[k]))
        .chain([bare])
        .collect();
    (places.longest(&words) == Some(j - i)).then_some(j - i)
}

/// Token indices of the name proper: titles and honorifics at the front left out.
pub(crate) fn name_tokens(doc: &Document, i: usize, j: usize) -> Vec<usize> {
    let lex = lexicon();
    let tokens = doc.tokens();
    let mut k = i;
    while k < j {
        let text = doc.text(tokens[k].span());
        let norm = doc.norm(&tokens[k]);
        if lex.honorifics.contains(text) || lex.honorifics.contains(text.trim_end_matches('.')) {
            k += 1;
        } else if let Some(n) = lex.titles.longest_in(doc, k, j) {
            k += n;
        } else if lex.role_nouns.contains(norm) {
            k += 1;
        } else {
            break;
        }
    }
    (k..j).collect()
}

fn classify(
    doc: &Document,
    i: usize,
    j: usize,
    surnames: &HashMap<String, String>,
) -> Option<EntityKind> {
    let lex = lexicon();
    let tokens = doc.tokens();
    // `Amnesty International's chief`: the possessive ending is not part of the name.
    let strip = |t: &str| -> usize {
        t.strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .map_or(t.len(), str::len)
    };
    let texts: Vec<&str> = tokens[i..j]
        .iter()
        .map(|t| {
            let x = doc.text(t.span());
            &x[..strip(x)]
        })
        .collect();
    let whole = doc.spaced_text(Span::new(tokens[i].span().start, tokens[j - 1].span().end));
    let whole = &whole[..strip(&whole)];
    let bare = whole.strip_prefix("The ").unwrap_or(whole);
    if lex.outlets.contains(whole) || lex.outlets.contains(bare) {
        return Some(EntityKind::Outlet);
    }
    // `BBC One`, `CNN International`: an outlet's name in the run makes it the outlet.
    if texts.first().is_some_and(|t| lex.outlets.contains(*t)) {
        return Some(EntityKind::Outlet);
    }
    let next_norm = tokens.get(j).map(|t| doc.norm(t));
    if next_norm.is_some_and(|n| lex.outlet_type_nouns.contains(n)) {
        return Some(EntityKind::Outlet);
    }
    // `The Daily Buzz`, `the Sunday Echo`, `the Harbour Gazette`: a paper's name by its shape.
    let the_before = whole.starts_with("The ") || i > 0 && doc.norm(&tokens[i - 1]) == "the";
    let paper_shape = matches!(
        texts[0],
        "Daily" | "Sunday" | "Evening" | "Morning" | "Weekly"
    ) || matches!(
        texts[texts.len() - 1],
        "Times"
            | "Post"
            | "Herald"
            | "Gazette"
            | "Tribune"
            | "Journal"
            | "Chronicle"
            | "Courier"
            | "Mirror"
            | "Observer"
            | "Telegraph"
            | "Examiner"
            | "Inquirer"
            | "Bulletin"
            | "Dispatch"
            | "Clarion"
            | "Echo"
            | "Buzz"
            | "Ledger"
            | "Register"
            | "Sentinel"
            | "Globe"
            | "Monitor"
            | "Enquirer"
            | "Advertiser"
            | "Argus"
    );
    if texts.len() >= 2 && the_before && paper_shape {
        return Some(EntityKind::Outlet);
    }
    if lex.known_orgs.contains(whole) || lex.known_orgs.contains(bare) {
        return Some(EntityKind::Organisation);
    }
    // `Shares in Oakham rose`, `a 5% stake in Brightwell`, `shareholders of Kestrel`: what
    // shares are held in is a business.
    if i >= 2
        && matches!(doc.norm(&tokens[i - 1]), "in" | "of")
        && matches!(
            doc.norm(&tokens[i - 2]),
            "shares" | "stake" | "stakes" | "shareholders" | "shareholding" | "holding"
        )
    {
        return Some(EntityKind::Organisation);
    }
    // `New Polls Show…`, `Exit Polls`: a poll or a report with only generic words before it
    // names no one.
    if lex.research_nouns.contains(&doc.norm(&tokens[j - 1]))
        && (i..j - 1).all(|k| {
            lex.generic_document_modifiers
                .contains(&doc.norm(&tokens[k]))
        })
    {
        return None;
    }
    // `Theresa May`, `Jim Press`, `Stuart Hall`: a given name and one more word (or an initial
    // and a word) is a person, whatever that last word is elsewhere.
    // (Not before a place word: `Wayne County`, `Howard Street`; `Hall` and `West` are
    // surnames far more often than places after a given name.)
    let last = texts[texts.len() - 1];
    let given_name_first = (2..=3).contains(&(j - i))
        && lex.given_names.contains(texts[0])
        && (j - i == 2 || texts[1].len() <= 2 && texts[1].ends_with('.'))
        && (!PLACE_OR_BODY_WORDS.contains(&last) || matches!(last, "Hall" | "West"));
    if given_name_first {
        return Some(EntityKind::Person);
    }
    if texts
        .iter()
        .any(|t| lex.org_heads.contains(*t) || lex.known_orgs.contains(*t))
    {
        return Some(EntityKind::Organisation);
    }
    // `an Iowa Democrat`, `a Texas Republican`: a party's member from somewhere, no name.
    if PARTY_MEMBERS.contains(&doc.norm(&tokens[j - 1])) {
        return None;
    }
    // `Marks and Spencer`, `Heineken and Carlsberg`: a person's name has no `and`.
    if texts.iter().any(|t| matches!(*t, "and" | "&")) {
        return Some(EntityKind::Organisation);
    }
    if j - i == 1 && is_acronym(texts[0]) {
        return Some(EntityKind::Organisation);
    }
    if texts.iter().any(|t| PLACE_OR_BODY_WORDS.contains(t)) {
        return None;
    }
    // (`on US TV`, `Irish Radio`, `State Television`: a broadcaster by its medium, no
    // person — `He also said…` after `…on US TV.` was `US TV` speaking.)
    if j - i >= 2 && matches!(last, "TV" | "Television" | "Radio") {
        return Some(EntityKind::Outlet);
    }
    let name = name_tokens(doc, i, j);
    let titled = name.first().is_some_and(|&k| k > i);
    let name_texts: Vec<&str> = name.iter().map(|&k| doc.text(tokens[k].span())).collect();
    // `June Smith`, `Yin Myint May`: a month that is also a name, inside a name of two words or
    // more and with no date around it (`May 5`, `5 June`, `last May`, `in April`).
    let dated = |k: usize| {
        tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number)
            || k < i && {
                let w = doc.norm(&tokens[k]);
                FRONTING_TIME.contains(&w)
            }
    };
    let named_month = |t: &str| {
        matches!(t, "April" | "May" | "June" | "August")
            && name.len() >= 2
            && !dated(j)
            && !(i > 0 && dated(i - 1))
    };
    if name_texts.iter().any(|t| {
        lex.months_days.contains(*t) && !named_month(t)
            || lex.nationalities.contains(*t)
            || lex.stopwords_cap.contains(*t)
    }) {
        return None;
    }
    match name.len() {
        1 => {
            let n = trim_suffix(doc.norm(&tokens[name[0]]), "'s");
            (titled || surnames.contains_key(n) || lex.mononyms.contains(name_texts[0]))
                .then_some(EntityKind::Person)
        }
        2..=4 => Some(EntityKind::Person),
        _ => None, // no name left after titles, or too long to be one
    }
}

/// `Friends of the Earth`, `Museum of the Moving Image`: a body's one-word head, then `of the`
/// and a capitalised run — one name, when the head is a body's (`Church`, `Museum`) or the
/// whole is a body the lexicon knows. Not a person and their employer: `Smith of the Guardian`.
/// Returns where the name ends.
fn of_the_name(doc: &Document, i: usize, j: usize, hi: usize) -> Option<usize> {
    let tokens = doc.tokens();
    if j != i + 1
        || j + 2 >= hi
        || doc.norm(&tokens[j]) != "of"
        || doc.norm(&tokens[j + 1]) != "the"
    {
        return None;
    }
    let cap = |k: usize| tokens[k].kind == TokenKind::Word && tokens[k].is_capitalised();
    let end = (j + 2..hi.min(j + 6))
        .find(|&k| !cap(k))
        .unwrap_or(hi.min(j + 6));
    if end == j + 2 {
        return None;
    }
    let lex = lexicon();
    let head = doc.text(tokens[i].span());
    let whole = doc.spaced_text(tokens[i].span().cover(tokens[end - 1].span()));
    (lex.org_heads.contains(head) || lex.known_orgs.contains(whole.as_ref())).then_some(end)
}

/// Does token `j` join two parts of one name (`Department of State`, `bin Salman`, `Marks and
/// Spencer`)? Not `and` before another person: `NSA Director Michael Rogers and Director of
/// National Intelligence James Clapper`, `Michael Rogers and James Clapper` are two names.
fn joins_name(doc: &Document, j: usize, hi: usize) -> bool {
    let lex = lexicon();
    let tokens = doc.tokens();
    let w = doc.norm(&tokens[j]);
    let another_person = w == "and"
        && j + 2 < hi
        && (lex.titles.longest_in(doc, j + 1, hi).is_some()
            || lex.given_names.contains(doc.text(tokens[j + 1].span()))
                && tokens[j + 2].is_capitalised()
                && tokens[j + 2].kind == TokenKind::Word);
    // `Lawyers for Clinton said`: people for someone, capitalised only as the sentence's first
    // word, are no name (`Americans for Prosperity` is one).
    // (`Representatives for Vance`: a plural of a listed singular too.)
    // (`Allies of Priya Lal say`: people in the plural with `of`; `Director of Communications`
    // is a title.)
    let people_for = matches!(w, "for" | "of") && j > 0 && tokens[j - 1].is_sentence_start() && {
        let people = doc.norm(&tokens[j - 1]);
        w == "for" && lex.anon_nouns.contains(people)
            || people.ends_with('s') && lex.anon_nouns.contains(people)
            || super::classify::plural_of_unnamed(people)
            // (`Residents of Vardan said…`, `Critics of Smith say…`: a group of people, with
            // where or whom they are of.)
            || people.ends_with('s') && lex.weasel_groups.contains(people)
    };
    (matches!(w, "of" | "for" | "and" | "&" | "de" | "la") || lex.name_particles.contains(w))
        && !another_person
        && !people_for
        && j + 1 < hi
        && tokens[j + 1].is_capitalised()
        && tokens[j + 1].kind == TokenKind::Word
}

/// Words that put a month before them in a date (`last May`, `in June`).
const FRONTING_TIME: &[&str] = &[
    "in", "on", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid",
    "of", "from", "through", "before", "after", "during", "that", "each", "every",
];

/// `MPs`, `MEPs`, `CEOs`: an abbreviation in the plural.
fn is_plural_acronym(text: &str) -> bool {
    text.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

fn is_acronym(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && text
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
        && !text.contains('.')
}
