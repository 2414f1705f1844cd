//! Compiling validated rules: patterns (shared when identical), triggers, `when` targets,
//! and the finished [`Engine`] with its list automaton, anchor tables and regex set.

use std::collections::HashMap;

use credcheck_core::SourceKind;
use regex::{Regex, RegexSet};
use toml::Spanned;

use super::{Loader, PackResolver};
use crate::anchors::{CompiledPattern, starts_at_sentence_start};
use crate::engine::Engine;
use crate::error::{LoadError, SourceFile};
use crate::matcher::Prog;
use crate::pack::{RawAttributionMatch, RawRule, ResponseMatch, Window};
use crate::pattern::{self, ListId, Node};
use crate::rule::{PatId, Rule, RuleId, Trigger, WhenTarget};
use crate::vocab::Lists;

impl Loader {
    /// Validates one `[[rule]]` and compiles it.
    pub(super) fn rule(
        &mut self,
        fi: usize,
        file: SourceFile<'_>,
        pack: &str,
        local: &HashMap<String, ListId>,
        spanned: &Spanned<RawRule>,
    ) {
        let r = spanned.get_ref();
        let id = r.id.get_ref().clone();
        self.check_identity(file, r);
        self.check_keys(file, r);
        self.rule_ids
            .insert(id.clone(), (file.origin.to_owned(), self.rules.len()));
        let category = r.category.get_ref().clone();
        let rule_index = self.rules.len();
        let trigger = self.trigger(fi, file, local, r, rule_index);
        let unless: Vec<PatId> = r
            .unless
            .iter()
            .filter_map(|u| self.pattern(file, local, u))
            .flatten()
            .collect();
        let unless_source = r
            .unless_source
            .as_ref()
            .and_then(|s| self.source_kinds(file, s))
            .unwrap_or_default();
        let requires_source = r
            .requires_source
            .as_ref()
            .and_then(|s| self.source_kinds(file, s))
            .unwrap_or_default();
        let unless_response = r
            .unless_response
            .as_ref()
            .and_then(|s| self.responses(file, s));
        let examples = if r.suppression.is_some() && r.example.is_empty() {
            Vec::new()
        } else {
            self.examples(file, &id, spanned, &r.example)
        };

        self.rules.push(Rule {
            id,
            pack: pack.to_owned(),
            category,
            severity: *r.severity.get_ref(),
            message: r.message.get_ref().clone(),
            docs: r.docs.clone().unwrap_or_default(),
            references: r.references.clone(),
            suggest: r.suggest.clone(),
            fix: {
                let mut fix: Vec<(Vec<String>, String)> = r
                    .fix
                    .iter()
                    .map(|(k, v)| {
                        let key = k
                            .split_whitespace()
                            .map(|w| w.to_lowercase().replace('’', "'"))
                            .collect();
                        (key, v.clone())
                    })
                    .filter(|(k, _): &(Vec<String>, String)| !k.is_empty())
                    .collect();
                fix.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
                fix
            },
            examples,
            origin: file.origin.to_owned(),
            trigger: trigger.unwrap_or(Trigger::Regex),
            unless,
            unless_window: r
                .unless_window
                .as_ref()
                .map_or(Window::Sentence, |w| *w.get_ref()),
            quotes: r.quotes,
            scope: r.scope,
            once: r.once,
            unless_setting: r.unless_setting.as_ref().map(|s| s.get_ref().clone()),
            unless_source,
            unless_response,
            unless_named_report: r.unless_named_report,
            requires_source,
            yields_to: Vec::new(), // resolved in `resolve_yields`
        });
        for target in &r.yields_to {
            self.pending_yields
                .push((rule_index, target.get_ref().clone(), fi, target.span()));
        }
    }

