//! The one pass over the text: an Aho-Corasick automaton over the triggers of every
//! extractor, returning hits tagged with their lexicon and entry.
//!
//! Each extractor contributes its triggers (`triggers(&mut Vec<Trigger>)` in its module);
//! the automaton matches ASCII case-insensitively and reports overlapping hits, so that each
//! extractor sees all of its own candidates and chooses among them (longest, on a word
//! boundary, ...) in a small window around the hit.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{dfa, Anchored, MatchKind};
use once_cell::sync::OnceCell;

/// Which extractor's lexicon a trigger belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Lexicon {
    Date,
    Official,
    Slogan,
    Directive,
    Meeting,
    /// The marks that end a line or a sentence, for the [`crate::document::Document`].
    Break,
}

const LEXICONS: usize = 6;

impl Lexicon {
    fn index(self) -> usize {
        self as usize
    }
}

/// One pattern of one lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub pattern: String,
    /// A last byte after `pattern`, which may be the first of a character: any character
    /// that opens with it will do ([`Trigger::then`]).
    pub last: Option<u8>,
    pub lexicon: Lexicon,
    /// What the pattern stands for, for the extractor that gave it (an index into its table).
    pub entry: u32,
}

impl Trigger {
    pub fn new(pattern: impl Into<String>, lexicon: Lexicon, entry: u32) -> Trigger {
        Trigger {
            pattern: pattern.into(),
            last: None,
            lexicon,
            entry,
        }
    }

    /// The trigger with `byte` after its pattern. Where that is the first byte of a
    /// character, its hits end inside the character, and are no place to slice the text.
    pub fn then(self, byte: u8) -> Trigger {
        Trigger {
            last: Some(byte),
            ..self
        }
    }
}

/// A trigger found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    /// Inside a character where the trigger ends so ([`Trigger::then`]).
    pub end: usize,
    pub entry: u32,
}

/// The compiled automaton.
///
/// It starts as a contiguous NFA, which builds in about 7 ms, and becomes a DFA once it
/// has scanned [`DFA_AFTER`] bytes. The DFA walks a byte in a table lookup where the NFA
/// follows failure links: over the fixtures it scans in about half the instructions
/// (English 67 M per MB against 29 M, Chinese 51 M against 26 M), but it takes about
/// 30 ms to build and holds 7.5 MB (15 MB while built). A process that reads one report never pays for it; one that
/// reads a corpus pays it once, after the text read has made it worth building.
#[derive(Debug)]
pub(crate) struct Prefilter {
    nfa: Compiled,
    dfa: OnceCell<Compiled>,
    /// The patterns, each ended by its offset in `patterns`, kept to build the DFA.
    patterns: Vec<u8>,
    ends: Vec<usize>,
    /// Bytes scanned so far with the NFA, and whether a scan has taken up building the DFA.
    scanned: AtomicUsize,
    building: AtomicBool,
    dfa_after: usize,
    tags: Vec<(Lexicon, u32)>,
}

/// How many bytes the NFA scans before the DFA is built: about the text whose scan costs
/// as much more with the NFA as building the DFA costs once (each extra megabyte costs
/// 25 M to 40 M instructions, the build about 400 M), so that a run never pays much more
/// than twice what it would have paid knowing its length in advance.
const DFA_AFTER: usize = 10 << 20;

/// About how many bytes of a report hold one hit of each lexicon (in the order of
/// [`Lexicon`]), or a few more: each list is made about this large at once, where growing
/// it from nothing reallocated it several times for each text.
const BYTES_PER_HIT: [usize; LEXICONS] = [256, 64, 16, 256, 128, 32];

/// The most hits reserved for one list: past this, growing costs little beside the scan.
const RESERVE_MAX: usize = 1 << 14;

/// Hits of one scan, by lexicon, each list in order of `start` (then `end`).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Hits {
    lists: [Vec<Hit>; LEXICONS],
}

impl Hits {
    /// The hits of one lexicon.
    pub fn of(&self, lexicon: Lexicon) -> &[Hit] {
        &self.lists[lexicon.index()]
    }

    /// Empty lists for a scan of `len` bytes: those the last hits of this thread left,
    /// each made about as large as the text needs.
    fn for_text(len: usize) -> Hits {
        let lists = SPARE_HITS
            .try_with(|spare| spare.take())
            .unwrap_or_default();
        let mut hits = Hits { lists };
        for (list, per) in hits.lists.iter_mut().zip(BYTES_PER_HIT) {
            list.clear();
            list.reserve((len / per).min(RESERVE_MAX));
        }
        hits
    }
}

