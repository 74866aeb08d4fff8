//! [`Extractor`] and [`ExtractorBuilder`]: the compiled lexicons and the order of the
//! extractors.

use std::borrow::Cow;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::document::Document;
use crate::extraction::{CivilDate, Extraction};
use crate::prefilter::{Prefilter, Trigger};
use crate::{dates, directives, meetings, officials, slogans, Error};

/// A kind of item the extractor can produce; see [`ExtractorBuilder::kinds`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// [`crate::Date`]s.
    Dates,
    /// [`crate::Official`]s.
    Officials,
    /// [`crate::Slogan`]s.
    Slogans,
    /// [`crate::Directive`]s.
    Directives,
    /// [`crate::Meeting`]s.
    Meetings,
    /// [`crate::Reference`]s.
    References,
}

impl Kind {
    /// Every kind, in output order.
    pub const ALL: [Kind; 6] = [
        Kind::Dates,
        Kind::Officials,
        Kind::Slogans,
        Kind::Directives,
        Kind::Meetings,
        Kind::References,
    ];

    /// The key of the kind in the JSON output (`dates`, `officials`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Dates => "dates",
            Kind::Officials => "officials",
            Kind::Slogans => "slogans",
            Kind::Directives => "directives",
            Kind::Meetings => "meetings",
            Kind::References => "references",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl std::str::FromStr for Kind {
    type Err = String;

    fn from_str(s: &str) -> Result<Kind, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown kind '{s}': expected one of dates, officials, slogans, directives, meetings, references"
                )
            })
    }
}

/// The lexicons, compiled: what an [`Extractor`] shares between clones and threads.
#[derive(Debug)]
struct Compiled {
    prefilter: Prefilter,
    /// The built-in catalogue is borrowed, not copied: copying it was a tenth of the
    /// cost of the first `Extractor::new()`.
    catalogue: Cow<'static, slogans::Catalogue>,
}

impl Compiled {
    fn new(catalogue: Cow<'static, slogans::Catalogue>) -> Compiled {
        Compiled {
            prefilter: Prefilter::new(&triggers(&catalogue)),
            catalogue,
        }
    }
}

/// The triggers of every extractor, for the one shared scan.
fn triggers(catalogue: &slogans::Catalogue) -> Vec<Trigger> {
    let mut triggers: Vec<Trigger> = Vec::new();
    dates::triggers(&mut triggers);
    officials::triggers(&mut triggers);
    slogans::triggers(catalogue, &mut triggers);
    directives::triggers(&mut triggers);
    meetings::triggers(&mut triggers);
    crate::document::triggers(&mut triggers);
    triggers
}

static DEFAULT: Lazy<Arc<Compiled>> =
    Lazy::new(|| Arc::new(Compiled::new(Cow::Borrowed(slogans::Catalogue::builtin()))));

/// Extracts items from reports. Build it once and reuse it: cloning is cheap (the compiled
/// lexicons are shared), and it is `Send + Sync`.
///
/// ```
/// let ex = minutes::Extractor::new();
/// let out = ex.extract("On October 26, the District CPPCC Party Group held a meeting.");
/// assert_eq!(out.dates[0].text, "October 26");
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    compiled: Arc<Compiled>,
    document_date: Option<CivilDate>,
    kinds: u8,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the built-in lexicons, every kind, and the document date read
    /// from each text.
    pub fn new() -> Extractor {
        Extractor::builder().build()
    }

    /// A builder to set the document date, add slogan rows or choose kinds.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts every item from `text`. Never fails and never panics; all offsets are byte
    /// offsets into `text`.
    pub fn extract(&self, text: &str) -> Extraction {
        let hits = self.compiled.prefilter.scan(text);
        let doc = Document::scanned(text, self.document_date, &hits);
        let on = |k: Kind| self.kinds & k.bit() != 0;
        // officials feed directives (speaker) and meetings (chair, participants); dates
        // feed meetings (date): run what later stages need even when not asked for
        let need_officials = on(Kind::Officials) || on(Kind::Directives) || on(Kind::Meetings);
        let need_dates = on(Kind::Dates) || on(Kind::Meetings);
        let dates = if need_dates {
            dates::extract(&doc, &hits)
        } else {
            Vec::new()
        };
        let officials = if need_officials {
            officials::extract(&doc, &hits)
        } else {
            Vec::new()
        };
        let slogans = if on(Kind::Slogans) {
            slogans::extract(&doc, &hits, &self.compiled.catalogue)
        } else {
            Vec::new()
        };
        let directives = if on(Kind::Directives) {
            directives::extract(&doc, &hits, &officials)
        } else {
            Vec::new()
        };
        let (meetings, references) = if on(Kind::Meetings) || on(Kind::References) {
            meetings::extract(&doc, &hits, &officials, &dates)
        } else {
            (Vec::new(), Vec::new())
        };
        let keep = |k: Kind| on(k);
        Extraction {
            language: doc.language,
            document_date: doc.document_date,
            document_date_source: doc.document_date_source,
            dates: if keep(Kind::Dates) { dates } else { Vec::new() },
            officials: if keep(Kind::Officials) {
                officials
            } else {
                Vec::new()
            },
            slogans,
            directives,
            meetings: if keep(Kind::Meetings) {
                meetings
            } else {
                Vec::new()
            },
            references: if keep(Kind::References) {
                references
            } else {
                Vec::new()
            },
        }
    }

    /// This extractor with another document date, for texts that each come with their own
    /// (the records of a corpus). Cheap: the compiled lexicons are shared.
    pub fn with_document_date(&self, date: CivilDate) -> Extractor {
        Extractor {
            document_date: Some(date),
            ..self.clone()
        }
    }

    /// Extracts from bytes: strips a UTF-8 byte order mark, then checks that the rest is
    /// UTF-8. Offsets refer to the text after the mark.
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Extraction, Error> {
        let (bom, rest) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (3, rest),
            None => (0, bytes),
        };
        match std::str::from_utf8(rest) {
            Ok(text) => Ok(self.extract(text)),
            // the offset counts from the start of the input, mark included
            Err(e) => Err(Error::not_utf8(bom + e.valid_up_to())),
        }
    }
}

