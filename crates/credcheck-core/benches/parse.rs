//! Parser throughput on one thread, in MB/s, for plain text and Markdown news copy, and for the
//! same copy as one large HTML page and one large Word file (time relative to the text).
//!
//! `cargo bench -p credcheck-core --bench parse` uses the fixture drafts repeated to about
//! 8 MB. Set `CREDCHECK_BENCH_DIR` to a folder of real news (`.txt` files, e.g. the BBC set of
//! `../shared/eval/DATASETS.md`) to measure on that text instead.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use std::fmt::Write as _;
use std::io::Write;

use credcheck_core::{Document, DocxView, Format};

const TARGET_BYTES: usize = 8 << 20;

/// The stories to parse, repeated to about [`TARGET_BYTES`]: each is parsed as its own document,
/// as `credcheck check` does with files.
fn corpus() -> Vec<String> {
    let mut stories = Vec::new();
    if let Ok(dir) = std::env::var("CREDCHECK_BENCH_DIR") {
        collect(Path::new(&dir), &mut stories);
        eprintln!("corpus: {} files from {dir}", stories.len());
    }
    if stories.is_empty() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        collect(&fixtures, &mut stories);
        stories.retain(|s| !s.trim().is_empty());
        eprintln!(
            "corpus: {} fixture drafts (set CREDCHECK_BENCH_DIR for real news)",
            stories.len()
        );
    }
    let mut out = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES && !stories.is_empty() {
        for s in &stories {
            total += s.len();
            out.push(s.clone());
        }
    }
    out
}

/// The same copy as Markdown: a heading, a block quote with a link, a bold list item.
fn as_markdown(story: &str) -> String {
    story
        .split("\n\n")
        .enumerate()
        .map(|(i, p)| match i % 7 {
            0 => format!("## {p}"),
            3 => format!("> {p} [link](https://example.org/{i})"),
            5 => format!("- **{p}**"),
            _ => p.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt" || e == "md") {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
}

fn measure(name: &str, stories: &[String], format: Format) -> Duration {
    let bytes: usize = stories.iter().map(String::len).sum();
    let mut tokens = 0;
    let best = best_of_5(|| {
        tokens = 0;
        for s in stories {
            let doc = Document::parse(black_box(s), format);
            tokens += doc.tokens().len();
        }
    });
    report(name, bytes, stories.len(), tokens, best);
    best
}

fn best_of_5(mut run: impl FnMut()) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        run();
        best = best.min(start.elapsed());
    }
    best
}

fn report(name: &str, bytes: usize, docs: usize, tokens: usize, best: Duration) {
    #[allow(clippy::cast_precision_loss)] // a few MB: exact in f64
    let mb = bytes as f64 / 1e6;
    println!(
        "parse/{name:<9} {mb:6.1} MB in {docs:>6} docs  {tokens:>9} tokens  best of 5: {:7.1} ms  {:6.1} MB/s",
        best.as_secs_f64() * 1e3,
        mb / best.as_secs_f64()
    );
}

/// The copy as an HTML page: a paragraph per paragraph, quotation marks and apostrophes as
/// character references, a navigation bar and a script between stories.
fn as_html(text: &str) -> String {
    let mut out = String::from("<!DOCTYPE html><html><head><title>Desk</title></head><body>\n");
    for (i, p) in text.split("\n\n").enumerate() {
        if i % 20 == 0 {
            out.push_str("<nav><a href=\"/\">Home</a></nav><script>var x = 1;</script>\n");
        }
        let p = p
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('\'', "&rsquo;")
            .replace('"', "&quot;");
        let _ = writeln!(out, "<p class=\"story\">{p}</p>");
    }
    out.push_str("</body></html>\n");
    out
}

/// The copy as a Word file: a paragraph per paragraph, each in two runs.
fn as_docx(text: &str) -> Vec<u8> {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    );
    for p in text.split("\n\n") {
        let (a, b) = p.split_at(
            p.char_indices()
                .nth(p.chars().count() / 2)
                .map_or(0, |(k, _)| k),
        );
        let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
        let (a, b) = (escape(a), escape(b));
        let _ = write!(
            xml,
            r#"<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">{a}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{b}</w:t></w:r></w:p>"#
        );
    }
    xml.push_str("</w:body></w:document>");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).expect("zip");
    zip.write_all(xml.as_bytes()).expect("zip");
    zip.finish().expect("zip").into_inner()
}

fn main() {
    let stories = corpus();
    let markdown: Vec<String> = stories.iter().map(|s| as_markdown(s)).collect();
    measure("text", &stories, Format::Text);
    measure("markdown", &markdown, Format::Markdown);
    let one = stories.concat();
    let text = measure("text-1doc", std::slice::from_ref(&one), Format::Text);
    // The same text in the two container formats, as one large file each.
    let html = as_html(&one);
    let mut tokens = 0;
    let t = best_of_5(|| {
        tokens = Document::parse(black_box(&html), Format::Html)
            .tokens()
            .len();
    });
    report("html-1doc", html.len(), 1, tokens, t);
    let docx = as_docx(&one);
    let d = best_of_5(|| {
        tokens = Document::from_docx(black_box(&docx), DocxView::Accepted, u64::MAX)
            .expect("docx")
            .tokens()
            .len();
    });
    report("docx-1doc", docx.len(), 1, tokens, d);
    println!(
        "same text, time relative to text-1doc: html {:.2}x, docx {:.2}x",
        t.as_secs_f64() / text.as_secs_f64(),
        d.as_secs_f64() / text.as_secs_f64()
    );
}