thread_local! {
    /// The lists of the last hits dropped, for the next scan to fill: five lists for every
    /// text cost five allocations, and more as they grew.
    static SPARE_HITS: std::cell::Cell<[Vec<Hit>; LEXICONS]> =
        const { std::cell::Cell::new([const { Vec::new() }; LEXICONS]) };
}

impl Drop for Hits {
    fn drop(&mut self) {
        // a long text's lists are let go, not held by the thread for the rest of its run
        if self.lists.iter().any(|l| l.capacity() > RESERVE_MAX) {
            return;
        }
        let lists = std::mem::take(&mut self.lists);
        // (while the thread ends, the lists are just dropped)
        let _ = SPARE_HITS.try_with(|spare| spare.set(lists));
    }
}

impl Prefilter {
    pub fn new(triggers: &[Trigger]) -> Prefilter {
        Prefilter::with_dfa_after(triggers, DFA_AFTER)
    }

    /// A prefilter that builds its DFA once it has scanned `dfa_after` bytes (never, for
    /// `usize::MAX`).
    pub fn with_dfa_after(triggers: &[Trigger], dfa_after: usize) -> Prefilter {
        let mut patterns = Vec::new();
        let mut ends = Vec::with_capacity(triggers.len());
        for t in triggers {
            patterns.extend_from_slice(t.pattern.as_bytes());
            patterns.extend(t.last);
            ends.push(patterns.len());
        }
        let nfa = Compiled::nfa(split(&patterns, &ends));
        let tags = triggers.iter().map(|t| (t.lexicon, t.entry)).collect();
        Prefilter {
            nfa,
            dfa: OnceCell::new(),
            patterns,
            ends,
            scanned: AtomicUsize::new(0),
            building: AtomicBool::new(false),
            dfa_after,
            tags,
        }
    }

    /// The automaton for the next scan of `len` bytes: the DFA once it is built. The scan
    /// that brings the NFA's count past `dfa_after` builds it; scans on other threads go
    /// on with the NFA meanwhile. A DFA that cannot be built (too many states for its
    /// identifiers) leaves the NFA in place.
    fn automaton(&self, len: usize) -> &Compiled {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        let scanned = self.scanned.fetch_add(len, Ordering::Relaxed);
        if scanned.saturating_add(len) < self.dfa_after
            || self.building.swap(true, Ordering::AcqRel)
        {
            return &self.nfa;
        }
        match Compiled::dfa(split(&self.patterns, &self.ends), &self.tags) {
            Some(dfa) => self.dfa.get_or_init(|| dfa),
            None => &self.nfa,
        }
    }

    /// The hits of `text` as the crate's own overlapping iterator reports them, to check
    /// [`Prefilter::scan`]'s loop against.
    #[cfg(test)]
    pub fn scan_by_iterator(&self, text: &str) -> Hits {
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(split(&self.patterns, &self.ends))
            .expect("the trigger automaton builds");
        let mut hits = Hits::default();
        for m in automaton.find_overlapping_iter(text) {
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

    /// Whether the DFA has been built.
    #[cfg(test)]
    pub fn has_dfa(&self) -> bool {
        self.dfa.get().is_some()
    }

    /// All hits in `text`, overlapping ones included.
    pub fn scan(&self, text: &str) -> Hits {
        let mut hits = Hits::for_text(text.len());
        match self.automaton(text.len()) {
            Compiled::Contiguous(nfa) => self.scan_with(nfa, text.as_bytes(), &mut hits),
            Compiled::Noncontiguous(nfa) => self.scan_with(nfa, text.as_bytes(), &mut hits),
            Compiled::Dfa(dfa) => walk_dfa(dfa, text.as_bytes(), &mut hits),
        }
        for list in &mut hits.lists {
            sort_nearly_sorted(list);
        }
        hits
    }

    /// Walks `text` through an NFA, pushing every pattern that ends at each byte in the
    /// order an overlapping search reports them, as the automaton tells them.
    fn scan_with<A: Automaton>(&self, aut: &A, text: &[u8], hits: &mut Hits) {
        walk(aut, text, |sid, end| {
            for i in 0..aut.match_len(sid) {
                let pattern = aut.match_pattern(sid, i);
                let (lexicon, entry) = self.tags[pattern.as_usize()];
                hits.lists[lexicon.index()].push(Hit {
                    start: end - aut.pattern_len(pattern),
                    end,
                    entry,
                });
            }
        });
    }
}

/// Walks `text` through `aut` once, calling `on_match` with each match state and the
/// offset it ends at. The loop is written here, over the concrete automaton, so that a
/// byte costs a table lookup and a compare: the crate's overlapping iterator keeps its
/// position in a state struct and returns through a trait object for each hit, which
/// tripled the cost of a byte.
#[inline]
pub(crate) fn walk<A: Automaton>(aut: &A, text: &[u8], mut on_match: impl FnMut(StateID, usize)) {
    let Ok(mut sid) = aut.start_state(Anchored::No) else {
        return;
    };
    if aut.is_match(sid) {
        on_match(sid, 0);
    }
    for (at, &byte) in text.iter().enumerate() {
        sid = aut.next_state(Anchored::No, sid, byte);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                return;
            }
            if aut.is_match(sid) {
                on_match(sid, at + 1);
            }
        }
    }
}

