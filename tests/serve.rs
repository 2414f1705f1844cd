//! `credcheck serve` over real HTTP: a spawned server, raw requests on a socket.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

/// A server on a free port, stopped when dropped.
struct Served {
    child: Child,
    addr: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(extra: &[&str]) -> Served {
    let mut child = Command::new(env!("CARGO_BIN_EXE_credcheck"))
        .args(["serve", "--port", "0", "--isolated"])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server starts");
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_owned();
    Served { child, addr }
}

/// `(status, body)` of one request.
fn request(s: &Served, method: &str, path: &str, body: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(&s.addr).unwrap();
    // HTTP/1.0: the answer comes whole, never chunked, so the test needs no HTTP client.
    let head = format!(
        "{method} {path} HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    let _ = stream.write_all(body);
    let mut out = Vec::new();
    let _ = stream.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_owned();
    (status, body)
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[test]
fn a_draft_gets_the_json_contract_of_check() {
    let s = serve(&[]);
    let draft = "Officials said the port would reopen. The airline refused to comment.";
    let (status, body) = request(
        &s,
        "POST",
        "/v1/check",
        serde_json::json!({ "text": draft, "path": "desk/port.txt", "with_text": true })
            .to_string()
            .as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    let v = json(&body);
    assert_eq!(v["version"], 1);
    let file = &v["files"][0];
    assert_eq!(file["path"], "desk/port.txt");
    assert_eq!(file["text"], draft);
    let rules: Vec<&str> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"anon-attribution"), "{rules:?}");
    assert!(rules.contains(&"refused-to-comment-loaded"), "{rules:?}");
    assert_eq!(file["summary"]["anonymous_sources"], 1);
    assert_eq!(v["summary"]["files"], 1);
    // HTML by its path's extension; the positions are in the page.
    let (status, body) = request(
        &s,
        "POST",
        "/v1/check",
        br#"{"text": "<nav>Officials said</nav>\n<p>Sources said it.</p>", "path": "p.html"}"#,
    );
    assert_eq!(status, 200, "{body}");
    let f = &json(&body)["files"][0]["findings"][0];
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(2), Some(4))
    );
}

#[test]
fn bad_requests_get_clear_4xx_errors() {
    let s = serve(&["--max-body", "200"]);
    let cases: [(&str, &str, &[u8], u16, &str); 6] = [
        ("POST", "/v1/check", b"{not json", 400, "bad JSON"),
        (
            "POST",
            "/v1/check",
            br#"{"text": "x", "format": "odt"}"#,
            422,
            "unknown format",
        ),
        (
            "POST",
            "/v1/check",
            br#"{"path": "a.txt"}"#,
            422,
            "`text` or `docx`",
        ),
        (
            "POST",
            "/v1/check",
            br#"{"docx": "not base64!"}"#,
            400,
            "base64",
        ),
        ("GET", "/v1/check", b"", 405, "method"),
        ("GET", "/nowhere", b"", 404, "not found"),
    ];
    for (method, path, body, want, says) in cases {
        let (status, answer) = request(&s, method, path, body);
        assert_eq!(status, want, "{method} {path}: {answer}");
        let error = json(&answer)["error"].as_str().unwrap().to_owned();
        assert!(error.contains(says), "{error}");
    }
    let big = serde_json::json!({ "text": "word ".repeat(100) }).to_string();
    let (status, answer) = request(&s, "POST", "/v1/check", big.as_bytes());
    assert_eq!(status, 413, "{answer}");
    // The server is still up.
    let (status, _) = request(&s, "POST", "/v1/check", br#"{"text": "ok"}"#);
    assert_eq!(status, 200);
}

#[test]
fn the_page_and_the_rules_are_served() {
    let s = serve(&[]);
    let (status, page) = request(&s, "GET", "/", b"");
    assert_eq!(status, 200);
    assert!(page.contains("<title>credcheck"), "{page}");
    // No external resource: everything ships inside the binary.
    assert!(!page.contains("http://") && !page.contains("https://"));
    let (status, body) = request(&s, "GET", "/v1/rules", b"");
    assert_eq!(status, 200);
    let v = json(&body);
    let ids: Vec<&str> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"anon-attribution") && ids.len() > 50,
        "{}",
        ids.len()
    );
}

