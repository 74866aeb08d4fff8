//! Dates (SPEC section 1): every date the report writes, at the precision written, ranges
//! as one item, relative dates resolved against the document date, and the document date.
//!
//! Takes, in English: `October 26`, `Oct. 26, 2022`, `26 October 2022`, `October 26th`,
//! `the 26th of October`, `Monday 4 February 2008`, `March 2023`, `2022-10-29`,
//! `2022/10/29`, `10/26/2022` (only when one side is over 12), `in 2035`, `2021-2025`,
//! `from October 24 to 26`, `October 24-26, 2022`, `today`, `yesterday`, `this year`,
//! `next year`, `last month`, weekdays, and `the 24th` when the month is known. In Chinese:
//! `2022年10月26日`, `10月26日`, `二〇二二年十月二十六日`, `２０２２年`, `6月`, `26日` with a
//! known month, `10月24日至26日`, `今天`, `昨日`, `今年`, `明年`, `今年4月`, `星期一`.
//!
//! Refuses: clock times, durations (`five years`, `25年来`, `百年`), ordinals (`20th`,
//! `二十大`), counts (`2,000 people`, `2023 households`), numbers of documents
//! (`No. 2023`), invalid calendar dates (`February 30`, `13月`), lunar dates (`农历十一月十九`).

mod en;
mod zh;

pub(crate) use en::{ceil_boundary, floor_boundary, is_weekday_text as is_en_weekday, MONTH_NAMES};

use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;

use crate::document::{Document, Paragraph};
use crate::extraction::{days_in_month, CivilDate, Date, DateValue};
use crate::prefilter::{Hit, Hits, Lexicon, Trigger};

/// A date as written, before its year and relative parts are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Partial {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Partial {
    pub const fn ymd(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> Partial {
        Partial { year, month, day }
    }

    /// Is it on the calendar? A day without a year allows February 29.
    pub fn is_valid(&self) -> bool {
        match (self.month, self.day) {
            (None, Some(_)) => false,
            (Some(m), d) if (1..=12).contains(&m) => match d {
                None => true,
                Some(d) => d >= 1 && d <= days_in_month(self.year.unwrap_or(2000), m),
            },
            (Some(_), _) => false,
            (None, None) => self.year.is_some(),
        }
    }
}

/// How a candidate's value is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    /// As written; a missing year is taken from the document date.
    Written(Partial, Option<Partial>),
    /// Days from the document date (`yesterday` is -1).
    DayOffset(i64),
    /// The most recent such weekday on or before the document date (0 = Monday).
    Weekday(u8),
    /// A weekday of the week `n` weeks from the document date's (`下周三` is 1, `本周四` 0;
    /// weeks start on Monday).
    WeekdayOfWeek(u8, i8),
    /// The days from one weekday to another, ending on the most recent such day on or
    /// before the document date (`from Monday to Wednesday`).
    Weekdays(u8, u8),
    /// Years from the document date's year (`next year` is 1), with an optional month and
    /// day written after it (`今年4月`).
    YearOffset(i32, Option<u8>, Option<u8>),
    /// Months from the document date's month (`last month` is -1).
    MonthOffset(i32, Option<u8>),
    /// A day of the month whose month comes from the context (`the 24th`, `13日`).
    BareDay(u8),
    /// Months written without a year, relative to a year word (`from April to July this
    /// year`): months, and the year offset.
    MonthsOfYearOffset(u8, Option<u8>, i32),
    /// A range from a written month to a month of a year word (`from December 2023 to
    /// January this year`, `from December to January next year`): the first month, the
    /// last month and the year offset.
    WrittenToYearOffset(Partial, u8, i32),
    /// A month named after `next` or `last`: the first such month after the document
    /// date's month (`next January`, 1), or the last before it (`last December`, -1).
    MonthAfterWord(u8, i32),
    /// A range of days written after a year word (`今年10月1日至8日`): the year offset, the
    /// first day and the last, without their years.
    DaysOfYearOffset(i32, Partial, Partial),
}

/// A date found in the text, not yet resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub value: Value,
    /// The first of coordinated dates (`4、5月`): the next candidate, inside it, is kept.
    pub coordinated: bool,
}

/// The kinds of triggers, as `entry` of a [`Trigger`].
pub(crate) mod trigger {
    pub const MONTH: u32 = 1 << 16;
    pub const WEEKDAY: u32 = 2 << 16;
    pub const RELATIVE_EN: u32 = 3 << 16;
    pub const ZH_UNIT: u32 = 4 << 16;
    pub const ZH_RELATIVE: u32 = 5 << 16;
    /// A word of a Chinese header label (时间, 時間, 日期), for [`super::may_hold_label`].
    pub const ZH_LABEL: u32 = 6 << 16;
    pub const KIND: u32 = 0xFFFF << 16;
}

pub(crate) fn triggers(out: &mut Vec<Trigger>) {
    for (i, names) in en::MONTH_NAMES.iter().enumerate() {
        for name in *names {
            out.push(Trigger::new(
                *name,
                Lexicon::Date,
                trigger::MONTH | i as u32,
            ));
        }
    }
    for (i, name) in en::WEEKDAYS.iter().enumerate() {
        out.push(Trigger::new(
            *name,
            Lexicon::Date,
            trigger::WEEKDAY | i as u32,
        ));
    }
    for (i, (word, _)) in en::RELATIVE.iter().enumerate() {
        out.push(Trigger::new(
            *word,
            Lexicon::Date,
            trigger::RELATIVE_EN | i as u32,
        ));
    }
    for unit in zh::UNITS {
        out.push(Trigger::new(
            unit.to_string(),
            Lexicon::Date,
            trigger::ZH_UNIT,
        ));
    }
    for (i, (word, _)) in zh::RELATIVE.iter().enumerate() {
        out.push(Trigger::new(
            *word,
            Lexicon::Date,
            trigger::ZH_RELATIVE | i as u32,
        ));
    }
    for word in LABEL_WORDS {
        out.push(Trigger::new(word, Lexicon::Date, trigger::ZH_LABEL));
    }
}