/// Walks `text` through the DFA, pushing the hits of each match state as its row lists them.
///
/// Each byte waits on the load of its transition, which misses the cache about as often
/// as not, and the load of the next byte cannot start before it. So a text of some length
/// is walked as two halves at once, the loads of the one waiting beside those of the
/// other: the walk of the second half starts [`Dfa::max_len`] bytes before it, so that
/// at the half it is in the state the walk of the whole text would be in (an
/// Aho-Corasick state stands for the longest end of the text read that begins a pattern),
/// and its hits, pushed as it goes to lists of their own, are put after those of the first
/// half (noting its match states to push their hits afterwards cost about fifteen
/// instructions more a match, 0.6 M a MB of English). Under `perf`
/// the walk of English took about two thirds of the time of one walk, of Chinese about
/// three quarters.
///
/// The two walks write the state of every byte of a [`BLOCK`], and the hits of a block
/// are pushed after it: pushing them from within the loop took the registers of the
/// states and cost a few instructions more a byte, and one mispredicted branch for each
/// match state. The match states of a block are picked out after it, sixteen states at
/// once ([`match_bits`]): keeping a list of them as the walks went (each state written
/// to the list's end, with its place in the block, and the end moved on where it was a
/// match state) cost about three instructions more a byte, 3.5 M a MB of Chinese.
///
/// The loop has a function of its own so that a byte costs the same few instructions
/// whatever the compiler inlines around it: inlined into [`Prefilter::scan`], it came to
/// reload a pointer from the stack on every byte once code elsewhere in the crate changed.
#[inline(never)]
fn walk_dfa(dfa: &Dfa, text: &[u8], hits: &mut Hits) {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, as just asked
        return unsafe { walk_dfa_avx2(dfa, text, hits) };
    }
    walk_dfa_with(dfa, text, hits, match_bits)
}

/// [`walk_dfa`] where the processor has AVX2: the match states of a block are picked out
/// in vectors of eight states ([`match_bits_avx2`]), where the walk itself is the same.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline(never)]
unsafe fn walk_dfa_avx2(dfa: &Dfa, text: &[u8], hits: &mut Hits) {
    // SAFETY: this runs only where the processor has AVX2 (`walk_dfa`)
    walk_dfa_with(dfa, text, hits, |states, end| unsafe {
        match_bits_avx2(states, end)
    })
}

