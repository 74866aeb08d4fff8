//! Officials and their titles (SPEC section 2).
//!
//! The prefilter finds the anchors of a name: title heads (`Secretary`, `Vice-Chairmen`,
//! `书记`, `副主席`), honorifics (`Comrade`, `Mr.`, `同志`) and verbs of the meeting
//! (`presided`, `attended`, `主持`, `出席`). Each paragraph holding an anchor is read once by
//! the reader of its language (`en.rs`, `zh.rs`), which finds the names in it and ties the
//! titles to them (a Chinese one that only a verb of saying anchors, `会议强调`, is read
//! only if a name may stand in it, as its other hits tell):
//!
//! - a title before the name (`General Secretary Xi Jinping`, `区委书记张三`), after it
//!   (`Zheng Hong, Member of ...`, `习近平总书记`), or shared by a list before or after it
//!   (`Vice-Chairmen of the CPPCC A, B`, `A, B, District ... Vice-Chairmen`,
//!   `副主席何新跃、杨仁清`, `A、B等党和国家领导人`);
//! - coordinated heads sharing their organisation (`Secretary and Chairman of X`,
//!   `区政协党组书记、主席`);
//! - a person who presides, attends or speaks without a title.
//!
//! This module merges what the readers found into one [`Official`] per person: the name of
//! the first full mention, every mention (full name, `Mr. Zheng`, a bare surname that
//! speaks, `He`/`She` opening a sentence right after one about the person), and the titles
//! of every mention without duplicates. A name that nothing anchors (an author, an editor,
//! a photographer, `Lei Feng`) is not an official; nor is a name inside a formulation
//! (`Xi Jinping Thought`, `习近平新时代中国特色社会主义思想`).

mod en;
mod zh;

use std::collections::HashMap;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use once_cell::sync::Lazy;

use crate::document::Document;
use crate::extraction::{Language, Mention, Official};
use crate::lexicon;
use crate::prefilter::{Hit, Hits, Lexicon, Trigger};

/// A name found by a reader: one mention, with the titles given to it there.
#[derive(Debug, Clone)]
struct Found {
    /// The mention span (with `Mr.` where written before a surname).
    start: usize,
    end: usize,
    /// The name as written, without honorifics.
    name: Written,
    /// The surname as written (an empty span where there is none), for bare-surname
    /// mentions to find their person.
    surname: Range<usize>,
    titles: Vec<String>,
    /// Something in the text makes the person an official here.
    anchored: bool,
    /// A bare surname (`Li urged`, `Mr. Li`, `General Secretary Xi`).
    short: bool,
    /// The subject of a verb of the meeting: whom a following `He`/`She` means.
    subject: bool,
    /// A surname and a given name of pinyin syllables, as the English reader found them
    /// (`Xi Jinping`): no Western name, which `more_western` need not split and ask again.
    pinyin: bool,
}

/// A name as written: a span of the text, or, where its words stand apart by other white
/// space than one space (a name cut by a line break), its words between single spaces.
/// Most names are spans: a find then costs no `String`.
#[derive(Debug, Clone)]
enum Written {
    Span(Range<usize>),
    Spaced(String),
}

impl Found {
    /// The name as written, of `text` the text read.
    fn name_in<'a>(&'a self, text: &'a str) -> &'a str {
        match &self.name {
            Written::Span(r) => text.get(r.clone()).unwrap_or_default(),
            Written::Spaced(s) => s,
        }
    }
}

/// A title head of the English lexicon, as lower-case words.
#[derive(Debug)]
struct EnHead {
    words: Vec<String>,
    /// The singular as the lexicon writes it.
    singular: String,
    plural: bool,
    /// A head that names its own level (`District Mayor`): it never borrows an organisation.
    own_level: bool,
}

/// The hash of rustc (FxHash): the lexicons are looked up for nearly every word and
/// character read, where SipHash cost more than the rest of the lookup. The keys are the
/// lexicons' own, not chosen by the text's author, so a keyed hash buys nothing.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(
                c.try_into().expect("a chunk of 8 bytes"),
            ));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Set<T> = HashSet<T, BuildHasherDefault<FxHasher>>;
type Map<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The lexicons of this extractor, parsed once.
struct Lexicons {
    en_heads: Vec<EnHead>,
    /// First word of a head -> heads starting with it, longest first.
    en_first: Map<String, Vec<usize>>,
    zh_heads: Set<&'static str>,
    pinyin: Set<String>,
    /// The longest syllable, in bytes: a longer word is no syllable.
    pinyin_max: usize,
    en_surnames: Set<String>,
    /// The longest surname, in bytes.
    en_surname_max: usize,
    en_surname_filter: WordFilter,
    zh_surnames: CharSet,
    zh_compound: Set<&'static str>,
    /// Lower-case words that may stand in an organisation phrase (`party`, `district`).
    org_words: Set<String>,
}

const TITLES_TSV: &str = include_str!("../../data/titles.tsv");
const ORGS_TSV: &str = include_str!("../../data/orgs.tsv");
const SURNAMES_TSV: &str = include_str!("../../data/surnames.tsv");
const PINYIN_TXT: &str = include_str!("../../data/pinyin_syllables.txt");

