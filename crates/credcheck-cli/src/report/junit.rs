//! `--format junit`: one test case per file, for CI dashboards.

use std::fmt::Write as _;

use super::{Part, Reporter, Totals, one_line, xml};
use crate::check::FileReport;

/// JUnit XML: one test case per checked file, failed when the file has a finding at or above
/// `fail-on` (as the exit code says); findings below it are listed in the case's output.
/// The counts open the document, so the test cases are kept until the end.
#[derive(Debug, Default)]
pub struct Junit {
    cases: String,
}

impl Reporter for Junit {
    fn file(&mut self, file: &FileReport, _: Part, _: &mut String) {
        let out = &mut self.cases;
        let name = xml(&file.path);
        if file.findings.is_empty() {
            let _ = writeln!(
                out,
                "    <testcase name=\"{name}\" classname=\"credcheck\" file=\"{name}\"/>"
            );
            return;
        }
        let _ = writeln!(
            out,
            "    <testcase name=\"{name}\" classname=\"credcheck\" file=\"{name}\">"
        );
        let (open, close) = if file.fails {
            (
                format!(
                    "      <failure message=\"{} findings\" type=\"credcheck\">",
                    file.findings.len()
                ),
                "      </failure>\n",
            )
        } else {
            ("      <system-out>".to_owned(), "      </system-out>\n")
        };
        let _ = writeln!(out, "{open}");
        for f in &file.findings {
            let _ = writeln!(
                out,
                "{}:{}: {}[{}] {}",
                xml(&file.path),
                xml(&crate::check::place(file.positions, f.start)),
                f.severity,
                xml(&f.info.id),
                xml(&one_line(&f.message))
            );
        }
        out.push_str(close);
        out.push_str("    </testcase>\n");
    }

    fn end(&mut self, totals: &Totals, out: &mut String) {
        let failures = totals.failures;
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<testsuites name=\"credcheck\" tests=\"{}\" failures=\"{failures}\">",
            totals.files
        );
        let _ = writeln!(
            out,
            "  <testsuite name=\"credcheck\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">",
            totals.files
        );
        out.push_str(&std::mem::take(&mut self.cases));
        out.push_str("  </testsuite>\n</testsuites>\n");
    }
}
