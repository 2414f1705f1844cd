//! Attribution rules: who is cited, how, and with what response.

use credcheck_core::CueKind;

use super::patterns::keep;
use super::text::{asks_whether, content_matches};
use super::{Cx, Raw, rules_with};
use crate::pack::CueMatch;
use crate::rule::{Trigger, TriggerKind};

/// The findings of `attribution` rules.
pub(super) fn findings(cx: &Cx<'_>, raw: &mut Vec<Raw>) {
    let doc = cx.doc;
    let attribution_rules = rules_with(cx.engine, TriggerKind::Attribution, |t| match t {
        Trigger::Attribution {
            kinds,
            response,
            content,
            cue,
            surname_only,
            without_role,
            outside_named_report,
        } => Some((
            kinds,
            response,
            *content,
            *cue,
            (*surname_only, *without_role, *outside_named_report),
        )),
        _ => None,
    });
    for (id, rule, (kinds, response, content, cue, (surname_only, without_role, outside))) in
        attribution_rules
    {
        for (ai, a) in doc.attributions().iter().enumerate() {
            // (The cheap tests first: most attributions are of another source kind.)
            if !kinds.contains(&a.kind) || !response.accepts(a.response) {
                continue;
            }
            if (surname_only && !a.surname_only) || (without_role && !a.without_role) {
                continue;
            }
            let cue_ok = match cue {
                CueMatch::Any => true,
                CueMatch::Speech => a.cue_kind == CueKind::Speech,
                CueMatch::Attitude => a.cue_kind == CueKind::Attitude,
                CueMatch::Stance => a.cue_kind == CueKind::Stance,
                // (A question whether something is so casts doubt on it, and puts that doubt on
                // record: `Many are asking whether the coach will survive`; a request does not.)
                CueMatch::Claim => {
                    matches!(a.cue_kind, CueKind::Speech | CueKind::Attitude)
                        || a.cue_kind == CueKind::Question && asks_whether(doc, a.content)
                }
                CueMatch::Question => a.cue_kind == CueKind::Question,
            };
            if !cue_ok || !content_matches(doc, a.content, content) {
                continue;
            }
            if outside && inside_named_report(doc, ai) {
                continue;
            }
            let span = a.source.unwrap_or(a.cue);
            if keep(cx, rule, a.sentence.index(), span) {
                raw.push(Raw::new(id, span, a.sentence.index()));
            }
        }
    }
}

/// How many attributions after one are asked whether they report it.
const REPORT_LOOKAHEAD: usize = 8;

/// Does a named person or body report attribution `ai`, later in its sentence (`Homeowners now
/// expect prices to rise, Mr Bannister said`)? Only a report whose cue follows: what one before it
/// says may run past a `but` into a clause of its own (`Ministers say… but critics fear…`). The
/// next few attributions of the sentence are asked, so a run-on sentence of many stays linear.
///
/// A report before it holds it too when it says so in a clause of its own: its cue then `that`,
/// and no `but`, `while`, comma or semicolon between (`She added that some Democrats have called her to
/// say…`: what some Democrats said is her account). Only a short stretch between is read. A
/// group after a relative `which` glosses a noun, and is never held.
fn inside_named_report(doc: &credcheck_core::Document, ai: usize) -> bool {
    let all = doc.attributions();
    let a = &all[ai];
    // (A group in a relative clause that describes a noun is the writer's gloss, not the
    // speaker's report: `Concessions on a bill which critics claim would allow euthanasia were
    // not a ploy, the lord chancellor has said`.)
    let before_source = doc.source()[..a.source.unwrap_or(a.cue).start].trim_end();
    let relative = before_source
        .strip_suffix("which")
        .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()));
    if relative {
        return false;
    }
    // (A group brought in by a relative `who` inside what a named speaker says or does is
    // theirs to describe: `Devine said he has had no conversations with political supporters
    // who have suggested…`, `Obama rebuked critics who say…`.)
    let relative_group = doc
        .text(a.source.unwrap_or(a.cue))
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("who"));
    // (A denial or a non-response holds what it answers, not its own report: `Critics on the
    // right have long accused him of caving, a charge he rejects` is still the critics'.)
    let named = |b: &credcheck_core::Attribution| {
        matches!(
            b.kind,
            credcheck_core::SourceKind::Named | credcheck_core::SourceKind::Organisation
        ) && b.response.is_none()
            && b.content
                .is_some_and(|c| c.start <= a.cue.start && a.cue.end <= c.end)
    };
    let after = all[ai + 1..]
        .iter()
        .take_while(|b| b.sentence == a.sentence)
        .take(REPORT_LOOKAHEAD)
        .any(|b| named(b) && b.cue.start >= a.cue.end);
    let before = || {
        all[..ai]
            .iter()
            .rev()
            .take_while(|b| b.sentence == a.sentence)
            .take(REPORT_LOOKAHEAD)
            .any(|b| {
                let between = a.source.unwrap_or(a.cue).start;
                let words = doc.text(credcheck_core::Span::new(b.cue.end.min(between), between));
                named(b)
                    && b.cue.end <= between
                    && between - b.cue.end <= REPORTED_CLAUSE_BYTES
                    && (reported_clause(words) || relative_group && no_turn(words))
            })
    };
    after || before()
}

