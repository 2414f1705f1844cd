//! Compiled rules and the findings they produce.

use std::sync::Arc;

use credcheck_core::Span;

pub use crate::pack::SuppressionCheck;
use crate::pack::{BlockScope, QuoteScope, Severity, Window};

/// Index of a rule in [`Engine::rules`](crate::Engine::rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RuleId(pub usize);

/// A pattern's index in the engine (patterns with the same compiled form are shared).
pub(crate) type PatId = usize;

/// Where a rule's example text is expected to be flagged, or that it is clean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The text with the `[ … ]` marks removed.
    pub text: String,
    /// Byte ranges of `text` that must be flagged (empty for a clean example).
    pub expected: Vec<Span>,
    /// As written in the pack, marks included.
    pub source: String,
    /// 1-based line of the example in its pack file.
    pub line: usize,
}

impl Example {
    /// True for an example that must produce no finding.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        self.expected.is_empty()
    }
}

/// What makes a rule fire.
#[derive(Debug, Clone)]
pub(crate) enum Trigger {
    /// A token pattern matches (one compiled pattern per top-level alternative).
    Pattern(Vec<PatId>),
    /// A regular expression matches the sentence text (the engine's regex list names the rule).
    Regex,
    /// An attribution of the attribution analysis whose source kind (and response) match.
    Attribution {
        kinds: Vec<credcheck_core::SourceKind>,
        response: crate::pack::ResponseMatch,
        content: crate::pack::ContentMatch,
        cue: crate::pack::CueMatch,
        surname_only: bool,
        without_role: bool,
        /// Leave out an attribution inside what a named person or body reports later in the
        /// sentence (`…, which many fear in Russia, Mr Hensel said`).
        outside_named_report: bool,
    },
    /// A quotation whose attribution is missing or late.
    Quote {
        attribution: crate::pack::QuoteAttribution,
        min_words: usize,
        min_sentences: usize,
    },
    /// A finding about the draft's suppression comments.
    Suppression(SuppressionCheck),
    /// A document metric crosses a threshold.
    Metric {
        metric: crate::pack::Metric,
        above: Option<f64>,
        below: Option<f64>,
        min_attributions: usize,
        min_sentences: usize,
    },
    /// Another rule (or any rule of a category) fired and `requires` is absent from the window
    /// (or, with `present`, `with` occurs in it).
    When {
        on: Vec<WhenTarget>,
        requires: Vec<PatId>,
        present: bool,
        window: Window,
        /// Stand on the nearest `with` match rather than on the followed finding.
        on_with: bool,
    },
}

/// The kinds of [`Trigger`], for finding a kind's rules without reading every rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TriggerKind {
    Pattern,
    Regex,
    Attribution,
    Quote,
    Suppression,
    Metric,
    When,
}

impl TriggerKind {
    /// How many kinds there are (the last one's index, plus one).
    pub const COUNT: usize = TriggerKind::When as usize + 1;
}

impl Trigger {
    pub fn kind(&self) -> TriggerKind {
        match self {
            Trigger::Pattern(_) => TriggerKind::Pattern,
            Trigger::Regex => TriggerKind::Regex,
            Trigger::Attribution { .. } => TriggerKind::Attribution,
            Trigger::Quote { .. } => TriggerKind::Quote,
            Trigger::Suppression(_) => TriggerKind::Suppression,
            Trigger::Metric { .. } => TriggerKind::Metric,
            Trigger::When { .. } => TriggerKind::When,
        }
    }
}

/// The findings a `when` rule follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WhenTarget {
    Rule(RuleId),
    Category(String),
}

/// A loaded pack's metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    /// Unique id (kebab-case).
    pub id: String,
    /// Short title.
    pub title: String,
    /// One-paragraph description.
    pub description: String,
    /// The file it was loaded from.
    pub origin: String,
}

