//! `minutes` turns the text of Chinese political meeting reports, in English (official
//! English or machine translation) and in Chinese, into structured data: dates, officials
//! with every title they hold, slogans and formulations, enumerated directives, meetings
//! and the congresses, plenums and documents they refer to.
//!
//! ```
//! let ex = minutes::Extractor::new();
//! let out = ex.extract("date 2022-10-29\nOn October 26, the District CPPCC Party Group held a meeting.");
//! assert_eq!(out.document_date.unwrap().to_string(), "2022-10-29");
//! assert_eq!(out.dates[1].value.to_string(), "2022-10-26");
//! ```
//!
//! Offsets in every item are byte offsets into the UTF-8 text given to
//! [`Extractor::extract`], half-open, with `text == &input[start..end]`.

#![deny(missing_docs)]

mod dates;
mod directives;
mod document;
mod error;
mod extraction;
mod extractor;
mod html;
mod lexicon;
mod meetings;
mod numerals;
mod officials;
mod prefilter;
mod slogans;

pub use error::Error;
pub use extraction::{
    CivilDate, Date, DateSource, DateValue, Directive, Extraction, Language, Meeting, Mention,
    Official, Precision, Reference, ReferenceKind, Slogan, SloganKind,
};
pub use extractor::{Extractor, ExtractorBuilder, Kind};
pub use html::{render_html, HtmlReport};

// The README's examples run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
