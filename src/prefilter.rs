//! The one pass over the text: an Aho-Corasick automaton over the triggers of every
//! extractor, returning hits tagged with their lexicon and entry.
//!
//! Each extractor contributes its triggers (`triggers(&mut Vec<Trigger>)` in its module);
//! the automaton matches ASCII case-insensitively and reports overlapping hits, so that each
//! extractor sees all of its own candidates and chooses among them (longest, on a word
//! boundary, ...) in a small window around the hit.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Which extractor's lexicon a trigger belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Lexicon {
    Date,
    Official,
    Slogan,
    Directive,
    Meeting,
}

const LEXICONS: usize = 5;

impl Lexicon {
    fn index(self) -> usize {
        self as usize
    }
}

/// One pattern of one lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub pattern: String,
    pub lexicon: Lexicon,
    /// What the pattern stands for, for the extractor that gave it (an index into its table).
    pub entry: u32,
}

impl Trigger {
    pub fn new(pattern: impl Into<String>, lexicon: Lexicon, entry: u32) -> Trigger {
        Trigger {
            pattern: pattern.into(),
            lexicon,
            entry,
        }
    }
}

/// A trigger found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: u32,
}

/// The compiled automaton.
#[derive(Debug, Clone)]
pub(crate) struct Prefilter {
    ac: AhoCorasick,
    tags: Vec<(Lexicon, u32)>,
}

/// About how many bytes of a report hold one hit of each lexicon (in the order of
/// [`Lexicon`]), or a few more: each list is made about this large at once, where growing
/// it from nothing reallocated it several times for each text.
const BYTES_PER_HIT: [usize; LEXICONS] = [256, 64, 16, 256, 128];

/// The most hits reserved for one list: past this, growing costs little beside the scan.
const RESERVE_MAX: usize = 1 << 14;

/// Hits of one scan, by lexicon, each list in order of `start` (then `end`).
#[derive(Debug, Default)]
pub(crate) struct Hits {
    lists: [Vec<Hit>; LEXICONS],
}

impl Hits {
    /// The hits of one lexicon.
    pub fn of(&self, lexicon: Lexicon) -> &[Hit] {
        &self.lists[lexicon.index()]
    }
}

impl Prefilter {
    pub fn new(triggers: &[Trigger]) -> Prefilter {
        // a contiguous NFA, not a DFA: it scans these texts as fast (the scan's cost is in
        // reporting hits, not in walking states) and builds in a tenth of the time
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(triggers.iter().map(|t| t.pattern.as_bytes()))
            .or_else(|_| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(triggers.iter().map(|t| t.pattern.as_bytes()))
            })
            .expect("the trigger automaton builds");
        let tags = triggers.iter().map(|t| (t.lexicon, t.entry)).collect();
        Prefilter { ac, tags }
    }

    /// All hits in `text`, overlapping ones included.
    pub fn scan(&self, text: &str) -> Hits {
        let mut hits = Hits::default();
        for (list, per) in hits.lists.iter_mut().zip(BYTES_PER_HIT) {
            list.reserve((text.len() / per).min(RESERVE_MAX));
        }
        for m in self.ac.find_overlapping_iter(text) {
            let (lexicon, entry) = self.tags[m.pattern().as_usize()];
            hits.lists[lexicon.index()].push(Hit {
                start: m.start(),
                end: m.end(),
                entry,
            });
        }
        for list in &mut hits.lists {
            sort_nearly_sorted(list);
        }
        hits
    }
}

/// Sorts hits by `(start, end)`. The overlapping scan reports them in order of `end`, so
/// a hit is out of place only behind the shorter hits that end inside it: an insertion
/// sort moves each one back over those few, where a general sort would cost `n log n` over
/// all the hits of the text. Equal hits keep the order of the scan.
fn sort_nearly_sorted(list: &mut [Hit]) {
    for i in 1..list.len() {
        let hit = list[i];
        let key = (hit.start, hit.end);
        let mut j = i;
        while j > 0 && (list[j - 1].start, list[j - 1].end) > key {
            list[j] = list[j - 1];
            j -= 1;
        }
        list[j] = hit;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_are_grouped_and_overlapping() {
        let p = Prefilter::new(&[
            Trigger::new("october", Lexicon::Date, 10),
            Trigger::new("two establishments", Lexicon::Slogan, 1),
            Trigger::new("establishments", Lexicon::Slogan, 2),
        ]);
        let hits = p.scan("On October 26 the two establishments");
        assert_eq!(hits.of(Lexicon::Date).len(), 1);
        assert_eq!(hits.of(Lexicon::Date)[0].entry, 10);
        let s: Vec<u32> = hits.of(Lexicon::Slogan).iter().map(|h| h.entry).collect();
        assert_eq!(s, [1, 2]);
        assert!(hits.of(Lexicon::Meeting).is_empty());
    }

    #[test]
    fn hits_come_in_order_of_start_then_end() {
        let p = Prefilter::new(&[
            Trigger::new("b", Lexicon::Slogan, 0),
            Trigger::new("abc", Lexicon::Slogan, 1),
            Trigger::new("ab", Lexicon::Slogan, 2),
            Trigger::new("c", Lexicon::Slogan, 3),
        ]);
        let hits = p.scan("xabcab");
        let got: Vec<(usize, usize)> = hits
            .of(Lexicon::Slogan)
            .iter()
            .map(|h| (h.start, h.end))
            .collect();
        assert_eq!(got, [(1, 3), (1, 4), (2, 3), (3, 4), (4, 6), (5, 6)]);
    }
}