/// The walk of [`walk_dfa`], with `match_bits` to pick out the match states of a block.
#[inline(always)]
fn walk_dfa_with(
    dfa: &Dfa,
    text: &[u8],
    hits: &mut Hits,
    match_bits: impl Fn(&[u32; BLOCK], u32) -> u64,
) {
    let mut sid = dfa.start as usize;
    if sid < dfa.matches_end as usize {
        dfa.push(sid, 0, hits);
    }
    if text.len() < TWO_WALKS_FROM {
        walk_alone(dfa, &mut sid, text, 0, |sid, end| dfa.push(sid, end, hits));
        return;
    }
    let (first, second) = text.split_at(text.len() / 2);
    let mid = first.len();
    let mut other = dfa.start as usize;
    for &byte in &first[mid.saturating_sub(dfa.max_len)..] {
        other = dfa.next(other, byte);
    }
    // the hits of the second half, in lists of their own, put after the first half's
    let mut later = SPARE_LATER.take();
    for list in later.iter_mut() {
        list.clear();
    }
    // (the second half is as long as the first, or a byte longer)
    let (beside, last) = second.split_at(mid);
    // the states of each byte of a block, of the first half and of the second
    let mut states = [[0u32; BLOCK]; 2];
    for (n, (block, other_block)) in first.chunks(BLOCK).zip(beside.chunks(BLOCK)).enumerate() {
        let [mine, others] = &mut states;
        // eight bytes of each half a step, then the bytes of a short last block: a step of
        // one byte of each cost three instructions more for every two bytes, to count and
        // compare the place in the block
        let (eights, other_eights) = (block.chunks_exact(8), other_block.chunks_exact(8));
        let (rest, other_rest) = (eights.remainder(), other_eights.remainder());
        let done = block.len() - rest.len();
        let (mine_eights, others_eights) = (mine.chunks_exact_mut(8), others.chunks_exact_mut(8));
        for ((b, o), (s, t)) in eights.zip(other_eights).zip(mine_eights.zip(others_eights)) {
            for i in 0..8 {
                sid = dfa.next(sid, b[i]);
                other = dfa.next(other, o[i]);
                s[i] = sid as u32;
                t[i] = other as u32;
            }
        }
        let walked = rest
            .iter()
            .zip(other_rest)
            .zip(mine[done..].iter_mut().zip(others[done..].iter_mut()));
        for ((&byte, &other_byte), (state, other_state)) in walked {
            sid = dfa.next(sid, byte);
            other = dfa.next(other, other_byte);
            *state = sid as u32;
            *other_state = other as u32;
        }
        // (a last block may be shorter: the states past it are the block's before)
        let len = block.len().min(other_block.len());
        let valid = u64::MAX >> (BLOCK - len);
        let at = n * BLOCK + 1;
        let mut found = match_bits(&states[0], dfa.matches_end) & valid;
        while found != 0 {
            let k = found.trailing_zeros() as usize;
            found &= found - 1;
            dfa.push(states[0][k] as usize, at + k, hits);
        }
        let mut found = match_bits(&states[1], dfa.matches_end) & valid;
        while found != 0 {
            let k = found.trailing_zeros() as usize;
            found &= found - 1;
            dfa.push_into(states[1][k] as usize, mid + at + k, &mut later);
        }
    }
    walk_alone(dfa, &mut other, last, 2 * mid, |sid, end| {
        dfa.push_into(sid, end, &mut later)
    });
    for (list, more) in hits.lists.iter_mut().zip(later.iter_mut()) {
        list.append(more);
    }
    if later.iter().all(|l| l.capacity() <= RESERVE_MAX) {
        SPARE_LATER.set(later);
    }
}

/// Walks `bytes`, which start `from` bytes into the text, from state `sid`, calling
/// `on_match` with each match state and the offset it ends at.
#[inline(always)]
fn walk_alone(
    dfa: &Dfa,
    sid: &mut usize,
    bytes: &[u8],
    from: usize,
    mut on_match: impl FnMut(usize, usize),
) {
    for (k, &byte) in bytes.iter().enumerate() {
        *sid = dfa.next(*sid, byte);
        if *sid < dfa.matches_end as usize {
            on_match(*sid, from + k + 1);
        }
    }
}

/// The bits of the match states among the states of a block: bit `k` where `states[k]`
/// is one, below `matches_end`. Sixteen states are compared four at a time, and the
/// answers (all ones or none) packed into sixteen bytes whose signs make sixteen bits: a
/// state and `matches_end` are offsets below 2^31 ([`Dfa::new`]), so they compare alike
/// signed or not. Written as a loop over the states, the compiler's vectors shuffled the
/// answers into place, about four instructions a state.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn match_bits(states: &[u32; BLOCK], matches_end: u32) -> u64 {
    use std::arch::x86_64::{
        _mm_cmplt_epi32, _mm_loadu_si128, _mm_movemask_epi8, _mm_packs_epi16, _mm_packs_epi32,
        _mm_set1_epi32,
    };
    let mut bits = 0u64;
    // SAFETY: SSE2, which these need, is part of every x86_64 processor; each load reads
    // four states of one chunk, whose bytes it may read unaligned
    unsafe {
        let end = _mm_set1_epi32(matches_end as i32);
        for (j, sixteen) in states.chunks_exact(16).enumerate() {
            let below =
                |k: usize| _mm_cmplt_epi32(_mm_loadu_si128(sixteen[k..].as_ptr().cast()), end);
            let low = _mm_packs_epi32(below(0), below(4));
            let high = _mm_packs_epi32(below(8), below(12));
            let sixteen_bits = _mm_movemask_epi8(_mm_packs_epi16(low, high)) as u32;
            bits |= u64::from(sixteen_bits) << (16 * j);
        }
    }
    bits
}

