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
