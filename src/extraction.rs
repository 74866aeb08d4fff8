//! The output types: one [`Extraction`] per document, and the items it holds.
//!
//! Field names are the keys of the JSON contract. Every item that points into the text has
//! `start` and `end`: byte offsets into the UTF-8 text, half-open, with
//! `text == &doc[start..end]`. `None` serialises as `null`, never as an empty string.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::Error;

/// A calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// The year, e.g. 2022.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31, valid for the month.
    pub day: u8,
}

impl CivilDate {
    /// A date, or `None` when it is not on the calendar (`February 30`).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        if (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
        {
            Some(CivilDate { year, month, day })
        } else {
            None
        }
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> CivilDate {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        CivilDate {
            year: (y + i64::from(m <= 2)) as i32,
            month: m,
            day: d,
        }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> CivilDate {
        CivilDate::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3)
        ((self.days_since_epoch() + 3).rem_euclid(7)) as u8
    }
}

/// Number of days in a month of a year (Gregorian).
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for CivilDate {
    type Err = Error;

    fn from_str(s: &str) -> Result<CivilDate, Error> {
        let mut parts = s.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(Error::invalid_date(s, "expected YYYY-MM-DD"));
        };
        let year: i32 = y
            .parse()
            .map_err(|_| Error::invalid_date(s, "year is not a number"))?;
        let month: u8 = m
            .parse()
            .map_err(|_| Error::invalid_date(s, "month is not a number"))?;
        let day: u8 = d
            .parse()
            .map_err(|_| Error::invalid_date(s, "day is not a number"))?;
        if !(1..=12).contains(&month) {
            return Err(Error::invalid_date(s, "month out of range"));
        }
        CivilDate::new(year, month, day).ok_or_else(|| Error::invalid_date(s, "day out of range"))
    }
}

impl Serialize for CivilDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date value at the precision written: `2022-10-26`, `2022-10`, `2022`, or without a
/// year `--10-26`, `--10`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateValue {
    /// The year, when known.
    pub year: Option<i32>,
    /// The month, when written.
    pub month: Option<u8>,
    /// The day, when written (then `month` is set too).
    pub day: Option<u8>,
}

impl DateValue {
    /// The precision of the value.
    pub fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else if self.month.is_some() {
            Precision::Month
        } else {
            Precision::Year
        }
    }
}

impl From<CivilDate> for DateValue {
    fn from(d: CivilDate) -> DateValue {
        DateValue {
            year: Some(d.year),
            month: Some(d.month),
            day: Some(d.day),
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}")?,
            None => f.write_str("-")?,
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for DateValue {
    type Err = Error;

    fn from_str(s: &str) -> Result<DateValue, Error> {
        let bad = || Error::invalid_date(s, "expected YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM");
        let num = |p: &str| -> Result<u32, Error> {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        let (year, rest) = if let Some(rest) = s.strip_prefix("--") {
            (None, rest)
        } else {
            let (y, rest) = s.split_once('-').unwrap_or((s, ""));
            (Some(num(y)? as i32), rest)
        };
        let mut parts = rest.split('-').filter(|p| !p.is_empty() || rest.is_empty());
        let month = match parts.next() {
            Some(m) if !m.is_empty() => Some(num(m)? as u8),
            _ => None,
        };
        let day = match parts.next() {
            Some(d) => Some(num(d)? as u8),
            None => None,
        };
        if year.is_none() && month.is_none() {
            return Err(bad());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(Error::invalid_date(s, "month out of range"));
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year.unwrap_or(2000), m) {
                    return Err(Error::invalid_date(s, "day out of range"));
                }
            }
        }
        Ok(DateValue { year, month, day })
    }
}

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The precision of a date value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Precision {
    /// `2022-10-26`
    Day,
    /// `2022-10`
    Month,
    /// `2022`
    Year,
}

/// The language of a document or paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Language {
    /// English: official English or machine translation.
    En,
    /// Chinese, simplified or traditional.
    Zh,
}

impl Language {
    /// `en` or `zh`.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Zh => "zh",
        }
    }
}

