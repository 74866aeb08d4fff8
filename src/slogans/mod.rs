//! Slogans and formulations (SPEC section 3).
//!
//! Three sources, in one list in text order:
//! - the catalogue (`data/slogans.tsv` and the user's rows): every rendering of a
//!   formulation, English and Chinese, under one id. Matching ignores case, `’`/`'`,
//!   hyphen/space, a plural ending (-s, -es, -ies) and a line break inside the phrase;
//!   English forms need word boundaries, Chinese ones none. Where forms nest or overlap the
//!   longest wins and matches do not overlap.
//! - quoted phrases not in the catalogue ([`quoted`]): `“three responsibility systems”`,
//!   `“两个全覆盖”` are `numbered` (id null); `“Rainbow Pomegranate” library`, `“last mile”`
//!   are `campaign`s.
//! - unquoted counted phrases in Chinese ([`quoted::counted`]): `九大战略`, and each item of
//!   `一个统领、两个重点、四个综合`.
//!
//! Refused: anything inside `《》` or inside a quoted document title (`“Articles of ...”`,
//! `“关于...的意见”`); a form that is part of a body's name (`市乡村振兴局`,
//! `Leading Group`, `Commission for Comprehensively Deepening Reforms`); quoted speech of
//! more than about twelve words; a bare `two`, `first-class`, `two meetings were held`.

mod catalogue;
pub(crate) use catalogue::BUILTIN_TSV;
mod quoted;

pub(crate) use catalogue::Catalogue;
pub(crate) use quoted::{campaign_or_topic, is_couplet, programme_after, words, Titles};

use once_cell::sync::Lazy;

use crate::document::{is_han, Document};
use crate::extraction::{Slogan, SloganKind};
use crate::prefilter::{Hit, Hits, Lexicon, Trigger};

/// Quotation and title marks, triggers after the catalogue's heads.
const MARKS: [&str; 11] = [
    "“", "”", "\"", "「", "」", "『", "』", "《", "》", "〈", "〉",
];

/// The triggers of this extractor: each head of the catalogue, the quotation marks, and
/// Chinese counted nouns (`两个`, `九大`).
pub(crate) fn triggers(catalogue: &Catalogue, out: &mut Vec<Trigger>) {
    for i in 0..catalogue.heads.len() {
        for (pattern, last) in catalogue.head_patterns(i) {
            let trigger = Trigger::new(pattern, Lexicon::Slogan, i as u32);
            out.push(match last {
                Some(byte) => trigger.then(byte),
                None => trigger,
            });
        }
    }
    let marks = catalogue.heads.len() as u32;
    for (k, m) in MARKS.iter().enumerate() {
        out.push(Trigger::new(*m, Lexicon::Slogan, marks + k as u32));
    }
    let counted = marks + MARKS.len() as u32;
    for (k, p) in quoted::COUNTED.iter().enumerate() {
        out.push(Trigger::new(p.clone(), Lexicon::Slogan, counted + k as u32));
    }
}

/// A span of quoted text: `start..end` is inside the marks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Quote {
    /// Where the opening mark starts.
    pub mark: usize,
    pub start: usize,
    pub end: usize,
    /// `《》` or `〈〉`: a title.
    pub book: bool,
    /// A title: in `《》`, read as one (`Opinions on ...`), or named one (`the article “...”`).
    pub title: bool,
    /// Not a title, but the quoted topic of a consultation or a study
    /// ([`quoted::quoted_topic`]): it shields the formulations inside as a title does, and
    /// is no campaign.
    pub topic: bool,
}

