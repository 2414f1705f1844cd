//! The built-in packs on wire-style drafts of our own (tests/fixtures/wire-battery.tsv): each
//! sentence, checked alone, is flagged for its category exactly when the battery says a careful
//! editor would query it there.

use credcheck_core::{Document, Format};
use credcheck_rules::{Engine, EngineBuilder};

/// The built-in engine.
fn builtin() -> Engine {
    let mut builder = EngineBuilder::new();
    builder.add_builtin();
    builder.build().expect("built-in packs load")
}

/// The battery's sentences: (category, whether it must be flagged, sentence).
fn battery() -> Vec<(&'static str, bool, &'static str)> {
    include_str!("fixtures/wire-battery.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let cols: Vec<&str> = line.splitn(3, '\t').collect();
            let [category, expected, text] = cols[..] else {
                panic!("a battery line is category, 0 or 1, and a sentence: {line:?}");
            };
            assert!(
                matches!(category, "anonymous-source" | "unverified-claim" | "denial"),
                "unknown category in {line:?}"
            );
            let expected = match expected {
                "1" => true,
                "0" => false,
                _ => panic!("expected 0 or 1 in {line:?}"),
            };
            (category, expected, text)
        })
        .collect()
}

/// The rules of `category` that flag `text`, checked alone.
fn rules_flagging(engine: &Engine, text: &str, category: &str) -> Vec<String> {
    let doc = Document::parse(&format!("{text}\n"), Format::Text);
    engine
        .check(&doc)
        .into_iter()
        .filter(|f| f.info.category == category)
        .map(|f| f.info.id.clone())
        .collect()
}