thread_local! {
    /// The candidates of a text, kept from one text to the next: a new list for each
    /// cost an allocation of a kilobyte or so a report.
    static CANDIDATES: std::cell::Cell<Vec<Candidate>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Dates in text order.
pub(crate) fn extract(doc: &Document, hits: &Hits) -> Vec<Date> {
    let date_hits = hits.of(Lexicon::Date);
    let mut cands = CANDIDATES.take();
    cands.clear();
    // about one candidate a hit, and a few numeric dates besides
    cands.reserve(date_hits.len() + 8);
    for hit in date_hits {
        let kind = hit.entry & trigger::KIND;
        let index = (hit.entry & !trigger::KIND) as usize;
        match kind {
            trigger::MONTH => {
                en::at_month(doc.text, hit.start, hit.end, index as u8 + 1, &mut cands)
            }
            trigger::WEEKDAY => {
                en::at_weekday(doc.text, hit.start, hit.end, index as u8, &mut cands)
            }
            trigger::RELATIVE_EN => {
                en::at_relative(doc.text, hit.start, hit.end, index, &mut cands)
            }
            trigger::ZH_UNIT => zh::at_unit(doc.text, hit.start, &mut cands),
            trigger::ZH_RELATIVE => {
                zh::at_relative(doc.text, hit.start, hit.end, index, &mut cands)
            }
            _ => {}
        }
    }
    en::at_digits(doc, 0..doc.text.len(), &mut cands);
    let chosen = choose(cands);
    let out = resolve_all(doc, &chosen);
    CANDIDATES.set(chosen);
    out
}

/// Keeps the leftmost-longest candidates that do not overlap.
fn choose(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    // kept in place: the kept ones are a prefix, written over the passed ones
    let mut kept: usize = 0;
    for i in 0..cands.len() {
        let c = cands[i];
        if let Some(last) = kept.checked_sub(1).map(|k| cands[k]) {
            if c.start < last.end && !(last.coordinated && c.end == last.end) {
                continue;
            }
        }
        cands[kept] = c;
        kept += 1;
    }
    cands.truncate(kept);
    cands
}

/// A blocked span is consumed but gives no date (a lunar date).
pub(crate) const BLOCKED: Value = Value::DayOffset(i64::MIN);

fn resolve_all(doc: &Document, chosen: &[Candidate]) -> Vec<Date> {
    let anchor = doc.document_date;
    let dateline_month = dateline_month(doc, chosen);
    let mut out: Vec<Date> = Vec::with_capacity(chosen.len());
    for (i, c) in chosen.iter().enumerate() {
        if c.value == BLOCKED {
            continue;
        }
        let month_of = |p: &Candidate| match p.value {
            Value::Written(w, e) => {
                let w = e.unwrap_or(w);
                w.month.map(|m| (w.year, m))
            }
            _ => None,
        };
        let context_month = || {
            // a bare day takes the month of the last date before it in its sentence, else
            // the dateline's, else the document date's, else (no document date) the last
            // date's before it in its paragraph
            let sentence = doc.sentence_at(c.start);
            let paragraph = doc.paragraph_at(c.start).map_or(0, |p| p.start);
            let before = chosen[..i].iter().rev();
            before
                .clone()
                .take_while(|p| p.end > sentence.start)
                .find_map(month_of)
                .or(dateline_month)
                .or_else(|| anchor.map(|a| (Some(a.year), a.month)))
                .or_else(|| {
                    before
                        .clone()
                        .take_while(|p| p.start >= paragraph)
                        .find_map(month_of)
                })
        };
        let Some((value, end_value, relative)) = resolve(c.value, anchor, context_month) else {
            continue;
        };
        let text = &doc.text[c.start..c.end];
        out.push(Date {
            start: c.start,
            end: c.end,
            text: text.to_string(),
            precision: value.precision(),
            value,
            end_value,
            relative,
        });
    }
    merge_weekdays(doc.text, &mut out);
    merge_ranges(doc.text, &mut out);
    out
}

/// Two dates of one precision joined by `to`, a dash or `至` (`December 20, 2023 to
/// January 10, 2024`, `2023年12月20日—2024年1月10日`, `from the 11th to the 12th`) are one
/// range, with a `from` before them taken in.
fn merge_ranges(text: &str, dates: &mut Vec<Date>) {
    let mut i = 0;
    while i + 1 < dates.len() {
        let (a, b) = (&dates[i], &dates[i + 1]);
        let key = |v: &DateValue| (v.year, v.month, v.day);
        let joinable = a.end_value.is_none()
            && b.end_value.is_none()
            && a.relative == b.relative
            && a.precision == b.precision
            && a.value.year.is_some() == b.value.year.is_some()
            && key(&a.value) < key(&b.value)
            && text.get(a.end..b.start).is_some_and(|gap| {
                matches!(
                    gap.trim_matches(' '),
                    "to" | "through" | "until" | "-" | "–" | "—" | "至" | "到" | "～"
                    // `from August this year to the end of June next year`
                    | "to the end of" | "until the end of"
                )
            });
        if joinable {
            let before = &text[..a.start];
            let start = ["from ", "From "]
                .iter()
                .find(|f| before.ends_with(*f))
                .map_or(a.start, |f| a.start - f.len());
            let end_value = b.value;
            let end = b.end;
            let merged = &mut dates[i];
            merged.start = start;
            merged.end = end;
            merged.text = text[start..end].to_string();
            merged.end_value = Some(end_value);
            dates.remove(i + 1);
        }
        i += 1;
    }
}

/// A weekday right before a full date (`Monday 4 February 2008`, `2022年12月12日，星期一`)
/// is part of that date's item.
fn merge_weekdays(text: &str, dates: &mut Vec<Date>) {
    let mut i = 0;
    while i + 1 < dates.len() {
        let (a, b) = (&dates[i], &dates[i + 1]);
        let Some(gap) = text.get(a.end..b.start) else {
            i += 1;
            continue;
        };
        let joinable = gap.len() <= 3
            && gap
                .chars()
                .all(|c| c == ',' || c == '，' || c == ' ' || c == '、');
        // `3月17日（星期一）`: a weekday in brackets after its date, the brackets taken in
        let closer = match gap {
            "（" => "）",
            "(" | " (" => ")",
            _ => "",
        };
        let bracketed = !closer.is_empty() && text[b.end..].starts_with(closer);
        let is_weekday = |d: &Date| en::is_weekday_text(&d.text) || zh::is_weekday_text(&d.text);
        let a_weekday = en::is_weekday_text(&a.text) && !b.relative && b.value.day.is_some();
        let b_weekday = is_weekday(b) && !a.relative && a.value.day.is_some();
        if (joinable || bracketed && b_weekday) && (a_weekday || b_weekday) {
            let (start, end) = (a.start, b.end + closer.len());
            let keep = if a_weekday { i + 1 } else { i };
            let mut merged = dates[keep].clone();
            merged.start = start;
            merged.end = end;
            merged.text = text[start..end].to_string();
            dates[i] = merged;
            dates.remove(i + 1);
        }
        i += 1;
    }
}

/// The month (and year) of a dateline (`BEIJING, Oct. 24 (Xinhua)`, `新华社北京12月8日电`),
/// for bare days after it.
fn dateline_month(doc: &Document, chosen: &[Candidate]) -> Option<(Option<i32>, u8)> {
    chosen.iter().find_map(|c| {
        let Value::Written(w, None) = c.value else {
            return None;
        };
        let after = &doc.text[c.end..];
        let before = &doc.text[..c.start];
        let is_dateline = after.starts_with(" (Xinhua)")
            || after.starts_with("电")
            || before.ends_with("(Xinhua) ")
            || before.trim_end().ends_with("新华社北京");
        if is_dateline {
            w.month.map(|m| (w.year, m))
        } else {
            None
        }
    })
}

/// The year that puts a range without a year (`from`, `to`: month and day if written)
/// nearest `anchor`: none away when it holds the anchor, else the days to its nearer end.
fn nearest_range_year(
    anchor: CivilDate,
    from: (u8, Option<u8>),
    to: (u8, Option<u8>),
    wraps: bool,
) -> i32 {
    let day = |y: i32, (m, d): (u8, Option<u8>), last: bool| {
        let d = d.unwrap_or(if last { days_in_month(y, m) } else { 1 });
        CivilDate::new(y, m, d.min(days_in_month(y, m))).map(|c| c.days_since_epoch())
    };
    let at = anchor.days_since_epoch();
    // `1至11月` in a report of December 22: a range of the anchor's year that has begun,
    // and ended no more than about three months before, is that year's (figures up to a
    // month are told after it), though next January lies nearer
    if let (Some(s), Some(e)) = (
        day(anchor.year, from, false),
        day(anchor.year + i32::from(wraps), to, true),
    ) {
        if s <= at && at - e <= 92 {
            return anchor.year;
        }
    }
    let mut best = (i64::MAX, anchor.year);
    for y in [anchor.year, anchor.year - 1, anchor.year + 1] {
        let (Some(s), Some(e)) = (day(y, from, false), day(y + i32::from(wraps), to, true)) else {
            continue;
        };
        let dist = if at < s {
            s - at
        } else if at > e {
            at - e
        } else {
            0
        };
        if dist < best.0 {
            best = (dist, y);
        }
    }
    best.1
}

/// The year that puts `--MM-DD` nearest `anchor`.
fn nearest_year(anchor: CivilDate, month: u8, day: Option<u8>) -> i32 {
    let mut best = anchor.year;
    let mut best_dist = i64::MAX;
    for y in [anchor.year - 1, anchor.year, anchor.year + 1] {
        let d = day.unwrap_or(15).min(days_in_month(y, month));
        if let Some(date) = CivilDate::new(y, month, d) {
            let dist = (date.days_since_epoch() - anchor.days_since_epoch()).abs();
            if dist < best_dist {
                best = y;
                best_dist = dist;
            }
        }
    }
    best
}

fn written(p: Partial, anchor: Option<CivilDate>) -> Option<DateValue> {
    if !p.is_valid() {
        return None;
    }
    let year = match (p.year, p.month, anchor) {
        (Some(y), _, _) => Some(y),
        (None, Some(m), Some(a)) => Some(nearest_year(a, m, p.day)),
        (None, _, _) => None,
    };
    let v = DateValue {
        year,
        month: p.month,
        day: p.day,
    };
    // February 29 of a year that has none
    if let (Some(y), Some(m), Some(d)) = (v.year, v.month, v.day) {
        CivilDate::new(y, m, d)?;
    }
    Some(v)
}

type Resolved = (DateValue, Option<DateValue>, bool);

fn resolve(
    value: Value,
    anchor: Option<CivilDate>,
    context_month: impl Fn() -> Option<(Option<i32>, u8)>,
) -> Option<Resolved> {
    match value {
        Value::Written(a, b) => {
            let mut start = written(a, anchor)?;
            let end = match b {
                Some(b) => {
                    // the end's missing parts come from the start (`October 24 to 26`)
                    let b = Partial {
                        year: b.year.or(a.year),
                        month: b.month.or(a.month),
                        day: b.day,
                    };
                    let mut end = written(b, anchor)?;
                    if a.year.is_none() && b.year.is_some() {
                        start.year = b.year;
                    } else if a.year.is_none() {
                        // a range without a year takes one year for both, unless it runs
                        // over New Year; the year is the one that puts the whole range
                        // nearest the anchor (`from January to October` in November is
                        // this year's, though next January is nearer)
                        let wraps = (b.month, b.day) < (a.month, a.day);
                        if let (Some(anchor), Some(m1), Some(m2)) = (anchor, a.month, b.month) {
                            start.year =
                                Some(nearest_range_year(anchor, (m1, a.day), (m2, b.day), wraps));
                        }
                        end.year = start.year.map(|y| y + i32::from(wraps));
                        if let (Some(y), Some(m), Some(d)) = (start.year, start.month, start.day) {
                            CivilDate::new(y, m, d)?;
                        }
                        if let (Some(y), Some(m), Some(d)) = (end.year, end.month, end.day) {
                            CivilDate::new(y, m, d)?;
                        }
                    }
                    Some(end)
                }
                None => None,
            };
            Some((start, end, false))
        }
        Value::DayOffset(n) => {
            let a = anchor?;
            Some((a.add_days(n).into(), None, true))
        }
        Value::Weekday(w) => {
            let a = anchor?;
            let back = (i64::from(a.weekday()) - i64::from(w)).rem_euclid(7);
            Some((a.add_days(-back).into(), None, true))
        }
        Value::WeekdayOfWeek(w, n) => {
            let a = anchor?;
            let monday = a.add_days(-i64::from(a.weekday()));
            Some((
                monday.add_days(7 * i64::from(n) + i64::from(w)).into(),
                None,
                true,
            ))
        }
        Value::Weekdays(first, last) => {
            let a = anchor?;
            let back = (i64::from(a.weekday()) - i64::from(last)).rem_euclid(7);
            let days = (i64::from(last) - i64::from(first)).rem_euclid(7);
            let end = a.add_days(-back);
            Some((end.add_days(-days).into(), Some(end.into()), true))
        }
        Value::YearOffset(n, month, day) => {
            let a = anchor?;
            let p = Partial::ymd(Some(a.year + n), month, day);
            if !p.is_valid() {
                return None;
            }
            Some((
                DateValue {
                    year: p.year,
                    month,
                    day,
                },
                None,
                true,
            ))
        }
        Value::MonthOffset(n, day) => {
            let a = anchor?;
            let total = a.year * 12 + i32::from(a.month) - 1 + n;
            let year = total.div_euclid(12);
            let month = (total.rem_euclid(12) + 1) as u8;
            if let Some(d) = day {
                CivilDate::new(year, month, d)?;
            }
            Some((
                DateValue {
                    year: Some(year),
                    month: Some(month),
                    day,
                },
                None,
                true,
            ))
        }
        Value::BareDay(day) => {
            let (year, month) = context_month()?;
            let p = Partial::ymd(year, Some(month), Some(day));
            let v = written(p, anchor)?;
            Some((v, None, year.is_none()))
        }
        Value::DaysOfYearOffset(n, first, last) => {
            let year = Some(anchor?.year + n);
            let first = Partial { year, ..first };
            let last = Partial { year, ..last };
            let (start, end, _) =
                resolve(Value::Written(first, Some(last)), anchor, context_month)?;
            Some((start, end, true))
        }
        Value::WrittenToYearOffset(mut first, m2, n) => {
            // a first month without a year is in the year of the last, or in the one before
            // when the range runs over New Year (`12月至明年1月`)
            if let (None, Some(m1), Some(a)) = (first.year, first.month, anchor) {
                first.year = Some(a.year + n - i32::from(m1 > m2));
            }
            let (start, _, _) = resolve(Value::Written(first, None), anchor, context_month)?;
            // without a document date the written month stands alone
            let Some(a) = anchor else {
                return Some((start, None, false));
            };
            if !(1..=12).contains(&m2) {
                return None;
            }
            let end = DateValue {
                year: Some(a.year + n),
                month: Some(m2),
                day: None,
            };
            Some((start, Some(end), true))
        }
        Value::MonthAfterWord(m, dir) => {
            let a = anchor?;
            if !(1..=12).contains(&m) {
                return None;
            }
            let year = match dir.signum() {
                1 if m <= a.month => a.year + 1,
                -1 if m >= a.month => a.year - 1,
                _ => a.year,
            };
            let v = DateValue {
                year: Some(year),
                month: Some(m),
                day: None,
            };
            Some((v, None, true))
        }
        Value::MonthsOfYearOffset(m1, m2, n) => {
            let a = anchor?;
            let y = a.year + n;
            let v = |m: u8| DateValue {
                year: Some(y),
                month: Some(m),
                day: None,
            };
            if !(1..=12).contains(&m1) || m2.is_some_and(|m| !(1..=12).contains(&m)) {
                return None;
            }
            Some((v(m1), m2.map(v), true))
        }
    }
}

/// The document date read from the text: a labelled header line (`date 2022-10-29`,
/// `发布时间:2022-10-27`, `Release time: 08:59, December 27, 2022`), else a date on a line of
/// its own at the top or the bottom, else a dateline with a year elsewhere in the header.
/// `hits`, when the text has been scanned, give the marks where a date may start.
pub(crate) fn document_date(doc: &Document, hits: Option<&Hits>) -> Option<CivilDate> {
    // the buffer of the candidates of `extract`, which reads later
    let mut spare = CANDIDATES.take();
    let date = document_date_with(doc, hits, &mut spare);
    CANDIDATES.set(spare);
    date
}

/// `document_date`, with `spare` a buffer for the candidates of each line.
fn document_date_with(
    doc: &Document,
    hits: Option<&Hits>,
    spare: &mut Vec<Candidate>,
) -> Option<CivilDate> {
    let marks = hits.map(|h| h.of(Lexicon::Date));
    let n = doc.paragraphs.len();
    let head = n.min(12);
    let tail_start = n.saturating_sub(4).max(head);
    let edges = (0..head).chain(tail_start..n);
    let mut own_line: Option<CivilDate> = None;
    let mut dateline: Option<(u8, u8, usize)> = None;
    // the separators are sought across a block of lines (the header's, the footer's) up
    // to its end rather than again in each line: most lines hold none, and a search begun
    // on every line of the news cost a quarter of the document date
    let mut separators = en::Separators::new(doc.text);
    for i in edges {
        let p = &doc.paragraphs[i];
        let line = &doc.text[p.start..p.end];
        // once a date line is found, only a labelled date can change the answer: a line
        // that cannot hold a label is not read
        if own_line.is_some() && !may_hold_label(line, p, marks) {
            continue;
        }
        // a line that can hold no full date and no dateline gives nothing read here (the
        // header's year is read after, and only if a dateline asks for it): most lines of
        // the news, which have no date line, are let go unread
        let block_end = doc.paragraphs[if i < head { head - 1 } else { n - 1 }].end;
        let dateline_asked = i < head && own_line.is_none();
        if !may_give_date(line, p, dateline_asked, marks, &mut separators, block_end) {
            continue;
        }
        // one buffer for the candidates of every line
        let mut cands = std::mem::take(spare);
        cands.clear();
        scan_line(line, p.start, marks, &mut cands);
        let chosen = choose(cands);
        // a labelled date is the answer: the loop is left, and the buffer kept for the
        // next read (a return from inside the loop dropped it, and `extract` then
        // allocated a new one, a kilobyte or so, for each report with a labelled date)
        let mut labelled: Option<CivilDate> = None;
        for c in &chosen {
            let Value::Written(w, None) = c.value else {
                continue;
            };
            let full = match (w.year, w.month, w.day) {
                (Some(y), Some(m), Some(d)) => CivilDate::new(y, m, d),
                _ => None,
            };
            // a label stands right before its date: look no further back than that
            let before = &line[en::ceil_boundary(line, c.start.saturating_sub(48))..c.start];
            if let Some(date) = full {
                if is_labelled(before) {
                    labelled = Some(date);
                    break;
                }
                // a date line may carry a little furniture: `2022-06-22 0 By`,
                // `08:53 UTC+8, 2023-03-02`, `《某某日报》( 2023年05月09日 05版)`
                // (a long line is prose, not a date line: count nothing there)
                let words = if line.len() > 400 {
                    usize::MAX
                } else {
                    line[..c.start]
                        .chars()
                        .chain(line[c.end..].chars())
                        .filter(|ch| ch.is_alphabetic())
                        .count()
                };
                // or a header line that opens with the date and goes on with a clock
                // time or a source: `2023-05-16 08:30　来源：省人民政府门户网站`
                let rest = line[c.end..en::floor_boundary(line, c.end + 120)].trim_start();
                let opens_header = i < head
                    && line[..c.start].trim().is_empty()
                    && (rest.starts_with(|ch: char| ch.is_ascii_digit()) && rest.contains(':')
                        || ["来源", "來源", "Source", "作者", "编辑", "編輯"]
                            .iter()
                            .any(|w| rest.contains(w)));
                // or a header line that the date closes, set off from the site, source or
                // editor before it: `Source: Xinhua | Editor: … | 2025-01-22`,
                // `… Network    2024-11-11`; a clock time and more fields may follow it:
                // `来源：枫岭融媒　　2025年11月06日 10:35　　浏览量：2316`
                let set_off = |s: &str| {
                    s.ends_with("  ")
                        || s.ends_with(['\t', '\u{3000}'])
                        || s.trim_end().ends_with(['|', '｜'])
                };
                let after = after_clock(&line[c.end..]);
                // (or by a source in brackets and a clock time: `(Beiling Daily) 08:40,
                // September 11, 2024`)
                let bracketed = |s: &str| {
                    let s = s
                        .trim_end_matches(|c: char| {
                            c.is_ascii_digit() || matches!(c, ':' | ' ' | ',' | '\u{3000}')
                        })
                        .trim_start();
                    s.starts_with(['(', '（']) && s.ends_with([')', '）'])
                };
                let closes_header = i < head
                    && line.len() <= 200
                    && (set_off(&line[..c.start]) || bracketed(&line[..c.start]))
                    && (after.trim().is_empty() || set_off_next(after));
                // or a newspaper's page header: `东川日报 2025年06月13日 星期五 第01版：要闻`
                let page = i < head && page_header(&line[c.end..]);
                // or a dateline that holds its year: `Lianhu News, March 8, 2024 (Reporter
                // Gao Yun) On the morning of the 7th`, `YUNXI, Nov. 8, 2024 —`
                let after = &line[c.end..];
                let full_dateline = i < head
                    && c.start < 60
                    && before.trim_end().ends_with(',')
                    && line.starts_with(|ch: char| ch.is_uppercase())
                    && ([" —", " --", " –"].iter().any(|d| after.starts_with(d))
                        || [
                            "Reporter",
                            "reporter",
                            "Xinhua",
                            "Correspondent",
                            "correspondent",
                        ]
                        .iter()
                        .any(|w| after.strip_prefix(" (").is_some_and(|a| a.starts_with(w))));
                if own_line.is_none()
                    && (words <= 8 || opens_header || closes_header || page || full_dateline)
                {
                    own_line = Some(date);
                }
            }
            if dateline.is_none() && i < head && w.year.is_none() {
                if let (Some(m), Some(d)) = (w.month, w.day) {
                    let after = &line[c.end..];
                    // `BEIJING, Oct. 24 (Xinhua)`, `YUNXI, Nov. 8 —`: a place in capitals
                    let placed = || {
                        c.start < 40
                            && before.trim_end().ends_with(',')
                            && before.chars().filter(|c| c.is_ascii_uppercase()).count() >= 3
                    };
                    let dash = [" —", " --", " –"].iter().any(|d| after.starts_with(d));
                    let is_dateline = after.starts_with(" (Xinhua)")
                        || after.starts_with("电")
                        || (after.starts_with(" (") || dash) && placed();
                    if is_dateline {
                        dateline = Some((m, d, i));
                    }
                }
            }
        }
        *spare = chosen;
        if labelled.is_some() {
            return labelled;
        }
    }
    own_line.or_else(|| {
        let (m, d, at) = dateline?;
        CivilDate::new(header_year(doc, marks, head, at, spare)?, m, d)
    })
}

/// The year of the header, for a dateline in paragraph `at`: that of the first date with a
/// year in the first `head` lines, before the dateline or short enough to be a header's and
/// no sentence (a year in the report's prose is an event's: `established sister-city relations in
/// 2016`, `the Action Plan … (2024-2027)`).
fn header_year(
    doc: &Document,
    marks: Option<&[Hit]>,
    head: usize,
    at: usize,
    spare: &mut Vec<Candidate>,
) -> Option<i32> {
    for (i, p) in doc.paragraphs[..head].iter().enumerate() {
        let line = doc.text[p.start..p.end].trim_end();
        if i >= at && (line.len() > 160 || line.ends_with(['.', '。', '!', '?', '！', '？'])) {
            continue;
        }
        let mut cands = std::mem::take(spare);
        cands.clear();
        scan_line(&doc.text[p.start..p.end], p.start, marks, &mut cands);
        let chosen = choose(cands);
        let year = chosen.iter().find_map(|c| match c.value {
            Value::Written(w, None) => w.year,
            _ => None,
        });
        *spare = chosen;
        if year.is_some() {
            return year;
        }
    }
    None
}

/// Does `after` (the text after a date) go on as a newspaper's page header does: a
/// weekday, if any, then the page (`星期五 第01版：要闻`, ` 05版`)?
fn page_header(after: &str) -> bool {
    let mut rest = after.trim_start_matches([' ', '\u{3000}']);
    for w in ["星期", "周", "週"] {
        if let Some(r) = rest.strip_prefix(w) {
            rest = r
                .strip_prefix(['一', '二', '三', '四', '五', '六', '日', '天'])
                .unwrap_or(r)
                .trim_start_matches([' ', '\u{3000}']);
            break;
        }
    }
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with('版')
}

/// What follows a clock time (`10:35`, `08:30:12`) after a space at the start of `s`;
/// `s` itself where none stands there.
fn after_clock(s: &str) -> &str {
    let t = s.strip_prefix(' ').unwrap_or(s);
    let digits = |x: &str| x.bytes().take_while(u8::is_ascii_digit).count();
    let h = digits(t);
    if !(1..=2).contains(&h) || t.as_bytes().get(h) != Some(&b':') {
        return s;
    }
    let mut rest = &t[h..];
    while let Some(r) = rest.strip_prefix(':') {
        if digits(r) != 2 {
            return s;
        }
        rest = &r[2..];
    }
    rest
}

/// Does `s` open with a field separator: two spaces, a tab, a wide space or a bar?
fn set_off_next(s: &str) -> bool {
    s.starts_with("  ") || s.starts_with(['\t', '\u{3000}', '|', '｜'])
}

/// Could `line` (paragraph `p`) give a full date, or, if `dateline` is asked, a dateline?
/// `hits`, the date triggers of the scan, hold every unit and month name; without them
/// (in tests) every line is read.
///
/// A full date is written in one of few shapes: `2022年10月26日` (four numerals, `年`,
/// numerals, `月`, numerals and `日`, `号` or `號`), `2022-10-29` (four ASCII digits, a
/// separator, a month and a separator: `-`, `/` or `.`), `10/26/2022` (a slash and four
/// digits), or a month name with a year of four digits (`October 26, 2022`). A dateline is
/// a date without a year that `电` or ` (` follows, and ends in a day unit (`10月26日电`) or
/// has a month name (`October 26 (Xinhua)`). `separators` finds the `-`, `/` and `.` of
/// the block of lines that ends at `block_end`.
fn may_give_date(
    line: &str,
    p: &Paragraph,
    dateline: bool,
    hits: Option<&[Hit]>,
    separators: &mut en::Separators,
    block_end: usize,
) -> bool {
    let Some(hits) = hits else {
        return true;
    };
    let from = hits.partition_point(|h| h.start < p.start);
    let mut month = false;
    for h in hits[from..].iter().take_while(|h| h.start < p.end) {
        let i = h.start - p.start;
        match h.entry & trigger::KIND {
            trigger::ZH_UNIT => {
                // (every unit is three bytes long)
                let (unit, after) = line[i..].split_at('年'.len_utf8());
                if unit == "年" {
                    if zh::full_date_at(line, i) {
                        return true;
                    }
                } else if dateline
                    && unit != "月"
                    && (after.starts_with('电') || after.starts_with(" ("))
                {
                    return true;
                }
            }
            trigger::MONTH => {
                if dateline {
                    return true;
                }
                month = true;
            }
            _ => {}
        }
    }
    let bytes = line.as_bytes();
    if month && en::has_four_digits(bytes) {
        return true;
    }
    let mut k = separators.first(p.start, block_end);
    while k < p.end {
        if en::numeric_full_date(bytes, k - p.start) {
            return true;
        }
        k = separators.first(k + 1, block_end);
    }
    false
}

/// The labels a header puts before its date.
const LABELS: [&str; 26] = [
    "date",
    "release time",
    "released",
    "released on",
    "published",
    "published on",
    "publish time",
    "publication date",
    "updated",
    "updated on",
    "update time",
    "posted",
    "posted on",
    "time",
    "发布时间",
    "发布日期",
    "發布時間",
    "發佈時間",
    "發表時間",
    "发表时间",
    "發佈日期",
    "發布日期",
    "更新时间",
    "日期",
    "时间",
    "時間",
];

/// Could `line` (paragraph `p`) hold a label of [`is_labelled`]? Every English label holds
/// an `e` in one case or the other, every Chinese one a word of [`LABEL_WORDS`], which the
/// scan finds (`hits`, its date triggers; without them, in tests, every line may). A
/// vector search for a byte or two, and a look at the scan's hits: searching the line
/// for each word cost about a quarter of the document date of a Chinese report.
fn may_hold_label(line: &str, p: &Paragraph, hits: Option<&[Hit]>) -> bool {
    if memchr::memchr2(b'e', b'E', line.as_bytes()).is_some() {
        return true;
    }
    let Some(hits) = hits else {
        return true;
    };
    let from = hits.partition_point(|h| h.start < p.start);
    hits[from..]
        .iter()
        .take_while(|h| h.start < p.end)
        .any(|h| h.entry & trigger::KIND == trigger::ZH_LABEL)
}

/// The words of which every Chinese label holds one.
const LABEL_WORDS: [&str; 3] = ["时间", "時間", "日期"];

/// Does the text before a date end in a header label (`发布时间:`, `Release time: 08:59,`)?
fn is_labelled(before: &str) -> bool {
    // the label may be followed by `:`, spaces and a clock time (`08:59,`)
    let t = before.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, ':' | '：' | ' ' | ',' | '，' | '\u{3000}' | '【' | '[')
    });
    // the last 20 characters, compared in ASCII lower case (the labels are) without a copy
    let from = t.char_indices().rev().nth(19).map_or(0, |(i, _)| i);
    let tail = &t[from..];
    LABELS.iter().any(|l| {
        let Some(cut) = tail.len().checked_sub(l.len()) else {
            return false;
        };
        tail.as_bytes()[cut..].eq_ignore_ascii_case(l.as_bytes())
            && tail[..cut]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_ascii_alphabetic())
    })
}

