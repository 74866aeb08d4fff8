//! Enumerated directives (SPEC section 4): the numbered demands that close a report.
//!
//! # Forms taken
//! - Markers of `data/markers.tsv`, by family: `First,` `The second is` `Finally,`; `One is`
//!   `Two is` `3 it is` (these two continue each other's lists); `(1)` `1.` `1)` `i.` `(a)`
//!   `①`; `一是` `一要` `第一，` `其一` `首先 其次 再次 最后` `（一）` `一、` `1.` `1、`.
//! - A marker counts where it opens a clause: at the start of a paragraph or sentence, after
//!   `, ; : ， ； ：`, or right after a verb of saying (`会议强调一要`, `emphasized that first`).
//! - Lists: a marker continues the innermost open list of its family whose last ordinal is one
//!   less; `1`/`一是` starts a new list (closing a running one of the family); `Finally,` /
//!   `最后` takes the next ordinal of the list it closes. A list of another family started
//!   inside an item is nested and gets its own number, unless it stands higher in an outline
//!   (`（一）` after `三是` closes that list). A list stays open into a later
//!   paragraph only where the next marker opens that paragraph, and never past a sentence
//!   where a new subject speaks (`The meeting emphasized:`, `会议要求`).
//! - The lost first item: a list of ordinal words whose first marker is the second
//!   (`The second is`, `Second,`, `二是`) gets an implicit first item, from after the verb of
//!   saying that opens it (else the paragraph start) to the second marker.
//! - Item text runs to the next marker of its list; the last item to the end of its paragraph
//!   (past any list nested in it), stopping before a new speaker's sentence and an author or
//!   editor credit (`(马军伟)`, `Editor: ...`).
//!
//! # Forms refused
//! - A marker inside a clause: `for the first time`, `first-class`, `the second centenary
//!   goal`, `第一次`, `第二批`, `统一要求`, `他首先宣誓`.
//! - `首先 其次 再次 最后` as words: `再次强调`, `最后一公里` (a pause, `要` or `是` follows
//!   a marker).
//! - A list of a single marker (a lone `首先要`, `Finally,` with no list before it); a
//!   `Finally,` / `最后` opening the paragraph after a list that ran inside one paragraph
//!   (`Finally, the meeting studied other matters`).

mod credit;
mod saying;

use once_cell::sync::Lazy;

use crate::document::{is_han, Document};
use crate::extraction::{Directive, Official};
use crate::lexicon;
use crate::prefilter::{Hits, Lexicon, Trigger};

use saying::{Mentions, Said, Stops};

/// A marker family, as an index into [`Markers::families`].
type Family = u16;

/// The marker table of `data/markers.tsv`.
struct Markers {
    /// Family and ordinal (0: the next ordinal) of each row, in file order.
    rows: Vec<(Family, u32)>,
    forms: Vec<&'static str>,
    families: Vec<&'static str>,
}

// Machine translation renders 一是 as `First,`, `One is to`, `The second is`, `3 it is`
// within one list: a marker of one of these families continues a list of the other. A new
// `One is` inside an item of a `First,` list is nested, not a restart.
fn continues(list_family: &str, family: &str) -> bool {
    list_family == family
        || (matches!(list_family, "first" | "one-is") && matches!(family, "first" | "one-is"))
}

// Families whose list may have lost its first marker: ordinal words, where a report says
// `She emphasized that ... The second is to ...` or `会议强调，要……。其次，……`. Not numerals
// or brackets.
const LOST_FIRST: [&str; 7] = [
    "first", "one-is", "yi-shi", "yi-yao", "di-yi", "qi-yi", "shouxian",
];

// The families a final marker (ordinal 0) closes: `Finally,` ends a list of ordinal words;
// `最后` one of numbered items (`首先 其次`, `第一，`, `其一`, `一是`, `一要`, `一、`, `（一）`,
// `1.`), not of `一方面`.
fn final_joins(final_family: &str, list_family: &str) -> bool {
    match final_family {
        "finally" | "first" | "one-is" => matches!(list_family, "first" | "one-is"),
        "shouxian" => matches!(
            list_family,
            "shouxian"
                | "di-yi"
                | "qi-yi"
                | "yi-shi"
                | "yi-yao"
                | "cn-dun"
                | "paren-cn"
                | "digit-dot"
                | "digit-dun"
                | "paren-digit"
        ),
        other => other == list_family,
    }
}

// The level of a family in an outline, outermost first: `一、` and `I.` hold `（一）`, which
// holds the rest; `(1)`, `①`, `(a)` sit innermost. Between ordinal words and numerals
// (`首先` holding `一是`, `1.` holding `First,`) the text decides, so they share a level.
fn level(family: &str) -> u8 {
    match family {
        "cn-dun" | "roman" => 0,
        "paren-cn" => 1,
        "paren-digit" | "circled" | "paren-roman" | "paren-letter" | "letter-paren" => 3,
        _ => 2,
    }
}