static LEX: Lazy<Lexicons> = Lazy::new(|| {
    let mut en_heads = Vec::new();
    let mut zh_heads = Set::default();
    let mut level_words = HashSet::new();
    let mut org_words = Set::default();
    for row in lexicon::rows(ORGS_TSV, "data/orgs.tsv", 3).expect("data/orgs.tsv is valid") {
        if row.get(0) != "en" {
            continue;
        }
        for w in row.get(1).split_whitespace() {
            let w = w.to_lowercase();
            if !matches!(w.as_str(), "of" | "the" | "and" | "for" | "on") {
                if row.get(2) == "level" {
                    level_words.insert(w.clone());
                }
                org_words.insert(w);
            }
        }
    }
    for row in lexicon::rows(TITLES_TSV, "data/titles.tsv", 2).expect("data/titles.tsv is valid") {
        match row.get(0) {
            "en" => {
                let singular = row.get(1).to_string();
                // (a mayor or governor heads a city or province by the word: `Provincial
                // Party Committee Deputy Secretary and Governor` gives no Party Committee
                // governor)
                // (past its rank: `Deputy County Magistrate`, `Executive Deputy Mayor`)
                let own_level = singular
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .find(|w| {
                        !matches!(
                            w.as_str(),
                            "deputy" | "vice" | "executive" | "acting" | "full-time" | "first"
                        )
                    })
                    .is_some_and(|w| level_words.contains(&w))
                    || singular.ends_with("Mayor")
                    || singular.ends_with("Governor");
                for (form, plural) in [(row.get(1), false), (row.get(2), true)] {
                    if form.is_empty() {
                        continue;
                    }
                    en_heads.push(EnHead {
                        words: form.split_whitespace().map(str::to_lowercase).collect(),
                        singular: singular.clone(),
                        plural,
                        own_level,
                    });
                }
            }
            "zh" => {
                zh_heads.insert(row.get(1));
            }
            _ => {}
        }
    }
    let mut en_first: Map<String, Vec<usize>> = Map::default();
    for (i, h) in en_heads.iter().enumerate() {
        en_first.entry(h.words[0].clone()).or_default().push(i);
    }
    for list in en_first.values_mut() {
        list.sort_by_key(|&i| std::cmp::Reverse(en_heads[i].words.len()));
    }
    let mut en_surnames = Set::default();
    let mut zh_surnames = CharSet::default();
    let mut zh_compound = Set::default();
    for row in
        lexicon::rows(SURNAMES_TSV, "data/surnames.tsv", 4).expect("data/surnames.tsv is valid")
    {
        en_surnames.insert(fold_pinyin(row.get(2)));
        let forms = std::iter::once(row.get(0)).chain(row.alternatives(1));
        for f in forms {
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => {
                    zh_surnames.insert(c);
                }
                (Some(_), Some(_)) => {
                    zh_compound.insert(f);
                }
                _ => {}
            }
        }
    }
    let pinyin: Set<String> = PINYIN_TXT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(syllable_form)
        .collect();
    let en_surname_max = en_surnames.iter().map(String::len).max().unwrap_or(0);
    let mut en_surname_filter = WordFilter::default();
    for w in &en_surnames {
        en_surname_filter.insert(w);
    }
    let pinyin_max = pinyin.iter().map(String::len).max().unwrap_or(0);
    Lexicons {
        en_heads,
        en_first,
        zh_heads,
        pinyin,
        pinyin_max,
        en_surnames,
        en_surname_max,
        en_surname_filter,
        zh_surnames,
        zh_compound,
        org_words,
    }
});

/// Lower case, with the spellings of ü folded (`Lü`, `Lv`, `Lyu` and `Lu` are one name).
fn fold_pinyin(s: &str) -> String {
    fold_owned(s.to_string())
}

/// `fold_pinyin`, reusing the String where it can.
fn fold_owned(mut s: String) -> String {
    // ASCII and Han only: lower case is ASCII lower case, and there is no ü
    if s.chars().all(ascii_or_han) {
        s.make_ascii_lowercase();
        if !folds(s.as_bytes()) {
            return s;
        }
        let mut out = String::with_capacity(s.len());
        push_spellings_folded(&s, &mut out);
        return out;
    }
    // lv, nv -> lu, nu: one person written two ways stays one person
    let s = syllable_form(&s);
    let mut out = String::with_capacity(s.len());
    push_spellings_folded(&s, &mut out);
    out
}

/// Appends `s` (in lower case) to `out` with `lyu`, `nyu`, `lv` and `nv` written `lu` and
/// `nu`: what the four replacements one after the other make of it, in one pass and
/// without a `String` each. One pass does the same: the four never overlap, and what one
/// writes (`lu`, `nu`) neither makes nor breaks a match of another.
fn push_spellings_folded(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i + 1 < b.len() {
        let skip = match (b[i], b[i + 1], b.get(i + 2)) {
            (b'l' | b'n', b'v', _) => 2,
            (b'l' | b'n', b'y', Some(b'u')) => 3,
            _ => 0,
        };
        if skip == 0 {
            i += 1;
            continue;
        }
        // the `l` or `n` is ASCII: the cuts fall between characters
        out.push_str(&s[from..=i]);
        out.push('u');
        i += skip;
        from = i;
    }
    out.push_str(&s[from..]);
}

/// Does `c` lower-case as ASCII does, with no ü to fold?
fn ascii_or_han(c: char) -> bool {
    c.is_ascii() || crate::document::is_han(c)
}

/// Lower case with ü written `v`, as the syllable table is checked.
fn syllable_form(s: &str) -> String {
    s.to_lowercase().replace('ü', "v")
}

/// Is the lower-case word `lower` an English (pinyin) surname, its ü spellings folded?
/// Folding allocates, so it is done only for a word it may change: one with a letter
/// beyond ASCII or a `lv`, `nv`, `lyu`, `nyu` in it.
fn is_en_surname(lower: &str) -> bool {
    if !lower.is_ascii() {
        return LEX.en_surnames.contains(&fold_pinyin(lower));
    }
    let b = lower.as_bytes();
    // folding an ASCII word shortens it by a third at most (`lyu` -> `lu`)
    if 2 * b.len() > 3 * LEX.en_surname_max {
        return false;
    }
    if folds(b) {
        LEX.en_surnames.contains(&fold_pinyin(lower))
    } else {
        LEX.en_surname_filter.may_hold(lower) && LEX.en_surnames.contains(lower)
    }
}