/// How far after a speaker's `said that` a group may stand and still be in what they said.
const REPORTED_CLAUSE_BYTES: usize = 200;

/// Do the words between a cue and a later source open a clause that reports (`that …`, perhaps
/// after a few words of when or where it was said: `said Tuesday that…`, `said in a statement
/// that…`), with no turn to another statement (`but`, `while`, `whereas`, a comma or a
/// semicolon: `Because polls indicated that…, there's a sense among some…` is the writer's main
/// clause)?
/// (A group right after an `and` that ends a clause of some words is the writer's own next
/// clause: `Microsoft has said repeatedly that it wants to be first to the market and some
/// analysts predict…`; not `said that officials and some analysts believe…`.)
fn reported_clause(between: &str) -> bool {
    let lower = between.trim().to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some(that) = words
        .iter()
        .take(REPORTED_CLAUSE_LEAD + 1)
        .position(|w| *w == "that")
    else {
        return false;
    };
    let next_clause = words.last() == Some(&"and") && words.len().saturating_sub(that + 2) >= 3;
    !next_clause && no_turn(between)
}

/// Words that may stand between a cue and its `that` (`said on Monday night that`).
const REPORTED_CLAUSE_LEAD: usize = 4;

/// No turn to another statement in the words between (`but`, `while`, `whereas`, a comma or a
/// semicolon).
fn no_turn(between: &str) -> bool {
    let lower = between.to_ascii_lowercase();
    !lower.contains([';', ','])
        && !lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "but" | "while" | "whereas" | "although" | "though" | "yet"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn source_kind_response_and_cue_select_attributions() {
        let rules = [
            ("anon", r#"attribution = { source = "anonymous" }"#),
            (
                "denial",
                r#"attribution = { source = "named", response = "denial" }"#,
            ),
            ("belief", r#"attribution = { cue = "attitude" }"#),
        ];
        let text = "Two officials said the plant would close. Mayor Ana Ruiz denied the report. \
                    Ruiz believes the plan will fail.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [
                ("anon", "Two officials"),
                ("denial", "Mayor Ana Ruiz"),
                ("belief", "Ruiz")
            ]
        );
    }

    #[test]
    fn a_named_report_later_in_the_sentence_holds_the_vague_claim_inside_it() {
        let rules = [
            (
                "outside",
                r#"attribution = { source = "vague", outside-named-report = true }"#,
            ),
            ("any", r#"attribution = { source = "vague" }"#),
        ];
        // Inside what Mr Bannister reports: only the rule without the option fires. A report
        // before the group does not hold it (its content may run on past `but`).
        let text = "Homeowners now expect prices to rise, Mr Bannister said. \
                    Ministers say the plan works but critics fear a super state.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [
                ("any", "Homeowners"),
                ("any", "critics"),
                ("outside", "critics")
            ]
        );
    }

    #[test]
    fn a_denial_after_the_claim_does_not_hold_it() {
        let rules = [(
            "outside",
            r#"attribution = { source = "vague", outside-named-report = true }"#,
        )];
        // What a named person rejects is the critics' charge, not his report of it (stop 78, a
        // Senate story of our own); what he says still holds it.
        let text = "Mr Brandt has weathered revolts before. Critics have long accused him of \
                    caving on spending, a charge he rejects. Critics fear a super state, Mr Brandt \
                    said.";
        assert_eq!(pairs(&found(&rules, text)), [("outside", "Critics")]);
    }

    #[test]
    fn a_vague_group_glossing_a_noun_is_never_held_by_the_report() {
        let rules = [(
            "outside",
            r#"attribution = { source = "vague", outside-named-report = true }"#,
        )];
        // A relative `which` opens the writer's gloss of `a bill`; the main clause stays held.
        let text = "A bill which critics claim would allow euthanasia was no ploy, the minister said. \
                    Critics claim the bill would allow euthanasia, the minister said.";
        assert_eq!(pairs(&found(&rules, text)), [("outside", "critics")]);
    }

    #[test]
    fn a_named_report_before_holds_the_vague_claim_only_in_its_that_clause() {
        let rules = [(
            "outside",
            r#"attribution = { source = "vague", outside-named-report = true }"#,
        )];
        // Inside `said that…`: the minister's account. After `but`, or with no `that`, the
        // group speaks in a clause of its own.
        let text = "The minister said that critics fear a super state. \
                    The minister said that the plan works, but critics fear a super state. \
                    The minister spoke; critics fear a super state.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [("outside", "critics"), ("outside", "critics")]
        );
    }

    #[test]
    fn a_named_report_holds_its_that_clause_past_when_and_where_it_was_said() {
        let rules = [(
            "outside",
            r#"attribution = { source = "vague", outside-named-report = true }"#,
        )];
        // `said Tuesday that`, `said in a statement that`: the minister's account still. After
        // a clause of its own ended by `and`, the group speaks in the writer's next clause.
        let text = "The minister said Tuesday that critics fear a super state. \
                    The minister said in a statement that critics fear a super state. \
                    The minister has said repeatedly that he wants to be first and critics fear a \
                    super state. The minister said that officials and critics fear a super state.";
        assert_eq!(pairs(&found(&rules, text)), [("outside", "critics")]);
    }

    #[test]
    fn a_group_a_relative_who_brings_into_a_named_report_is_held_by_it() {
        let rules = [(
            "outside",
            r#"attribution = { source = "vague", outside-named-report = true }"#,
        )];
        // The supporters are the object of what the adviser says he has not had; the critics
        // after `but` speak in a clause of their own.
        let text = "Tad Devine said he has had no talks with supporters who have suggested that \
                    Sanders quit. President Obama rebuked the plan, but critics who say it failed are loud.";
        assert_eq!(pairs(&found(&rules, text)), [("outside", "critics who")]);
    }

    #[test]
    fn facts_of_the_analysis_restrict_named_sources() {
        let rules = [
            (
                "surname",
                r#"attribution = { source = "named|unresolved", surname-only = true }"#,
            ),
            (
                "bare",
                r#"attribution = { source = "named", without-role = true }"#,
            ),
        ];
        let text =
            "Okafor said the road would reopen. He gave no date. Jonas Berg said it was late.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [("surname", "Okafor"), ("bare", "Jonas Berg")]
        );
    }

    #[test]
    fn a_claim_cue_leaves_out_wishes_reactions_and_requests() {
        let rules = [
            (
                "claim",
                r#"attribution = { source = "vague", cue = "claim" }"#,
            ),
            (
                "stance",
                r#"attribution = { source = "vague", cue = "stance" }"#,
            ),
        ];
        let text = "Critics say the scheme is unfair. Many voters want to keep the old rules. \
                    Some fans welcomed the decision. Many fans criticised the club for the fee. \
                    Some people asked them to leave. Many are asking whether it was legal.";
        assert_eq!(
            pairs(&found(&rules, text)),
            [
                ("claim", "Critics"),
                ("stance", "Many voters"),
                ("stance", "Some fans"),
                ("claim", "Many fans"),
                ("claim", "Many"),
            ]
        );
    }
}
