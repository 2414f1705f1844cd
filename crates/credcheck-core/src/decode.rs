//! Turning the bytes of a file into source text, or saying clearly why not.

use thiserror::Error;

/// Why a file's bytes are not a draft credcheck can read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    /// A NUL byte (or a UTF-16/32 byte-order mark) in the first 8 KiB: not a text draft.
    #[error("binary file (NUL byte at offset {offset}); skipped")]
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The bytes are not valid UTF-8.
    #[error(
        "invalid UTF-8 at line {line}, byte offset {offset}; re-save the draft as UTF-8 \
         (credcheck never guesses an encoding, so no finding is reported at a wrong place)"
    )]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
        /// 1-based line of that offset.
        line: usize,
    },
}

/// Bytes examined for NUL when sniffing binary content, like git and ripgrep do.
const SNIFF_LEN: usize = 8192;

/// Reads `bytes` as UTF-8 source text.
///
/// The text is returned unchanged (a UTF-8 byte-order mark is kept, so every byte offset the
/// parser reports is an offset into the file as read; the parser skips the mark). Binary content
/// and invalid UTF-8 are errors, never a lossy guess.
pub fn decode(bytes: &[u8]) -> Result<&str, DecodeError> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError::Binary { offset: 0 });
    }
    if let Some(offset) = head.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + memchr::memchr_iter(b'\n', &bytes[..offset]).count();
        DecodeError::InvalidUtf8 { offset, line }
    })
}

/// Length of a leading UTF-8 byte-order mark (3) or 0.
#[must_use]
pub fn bom_len(source: &str) -> usize {
    if source.starts_with('\u{feff}') { 3 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_binary_and_invalid() {
        assert_eq!(decode(b"hello"), Ok("hello"));
        assert_eq!(decode(b""), Ok(""));
        assert_eq!(decode(b"ab\0cd"), Err(DecodeError::Binary { offset: 2 }));
        assert_eq!(
            decode(&[0xFF, 0xFE, b'a', 0]),
            Err(DecodeError::Binary { offset: 0 })
        );
        assert_eq!(
            decode(b"one\ntwo \xE9t\xE9"),
            Err(DecodeError::InvalidUtf8 { offset: 8, line: 2 })
        );
        let with_bom = "\u{feff}Hi";
        assert_eq!(decode(with_bom.as_bytes()), Ok(with_bom));
        assert_eq!(bom_len(with_bom), 3);
        assert_eq!(bom_len("Hi"), 0);
    }
}
