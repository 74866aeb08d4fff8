//! Dates (SPEC section 1).

use crate::document::Document;
use crate::extraction::{CivilDate, Date};
use crate::prefilter::{Hits, Trigger};

/// The triggers of this extractor.
pub(crate) fn triggers(_out: &mut Vec<Trigger>) {}

/// The document date read from the text.
pub(crate) fn document_date(_doc: &Document) -> Option<CivilDate> {
    None
}

/// Dates in text order.
pub(crate) fn extract(_doc: &Document, _hits: &Hits) -> Vec<Date> {
    Vec::new()
}