static MARKERS: Lazy<Markers> = Lazy::new(|| {
    let rows = lexicon::rows(
        include_str!("../../data/markers.tsv"),
        "data/markers.tsv",
        4,
    )
    .expect("data/markers.tsv is valid");
    let mut m = Markers {
        rows: Vec::new(),
        forms: Vec::new(),
        families: Vec::new(),
    };
    for r in &rows {
        let fam = r.get(1);
        let id = match m.families.iter().position(|f| *f == fam) {
            Some(i) => i,
            None => {
                m.families.push(fam);
                m.families.len() - 1
            }
        };
        let ordinal: u32 = r
            .get(2)
            .parse()
            .expect("data/markers.tsv: ordinal is a number");
        m.rows.push((id as Family, ordinal));
        m.forms.push(r.get(3));
    }
    m
});

/// The triggers of this extractor: every marker form, then every verb of saying.
pub(crate) fn triggers(out: &mut Vec<Trigger>) {
    let markers = &*MARKERS;
    for (i, form) in markers.forms.iter().enumerate() {
        out.push(Trigger::new(*form, Lexicon::Directive, i as u32));
    }
    let base = markers.forms.len();
    for (i, v) in saying::VERBS.iter().enumerate() {
        out.push(Trigger::new(v.form, Lexicon::Directive, (base + i) as u32));
    }
}

/// A marker where it opens a clause, with its readings (family, ordinal).
#[derive(Debug)]
struct Candidate {
    start: usize,
    end: usize,
    /// The end of the marker as written, without `to`/`that` and the punctuation after it.
    marker_end: usize,
    para: usize,
    opens_para: bool,
    readings: Readings,
}

/// The readings (family, ordinal) of a candidate. Nearly every marker has one, kept in
/// place: a vector for each candidate was a visible share of a report's cost.
#[derive(Debug)]
enum Readings {
    One((Family, u32)),
    Many(Vec<(Family, u32)>),
}

impl Readings {
    fn as_slice(&self) -> &[(Family, u32)] {
        match self {
            Readings::One(r) => std::slice::from_ref(r),
            Readings::Many(v) => v,
        }
    }

    /// Adds `r` unless it is there.
    fn add(&mut self, r: (Family, u32)) {
        match self {
            Readings::One(first) if *first != r => *self = Readings::Many(vec![*first, r]),
            Readings::Many(v) if !v.contains(&r) => v.push(r),
            _ => {}
        }
    }
}

#[derive(Debug)]
struct Item {
    ordinal: u32,
    start: usize,
    end: usize,
    /// `None` for the implicit first item.
    marker: Option<(usize, usize)>,
}

#[derive(Debug)]
struct List {
    family: Family,
    items: Vec<Item>,
    /// The list and item this list is nested in.
    parent: Option<(usize, usize)>,
    last_para: usize,
    finished: bool,
    /// Where a marker of an enclosing list, or a new list of the family, closed it.
    closed_at: Option<usize>,
}

impl List {
    fn last(&self) -> &Item {
        self.items.last().expect("a list has an item")
    }
}

/// Buffers kept from one text to the next: a report allocated a dozen lists that are no
/// output, a visible share of the cost of a short one.
#[derive(Default)]
struct Scratch {
    said: Vec<Said>,
    /// `Verbs::marked`.
    marked: Vec<Option<usize>>,
    mentions: Mentions,
    boundaries: Vec<usize>,
    /// The lists kept, by the start of their first item.
    kept: Vec<(usize, usize)>,
    /// `build_lists`'s stack of open lists, `end_items`'s ends of nested lists.
    stack: Vec<usize>,
    nested_end: Vec<usize>,
    /// The markers read, the lists made of them and each list's speaker (an official's
    /// index), kept with their room from one text to the next: a report that holds a
    /// list gave each its own vectors, a visible share of the allocations of a report.
    candidates: Vec<Candidate>,
    lists: Vec<List>,
    speakers: Vec<Option<usize>>,
    /// The item vectors of the lists of texts read before, emptied, for new lists.
    spare_items: Vec<Vec<Item>>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Directive items in text order.
pub(crate) fn extract(doc: &Document, hits: &Hits, officials: &[Official]) -> Vec<Directive> {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => extract_with(doc, hits, officials, &mut sc),
        // never taken: a text is not read inside another
        Err(_) => extract_with(doc, hits, officials, &mut Scratch::default()),
    })
}