    /// The rule's trigger (its one matcher key), compiled; `None` after an error.
    fn trigger(
        &mut self,
        fi: usize,
        file: SourceFile<'_>,
        local: &HashMap<String, ListId>,
        r: &RawRule,
        rule_index: usize,
    ) -> Option<Trigger> {
        if let Some(check) = &r.suppression {
            Some(Trigger::Suppression(*check.get_ref()))
        } else if let Some(p) = &r.pattern {
            self.pattern(file, local, p).map(Trigger::Pattern)
        } else if let Some(re) = &r.regex {
            match Regex::new(re.get_ref()) {
                Ok(regex) => {
                    self.regexes.push((regex, RuleId(rule_index)));
                    Some(Trigger::Regex)
                }
                Err(e) => {
                    let msg = e
                        .to_string()
                        .lines()
                        .last()
                        .unwrap_or("invalid regex")
                        .trim()
                        .to_owned();
                    self.errors.push(file.error(re.span(), format!("bad regex: {msg}"), Some("the `regex` crate's syntax (no look-around); test it on sentence text".into())));
                    None
                }
            }
        } else if let Some(m) = &r.attribution {
            self.attribution_trigger(file, m)
        } else if let Some(q) = &r.quote {
            let q = q.get_ref();
            Some(Trigger::Quote {
                attribution: q.attribution,
                min_words: q.min_words,
                min_sentences: q.min_sentences,
            })
        } else if let Some(metric) = &r.metric {
            Some(Trigger::Metric {
                metric: *metric.get_ref(),
                above: r.above.as_ref().map(|v| *v.get_ref()),
                below: r.below.as_ref().map(|v| *v.get_ref()),
                min_attributions: r.min_attributions.unwrap_or(0),
                min_sentences: r.min_sentences.unwrap_or(0),
            })
        } else if let (Some(when), Some(req)) = (&r.when, r.requires.as_ref().or(r.with.as_ref())) {
            let requires = self.pattern(file, local, req);
            self.pending_when
                .push((rule_index, when.get_ref().clone(), fi, when.span()));
            let window = if r.with.is_some() {
                r.with_window.as_ref()
            } else {
                r.requires_window.as_ref()
            };
            requires.map(|requires| Trigger::When {
                on: Vec::new(), // resolved in `resolve_when`
                requires,
                present: r.with.is_some(),
                window: window.map_or(Window::Sentence, |w| *w.get_ref()),
                on_with: r.highlight_with.as_ref().is_some_and(|h| *h.get_ref()),
            })
        } else {
            None
        }
    }

    /// Compiles one pattern string (a TOML value) into one compiled pattern per top-level
    /// alternative (so each alternative gets its own anchor), sharing identical ones.
    pub(super) fn pattern(
        &mut self,
        file: SourceFile<'_>,
        local: &HashMap<String, ListId>,
        value: &Spanned<String>,
    ) -> Option<Vec<PatId>> {
        let mut resolver = PackResolver {
            vocab: &mut self.vocab,
            local,
            shared: &self.shared,
        };
        match pattern::parse(value.get_ref(), &mut resolver) {
            Ok(node) => {
                let arms = match node {
                    Node::Alt(arms) => arms,
                    other => vec![other],
                };
                let ids = arms
                    .into_iter()
                    .map(|arm| {
                        if let Some(&id) = self.pattern_ids.get(&arm) {
                            return id;
                        }
                        let id = self.patterns.len();
                        self.pattern_ids.insert(arm.clone(), id);
                        let at_start = starts_at_sentence_start(&arm);
                        self.patterns.push(CompiledPattern {
                            prog: Prog::compile(&arm),
                            node: arm,
                            prefix: (0, None),
                            at_start,
                        });
                        id
                    })
                    .collect();
                Some(ids)
            }
            Err(e) => {
                let range = file.inner_range(value.span(), value.get_ref(), e.range);
                self.errors
                    .push(file.error(range, format!("bad pattern: {}", e.message), e.help));
                None
            }
        }
    }

    /// Source kinds written `"anonymous|vague"`; `None` (and an error) for an unknown one.
    fn source_kinds(
        &mut self,
        file: SourceFile<'_>,
        source: &Spanned<String>,
    ) -> Option<Vec<SourceKind>> {
        let mut kinds = Vec::new();
        for name in source.get_ref().split('|').map(str::trim) {
            if let Some(k) = SourceKind::ALL.iter().find(|k| k.name() == name) {
                kinds.push(*k);
            } else {
                let known: Vec<&str> = SourceKind::ALL.iter().map(|k| k.name()).collect();
                self.errors.push(file.error(
                    source.span(),
                    format!("unknown source kind `{name}`"),
                    Some(format!(
                        "source kinds: {} (several: \"anonymous|vague\")",
                        known.join(", ")
                    )),
                ));
                return None;
            }
        }
        Some(kinds)
    }