/// [`match_bits`] for AVX2: thirty-two states are compared eight at a time, packed into
/// thirty-two bytes (the packs keep to their lanes of 16 bytes, so a permutation of 4-byte
/// groups puts the states back in order) whose signs make thirty-two bits. About half the
/// instructions of [`match_bits`].
///
/// # Safety
///
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn match_bits_avx2(states: &[u32; BLOCK], matches_end: u32) -> u64 {
    use std::arch::x86_64::{
        _mm256_cmpgt_epi32, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_packs_epi16,
        _mm256_packs_epi32, _mm256_permutevar8x32_epi32, _mm256_set1_epi32, _mm256_setr_epi32,
    };
    let mut bits = 0u64;
    // SAFETY: the processor has AVX2 (the caller's promise); each load reads eight states
    // of one chunk, whose bytes it may read unaligned
    unsafe {
        let end = _mm256_set1_epi32(matches_end as i32);
        // (after the packs, the 4-byte groups hold states 0, 8, 16, 24, 4, 12, 20, 28 on)
        let order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
        for (j, chunk) in states.chunks_exact(32).enumerate() {
            let below =
                |k: usize| _mm256_cmpgt_epi32(end, _mm256_loadu_si256(chunk[k..].as_ptr().cast()));
            let low = _mm256_packs_epi32(below(0), below(8));
            let high = _mm256_packs_epi32(below(16), below(24));
            let packed = _mm256_permutevar8x32_epi32(_mm256_packs_epi16(low, high), order);
            let thirty_two = _mm256_movemask_epi8(packed) as u32;
            bits |= u64::from(thirty_two) << (32 * j);
        }
    }
    bits
}

/// [`match_bits`] on other processors.
#[cfg(not(target_arch = "x86_64"))]
fn match_bits(states: &[u32; BLOCK], matches_end: u32) -> u64 {
    let mut bits = 0u64;
    for (k, &s) in states.iter().enumerate() {
        bits |= u64::from(s < matches_end) << k;
    }
    bits
}

/// How many bytes of each half [`walk_dfa`] walks before it pushes the hits found.
const BLOCK: usize = 64;

/// The length of text from which [`walk_dfa`] walks two halves at once. A fifth of the
/// bytes of the news are in texts under 1 KB: walking those as two halves too scanned the
/// news in fewer instructions (14.8 M per MB against 15.5 M) and less time; under a few
/// hundred bytes the second walk would read much of the first half again.
const TWO_WALKS_FROM: usize = 256;

thread_local! {
    /// The lists the walk of a second half pushed its hits to, emptied, for the next walk.
    static SPARE_LATER: std::cell::Cell<[Vec<Hit>; LEXICONS]> =
        const { std::cell::Cell::new([const { Vec::new() }; LEXICONS]) };
}

/// What one pattern of a DFA match state reports: its lexicon, its entry and its length.
#[derive(Debug, Clone, Copy)]
struct Tag {
    lexicon: Lexicon,
    len: u32,
    entry: u32,
}

/// The trigger automaton as a DFA of its own layout, copied from the crate's DFA.
///
/// The crate's DFA gives each state a row of 256 transitions (its byte classes rounded up
/// to a power of two), 15 MB for the triggers, and a scan of a report reads them all over:
/// under `perf` the walk cost half as much again as its share of instructions, waiting on
/// the cache. Here a row has one column for each byte the patterns hold (upper and lower
/// case in one) and one for every other byte, and two more that a match reads its hits
/// from: half the size. (Rows of 2-byte state numbers, a quarter of the size, cost a
/// multiplication on each byte and scanned no faster.)
#[derive(Debug)]
struct Dfa {
    /// The column of each byte.
    classes: [u8; 256],
    /// The transitions, row after row; a state is the offset of its row. Match states
    /// come first, and the two columns after the transitions of one hold the range of its
    /// tags in `tags`.
    trans: Vec<u32>,
    /// How many columns of a row are transitions.
    columns: usize,
    start: u32,
    /// The offset of the first row that is no match state.
    matches_end: u32,
    tags: Vec<Tag>,
    /// The length of the longest pattern: a walk started this many bytes back is in the
    /// same state as one started at the start of the text.
    max_len: usize,
}

