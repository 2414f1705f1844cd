//! How one desk runs the engine: which rules report and at what severity, the values of its
//! settings, and whether a suppression must give a reason. A front end builds one profile per
//! configuration and checks each draft with it ([`Engine::check_with`]).

use credcheck_core::Document;

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
    /// (`sources told the Ledger` in the Ledger's own copy is its own sourcing.)
    pub(crate) fn cancels(&self, rule: &Rule, doc: &Document, si: usize) -> bool {
        let Some(key) = &rule.unless_setting else {
            return false;
        };
        let Some((_, value)) = self.settings.iter().find(|(k, _)| k == key) else {
            return false;
        };
        doc.sentences()
            .get(si)
            .is_some_and(|s| doc.text(s.span).to_lowercase().contains(value.as_str()))
    }
}
