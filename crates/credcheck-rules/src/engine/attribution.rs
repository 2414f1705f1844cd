//! Attribution rules: who is cited, how, and with what response.

use credcheck_core::CueKind;

use super::patterns::keep;
use super::text::content_matches;
use super::{Cx, Raw, rules_with};
use crate::pack::CueMatch;
use crate::rule::Trigger;

/// The findings of `attribution` rules.
pub(super) fn findings(cx: &Cx<'_>, raw: &mut Vec<Raw>) {
    let doc = cx.doc;
    let attribution_rules = rules_with(cx.engine, |t| match t {
        Trigger::Attribution {
            kinds,
            response,
            content,
            cue,
            surname_only,
            without_role,
        } => Some((
            kinds,
            response,
            *content,
            *cue,
            *surname_only,
            *without_role,
        )),
        _ => None,
    });
    for (id, rule, (kinds, response, content, cue, surname_only, without_role)) in attribution_rules
    {
        for a in doc.attributions() {
            if (surname_only && !a.surname_only) || (without_role && !a.without_role) {
                continue;
            }
            let cue_ok = match cue {
                CueMatch::Any => true,
                CueMatch::Speech => a.cue_kind == CueKind::Speech,
                CueMatch::Attitude => a.cue_kind == CueKind::Attitude,
            };
            if !cue_ok || !content_matches(doc, a.content, content) {
                continue;
            }
            if !response.accepts(a.response) || !kinds.contains(&a.kind) {
                continue;
            }
            let span = a.source.unwrap_or(a.cue);
            if keep(cx, rule, a.sentence.index(), span) {
                raw.push(Raw::new(id, span, a.sentence.index()));
            }
        }
    }
}