fn extract_with(
    doc: &Document,
    hits: &Hits,
    officials: &[Official],
    sc: &mut Scratch,
) -> Vec<Directive> {
    let markers = &*MARKERS;
    let text = doc.text;
    let base = markers.forms.len() as u32;
    let all = hits.of(Lexicon::Directive);
    // most reports hold no list: no marker, nothing to look at
    if all.iter().filter(|h| h.entry < base).nth(1).is_none() {
        return Vec::new();
    }
    let Scratch {
        said,
        marked,
        mentions,
        boundaries,
        kept,
        stack,
        nested_end,
        candidates,
        lists,
        speakers,
        spare_items,
    } = sc;
    said.clear();
    said.extend(
        all.iter()
            .filter(|h| h.entry >= base)
            .filter_map(|h| saying::confirm(text, h, &saying::VERBS[(h.entry - base) as usize])),
    );
    find_candidates(doc, hits, said, candidates);
    if candidates.len() < 2 {
        return Vec::new();
    }
    let stops = Stops::default();
    mentions.fill(officials);
    let mentions = &*mentions;
    // sentence starts where a new subject speaks; in English not a pronoun, which goes on
    // with its item (`Third, keep a kind heart. He hoped that graduates would …`). A Chinese
    // `他强调` in the news's long paragraphs does start a new account
    boundaries.clear();
    for v in said.iter_mut() {
        if let Some(p) = doc.paragraph_at(v.start) {
            v.opens_sentence = saying::boundary(doc, p.start, v, mentions).is_some_and(|s| {
                !matches!(
                    text[s..v.start].trim(),
                    "He" | "She" | "He also" | "She also"
                )
            });
            if v.opens_sentence {
                boundaries.push(saying::sentence_start_in(text, &stops, p.start, v.start));
            }
        }
    }
    boundaries.sort_unstable();
    let boundaries = &boundaries[..];
    let verbs = Verbs::new(said, marked);
    build_lists(
        doc,
        candidates,
        boundaries,
        &verbs,
        stack,
        lists,
        spare_items,
    );
    end_items(
        doc,
        lists,
        boundaries,
        &verbs,
        (mentions, &stops),
        (nested_end, speakers),
    );
    // a list is a sequence of two markers or more; `list` numbers lists in order of their
    // first item (nested lists start after their parent's item, so they come later)
    kept.clear();
    kept.extend(
        lists
            .iter()
            .enumerate()
            .filter(|(_, list)| list.items.iter().filter(|i| i.marker.is_some()).count() >= 2)
            .map(|(l, list)| (list.items[0].start, l)),
    );
    kept.sort_unstable();
    let mut out = Vec::with_capacity(kept.iter().map(|&(_, l)| lists[l].items.len()).sum());
    for (number, &(_, l)) in kept.iter().enumerate() {
        for item in &lists[l].items {
            let Some(end) = trimmed_end(text, item.start, item.end) else {
                continue;
            };
            out.push(Directive {
                list: number as u32 + 1,
                ordinal: item.ordinal,
                marker: item.marker.map(|(s, e)| text[s..e].to_string()),
                implicit: item.marker.is_none(),
                start: item.start,
                end,
                text: text[item.start..end].to_string(),
                speaker: speakers[l].map(|o| officials[o].name.clone()),
            });
        }
    }
    out.sort_by_key(|d| (d.start, d.list));
    out
}

/// Markers where they open a clause; at one position the longest form, and none inside
/// another (`一方面` in `另一方面`, `Last,` in `At last,`).
fn find_candidates(doc: &Document, hits: &Hits, said: &[Said], out: &mut Vec<Candidate>) {
    let markers = &*MARKERS;
    let text = doc.text;
    let base = markers.forms.len() as u32;
    out.clear();
    let mut opens: Option<(usize, bool)> = None;
    for h in hits.of(Lexicon::Directive) {
        if h.entry >= base || !text.is_char_boundary(h.start) || !text.is_char_boundary(h.end) {
            continue;
        }
        if out
            .last()
            .is_some_and(|c| h.start > c.start && h.start < c.end)
        {
            continue;
        }
        let form = &text[h.start..h.end];
        if !bounded(text, h.start, h.end, form) {
            continue;
        }
        let Some(para) = doc.paragraph_index(h.start) else {
            continue;
        };
        let p = &doc.paragraphs[para];
        if h.end > p.end {
            continue;
        }
        let open = match opens {
            Some((at, o)) if at == h.start => o,
            _ => {
                let o = opens_clause(text, p.start, h.start, form, said);
                opens = Some((h.start, o));
                o
            }
        };
        if !open {
            continue;
        }
        let reading = markers.rows[h.entry as usize];
        if markers.families[reading.0 as usize] == "shouxian" && !shouxian_stands(&text[h.end..]) {
            continue;
        }
        match out.last_mut() {
            Some(c) if c.start == h.start => {
                if h.end > c.end {
                    c.end = h.end;
                    c.marker_end = marker_end(text, h.start, h.end);
                }
                c.readings.add(reading);
            }
            _ => out.push(Candidate {
                start: h.start,
                end: h.end,
                marker_end: marker_end(text, h.start, h.end),
                para,
                opens_para: h.start == p.start,
                readings: Readings::One(reading),
            }),
        }
    }
    // a longer form found later at the same start may now hold the next candidate (the
    // candidates kept stay in place, ahead of those passed)
    let mut last_end: Option<usize> = None;
    out.retain(|c| {
        if last_end.is_some_and(|e| c.start < e) {
            return false;
        }
        last_end = Some(c.end);
        true
    });
}