/// Does an ASCII word hold a spelling of ü that folding rewrites (`lv`, `nv`, `lyu`,
/// `nyu`, in any case)?
fn folds(b: &[u8]) -> bool {
    // `| 0x20` lowers an ASCII letter and maps nothing else onto one of these
    let is = |c: u8, l: u8| c | 0x20 == l;
    let ln = |c: u8| is(c, b'l') || is(c, b'n');
    // each spelling has a `v` or a `y` after its first letter, which most names lack: one
    // look at each byte for those, not the pairs and triples of every name
    if !b.iter().skip(1).any(|&c| is(c, b'v') || is(c, b'y')) {
        return false;
    }
    b.windows(2).any(|w| ln(w[0]) && is(w[1], b'v'))
        || b.windows(3)
            .any(|w| ln(w[0]) && is(w[1], b'y') && is(w[2], b'u'))
}

/// A set of characters as a bitmap over the Basic Multilingual Plane, and a list beyond
/// it: looked up for each character of a Chinese paragraph, where a hash cost more.
#[derive(Clone)]
struct CharSet {
    bmp: Vec<u64>,
    astral: Vec<char>,
}

impl Default for CharSet {
    fn default() -> CharSet {
        CharSet {
            bmp: vec![0; 0x10000 / 64],
            astral: Vec::new(),
        }
    }
}

impl CharSet {
    fn insert(&mut self, c: char) {
        let n = c as usize;
        if n < 0x10000 {
            self.bmp[n / 64] |= 1 << (n % 64);
        } else if !self.astral.contains(&c) {
            self.astral.push(c);
        }
    }
    #[inline(always)]
    fn contains(&self, c: char) -> bool {
        let n = c as usize;
        if n < 0x10000 {
            self.bmp[n / 64] & (1 << (n % 64)) != 0
        } else {
            self.astral.contains(&c)
        }
    }
}

impl FromIterator<char> for CharSet {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> CharSet {
        let mut set = CharSet::default();
        for c in iter {
            set.insert(c);
        }
        set
    }
}

/// A filter over the words of a set by their length, first and last byte: most words of
/// a text are in no lexicon, and this tells so without hashing the word.
struct WordFilter([u64; 64]);

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter([0; 64])
    }
}