/// Buffers kept from one text to the next: allocated and grown once, not for each text.
#[derive(Debug, Default)]
struct Scratch {
    /// The hits of marks and counted nouns.
    others: Vec<Hit>,
    /// The catalogue's matches before overlaps are settled.
    found: Vec<(usize, usize, u32)>,
    /// The forms a walk finds.
    walk: Vec<(u32, usize, u32)>,
    /// The catalogue's matches kept.
    matches: Vec<(usize, usize, u32)>,
    /// The quoted phrases.
    quotes: Vec<Quote>,
    /// The spans of the titles, and those taken by the slogans found and the quotes.
    titles: Spans,
    taken: Spans,
    /// The spans of the book titles (`《》`, `〈〉`).
    books: Spans,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Slogans in text order.
pub(crate) fn extract(doc: &Document, hits: &Hits, catalogue: &Catalogue) -> Vec<Slogan> {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => extract_with(doc, hits, catalogue, &mut sc),
        // never taken: a text is not read inside another
        Err(_) => extract_with(doc, hits, catalogue, &mut Scratch::default()),
    })
}

fn extract_with(
    doc: &Document,
    hits: &Hits,
    catalogue: &Catalogue,
    sc: &mut Scratch,
) -> Vec<Slogan> {
    let text = doc.text;
    let marks = catalogue.heads.len() as u32;
    let counted = marks + MARKS.len() as u32;
    let all = hits.of(Lexicon::Slogan);
    // the hits of marks and counted nouns, few, set apart by the catalogue's pass
    catalogue_matches(text, all, catalogue, sc);
    let Scratch {
        others,
        matches,
        quotes,
        titles,
        taken,
        books,
        ..
    } = sc;
    let (others, matches) = (&others[..], &matches[..]);
    quote_spans(doc, others, marks, counted, quotes);
    let quotes = &quotes[..];

    // a formulation quoted alone is no title, even in title case (`“Two Studies and One
    // Action”`), but one quoted inside a title is in it (`《…“十四五”事业发展规划》`); a
    // seminar's quoted topic (`on “Promoting the High-Quality Development of …”`) is its
    // title too, though it names no document
    let is_match =
        |span: (usize, usize)| matches.binary_search_by_key(&span, |m| (m.0, m.1)).is_ok();
    titles.set_union(
        quotes
            .iter()
            .filter(|q| (q.title || q.topic) && !is_match(quoted::trimmed(text, q)))
            .map(|q| (q.start, q.end)),
    );
    // room for every match and quote: the list is then seldom grown
    let mut out: Vec<Slogan> = Vec::with_capacity(matches.len() + quotes.len());
    for m in matches {
        if titles.contains(m.0, m.1) || in_body_name(text, m.0, m.1) {
            continue;
        }
        let entry = &catalogue.entries[m.2 as usize];
        if entry.kind == SloganKind::Numbered && counts_things(text, m.0, m.1) {
            continue;
        }
        out.push(Slogan {
            start: m.0,
            end: m.1,
            text: text[m.0..m.1].to_string(),
            id: Some(entry.id.clone()),
            kind: entry.kind,
            number: entry.number,
        });
    }
    quoted::from_quotes(doc, quotes, matches, books, &mut out);
    out.sort_by_key(|s| (s.start, s.end));
    taken.set_union(
        out.iter()
            .map(|s| (s.start, s.end))
            .chain(quotes.iter().map(|q| (q.start, q.end))),
    );
    let counted_hits = others.iter().filter(|h| h.entry >= counted);
    quoted::counted(doc, counted_hits, taken, &mut out);
    out.sort_by_key(|s| (s.start, s.end));
    out
}

/// Disjoint spans of the text in order, to ask cheaply whether a range lies inside one.
#[derive(Debug, Default)]
pub(crate) struct Spans(Vec<(usize, usize)>);

impl Spans {
    /// Makes these spans the union of `spans`, in the vector they had.
    pub fn set_union(&mut self, spans: impl Iterator<Item = (usize, usize)>) {
        let all = &mut self.0;
        all.clear();
        all.extend(spans);
        // (a stable sort: it merges runs already in order, and the spans most often come as
        // two, the slogans' and the quotes', where the unstable one sorted them afresh)
        all.sort();
        // the union is a prefix of `all`, written over the spans already merged
        let mut kept: usize = 0;
        for i in 0..all.len() {
            let (s, e) = all[i];
            match kept.checked_sub(1).map(|k| &mut all[k]) {
                Some(last) if s < last.1 => last.1 = last.1.max(e),
                _ => {
                    all[kept] = (s, e);
                    kept += 1;
                }
            }
        }
        all.truncate(kept);
    }

