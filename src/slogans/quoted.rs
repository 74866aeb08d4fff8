//! Slogans outside the catalogue: quoted phrases (numbered formulations and campaigns) and
//! unquoted counted phrases in Chinese.
//!
//! A quoted phrase is kept when it is short (at most twelve English words, twenty Chinese
//! characters, no sentence punctuation), is not a document title (`Articles of ...`,
//! `Opinions on ...`, `关于...的...`, `...条例`), not the name of a body (`... Committee`,
//! `...委员会`), not a piece of a catalogue formulation found in the text (`“一国”`
//! beside `一国两制`), and holds no catalogue formulation, unless it names the programme
//! after it (`“同心助力乡村振兴”行动`), whose name then holds the formulation. It is
//! `numbered` when it opens with a count (`“three responsibility systems”`, `“两个先行”`,
//! `“三提三敢”`), else a `campaign` (`“Rainbow Pomegranate”`, `“一城一策”`: one per city is
//! not a count).
//!
//! Unquoted, a Chinese count with a classifier is `numbered` in a list of two or more
//! (`一个统领、两个重点、四个综合`), or with `大` before a programme noun (`九大战略`).

use once_cell::sync::Lazy;

use super::{item, sorted_chars, Quote, Spans};
use crate::document::{is_ascii_space, is_han, Document};
use crate::extraction::{Slogan, SloganKind};
use crate::numerals::{digit, en_cardinal_word, parse_digits, parse_zh};
use crate::prefilter::Hit;

const NUMERALS: [char; 12] = [
    '一', '二', '两', '兩', '三', '四', '五', '六', '七', '八', '九', '十',
];
// (`篇` only before `大文章`: `做好科技金融……数字金融五篇大文章`)
const CLASSIFIERS: [char; 10] = ['个', '個', '大', '项', '項', '条', '條', '种', '種', '篇'];

/// Triggers of counted phrases: `两个`, `九大`, `三项` ...
pub(crate) static COUNTED: Lazy<Vec<String>> = Lazy::new(|| {
    let mut out = Vec::new();
    for n in NUMERALS {
        for c in CLASSIFIERS {
            out.push(format!("{n}{c}"));
        }
    }
    out
});

fn is_numeral(c: char) -> bool {
    NUMERALS.contains(&c)
}

/// Numbered or campaign slogans from quoted phrases. `books` is a buffer kept from one text
/// to the next, for the spans of the book titles.
pub(crate) fn from_quotes(
    doc: &Document,
    quotes: &[Quote],
    matches: &[(usize, usize, u32)],
    books: &mut Spans,
    out: &mut Vec<Slogan>,
) {
    let text = doc.text;
    let bytes = text.as_bytes();
    books.set_union(quotes.iter().filter(|q| q.book).map(|q| (q.start, q.end)));
    let books = &*books;
    // the matches are disjoint and in text order, so their ends rise too: the first that
    // ends after `start` is the only one that may overlap `start..end`
    // (and whether every match that overlaps it lies inside it, none the whole of it)
    let taken = |start: usize, end: usize| -> Option<bool> {
        let i = matches.partition_point(|m| m.1 <= start);
        (i < matches.len() && matches[i].0 < end).then(|| {
            matches[i..]
                .iter()
                .take_while(|m| m.0 < end)
                .all(|m| m.0 >= start && m.1 <= end && m.1 - m.0 < end - start)
        })
    };
    for q in quotes {
        // a title, or inside one: `《关于“两个全覆盖”的意见》`
        if q.title || books.contains(q.mark, q.end) {
            continue;
        }
        let (start, end) = trimmed(text, q);
        let inner = &text[start..end];
        if inner.is_empty() {
            continue;
        }
        // one letter or character is emphasis, not a name
        if inner
            .chars()
            .filter(|&c| is_alphanumeric(c))
            .nth(1)
            .is_none()
        {
            continue;
        }
        // a catalogue formulation as the whole quote, or reaching past it: the catalogue
        // gives it; one inside a campaign's name (`“同心助力乡村振兴”行动`), read below, is
        // the name's
        let inside = match taken(start, end) {
            Some(true) if programme_follows(text, end) => true,
            Some(_) => continue,
            None => false,
        };
        // `“一国”`, `“两制”` beside `一国两制`: a half of a formulation, not one of its own
        // (only a longer formulation has it as a half, one that opens with its first byte or
        // closes with its last: told by the lengths and two bytes before any text is sliced,
        // as every quote is asked of every match, and most share neither byte)
        let (first, last) = (inner.as_bytes()[0], inner.as_bytes()[inner.len() - 1]);
        let half = |m: &(usize, usize, u32)| {
            m.1 - m.0 > inner.len()
                && (bytes[m.0].eq_ignore_ascii_case(&first)
                    || bytes[m.1 - 1].eq_ignore_ascii_case(&last))
                && is_half_of(&text[m.0..m.1], inner)
        };
        // (but a Chinese clause of one, parted from the rest by `、` or `，`, is a phrase of its
        // own that may name a programme: `打造“有事好商量”协商议事品牌` beside `有事好商量、众人
        // 的事情由众人商量`)
        if matches
            .iter()
            .any(|m| half(m) && !parted_clause(&text[m.0..m.1], inner))
        {
            continue;
        }
        // (a word stressed by its marks, unless it names what follows: `the "grid" system`)
        let stressed = || is_emphasis(inner) && !named_by_quote(text, end);
        if is_speech(inner) || is_body(inner) || stressed() || q.topic || is_problem(inner) {
            continue;
        }
        // `荣获“农业农村工作先进乡镇”称号`: an honour's name, not a campaign
        if honour_after(&text[q.end..]) {
            continue;
        }
        let (kind, number) = match count_of(inner) {
            Some(Count::Numbered(n)) => (SloganKind::Numbered, Some(n)),
            // `the "Three Years of Breakthrough" action`: a programme's name, though it
            // opens with a measure
            Some(Count::NotASlogan) if programme_after(text, end) => (SloganKind::Campaign, None),
            Some(Count::NotASlogan) => continue,
            None => (SloganKind::Campaign, None),
        };
        // the formulations inside the name are the name's (SPEC: nothing inside quotation
        // marks is a slogan)
        if inside {
            out.retain(|s| !(s.id.is_some() && s.start >= start && s.end <= end));
        }
        out.push(item(text, start, end, kind, number));
    }
}

