//! `credcheck serve`: the checks over HTTP on this machine, for CMS integration and for desks
//! without an editor. `POST /v1/check` answers the JSON contract of `check --format json` for
//! one draft; `GET /v1/rules` lists the rules; `GET /` is a web page (inside the binary, no
//! CDN) to paste or drop a draft and see its findings. Nothing is kept between requests and
//! nothing is written to disk.

use std::io::Read;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use credcheck_core::{Document, DocxView, Format};
use credcheck_rules::{Engine, Profile};
use serde::{Deserialize, Serialize};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::args::ServeArgs;
use crate::config::{Config, Finder};
use crate::exit;

const PAGE: &str = include_str!("serve/page.html");

/// A check request.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequest {
    /// The draft's text (text, Markdown, HTML).
    text: Option<String>,
    /// A Word file, base64-encoded.
    docx: Option<String>,
    /// `text`, `markdown`, `html` or `docx`; by default from `path`, else text.
    format: Option<String>,
    /// The name shown in the answer and used for the format.
    path: Option<String>,
    /// Add the text as read (`files[0].text`), for highlighting it.
    #[serde(default)]
    with_text: bool,
}

/// What the server holds: the engine and profile of its configuration. Read-only.
struct State {
    engine: Engine,
    profile: Profile,
    max_body: u64,
}

pub fn run_serve(args: &ServeArgs) -> u8 {
    let state = match load(args) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{e}");
            return exit::ERROR;
        }
    };
    let server = match Server::http((args.host.as_str(), args.port)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "credcheck: error: cannot listen on {}:{}: {e}",
                args.host, args.port
            );
            return exit::ERROR;
        }
    };
    match server.server_addr().to_ip() {
        Some(addr) => eprintln!("credcheck: serving on http://{addr}/ (Ctrl-C to stop)"),
        None => eprintln!("credcheck: serving"),
    }
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, usize::from))
        .max(1);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Ok(request) = server.recv() {
                    handle(&state, request);
                }
            });
        }
    });
    exit::OK
}

/// The configuration: `--config`, none with `--isolated`, else the nearest `credcheck.toml`
/// from the current folder; its packs, with `--rules` and `--no-builtin`.
fn load(args: &ServeArgs) -> Result<State, String> {
    let path: Option<PathBuf> = if args.isolated {
        None
    } else if let Some(c) = &args.config {
        Some(c.clone())
    } else {
        Finder::default().nearest(Path::new("."))
    };
    let (engine, profile) = checker(
        path.as_deref(),
        &args.rule_source.rules,
        args.rule_source.no_builtin,
    )?;
    Ok(State {
        engine,
        profile,
        max_body: args.max_body,
    })
}

/// The engine and profile of the configuration at `path` (the defaults when `None`), with
/// `rules` added and the built-in packs left out when `no_builtin`; an error is the text to
/// show.
pub(crate) fn checker(
    path: Option<&Path>,
    rules: &[PathBuf],
    no_builtin: bool,
) -> Result<(Engine, Profile), String> {
    let fail = |e: &dyn std::fmt::Display| format!("credcheck: error: {e}\n");
    let mut config = match path {
        Some(p) => Config::load(p).map_err(|e| fail(&e))?,
        None => Config::defaults(),
    };
    config.packs.extend(rules.iter().cloned());
    if no_builtin {
        config.builtin = false;
    }
    let engine =
        crate::rules_load::load_engine(config.builtin, &config.packs, false).map_err(|e| e.0)?;
    config.validate(&engine).map_err(|e| fail(&e))?;
    let profile = config.profile(&engine);
    Ok((engine, profile))
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
}

fn json_header() -> Header {
    Header::from_bytes("Content-Type", "application/json; charset=utf-8").expect("valid header")
}

fn respond(request: Request, status: u16, body: String, html: bool) {
    let header = if html {
        Header::from_bytes("Content-Type", "text/html; charset=utf-8").expect("valid header")
    } else {
        json_header()
    };
    let response = Response::from_string(body)
        .with_status_code(status)
        .with_header(header)
        .with_header(Header::from_bytes("Cache-Control", "no-store").expect("valid header"));
    // The client may have gone: nothing to do about it.
    let _ = request.respond(response);
}

fn error(request: Request, status: u16, message: &str) {
    let body = serde_json::to_string(&ErrorBody { error: message }).unwrap_or_default();
    respond(request, status, body, false);
}

