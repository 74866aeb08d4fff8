//! Arbitrary bytes through the command's decoding, in every encoding, strict and lossy:
//! no panic; lossy decoding of a named encoding never fails; strict decoding replaces
//! nothing; UTF-8 input decodes to itself; errors say `not text`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minutes_fuzz::decode::{decode, Encoding};

fuzz_target!(|data: &[u8]| {
    for enc in [
        Encoding::Auto,
        Encoding::Utf8,
        Encoding::Gb18030,
        Encoding::Utf16,
    ] {
        for lossy in [false, true] {
            match decode(data, enc, lossy) {
                Ok(d) => {
                    if !lossy {
                        assert_eq!(d.replaced, 0);
                    }
                    if let Some(bad) = d.first_bad {
                        assert!(bad < data.len(), "first bad byte {bad} past the input");
                    }
                }
                Err(e) => {
                    assert!(e.starts_with("not text: "), "unclear error: {e}");
                    assert!(
                        !(lossy && enc != Encoding::Auto),
                        "lossy {enc:?} failed: {e}"
                    );
                }
            }
        }
    }
    if !data.starts_with(b"\xEF\xBB\xBF")
        && !data.starts_with(b"\xFF\xFE")
        && !data.starts_with(b"\xFE\xFF")
    {
        if let Ok(text) = std::str::from_utf8(data) {
            let d = decode(data, Encoding::Utf8, false).expect("UTF-8 decodes as UTF-8");
            assert_eq!(d.text, text);
        }
    }
});
