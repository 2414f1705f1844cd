//! Loading rule files: TOML → validated rules → one [`Engine`].

use std::collections::HashMap;

use credcheck_core::{SourceKind, Span, phrase_tokens};
use regex::{Regex, RegexSet};
use toml::Spanned;

use crate::anchors::{CompiledPattern, starts_at_sentence_start};
use crate::builtin::BUILTIN_FILES;
use crate::engine::Engine;
use crate::error::{LoadError, LoadErrors, SourceFile, suggest};
use crate::pack::{RawAttributionMatch, RawExample, RawFile, RawRule, ResponseMatch, Window};
use crate::pattern::{self, ListId, Node, Resolver, WordId};
use crate::rule::{Example, Pack, PatId, Rule, RuleId, Trigger, WhenTarget};
use crate::vocab::{ListDef, Lists, Vocab};

/// Collects rule files, then validates and compiles them all into an [`Engine`].
///
/// ```
/// use credcheck_core::{Document, Format};
/// use credcheck_rules::EngineBuilder;
///
/// let pack = r#"
/// [pack]
/// id = "house"
///
/// [[rule]]
/// id = "house-sources-say"
/// category = "anonymous-source"
/// severity = "warning"
/// pattern = "[sources] (say | said)"
/// message = "Who are the “{match}”?"
///
/// [[rule.example]]
/// flagged = "[Sources] said the deal was close."
/// [[rule.example]]
/// clean = "Renewable sources said nothing."
/// "#;
/// let mut builder = EngineBuilder::new();
/// builder.add("house.toml", pack);
/// let engine = builder.build().expect("valid pack");
/// let doc = Document::parse("Sources say the mayor will resign.", Format::Text);
/// let findings = engine.check(&doc);
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].message, "Who are the “Sources”?");
/// ```
#[derive(Debug, Default, Clone)]
pub struct EngineBuilder {
    files: Vec<(String, String)>,
}

impl EngineBuilder {
    /// An empty builder (no built-in packs).
    #[must_use]
    pub fn new() -> Self {
        EngineBuilder::default()
    }

    /// Adds the built-in packs and shared lists.
    pub fn add_builtin(&mut self) -> &mut Self {
        for (origin, text) in BUILTIN_FILES {
            self.files.push(((*origin).to_owned(), (*text).to_owned()));
        }
        self
    }

    /// Adds one rule file: a pack (`[pack]` and `[[rule]]`s) or a shared list file (`[lists]`
    /// only). `origin` names it in errors.
    pub fn add(&mut self, origin: impl Into<String>, text: impl Into<String>) -> &mut Self {
        self.files.push((origin.into(), text.into()));
        self
    }

    /// Validates every file and compiles all rules into one engine, or returns every problem.
    pub fn build(&self) -> Result<Engine, LoadErrors> {
        Loader::default().load(&self.files)
    }
}

const MAX_ID_LEN: usize = 64;

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[derive(Default)]
struct Loader {
    errors: Vec<LoadError>,
    vocab: Vocab,
    lists: Vec<ListDef>,
    shared: HashMap<String, ListId>,
    patterns: Vec<CompiledPattern>,
    pattern_ids: HashMap<Node, PatId>,
    rules: Vec<Rule>,
    packs: Vec<Pack>,
    rule_ids: HashMap<String, (String, usize)>,
    regexes: Vec<(Regex, RuleId)>,
    /// `when` targets to resolve once every rule is known: (rule, target text, file, range).
    pending_when: Vec<(usize, String, usize, std::ops::Range<usize>)>,
}

struct PackResolver<'a> {
    vocab: &'a mut Vocab,
    local: &'a HashMap<String, ListId>,
    shared: &'a HashMap<String, ListId>,
}

impl Resolver for PackResolver<'_> {
    fn word(&mut self, norm: &str) -> WordId {
        self.vocab.intern(norm)
    }

    fn list(&mut self, name: &str) -> Result<ListId, (String, Option<String>)> {
        if let Some(&id) = self.local.get(name).or_else(|| self.shared.get(name)) {
            return Ok(id);
        }
        let known = self
            .local
            .keys()
            .chain(self.shared.keys())
            .map(String::as_str);
        let help = match suggest(name, known) {
            Some(s) => format!("did you mean `@{s}`? Lists are defined under [lists] in the pack or in a shared list file"),
            None => "define it under [lists] in this pack, or in a shared list file (rules/lists/*.toml)".to_owned(),
        };
        Err((format!("unknown list `@{name}`"), Some(help)))
    }
}

