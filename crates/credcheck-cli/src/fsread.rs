//! Reading files with bounds: never more than the limit + 1 byte, never waiting forever.
//!
//! `/dev/zero` named as a draft, a configuration or a pack must fail fast with "over the size
//! limit" rather than read until memory runs out, and a pipe with no writer must not hang the run.
//! Drafts may be pipes or devices (`credcheck check <(pandoc story.docx -t plain)`): those are
//! read on a helper thread and given up after a timeout. Configurations and rule packs must be
//! regular files.

use std::io::Read;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// Largest configuration file read (1 MiB).
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;
/// Largest rule pack read (4 MiB; the built-in packs together are under 200 KB).
pub const MAX_PACK_BYTES: u64 = 4 * 1024 * 1024;
/// How long to wait for a pipe or device named as a draft to deliver its data (10 s; the
/// environment variable `CREDCHECK_PIPE_TIMEOUT_MS` changes it).
const PIPE_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a bounded read failed.
#[derive(Debug)]
pub enum ReadFailure {
    Io(std::io::Error),
    /// More than the limit: the limit.
    TooLarge(u64),
    /// A pipe or device that gave no end of data in time.
    Timeout(Duration),
    /// Not a regular file where one is required: what it is.
    NotRegular(&'static str),
}

impl ReadFailure {
    /// The reason, for a message that names the file first.
    pub fn reason(&self) -> String {
        match self {
            ReadFailure::Io(e) => crate::input::io_reason(e),
            ReadFailure::TooLarge(limit) => format!("over the size limit of {limit} bytes"),
            ReadFailure::Timeout(t) => format!(
                "no end of data after {:.1} s (a pipe with no writer?)",
                t.as_secs_f64()
            ),
            ReadFailure::NotRegular(what) => format!("is {what}, not a regular file"),
        }
    }
}

fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a pipe";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Reads at most `limit` bytes of the regular file at `path`; more is [`ReadFailure::TooLarge`].
pub fn regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    let meta = std::fs::metadata(path).map_err(ReadFailure::Io)?;
    if !meta.is_file() {
        return Err(ReadFailure::NotRegular(kind_of(&meta)));
    }
    open_regular(path, &meta, limit)
}

/// Reads the regular file at `path`, whose metadata is `meta`, into a buffer of its size.
fn open_regular(path: &Path, meta: &std::fs::Metadata, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    if meta.len() > limit {
        return Err(ReadFailure::TooLarge(limit));
    }
    let file = std::fs::File::open(path).map_err(ReadFailure::Io)?;
    // Sized from the metadata (plus one byte to see the end): one read for the whole file, no
    // regrowing. A file that grew since is still bounded by `limit`.
    let hint = usize::try_from(meta.len()).unwrap_or(0).saturating_add(1);
    take_into(file, limit, Vec::with_capacity(hint))
}

/// Reads at most `limit` bytes of a draft: a regular file directly, anything else (a pipe, a
/// device) on a helper thread with a timeout. A directory is an error.
pub fn draft(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    let meta = std::fs::metadata(path).map_err(ReadFailure::Io)?;
    if meta.is_file() {
        return open_regular(path, &meta, limit);
    }
    if meta.is_dir() {
        return Err(ReadFailure::NotRegular("a directory"));
    }
    let timeout = std::env::var("CREDCHECK_PIPE_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(PIPE_TIMEOUT, Duration::from_millis);
    let (tx, rx) = mpsc::channel();
    let owned = path.to_owned();
    // Opening a pipe with no writer blocks; the helper thread is abandoned on timeout (it holds
    // no lock and ends with the process).
    std::thread::spawn(move || {
        let r = std::fs::File::open(&owned)
            .map_err(ReadFailure::Io)
            .and_then(|f| take(f, limit));
        let _ = tx.send(r);
    });
    rx.recv_timeout(timeout)
        .unwrap_or(Err(ReadFailure::Timeout(timeout)))
}

/// Reads up to `limit` + 1 bytes from `r`; more than `limit` is [`ReadFailure::TooLarge`].
pub fn take(r: impl Read, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    take_into(r, limit, Vec::new())
}

/// [`take`] into `buf` (sized by the caller).
fn take_into(r: impl Read, limit: u64, mut buf: Vec<u8>) -> Result<Vec<u8>, ReadFailure> {
    r.take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(ReadFailure::Io)?;
    if buf.len() as u64 > limit {
        return Err(ReadFailure::TooLarge(limit));
    }
    Ok(buf)
}

/// A configuration or rule pack: a regular `.toml` file of at most `limit` bytes, valid UTF-8.
/// The error never quotes the file's content (it may not be a TOML file at all: a path in an
/// untrusted configuration can name any file).
pub fn toml_text(path: &Path, limit: u64) -> Result<String, String> {
    if path.extension().is_none_or(|e| e != "toml") {
        return Err("is not a .toml file".to_owned());
    }
    let bytes = regular(path, limit).map_err(|e| e.reason())?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}
