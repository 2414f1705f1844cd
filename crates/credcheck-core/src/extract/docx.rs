//! Word files (Office Open XML `.docx`, as Word, `LibreOffice`, Google Docs and pandoc write
//! them): paragraphs, headings (by paragraph style), list items, table cells, footnotes and
//! endnotes as blocks; tracked changes read accepted (insertions in, deletions out) or as the
//! original; field instructions left out and field results kept; comments are not prose, but a
//! comment that is a credcheck suppression (`credcheck-ignore …: reason`) applies to the
//! paragraph it is anchored in.

use std::collections::HashMap;
use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use thiserror::Error;

use super::{Builder, Extracted, Origin};
use crate::model::BlockKind;

/// Which text of a draft with tracked changes is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocxView {
    /// As if every change were accepted: insertions in, deletions out.
    #[default]
    Accepted,
    /// As before the changes: deletions in, insertions out.
    Original,
}

/// Why a `.docx` file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DocxError {
    /// An OLE compound file: what Word writes for a password-protected document (and for the
    /// old binary `.doc`).
    #[error(
        "not readable as .docx: it is encrypted (password-protected) or an old binary .doc; \
         save it from Word as an unprotected .docx"
    )]
    Encrypted,
    /// Not a ZIP archive, or a broken one.
    #[error("not a valid .docx (ZIP) file: {0}")]
    NotZip(String),
    /// A ZIP archive without the main document part.
    #[error(
        "not a Word document: no word/document.xml inside (a macro-only or other Office file?)"
    )]
    NoDocument,
    /// A part that is not well-formed XML.
    #[error("{part}: malformed XML: {message}")]
    Xml { part: String, message: String },
    /// A part larger than the limit once decompressed.
    #[error("{part}: larger than {limit} bytes once decompressed")]
    TooLarge { part: String, limit: u64 },
}

/// Suppression comments kept per paragraph.
const MAX_MARKERS: usize = 16;

const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The prose of a `.docx` file; `limit` bounds each decompressed part.
pub(crate) fn extract(bytes: &[u8], view: DocxView, limit: u64) -> Result<Extracted, DocxError> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(DocxError::Encrypted);
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| DocxError::NotZip(e.to_string()))?;
    let mut part = |name: &str| -> Result<Option<String>, DocxError> {
        let mut file = match zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(DocxError::NotZip(format!("{name}: {e}"))),
        };
        let mut text = String::new();
        (&mut file)
            .take(limit.saturating_add(1))
            .read_to_string(&mut text)
            .map_err(|e| DocxError::Xml {
                part: name.to_owned(),
                message: e.to_string(),
            })?;
        if text.len() as u64 > limit {
            return Err(DocxError::TooLarge {
                part: name.to_owned(),
                limit,
            });
        }
        Ok(Some(text))
    };
    let document = part("word/document.xml")?.ok_or(DocxError::NoDocument)?;
    let styles = part("word/styles.xml")?.map_or_else(|| Ok(Styles::default()), |s| styles(&s))?;
    let comments =
        part("word/comments.xml")?.map_or_else(|| Ok(HashMap::new()), |s| comments(&s))?;
    let footnotes = part("word/footnotes.xml")?;
    let endnotes = part("word/endnotes.xml")?;

    let mut walk = Walk {
        view,
        styles: &styles,
        comments: &comments,
        out: Builder::default(),
        paragraphs: Vec::new(),
        number: 0,
    };
    walk.part("word/document.xml", &document, false)?;
    for (name, notes) in [
        ("word/footnotes.xml", footnotes),
        ("word/endnotes.xml", endnotes),
    ] {
        if let Some(notes) = notes {
            walk.part(name, &notes, true)?;
        }
    }
    let paragraphs = walk.paragraphs;
    Ok(walk.out.finish(|_| Origin::Docx { paragraphs }))
}

fn xml_error(part: &str, e: impl std::fmt::Display) -> DocxError {
    DocxError::Xml {
        part: part.to_owned(),
        message: e.to_string(),
    }
}

/// The value of the attribute with local name `name` (`w:val` → `val`).
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(std::borrow::Cow::into_owned)
        })
}

/// Paragraph styles that make a heading: `Title`, `Heading 1`…, or any with an outline level.
#[derive(Debug, Default)]
struct Styles {
    headings: std::collections::HashSet<String>,
}

