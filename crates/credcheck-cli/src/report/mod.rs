//! Reporters: one per output format, each turning a finished run into text.

mod ci;
mod full;
mod json;

use credcheck_rules::Engine;

use crate::check::RunReport;

pub use ci::{Concise, Github, JsonLines, Junit, Sarif};
pub use full::Full;
pub use json::Json;

/// Renders a finished run.
pub trait Reporter {
    /// The whole output for standard output.
    fn render(&self, engine: &Engine, report: &RunReport) -> String;
}
