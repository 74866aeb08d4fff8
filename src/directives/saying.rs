//! Verbs of saying (`data/saying.tsv`) and what hangs on them: the verb that opens a list,
//! the sentence where another speaker takes over (`The meeting emphasized:`, `会议要求`), and
//! the official who speaks (`She emphasized that`, `王浩强调`).

use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::{is_han, Document};
use crate::extraction::Official;
use crate::lexicon;
use crate::narrow::{is_narrow, Twin};
use crate::prefilter::Hit;

/// One verb of saying.
pub(super) struct Verb {
    pub form: &'static str,
    /// English forms match whole words.
    pub english: bool,
}

pub(super) static VERBS: Lazy<Vec<Verb>> = Lazy::new(|| {
    lexicon::rows(include_str!("../../data/saying.tsv"), "data/saying.tsv", 2)
        .expect("data/saying.tsv is valid")
        .iter()
        .map(|r| Verb {
            form: r.get(1),
            english: r.get(0) == "en",
        })
        .collect()
});

/// The surnames, simplified and traditional, sorted for [`is_zh_name`]'s binary search.
static SURNAMES: Lazy<Vec<&'static str>> = Lazy::new(|| {
    let rows = lexicon::rows(
        include_str!("../../data/surnames.tsv"),
        "data/surnames.tsv",
        2,
    )
    .expect("data/surnames.tsv is valid");
    let mut out = Vec::new();
    for r in &rows {
        out.push(r.get(0));
        out.extend(r.alternatives(1));
    }
    out.sort_unstable();
    out.dedup();
    out
});

/// A verb of saying found in the text (a prefilter hit, confirmed).
#[derive(Debug, Clone, Copy)]
pub(super) struct Said {
    pub start: usize,
    pub end: usize,
    /// Followed by `that`, a colon or a comma: the verb introduces what is said rather than
    /// an object (`put forward three suggestions`, `严格要求自己`).
    pub strong: bool,
    /// Opens its sentence after a subject (`The meeting emphasized`, `王浩强调`); set by
    /// the caller from [`boundary`].
    pub opens_sentence: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_han(c)
}

/// Confirms a hit of a verb of saying: English forms stand as whole words.
pub(super) fn confirm(text: &str, hit: &Hit, verb: &Verb) -> Option<Said> {
    if !text.is_char_boundary(hit.start) || !text.is_char_boundary(hit.end) {
        return None;
    }
    let before = text[..hit.start].chars().next_back();
    let after_text = &text[hit.end..];
    if verb.english
        && (before.is_some_and(is_word_char) || after_text.chars().next().is_some_and(is_word_char))
    {
        return None;
    }
    // `意见建议`, `按照……的要求，`: a noun, not a verb of saying
    if !verb.english
        && (text[..hit.start].ends_with("意见")
            || text[..hit.start].ends_with("意見")
            || text[..hit.start].ends_with('的'))
    {
        return None;
    }
    // `认真落实省委全会部署，`, `按照会议要求，`: the object of a verb of carrying out
    // that opens its clause, a noun
    // (only of the verbs that are nouns too: `会议在研究贯彻意见时强调，` is said)
    if !verb.english && matches!(&text[hit.start..hit.end], "部署" | "要求") {
        let before = &text[..hit.start];
        let clause = &before[before.rfind(['，', '。', '；', '：']).map_or(0, |i| i + 3)..];
        if ["落实", "落實", "贯彻", "貫徹", "按照", "根据", "根據"]
            .iter()
            .any(|w| clause.contains(w))
        {
            return None;
        }
    }
    let rest = after_text.trim_start_matches([' ', '\u{a0}']);
    let strong = rest.starts_with([',', ':', '，', '：', '；'])
        || (verb.english && starts_with_word(rest, "that"));
    Some(Said {
        start: hit.start,
        end: hit.end,
        strong,
        opens_sentence: false,
    })
}

/// Does `s` start with the word `w` (ASCII case aside)?
pub(super) fn starts_with_word(s: &str, w: &str) -> bool {
    s.len() >= w.len()
        && s.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
        && !s[w.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// Where what is said begins after a verb: past `that`, a colon or comma and spaces.
pub(super) fn after_verb(text: &str, v: &Said, limit: usize) -> usize {
    let mut pos = v.end;
    let skip = |pos: &mut usize| {
        let rest = &text[*pos..limit];
        let t = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ':' | '，' | '：' | '；' | ';')
        });
        *pos += rest.len() - t.len();
    };
    skip(&mut pos);
    if starts_with_word(&text[pos..limit], "that") {
        pos += 4;
        skip(&mut pos);
    }
    pos
}

/// The last mark in `head[from..]` that ends a sentence, and where it is in `head`, read
/// from the back without decoding the characters on the way.
fn last_end(head: &str, from: usize) -> Option<(usize, char)> {
    if head.as_bytes().last().is_some_and(|&c| c >= 0x80) {
        last_end_wide(head, from)
    } else {
        last_end_narrow(head, from)
    }
}