/// Where a date may start in a line read for the document date: the year, month and day
/// units, and the first three letters of every month name (`Jan` of `January`). No two of
/// them overlap, so the leftmost matches are all of them. A packed (vector) searcher finds
/// these few short strings in a fraction of the time a walk over the line takes.
static LINE_MARKS: Lazy<Marks> = Lazy::new(|| {
    let mut marks: Vec<String> = zh::UNITS.iter().map(|c| c.to_string()).collect();
    marks.extend(
        en::MONTH_NAMES
            .iter()
            .map(|names| names[0][..3].to_string()),
    );
    match aho_corasick::packed::Searcher::new(marks.iter()) {
        Some(s) => Marks::Packed(s),
        None => Marks::Automaton(AhoCorasick::new(&marks).expect("LINE_MARKS is valid")),
    }
});

enum Marks {
    Packed(aho_corasick::packed::Searcher),
    Automaton(AhoCorasick),
}

impl Marks {
    /// Each mark's start, and whether it is a unit.
    fn each(&self, line: &str, mut f: impl FnMut(usize, bool)) {
        let units = zh::UNITS.len();
        match self {
            Marks::Packed(s) => {
                for m in s.find_iter(line) {
                    f(m.start(), m.pattern().as_usize() < units);
                }
            }
            Marks::Automaton(a) => {
                for m in a.find_iter(line) {
                    f(m.start(), m.pattern().as_usize() < units);
                }
            }
        }
    }
}