impl WordFilter {
    fn slot(w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = (
            b.first().copied().unwrap_or(0),
            b.last().copied().unwrap_or(0),
        );
        (usize::from(first) * 31 + usize::from(last) * 7 + b.len()) & 4095
    }
    fn insert(&mut self, w: &str) {
        let k = Self::slot(w);
        self.0[k / 64] |= 1 << (k % 64);
    }
    /// False only for a word never inserted.
    fn may_hold(&self, w: &str) -> bool {
        let k = Self::slot(w);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

// English: verbs of the meeting and honorifics that anchor a name.
/// The heads of `titles.tsv` that are academic and professional ranks, in both languages
/// (English in the singular): a rank takes its institution after `at` in English (`a
/// research fellow at the Chinese Academy of Social Sciences`, `a senior engineer at …
/// Institute`), and names a group as well as a title (`广大院士`).
pub(crate) const ACADEMIC_RANKS: &[&str] = &[
    "Researcher",
    "Research Fellow",
    "Associate Research Fellow",
    "Professor",
    "Associate Professor",
    "Academician",
    "Lecturer",
    "Senior Engineer",
    "Engineer",
    "Partner",
    "Senior Partner",
    "Lawyer",
    "研究员",
    "研究員",
    "副研究员",
    "副研究員",
    "教授",
    "副教授",
    "院士",
    "高级工程师",
    "高級工程師",
    "工程师",
    "工程師",
];

const EN_TRIGGERS: &[&str] = &[
    "comrade",
    "mr.",
    "ms.",
    "mrs.",
    "madam",
    "presided",
    "presides",
    "chaired",
    "attended",
    "participated",
    "delivered",
    "emphasized",
    "emphasised",
    "stressed",
    "pointed out",
    "said",
    "noted",
    "urged",
    "conveyed",
    "reported",
    "hosted",
    "addressed",
    "signed",
    "leaders",
];

// Chinese: verbs of the meeting, honorifics and group labels.
const ZH_TRIGGERS: &[&str] = &[
    "同志",
    "主持",
    "出席",
    "列席",
    "参加",
    "參加",
    "讲话",
    "講話",
    "发言",
    "發言",
    "致辞",
    "致辭",
    "指出",
    "强调",
    "強調",
    "表示",
    "传达",
    "傳達",
    "通报",
    "通報",
    "汇报",
    "匯報",
    "领导人",
    "領導人",
    "夫人",
    "监誓",
    "監誓",
];

/// Is `word` one or two pinyin syllables (`Beijing`, `Chongqing`), as a given name is?
pub(crate) fn is_pinyin_word(word: &str) -> bool {
    en::is_given(word.as_bytes())
}

/// What a trigger of this extractor is, as its entry: a word that anchors the paragraph
/// it stands in, which is read for names.
const ANCHOR: u32 = 0;

/// A verb of saying (`SAYING_WORDS`): it anchors its paragraph, where the speakers of
/// other paragraphs are mentioned again (`zh::more_mentions`), but opens and closes no
/// list of names.
const SAYING: u32 = 1;

/// A word that anchors nothing but on which a Chinese list of names may close (the verbs
/// of the meeting that are no anchor: `当选`, `任命`, `代表` ...): found so that a paragraph
/// is known to hold none before it is read (`zh::read`).
const LIST_WORD: u32 = 2;

/// A mark that ends a sentence before a Chinese list of names may open, of those the
/// shared scan finds for no other lexicon (`：`, U+3000): found for the same reason.
const SENTENCE_END: u32 = 3;

/// A Chinese head that is neither a verb of the meeting nor a label (`主任`, `常委`): an
/// anchor, which names a body, and no one, where a body's character follows it
/// (`主任会议`, `常委会`: `zh::read`).
const HEAD: u32 = 4;

/// The verbs of saying among `ZH_TRIGGERS`.
const SAYING_WORDS: &[&str] = &["指出", "强调", "強調", "表示"];

/// The triggers of this extractor.
pub(crate) fn triggers(out: &mut Vec<Trigger>) {
    let lex = &*LEX;
    let mut seen = HashSet::new();
    for h in &lex.en_heads {
        let p = h.words.join(" ");
        if seen.insert(p.clone()) {
            out.push(Trigger::new(p, Lexicon::Official, 0));
        }
    }
    for h in &lex.zh_heads {
        if seen.insert(h.to_string()) {
            let entry = if zh::is_verb_or_label(h) {
                ANCHOR
            } else {
                HEAD
            };
            out.push(Trigger::new(*h, Lexicon::Official, entry));
        }
    }
    for t in EN_TRIGGERS.iter().chain(ZH_TRIGGERS).chain(zh::LABELS) {
        if seen.insert(t.to_string()) {
            let entry = if SAYING_WORDS.contains(t) {
                SAYING
            } else {
                ANCHOR
            };
            out.push(Trigger::new(*t, Lexicon::Official, entry));
        }
    }
    for t in zh::list_words() {
        if seen.insert(t.to_string()) {
            out.push(Trigger::new(t, Lexicon::Official, LIST_WORD));
        }
    }
    for t in zh::MARKED_SENTENCE_ENDS {
        if seen.insert(t.to_string()) {
            out.push(Trigger::new(t, Lexicon::Official, SENTENCE_END));
        }
    }
}

/// Officials in order of first mention.
/// The longest stretch of text read at once. Reading a unit costs more than linear time
/// in its length; a real paragraph is a few kilobytes, and a longer unit (a page without
/// line breaks, or hostile input) is read in pieces that end at a sentence end.
const MAX_UNIT: usize = 8 * 1024;

/// `unit` cut into pieces of at most `MAX_UNIT` bytes, at sentence ends where there are,
/// each given to `read` in turn.
fn pieces(doc: &Document, unit: Range<usize>, mut read: impl FnMut(Range<usize>)) {
    let mut start = unit.start;
    while unit.end - start > MAX_UNIT {
        let limit = start + MAX_UNIT;
        let i = doc.sentences.partition_point(|s| s.end <= limit);
        let end = match i.checked_sub(1).map(|j| doc.sentences[j].end) {
            Some(e) if e > start => e,
            _ => {
                let mut e = limit;
                while !doc.text.is_char_boundary(e) {
                    e -= 1;
                }
                e
            }
        };
        read(start..end);
        start = end;
    }
    read(start..unit.end);
}

/// The buffers of `extract`, kept from one text to the next: allocating them for each
/// text cost more than the merge itself.
#[derive(Default)]
struct Scratch {
    units: Vec<Range<usize>>,
    found: Vec<Found>,
    merge: Merging,
}

/// The buffers of `merge`.
#[derive(Default)]
struct Merging {
    /// The keys of the finds, one after another, and the span of each.
    keys: String,
    key_at: Vec<Range<usize>>,
    people: Vec<Person>,
    said: Vec<Said>,
    kept: Vec<Option<usize>>,
    /// Each person's first mention, index and mentions in `said`.
    order: Vec<(usize, usize, Range<usize>)>,
    named: Vec<At>,
    resolved: Vec<At>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

pub(crate) fn extract(doc: &Document, hits: &Hits) -> Vec<Official> {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => extract_with(doc, hits, &mut sc),
        // never taken: a text is not read inside another
        Err(_) => extract_with(doc, hits, &mut Scratch::default()),
    })
}

fn extract_with(doc: &Document, hits: &Hits, sc: &mut Scratch) -> Vec<Official> {
    let text = doc.text;
    // each paragraph holding an anchor is read once; a paragraph cut by a single line
    // break (no closing punctuation) is read with the line that follows
    let Scratch {
        units,
        found,
        merge: bufs,
    } = sc;
    units.clear();
    found.clear();
    let breaks = hits.of(Lexicon::Break);
    let hits = hits.of(Lexicon::Official);
    for h in hits
        .iter()
        .filter(|h| matches!(h.entry, ANCHOR | HEAD | SAYING))
    {
        if units.last().is_some_and(|u| h.start < u.end) {
            continue;
        }
        let Some(mut i) = doc.paragraph_index(h.start) else {
            continue;
        };
        let p = &doc.paragraphs[i];
        if h.start >= p.end {
            continue;
        }
        let start = p.start;
        while i + 1 < doc.paragraphs.len()
            && wrapped(text, &doc.paragraphs[i], &doc.paragraphs[i + 1])
        {
            i += 1;
        }
        units.push(start..doc.paragraphs[i].end);
    }
    for u in units.iter() {
        pieces(doc, u.clone(), |piece| match doc.language_at(piece.start) {
            Language::Zh => zh::read(text, piece.clone(), hits_in(hits, piece), breaks, found),
            // an English text's lower case is made once for all its English readers (a
            // Chinese text's English paragraph is lowered alone)
            _ if doc.language == Language::En => {
                let lower = &doc.lowered()[piece.clone()];
                en::read(text, Some(lower), piece, found)
            }
            _ => en::read(text, None, piece, found),
        });
    }
    // only a name in Han characters is looked for again: where every name anchored is
    // ASCII (an English text), there is none to look for
    if found
        .iter()
        .any(|f| f.anchored && !f.name_in(text).is_ascii())
    {
        zh::more_mentions(text, units, found);
    }
    more_western(text, found);
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    // overlapping finds: the first (longest) wins, its titles merged
    found.dedup_by(|f, last| {
        if f.start >= last.end {
            return false;
        }
        if f.name_in(text) == last.name_in(text) {
            for t in f.titles.drain(..) {
                if !last.titles.contains(&t) {
                    last.titles.push(t);
                }
            }
            last.anchored |= f.anchored;
        }
        true
    });
    let out = merge(doc, found, bufs);
    found.clear();
    out
}

/// A Western name (`Erik Holm`) is read only beside a title or in a list of names: each
/// other place the text writes an anchored one in full is a mention of it (`Erik Holm
/// said`, `Mayor Yan Qiuping and Erik Holm attended`). Few texts name a Western official,
/// so most return at the first line.
fn more_western(text: &str, found: &mut Vec<Found>) {
    let western =
        |n: &str| n.is_ascii() && n.contains(' ') && !n.split(' ').skip(1).all(is_pinyin_word);
    // (an empty list allocates nothing: most texts end here); a pinyin name is told
    // without its words, most of those anchored in English
    let mut names: Vec<String> = found
        .iter()
        .filter(|f| f.anchored && !f.pinyin)
        .map(|f| f.name_in(text))
        .filter(|n| western(n))
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        return;
    }
    names.sort_unstable();
    names.dedup();
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut more = Vec::new();
    for n in &names {
        for (i, _) in text.match_indices(n.as_str()) {
            let e = i + n.len();
            let whole =
                !word_char(text[..i].chars().next_back()) && !word_char(text[e..].chars().next());
            if whole && !found.iter().any(|f| f.start < e && i < f.end) {
                more.push(Found {
                    start: i,
                    end: e,
                    name: Written::Span(i..e),
                    surname: i..i,
                    titles: Vec::new(),
                    anchored: false,
                    short: false,
                    subject: false,
                    pinyin: false,
                });
            }
        }
    }
    found.extend(more);
}

