//! The author or editor credit that may close a paragraph: `(马军伟)`, `（记者 曾建渝）`,
//! `(Liu Xingxing)`, `责任编辑：张三`, `Editor: Li Wei`. It is not part of the last item.

use once_cell::sync::Lazy;
use regex::Regex;

// (马军伟) | （记者 曾建渝 通讯员 李四） | (Liu Xingxing) | (Photo by ... reporter Liu Weibing)
static BRACKETED: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[(（][^()（）。，,.;；]{1,60}[)）]\s*$").unwrap());

// 责任编辑：张三 | 编辑：李四 | Editor: Li Wei | Source: ...
static LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:责任编辑|编辑|审核|校对|记者|通讯员|来源|供稿|撰稿|摄影|(?i:editor|reporter|source|photo by|written by))\s*[:：][^。！？.!?]{0,60}$").unwrap()
});

/// The longest credit, in bytes.
const TAIL: usize = 240;

/// `text` without a credit at its end (after the end of a sentence).
pub(super) fn strip(text: &str) -> &str {
    let mut t = text.trim_end();
    loop {
        // a credit is short: only the tail can hold it
        let mut from = t.len().saturating_sub(TAIL);
        while !t.is_char_boundary(from) {
            from += 1;
        }
        let tail = &t[from..];
        // each pattern only where it can match: a bracket closing the tail (`[)）]\s*$`,
        // `\s` being Unicode white space as for `trim_end`), a colon; most paragraphs
        // end in neither, and these patterns were a tenth of a first extraction
        let bracketed = || {
            tail.trim_end()
                .ends_with([')', '）'])
                .then(|| BRACKETED.find(tail))
                .flatten()
        };
        let line = || colon(tail).then(|| LINE.find(tail)).flatten();
        let Some(m) = bracketed().or_else(line) else {
            return t;
        };
        let head = t[..from + m.start()].trim_end();
        // a credit follows a finished sentence; a bracket inside a sentence stays
        if head.is_empty() || !head.ends_with(['。', '.', '!', '?', '！', '？', '”', '"', '’'])
        {
            return t;
        }
        t = head;
    }
}

/// Does `s` hold `:` or `：`? Read as bytes: `:` is never part of a longer character,
/// and `：` (EF BC 9A) is found among the few characters opening with EF (the full-width
/// marks); decoding every character of the tail took more than the rest of [`strip`].
fn colon(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(b':', 0xEF, b).any(|i| b[i] == b':' || b[i..].starts_with("：".as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn credits() {
        assert_eq!(strip("遍地开花。(马军伟)"), "遍地开花。");
        assert_eq!(strip("遍地开花。（记者 曾建渝）\n"), "遍地开花。");
        assert_eq!(strip("in the city. (Liu Xingxing)"), "in the city.");
        assert_eq!(strip("作出新贡献。责任编辑：张三"), "作出新贡献。");
        assert_eq!(
            strip("the plan (draft) was adopted"),
            "the plan (draft) was adopted"
        );
        assert_eq!(strip("加强领导（试行）"), "加强领导（试行）");
    }

    #[test]
    fn colon_is_what_contains_answers() {
        for s in [
            "",
            "a:b",
            "编辑：张三",
            "，。！",
            "\u{ff1b}\u{ff1a}",
            "x\u{fe3a}",
            "é",
        ] {
            assert_eq!(super::colon(s), s.contains([':', '：']), "{s:?}");
        }
    }
}
