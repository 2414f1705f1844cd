//! Exit codes, in one place: what the shell, CI and pre-commit read from a run (as documented
//! in the README).

/// Nothing to report at or above the threshold.
pub const OK: u8 = 0;
/// Findings at or above the `--fail-on` threshold (or failing rule examples).
pub const FINDINGS: u8 = 1;
/// Usage, configuration or I/O error, or an internal error in one draft (the others are still
/// checked).
pub const ERROR: u8 = 2;
