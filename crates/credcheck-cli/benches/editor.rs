//! Editor latency: `credcheck lsp` over its standard input and output, a 5,000-word draft
//! open, one word changed; the time from the change sent to its diagnostics received (the
//! 40 ms pause after typing included), best and median of 20.
//!
//! `cargo bench -p credcheck-cli --bench editor`

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

fn read(reader: &mut BufReader<ChildStdout>) -> Value {
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).expect("a header");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse().expect("a length");
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).expect("a body");
    serde_json::from_slice(&body).expect("JSON")
}

fn send(to: &mut impl Write, message: &Value) {
    let body = message.to_string();
    write!(to, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
    to.flush().expect("flush");
}

/// A 5,000-word draft of news paragraphs with sourcing in them.
fn draft(variant: usize) -> String {
    let paragraph = "The port will reopen next week, a senior official said, speaking on condition \
        of anonymity because the talks are confidential. Dana Reyes, a spokeswoman for the \
        authority, declined to comment. The company reportedly hired advisers, according to \
        people familiar with the matter, and critics say the plan is flawed.";
    let words = paragraph.split_whitespace().count();
    let mut out = format!("# Draft {variant}\n\n");
    for _ in 0..5000 / words {
        out.push_str(paragraph);
        out.push_str("\n\n");
    }
    out
}

fn main() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_credcheck"))
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
    );
    read(&mut out);
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
    );
    let uri = "file:///tmp/credcheck-bench/draft.md";
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": draft(0)}}}),
    );
    read(&mut out);
    let mut times = Vec::new();
    for k in 1..=20 {
        let text = draft(k);
        let start = Instant::now();
        send(
            &mut stdin,
            &json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": k + 1}, "contentChanges": [{"text": text}]}}),
        );
        let m = read(&mut out);
        assert_eq!(m["method"], "textDocument/publishDiagnostics");
        times.push(start.elapsed());
    }
    let _ = child.kill();
    let _ = child.wait();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "editor/5000-words change → diagnostics: best {:.1} ms, median {:.1} ms (40 ms of it the pause after typing)",
        ms(times[0]),
        ms(times[times.len() / 2])
    );
}