/// Where the document date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DateSource {
    /// Given by the caller (builder or `--date`).
    Caller,
    /// Read from a header line, dateline or date line of the text.
    Text,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Extraction {
    /// The language of most of the text.
    pub language: Language,
    /// The date the report was issued; `None` when the text gives no full date.
    pub document_date: Option<CivilDate>,
    /// Where `document_date` came from; `None` when there is none.
    pub document_date_source: Option<DateSource>,
    /// Dates, in text order.
    pub dates: Vec<Date>,
    /// Officials, one per person, in order of first mention.
    pub officials: Vec<Official>,
    /// Slogans and formulations, in text order.
    pub slogans: Vec<Slogan>,
    /// Enumerated directives, in text order.
    pub directives: Vec<Directive>,
    /// Meetings held, in text order.
    pub meetings: Vec<Meeting>,
    /// Congresses, plenums, sessions and documents referred to, in text order.
    pub references: Vec<Reference>,
}

/// A date, a range of dates, or a relative date resolved against the document date.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Date {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The text as written.
    pub text: String,
    /// The value (the start of a range).
    pub value: DateValue,
    /// The end of a range; `None` for a single date.
    pub end_value: Option<DateValue>,
    /// The precision of `value`.
    pub precision: Precision,
    /// True when any part was resolved against the document date.
    pub relative: bool,
}

/// A span of text: one mention of an official.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Mention {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The text as written (`Shi Baozhen`, `Mr. Zheng`, `She`).
    pub text: String,
}

/// A person acting in public life in the report, with every title the text gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Official {
    /// The name as written in the first full mention, without honorifics.
    pub name: String,
    /// Each title, head and organisation as written, singular, in order of appearance.
    pub titles: Vec<String>,
    /// Every mention of the person, in text order.
    pub mentions: Vec<Mention>,
}

/// The kind of a slogan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SloganKind {
    /// Named by its count: `two establishments`, `四个自信`.
    Numbered,
    /// A fixed phrase of the Party's vocabulary: `common prosperity`.
    Formulation,
    /// A programme, brand or campaign named in quotation marks.
    Campaign,
}

/// A slogan or formulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Slogan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The phrase, without its quotation marks.
    pub text: String,
    /// The catalogue id; `None` for a slogan not in the catalogue.
    pub id: Option<String>,
    /// Numbered, formulation or campaign.
    pub kind: SloganKind,
    /// The count of a numbered slogan; `None` otherwise.
    pub number: Option<u32>,
}

/// One item of an enumerated list of demands or tasks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Directive {
    /// The list, 1, 2, … in order of each list's first item.
    pub list: u32,
    /// The position in the list, 1, 2, …
    pub ordinal: u32,
    /// The marker as written, without the punctuation after it; `None` for an implicit item.
    pub marker: Option<String>,
    /// True for the first item of a list that starts at its second marker.
    pub implicit: bool,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The item, from its marker to the end of the item.
    pub text: String,
    /// The official whose verb of saying opens the list; `None` when unknown.
    pub speaker: Option<String>,
}

/// A meeting the report says took place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Meeting {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The meeting's name as written.
    pub text: String,
    /// The meeting kind id from the catalogue; `None` when none fits.
    pub kind: Option<String>,
    /// True for `(expanded)`, `(enlarged)`, `扩大`.
    pub expanded: bool,
    /// The meeting's number (`the 47th ... meeting`); `None` when not written.
    pub number: Option<u32>,
    /// The term of the body (`of the 13th CPPCC National Committee`); `None` when not written.
    pub term: Option<u32>,
    /// The body that held it, as written; `None` when not found.
    pub organiser: Option<String>,
    /// Its date; `None` when not found.
    pub date: Option<DateValue>,
    /// Who presided, names as in `officials`.
    pub chair: Vec<String>,
    /// Named attendees, names as in `officials`.
    pub participants: Vec<String>,
}

/// The kind of a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ReferenceKind {
    /// A congress: `the 20th CPC National Congress`, `党的二十大`.
    Congress,
    /// A plenary session: `十九届六中全会`.
    Plenum,
    /// A session of a people's congress or CPPCC: `十四届全国人大一次会议`.
    Session,
    /// A document: `《...》` or a title in quotation marks.
    Document,
}

/// A congress, plenum, session or document the report refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Reference {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The mention as written (a document's title without its marks).
    pub text: String,
    /// Congress, plenum, session or document.
    pub kind: ReferenceKind,
    /// `CPC`, `CCDI`, `NPC`, `CPPCC`, …, or the body as written; `None` for documents.
    pub body: Option<String>,
    /// The congress, plenum or session number; `None` when not written.
    pub number: Option<u32>,
    /// The term of the body; `None` when not written.
    pub term: Option<u32>,
}
