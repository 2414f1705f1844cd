//! Reading drafts from files and standard input, with a clear reason when one can't be read.

use std::io::Read;
use std::path::{Path, PathBuf};

use credcheck_core::{DecodeError, Format, decode};

/// Where a draft comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
}

impl Origin {
    /// From a command-line argument: `-` is standard input.
    pub fn from_arg(arg: &Path) -> Origin {
        if arg.as_os_str() == "-" {
            Origin::Stdin
        } else {
            Origin::File(arg.to_path_buf())
        }
    }

    /// The name shown in output (`-` for standard input).
    pub fn display(&self) -> String {
        match self {
            Origin::File(p) => p.display().to_string(),
            Origin::Stdin => "-".to_owned(),
        }
    }

    /// The input format: `forced` if given, else from the extension (standard input → text).
    pub fn format(&self, forced: Option<Format>) -> Format {
        forced.unwrap_or_else(|| match self {
            Origin::File(p) => Format::detect(p),
            Origin::Stdin => Format::Text,
        })
    }
}

/// Why a draft was not checked.
#[derive(Debug)]
pub enum ReadProblem {
    /// The draft could not be read or is not UTF-8 text: an error (exit code 2).
    Error(String),
    /// The draft was skipped on purpose (binary content, over the size limit): a notice.
    Skipped(String),
}

/// A draft read into memory.
#[derive(Debug)]
pub struct Draft {
    pub origin: Origin,
    pub text: String,
}

/// Reads and decodes one draft. `max_bytes` skips larger files before reading them whole.
pub fn read_draft(origin: &Origin, max_bytes: u64) -> Result<Draft, ReadProblem> {
    let name = origin.display();
    let bytes = match origin {
        Origin::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .take(max_bytes + 1)
                .read_to_end(&mut buf)
                .map_err(|e| {
                    ReadProblem::Error(format!("{name}: cannot read standard input: {e}"))
                })?;
            buf
        }
        Origin::File(path) => {
            let meta = std::fs::metadata(path)
                .map_err(|e| ReadProblem::Error(format!("{name}: {}", io_reason(&e))))?;
            if meta.is_dir() {
                return Err(ReadProblem::Error(format!("{name}: is a directory")));
            }
            if meta.len() > max_bytes {
                return Err(ReadProblem::Skipped(format!(
                    "{name}: skipped: {} bytes is over the size limit of {max_bytes} bytes",
                    meta.len()
                )));
            }
            std::fs::read(path)
                .map_err(|e| ReadProblem::Error(format!("{name}: {}", io_reason(&e))))?
        }
    };
    if bytes.len() as u64 > max_bytes {
        return Err(ReadProblem::Skipped(format!(
            "{name}: skipped: input is over the size limit of {max_bytes} bytes"
        )));
    }
    match decode(&bytes) {
        Ok(_) => {
            // `decode` validated the bytes; this conversion cannot fail and does not copy.
            let text =
                String::from_utf8(bytes).map_err(|e| ReadProblem::Error(format!("{name}: {e}")))?;
            Ok(Draft {
                origin: origin.clone(),
                text,
            })
        }
        Err(e @ DecodeError::Binary { .. }) => Err(ReadProblem::Skipped(format!("{name}: {e}"))),
        Err(e @ DecodeError::InvalidUtf8 { .. }) => Err(ReadProblem::Error(format!("{name}: {e}"))),
    }
}

pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}
