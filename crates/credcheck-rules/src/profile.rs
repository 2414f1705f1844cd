//! How one desk runs the engine: which rules report and at what severity, the values of its
//! settings, and whether a suppression must give a reason. A front end builds one profile per
//! configuration and checks each draft with it ([`Engine::check_with`]).

use credcheck_core::clause::dateline;
use credcheck_core::{Document, Span};

use crate::engine::Engine;
use crate::pack::Severity;
use crate::rule::{Rule, RuleId};

/// A desk's choices over a loaded engine.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Per rule: reported at this severity, or not at all.
    severities: Vec<Option<Severity>>,
    /// Settings (`house-outlet` → `The Ledger`), values lower-cased for matching.
    settings: Vec<(String, String)>,
    require_reason: bool,
}

impl Profile {
    /// Every rule of `engine` at its own severity, no settings, reasons optional.
    #[must_use]
    pub fn new(engine: &Engine) -> Profile {
        Profile {
            severities: engine.rules().iter().map(|r| Some(r.severity)).collect(),
            settings: Vec::new(),
            require_reason: false,
        }
    }

    /// Reports `rule` at `severity`, or not at all with `None`.
    pub fn set_severity(&mut self, rule: RuleId, severity: Option<Severity>) -> &mut Profile {
        if let Some(slot) = self.severities.get_mut(rule.0) {
            *slot = severity;
        }
        self
    }

    /// Gives a setting a value (a rule's `unless-setting` names it). An empty value is unset.
    pub fn set(&mut self, key: &str, value: &str) -> &mut Profile {
        self.settings.retain(|(k, _)| k != key);
        if !value.trim().is_empty() {
            self.settings
                .push((key.to_owned(), value.trim().to_lowercase()));
        }
        self
    }

    /// Requires every suppression to give a reason (`suppression-without-reason` otherwise).
    pub fn require_suppression_reason(&mut self, yes: bool) -> &mut Profile {
        self.require_reason = yes;
        self
    }

    /// The severity `rule` is reported at, or `None` when it is not reported.
    #[must_use]
    pub fn severity(&self, rule: RuleId) -> Option<Severity> {
        self.severities.get(rule.0).copied().flatten()
    }

    /// Must suppressions give a reason?
    #[must_use]
    pub fn requires_suppression_reason(&self) -> bool {
        self.require_reason
    }

    /// Does the value of the rule's `unless-setting` (the house outlet) occur in sentence `si`?
    /// (`sources told the Ledger` in the Ledger's own copy is its own sourcing.) With no
    /// `house-outlet` set, the agency of the draft's own dateline stands for it
    /// (`LONDON, March 3 (Reuters) -`: `sources told Reuters` are the story's own); `dateline`
    /// is [`dateline_outlet`] of the draft: the agency, and the byte its dateline ends at (the
    /// agency is looked for after it: the dateline names it too).
    pub(crate) fn cancels(
        &self,
        rule: &Rule,
        doc: &Document,
        si: usize,
        dateline: Option<&(String, usize)>,
    ) -> bool {
        let Some(key) = &rule.unless_setting else {
            return false;
        };
        let (value, from) = match self.settings.iter().find(|(k, _)| k == key) {
            Some((_, value)) => (value.as_str(), 0),
            None if key == "house-outlet" => match dateline {
                Some((outlet, end)) => (outlet.as_str(), *end),
                None => return false,
            },
            None => return false,
        };
        doc.sentences().get(si).is_some_and(|s| {
            let span = Span::new(s.span.start.max(from).min(s.span.end), s.span.end);
            let text = doc.text(span).to_lowercase();
            names_of(value).any(|name| contains_words(&text, name))
        })
    }
}

/// The names an outlet goes by: its own, and for the agencies that sign datelines with
/// initials, their full names (`AP`: `The Associated Press`).
fn names_of(outlet: &str) -> impl Iterator<Item = &str> {
    let full = match outlet {
        "ap" => Some("associated press"),
        "afp" => Some("agence france-presse"),
        "upi" => Some("united press international"),
        "dpa" => Some("deutsche presse-agentur"),
        "pa" => Some("press association"),
        _ => None,
    };
    std::iter::once(outlet).chain(full)
}

/// Does `name` occur in `text` as whole words (not `ap` inside `apparently`)?
fn contains_words(text: &str, name: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(name).any(|(at, _)| {
        !word(text[..at].chars().next_back()) && !word(text[at + name.len()..].chars().next())
    })
}

/// Sentences read for a dateline: a headline, a byline and a blank line or two come first.
const DATELINE_SENTENCES: usize = 8;

/// The agency in the draft's dateline ([`credcheck_core::clause::dateline`]), lower-cased, and
/// the byte the dateline ends at: `LONDON, March 3 (Reuters) -`, `Washington (AFP) —`, `NEW YORK
/// (AP) --` give `reuters`, `afp`, `ap`, in one of the first sentences.
#[must_use]
pub fn dateline_outlet(doc: &Document) -> Option<(String, usize)> {
    let tokens = doc.tokens();
    doc.sentences()
        .iter()
        .take(DATELINE_SENTENCES)
        .find_map(|s| {
            let line = dateline(doc, s.tokens.start, s.tokens.end)?;
            let (a, b) = line.agency?;
            let span = Span::new(tokens[a].span().start, tokens[b - 1].span().end);
            Some((
                doc.text(span).to_lowercase(),
                tokens[line.end - 1].span().end,
            ))
        })
}