/// The mark that may close a sentence whose last byte is at `j` of `b` (`.!?;`, `。！？；`):
/// where it starts, and the mark.
fn closing_mark_at(b: &[u8], j: usize) -> Option<(usize, char)> {
    Some(match b[j] {
        b'.' => (j, '.'),
        b'!' => (j, '!'),
        b'?' => (j, '?'),
        b';' => (j, ';'),
        0x82 if j >= 2 && b[j - 2..j] == [0xE3, 0x80] => (j - 2, '。'),
        0x81 if j >= 2 && b[j - 2..j] == [0xEF, 0xBC] => (j - 2, '！'),
        0x9F if j >= 2 && b[j - 2..j] == [0xEF, 0xBC] => (j - 2, '？'),
        0x9B if j >= 2 && b[j - 2..j] == [0xEF, 0xBC] => (j - 2, '；'),
        _ => return None,
    })
}

/// [`last_end`] for Chinese text, byte by byte: only `.!?;` and the last byte of `。！？；`
/// (`E3 80 82`, `EF BC 81/9F/9B`) may close a sentence. Looking for the bytes that open
/// them would stop at every `，` (`EF BC 8C`). Sixteen bytes at a time are asked which of
/// them may close ([`may_close_bits`]), from the back: most blocks hold none, where a look
/// in a table for each byte cost some six instructions a byte.
fn last_end_wide(head: &str, from: usize) -> Option<(usize, char)> {
    let b = head.as_bytes();
    // the mark whose last byte is at `j`, if it ends a sentence
    let end_at = |j: usize| {
        let (i, c) = closing_mark_at(b, j)?;
        ends_sentence(head, i, c).then_some((i, c))
    };
    let mut j = b.len();
    while j >= from + 16 {
        let Some(block) = b.get(j - 16..j).and_then(|w| <&[u8; 16]>::try_from(w).ok()) else {
            break;
        };
        // the bytes that may close, the last first
        let mut bits = may_close_bits(block);
        while bits != 0 {
            let k = 15 - bits.leading_zeros() as usize;
            bits &= !(1 << k);
            if let Some(found) = end_at(j - 16 + k) {
                return Some(found);
            }
        }
        j -= 16;
    }
    while j > from {
        j -= 1;
        // most bytes are none of these: one look in a table passes them
        if !MAY_CLOSE[usize::from(b[j])] {
            continue;
        }
        if let Some(found) = end_at(j) {
            return Some(found);
        }
    }
    None
}

/// The bytes of `block` that [`MAY_CLOSE`] takes, as bits: bit `k` for `block[k]`.
/// Each byte is compared with the eight at once, sixteen bytes to a vector (SSE2, part of
/// every x86_64 processor).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn may_close_bits(block: &[u8; 16]) -> u16 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2, which these need, is part of every x86_64 processor; the load reads
    // the sixteen bytes of `block`, unaligned
    unsafe {
        let v = _mm_loadu_si128(block.as_ptr().cast());
        let is = |x: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(x as i8));
        let any = _mm_or_si128(
            _mm_or_si128(
                _mm_or_si128(is(b'.'), is(b'!')),
                _mm_or_si128(is(b'?'), is(b';')),
            ),
            _mm_or_si128(
                _mm_or_si128(is(0x82), is(0x81)),
                _mm_or_si128(is(0x9F), is(0x9B)),
            ),
        );
        _mm_movemask_epi8(any) as u16
    }
}

/// [`may_close_bits`] on other processors.
#[cfg(not(target_arch = "x86_64"))]
fn may_close_bits(block: &[u8; 16]) -> u16 {
    let mut bits = 0u16;
    for (k, &x) in block.iter().enumerate() {
        bits |= u16::from(MAY_CLOSE[usize::from(x)]) << k;
    }
    bits
}

/// The bytes [`last_end_wide`] looks at: `.!?;` and the last bytes of `。！？；`.
const MAY_CLOSE: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = [b'.', b'!', b'?', b';', 0x82, 0x81, 0x9F, 0x9B];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// [`last_end`] for English text: the bytes that may open a mark (`.!?;`, and `E3`, `EF`
/// that open `。` and `！？；`) are found with `memrchr`.
fn last_end_narrow(head: &str, from: usize) -> Option<(usize, char)> {
    let b = head.as_bytes();
    let stops = |to: usize| memchr::memrchr3(b'.', b'!', b'?', &b[from..to]).map(|k| from + k);
    let wide = |to: usize| memchr::memrchr3(b';', 0xE3, 0xEF, &b[from..to]).map(|k| from + k);
    let (mut stop, mut wide_at) = (stops(b.len()), wide(b.len()));
    // the later of the two; `None` sorts first
    while let Some(i) = stop.max(wide_at) {
        let c = match (b[i], b.get(i + 1..i + 3)) {
            (b'.', _) => Some('.'),
            (b'!', _) => Some('!'),
            (b'?', _) => Some('?'),
            (b';', _) => Some(';'),
            (0xE3, Some([0x80, 0x82])) => Some('。'),
            (0xEF, Some([0xBC, 0x81])) => Some('！'),
            (0xEF, Some([0xBC, 0x9F])) => Some('？'),
            (0xEF, Some([0xBC, 0x9B])) => Some('；'),
            _ => None,
        };
        if let Some(c) = c {
            if ends_sentence(head, i, c) {
                return Some((i, c));
            }
        }
        if stop == Some(i) {
            stop = stops(i);
        } else {
            wide_at = wide(i);
        }
    }
    None
}

