//! `--format junit`: one test case per file, for CI dashboards.

use std::fmt::Write as _;

use super::{Reporter, one_line, xml};
use crate::check::RunReport;

/// JUnit XML: one test case per checked file, failed when the file has a finding at or above
/// `fail-on` (as the exit code says); findings below it are listed in the case's output.
#[derive(Debug)]
pub struct Junit;

impl Reporter for Junit {
    fn render(&self, report: &RunReport) -> String {
        let failures = report.files.iter().filter(|f| f.fails).count();
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<testsuites name=\"credcheck\" tests=\"{}\" failures=\"{failures}\">",
            report.files.len()
        );
        let _ = writeln!(
            out,
            "  <testsuite name=\"credcheck\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">",
            report.files.len()
        );
        for file in &report.files {
            let name = xml(&file.path);
            if file.findings.is_empty() {
                let _ = writeln!(
                    out,
                    "    <testcase name=\"{name}\" classname=\"credcheck\" file=\"{name}\"/>"
                );
                continue;
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
                    "{}:{}:{}: {}[{}] {}",
                    xml(&file.path),
                    f.start.line,
                    f.start.column,
                    f.severity,
                    xml(&f.info.id),
                    xml(&one_line(&f.message))
                );
            }
            out.push_str(close);
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n</testsuites>\n");
        out
    }
}
