//! Meetings and references (SPEC section 4a). Not built yet: the lists stay empty.

use crate::document::Document;
use crate::extraction::{Date, Meeting, Official, Reference};
use crate::prefilter::{Hits, Trigger};

/// The triggers of this extractor.
pub(crate) fn triggers(_out: &mut Vec<Trigger>) {}

/// Meetings and references, each in text order.
pub(crate) fn extract(
    _doc: &Document,
    _hits: &Hits,
    _officials: &[Official],
    _dates: &[Date],
) -> (Vec<Meeting>, Vec<Reference>) {
    (Vec::new(), Vec::new())
}