/// The start of the sentence holding `pos`, not before `floor`: after the last `。！？；!?;`,
/// or a full stop that ends a sentence (not `Mr.`, not a decimal point). The look back may
/// be long: past the last two kilobytes (longer than any sentence of a report) it visits
/// only the marks that may end a sentence ([`Stops`]), however long a run without them.
pub(super) fn sentence_start_in(text: &str, stops: &Stops, floor: usize, pos: usize) -> usize {
    const NEAR: usize = 2048;
    let head = &text[floor..pos];
    let mut near = head.len().saturating_sub(NEAR);
    while !head.is_char_boundary(near) {
        near += 1;
    }
    let found = last_end(head, near).or_else(|| {
        if near == 0 {
            return None;
        }
        let all = stops.get(text);
        let from = all.partition_point(|&i| i < floor);
        let to = all.partition_point(|&i| i < floor + near);
        all[from..to]
            .iter()
            .rev()
            .map(|&i| (i - floor, head[i - floor..].chars().next().unwrap_or(' ')))
            .find(|&(i, c)| ends_sentence(head, i, c))
    });
    let end = found.map_or(floor, |(i, c)| floor + i + c.len_utf8());
    after_lead(text, end, pos)
}

/// Does character `c` at byte `i` of `head` end a sentence?
fn ends_sentence(head: &str, i: usize, c: char) -> bool {
    match c {
        '。' | '！' | '？' | '!' | '?' | '；' | ';' => true,
        '.' => {
            let word = head[..i]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let next = head[i + 1..].chars().next();
            let abbreviation = matches!(word, "Mr" | "Ms" | "Mrs" | "Dr" | "No" | "St")
                || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()));
            let decimal = word.ends_with(|c: char| c.is_ascii_digit())
                && next.is_some_and(|c| c.is_ascii_digit());
            !(abbreviation || decimal)
        }
        _ => false,
    }
}

/// `start` past the closing quotation marks and spaces that open the sentence.
fn after_lead(text: &str, start: usize, pos: usize) -> usize {
    let rest = &text[start..pos];
    start + (rest.len() - rest.trim_start_matches(is_lead).len())
}

/// Where the text holds a mark that may end a sentence (`。！？；!?;.`), in order; found
/// once, the first time a sentence runs long.
#[derive(Default)]
pub(super) struct Stops(std::cell::OnceCell<Vec<usize>>);

impl Stops {
    fn get(&self, text: &str) -> &[usize] {
        self.0.get_or_init(|| Stops::find(text))
    }

    fn find(text: &str) -> Vec<usize> {
        let b = text.as_bytes();
        let mut out: Vec<usize> = memchr::memchr3_iter(b'.', b'!', b'?', b).collect();
        // 。 is E3 80 82; ！ ？ ； are EF BC 81, EF BC 9F, EF BC 9B
        out.extend(
            memchr::memchr3_iter(b';', 0xE3, 0xEF, b).filter(|&i| match b[i] {
                0xE3 => b.get(i + 1..i + 3) == Some(&[0x80, 0x82]),
                0xEF => matches!(b.get(i + 1..i + 3), Some([0xBC, 0x81 | 0x9F | 0x9B])),
                _ => true,
            }),
        );
        out.sort_unstable();
        out
    }
}

/// The mentions of all officials, sorted by start and by end (each stably, so that among
/// equals the order of `officials` holds): who stands before a verb is found by a binary
/// search instead of a walk over every mention of the text.
#[derive(Default)]
pub(super) struct Mentions {
    /// `(start, end, official)`.
    by_start: Vec<(usize, usize, usize)>,
    by_end: Vec<(usize, usize, usize)>,
}

impl Mentions {
    #[cfg(test)]
    pub fn new(officials: &[Official]) -> Mentions {
        let mut m = Mentions::default();
        m.fill(officials);
        m
    }