/// Configures an [`Extractor`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    document_date: Option<CivilDate>,
    catalogue: Option<slogans::Catalogue>,
    kinds: u8,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            document_date: None,
            catalogue: None,
            kinds: Kind::ALL.iter().fold(0, |acc, k| acc | k.bit()),
        }
    }
}

impl ExtractorBuilder {
    /// The document date of every text, instead of the one read from the text.
    pub fn document_date(&mut self, date: CivilDate) -> &mut ExtractorBuilder {
        self.document_date = Some(date);
        self
    }

    /// Adds slogan catalogue rows, in the format of `data/slogans.tsv` (header row
    /// `id kind number zh en`, tab-separated). `name` names the source in errors.
    pub fn slogans_tsv(&mut self, tsv: &str, name: &str) -> Result<&mut ExtractorBuilder, Error> {
        let mut cat = self
            .catalogue
            .take()
            .unwrap_or_else(|| slogans::Catalogue::builtin().clone());
        let result = cat.extend_tsv(tsv, name);
        self.catalogue = Some(cat);
        result.map(|()| self)
    }

    /// Produces only these kinds (the others stay empty lists).
    pub fn kinds(&mut self, kinds: &[Kind]) -> &mut ExtractorBuilder {
        self.kinds = kinds.iter().fold(0, |acc, k| acc | k.bit());
        self
    }

    /// Builds the extractor. With the built-in lexicons this is cheap after the first
    /// build in the process.
    pub fn build(&self) -> Extractor {
        let compiled = match &self.catalogue {
            None => Arc::clone(&DEFAULT),
            Some(cat) => Arc::new(Compiled::new(Cow::Owned(cat.clone()))),
        };
        Extractor {
            compiled,
            document_date: self.document_date,
            kinds: self.kinds,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefilter::Lexicon;

    #[test]
    fn extractor_is_send_sync_clone() {
        fn check<T: Send + Sync + Clone + 'static>() {}
        check::<Extractor>();
    }

    /// The scan gives the same hits, in the same order, before and after its automaton
    /// becomes a DFA, and as the automaton crate's own overlapping iterator.
    #[test]
    fn dfa_scan_finds_what_the_nfa_scan_finds() {
        let triggers = triggers(slogans::Catalogue::builtin());
        let nfa = Prefilter::with_dfa_after(&triggers, usize::MAX);
        let dfa = Prefilter::with_dfa_after(&triggers, 0);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut texts = 0;
        for lang in ["en", "zh"] {
            for entry in std::fs::read_dir(root.join(lang)).expect("fixture folder") {
                let path = entry.expect("fixture entry").path();
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                // case folding and hits that overlap, on the same text
                let text = format!("{text}\n{}", text.to_uppercase());
                let hits = nfa.scan(&text);
                assert!(hits == dfa.scan(&text), "{}", path.display());
                assert!(hits == nfa.scan_by_iterator(&text), "{}", path.display());
                texts += 1;
            }
        }
        assert!(texts > 10, "only {texts} fixture texts");
        // every pattern, so that every match state of the DFA reports its hits
        let every: Vec<&str> = triggers.iter().map(|t| t.pattern.as_str()).collect();
        for joined in [every.join(" "), every.concat()] {
            let hits = nfa.scan(&joined);
            assert!(hits.of(Lexicon::Official).len() > 100);
            assert!(hits == dfa.scan(&joined));
        }
        assert!(dfa.has_dfa() && !nfa.has_dfa());
    }

    #[test]
    fn bom_is_stripped_and_bad_utf8_reported() {
        let ex = Extractor::new();
        assert!(ex.extract_bytes(b"\xEF\xBB\xBFtext").is_ok());
        let err = ex.extract_bytes(b"ab\xFFcd").unwrap_err();
        assert_eq!(err.to_string(), "not text: invalid UTF-8 at byte 2");
    }
}
