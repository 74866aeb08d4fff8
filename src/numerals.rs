//! Numbers as reports write them: `二十` → 20, `二〇二二` → 2022, `２０２２` → 2022,
//! `second` → 2, `20th` → 20.

/// The value of one Chinese digit character (`〇零一二两…九`), or `None`.
pub(crate) fn zh_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | 'Ｏ' | '○' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Is `c` a character of a Chinese numeral (digits and `十百千`)?
pub(crate) fn is_zh_numeral_char(c: char) -> bool {
    zh_digit(c).is_some() || matches!(c, '十' | '拾' | '百' | '千')
}

/// The value of an ASCII or full-width digit.
pub(crate) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Parses a number written in ASCII or full-width digits.
pub(crate) fn parse_digits(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut n: u32 = 0;
    for c in s.chars() {
        n = n.checked_mul(10)?.checked_add(digit(c)?)?;
    }
    Some(n)
}

/// Parses a Chinese numeral: `十` 10, `二十` 20, `二十六` 26, `一百零五` 105, and digit by
/// digit `二〇二二` 2022. Also accepts ASCII and full-width digits.
pub(crate) fn parse_zh(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    if let Some(n) = parse_digits(s) {
        return Some(n);
    }
    if !s.chars().any(|c| matches!(c, '十' | '拾' | '百' | '千')) {
        // digit by digit: 二〇二二
        let mut n: u32 = 0;
        for c in s.chars() {
            n = n.checked_mul(10)?.checked_add(zh_digit(c)?)?;
        }
        return Some(n);
    }
    let mut total: u32 = 0;
    let mut current: Option<u32> = None;
    for c in s.chars() {
        let unit = match c {
            '十' | '拾' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                current = Some(zh_digit(c)?);
                continue;
            }
        };
        total = total.checked_add(current.unwrap_or(1).checked_mul(unit)?)?;
        current = None;
    }
    total.checked_add(current.unwrap_or(0))
}

const ORDINAL_WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

const CARDINAL_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// `second` → 2, `Twentieth` → 20 (1 to 20, any case).
pub(crate) fn en_ordinal_word(s: &str) -> Option<u32> {
    ORDINAL_WORDS
        .iter()
        .position(|w| w.eq_ignore_ascii_case(s))
        .map(|i| i as u32 + 1)
}

/// `two` → 2 (1 to 20, any case).
pub(crate) fn en_cardinal_word(s: &str) -> Option<u32> {
    CARDINAL_WORDS
        .iter()
        .position(|w| w.eq_ignore_ascii_case(s))
        .map(|i| i as u32 + 1)
}

/// `20th`, `1st`, `22nd`, `3rd` → the number; also ordinal words. Every ordinal, in
/// words or digits, ends in `st`, `nd`, `rd` or `th` in some case: other words are
/// answered from their last two bytes, without a copy.
pub(crate) fn en_ordinal(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    let end = b.get(b.len().checked_sub(2)?..)?;
    if ![b"st", b"nd", b"rd", b"th"]
        .iter()
        .any(|e| end.eq_ignore_ascii_case(*e))
    {
        return None;
    }
    // the two last bytes are ASCII letters: the digits end at a character boundary
    let digits = &s[..s.len() - 2];
    // most ordinals read are digits (`20th`), and no ordinal word opens with one: the
    // words are not compared with them one by one
    if b[0].is_ascii_digit() {
        return parse_digits(digits);
    }
    en_ordinal_word(s).or_else(|| parse_digits(digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_zh("十"), Some(10));
        assert_eq!(parse_zh("二十"), Some(20));
        assert_eq!(parse_zh("二十六"), Some(26));
        assert_eq!(parse_zh("十四"), Some(14));
        assert_eq!(parse_zh("一百零五"), Some(105));
        assert_eq!(parse_zh("二〇二二"), Some(2022));
        assert_eq!(parse_zh("２０２２"), Some(2022));
        assert_eq!(parse_zh("两"), Some(2));
        assert_eq!(parse_zh("年"), None);
        assert_eq!(parse_zh(""), None);
    }

    #[test]
    fn english_numbers() {
        assert_eq!(en_ordinal("second"), Some(2));
        assert_eq!(en_ordinal("20th"), Some(20));
        assert_eq!(en_ordinal("Twentieth"), Some(20));
        assert_eq!(en_ordinal("22nd"), Some(22));
        assert_eq!(en_ordinal("th"), None);
        assert_eq!(en_ordinal("3RD"), Some(3));
        assert_eq!(en_ordinal("101st"), Some(101));
        assert_eq!(en_ordinal("2x3rd"), None);
        assert_eq!(en_ordinal("２０th"), Some(20));
        assert_eq!(en_ordinal("meeting"), None);
        assert_eq!(en_ordinal("与th"), None);
        assert_eq!(en_cardinal_word("Four"), Some(4));
    }
}