/// Does the form stand on its own: not inside a word or number (`Xi.`, `2021.`, `1.5`)?
fn bounded(text: &str, start: usize, end: usize, form: &str) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = form.chars().next().unwrap_or(' ');
    let last = form.chars().next_back().unwrap_or(' ');
    if first.is_ascii_alphanumeric() && before.is_some_and(|c| c.is_alphanumeric() && !is_han(c)) {
        return false;
    }
    if last.is_ascii_alphanumeric() && after.is_some_and(|c| c.is_alphanumeric() && !is_han(c)) {
        return false;
    }
    // `1.`, `i.` end a number or an abbreviation unless a space or Han text follows
    if matches!(last, '.' | ')') && form.len() <= 4 {
        return after.is_none_or(|c| c.is_whitespace() || is_han(c) || c == '“');
    }
    true
}

/// Is `首先` `其次` `再次` `最后` a marker before `rest`: followed by a pause or by 要, 是
/// (`首先，` `其次要` `最后是`), not by a verb or noun (`再次强调`, `最后一公里`)?
fn shouxian_stands(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '，' | ',' | '：' | ':' | '、' | '要' | '是' | '还' | '也' | '必' | '应'
            )
    })
}

/// The marker as written: without `to`/`that` and the punctuation after it.
fn marker_end(text: &str, start: usize, end: usize) -> usize {
    let mut m = text[start..end].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '，' | '、' | '.' | '．' | ':' | '：')
    });
    for tail in [" to", " that"] {
        if m.len() > tail.len()
            && m.is_char_boundary(m.len() - tail.len())
            && m[m.len() - tail.len()..].eq_ignore_ascii_case(tail)
        {
            m = &m[..m.len() - tail.len()];
        }
    }
    start + m.len()
}

/// Does a marker at `pos` open a clause: paragraph or sentence start, after `,;:，；：`, or
/// right after a verb of saying (`会议强调一要`, `emphasized that first`)?
fn opens_clause(text: &str, para_start: usize, pos: usize, form: &str, said: &[Said]) -> bool {
    let before = &text[para_start..pos];
    let t = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '“' | '‘' | '「'));
    let Some(c) = t.chars().next_back() else {
        return true;
    };
    let head = &t[..t.len() - c.len_utf8()];
    match c {
        ',' | ';' | ':' | '，' | '；' | '：' | '。' | '！' | '？' | '!' | '?' => true,
        // not a decimal point or a number's dot glued to the marker (`3.5`)
        '.' => {
            !(t.len() == before.len()
                && head.ends_with(|d: char| d.is_ascii_digit())
                && form.starts_with(|d: char| d.is_ascii_digit()))
        }
        '”' | '’' | '"' | '」' | '』' | ')' | '）' => {
            head.trim_end().ends_with(['。', '.', '!', '?', '！', '？'])
        }
        // `one is to ..., and the other is to ...`: `and` after a pause joins two clauses
        'd' | 'D'
            if ends_with_word(t, "and")
                && t[..t.len() - 3]
                    .trim_end()
                    .ends_with([',', ';', '，', '；']) =>
        {
            true
        }
        _ => {
            // `emphasized that first`: the verb ends before `that`
            let t = if ends_with_word(t, "that") {
                t[..t.len() - 4].trim_end()
            } else {
                t
            };
            let end = para_start + t.len();
            // `said` is in text order; a verb is shorter than 32 bytes
            let from = said.partition_point(|v| v.start + 32 < end);
            said[from..]
                .iter()
                .take_while(|v| v.start < end)
                .any(|v| v.end == end)
        }
    }
}