/// Does an honour's word follow the closing mark at the start of `after` (`”称号`,
/// `”荣誉称号`, `" title`)?
fn honour_after(after: &str) -> bool {
    let rest = after.strip_prefix(['”', '"', '」', '’']).unwrap_or(after);
    [
        "称号",
        "稱號",
        "荣誉称号",
        "榮譽稱號",
        "光荣称号",
        "光榮稱號",
        " title",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// `char::is_alphanumeric`, answered without its table for the common Chinese characters
/// (U+4E00..U+9FFF, every one a letter).
fn is_alphanumeric(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}') || c.is_alphanumeric()
}

/// The quoted phrase without the spaces around it and the sentence's punctuation that
/// machine translation leaves inside the closing mark (`“last mile,”`).
pub(crate) fn trimmed(text: &str, q: &Quote) -> (usize, usize) {
    let raw = &text[q.start..q.end];
    if wide_ends(raw) {
        return (q.start, q.end);
    }
    let body = raw.trim_start();
    let start = q.start + (raw.len() - body.len());
    // the end is read once where it ends in neither, as most phrases do: the spaces, the
    // punctuation and the spaces again read it three times (and a `trim`, then a
    // `trim_start` for the start, read the start twice)
    let kept = |c: char| !c.is_whitespace() && !INSIDE_CLOSING.contains(&c);
    let inner = if body.chars().next_back().is_none_or(kept) {
        body
    } else {
        body.trim_end().trim_end_matches(INSIDE_CLOSING).trim_end()
    };
    (start, start + inner.len())
}

/// Do both ends of `s` stand in a character from U+4000 to U+EFFF (a first byte 0xE4 to
/// 0xEE), as most Chinese quotes' do? None of those is white space or punctuation that
/// [`trimmed`] takes off: such a phrase is trimmed already, told without decoding its
/// first and last characters and looking them up (white space beyond ASCII is a table's).
/// (A byte 0xE4 to 0xEE three bytes before the end is the first of the last character's
/// three, as no later byte of a character is above 0xBF.)
fn wide_ends(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3 && matches!(b[0], 0xE4..=0xEE) && matches!(b[b.len() - 3], 0xE4..=0xEE)
}

/// The sentence's punctuation that [`trimmed`] takes off the end of a quoted phrase.
const INSIDE_CLOSING: [char; 9] = [',', '.', ';', ':', '，', '。', '；', '：', '、'];

enum Count {
    Numbered(u32),
    /// An ordinal, a date, a measure or the two sessions (`“二十大”`, `“两个月”`,
    /// `“两会”`, `“two sessions”`): not a slogan.
    NotASlogan,
}

/// The count a quoted phrase opens with, when it names a numbered formulation.
fn count_of(inner: &str) -> Option<Count> {
    let first = inner.chars().next()?;
    if is_numeral(first) || first.is_ascii_digit() && inner.chars().any(is_han) {
        let digits_end = inner
            .char_indices()
            .find(|&(_, c)| !(is_numeral(c) || c.is_ascii_digit()))
            .map(|(i, _)| i)?;
        let (num, rest) = inner.split_at(digits_end);
        let n = parse_zh(num)?;
        let mut chars = rest.chars();
        let next = chars.next()?;
        if !is_han(next) {
            return None;
        }
        // 15分钟便民生活圈: a measure opens the name of a programme, not a count
        if [
            "分钟", "分鐘", "小时", "小時", "公里", "千米", "米", "万", "萬", "亿", "億", "元",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
        {
            return None;
        }
        // `“一号工程”`: an ordinal before a noun of two characters or more opens the name
        // of a programme, not a count (`“1号线”` is a line, `“一号文件”` a document)
        let after_ordinal = rest
            .strip_prefix(['号', '號'])
            .filter(|noun| noun.chars().count() >= 2 && noun.chars().all(is_han));
        if after_ordinal.is_some_and(|noun| !noun.ends_with("文件")) {
            return None;
        }
        if [
            "届",
            "次",
            "号",
            "號",
            "年",
            "月",
            "日",
            "点",
            "點",
            "岁",
            "歲",
            "周年",
            "中全会",
            "中全會",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
            || ["大", "会", "會"].contains(&rest)
        {
            return Some(Count::NotASlogan);
        }
        // 一 counts only beside another count (一改两为, 一核两翼); alone it is `a`, `the
        // whole` or `per` (一把手, 一站式, 一人一策)
        if num == "一" && !chars.any(|c| is_numeral(c) && c != '一') {
            return None;
        }
        return Some(Count::Numbered(n));
    }
    // English: two..twenty (`“Fifteen Hard Measures”`) or a number, then a short noun
    // phrase; a quote that opens with neither (most Chinese ones) is not split into words
    if !first.is_ascii_alphabetic() && digit(first).is_none() {
        return None;
    }
    let mut words = words(inner);
    let w = words.next()?;
    let n = en_cardinal_word(w)
        .filter(|n| (2..=20).contains(n))
        .or_else(|| parse_digits(w).filter(|n| (2..=99).contains(n)))?;
    let mut rest = 0;
    for w in words {
        if rest == 0
            && ["sessions", "meetings", "times", "years", "months", "days"]
                .iter()
                .any(|m| w.eq_ignore_ascii_case(m))
        {
            return Some(Count::NotASlogan);
        }
        if !w
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'')
        {
            return None;
        }
        rest += 1;
    }
    (1..=5).contains(&rest).then_some(Count::Numbered(n))
}

/// The heads of Chinese titles (`...的意见`, `...条例`, `...摘编`).
const ZH_TITLE_HEADS: &[&str] = &[
    "条例",
    "條例",
    "规定",
    "規定",
    "意见",
    "意見",
    "决定",
    "決定",
    "决议",
    "決議",
    "办法",
    "辦法",
    "方案",
    "纲要",
    "綱要",
    "通知",
    "规划",
    "規劃",
    "章程",
    "细则",
    "細則",
    "准则",
    "準則",
    "报告",
    "報告",
    "纪要",
    "紀要",
    "公报",
    "公報",
    "白皮书",
    "白皮書",
    "修正案",
    "法典",
    "摘编",
    "摘編",
    "选读",
    "選讀",
    "选编",
    "選編",
    "文选",
    "文選",
    "文集",
    "读本",
    "讀本",
    "汇编",
    "彙編",
    "问答",
    "問答",
];
/// The ends of laws as titles: 乡村振兴促进法, 宪法, 民法典.
const ZH_LAWS: &[&str] = &[
    "促进法",
    "促進法",
    "保护法",
    "保護法",
    "管理法",
    "组织法",
    "組織法",
    "选举法",
    "選舉法",
    "监督法",
    "監督法",
    "代表法",
    "立法法",
    "宪法",
    "憲法",
    "民法典",
    "安全法",
    "防治法",
    "监察法",
    "監察法",
    "刑法",
    "条例",
    "條例",
];

/// The last characters of [`ZH_TITLE_HEADS`] and [`ZH_LAWS`], sorted.
static ZH_TITLE_ENDS: Lazy<Vec<char>> = Lazy::new(|| {
    let mut ends: Vec<char> = ZH_TITLE_HEADS
        .iter()
        .chain(ZH_LAWS)
        .filter_map(|h| h.chars().next_back())
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends
});

/// The words of `s` between white space, as `str::split_whitespace` has them. Most quotes
/// of an English report are ASCII, and their words are found on the bytes without decoding
/// characters: the splitting was most of the reading of a quote as a title.
pub(crate) fn words(s: &str) -> Words<'_> {
    words_known(s, s.is_ascii())
}

/// [`words`] of `s`, whose being ASCII is known (`ascii`): a quote read as a title is
/// split several times, and asked each time whether it is ASCII took a fifth of the
/// reading.
fn words_known(s: &str, ascii: bool) -> Words<'_> {
    debug_assert_eq!(ascii, s.is_ascii());
    Words { rest: s, ascii }
}

