//! Chinese surface forms of dates.

use super::{Candidate, Partial, Value, BLOCKED};
use crate::numerals::{digit, parse_zh};

/// The characters that close a number into a date: year, month, day.
pub(crate) const UNITS: [char; 5] = ['年', '月', '日', '号', '號'];

/// Relative words and what they mean.
pub(crate) const RELATIVE: [(&str, Value); 31] = [
    ("今天", Value::DayOffset(0)),
    ("今日", Value::DayOffset(0)),
    ("昨天", Value::DayOffset(-1)),
    ("昨日", Value::DayOffset(-1)),
    ("明天", Value::DayOffset(1)),
    ("明日", Value::DayOffset(1)),
    ("前天", Value::DayOffset(-2)),
    ("今年", Value::YearOffset(0, None, None)),
    ("明年", Value::YearOffset(1, None, None)),
    ("去年", Value::YearOffset(-1, None, None)),
    ("本月", Value::MonthOffset(0, None)),
    ("上月", Value::MonthOffset(-1, None)),
    ("下月", Value::MonthOffset(1, None)),
    ("星期一", Value::Weekday(0)),
    ("星期二", Value::Weekday(1)),
    ("星期三", Value::Weekday(2)),
    ("星期四", Value::Weekday(3)),
    ("星期五", Value::Weekday(4)),
    ("星期六", Value::Weekday(5)),
    ("星期日", Value::Weekday(6)),
    ("星期天", Value::Weekday(6)),
    ("周一", Value::Weekday(0)),
    ("周二", Value::Weekday(1)),
    ("周三", Value::Weekday(2)),
    ("周四", Value::Weekday(3)),
    ("周五", Value::Weekday(4)),
    ("周六", Value::Weekday(5)),
    ("周日", Value::Weekday(6)),
    ("昨天上午", Value::DayOffset(-1)),
    ("今天上午", Value::DayOffset(0)),
    ("今天下午", Value::DayOffset(0)),
];

/// Traditional forms of relative words, checked when the automaton finds the simplified
/// one absent (`今年` is the same in both).
/// Digits of dates: ASCII, full-width and the plain Chinese ones (not 两, nor the
/// financial 壹贰陆, which are also words: 着陆月球).
fn is_numeral(c: char) -> bool {
    digit(c).is_some()
        || matches!(
            c,
            '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
}

fn is_digit_only(s: &str) -> bool {
    s.chars().all(|c| digit(c).is_some())
}

pub(crate) fn is_weekday_text(text: &str) -> bool {
    RELATIVE[13..28].iter().any(|(w, _)| *w == text)
}

/// Are these three bytes a numeral of [`is_numeral`] other than an ASCII digit: a full-width
/// digit, or a Chinese one? (Each is a character of three bytes: compared as bytes, no
/// character is decoded.)
fn is_wide_numeral(b: &[u8]) -> bool {
    matches!(
        b,
        // ０ to ９, 〇, 零
        [0xEF, 0xBC, 0x90..=0x99] | [0xE3, 0x80, 0x87] | [0xE9, 0x9B, 0xB6]
            // 一 三 七, 二 五, 九
            | [0xE4, 0xB8, 0x80 | 0x89 | 0x83] | [0xE4, 0xBA, 0x8C | 0x94] | [0xE4, 0xB9, 0x9D]
            // 四, 六 八, 十
            | [0xE5, 0x9B, 0x9B] | [0xE5, 0x85, 0xAD | 0xAB] | [0xE5, 0x8D, 0x81]
    )
}

/// The numeral run that ends at `end`, as its start. Read by bytes: an ASCII digit is one,
/// and every other numeral (full-width or Chinese) is a character of three.
fn numeral_start(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut s = end;
    loop {
        if s >= 1 && bytes[s - 1].is_ascii_digit() {
            s -= 1;
        } else if s >= 3 && is_wide_numeral(&bytes[s - 3..s]) {
            s -= 3;
        } else {
            return s;
        }
    }
}

/// Could a full date be written around the `年` at `unit_pos` of `text`: four numerals
/// before it, then a month and a day (`2022年10月26日`)?
pub(crate) fn full_date_at(text: &str, unit_pos: usize) -> bool {
    // (most years in prose stand alone: `2022年，`, `今年`, `25年来`)
    let m = unit_pos + '年'.len_utf8();
    let m_end = numeral_end(text, m);
    if m_end == m || !text[m_end..].starts_with('月') {
        return false;
    }
    let s = numeral_start(text, unit_pos);
    if text[s..unit_pos].chars().count() < 4 {
        return false;
    }
    let d = m_end + '月'.len_utf8();
    let d_end = numeral_end(text, d);
    d_end > d && text[d_end..].starts_with(['日', '号', '號'])
}

/// The numeral run that starts at `start`, as its end (read by bytes, as in
/// [`numeral_start`]).
fn numeral_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut e = start;
    loop {
        match bytes.get(e) {
            Some(b) if b.is_ascii_digit() => e += 1,
            Some(_) if bytes.get(e..e + 3).is_some_and(is_wide_numeral) => e += 3,
            _ => return e,
        }
    }
}