impl Dfa {
    /// The DFA of `patterns`, or `None` when it has too many states for its offsets or
    /// the crate's identifiers.
    ///
    /// Two bytes that no pattern holds lead every state to the start state alike, and two
    /// that patterns hold differ but in ASCII case, so one column for each byte the
    /// patterns hold, folded, and one for the rest are all the columns the rows need.
    fn new(patterns: &[&[u8]], tags: &[(Lexicon, u32)]) -> Option<Dfa> {
        let aut = dfa::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .ok()?;
        let start = aut.start_state(Anchored::No).ok()?;

        let mut held = [false; 256];
        for &byte in patterns.iter().copied().flatten() {
            held[usize::from(byte.to_ascii_lowercase())] = true;
        }
        // a byte for each column, the last one for the bytes no pattern holds
        let mut bytes: Vec<u8> = (0..=255u8).filter(|&b| held[usize::from(b)]).collect();
        bytes.extend((0..=255u8).find(|&b| !held[usize::from(b.to_ascii_lowercase())]));
        let mut classes = [0u8; 256];
        for (b, class) in (0..=255u8).zip(&mut classes) {
            let folded = b.to_ascii_lowercase();
            let column = bytes
                .iter()
                .position(|&c| c == folded && held[usize::from(c)]);
            *class = column.unwrap_or(bytes.len() - 1) as u8;
        }
        let columns = bytes.len();
        let stride = columns + 2;

        // The crate's state identifiers are multiples of its stride, a power of two that
        // the states a step from the start state show.
        let shift = bytes
            .iter()
            .map(|&b| aut.next_state(Anchored::No, start, b).as_u32())
            .chain([start.as_u32()])
            .filter(|&sid| sid != 0)
            .map(u32::trailing_zeros)
            .min()
            .unwrap_or(0);
        let slot = |sid: StateID| sid.as_usize() >> shift;
        // every state, from the start state, in the order found
        let mut states = vec![start];
        let mut found = vec![false; slot(start) + 1];
        found[slot(start)] = true;
        let mut i = 0;
        while let Some(&sid) = states.get(i) {
            i += 1;
            for &b in &bytes {
                let next = aut.next_state(Anchored::No, sid, b);
                // (an unanchored search of standard semantics never stops)
                if aut.is_dead(next) || next.as_u32().trailing_zeros() < shift {
                    return None;
                }
                if found.len() <= slot(next) {
                    found.resize(slot(next) + 1, false);
                }
                if !std::mem::replace(&mut found[slot(next)], true) {
                    states.push(next);
                }
            }
        }
        // match states first
        let (mut order, rest): (Vec<StateID>, Vec<StateID>) =
            states.into_iter().partition(|&s| aut.is_match(s));
        let matches = order.len();
        order.extend(rest);
        // (offsets below 2^31, which [`match_bits`] compares as signed)
        let offset = |n: usize| i32::try_from(n * stride).ok().map(|o| o as u32);
        offset(order.len())?;
        let mut offsets = vec![0u32; found.len()];
        for (n, &sid) in order.iter().enumerate() {
            offsets[slot(sid)] = offset(n)?;
        }

        let mut trans = Vec::with_capacity(order.len() * stride);
        let mut list = Vec::new();
        for &sid in &order {
            trans.extend(
                bytes
                    .iter()
                    .map(|&b| offsets[slot(aut.next_state(Anchored::No, sid, b))]),
            );
            let from = list.len() as u32;
            if aut.is_match(sid) {
                for i in 0..aut.match_len(sid) {
                    let pattern = aut.match_pattern(sid, i);
                    let (lexicon, entry) = tags[pattern.as_usize()];
                    list.push(Tag {
                        lexicon,
                        len: aut.pattern_len(pattern) as u32,
                        entry,
                    });
                }
            }
            trans.extend([from, list.len() as u32]);
        }
        Some(Dfa {
            classes,
            trans,
            columns,
            start: offsets[slot(start)],
            matches_end: offset(matches)?,
            tags: list,
            max_len: patterns.iter().map(|p| p.len()).max().unwrap_or(0),
        })
    }

    /// The state after `sid` on `byte`.
    #[inline(always)]
    fn next(&self, sid: usize, byte: u8) -> usize {
        let at = sid + usize::from(self.classes[usize::from(byte)]);
        debug_assert!(at < self.trans.len());
        // SAFETY: `sid` is the offset of a row: the walks pass only the start state and
        // states this returned, and `Dfa::new` writes nothing else there; and a class is less than the
        // `columns` of a row. The bounds check cost 2 instructions a byte and a register
        // in each walk: about 4.8 M instructions more for a megabyte of English.
        unsafe { *self.trans.get_unchecked(at) as usize }
    }