/// The iterator of [`words`].
pub(crate) struct Words<'a> {
    /// The text not yet split.
    rest: &'a str,
    /// The text is ASCII, white space is then one of the bytes `is_space` takes.
    ascii: bool,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.rest.as_bytes();
        let (start, end) = if self.ascii {
            let Some(start) = b.iter().position(|&c| !is_ascii_space(c)) else {
                self.rest = "";
                return None;
            };
            let end = b[start..]
                .iter()
                .position(|&c| is_ascii_space(c))
                .map_or(b.len(), |n| start + n);
            (start, end)
        } else {
            let Some(w) = self.rest.split_whitespace().next() else {
                self.rest = "";
                return None;
            };
            let start = w.as_ptr() as usize - self.rest.as_ptr() as usize;
            (start, start + w.len())
        };
        let w = &self.rest[start..end];
        self.rest = &self.rest[end..];
        Some(w)
    }
}

impl DoubleEndedIterator for Words<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let b = self.rest.as_bytes();
        let (start, end) = if self.ascii {
            let Some(last) = b.iter().rposition(|&c| !is_ascii_space(c)) else {
                self.rest = "";
                return None;
            };
            let start = b[..last]
                .iter()
                .rposition(|&c| is_ascii_space(c))
                .map_or(0, |n| n + 1);
            (start, last + 1)
        } else {
            let Some(w) = self.rest.split_whitespace().next_back() else {
                self.rest = "";
                return None;
            };
            let start = w.as_ptr() as usize - self.rest.as_ptr() as usize;
            (start, start + w.len())
        };
        let w = &self.rest[start..end];
        self.rest = &self.rest[..start];
        Some(w)
    }
}

/// The answers of [`is_title`] for spans of one text, `(start, end, answer)`: the slogans
/// and the references ask it of the same quotes, and it was a tenth of the cost of each.
#[derive(Debug, Default)]
pub(crate) struct Titles(Vec<(usize, usize, bool)>);

impl Titles {
    /// No answers yet.
    pub const fn new() -> Titles {
        Titles(Vec::new())
    }

    /// Forgets the answers, keeping the room they took.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The room for answers.
    pub fn capacity(&self) -> usize {
        self.0.capacity()
    }

    /// [`is_title`] of `text[start..end]` trimmed, kept.
    pub fn ask(&mut self, text: &str, start: usize, end: usize) -> bool {
        let raw = &text[start..end];
        let inner = if wide_ends(raw) { raw } else { raw.trim() };
        let start = start + (inner.as_ptr() as usize - raw.as_ptr() as usize);
        let answer = is_title(inner) && !programme_after(text, start + inner.len());
        self.0.push((start, start + inner.len(), answer));
        answer
    }

    pub fn reserve(&mut self, n: usize) {
        self.0.reserve(n);
    }

    /// Puts the answers in order, for [`Titles::answer`].
    pub fn settle(&mut self) {
        // most often they are: quotes close in order, unless one stands inside another
        if !self.0.is_sorted() {
            self.0.sort_unstable();
        }
    }

    /// [`is_title`] of `text[start..end]`, kept from an earlier question where one was asked
    /// of the same span.
    pub fn answer(&self, text: &str, start: usize, end: usize) -> bool {
        match self
            .0
            .binary_search_by_key(&(start, end), |&(s, e, _)| (s, e))
        {
            Ok(i) => self.0[i].2,
            Err(_) => is_title(&text[start..end]) && !programme_after(text, end),
        }
    }
}

/// Does a noun of a programme follow the quote that closes at `end`, within three words
/// (`fight the "Blue Sky, Clear Water and Pure Land" battle`, `the "Thousands of Students to
/// Thousands of Villages" summer social practice`)? Then the quote names the programme, not
/// a document.
pub(crate) fn programme_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let rest = rest.trim_start_matches(['"', '”', '\'', '’']);
    // the noun may close a phrase of up to three words (`the "Thousands of Students to
    // Thousands of Villages" summer social practice`)
    let mut rest = rest;
    for _ in 0..3 {
        let Some(r) = rest.strip_prefix(' ') else {
            return false;
        };
        let len = r
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(r.len());
        let word = &r[..len];
        if matches!(
            word,
            "battle"
                | "battles"
                | "campaign"
                | "campaigns"
                | "initiative"
                | "drive"
                | "movement"
                | "action"
                | "practice"
                | "activity"
                | "activities"
                | "project"
                | "programme"
                | "program"
        ) {
            return true;
        }
        // (words of the phrase are lower case)
        if len == 0 || !word.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        rest = &r[len..];
    }
    false
}