/// The hits (in order of `start`) that start in `range`.
fn hits_in(hits: &[Hit], range: Range<usize>) -> &[Hit] {
    let from = hits.partition_point(|h| h.start < range.start);
    let to = hits.partition_point(|h| h.start < range.end);
    &hits[from..to.max(from)]
}

/// Is `next` the continuation of `p`, cut by one line break inside a sentence?
fn wrapped(text: &str, p: &crate::document::Paragraph, next: &crate::document::Paragraph) -> bool {
    // English paragraphs only: the languages first, before any slicing of the text
    if p.language != Language::En || next.language != Language::En {
        return false;
    }
    let gap = &text[p.end..next.start];
    let ends_open = !text[..p.end].ends_with(|c: char| {
        matches!(
            c,
            '.' | '!' | '?' | '。' | '！' | '？' | ':' | '：' | ';' | '；' | '”' | '"' | ')' | '）'
        )
    });
    ends_open
        && gap.matches('\n').count() + gap.matches('\r').count() - gap.matches("\r\n").count() == 1
        && text[next.start..].starts_with(|c: char| c.is_alphabetic())
}

/// The key that makes two written names one person.
/// The forms in column `column` of the built-in slogan catalogue (3: Chinese, 4: English)
/// that `keep` takes: the catalogue's bodies of thought, which hold a name that is no
/// official's mention (read once by each reader that asks).
fn slogan_forms(column: usize, keep: impl Fn(&str) -> bool) -> Vec<&'static str> {
    let rows = crate::lexicon::rows(crate::slogans::BUILTIN_TSV, "data/slogans.tsv", 5)
        .unwrap_or_default();
    rows.iter()
        .flat_map(|row| row.alternatives(column))
        .filter(|w| keep(w))
        .collect()
}

#[cfg(test)]
fn name_key(name: &str) -> String {
    let mut key = String::new();
    push_name_key(name, &mut key);
    key
}

/// Appends the key of `name` to `key`: the name without spaces, hyphens, apostrophes
/// and dots, in lower case, with the spellings of ü folded. Only a name with a letter
/// beyond ASCII and Han, or with a spelling to fold, costs a `String`.
fn push_name_key(name: &str, key: &mut String) {
    let from = key.len();
    let mut plain = true;
    if name.is_ascii() {
        // nearly every English name: a byte is a character, and the runs between the
        // characters dropped are copied whole, then lowered (a character pushed at a
        // time cost about thirty instructions)
        let mut run = 0;
        for (i, b) in name.bytes().enumerate() {
            if matches!(b, b'\t'..=b'\r' | b' ' | b'-' | b'\'' | b'.') {
                key.push_str(&name[run..i]);
                run = i + 1;
            }
        }
        key.push_str(&name[run..]);
        key[from..].make_ascii_lowercase();
    } else if all_han(name) {
        // a name in Han characters alone is its own key
        key.push_str(name);
        return;
    } else {
        for c in name.chars() {
            if c.is_whitespace() || matches!(c, '-' | '’' | '\'' | '·' | '•' | '.') {
                continue;
            }
            plain &= ascii_or_han(c);
            key.push(c.to_ascii_lowercase());
        }
    }
    if !plain {
        let folded = fold_pinyin(&key[from..]);
        key.truncate(from);
        key.push_str(&folded);
    } else if folds(&key.as_bytes()[from..]) {
        // in lower case already
        let tail = key.split_off(from);
        push_spellings_folded(&tail, key);
    }
}

/// Is every character of `s` Han? Most names are characters of U+5000..U+9FFF, whose
/// UTF-8 opens with a byte of 0xE5..0xE9 and runs three bytes: those are told apart by
/// every third byte, without decoding.
fn all_han(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() % 3 == 0 && b.iter().step_by(3).all(|x| (0xE5..=0xE9).contains(x)))
        || s.chars().all(crate::document::is_han)
}