    /// Is `start..end` inside one span?
    pub fn contains(&self, start: usize, end: usize) -> bool {
        let i = self.0.partition_point(|s| s.0 <= start);
        i > 0 && end <= self.0[i - 1].1
    }

    /// Does `start..end` overlap a span?
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        let i = self.0.partition_point(|s| s.1 <= start);
        i < self.0.len() && self.0[i].0 < end
    }
}

/// The catalogue's matches `(start, end, entry)`, in text order, into `sc.matches`:
/// longest first, without overlaps. The hits that are no head of the catalogue go to
/// `sc.others`, in order.
fn catalogue_matches(text: &str, hits: &[Hit], catalogue: &Catalogue, sc: &mut Scratch) {
    let Scratch {
        others,
        found,
        walk: scratch,
        matches: kept,
        ..
    } = sc;
    others.clear();
    found.clear();
    kept.clear();
    for hit in hits {
        if (hit.entry as usize) >= catalogue.gates.len() {
            others.push(*hit);
            continue;
        }
        // (the head tells whether the text at its hit opens with a word's letter, where
        // that was read from the text at each)
        if catalogue.gates[hit.entry as usize].word_head && !word_boundary(text, hit.start) {
            continue;
        }
        if !catalogue.admits(hit.entry as usize, text, hit.start, hit.end) {
            continue;
        }
        let group = catalogue.group(hit.entry as usize);
        group.matches(text, hit.start, scratch, |end, f| {
            found.push((hit.start, end, catalogue.forms[f as usize].entry));
        });
    }
    // the longest match wins; among equals the first
    found.sort_by_key(|&(s, e, _)| (std::cmp::Reverse(e - s), s));
    // kept matches are disjoint, in text order: only the last one starting before `e` can
    // overlap `s..e`
    let clash = |(ks, ke): (usize, usize), s: usize| ks >= s || ke > s;
    if found.len() <= MANY_MATCHES {
        for &(s, e, entry) in found.iter() {
            let i = kept.partition_point(|k| k.0 < e);
            if !(i > 0 && clash((kept[i - 1].0, kept[i - 1].1), s)) {
                kept.insert(i, (s, e, entry));
            }
        }
        return;
    }
    let mut tree: std::collections::BTreeMap<usize, (usize, u32)> = Default::default();
    for &(s, e, entry) in found.iter() {
        let before = tree.range(..e).next_back().map(|(&ks, &(ke, _))| (ks, ke));
        if !before.is_some_and(|k| clash(k, s)) {
            tree.insert(s, (e, entry));
        }
    }
    kept.extend(tree.into_iter().map(|(s, (e, entry))| (s, e, entry)));
}

/// Up to this many matches, the kept ones are a sorted `Vec` (fast for a report); beyond,
/// a tree: inserting into the middle of a `Vec` took quadratic time on a long text.
const MANY_MATCHES: usize = 512;

/// The class of each byte for [`word_boundary`] (and the gate's reading of the word after a
/// head): an ASCII letter or digit, another ASCII byte, or a byte of a character beyond
/// ASCII. One lookup a byte, where telling a letter or digit by comparisons took a good
/// part of the look at each hit (nearly every English word is the head of some form).
const ASCII_ALNUM: u8 = 1;
const ASCII_OTHER: u8 = 2;
const WIDE: u8 = 3;

static CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_alphanumeric() {
            ASCII_ALNUM
        } else {
            ASCII_OTHER
        };
        b += 1;
    }
    t
};

/// Does no letter or digit of a word stand just before `start`, where a head that opens
/// with one is found? An English form starts a word (`two` in `network` is none).
fn word_boundary(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    // most bytes before a head are ASCII: no need to decode
    match start.checked_sub(1).map(|i| CLASS[usize::from(b[i])]) {
        None => true,
        Some(ASCII_ALNUM) => false,
        Some(ASCII_OTHER) => true,
        Some(_) => !text[..start]
            .chars()
            .next_back()
            .is_some_and(catalogue::is_word_char),
    }
}

