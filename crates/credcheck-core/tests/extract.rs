//! HTML pages and Word files: what is read as prose, what is not, and where each finding's
//! words are in the original file.

use std::io::Write;

use credcheck_core::{BlockKind, Document, DocxError, DocxView, Format, Positions};

fn blocks(d: &Document) -> Vec<(BlockKind, String)> {
    d.blocks()
        .iter()
        .map(|b| (b.kind, d.prose(b.span)))
        .collect()
}

/// `(line, column)` in the original file of the first occurrence of `words` in the text read.
fn place(d: &Document, words: &str) -> (usize, usize) {
    let at = d.source().find(words).expect(words);
    let lc = d.line_col(at);
    (lc.line, lc.column)
}

const PAGE: &str = r#"<!DOCTYPE html>
<html><head><title>Officials said: a title is not prose</title>
<style>p::before { content: "sources said" }</style></head>
<body>
<nav><a href="/">Home</a> Critics say nothing here</nav>
<h1>Port to reopen, officials say</h1>
<p data-quote="critics say" title="informed sources">The port will reopen, a senior official said.</p>
<p>The mayor&rsquo;s office <em>reportedly</em> opposed it. &ldquo;We will <strong>rebuild</strong>,&rdquo; said Dana&nbsp;Reyes.</p>
<script>var s = "sources said the deal was done";</script>
<pre><code>officials said = true</code></pre>
<!-- an ordinary comment: officials said -->
<blockquote><p>Allegedly, it was AT&T &amp; P&amp;G.</p></blockquote>
<ul><li>Informed sources told the paper.</li></ul>
<table><tr><td>Critics say the plan is flawed.</td></tr></table>
<figure><img src="x.jpg" alt="officials said"><figcaption>A rally, the police said.</figcaption></figure>
</body></html>
"#;

#[test]
fn an_html_page_is_read_for_its_prose_only() {
    let d = Document::parse(PAGE, Format::Html);
    let want = [
        (BlockKind::Heading, "Port to reopen, officials say"),
        (
            BlockKind::Paragraph,
            "The port will reopen, a senior official said.",
        ),
        (
            BlockKind::Paragraph,
            "The mayor’s office reportedly opposed it. “We will rebuild,” said Dana Reyes.",
        ),
        (BlockKind::BlockQuote, "Allegedly, it was AT&T & P&G."),
        (BlockKind::ListItem, "Informed sources told the paper."),
        (BlockKind::TableCell, "Critics say the plan is flawed."),
        (BlockKind::Paragraph, "A rally, the police said."),
    ];
    let got = blocks(&d);
    let got: Vec<(BlockKind, &str)> = got.iter().map(|(k, t)| (*k, t.as_str())).collect();
    assert_eq!(got, want);
    // The quotation with markup inside it is one quotation, and its speaker is named.
    assert_eq!(d.quotes().len(), 1);
    let named: Vec<String> = d
        .attributions()
        .iter()
        .filter(|a| a.kind.name() == "named")
        .filter_map(|a| a.source.map(|s| d.prose(s)))
        .collect();
    assert_eq!(named, ["Dana Reyes"]);
}

#[test]
fn positions_point_into_the_html_source() {
    let d = Document::parse(PAGE, Format::Html);
    assert_eq!(d.positions(), Positions::Lines);
    let col_in = |line: usize, s: &str| {
        let text = PAGE.lines().nth(line - 1).unwrap();
        text[..text.find(s).unwrap()].chars().count() + 1
    };
    // Line 7: `<p data-quote="critics say" title="informed sources">The port…`
    assert_eq!(
        place(&d, "a senior official"),
        (7, col_in(7, "a senior official"))
    );
    // After character references, columns still count the source's characters.
    let col = |s: &str| col_in(8, s);
    assert_eq!(place(&d, "reportedly"), (8, col("reportedly")));
    assert_eq!(place(&d, "“We"), (8, col("&ldquo;We")));
    assert_eq!(place(&d, "said Dana"), (8, col("said Dana")));
    assert_eq!(place(&d, "Reyes"), (8, col("Reyes")));
}

#[test]
fn an_html_suppression_comment_covers_the_block_after_it() {
    let page = "<p>Officials said it was over.</p>\n<!-- credcheck-ignore anon-attribution: vetted -->\n<p>Sources said it was over.</p>";
    let d = Document::parse(page, Format::Html);
    let s = d.suppressions();
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].reason.as_deref(), Some("vetted"));
    assert_eq!(d.text(s[0].covers).trim(), "Sources said it was over.");
    // Its words are not prose.
    assert_eq!(d.blocks().len(), 2);
}