/// A validated, compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Unique id (kebab-case).
    pub id: String,
    /// The id of the pack it comes from.
    pub pack: String,
    /// The category (`anonymous-source`, `unverified-claim`, `denial`, …).
    pub category: String,
    /// The default severity.
    pub severity: Severity,
    /// The message template (`{match}`, `{suggest}` are filled in).
    pub message: String,
    /// Long documentation (Markdown).
    pub docs: String,
    /// Newsroom standards the rule comes from.
    pub references: Vec<String>,
    /// Suggested replacements for the highlighted words.
    pub suggest: Vec<String>,
    /// Safe replacements (`fix` in the pack): words of the highlighted text, lower case, and
    /// what replaces them, longest first. `--fix` applies them.
    pub fix: Vec<(Vec<String>, String)>,
    /// Flagged and clean examples, run by `credcheck rules test`.
    pub examples: Vec<Example>,
    /// The pack file it was loaded from.
    pub origin: String,
    pub(crate) trigger: Trigger,
    pub(crate) unless: Vec<PatId>,
    pub(crate) unless_window: Window,
    pub(crate) quotes: QuoteScope,
    pub(crate) scope: BlockScope,
    /// Report only the first finding of the rule in a document.
    pub(crate) once: bool,
    /// A configuration setting (`house-outlet`) whose value, when it occurs in the finding's
    /// sentence, cancels the finding (its value comes from the [`Profile`](crate::Profile)).
    pub unless_setting: Option<String>,
    /// Source kinds of the attribution analysis that cancel a finding standing in such a
    /// source's phrase (`unless-source`).
    pub(crate) unless_source: Vec<credcheck_core::SourceKind>,
    /// Source kinds one of which the finding's words must be the source phrase of
    /// (`requires-source`); empty: no such condition.
    pub(crate) requires_source: Vec<credcheck_core::SourceKind>,
    /// Responses the analysis finds in the `unless-window` that cancel a finding
    /// (`unless-response`).
    pub(crate) unless_response: Option<crate::pack::ResponseMatch>,
    /// Drop a finding inside what a named person or body reports (`unless-named-report`).
    pub(crate) unless_named_report: bool,
    /// Rules that say it better: a finding of this rule is dropped in a sentence where one of
    /// theirs stands (`yields-to`).
    pub(crate) yields_to: Vec<RuleId>,
}

impl Rule {
    /// Does the rule report on the draft's suppression comments rather than on its prose (it
    /// has no examples of its own)?
    #[must_use]
    pub fn checks_suppressions(&self) -> bool {
        matches!(self.trigger, Trigger::Suppression(_))
    }

    /// What `{suggest}` becomes: each suggestion in curly quotation marks, joined with "or"
    /// (`“said” or “stated”`). Messages and docs write `{suggest}` without marks of their own.
    #[must_use]
    pub fn suggestions(&self) -> String {
        self.suggest
            .iter()
            .map(|s| format!("“{s}”"))
            .collect::<Vec<_>>()
            .join(" or ")
    }

    /// The highlighted `text` with the rule's safe replacements made (each key replaced where
    /// its words stand, ignoring case; a capital first letter kept), or `None` when no key
    /// occurs in it.
    #[must_use]
    pub fn fixed(&self, text: &str) -> Option<String> {
        if self.fix.is_empty() {
            return None;
        }
        // Words with their byte ranges.
        let words: Vec<(usize, usize)> = text
            .split_whitespace()
            .map(|w| {
                let start = w.as_ptr() as usize - text.as_ptr() as usize;
                (start, start + w.len())
            })
            .collect();
        let lower: Vec<String> = words
            .iter()
            .map(|&(a, b)| text[a..b].to_lowercase().replace('’', "'"))
            .collect();
        let mut out = String::new();
        let mut copied = 0;
        let mut k = 0;
        let mut changed = false;
        while k < words.len() {
            let hit = self.fix.iter().find(|(key, _)| {
                k + key.len() <= lower.len() && key.iter().zip(&lower[k..]).all(|(a, b)| a == b)
            });
            if let Some((key, replacement)) = hit {
                let (start, end) = (words[k].0, words[k + key.len() - 1].1);
                out.push_str(&text[copied..start]);
                let capital = text[start..].starts_with(|c: char| c.is_uppercase());
                let mut chars = replacement.chars();
                match chars.next() {
                    Some(first) if capital => {
                        out.extend(first.to_uppercase());
                        out.push_str(chars.as_str());
                    }
                    _ => out.push_str(replacement),
                }
                copied = end;
                k += key.len();
                changed = true;
            } else {
                k += 1;
            }
        }
        out.push_str(&text[copied..]);
        changed.then_some(out)
    }

