//! English surface forms of dates.

use std::ops::Range;

use once_cell::sync::Lazy;
use regex::Regex;

use super::{Candidate, Partial, Value};
use crate::document::Document;
use crate::extraction::Language;

/// Month names and abbreviations, by month.
pub(crate) const MONTH_NAMES: [&[&str]; 12] = [
    &["January", "Jan"],
    &["February", "Feb"],
    &["March", "Mar"],
    &["April", "Apr"],
    &["May"],
    &["June", "Jun"],
    &["July", "Jul"],
    &["August", "Aug"],
    &["September", "Sept", "Sep"],
    &["October", "Oct"],
    &["November", "Nov"],
    &["December", "Dec"],
];

pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Relative words and what they mean.
pub(crate) const RELATIVE: [(&str, Value); 9] = [
    ("today", Value::DayOffset(0)),
    ("yesterday", Value::DayOffset(-1)),
    ("tomorrow", Value::DayOffset(1)),
    ("this year", Value::YearOffset(0, None, None)),
    ("next year", Value::YearOffset(1, None, None)),
    ("last year", Value::YearOffset(-1, None, None)),
    ("this month", Value::MonthOffset(0)),
    ("last month", Value::MonthOffset(-1)),
    ("next month", Value::MonthOffset(1)),
];

const MONTHS_RE: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

// After a month name:
//   October 26 | Oct. 26th | October 24-26, 2022 | October 24 to November 2 | October 26, 2022
//   March 2023 | April to July (this year | 2023) | October this year | October of last year
static AFTER_MONTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^\.?(?:\s+(?P<d>\d{{1,2}}(?:st|nd|rd|th)?)\b(?:\s*(?:-|–|—|to|through|until)\s*(?:(?P<m2>{MONTHS_RE})\.?\s+)?(?P<d2>\d{{1,2}}(?:st|nd|rd|th)?)\b)?(?:,?\s+(?P<y>\d{{4}})(?:\D|$))?|,?\s+(?P<ym>\d{{4}})(?:\D|$)|\s+(?:to|through|until|-|–)\s+(?P<mr>{MONTHS_RE})\b\.?(?:,?\s+(?P<yr>\d{{4}})(?:\D|$)|\s+(?:of\s+)?(?P<relr>this|last|next)\s+year\b)?|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)"
    ))
    .expect("AFTER_MONTH is valid")
});

// Before a month name: the 26th of | 26th of
static BEFORE_MONTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:\b[Tt]he\s+)?\b(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+$")
        .expect("BEFORE_MONTH is valid")
});

// At a digit run:
//   2022-10-29 | 2022/10/29 | 2022.10.29 | 10/26/2022 | 2021-2025 | 2021 to 2025
//   26 October 2022 | 4th of February
static AT_DIGITS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?:(?P<iy>\d{{4}})(?P<sep>[-/.])(?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?:\D|$)|(?P<ua>\d{{1,2}})/(?P<ub>\d{{1,2}})/(?P<uy>\d{{4}})(?:\D|$)|(?P<ry>\d{{4}})\s*(?:-|–|—|to)\s*(?P<ry2>\d{{4}})(?:\D|$)|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{MONTHS_RE})\b\.?(?:,?\s+(?P<dy>\d{{4}})(?:\D|$))?)"
    ))
    .expect("AT_DIGITS is valid")
});

