//! The command line as clap reads it: the commands, their options and the values they take.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use credcheck_core::Format;

use crate::config;

/// Lint news drafts for sourcing credibility: anonymous sources, unverified claims, denials.
#[derive(Debug, Parser)]
#[command(name = "credcheck", version, about, propagate_version = true)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check drafts and report what an editor would query.
    Check(CheckArgs),
    /// Show how credcheck reads drafts: blocks, sentences and quotations with positions.
    Inspect(InspectArgs),
    /// The sourcing ledger of drafts: who is cited, how identifiable, denials and non-responses.
    Sources(DraftArgs),
    /// Work with rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Measure the packs on labelled copy: precision, recall and F1 per category and per rule.
    Eval(EvalArgs),
    /// Show the configuration that applies to a path.
    Config(ConfigArgs),
    /// Serve the checks over HTTP on this machine: a JSON API for CMS integration and a web
    /// page for the desk (paste or drop a draft, see its findings).
    Serve(ServeArgs),
    /// Run as a language server over standard input and output (for editors: diagnostics as
    /// you type, rule explanations on hover, fixes and suppressions as code actions).
    Lsp,
    /// Write a commented `credcheck.toml` and an example house pack with a tested rule.
    Init {
        /// The folder to write them in. Default: the current folder.
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) for `man`, or write every page (`credcheck.1`,
    /// `credcheck-check.1`, …) into a folder.
    Manpage {
        /// Write the pages of the program and of every subcommand into this folder.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// The address to listen on. The default answers this machine only.
    #[arg(long, default_value = "127.0.0.1")]
    pub(crate) host: String,
    /// The port (0: any free one; the address is printed on standard error).
    #[arg(long, default_value_t = 8731)]
    pub(crate) port: u16,
    /// The largest request body accepted, in bytes (a larger one is refused with 413).
    #[arg(long, value_name = "BYTES", default_value_t = 10 << 20)]
    pub(crate) max_body: u64,
    /// Use this configuration instead of the `credcheck.toml` found from the current folder.
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    pub(crate) config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    pub(crate) isolated: bool,
    #[command(flatten)]
    pub(crate) rule_source: RuleSource,
    /// Requests checked at once [default: the number of cores].
    #[arg(long, value_name = "N")]
    pub(crate) threads: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ConfigArgs {
    /// Print the resolved configuration (the nearest `credcheck.toml` and what it extends); what
    /// `credcheck config` does with or without it.
    #[arg(long)]
    pub(crate) show: bool,
    /// The file or folder whose configuration to show. Default: the current folder.
    #[arg(value_name = "PATH")]
    pub(crate) path: Option<PathBuf>,
    /// Use this configuration file.
    #[arg(long, value_name = "PATH")]
    pub(crate) config: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct RuleSource {
    /// A rule pack file, or a folder of them (repeatable); added to the built-in packs.
    #[arg(long = "rules", value_name = "PATH")]
    pub(crate) rules: Vec<PathBuf>,
    /// Leave out the built-in packs (use only `--rules`).
    #[arg(long)]
    pub(crate) no_builtin: bool,
}

#[derive(Debug, clap::Args)]
#[allow(clippy::struct_excessive_bools)] // command-line flags are booleans
pub(crate) struct CheckArgs {
    /// Files and folders to check (`-` reads standard input). Default: the current folder.
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    #[command(flatten)]
    pub(crate) rule_source: RuleSource,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Full)]
    pub(crate) format: OutputFormat,
    /// Exit with 1 when a finding at or above this severity is reported [default: the
    /// configuration's `fail-on`, else warning].
    #[arg(long, value_enum)]
    pub(crate) fail_on: Option<config::FailOn>,
    /// Use this configuration file for every draft instead of looking for `credcheck.toml`.
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    pub(crate) config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    pub(crate) isolated: bool,
    /// Read every input as this format instead of going by the file extension.
    #[arg(long, value_name = "FORMAT", value_parser = parse_input_format)]
    pub(crate) input_format: Option<Format>,
    /// Word files with tracked changes: read them as if every change were accepted, or as the
    /// original before the changes.
    #[arg(long, value_enum, default_value_t = DocxChanges::Accepted)]
    pub(crate) docx_changes: DocxChanges,
    /// When to use colour in `full` output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "PATH")]
    pub(crate) output_file: Option<PathBuf>,
    /// Exit with 0 even when findings are reported (errors reading drafts or rules still exit 2).
    #[arg(long)]
    pub(crate) exit_zero: bool,
    /// Apply the safe fixes rules declare to the drafts (the one time credcheck writes a
    /// draft), then report what remains. Plain-text and Markdown files only.
    #[arg(long, conflicts_with = "diff")]
    pub(crate) fix: bool,
    /// Print the safe fixes as a unified diff instead of a report; write nothing. Exits 1 when
    /// there is a fix to apply.
    #[arg(long)]
    pub(crate) diff: bool,
    /// After the report, print the number of findings per rule (to standard error with
    /// machine formats).
    #[arg(long)]
    pub(crate) statistics: bool,
    /// Only these rule ids, categories or packs (replaces the configuration's `select`).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub(crate) select: Vec<String>,
    /// Also these rule ids, categories or packs (added to the selection).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub(crate) extend_select: Vec<String>,
    /// Leave out these rule ids, categories or packs (added to the configuration's `ignore`).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub(crate) ignore: Vec<String>,
    /// The path standard input (`-`) stands for: its name in reports, its format and the
    /// configuration that applies to it.
    #[arg(long, value_name = "PATH")]
    pub(crate) stdin_filename: Option<PathBuf>,
    /// Print the findings and errors only: no summary line, no notices of skipped files.
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
    /// Apply the configuration's `include`/`exclude` to files named on the command line too (as
    /// pre-commit and editors name files; by default named files are always checked).
    #[arg(long)]
    pub(crate) force_exclude: bool,
    /// Check this many drafts at once (at most 256). Default: one per CPU.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(0..=256))]
    pub(crate) jobs: Option<u16>,
    /// A progress bar on standard error: `auto` (when it is a terminal, for runs of 100 drafts
    /// or more) or `never`.
    #[arg(long, value_enum, default_value_t = ProgressChoice::Auto)]
    pub(crate) progress: ProgressChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// rustc-style snippets with the highlighted words.
    Full,
    /// The versioned JSON document described in the README.
    Json,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Concise,
    /// One JSON object per finding and line.
    JsonLines,
    /// SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// JUnit XML: one test case per file.
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ProgressChoice {
    Auto,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub(crate) fn enabled(self, stream_is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// The drafts and formats of the reading commands (`inspect`, `sources`).
#[derive(Debug, clap::Args)]
pub(crate) struct DraftArgs {
    /// Drafts to read, or folders of them (`-` reads standard input).
    #[arg(required = true, value_name = "PATH")]
    pub(crate) files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = InspectFormat::Text)]
    pub(crate) format: InspectFormat,
    /// Read every input as this format instead of going by the file extension.
    #[arg(long, value_name = "FORMAT", value_parser = parse_input_format)]
    pub(crate) input_format: Option<Format>,
    /// Word files with tracked changes: read them as if every change were accepted, or as the
    /// original before the changes.
    #[arg(long, value_enum, default_value_t = DocxChanges::Accepted)]
    pub(crate) docx_changes: DocxChanges,
}

#[derive(Debug, clap::Args)]
pub(crate) struct InspectArgs {
    #[command(flatten)]
    pub(crate) drafts: DraftArgs,
    /// Also list every token with its matching form and flags (text output only).
    #[arg(long)]
    pub(crate) tokens: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InspectFormat {
    /// A readable listing.
    Text,
    /// The JSON document described in the README (schema version 1).
    Json,
}

#[derive(Debug, Subcommand)]
pub(crate) enum RulesCommand {
    /// Run every example of the built-in packs and of the given packs as tests.
    Test {
        /// Pack files or folders to test besides the built-in packs.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Test only the given packs, not the built-in ones.
        #[arg(long)]
        no_builtin: bool,
    },
    /// List the rules: id, pack, category, severity and a one-line summary.
    List {
        #[command(flatten)]
        rule_source: RuleSource,
        /// Only rules of this pack.
        #[arg(long)]
        pack: Option<String>,
        /// Only rules of this category.
        #[arg(long)]
        category: Option<String>,
    },
    /// Show a rule's documentation and examples.
    Explain {
        /// The rule id.
        id: String,
        #[command(flatten)]
        rule_source: RuleSource,
    },
}

pub(crate) fn parse_input_format(s: &str) -> Result<Format, String> {
    s.parse()
}

/// `--docx-changes`: which text of a Word file with tracked changes is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum DocxChanges {
    /// Insertions in, deletions out.
    Accepted,
    /// Deletions in, insertions out.
    Original,
}

impl DocxChanges {
    pub(crate) fn view(self) -> credcheck_core::DocxView {
        match self {
            DocxChanges::Accepted => credcheck_core::DocxView::Accepted,
            DocxChanges::Original => credcheck_core::DocxView::Original,
        }
    }
}

#[derive(Debug, clap::Args)]
pub(crate) struct EvalArgs {
    /// Gold files: one labelled document per line (the format is in docs/eval.md).
    #[arg(required = true, value_name = "GOLD.jsonl")]
    pub(crate) gold: Vec<PathBuf>,
    #[command(flatten)]
    pub(crate) rule_source: RuleSource,
    /// Apply this configuration (its packs, selection and severities).
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Print up to N misses (false negatives and false positives) per category.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub(crate) show: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = InspectFormat::Text)]
    pub(crate) format: InspectFormat,
    /// Exit 1 when a category's F1 is below this (0 to 1).
    #[arg(long, value_name = "F1")]
    pub(crate) min_f1: Option<f64>,
}