    /// Pushes the hits of match state `sid` ending at `end`.
    #[inline]
    fn push(&self, sid: usize, end: usize, hits: &mut Hits) {
        self.push_into(sid, end, &mut hits.lists);
    }

    /// [`Dfa::push`] into lists of hits by lexicon.
    #[inline(always)]
    fn push_into(&self, sid: usize, end: usize, lists: &mut [Vec<Hit>; LEXICONS]) {
        let at = sid + self.columns;
        debug_assert!(at + 2 <= self.trans.len());
        // SAFETY: `sid` is the offset of a row (see `next`), and `Dfa::new` ends each row
        // with two slots after its `columns`, the range of its tags, which lies in `tags`.
        // The checks of both ranges cost ten instructions a match, about 0.7 M a MB of
        // Chinese (some 67,000 matches)
        let tags = unsafe {
            let (from, to) = (
                *self.trans.get_unchecked(at) as usize,
                *self.trans.get_unchecked(at + 1) as usize,
            );
            debug_assert!(from <= to && to <= self.tags.len());
            self.tags.get_unchecked(from..to)
        };
        for tag in tags {
            lists[tag.lexicon.index()].push(Hit {
                start: end - tag.len as usize,
                end,
                entry: tag.entry,
            });
        }
    }
}

/// The trigger automaton, in the form a scan walks.
#[derive(Debug)]
enum Compiled {
    Contiguous(contiguous::NFA),
    Noncontiguous(noncontiguous::NFA),
    Dfa(Dfa),
}

impl Compiled {
    /// The NFA over `patterns`: the contiguous form, or the larger noncontiguous one when
    /// the contiguous one has too many states for its identifiers.
    fn nfa(patterns: Vec<&[u8]>) -> Compiled {
        let mut contiguous = contiguous::Builder::new();
        contiguous
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false);
        if let Ok(nfa) = contiguous.build(&patterns) {
            return Compiled::Contiguous(nfa);
        }
        let nfa = noncontiguous::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&patterns)
            .expect("the trigger automaton builds");
        Compiled::Noncontiguous(nfa)
    }

    fn dfa(patterns: Vec<&[u8]>, tags: &[(Lexicon, u32)]) -> Option<Compiled> {
        Dfa::new(&patterns, tags).map(Compiled::Dfa)
    }
}

/// The patterns laid end to end in `patterns`, each ended at its offset in `ends`.
fn split<'a>(patterns: &'a [u8], ends: &[usize]) -> Vec<&'a [u8]> {
    let starts = std::iter::once(0).chain(ends.iter().copied());
    starts.zip(ends).map(|(a, &b)| &patterns[a..b]).collect()
}

