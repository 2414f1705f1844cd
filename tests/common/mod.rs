//! Running the real `credcheck` binary in end-to-end tests.

#![allow(dead_code)] // each test file uses its own subset

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `credcheck ARGS` in `dir` with `stdin` as standard input.
pub fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    run_with_env(dir, args, stdin, &[])
}

/// Runs `credcheck ARGS` in `dir` with `stdin` and extra environment variables.
pub fn run_with_env(dir: &Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_credcheck"))
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the credcheck binary starts");
    // A closed stdin (the command never reads it) is fine.
    let _ = child.stdin.take().expect("piped stdin").write_all(stdin);
    let out = child.wait_with_output().expect("credcheck finishes");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `credcheck ARGS` from the workspace root.
pub fn run(args: &[&str]) -> Run {
    run_in(&workspace_root(), args, b"")
}

/// The workspace root (where `examples/` and `rules/` are).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// A fresh temporary folder with the given files (path relative to it, bytes).
pub fn temp_tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, bytes) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().expect("file has a parent")).expect("mkdir");
        std::fs::write(p, bytes).expect("write fixture");
    }
    dir
}
