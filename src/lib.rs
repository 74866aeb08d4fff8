//! `minutes` turns the text of Chinese political meeting reports, in English (official
//! English or machine translation) and in Chinese, into structured data: dates, officials
//! with every title they hold, slogans and formulations, enumerated directives, meetings
//! and the congresses, plenums and documents they refer to.
//!
//! Build one [`Extractor`] and call [`Extractor::extract`] on each report; it returns an
//! [`Extraction`] and never fails. Offsets in every item are byte offsets into the UTF-8
//! text given, half-open, with `text == &input[start..end]`.
//!
//! # Dates
//!
//! Every date at the precision written, ranges as one item, relative dates resolved
//! against the document date (read from the text, or given to the builder):
//!
//! ```
//! let ex = minutes::Extractor::new();
//! let out = ex.extract("date 2022-10-29\nOn October 26, the District CPPCC Party Group held a meeting.");
//! assert_eq!(out.document_date.unwrap().to_string(), "2022-10-29");
//! assert_eq!(out.dates[1].text, "October 26");
//! assert_eq!(out.dates[1].value.to_string(), "2022-10-26");
//!
//! let out = ex.extract("发布时间:2023-04-15\n市人大常委会第九次会议定于4月24日至26日召开。");
//! let range = &out.dates[1];
//! assert_eq!((range.value.to_string(), range.end_value.unwrap().to_string()),
//!            ("2023-04-24".to_string(), "2023-04-26".to_string()));
//! ```
//!
//! # Officials
//!
//! One entry per person, with every title the text gives them, coordinated heads sharing
//! their organisation, and titles shared by a list:
//!
//! ```
//! let ex = minutes::Extractor::new();
//! let out = ex.extract("区政协党组书记、主席王立群主持会议并讲话。区政协副主席陈志远、刘海涛出席会议。");
//! assert_eq!(out.officials[0].name, "王立群");
//! assert_eq!(out.officials[0].titles, ["区政协党组书记", "区政协主席"]);
//! assert_eq!(out.officials[2].titles, ["区政协副主席"]);
//!
//! let out = ex.extract("Shi Baozhen, Secretary and Chairman of the District Political \
//!     Consultative Conference Party Group, presided over the meeting.");
//! assert_eq!(out.officials[0].titles[1],
//!            "Chairman of the District Political Consultative Conference Party Group");
//! ```
//!
//! # Slogans
//!
//! Formulations from a catalogue (`data/slogans.tsv`) with one id for every rendering in
//! both languages, numbered formulations outside it, and campaigns named in quotation marks:
//!
//! ```
//! let ex = minutes::Extractor::new();
//! let out = ex.extract("要增强“四个意识”。It is necessary to strengthen the “four consciousness”.");
//! assert_eq!(out.slogans[0].id.as_deref(), Some("four-consciousnesses"));
//! assert_eq!(out.slogans[1].id, out.slogans[0].id);
//! assert_eq!(out.slogans[1].number, Some(4));
//! ```
//!
//! Formulations the reference catalogue lacks are shipped apart, in [`EXTENDED_SLOGANS`],
//! and added on request:
//!
//! ```
//! let ex = minutes::Extractor::builder()
//!     .slogans_tsv(minutes::EXTENDED_SLOGANS, "data/slogans-extended.tsv")?
//!     .build();
//! let out = ex.extract("会议要求守住不发生规模性返贫底线。");
//! assert_eq!(out.slogans[0].id.as_deref(), Some("no-large-scale-return-to-poverty"));
//! assert!(minutes::Extractor::new().extract("会议要求守住不发生规模性返贫底线。").slogans.is_empty());
//! # Ok::<(), minutes::Error>(())
//! ```
//!
//! # Directives
//!
//! Enumerated demands, list by list, with the first item that machine translation or
//! the writer left unmarked:
//!
//! ```
//! let ex = minutes::Extractor::new();
//! let out = ex.extract("会议要求，一要提高政治站位；二要狠抓工作落实；三要加强作风建设。");
//! assert_eq!(out.directives.len(), 3);
//! assert_eq!(out.directives[1].marker.as_deref(), Some("二要"));
//!
//! let out = ex.extract("She emphasized that we must unify our thinking. \
//!     The second is to fully grasp the tasks. The third is to strengthen the team.");
//! assert!(out.directives[0].implicit);
//! assert_eq!(out.directives[0].text, "we must unify our thinking.");
//! ```
//!
//! # Meetings and references
//!
//! The meetings held, with kind, organiser, date and chair, and the congresses, plenums,
//! sessions and documents referred to:
//!
//! ```
//! let ex = minutes::Extractor::new();
//! let out = ex.extract("11月3日，县政协召开党组（扩大）会议，传达学习党的二十大精神和\
//!     十九届六中全会精神。县政协党组书记、主席赵明远主持会议。");
//! let m = &out.meetings[0];
//! assert_eq!((m.kind.as_deref(), m.expanded), (Some("party-group-meeting"), true));
//! assert_eq!(m.chair, ["赵明远"]);
//! let plenum = &out.references[1];
//! assert_eq!((plenum.number, plenum.term), (Some(6), Some(19)));
//! ```
//!
//! # Many documents
//!
//! An [`Extractor`] is `Send + Sync` and cheap to clone; share one across threads (see
//! `examples/parallel.rs`). [`render_html`] turns extractions into one self-contained page.

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
mod narrow;
mod numerals;
mod officials;
mod prefilter;
mod slogans;
mod swar;

pub use error::Error;
pub use extraction::{
    CivilDate, Date, DateSource, DateValue, Directive, Extraction, Language, Meeting, Mention,
    Official, Precision, Reference, ReferenceKind, Slogan, SloganKind,
};
pub use extractor::{Extractor, ExtractorBuilder, Kind};
pub use html::{render_html, HtmlReport};

/// Slogan catalogue rows beyond the built-in catalogue (`data/slogans-extended.tsv`):
/// formulations common in Party documents and the news that the reference catalogue the
/// built-in one follows does not hold. Add them with [`ExtractorBuilder::slogans_tsv`], or
/// on the command line with `--slogans data/slogans-extended.tsv`.
pub const EXTENDED_SLOGANS: &str = include_str!("../data/slogans-extended.tsv");

// The README's examples run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
