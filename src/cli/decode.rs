//! Bytes to text: the encodings a scraper leaves behind, decoded with `encoding_rs`.
//!
//! Takes UTF-8 with or without a byte order mark, UTF-16 LE or BE with a mark (and, in
//! `auto`, without one when the NUL bytes of ASCII text give it away), and GB18030 (which
//! covers GBK and GB2312) when the bytes are not UTF-8 but decode cleanly as GB18030.
//! A byte order mark always wins over the encoding asked for, as in the WHATWG Encoding
//! Standard. Refuses bytes that decode in none of these (`not text: invalid UTF-8 at byte
//! N`), and in `auto` a decoded text that is mostly control characters (`not text: binary
//! data`). With `lossy`, undecodable bytes become U+FFFD instead of an error.
//!
//! Offsets the library reports refer to the decoded text, mark removed.
//!
//! This file uses only `std` and `encoding_rs`, so that the fuzz targets can include it.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding as Codec, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// The encoding to read input with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// A byte order mark, else UTF-8, else GB18030; UTF-16 without a mark when it is plain.
    Auto,
    /// UTF-8 (a mark is removed).
    Utf8,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
    /// UTF-16, little-endian unless a byte order mark says otherwise.
    Utf16,
}

impl std::str::FromStr for Encoding {
    type Err = String;

    fn from_str(s: &str) -> Result<Encoding, String> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Encoding::Auto),
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "gb18030" | "gbk" | "gb2312" => Ok(Encoding::Gb18030),
            "utf-16" | "utf16" => Ok(Encoding::Utf16),
            _ => Err(format!(
                "unknown encoding '{s}': expected auto, utf-8, gb18030 or utf-16"
            )),
        }
    }
}

/// A decoded input.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, without its byte order mark.
    pub text: Cow<'a, str>,
    /// The encoding it was read with: `utf-8`, `utf-16le`, `utf-16be` or `gb18030`.
    pub encoding: &'static str,
    /// How many undecodable sequences became U+FFFD (only with `lossy`).
    pub replaced: usize,
    /// Byte offset in the input of the first undecodable sequence (only with `lossy`).
    pub first_bad: Option<usize>,
}

/// Decodes `bytes`. Errors are messages for the user, such as
/// `not text: invalid UTF-8 at byte 1234`.
pub fn decode(bytes: &[u8], asked: Encoding, lossy: bool) -> Result<Decoded<'_>, String> {
    if let Some((codec, bom)) = Codec::for_bom(bytes) {
        // the offset of a bad byte counts from the start of the input, mark included
        return strict_or_lossy(codec, &bytes[bom..], bom, lossy).and_then(|d| check(d, asked));
    }
    let decoded = match asked {
        Encoding::Utf8 => strict_or_lossy(UTF_8, bytes, 0, lossy),
        Encoding::Gb18030 => strict_or_lossy(GB18030, bytes, 0, lossy),
        Encoding::Utf16 => strict_or_lossy(UTF_16LE, bytes, 0, lossy),
        Encoding::Auto => auto(bytes, lossy),
    }?;
    check(decoded, asked)
}

fn auto(bytes: &[u8], lossy: bool) -> Result<Decoded<'_>, String> {
    if let Some(codec) = sniff_utf16(bytes) {
        if let Ok(d) = strict(codec, bytes, 0) {
            return Ok(d);
        }
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(clean(Cow::Borrowed(text), UTF_8)),
        Err(e) => e.valid_up_to(),
    };
    if let Some(text) = GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok(clean(text, GB18030));
    }
    if !lossy {
        return Err(format!("not text: invalid UTF-8 at byte {utf8_error}"));
    }
    // a GBK page with one broken byte reads better as GB18030 than as UTF-8
    let utf8 = replace(UTF_8, bytes, 0);
    let gb = replace(GB18030, bytes, 0);
    Ok(if gb.replaced < utf8.replaced {
        gb
    } else {
        utf8
    })
}