    /// The mentions of `officials`, in place of those held: the lists are kept from one
    /// text to the next.
    pub fn fill(&mut self, officials: &[Official]) {
        let all = || {
            officials
                .iter()
                .enumerate()
                .flat_map(|(o, off)| off.mentions.iter().map(move |m| (m.start, m.end, o)))
        };
        // sized first: collected from a flattened iterator, the list grew step by step
        let n = officials.iter().map(|o| o.mentions.len()).sum();
        self.by_start.clear();
        self.by_start.reserve(n);
        self.by_start.extend(all());
        self.by_start.sort_by_key(|m| m.0);
        self.by_end.clear();
        self.by_end.reserve(n);
        self.by_end.extend(all());
        self.by_end.sort_by_key(|m| m.1);
    }

    /// The mentions that end in `lo..=hi`, in order of their end.
    fn ending_in(&self, lo: usize, hi: usize) -> &[(usize, usize, usize)] {
        let from = self.by_end.partition_point(|m| m.1 < lo);
        let to = self.by_end.partition_point(|m| m.1 <= hi);
        &self.by_end[from..to.max(from)]
    }

    /// The official of the first mention (by start, then order of officials) inside
    /// `lo..hi`.
    fn first_inside(&self, lo: usize, hi: usize) -> Option<usize> {
        let from = self.by_start.partition_point(|m| m.0 < lo);
        self.by_start[from..]
            .iter()
            .take_while(|m| m.0 < hi)
            .find(|m| m.1 <= hi)
            .map(|m| m.2)
    }

    /// The official of the mention that ends last (then first in the order of officials)
    /// at or before `hi`.
    fn last_before(&self, hi: usize) -> Option<usize> {
        let to = self.by_end.partition_point(|m| m.1 <= hi);
        let last = self.by_end[..to].last()?.1;
        let first = self.by_end.partition_point(|m| m.1 < last);
        Some(self.by_end[first].2)
    }
}

fn is_lead(c: char) -> bool {
    c.is_whitespace() || matches!(c, '”' | '’' | '"' | '」' | '』' | ')' | '）')
}

// The meeting | He | She | It was | Shi Baozhen, Secretary of ..., | Comrade Chen Ning
// (after an opening phrase such as `At the meeting,`), and `also`, `further` before the verb
const SUBJECT_EN_PATTERN: &str = r"^(?:(?:At|During|In|After|On behalf of|Finally|Meanwhile|In addition|Lastly|Besides)\b[^,.;:]{0,80},\s*)?(?:(?:The|the) (?:meeting|conference|session|plenum|plenary session|symposium|forum|participants|attendees|speech|report)|He|She|They|We|It (?:was|is)(?: also| further)?|(?:Comrade |Mr\.? |Ms\.? |Mrs\.? )?(?P<name>[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){0,2}(?:, [^.;:]{1,250},)?)(?:\s+(?:also|further|then|finally|once again|again|specifically|repeatedly))?\s*$";

static SUBJECT_EN: Twin = Twin::new(
    || SUBJECT_EN_PATTERN.into(),
    |p| Regex::new(p).expect("SUBJECT_EN is valid"),
);

/// A prefix of at most this many bytes holds no run of 250 characters that
/// [`SUBJECT_EN`] could take as `[^.;:]{1,250}` (the run follows at least `Ab, ` and
/// precedes a comma), so there the bound can be left out.
const SHORT_SUBJECT: usize = 255;

/// [`SUBJECT_EN`] with `[^.;:]+` for `[^.;:]{1,250}`, the same on a prefix of at most
/// [`SHORT_SUBJECT`] bytes: the bounded repetition compiled to 250 copies of its class.
static SUBJECT_EN_SHORT: Twin = Twin::new(
    || SUBJECT_EN_PATTERN.replace("{1,250}", "+"),
    |p| Regex::new(p).expect("SUBJECT_EN is valid"),
);

// 会议 | 会上，王浩 | 他 | 她 | 与会同志, with 还 也 同时 再次 before the verb
static SUBJECT_ZH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?:(?:会上|會上|会议最后|會議最後|最后|最後|同时|同時|此外|另外|随后|隨後)[，,]?)?(?P<who>\p{Han}{1,6}?)(?:还|還|也|同时|同時|再次|进一步|進一步|最后|最後|特别|特別|在讲话中|在講話中)?$",
    )
    .unwrap()
});

/// The openings of [`SUBJECT_ZH`] (the comma after them is optional), in its order.
const ZH_OPENINGS: [&str; 12] = [
    "会上",
    "會上",
    "会议最后",
    "會議最後",
    "最后",
    "最後",
    "同时",
    "同時",
    "此外",
    "另外",
    "随后",
    "隨後",
];

/// The words of [`SUBJECT_ZH`] between the subject and the verb.
const ZH_ADVERBS: [&str; 14] = [
    "还",
    "還",
    "也",
    "同时",
    "同時",
    "再次",
    "进一步",
    "進一步",
    "最后",
    "最後",
    "特别",
    "特別",
    "在讲话中",
    "在講話中",
];

