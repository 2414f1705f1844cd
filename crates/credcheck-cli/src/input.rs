//! Reading drafts from files and standard input, with a clear reason when one can't be read.

use std::borrow::Cow;
use std::path::PathBuf;

use credcheck_core::{DecodeError, Document, DocxView, Format, decode};

use crate::fsread::{self, ReadFailure};

/// Where a draft comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-` on the command line), with the path it stands for
    /// (`--stdin-filename`), used for its name, format and configuration.
    Stdin(Option<PathBuf>),
}

impl Origin {
    /// The name shown in output (`-` for standard input).
    pub fn display(&self) -> String {
        match self {
            Origin::File(p) | Origin::Stdin(Some(p)) => p.display().to_string(),
            Origin::Stdin(None) => "-".to_owned(),
        }
    }

    /// The input format: `forced` if given, else from the extension (standard input → text).
    pub fn format(&self, forced: Option<Format>) -> Format {
        forced.unwrap_or_else(|| match self {
            Origin::File(p) | Origin::Stdin(Some(p)) => Format::detect(p),
            Origin::Stdin(None) => Format::Text,
        })
    }
}

/// How drafts are read: the format forced on every input (`--input-format`), and the view of
/// Word files with tracked changes (`--docx-changes`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Reading {
    pub forced: Option<Format>,
    pub docx: DocxView,
}

/// Why a draft was not checked.
#[derive(Debug)]
pub enum ReadProblem {
    /// The draft could not be read or is not UTF-8 text: an error (exit code 2).
    Error(String),
    /// Not a draft credcheck reads (binary content, over the size limit): skipped with a notice
    /// in a folder walk, an error when the file was named.
    NotADraft { name: String, reason: String },
}

/// The per-draft worker of every front end (`check`, `inspect`, `sources`): reads `origin` with
/// the size bound, parses it as its format (the text moved into the document, not copied) and
/// runs `step` on the document — all inside the panic guard, so a failure is this draft's error.
pub fn with_document<T>(
    origin: &Origin,
    reading: Reading,
    max_bytes: u64,
    step: impl FnOnce(Document) -> T,
) -> Result<T, ReadProblem> {
    with_draft(origin, reading, max_bytes, step, None::<fn(Windowed) -> T>)
}

/// A large text or Markdown draft to be analysed in windows of whole paragraphs
/// ([`crate::window`]): its text, format and windows.
pub struct Windowed {
    pub text: String,
    pub format: Format,
    pub windows: Vec<std::ops::Range<usize>>,
}

/// As [`with_document`], but a draft [`crate::window::windows`] cuts is given to `windowed`
/// instead, unparsed, when there is one.
pub fn with_draft<T>(
    origin: &Origin,
    reading: Reading,
    max_bytes: u64,
    step: impl FnOnce(Document) -> T,
    windowed: Option<impl FnOnce(Windowed) -> T>,
) -> Result<T, ReadProblem> {
    let name = origin.display();
    let format = origin.format(reading.forced);
    if let (None, Origin::File(path)) = (reading.forced, origin) {
        if let Some(ext) = unread_extension(path) {
            return Err(ReadProblem::Error(format!(
                "{name}: credcheck does not read .{ext} files; save the draft as .docx, .html, \
                 .md or .txt (or name a format with --input-format)"
            )));
        }
    }
    let bytes = read_bytes(origin, max_bytes)?;
    if format.is_binary() {
        // A Word file: its parts are bounded by the same limit once decompressed.
        return crate::guard::per_draft(&name, || {
            Document::from_docx(&bytes, reading.docx, max_bytes).map(|doc| {
                crate::guard::debug_hook(doc.source());
                step(doc)
            })
        })
        .map_err(ReadProblem::Error)?
        .map_err(|e| ReadProblem::Error(format!("{name}: {e}")));
    }
    let text = decode_text(&name, bytes)?;
    crate::guard::per_draft(&name, || {
        crate::guard::debug_hook(&text);
        let windows = windowed.as_ref().and_then(|_| {
            crate::window::windows(
                &text,
                format,
                crate::window::WINDOWED_FROM,
                crate::window::WINDOW_BYTES,
            )
        });
        match (windowed, windows) {
            (Some(windowed), Some(windows)) => windowed(Windowed {
                text,
                format,
                windows,
            }),
            _ => step(Document::parse_owned(text, format)),
        }
    })
    .map_err(ReadProblem::Error)
}

/// Document formats newsrooms use that credcheck does not read: named, they are an error,
/// never read as text.
fn unread_extension(path: &std::path::Path) -> Option<String> {
    const UNREAD: &[&str] = &[
        "doc", "docm", "dot", "dotx", "odt", "ott", "rtf", "pdf", "pages", "wpd", "epub", "xls",
        "xlsx", "ppt", "pptx", "odp", "ods", "zip",
    ];
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    UNREAD.contains(&ext.as_str()).then_some(ext)
}