/// Pairs the quotation marks of each paragraph into spans, into `out`.
fn quote_spans(doc: &Document, hits: &[Hit], marks: u32, counted: u32, out: &mut Vec<Quote>) {
    out.clear();
    let mut titles = doc.titles.borrow_mut();
    // a quote closes at every other mark at most: one allocation, made when the first quote
    // is asked about (most texts quote book titles only, or nothing)
    let mut room = Some(hits.len() / 2);
    // the open mark of each family: “” "" 「」 『』 《》 〈〉
    let mut open: [Option<(usize, usize)>; 6] = [None; 6];
    for hit in hits.iter().filter(|h| (marks..counted).contains(&h.entry)) {
        let k = (hit.entry - marks) as usize;
        let (family, opens) = match k {
            0 => (0, true),
            1 => (0, false),
            2 => (1, open[1].is_none()),
            3 => (2, true),
            4 => (2, false),
            5 => (3, true),
            6 => (3, false),
            7 => (4, true),
            8 => (4, false),
            9 => (5, true),
            _ => (5, false),
        };
        if opens {
            open[family] = Some((hit.start, hit.end));
            continue;
        }
        let Some((mark, start)) = open[family].take() else {
            continue;
        };
        if doc.paragraph_index(start) != doc.paragraph_index(hit.start) {
            // a straight quote left open in an earlier paragraph: this one opens
            if family == 1 {
                open[family] = Some((hit.start, hit.end));
            }
            continue;
        }
        let book = family >= 4;
        let title =
            book || {
                if let Some(n) = room.take() {
                    titles.reserve(n);
                }
                titles.ask(doc.text, start, hit.start)
            } || quoted::named_title(&doc.text[..mark])
                || quoted::titled_after(&doc.text[hit.end..]);
        let mut q = Quote {
            mark,
            start,
            end: hit.start,
            book,
            title,
            topic: false,
        };
        q.topic = !title && quoted::quoted_topic(doc.text, &q);
        out.push(q);
    }
    out.sort_by_key(|q| (q.start, q.end));
    titles.settle();
}

// Heads of bodies after a form: 市乡村振兴局, 全面深化改革委员会, 乡村振兴领导小组
const BODY_AFTER_ZH: &[&str] = &[
    "局",
    "厅",
    "廳",
    "委员会",
    "委員會",
    "办公室",
    "辦公室",
    "领导小组",
    "領導小組",
    "工作领导小组",
    "工作領導小組",
    "小组",
    "小組",
    "工作组",
    "工作組",
    "专班",
    "專班",
    "指挥部",
    "指揮部",
    "研究院",
    "研究会",
    "研究會",
    "研究中心",
    "服务中心",
    "服務中心",
    "促进会",
    "促進會",
    "协会",
    "協會",
    "学院",
    "學院",
    "部门",
    "部門",
    "司",
    "办",
    "辦",
];
// ... but not these words that begin with a head: 局面, 部署
const NOT_BODY_ZH: &[&str] = &[
    "局面",
    "局势",
    "局勢",
    "司法",
    "办法",
    "辦法",
    "办好",
    "辦好",
    "办事",
    "辦事",
    "办实事",
    "辦實事",
];

// Heads of bodies next to a form: `Rural Revitalization Bureau`, `Commission for ...`
const BODY_EN: &[&str] = &[
    "bureau",
    "office",
    "group",
    "commission",
    "committee",
    "department",
    "administration",
    "agency",
    "ministry",
    "center",
    "centre",
    "institute",
    "association",
    "academy",
    "council",
    "taskforce",
];

/// The first characters of [`BODY_AFTER_ZH`], sorted: most Chinese forms are followed by
/// none of them, and the heads are then not compared one by one.
static BODY_AFTER_ZH_FIRST: Lazy<Vec<char>> =
    Lazy::new(|| sorted_chars(BODY_AFTER_ZH, |h| h.chars().next()));