/// The `who` that [`SUBJECT_ZH`] captures in `prefix`, without the regex where every
/// character is a common Han one (all of `\p{Han}`) or a comma: the openings in their
/// order, the comma before none, then the shortest subject that leaves an adverb or
/// nothing, as the regex tries them. Other prefixes go to the regex.
fn subject_zh(prefix: &str) -> Option<&str> {
    let plain = prefix
        .chars()
        .all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || matches!(c, '，' | ','));
    if !plain {
        return SUBJECT_ZH
            .captures(prefix)
            .and_then(|c| c.name("who"))
            .map(|m| m.as_str());
    }
    let opened = ZH_OPENINGS
        .iter()
        .find(|o| prefix.starts_with(*o))
        .map(|o| &prefix[o.len()..]);
    let tries = opened
        .map(|rest| [rest.strip_prefix(['，', ',']), Some(rest)])
        .into_iter()
        .flatten()
        .chain([Some(prefix)])
        .flatten();
    for rest in tries {
        for (i, c) in rest.char_indices().take(6) {
            if matches!(c, '，' | ',') {
                break;
            }
            let (who, after) = rest.split_at(i + c.len_utf8());
            if after.is_empty() || ZH_ADVERBS.contains(&after) {
                return Some(who);
            }
        }
    }
    None
}

// capitalised words that open a sentence without naming anyone
const NOT_NAMES: [&str; 12] = [
    "It", "This", "That", "These", "Those", "There", "Which", "What", "Such", "Each", "All", "Our",
];

/// Does a word of [`NOT_NAMES`] stand anywhere in `s`, as a word or inside one? Every
/// name [`SUBJECT_EN`] takes is a piece of its text, so where none does, no name can be
/// one of them.
fn holds_not_name(s: &str) -> bool {
    let b = s.as_bytes();
    // each opens with a capital: the few capitals of the text are tried alone
    b.iter().enumerate().any(|(i, c)| {
        matches!(c, b'A' | b'E' | b'I' | b'O' | b'S' | b'T' | b'W')
            && NOT_NAMES.iter().any(|w| b[i..].starts_with(w.as_bytes()))
    })
}

/// The meetings that speak as a subject: `会议指出`, `座谈会强调`.
const MEETING_NOUNS: [&str; 8] = [
    "会议",
    "會議",
    "大会",
    "大會",
    "全会",
    "全會",
    "座谈会",
    "座談會",
];

/// The Chinese subjects of saying besides a meeting: pronouns and the attendees.
const ZH_SUBJECTS: [&str; 10] = [
    "他",
    "她",
    "他们",
    "他們",
    "与会人员",
    "與會人員",
    "与会同志",
    "與會同志",
    "与会委员",
    "與會委員",
];

/// The longest subject before a verb of saying, in bytes (a name with its titles).
const MAX_SUBJECT: usize = 320;

/// Is `s` a Chinese personal name: two to four Han characters after a known surname?
fn is_zh_name(s: &str) -> bool {
    let n = s.chars().count();
    // a surname is one of the name's first characters, not all: each shorter start of the
    // name is sought among them (each surname compared with the name in turn, six hundred
    // calls to compare bytes, cost the news most of the check of a subject)
    (2..=4).contains(&n)
        && s.chars().all(is_han)
        && s.char_indices()
            .skip(1)
            .any(|(i, _)| SURNAMES.binary_search(&&s[..i]).is_ok())
}

/// The words that may end what [`SUBJECT_EN`] takes, besides a capitalised name word and
/// a comma: its subjects, `It was|is`, and the adverbs after them.
const SUBJECT_EN_LAST: [&str; 23] = [
    "meeting",
    "conference",
    "session",
    "plenum",
    "symposium",
    "forum",
    "participants",
    "attendees",
    "speech",
    "report",
    "He",
    "She",
    "They",
    "We",
    "was",
    "is",
    "also",
    "further",
    "then",
    "finally",
    "again",
    "specifically",
    "repeatedly",
];

/// May [`SUBJECT_EN`] take `prefix`, trimmed at the end? Only where it ends in a comma or
/// in a word of [`SUBJECT_EN_LAST`] or a name word (`Li`): most verbs of saying follow
/// other words (`we must ... and put forward`), and these need no regex.
fn may_be_subject_en(prefix: &str) -> bool {
    let b = prefix.as_bytes();
    if b.last() == Some(&b',') {
        return true;
    }
    let n = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let w = &b[b.len() - n..];
    n >= 2
        && (SUBJECT_EN_LAST.iter().any(|l| l.as_bytes() == w)
            || (w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase)))
}

/// The longest prefix [`SUBJECT_ZH`] takes, in bytes: fifteen characters (`会议最后，` and
/// six of a name and `在讲话中`) of at most four bytes.
const LONGEST_ZH_SUBJECT: usize = 60;

/// The form of [`SUBJECT_EN`] for `prefix`.
fn subject_en(prefix: &str) -> &'static Regex {
    let narrow = is_narrow(prefix);
    if narrow && prefix.len() <= SHORT_SUBJECT {
        SUBJECT_EN_SHORT.get(true)
    } else {
        SUBJECT_EN.get(narrow)
    }
}