/// Does `t` end with the word `w` (ASCII case aside)?
fn ends_with_word(t: &str, w: &str) -> bool {
    t.len() >= w.len()
        && t.is_char_boundary(t.len() - w.len())
        && t[t.len() - w.len()..].eq_ignore_ascii_case(w)
        && !t[..t.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
}

/// The first boundary after `pos` (`boundaries` is in text order).
fn next_boundary(boundaries: &[usize], pos: usize) -> Option<usize> {
    boundaries
        .get(boundaries.partition_point(|&b| b <= pos))
        .copied()
}

fn still_open(list: &List, c: &Candidate, boundaries: &[usize]) -> bool {
    (c.para == list.last_para || c.opens_para)
        && next_boundary(boundaries, list.last().start).is_none_or(|b| b >= c.start)
}

/// The verbs of saying of the text, in text order, and what [`opener`] asks of them.
struct Verbs<'a> {
    said: &'a [Said],
    /// For each verb, the last one up to it that introduces what is said or opens its
    /// sentence.
    marked: &'a [Option<usize>],
    /// The longest verb, in bytes.
    longest: usize,
}

impl<'a> Verbs<'a> {
    /// The verbs `said`, with `marked` filled for them.
    fn new(said: &'a [Said], marked: &'a mut Vec<Option<usize>>) -> Verbs<'a> {
        marked.clear();
        let mut last = None;
        for (i, v) in said.iter().enumerate() {
            if v.strong || v.opens_sentence {
                last = Some(i);
            }
            marked.push(last);
        }
        let longest = said.iter().map(|v| v.end - v.start).max().unwrap_or(0);
        Verbs {
            said,
            marked,
            longest,
        }
    }

    /// The last verb inside `lo..hi` that introduces what is said or opens its sentence,
    /// else the last one.
    fn pick(&self, lo: usize, hi: usize) -> Option<Said> {
        let said = self.said;
        let from = said.partition_point(|v| v.start < lo);
        let to = said.partition_point(|v| v.start < hi);
        // only a verb that starts less than `longest` bytes before `hi` can end after it;
        // below those, `marked` answers without a walk
        let mut k = to;
        let mut last = None;
        while k > from && said[k - 1].start + self.longest > hi {
            k -= 1;
            let v = said[k];
            if v.end <= hi {
                if v.strong || v.opens_sentence {
                    return Some(v);
                }
                last.get_or_insert(v);
            }
        }
        if k > from {
            if let Some(j) = self.marked[k - 1].filter(|&j| j >= from) {
                return Some(said[j]);
            }
            last.get_or_insert(said[k - 1]);
        }
        last
    }
}

/// The most emptied item vectors kept for the lists of the next text.
const SPARE_ITEMS: usize = 64;

/// Groups candidates into lists.
fn build_lists(
    doc: &Document,
    candidates: &[Candidate],
    boundaries: &[usize],
    verbs: &Verbs,
    stack: &mut Vec<usize>,
    lists: &mut Vec<List>,
    spare_items: &mut Vec<Vec<Item>>,
) {
    let markers = &*MARKERS;
    // the lists of the text before give up their item vectors (a few: a text with very
    // many lists leaves the thread no more than a report needs)
    for l in lists.drain(..) {
        if spare_items.len() < SPARE_ITEMS {
            let mut items = l.items;
            items.clear();
            spare_items.push(items);
        }
    }
    // the lists still open, innermost last
    stack.clear();
    for c in candidates {
        stack.retain(|&l| still_open(&lists[l], c, boundaries));
        let item = |ordinal| Item {
            ordinal,
            start: c.start,
            end: c.end,
            marker: Some((c.start, c.marker_end)),
        };
        // a continuation of an open list
        let mut placed = false;
        for &(fam, ord) in c.readings.as_slice() {
            let pos = stack.iter().rposition(|&l| {
                let list = &lists[l];
                !list.finished
                    && if ord == 0 {
                        // `Finally,` opening a paragraph ends a list only of paragraphs
                        // (`Finally, the meeting studied other matters` closes a report)
                        let by_paragraph =
                            doc.paragraphs[list.last_para].start == list.last().start;
                        (c.para == list.last_para || by_paragraph)
                            && final_joins(
                                markers.families[fam as usize],
                                markers.families[list.family as usize],
                            )
                    } else {
                        continues(
                            markers.families[list.family as usize],
                            markers.families[fam as usize],
                        ) && list.last().ordinal + 1 == ord
                    }
            });
            if let Some(pos) = pos {
                let l = stack[pos];
                close(lists, stack, pos + 1, c.start);
                let next = lists[l].last().ordinal + 1;
                lists[l].items.push(item(next));
                lists[l].last_para = c.para;
                lists[l].finished = ord == 0;
                placed = true;
                break;
            }
        }
        if placed {
            continue;
        }
        // a new list: at its first marker, or at a second that lost its first
        let start =
            c.readings
                .as_slice()
                .iter()
                .copied()
                .find(|&(_, o)| o == 1)
                .or_else(|| {
                    c.readings.as_slice().iter().copied().find(|&(f, o)| {
                        o == 2 && LOST_FIRST.contains(&markers.families[f as usize])
                    })
                });
        let Some((fam, ord)) = start else {
            continue;
        };
        // where the last item of a list closed here starts
        let mut closed: Option<usize> = None;
        if let Some(pos) = stack.iter().rposition(|&l| lists[l].family == fam) {
            closed = closed.max(close(lists, stack, pos, c.start));
        }
        // a list of a higher level (`（一）` after `三是`) is not nested in a lower one
        let level = level(markers.families[fam as usize]);
        if let Some(pos) = stack
            .iter()
            .position(|&l| level < self::level(markers.families[lists[l].family as usize]))
        {
            closed = closed.max(close(lists, stack, pos, c.start));
        }
        let parent = stack.last().map(|&l| (l, lists[l].items.len() - 1));
        let mut items = spare_items.pop().unwrap_or_default();
        if ord == 2 {
            // the lost first item starts after the lists this marker closed in its
            // paragraph (`二是……三是……；二是……`), not over them
            let p = &doc.paragraphs[c.para];
            let closed = closed
                .filter(|&s| !c.opens_para && s >= p.start)
                .map(|s| before_lead_in(doc.text, s, c.start));
            let floor = parent.map(|(l, i)| lists[l].items[i].start);
            let floor = match (floor, closed) {
                (Some(f), Some(s)) => Some(f.max(s)),
                (f, s) => f.or(s),
            };
            if let Some(first) = lost_first(doc, verbs, c, floor) {
                items.push(first);
            }
        }
        items.push(item(ord));
        lists.push(List {
            family: fam,
            items,
            parent,
            last_para: c.para,
            finished: false,
            closed_at: None,
        });
        stack.push(lists.len() - 1);
    }
}