/// Does a quoted phrase read as the title of a document?
pub(crate) fn is_title(inner: &str) -> bool {
    // most quotes of an English report are ASCII: no need to look for Chinese in them
    let ascii = inner.is_ascii();
    if !ascii && holds_book_mark(inner) {
        return true;
    }
    if !ascii && inner.chars().any(is_han) {
        // only compared with 8 and less
        let chars = inner.chars().take(8).count();
        if inner.starts_with("关于") || inner.starts_with("關於") {
            return inner.contains('的');
        }
        // 习近平关于调查研究论述摘编: an author's writings on a subject
        if chars >= 8 && (inner.contains("关于") || inner.contains("關於")) {
            return true;
        }
        // `“一法一条例”`: a counted formulation of laws, no title
        if inner.starts_with(is_numeral) && chars <= 8 && inner.chars().skip(1).any(is_numeral) {
            return false;
        }
        // most quotes end in a character that ends no title: asked once, not of each head
        if inner
            .chars()
            .next_back()
            .is_none_or(|c| ZH_TITLE_ENDS.binary_search(&c).is_err())
        {
            return false;
        }
        return chars >= 5 && ZH_TITLE_HEADS.iter().any(|h| inner.ends_with(h))
            || chars >= 2 && ZH_LAWS.iter().any(|h| inner.ends_with(h));
    }
    // (and a book's volume: `Xi Jinping: The Governance of China (Volume IV)`)
    if inner.ends_with(')')
        && (["(Amendment)", "(Draft)", "(Trial)", "(Revised)"]
            .iter()
            .any(|s| inner.ends_with(s))
            || inner.rfind('(').is_some_and(|o| {
                let v = &inner[o + 1..];
                (v.starts_with("Volume ") || v.starts_with("Vol. ")) && o > 0
            }))
    {
        return true;
    }
    // `about speeding up the construction of ...`: a `关于……` title translated word for word
    if (inner.starts_with("about ") || inner.starts_with("About "))
        && inner.split_whitespace().nth(3).is_some()
    {
        return true;
    }
    // `On Practice`, `On the Ten Major Relationships`: a work on a subject
    if let Some(rest) = inner.strip_prefix("On ") {
        let subject = rest.strip_prefix("the ").unwrap_or(rest);
        if subject.starts_with(|c: char| c.is_ascii_uppercase())
            && rest.split_whitespace().nth(5).is_none()
            && rest
                .split_whitespace()
                .all(|w| w.len() <= 3 || w.starts_with(|c: char| c.is_uppercase()))
        {
            return true;
        }
    }
    // `Articles of ...`, `Opinions on ...`, `Implementation Plan for ...`
    const HEADS: &[&str] = &[
        "works",
        "agreement",
        "memorandum",
        "articles",
        "article",
        "opinions",
        "opinion",
        "regulations",
        "regulation",
        "decision",
        "decisions",
        "resolution",
        "notice",
        "circular",
        "measures",
        "provisions",
        "rules",
        "law",
        "outline",
        "plan",
        "program",
        "programme",
        "guidelines",
        "guideline",
        "constitution",
        "charter",
        "report",
        "proposal",
        "proposals",
        "methods",
        "code",
        "criteria",
        "standards",
        "white",
        // `Excerpts from Xi Jinping's Expositions on …`, a 摘编
        "excerpts",
        "extracts",
        // `Key Points of the Foreign Affairs Work of …`, a 工作要点
        "points",
    ];
    const LINKS: &[&str] = &[
        "of",
        "on",
        "for",
        "concerning",
        "regarding",
        "to",
        "paper",
        "from",
    ];
    // `Civil Code`, `Rural Revitalization Promotion Law`: a capitalised name ending in a
    // kind of document
    const ENDS: &[&str] = &[
        // `… Leading Group 2024 Work Points`, a 工作要点
        "points",
        "law",
        "code",
        "regulations",
        "measures",
        "provisions",
        "opinions",
        "decision",
        "resolution",
        "outline",
        "constitution",
        "charter",
        "rules",
    ];
    let mut back = words_known(inner, ascii).rev();
    let (last, kind) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
    // `... Elderly Care Implementation Plan`, `Government Work Report`: a plan or report
    // named by its kind, not a programme's name (`Green Rural Revival Program`)
    // (`Nanling Mountains Ecological Protection Plan`, a 保护规划)
    const PLAN_KINDS: &[&str] = &[
        "implementation",
        "action",
        "work",
        "rectification",
        "protection",
        "conservation",
        "development",
        // `Forest Fire Prevention Emergency Plan`, an 应急预案
        "emergency",
        "contingency",
        "response",
    ];
    if last.starts_with(|c: char| c.is_ascii_uppercase())
        && ["plan", "program", "programme", "scheme", "report"]
            .iter()
            .any(|e| last.eq_ignore_ascii_case(e))
        && PLAN_KINDS.iter().any(|k| kind.eq_ignore_ascii_case(k))
    {
        return true;
    }
    // `“Fifteen Hard Measures”`: a count opens a numbered formulation, not a title
    let counted = || {
        words_known(inner, ascii)
            .next()
            .is_some_and(|w| en_cardinal_word(w).is_some())
    };
    // (two words or more: `kind`, the word before the last, is one, and no word is empty;
    // split again to count them, each quote paid two words read more)
    if !kind.is_empty()
        && last.starts_with(|c: char| c.is_ascii_uppercase())
        && ENDS.iter().any(|e| last.eq_ignore_ascii_case(e))
        && !counted()
    {
        return true;
    }
    let mut rest = words_known(inner, ascii);
    let mut prev = rest.next().unwrap_or("");
    for w in rest.by_ref().take(4) {
        // the few links first: most words are none
        if LINKS.iter().any(|l| w.eq_ignore_ascii_case(l))
            && HEADS.iter().any(|h| prev.eq_ignore_ascii_case(h))
        {
            return words_known(inner, ascii).nth(2).is_some();
        }
        prev = w;
    }
    // a title in title case has six words or more: a quote that ends within the five read
    // (most quotes) is none, told without reading its words again
    rest.next().is_some() && is_title_case(inner, ascii)
}

/// Is quote `q` the topic of a consultation or a study, not a programme's name: a clause
/// opened by a gerund in English ([`is_topic`]), or in Chinese a long quote between
/// `围绕`, `就`, `聚焦` and a verb of the meeting (`围绕“健全居家社区机构相协调的养老服务
/// 体系”开展专题协商`), or between a verb of holding and the meeting it names (`召开“推进普惠
/// 托育服务体系建设”专题协商会`)? A campaign's name is shorter (`围绕“清廉村居”开展调研`),
/// and an event's theme (`以“共享开放机遇、共创美好生活”为主题`) is a campaign's slogan.
pub(crate) fn quoted_topic(text: &str, q: &Quote) -> bool {
    const BEFORE: &[&str] = &["围绕", "圍繞", "就", "聚焦", "召开", "召開", "举行", "舉行"];
    const AFTER: &[&str] = &[
        "开展", "開展", "进行", "進行", "专题", "專題", "协商", "協商", "建言", "议政", "議政",
        "召开", "召開", "座谈", "座談", "调研", "調研",
    ];
    let (start, end) = trimmed(text, q);
    let inner = &text[start..end];
    // most quotes of an English report are ASCII, told eight bytes at a time, where each
    // character was decoded and asked whether it is Chinese
    if inner.is_ascii() || !inner.chars().any(is_han) {
        // (or, after `on`, in lower case: `a sector-based consultation meeting on "improving
        // community home-based elderly care services"`)
        let on = text[..q.mark].trim_end().ends_with(" on");
        return is_topic(inner) || on && is_lower_topic(inner);
    }
    // (the words around the quote first: most quotes stand after none of `BEFORE`, and
    // their characters are then not counted)
    let (before, after) = (&text[..q.mark], &text[q.end..]);
    if !BEFORE.iter().any(|w| before.ends_with(w)) || inner.chars().nth(8).is_none() {
        return false;
    }
    let after = after.trim_start_matches(['”', '"', '’', '」', '』']);
    AFTER.iter().any(|w| after.starts_with(w))
}