/// Sorts hits by `(start, end)`. The overlapping scan reports them in order of `end`, so
/// a hit is out of place only behind the shorter hits that end inside it: an insertion
/// sort moves each one back over those few, where a general sort would cost `n log n` over
/// all the hits of the text. Equal hits keep the order of the scan.
///
/// Nearly every hit is in place: each is compared with the largest key before it, kept
/// in registers (a hit moved back leaves the hit that had it last), and only one out of
/// place is moved, where comparing with the hit before it in memory and writing every
/// hit back cost about twice as much.
fn sort_nearly_sorted(list: &mut [Hit]) {
    // the hits in place before the first that is not, most or all of a list, are passed
    // over pair by pair: no index is counted, nor the largest key kept
    let in_order = |a: &Hit, b: &Hit| b.start > a.start || b.start == a.start && b.end >= a.end;
    let Some(k) = list.windows(2).position(|w| !in_order(&w[0], &w[1])) else {
        return;
    };
    let (mut last_start, mut last_end) = (list[k].start, list[k].end);
    for i in k + 1..list.len() {
        let hit = list[i];
        // (branches, not a compare of tuples, which compiled to flags and moves)
        if hit.start > last_start || hit.start == last_start && hit.end >= last_end {
            (last_start, last_end) = (hit.start, hit.end);
            continue;
        }
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

    /// The insertion sort gives the order of a stable sort by `(start, end)`, hits out of
    /// place anywhere (the entries tell equal hits apart).
    #[test]
    fn nearly_sorted_hits_sort_as_a_stable_sort() {
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for len in 0..40 {
            for _ in 0..20 {
                let mut list: Vec<Hit> = (0..len)
                    .map(|entry| {
                        let start = next(12) as usize;
                        Hit {
                            start,
                            end: start + next(4) as usize,
                            entry,
                        }
                    })
                    .collect();
                // (and lists in order but for two hits swapped, as a scan's nearly are)
                if next(2) == 0 && len > 0 {
                    list.sort_by_key(|h| (h.start, h.end));
                    let (i, j) = (next(u64::from(len)) as usize, next(u64::from(len)) as usize);
                    list.swap(i, j);
                }
                let mut want = list.clone();
                want.sort_by_key(|h| (h.start, h.end));
                sort_nearly_sorted(&mut list);
                assert_eq!(list, want);
            }
        }
    }

    /// The DFA's walk steps through several bytes at once: hits at the end of a step, of
    /// the text, or in the last few bytes, are reported as by the NFA's.
    #[test]
    fn dfa_scan_finds_the_hits_at_every_length_of_text() {
        let triggers = [
            Trigger::new("b", Lexicon::Slogan, 0),
            Trigger::new("abc", Lexicon::Slogan, 1),
            Trigger::new("ab", Lexicon::Date, 2),
            Trigger::new("two establishments", Lexicon::Official, 3),
        ];
        let nfa = Prefilter::with_dfa_after(&triggers, usize::MAX);
        let dfa = Prefilter::with_dfa_after(&triggers, 0);
        let text = "xabcab, Two Establishments ab abc b";
        for end in 0..=text.len() {
            assert_eq!(dfa.scan(&text[..end]), nfa.scan(&text[..end]), "{end}");
        }
        assert!(dfa.has_dfa() && !nfa.has_dfa());
        assert_eq!(dfa.scan(text).of(Lexicon::Slogan).len(), 8);
    }

    /// The bits of `match_bits` are the states below the end, at every place of a block.
    #[test]
    fn match_bits_are_the_states_below_the_end() {
        let ends: [u32; 5] = [0, 1, 7, 0x100, 0x7FFF_FFFF];
        let mut states = [0u32; BLOCK];
        let mut seed = 0x2545_F491_u32;
        for end in ends {
            for round in 0..50 {
                for s in states.iter_mut() {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    // around the end, and anywhere below 2^31
                    *s = match round % 3 {
                        0 => end.saturating_sub(2) + seed % 5,
                        1 => seed & 0x7FFF_FFFF,
                        _ => seed % 3 * end / 2,
                    } & 0x7FFF_FFFF;
                }
                let want = states
                    .iter()
                    .enumerate()
                    .fold(0u64, |b, (k, &s)| b | u64::from(s < end) << k);
                assert_eq!(match_bits(&states, end), want, "{end} {states:?}");
                #[cfg(target_arch = "x86_64")]
                if std::is_x86_feature_detected!("avx2") {
                    // SAFETY: the processor has AVX2, as just asked
                    let avx2 = unsafe { match_bits_avx2(&states, end) };
                    assert_eq!(avx2, want, "{end} {states:?}");
                }
            }
        }
    }

    /// A long text is walked as two halves at once: hits that end on either side of the
    /// half, or across it, at the ends of blocks or of the text, are reported as by the
    /// NFA's walk.
    #[test]
    fn dfa_scan_of_two_halves_finds_the_hits_of_one_walk() {
        let triggers = [
            Trigger::new("b", Lexicon::Slogan, 0),
            Trigger::new("abc", Lexicon::Slogan, 1),
            Trigger::new("ab", Lexicon::Date, 2),
            Trigger::new("two establishments", Lexicon::Official, 3),
            Trigger::new("establishments, ab", Lexicon::Official, 4),
        ];
        let nfa = Prefilter::with_dfa_after(&triggers, usize::MAX);
        let dfa = Prefilter::with_dfa_after(&triggers, 0);
        let text = "xabcab, Two Establishments, ab abc b ".repeat(80);
        assert!(text.len() > 2 * TWO_WALKS_FROM);
        for end in (TWO_WALKS_FROM - 40..text.len()).step_by(7) {
            assert_eq!(dfa.scan(&text[..end]), nfa.scan(&text[..end]), "{end}");
        }
        assert_eq!(dfa.scan(&text), nfa.scan(&text));
        assert!(dfa.has_dfa());
    }
}