    /// `unless-response = "denial|non-response"` → the responses that cancel a finding.
    fn responses(&mut self, file: SourceFile<'_>, text: &Spanned<String>) -> Option<ResponseMatch> {
        match ResponseMatch::parse(text.get_ref()) {
            // (`none` — an attribution with no response — answers no allegation: it would
            // cancel the finding wherever anyone says anything.)
            Ok(m) if m.none => {
                self.errors.push(file.error(
                    text.span(),
                    "`none` is no reply: `unless-response` names the replies that cancel a finding",
                    Some("responses: denial, non-response, any (several: \"denial|non-response\")".into()),
                ));
                None
            }
            Ok(m) => Some(m),
            Err(word) => {
                self.errors.push(file.error(
                    text.span(),
                    format!("unknown response `{word}`"),
                    Some("responses: denial, non-response, any (several: \"denial|non-response\")".into()),
                ));
                None
            }
        }
    }

    /// `attribution = { source = "anonymous|vague", response = "…" }` → a trigger.
    fn attribution_trigger(
        &mut self,
        file: SourceFile<'_>,
        m: &Spanned<RawAttributionMatch>,
    ) -> Option<Trigger> {
        let raw = m.get_ref();
        let kinds = match &raw.source {
            Some(source) => self.source_kinds(file, source)?,
            None => SourceKind::ALL.to_vec(),
        };
        let response = match raw.response.as_ref() {
            None => ResponseMatch {
                none: true,
                ..ResponseMatch::default()
            },
            Some(r) => match ResponseMatch::parse(r.get_ref()) {
                Ok(m) => m,
                Err(word) => {
                    self.errors.push(file.error(
                        r.span(),
                        format!("unknown response `{word}`"),
                        Some("responses: none, denial, non-response, any (several: \"none|denial\")".into()),
                    ));
                    return None;
                }
            },
        };
        let content = raw
            .content
            .as_ref()
            .map_or(crate::pack::ContentMatch::Any, |c| *c.get_ref());
        let cue = raw
            .cue
            .as_ref()
            .map_or(crate::pack::CueMatch::Any, |c| *c.get_ref());
        Some(Trigger::Attribution {
            kinds,
            response,
            content,
            cue,
            surname_only: raw.surname_only,
            without_role: raw.without_role,
            outside_named_report: raw.outside_named_report,
        })
    }