/// Does `surname` compare as its ASCII lower case (ASCII and Han, no ü to fold)?
fn plain_surname(surname: &str) -> bool {
    surname.chars().all(ascii_or_han) && !folds(surname.as_bytes())
}

/// Are the surnames `a` and `b` as written one surname, their ü spellings folded? `plain`
/// says whether each is `plain_surname`: two such compare without a `String`.
fn same_surname(a: &str, b: &str, plain: (bool, bool)) -> bool {
    if plain.0 && plain.1 {
        a.eq_ignore_ascii_case(b)
    } else {
        fold_pinyin(a) == fold_pinyin(b)
    }
}

/// A person while the finds merge.
struct Person {
    /// The find that names the person: its first full mention.
    named_by: usize,
    /// The surname as written there.
    surname: Range<usize>,
    /// The surname is `plain_surname`.
    plain: bool,
    titles: Vec<String>,
    anchored: bool,
    /// The start of the first mention.
    first: usize,
    /// While bare surnames are read, in text order: the start of the last full mention
    /// before the one read, and of the last bare surname given to the person.
    last_full: Option<usize>,
    last_short: Option<usize>,
}

impl Person {
    /// A person named by the find `named_by`, `f`, without titles or mentions yet;
    /// `plain` whether its surname is `plain_surname`, if that is known yet.
    fn new(named_by: usize, f: &Found, plain: bool, anchored: bool) -> Person {
        Person {
            named_by,
            surname: f.surname.clone(),
            plain,
            titles: Vec::new(),
            anchored,
            first: usize::MAX,
            last_full: None,
            last_short: None,
        }
    }

    /// Adds the titles not held yet, moved out of `titles`.
    fn add_titles(&mut self, mut titles: Vec<String>) {
        if titles.len() <= 1 && self.titles.is_empty() {
            self.titles = titles;
            return;
        }
        if self.titles.is_empty() {
            // the list itself, without its repetitions
            let mut kept = 0;
            for j in 0..titles.len() {
                if !titles[..kept].contains(&titles[j]) {
                    titles.swap(kept, j);
                    kept += 1;
                }
            }
            titles.truncate(kept);
            self.titles = titles;
            return;
        }
        for t in titles {
            if !self.titles.contains(&t) {
                self.titles.push(t);
            }
        }
    }
}

/// Past this many keys, `KeyIndex` keeps them in a map.
const FEW_KEYS: usize = 16;

/// The person of each name key while the finds merge. A document names a few people
/// mostly: their keys are compared one by one, on the stack, where a map would hash
/// each key and allocate its table for each document; past `FEW_KEYS`, a map.
struct KeyIndex<'k> {
    /// The few keys, each with its `fingerprint`, which is compared first.
    few: [(u64, &'k str, usize); FEW_KEYS],
    len: usize,
    many: Option<Map<&'k str, usize>>,
}

impl Default for KeyIndex<'_> {
    fn default() -> Self {
        KeyIndex {
            few: [(0, "", 0); FEW_KEYS],
            len: 0,
            many: None,
        }
    }
}

impl<'k> KeyIndex<'k> {
    #[inline]
    fn get(&self, key: &str) -> Option<usize> {
        match &self.many {
            Some(m) => m.get(key).copied(),
            None => self.find(fingerprint(key), key).map(|e| self.few[e].2),
        }
    }

    /// The person of `key`, made by `new` if there is none.
    #[inline]
    fn get_or_insert_with(&mut self, key: &'k str, new: impl FnOnce() -> usize) -> usize {
        if let Some(m) = &mut self.many {
            return *m.entry(key).or_insert_with(new);
        }
        let f = fingerprint(key);
        if let Some(e) = self.find(f, key) {
            return self.few[e].2;
        }
        let i = new();
        self.push(f, key, i);
        i
    }

    /// Sets the person of `key`, as `HashMap::insert`.
    fn insert(&mut self, key: &'k str, i: usize) {
        if let Some(m) = &mut self.many {
            m.insert(key, i);
            return;
        }
        let f = fingerprint(key);
        match self.find(f, key) {
            Some(e) => self.few[e].2 = i,
            None => self.push(f, key, i),
        }
    }

    /// The slot of `key`, of fingerprint `f`, among the few.
    #[inline]
    fn find(&self, f: u64, key: &str) -> Option<usize> {
        self.few[..self.len]
            .iter()
            .position(|e| e.0 == f && e.1 == key)
    }

    /// Adds a key not held yet; past `FEW_KEYS`, all go into a map.
    fn push(&mut self, f: u64, key: &'k str, i: usize) {
        if let Some(e) = self.few.get_mut(self.len) {
            *e = (f, key, i);
            self.len += 1;
        } else {
            let mut m: Map<&str, usize> = self.few.iter().map(|e| (e.1, e.2)).collect();
            m.insert(key, i);
            self.many = Some(m);
        }
    }
}

/// The first eight bytes of a name or key (its first two characters and more, in Han)
/// and its length: names that differ mostly differ here, so a name is compared whole
/// only with those of the same fingerprint.
fn fingerprint(key: &str) -> u64 {
    let b = key.as_bytes();
    let head = match b.first_chunk::<8>() {
        Some(h) => u64::from_le_bytes(*h),
        None => b.iter().fold(0, |k, &x| k << 8 | u64::from(x)),
    };
    head ^ (b.len() as u64).rotate_right(8)
}

/// A mention while the finds merge: start, end, whether it is the subject of a verb, and
/// its person. The mentions of all people are one list, not one list each.
type Said = (usize, usize, bool, usize);

