//! Turning the bytes of a file into source text, or saying clearly why not.

use std::borrow::Cow;

use thiserror::Error;

/// Why a file's bytes are not a draft credcheck can read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    /// A NUL byte in the first 8 KiB (and no UTF-16 byte-order mark): not a text draft.
    #[error("binary file (NUL byte at offset {offset})")]
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
    /// UTF-16 with a byte-order mark, but not valid UTF-16.
    #[error("invalid UTF-16 ({order}) at byte offset {offset}; re-save the draft as UTF-8")]
    InvalidUtf16 {
        /// `LE` or `BE`.
        order: &'static str,
        /// Byte offset of the first unit that cannot be decoded.
        offset: usize,
    },
}

/// Bytes examined for NUL when sniffing binary content, like git and ripgrep do.
const SNIFF_LEN: usize = 8192;

/// Reads `bytes` as source text: UTF-8, or UTF-16 (little- or big-endian) with a byte-order mark,
/// which is what Windows editors save as "Unicode".
///
/// UTF-8 text is returned unchanged and borrowed (a UTF-8 byte-order mark is kept, so every byte
/// offset the parser reports is an offset into the file as read; the parser skips the mark).
/// UTF-16 is converted to UTF-8 (without its mark): offsets are then into the converted text,
/// while lines and columns (counted in characters) are the same as in the file. Binary content and
/// invalid text are errors, never a lossy guess.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, "LE", u16::from_le_bytes).map(Cow::Owned);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, "BE", u16::from_be_bytes).map(Cow::Owned);
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if let Some(offset) = memchr::memchr(0, head) {
        return Err(DecodeError::Binary { offset });
    }
    std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + memchr::memchr_iter(b'\n', &bytes[..offset]).count();
        DecodeError::InvalidUtf8 { offset, line }
    })
}

/// UTF-16 code units after the byte-order mark, to UTF-8.
fn utf16(
    bytes: &[u8],
    order: &'static str,
    unit: fn([u8; 2]) -> u16,
) -> Result<String, DecodeError> {
    let bad = |index: usize| DecodeError::InvalidUtf16 {
        order,
        offset: 2 + index * 2,
    };
    let pairs = bytes.chunks_exact(2);
    if !pairs.remainder().is_empty() {
        return Err(bad(bytes.len() / 2));
    }
    let units = pairs.map(|p| unit([p[0], p[1]]));
    let mut out = String::with_capacity(bytes.len() / 2 * 3 / 2);
    let mut index = 0;
    for c in char::decode_utf16(units) {
        let c = c.map_err(|_| bad(index))?;
        if c == '\0' {
            return Err(DecodeError::Binary {
                offset: 2 + index * 2,
            });
        }
        index += c.len_utf16();
        out.push(c);
    }
    Ok(out)
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
        assert_eq!(decode(b"hello").as_deref(), Ok("hello"));
        assert_eq!(decode(b"").as_deref(), Ok(""));
        assert_eq!(decode(b"ab\0cd"), Err(DecodeError::Binary { offset: 2 }));
        assert_eq!(decode(&[0xFF, 0xFE, b'a', 0]).as_deref(), Ok("a"));
        assert_eq!(
            decode(b"one\ntwo \xE9t\xE9"),
            Err(DecodeError::InvalidUtf8 { offset: 8, line: 2 })
        );
        let with_bom = "\u{feff}Hi";
        assert_eq!(decode(with_bom.as_bytes()).as_deref(), Ok(with_bom));
        assert_eq!(bom_len(with_bom), 3);
        assert_eq!(bom_len("Hi"), 0);
    }

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let text = "Officials said “no”.\r\nCafé 🙂";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le).as_deref(), Ok(text));
        assert_eq!(decode(&be).as_deref(), Ok(text));
        // An odd number of bytes, a lone surrogate, a NUL: errors, not guesses.
        assert_eq!(
            decode(&[0xFF, 0xFE, b'a', 0, b'b']),
            Err(DecodeError::InvalidUtf16 {
                order: "LE",
                offset: 4
            })
        );
        assert_eq!(
            decode(&[0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0]),
            Err(DecodeError::InvalidUtf16 {
                order: "LE",
                offset: 4
            })
        );
        assert_eq!(
            decode(&[0xFE, 0xFF, 0, b'a', 0, 0]),
            Err(DecodeError::Binary { offset: 4 })
        );
    }
}