/// Closes the lists of the stack from `from` on, at `at`. Gives the start of the latest
/// last item among them.
fn close(lists: &mut [List], stack: &mut Vec<usize>, from: usize, at: usize) -> Option<usize> {
    let mut latest = None;
    for &l in &stack[from..] {
        lists[l].closed_at.get_or_insert(at);
        latest = latest.max(Some(lists[l].last().start));
    }
    stack.truncate(from);
    latest
}

/// The verb of saying that opens a list whose first marker is at `at`: the last one before
/// it in its paragraph (not before `floor`) that introduces what is said or has its subject
/// before it (`put forward three suggestions` after `Chen Ning,`), else the last; when the
/// marker opens its paragraph and nothing else comes first, the paragraph before.
/// Gives the verb and the start of its paragraph.
fn opener(doc: &Document, verbs: &Verbs, at: usize, floor: Option<usize>) -> Option<(Said, usize)> {
    let para = doc.paragraph_index(at)?;
    let p = &doc.paragraphs[para];
    let lo = floor.map_or(p.start, |f| f.max(p.start));
    if let Some(v) = verbs.pick(lo, at) {
        return Some((v, p.start));
    }
    if at == p.start && floor.is_none() && para > 0 {
        let q = &doc.paragraphs[para - 1];
        return verbs.pick(q.start, q.end).map(|v| (v, q.start));
    }
    None
}

/// The implicit first item of a list that starts at `c`, its second marker: from after the
/// verb of saying that opens the list, else the paragraph start, to the marker; when the
/// marker opens its paragraph, the paragraph before.
fn lost_first(doc: &Document, verbs: &Verbs, c: &Candidate, floor: Option<usize>) -> Option<Item> {
    let text = doc.text;
    let p = &doc.paragraphs[c.para];
    let (lo, end) = if c.opens_para && floor.is_none() {
        let q = doc.paragraphs.get(c.para.checked_sub(1)?)?;
        (q.start, q.end)
    } else {
        (floor.map_or(p.start, |f| f.max(p.start)), c.start)
    };
    let start = match opener(doc, verbs, c.start, floor) {
        Some((v, _)) if v.end <= end && v.start >= lo => saying::after_verb(text, &v, end),
        _ => lo,
    };
    let end = trimmed_end(text, start, end)?;
    Some(Item {
        ordinal: 1,
        start,
        end,
        marker: None,
    })
}

/// Where the last item of a list ends: its paragraph's end, or before a sentence where a new
/// subject speaks, or before a closing author or editor credit.
fn last_end(doc: &Document, start: usize, boundaries: &[usize]) -> usize {
    let para_end = doc
        .paragraph_at(start)
        .map_or(doc.text.len(), |p| p.end.max(start));
    let end = next_boundary(boundaries, start).map_or(para_end, |b| b.min(para_end));
    start + credit::strip(&doc.text[start..end]).len()
}

