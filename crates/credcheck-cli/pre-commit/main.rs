//! The binary pre-commit installs. pre-commit's Rust support runs `cargo install --path .` at
//! the repository root, so the root manifest is also a package with this one binary: the same
//! program as `credcheck`, under a name that does not collide with it in the workspace.

fn main() -> std::process::ExitCode {
    credcheck_cli::main()
}
