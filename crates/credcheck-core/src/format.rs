//! Input formats and their detection from a file name.

use std::path::Path;

use serde::Serialize;

/// How a draft is read. Detected from the file extension, overridable by the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Plain text: paragraphs separated by blank lines (or one per line in CMS exports).
    Text,
    /// CommonMark, with YAML (`---`) or TOML (`+++`) front matter.
    Markdown,
    /// An HTML page: the prose of its paragraphs, headings, lists, quotations and tables.
    Html,
    /// A Word file (Office Open XML, `.docx`).
    Docx,
}

impl Format {
    /// The format for `path`: `.md`/`.markdown` (any case) → Markdown, `.html`/`.htm`/`.xhtml`
    /// → HTML, `.docx` → Word; everything else, including `.txt`, `.text` and no extension, →
    /// Text.
    #[must_use]
    pub fn detect(path: &Path) -> Format {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let is = |names: &[&str]| names.iter().any(|n| ext.eq_ignore_ascii_case(n));
        if is(&["md", "markdown"]) {
            Format::Markdown
        } else if is(&["html", "htm", "xhtml"]) {
            Format::Html
        } else if is(&["docx"]) {
            Format::Docx
        } else {
            Format::Text
        }
    }

    /// The extensions read by default when walking a folder.
    pub const DEFAULT_EXTENSIONS: &'static [&'static str] =
        &["txt", "text", "md", "markdown", "html", "htm", "docx"];

    /// True when `path` has an extension credcheck reads by default when walking a folder.
    #[must_use]
    pub fn is_draft_extension(path: &Path) -> bool {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|ext| {
                Self::DEFAULT_EXTENSIONS
                    .iter()
                    .any(|k| ext.eq_ignore_ascii_case(k))
            })
    }

    /// Is this format read from bytes that are not text (a ZIP container)?
    #[must_use]
    pub fn is_binary(self) -> bool {
        self == Format::Docx
    }

    /// The name used in output and on the command line (`text`, `markdown`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            "docx" => Ok(Format::Docx),
            other => Err(format!(
                "unknown format `{other}` (expected `text`, `markdown`, `html` or `docx`)"
            )),
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_extension() {
        assert_eq!(Format::detect(Path::new("a/story.md")), Format::Markdown);
        assert_eq!(
            Format::detect(Path::new("story.MARKDOWN")),
            Format::Markdown
        );
        assert_eq!(Format::detect(Path::new("story.txt")), Format::Text);
        assert_eq!(Format::detect(Path::new("STORY")), Format::Text);
        assert_eq!(Format::detect(Path::new("notes.text")), Format::Text);
        assert!(Format::is_draft_extension(Path::new("x.Md")));
        assert!(!Format::is_draft_extension(Path::new("x.rs")));
        assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
        assert_eq!("docx".parse::<Format>(), Ok(Format::Docx));
        assert_eq!(Format::detect(Path::new("page.HTM")), Format::Html);
        assert!("odt".parse::<Format>().is_err());
    }
}
