//! `credcheck lsp`: a language server over standard input and output. Diagnostics for
//! Markdown, plain-text and HTML documents from the editor's own text, on open and as the
//! writer types (debounced, only the document that changed); the rule's explanation on hover;
//! code actions that apply a fix or a suggestion, or insert a suppression marker with a reason
//! to fill in. Each document is checked with the `credcheck.toml` nearest to it, reloaded when
//! one changes. The server never writes a file: edits go to the editor, which applies them.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use credcheck_core::{Document, Format};
use credcheck_rules::{Engine, Profile, Severity};
use crossbeam_channel::RecvTimeoutError;
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};

use crate::check::{FileReport, Placed};
use crate::config::{CONFIG_NAMES, Finder};
use crate::exit;

/// How long after the last change a document is checked.
const DEBOUNCE: Duration = Duration::from_millis(40);

/// An open document.
struct Open {
    text: String,
    format: Format,
    /// The findings of the last check, with the text they were made on.
    checked: Option<(String, FileReport)>,
}

/// The engine and profile of one configuration (by its path; `None`: the defaults).
type Checker = Arc<(Engine, Profile)>;

struct Server {
    connection: Connection,
    open: HashMap<String, Open>,
    due: HashMap<String, Instant>,
    checkers: HashMap<Option<PathBuf>, Checker>,
    finder: Finder,
}

pub fn run_lsp() -> u8 {
    let (connection, io_threads) = Connection::stdio();
    let capabilities = json!({
        "positionEncoding": "utf-16",
        "textDocumentSync": { "openClose": true, "change": 1, "save": { "includeText": false } },
        "hoverProvider": true,
        "codeActionProvider": { "codeActionKinds": ["quickfix"] },
    });
    if let Err(e) = connection.initialize(capabilities) {
        eprintln!("credcheck: error: the editor did not start the language server: {e}");
        return exit::ERROR;
    }
    let mut server = Server {
        connection,
        open: HashMap::new(),
        due: HashMap::new(),
        checkers: HashMap::new(),
        finder: Finder::default(),
    };
    let code = server.run();
    drop(server);
    let _ = io_threads.join();
    code
}

/// The file path of a `file:` URI (percent-decoded), if it is one.
fn uri_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut k = 0;
    while k < bytes.len() {
        if bytes[k] == b'%' && k + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(std::str::from_utf8(&bytes[k + 1..k + 3]).ok()?, 16) {
                out.push(b);
                k += 3;
                continue;
            }
        }
        out.push(bytes[k]);
        k += 1;
    }
    String::from_utf8(out).ok().map(PathBuf::from)
}

/// The format of a document: by its language, else by its file name.
fn format_of(uri: &str, language: &str) -> Option<Format> {
    match language {
        "markdown" => Some(Format::Markdown),
        "html" => Some(Format::Html),
        "plaintext" | "text" => Some(Format::Text),
        _ => {
            // By the file name: the draft extensions, except Word (an editor holds text).
            let path = uri_path(uri).unwrap_or_else(|| PathBuf::from(uri));
            let format = Format::detect(&path);
            (Format::is_draft_extension(&path) && format != Format::Docx).then_some(format)
        }
    }
}

/// Byte offsets ↔ LSP positions (line, UTF-16 unit in the line).
struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last place found: line, byte offset, UTF-16 units into the line.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines {
            text,
            starts,
            last: std::cell::Cell::new((0, 0, 0)),
        }
    }

    fn position(&self, offset: usize) -> Value {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        // Findings come in order: count on from the last place on the same line, so that
        // thousands of them on one long line stay linear.
        let (from, base) = match self.last.get() {
            (l, at, units) if l == line && at <= offset => (at, units),
            _ => (self.starts[line], 0),
        };
        let character = base
            + self
                .text
                .get(from..offset)
                .map_or(0, |s| s.chars().map(char::len_utf16).sum::<usize>());
        self.last.set((line, offset, character));
        json!({ "line": line, "character": character })
    }

    fn range(&self, start: usize, end: usize) -> Value {
        json!({ "start": self.position(start), "end": self.position(end) })
    }

    /// The byte offset of an LSP position (clamped to the line and the text).
    fn offset(&self, position: &Value) -> usize {
        let line = position["line"].as_u64().unwrap_or(0) as usize;
        let units = position["character"].as_u64().unwrap_or(0) as usize;
        let Some(&start) = self.starts.get(line) else {
            return self.text.len();
        };
        let end = self.starts.get(line + 1).map_or(self.text.len(), |&e| e);
        let mut seen = 0;
        for (i, c) in self.text[start..end].char_indices() {
            if seen >= units || c == '\n' {
                return start + i;
            }
            seen += c.len_utf16();
        }
        end
    }
}

