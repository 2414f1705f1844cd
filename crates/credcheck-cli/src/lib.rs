//! `credcheck`: lint news drafts for sourcing credibility.
//!
//! This file only dispatches. `check`: arguments (clap, `args`) → `settings` (inputs walked with
//! `ignore`, each draft's configuration, one engine, a profile per configuration) → `check`
//! (rayon: read → `Document::parse` → `Engine::check_with`, one guarded worker per draft) →
//! `report` (one reporter per format) → `exit` code. `inspect` and `sources` use the same
//! per-draft worker (`input::each_draft`). Only this crate touches the terminal and the file
//! system.

mod args;
mod check;
mod check_cmd;
mod config;
mod config_cmd;
mod eval;
mod exit;
mod fix;
mod fsread;
mod guard;
mod init;
mod input;
mod inspect;
mod lsp;
mod output;
mod report;
mod rules_cmd;
mod rules_load;
mod serve;
mod settings;
mod sources;
mod term;
mod walk;
mod window;
mod wire;

use std::process::ExitCode;

/// mimalloc for every program built on this library (`credcheck`, the pre-commit binary): a
/// draft's analysis makes many small, short-lived allocations on every worker at once, where it
/// is markedly faster than the system allocator (about 1.18× end to end on 25 MB of news).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use crate::args::{Cli, Command, RulesCommand};
use crate::output::write_stdout;

/// Default limit on the size of one draft (10 MB): larger files are reported and skipped.
pub(crate) const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// The clap command, with every subcommand's version shown as `credcheck 0.1.0` (not
/// `credcheck-check 0.1.0`).
fn command() -> clap::Command {
    fn named(cmd: clap::Command) -> clap::Command {
        cmd.display_name("credcheck").mut_subcommands(named)
    }
    <Cli as clap::CommandFactory>::command().mut_subcommands(named)
}

/// The `credcheck` command line: parses the arguments of this process, runs the command and
/// returns its exit code. The `credcheck` binary (and the pre-commit hook's) is this one call.
#[must_use]
pub fn main() -> ExitCode {
    guard::install();
    // A closed standard output looks exactly like `/dev/null` opened read-write (as Python's
    // `subprocess.DEVNULL` and Node's `'ignore'` do), so this is said, not refused: the run and
    // its exit code go on.
    if output::stdout_was_closed() && !std::env::args_os().any(|a| a == "--output-file") {
        eprintln!(
            "credcheck: warning: standard output is closed (or /dev/null opened read-write), so \
             the report is discarded; redirect it (`> report.txt`) or use `check --output-file` \
             to keep it"
        );
    }
    let parsed = command()
        .try_get_matches()
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
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
        Command::Check(args) => Ok(check_cmd::run_check(&args)),
        Command::Inspect(args) => inspect::run_inspect(&args),
        Command::Sources(args) => sources::run_sources(&args),
        Command::Rules(RulesCommand::Test { paths, no_builtin }) => {
            rules_cmd::run_rules_test(&paths, !no_builtin)
        }
        Command::Rules(RulesCommand::List {
            rule_source,
            pack,
            category,
        }) => rules_cmd::run_rules_list(
            &rule_source.rules,
            !rule_source.no_builtin,
            pack.as_deref(),
            category.as_deref(),
        ),
        Command::Rules(RulesCommand::Explain { id, rule_source }) => {
            rules_cmd::run_rules_explain(&rule_source.rules, !rule_source.no_builtin, &id)
        }
        Command::Eval(args) => eval::run_eval(&args),
        Command::Config(args) => config_cmd::run_config(&args),
        Command::Serve(args) => Ok(serve::run_serve(&args)),
        Command::Lsp => Ok(lsp::run_lsp()),
        Command::Init { dir } => init::run_init(dir.as_deref()),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cmd, "credcheck", &mut out);
            write_stdout(&String::from_utf8_lossy(&out))
                .map(|_| exit::OK)
                .map_err(anyhow::Error::from)
        }
        Command::Manpage { dir: Some(dir) } => {
            let cmd = <Cli as clap::CommandFactory>::command();
            std::fs::create_dir_all(&dir)
                .and_then(|()| clap_mangen::generate_to(cmd, &dir))
                .map(|()| {
                    eprintln!("credcheck: wrote the man pages to {}", dir.display());
                    exit::OK
                })
                .map_err(|e| {
                    anyhow::anyhow!("cannot write the man pages to {}: {e}", dir.display())
                })
        }
        Command::Manpage { dir: None } => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            match clap_mangen::Man::new(cmd).render(&mut out) {
                Ok(()) => write_stdout(&String::from_utf8_lossy(&out))
                    .map(|_| exit::OK)
                    .map_err(anyhow::Error::from),
                Err(e) => Err(e.into()),
            }
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("credcheck: error: {e:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}