fn merge(doc: &Document, found: &mut [Found], bufs: &mut Merging) -> Vec<Official> {
    let text = doc.text;
    let Merging {
        keys,
        key_at,
        people,
        said,
        kept,
        order,
        named,
        resolved,
    } = bufs;
    keys.clear();
    key_at.clear();
    people.clear();
    said.clear();
    // the keys of the finds that may name a person, in one buffer that the map borrows
    for f in found.iter() {
        let from = keys.len();
        if !f.short || !f.titles.is_empty() {
            push_name_key(f.name_in(text), keys);
        }
        key_at.push(from..keys.len());
    }
    let keys = &keys[..];
    let key = |j: usize| &keys[key_at[j].clone()];
    // a key to its person; the titles of the finds move into the people
    let mut by_key = KeyIndex::default();
    for (j, f) in found.iter_mut().enumerate().filter(|(_, f)| !f.short) {
        let i = by_key.get_or_insert_with(key(j), || {
            people.push(Person::new(j, f, false, false));
            people.len() - 1
        });
        let p = &mut people[i];
        p.anchored |= f.anchored;
        p.add_titles(std::mem::take(&mut f.titles));
        p.first = p.first.min(f.start);
        said.push((f.start, f.end, f.subject, i));
    }
    // the full mentions, by start (the finds are, and overlap none), walked along with
    // the bare surnames: each person's last one before a bare surname is known without
    // a look at every mention for each surname
    let full = said.len();
    let mut next_full = 0;
    // the people nothing anchors are left out of what follows, and of the result
    // a bare surname: the person of that surname mentioned last before it, else next after
    let surname_of = |p: &Person| text.get(p.surname.clone()).unwrap_or_default();
    // whether each surname is plain is read only once a bare surname needs it
    let mut plain_known = false;
    for (j, f) in found.iter_mut().enumerate().filter(|(_, f)| f.short) {
        if !plain_known {
            for p in people.iter_mut() {
                p.plain = plain_surname(surname_of(p));
            }
            plain_known = true;
        }
        while next_full < full && said[next_full].0 < f.start {
            let (s, _, _, i) = said[next_full];
            people[i].last_full = Some(s);
            next_full += 1;
        }
        let surname = text.get(f.surname.clone()).unwrap_or_default();
        let plain = plain_surname(surname);
        // the last mention before, and the first, of a person of the surname (the bare
        // surnames given before this one all stand before it)
        let mut before: Option<(usize, usize)> = None;
        let mut first: Option<(usize, usize)> = None;
        for (i, p) in people.iter().enumerate() {
            if !p.anchored || !same_surname(surname_of(p), surname, (p.plain, plain)) {
                continue;
            }
            if let Some(s) = p.last_full.max(p.last_short) {
                before = before.max(Some((s, i)));
            }
            if first.is_none_or(|m| (p.first, i) < m) {
                first = Some((p.first, i));
            }
        }
        let target = match before.or(first) {
            Some((_, i)) => Some(i),
            None if !f.titles.is_empty() => {
                // a surname with a title and no one before: a person of its own, one
                // per key
                match by_key.get(key(j)) {
                    Some(i) if people[i].anchored => Some(i),
                    _ => {
                        by_key.insert(key(j), people.len());
                        people.push(Person::new(j, f, plain, true));
                        Some(people.len() - 1)
                    }
                }
            }
            None => None,
        };
        if let Some(i) = target {
            let p = &mut people[i];
            p.add_titles(std::mem::take(&mut f.titles));
            p.first = p.first.min(f.start);
            p.last_short = Some(f.start);
            said.push((f.start, f.end, f.subject, i));
        }
    }
    // the people kept, numbered anew
    kept.clear();
    let mut n = 0;
    for p in people.iter() {
        kept.push(p.anchored.then_some(n));
        n += usize::from(p.anchored);
    }
    people.retain(|p| p.anchored);
    said.retain_mut(|m| match kept[m.3] {
        Some(i) => {
            m.3 = i;
            true
        }
        None => false,
    });
    pronouns(doc, said, named, resolved);
    said.sort_unstable_by_key(|m| (m.3, m.0, m.1, m.2));
    said.dedup();
    // each person's mentions, and the start of the first: the people in order of that
    order.clear();
    let mut k = 0;
    while k < said.len() {
        let i = said[k].3;
        let from = k;
        while k < said.len() && said[k].3 == i {
            k += 1;
        }
        order.push((said[from].0, i, from..k));
    }
    order.sort_unstable_by_key(|o| (o.0, o.1));
    order
        .iter()
        .map(|(_, i, r)| Official {
            name: found[people[*i].named_by].name_in(text).to_string(),
            titles: std::mem::take(&mut people[*i].titles),
            mentions: said[r.clone()]
                .iter()
                .map(|&(s, e, _, _)| Mention {
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                })
                .collect(),
        })
        .collect()
}

/// `He`/`She` (`他`/`她`) opening a sentence refers to the subject of the nearest sentence
/// before it in its paragraph that names someone; opening a paragraph, to the subject of
/// the paragraph before. The subject is the last person there who acts (presides, speaks,
/// stresses), else the first one named.
/// A mention as the pronoun pass looks at it: start, whether it acts, and its person.
type At = (usize, bool, usize);

/// The mentions of `sorted` that start inside `r`.
fn starting_in<'a>(sorted: &'a [At], r: &Range<usize>) -> &'a [At] {
    let lo = sorted.partition_point(|m| m.0 < r.start);
    let hi = sorted.partition_point(|m| m.0 < r.end);
    &sorted[lo..hi.max(lo)]
}

/// The last mention of either list that starts before `pos`.
fn last_before(a: &[At], b: &[At], pos: usize) -> Option<usize> {
    let last = |l: &[At]| l[..l.partition_point(|m| m.0 < pos)].last().map(|m| m.0);
    last(a).max(last(b))
}