/// Candidates in one line, which starts at byte `at` of the text, read on their own (for
/// the document date, which is read before the dates): at the date triggers of the shared
/// scan, `hits`, if given, else at the marks [`LINE_MARKS`] finds.
fn scan_line(line: &str, at: usize, hits: Option<&[Hit]>, out: &mut Vec<Candidate>) {
    let mut at_mark = |i: usize, unit: bool| {
        if unit {
            zh::at_unit(line, i, out);
        } else if line[..i]
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric())
        {
            if let Some((month, end)) = en::month_at(line, i) {
                en::at_month(line, i, end, month, out);
            }
        }
    };
    match hits {
        Some(hits) => marks_in_hits(line, at, hits, &mut at_mark),
        None => LINE_MARKS.each(line, &mut at_mark),
    }
    en::at_digits_in(line, 0..line.len(), true, out);
}

/// The marks of [`LINE_MARKS`] in `line` (at byte `at` of the text), each once, in order,
/// read from the date triggers of the scan: every unit and every month name is one, in any
/// case, so a search of the line's own finds nothing more (and, in the news, cost a third
/// of the document date).
fn marks_in_hits(line: &str, at: usize, hits: &[Hit], mut f: impl FnMut(usize, bool)) {
    let from = hits.partition_point(|h| h.start < at);
    let mut last = None;
    for h in &hits[from..] {
        if h.start >= at + line.len() {
            break;
        }
        let i = h.start - at;
        if last == Some(i) {
            continue;
        }
        match h.entry & trigger::KIND {
            trigger::ZH_UNIT => {
                last = Some(i);
                f(i, true);
            }
            trigger::MONTH => {
                // the mark is the name's first three letters, as written
                let name = en::MONTH_NAMES[(h.entry & !trigger::KIND) as usize][0];
                if line.as_bytes()[i..].starts_with(&name.as_bytes()[..3]) {
                    last = Some(i);
                    f(i, false);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_year_crosses_new_year() {
        let a = CivilDate::new(2023, 1, 5).unwrap();
        assert_eq!(nearest_year(a, 12, Some(28)), 2022);
        assert_eq!(nearest_year(a, 1, Some(3)), 2023);
    }

    #[test]
    fn every_label_is_seen_in_any_case() {
        let mut triggers = Vec::new();
        super::triggers(&mut triggers);
        let prefilter = crate::prefilter::Prefilter::new(&triggers);
        let may_hold = |text: &str| {
            let hits = prefilter.scan(text);
            let p = Paragraph {
                start: 0,
                end: text.len(),
                language: crate::extraction::Language::Zh,
            };
            may_hold_label(text, &p, Some(hits.of(Lexicon::Date)))
        };
        for label in LABELS {
            assert!(may_hold(&format!("x {label} y")), "{label}");
            assert!(
                may_hold(&format!("x {} y", label.to_uppercase())),
                "{label}"
            );
        }
        assert!(!may_hold("会议召开时，日前"));
    }

    /// A line reads the same candidates at the scan's triggers as at its own search.
    #[test]
    fn marks_from_the_scan_are_the_line_search_marks() {
        let mut triggers = Vec::new();
        super::triggers(&mut triggers);
        let prefilter = crate::prefilter::Prefilter::new(&triggers);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut texts = vec![
            "JAN 5, 2023 Jan. 5 Janet 5 May 2023\nMarch 3, 2022年3月4日 Sept 9 Sep 9 December"
                .to_string(),
            "发布时间：2023年05月16日 08:30\n二〇二二年十二月三日、4号 5號".to_string(),
        ];
        for lang in ["en", "zh"] {
            for entry in std::fs::read_dir(root.join(lang)).expect("fixture folder") {
                let path = entry.expect("fixture entry").path();
                if let Ok(text) = std::fs::read_to_string(&path) {
                    texts.push(format!("{text}\n{}", text.to_uppercase()));
                }
            }
        }
        for text in &texts {
            let hits = prefilter.scan(text);
            let doc = Document::new(text, None);
            for p in &doc.paragraphs {
                let line = &text[p.start..p.end];
                let (mut own, mut scanned) = (Vec::new(), Vec::new());
                scan_line(line, p.start, None, &mut own);
                scan_line(line, p.start, Some(hits.of(Lexicon::Date)), &mut scanned);
                assert_eq!(own, scanned, "{line}");
            }
            assert_eq!(doc.document_date, document_date(&doc, Some(&hits)));
        }
    }

    /// The lines let go unread (they can give no full date and no dateline) change no
    /// document date: read with the scan's triggers, the texts have the date that reading
    /// every line gives.
    #[test]
    fn lines_let_go_change_no_document_date() {
        let mut triggers = Vec::new();
        super::triggers(&mut triggers);
        let prefilter = crate::prefilter::Prefilter::new(&triggers);
        // each with whether it has a document date
        let texts = [
            ("2022年工作会议\n新华社北京10月26日电 会议指出", true),
            ("会议\n新华社北京10月26日电 会议\n2021年总结", true),
            (
                "2023 plan\nBEIJING, October 26 (Xinhua) -- The meeting",
                true,
            ),
            ("2021年计划\nBEIJING, Oct. 26 (Xinhua) 新华社", true),
            ("２０２２年１０月２６日\n会议召开", true),
            ("二〇二二年十月二十六日\n会议召开", true),
            ("会议召开\n2022/10/29\n正文2021年", true),
            ("Meeting\n10/26/2022 am\n", true),
            ("10月26日电\n2022.10.29", true),
            ("正文，增长3.5%，2022年目标\n截至2022年10月底", false),
            ("标题2021年\n10月26日 (记者 王)", false),
        ];
        for (text, dated) in texts {
            let hits = prefilter.scan(text);
            let doc = Document::new(text, None);
            assert_eq!(doc.document_date.is_some(), dated, "{text}");
            assert_eq!(
                doc.document_date,
                document_date(&doc, Some(&hits)),
                "{text}"
            );
        }
    }

    #[test]
    fn labels() {
        assert!(is_labelled("发布时间:"));
        assert!(is_labelled("Release time: 08:59, "));
        assert!(is_labelled(" date "));
        assert!(!is_labelled("update"));
        assert!(!is_labelled("On "));
    }
}
