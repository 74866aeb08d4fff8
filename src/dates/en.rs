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
    ("this month", Value::MonthOffset(0, None)),
    ("last month", Value::MonthOffset(-1, None)),
    ("next month", Value::MonthOffset(1, None)),
];

const MONTHS_RE: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

// After a month name:
//   October 26 | Oct. 26th | October 24-26, 2022 | October 24 to November 2 | October 26, 2022
//   March 2023 | April to July (this year | 2023) | October this year | October of last year
//   December 2023 to January (this year | 2024) | (between) March and October
// The day stands on the month's line: `the end of May.` then a list's `3.` is no date.
static AFTER_MONTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^\.?(?:[^\S\n]+(?P<d>\d{{1,2}}(?:st|nd|rd|th)?)\b(?:\s*(?:-|–|—|to|through|until)\s*(?:(?P<m2>{MONTHS_RE})\.?\s+)?(?P<d2>\d{{1,2}}(?:st|nd|rd|th)?)\b)?(?:,?\s+(?P<y>\d{{4}})(?:\D|$))?|,?\s+(?P<ys>\d{{4}})\s+(?:to|through|until|-|–)\s+(?P<mr2>{MONTHS_RE})\b\.?(?:,?\s+(?P<yr2>\d{{4}})(?:\D|$)|\s+(?:of\s+)?(?P<relr2>this|last|next)\s+year\b)?|,?\s+(?P<ym>\d{{4}})(?:\D|$)|\s+(?:to|through|until|and|-|–)\s+(?:the\s+end\s+of\s+)?(?P<mr>{MONTHS_RE})\b\.?(?:,?\s+(?P<yr>\d{{4}})(?:\D|$)|\s+(?:of\s+)?(?P<relr>this|last|next)\s+year\b)?|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)"
    ))
    .expect("AFTER_MONTH is valid")
});