/// A `.docx` written here: a heading (by style), a paragraph with a tracked insertion and a
/// tracked deletion, a hyperlink, a field (instruction out, result in), a table, a list item,
/// a comment that is a suppression, a comment that is not, and a footnote.
fn docx() -> Vec<u8> {
    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Port to reopen, officials say</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The port will reopen, </w:t></w:r><w:ins w:id="1" w:author="Ed"><w:r><w:t xml:space="preserve">a senior official said</w:t></w:r></w:ins><w:del w:id="2" w:author="Ed"><w:r><w:delText>the minister confirmed</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:hyperlink w:id="r1"><w:r><w:t>Dana Reyes</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> said the figures were </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "sources said" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>final</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Critics say the plan is flawed.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Informed sources told the paper.</w:t></w:r></w:p>
<w:p/>
<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>The company reportedly hired advisers.</w:t></w:r><w:commentRangeEnd w:id="7"/><w:commentRangeStart w:id="8"/><w:r><w:t xml:space="preserve"> It is believed &amp; feared.</w:t></w:r><w:commentRangeEnd w:id="8"/></w:p>
</w:body></w:document>"#
    );
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#
    );
    let comments = format!(
        r#"<w:comments {W}><w:comment w:id="7"><w:p><w:r><w:t>credcheck-ignore reportedly-hedge: confirmed by our bureau</w:t></w:r></w:p></w:comment><w:comment w:id="8"><w:p><w:r><w:t>Officials said check this</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>officials said</w:t></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Figures were reportedly inflated, aides said.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in [
        ("word/document.xml", document.as_str()),
        ("word/styles.xml", styles.as_str()),
        ("word/comments.xml", comments.as_str()),
        ("word/footnotes.xml", footnotes.as_str()),
        ("[Content_Types].xml", "<Types/>"),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_word_file_is_read_with_its_changes_accepted() {
    let d = Document::from_docx(&docx(), DocxView::Accepted, 1 << 20).unwrap();
    let got = blocks(&d);
    let got: Vec<(BlockKind, &str)> = got.iter().map(|(k, t)| (*k, t.as_str())).collect();
    assert_eq!(
        got,
        [
            (BlockKind::Heading, "Port to reopen, officials say"),
            (
                BlockKind::Paragraph,
                "The port will reopen, a senior official said."
            ),
            (
                BlockKind::Paragraph,
                "Dana Reyes said the figures were final."
            ),
            (BlockKind::TableCell, "Critics say the plan is flawed."),
            (BlockKind::ListItem, "Informed sources told the paper."),
            (
                BlockKind::Paragraph,
                "The company reportedly hired advisers. It is believed & feared."
            ),
            (
                BlockKind::Footnote,
                "Figures were reportedly inflated, aides said."
            ),
        ]
    );
    // Paragraphs are counted as Word counts them (the empty one too); characters from 1.
    assert_eq!(d.positions(), Positions::Paragraphs);
    assert_eq!(place(&d, "a senior official"), (2, 23));
    assert_eq!(place(&d, "reportedly hired"), (7, 13));
    // Notes are numbered on from the body.
    assert_eq!(place(&d, "aides said"), (8, 35));
    // The suppression comment covers its paragraph; the other comment is nobody's prose.
    let s = d.suppressions();
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].reason.as_deref(), Some("confirmed by our bureau"));
    assert!(d.text(s[0].covers).starts_with("The company reportedly"));
    assert!(!d.source().contains("check this"));
}

#[test]
fn a_word_file_can_be_read_as_it_was_before_the_changes() {
    let d = Document::from_docx(&docx(), DocxView::Original, 1 << 20).unwrap();
    assert_eq!(
        d.prose(d.blocks()[1].span),
        "The port will reopen, the minister confirmed."
    );
}

#[test]
fn what_is_not_a_word_file_is_a_clear_error() {
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    assert_eq!(
        Document::from_docx(&ole, DocxView::Accepted, 1 << 20).unwrap_err(),
        DocxError::Encrypted
    );
    assert!(matches!(
        Document::from_docx(b"PK\x03\x04 truncated", DocxView::Accepted, 1 << 20),
        Err(DocxError::NotZip(_))
    ));
    // A ZIP without a Word document.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"<workbook/>").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    assert_eq!(
        Document::from_docx(&bytes, DocxView::Accepted, 1 << 20).unwrap_err(),
        DocxError::NoDocument
    );
    // A part larger than the limit once decompressed (a ZIP bomb stops at the limit).
    assert!(matches!(
        Document::from_docx(&docx(), DocxView::Accepted, 100),
        Err(DocxError::TooLarge { .. })
    ));
}