#[test]
fn concurrent_requests_each_get_their_own_answer() {
    let s = serve(&["--threads", "4"]);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..16)
            .map(|i| {
                let s = &s;
                scope.spawn(move || {
                    let draft = format!("Draft {i}: officials said the vote was {i} to nil.");
                    let (status, body) = request(
                        s,
                        "POST",
                        "/v1/check",
                        serde_json::json!({ "text": draft, "path": format!("d{i}.txt"), "with_text": true })
                            .to_string()
                            .as_bytes(),
                    );
                    assert_eq!(status, 200, "{body}");
                    let v = json(&body);
                    assert_eq!(v["files"][0]["path"], format!("d{i}.txt"));
                    assert_eq!(v["files"][0]["text"], draft);
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
    });
}

/// Headless Chromium driven over the `DevTools` protocol.
struct Browser {
    child: Child,
    ws: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
    next: u64,
    /// Events received while waiting for answers (console messages among them).
    events: Vec<serde_json::Value>,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    /// Starts Chromium if it is installed, attached to its blank page.
    fn launch() -> Option<Browser> {
        let chromium = ["chromium", "chromium-browser", "google-chrome"]
            .into_iter()
            .find(|b| {
                Command::new(b)
                    .arg("--version")
                    .output()
                    .is_ok_and(|o| o.status.success())
            })?;
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(chromium)
            .args([
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--remote-debugging-port=0",
                "--window-size=1200,900",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // `DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…`
        let port = BufReader::new(child.stderr.take().unwrap())
            .lines()
            .map_while(Result::ok)
            .find_map(|line| {
                let rest = line.split("ws://127.0.0.1:").nth(1)?;
                rest.split('/').next().map(str::to_owned)
            })
            .expect("Chromium's DevTools port");
        let pages = devtools_get(&port, "/json/list");
        let ws_url = pages
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["type"] == "page")
            .and_then(|p| p["webSocketDebuggerUrl"].as_str())
            .unwrap()
            .to_owned();
        let (ws, _) = tungstenite::connect(ws_url.as_str()).unwrap();
        Some(Browser {
            child,
            ws,
            next: 0,
            events: Vec::new(),
            _profile: profile,
        })
    }

    /// Calls a `DevTools` method and waits for its answer.
    fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        self.next += 1;
        let id = self.next;
        let mut msg = serde_json::json!({ "id": id, "method": method });
        msg["params"] = params;
        self.ws
            .send(tungstenite::Message::text(msg.to_string()))
            .unwrap();
        loop {
            let m = self.ws.read().unwrap();
            let Ok(text) = m.to_text() else { continue };
            let v = json(text);
            if v["id"] == id {
                return v;
            }
            self.events.push(v);
        }
    }

    /// The value of a JavaScript expression in the page.
    fn eval(&mut self, js: &str) -> serde_json::Value {
        let params = serde_json::json!({ "expression": js, "returnByValue": true });
        self.call("Runtime.evaluate", params)["result"]["result"]["value"].clone()
    }

    /// Evaluates `js` every 100 ms until `done` holds for it (at most 10 s).
    fn wait_for(
        &mut self,
        js: &str,
        done: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        for _ in 0..100 {
            let v = self.eval(js);
            if done(&v) {
                return v;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("timed out waiting for {js}");
    }

    /// Console errors and uncaught exceptions seen so far.
    fn errors(&self) -> Vec<&serde_json::Value> {
        self.events
            .iter()
            .filter(|e| {
                e["method"] == "Runtime.exceptionThrown"
                    || e["method"] == "Runtime.consoleAPICalled" && e["params"]["type"] == "error"
                    || e["method"] == "Log.entryAdded" && e["params"]["entry"]["level"] == "error"
            })
            .collect()
    }
}

/// A GET to the `DevTools` HTTP endpoint of Chromium (HTTP/1.1 only; the connection stays open, so
/// the body is read by its length). The Host header gives the port the page addresses use.
fn devtools_get(port: &str, path: &str) -> serde_json::Value {
    let stream = TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
    (&stream)
        .write_all(format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes())
        .unwrap();
    let mut reader = BufReader::new(&stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap();
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    json(&String::from_utf8(body).unwrap())
}

/// A real browser: headless Chromium (Debian's package) loads the page, a draft is pasted and
/// checked, and the highlighted words are the findings' — with nothing on the console.
#[test]
fn chromium_shows_the_findings_highlighted() {
    let Some(mut b) = Browser::launch() else {
        assert!(
            std::env::var_os("CREDCHECK_REQUIRE_CHROMIUM").is_none(),
            "Chromium is required"
        );
        eprintln!("skipped: Chromium is not installed");
        return;
    };
    let s = serve(&[]);
    for method in ["Runtime.enable", "Log.enable", "Page.enable"] {
        b.call(method, serde_json::json!({}));
    }
    b.call(
        "Page.navigate",
        serde_json::json!({ "url": format!("http://{}/", s.addr) }),
    );
    b.wait_for(
        "document.readyState === 'complete' && !!document.getElementById('check')",
        |v| *v == true,
    );
    // Paste the draft of the seed story's constructions and press Check.
    let draft = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/sourcing/harbour-strike.txt"),
    )
    .unwrap();
    let draft = draft.as_str();
    b.eval(&format!(
        "document.getElementById('input').value = {}; document.getElementById('check').click(); true",
        serde_json::Value::String(draft.to_owned())
    ));
    let marks = b.wait_for(
        "JSON.stringify([...document.querySelectorAll('#draft mark')].map(m => [m.className, m.textContent]))",
        |v| v.as_str().is_some_and(|m| m.len() > 2),
    );
    let marks: Vec<(String, String)> = serde_json::from_str(marks.as_str().unwrap()).unwrap();
    assert!(
        marks.contains(&("error".into(), "Informed sources".into())),
        "{marks:?}"
    );
    assert!(
        marks.contains(&("info".into(), "refused to comment".into())),
        "{marks:?}"
    );
    // Every finding's words are highlighted, and nothing else.
    let (_, body) = request(
        &s,
        "POST",
        "/v1/check",
        serde_json::json!({ "text": draft }).to_string().as_bytes(),
    );
    let found: std::collections::BTreeSet<String> = json(&body)["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap().to_owned())
        .collect();
    let shown: std::collections::BTreeSet<String> = marks.iter().map(|(_, t)| t.clone()).collect();
    assert_eq!(shown, found);
    // The sources ledger lists the named spokesperson.
    let ledger = b.eval("document.getElementById('sources').textContent");
    assert!(ledger.as_str().unwrap().contains("Carvalho"), "{ledger}");
    // A screenshot for the record (not kept in the repository).
    let shot = b.call(
        "Page.captureScreenshot",
        serde_json::json!({ "format": "png" }),
    );
    if let Some(png) = shot["result"]["data"].as_str() {
        use base64::Engine as _;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png)
            .unwrap();
        let _ = std::fs::write(std::env::temp_dir().join("credcheck-serve-page.png"), bytes);
    }
    assert!(b.errors().is_empty(), "console errors: {:?}", b.errors());
}
