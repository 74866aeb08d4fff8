//! Officials and their titles (SPEC section 2). Not built yet: the list stays empty.

use crate::document::Document;
use crate::extraction::Official;
use crate::prefilter::{Hits, Trigger};

/// The triggers of this extractor.
pub(crate) fn triggers(_out: &mut Vec<Trigger>) {}

/// Officials in order of first mention.
pub(crate) fn extract(_doc: &Document, _hits: &Hits) -> Vec<Official> {
    Vec::new()
}
