//! `credcheck`: lint news drafts for sourcing credibility.
//!
//! Data flow: arguments (clap) → inputs (files, `-`) → read and decode → `Document::parse` →
//! report. Only this crate touches the terminal and the file system.

mod input;
mod inspect;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use credcheck_core::{Document, Format};

use crate::input::{Origin, ReadProblem, read_draft};
use crate::output::write_stdout;

/// Default limit on the size of one draft (10 MB): larger files are reported and skipped.
const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Lint news drafts for sourcing credibility: anonymous sources, unverified claims, denials.
#[derive(Debug, Parser)]
#[command(name = "credcheck", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show how credcheck reads drafts: blocks, sentences and quotations with positions.
    Inspect(InspectArgs),
}

#[derive(Debug, clap::Args)]
struct InspectArgs {
    /// Drafts to read (`-` reads standard input).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = InspectFormat::Text)]
    format: InspectFormat,
    /// Read every input as this format instead of going by the file extension.
    #[arg(long, value_name = "FORMAT", value_parser = parse_input_format)]
    input_format: Option<Format>,
    /// Also list every token with its matching form and flags (text output only).
    #[arg(long)]
    tokens: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InspectFormat {
    /// A readable listing.
    Text,
    /// The JSON document described in the README (schema version 1).
    Json,
}

fn parse_input_format(s: &str) -> Result<Format, String> {
    s.parse()
}

/// Exit codes, as documented in the README.
mod exit {
    /// Nothing to report at or above the threshold.
    pub const OK: u8 = 0;
    /// Usage, configuration or I/O error (a draft that could not be read).
    pub const ERROR: u8 = 2;
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::ERROR
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Inspect(args) => run_inspect(&args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("credcheck: error: {e:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}

fn run_inspect(args: &InspectArgs) -> anyhow::Result<u8> {
    let mut code = exit::OK;
    let mut files = Vec::new();
    let mut listing = String::new();
    let mut docs = Vec::new();
    for arg in &args.files {
        let origin = Origin::from_arg(arg);
        match read_draft(&origin, DEFAULT_MAX_BYTES) {
            Ok(draft) => {
                let doc = Document::parse(&draft.text, origin.format(args.input_format));
                docs.push((draft, doc));
            }
            Err(ReadProblem::Error(msg)) => {
                eprintln!("credcheck: error: {msg}");
                code = exit::ERROR;
            }
            Err(ReadProblem::Skipped(msg)) => eprintln!("credcheck: {msg}"),
        }
    }
    match args.format {
        InspectFormat::Text => {
            for (i, (draft, doc)) in docs.iter().enumerate() {
                if i > 0 {
                    listing.push('\n');
                }
                listing.push_str(&inspect::inspect_text(draft, doc, args.tokens));
            }
        }
        InspectFormat::Json => {
            files.extend(
                docs.iter()
                    .map(|(draft, doc)| inspect::inspect_file(draft, doc)),
            );
            let report = inspect::InspectReport { version: 1, files };
            listing = serde_json::to_string_pretty(&report)?;
            listing.push('\n');
        }
    }
    write_stdout(&listing)?;
    Ok(code)
}