/// A topic written as a clause: five words or more opened by a gerund (`“Promoting the
/// Prosperity of the Night-time Economy”`, a consultation's subject), no campaign's name.
fn is_topic(inner: &str) -> bool {
    let mut words = words(inner);
    words.next().is_some_and(is_gerund) && words.nth(3).is_some()
}

/// A topic in lower case: four words or more opened by a gerund (`improving community
/// home-based elderly care services`).
fn is_lower_topic(inner: &str) -> bool {
    let mut words = words(inner);
    words
        .next()
        .is_some_and(|w| w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase()))
        && words.nth(2).is_some()
}

/// Is `w` a capitalised gerund (`Promoting`), not a place in pinyin (`Beijing`)?
fn is_gerund(w: &str) -> bool {
    w.ends_with("ing")
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && !crate::officials::is_pinyin_word(w)
}

/// Is the title-case `t` a campaign (`… Crackdown and Rectification Action`) or a topic
/// (`Promoting the Prosperity of …`) rather than a document?
pub(crate) fn campaign_or_topic(t: &str) -> bool {
    let first = words(t).next().unwrap_or("");
    let gerund = is_gerund(first);
    let last = words(t)
        .next_back()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    gerund
        || [
            "action",
            "actions",
            "campaign",
            "campaigns",
            "initiative",
            "project",
            "projects",
            "activity",
            "activities",
            "movement",
            "drive",
            "operation",
            "renovation",
        ]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

/// A title written in title case: six words or more, every long word capitalised, and
/// small words in lower case between them (`Xi Jinping's Discourse on Adhering to the
/// Party's Overall Leadership`). A name has no small words (`Pujiang Golden Triangle`), a
/// formulation opens with its count (`Three Stricts and Three Earnests`).
fn is_title_case(inner: &str, ascii: bool) -> bool {
    // the words first: most quotes are too short or hold a long word in lower case, and
    // the count and the campaign are then not asked
    const SMALL: &[&str] = &[
        "of", "on", "for", "to", "the", "and", "in", "with", "about", "a",
    ];
    let (mut count, mut small) = (0, 0);
    for w in words_known(inner, ascii) {
        count += 1;
        if SMALL.contains(&w) {
            small += 1;
        } else if w.len() > 3 && !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
    }
    if count < 6 || small < 1 {
        return false;
    }
    let counted = words_known(inner, ascii)
        .next()
        .is_some_and(|w| en_cardinal_word(w).is_some());
    !counted && !campaign_or_topic(inner) && !is_couplet(inner)
}

/// Two halves joined by a comma are an activity's couplet (`Red Heart Follow the Party,
/// Service Enter Thousand Homes`: “红心向党，服务进万家”), not a title.
pub(crate) fn is_couplet(inner: &str) -> bool {
    inner.contains(", ")
}

/// The Chinese words of [`named_title`] that name the quote after them a title.
const NAMING: [&str; 12] = [
    "文章", "一文", "讲话", "講話", "题为", "題為", "题目", "題目", "书", "書", "报告", "報告",
];

/// The last characters of [`NAMING`].
const NAMING_LASTS: [char; 10] = ['章', '文', '话', '話', '为', '為', '目', '书', '書', '告'];

/// Is the quoted text that follows `before` named a title (`the important article “...”`,
/// `题为“...”`)?
pub(crate) fn named_title(before: &str) -> bool {
    let before = before.trim_end();
    // (the last character first: most text before a quote ends in none of the words')
    if before.ends_with(NAMING_LASTS) && NAMING.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    const EN: &[&str] = &[
        "article",
        "articles",
        "essay",
        "book",
        "books",
        "document",
        "report",
        "paper",
        "entitled",
        "titled",
        // `gave special Party lecture with the title "…"`
        "title",
        "speech",
        "poem",
        "song",
        "film",
        "documentary",
        "column",
    ];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    // (no word is empty: a Chinese text, which ends in no ASCII letter, is compared with
    // none of them)
    start < before.len() && EN.iter().any(|w| before[start..].eq_ignore_ascii_case(w))
}

/// Does `after`, the text after a closing mark, name the quote a title (`以“……”为题作辅导`,
/// a lecture's title)? (`为主题`, an event's theme, is a campaign's slogan and names none.)
pub(crate) fn titled_after(after: &str) -> bool {
    after.starts_with("为题") || after.starts_with("為題")
}

/// Quoted speech: a sentence, more than about twelve words, or a clause of five words or
/// more with a finite `be` or `not` (`“study politics theory is not deep and not connect
/// with reality”`, a self-criticism).
fn is_speech(inner: &str) -> bool {
    let ascii = inner.is_ascii();
    if !ascii && inner.chars().any(is_han) {
        // one pass: a sentence's punctuation, or more than twenty characters
        let mut chars = 0;
        for c in inner.chars() {
            if matches!(c, '，' | '。' | '！' | '？' | '；' | '：') {
                return true;
            }
            chars += usize::from(is_han(c));
        }
        return chars > 20;
    }
    // the words counted once, up to the thirteenth (split twice, and as `str` splits them,
    // they were most of the reading of a quote)
    let words = words_known(inner, ascii).take(13).count();
    words > 12
        || inner
            .bytes()
            .any(|b| matches!(b, b'.' | b'!' | b'?' | b';' | b':'))
        || (words > 4 && has_finite_verb(inner, ascii))
}

/// Does an English quote hold a finite verb: a form of `be`, or `not` after an auxiliary
/// (`we must not relax`)? A bare `not` is machine translation's `不` in a slogan's own
/// words (`"fire source not into mountain"`, 火源不进山).
fn has_finite_verb(inner: &str, ascii: bool) -> bool {
    const BE: [&str; 4] = ["is", "are", "was", "were"];
    const AUXILIARIES: [&str; 15] = [
        "do", "does", "did", "will", "would", "should", "must", "can", "could", "may", "might",
        "shall", "has", "have", "had",
    ];
    let mut before = "";
    words_known(inner, ascii).any(|w| {
        let finite = BE.iter().any(|v| w.eq_ignore_ascii_case(v))
            || w.eq_ignore_ascii_case("not")
                && BE
                    .iter()
                    .chain(&AUXILIARIES)
                    .any(|v| before.eq_ignore_ascii_case(v));
        before = w;
        finite
    })
}

/// The heads of the names of Chinese bodies (`...委员会`, `...办公室`).
const ZH_BODIES: &[&str] = &[
    "委员会",
    "委員會",
    "办公室",
    "辦公室",
    "领导小组",
    "領導小組",
    "公司",
    "集团",
    "集團",
    "政府",
    "法院",
    "检察院",
    "檢察院",
    "大学",
    "大學",
    "政协",
    "政協",
    "人大",
    "党组",
    "黨組",
    // a branch as a body is a Party branch (`第一党支部`); `“红旗支部”`, `“五星支部”` are
    // honours given to branches
    "党支部",
    "黨支部",
    "委",
    "新区",
    "新區",
];

/// Last characters of the names of places and levels (`临江`, `县`).
const PLACE_ENDS_ZH: &[char] = &[
    '省', '市', '区', '區', '县', '縣', '镇', '鎮', '乡', '鄉', '州', '江', '山', '河', '湖', '海',
    '阳', '陽', '城', '京', '津', '沪', '滬', '南', '北', '东', '東', '西', '中', '安', '宁', '寧',
];

/// The last characters of [`ZH_BODIES`], sorted: most quotes end in none of them, and are
/// then not compared with each head.
static ZH_BODY_ENDS: Lazy<Vec<char>> =
    Lazy::new(|| sorted_chars(ZH_BODIES, |h| h.chars().next_back()));

/// The name of a body: `... Committee`, `...委员会`, `...局` (not `...格局`); or of a new
/// area, a place (`Liangjiang New Area`, `雄安新区`). An English body's last word is
/// capitalised.
fn is_body(inner: &str) -> bool {
    const EN: &[&str] = &[
        "committee",
        "commission",
        "bureau",
        "office",
        "department",
        "ministry",
        "administration",
        "group",
        "association",
        "council",
        "government",
        "court",
        "procuratorate",
        "university",
        "company",
        "corporation",
        "bank",
    ];
    // the Chinese heads end in a character outside ASCII
    let ascii = inner.is_ascii();
    if !ascii
        && inner
            .chars()
            .next_back()
            .is_some_and(|c| ZH_BODY_ENDS.binary_search(&c).is_ok())
        && ZH_BODIES.iter().any(|h| inner.ends_with(h))
    {
        // `“书香政协”`, `“阳光政府”`: two characters that name no place before a body of two
        // name a campaign to make the body so (`“县政协”`, `“临江政协”` are bodies)
        let mut cs = inner.chars();
        let quality = inner.chars().count() == 4
            && ["政协", "政協", "政府", "法院", "人大"]
                .iter()
                .any(|h| inner.ends_with(h))
            && cs.nth(1).is_some_and(|c| !PLACE_ENDS_ZH.contains(&c));
        return !quality;
    }
    // 乡村振兴局, but 新发展格局, 大局, 变局, 开局 are situations
    if let Some(before) = inner.strip_suffix('局').filter(|_| !ascii) {
        let c = before.chars().next_back();
        return c.is_some_and(|c| !"格布大变變开開全新结結破定当當时時胜勝困".contains(c));
    }
    // 教育厅, 办公厅, but 议事厅, 会客厅, 展厅 are halls (`“委员议事厅”` names a platform)
    if let Some(before) = inner.strip_suffix(['厅', '廳']).filter(|_| !ascii) {
        let c = before.chars().next_back();
        return c.is_some_and(|c| !"事客大展餐乐樂".contains(c));
    }
    // `“CPPCC”`: an acronym names a body
    if inner.len() >= 2 && inner.bytes().all(|b| b.is_ascii_uppercase()) {
        return true;
    }
    let mut back = words_known(inner, ascii).rev();
    let last = back.next().unwrap_or("");
    // a body's name is capitalised: a lower-case `“time bank”` names a scheme
    let capital = last.starts_with(|c: char| c.is_ascii_uppercase());
    let body = capital && EN.iter().any(|h| last.eq_ignore_ascii_case(h));
    let new_area = inner
        .len()
        .checked_sub(" new area".len())
        .is_some_and(|at| inner.as_bytes()[at..].eq_ignore_ascii_case(b" new area"));
    // the words before the last counted only where it may end a body or a new area (counted
    // for every quote, and the quote lowered, they were a good part of its reading)
    if !body && !new_area {
        return false;
    }
    let before = back.take(2).count();
    new_area && before >= 2 || body && before >= 1
}

/// One English word in quotes is emphasis, not a name, when it is in lower case
/// (`“pioneer”`) or abstract (`“Implementation”`); `“Woodpecker”` names a brand.
///
/// A word of ASCII letters holds no white space, and its letters are its bytes: a Chinese
/// phrase is refused at its first byte (asking first for white space decoded all of it).
fn is_emphasis(inner: &str) -> bool {
    inner.bytes().all(|b| b.is_ascii_alphabetic())
        && (inner.starts_with(|c: char| c.is_ascii_lowercase())
            || ["tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence"]
                .iter()
                .any(|s| {
                    inner.len() > s.len()
                        && inner.as_bytes()[inner.len() - s.len()..]
                            .eq_ignore_ascii_case(s.as_bytes())
                }))
}

/// Does a programme's noun follow the quote that ends at `end`, in English
/// ([`programme_after`]) or in Chinese (`”行动`, `”主题劳动和技能竞赛`)? The quote is then
/// the programme's name.
fn programme_follows(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default();
    let after = after.trim_start_matches(['”', '」', '』', '"']);
    const ZH: [&str; 14] = [
        "行动", "行動", "活动", "活動", "工程", "计划", "計劃", "项目", "項目", "竞赛", "競賽",
        "主题", "主題", "品牌",
    ];
    ZH.iter().any(|w| after.starts_with(w)) || programme_after(text, end)
}

/// Does a programme's noun, or a system's, follow the quote that ends at `end`: a quoted
/// word names it (`the "grid" system`, `the "woodpecker" action`)?
fn named_by_quote(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default();
    let after = after.trim_start_matches(['"', '”', '\'', '’']);
    let system = ["system", "mechanism", "model"].iter().any(|w| {
        after
            .strip_prefix(' ')
            .and_then(|r| r.strip_prefix(w))
            .map(|r| r.strip_prefix('s').unwrap_or(r))
            .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()))
    });
    system || programme_after(text, end)
}

