//! Enumerated directives (SPEC section 4). Not built yet: the list stays empty.

use crate::document::Document;
use crate::extraction::{Directive, Official};
use crate::prefilter::{Hits, Trigger};

/// The triggers of this extractor.
pub(crate) fn triggers(_out: &mut Vec<Trigger>) {}

/// Directive items in text order.
pub(crate) fn extract(_doc: &Document, _hits: &Hits, _officials: &[Official]) -> Vec<Directive> {
    Vec::new()
}