/// The indexes of [`AFTER_MONTH`]'s named groups, in the order `d, m2, d2, y, ym, ys, mr,
/// mr2, yr, yr2, relr, relr2, rel`: `Captures::name` looks a name up in a map at each
/// call, about a third of the cost of reading a match.
static AFTER_MONTH_GROUPS: Lazy<[usize; 13]> = Lazy::new(|| {
    let names = [
        "d", "m2", "d2", "y", "ym", "ys", "mr", "mr2", "yr", "yr2", "relr", "relr2", "rel",
    ];
    names.map(|name| {
        AFTER_MONTH
            .capture_names()
            .position(|n| n == Some(name))
            .expect("AFTER_MONTH names the group")
    })
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
        r"^(?:(?P<iy>\d{{4}})(?P<sep>[-/.])(?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?:\D|$)|(?P<ua>\d{{1,2}})/(?P<ub>\d{{1,2}})/(?P<uy>\d{{4}})(?:\D|$)|(?P<ry>\d{{4}})\s*(?:-|–|—|to)\s*(?P<ry2>\d{{4}}|\d{{2}})(?:\D|$)|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{MONTHS_RE})\b\.?(?:,?\s+(?P<dy>\d{{4}})(?:\D|$))?)"
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

/// The groups of a match of [`AFTER_MONTH`], as spans of the text it was read in, and
/// where the match ends.
#[derive(Debug, Default, PartialEq, Eq)]
struct AfterMonth {
    d: Option<Range<usize>>,
    m2: Option<Range<usize>>,
    d2: Option<Range<usize>>,
    y: Option<Range<usize>>,
    ym: Option<Range<usize>>,
    /// The year of a range's first month (`December 2023 to January`).
    ys: Option<Range<usize>>,
    mr: Option<Range<usize>>,
    yr: Option<Range<usize>>,
    relr: Option<Range<usize>>,
    rel: Option<Range<usize>>,
    end: usize,
}

impl AfterMonth {
    /// [`AFTER_MONTH`] at the start of `after`.
    fn read(after: &str) -> Option<AfterMonth> {
        if let Some(plain) = AfterMonth::plain(after.as_bytes()) {
            return Some(plain);
        }
        if let Some(relative) = AfterMonth::relative(after.as_bytes()) {
            return Some(relative);
        }
        if AfterMonth::cannot_match(after) {
            return None;
        }
        AfterMonth::by_regex(after)
    }

    /// The year word after a month (`October this year`, `March of last year`), read
    /// without the regex, as its last form reads it: no other form goes on from spaces
    /// with a letter of these words (only a digit, `to`, `through`, `until`, `and` or a
    /// dash). `None` where the bytes could read otherwise (a character outside ASCII, a
    /// word that is none of these): the regex decides those.
    fn relative(a: &[u8]) -> Option<AfterMonth> {
        let spaces = |from: usize| {
            a[from.min(a.len())..]
                .iter()
                .take_while(|b| matches!(b, b'\t'..=b'\r' | b' '))
                .count()
        };
        let mut i = usize::from(a.first() == Some(&b'.'));
        let n = spaces(i);
        if n == 0 {
            return None;
        }
        i += n;
        if a[i..].starts_with(b"of") {
            let n = spaces(i + 2);
            if n == 0 {
                return None;
            }
            i += 2 + n;
        }
        let word = a.get(i..i + 4)?;
        if !matches!(word, b"this" | b"last" | b"next") {
            return None;
        }
        let rel = i..i + 4;
        let n = spaces(i + 4);
        i += 4 + n;
        if n == 0 || !a[i..].starts_with(b"year") {
            return None;
        }
        let end = i + 4;
        // `\b` after `year`: the end, or an ASCII character that is no word character
        match a.get(end) {
            None => {}
            Some(&b) if b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'_' => {}
            _ => return None,
        }
        Some(AfterMonth {
            rel: Some(rel),
            end,
            ..AfterMonth::default()
        })
    }

    /// Whether no form of [`AFTER_MONTH`] can match at the start of `after`: each opens,
    /// after an optional full stop, with white space (a comma before it only for a year),
    /// then a digit (`\d`, any script's) or a dash or one of the words `to`, `through`,
    /// `until`, `and`, `of`, `this`, `last`, `next`. A name that no date goes on from
    /// (`May, and`, `March on`) is let go without starting the regex, where the match
    /// cost about as much as everything else done at a month name.
    fn cannot_match(after: &str) -> bool {
        let rest = after.strip_prefix('.').unwrap_or(after);
        let (comma, rest) = match rest.strip_prefix(',') {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        let next = rest.trim_start_matches(char::is_whitespace);
        if next.len() == rest.len() {
            return true;
        }
        match next.chars().next() {
            None => true,
            Some(c) if !c.is_ascii() => comma && !c.is_numeric(),
            Some(c) if c.is_ascii_digit() => false,
            Some(_) if comma => true,
            Some(_) => ![
                "-", "to", "through", "until", "and", "of", "this", "last", "next",
            ]
            .iter()
            .any(|w| next.starts_with(w)),
        }
    }

    fn by_regex(after: &str) -> Option<AfterMonth> {
        let c = AFTER_MONTH.captures(after)?;
        let [d, m2, d2, y, ym, ys, mr, mr2, yr, yr2, relr, relr2, rel] = *AFTER_MONTH_GROUPS;
        let span = |group: usize| c.get(group).map(|m| m.range());
        Some(AfterMonth {
            d: span(d),
            m2: span(m2),
            d2: span(d2),
            y: span(y),
            ym: span(ym),
            ys: span(ys),
            mr: span(mr).or_else(|| span(mr2)),
            yr: span(yr).or_else(|| span(yr2)),
            relr: span(relr).or_else(|| span(relr2)),
            rel: span(rel),
            end: c.get(0).map_or(0, |m| m.end()),
        })
    }

    /// The commonest match, read without the regex: a space and a day of one or two ASCII
    /// digits (`October 26`), then perhaps a comma, spaces and a year of four (`, 2022`),
    /// all in ASCII with ASCII around them. `None` where the bytes could read otherwise
    /// (a range, an ordinal suffix, a character outside ASCII, more digits): the regex
    /// decides those.
    fn plain(a: &[u8]) -> Option<AfterMonth> {
        let space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
        let digits = |from: usize| {
            a[from.min(a.len())..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let p = usize::from(a.first() == Some(&b'.'));
        if a.get(p) != Some(&b' ') {
            return None;
        }
        let s = p + 1;
        let k = digits(s);
        if !(1..=2).contains(&k) {
            return None;
        }
        let q = s + k;
        // the day ends at a word boundary, before no letter of `st` or `th`
        match a.get(q) {
            None => {}
            Some(&b) if b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'_' => {}
            _ => return None,
        }
        // no range: after spaces, nothing that may open `-`, `to`, `through`, `until`
        let mut i = q;
        while a.get(i).is_some_and(|&b| space(b)) {
            i += 1;
        }
        match a.get(i) {
            None => {}
            Some(&b) if b.is_ascii() && !matches!(b, b'-' | b't' | b'u') => {}
            _ => return None,
        }
        let mut out = AfterMonth {
            d: Some(s..q),
            end: q,
            ..AfterMonth::default()
        };
        // the year, if any
        let r = q + usize::from(a.get(q) == Some(&b','));
        let mut i = r;
        while a.get(i).is_some_and(|&b| space(b)) {
            i += 1;
        }
        if i == r {
            // no space: no year, unless a wide space follows
            return match a.get(r) {
                Some(&b) if !b.is_ascii() => None,
                _ => Some(out),
            };
        }
        let n = digits(i);
        match a.get(i + n) {
            Some(&b) if !b.is_ascii() => return None,
            None if n == 0 => {}
            _ if n == 0 => {}
            _ if n == 4 => {
                out.y = Some(i..i + 4);
                out.end = (i + 5).min(a.len());
            }
            _ => {}
        }
        Some(out)
    }
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
    // BEFORE_MONTH ends in `of` and a space, and every form of AFTER_MONTH opens with a
    // space or a comma (after an optional full stop): most names have neither around them
    let of_before = before.ends_with(char::is_whitespace) && before.trim_end().ends_with("of");
    let spaced_after = after
        .strip_prefix('.')
        .unwrap_or(after)
        .starts_with(|c: char| c.is_whitespace() || c == ',');
    let after_month = || spaced_after.then(|| AfterMonth::read(after)).flatten();
    if let Some(b) = of_before.then(|| BEFORE_MONTH.captures(before)).flatten() {
        let day: u8 = b["d"].parse().unwrap_or(0);
        let mut end_pos = end + usize::from(after.starts_with('.'));
        let mut year = None;
        if let Some(c) = after_month() {
            if let Some(y) = c.ym {
                year = year_of(&after[y.clone()]);
                end_pos = end + y.end;
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
    let Some(c) = after_month() else {
        bare_month(text, before, start, end, month, out);
        return;
    };
    let mut value = None;
    let mut cand_end = end;
    let mut range = false;
    let group = |r: &Range<usize>| &after[r.clone()];
    if let Some(d) = &c.d {
        let day = day_number(group(d));
        cand_end = end + d.end;
        let year = match &c.y {
            Some(y) => {
                let v = year_of(group(y));
                if v.is_some() {
                    cand_end = end + y.end;
                }
                v
            }
            None => None,
        };
        let mut end_value = None;
        if let Some(d2) = &c.d2 {
            let m2 =
                c.m2.as_ref()
                    .and_then(|m| month_of(group(m)))
                    .unwrap_or(month);
            let day2 = day_number(group(d2));
            end_value = Some(Partial::ymd(year, Some(m2), Some(day2)));
            if year.is_none() {
                cand_end = end + d2.end;
            }
            range = true;
        }
        let start_year = if end_value.is_some() { None } else { year };
        value = Some(Value::Written(
            Partial::ymd(start_year, Some(month), Some(day)),
            end_value,
        ));
        // `January 10 next year`: the day of the year named after it
        if year.is_none() && end_value.is_none() {
            if let Some((n, len)) = year_word_after(&text[cand_end..]) {
                value = Some(Value::YearOffset(n, Some(month), Some(day)));
                cand_end += len;
            }
        }
    } else if let Some(y) = &c.ym {
        if let Some(year) = year_of(group(y)) {
            cand_end = end + y.end;
            value = Some(Value::Written(
                Partial::ymd(Some(year), Some(month), None),
                None,
            ));
        }
    } else if let Some(mr) = &c.mr {
        // `March and October` is a range only after `between`
        if after[..mr.start].trim_end().ends_with("and") && !ends_with_word(before, "between ") {
            bare_month(text, before, start, end, month, out);
            return;
        }
        let m2 = month_of(group(mr));
        // the year of the first month, where written (`December 2023 to January`)
        let ys = c.ys.as_ref().and_then(|y| year_of(group(y)));
        range = true;
        if let Some(y) =
            c.yr.as_ref()
                .and_then(|y| year_of(group(y)).map(|v| (v, y.end)))
        {
            cand_end = end + y.1;
            value = Some(Value::Written(
                Partial::ymd(Some(ys.unwrap_or(y.0)), Some(month), None),
                Some(Partial::ymd(Some(y.0), m2, None)),
            ));
        } else if let Some(rel) = &c.relr {
            cand_end = end + c.end;
            let n = year_offset(group(rel));
            // the year word names the last month's year: a range over New Year starts in
            // the year before (`from December to January next year`)
            value = m2.map(|m2| {
                if ys.is_some() || m2 < month {
                    Value::WrittenToYearOffset(Partial::ymd(ys, Some(month), None), m2, n)
                } else {
                    Value::MonthsOfYearOffset(month, Some(m2), n)
                }
            });
        } else {
            cand_end = end + mr.end;
            // a range that runs over New Year ends in the year after its first
            let wraps = m2.is_some_and(|m2| m2 < month);
            value = Some(Value::Written(
                Partial::ymd(ys, Some(month), None),
                Some(Partial::ymd(ys.map(|y| y + i32::from(wraps)), m2, None)),
            ));
        }
    } else if let Some(rel) = &c.rel {
        cand_end = end + c.end;
        value = Some(Value::MonthsOfYearOffset(
            month,
            None,
            year_offset(group(rel)),
        ));
    }
    let Some(value) = value else {
        return;
    };
    let mut cand_start = start;
    if range && ends_with_word(&text[..start], "from ") {
        cand_start = start - "from ".len();
    } else if range && ends_with_word(&text[..start], "between ") {
        cand_start = start - "between ".len();
    }
    out.push(Candidate {
        start: cand_start,
        end: cand_end,
        value,
        coordinated: false,
    });
}

/// Words that make a month name standing alone a date: `held in July`, `the end of
/// September`, `in late October`, `scheduled for November`.
const BEFORE_BARE_MONTH: [&str; 13] = [
    "in ", "by ", "since ", "until ", "till ", "before ", "after ", "during ", "of ", "early ",
    "late ", "mid-", "for ",
];

/// Does `s` end with `word`, compared in ASCII lower case (`From `, `between `)? Compared
/// as bytes: `s` may end inside a wide character.
fn ends_with_word(s: &str, word: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= word.len() && b[b.len() - word.len()..].eq_ignore_ascii_case(word.as_bytes())
}

/// A month name with neither day nor year, after a word that makes it a date. One
/// followed by a capitalised word is a name (`May Fourth`), not a date.
fn bare_month(
    text: &str,
    before: &str,
    start: usize,
    end: usize,
    month: u8,
    out: &mut Vec<Candidate>,
) {
    // `next January`, `last December`: the month nearest the document date that way
    let word = ["next ", "last "].into_iter().find(|w| {
        ends_with_word(before, w)
            && !before[..before.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
    });
    if word.is_none() && !BEFORE_BARE_MONTH.iter().any(|w| ends_with_word(before, w)) {
        return;
    }
    if text[end..]
        .strip_prefix(' ')
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    {
        return;
    }
    let (start, value) = match word {
        Some(w) => (
            start - w.len(),
            Value::MonthAfterWord(month, year_offset(w.trim_end())),
        ),
        None => (
            start,
            Value::Written(Partial::ymd(None, Some(month), None), None),
        ),
    };
    out.push(Candidate {
        start,
        end,
        value,
        coordinated: false,
    });
}

/// `26` or `26th` as a day number (0, never valid, when it is neither).
fn day_number(s: &str) -> u8 {
    s.trim_end_matches(char::is_alphabetic).parse().unwrap_or(0)
}

/// The year word that `s` opens with (` next year`, ` of last year`, ` this year`): its
/// offset and length.
fn year_word_after(s: &str) -> Option<(i32, usize)> {
    let t = s.strip_prefix(' ')?;
    let t = t.strip_prefix("of ").unwrap_or(t);
    let (word, rest) = t.split_once(' ')?;
    if !matches!(word, "this" | "next" | "last") {
        return None;
    }
    let rest = rest.strip_prefix("year")?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((year_offset(word), s.len() - rest.len()))
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
    // `from Monday to Wednesday`: a range of the days up to the last
    let after = window(text, end, 24);
    let to = after.trim_start();
    let to = ["to ", "through ", "until ", "- ", "– "]
        .iter()
        .find_map(|w| to.strip_prefix(w))
        .filter(|_| after.starts_with(char::is_whitespace));
    if let Some(rest) = to {
        let rest = rest.trim_start();
        let last = WEEKDAYS
            .iter()
            .position(|w| rest.starts_with(w) && is_word(rest, 0, w.len()));
        if let Some(last) = last {
            let name_end = end + (after.len() - rest.len()) + WEEKDAYS[last].len();
            out.push(Candidate {
                start,
                end: name_end,
                value: Value::Weekdays(day, last as u8),
                coordinated: false,
            });
            return;
        }
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
    let ends_with = |words: &str| {
        text.as_bytes()[..start]
            .get(start.saturating_sub(words.len())..)
            .is_some_and(|b| b.eq_ignore_ascii_case(words.as_bytes()))
    };
    // `the next year` and `the last year` are spans of time, not years; but `the last
    // year's work`, `summarize the last year work` (machine translation of 去年工作) name the
    // year whose work it was
    if index >= 3 && ends_with("the ") {
        let rest = &text[end..];
        let of_year = rest.starts_with("'s ")
            || rest.starts_with("’s ")
            || rest
                .strip_prefix(" work")
                .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()));
        if !of_year {
            return;
        }
    }
    // `the day before yesterday`, `the day after tomorrow`: two days off
    if let Value::DayOffset(d @ (-1 | 1)) = RELATIVE[index].1 {
        let words = if d < 0 {
            "the day before "
        } else {
            "the day after "
        };
        if ends_with(words) {
            out.push(Candidate {
                start: start - words.len(),
                end,
                value: Value::DayOffset(2 * d),
                coordinated: false,
            });
            return;
        }
    }
    // `the 10th of this month`: a day of the month named
    if let (Value::MonthOffset(n, None), true) = (RELATIVE[index].1, ends_with("of ")) {
        let back_start = ceil_boundary(text, start.saturating_sub(24));
        if let Some(b) = BEFORE_MONTH.captures(&text[back_start..start]) {
            let day = b["d"].parse().unwrap_or(0);
            if (1..=31).contains(&day) {
                out.push(Candidate {
                    start: back_start + b.get(0).map_or(0, |m| m.start()),
                    end,
                    value: Value::MonthOffset(n, Some(day)),
                    coordinated: false,
                });
                return;
            }
        }
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
    let mut separators = Separators::new(doc.text);
    for p in &doc.paragraphs {
        let english = p.language == Language::En;
        digits_in(doc.text, p.start..p.end, english, &mut separators, out);
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
    // `No. 2023`, `number 2023`, in any case
    let lb = before.trim_end().as_bytes();
    let ends = |w: &str| {
        lb.len() >= w.len() && lb[lb.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    };
    if ends("no.") || ends("no") || ends("number") || ends("nos.") {
        return false;
    }
    // a mark before a digit joins another number to it (`2023.5`, `2,023`, `2023:45`);
    // before a space it ends the year (`since the Eighth Congress in 2021: the ...`)
    if after.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '%' | '_'))
        || after.starts_with(['.', ',', ':'])
            && after[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // the word after, lower-cased in place: ASCII, and no longer than `after`'s 24 bytes
    let rest = after.trim_start().as_bytes();
    let n = rest
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || **b == b'-')
        .count();
    let mut word = [0u8; 24];
    word[..n].copy_from_slice(&rest[..n]);
    word[..n].make_ascii_lowercase();
    let next = std::str::from_utf8(&word[..n]).unwrap_or_default();
    if COUNT_WORDS.contains(&next) {
        return false;
    }
    // a plural noun right after a number counts it: `2023 households` (not a verb of which
    // the year is the subject: `2024 marks the 75th anniversary`)
    if next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && !matches!(
            next,
            "this"
                | "was"
                | "has"
                | "its"
                | "marks"
                | "sees"
                | "remains"
                | "represents"
                | "witnesses"
                | "begins"
                | "means"
        )
    {
        return false;
    }
    true
}

/// Numeric dates in `range` of `text`.
/// The first ASCII digit in `bytes[from..end]`, or `end`. Most of a text has no digit:
/// many bytes are tested at once, and the first digit of a word that holds one is read
/// from the test's bits.
fn next_digit(bytes: &[u8], from: usize, end: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    // `^ 0x30` maps the digits, and only them, to bytes below 10; a byte below 10 borrows
    // in `x - 10` and so sets its high bit, where no high bit was before. A byte of 10 or
    // more borrows nothing, so the lowest high bit set is that of the first digit (a
    // borrow may set the bit of a byte after it): bytes are read in little-endian order
    // for the first byte to be the lowest
    let digit_bits = |word: &[u8]| {
        let x = u64::from_le_bytes(word.try_into().unwrap_or_default()) ^ (ONES * 0x30);
        x.wrapping_sub(ONES * 10) & !x & HIGHS
    };
    let mut pos = from.min(end);
    // thirty-two bytes a step while none is a digit (the test compiles to vector code),
    // then eight, up to the word that holds the digit
    for block in bytes[pos..end].chunks_exact(32) {
        let digits = block
            .iter()
            .fold(0u8, |any, &b| any | u8::from(b.wrapping_sub(b'0') < 10));
        if digits != 0 {
            break;
        }
        pos += 32;
    }
    for word in bytes[pos..end].chunks_exact(8) {
        let bits = digit_bits(word);
        if bits != 0 {
            return pos + (bits.trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    while pos < end && !bytes[pos].is_ascii_digit() {
        pos += 1;
    }
    pos
}

/// Does `bytes` hold four ASCII digits in a row (as every year of an English form does)?
pub(crate) fn has_four_digits(bytes: &[u8]) -> bool {
    let mut i = next_digit(bytes, 0, bytes.len());
    while i < bytes.len() {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if run >= 4 {
            return true;
        }
        i = next_digit(bytes, i + run, bytes.len());
    }
    false
}

/// Could a numeric full date be written around the separator at `k` of `bytes`: the first
/// of `2022-10-29` (a run of four digits before it, then a month of one or two and another
/// separator), or the second of `10/26/2022` (a slash, then a run of four digits)?
pub(crate) fn numeric_full_date(bytes: &[u8], k: usize) -> bool {
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let sep = |i: usize| matches!(bytes.get(i), Some(b'-' | b'/' | b'.'));
    let iso = k >= 4
        && (k - 4..k).all(digit)
        && !(k > 4 && digit(k - 5))
        && digit(k + 1)
        && (sep(k + 2) || digit(k + 2) && sep(k + 3));
    let slashed = bytes[k] == b'/' && (k + 1..k + 5).all(digit) && !digit(k + 5);
    iso || slashed
}

/// The start of the first run of ASCII digits in `bytes[from..end]` that a `-`, `/` or
/// `.` follows, or `end`; `bytes[from - 1]`, if any, is no digit. Outside English only
/// `2022-10-29`, `2022/10/29`, `2022.10.29` and `10/26/2022` are read (years, ranges of
/// years and days with a month name are English forms), each a run of digits before one
/// of these three: a vector search for them skips the many counts and 年月日 dates.
///
/// `separators`, those of `bytes`, are sought to the end of the text, not of the
/// paragraph: the paragraphs are read in order, and a search begun again in each cost a
/// third of the numeric dates of the news.
fn next_dashed_run(separators: &mut Separators, bytes: &[u8], from: usize, end: usize) -> usize {
    let from = from.min(end);
    let mut sep = separators.first(from, bytes.len());
    while sep < end {
        let run = bytes[from..sep]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if run > 0 {
            return sep - run;
        }
        sep = separators.first(sep + 1, bytes.len());
    }
    end
}

/// The `-`, `/` and `.` of a text, each sought once however many times it is asked for
/// (a search from each place where one is asked for finds the same one again and again).
pub(crate) struct Separators<'a> {
    bytes: &'a [u8],
    /// `next` is the first separator at or after `from` and before `end`, or `end`
    from: usize,
    next: usize,
    end: usize,
}

impl<'a> Separators<'a> {
    pub(crate) fn new(text: &'a str) -> Separators<'a> {
        Separators {
            bytes: text.as_bytes(),
            from: 0,
            next: 0,
            end: 0,
        }
    }

    /// The first separator at or after `at` and before `end`, or `end`.
    pub(crate) fn first(&mut self, at: usize, end: usize) -> usize {
        if !(self.end == end && self.from <= at && at <= self.next) {
            let found = memchr::memchr3(b'-', b'/', b'.', &self.bytes[at..end]);
            self.from = at;
            self.next = found.map_or(end, |k| at + k);
            self.end = end;
        }
        self.next
    }
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

/// A match of AT_DIGITS, its parts as spans of the segment it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DigitForm {
    /// `2022-10-29`: year, separator, month, day.
    Iso(Range<usize>, u8, Range<usize>, Range<usize>),
    /// `10/26/2022`: the two small numbers, and the year.
    Slashed(Range<usize>, Range<usize>, Range<usize>),
    /// `2021-2025`: the first and the last year.
    Years(Range<usize>, Range<usize>),
    /// `26 October 2022`: day, month name, and the year if written.
    DayMonth(Range<usize>, Range<usize>, Option<Range<usize>>),
}

impl DigitForm {
    fn of(c: &regex::Captures) -> Option<DigitForm> {
        let span = |name: &str| c.name(name).map(|m| m.range());
        if let Some(y) = span("iy") {
            let sep = c.name("sep")?.as_str().as_bytes()[0];
            return Some(DigitForm::Iso(y, sep, span("im")?, span("id")?));
        }
        if let Some(y) = span("uy") {
            return Some(DigitForm::Slashed(span("ua")?, span("ub")?, y));
        }
        if let Some(y2) = span("ry2") {
            return Some(DigitForm::Years(span("ry")?, y2));
        }
        let month = span("dm")?;
        Some(DigitForm::DayMonth(span("dd")?, month, span("dy")))
    }
}

// The reading below takes AT_DIGITS apart by hand: it is the regex, form for form, with its
// preferences (the first form that matches; greedy counts, which never need to give back
// here, since what follows a count never starts with a digit or a space). `\d` and `\b`
// are Unicode in the regex: where a character outside ASCII might be a digit or a word
// character, the reading says "unsure" (None) and the regex decides.

/// Is the character at `p` of `s` a digit (`\d`)? None when it might be one outside ASCII.
fn digit_at(s: &str, p: usize) -> Option<bool> {
    match s.as_bytes().get(p) {
        None => Some(false),
        Some(b) if b.is_ascii() => Some(b.is_ascii_digit()),
        Some(_) => {
            let c = s[p..].chars().next()?;
            (!c.is_numeric()).then_some(false)
        }
    }
}

/// Does `(?:\D|$)` match at `p`?
fn no_digit_at(s: &str, p: usize) -> Option<bool> {
    digit_at(s, p).map(|d| !d)
}

/// Does `\b` hold at `p`, right after an ASCII letter?
fn word_ends_at(s: &str, p: usize) -> Option<bool> {
    match s.as_bytes().get(p) {
        None => Some(true),
        Some(b) if b.is_ascii() => Some(!(b.is_ascii_alphanumeric() || *b == b'_')),
        Some(_) => {
            let c = s[p..].chars().next()?;
            // spaces, dashes, quotes and CJK punctuation are no word characters
            let outside = c.is_whitespace()
                || matches!(c,
                    '\u{2010}'..='\u{2027}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}'
                    | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}');
            outside.then_some(true)
        }
    }
}

/// `\d{1,2}` at `p`, as its end (greedy); Some(None) when there is no digit.
fn one_or_two_digits(s: &str, p: usize) -> Option<Option<usize>> {
    if !digit_at(s, p)? {
        return Some(None);
    }
    Some(Some(if digit_at(s, p + 1)? { p + 2 } else { p + 1 }))
}

/// `\d{4}(?:\D|$)` at `p`, as the end of the digits.
fn four_digits(s: &str, p: usize) -> Option<Option<usize>> {
    for k in p..p + 4 {
        if !digit_at(s, k)? {
            return Some(None);
        }
    }
    Some(no_digit_at(s, p + 4)?.then_some(p + 4))
}

/// `\d{2}(?:\D|$)` at `p`, as the end of the digits.
fn two_digits(s: &str, p: usize) -> Option<Option<usize>> {
    if !digit_at(s, p)? || !digit_at(s, p + 1)? {
        return Some(None);
    }
    Some(no_digit_at(s, p + 2)?.then_some(p + 2))
}

/// `\s*` at `p`, as its end.
fn spaces(s: &str, p: usize) -> usize {
    p + s[p..].len() - s[p..].trim_start().len()
}

/// The month name (one of `MONTHS_RE`, then `\b`) at `p`, as its span. A name followed by
/// a letter has no `\b` after it, so only the whole run of letters at `p` can be one.
fn month_name_at(s: &str, p: usize) -> Option<Option<Range<usize>>> {
    let run = s.as_bytes()[p..]
        .iter()
        .take(10)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if month_of(&s[p..p + run]).is_none() {
        return Some(None);
    }
    Some(word_ends_at(s, p + run)?.then_some(p..p + run))
}

/// AT_DIGITS at the start of `s`, which opens with a run of `run` ASCII digits that no
/// digit follows. Outer None: unsure, ask the regex.
fn read_digits(s: &str, run: usize) -> Option<Option<DigitForm>> {
    let b = s.as_bytes();
    let at = |p: usize| b.get(p).copied().unwrap_or(0);
    if run == 4 {
        // (?P<iy>\d{4})(?P<sep>[-/.])(?P<im>\d{1,2})[-/.](?P<id>\d{1,2})(?:\D|$)
        let sep = at(4);
        if matches!(sep, b'-' | b'/' | b'.') {
            if let Some(m_end) = one_or_two_digits(s, 5)? {
                if matches!(at(m_end), b'-' | b'/' | b'.') {
                    if let Some(d_end) = one_or_two_digits(s, m_end + 1)? {
                        if no_digit_at(s, d_end)? {
                            return Some(Some(DigitForm::Iso(
                                0..4,
                                sep,
                                5..m_end,
                                m_end + 1..d_end,
                            )));
                        }
                    }
                }
            }
        }
        // (?P<ry>\d{4})\s*(?:-|–|—|to)\s*(?P<ry2>\d{4}|\d{2})(?:\D|$)
        let p = spaces(s, 4);
        let rest = &s[p..];
        let dash = if rest.starts_with('-') {
            1
        } else if rest.starts_with(['–', '—']) {
            3
        } else if rest.starts_with("to") {
            2
        } else {
            return Some(None);
        };
        let q = spaces(s, p + dash);
        let end = match four_digits(s, q)? {
            Some(e) => Some(e),
            None => two_digits(s, q)?,
        };
        return Some(end.map(|e| DigitForm::Years(0..4, q..e)));
    }
    if run > 2 {
        return Some(None);
    }
    // (?P<ua>\d{1,2})/(?P<ub>\d{1,2})/(?P<uy>\d{4})(?:\D|$)
    if at(run) == b'/' {
        if let Some(b_end) = one_or_two_digits(s, run + 1)? {
            if at(b_end) == b'/' {
                if let Some(y_end) = four_digits(s, b_end + 1)? {
                    return Some(Some(DigitForm::Slashed(
                        0..run,
                        run + 1..b_end,
                        b_end + 1..y_end,
                    )));
                }
            }
        }
        return Some(None);
    }
    // (?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>MONTHS)\b\.?(?:,?\s+(?P<dy>\d{4})(?:\D|$))?
    let mut p = run;
    if ["st", "nd", "rd", "th"]
        .iter()
        .any(|x| s[p..].starts_with(x))
    {
        p += 2;
    }
    let p1 = spaces(s, p);
    if p1 == p {
        return Some(None);
    }
    let mut month = None;
    if s[p1..].starts_with("of") {
        let p2 = spaces(s, p1 + 2);
        if p2 > p1 + 2 {
            month = month_name_at(s, p2)?;
        }
    }
    if month.is_none() {
        month = month_name_at(s, p1)?;
    }
    let Some(month) = month else {
        return Some(None);
    };
    let mut g = month.end + usize::from(at(month.end) == b'.');
    g += usize::from(at(g) == b',');
    let y = spaces(s, g);
    let year = if y > g {
        four_digits(s, y)?.map(|e| y..e)
    } else {
        None
    };
    Some(Some(DigitForm::DayMonth(0..run, month, year)))
}

pub(crate) fn at_digits_in(
    text: &str,
    range: Range<usize>,
    english: bool,
    out: &mut Vec<Candidate>,
) {
    digits_in(text, range, english, &mut Separators::new(text), out);
}

/// `at_digits_in`, with `separators` those of `text`.
fn digits_in(
    text: &str,
    range: Range<usize>,
    english: bool,
    separators: &mut Separators,
    out: &mut Vec<Candidate>,
) {
    let bytes = text.as_bytes();
    let mut i = range.start;
    while i < range.end {
        if !bytes[i].is_ascii_digit() {
            i = if english {
                next_digit(bytes, i + 1, range.end)
            } else {
                next_dashed_run(separators, bytes, i + 1, range.end)
            };
            continue;
        }
        let start = i;
        while i < range.end && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let run = i - start;
        // a run inside a bigger number (`2,000`, `3.14`) or a word (`G20`) starts nothing
        let prev = text[..start].chars().next_back();
        // (ASCII first: asking `is_alphabetic` of a Chinese character looks up a table)
        if prev.is_some_and(|c| c.is_ascii_alphabetic())
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
        if may_continue {
            let form = match read_digits(seg, run) {
                Some(form) => form,
                None => AT_DIGITS.captures(seg).and_then(|c| DigitForm::of(&c)),
            };
            if let Some(cand) = form.and_then(|f| digits_candidate(text, start, seg, &f, english)) {
                out.push(cand);
                continue;
            }
        }
        // else fall through to years and bare days
        if english && run == 4 {
            if let Some(y) = year_of(&text[start..i]) {
                // `between 2018 and 2022`: a range
                if let Some((end, y2)) = between_years(text, start, i).filter(|&(_, y2)| y2 > y) {
                    out.push(Candidate {
                        start: start - "between ".len(),
                        end,
                        value: Value::Written(
                            Partial::ymd(Some(y), None, None),
                            Some(Partial::ymd(Some(y2), None, None)),
                        ),
                        coordinated: false,
                    });
                    i = end;
                    continue;
                }
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

/// After `between` and the year at `start..end`, ` and ` and a second year: where that
/// ends, and its value.
fn between_years(text: &str, start: usize, end: usize) -> Option<(usize, i32)> {
    if !ends_with_word(&text[..start], "between ") {
        return None;
    }
    let rest = text[end..].strip_prefix(" and ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].chars().next();
    if digits != 4 || after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let e = text.len() - rest.len() + 4;
    Some((e, year_of(&rest[..4])?))
}

fn digits_candidate(
    text: &str,
    start: usize,
    seg: &str,
    form: &DigitForm,
    english: bool,
) -> Option<Candidate> {
    let num = |r: &Range<usize>| -> Option<u32> { seg[r.clone()].parse().ok() };
    match form {
        DigitForm::Iso(y, sep, m, d) => {
            let year = year_of(&seg[y.clone()])?;
            // `2022.10.29` in Chinese text too (`日期：2024.04.27`), but not inside a longer
            // dotted number (`2024.1.2.3`, a version)
            if *sep == b'.'
                && !english
                && seg[d.end..].starts_with('.')
                && seg[d.end + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            Some(Candidate {
                start,
                end: start + d.end,
                value: Value::Written(
                    Partial::ymd(Some(year), Some(num(m)? as u8), Some(num(d)? as u8)),
                    None,
                ),
                coordinated: false,
            })
        }
        DigitForm::Slashed(ua, ub, uy) => {
            let (a, b) = (num(ua)? as u8, num(ub)? as u8);
            let year = year_of(&seg[uy.clone()])?;
            // month first only when the other side cannot be a month, or both sides are
            // one number (`03/03/2023`); otherwise say nothing
            let (month, day) = if (b > 12 || b == a) && a <= 12 {
                (a, b)
            } else if a > 12 && b <= 12 {
                (b, a)
            } else {
                return None;
            };
            Some(Candidate {
                start,
                end: start + uy.end,
                value: Value::Written(Partial::ymd(Some(year), Some(month), Some(day)), None),
                coordinated: false,
            })
        }
        DigitForm::Years(ry, ry2) => {
            if !english {
                return None;
            }
            let y1 = year_of(&seg[ry.clone()])?;
            // `2026-30`: the last year written by its last two digits, after a dash
            // only (`2026 to 28 countries` is a count)
            let y2 = match &seg[ry2.clone()] {
                two if two.len() == 2 && !seg[ry.end..ry2.start].contains('t') => {
                    y1 - y1 % 100 + two.parse::<i32>().ok()?
                }
                two if two.len() == 2 => return None,
                four => year_of(four)?,
            };
            if y2 <= y1 {
                return None;
            }
            Some(Candidate {
                start,
                end: start + ry2.end,
                value: Value::Written(
                    Partial::ymd(Some(y1), None, None),
                    Some(Partial::ymd(Some(y2), None, None)),
                ),
                coordinated: false,
            })
        }
        DigitForm::DayMonth(dd, dm, dy) => {
            if !english {
                return None;
            }
            let month = month_of(&seg[dm.clone()])?;
            let day = num(dd)? as u8;
            let (year, end) = match dy
                .as_ref()
                .and_then(|y| year_of(&seg[y.clone()]).map(|v| (v, y.end)))
            {
                Some((y, e)) => (Some(y), e),
                None => (
                    None,
                    dm.end + usize::from(text[start + dm.end..].starts_with('.')),
                ),
            };
            let last = Partial::ymd(year, Some(month), Some(day));
            // `from 20th to 24th May`: a first day written before, of the same month
            if let Some((s0, first)) = day_before_range(&text[..start]).filter(|&(_, d)| d < day) {
                return Some(Candidate {
                    start: s0,
                    end: start + end,
                    value: Value::Written(Partial::ymd(year, Some(month), Some(first)), Some(last)),
                    coordinated: false,
                });
            }
            Some(Candidate {
                start,
                end: start + end,
                value: Value::Written(last, None),
                coordinated: false,
            })
        }
    }
}

/// `20th to ` or `20-` ending `before`: where the first day of a range starts, and the day.
fn day_before_range(before: &str) -> Option<(usize, u8)> {
    let b = before
        .strip_suffix(" to ")
        .or_else(|| before.strip_suffix('-'))
        .or_else(|| before.strip_suffix('–'))?;
    let b = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|o| b.strip_suffix(o))
        .unwrap_or(b);
    let digits = b.bytes().rev().take_while(u8::is_ascii_digit).count();
    let s0 = b.len() - digits;
    if !(1..=2).contains(&digits)
        || b[..s0]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
    {
        return None;
    }
    let day: u8 = b[s0..].parse().ok()?;
    (1..=31).contains(&day).then_some((s0, day))
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
    use super::*;

    const SHAPES: [&[&str]; 6] = [
        &[
            "-",
            "/",
            ".",
            " ",
            "st",
            "th",
            " - ",
            "–",
            " to ",
            "to",
            "\u{2003}—",
            "nd  ",
        ],
        &[
            "1", "12", "2022", "123", " October", "October", "of ", "Oct", "Sept", "May",
        ],
        &[
            "-", "/", ".", ", ", "", " ", "１", ".", "s", "\u{3000}", "October",
        ],
        &["1", "29", "2022", "20221", "x", "年", "", "_", "’"],
        &["", " ", "2", "a", "１", "é"],
        &["", "", "x", "5", "《"],
    ];

    #[test]
    fn digits_are_read_as_the_regex_reads_them() {
        let pieces = [
            "0", "1", "2", "9", "12", "2022", "2021", "31", "-", "/", ".", ",", " ", "  ",
            "\u{3000}", "\u{a0}", "\n", "st", "nd", "th", "rd", "of", "to", "–", "—", "October",
            "Oct", "Sept", "Sep", "May", "Mayor", "March", "Marc", "x", "_", "年", "１", "’", "…",
            "\u{2003}", "é", "〇", "《",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut sure, mut matched) = (0, 0);
        for _ in 0..300_000 {
            let run = 1 + (next() % 4) as usize;
            let mut s: String = (0..run)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            if next() % 2 == 0 {
                for _ in 0..next() % 9 {
                    s.push_str(pieces[(next() % pieces.len() as u64) as usize]);
                }
            } else {
                // shaped like the forms, with a slip here and there
                for slot in SHAPES {
                    s.push_str(slot[(next() % slot.len() as u64) as usize]);
                }
            }
            if s.as_bytes().get(run).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            // the bytes after which the regex was always tried
            let next = s.as_bytes().get(run).copied().unwrap_or(0);
            if !b"-/. snrt\xE2".contains(&next) {
                continue;
            }
            let want = AT_DIGITS.captures(&s).and_then(|c| DigitForm::of(&c));
            if !may_match_at_digits(&s, run, run) {
                assert_eq!(want, None, "{s:?}");
                continue;
            }
            if let Some(got) = read_digits(&s, run) {
                assert_eq!(got, want, "{s:?}");
                sure += 1;
                matched += usize::from(want.is_some());
            }
        }
        assert!(sure > 50_000 && matched > 5_000, "{sure} {matched}");
    }

    /// Where the plain reading of the text after a month answers, it is the regex's.
    #[test]
    fn plain_after_month_is_the_regex() {
        let mut read = 0;
        for dot in ["", "."] {
            for space in [" ", "  ", "\t", "\n", "\u{a0}", ""] {
                for day in ["2", "26", "262", "26th", "2x", "2_", "", "２"] {
                    for link in [
                        "",
                        ",",
                        " ",
                        ", ",
                        ",  ",
                        ",\u{3000}",
                        " to 28",
                        "-28",
                        " –28",
                        " u",
                        " (",
                        ",\n",
                    ] {
                        for year in ["2022", "20222", "202", "２０２２", ""] {
                            for tail in ["", ".", " (Xinhua)", "x", "é", "5", "٣"] {
                                let after = format!("{dot}{space}{day}{link}{year}{tail}");
                                if let Some(plain) = AfterMonth::plain(after.as_bytes()) {
                                    assert_eq!(
                                        Some(plain),
                                        AfterMonth::by_regex(&after),
                                        "{after:?}"
                                    );
                                    read += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(read > 400, "{read}");
    }

    /// Where the plain reading of a year word after a month answers, it is the regex's.
    #[test]
    fn relative_after_month_is_the_regex() {
        let mut read = 0;
        for dot in ["", "."] {
            for space in [" ", "  ", "\t", "\n", "\u{a0}", ""] {
                for of in ["", "of ", "of  ", "of", "of\u{3000}", "off "] {
                    for word in ["this", "last", "next", "This", "thi", "the", "to", "thisx"] {
                        for gap in [" ", "  ", "", "\n", "\u{3000}"] {
                            for tail in [
                                "year", "years", "year.", "year,", "year_", "yearé", "yea",
                                "year 2",
                            ] {
                                let after = format!("{dot}{space}{of}{word}{gap}{tail}");
                                if let Some(relative) = AfterMonth::relative(after.as_bytes()) {
                                    assert_eq!(
                                        Some(relative),
                                        AfterMonth::by_regex(&after),
                                        "{after:?}"
                                    );
                                    read += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(read > 100, "{read}");
    }

    /// Where the text after a month is let go without the regex, the regex matches
    /// nothing there.
    #[test]
    fn after_month_let_go_is_no_match() {
        let mut let_go = 0;
        for dot in ["", "."] {
            for comma in ["", ","] {
                for space in ["", " ", "\n", "\u{a0}", "\u{3000}"] {
                    for next in [
                        "", "2", "２", "٣", "Ⅻ", "-", "–", "—", "to", "through", "until", "and",
                        "of", "this", "last", "next", "on", "And", "To", "x", "é", "(", ",",
                    ] {
                        for tail in ["", " ", " May", " year", " 2022", " this year", "2"] {
                            let after = format!("{dot}{comma}{space}{next}{tail}");
                            if AfterMonth::cannot_match(&after) {
                                assert_eq!(AfterMonth::by_regex(&after), None, "{after:?}");
                                let_go += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(let_go > 1000, "{let_go}");
    }

    #[test]
    fn next_digit_finds_the_first_digit_at_any_place_of_a_word() {
        // every byte value around the digits, and every place in and across eight-byte words
        let filler: Vec<u8> = (0u8..=255).filter(|b| !b.is_ascii_digit()).collect();
        for len in 0..80 {
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