fn pronouns(doc: &Document, said: &mut Vec<Said>, named: &mut Vec<At>, resolved: &mut Vec<At>) {
    let text = doc.text;
    // every mention, sorted, and the pronouns resolved so far (found in text order, so
    // sorted too): each sentence then looks its referent up instead of walking back over
    // every sentence and every mention, which took quadratic time on a long paragraph
    named.clear();
    named.extend(said.iter().map(|m| (m.0, m.2, m.3)));
    named.sort_unstable();
    resolved.clear();
    for si in 0..doc.sentences.len() {
        let s = &doc.sentences[si];
        // compared as bytes: a sentence starts on a character boundary, and most start
        // with none of these words
        let t = &text.as_bytes()[s.start..s.end];
        let han = (t.starts_with("他".as_bytes()) || t.starts_with("她".as_bytes()))
            && !["们", "們", "人", "的", "国", "國"]
                .iter()
                .any(|w| t[3..].starts_with(w.as_bytes()));
        let len = if t.starts_with(b"He ") {
            2
        } else if t.starts_with(b"She ") || han {
            3
        } else {
            continue;
        };
        let para = doc.paragraph_index(s.start).unwrap_or(0);
        // the last person there who acts (`Wu stressed`), else the first one named
        let subject = |r: Range<usize>, resolved: &[At]| {
            let (a, b) = (starting_in(named, &r), starting_in(resolved, &r));
            let inside = || a.iter().chain(b);
            inside()
                .filter(|m| m.1)
                .max()
                .or_else(|| inside().min())
                .map(|m| m.2)
        };
        // inside a paragraph: the subject of the nearest sentence naming someone, the
        // sentence of the last mention before this one
        // (one where someone acts before one that only names someone: `He said that … .
        // Linjiang will implement the instructions of General Secretary Xi Jinping … . He
        // hoped that …`: the second `He` is the first's)
        let mut referent = None;
        let mut naming = None;
        let mut before = s.start;
        while let Some(p) = last_before(named, resolved, before) {
            let Some(sj) = doc.sentence_index(p) else {
                break;
            };
            if doc.paragraph_index(doc.sentences[sj].start) != Some(para) {
                break;
            }
            let r = doc.sentences[sj].clone();
            if r.contains(&p) {
                let acts = starting_in(named, &r)
                    .iter()
                    .chain(starting_in(resolved, &r))
                    .any(|m| m.1);
                if acts {
                    referent = subject(r, resolved);
                    break;
                }
                naming = naming.or_else(|| subject(r.clone(), resolved));
                before = r.start;
                continue;
            }
            // a mention between sentences names no sentence: look before it
            before = p;
        }
        let mut referent = referent.or(naming);
        // opening a paragraph: the person the paragraph before is about
        if referent.is_none() && para > 0 {
            let p = &doc.paragraphs[para - 1];
            referent = subject(p.start..p.end, resolved);
        }
        if let Some(i) = referent {
            said.push((s.start, s.start + len, true, i));
            resolved.push((s.start, true, i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load() {
        let lex = &*LEX;
        assert!(lex.en_heads.len() > 100);
        assert!(lex.zh_heads.contains("副主席"));
        assert!(lex.pinyin.contains("zhen"));
        assert!(lex.en_surnames.contains("ouyang"));
        assert!(lex.zh_surnames.contains('施'));
        assert!(lex.zh_compound.contains("欧阳"));
        assert!(lex.org_words.contains("committee"));
    }

    #[test]
    fn one_pass_folds_as_the_four_replacements() {
        let four = |s: &str| {
            syllable_form(s)
                .replace("lyu", "lu")
                .replace("nyu", "nu")
                .replace("lv", "lu")
                .replace("nv", "nu")
        };
        for s in [
            "Lv", "LYU", "nv", "lvyu", "nlyu", "lyulv", "nyunv", "linvei", "l", "n", "ly", "lyv",
            "nnyu", "lvv", "吕lv", "Lyuu", "", "Lü", "lǘnv", "Élyu", "nüyu", "ñv",
        ] {
            assert_eq!(fold_pinyin(s), four(s), "{s}");
        }
    }

    #[test]
    fn the_key_index_answers_as_a_map_past_its_few_keys() {
        let keys: Vec<String> = (0..40).map(|k| format!("王{k}")).collect();
        let mut index = KeyIndex::default();
        let mut map: Map<&str, usize> = Map::default();
        for (i, k) in keys.iter().enumerate() {
            let got = index.get_or_insert_with(k, || i);
            assert_eq!(got, *map.entry(k).or_insert(i));
            // a key replaced, as `HashMap::insert` does
            if i % 7 == 0 {
                index.insert(&keys[i / 2], 100 + i);
                map.insert(&keys[i / 2], 100 + i);
            }
            for k in &keys {
                assert_eq!(index.get(k), map.get(k.as_str()).copied(), "{k}");
            }
        }
    }

    #[test]
    fn pinyin_spellings_fold() {
        assert_eq!(name_key("Lv Ming"), name_key("Lu Ming"));
        assert_eq!(name_key("Lü Ming"), name_key("Lyu Ming"));
    }

    #[test]
    fn ascii_names_lose_their_marks_and_capitals() {
        assert_eq!(name_key("Shi Baozhen"), "shibaozhen");
        assert_eq!(name_key("Ouyang\tJian"), "ouyangjian");
        assert_eq!(name_key(" Xi'an Li-Ming. "), "xianliming");
        assert_eq!(name_key("MR. J.-P. O'NEIL"), "mrjponeil");
        assert_eq!(name_key("..--''"), "");
        assert_eq!(name_key(""), "");
        let mut key = String::from("Kept");
        push_name_key("Zheng Hong", &mut key);
        assert_eq!(key, "Keptzhenghong");
    }
}