impl Loader {
    fn load(mut self, files: &[(String, String)]) -> Result<Engine, LoadErrors> {
        let mut parsed = Vec::with_capacity(files.len());
        for (origin, text) in files {
            let file = SourceFile { origin, text };
            match toml::from_str::<RawFile>(text) {
                Ok(raw) => parsed.push((file, raw)),
                Err(e) => {
                    let range = e.span().unwrap_or(0..0);
                    let message = e.message().trim().to_owned();
                    let help = toml_help(&message);
                    self.errors.push(file.error(range, message, help));
                }
            }
        }
        // Shared lists first: every pack may use them.
        for (file, raw) in &parsed {
            if raw.pack.is_none() {
                if !raw.rule.is_empty() {
                    self.errors.push(file.error(
                        raw.rule[0].span(),
                        "rules need a `[pack]` table with an `id`",
                        Some("add `[pack]` and `id = \"my-pack\"` at the top of the file".into()),
                    ));
                }
                let local = self.define_lists(file, &raw.lists);
                for (name, id) in local {
                    if self.shared.insert(name.clone(), id).is_some() {
                        let span = raw.lists[&name].span();
                        self.errors.push(file.error(
                            span,
                            format!("shared list `{name}` is defined twice"),
                            Some("rename one of them".into()),
                        ));
                    }
                }
            }
        }
        let mut pack_ids: HashMap<String, String> = HashMap::new();
        for (fi, (file, raw)) in parsed.iter().enumerate() {
            let Some(meta) = &raw.pack else { continue };
            let pack_id = meta.get_ref().id.get_ref().clone();
            if !is_kebab(&pack_id) {
                self.errors.push(file.error(
                    meta.get_ref().id.span(),
                    format!("pack id `{pack_id}` is not kebab-case"),
                    Some("use lower-case words joined by `-`, e.g. `house-style`".into()),
                ));
            }
            if let Some(other) = pack_ids.insert(pack_id.clone(), file.origin.to_owned()) {
                self.errors.push(file.error(
                    meta.get_ref().id.span(),
                    format!("pack id `{pack_id}` is already used by {other}"),
                    Some("give each pack its own id".into()),
                ));
            }
            if raw.rule.is_empty() {
                self.errors.push(file.error(
                    meta.span(),
                    format!("pack `{pack_id}` has no rules"),
                    Some("add `[[rule]]` tables".into()),
                ));
            }
            self.packs.push(Pack {
                id: pack_id.clone(),
                title: meta.get_ref().title.clone().unwrap_or_default(),
                description: meta.get_ref().description.clone().unwrap_or_default(),
                origin: file.origin.to_owned(),
            });
            let local = self.define_lists(file, &raw.lists);
            for rule in &raw.rule {
                self.rule(fi, *file, &pack_id, &local, rule);
            }
        }
        self.resolve_when(&parsed.iter().map(|(f, _)| *f).collect::<Vec<_>>());
        if !self.errors.is_empty() {
            return Err(LoadErrors(self.errors));
        }
        self.finish().map_err(|e| LoadErrors(vec![e]))
    }

    /// Interns the lists of one file; returns name → id. An entry `@other` includes every entry
    /// of list `other` (of this file, or a shared list loaded before it).
    fn define_lists(
        &mut self,
        file: &SourceFile<'_>,
        lists: &std::collections::BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    ) -> HashMap<String, ListId> {
        let mut out = HashMap::new();
        let mut includes: Vec<(ListId, &Spanned<String>)> = Vec::new();
        for (name, entries) in lists {
            if !is_kebab(name) {
                self.errors.push(file.error(
                    entries.span(),
                    format!("list name `{name}` is not kebab-case"),
                    Some("use lower-case words joined by `-`".into()),
                ));
            }
            if entries.get_ref().is_empty() {
                self.errors.push(file.error(
                    entries.span(),
                    format!("list `{name}` is empty, so `@{name}` could never match"),
                    Some("add entries or remove the list".into()),
                ));
            }
            let id = self.lists.len() as ListId;
            let mut def = ListDef {
                entries: Vec::new(),
            };
            for entry in entries.get_ref() {
                if entry.get_ref().trim_start().starts_with('@') {
                    includes.push((id, entry));
                    continue;
                }
                let toks = phrase_tokens(entry.get_ref());
                if toks.is_empty() {
                    self.errors.push(file.error(
                        entry.span(),
                        format!("empty entry in list `{name}`"),
                        None,
                    ));
                    continue;
                }
                def.entries
                    .push(toks.iter().map(|t| self.vocab.intern(t)).collect());
            }
            self.lists.push(def);
            out.insert(name.clone(), id);
        }
        // Includes, resolved until nothing changes (so includes of includes work, in any order;
        // a cycle simply stops growing).
        let mut resolved: Vec<(ListId, ListId)> = Vec::new();
        for (id, entry) in &includes {
            let target = entry.get_ref().trim().trim_start_matches('@');
            match out.get(target).or_else(|| self.shared.get(target)) {
                Some(&t) if t == *id => self.errors.push(file.error(
                    entry.span(),
                    format!("list includes itself (`@{target}`)"),
                    None,
                )),
                Some(&t) => resolved.push((*id, t)),
                None => {
                    let known: Vec<&String> = out.keys().chain(self.shared.keys()).collect();
                    let hint = crate::error::suggest(target, known.iter().map(|k| k.as_str()))
                        .map(|k| format!("did you mean `@{k}`?"));
                    self.errors.push(file.error(
                        entry.span(),
                        format!("unknown list `@{target}` included"),
                        hint,
                    ));
                }
            }
        }
        loop {
            let mut grew = false;
            for &(id, t) in &resolved {
                let add: Vec<Vec<WordId>> = self.lists[t as usize]
                    .entries
                    .iter()
                    .filter(|e| !self.lists[id as usize].entries.contains(e))
                    .cloned()
                    .collect();
                if !add.is_empty() {
                    grew = true;
                    self.lists[id as usize].entries.extend(add);
                }
            }
            if !grew {
                break;
            }
        }
        out
    }

