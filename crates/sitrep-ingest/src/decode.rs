//! Bytes to text.

/// Decode an item's bytes. UTF-8 (with or without BOM) as is; UTF-16 by its
/// BOM; anything else that is not UTF-8 as Windows-1252, the commonest legacy
/// encoding of English news pages. Binary data is refused.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty input".into());
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec())
            .map_err(|e| format!("invalid UTF-8 after a UTF-8 BOM: {e}"));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return decode_utf16(bytes);
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b))
        .count();
    if head.contains(&0) || controls * 20 > head.len() {
        return Err("binary data, not text".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

fn decode_utf16(bytes: &[u8]) -> Result<String, String> {
    let little = bytes[0] == 0xFF;
    let units: Vec<u16> = bytes[2..]
        .chunks_exact(2)
        .map(|p| {
            if little {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        })
        .collect();
    String::from_utf16(&units).map_err(|e| format!("invalid UTF-16: {e}"))
}

/// Windows-1252: Latin-1 except 0x80-0x9F, which hold punctuation such as
/// curly quotes and dashes.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn legacy_bytes_decode_as_windows_1252() {
        assert_eq!(decode(b"Iran\x92s minister").unwrap(), "Iran’s minister");
    }

    #[test]
    fn binary_is_refused_and_bom_is_dropped() {
        assert!(decode(b"\x00\x01\x02PK").is_err());
        assert_eq!(decode(b"\xEF\xBB\xBFhello").unwrap(), "hello");
        assert_eq!(decode(b"\xFF\xFEh\x00i\x00").unwrap(), "hi");
    }

    proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = decode(&bytes);
        }

        #[test]
        fn utf8_text_round_trips(s in "[^\\x00-\\x08\\x0E-\\x1F\\x{FEFF}]{1,100}") {
            prop_assert_eq!(decode(s.as_bytes()).unwrap(), s);
        }
    }
}