    /// A one-line summary for lists: the first sentence of the docs' "What it flags" (or of
    /// the message), at most 100 characters.
    #[must_use]
    pub fn summary(&self) -> String {
        let flags = self.docs.split("## What it flags").nth(1).and_then(|s| {
            s.lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with('#'))
        });
        // A message is a template: its placeholders mean nothing in a list of rules.
        let message = self
            .message
            .replace("“{match}”", "…")
            .replace("\"{match}\"", "…")
            .replace("{match}", "…")
            .replace("{suggest}", "…");
        let text = flags.unwrap_or(message.as_str());
        let first = text.split_inclusive(". ").next().unwrap_or(text).trim();
        if first.chars().count() <= 100 {
            return first.to_owned();
        }
        let cut: String = first.chars().take(99).collect();
        format!(
            "{}…",
            cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head)
        )
    }

    /// The rule's documentation with `{suggest}` filled in.
    #[must_use]
    pub fn rendered_docs(&self) -> String {
        if self.suggest.is_empty() {
            return self.docs.clone();
        }
        self.docs.replace("{suggest}", &self.suggestions())
    }
}

/// What a reporter shows about the rule behind a finding, shared by all its findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInfo {
    /// The rule id.
    pub id: String,
    /// The id of its pack.
    pub pack: String,
    /// Its category.
    pub category: String,
    /// Its default severity (a profile may report its findings at another).
    pub severity: Severity,
    /// A one-line summary ([`Rule::summary`]).
    pub summary: String,
    /// Its documentation (Markdown) with `{suggest}` filled in.
    pub docs: String,
    /// The newsroom standards it comes from.
    pub references: Vec<String>,
    /// Where the full explanation is: `credcheck rules explain ID`.
    pub help: String,
}

impl RuleInfo {
    pub(crate) fn of(rule: &Rule) -> RuleInfo {
        RuleInfo {
            id: rule.id.clone(),
            pack: rule.pack.clone(),
            category: rule.category.clone(),
            severity: rule.severity,
            summary: rule.summary(),
            docs: rule.rendered_docs(),
            references: rule.references.clone(),
            help: format!("credcheck rules explain {}", rule.id),
        }
    }
}

/// One finding: a rule, the words it concerns and what to tell the writer — everything a
/// reporter needs, without the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule that fired.
    pub rule: RuleId,
    /// What to show about that rule (id, pack, category, docs, help).
    pub info: Arc<RuleInfo>,
    /// Its severity.
    pub severity: Severity,
    /// The highlighted words: byte offsets into the document source, end-exclusive.
    pub span: Span,
    /// The rule's message with its placeholders filled in.
    pub message: String,
    /// Words to consider instead of the highlighted ones — the rule's suggestions (alternatives
    /// to weigh, not replacements known to be safe), or the rule name meant by a misspelt one
    /// in a suppression.
    pub suggestions: Vec<String>,
    /// The safe replacement of the highlighted words, when the rule declares one for them
    /// (`--fix` applies it).
    pub fix: Option<String>,
    /// Other words the finding concerns: the finding a `when` rule follows, when the finding
    /// stands elsewhere (`did indeed` endorsing `Informed sources`).
    pub related: Vec<Span>,
}