fn severity(s: Severity) -> u8 {
    match s {
        Severity::Error => 1,
        Severity::Warning => 2,
        Severity::Info => 3,
    }
}

impl Server {
    fn run(&mut self) -> u8 {
        loop {
            let now = Instant::now();
            let wait = self
                .due
                .values()
                .min()
                .map_or(Duration::from_secs(3600), |&d| {
                    d.saturating_duration_since(now)
                });
            match self.connection.receiver.recv_timeout(wait) {
                Ok(Message::Request(req)) => {
                    if self.connection.handle_shutdown(&req).unwrap_or(true) {
                        return exit::OK;
                    }
                    self.request(req);
                }
                Ok(Message::Notification(n)) => {
                    if n.method == "exit" {
                        return exit::OK;
                    }
                    self.notification(&n);
                }
                Ok(Message::Response(_)) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return exit::OK, // the editor went away
            }
            let now = Instant::now();
            let ready: Vec<String> = self
                .due
                .iter()
                .filter(|&(_, &d)| d <= now)
                .map(|(u, _)| u.clone())
                .collect();
            for uri in ready {
                self.due.remove(&uri);
                self.check(&uri);
            }
        }
    }

    fn notification(&mut self, n: &Notification) {
        let p = &n.params;
        let uri = p["textDocument"]["uri"].as_str().unwrap_or("").to_owned();
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let language = p["textDocument"]["languageId"].as_str().unwrap_or("");
                let Some(format) = format_of(&uri, language) else {
                    return;
                };
                let text = p["textDocument"]["text"].as_str().unwrap_or("").to_owned();
                self.open.insert(
                    uri.clone(),
                    Open {
                        text,
                        format,
                        checked: None,
                    },
                );
                self.check(&uri);
            }
            "textDocument/didChange" => {
                // Full sync: the last change holds the whole text.
                let text = p["contentChanges"]
                    .as_array()
                    .and_then(|c| c.last())
                    .and_then(|c| c["text"].as_str());
                if let (Some(doc), Some(text)) = (self.open.get_mut(&uri), text) {
                    text.clone_into(&mut doc.text);
                    self.due.insert(uri, Instant::now() + DEBOUNCE);
                }
            }
            "textDocument/didClose" => {
                self.open.remove(&uri);
                self.due.remove(&uri);
                self.publish(&uri, &[]);
            }
            "textDocument/didSave" if is_config(&uri) => self.reload(),
            "workspace/didChangeWatchedFiles" => {
                let changed = p["changes"].as_array().is_some_and(|c| {
                    c.iter()
                        .any(|ch| is_config(ch["uri"].as_str().unwrap_or("")))
                });
                if changed {
                    self.reload();
                }
            }
            _ => {}
        }
    }

    /// A configuration changed: forget every loaded one and check every document again.
    fn reload(&mut self) {
        self.checkers.clear();
        self.finder = Finder::default();
        let uris: Vec<String> = self.open.keys().cloned().collect();
        for uri in uris {
            self.check(&uri);
        }
    }

    /// The checker for a document: the nearest configuration to its file (the defaults for an
    /// unsaved one), loaded once.
    fn checker(&mut self, uri: &str) -> Result<Checker, String> {
        let config = uri_path(uri)
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .and_then(|dir| self.finder.nearest(&dir));
        if let Some(c) = self.checkers.get(&config) {
            return Ok(Arc::clone(c));
        }
        let loaded = Arc::new(crate::serve::checker(config.as_deref(), &[], false)?);
        self.checkers.insert(config, Arc::clone(&loaded));
        Ok(loaded)
    }

    fn check(&mut self, uri: &str) {
        let checker = match self.checker(uri) {
            Ok(c) => c,
            Err(message) => {
                self.show_message(1, message.trim());
                return;
            }
        };
        let Some(doc) = self.open.get_mut(uri) else {
            return;
        };
        let text = doc.text.clone();
        let format = doc.format;
        let report = crate::guard::per_draft(uri, || {
            let parsed = Document::parse(&text, format);
            crate::check::report_of(&checker.0, &checker.1, uri.to_owned(), parsed, true)
        });
        let report = match report {
            Ok(r) => r,
            Err(message) => {
                self.show_message(1, &message);
                return;
            }
        };
        let lines = Lines::new(&text);
        let diagnostics: Vec<Value> = report
            .findings
            .iter()
            .map(|f| diagnostic(&lines, f))
            .collect();
        if let Some(doc) = self.open.get_mut(uri) {
            doc.checked = Some((text.clone(), report));
        }
        self.publish(uri, &diagnostics);
    }

    fn publish(&self, uri: &str, diagnostics: &[Value]) {
        self.send(Message::Notification(Notification::new(
            "textDocument/publishDiagnostics".to_owned(),
            json!({ "uri": uri, "diagnostics": diagnostics }),
        )));
    }

    fn show_message(&self, kind: u8, message: &str) {
        self.send(Message::Notification(Notification::new(
            "window/showMessage".to_owned(),
            json!({ "type": kind, "message": message }),
        )));
    }

    fn send(&self, message: Message) {
        // The editor may have gone; the read side notices and ends the loop.
        let _ = self.connection.sender.send(message);
    }

    fn request(&mut self, req: Request) {
        let result = match req.method.as_str() {
            "textDocument/hover" => self.hover(&req.params),
            "textDocument/codeAction" => self.code_actions(&req.params),
            _ => {
                self.reply_error(req.id, -32601, format!("unknown method {}", req.method));
                return;
            }
        };
        self.send(Message::Response(Response::new_ok(req.id, result)));
    }

    fn reply_error(&self, id: RequestId, code: i32, message: String) {
        self.send(Message::Response(Response::new_err(id, code, message)));
    }

    /// The last check of a document, if its text has not changed since.
    fn current(&self, params: &Value) -> Option<(&str, &FileReport)> {
        let uri = params["textDocument"]["uri"].as_str()?;
        let doc = self.open.get(uri)?;
        let (text, report) = doc.checked.as_ref()?;
        (text == &doc.text).then_some((text.as_str(), report))
    }

    fn hover(&self, params: &Value) -> Value {
        let Some((text, report)) = self.current(params) else {
            return Value::Null;
        };
        let lines = Lines::new(text);
        let at = lines.offset(&params["position"]);
        let here: Vec<&Placed> = report
            .findings
            .iter()
            .filter(|f| f.span.start <= at && at < f.span.end.max(f.span.start + 1))
            .collect();
        let Some(first) = here.first() else {
            return Value::Null;
        };
        let mut md = String::new();
        for f in &here {
            let _ = write!(md, "**{}[{}]** {}\n\n", f.severity, f.info.id, f.message);
        }
        md.push_str("---\n\n");
        md.push_str(&first.info.docs);
        json!({
            "contents": { "kind": "markdown", "value": md },
            "range": lines.range(first.span.start, first.span.end),
        })
    }

    fn code_actions(&self, params: &Value) -> Value {
        let Some((text, report)) = self.current(params) else {
            return json!([]);
        };
        let uri = params["textDocument"]["uri"].as_str().unwrap_or("");
        let lines = Lines::new(text);
        let from = lines.offset(&params["range"]["start"]);
        let to = lines.offset(&params["range"]["end"]);
        let format = self.open.get(uri).map_or(Format::Text, |d| d.format);
        let mut actions = Vec::new();
        for f in report
            .findings
            .iter()
            .filter(|f| f.span.start <= to && from <= f.span.end)
        {
            let diag = diagnostic(&lines, f);
            let range = lines.range(f.span.start, f.span.end);
            let edit = |new_text: &str| json!({ "changes": { uri: [{ "range": range, "newText": new_text }] } });
            if let Some(fix) = &f.fix {
                actions.push(json!({
                    "title": format!("Replace with “{fix}” ({})", f.info.id),
                    "kind": "quickfix",
                    "isPreferred": true,
                    "diagnostics": [diag],
                    "edit": edit(fix),
                }));
            } else {
                for s in &f.suggestions {
                    actions.push(json!({
                        "title": format!("Use “{s}” instead — check it fits ({})", f.info.id),
                        "kind": "quickfix",
                        "diagnostics": [diag],
                        "edit": edit(s),
                    }));
                }
            }
            // A suppression marker on the line above, with the reason to write.
            let line_start = text[..f.span.start].rfind('\n').map_or(0, |k| k + 1);
            let marker = match format {
                Format::Text | Format::Docx => {
                    format!("[credcheck-ignore-next-line {}: REASON]\n", f.info.id)
                }
                Format::Markdown | Format::Html => {
                    format!(
                        "<!-- credcheck-ignore-next-line {}: REASON -->\n",
                        f.info.id
                    )
                }
            };
            let at = lines.position(line_start);
            actions.push(json!({
                "title": format!("Suppress {} on this line (write the reason)", f.info.id),
                "kind": "quickfix",
                "diagnostics": [diag],
                "edit": { "changes": { uri: [{ "range": { "start": at, "end": at }, "newText": marker }] } },
            }));
        }
        Value::Array(actions)
    }
}

/// Is this the URI of a configuration file?
fn is_config(uri: &str) -> bool {
    CONFIG_NAMES.iter().any(|n| uri.ends_with(&format!("/{n}")))
}

fn diagnostic(lines: &Lines<'_>, f: &Placed) -> Value {
    json!({
        "range": lines.range(f.span.start, f.span.end),
        "severity": severity(f.severity),
        "code": f.info.id,
        "source": "credcheck",
        "message": f.message,
        "data": { "fix": f.fix, "suggestions": f.suggestions },
    })
}
