//! Loading rule files: TOML → validated rules → one [`Engine`].
//!
//! This module reads the files, packs and lists; [`validate`] checks each rule and
//! [`compile`] turns it into the engine's form.

mod compile;
mod validate;

use std::collections::HashMap;

use credcheck_core::phrase_tokens;
use regex::Regex;
use rustc_hash::FxHashSet;
use toml::Spanned;

use crate::anchors::CompiledPattern;
use crate::builtin::BUILTIN_FILES;
use crate::engine::Engine;
use crate::error::{LoadError, LoadErrors, SourceFile, suggest};
use crate::pack::RawFile;
use crate::pattern::{ListId, Node, Resolver, WordId};
use crate::rule::{Pack, PatId, Rule, RuleId};
use crate::vocab::{ListDef, Vocab};

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
    /// Each distinct pattern once (a pattern tree hashed with Fx: `SipHash` of every tree was a
    /// tenth of loading the packs).
    pattern_ids: rustc_hash::FxHashMap<Node, PatId>,
    rules: Vec<Rule>,
    packs: Vec<Pack>,
    rule_ids: HashMap<String, (String, usize)>,
    regexes: Vec<(Regex, RuleId)>,
    /// `when` targets to resolve once every rule is known: (rule, target text, file, range).
    pending_when: Vec<(usize, String, usize, std::ops::Range<usize>)>,
    /// `yields-to` ids to resolve once every rule is known: (rule, id, file, range).
    pending_yields: Vec<(usize, String, usize, std::ops::Range<usize>)>,
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
        let breaks: Vec<Vec<usize>> = files
            .iter()
            .map(|(_, text)| SourceFile::line_breaks(text))
            .collect();
        for ((origin, text), breaks) in files.iter().zip(&breaks) {
            let file = SourceFile {
                origin,
                text,
                breaks,
            };
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
        // The attribution analysis's own lists, then shared list files: every pack may use them.
        self.define_core_lists();
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
        let files: Vec<SourceFile<'_>> = parsed.iter().map(|(f, _)| *f).collect();
        self.resolve_when(&files);
        self.resolve_yields(&files);
        if !self.errors.is_empty() {
            return Err(LoadErrors(self.errors));
        }
        self.finish().map_err(|e| LoadErrors(vec![e]))
    }

    /// The word lists of the attribution analysis that packs share (`@anon-source-noun`,
    /// `@denial-verb`, …), read from their one home in credcheck-core.
    fn define_core_lists(&mut self) {
        for (name, text) in credcheck_core::lexicon::SHARED_LISTS {
            let id = self.lists.len() as ListId;
            let entries = credcheck_core::lexicon::entry_phrases(text)
                .map(|e| e.iter().map(|t| self.vocab.intern(t)).collect())
                .filter(|e: &Vec<WordId>| !e.is_empty())
                .collect();
            self.lists.push(ListDef { entries });
            self.shared.insert((*name).to_owned(), id);
        }
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
            if credcheck_core::lexicon::SHARED_LISTS
                .iter()
                .any(|(core, _)| core == name)
            {
                self.errors.push(file.error(
                    entries.span(),
                    format!("list `{name}` is one of the attribution analysis's own lists"),
                    Some(format!(
                        "use `@{name}` as it is (its one home is credcheck-core's lexicon), or give your list another name"
                    )),
                ));
                continue;
            }
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
                // (A set of what the list holds, not a scan of it per entry: the built-in lists
                // include one another's thousands of phrases, and the scan made loading
                // quadratic in a list's length.)
                let have: FxHashSet<&[WordId]> = self.lists[id as usize]
                    .entries
                    .iter()
                    .map(Vec::as_slice)
                    .collect();
                let add: Vec<Vec<WordId>> = self.lists[t as usize]
                    .entries
                    .iter()
                    .filter(|e| !have.contains(e.as_slice()))
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