/// Fails with every wrong case listed, or when fewer than `min` cases ran.
fn verdict(wrong: &[String], cases: usize, min: usize, what: &str) {
    assert!(cases >= min, "only {cases} cases ran");
    assert!(
        wrong.is_empty(),
        "{} of {cases} {what}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn wire_style_sentences_are_flagged_exactly_where_an_editor_would_query_them() {
    let engine = builtin();
    let mut wrong = Vec::new();
    let mut cases = 0;
    for (category, expected, text) in battery() {
        let rules = rules_flagging(&engine, text, category);
        if rules.is_empty() == expected {
            wrong.push(format!(
                "{category} {}: {text} {rules:?}",
                u8::from(expected)
            ));
        }
        cases += 1;
    }
    verdict(&wrong, cases, 150, "battery sentences wrong");
}

/// A way of framing a sentence, by name.
type Frame = (&'static str, fn(&str) -> String);

/// How copy opens and runs on a sentence: after a connective, after a fronted phrase of time or
/// place, with a clause after it. A sentence flagged alone must stay flagged for its category
/// in each, and one clean alone stays clean (a metamorphic test: found `^`-anchored patterns
/// and subject finding that held only at the very start of a sentence).
#[test]
fn flagged_sentences_stay_flagged_however_copy_opens_or_runs_on() {
    let engine = builtin();
    let openings: [Frame; 5] = [
        ("but", |s| format!("But {}", lower_first(s))),
        ("and", |s| format!("And {}", lower_first(s))),
        ("monday", |s| format!("On Monday, {}", lower_first(s))),
        ("place", |s| {
            format!("Meanwhile, in the capital, {}", lower_first(s))
        }),
        ("tail", |s| {
            format!(
                "{}, a sign of how far the row has spread.",
                s.trim_end_matches('.')
            )
        }),
    ];
    let (mut wrong, mut cases) = (Vec::new(), 0);
    for (category, expected, text) in battery() {
        // (A quotation opening the sentence, or a connective already there, frames nothing
        // new; nor does a headline without its full stop.)
        if text.starts_with(['"', '“', '\''])
            || text.starts_with("But ")
            || text.starts_with("Meanwhile")
            || !text.ends_with('.')
        {
            continue;
        }
        for (name, frame) in &openings {
            let variant = frame(text);
            cases += 1;
            if rules_flagging(&engine, &variant, category).is_empty() == expected {
                let what = if expected { "lost" } else { "gained" };
                wrong.push(format!("{category} {what} [{name}]: {variant}"));
            }
        }
    }
    verdict(&wrong, cases, 1000, "framed sentences changed");
}

/// How another newsroom sets the same copy: curly quotation marks and apostrophes for straight
/// ones, unspaced em dashes for spaced hyphens, lines hard-wrapped at 40 columns, and no-break
/// spaces among the spaces. A sentence flagged with one typography must
/// be flagged with the other, and a clean one stay clean (`tools/robustness.py` found the
/// analysis reading a curly restart of a quotation as nested, and an aside between unspaced em
/// dashes as the speaker's words).
#[test]
fn typography_moves_no_verdict() {
    let engine = builtin();
    let frames: [Frame; 6] = [
        ("curly", curly),
        ("contracted", |s| negations(s, true)),
        ("written-out", |s| negations(s, false)),
        ("em-dash", |s| s.replace(" - ", "\u{2014}")),
        ("wrapped", |s| wrapped(s, 40)),
        ("no-break", |s| {
            let mut n = 0;
            s.chars()
                .map(|c| {
                    n += usize::from(c == ' ');
                    if c == ' ' && n % 3 == 0 { '\u{a0}' } else { c }
                })
                .collect()
        }),
    ];
    let (mut wrong, mut cases) = (Vec::new(), 0);
    for (category, expected, text) in battery() {
        for (name, frame) in &frames {
            let variant = frame(text);
            if variant == text {
                continue;
            }
            cases += 1;
            if rules_flagging(&engine, &variant, category).is_empty() == expected {
                let what = if expected { "lost" } else { "gained" };
                wrong.push(format!("{category} {what} [{name}]: {variant}"));
            }
        }
    }
    verdict(&wrong, cases, 500, "sentences set another way changed");
}

/// Negations and their contractions, as copy writes them either way.
const NEGATIONS: &[(&str, &str)] = &[
    (" did not ", " didn't "),
    (" does not ", " doesn't "),
    (" do not ", " don't "),
    (" could not ", " couldn't "),
    (" would not ", " wouldn't "),
    (" was not ", " wasn't "),
    (" were not ", " weren't "),
    (" is not ", " isn't "),
    (" are not ", " aren't "),
    (" has not ", " hasn't "),
    (" have not ", " haven't "),
    (" had not ", " hadn't "),
    (" will not ", " won't "),
    (" cannot ", " can't "),
];

/// `s` with every negation contracted (`contract`) or every contraction written out.
fn negations(s: &str, contract: bool) -> String {
    NEGATIONS.iter().fold(s.to_string(), |s, (long, short)| {
        if contract {
            s.replace(long, short)
        } else {
            s.replace(short, long)
        }
    })
}

/// `s` hard-wrapped at `width` columns, as plain-text wire copy is — or `s` itself when that
/// makes fewer than three lines (two lines, one without a stop, read as a headline and its
/// story, as a CMS export's are).
fn wrapped(s: &str, width: usize) -> String {
    let mut col = 0;
    let out: String = s
        .chars()
        .map(|c| {
            col += 1;
            if c == ' ' && col > width {
                col = 0;
                '\n'
            } else {
                c
            }
        })
        .collect();
    if out.matches('\n').count() >= 2 {
        out
    } else {
        s.to_string()
    }
}

/// `s` with straight quotation marks set curly: an opening mark at the start or after a space
/// or bracket, a closing mark (or an apostrophe) elsewhere.
fn curly(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev = ' ';
    for c in s.chars() {
        let opening = prev.is_whitespace() || matches!(prev, '(' | '[' | '\u{2014}');
        out.push(match (c, opening) {
            ('"', true) => '\u{201c}',
            ('"', false) => '\u{201d}',
            ('\'', true) => '\u{2018}',
            ('\'', false) => '\u{2019}',
            _ => c,
        });
        prev = c;
    }
    out
}

/// The sentence with its first letter in lower case, unless its first word is a name (a
/// capital inside it or a word not among the common openers of the battery).
fn lower_first(s: &str) -> String {
    const COMMON: &[&str] = &[
        "a",
        "according",
        "activists",
        "aid",
        "aides",
        "allegations",
        "allies",
        "an",
        "analysts",
        "another",
        "asked",
        "at",
        "attempts",
        "bankers",
        "by",
        "calls",
        "claims",
        "critics",
        "diplomats",
        "doctors",
        "donors",
        "dozens",
        "economists",
        "efforts",
        "estimates",
        "few",
        "figures",
        "friends",
        "government",
        "he",
        "hospital",
        "hundreds",
        "in",
        "insiders",
        "investigators",
        "it",
        "lawyers",
        "local",
        "many",
        "medics",
        "most",
        "news",
        "no",
        "none",
        "officials",
        "one",
        "other",
        "others",
        "party",
        "people",
        "police",
        "polls",
        "press",
        "reports",
        "requests",
        "research",
        "residents",
        "rumours",
        "security",
        "senior",
        "several",
        "she",
        "some",
        "someone",
        "sources",
        "speculation",
        "supporters",
        "technologists",
        "the",
        "there",
        "they",
        "those",
        "three",
        "traders",
        "two",
        "unofficial",
        "up",
        "western",
        "what",
        "witnesses",
    ];
    let first = s.split([' ', ',']).next().unwrap_or_default();
    if COMMON.contains(&first.to_lowercase().as_str()) {
        let mut chars = s.chars();
        chars.next().map_or_else(String::new, |c| {
            c.to_lowercase().chain(chars).collect::<String>()
        })
    } else {
        s.to_owned()
    }
}

/// One claim put several ways (tests/fixtures/wire-variants.tsv: the speaker before or after
/// the claim, in inversion, after `according to`, after a connective or a fronted phrase, with
/// an adverb or an aside, in the passive): every way is flagged for the line's category.
#[test]
fn a_claim_is_flagged_however_its_sentence_puts_it() {
    let engine = builtin();
    let (mut wrong, mut cases) = (Vec::new(), 0);
    for line in include_str!("fixtures/wire-variants.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let Some((category, variants)) = line.split_once('\t') else {
            panic!("a variants line is a category, a tab, and sentences: {line:?}");
        };
        for text in variants.split(" || ") {
            cases += 1;
            if rules_flagging(&engine, text.trim(), category).is_empty() {
                wrong.push(format!("{category}: {text}"));
            }
        }
    }
    verdict(&wrong, cases, 70, "variants not flagged");
}

/// Every common way of denying and of not answering (`denied the report`, `dismissed the claims
/// as nonsense`, `"That is simply untrue," … said`; `declined to comment`, `could not be reached
/// for comment`, `Calls to … were not returned`), said by a named person, an unnamed
/// spokesman, a body and a group: each sentence is flagged for denial.
#[test]
fn every_common_denial_and_non_response_is_flagged_whoever_says_it() {
    const PHRASINGS: &[&str] = &[
        "{X} denied the report.",
        "{X} denied wrongdoing.",
        "{X} said the claims were false.",
        "{X} dismissed the claims as nonsense.",
        "{X} rejected the allegations.",
        "{X} insisted he had done nothing wrong.",
        "{X} said he had done nothing wrong.",
        "{X} called the report untrue.",
        "{X} disputed the account.",
        "{X} has denied any involvement.",
        "{X} strongly denies the claims.",
        "{X} said the report was inaccurate.",
        "{X} said reports that he had quit were wrong.",
        "{X} refuted the claims.",
        "{X} said there was no truth in the reports.",
        "{X} described the claims as baseless.",
        "{X} said the allegations were without foundation.",
        "{X} pushed back on the claims.",
        "{X} said the story was a fabrication.",
        "The claims were false, {x} said.",
        "\"The claims are false,\" {x} said.",
        "\"That is simply untrue,\" {x} said.",
        "{X} denied that he had met the lobbyist.",
        "{X} has repeatedly denied the allegations.",
        "{X} said the accusations were politically motivated.",
        "{X} flatly rejected the suggestion.",
        "{X} brushed off the criticism.",
        "{X} said the report was \"completely false\".",
        "{X} denied having any contact with the group.",
        "{X} said the claims were \"absurd\".",
        "{X} called the allegations a smear.",
        "{X} said he was innocent.",
        "{X} maintained his innocence.",
        "{X} said the charges were baseless.",
        "{X} has dismissed the reports as speculation.",
        "{X} said it \"categorically\" rejected the claims.",
        "{X} said it did not recognise the figures.",
        "{X} contested the findings.",
        "{X} said the video had been doctored.",
        "{X} said the report misrepresented his views.",
        "{X} said the story was \"nonsense\".",
        "{X} said the claims had no basis.",
        "{X} declined to comment.",
        "{X} did not return calls.",
        "{X} could not be reached for comment.",
        "{X} did not respond to requests for comment.",
        "{X} would not say whether he had met them.",
        "{X} refused to comment.",
        "{X} has not responded.",
        "{X} did not immediately respond to an email seeking comment.",
        "{X} was not available for comment.",
        "{X} had no immediate comment.",
        "Calls to {x} were not returned.",
        "{X} did not reply to messages.",
        "{X} declined to be interviewed.",
        "{X} declined to discuss the matter.",
        "{X} would not comment on the report.",
        "{X} did not respond to a request for comment on Friday.",
        "{X} said it did not comment on speculation.",
        "{X} said it would not comment on individual cases.",
        "{X} did not answer questions about the deal.",
        "Messages left for {x} were not returned.",
        "{X} declined repeated requests for comment.",
        "{X} did not comment.",
        "{X} had no comment.",
        "{X} offered no comment.",
        "{X} could not immediately be reached.",
        "{X} did not return a phone call seeking comment.",
        "{X} refused to say how much he was paid.",
        "{X} declined to say whether the talks had ended.",
        "A request for comment to {x} went unanswered.",
        "{X} has yet to respond.",
        "{X} has not commented publicly.",
        "{X} did not respond to emailed questions.",
        "{X} could not be contacted.",
        "{X} didn't respond to repeated requests for comment.",
        "{X} hasn't responded to the allegations.",
        "{X} said the investigation was a witch hunt.",
        "{X} said the inquiry was politically motivated.",
        "\"We never said that,\" {x} said.",
        "{X} said the payments were entirely legal.",
        "{X} called the report fake news.",
        "{X} dismissed the allegations as rubbish.",
        "{X} said the meeting never happened.",
        "{X} would neither confirm nor deny the report.",
        "{X} issued a flat denial on Friday.",
        "{X} said the story was not accurate.",
        "{X} said the claims could not be further from the truth.",
        "{X} said the lawsuit was frivolous.",
        "{X} shot down rumours of a merger.",
        "{X} moved to quell speculation that the deal had collapsed.",
        "{X} cast doubt on the report.",
    ];
    const SPEAKERS: &[&str] = &[
        "The minister",
        "A spokesman for the firm",
        "Mark Toner",
        "The company",
        "Officials",
    ];
    // (Mid-sentence, a common noun's capital goes: `Calls to the minister…`.)
    let fill = |phrasing: &str, speaker: &str| {
        let inner = if speaker == "Mark Toner" {
            speaker.to_owned()
        } else {
            speaker[..1].to_lowercase() + &speaker[1..]
        };
        phrasing.replace("{X}", speaker).replace("{x}", &inner)
    };
    every_filled_sentence_is_flagged(
        (PHRASINGS, SPEAKERS, fill),
        "denial",
        400,
        "denials and non-responses not flagged",
    );
}

/// Fills every template with every filler (`fill`), checks each sentence alone, and fails
/// with those not flagged for `category`, or when fewer than `min` ran.
fn every_filled_sentence_is_flagged(
    (templates, fillers, fill): (&[&str], &[&str], impl Fn(&str, &str) -> String),
    category: &str,
    min: usize,
    what: &str,
) {
    let engine = builtin();
    let (mut wrong, mut cases) = (Vec::new(), 0);
    for template in templates {
        for filler in fillers {
            let text = fill(template, filler);
            cases += 1;
            if rules_flagging(&engine, &text, category).is_empty() {
                wrong.push(text);
            }
        }
    }
    verdict(&wrong, cases, min, what);
}

/// Every common description of an unnamed source (`a source close to the investigation`,
/// `Whitehall sources`, `a senior Tory`, `an official who was not authorized to speak
/// publicly`, `friends of the couple`…) in six shapes (before the claim, after it, `according
/// to`, after a quotation, told an outlet, after `But`): each sentence is flagged for
/// anonymous-source.
#[test]
fn every_common_description_of_an_unnamed_source_is_flagged() {
    const SOURCES: &[&str] = &[
        "a source close to the investigation",
        "a person with knowledge of the talks",
        "an insider",
        "a senior Labour source",
        "Whitehall sources",
        "a government source",
        "a well-placed source",
        "sources at the club",
        "sources in Washington",
        "a campaign aide",
        "a senior administration official",
        "an official who was not authorized to speak publicly",
        "one Democratic strategist",
        "a Republican operative",
        "a Western diplomat",
        "a senior police officer",
        "a person who attended the meeting",
        "two people briefed on the matter",
        "someone close to the singer",
        "friends of the couple",
        "a source",
        "insiders",
        "those close to him",
        "a senior Tory",
        "a Downing Street source",
        "a club insider",
        "a Pentagon official",
        "US officials",
        "a European diplomat",
        "a banker involved in the deal",
        "one trader",
        "a former aide",
        "a senior executive at the bank",
        "a person familiar with his thinking",
        "an adviser to the president",
        "officials in Kabul",
        "a White House official",
        "people close to the negotiations",
        "a relative of the victim",
        "a neighbour",
        "a witness",
        "a police source",
        "security sources",
        "Treasury sources",
        "party sources",
        "a senior party figure",
        "a Labour insider",
        "one official",
        "a senior Democratic aide",
        "a congressional aide",
        "an industry source",
        "a party elder",
        "a Tory grandee",
        "a veteran Republican consultant",
        "a House GOP leadership aide",
        "a person who has spoken to him",
    ];
    const SHAPES: &[&str] = &[
        "{S} said the talks had stalled.",
        "The talks had stalled, {s} said.",
        "According to {s}, the talks had stalled.",
        "\"The talks have stalled,\" {s} said.",
        "{S} told the BBC the talks had stalled.",
        "But {s} said the talks had stalled.",
    ];
    let fill = |shape: &str, source: &str| {
        let capital = source[..1].to_uppercase() + &source[1..];
        shape.replace("{S}", &capital).replace("{s}", source)
    };
    every_filled_sentence_is_flagged(
        (SHAPES, SOURCES, fill),
        "anonymous-source",
        330,
        "unnamed sources not flagged",
    );
}

/// Every common way of resting a claim on a poll, a survey, a study or a report nobody can look
/// up (`Polling shows…`, `Several polls have shown…`, `…, a new survey found`, `According to
/// the latest polls, …`, `A leaked report says…`, `Studies show…`): each is flagged for
/// unverified-claim.
#[test]
fn every_common_citation_of_an_unnamed_poll_or_study_is_flagged() {
    const SENTENCES: &[&str] = &[
        "Polling shows Clinton ahead in Ohio.",
        "Recent polling suggests Clinton is ahead in Ohio.",
        "A new survey out Tuesday shows Clinton ahead in Ohio.",
        "Surveys have consistently shown that Clinton is ahead.",
        "Exit polling showed Clinton winning women.",
        "The latest national polls show Clinton ahead.",
        "Most polls show Clinton ahead in Ohio.",
        "Several polls have shown Clinton ahead in Ohio.",
        "Public polls show Clinton ahead in Ohio.",
        "Polls have shown for months that Clinton is ahead.",
        "According to the latest polls, Clinton is ahead in Ohio.",
        "A poll released Monday found Clinton ahead.",
        "Polls suggest the race is tightening.",
        "Some polls show the race tightening.",
        "Clinton is ahead, according to a new poll.",
        "Clinton is ahead, polls show.",
        "Clinton is ahead, a new survey found.",
        "A recent poll found that 55 percent of voters back Clinton.",
        "Fifty-five percent of voters back Clinton, according to a recent survey.",
        "A recent study found the drug was safe.",
        "Studies show the drug is safe.",
        "Research shows the drug is safe.",
        "A report released Tuesday found the program had failed.",
        "An internal report found the program had failed.",
        "A leaked report says the program failed.",
        "A study published this week suggests the drug is safe.",
        "Estimates suggest 10,000 people attended.",
        "Some estimates put the crowd at 10,000.",
        "Preliminary figures suggest turnout was high.",
    ];
    let engine = builtin();
    let wrong: Vec<String> = SENTENCES
        .iter()
        .filter(|text| rules_flagging(&engine, text, "unverified-claim").is_empty())
        .map(|text| (*text).to_owned())
        .collect();
    verdict(
        &wrong,
        SENTENCES.len(),
        25,
        "unnamed polls or studies not flagged",
    );
}

/// A view pinned on a vague group (`Many economists applaud the move`, `Critics have condemned
/// the plan`, `Some voters are convinced the vote was rigged`): 16 groups, 24 stances — belief,
/// fear, doubt, argument, forecast, and reactions outside the simple past — each flagged as an
/// unverified claim.
#[test]
fn every_stance_pinned_on_a_vague_group_is_flagged() {
    const STANCES: &[&str] = &[
        "marvel at the speed of the change.",
        "applaud the move.",
        "are questioning the plan.",
        "wonder whether the deal will survive.",
        "worry that the plan will fail.",
        "fear the worst.",
        "complain that the rules are unfair.",
        "argue that the tax is too high.",
        "suspect the figures were massaged.",
        "doubt the plan will work.",
        "have welcomed the decision.",
        "lament the loss of the old system.",
        "are convinced the vote was rigged.",
        "remain skeptical of the deal.",
        "see the move as a betrayal.",
        "view him as a liability.",
        "have praised the reform.",
        "have criticised the decision.",
        "insist the policy is working.",
        "contend that the numbers are wrong.",
        "predict a close race.",
        "expect him to run again.",
        "have condemned the plan.",
        "decry the cuts.",
    ];
    const GROUPS: &[&str] = &[
        "Many Democrats",
        "Some Republicans",
        "Some voters",
        "Many economists",
        "Some activists",
        "Critics",
        "Skeptics",
        "Many in the party",
        "Some in Washington",
        "Others",
        "Many",
        "A growing number of conservatives",
        "Some party members",
        "Most observers",
        "Many Britons",
        "Some fans",
        "Human rights groups",
        "Environmental groups",
        "Partisans",
    ];
    every_filled_sentence_is_flagged(
        (STANCES, GROUPS, |stance: &str, group: &str| {
            format!("{group} {stance}")
        }),
        "unverified-claim",
        456,
        "stances of vague groups not flagged",
    );
}