fn year_value(s: &str) -> Option<i32> {
    if s.chars().count() != 4 || s.contains('十') {
        return None;
    }
    let y = parse_zh(s)? as i32;
    (1900..=2100).contains(&y).then_some(y)
}

/// A date written from `start`: `2022年10月26日`, `十月二十六日`, `2022年`, `6月`; with its
/// end. Bare days (`26日`) are not parsed here.
fn parse_from(text: &str, start: usize) -> Option<(usize, Partial)> {
    let e1 = numeral_end(text, start);
    if e1 == start {
        return None;
    }
    let n1 = &text[start..e1];
    let unit = text[e1..].chars().next()?;
    let mut p = Partial::ymd(None, None, None);
    let mut end;
    let mut pos = e1 + unit.len_utf8();
    let month_at = |pos: usize| -> Option<(usize, u8)> {
        let e = numeral_end(text, pos);
        if e == pos || !text[e..].starts_with('月') {
            return None;
        }
        let m = parse_zh(&text[pos..e])?;
        (1..=12)
            .contains(&m)
            .then_some((e + '月'.len_utf8(), m as u8))
    };
    let day_at = |pos: usize| -> Option<(usize, u8)> {
        let e = numeral_end(text, pos);
        let u = text[e..].chars().next()?;
        if e == pos || !matches!(u, '日' | '号' | '號') {
            return None;
        }
        let d = parse_zh(&text[pos..e])?;
        (1..=31).contains(&d).then_some((e + u.len_utf8(), d as u8))
    };
    match unit {
        '年' => {
            p.year = Some(year_value(n1)?);
            if text[pos..].starts_with('代') {
                return None;
            }
            end = pos;
            if let Some((e, m)) = month_at(pos) {
                p.month = Some(m);
                end = e;
                pos = e;
                if let Some((e, d)) = day_at(pos) {
                    p.day = Some(d);
                    end = e;
                }
            }
        }
        '月' => {
            let (e, m) = month_at(start)?;
            p.month = Some(m);
            end = e;
            if let Some((e, d)) = day_at(e) {
                p.day = Some(d);
                end = e;
            }
        }
        _ => return None,
    }
    p.is_valid().then_some((end, p))
}

/// A part of a month after it (`中旬`, `初`, `底`): the byte length, or 0.
fn part_of_month(rest: &str) -> usize {
    const PARTS: [&str; 6] = ["上旬", "中旬", "下旬", "初", "底", "末"];
    PARTS
        .iter()
        .find(|w| rest.starts_with(*w))
        .map_or(0, |w| w.len())
}

/// The end of a range after a date (`至26日`, `—2025年`, `至7月`, `中旬至6月中旬`), with
/// its value.
fn range_after(text: &str, pos: usize, first: Partial) -> Option<(usize, Partial)> {
    // 4月中旬至6月中旬: a range of months, each named by a part
    let part = if first.day.is_none() && first.month.is_some() {
        part_of_month(&text[pos..])
    } else {
        0
    };
    let pos = pos + part;
    // 自2023年8月1日起至2025年12月31日
    let pos = if text[pos..].starts_with('起') {
        pos + '起'.len_utf8()
    } else {
        pos
    };
    let sep = text[pos..].chars().next()?;
    if !matches!(sep, '至' | '到' | '-' | '—' | '–' | '~' | '～') {
        return None;
    }
    let mut s = pos + sep.len_utf8();
    if sep == '—' && text[s..].starts_with('—') {
        s += '—'.len_utf8();
    }
    if let Some((e, p)) = parse_from(text, s) {
        // the end names at least what the start lacks below it
        if first.day.is_some() == p.day.is_some() || p.year.is_some() {
            let e = if part > 0 && p.day.is_none() {
                e + part_of_month(&text[e..])
            } else {
                e
            };
            return Some((e, p));
        }
    }
    if part > 0 {
        return None;
    }
    // a bare day ends a range of days: 24日至26日
    first.day?;
    let e = numeral_end(text, s);
    let u = text[e..].chars().next()?;
    if e > s && matches!(u, '日' | '号' | '號') {
        let d = parse_zh(&text[s..e])?;
        if (1..=31).contains(&d) {
            return Some((e + u.len_utf8(), Partial::ymd(None, None, Some(d as u8))));
        }
    }
    None
}

