//! Slogans and formulations (SPEC section 3). Not built yet: the list stays empty.

use once_cell::sync::Lazy;

use crate::document::Document;
use crate::extraction::Slogan;
use crate::prefilter::{Hits, Trigger};
use crate::Error;

/// The slogan catalogue: the built-in rows and any the user added.
#[derive(Debug, Clone, Default)]
pub(crate) struct Catalogue {}

static BUILTIN: Lazy<Catalogue> = Lazy::new(Catalogue::default);

impl Catalogue {
    /// The catalogue of `data/slogans.tsv`.
    pub fn builtin() -> &'static Catalogue {
        &BUILTIN
    }

    /// Adds the rows of a user's TSV file.
    pub fn extend_tsv(&mut self, tsv: &str, name: &str) -> Result<(), Error> {
        crate::lexicon::rows(tsv, name, 5).map(|_| ())
    }
}

/// The triggers of this extractor.
pub(crate) fn triggers(_catalogue: &Catalogue, _out: &mut Vec<Trigger>) {}

/// Slogans in text order.
pub(crate) fn extract(_doc: &Document, _hits: &Hits, _catalogue: &Catalogue) -> Vec<Slogan> {
    Vec::new()
}