    /// Compiles one pattern string (a TOML value) into one compiled pattern per top-level
    /// alternative (so each alternative gets its own anchor), sharing identical ones.
    fn pattern(
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

    fn rule(
        &mut self,
        fi: usize,
        file: SourceFile<'_>,
        pack: &str,
        local: &HashMap<String, ListId>,
        spanned: &Spanned<RawRule>,
    ) {
        let r = spanned.get_ref();
        let id = r.id.get_ref().clone();
        if !is_kebab(&id) {
            self.errors.push(file.error(r.id.span(), format!("rule id `{id}` is not kebab-case"), Some("use lower-case words joined by `-` that name the problem, e.g. `anon-bare-source`".into())));
        }
        if let Some((other, _)) = self.rule_ids.get(&id) {
            self.errors.push(file.error(
                r.id.span(),
                format!("rule id `{id}` is already defined in {other}"),
                Some("rule ids must be unique across all loaded packs".into()),
            ));
        }
        self.rule_ids
            .insert(id.clone(), (file.origin.to_owned(), self.rules.len()));
        let category = r.category.get_ref().clone();
        if !is_kebab(&category) {
            self.errors.push(file.error(
                r.category.span(),
                format!("category `{category}` is not kebab-case"),
                Some("e.g. `anonymous-source`, `unverified-claim`, `denial`".into()),
            ));
        }
        self.check_message(file, &r.message, !r.suggest.is_empty());

        let kinds = [
            r.pattern.is_some(),
            r.regex.is_some(),
            r.when.is_some(),
            r.attribution.is_some(),
            r.metric.is_some(),
            r.quote.is_some(),
            r.suppression.is_some(),
        ];
        if kinds.iter().filter(|&&k| k).count() != 1 {
            self.errors.push(file.error(r.id.span(), format!("rule `{id}` needs exactly one of `pattern`, `regex`, `when`, `attribution`, `quote`, `metric` or `suppression`"), Some("`pattern` matches tokens, `regex` matches sentence text, `when` follows another rule's findings, `attribution` matches who is cited, `quote` checks who quotations are credited to, `metric` tests the sourcing summary, `suppression` reports on the draft's suppression comments".into())));
        }
        if (r.above.is_some()
            || r.below.is_some()
            || r.min_attributions.is_some()
            || r.min_sentences.is_some())
            && r.metric.is_none()
        {
            let span = r
                .above
                .as_ref()
                .or(r.below.as_ref())
                .map_or(r.id.span(), Spanned::span);
            self.errors.push(file.error(
                span,
                "`above`, `below`, `min-attributions` and `min-sentences` go with `metric`",
                None,
            ));
        }
        if r.metric.is_some() && r.above.is_none() && r.below.is_none() {
            self.errors.push(file.error(
                r.metric.as_ref().map_or(0..0, Spanned::span),
                "a `metric` rule needs `above` or `below`",
                Some("e.g. `metric = \"anonymous-share\"` with `above = 0.5`".into()),
            ));
        }
        let conditions = usize::from(r.requires.is_some()) + usize::from(r.with.is_some());
        if r.when.is_some() != (conditions > 0) || conditions > 1 {
            let span = r.when.as_ref().map_or_else(
                || {
                    r.requires
                        .as_ref()
                        .or(r.with.as_ref())
                        .map_or(r.id.span(), Spanned::span)
                },
                Spanned::span,
            );
            self.errors.push(file.error(span, "`when` goes with exactly one of `requires` or `with`", Some("`when = \"category:anonymous-source\"` with `requires = \"@anonymity-reason\"` fires when the pattern is missing near the other rule's finding; with `with = \"…\"` it fires when the pattern is present".into())));
        }
        if let (Some(h), None) = (&r.highlight_with, &r.with) {
            self.errors.push(file.error(
                h.span(),
                "`highlight-with` without `with` has no effect",
                Some("`highlight-with = true` puts the finding on the words `with` matched".into()),
            ));
        }
        if r.with_window.is_some() && r.with.is_none() {
            self.errors.push(file.error(
                r.with_window.as_ref().map_or(0..0, Spanned::span),
                "`with-window` without `with` has no effect",
                None,
            ));
        }
        if r.requires_window.is_some() && r.requires.is_none() {
            self.errors.push(file.error(
                r.requires_window.as_ref().map_or(0..0, Spanned::span),
                "`requires-window` without `requires` has no effect",
                None,
            ));
        }
        if r.unless_window.is_some() && r.unless.is_empty() {
            self.errors.push(file.error(
                r.unless_window.as_ref().map_or(0..0, Spanned::span),
                "`unless-window` without `unless` has no effect",
                None,
            ));
        }

        let rule_index = self.rules.len();
        let trigger = if let Some(check) = &r.suppression {
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
        };
        let unless: Vec<PatId> = r
            .unless
            .iter()
            .filter_map(|u| self.pattern(file, local, u))
            .flatten()
            .collect();
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
        });
    }

    /// `attribution = { source = "anonymous|vague", response = "…" }` → a trigger.
    fn attribution_trigger(
        &mut self,
        file: SourceFile<'_>,
        m: &Spanned<RawAttributionMatch>,
    ) -> Option<Trigger> {
        let raw = m.get_ref();
        let mut kinds = Vec::new();
        if let Some(source) = &raw.source {
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
        } else {
            kinds.extend(SourceKind::ALL);
        }
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
        })
    }

    fn check_message(
        &mut self,
        file: SourceFile<'_>,
        message: &Spanned<String>,
        has_suggest: bool,
    ) {
        let text = message.get_ref();
        if text.trim().is_empty() {
            self.errors.push(file.error(
                message.span(),
                "empty message",
                Some("say what an editor will ask and what to do".into()),
            ));
        }
        let mut rest = text.as_str();
        let mut offset = 0;
        while let Some(i) = rest.find(['{', '}']) {
            let tail = &rest[i..];
            let step = if tail.starts_with("{{") || tail.starts_with("}}") {
                2
            } else if tail.starts_with('{') {
                let end = tail.find('}').map_or(tail.len(), |e| e + 1);
                let name = &tail[1..end.saturating_sub(1).max(1)];
                let ok = name == "match" || (name == "suggest" && has_suggest);
                let before = text[..offset + i].chars().next_back();
                let after = tail[end..].chars().next();
                let quoted = name == "suggest"
                    && matches!(before, Some('“' | '"' | '‘' | '\''))
                    && matches!(after, Some('”' | '"' | '’' | '\''));
                if quoted {
                    let range =
                        file.inner_range(message.span(), text, offset + i..offset + i + end);
                    self.errors.push(file.error(
                        range,
                        "`{suggest}` in quotation marks",
                        Some("`{suggest}` puts each suggestion in quotation marks itself (“said” or “stated”): write `Use {suggest}`".into()),
                    ));
                }
                if !ok {
                    let range =
                        file.inner_range(message.span(), text, offset + i..offset + i + end);
                    let help = if name == "suggest" {
                        "`{suggest}` needs a `suggest = [...]` list in the rule".to_owned()
                    } else {
                        "placeholders are `{match}` (the highlighted words) and `{suggest}`; write `{{` for a literal brace".to_owned()
                    };
                    self.errors.push(file.error(
                        range,
                        format!("unknown placeholder `{}`", &tail[..end]),
                        Some(help),
                    ));
                }
                end
            } else {
                1
            };
            offset += i + step;
            rest = &rest[i + step..];
        }
    }

    fn examples(
        &mut self,
        file: SourceFile<'_>,
        id: &str,
        rule: &Spanned<RawRule>,
        raw: &[Spanned<RawExample>],
    ) -> Vec<Example> {
        let mut out = Vec::new();
        let (mut flagged_count, mut clean_count) = (0, 0);
        for ex in raw {
            let e = ex.get_ref();
            let (text, flagged) = match (&e.flagged, &e.clean) {
                (Some(f), None) => {
                    flagged_count += 1;
                    (f, true)
                }
                (None, Some(c)) => {
                    clean_count += 1;
                    (c, false)
                }
                _ => {
                    self.errors.push(file.error(
                        ex.span(),
                        "an example has exactly one of `flagged` or `clean`",
                        Some("write `flagged = \"… [marked words] …\"` or `clean = \"…\"`".into()),
                    ));
                    continue;
                }
            };
            match parse_example(text.get_ref()) {
                Ok((plain, expected)) => {
                    if flagged && expected.is_empty() {
                        self.errors.push(file.error(
                            text.span(),
                            "a flagged example must mark the words it flags with `[ … ]`",
                            Some("e.g. `flagged = \"[Informed sources] told the paper…\"`".into()),
                        ));
                    }
                    if !flagged && !expected.is_empty() {
                        self.errors.push(
                            file.error(
                                text.span(),
                                "a clean example has no `[ … ]` marks",
                                Some(
                                    "remove the brackets, or write `\\\\[` for a literal bracket"
                                        .into(),
                                ),
                            ),
                        );
                    }
                    let line = file.error(text.span(), "", None).line;
                    out.push(Example {
                        text: plain,
                        expected,
                        source: text.get_ref().clone(),
                        line,
                    });
                }
                Err((at, msg)) => {
                    let range = file.inner_range(text.span(), text.get_ref(), at..at + 1);
                    self.errors.push(file.error(range, msg, Some("mark flagged words as `[words]`; write `\\\\[` and `\\\\]` for literal brackets".into())));
                }
            }
        }
        if flagged_count == 0 || clean_count == 0 {
            let missing = if flagged_count == 0 {
                "a `flagged`"
            } else {
                "a `clean`"
            };
            self.errors.push(file.error(rule.get_ref().id.span(), format!("rule `{id}` needs {missing} example"), Some("every rule carries at least one `[[rule.example]]` with `flagged = \"…\"` and one with `clean = \"…\"`; they run as tests".into())));
        }
        out
    }

    fn resolve_when(&mut self, files: &[SourceFile<'_>]) {
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
    fn finish(mut self) -> Result<Engine, LoadError> {
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
        let anchors = crate::anchors::plan(&mut self.patterns, &self.vocab, &lists);
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
        let mut needs_hits = vec![false; self.patterns.len()];
        for rule in &self.rules {
            for &p in &rule.unless {
                needs_hits[p] = true;
            }
            if let Trigger::When { requires, .. } = &rule.trigger {
                for &p in requires {
                    needs_hits[p] = true;
                }
            }
        }
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
        Ok(Engine {
            infos,
            rule_rank,
            rules: self.rules,
            packs: self.packs,
            needs_hits,
            vocab: self.vocab,
            lists,
            patterns: self.patterns,
            anchors,
            regex_set,
            regexes: self.regexes,
        })
    }
}

/// Help for common TOML mistakes, keyed on the parser's message.
fn toml_help(message: &str) -> Option<String> {
    if message.contains("unknown field") {
        Some("check the spelling; the rule format is described in docs/rules.md".into())
    } else if message.contains("unknown variant") {
        Some("use one of the values listed".into())
    } else if message.contains("missing field") {
        Some("add the field; every rule needs `id`, `category`, `severity` and `message`".into())
    } else {
        None
    }
}

/// Splits an example into its plain text and the byte ranges marked with `[ … ]`.
fn parse_example(text: &str) -> Result<(String, Vec<Span>), (usize, String)> {
    let mut plain = String::with_capacity(text.len());
    let mut marks = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some((_, '[' | ']'))) => {
                if let Some((_, n)) = chars.next() {
                    plain.push(n);
                }
            }
            '[' => {
                if open.is_some() {
                    return Err((i, "`[` inside another `[ … ]` mark".into()));
                }
                open = Some((i, plain.len()));
            }
            ']' => {
                let Some((_, start)) = open.take() else {
                    return Err((i, "`]` without a `[`".into()));
                };
                marks.push(Span::new(start, plain.len()));
            }
            c => plain.push(c),
        }
    }
    if let Some((i, _)) = open {
        return Err((i, "`[` is never closed".into()));
    }
    Ok((plain, marks))
}