/// Where an item closed by the marker of another list at `at` ends: before the sentence that
/// leads in to that list (`三是……。同时，要抓好以下工作：（一）`), else at the marker.
fn before_lead_in(text: &str, start: usize, at: usize) -> usize {
    let head = &text[start..at];
    let lead_in = head
        .trim_end()
        .ends_with(|c: char| !matches!(c, '。' | '.' | '!' | '?' | '！' | '？' | '”' | '"'));
    match head.rfind(['。', '！', '？', '；', '.', '!', '?', ';']) {
        Some(i) if lead_in && i > 0 => {
            let stop = head[i..].chars().next().map_or(0, char::len_utf8);
            let mut end = start + i + stop;
            // with the closing quotation marks of the sentence
            for c in text[end..at].chars() {
                if !matches!(c, '”' | '’' | '"' | '」' | '』') {
                    break;
                }
                end += c.len_utf8();
            }
            end
        }
        _ => at,
    }
}

/// Sets each item's end, and puts each list's speaker (an official) in `speakers`.
fn end_items(
    doc: &Document,
    lists: &mut [List],
    boundaries: &[usize],
    verbs: &Verbs,
    (mentions, stops): (&Mentions, &Stops),
    (nested_end, speakers): (&mut Vec<usize>, &mut Vec<Option<usize>>),
) {
    // the end of the lists nested in each list's last item; nested lists come after their
    // parent, so going backwards sets them first
    nested_end.clear();
    nested_end.resize(lists.len(), 0);
    for l in (0..lists.len()).rev() {
        let n = lists[l].items.len();
        for i in 0..n {
            let item = &lists[l].items[i];
            let end = if i + 1 < n {
                lists[l].items[i + 1].start
            } else if item.marker.is_none() {
                item.end
            } else {
                let para_end = last_end(doc, item.start, boundaries);
                let end = match lists[l].closed_at {
                    Some(at) if at < para_end => before_lead_in(doc.text, item.start, at),
                    _ => para_end,
                };
                end.max(nested_end[l])
            };
            lists[l].items[i].end = end.max(lists[l].items[i].start);
        }
        if let Some((pl, pi)) = lists[l].parent {
            if pi + 1 == lists[pl].items.len() {
                nested_end[pl] = nested_end[pl].max(lists[l].last().end);
            }
        }
    }
    speakers.clear();
    for l in 0..lists.len() {
        let list = &lists[l];
        let Some(first) = list.items.iter().find(|i| i.marker.is_some()) else {
            speakers.push(None);
            continue;
        };
        let floor = list.parent.map(|(pl, pi)| lists[pl].items[pi].start);
        let speaker = match opener(doc, verbs, first.start, floor) {
            Some((v, from)) => saying::speaker(doc, stops, from, &v, mentions),
            None => list.parent.and_then(|(pl, _)| speakers[pl]),
        };
        speakers.push(speaker);
    }
}