/// Where a verb of saying opens a sentence by a new subject (`The meeting emphasized:`,
/// `会议要求`, `习近平强调，`): the start of that sentence. This ends the last item of a list
/// (machine translation glues paragraphs) and closes the lists open before it.
pub(super) fn boundary(
    doc: &Document,
    floor: usize,
    v: &Said,
    mentions: &Mentions,
) -> Option<usize> {
    let text = doc.text;
    // a subject is short: look back no further than it can reach
    let mut near = v.start.saturating_sub(MAX_SUBJECT).max(floor);
    while !text.is_char_boundary(near) {
        near += 1;
    }
    let end = last_end(&text[near..v.start], 0);
    // no sentence end within reach: the subject would be longer
    if near > floor && end.is_none() {
        return None;
    }
    let end = end.map_or(near, |(i, c)| near + i + c.len_utf8());
    let s = after_lead(text, end, v.start);
    let prefix = text[s..v.start].trim_end();
    if prefix.is_empty() {
        return None;
    }
    let by_official = mentions.ending_in(s, v.start).iter().any(|m| {
        m.0 >= s
            && matches!(
                text[m.1..v.start].trim(),
                "" | "also" | "further" | "还" | "也" | "同时" | "再次" | "进一步"
            )
    });
    let subject = by_official
        || if prefix.is_ascii() || !prefix.chars().any(is_han) {
            may_be_subject_en(prefix)
                && if holds_not_name(prefix) {
                    subject_en(prefix).captures(prefix).is_some_and(|c| {
                        // `It requires`, `This shows` are no new speaker
                        !c.name("name")
                            .is_some_and(|n| NOT_NAMES.contains(&n.as_str()))
                    })
                } else {
                    // no name the pattern takes can be one of them: whether it matches
                    // says it all, which its automaton tells without the groups (finding
                    // them took most of the time of this function)
                    subject_en(prefix).is_match(prefix)
                }
        } else {
            prefix.len() <= LONGEST_ZH_SUBJECT
                && subject_zh(prefix).is_some_and(|who| {
                    // a bare name only before a verb that reports speech (`王浩强调，`), not
                    // before `要求`, `提出`, where `安全要求` reads as a name too
                    MEETING_NOUNS.contains(&who)
                        || ZH_SUBJECTS.contains(&who)
                        || (v.strong
                            && matches!(&text[v.start..v.end], "强调" | "強調" | "指出" | "表示")
                            && is_zh_name(who))
                })
        };
    subject.then_some(s)
}

// the meeting itself speaks: `The meeting emphasized`, `会议指出` (not `会上`, `座谈会上`)
static MEETING_SUBJECT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:(?i:the )?(?i:meeting|conference|session|plenum|symposium|forum)\b|(?:会议|會議|大会|大會|全会|全會|座谈会|座談會|常委会|常委會)[^上])").unwrap()
});

/// The Chinese subjects of [`MEETING_SUBJECT`]: the meetings, and a standing committee.
const MEETING_WORDS: [&[&str]; 2] = [&MEETING_NOUNS, &["常委会", "常委會"]];

/// Does [`MEETING_SUBJECT`] match `prefix`? Without the regex (its `\b` keeps it off the
/// fast engines on Chinese text) where a common Han character opens the prefix: none opens
/// the English subjects, so only a Chinese one not followed by `上` can match.
fn meeting_speaks(prefix: &str) -> bool {
    match prefix.chars().next() {
        Some(c) if ('\u{4E00}'..='\u{9FFF}').contains(&c) => {
            MEETING_WORDS.iter().copied().flatten().any(|w| {
                prefix
                    .strip_prefix(w)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(|c| c != '上')
            })
        }
        _ => MEETING_SUBJECT.is_match(prefix),
    }
}

// He | She | 他 | 她, after an opening phrase
static PRONOUN: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:[^,，]{0,60}[,，]\s*)?(?:(?:He|She)\b|他|她)").unwrap());

/// May [`PRONOUN`] match `prefix`? Its pronoun opens `prefix` or follows the first comma
/// and the white space after it, so one of its first characters stands there. The pattern
/// is run only then: its `\b` stops the fast search at the first Chinese character, and
/// the slow one cost some 1,800 instructions a sentence.
fn pronoun_may(prefix: &str) -> bool {
    let opens = |s: &str| s.starts_with(['H', 'S', '他', '她']);
    opens(prefix)
        || prefix.find([',', '，']).is_some_and(|i| {
            let comma = if prefix.as_bytes()[i] == b',' {
                1
            } else {
                '，'.len_utf8()
            };
            opens(prefix[i + comma..].trim_start())
        })
}