/// Reads one draft's bytes, at most `max_bytes` + 1 of them (so `/dev/zero` fails fast). A
/// pipe or device is read with a timeout.
fn read_bytes(origin: &Origin, max_bytes: u64) -> Result<Vec<u8>, ReadProblem> {
    // The document model counts in u32: no draft may reach 4 GiB, whatever the configuration.
    let max_bytes = max_bytes.min(u64::from(u32::MAX) - 1);
    let name = origin.display();
    let bytes = match origin {
        Origin::Stdin(_) => fsread::take(std::io::stdin().lock(), max_bytes),
        Origin::File(path) => fsread::draft(path, max_bytes),
    };
    bytes.map_err(|e| match e {
        ReadFailure::TooLarge(_) => ReadProblem::NotADraft {
            name: name.clone(),
            reason: e.reason(),
        },
        _ => ReadProblem::Error(format!("{name}: {}", e.reason())),
    })
}

/// Decodes a text draft's bytes.
fn decode_text(name: &str, bytes: Vec<u8>) -> Result<String, ReadProblem> {
    let text = match decode(&bytes) {
        // UTF-8, validated: the conversion neither fails nor copies.
        Ok(Cow::Borrowed(_)) => {
            String::from_utf8(bytes).map_err(|e| ReadProblem::Error(format!("{name}: {e}")))?
        }
        Ok(Cow::Owned(text)) => text,
        Err(e @ DecodeError::Binary { .. }) => {
            return Err(ReadProblem::NotADraft {
                name: name.to_owned(),
                reason: e.to_string(),
            });
        }
        Err(e) => return Err(ReadProblem::Error(format!("{name}: {e}"))),
    };
    Ok(text)
}

pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// Reads and parses each draft named on the command line and renders it with `render`, each in
/// its own guarded step, reporting those that cannot be read or fail; returns the renderings
/// and the exit code so far.
pub fn each_draft<T>(
    files: &[PathBuf],
    reading: Reading,
    render: impl Fn(&Origin, &Document) -> T,
) -> (Vec<T>, u8) {
    let (origins, problems) = crate::walk::collect_inputs(files, false);
    let mut code = crate::exit::OK;
    for (path, reason) in &problems {
        eprintln!(
            "credcheck: error: {}: {reason}",
            crate::term::escape(&path.display().to_string())
        );
        code = crate::exit::ERROR;
    }
    let mut out = Vec::new();
    // The size limit is the nearest configuration's, as in `check`.
    let mut finder = crate::config::Finder::default();
    let mut limits: std::collections::HashMap<PathBuf, u64> = std::collections::HashMap::new();
    for origin in origins {
        let dir = match &origin {
            Origin::File(p) => p
                .parent()
                .map(std::path::Path::to_path_buf)
                .unwrap_or_default(),
            Origin::Stdin(_) => PathBuf::from("."),
        };
        let limit = match finder.nearest(&dir) {
            Some(path) => {
                if let Some(&l) = limits.get(&path) {
                    l
                } else {
                    let l = crate::config::Config::load_discovered(&path)
                        .ok()
                        .and_then(|c| c.max_file_size)
                        .unwrap_or(crate::DEFAULT_MAX_BYTES);
                    limits.insert(path, l);
                    l
                }
            }
            None => crate::DEFAULT_MAX_BYTES,
        };
        let rendered = with_document(&origin, reading, limit, |doc| render(&origin, &doc));
        match rendered {
            Ok(r) => out.push(r),
            Err(ReadProblem::Error(msg)) => {
                eprintln!("credcheck: error: {}", crate::term::escape(&msg));
                code = crate::exit::ERROR;
            }
            Err(ReadProblem::NotADraft { name, reason }) => {
                eprintln!("credcheck: error: {}: {reason}", crate::term::escape(&name));
                code = crate::exit::ERROR;
            }
        }
    }
    (out, code)
}

/// A per-draft command (`inspect`, `sources`): each draft of `args` rendered as text or as one
/// entry of the versioned JSON document `{"version": 1, "files": [...]}`, written to standard
/// output; returns the exit code.
pub fn run_per_draft<J: serde::Serialize>(
    args: &crate::args::DraftArgs,
    text: impl Fn(&Origin, &Document) -> String,
    json: impl Fn(&Origin, &Document) -> J,
) -> anyhow::Result<u8> {
    #[derive(serde::Serialize)]
    struct Versioned<J> {
        version: u32,
        files: Vec<J>,
    }
    let reading = Reading {
        forced: args.input_format,
        docx: args.docx_changes.view(),
    };
    let (out, code) = match args.format {
        crate::args::InspectFormat::Text => {
            let (parts, code) = each_draft(&args.files, reading, text);
            (crate::term::escape(&parts.join("\n")).into_owned(), code)
        }
        crate::args::InspectFormat::Json => {
            let (files, code) = each_draft(&args.files, reading, json);
            let report = Versioned { version: 1, files };
            (serde_json::to_string_pretty(&report)? + "\n", code)
        }
    };
    crate::output::write_stdout(&out)?;
    Ok(code)
}