/// Refuses, when the encoding was guessed, a text that is mostly control characters: a
/// binary file that happens to decode, or a download that left only NUL bytes.
fn check(d: Decoded<'_>, asked: Encoding) -> Result<Decoded<'_>, String> {
    if asked != Encoding::Auto {
        return Ok(d);
    }
    let (mut total, mut control) = (0usize, 0usize);
    for c in d.text.chars().take(8192) {
        total += 1;
        if (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\x7f' {
            control += 1;
        }
    }
    if control * 10 > total * 3 {
        return Err(format!(
            "not text: binary data ({}% control characters)",
            control * 100 / total
        ));
    }
    Ok(d)
}

/// UTF-16 without a byte order mark, told by the NUL high bytes of ASCII characters.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Codec> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // two in five characters ASCII, and the other byte of the pair never NUL
    if odd * 5 >= pairs * 2 && even * 20 < pairs {
        Some(UTF_16LE)
    } else if even * 5 >= pairs * 2 && odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn clean<'a>(text: Cow<'a, str>, codec: &'static Codec) -> Decoded<'a> {
    Decoded {
        text,
        encoding: label(codec),
        replaced: 0,
        first_bad: None,
    }
}

fn label(codec: &'static Codec) -> &'static str {
    if codec == UTF_8 {
        "utf-8"
    } else if codec == UTF_16LE {
        "utf-16le"
    } else if codec == UTF_16BE {
        "utf-16be"
    } else {
        "gb18030"
    }
}

fn strict_or_lossy<'a>(
    codec: &'static Codec,
    bytes: &'a [u8],
    offset: usize,
    lossy: bool,
) -> Result<Decoded<'a>, String> {
    match strict(codec, bytes, offset) {
        Ok(d) => Ok(d),
        Err(_) if lossy => Ok(replace(codec, bytes, offset)),
        Err(e) => Err(e),
    }
}

fn strict<'a>(
    codec: &'static Codec,
    bytes: &'a [u8],
    offset: usize,
) -> Result<Decoded<'a>, String> {
    if codec == UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(text) => Ok(clean(Cow::Borrowed(text), UTF_8)),
            Err(e) => Err(format!(
                "not text: invalid UTF-8 at byte {}",
                offset + e.valid_up_to()
            )),
        };
    }
    match codec.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(clean(text, codec)),
        None => Err(format!(
            "not text: invalid {} at byte {}",
            codec.name(),
            offset + first_malformed(codec, bytes).unwrap_or(0)
        )),
    }
}

/// Decodes with U+FFFD for each malformed sequence, counting them.
fn replace<'a>(codec: &'static Codec, bytes: &'a [u8], offset: usize) -> Decoded<'a> {
    let mut decoder = codec.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2 + 16);
    let (mut read, mut replaced, mut first_bad) = (0usize, 0usize, None);
    loop {
        let (result, n) =
            decoder.decode_to_string_without_replacement(&bytes[read..], &mut text, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => text.reserve(bytes.len() - read + 64),
            DecoderResult::Malformed(bad, after) => {
                replaced += 1;
                first_bad.get_or_insert(offset + read - usize::from(bad) - usize::from(after));
                text.push('\u{fffd}');
            }
        }
    }
    Decoded {
        text: Cow::Owned(text),
        encoding: label(codec),
        replaced,
        first_bad,
    }
}