/// The official who speaks with verb `v` (its index in the officials of `mentions`): the
/// first official mentioned in its sentence before it (`Shi Baozhen, Secretary of ...,
/// pointed out`, `会上，王浩强调`), unless the meeting itself is the subject; for
/// `He`/`She`/`他`/`她` without a mention of their own, the official mentioned last before.
/// An index, not the name: the name is copied only for the items given out.
pub(super) fn speaker(
    doc: &Document,
    stops: &Stops,
    floor: usize,
    v: &Said,
    mentions: &Mentions,
) -> Option<usize> {
    let text = doc.text;
    let s = sentence_start_in(text, stops, floor, v.start);
    let prefix = &text[s..v.start];
    if meeting_speaks(prefix) {
        return None;
    }
    if let Some(o) = mentions.first_inside(s, v.start) {
        return Some(o);
    }
    if pronoun_may(prefix) && PRONOUN.is_match(prefix) {
        return mentions.last_before(v.start);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronoun_may_wherever_the_pattern_matches() {
        let parts = [
            "",
            "He",
            "She",
            "他",
            "她",
            "he",
            "Hex",
            "Shell",
            "He's",
            ",",
            "，",
            " ",
            "\u{3000}",
            "会上",
            "On Monday",
            "a",
            "H",
            "S",
            "他们",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let s = format!("{a}{b}{c}");
                    if PRONOUN.is_match(&s) {
                        assert!(pronoun_may(&s), "{s:?}");
                    }
                }
            }
        }
        assert!(pronoun_may("会上，他说"));
        assert!(!pronoun_may("会上，王浩说"));
    }

    /// `last_end_wide` as it read every byte from the back.
    fn last_end_by_bytes(head: &str, from: usize) -> Option<(usize, char)> {
        let b = head.as_bytes();
        let mut j = b.len();
        while j > from {
            j -= 1;
            let Some((i, c)) = closing_mark_at(b, j) else {
                continue;
            };
            if ends_sentence(head, i, c) {
                return Some((i, c));
            }
        }
        None
    }

    #[test]
    fn wide_ends_read_by_blocks_are_those_read_by_bytes() {
        let text = "会议指出，要坚持。他说！真的？是；Mr. Li 说 3.5 亿元.好!a?b;“引号。”结束\
                    区委书记聂长青主持会议，强调：一是抓好落实；二是压实责任。";
        for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let head = &text[..end];
            for from in (0..=end).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    last_end_wide(head, from),
                    last_end_by_bytes(head, from),
                    "{head} {from}"
                );
            }
        }
    }

    #[test]
    fn holds_not_name_tries_every_first_letter() {
        for w in NOT_NAMES {
            assert!(holds_not_name(w), "{w}");
            assert!(holds_not_name(&format!("In the end, {w},")), "{w}");
        }
        assert!(!holds_not_name(
            "Comrade Li Wei, Secretary of the Party Group, also"
        ));
    }

    /// The names the pattern takes are pieces of the prefix: finding them changes the answer
    /// only where a word of `NOT_NAMES` stands in it.
    #[test]
    fn names_taken_are_pieces_of_the_prefix() {
        for s in [
            "It",
            "This Li",
            "Mr. Such",
            "At the meeting, Those Wang, Secretary,",
            "Our, and",
            "Li Itu, Mayor of Wuhu,",
            "Italy",
            "Comrade Wang Wei",
        ] {
            let re = subject_en(s);
            let said = re.captures(s).is_some_and(|c| {
                !c.name("name")
                    .is_some_and(|n| NOT_NAMES.contains(&n.as_str()))
            });
            assert!(said == re.is_match(s) || holds_not_name(s), "{s}");
        }
    }

    #[test]
    fn narrow_forms_find_what_unicode_forms_find() {
        let texts = [
            "At the meeting, Shi Baozhen, Secretary and Chairman of the District CPPCC, also ",
            "The meeting ",
            "Mr. Zheng-Hong further",
            "In addition, She ",
            "It was further ",
            "Comrade Chen Ning, Deputy Secretary “of the Party Group”—, once again ",
        ];
        for twin in [&SUBJECT_EN, &SUBJECT_EN_SHORT] {
            crate::narrow::assert_same_forms(twin, &texts);
        }
    }

    #[test]
    fn subjects() {
        for s in [
            "Fang Yu, on behalf of the Party committee,",
            "The meeting",
            "She",
            "After hearing the report, Comrade Fang Yu, on behalf of the township Party Committee,",
            "Shi Baozhen, Secretary of the Party Group and Chairman of the District Political Consultative Conference,",
            "It was",
            "He also",
        ] {
            assert!(SUBJECT_EN.get(is_narrow(s)).is_match(s), "{s}");
        }
        for s in [
            "It is necessary to",
            "Guide and encourage members of the CPPCC to",
        ] {
            assert!(!SUBJECT_EN.get(is_narrow(s)).is_match(s), "{s}");
        }
        // the ASCII form finds what the Unicode form finds on a narrow text
        for s in [
            "During the meeting — “the first” of its kind, the meeting",
            "Li Wei, Secretary of the Party’s group (the plan)，Mayor,",
            "In addition, it",
            "Mr. Li",
        ] {
            assert!(is_narrow(s));
            let groups = |narrow| {
                SUBJECT_EN
                    .get(narrow)
                    .captures(s)
                    .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>())
            };
            assert_eq!(groups(true), groups(false), "{s}");
            let short = SUBJECT_EN_SHORT
                .get(true)
                .captures(s)
                .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>());
            assert_eq!(short, groups(false), "{s}");
        }
        assert!(SURNAMES.len() > 100 && VERBS.len() > 40);
    }

    #[test]
    fn names_are_found_by_a_search_of_the_sorted_surnames() {
        // what each surname compared with the name in turn found
        let by_each = |s: &str| {
            let n = s.chars().count();
            (2..=4).contains(&n)
                && s.chars().all(is_han)
                && SURNAMES
                    .iter()
                    .any(|sur| s.starts_with(sur) && s.len() > sur.len())
        };
        let mut names = vec![
            "王".to_string(),
            "王浩".to_string(),
            "欧阳".to_string(),
            "欧阳修".to_string(),
            "司马光".to_string(),
            "诸葛孔明".to_string(),
            "安全要求".to_string(),
            "会议指出".to_string(),
            "王浩强调了".to_string(),
        ];
        for sur in SURNAMES.iter() {
            names.push(sur.to_string());
            names.push(format!("{sur}明"));
            names.push(format!("{sur}小明"));
            names.push(format!("{sur}a"));
        }
        for s in &names {
            assert_eq!(is_zh_name(s), by_each(s), "{s}");
        }
    }

    #[test]
    fn common_han_block_is_all_han() {
        let han = Regex::new(r"^\p{Han}$").unwrap();
        for c in ('\u{4E00}'..='\u{9FFF}').map(String::from) {
            assert!(han.is_match(&c), "{c}");
        }
    }

    #[test]
    fn chinese_subjects_as_the_regex_takes_them() {
        let pieces = [
            "会上",
            "会议最后",
            "最后",
            "最後",
            "同时",
            "另外",
            "会议",
            "王浩",
            "王",
            "他",
            "还",
            "也",
            "再次",
            "进一步",
            "在讲话中",
            "特别",
            "，",
            ",",
            "强",
            "a",
            "（",
            "〇",
            "㐀",
        ];
        let by_regex = |s: &str| {
            SUBJECT_ZH
                .captures(s)
                .map(|c| c.name("who").map(|m| m.range()))
        };
        let by_hand = |s: &str| {
            subject_zh(s).map(|w| {
                Some(
                    w.as_ptr() as usize - s.as_ptr() as usize
                        ..w.as_ptr() as usize - s.as_ptr() as usize + w.len(),
                )
            })
        };
        // a deterministic walk over many combinations of the pieces
        let mut seed: u64 = 11;
        for _ in 0..20000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = 1 + (seed >> 60) as usize % 5;
            let mut s = String::new();
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(by_hand(&s), by_regex(&s), "{s}");
        }
    }

    #[test]
    fn meeting_subjects_as_the_regex_takes_them() {
        let pieces = [
            "会议",
            "會議",
            "座谈会",
            "常委会",
            "大会",
            "上",
            "指出",
            "，",
            "The meeting",
            "王浩",
            "会",
            "a",
            "\n",
        ];
        let mut seed: u64 = 5;
        for _ in 0..5000 {
            let mut s = String::new();
            for _ in 0..3 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(meeting_speaks(&s), MEETING_SUBJECT.is_match(&s), "{s}");
        }
    }

    fn said(text: &str, verb: &str) -> Said {
        let start = text.find(verb).unwrap();
        let rest = &text[start + verb.len()..];
        Said {
            start,
            end: start + verb.len(),
            strong: rest.starts_with(['，', ',', ':', '：']) || rest.starts_with(" that"),
            opens_sentence: false,
        }
    }

    #[test]
    fn boundaries() {
        let opens = |text: &str, verb: &str| {
            let doc = Document::new(text, None);
            boundary(&doc, 0, &said(text, verb), &Mentions::new(&[])).is_some()
        };
        assert!(opens("抓好宣传。会议要求，各部门要加强协作。", "要求"));
        assert!(opens("抓好宣传。习近平强调，要团结。", "强调"));
        assert!(opens("抓好宣传。他还指出，要团结。", "指出"));
        assert!(opens(
            "Second, act. The meeting emphasized: unity.",
            "emphasized"
        ));
        assert!(opens(
            "Second, act. Li Qiang stressed that we must unite.",
            "stressed"
        ));
        assert!(!opens(
            "Second, act. It requires that we unite.",
            "requires"
        ));
        assert!(!opens("二是抓好宣传。安全要求，必须落实。", "要求"));
        assert!(!opens("二是抓好宣传，坚持问题导向的要求。", "要求"));
    }
}