/// A range of months written with one `月` at `pos` (`1—2月`, `1至5月`): its end and its
/// months.
fn months_written_once(text: &str, pos: usize) -> Option<(usize, u8, u8)> {
    let e1 = numeral_end(text, pos);
    let sep = text[e1..].chars().next()?;
    if e1 == pos || !matches!(sep, '至' | '到' | '-' | '—' | '–' | '~' | '～') {
        return None;
    }
    let s2 = e1 + sep.len_utf8();
    let e2 = numeral_end(text, s2);
    if e2 == s2 || !text[e2..].starts_with('月') {
        return None;
    }
    let (m1, m2) = (parse_zh(&text[pos..e1])?, parse_zh(&text[s2..e2])?);
    let month = |m: u32| u8::try_from(m).ok().filter(|m| (1..=12).contains(m));
    Some((e2 + '月'.len_utf8(), month(m1)?, month(m2)?))
}

fn is_lunar(before: &str) -> bool {
    ["农历", "農歷", "農曆", "农曆", "阴历", "陰曆"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// At a unit character (`年`, `月`, `日`): the date that ends there, if it starts there.
pub(crate) fn at_unit(text: &str, unit_pos: usize, out: &mut Vec<Candidate>) {
    let s = numeral_start(text, unit_pos);
    if s == unit_pos {
        school_year(text, unit_pos, out);
        return;
    }
    let before = &text[..s];
    let prev = before.chars().next_back();
    // 第二十日, and the month or day of a date that starts earlier
    if matches!(prev, Some('第' | '年' | '月' | '.' | '·')) {
        return;
    }
    if prev.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return;
    }
    let unit = text[unit_pos..].chars().next().unwrap_or('年');
    if matches!(unit, '日' | '号' | '號') {
        // a bare day: 13日, with its month from the context
        let n = &text[s..unit_pos];
        if unit != '日' || !is_digit_only(n) {
            return;
        }
        if matches!(prev, Some('至' | '到' | '-' | '—' | '~' | '～')) {
            return;
        }
        // a day has one or two digits; longer runs are other numbers
        if n.chars().count() > 2 {
            return;
        }
        let day = n.chars().filter_map(digit).fold(0u32, |a, d| a * 10 + d);
        if (1..=31).contains(&day) {
            out.push(Candidate {
                start: s,
                end: unit_pos + unit.len_utf8(),
                value: Value::BareDay(day as u8),
                coordinated: false,
            });
        }
        return;
    }
    let Some((end, p)) = parse_from(text, s) else {
        return;
    };
    if is_lunar(before) {
        out.push(Candidate {
            start: s,
            end,
            value: BLOCKED,
            coordinated: false,
        });
        return;
    }
    // 4、5月: coordinated months read as the first (the second is its own item)
    if prev == Some('、') && p.day.is_none() {
        let sep = s - '、'.len_utf8();
        let s0 = numeral_start(text, sep);
        if s0 < sep {
            if let Some(m0) = parse_zh(&text[s0..sep]) {
                let q = Partial::ymd(p.year, Some(m0 as u8), None);
                if p.month.is_some() && q.is_valid() {
                    out.push(Candidate {
                        start: s0,
                        end,
                        value: Value::Written(q, None),
                        coordinated: true,
                    });
                }
            }
        }
    }
    // 2024—2026年: a range of years written once
    if matches!(prev, Some('至' | '到' | '-' | '—' | '–' | '~' | '～'))
        && p.year.is_some()
        && p.month.is_none()
    {
        let sep = s - prev.map_or(0, char::len_utf8);
        let s0 = numeral_start(text, sep);
        let before_first = text[..s0].chars().next_back();
        if let Some(y0) = year_value(&text[s0..sep]).filter(|&y| p.year.is_some_and(|y1| y < y1)) {
            if !before_first.is_some_and(|c| c.is_ascii_alphanumeric() || c == '第') {
                out.push(Candidate {
                    start: s0,
                    end,
                    value: Value::Written(Partial::ymd(Some(y0), None, None), Some(p)),
                    coordinated: false,
                });
                return;
            }
        }
    }
    // 2023年1至8月, 1至8月: a range of months written once
    if matches!(prev, Some('至' | '到' | '-' | '—' | '~' | '～'))
        && p.day.is_none()
        && p.year.is_none()
    {
        let sep = s - prev.map_or(0, char::len_utf8);
        let s0 = numeral_start(text, sep);
        if let (true, Some(m0)) = (s0 < sep, parse_zh(&text[s0..sep])) {
            let (start, year) = match text[..s0].strip_suffix('年') {
                Some(head) => {
                    let ys = numeral_start(head, head.len());
                    (ys, year_value(&head[ys..]))
                }
                None => (s0, None),
            };
            let first = Partial::ymd(year, Some(m0 as u8), None);
            let last = Partial::ymd(year, p.month, None);
            if first.is_valid() && (year.is_some() || start == s0) {
                out.push(Candidate {
                    start,
                    end,
                    value: Value::Written(first, Some(last)),
                    coordinated: false,
                });
                return;
            }
        }
        // `截至8月底`: no month before `至`, a date of its own
    }
    let (end, value) = match range_after(text, end, p) {
        Some((e, q)) => (e, Value::Written(p, Some(q))),
        None => {
            // `2023年12月至今年1月`, `12月至明年1月`
            match to_month_of_year_word(text, end).filter(|_| p.month.is_some() && p.day.is_none())
            {
                Some((e, m2, n)) => (e, Value::WrittenToYearOffset(p, m2, n)),
                None => (end, Value::Written(p, None)),
            }
        }
    };
    out.push(Candidate {
        start: s,
        end,
        value,
        coordinated: false,
    });
}

/// At the `年` of `学年`: a range of two years written before it, `2024—2025学年` (the
/// years without their unit).
fn school_year(text: &str, unit_pos: usize, out: &mut Vec<Candidate>) {
    let Some(e2) = text[..unit_pos]
        .strip_suffix('学')
        .or_else(|| text[..unit_pos].strip_suffix('學'))
        .map(str::len)
    else {
        return;
    };
    let s2 = numeral_start(text, e2);
    let Some(sep) = text[..s2].chars().next_back() else {
        return;
    };
    if !matches!(sep, '至' | '到' | '-' | '—' | '–' | '~' | '～') {
        return;
    }
    let e1 = s2 - sep.len_utf8();
    let s1 = numeral_start(text, e1);
    let before = text[..s1].chars().next_back();
    if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '第') {
        return;
    }
    if let (Some(y1), Some(y2)) = (year_value(&text[s1..e1]), year_value(&text[s2..e2])) {
        if y1 < y2 {
            out.push(Candidate {
                start: s1,
                end: e2,
                value: Value::Written(
                    Partial::ymd(Some(y1), None, None),
                    Some(Partial::ymd(Some(y2), None, None)),
                ),
                coordinated: false,
            });
        }
    }
}

