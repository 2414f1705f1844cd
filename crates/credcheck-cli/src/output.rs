//! Writing to standard output: a closed pipe (`credcheck … | head`) ends the run quietly.

use std::io::{self, Write};

/// Writes `text` to standard output. Returns `false` when the reader went away (broken pipe), so
/// the caller can stop without an error message.
pub fn write_stdout(text: &str) -> io::Result<bool> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e),
    }
}