/// The largest char boundary of `text` at or below `pos`.
pub(crate) fn floor_boundary(text: &str, mut pos: usize) -> usize {
    if pos >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// The smallest char boundary of `text` at or above `pos`.
pub(crate) fn ceil_boundary(text: &str, mut pos: usize) -> usize {
    if pos >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

fn window(text: &str, start: usize, len: usize) -> &str {
    &text[start..floor_boundary(text, start + len)]
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Is the hit `start..end` a whole word?
fn is_word(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c));
    let after_ok = text[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphabetic());
    before_ok && after_ok
}

fn year_of(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn month_of(name: &str) -> Option<u8> {
    MONTH_NAMES
        .iter()
        .position(|names| names.contains(&name))
        .map(|i| i as u8 + 1)
}

/// The month name starting at `i`, with its end.
pub(crate) fn month_at(text: &str, i: usize) -> Option<(u8, usize)> {
    // every name starts with one of these capitals: most words are let go at once
    let bytes = text.as_bytes();
    if !matches!(
        bytes.get(i),
        Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
    ) {
        return None;
    }
    // a name is a whole word of ASCII letters, so only the letters from `i` can be one
    // (no name is longer than ten letters)
    let run = bytes[i..]
        .iter()
        .take(10)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let end = i + run;
    let month = month_of(&text[i..end])?;
    is_word(text, i, end).then_some((month, end))
}

/// At a month name (`October`, `Oct`): the date it begins or ends.
pub(crate) fn at_month(text: &str, start: usize, end: usize, month: u8, out: &mut Vec<Candidate>) {
    // the automaton ignores case; month names are capitalised, so `may` and `march` are not
    if !text[start..].starts_with(|c: char| c.is_ascii_uppercase()) || !is_word(text, start, end) {
        return;
    }
    let after = window(text, end, 64);
    let before_start = floor_boundary(text, start.saturating_sub(24));
    let before = &text[before_start..start];
    if let Some(b) = BEFORE_MONTH.captures(before) {
        let day: u8 = b["d"].parse().unwrap_or(0);
        let mut end_pos = end + usize::from(after.starts_with('.'));
        let mut year = None;
        if let Some(c) = AFTER_MONTH.captures(after) {
            if let Some(y) = c.name("ym") {
                year = year_of(y.as_str());
                end_pos = end + y.end();
            }
        }
        out.push(Candidate {
            start: before_start + b.get(0).map_or(0, |m| m.start()),
            end: end_pos,
            value: Value::Written(Partial::ymd(year, Some(month), Some(day)), None),
            coordinated: false,
        });
        return;
    }
    let Some(c) = AFTER_MONTH.captures(after) else {
        return;
    };
    let mut value = None;
    let mut cand_end = end;
    let mut range = false;
    if let Some(d) = c.name("d") {
        let day = day_number(d.as_str());
        cand_end = end + d.end();
        let year = match c.name("y") {
            Some(y) => {
                let v = year_of(y.as_str());
                if v.is_some() {
                    cand_end = end + y.end();
                }
                v
            }
            None => None,
        };
        let mut end_value = None;
        if let Some(d2) = c.name("d2") {
            let m2 = c
                .name("m2")
                .and_then(|m| month_of(m.as_str()))
                .unwrap_or(month);
            let day2 = day_number(d2.as_str());
            end_value = Some(Partial::ymd(year, Some(m2), Some(day2)));
            if year.is_none() {
                cand_end = end + d2.end();
            }
            range = true;
        }
        let start_year = if end_value.is_some() { None } else { year };
        value = Some(Value::Written(
            Partial::ymd(start_year, Some(month), Some(day)),
            end_value,
        ));
    } else if let Some(y) = c.name("ym") {
        if let Some(year) = year_of(y.as_str()) {
            cand_end = end + y.end();
            value = Some(Value::Written(
                Partial::ymd(Some(year), Some(month), None),
                None,
            ));
        }
    } else if let Some(mr) = c.name("mr") {
        let m2 = month_of(mr.as_str());
        range = true;
        if let Some(y) = c
            .name("yr")
            .and_then(|y| year_of(y.as_str()).map(|v| (v, y.end())))
        {
            cand_end = end + y.1;
            value = Some(Value::Written(
                Partial::ymd(Some(y.0), Some(month), None),
                Some(Partial::ymd(Some(y.0), m2, None)),
            ));
        } else if let Some(rel) = c.name("relr") {
            cand_end = end + c.get(0).map_or(0, |m| m.end());
            let n = year_offset(rel.as_str());
            value = m2.map(|m2| Value::MonthsOfYearOffset(month, Some(m2), n));
        } else {
            cand_end = end + mr.end();
            value = Some(Value::Written(
                Partial::ymd(None, Some(month), None),
                Some(Partial::ymd(None, m2, None)),
            ));
        }
    } else if let Some(rel) = c.name("rel") {
        cand_end = end + c.get(0).map_or(0, |m| m.end());
        value = Some(Value::MonthsOfYearOffset(
            month,
            None,
            year_offset(rel.as_str()),
        ));
    }
    let Some(value) = value else {
        return;
    };
    let mut cand_start = start;
    if range && text[..start].ends_with("from ") {
        cand_start = start - "from ".len();
    }
    out.push(Candidate {
        start: cand_start,
        end: cand_end,
        value,
        coordinated: false,
    });
}

/// `26` or `26th` as a day number (0, never valid, when it is neither).
fn day_number(s: &str) -> u8 {
    s.trim_end_matches(char::is_alphabetic).parse().unwrap_or(0)
}

fn year_offset(word: &str) -> i32 {
    match word {
        "next" => 1,
        "last" => -1,
        _ => 0,
    }
}

/// At a weekday name: the most recent such day.
pub(crate) fn at_weekday(text: &str, start: usize, end: usize, day: u8, out: &mut Vec<Candidate>) {
    if !is_word(text, start, end) || !text[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return;
    }
    out.push(Candidate {
        start,
        end,
        value: Value::Weekday(day),
        coordinated: false,
    });
}

pub(crate) fn is_weekday_text(text: &str) -> bool {
    WEEKDAYS.iter().any(|w| w.eq_ignore_ascii_case(text))
}

/// At a relative word (`yesterday`, `next year`).
pub(crate) fn at_relative(
    text: &str,
    start: usize,
    end: usize,
    index: usize,
    out: &mut Vec<Candidate>,
) {
    if !is_word(text, start, end) {
        return;
    }
    // `the next year` and `the last year` are spans of time, not years
    let before = window_back(text, start, 5).to_ascii_lowercase();
    if index >= 3 && before.ends_with("the ") {
        return;
    }
    out.push(Candidate {
        start,
        end,
        value: RELATIVE[index].1,
        coordinated: false,
    });
}

fn window_back(text: &str, end: usize, len: usize) -> &str {
    &text[ceil_boundary(text, end.saturating_sub(len))..end]
}

/// Numeric dates in each paragraph; years alone only in English ones.
pub(crate) fn at_digits(doc: &Document, _range: Range<usize>, out: &mut Vec<Candidate>) {
    for p in &doc.paragraphs {
        at_digits_in(doc.text, p.start..p.end, p.language == Language::En, out);
    }
}

/// Words after a number that make it a count, not a year.
const COUNT_WORDS: [&str; 24] = [
    "people",
    "persons",
    "yuan",
    "rmb",
    "mu",
    "households",
    "times",
    "units",
    "cases",
    "members",
    "tons",
    "km",
    "kilometers",
    "meters",
    "hectares",
    "enterprises",
    "projects",
    "villages",
    "jobs",
    "cadres",
    "items",
    "pieces",
    "copies",
    "students",
];

/// Does the 4-digit number at `start..end` denote a year?
fn is_year_use(text: &str, start: usize, end: usize) -> bool {
    let before = window_back(text, start, 12);
    let after = window(text, end, 24);
    if before.ends_with(|c: char| {
        c.is_ascii_digit() || matches!(c, ',' | '.' | '$' | '¥' | '#' | '+' | '-' | '/')
    }) {
        return false;
    }
    let lower_before = before.to_ascii_lowercase();
    let lb = lower_before.trim_end();
    if lb.ends_with("no.") || lb.ends_with("no") || lb.ends_with("number") || lb.ends_with("nos.") {
        return false;
    }
    if after.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '%' | ':' | '_'))
        || after.starts_with(".") && after[1..].starts_with(|c: char| c.is_ascii_digit())
        || after.starts_with(",") && after[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let next: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    if COUNT_WORDS.contains(&next.as_str()) {
        return false;
    }
    // a plural noun right after a number counts it: `2023 households`
    if next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && !matches!(next.as_str(), "this" | "was" | "has" | "its")
    {
        return false;
    }
    true
}

/// Numeric dates in `range` of `text`.
/// The first ASCII digit in `bytes[from..end]`, or `end`. Most of a text has no digit:
/// eight bytes are tested at once, and only a word that holds one is walked.
fn next_digit(bytes: &[u8], mut from: usize, end: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    while from + 8 <= end {
        let mut word = [0; 8];
        word.copy_from_slice(&bytes[from..from + 8]);
        // `^ 0x30` maps the digits, and only them, to bytes below 10; a byte below 10
        // borrows in `x - 10` and so sets its high bit, where no high bit was before
        let x = u64::from_ne_bytes(word) ^ (ONES * 0x30);
        if x.wrapping_sub(ONES * 10) & !x & HIGHS != 0 {
            break;
        }
        from += 8;
    }
    while from < end && !bytes[from].is_ascii_digit() {
        from += 1;
    }
    from
}

/// Could AT_DIGITS match at the run of `run` ASCII digits that ends at `i`? Every form goes
/// on after its first number with a separator, an ordinal suffix or a space, and a space
/// only before a range of years (`2021 to 2025`) or a month (`26 October`, `4 of May`): most
/// digit runs (counts, 年/月/日 dates, years in prose) need no regex. (No digit of `\d`
/// starts with a byte that may follow here, so the regex's first number is the whole run.)
fn may_match_at_digits(text: &str, i: usize, run: usize) -> bool {
    let next = text.as_bytes().get(i).copied().unwrap_or(0);
    match (run, next) {
        (4, b'-' | b'/' | b'.' | b't' | 0xE2) => true,
        (4, b' ') => {
            let rest = text[i..].trim_start();
            rest.starts_with(['-', '–', '—']) || rest.starts_with("to")
        }
        (1 | 2, b'/' | b's' | b'n' | b'r' | b't' | 0xE2) => true,
        (1 | 2, b' ') => text[i..]
            .trim_start()
            .starts_with(['o', 'J', 'F', 'M', 'A', 'S', 'O', 'N', 'D']),
        _ => false,
    }
}

pub(crate) fn at_digits_in(
    text: &str,
    range: Range<usize>,
    english: bool,
    out: &mut Vec<Candidate>,
) {
    let bytes = text.as_bytes();
    let mut i = range.start;
    while i < range.end {
        if !bytes[i].is_ascii_digit() {
            i = next_digit(bytes, i + 1, range.end);
            continue;
        }
        let start = i;
        while i < range.end && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let run = i - start;
        // a run inside a bigger number (`2,000`, `3.14`) or a word (`G20`) starts nothing
        let prev = text[..start].chars().next_back();
        if prev.is_some_and(|c| c.is_alphabetic() && c.is_ascii())
            || (prev.is_some_and(|c| c == ',' || c == '.')
                && start >= 2
                && bytes[start - 2].is_ascii_digit())
        {
            continue;
        }
        if run > 4 {
            continue;
        }
        let may_continue = may_match_at_digits(text, i, run);
        let seg = &text[start..floor_boundary(text, (start + 48).min(range.end))];
        if !may_continue {
            // fall through to years and bare days
        } else if let Some(c) = AT_DIGITS.captures(seg) {
            if let Some(cand) = digits_candidate(text, start, &c, english) {
                out.push(cand);
                continue;
            }
        }
        if english && run == 4 {
            if let Some(y) = year_of(&text[start..i]) {
                if is_year_use(text, start, i) {
                    out.push(Candidate {
                        start,
                        end: i,
                        value: Value::Written(Partial::ymd(Some(y), None, None), None),
                        coordinated: false,
                    });
                }
            }
        } else if english && run <= 2 {
            bare_day(text, start, i, out);
        }
    }
}

fn digits_candidate(
    text: &str,
    start: usize,
    c: &regex::Captures,
    english: bool,
) -> Option<Candidate> {
    let num = |name: &str| -> Option<u32> { c.name(name)?.as_str().parse().ok() };
    if let Some(y) = c.name("iy") {
        let year = year_of(y.as_str())?;
        // `2022.10.29` only where the text is English-like; dots are also version numbers
        if &c["sep"] == "." && !english {
            return None;
        }
        let d = c.name("id")?;
        return Some(Candidate {
            start,
            end: start + d.end(),
            value: Value::Written(
                Partial::ymd(Some(year), Some(num("im")? as u8), Some(num("id")? as u8)),
                None,
            ),
            coordinated: false,
        });
    }
    if let Some(uy) = c.name("uy") {
        let (a, b) = (num("ua")? as u8, num("ub")? as u8);
        let year = year_of(uy.as_str())?;
        // month first only when the other side cannot be a month; otherwise say nothing
        let (month, day) = if b > 12 && a <= 12 {
            (a, b)
        } else if a > 12 && b <= 12 {
            (b, a)
        } else {
            return None;
        };
        return Some(Candidate {
            start,
            end: start + uy.end(),
            value: Value::Written(Partial::ymd(Some(year), Some(month), Some(day)), None),
            coordinated: false,
        });
    }
    if let Some(ry2) = c.name("ry2") {
        if !english {
            return None;
        }
        let (y1, y2) = (year_of(&c["ry"])?, year_of(ry2.as_str())?);
        if y2 <= y1 {
            return None;
        }
        return Some(Candidate {
            start,
            end: start + ry2.end(),
            value: Value::Written(
                Partial::ymd(Some(y1), None, None),
                Some(Partial::ymd(Some(y2), None, None)),
            ),
            coordinated: false,
        });
    }
    if let Some(dm) = c.name("dm") {
        if !english {
            return None;
        }
        let month = month_of(dm.as_str())?;
        let day = num("dd")? as u8;
        let (year, end) = match c
            .name("dy")
            .and_then(|y| year_of(y.as_str()).map(|v| (v, y.end())))
        {
            Some((y, e)) => (Some(y), e),
            None => (
                None,
                dm.end() + usize::from(text[start + dm.end()..].starts_with('.')),
            ),
        };
        return Some(Candidate {
            start,
            end: start + end,
            value: Value::Written(Partial::ymd(year, Some(month), Some(day)), None),
            coordinated: false,
        });
    }
    None
}

/// `the 24th` as a day of a month known from the context: after `the`, and followed by
/// punctuation or a small word, so that `the 20th National Congress` is not one.
fn bare_day(text: &str, start: usize, end: usize, out: &mut Vec<Candidate>) {
    let after = window(text, end, 12);
    let Some(rest) = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| after.strip_prefix(s))
    else {
        return;
    };
    let before = window_back(text, start, 4);
    if !before.eq_ignore_ascii_case("the ") {
        return;
    }
    let ok_after = rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', ')', '，'])
        || [" in ", " at ", " and ", " to "]
            .iter()
            .any(|w| rest.starts_with(w));
    if !ok_after {
        return;
    }
    let Ok(day) = text[start..end].parse::<u8>() else {
        return;
    };
    if (1..=31).contains(&day) {
        out.push(Candidate {
            start: start - 4,
            end: end + 2,
            value: Value::BareDay(day),
            coordinated: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::next_digit;

    #[test]
    fn next_digit_finds_the_first_digit_at_any_place_of_a_word() {
        // every byte value around the digits, and every place in and across eight-byte words
        let filler: Vec<u8> = (0u8..=255).filter(|b| !b.is_ascii_digit()).collect();
        for len in 0..20 {
            for at in 0..=len {
                let mut bytes: Vec<u8> = (0..len)
                    .map(|i| filler[(i * 37 + at) % filler.len()])
                    .collect();
                if at < len {
                    bytes[at] = b'0' + (at % 10) as u8;
                }
                assert_eq!(next_digit(&bytes, 0, len), at.min(len), "len {len} at {at}");
            }
        }
        assert_eq!(next_digit(b"abc/:9", 0, 6), 5);
        assert_eq!(next_digit(b"9abcdefghijk", 1, 12), 12);
    }
}
