//! The rule engine of credcheck: TOML rule packs, validated at load time and compiled into one
//! immutable [`Engine`] that matches every rule over a [`credcheck_core::Document`] at once.
//!
//! Data flow: rule files → [`EngineBuilder::build`] (TOML → validated rules; word lists interned,
//! multi-word entries in one trie of word ids; each pattern indexed by its anchor and its required
//! keys) →
//! [`Engine::check`] → [`Finding`]s sorted by position. This crate does no file I/O and no
//! formatting: the CLI reads files and renders findings and [`LoadError`]s.
//!
//! See `docs/rules.md` for the rule format, and [`EngineBuilder`] for a runnable example.

mod anchors;
mod builtin;
mod engine;
mod error;
mod examples;
mod index;
mod load;
mod matcher;
mod pack;
mod pattern;
mod profile;
mod rule;
mod table;
mod vocab;

pub use builtin::BUILTIN_FILES;
pub use engine::{Checked, Engine};
pub use error::{LoadError, LoadErrors, suggest};
pub use examples::{ExampleFailure, ExampleReport};
pub use load::EngineBuilder;
pub use pack::{BlockScope, QuoteScope, Severity, SuppressionCheck, Window};
pub use profile::Profile;
pub use rule::{Example, Finding, Pack, Rule, RuleId, RuleInfo};