/// One character of each word (`pick`), sorted and without repeats, to be searched by
/// [`slice::binary_search`].
fn sorted_chars(words: &[&str], pick: fn(&str) -> Option<char>) -> Vec<char> {
    let mut chars: Vec<char> = words.iter().filter_map(|w| pick(w)).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

fn in_body_name(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    if let Some(c) = after.chars().next().filter(|&c| is_han(c)) {
        return BODY_AFTER_ZH_FIRST.binary_search(&c).is_ok()
            && BODY_AFTER_ZH.iter().any(|h| after.starts_with(h))
            && !NOT_BODY_ZH.iter().any(|h| after.starts_with(h));
    }
    // English after: [work|working|leading|small]* head
    let mut pos = end;
    for _ in 0..3 {
        let Some((w, next)) = next_word(text, pos) else {
            break;
        };
        if BODY_EN.iter().any(|h| w.eq_ignore_ascii_case(h))
            || w.eq_ignore_ascii_case("force") && pos > end
        {
            return true;
        }
        if !["work", "working", "leading", "small", "task"]
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
        {
            break;
        }
        pos = next;
    }
    // English before: head for|on [the]; `Head of` only in a name (capitalised head)
    // (the last letter first: most words before a form end in none of `the`, `of`, `for`
    // and `on`, and are then not read back to their start)
    let last = text.as_bytes()[..start]
        .iter()
        .rev()
        .find(|&&c| c != b' ' && c != b'\t');
    if !last.is_some_and(|c| matches!(c.to_ascii_lowercase(), b'e' | b'f' | b'r' | b'n')) {
        return false;
    }
    let mut pos = start;
    let Some((mut w, mut prev)) = prev_word(text, pos) else {
        return false;
    };
    if w.eq_ignore_ascii_case("the") {
        pos = prev;
        match prev_word(text, pos) {
            Some(p) => (w, prev) = p,
            None => return false,
        }
    }
    let of = w == "of";
    if !(of || w.eq_ignore_ascii_case("for") || w.eq_ignore_ascii_case("on")) {
        return false;
    }
    prev_word(text, prev).is_some_and(|(h, at)| {
        BODY_EN.iter().any(|b| h.eq_ignore_ascii_case(b))
            && (!of || h.starts_with(|c: char| c.is_ascii_uppercase()))
            // `the decisions of the Party Central Committee on full and rigorous
            // self-governance of the Party`: the Central Committee's subject, no body
            && !(h.eq_ignore_ascii_case("committee")
                && prev_word(text, at).is_some_and(|(c, _)| c.eq_ignore_ascii_case("central")))
    })
}

/// Is an English count at `start..end` a plain count of things, not a formulation?
/// `in two respects`; `the two must be combined`, `the two maintain close ties`.
fn counts_things(text: &str, start: usize, end: usize) -> bool {
    if !text[start..end].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return false;
    }
    let last = prev_word(text, end).map_or("", |(w, _)| w);
    if last.eq_ignore_ascii_case("respects")
        && prev_word(text, start).is_some_and(|(w, _)| w.eq_ignore_ascii_case("in"))
    {
        return true;
    }
    // (only a match that opens with a cardinal: `the triple pressure not yet relieved` is
    // the formulation in machine translation)
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let first = next_word(text, start).map_or("", |(w, _)| w);
    if !COUNTS.iter().any(|c| first.eq_ignore_ascii_case(c)) {
        return false;
    }
    const VERB_NEXT: &[&str] = &[
        "be", "not", "have", "also", "always", "never", "still", "jointly", "together", "the", "a",
        "an", "their", "its", "each",
    ];
    next_word(text, end).is_some_and(|(w, _)| VERB_NEXT.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

/// The English word after `pos` (past spaces on the same line) and its end. Read as
/// bytes: the spaces and letters are ASCII, and any other byte ends the word.
fn next_word(text: &str, pos: usize) -> Option<(&str, usize)> {
    let b = &text.as_bytes()[pos..];
    let skip = b.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    let len = b[skip..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let start = pos + skip;
    (len > 0).then(|| (&text[start..start + len], start + len))
}

/// The English word before `pos` (past spaces on the same line) and its start. Read as
/// bytes, as [`next_word`].
fn prev_word(text: &str, pos: usize) -> Option<(&str, usize)> {
    let b = &text.as_bytes()[..pos];
    let end = b.len()
        - b.iter()
            .rev()
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count();
    let start = end
        - b[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
    (start < end).then(|| (&text[start..end], start))
}

/// A slogan not in the catalogue.
fn item(text: &str, start: usize, end: usize, kind: SloganKind, number: Option<u32>) -> Slogan {
    Slogan {
        start,
        end,
        text: text[start..end].to_string(),
        id: None,
        kind,
        number,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefilter::Prefilter;

    #[test]
    fn words_before_and_after_read_as_characters_would() {
        // the words as read character by character, past spaces and tabs
        fn prev(text: &str, pos: usize) -> Option<(&str, usize)> {
            let before = text[..pos].trim_end_matches([' ', '\t']);
            let start = before
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_ascii_alphabetic())
                .map_or(0, |(i, c)| i + c.len_utf8());
            (start < before.len()).then(|| (&before[start..], start))
        }
        fn next(text: &str, pos: usize) -> Option<(&str, usize)> {
            let rest = &text[pos..];
            let start = pos + rest.len() - rest.trim_start_matches([' ', '\t']).len();
            let len = text[start..]
                .char_indices()
                .find(|&(_, c)| !c.is_ascii_alphabetic())
                .map_or(text.len() - start, |(i, _)| i);
            (len > 0).then(|| (&text[start..start + len], start + len))
        }
        for text in [
            "",
            "word",
            "  the \t“Two Studies” café\tnaïve x9y, 中文 Belt and\nRoad ",
            "é abc",
            "abc é",
        ] {
            for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
                assert_eq!(prev_word(text, pos), prev(text, pos), "{text:?} {pos}");
                assert_eq!(next_word(text, pos), next(text, pos), "{text:?} {pos}");
            }
        }
    }

    fn slogans(text: &str) -> Vec<(String, Option<String>)> {
        let cat = Catalogue::builtin();
        let mut t = Vec::new();
        triggers(cat, &mut t);
        let p = Prefilter::new(&t);
        let doc = Document::new(text, None);
        extract(&doc, &p.scan(text), cat)
            .into_iter()
            .map(|s| (s.text, s.id))
            .collect()
    }

    #[test]
    fn body_names_shield_their_forms() {
        assert!(slogans("市乡村振兴局召开会议").is_empty());
        assert!(slogans("the Commission for Comprehensively Deepening Reforms met").is_empty());
        assert!(slogans("the Rural Revitalization Leading Group").is_empty());
        assert_eq!(slogans("推进乡村振兴局面").len(), 1);
    }

    #[test]
    fn user_rows_extend_the_catalogue() {
        let rows = "id\tkind\tnumber\tzh\ten\n\
                    three-full-coverages\tnumbered\t3\t三个全覆盖\tthree full coverages\n\
                    two-establishments\tnumbered\t2\t\ttwo firm establishments\n";
        let ex = crate::Extractor::builder()
            .slogans_tsv(rows, "user.tsv")
            .unwrap()
            .build();
        let out = ex.extract("实现三个全覆盖; the two firm establishments");
        let ids: Vec<_> = out.slogans.iter().map(|s| s.id.as_deref()).collect();
        assert_eq!(
            ids,
            [Some("three-full-coverages"), Some("two-establishments")]
        );
        let err = crate::Extractor::builder()
            .slogans_tsv(
                "id\tkind\tnumber\tzh\ten\nx\tnumbered\ttwo\t两个X\t\n",
                "user.tsv",
            )
            .unwrap_err();
        assert_eq!(err.to_string(), "user.tsv:2: invalid number 'two'");
    }

    #[test]
    fn longest_match_wins() {
        let s = slogans("坚持以人民为中心的发展思想");
        assert_eq!(
            s,
            [(
                "以人民为中心的发展思想".to_string(),
                Some("peoples-centered".to_string())
            )]
        );
    }
}
