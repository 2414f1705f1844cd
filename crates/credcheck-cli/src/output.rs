//! Writing to standard output: a closed pipe (`credcheck … | head`) ends the run quietly.

use std::io::{self, Write};
use std::path::Path;

/// Writes `text` to standard output. Returns `false` when the reader went away (broken pipe), so
/// the caller can stop without an error message.
pub fn write_stdout(text: &str) -> io::Result<bool> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e),
    }
}

/// The identity of an existing file (device and inode on Unix, the canonical path elsewhere),
/// so that two names for one file compare equal.
#[derive(Debug, PartialEq, Eq, Hash, Clone)]
pub struct FileId(
    #[cfg(unix)] (u64, u64),
    #[cfg(not(unix))] std::path::PathBuf,
);

impl FileId {
    /// `None` when `path` does not exist (or cannot be examined).
    pub fn of(path: &Path) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let m = std::fs::metadata(path).ok()?;
            Some(FileId((m.dev(), m.ino())))
        }
        #[cfg(not(unix))]
        {
            path.canonicalize().ok().map(FileId)
        }
    }
}

/// Refuses a report path that is one of the drafts being checked: the report must never replace
/// a draft.
pub fn refuse_if_input(
    output: &Path,
    inputs: impl Iterator<Item = impl AsRef<Path>>,
) -> Result<(), String> {
    let Some(target) = FileId::of(output) else {
        return Ok(()); // a new file cannot be a draft
    };
    for input in inputs {
        let input = input.as_ref();
        if FileId::of(input).as_ref() == Some(&target) {
            return Err(format!(
                "--output-file {} is the draft {}; credcheck never writes to a draft: choose \
                 another report path",
                output.display(),
                input.display()
            ));
        }
    }
    Ok(())
}

/// A report being written to `--output-file`: through a temporary file in the same folder,
/// renamed into place at the end, so a reader never sees a half-written report. A device or
/// pipe (`/dev/stdout`) is written to directly; a symbolic link to a file is followed, not
/// replaced.
pub enum ReportFile {
    Direct(std::fs::File),
    Temp(tempfile::NamedTempFile, std::path::PathBuf),
}

impl ReportFile {
    pub fn create(path: &Path) -> io::Result<ReportFile> {
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            let f = std::fs::OpenOptions::new().write(true).open(path)?;
            return Ok(ReportFile::Direct(f));
        }
        let path = if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            path.canonicalize()?
        } else {
            path.to_owned()
        };
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".credcheck-report")
            .tempfile_in(dir)?;
        Ok(ReportFile::Temp(tmp, path))
    }

    pub fn write(&mut self, text: &str) -> io::Result<()> {
        match self {
            ReportFile::Direct(f) => f.write_all(text.as_bytes()),
            ReportFile::Temp(tmp, _) => tmp.write_all(text.as_bytes()),
        }
    }

    /// The report is complete: put it in place.
    pub fn finish(self) -> io::Result<()> {
        match self {
            ReportFile::Direct(mut f) => f.flush(),
            ReportFile::Temp(tmp, path) => {
                tmp.as_file().sync_all()?;
                tmp.persist(path).map_err(|e| e.error)?;
                Ok(())
            }
        }
    }
}

/// Removes a report left by an earlier run when this run cannot write one, so that CI never
/// reads a stale report as current. Only a regular file is removed.
pub fn remove_stale_report(path: &Path) {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        let _ = std::fs::remove_file(path);
    }
}

/// Was standard output closed when credcheck started? The Rust runtime then opens `/dev/null`
/// read-write in its place, so writes would vanish without an error and the report be lost. A
/// shell's `> /dev/null` opens it write-only and is told apart; `/dev/null` opened read-write
/// by the caller (Python's `subprocess.DEVNULL`) cannot be (Linux; elsewhere this says no).
pub fn stdout_was_closed() -> bool {
    let Ok(target) = std::fs::read_link("/proc/self/fd/1") else {
        return false;
    };
    if target != Path::new("/dev/null") {
        return false;
    }
    let Ok(info) = std::fs::read_to_string("/proc/self/fdinfo/1") else {
        return false;
    };
    info.lines()
        .find_map(|l| l.strip_prefix("flags:"))
        .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
        .is_some_and(|flags| flags & 0o3 == 0o2)
}