    pub(super) fn resolve_when(&mut self, files: &[SourceFile<'_>]) {
        let pending = std::mem::take(&mut self.pending_when);
        for (ri, targets, fi, range) in pending {
            let file = files[fi];
            let mut on = Vec::new();
            for target in targets.split('|').map(str::trim) {
                match self.when_target(target) {
                    Ok(t) => on.push(t),
                    Err(msg) => self.errors.push(file.error(
                        range.clone(),
                        msg,
                        Some("write `when = \"rule:ID\"` or `when = \"category:NAME\"`; several: `\"rule:a | rule:b\"`".into()),
                    )),
                }
            }
            if let Trigger::When { on: slot, .. } = &mut self.rules[ri].trigger {
                *slot = on;
            }
        }
    }

    /// `yields-to = ["declined-to-comment"]`: the ids become rule ids; an unknown id is an error
    /// with the nearest one.
    pub(super) fn resolve_yields(&mut self, files: &[SourceFile<'_>]) {
        let pending = std::mem::take(&mut self.pending_yields);
        for (ri, id, fi, range) in pending {
            match self.rule_ids.get(&id) {
                Some(&(_, target)) if target != ri => {
                    self.rules[ri].yields_to.push(RuleId(target));
                }
                Some(_) => self.errors.push(files[fi].error(
                    range,
                    format!("rule `{id}` cannot yield to itself"),
                    None,
                )),
                None => {
                    let near = crate::error::suggest(&id, self.rule_ids.keys().map(String::as_str));
                    self.errors.push(files[fi].error(
                        range,
                        format!("`yields-to` names no loaded rule `{id}`"),
                        Some(near.map_or_else(
                            || "name a rule id of a loaded pack".to_owned(),
                            |n| format!("did you mean `{n}`?"),
                        )),
                    ));
                }
            }
        }
    }

    /// One `rule:ID` or `category:NAME` a `when` rule follows.
    fn when_target(&self, target: &str) -> Result<WhenTarget, String> {
        if let Some(cat) = target.strip_prefix("category:") {
            let pattern_rule =
                |r: &Rule| r.category == cat && !matches!(r.trigger, Trigger::When { .. });
            if self.rules.iter().any(pattern_rule) {
                Ok(WhenTarget::Category(cat.to_owned()))
            } else {
                Err(format!(
                    "no loaded rule has category `{cat}`, so this rule could never fire"
                ))
            }
        } else {
            let id = target.strip_prefix("rule:").unwrap_or(target);
            match self.rule_ids.get(id) {
                Some((_, idx)) if !matches!(self.rules[*idx].trigger, Trigger::When { .. }) => {
                    Ok(WhenTarget::Rule(RuleId(*idx)))
                }
                Some(_) => Err(format!(
                    "`{id}` is itself a `when` rule; `when` follows pattern or regex rules"
                )),
                None => Err(format!("no loaded rule has id `{id}`")),
            }
        }
    }

    /// Builds the list automaton, the anchor tables and the regex set.
    pub(super) fn finish(mut self) -> Result<Engine, LoadError> {
        self.vocab.finish(&crate::index::word_class_tables());
        let lists =
            Lists::build(std::mem::take(&mut self.lists), self.vocab.len()).map_err(|m| {
                LoadError {
                    origin: "rules".into(),
                    line: 0,
                    column: 0,
                    width: 1,
                    line_text: String::new(),
                    message: m,
                    help: None,
                }
            })?;
        // Patterns read only as a rule's `unless` are matched where a finding asks about them,
        // not in every sentence of every draft (see `Matches::any_in`).
        let mut lazy = vec![true; self.patterns.len()];
        for r in &self.rules {
            match &r.trigger {
                Trigger::Pattern(pats) | Trigger::When { requires: pats, .. } => {
                    for &p in pats {
                        lazy[p] = false;
                    }
                }
                _ => {}
            }
        }
        let anchors = crate::anchors::plan(&mut self.patterns, &self.vocab, &lists, &lazy);
        let regex_set =
            RegexSet::new(self.regexes.iter().map(|(r, _)| r.as_str())).map_err(|e| LoadError {
                origin: "rules".into(),
                line: 0,
                column: 0,
                width: 1,
                line_text: String::new(),
                message: format!("cannot combine the rules' regexes: {e}"),
                help: None,
            })?;
        let mut by_id: Vec<usize> = (0..self.rules.len()).collect();
        by_id.sort_by(|&a, &b| self.rules[a].id.cmp(&self.rules[b].id));
        let mut rule_rank = vec![0u32; self.rules.len()];
        for (rank, &r) in by_id.iter().enumerate() {
            rule_rank[r] = rank as u32;
        }
        let infos = self
            .rules
            .iter()
            .map(|r| std::sync::Arc::new(crate::rule::RuleInfo::of(r)))
            .collect();
        let mut categories: Vec<String> = self.rules.iter().map(|r| r.category.clone()).collect();
        categories.sort_unstable();
        categories.dedup();
        let category_of = self
            .rules
            .iter()
            .map(|r| categories.binary_search(&r.category).unwrap_or(0) as u32)
            .collect();
        let mut by_kind = vec![Vec::new(); crate::rule::TriggerKind::COUNT];
        for (i, r) in self.rules.iter().enumerate() {
            by_kind[r.trigger.kind() as usize].push(i as u32);
        }
        Ok(Engine {
            infos,
            rule_rank,
            categories,
            category_of,
            by_kind,
            rules: self.rules,
            packs: self.packs,
            vocab: self.vocab,
            lists,
            patterns: self.patterns,
            lazy,
            anchors,
            regex_set,
            regexes: self.regexes,
        })
    }
}
