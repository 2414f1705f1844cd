//! The `credcheck` binary: everything is in the library (so the pre-commit hook's binary is the
//! same program).

fn main() -> std::process::ExitCode {
    credcheck_cli::main()
}