/// `至今年1月` after a written month (`2023年12月至今年1月`): where the range ends, its last
/// month and the year word's offset.
fn to_month_of_year_word(text: &str, pos: usize) -> Option<(usize, u8, i32)> {
    let rest = text[pos..]
        .strip_prefix('至')
        .or_else(|| text[pos..].strip_prefix('到'))?;
    let (word, n) = [
        ("今年", 0),
        ("本年", 0),
        ("去年", -1),
        ("上年", -1),
        ("明年", 1),
    ]
    .into_iter()
    .find(|(w, _)| rest.starts_with(w))?;
    let m = text.len() - rest.len() + word.len();
    let e = numeral_end(text, m);
    let month = parse_zh(&text[m..e]).filter(|m| (1..=12).contains(m))?;
    let after = text[e..].strip_prefix('月')?;
    // a day after the month makes it no range of months
    if after.starts_with(is_numeral) {
        return None;
    }
    Some((e + '月'.len_utf8(), month as u8, n))
}

/// At a relative word (`今天`, `今年`, `星期一`); a year word takes the month and day written
/// after it (`今年4月`).
pub(crate) fn at_relative(
    text: &str,
    start: usize,
    end: usize,
    index: usize,
    out: &mut Vec<Candidate>,
) {
    let (word, value) = RELATIVE[index];
    let before = text[..start].chars().next_back();
    if word.starts_with('周') && (before == Some('每') || text[end..].starts_with('年')) {
        return;
    }
    if word.starts_with('明') && text[end..].starts_with(['确', '显', '白', '星']) {
        return;
    }
    // inside a name: 光明日报, 今日头条, 每日
    if word.ends_with('日')
        && (text[end..].starts_with(['报', '報', '头', '頭'])
            || matches!(before, Some('光' | '每')))
    {
        return;
    }
    let mut cand = Candidate {
        start,
        end,
        value,
        coordinated: false,
    };
    // `下周三`, `上周五`, `本周四`: a day of the week named
    if let (Value::Weekday(w), true) = (value, word.starts_with('周')) {
        let week = match before {
            Some('下') => Some(1),
            Some('上') => Some(-1),
            Some('本' | '这' | '這') => Some(0),
            _ => None,
        };
        if let (Some(n), Some(b)) = (week, before) {
            cand.start = start - b.len_utf8();
            cand.value = Value::WeekdayOfWeek(w, n);
        }
    }
    if let Value::YearOffset(n, _, _) = value {
        if let Some((e, p)) = parse_from(text, end) {
            if p.year.is_none() {
                cand.end = e;
                cand.value = match range_after(text, e, p) {
                    Some((e2, q)) if q.month.is_some() && q.day.is_none() && p.day.is_none() => {
                        cand.end = e2;
                        Value::MonthsOfYearOffset(p.month.unwrap_or(1), q.month, n)
                    }
                    // 今年10月1日至8日
                    Some((e2, q)) if p.day.is_some() && q.day.is_some() && q.year.is_none() => {
                        cand.end = e2;
                        Value::DaysOfYearOffset(n, p, q)
                    }
                    _ => Value::YearOffset(n, p.month, p.day),
                };
            }
        } else if let Some((e, m1, m2)) = months_written_once(text, end) {
            // 今年1—2月: a range of months whose first month is written bare
            cand.end = e;
            cand.value = Value::MonthsOfYearOffset(m1, Some(m2), n);
        }
    }
    // 本月20日: a day of the month named
    if let Value::MonthOffset(n, None) = value {
        let e = numeral_end(text, end);
        if e > end && text[e..].starts_with(['日', '号', '號']) {
            if let Some(d) = parse_zh(&text[end..e]).filter(|d| (1..=31).contains(d)) {
                cand.end = e + '日'.len_utf8();
                cand.value = Value::MonthOffset(n, Some(d as u8));
            }
        }
    }
    out.push(cand);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numerals compared as bytes are those of [`is_numeral`], every one of three bytes.
    #[test]
    fn wide_numerals_are_the_numerals_of_three_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let wide = bytes.len() == 3 && is_wide_numeral(bytes);
            assert_eq!(is_numeral(c), c.is_ascii_digit() || wide, "{c:?}");
        }
    }

    /// The runs read by bytes are the runs of [`is_numeral`] characters.
    #[test]
    fn numeral_runs_are_runs_of_numerals() {
        let numerals = "0123456789０１２３４５６７８９〇零一二三四五六七八九十";
        let others = [
            "", "a", "年", "月", "两", "壹", "é", "😀", "，", " ", "百", "\u{3006}", "\u{FF1A}",
        ];
        let chars: Vec<String> = numerals
            .chars()
            .map(String::from)
            .chain(others.iter().map(|s| s.to_string()))
            .collect();
        for a in &chars {
            for b in &chars {
                for c in &chars {
                    let text = format!("{a}{b}{c}");
                    let bounds = (0..=text.len()).filter(|&i| text.is_char_boundary(i));
                    for i in bounds {
                        let start = text[..i]
                            .char_indices()
                            .rev()
                            .take_while(|&(_, c)| is_numeral(c))
                            .last()
                            .map_or(i, |(k, _)| k);
                        let end = i + text[i..]
                            .chars()
                            .take_while(|&c| is_numeral(c))
                            .map(char::len_utf8)
                            .sum::<usize>();
                        assert_eq!(numeral_start(&text, i), start, "{text:?} {i}");
                        assert_eq!(numeral_end(&text, i), end, "{text:?} {i}");
                    }
                }
            }
        }
    }
}
