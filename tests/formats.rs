//! Drafts as newsrooms keep them: HTML pages and Word files, read end to end by the binary —
//! and the same story written by a real producer (pandoc) in Markdown, `.docx` and `.html`
//! gives the same findings.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::{run_in, temp_tree};

const STORY_MD: &str = "\
# Port to reopen, officials say

The port will reopen next week, a senior official said. The company reportedly hired
advisers, according to people familiar with the talks.

- Informed sources told the newspaper the deal was done.

> Critics say the plan is flawed.

Dana Reyes, a spokeswoman, declined to comment. The mayor denied the report.[^1]

[^1]: Officials said the figures were reportedly inflated.
";

/// `(rule, highlighted words)` of every finding in the JSON report.
fn findings(json: &str) -> BTreeSet<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(json).expect(json);
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap().iter())
        .map(|x| {
            (
                x["rule"].as_str().unwrap().to_owned(),
                x["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The story as a standalone HTML page, by pandoc.
fn pandoc_page(dir: &Path) -> bool {
    pandoc(
        dir,
        &[
            "story.md",
            "-s",
            "--metadata",
            "title=Desk",
            "-o",
            "story.html",
        ],
    )
}

/// `(rule, highlighted words)` of `check --format json NAME` in `dir`, which must find some.
fn report(dir: &Path, name: &str) -> BTreeSet<(String, String)> {
    let r = run_in(dir, &["check", "--format", "json", name], b"");
    assert_eq!(r.code, 1, "{name}: {}", r.stderr);
    findings(&r.stdout)
}

fn pandoc(dir: &Path, args: &[&str]) -> bool {
    Command::new("pandoc")
        .current_dir(dir)
        .args(args)
        .stdout(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn pandoc_docx_and_html_give_the_markdown_findings() {
    let dir = temp_tree(&[("story.md", STORY_MD.as_bytes())]);
    if !pandoc(dir.path(), &["--version"]) {
        // CI installs pandoc (`.ci/run`) and sets this: there, a missing pandoc fails.
        assert!(
            std::env::var_os("CREDCHECK_REQUIRE_PANDOC").is_none(),
            "pandoc is required here"
        );
        eprintln!("skipped: pandoc is not installed");
        return;
    }
    assert!(pandoc(dir.path(), &["story.md", "-o", "story.docx"]));
    assert!(pandoc_page(dir.path()));
    let report = |name: &str| report(dir.path(), name);
    let md = report("story.md");
    assert!(
        md.contains(&("reportedly-hedge".into(), "reportedly".into())),
        "{md:?}"
    );
    assert!(md.contains(&("anon-attribution".into(), "a senior official".into())));
    assert_eq!(report("story.docx"), md, "docx");
    assert_eq!(report("story.html"), md, "html");
}

#[test]
fn a_word_file_is_placed_by_paragraph_and_character() {
    let dir = temp_tree(&[("story.md", STORY_MD.as_bytes())]);
    if !pandoc(dir.path(), &["story.md", "-o", "story.docx"]) {
        assert!(std::env::var_os("CREDCHECK_REQUIRE_PANDOC").is_none());
        eprintln!("skipped: pandoc is not installed");
        return;
    }
    let r = run_in(
        dir.path(),
        &["check", "--format", "concise", "story.docx"],
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    // The second paragraph; `a senior official` starts at its 33rd character.
    assert!(
        r.stdout
            .contains("story.docx:¶2:33: warning[anon-attribution]"),
        "{}",
        r.stdout
    );
    let r = run_in(
        dir.path(),
        &["check", "--format", "json", "story.docx"],
        b"",
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let f = &v["files"][0]["findings"][0];
    assert!(f["paragraph"].is_u64() && f["offset"].is_u64(), "{f}");
    // `full` shows the text as read and the place in the file.
    let r = run_in(
        dir.path(),
        &["check", "--color", "never", "story.docx"],
        b"",
    );
    assert!(r.stdout.contains(" --> story.docx:¶2:33"), "{}", r.stdout);
    // A folder walk reads Word files and HTML pages.
    let r = run_in(dir.path(), &["check", "--format", "json", "."], b"");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(paths.iter().any(|p| p.ends_with("story.docx")), "{paths:?}");
}

#[test]
fn an_html_finding_is_placed_in_the_page() {
    let page = "<html><body>\n<nav>Officials said nothing</nav>\n<p class=\"lede\">The port will reopen, &ldquo;soon&rdquo;, a senior official said.</p>\n</body></html>\n";
    let dir = temp_tree(&[("page.html", page.as_bytes())]);
    let r = run_in(
        dir.path(),
        &["check", "--format", "concise", "page.html"],
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let line = page.lines().nth(2).unwrap();
    let col = line[..line.find("a senior").unwrap()].chars().count() + 1;
    assert!(
        r.stdout
            .contains(&format!("page.html:3:{col}: warning[anon-attribution]")),
        "{}",
        r.stdout
    );
    // Nothing from the navigation.
    assert!(!r.stdout.contains("page.html:2:"), "{}", r.stdout);
}

#[test]
fn a_broken_or_unread_document_is_an_error_naming_it() {
    let dir = temp_tree(&[
        ("broken.docx", b"PK\x03\x04 not really a zip"),
        (
            "locked.docx",
            &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 1],
        ),
        ("story.odt", b"PK\x03\x04 an OpenDocument file"),
        ("ok.txt", b"Officials said it was over.\n"),
    ]);
    for (name, says) in [
        ("broken.docx", "not a valid .docx"),
        ("locked.docx", "encrypted"),
        ("story.odt", "does not read .odt files"),
    ] {
        let r = run_in(
            dir.path(),
            &["check", "--format", "concise", name, "ok.txt"],
            b"",
        );
        assert_eq!(r.code, 2, "{name}: {}", r.stderr);
        assert!(
            r.stderr.contains(name) && r.stderr.contains(says),
            "{name}: {}",
            r.stderr
        );
        // The other draft is still checked.
        assert!(r.stdout.contains("ok.txt:1:1"), "{}", r.stdout);
    }
}

#[test]
fn a_folder_walk_reads_the_extensions_the_configuration_lists() {
    let dir = temp_tree(&[
        ("desk/a.md", b"Officials said it was over.\n"),
        ("desk/b.html", b"<p>Officials said it was over.</p>"),
        ("desk/c.story", b"Officials said it was over.\n"),
        ("desk/d.png", b"\x89PNG\r\n\x1a\n\0\0"),
        ("other/e.html", b"<p>Officials said it was over.</p>"),
        ("other/f.story", b"Officials said it was over.\n"),
    ]);
    std::fs::write(
        dir.path().join("desk/credcheck.toml"),
        "extensions = [\"story\", \".MD\"]\n",
    )
    .unwrap();
    let r = run_in(dir.path(), &["check", "--format", "json", "."], b"");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect(&r.stderr);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    // `desk` reads what its configuration lists; `other` the default extensions.
    assert_eq!(
        paths,
        ["./desk/a.md", "./desk/c.story", "./other/e.html"],
        "{}",
        r.stderr
    );
    // A file named on the command line is read whatever its extension.
    let r = run_in(
        dir.path(),
        &["check", "--format", "concise", "other/f.story"],
        b"",
    );
    assert!(r.stdout.contains("other/f.story:1:1"), "{}", r.stdout);
}

#[test]
fn libreoffice_docx_gives_the_markdown_findings() {
    let dir = temp_tree(&[("story.md", STORY_MD.as_bytes())]);
    let soffice = ["soffice", "libreoffice"]
        .into_iter()
        .find(|b| Command::new(b).arg("--version").output().is_ok());
    let (Some(soffice), true) = (soffice, pandoc_page(dir.path())) else {
        eprintln!("skipped: LibreOffice or pandoc is not installed");
        return;
    };
    // LibreOffice reads the HTML page and writes Word: a second, independent producer.
    let profile = format!(
        "-env:UserInstallation=file://{}/lo-profile",
        dir.path().display()
    );
    let converted = Command::new(soffice)
        .current_dir(dir.path())
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            "lo",
            "story.html",
        ])
        .output()
        .is_ok_and(|o| o.status.success() && dir.path().join("lo/story.docx").exists());
    assert!(converted, "LibreOffice did not convert the page");
    assert_eq!(
        report(dir.path(), "lo/story.docx"),
        report(dir.path(), "story.md")
    );
}