fn handle(state: &State, mut request: Request) {
    let path = request.url().split('?').next().unwrap_or("").to_owned();
    match (request.method(), path.as_str()) {
        (Method::Get, "/") => respond(request, 200, PAGE.to_owned(), true),
        (Method::Get, "/v1/rules") => {
            let body = rules_json(&state.engine);
            respond(request, 200, body, false);
        }
        (Method::Post, "/v1/check") => {
            let body = match read_body(&mut request, state.max_body) {
                Ok(b) => b,
                Err((status, message)) => return error(request, status, &message),
            };
            // One draft that goes wrong is this request's error, never the server's end.
            let answer = crate::guard::per_draft("request", || check(state, &body));
            match answer {
                Ok(Ok(json)) => respond(request, 200, json, false),
                Ok(Err((status, message))) => error(request, status, &message),
                Err(message) => error(request, 500, &message),
            }
        }
        (_, "/" | "/v1/rules" | "/v1/check") => error(request, 405, "method not allowed"),
        _ => error(
            request,
            404,
            "not found: try GET /, GET /v1/rules or POST /v1/check",
        ),
    }
}

/// The request body, at most `max` bytes.
fn read_body(request: &mut Request, max: u64) -> Result<Vec<u8>, (u16, String)> {
    let too_large = || (413, format!("request body larger than {max} bytes"));
    if request.body_length().is_some_and(|n| n as u64 > max) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    request
        .as_reader()
        .take(max + 1)
        .read_to_end(&mut body)
        .map_err(|e| (400, format!("cannot read the request body: {e}")))?;
    if body.len() as u64 > max {
        return Err(too_large());
    }
    Ok(body)
}

/// The JSON contract for the draft of a check request, or the status and message of why not.
fn check(state: &State, body: &[u8]) -> Result<String, (u16, String)> {
    let req: CheckRequest =
        serde_json::from_slice(body).map_err(|e| (400, format!("bad JSON: {e}")))?;
    let path = req.path.clone().unwrap_or_else(|| "draft".to_owned());
    let format = match &req.format {
        Some(f) => f.parse::<Format>().map_err(|e| (422, e))?,
        None if req.docx.is_some() => Format::Docx,
        None => Format::detect(Path::new(&path)),
    };
    let doc = match (format, &req.text, &req.docx) {
        (Format::Docx, _, Some(b64)) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|e| (400, format!("`docx` is not base64: {e}")))?;
            Document::from_docx(
                &bytes,
                DocxView::Accepted,
                state.max_body.saturating_mul(20),
            )
            .map_err(|e| (422, format!("{path}: {e}")))?
        }
        (Format::Docx, _, None) => {
            return Err((422, "a Word draft is sent as `docx` (base64)".to_owned()));
        }
        (_, Some(text), None) => Document::parse(text, format),
        (_, None, None) => return Err((422, "send the draft as `text` or `docx`".to_owned())),
        (_, _, Some(_)) => {
            return Err((422, "`docx` needs format `docx` (or none)".to_owned()));
        }
    };
    let file = crate::check::report_of(&state.engine, &state.profile, path, doc, true);
    let json = crate::report::json::document(&file);
    if !req.with_text {
        return Ok(json);
    }
    let mut value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| (500, e.to_string()))?;
    value["files"][0]["text"] = serde_json::Value::String(file.source);
    serde_json::to_string_pretty(&value).map_err(|e| (500, e.to_string()))
}

#[derive(Serialize)]
struct WireRules<'a> {
    version: u32,
    rules: Vec<WireRule<'a>>,
}

#[derive(Serialize)]
struct WireRule<'a> {
    id: &'a str,
    pack: &'a str,
    category: &'a str,
    severity: &'static str,
    summary: String,
    docs: String,
}

fn rules_json(engine: &Engine) -> String {
    let rules = engine
        .rules()
        .iter()
        .map(|r| WireRule {
            id: &r.id,
            pack: &r.pack,
            category: &r.category,
            severity: r.severity.name(),
            summary: r.summary(),
            docs: r.rendered_docs(),
        })
        .collect();
    serde_json::to_string_pretty(&WireRules {
        version: crate::report::json::JSON_VERSION,
        rules,
    })
    .unwrap_or_default()
}