fn styles(xml: &str) -> Result<Styles, DocxError> {
    let part = "word/styles.xml";
    let mut reader = Reader::from_str(xml);
    let mut out = Styles::default();
    let mut id: Option<String> = None;
    loop {
        match reader.read_event().map_err(|e| xml_error(part, e))? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "style" => id = attr(&e, "styleId"),
                "name" => {
                    let name = attr(&e, "val").unwrap_or_default().to_lowercase();
                    if name.starts_with("heading") || name == "title" {
                        out.headings.extend(id.clone());
                    }
                }
                "outlineLvl"
                    if attr(&e, "val").is_some_and(|v| v.parse::<u8>().is_ok_and(|l| l < 9)) =>
                {
                    out.headings.extend(id.clone());
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "style" => id = None,
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Comments that are credcheck suppressions, by comment id: the marker to write.
fn comments(xml: &str) -> Result<HashMap<String, String>, DocxError> {
    let part = "word/comments.xml";
    let mut reader = Reader::from_str(xml);
    let mut out = HashMap::new();
    let mut current: Option<(String, String)> = None;
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(|e| xml_error(part, e))? {
            Event::Start(e) => match e.local_name().as_ref() {
                "comment" => current = attr(&e, "id").map(|id| (id, String::new())),
                "t" => in_text = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    if let Some((_, text)) = &mut current {
                        text.push(' ');
                    }
                }
                "comment" => {
                    if let Some((id, text)) = current.take() {
                        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if text.starts_with("credcheck-ignore") {
                            out.insert(id, format!("<!-- {text} -->"));
                        }
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                if let Some((_, text)) = &mut current {
                    text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let (Some((_, text)), Some(c)) = (&mut current, reference(&r)) {
                    text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn reference(r: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match r.xml10_content().as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

/// One paragraph being read.
#[derive(Debug, Default)]
struct Para {
    text: String,
    heading: bool,
    list: bool,
    cell: bool,
    markers: Vec<String>,
    /// Its number among the part's paragraphs, counted where it opens.
    number: u32,
}

struct Walk<'a> {
    view: DocxView,
    styles: &'a Styles,
    comments: &'a HashMap<String, String>,
    out: Builder,
    /// `(text offset, number)` of each paragraph with prose.
    paragraphs: Vec<(usize, u32)>,
    /// Paragraphs counted so far (empty ones too, as Word counts them).
    number: u32,
}

impl Walk<'_> {
    /// Reads one part (the body, or the notes when `notes`).
    fn part(&mut self, part: &str, xml: &str, notes: bool) -> Result<(), DocxError> {
        let mut reader = Reader::from_str(xml);
        let mut paras: Vec<Para> = Vec::new();
        // Depths of the elements that decide whether text is read.
        let (mut deleted, mut inserted, mut fallback, mut instr, mut cells) = (0, 0, 0, 0, 0);
        let mut separator = 0; // inside a separator footnote
        // Complex fields: true while in the instruction part (before `separate`), and how
        // many are (so reading a run never walks the stack).
        let mut fields: Vec<bool> = Vec::new();
        let mut instructions = 0usize;
        let mut in_text = false;
        loop {
            let event = reader.read_event().map_err(|e| xml_error(part, e))?;
            let (start, empty) = match &event {
                Event::Start(e) => (Some(e), false),
                Event::Empty(e) => (Some(e), true),
                _ => (None, false),
            };
            if let Some(e) = start {
                let name = e.local_name();
                let name = name.as_ref();
                if fallback > 0 {
                    if name == "Fallback" && !empty {
                        fallback += 1;
                    }
                    continue;
                }
                match name {
                    "p" => {
                        self.number += 1;
                        paras.push(Para {
                            cell: cells > 0,
                            number: self.number,
                            ..Para::default()
                        });
                        if empty {
                            self.end_paragraph(&mut paras, notes);
                        }
                    }
                    "pStyle" => {
                        let heading =
                            attr(e, "val").is_some_and(|v| self.styles.headings.contains(&v));
                        if let Some(p) = paras.last_mut() {
                            p.heading |= heading;
                        }
                    }
                    "outlineLvl" => {
                        if let Some(p) = paras.last_mut() {
                            p.heading |= attr(e, "val")
                                .is_some_and(|v| v.parse::<u8>().is_ok_and(|l| l < 9));
                        }
                    }
                    "numPr" => {
                        if let Some(p) = paras.last_mut() {
                            p.list = true;
                        }
                    }
                    "tc" if !empty => cells += 1,
                    "del" | "moveFrom" if !empty => deleted += 1,
                    "ins" | "moveTo" if !empty => inserted += 1,
                    "Fallback" if !empty => fallback += 1,
                    "instrText" | "delInstrText" if !empty => instr += 1,
                    "footnote" | "endnote"
                        if !empty
                            && attr(e, "type").is_some_and(|t| {
                                t.contains("eparator") || t == "continuationNotice"
                            }) =>
                    {
                        separator += 1;
                    }
                    "t" | "delText" if !empty => in_text = true,
                    "fldChar" => match attr(e, "fldCharType").as_deref() {
                        Some("begin") => {
                            fields.push(true);
                            instructions += 1;
                        }
                        Some("separate") => {
                            if let Some(f) = fields.last_mut().filter(|f| **f) {
                                *f = false;
                                instructions -= 1;
                            }
                        }
                        Some("end") => {
                            instructions -= usize::from(fields.pop() == Some(true));
                        }
                        _ => {}
                    },
                    "tab" | "br" | "cr" => self.text(&mut paras, " ", deleted, inserted),
                    "noBreakHyphen" => self.text(&mut paras, "-", deleted, inserted),
                    "commentRangeStart" | "commentReference" => {
                        let marker = attr(e, "id").and_then(|id| self.comments.get(&id));
                        if let (Some(marker), Some(p)) = (marker, paras.last_mut()) {
                            // A handful per paragraph at most: a hostile file cannot make this
                            // check quadratic.
                            if p.markers.len() < MAX_MARKERS && !p.markers.contains(marker) {
                                p.markers.push(marker.clone());
                            }
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match event {
                Event::End(e) => {
                    let name = e.local_name();
                    match name.as_ref() {
                        "Fallback" if fallback > 0 => fallback -= 1,
                        _ if fallback > 0 => {}
                        // A separator between the text and its notes is not a paragraph.
                        "p" if separator > 0 => {
                            paras.pop();
                            self.number -= 1;
                        }
                        "p" => self.end_paragraph(&mut paras, notes),
                        "tc" => cells -= 1,
                        "del" | "moveFrom" => deleted -= 1,
                        "ins" | "moveTo" => inserted -= 1,
                        "instrText" | "delInstrText" => instr -= 1,
                        "footnote" | "endnote" => separator = 0,
                        "t" | "delText" => in_text = false,
                        _ => {}
                    }
                }
                Event::Text(t) if in_text && fallback == 0 && instr == 0 && instructions == 0 => {
                    let t = t.xml10_content();
                    self.text(&mut paras, &t, deleted, inserted);
                }
                Event::GeneralRef(r)
                    if in_text && fallback == 0 && instr == 0 && instructions == 0 =>
                {
                    if let Some(c) = reference(&r) {
                        let mut buf = [0u8; 4];
                        self.text(&mut paras, c.encode_utf8(&mut buf), deleted, inserted);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    /// Adds run text to the open paragraph, if the view reads it.
    fn text(&self, paras: &mut [Para], text: &str, deleted: usize, inserted: usize) {
        let read = match self.view {
            DocxView::Accepted => deleted == 0,
            DocxView::Original => inserted == 0,
        };
        if let (true, Some(p)) = (read, paras.last_mut()) {
            p.text.push_str(text);
        }
    }

    /// Closes the innermost paragraph: its markers, then its prose as one block.
    fn end_paragraph(&mut self, paras: &mut Vec<Para>, notes: bool) {
        let Some(p) = paras.pop() else { return };
        let at = self.out.len();
        for m in &p.markers {
            self.out.marker(m, at);
        }
        let kind = if notes {
            BlockKind::Footnote
        } else if p.heading {
            BlockKind::Heading
        } else if p.cell {
            BlockKind::TableCell
        } else if p.list {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        self.out.push(&p.text, 0, true);
        if let Some(span) = self.out.end_block(kind) {
            self.paragraphs.push((span.start, p.number));
        }
    }
}