/// The offset of the first malformed sequence, for the error message.
fn first_malformed(codec: &'static Codec, bytes: &[u8]) -> Option<usize> {
    let mut decoder = codec.new_decoder_without_bom_handling();
    let mut buf = vec![0u8; 64 * 1024];
    let mut read = 0usize;
    loop {
        let (result, n, _) =
            decoder.decode_to_utf8_without_replacement(&bytes[read..], &mut buf, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => return None,
            DecoderResult::OutputFull => {}
            DecoderResult::Malformed(bad, after) => {
                return Some(read - usize::from(bad) - usize::from(after))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto_ok(bytes: &[u8]) -> (String, &'static str) {
        let d = decode(bytes, Encoding::Auto, false).unwrap();
        (d.text.into_owned(), d.encoding)
    }

    fn utf16(text: &str, big: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if big { b"\xFE\xFF" } else { b"\xFF\xFE" });
        }
        for u in text.encode_utf16() {
            let b = if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            };
            out.extend_from_slice(&b);
        }
        out
    }

    #[test]
    fn utf8_plain_and_with_mark() {
        assert_eq!(
            auto_ok("会议 meeting".as_bytes()),
            ("会议 meeting".into(), "utf-8")
        );
        assert_eq!(auto_ok(b"\xEF\xBB\xBFtext"), ("text".into(), "utf-8"));
        assert_eq!(auto_ok(b""), ("".into(), "utf-8"));
    }

    #[test]
    fn utf16_with_mark_both_orders() {
        let text = "区政协党组 held a meeting";
        assert_eq!(
            auto_ok(&utf16(text, false, true)),
            (text.into(), "utf-16le")
        );
        assert_eq!(auto_ok(&utf16(text, true, true)), (text.into(), "utf-16be"));
    }

    #[test]
    fn utf16_without_mark_when_ascii_shows_it() {
        let text = "On October 26, the District CPPCC held a meeting.";
        assert_eq!(
            auto_ok(&utf16(text, false, false)),
            (text.into(), "utf-16le")
        );
        assert_eq!(
            auto_ok(&utf16(text, true, false)),
            (text.into(), "utf-16be")
        );
    }

    #[test]
    fn gbk_bytes_decode_as_gb18030() {
        let (bytes, _, _) = GB18030.encode("2022年10月26日，区政协党组召开会议。");
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(
            auto_ok(&bytes),
            ("2022年10月26日，区政协党组召开会议。".into(), "gb18030")
        );
    }

    #[test]
    fn neither_is_an_error_with_the_utf8_offset() {
        // 0xFF is invalid in UTF-8 and in GB18030
        let err = decode(b"abc\xFF\xFFdef", Encoding::Auto, false).unwrap_err();
        assert_eq!(err, "not text: invalid UTF-8 at byte 3");
    }

    #[test]
    fn lossy_replaces_and_counts() {
        let d = decode(b"ab\xFFcd\xFF", Encoding::Auto, true).unwrap();
        assert_eq!(d.text, "ab\u{fffd}cd\u{fffd}");
        assert_eq!((d.encoding, d.replaced, d.first_bad), ("utf-8", 2, Some(2)));
    }

    #[test]
    fn forced_encodings() {
        let (gbk, _, _) = GB18030.encode("会议");
        let d = decode(&gbk, Encoding::Gb18030, false).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("会议", "gb18030"));
        assert_eq!(
            decode(&gbk, Encoding::Utf8, false).unwrap_err(),
            "not text: invalid UTF-8 at byte 0"
        );
        let bytes = utf16("abc", false, false);
        let d = decode(&bytes, Encoding::Utf16, false).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("abc", "utf-16le"));
    }

    #[test]
    fn lone_surrogate_in_utf16_is_an_error_with_its_offset() {
        // mark, 'a', a lone high surrogate, 'b'
        let bytes = b"\xFF\xFEa\x00\x00\xD8b\x00";
        assert_eq!(
            decode(bytes, Encoding::Auto, false).unwrap_err(),
            "not text: invalid UTF-16LE at byte 4"
        );
        let d = decode(bytes, Encoding::Auto, true).unwrap();
        assert_eq!(d.text, "a\u{fffd}b");
    }

    #[test]
    fn binary_is_refused_only_when_guessing() {
        let zeros = vec![0u8; 1000];
        assert!(decode(&zeros, Encoding::Auto, false)
            .unwrap_err()
            .starts_with("not text: binary data"));
        assert!(decode(&zeros, Encoding::Utf8, false).is_ok());
        // a few NUL bytes in a text are text
        assert!(decode(b"a report\0 with\0 two NULs", Encoding::Auto, false).is_ok());
    }
}