/// `“招人难、留人难”`, `“看病难、看病贵”`: a problem told in clauses that each end in
/// `难`, `贵`, `慢` or `乱`, no campaign's name.
fn is_problem(inner: &str) -> bool {
    let mut parts = 0;
    for part in inner.split(['、', '，']) {
        let n = part.chars().count();
        let ends = part.ends_with(['难', '難', '贵', '貴', '慢', '乱', '亂']);
        if !(2..=5).contains(&n) || !ends || !part.chars().all(is_han) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Does `inner` hold `《` or `》` (E3 80 8A, E3 80 8B)? Each is found by its last byte with
/// the two before it, as no other character ends so: a search for either character decoded
/// every character of the quote, most of them Chinese and neither.
fn holds_book_mark(inner: &str) -> bool {
    let b = inner.as_bytes();
    memchr::memchr2_iter(0x8A, 0x8B, b).any(|j| j >= 2 && b[j - 2..j] == [0xE3, 0x80])
}

/// Is `part`, which opens or closes `whole` (`is_half_of`), a Chinese clause of it: parted
/// from the rest by `、` or `，`? (In English a comma parts the halves of one formula: `"one
/// country"` beside `one country, two systems` is a half.)
fn parted_clause(whole: &str, part: &str) -> bool {
    const MARKS: [char; 2] = ['、', '，'];
    let n = part.len();
    let opens = whole.get(..n).is_some_and(|h| h.eq_ignore_ascii_case(part))
        && whole.get(n..).is_some_and(|r| r.starts_with(MARKS));
    let closes = whole.len() >= n
        && whole
            .get(whole.len() - n..)
            .is_some_and(|t| t.eq_ignore_ascii_case(part))
        && whole
            .get(..whole.len() - n)
            .is_some_and(|r| r.trim_end().ends_with(MARKS));
    opens || closes
}

/// Does `part` open or close `whole` (ignoring ASCII case)?
fn is_half_of(whole: &str, part: &str) -> bool {
    let (w, p) = (whole.as_bytes(), part.as_bytes());
    p.len() < w.len()
        && (w[..p.len()].eq_ignore_ascii_case(p) || w[w.len() - p.len()..].eq_ignore_ascii_case(p))
}

/// Programmes counted with `大`: 九大战略, 十大工程.
const DA_HEADS: &[&str] = &[
    "战略",
    "戰略",
    "工程",
    "行动",
    "行動",
    "攻坚战",
    "攻堅戰",
    "体系",
    "體系",
    "板块",
    "板塊",
    "品牌",
    "计划",
    "計劃",
    "专项行动",
    "專項行動",
    "产业集群",
    "產業集群",
];

// a count preceded by these is an ordinal or a part: 第二个, 这两个, 十九大
const NOT_BEFORE: &[char] = &[
    '第', '这', '這', '那', '每', '各', '前', '后', '後', '头', '頭', '近', '约', '約', '几', '幾',
    '好', '多', '上', '下', '百', '千', '万', '萬', '零',
];

// ... and followed by these a measure: 两个月, 三个小时
const NOT_NOUN: &[char] = &[
    '月', '年', '日', '天', '小', '星', '周', '人', '次', '点', '點', '岁', '歲', '多', '半', '以',
    '方', '部', '层', '層', '环', '環',
];

/// Numbered slogans from unquoted counts: lists of counted phrases, and `九大战略`.
pub(crate) fn counted<'h>(
    doc: &Document,
    hits: impl Iterator<Item = &'h Hit>,
    taken: &Spans,
    out: &mut Vec<Slogan>,
) {
    let text = doc.text;
    let mut covered = 0;
    let mut items: Vec<(usize, usize, u32)> = Vec::new();
    for hit in hits {
        if hit.start < covered {
            continue;
        }
        let before = text[..hit.start].chars().next_back();
        if before.is_some_and(|c| is_numeral(c) || c.is_ascii_digit() || NOT_BEFORE.contains(&c)) {
            continue;
        }
        // quoted counts come from their quotes, catalogue ones from the catalogue
        if taken.overlaps(hit.start, hit.end) {
            continue;
        }
        let classifier = text[..hit.end].chars().next_back();
        let rest = &text[hit.end..];
        // `五篇大文章`: the one counted phrase of `篇`; other articles are counted writings
        if classifier == Some('篇') {
            if rest.starts_with("大文章") {
                let end = hit.end + "大文章".len();
                let n = parse_zh(&text[hit.start..hit.end - '篇'.len_utf8()]);
                out.push(item(text, hit.start, end, SloganKind::Numbered, n));
                covered = end;
            }
            continue;
        }
        if classifier == Some('大') {
            if let Some(h) = DA_HEADS.iter().find(|h| rest.starts_with(**h)) {
                let end = hit.end + h.len();
                let n = parse_zh(&text[hit.start..hit.end - '大'.len_utf8()]);
                out.push(item(text, hit.start, end, SloganKind::Numbered, n));
                covered = end;
            }
            continue;
        }
        // a list: 一个统领、两个重点、四个综合
        items.clear();
        let mut pos = hit.start;
        let mut noun_len = 0;
        while let Some((num_end, n)) = count_at(text, pos) {
            let noun = &text[num_end..];
            if noun.starts_with(NOT_NOUN) {
                break;
            }
            // the noun: Chinese characters up to the next mark (looking no further than
            // a noun of a list can run)
            let (mut han, mut han_chars) = (0, 0);
            for c in noun.chars().take(9) {
                if !is_han(c) {
                    break;
                }
                han += c.len_utf8();
                han_chars += 1;
            }
            let after = &noun[han..];
            if after.starts_with('、') && (2..=4).contains(&han_chars) {
                items.push((pos, num_end + han, n));
                noun_len = han_chars;
                pos = num_end + han + '、'.len_utf8();
                continue;
            }
            // the last item: as long as the others when the text runs on
            if !items.is_empty() && han_chars >= noun_len && noun_len >= 2 {
                let take = if han_chars <= 4 { han_chars } else { noun_len };
                let end = num_end
                    + noun[..han]
                        .chars()
                        .take(take)
                        .map(char::len_utf8)
                        .sum::<usize>();
                items.push((pos, end, n));
            }
            break;
        }
        if items.len() >= 2 {
            for &(s, e, n) in &items {
                if !taken.overlaps(s, e) {
                    out.push(item(text, s, e, SloganKind::Numbered, Some(n)));
                }
            }
            covered = items.last().map_or(covered, |i| i.1);
        }
    }
}

/// A count with its classifier at `pos` (`两个`, `十个`, `三项`): its end and value.
fn count_at(text: &str, pos: usize) -> Option<(usize, u32)> {
    let rest = &text[pos..];
    let num_end = rest
        .char_indices()
        .find(|&(_, c)| !is_numeral(c))
        .map(|(i, _)| i)
        .filter(|&i| i > 0)?;
    let n = parse_zh(&rest[..num_end])?;
    let c = rest[num_end..].chars().next()?;
    if c == '大' || !CLASSIFIERS.contains(&c) {
        return None;
    }
    Some((pos + num_end + c.len_utf8(), n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn book_marks_are_what_contains_finds() {
        // every character from U+3000 to U+30FF and a run of Han characters (many end in
        // 0x8A or 0x8B), alone and beside the marks
        let chars = (0x3000..0x3100)
            .chain(0x4E00..0x4F00)
            .filter_map(char::from_u32);
        for c in chars {
            for t in [
                format!("{c}"),
                format!("a{c}中"),
                format!("《{c}"),
                format!("{c}》x"),
            ] {
                assert_eq!(holds_book_mark(&t), t.contains(['《', '》']), "{t}");
            }
        }
        assert!(!holds_book_mark(""));
    }

    #[test]
    fn wide_ends_need_no_trim() {
        // every character from U+3000 to U+FFFF at either end of a Chinese phrase, and
        // alone: where both ends are wide, neither `trim` nor the punctuation takes any
        for c in (0x3000..=0xFFFF).filter_map(char::from_u32) {
            for t in [format!("{c}中"), format!("中{c}"), format!("{c}")] {
                let kept = t.trim().trim_end_matches(INSIDE_CLOSING).trim_end();
                if wide_ends(&t) {
                    assert_eq!(kept, t, "{t:?}");
                }
            }
        }
        assert!(wide_ends("中") && wide_ends("两个维护"));
        for t in ["", "a中", "中 ", "，中", "中，", "\u{3000}中"] {
            assert!(!wide_ends(t), "{t:?}");
        }
    }

    #[test]
    fn naming_words_end_in_a_last_listed() {
        for w in NAMING {
            assert!(w.ends_with(NAMING_LASTS), "{w}");
        }
        for (before, named) in [
            ("发表题为", true),
            ("重要讲话 ", true),
            ("一书", true),
            ("提出", false),
            ("", false),
            ("the important article ", true),
            ("titled", true),
            ("the", false),
        ] {
            assert_eq!(named_title(before), named, "{before}");
        }
    }

    #[test]
    fn emphasis_is_one_word_of_ascii_letters() {
        for t in ["pioneer", "Implementation", "x"] {
            assert!(is_emphasis(t), "{t}");
        }
        for t in [
            "Woodpecker",
            "time bank",
            "pioneer ",
            " pioneer",
            "pioneer\u{3000}",
            "café",
            "先锋",
            "x1",
            "",
        ] {
            assert!(!is_emphasis(t), "{t}");
        }
    }

    #[test]
    fn titles_answer_as_is_title_asked_again() {
        let text = "the “ Opinions on Rural Work ” and “two establishments”, ";
        let spans = |t: &str| -> Vec<(usize, usize)> {
            let q: Vec<usize> = t.match_indices(['“', '”']).map(|(i, _)| i).collect();
            q.chunks(2).map(|p| (p[0] + '“'.len_utf8(), p[1])).collect()
        };
        let mut titles = Titles::default();
        for &(s, e) in spans(text).iter().rev() {
            titles.ask(text, s, e);
        }
        titles.settle();
        // the spans asked, trimmed, and others of the text
        for s in 0..text.len() {
            for e in s..=text.len() {
                if text.is_char_boundary(s) && text.is_char_boundary(e) {
                    assert_eq!(titles.answer(text, s, e), is_title(&text[s..e]), "{s}..{e}");
                }
            }
        }
        let s = text.find("Opinions").unwrap();
        assert!(titles.answer(text, s, s + "Opinions on Rural Work".len()));
    }

    #[test]
    fn words_split_as_split_whitespace() {
        let texts = [
            "",
            " ",
            "one",
            "  Opinions on\tthe\x0bWork \r\n of  2024 ",
            "a\x0cb\x1cc",
            "People’s Congress\u{3000}Law",
            "\u{a0}Plan\u{a0}for  x ",
            "Civil Code",
        ];
        for t in texts {
            let want: Vec<&str> = t.split_whitespace().collect();
            assert_eq!(words(t).collect::<Vec<_>>(), want, "{t:?}");
            let back: Vec<&str> = t.split_whitespace().rev().collect();
            assert_eq!(words(t).rev().collect::<Vec<_>>(), back, "{t:?}");
            // from both ends at once
            let mut w = words(t);
            let mut s = t.split_whitespace();
            for k in 0..6 {
                if k % 2 == 0 {
                    assert_eq!(w.next(), s.next(), "{t:?}");
                } else {
                    assert_eq!(w.next_back(), s.next_back(), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn common_chinese_characters_are_alphanumeric() {
        assert!(('\u{4e00}'..='\u{9fff}').all(char::is_alphanumeric));
    }

    #[test]
    fn counts() {
        assert!(matches!(count_of("两个先行"), Some(Count::Numbered(2))));
        assert!(matches!(count_of("三提三敢"), Some(Count::Numbered(3))));
        assert!(count_of("一城一策").is_none());
        assert!(count_of("一把手").is_none());
        assert!(count_of("15分钟便民生活圈").is_none());
        assert!(matches!(count_of("一核两翼"), Some(Count::Numbered(1))));
        assert!(matches!(
            count_of("three responsibility systems"),
            Some(Count::Numbered(3))
        ));
        assert!(count_of("1+6+3").is_none());
        assert!(matches!(count_of("二十大"), Some(Count::NotASlogan)));
    }

    #[test]
    fn titles() {
        assert!(is_title(
            "Articles of the Communist Party of China (Amendment)"
        ));
        assert!(is_title("Opinions on Strengthening the Work"));
        assert!(is_title("关于加强新时代政协工作的意见"));
        assert!(is_title("习近平关于调查研究论述摘编"));
        assert!(!is_title("强县富民"));
        assert!(!is_title("Rainbow Pomegranate"));
        assert!(is_title(
            "Xi Jinping's Discourse on Adhering to the Party's Overall Leadership"
        ));
        assert!(!is_title("Shanghai North Bund, Pujiang Golden Triangle"));
        assert!(!is_title("I do practical things for the people"));
        assert!(!is_title("last mile"));
        assert!(is_title("On Practice"));
        assert!(is_title("Selected Works of Deng Xiaoping"));
        assert!(is_title(
            "about speeding up the construction of the elderly care service system"
        ));
        assert!(is_title(
            "Lianxi County Rural Road Maintenance Implementation Plan"
        ));
        assert!(is_title("Agreement on Deepening Cooperation"));
        assert!(!is_title("Green Rural Revival Program"));
        assert!(!is_title("On the road of common prosperity we march"));
        assert!(!is_title("about right"));
    }
}
