//! `credcheck lsp` driven over JSON-RPC on its standard input and output, as an editor does.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: mpsc::Receiver<Value>,
    next_id: i64,
}

fn read_message(reader: &mut BufReader<ChildStdout>) -> Option<Value> {
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    fn start(dir: &std::path::Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_credcheck"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let (tx, messages) = mpsc::channel();
        std::thread::spawn(move || {
            while let Some(m) = read_message(&mut reader) {
                if tx.send(m).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            messages,
            next_id: 1,
        }
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        let mut message = json!({ "jsonrpc": "2.0", "method": method });
        message["params"] = params;
        self.send(&message);
    }

    /// Sends a request and waits for its response (notifications before it are dropped).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let mut message = json!({ "jsonrpc": "2.0", "id": id, "method": method });
        message["params"] = params;
        self.send(&message);
        loop {
            let m = self.wait();
            if m["id"] == id {
                return m;
            }
        }
    }

    fn wait(&self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(20))
            .expect("a message from the server")
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&self, uri: &str) -> Vec<Value> {
        loop {
            let m = self.wait();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn an_editor_session_gets_diagnostics_hovers_and_actions() {
    let dir = tempfile::tempdir().unwrap();
    // A desk configuration beside the draft: one rule off.
    std::fs::write(
        dir.path().join("credcheck.toml"),
        "[severity]\nanon-knowledge-basis-missing = \"off\"\n",
    )
    .unwrap();
    let path = dir.path().join("story.md");
    let uri = format!("file://{}", path.display());
    let mut c = Client::start(dir.path());
    let init = c.request(
        "initialize",
        json!({ "processId": null, "rootUri": format!("file://{}", dir.path().display()), "capabilities": {} }),
    );
    assert_eq!(
        init["result"]["capabilities"]["hoverProvider"], true,
        "{init}"
    );
    c.notify("initialized", json!({}));

    // Open: checked at once, from the editor's text (the file does not exist on disk).
    let text = "# Port\n\nThe port will reopen, a senior official said.\n";
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "markdown", "version": 1, "text": text } }),
    );
    let d = c.diagnostics(&uri);
    let got = codes(&d);
    assert!(got.contains(&"anon-attribution".to_owned()), "{got:?}");
    assert!(
        !got.contains(&"anon-knowledge-basis-missing".to_owned()),
        "{got:?}"
    );
    let anon = d.iter().find(|x| x["code"] == "anon-attribution").unwrap();
    assert_eq!(anon["severity"], 2);
    assert_eq!(anon["source"], "credcheck");
    assert_eq!(
        anon["range"],
        json!({ "start": { "line": 2, "character": 22 }, "end": { "line": 2, "character": 39 } })
    );

    // Change: only this document is checked again, after the pause.
    let changed = "# Port\n\nThe airline refused to comment on the “strike”.\n";
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": changed }] }),
    );
    let d = c.diagnostics(&uri);
    let refused = d
        .iter()
        .find(|x| x["code"] == "refused-to-comment-loaded")
        .unwrap_or_else(|| panic!("{d:?}"));
    assert_eq!(
        refused["range"]["start"],
        json!({ "line": 2, "character": 12 })
    );

    // Hover on the finding: the rule's explanation.
    let hover = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 2, "character": 15 } }),
    );
    let shown = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("refused-to-comment-loaded"), "{shown}");
    assert!(shown.contains("## What it flags"), "{shown}");

    // Code actions: the safe fix (preferred), and a suppression marker with a reason to write.
    let actions = c.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": { "start": { "line": 2, "character": 15 }, "end": { "line": 2, "character": 15 } },
            "context": { "diagnostics": [] },
        }),
    );
    let actions = actions["result"].as_array().unwrap();
    let fix = actions
        .iter()
        .find(|a| a["isPreferred"] == true)
        .unwrap_or_else(|| panic!("{actions:?}"));
    let edit = &fix["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "declined to comment");
    assert_eq!(
        edit["range"]["start"],
        json!({ "line": 2, "character": 12 })
    );
    let suppress = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap()
                .starts_with("Suppress refused-to-comment-loaded")
        })
        .unwrap();
    let edit = &suppress["edit"]["changes"][&uri][0];
    assert_eq!(
        edit["newText"],
        "<!-- credcheck-ignore-next-line refused-to-comment-loaded: REASON -->\n"
    );
    assert_eq!(edit["range"]["start"], json!({ "line": 2, "character": 0 }));

    // The configuration changes: reloaded, the document checked again.
    std::fs::write(
        dir.path().join("credcheck.toml"),
        "[severity]\nrefused-to-comment-loaded = \"off\"\n",
    )
    .unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": format!("file://{}/credcheck.toml", dir.path().display()), "type": 2 }] }),
    );
    let d = c.diagnostics(&uri);
    assert!(
        !codes(&d).contains(&"refused-to-comment-loaded".to_owned()),
        "{d:?}"
    );

    // Close: its diagnostics are cleared. Nothing was written to disk.
    c.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert!(c.diagnostics(&uri).is_empty());
    assert!(!path.exists());

    let shutdown = c.request("shutdown", Value::Null);
    assert!(shutdown.get("error").is_none(), "{shutdown}");
    c.notify("exit", Value::Null);
    let status = c.child.wait().unwrap();
    assert!(status.success());
}

/// A real client: Neovim (from Debian's packages), headless, attaches `credcheck lsp` to a
/// Markdown draft; the diagnostics it shows are the findings of `credcheck check` on the file.
#[test]
fn neovim_shows_the_findings_of_check() {
    let have = Command::new("nvim")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        // CI installs Neovim (`.ci/run`) and sets this: there, a missing Neovim fails.
        assert!(
            std::env::var_os("CREDCHECK_REQUIRE_NVIM").is_none(),
            "nvim is required"
        );
        eprintln!("skipped: Neovim is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("story.md");
    std::fs::write(
        &draft,
        "# Port to reopen\n\nThe port will reopen, a senior official said. The airline refused to comment.\n\nCritics say the plan is flawed.\n",
    )
    .unwrap();
    let out = dir.path().join("diagnostics.json");
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/editors/neovim-dump-diagnostics.lua");
    let status = Command::new("nvim")
        .args(["--headless", "--clean", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("CREDCHECK_BIN", env!("CARGO_BIN_EXE_credcheck"))
        .env("DRAFT", &draft)
        .env("OUT", &out)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let shown: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let mut from_editor: Vec<(String, u64, u64)> = shown
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["lnum"].as_u64().unwrap() + 1,
                d["col"].as_u64().unwrap() + 1,
            )
        })
        .collect();
    let check = Command::new(env!("CARGO_BIN_EXE_credcheck"))
        .args(["check", "--format", "json", "story.md"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&check.stdout).unwrap();
    let mut from_check: Vec<(String, u64, u64)> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    from_editor.sort();
    from_check.sort();
    assert!(!from_check.is_empty());
    assert_eq!(from_editor, from_check);
}