/// The end of an item without trailing whitespace and `;；,，、`, nor the `, and` that joins
/// it to the next (`one is to ..., and the other is to ...`); `None` when nothing is left.
fn trimmed_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let trim = |t: &str| -> usize {
        t.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ';' | '；' | ',' | '，' | '、')
        })
        .len()
    };
    let item = &text[start..end];
    let mut len = trim(item);
    if ends_with_word(&item[..len], "and") {
        let before = trim(&item[..len - 3]);
        if before > 0 && item[before..len - 3].contains([',', ';', '，', '；']) {
            len = before;
        }
    }
    (len > 0).then_some(start + len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::Mention;
    use crate::prefilter::Prefilter;

    /// An official with a mention at each `(needle, nth occurrence)` of `text`.
    fn official(text: &str, name: &str, mentions: &[(&str, usize)]) -> Official {
        let mentions = mentions
            .iter()
            .map(|&(needle, nth)| {
                let start = text
                    .match_indices(needle)
                    .nth(nth)
                    .expect("mention in text")
                    .0;
                Mention {
                    start,
                    end: start + needle.len(),
                    text: needle.to_string(),
                }
            })
            .collect();
        Official {
            name: name.to_string(),
            titles: Vec::new(),
            mentions,
        }
    }

    static PREFILTER: Lazy<Prefilter> = Lazy::new(|| {
        let mut triggers = Vec::new();
        super::triggers(&mut triggers);
        Prefilter::new(&triggers)
    });

    fn run(text: &str, officials: &[Official]) -> Vec<Directive> {
        let hits = PREFILTER.scan(text);
        let doc = Document::new(text, None);
        extract(&doc, &hits, officials)
    }

    fn speakers(text: &str, officials: &[Official]) -> Vec<Option<String>> {
        run(text, officials)
            .into_iter()
            .map(|d| d.speaker)
            .collect()
    }

    fn some(name: &str, n: usize) -> Vec<Option<String>> {
        vec![Some(name.to_string()); n]
    }

    #[test]
    fn tables_load() {
        assert!(MARKERS.forms.len() > 400);
        assert!(MARKERS
            .rows
            .iter()
            .all(|&(f, _)| (f as usize) < MARKERS.families.len()));
        assert!(saying::VERBS.len() > 40);
    }

    #[test]
    fn speaker_is_the_pronoun_mention_before_the_verb() {
        let text = "Shi Baozhen attended the meeting.\n\nShe emphasized that the CPPCC should act. The second is to grasp the tasks. The third is to gather strength.";
        let o = official(text, "Shi Baozhen", &[("Shi Baozhen", 0), ("She", 0)]);
        assert_eq!(speakers(text, &[o]), some("Shi Baozhen", 3));
    }

    #[test]
    fn speaker_with_a_title_between_name_and_verb() {
        let text = "Shi Baozhen, Secretary of the Party Group, pointed out that, first, we must study; second, we must act.";
        let o = official(text, "Shi Baozhen", &[("Shi Baozhen", 0)]);
        assert_eq!(speakers(text, &[o]), some("Shi Baozhen", 2));
    }

    #[test]
    fn speaker_by_short_name_in_the_sentence_before() {
        let text = "Tan urged to focus on the following aspects. First, implement the spirit. Second, emancipate the mind.";
        let o = official(text, "Tan Zuojun", &[("Tan", 0)]);
        assert_eq!(speakers(text, &[o]), some("Tan Zuojun", 2));
    }

    #[test]
    fn speaker_in_chinese() {
        let text = "会上，王浩强调，一要提高认识。二要广泛宣传。";
        let o = official(text, "王浩", &[("王浩", 0)]);
        assert_eq!(speakers(text, &[o]), some("王浩", 2));
    }

    #[test]
    fn speaker_from_the_paragraph_before_the_list() {
        let text = "习近平指出，实践留下宝贵经验。\n第一，必须贯彻方针。\n第二，必须依法治理。";
        let o = official(text, "习近平", &[("习近平", 0)]);
        assert_eq!(speakers(text, &[o]), some("习近平", 2));
    }

    #[test]
    fn pronoun_without_its_own_mention_takes_the_last_official() {
        let text = "Mr. Li listened to the reports. He stressed on the following points. First is to study. Second is to act.";
        let o = official(text, "Li Lianqiang", &[("Li", 0)]);
        assert_eq!(speakers(text, &[o]), some("Li Lianqiang", 2));
    }

    #[test]
    fn no_speaker_when_the_meeting_speaks() {
        let text = "王浩主持会议。会议强调，一是抓好学习；二是抓好落实。";
        let o = official(text, "王浩", &[("王浩", 0)]);
        assert_eq!(speakers(text, &[o]), vec![None, None]);
        let text = "The meeting, chaired by Li Ming, emphasized that, first, we must study; second, we must act.";
        let o = official(text, "Li Ming", &[("Li Ming", 0)]);
        assert_eq!(speakers(text, &[o]), vec![None, None]);
    }

    #[test]
    fn no_speaker_without_officials() {
        let text = "She emphasized that, first, we must study; second, we must act.";
        assert_eq!(speakers(text, &[]), vec![None, None]);
    }

    #[test]
    fn nested_list_takes_the_speaker_of_its_parent() {
        let text = "王浩强调，首先，要抓好学习：一是读原文，二是悟原理。其次，要抓好落实。";
        let o = official(text, "王浩", &[("王浩", 0)]);
        assert_eq!(speakers(text, &[o]), some("王浩", 4));
    }

    #[test]
    fn an_official_speaking_ends_the_last_item() {
        let text = "一是抓好学习。二是抓好宣传。区委书记张明强调，各部门要加强协作。";
        let o = official(text, "张明", &[("张明", 0)]);
        let d = run(text, &[o]);
        assert_eq!(d[1].text, "二是抓好宣传。");
    }

    #[test]
    fn offsets_hold_on_any_text() {
        let pieces = [
            "First, ",
            "Second,",
            "second ",
            "The second is",
            "一是",
            "二是",
            "，",
            "。",
            "(1)",
            "2.",
            "①",
            "最后",
            "首先",
            "其次",
            "emphasized that ",
            "强调",
            "\n",
            " ",
            "é",
            "（一）",
            "(",
            ")",
            "会议要求",
            "The meeting stressed: ",
            "3 it is",
            "Finally,",
            "x",
            "1",
            ".",
        ];
        // a deterministic walk over many combinations of the pieces
        let mut seed: u64 = 7;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let mut last = 0;
            for d in run(&text, &[]) {
                assert_eq!(&text[d.start..d.end], d.text, "in {text:?}");
                assert!(!d.text.is_empty() && d.start >= last, "in {text:?}");
                last = d.start;
            }
        }
    }
}
