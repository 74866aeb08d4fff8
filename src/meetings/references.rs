//! References (SPEC section 4a): the congresses, plenums, sessions and documents a report
//! refers to.
//!
//! Takes, in English: `the 20th National Congress of the Communist Party of China`, `the
//! 20th CPC National Congress`, `the Party's 20th National Congress`, `the 19th NPC`, `the
//! 12th Municipal Party Congress`; `the Sixth Plenary Session of the 19th CPC Central
//! Committee`, `the second plenary session of the 20th CCDI`, `the Plenary Session of the
//! Provincial and Municipal Commission for Discipline Inspection` (two), `the Provincial
//! Party Committee Plenary Session`; `the first session of the 14th NPC`, `the 22nd Standing
//! Committee meeting of the 11th CPPCC`; titles in quotation marks that read as documents
//! (`“Articles of the Communist Party of China (Amendment)”`).
//! In Chinese: `党的二十大`, `中共二十大`, `第二十次全国代表大会`, `市第十二次党代会`;
//! `十九届六中全会`, `二十届二中、三中全会` (two), `二十届中央纪委二次全会`,
//! `中国共产党第二十届中央委员会第二次全体会议`, `省委十一届三次全会`, `区委全会`, `省委、市委全会`
//! (two); `十四届全国人大一次会议`, `全国政协十四届一次会议`, `十四届全国人大常委会第二次会议`,
//! `市人大常委会第十次会议` (no term); titles in `《》`.
//!
//! Refuses: `全会` or `the plenum` without a body, `两会` / `two sessions`, a numbered plenary
//! meeting of a session (`第二次全体会议`), and a standing committee's numbered meeting that
//! is the report's own meeting (the caller drops those).

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;

use once_cell::sync::Lazy;
use regex::{Captures, Match, Regex};

use crate::document::{is_ascii_space, Document};
use crate::extraction::{Reference, ReferenceKind};
use crate::narrow::{is_narrow, Twin};
use crate::numerals::{en_ordinal, parse_zh};
use crate::slogans::{words, Titles};
use crate::swar::{self, HIGH};

/// The prebuilt searcher of a word of [`GATE_WORDS`], looked up when compiling: a word
/// missing from the list fails the build instead of a run.
macro_rules! finder {
    ($word:literal) => {{
        const I: usize = gate_index($word);
        &FINDERS[I]
    }};
}

/// A reference found in a sentence, before it becomes a [`Reference`].
struct Found {
    span: Range<usize>,
    kind: ReferenceKind,
    body: Option<String>,
    number: Option<u32>,
    term: Option<u32>,
}

impl Found {
    /// A document's title at `span`: no body, number or term.
    fn document(span: Range<usize>) -> Found {
        Found {
            span,
            kind: ReferenceKind::Document,
            body: None,
            number: None,
            term: None,
        }
    }
}

/// An English ordinal: `20th`, `1st`, `Sixth`, `twelfth`.
const ORD: &str = r"(?:\d{1,3}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))";

/// A body written in capitalised words, joined by `of`, `the`, `and`, `for`, `’s`:
/// `Dalian Municipal Committee`, `Central Commission for Discipline Inspection`.
const BODY: &str = r"(?:[A-Z][\w’'-]*|CPC)(?:\s+(?:[A-Z][\w’'-]*|of\s+the|of|and\s+[A-Z][\w’'-]*|for|\(CPC\)|\(NPC\)))*";

/// A local people's congress written in lower case, as machine translation writes it (`the
/// second session of the 18th county people's congress`).
const LOCAL_CONGRESS: &str = r"(?:provincial|municipal|city|prefectural|district|county|town|township)\s+people[’']s\s+congress\b";

/// Local levels written in lower case, one or a list (`provincial, municipal`, `provincial
/// and municipal`), before the body they share.
const LOCAL_LEVELS: &str = r"(?:(?:provincial|regional|municipal|city|prefectural|district|county)(?:,\s*|,?\s+and\s+|、))*(?:provincial|regional|municipal|city|prefectural|district|county)";

/// A local Party committee written in lower case (`the regional Party committee`, `county
/// party committee` as machine translation writes it).
const LOCAL_COMMITTEE: &str =
    r"(?:provincial|regional|municipal|city|prefectural|district|county)\s+[Pp]arty\s+committee";

/// A Chinese numeral or digits.
const N: &str = r"[零〇一二三四五六七八九十百两0-9０-９]+";

fn re(pattern: &str) -> Regex {
    // ASCII word boundaries: a Unicode `\b` makes the regex engine give up its fast DFA on
    // any text with a non-ASCII character (a curly quote), and then this pass took most
    // of the time of extract(); the words these patterns bound are ASCII
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("reference pattern is valid")
}

// the Sixth Plenary Session of the 19th CPC Central Committee | the 3rd Plenary Session of
// the 12th Dalian Municipal Committee | the Plenary Session of the Provincial and Municipal
// Commission for Discipline Inspection
static EN_PLENUM_OF: Twin = Twin::new(
    || {
        format!(
            r"(?:\b[Tt]he\s+)?(?:\b(?P<num>{ORD})\s+)?\b(?i:plenary\s+(?:\((?:enlarged|expanded)\)\s+)?session|plenary\s+meeting|plenum)s?\s+of\s+(?:the\s+)?(?:(?P<term>{ORD})\s+)?(?P<body>{BODY}|{LOCAL_COMMITTEE})"
        )
    },
    re,
);

// the 19th CPC Central Committee's sixth plenary session | the Provincial Party Committee
// Plenary Session | the provincial, municipal discipline inspection commission plenary
// session (machine translation of 省、市纪委全会, in lower case)
static EN_PLENUM_BODY_FIRST: Twin = Twin::new(
    || {
        format!(
            r"(?:\b[Tt]he\s+)?(?:(?P<term>{ORD})\s+)?(?P<body>(?:[A-Z][\w-]*\s+){{0,5}}(?:Committee|Commission|CCDI)|{LOCAL_LEVELS}\s+(?:[Pp]arty\s+committee|discipline\s+inspection\s+commission))(?:['’]s)?\s+(?:(?P<num>{ORD})\s+)?(?i:plenary\s+sessions?|plenum)\b"
        )
    },
    re,
);

// the 20th National Congress of the Communist Party of China | the 20th CPC National
// Congress | the Party's 20th National Congress | Party's 20th big congress (二十大 in
// machine translation)
static EN_CONGRESS: Twin = Twin::new(
    || {
        format!(
            r"(?:\b[Tt]he\s+)?(?:(?i:CPC|Party|Communist\s+Party\s+of\s+China)['’]s\s+)?\b(?P<num>{ORD})\s+(?:(?:(?:CPC|Party)\s+(?:National\s+)?|National\s+)Congress|[Pp]arty\s+congress|[Bb]ig\s+[Cc]ongress)(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC|Chinese\s+Communist\s+Party|(?i:Party))(?:\s*\(CPC\))?)?"
        )
    },
    re,
);

// the Ninth Congress of the Communist Youth League of Beiyuan District, the 19th National
// Congress of the Communist Youth League of China: a congress of a mass organisation
static EN_MASS_CONGRESS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?:\b[Tt]he\s+)?\b(?P<num>{ORD})\s+(?:National\s+)?Congress\s+of\s+the\s+(?P<body>(?:Communist\s+Youth\s+League|Youth\s+League|Women['’]s\s+Federation|Federation\s+of\s+Trade\s+Unions|Trade\s+Union)(?:\s+of\s+(?:China|(?:[A-Z][\w-]*\s+){{1,3}}?(?:Province|City|District|County|Town|Township)))?)\b"
    ))
});

// the Ninth Women's Representatives Congress of Ruoshan County, the 13th National Women's
// Congress: a mass organisation's congress named by its members
static EN_MEMBERS_CONGRESS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?:\b[Tt]he\s+)?\b(?P<num>{ORD})\s+(?P<body>(?:National\s+)?Women['’]s\s+(?:Representatives['’]?\s+)?Congress(?:\s+of\s+(?:China|(?:[A-Z][\w-]*\s+){{1,3}}?(?:Province|City|District|County|Town|Township)))?)\b"
    ))
});

// the Ninth Representative Congress of Nanhe Municipal Trade Unions: the congress of a
// mass organisation named after it
static EN_REPRESENTATIVE_CONGRESS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?:\b[Tt]he\s+)?\b(?P<num>{ORD})\s+Representatives?['’]?\s+Congress\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w-]*\s+){{0,3}}?(?:Federation\s+of\s+Trade\s+Unions|Trade\s+Unions?|Women['’]s\s+Federation))\b"
    ))
});

// the 12th Municipal Party Congress | the Provincial Party Congress
static EN_LOCAL_CONGRESS: Twin = Twin::new(
    || {
        format!(
            r"(?:\b[Tt]he\s+)?(?:\b(?P<num>{ORD})\s+)?\b(?P<body>(?:[A-Z][\w-]*\s+){{0,3}}?(?:Provincial|Regional|Municipal|District|County|City|Prefectural|Town|Township)\s+Party\s+Congress)"
        )
    },
    re,
);

// the 19th NPC | the 14th National People's Congress (not `of the 14th NPC`, a body)
static EN_NPC: Twin = Twin::new(
    || format!(r"(?:\b[Tt]he\s+)?\b(?P<num>{ORD})\s+(?:NPC|National\s+People['’]s\s+Congress)\b"),
    re,
);

// the first session of the 14th NPC | the Second Session of the Ninth National People’s
// Congress of Longgang County | the 17th Standing Committee Meeting of the 8th CPPCC | the
// 6th meeting of the Standing Committee of the 17th Municipal People's Congress | the first
// session of 14th National People's Congress (machine translation, without the article)
static EN_SESSION: Twin = Twin::new(
    || {
        format!(
            r"(?:\b[Tt]he\s+)?\b(?P<num>{ORD})\s+(?P<sc>Standing\s+Committee\s+)?(?i:session|meeting)\s+of\s+(?:the\s+)?(?P<scof>Standing\s+Committee\s+of\s+the\s+)?(?P<term>{ORD})\s+(?P<body>{LOCAL_CONGRESS}|{BODY})"
        )
    },
    re,
);

// Shitang Township 19th People's Congress First Session | the 14th CPPCC Second Session: the
// Chinese order (十九届人大一次会议) kept by machine translation, the term before the body
static EN_SESSION_TERM_FIRST: Twin = Twin::new(
    || {
        format!(
            r"\b(?P<place>(?:[A-Z][\w-]*\s+){{1,3}}(?:Province|City|County|District|Town|Township)\s+)?(?P<term>{ORD})\s+(?P<body>(?:National\s+)?People['’]s\s+Congress|CPPCC)\s+(?P<num>{ORD})\s+Session\b"
        )
    },
    re,
);

// ` in Xinhui District` after a session's body
static LOCAL_PLACE: Twin = Twin::new(
    || r"^\s+in\s+(?P<place>(?:[A-Z][\w-]*\s+){1,3}(?:District|City|County|Province|Town))".into(),
    re,
);

// 党的二十大 | 中共二十大 | 二十大 | 党的第二十次全国代表大会
static ZH_CONGRESS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?P<pre>党的|黨的|中共|中国共产党|中國共產黨|我党|我黨)?(?:第(?P<num2>{N})次全国代表大会|第(?P<num3>{N})次全國代表大會|(?P<num>{N})大)"
    ))
});

// 市第十二次党代会 | 省第十一次党代表大会 | 集团第三次党代会 (an enterprise or a college
// holds its own)
static ZH_LOCAL_CONGRESS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?P<pre>省|市|区|區|县|縣|州|自治区|自治區|镇|鎮|乡|鄉|集团|集團|公司|大学|大學|学院|學院)?第?(?P<num>{N})次(?P<head>党代会|黨代會|党代表大会|黨代表大會|党员代表大会|黨員代表大會)"
    ))
});

// 中国共产党澜州市第八次代表大会: a local party congress named in full (or a college's or an
// enterprise's: 中共江南理工大学第三次代表大会)
static ZH_FULL_LOCAL_CONGRESS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?:中国共产党|中國共產黨|中共)\p{{Han}}{{1,10}}?(?P<pre>省|市|区|區|县|縣|州|镇|鎮|乡|鄉|大学|大學|学院|學院|集团|集團|公司)第(?P<num>{N})次(?:党员代表大会|黨員代表大會|代表大会|代表大會)"
    ))
});

// 南屏市妇联第十四次代表大会 | 共青团北苑区第九次代表大会: a congress of a mass
// organisation (the women's federation, the trade unions, the Youth League …; the League's
// of a college or an enterprise too: 共青团江南理工大学第十五次代表大会)
static ZH_MASS_CONGRESS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?:(?P<level>省|市|区|區|县|縣|州|镇|鎮)(?P<org>妇联|婦聯|总工会|總工會|工商联|工商聯|科协|科協|侨联|僑聯|文联|文聯|残联|殘聯)|(?P<league>(?:共青团|共青團)\p{{Han}}{{1,10}}?(?:省|市|区|區|县|縣|州|镇|鎮|大学|大學|学院|學院|集团|集團|公司)))第(?P<num>{N})次(?:代表大会|代表大會)"
    ))
});

// 若山县第九次妇女代表大会 | 临川市第八次工会代表大会 | 东湖区妇女第五次代表大会 |
// 全国妇女第十三次代表大会: a mass organisation's congress named by its members
static ZH_MEMBERS_CONGRESS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?P<level>省|市|区|區|县|縣|州|镇|鎮|全国|全國)(?:第(?P<num>{N})次(?P<members>妇女|婦女|工会|工會)|(?P<members2>妇女|婦女)第(?P<num2>{N})次)(?:代表大会|代表大會)"
    ))
});

// 十九届六中全会 | 党的二十届一中、二中全会 | 二十届中央纪委二次全会 | 省委十一届三次全会 |
// 县纪委十五届五次全会 |
// 中国共产党第二十届中央委员会第二次全体会议
static ZH_PLENUM: Lazy<Regex> = Lazy::new(|| re(&zh_plenum_pattern()));

/// [`ZH_PLENUM`] anchored at the start (see [`term_match_at`]).
static ZH_PLENUM_AT: Lazy<Regex> = Lazy::new(|| re(&format!("^(?:{})", zh_plenum_pattern())));

/// The words that may stand before a plenum's term (`pre` of [`ZH_PLENUM`]), but for a
/// discipline commission (`纪委`, `紀委`) that a place's character may open.
const PLENUM_PREFIXES: [&str; 20] = [
    "党的",
    "黨的",
    "中国共产党",
    "中國共產黨",
    "中共",
    "省委",
    "市委",
    "区委",
    "區委",
    "县委",
    "縣委",
    "州委",
    "盟委",
    "旗委",
    "镇党委",
    "鎮黨委",
    "乡党委",
    "鄉黨委",
    "党委",
    "黨委",
];

/// The pattern of [`ZH_PLENUM`].
fn zh_plenum_pattern() -> String {
    format!(
        r"(?P<pre>{}|(?:省|市|区|區|县|縣|州)?(?:纪委|紀委))?第?(?P<term>{N})[届屆](?P<mid>中央委员会|中央委員會|中央纪委|中央紀委|中央纪律检查委员会|中央紀律檢查委員會|中央|省委|市委|区委|區委|县委|縣委|(?:省|市|区|區|县|縣)?(?:纪委|紀委))?(?P<nums>(?:第?{N}[中次](?:全会|全會)?[、和及与與])*第?{N}[中次])(?:全会|全會|全体会议|全體會議|全委(?:[（(](?:扩大|擴大)[)）])?(?:会议|會議|会|會))",
        PLENUM_PREFIXES.join("|")
    )
}

// 中国共产党青阳区第三届纪律检查委员会第四次全体会议 | 共青团漳川市第十六届委员会第五次全体
// （扩大）会议 | 共青团清河大学第十五届委员会第二次全体会议: a local committee's plenum named
// in full (or a college's)
static ZH_FULL_LOCAL_PLENUM: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?P<pre>中国共产党|中國共產黨|中共|共青团|共青團)(?P<place>\p{{Han}}{{1,10}}?(?:省|市|区|區|县|縣|州|旗|盟|镇|鎮|乡|鄉|大学|大學|学院|學院))第(?P<term>{N})[届屆](?P<mid>委员会|委員會|纪律检查委员会|紀律檢查委員會)第(?P<num>{N})次全[体體](?:[（(](?:扩大|擴大)[)）])?(?:会议|會議)"
    ))
});

// 市总工会第十五届执行委员会第四次全体会议 | 省妇联第十三届执行委员会第五次全体（扩大）会议:
// a mass organisation's executive committee's plenum, the organisation the body (its level
// before it, where it has one)
static ZH_ORG_PLENUM: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?P<org>(?:省|市|区|區|县|縣|州|镇|鎮|乡|鄉)?(?:总工会|總工會|工会|工會|妇联|婦聯|科协|科協|侨联|僑聯|文联|文聯|工商联|工商聯|残联|殘聯|青联|青聯|学联|學聯))第(?P<term>{N})[届屆](?:执行委员会|執行委員會)第(?P<num>{N})次全[体體](?:[（(](?:扩大|擴大)[)）])?(?:会议|會議)"
    ))
});

// 临川县第十八届人民代表大会第三次会议 | 政协第十届临川县委员会第三次会议 |
// 政协临川县第十届委员会第三次会议 (the order of the official name, `中国人民政治协商会议
// 临川县第十届委员会…`): a local session named in full (the congress's place is read back
// from its level)
static ZH_FULL_LOCAL_SESSION: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?:(?P<level>省|市|区|區|县|縣|州|镇|鎮|乡|鄉)第(?P<term>{N})[届屆](?:人民代表大会|人民代表大會)|(?:政协|政協)第(?P<cterm>{N})[届屆](?P<place>\p{{Han}}{{2,5}}?(?:省|市|区|區|县|縣|州))(?:委员会|委員會)|(?:政协|政協|中国人民政治协商会议|中國人民政治協商會議)(?P<place2>\p{{Han}}{{2,5}}?(?:省|市|区|區|县|縣|州))第(?P<cterm2>{N})[届屆](?:委员会|委員會))第(?P<num>{N})次(?:会议|會議)"
    ))
});

// 区委全会 | 省委、市委全会 (a plenum without number, named by its body; read by
// [`plenum_bodies`], which a test holds to it)
#[cfg(test)]
static ZH_PLENUM_BODY: Lazy<Regex> = Lazy::new(|| re(PLENUM_BODY));

/// [`ZH_PLENUM_BODY`] anchored at the start (see [`bodies_at`]).
static ZH_PLENUM_BODY_AT: Lazy<Regex> = Lazy::new(|| re(&format!("^(?:{PLENUM_BODY})")));

/// The pattern of [`ZH_PLENUM_BODY`].
const PLENUM_BODY: &str = r"(?P<bodies>(?:(?:省委|市委|区委|區委|县委|縣委|州委|党委|黨委|(?:省|市|区|區|县|縣|州)?(?:纪委|紀委))[、和及与與])*(?:省委|市委|区委|區委|县委|縣委|州委|党委|黨委|(?:省|市|区|區|县|縣|州)?(?:纪委|紀委)))(?:全会|全會|全委会|全委會)";

// 十四届全国人大一次会议 | 全国政协十四届一次会议 | 十四届全国人大常委会第二次会议 |
// 第十四届全国人民代表大会第一次会议 | 市十六届人大三次会议
static ZH_SESSION: Lazy<Regex> = Lazy::new(|| re(&zh_session_pattern()));

/// [`ZH_SESSION`] anchored at the start: matched where a match must start (see
/// [`session_at`]), with no search for that start.
static ZH_SESSION_AT: Lazy<Regex> = Lazy::new(|| re(&format!("^(?:{})", zh_session_pattern())));

/// The body names that may stand before a session's term (`body1` of [`ZH_SESSION`]).
const SESSION_BODIES: [&str; 13] = [
    "全国人大常委会",
    "全國人大常委會",
    "全国人大",
    "全國人大",
    "全国政协",
    "全國政協",
    "全国人民代表大会",
    "全國人民代表大會",
    "人大常委会",
    "人大常委會",
    "人大",
    "政协",
    "政協",
];

/// The pattern of [`ZH_SESSION`].
fn zh_session_pattern() -> String {
    format!(
        r"(?P<pre>[省市区區县縣州镇鎮乡鄉])?(?P<body1>{})?第?(?P<term>{N})[届屆](?P<body2>全国人大常委会|全國人大常委會|全国人大|全國人大|全国政协常委会|全國政協常委會|全国政协|全國政協|常委会|常委會|全国人民代表大会|全國人民代表大會|中国人民政治协商会议全国委员会|中國人民政治協商會議全國委員會|人大常委会|人大常委會|人大|人代会|人代會|政协|政協)?第?(?P<num>{N})次(?:会议|會議)",
        SESSION_BODIES.join("|")
    )
}

// 市人大常委会第十次会议 | 市政協常委會第十二次會議: a standing committee's numbered meeting
// without the term of its body (read by [`standing_sessions`], which a test holds to it)
#[cfg(test)]
static ZH_STANDING_SESSION: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?P<pre>全国|全國|[省市区區县縣州])?(?P<body>人大常委会|人大常委會|政协常委会|政協常委會|政协常委會|政協常委会)第(?P<num>{N})次(?:会议|會議)"
    ))
});

/// Is `c` part of a Chinese numeral (so that `十二十大` does not start mid-number)?
fn is_numeral_char(c: char) -> bool {
    crate::numerals::is_zh_numeral_char(c) || c.is_ascii_digit() || c == '第'
}

/// The mark of the reference trigger `i` (its place in the list of triggers) in the
/// triggers a sentence holds.
pub(super) fn trigger_bit(i: usize) -> u64 {
    1 << i.min(63)
}

// the marks of the English words among the reference triggers, as
// [`super::reference_triggers`] lists them
const CONGRESS: u64 = 1 << 0;
const PLENARY: u64 = 1 << 1;
const PLENUM: u64 = 1 << 2;
const SESSION: u64 = 1 << 3;
const NPC: u64 = 1 << 5;
// and of the Chinese words: `次会议`, `次會議`; `党代会`, `黨代會`, `代表大会`, `代表大會`; `《`;
// `“`
const TIMES_MEETING: u64 = 1 << 13 | 1 << 14;
const PARTY_CONGRESS: u64 = 1 << 15 | 1 << 16 | 1 << 17 | 1 << 18;
const BOOK: u64 = 1 << 19;
const QUOTE: u64 = 1 << 20;

/// Finds the references of a document: `sentences` are the indices of the sentences that
/// hold a reference trigger as a whole word, each with the marks ([`trigger_bit`]) of all
/// the triggers that stand in it, whole words or not. `lowered`, the text with its ASCII
/// letters lower-cased when it was made already, gives an English sentence its lower case
/// without a copy.
pub(super) fn find(
    doc: &Document,
    sentences: &[(usize, u64, bool)],
    lowered: Option<&str>,
) -> Vec<Reference> {
    FOUND.with(|cell| match cell.try_borrow_mut() {
        Ok(mut bufs) => {
            let (found, here) = &mut *bufs;
            find_with(doc, sentences, lowered, found, here)
        }
        // never taken: a text is not read inside another
        Err(_) => find_with(doc, sentences, lowered, &mut Vec::new(), &mut Vec::new()),
    })
}

thread_local! {
    /// The references found in a text, and those of one sentence: kept with their room
    /// from one text to the next, where each text that names one allocated and grew both.
    static FOUND: RefCell<(Vec<Found>, Vec<Found>)> = RefCell::default();
}

fn find_with(
    doc: &Document,
    sentences: &[(usize, u64, bool)],
    lowered: Option<&str>,
    found: &mut Vec<Found>,
    here: &mut Vec<Found>,
) -> Vec<Reference> {
    found.clear();
    // the references of one sentence, in a buffer kept across sentences
    here.clear();
    let asked = doc.titles.borrow();
    for &(i, words, _) in sentences {
        let Some(range) = doc.sentences.get(i) else {
            continue;
        };
        let base = range.start;
        let s = &doc.text[range.clone()];
        // a Han character is U+3007 or above: its first byte is 0xE3 or more
        let b = s.as_bytes();
        if any_byte(b, |w| w & HIGH == 0, |x| x >= 0xE3) && s.chars().any(crate::document::is_han) {
            find_zh(s, base, words, (doc.text, &asked), here);
        }
        // (a text of no ASCII letter, most Chinese ones, holds no English sentence: its
        // sentences are not read for a letter)
        if doc.latin && any_byte(b, |w| w & HIGH == HIGH, |x| x.is_ascii_alphabetic()) {
            // lower-casing ASCII keeps every byte offset: the sentence's range of the
            // lowered text is its lower case
            let lower = match lowered.and_then(|l| l.get(range.clone())) {
                Some(l) => Cow::Borrowed(l),
                None => Cow::Owned(s.to_ascii_lowercase()),
            };
            find_en(s, &lower, base, words, (doc.text, &asked), here);
        }
        resolve_overlaps(here, found);
    }
    found.sort_by_key(|f| (f.span.start, f.span.end));
    found
        .drain(..)
        .filter_map(|f| {
            let mut span = f.span;
            if f.kind == ReferenceKind::Document {
                span = trim_span(doc.text, span);
            }
            let text = doc.text.get(span.clone())?.to_string();
            if text.is_empty() {
                return None;
            }
            Some(Reference {
                start: span.start,
                end: span.end,
                text,
                kind: f.kind,
                body: f.body,
                number: f.number,
                term: f.term,
            })
        })
        .collect()
}

/// Does `b` hold a byte that `f` accepts? Eight bytes at a time, a run of eight that
/// `passed` says holds none (read as one little-endian word) is passed over without
/// asking `f` of each: all ASCII where `f` takes no ASCII (an English sentence, asked for
/// the first byte of a Han character), none ASCII where `f` takes ASCII only (a Chinese
/// sentence, asked for a Latin letter).
fn any_byte(b: &[u8], passed: impl Fn(u64) -> bool, f: impl Fn(u8) -> bool) -> bool {
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let skip = <[u8; 8]>::try_from(c).is_ok_and(|w| passed(u64::from_le_bytes(w)));
        if !skip && c.iter().any(|&x| f(x)) {
            return true;
        }
    }
    chunks.remainder().iter().any(|&x| f(x))
}

fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    span.start + lead..span.start + lead + t.len()
}

/// Keeps the longest of overlapping references of `here` (a sentence's), moving them onto
/// `out`; split references (two from one span) share their span and are kept together.
fn resolve_overlaps(here: &mut Vec<Found>, out: &mut Vec<Found>) {
    // one reference overlaps none: kept as it is
    if here.len() <= 1 {
        out.append(here);
        return;
    }
    here.sort_by(|a, b| {
        let la = a.span.end - a.span.start;
        let lb = b.span.end - b.span.start;
        lb.cmp(&la).then(a.span.start.cmp(&b.span.start))
    });
    // the references kept of this sentence: those pushed onto `out` from here on
    let base = out.len();
    for f in here.drain(..) {
        let kept = &out[base..];
        let clash = kept.iter().any(|k| {
            k.span.start < f.span.end && f.span.start < k.span.end && k.span != f.span
                || (k.span == f.span && k.kind != f.kind)
        });
        // documents may hold a congress name: both stand
        let doc_pair = kept.iter().any(|k| {
            (k.kind == ReferenceKind::Document) != (f.kind == ReferenceKind::Document)
                && k.span.start < f.span.end
                && f.span.start < k.span.end
        });
        if !clash || doc_pair {
            out.push(f);
        }
    }
}

fn span_of(c: &Captures, base: usize) -> Range<usize> {
    let m = c.get(0).expect("group 0");
    base + m.start()..base + m.end()
}

fn ordinal(c: &Captures, name: &str) -> Option<u32> {
    c.name(name).and_then(|m| en_ordinal(m.as_str()))
}

fn zh_number(c: &Captures, name: &str) -> Option<u32> {
    c.name(name).and_then(|m| parse_zh(m.as_str()))
}

/// Drops trailing joining words from a body written in capitalised words.
fn trim_body(body: &str) -> &str {
    let mut b = body.trim();
    // a headline's verb inside it, and the words after (`… People's Congress Holds Third
    // Meeting`): the first space that opens one, looked for at each space rather than by a
    // search for each verb (which built a searcher for each at each call)
    const VERBS: [&[u8]; 5] = [
        b" Opens ",
        b" Closes ",
        b" Concludes ",
        b" Convenes ",
        b" Holds ",
    ];
    let bytes = b.as_bytes();
    if let Some(i) =
        memchr::memchr_iter(b' ', bytes).find(|&i| VERBS.iter().any(|w| bytes[i..].starts_with(w)))
    {
        b = &b[..i];
    }
    loop {
        let before = b;
        // a headline's verb after the body: `… County People's Congress Opened`
        for w in [
            " of",
            " the",
            " and",
            " for",
            " Opened",
            " Opens",
            " Closed",
            " Closes",
            " Concluded",
            " Concludes",
            " Convened",
            " Convenes",
            " Held",
            " Holds",
        ] {
            if let Some(x) = b.strip_suffix(w) {
                b = x.trim_end();
            }
        }
        if b == before {
            return b;
        }
    }
}

/// The normalised body of an English plenum: the Party's Central Committee is `CPC`, its
/// discipline commission `CCDI`; local bodies stay as written.
/// `the county's 15th Party Congress`: a level in the possessive before a Party congress
/// makes it that level's, not the national one; its body.
fn local_congress_before(before: &str) -> Option<&'static str> {
    let before = before.trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    // each level below ends in `'s`: the text before most congresses ends otherwise, and
    // is compared with none of them
    let b = before.as_bytes();
    if !(b.len() >= 2 && b[b.len() - 2..].eq_ignore_ascii_case(b"'s")) {
        return None;
    }
    [
        ("county's", "County Party Congress"),
        ("city's", "Municipal Party Congress"),
        ("district's", "District Party Congress"),
        ("province's", "Provincial Party Congress"),
        ("township's", "Township Party Congress"),
        ("town's", "Town Party Congress"),
    ]
    .iter()
    // (compared as bytes: the text before may end inside no ASCII at all)
    .find(|(w, _)| {
        let b = before.as_bytes();
        b.len() >= w.len() && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    })
    .map(|&(_, body)| body)
}

/// Is `body` a Party committee or a discipline commission: it says `Party`, `CPC` or
/// `Discipline`, or is a level's bare `Committee` (`the County Committee`, `Dalian Municipal
/// Committee`)?
fn party_committee_en(body: &str) -> bool {
    const LEVELS: [&str; 8] = [
        "Central",
        "Provincial",
        "Municipal",
        "City",
        "County",
        "District",
        "Town",
        "Township",
    ];
    body.contains("Party")
        || body.contains("CPC")
        || body.contains("Discipline")
        || body.strip_suffix(" Committee").is_some_and(|rest| {
            rest.split(' ').count() <= 3
                && rest.rsplit(' ').next().is_some_and(|w| LEVELS.contains(&w))
        })
}

fn en_plenum_body(body: &str) -> String {
    // (as `trim_start_matches("CPC ")`, which built a searcher for each body)
    let mut b = body;
    while let Some(rest) = b.strip_prefix("CPC ") {
        b = rest;
    }
    let b = b.trim();
    // each word sought starts with `P`, `M`, `D` or `C`: the places of those capitals are
    // asked, in one pass (a prebuilt searcher for each word read the body seven times)
    const LOCAL: [&[u8]; 6] = [
        b"Provincial",
        b"Municipal",
        b"District",
        b"County",
        b"City",
        b"Prefectural",
    ];
    let bytes = b.as_bytes();
    let (mut local, mut discipline) = (false, false);
    for (i, &x) in bytes.iter().enumerate() {
        if matches!(x, b'P' | b'M' | b'D' | b'C') {
            let rest = &bytes[i..];
            local = LOCAL.iter().any(|w| rest.starts_with(w));
            if local {
                break;
            }
            discipline |= rest.starts_with(b"Discipline Inspection");
        }
    }
    if local {
        return body.to_string();
    }
    if discipline || b == "CCDI" {
        return "CCDI".into();
    }
    if b.starts_with("Central Committee") {
        return "CPC".into();
    }
    body.to_string()
}

/// Splits `Provincial and Municipal Commission for Discipline Inspection` into the
/// bodies it joins.
fn split_joined_en(body: &str) -> Vec<String> {
    // most bodies join none: neither `and` second nor a comma after the first word (told
    // without a list of the words)
    let mut two = body.split_whitespace();
    let (first, second) = (two.next(), two.next());
    if second != Some("and") && !first.is_some_and(|w| w.ends_with([',', '、'])) {
        return vec![body.to_string()];
    }
    let words: Vec<&str> = body.split_whitespace().collect();
    if words.len() >= 4 && words[1] == "and" {
        let rest = words[3..].join(" ");
        return vec![
            format!("{} {rest}", words[0]),
            format!("{} {rest}", words[2]),
        ];
    }
    // `provincial, municipal discipline inspection commission`: levels listed with commas
    // (and a last `and`) before the body they share
    if words.first().is_some_and(|w| w.ends_with([',', '、'])) {
        let mut levels = Vec::new();
        let mut k = 0;
        while let Some(w) = words.get(k) {
            let level = w.trim_end_matches([',', '、']);
            if *w == "and" {
                k += 1;
                continue;
            }
            levels.push(level);
            k += 1;
            if level.len() == w.len() && words.get(k) != Some(&"and") {
                break;
            }
        }
        if levels.len() >= 2 && k < words.len() {
            let rest = words[k..].join(" ");
            return levels.iter().map(|l| format!("{l} {rest}")).collect();
        }
    }
    vec![body.to_string()]
}

fn en_session_body(body: &str, standing: bool) -> String {
    let b = body.trim();
    let national_npc = matches!(
        b,
        "NPC" | "National People's Congress" | "National People’s Congress"
    ) || b.starts_with("National People's Congress (NPC)");
    let national_cppcc = matches!(
        b,
        "CPPCC"
            | "CPPCC National Committee"
            | "National Committee of the CPPCC"
            | "National Committee of the Chinese People's Political Consultative Conference"
            | "National Committee of the Chinese People’s Political Consultative Conference"
    );
    let npc_sc = matches!(
        b,
        "NPC Standing Committee"
            | "Standing Committee of the NPC"
            | "Standing Committee of the National People's Congress"
            | "Standing Committee of the National People’s Congress"
    );
    let cppcc_sc = matches!(
        b,
        "CPPCC Standing Committee" | "Standing Committee of the CPPCC National Committee"
    );
    match (standing, national_npc, national_cppcc, npc_sc, cppcc_sc) {
        (_, _, _, true, _) => "NPC Standing Committee".into(),
        (_, _, _, _, true) => "CPPCC Standing Committee".into(),
        (true, true, _, _, _) => "NPC Standing Committee".into(),
        (true, _, true, _, _) => "CPPCC Standing Committee".into(),
        (false, true, _, _, _) => "NPC".into(),
        (false, _, true, _, _) => "CPPCC".into(),
        // `County CPPCC Standing Committee` is named in full already
        (true, ..) if !b.contains("Standing Committee") => format!("{b} Standing Committee"),
        _ => b.to_string(),
    }
}

/// The English references of sentence `s` (at `base`), whose ASCII lower case is `lower`;
/// `words` marks the reference triggers that stand in it.
///
/// `(text, asked)`: the document's text, and the answers the slogans gave for its quotes
/// (a quote they share is read as a title or not once).
fn find_en(
    s: &str,
    lower: &str,
    base: usize,
    words: u64,
    (text, asked): (&str, &Titles),
    out: &mut Vec<Found>,
) {
    // each pattern runs only on a sentence holding the words it cannot match without (a
    // pattern over a whole sentence is costly, and most sentences hold none of them);
    // `(?i:session)` also matches a long `ſ`. A trigger found in the sentence in any case
    // says whether a word may stand, without searching for it: `plenary` or `plenum`
    // stands in every plenum pattern's match, in some case (`(?i:...)` folds none of
    // their letters to a character outside ASCII)
    let plenum = words & (PLENARY | PLENUM) != 0;
    let (mut national, mut party) = (false, false);
    // whether a `Congress of the` goes on as a mass organisation's congress does (see
    // [`mass_body_after`]): most sentences with a congress name the Party's
    let mut mass = false;
    // whether a `Congress` follows `Women's` or `Representatives` (see
    // [`EN_MEMBERS_CONGRESS`])
    let mut women = false;
    // whether a `Congress` follows `Representative` (see [`EN_REPRESENTATIVE_CONGRESS`])
    let mut representative = false;
    let mut party_congress = None;
    // where `Congress` stands, as the search for `congress` below finds it: the keys of the
    // congresses below ask for the next one from a place on, each ask a search of the
    // sentence, which found the same places again
    let mut capitals = Capitals::default();
    let mut npc = words & NPC != 0 && finder!("NPC").find(s.as_bytes()).is_some();
    // (a loop under a test, not a flattened optional iterator: most sentences hold no
    // `congress`, and the empty iterator cost more than the test)
    if words & CONGRESS != 0 {
        // each `congress` in any case, found once in the lower case: the text tells a
        // `Congress` from a `congress` (two searches of the text cost more)
        for i in finder!("congress").find_iter(lower.as_bytes()) {
            // the word before, then whitespace
            let ahead = &s[..i];
            let t = ahead.trim_end();
            let spaced = t.len() < ahead.len();
            match s.as_bytes().get(i..i + "congress".len()) {
                // `National\s+Congress`
                Some(b"Congress") => {
                    capitals.push(i);
                    if spaced {
                        // (`the 20th CPC Congress` is national too)
                        national |= t.ends_with("National") || t.ends_with("CPC");
                        party |= t.ends_with("Party") || t.ends_with(" Big");
                        npc |= t.ends_with("People's") || t.ends_with("People’s");
                        women |= ["Women's", "Women’s", "Representatives", "Representatives'"]
                            .iter()
                            .any(|w| t.ends_with(w));
                        representative |= t.ends_with("Representative")
                            || t.ends_with("Representatives")
                            || t.ends_with("Representatives'");
                    }
                    mass = mass || mass_body_after(s, i + "Congress".len());
                }
                // `the 20th party congress`, as machine translation writes it: the first
                // (as [`party_congress_after`] finds it)
                Some(b"congress") if party_congress.is_none() && spaced && party_word(t) => {
                    party_congress = Some(i);
                }
                _ => {}
            }
        }
        capitals.searched();
        party |= party_congress.is_some();
    }
    let congress_after = |at: usize, before: &dyn Fn(&str) -> bool| capitals.after(s, at, before);
    // the first `party congress` from `at` on: the first of the sentence, unless `at` is
    // past it (which of them is one does not depend on `at`); the key of the congresses
    // below asks at each match, and searched the rest of the sentence each time
    let party_congress_from = |at: usize| match party_congress {
        Some(p) if p < at => party_congress_after(s, at),
        first => first,
    };
    // the form of the patterns, asked for by the first search
    let narrow = once_cell::unsync::Lazy::new(|| narrow_sentence(s));
    // `ſ` and `《` (below) stand only where their first bytes, 0xC5 and 0xE3, do: one
    // search for both says that most sentences hold neither
    let rare = memchr::memchr2(0xC5, 0xE3, s.as_bytes()).is_some();
    // a long `ſ` that `(?i:...)` takes for an `s`
    let long_s = rare && finder!("ſ").find(s.as_bytes()).is_some();
    // every plenum pattern holds `plen` (any case); `(?i:...)` folds none of its letters
    // to a character outside ASCII
    let plen = |at: usize| {
        plenum
            .then(|| finder!("plen").find(&lower.as_bytes()[at..]))
            .flatten()
            .map(|i| at + i)
    };
    let re = || EN_PLENUM_OF.get(*narrow);
    // a `plen` that goes on as the pattern does, up to `of the`: most plenary sessions a
    // sentence names are no plenum of a body (`the study of the plenary sessions`), and a
    // search that finds nothing reads on to the end of the sentence
    let plenum_of = |at: usize| {
        let mut at = at;
        while let Some(p) = plen(at) {
            if long_s || plenum_of_at(lower, p) {
                return Some(p);
            }
            at = p + 1;
        }
        None
    };
    for m in near(
        plenum_of,
        |p| back_runs(s, p, 3),
        |from| found_from(re(), s, from),
    ) {
        // the groups, read off the match's words: capturing them costs far more
        let Some(g) = plenum_of_words(s, m.range(), *narrow) else {
            continue;
        };
        let body = trim_body(&s[g.body..m.end()]);
        if !is_body_name(body) {
            continue;
        }
        // `the 2023 Plenary Meeting of the County Ecological Environment Protection
        // Committee`: an unnumbered plenary meeting is a plenum only of a Party committee
        if g.num.is_none() && g.term.is_none() && !party_committee_en(body) && {
            let head = &s[m.start()..g.body];
            head.contains("meeting") || head.contains("Meeting")
        } {
            continue;
        }
        let span = base + m.start()..base + g.body + body.len();
        for b in split_joined_en(body) {
            out.push(Found {
                span: span.clone(),
                kind: ReferenceKind::Plenum,
                body: Some(en_plenum_body(&b)),
                number: g.num.and_then(en_ordinal),
                term: g.term.and_then(en_ordinal),
            });
        }
    }
    let re = || EN_PLENUM_BODY_FIRST.get(*narrow);
    // the body's last word stands before the key, or before the ordinal before it
    let body_plen = |at: usize| {
        let mut at = at;
        while let Some(p) = plen(at) {
            if body_before(&s[..p], long_s) {
                return Some(p);
            }
            at = p + 1;
        }
        None
    };
    for c in near(
        body_plen,
        |p| back_runs(s, p, 10),
        |from| captures_from(re(), s, from),
    ) {
        let body = c["body"].trim();
        for b in split_joined_en(body) {
            out.push(Found {
                span: span_of(&c, base),
                kind: ReferenceKind::Plenum,
                body: Some(en_plenum_body(&b)),
                number: ordinal(&c, "num"),
                term: ordinal(&c, "term"),
            });
        }
    }
    let re = || EN_CONGRESS.get(*narrow);
    // `the 20th National Congress`, `the 20th Party Congress` (a local one names its level:
    // `the 12th Municipal Party Congress`, read below)
    let key = |at| {
        (national || party)
            .then(|| {
                congress_after(at, &|t| {
                    t.ends_with("National")
                        || t.ends_with("Party")
                        || t.ends_with("CPC")
                        || t.ends_with(" Big")
                })
                .into_iter()
                .chain(party_congress_from(at))
                .min()
            })
            .flatten()
    };
    let mut push = |m: Range<usize>| {
        // `the 18th National Congress of the Chinese Trade Unions`: another body's
        let after = &s[m.end..];
        let of = [" of the ", " of "]
            .iter()
            .find_map(|w| after.strip_prefix(w));
        let other = of.and_then(|rest| {
            EN_OTHER_CONGRESS_BODIES
                .iter()
                .find(|b| rest.starts_with(**b))
                .map(|b| (after.len() - rest.len() + b.len(), *b))
        });
        out.push(Found {
            span: base + m.start..base + m.end + other.map_or(0, |o| o.0),
            kind: ReferenceKind::Congress,
            body: Some(match other {
                Some((_, b)) => b.into(),
                None => local_congress_before(&s[..m.start]).unwrap_or("CPC").into(),
            }),
            number: congress_number(&s[m]),
            term: None,
        })
    };
    // as [`near`] searches, a narrow sentence read by hand (see [`congress_from`]), any
    // other by the pattern (a sentence's form is asked for only once it holds a key)
    let mut at = 0;
    while let Some(p) = key(at) {
        let found = match *narrow {
            true => congress_from(s, lower, at, p),
            false => found_from(re(), s, at.max(back_runs(s, p, 9))).map(|(_, m)| m),
        };
        let Some(m) = found.filter(|m| !m.is_empty()) else {
            break;
        };
        at = m.end;
        push(m);
    }
    // (most `Congress of the` are the Party's: the organisation's words are sought first)
    let has = |f: &memchr::memmem::Finder| f.find(s.as_bytes()).is_some();
    let mass = mass
        && (has(finder!("Youth League")) || has(finder!("Women")) || has(finder!("Trade Union")))
        && has(finder!("Congress of the"));
    // a mass organisation's congress, named by the organisation or by its members
    let masses = [
        mass.then_some(&*EN_MASS_CONGRESS),
        women.then_some(&*EN_MEMBERS_CONGRESS),
        representative.then_some(&*EN_REPRESENTATIVE_CONGRESS),
    ];
    for re in masses.into_iter().flatten() {
        for c in re.captures_iter(s) {
            out.push(Found {
                span: span_of(&c, base),
                kind: ReferenceKind::Congress,
                body: Some(c["body"].split_whitespace().collect::<Vec<_>>().join(" ")),
                number: ordinal(&c, "num"),
                term: None,
            });
        }
    }
    let re = || EN_LOCAL_CONGRESS.get(*narrow);
    let key = |at| {
        party
            .then(|| congress_after(at, &|t| t.ends_with("Party")))
            .flatten()
    };
    for c in near(
        key,
        |p| back_runs(s, p, 8),
        |from| captures_from(re(), s, from),
    ) {
        out.push(Found {
            span: span_of(&c, base),
            kind: ReferenceKind::Congress,
            body: Some(c["body"].to_string()),
            number: ordinal(&c, "num"),
            term: None,
        });
    }
    let re = || EN_NPC.get(*narrow);
    // an ordinal stands before `NPC` and `National People's Congress`
    let key = |at: usize| {
        if !npc {
            return None;
        }
        let short = finder!("NPC")
            .find_iter(&s.as_bytes()[at..])
            .map(|i| at + i)
            .find(|&i| ordinal_before(&s[..i], long_s));
        let long = congress_after(at, &|t| {
            let Some(x) = t
                .strip_suffix("People's")
                .or_else(|| t.strip_suffix("People’s"))
            else {
                return false;
            };
            let y = x.trim_end();
            y.len() < x.len()
                && y.strip_suffix("National")
                    .is_some_and(|z| ordinal_before(z, long_s))
        });
        short.into_iter().chain(long).min()
    };
    for c in near(
        key,
        |p| back_runs(s, p, 5),
        |from| captures_from(re(), s, from),
    ) {
        let m = c.get(0).unwrap();
        let before = s[..m.start()].trim_end();
        let after = &s[m.end()..];
        // `the Standing Committee of the 14th NPC` and `deputies to the 14th NPC` name the
        // people's congress as a body; `14th NPC Standing Committee` is another body
        let before = before
            .trim_end_matches(" the")
            .trim_end_matches(" of")
            .trim_end_matches(" to");
        if before.ends_with("Committee")
            || before.ends_with("deputies")
            || before.ends_with("deputy")
            || after.trim_start().starts_with("Standing")
        {
            continue;
        }
        out.push(Found {
            span: span_of(&c, base),
            kind: ReferenceKind::Congress,
            body: Some("NPC".into()),
            number: ordinal(&c, "num"),
            term: None,
        });
    }
    let re = || EN_SESSION.get(*narrow);
    // a long `ſ` that `(?i:session)` takes is looked for nowhere: such a sentence is searched
    // whole; elsewhere an ordinal or `Standing Committee` stands before the word
    let key = |at: usize| {
        if long_s {
            return Some(at);
        }
        let word = |f: &memchr::memmem::Finder<'_>| {
            f.find_iter(&lower.as_bytes()[at..])
                .map(|i| at + i)
                .find(|&i| {
                    of_maybe_the_at(s, i + f.needle().len())
                        && (ordinal_before(&s[..i], false)
                            || s[..i].trim_end().ends_with("Committee"))
                })
        };
        let session = (words & SESSION != 0)
            .then(|| word(finder!("session")))
            .flatten();
        session.into_iter().chain(word(finder!("meeting"))).min()
    };
    let reach = |p| if long_s { p } else { back_runs(s, p, 5) };
    for m in near(key, reach, |from| found_from(re(), s, from)) {
        let Some(g) = session_words(m.as_str()) else {
            continue;
        };
        let body_start = m.start() + g.body;
        let mut body = trim_body(&s[body_start..m.end()]);
        // `of the 16th CPPCC in Xinhui District`: the body is the CPPCC of that place
        if let Some(cut) = body.find(" (") {
            if !body[cut..].starts_with(" (NPC)") {
                body = &body[..cut];
            }
        }
        if !is_body_name(body) {
            continue;
        }
        // `the first session of the Sixth Teachers' Representative Congress`: a congress of a
        // unit's staff (教代会, 职代会), no people's congress; nor is `the fifth meeting of the
        // 11th Executive Committee of the … Federation of Industry and Commerce` a session
        if [
            "Teachers",
            "Workers",
            "Staff",
            "Employees",
            "Executive Committee",
            "Federation",
            "Association",
            // `the first meeting of the 20th Central Foreign Affairs Commission`
            "Commission",
        ]
        .iter()
        .any(|w| body.contains(w))
        {
            continue;
        }
        let standing = g.sc || body.contains("Standing Committee");
        let span = base + m.start()..base + body_start + body.len();
        // `of the Standing Committee of the 17th Municipal People's Congress`: the term
        // stands inside the body's name and is left out of it
        let mut body = if g.scof {
            en_session_body(&format!("Standing Committee of the {body}"), true)
        } else {
            en_session_body(body, standing)
        };
        // `the 16th CPPCC in Xinhui District`: a local committee, not the national one
        // (the place is sought only after those bodies: most sessions name another)
        if matches!(body.as_str(), "CPPCC" | "NPC") {
            if let Some(place) = LOCAL_PLACE.get(*narrow).captures(&s[m.end()..]) {
                body = format!("{body} in {}", &place["place"]);
            }
        }
        out.push(Found {
            span,
            kind: ReferenceKind::Session,
            body: Some(body),
            number: en_ordinal(g.num),
            term: en_ordinal(g.term),
        });
    }
    // (only where `Session` stands capitalised after a space: most sentences hold none;
    // and where one stands as a match's does, see [`term_first_may`])
    if words & SESSION != 0 && term_first_may(s) {
        for c in EN_SESSION_TERM_FIRST.get(*narrow).captures_iter(s) {
            let body = c["body"].split_whitespace().collect::<Vec<_>>().join(" ");
            let body = match c.name("place") {
                Some(place) if !body.starts_with("National") => {
                    format!("{} {body}", place.as_str().trim_end())
                }
                _ => en_session_body(&body, false),
            };
            out.push(Found {
                span: span_of(&c, base),
                kind: ReferenceKind::Session,
                body: Some(body),
                number: ordinal(&c, "num"),
                term: ordinal(&c, "term"),
            });
        }
    }
    // “Articles of the Communist Party of China (Amendment)” | "Opinions on ..."
    for t in quoted_en(s, 3) {
        // punctuation of the sentence that American style puts inside the quotes
        let title = s[t.clone()].trim_end_matches([',', '.', ';', ':', '，', '。']);
        // `a work report entitled "Promoting …"`, `the important article "Promoting …"`:
        // the words before name it a title
        let before = s[..t.start].trim_end_matches(['"', '“']).trim_end();
        let entitled = ["entitled", "titled", " article", " book"]
            .iter()
            .any(|w| before.ends_with(w))
            && title.starts_with(|c: char| c.is_uppercase());
        // (`gave a special lecture entitled "Understanding …"`: a lecture's title names
        // what was taught, not a document)
        let taught = entitled
            && ["lecture", "lesson", "class", "talk", "course"]
                .iter()
                .any(|w| {
                    before
                        .trim_end_matches("entitled")
                        .trim_end_matches("titled")
                        .trim_end()
                        .ends_with(w)
                });
        if taught {
            continue;
        }
        let start = base + t.start;
        // (`the "Blue Sky, Clear Water and Pure Land" battle` names a programme; asked last,
        // of the few quotes read as titles, as most quotes are none)
        // (or elsewhere in the text: a headline's `"Talk Things Over at the Doorstep": …`
        // names the programme its body quotes before `consultation activities`)
        let programme = || {
            crate::slogans::programme_after(text, start + title.len())
                || text
                    .match_indices(title)
                    .any(|(i, _)| crate::slogans::programme_after(text, i + title.len()))
        };
        if entitled
            || (is_en_title(title) || asked.answer(text, start, start + title.len()))
                && !programme()
        {
            out.push(Found::document(
                base + t.start..base + t.start + title.len(),
            ));
        }
    }
    // a translation keeps the Chinese marks: `adopted the 《Yongping County ... Plan》`
    // a prebuilt searcher: `contains` of a character outside ASCII builds one each time
    if rare && finder!("《").find(s.as_bytes()).is_some() {
        book_titles(s, base, out);
    }
}

/// Does a `Session` of `s` stand after a space, and one (maybe the same) as in each match
/// of [`EN_SESSION_TERM_FIRST`]: after whitespace, a word (the ordinal), whitespace, and
/// the end of `Congress` or `CPPCC` (the body)? Most sentences with a `Session` name a
/// plenary one (`the Second Plenary Session of the 20th CPC Central Committee`), and the
/// pattern read each of them to its end for nothing.
fn term_first_may(s: &str) -> bool {
    let (mut spaced, mut placed) = (false, false);
    for i in finder!("Session").find_iter(s.as_bytes()) {
        // (`Session` is ASCII: `i` starts a character)
        let before = &s[..i];
        spaced |= before.ends_with(' ');
        placed = placed || {
            let t = before.trim_end();
            let word = t.trim_end_matches(|c: char| !c.is_whitespace());
            let body = word.trim_end();
            t.len() < before.len()
                && word.len() < t.len()
                && body.len() < word.len()
                && (body.ends_with("Congress") || body.ends_with("CPPCC"))
        };
        if spaced && placed {
            return true;
        }
    }
    false
}

/// The titles in `《》` of sentence `s` (at `base` in the text), as documents.
fn book_titles(s: &str, base: usize, out: &mut Vec<Found>) {
    for t in quoted_book(s, 1) {
        if s[t.clone()].trim().is_empty() {
            continue;
        }
        out.push(Found::document(base + t.start..base + t.end));
    }
}

/// [`is_narrow`] of a sentence, its ASCII skipped sixteen bytes at a time where it can be:
/// only each other character is decoded and asked about (most English sentences hold a
/// few curly quotes and nothing else outside ASCII).
fn narrow_sentence(s: &str) -> bool {
    let b = s.as_bytes();
    let word = |w: &[u8]| u64::from_le_bytes(w.try_into().expect("eight bytes")) & HIGH;
    let mut i = 0;
    loop {
        // to the next byte outside ASCII, sixteen bytes a turn: the high bits of two words
        // read as little-endian, the lowest one set is that byte (the standard library's
        // `is_ascii` of the whole sentence first, then these words from its start again,
        // read most sentences twice: most hold a curly quote or two)
        while let Some(w) = b.get(i..i + 16) {
            let (low, high) = (word(&w[..8]), word(&w[8..]));
            if low | high == 0 {
                i += 16;
                continue;
            }
            i += match low {
                0 => 8 + (high.trailing_zeros() / 8) as usize,
                _ => (low.trailing_zeros() / 8) as usize,
            };
            break;
        }
        // (the last bytes, fewer than sixteen, one at a time)
        while b.get(i).is_some_and(u8::is_ascii) {
            i += 1;
        }
        let Some(c) = s[i..].chars().next() else {
            return true;
        };
        let end = i + c.len_utf8();
        if !is_narrow(&s[i..end]) {
            return false;
        }
        i = end;
    }
}

/// The words the gates look for, each with a prebuilt searcher in [`FINDERS`].
const GATE_WORDS: [&str; 14] = [
    "plen",
    "NPC",
    "Congress",
    "ſ",
    "session",
    "meeting",
    "常委",
    "《",
    "Youth League",
    "Women",
    "Trade Union",
    "Congress of the",
    "congress",
    "Session",
];

static FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> =
    Lazy::new(|| GATE_WORDS.iter().map(memchr::memmem::Finder::new).collect());

/// The index of `word` in [`GATE_WORDS`], for [`finder!`]; evaluated when compiling, where
/// the panic of a missing word is a build error.
const fn gate_index(word: &str) -> usize {
    let w = word.as_bytes();
    let mut i = 0;
    while i < GATE_WORDS.len() {
        let g = GATE_WORDS[i].as_bytes();
        if g.len() == w.len() {
            let mut j = 0;
            while j < g.len() && g[j] == w[j] {
                j += 1;
            }
            if j == g.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("a gate word must be in GATE_WORDS")
}

/// Does `\s+of\s+the\s+` follow at `at` (after a `Congress`), and then the first words of
/// an [`EN_MASS_CONGRESS`] body: `Communist\s+Youth`, `Youth`, `Women`, `Federation` or
/// `Trade`? Every match of that pattern holds such a `Congress`.
fn mass_body_after(s: &str, at: usize) -> bool {
    // most `Congress` go on with ` of the ` and a word (`of the Communist Party`): read off
    // the bytes, where the text's words were trimmed char by char
    let plain = s
        .as_bytes()
        .get(at..)
        .and_then(|r| r.strip_prefix(b" of the "))
        .filter(|r| {
            r.first()
                .is_none_or(|&x| x.is_ascii() && !is_ascii_space(x))
        });
    let body = match plain {
        Some(_) => Some(&s[at + " of the ".len()..]),
        None => after_of_the(s, at).map(str::trim_start),
    };
    let Some(body) = body else {
        return false;
    };
    match body.strip_prefix("Communist") {
        Some(c) => c.starts_with(char::is_whitespace) && c.trim_start().starts_with("Youth"),
        None => ["Youth", "Women", "Federation", "Trade"]
            .iter()
            .any(|w| body.starts_with(w)),
    }
}

/// Does `\s+of\s+the\s` follow at `at`?
/// Does `\s+of\s+` stand at `at`, then perhaps `the` and whitespace (a session's `of
/// 14th National People's Congress` in machine translation)?
fn of_maybe_the_at(s: &str, at: usize) -> bool {
    let Some(rest) = s.get(at..) else {
        return false;
    };
    let r = rest.trim_start().strip_prefix("of");
    rest.starts_with(char::is_whitespace) && r.is_some_and(|r| r.starts_with(char::is_whitespace))
}

/// The text after `\s+of\s+the` at `at`, where whitespace follows it.
fn after_of_the(s: &str, at: usize) -> Option<&str> {
    let spaced = |r: &str| r.starts_with(char::is_whitespace);
    let rest = s.get(at..)?;
    let r = rest.trim_start().strip_prefix("of")?;
    let r2 = r.trim_start().strip_prefix("the")?;
    (spaced(rest) && spaced(r) && spaced(r2)).then_some(r2)
}

/// The leftmost-first matches of a pattern in a sentence, in the order `captures_iter`
/// gives them, each searched for from the earliest place a match can start rather than
/// from where the last one ended: `key(at)` is the first place from `at` on of a word every
/// match holds, `reach(p)` the earliest start of a match holding that word at `p` (it
/// grows with `p`), and `search(from)` the pattern's leftmost match from `from` on, with
/// its span. A match from `at` on holds a key from `at` on, so it starts at `reach` of the
/// first of them or later; once no key is left no search runs (a search that finds
/// nothing reads on to the end of the sentence, and those were most of what the patterns
/// cost). The patterns match no empty text.
fn near<'a, T: 'a>(
    key: impl Fn(usize) -> Option<usize> + 'a,
    reach: impl Fn(usize) -> usize + 'a,
    mut search: impl FnMut(usize) -> Option<(T, Range<usize>)> + 'a,
) -> impl Iterator<Item = T> + 'a {
    let mut at = 0;
    std::iter::from_fn(move || {
        let p = key(at)?;
        let (found, span) = search(at.max(reach(p)))?;
        if span.is_empty() {
            return None;
        }
        at = span.end;
        Some(found)
    })
}

/// Where the character `c` (of three bytes, a Han character) stands in `b`, in order: each
/// place of its last byte that its first two bytes stand before. A search for one byte
/// costs less to start than a prebuilt searcher of the three, which each sentence started
/// afresh for each character; no two places overlap, as a searcher's do not.
pub(super) fn places_of(b: &[u8], c: char) -> impl Iterator<Item = usize> + '_ {
    let mut buf = [0; 4];
    let w = c.encode_utf8(&mut buf).as_bytes();
    debug_assert_eq!(w.len(), 3, "a character of three bytes");
    let (head, last) = ([w[0], w[1]], w[2]);
    memchr::memchr_iter(last, b).filter_map(move |j| {
        let i = j.checked_sub(2)?;
        (b[i..j] == head).then_some(i)
    })
}

/// `re`'s leftmost captures from `from` on (what lies before still bounds `\b`).
fn captures_from<'h>(re: &Regex, s: &'h str, from: usize) -> Option<(Captures<'h>, Range<usize>)> {
    let c = re.captures_at(s, from)?;
    let span = c.get(0)?.range();
    Some((c, span))
}

/// `re`'s leftmost match from `from` on, with its span.
fn found_from<'h>(re: &Regex, s: &'h str, from: usize) -> Option<(Match<'h>, Range<usize>)> {
    let m = re.find_at(s, from)?;
    Some((m, m.range()))
}

/// The start of the numeral (`N`) that ends at `end`.
fn numeral_before(t: &str, end: usize) -> usize {
    end - t[..end]
        .chars()
        .rev()
        .take_while(|&c| is_n_char(c))
        .map(char::len_utf8)
        .sum::<usize>()
}

/// The text before a `届` match's `第?N[届屆]`, its term, and what follows the `届`. No
/// word before the term ends in `第` or a numeral, and only one `届` is matched.
fn around_term(t: &str) -> Option<(&str, &str, &str)> {
    let q = term_from(t, 0)?;
    let n = numeral_before(t, q);
    let head = &t[..n];
    let head = head.strip_suffix('第').unwrap_or(head);
    Some((head, &t[n..q], &t[q + '届'.len_utf8()..]))
}

/// The groups `pre`, `term`, `mid` and `nums` of a [`ZH_PLENUM`] match, read off its text:
/// no word of `mid` holds `第` or a numeral, and `nums` starts with one of them.
fn plenum_groups(t: &str) -> Option<(&str, &str, &str, &str)> {
    let (pre, term, rest) = around_term(t)?;
    // the head (`全会`, `全体会议`, `全委（扩大）会议`) starts at the last `全`
    let rest = &rest[..rest.rfind('全')?];
    let n = rest.find(|c| c == '第' || is_n_char(c))?;
    Some((pre, term, &rest[..n], &rest[n..]))
}

/// The groups of a [`ZH_SESSION`] match.
struct SessionGroups<'h> {
    pre: &'h str,
    body1: Option<&'h str>,
    term: &'h str,
    body2: Option<&'h str>,
    num: &'h str,
}

/// The groups `pre`, `body1`, `term`, `body2` and `num` of a [`ZH_SESSION`] match, read off
/// its text: `pre` is a place character no body starts with, and no body ends in `第` or a
/// numeral.
fn session_groups(t: &str) -> Option<SessionGroups<'_>> {
    let (head, term, rest) = around_term(t)?;
    let pre_len = head
        .chars()
        .next()
        .filter(|c| {
            matches!(
                c,
                '省' | '市' | '区' | '區' | '县' | '縣' | '州' | '镇' | '鎮' | '乡' | '鄉'
            )
        })
        .map_or(0, char::len_utf8);
    let body1 = Some(&head[pre_len..]).filter(|b| !b.is_empty());
    let rest = rest.get(..rest.len().checked_sub("次会议".len())?)?;
    let n = numeral_before(rest, rest.len());
    let body2 = &rest[..n];
    let body2 = Some(body2.strip_suffix('第').unwrap_or(body2)).filter(|b| !b.is_empty());
    Some(SessionGroups {
        pre: &head[..pre_len],
        body1,
        term,
        body2,
        num: &rest[n..],
    })
}

/// The end of the whitespace (`\s*`) at `i` of `s`.
fn skip_space(s: &str, i: usize) -> usize {
    let rest = &s[i..];
    i + rest.len() - rest.trim_start().len()
}

/// Does `s` go on at `i` with `word` and whitespace? The end of that whitespace.
fn word_then_space(s: &str, i: usize, word: &str) -> Option<usize> {
    let end = i + word.len();
    if !s[i..].starts_with(word) {
        return None;
    }
    let after = skip_space(s, end);
    (after > end).then_some(after)
}

/// Does the `plen` at `p` of `lower` (a sentence, its ASCII letters lower-cased) go on as
/// [`EN_PLENUM_OF`] does, up to `the` and whitespace: `plenary\s+session`,
/// `plenary\s+meeting` or `plenum`, maybe `s`, then `\s+of\s+the\s`? Every match holds
/// such a `plen` (where the sentence holds no long `ſ`, which `(?i:session)` takes).
fn plenum_of_at(lower: &str, p: usize) -> bool {
    let key = match word_then_space(lower, p, "plenary") {
        // `the Sixth Plenary (Enlarged) Session of …`
        Some(i) => match ["(enlarged)", "(expanded)"]
            .iter()
            .find_map(|m| word_then_space(lower, i, m))
        {
            Some(j) => lower[j..]
                .starts_with("session")
                .then_some(j + "session".len()),
            None => ["session", "meeting"]
                .iter()
                .find(|w| lower[i..].starts_with(*w))
                .map(|w| i + w.len()),
        },
        None => lower[p..]
            .starts_with("plenum")
            .then_some(p + "plenum".len()),
    };
    let Some(mut i) = key else {
        return false;
    };
    if lower[i..].starts_with('s') {
        i += 1;
    }
    let after = skip_space(lower, i);
    // `of the`, or `of` and a term (`of 20th Central Committee`, as machine translation
    // writes it)
    after > i
        && word_then_space(lower, after, "of").is_some_and(|i| {
            word_then_space(lower, i, "the").is_some()
                || lower[i..].starts_with(|c: char| c.is_ascii_digit())
                // `of county party committee`, as machine translation writes it
                || local_committee_at(&lower[i..])
        })
}

/// The groups of an [`EN_PLENUM_OF`] match: `num`, `term`, and where `body` starts (it
/// runs to the match's end).
struct PlenumOfWords<'h> {
    num: Option<&'h str>,
    term: Option<&'h str>,
    body: usize,
}

// a whole word that is an ordinal ([`ORD`]), to tell a term from a body's first word
static ORD_WORD: Twin = Twin::new(|| format!(r"^{ORD}$"), re);

/// Reads [`PlenumOfWords`] off the words of the [`EN_PLENUM_OF`] match at `m` of
/// sentence `s` (of the form `narrow`): `[the] [num] key of the [term] body`. Neither `the`
/// nor an ordinal is a word of the key (`plenary` or `plenum`, any case), so each part
/// is fixed by the words it starts with. The word after `of the` is the term where it is
/// an ordinal that a body can follow (a capital, or a local Party committee in lower
/// case): the pattern takes a term wherever it can; otherwise the body starts there.
fn plenum_of_words(s: &str, m: Range<usize>, narrow: bool) -> Option<PlenumOfWords<'_>> {
    let t = &s[m.clone()];
    // (split on the bytes where the match is ASCII: see [`congress_number`])
    let mut words = words(t).map(|w| (m.start + (w.as_ptr() as usize - t.as_ptr() as usize), w));
    let mut word = move || words.next();
    let mut w = word()?.1;
    if matches!(w, "the" | "The") {
        w = word()?.1;
    }
    let is_key = |w: &str| {
        w.eq_ignore_ascii_case("plenary")
            || w.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("plenum"))
    };
    let num = (!is_key(w)).then_some(w);
    if num.is_some() {
        w = word()?.1;
    }
    if w.eq_ignore_ascii_case("plenary") {
        // `session` or `meeting`, after `(Enlarged)` perhaps
        let w = word()?.1;
        if w.starts_with('(') {
            word()?;
        }
    }
    // `of the` (or `of` alone before a term)
    word()?;
    let mut next = word()?;
    if matches!(next.1, "the" | "The") {
        next = word()?;
    }
    let (at, _) = next;
    // the whole word in the sentence: the match may end inside it
    let first = &s[at..at + s[at..].find(char::is_whitespace).unwrap_or(s.len() - at)];
    let after = skip_space(s, at + first.len());
    let body_after = after > at + first.len() && {
        let rest = &s[after..];
        rest.starts_with(|c: char| c.is_ascii_uppercase()) || local_committee_at(rest)
    };
    if body_after && ORD_WORD.get(narrow).is_match(first) {
        return Some(PlenumOfWords {
            num,
            term: Some(first),
            body: after,
        });
    }
    Some(PlenumOfWords {
        num,
        term: None,
        body: at,
    })
}

/// Does `rest` open with a [`LOCAL_COMMITTEE`]?
fn local_committee_at(rest: &str) -> bool {
    let level = [
        "provincial",
        "regional",
        "municipal",
        "city",
        "prefectural",
        "district",
        "county",
    ]
    .iter()
    .find_map(|w| word_then_space(rest, 0, w));
    level
        .and_then(|i| {
            word_then_space(rest, i, "Party").or_else(|| word_then_space(rest, i, "party"))
        })
        .is_some_and(|i| rest[i..].starts_with("committee"))
}

/// Does `ahead` end in whitespace after the last word of a body of [`EN_PLENUM_BODY_FIRST`]
/// (`Committee`, `Commission`, `CCDI`, maybe with `'s`), or after that and an ordinal?
fn body_before(ahead: &str, long_s: bool) -> bool {
    let ends_body = |w: &str| {
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        ["Committee", "Commission", "CCDI", "committee", "commission"]
            .iter()
            .any(|b| w.ends_with(b))
    };
    let t = ahead.trim_end();
    if t.len() == ahead.len() {
        return false;
    }
    let last = t.rsplit(char::is_whitespace).next().unwrap_or_default();
    if ends_body(last) {
        return true;
    }
    let before = &t[..t.len() - last.len()];
    let b = before.trim_end();
    ordinal_like(last, long_s)
        && b.len() < before.len()
        && ends_body(b.rsplit(char::is_whitespace).next().unwrap_or_default())
}

/// The groups of an [`EN_SESSION`] match: `num`, `term`, whether `sc` and `scof` took
/// part, and where `body` starts.
struct SessionWords<'h> {
    num: &'h str,
    sc: bool,
    scof: bool,
    term: &'h str,
    body: usize,
}

/// Reads [`SessionWords`] off the words of an [`EN_SESSION`] match: `[the] num [Standing
/// Committee] session of the [Standing Committee of the] term body`. Neither ordinal is
/// `the` or `Standing`, nor is the word that names the meeting, so each part is fixed by
/// the words it starts with; the body runs to the match's end.
fn session_words(t: &str) -> Option<SessionWords<'_>> {
    // (split on the bytes where the match is ASCII: see [`congress_number`])
    let mut words = words(t).map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w));
    let mut word = move || words.next();
    let mut num = word()?.1;
    if matches!(num, "the" | "The") {
        num = word()?.1;
    }
    let sc = word()?.1 == "Standing";
    if sc {
        // `Committee`, then `session`
        word()?;
        word()?;
    }
    // `of the` (or `of` alone, in machine translation)
    word()?;
    let mut term = word()?.1;
    if matches!(term, "the" | "The") {
        term = word()?.1;
    }
    let scof = term == "Standing";
    if scof {
        // `Committee of the`
        word()?;
        word()?;
        word()?;
        term = word()?.1;
    }
    let body = word()?.0;
    Some(SessionWords {
        num,
        sc,
        scof,
        term,
        body,
    })
}

/// The earliest start of an English match that holds at most `runs` runs of whitespace
/// before `p`: its words are joined by `\s+` and hold no other whitespace.
fn back_runs(s: &str, p: usize, runs: usize) -> usize {
    let mut seen = 0;
    let mut end = p;
    // each run of other characters, then the white space before it
    loop {
        let Some(start) = word_back(s, end) else {
            return 0;
        };
        end = start;
        seen += 1;
        if seen > runs {
            return end;
        }
        // (most often one space: read a byte at a time)
        loop {
            match char_before(s, end) {
                None => return 0,
                Some((_, false)) => break,
                Some((len, true)) => end -= len,
            }
        }
    }
}

/// Where the run of characters that end at `end` and are no white space starts, or `None`
/// where it reaches the start of `s`.
///
/// Eight ASCII bytes at a time: the words of a sentence are read back nine or ten at a
/// time before each reference found, and a test a byte took most of that. A character
/// outside ASCII is decoded.
#[inline(always)]
fn word_back(s: &str, mut end: usize) -> Option<usize> {
    let b = s.as_bytes();
    loop {
        if let Some(chunk) = end.checked_sub(8).and_then(|at| b.get(at..end)) {
            let v = swar::word(chunk.try_into().expect("8 bytes"));
            let l = v & swar::LOW;
            // the ASCII white space of `char::is_whitespace`: `\t` to `\r` and the space
            let white = (swar::between(l, b'\t', b'\r') | swar::between(l, b' ', b' ')) & !v & HIGH;
            // the bytes that may end the word: white space and characters outside ASCII
            let stop = white | v & HIGH;
            if stop == 0 {
                end -= 8;
                continue;
            }
            // the last of them, nearest `end`
            end -= (stop.leading_zeros() / 8) as usize;
        }
        match char_before(s, end) {
            None => return None,
            Some((_, true)) => return Some(end),
            Some((len, false)) => end -= len,
        }
    }
}

/// The length of the character of `s` that ends at `end`, if any, and whether it is white
/// space; only a character outside ASCII is decoded.
#[inline(always)]
fn char_before(s: &str, end: usize) -> Option<(usize, bool)> {
    let x = *end.checked_sub(1).and_then(|i| s.as_bytes().get(i))?;
    if x < 0x80 {
        // the ASCII whitespace of `char::is_whitespace`
        return Some((1, is_ascii_space(x)));
    }
    let c = s[..end].chars().next_back()?;
    Some((c.len_utf8(), c.is_whitespace()))
}

/// The first `Congress` from `at` on with whitespace before it, and before that a text
/// that `before` accepts.
fn congress_after(s: &str, at: usize, before: impl Fn(&str) -> bool) -> Option<usize> {
    found_after(finder!("Congress"), s, at, before)
}

/// The places of `Congress` in a sentence, kept as one search of it finds them (up to
/// [`CAPITALS`] of them), for [`congress_after`] to read rather than search the sentence again.
#[derive(Default)]
struct Capitals {
    at: [usize; CAPITALS],
    len: usize,
    /// Every place is kept: the sentence was searched, and held no more than `at` keeps.
    whole: bool,
    /// More places than `at` keeps.
    more: bool,
}

/// How many places of a word [`Capitals`] keeps: a sentence names a congress a few times.
const CAPITALS: usize = 8;

impl Capitals {
    /// Keeps the place `i`, the next in order.
    fn push(&mut self, i: usize) {
        match self.at.get_mut(self.len) {
            Some(slot) => {
                *slot = i;
                self.len += 1;
            }
            None => self.more = true,
        }
    }

    /// Says that every place was pushed.
    fn searched(&mut self) {
        self.whole = !self.more;
    }

    /// [`congress_after`], read off the places kept where they are all of them.
    fn after(&self, s: &str, at: usize, before: &dyn Fn(&str) -> bool) -> Option<usize> {
        if !self.whole {
            return congress_after(s, at, before);
        }
        self.at[..self.len]
            .iter()
            .copied()
            .filter(|&i| i >= at)
            .find(|&i| spaced_after(s, i, before))
    }
}

/// Where the first `party congress` in lower case (`the 20th party congress`, or `Party's
/// 20th big congress` of machine translation) at or after `at` starts its `congress`.
fn party_congress_after(s: &str, at: usize) -> Option<usize> {
    found_after(finder!("congress"), s, at, party_word)
}

/// Does `t` end in the word that makes a lower-case `congress` after it the Party's:
/// `party`, or `big` (`Party's 20th big congress`, 二十大 in machine translation)?
fn party_word(t: &str) -> bool {
    t.ends_with("party") || t.ends_with("Party") || t.ends_with(" big") || t.ends_with(" Big")
}

/// The first word that `f` finds from `at` on with whitespace before it, and before that a
/// text that `before` accepts.
fn found_after(
    f: &memchr::memmem::Finder<'_>,
    s: &str,
    at: usize,
    before: impl Fn(&str) -> bool,
) -> Option<usize> {
    f.find_iter(&s.as_bytes()[at..])
        .map(|i| at + i)
        .find(|&i| spaced_after(s, i, &before))
}

/// Does whitespace stand before `i`, and before it a text that `before` accepts?
fn spaced_after(s: &str, i: usize, before: impl Fn(&str) -> bool) -> bool {
    let ahead = &s[..i];
    let t = ahead.trim_end();
    t.len() < ahead.len() && before(t)
}

/// Does `ahead` end in a word that may be an ordinal ([`ORD`]) and whitespace? Every
/// ordinal ends in `st`, `nd`, `rd` or `th` in some case; with `long_s` (a long `ſ` that
/// `(?i:st)` takes) any word may.
fn ordinal_before(ahead: &str, long_s: bool) -> bool {
    let t = ahead.trim_end();
    t.len() < ahead.len() && ordinal_like(t, long_s)
}

/// Does `t` end like an ordinal (see [`ordinal_before`])?
fn ordinal_like(t: &str, long_s: bool) -> bool {
    let end = t
        .as_bytes()
        .get(t.len().saturating_sub(2)..)
        .unwrap_or_default();
    long_s
        || [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|e| end.eq_ignore_ascii_case(*e))
}

/// [`EN_CONGRESS`]'s leftmost match from `at.max(back_runs(s, key, 9))` on, as [`near`]
/// searches it from `at` with the first key from there at `key`, in the narrow sentence `s`
/// (see [`crate::narrow`]), whose ASCII lower case is `lower`; read by hand: each
/// `congress` in any case from `at` on is read back word by word as the pattern would end
/// there. The pattern cost some 150 instructions a search, and searched nearly every
/// sentence with a key for the Party's congress (some 12,000 searches a MB of English);
/// the words of a match are few and fixed, and read back from the key at once.
///
/// A match holds one `congress` and no word of another, so the first that ends one holds
/// the leftmost match. White space, word characters and `\b` are ASCII's, as they are in
/// the pattern's narrow form.
fn congress_from(s: &str, lower: &str, at: usize, key: usize) -> Option<Range<usize>> {
    let b = s.as_bytes();
    // where `near` would start the search, needed only for a `congress` before the key (no
    // key): a match that holds the key or one after it starts after that, for no more than
    // eight words stand before its `congress`
    let mut from = None;
    finder!("congress")
        .find_iter(lower.as_bytes().get(at..)?)
        .map(|i| at + i)
        .find_map(|c| {
            let from = match c < key {
                true => *from.get_or_insert_with(|| at.max(back_runs(s, key, 9))),
                false => at,
            };
            congress_at(s, b, c, from)
        })
}

/// The match of [`EN_CONGRESS`] that ends its key with the `congress` at `c`, where one
/// starts at `from` or later: `(?:\b[Tt]he\s+)?(?:(?i:CPC|Party|Communist Party of
/// China)['’]s\s+)?\b ORD\s+` and the key's words (`(?:(?:CPC|Party)\s+(?:National\s+)?|
/// National\s+)Congress|[Pp]arty\s+congress|[Bb]ig\s+[Cc]ongress`), then `of the …` where
/// it follows.
fn congress_at(s: &str, b: &[u8], c: usize, from: usize) -> Option<Range<usize>> {
    let capital = match b.get(c..c + "congress".len())? {
        b"Congress" => true,
        b"congress" => false,
        _ => return None,
    };
    // the key's first word; the ordinal ends where the white space before it starts
    let first_end = space_start(b, c)?;
    let first = word_start(b, first_end);
    let num_end = match (&b[first..first_end], capital) {
        (b"Big" | b"big", _) | (b"CPC", true) | (b"Party", _) | (b"party", false) => {
            space_start(b, first)?
        }
        (b"National", true) => {
            let end = space_start(b, first)?;
            let word = word_start(b, end);
            match &b[word..end] {
                b"CPC" | b"Party" => space_start(b, word)?,
                _ => end,
            }
        }
        _ => return None,
    };
    // the ordinal is the run of word characters before: a `\b` stands only at its start
    let mut start = num_end;
    while start > 0 && is_word_byte(b[start - 1]) {
        start -= 1;
    }
    if start < from || !is_ordinal_word(&s[start..num_end]) {
        return None;
    }
    // the possessive before it, then the article, where each starts at `from` or later
    if let Some(p) = space_start(b, start).and_then(|e| possessor_start(b, e)) {
        if p >= from {
            start = p;
        }
    }
    if let Some(e) = space_start(b, start) {
        let the = e.checked_sub(3).filter(|&a| {
            matches!(&b[a..e], b"the" | b"The") && (a == 0 || !is_word_byte(b[a - 1]))
        });
        if let Some(a) = the.filter(|&a| a >= from) {
            start = a;
        }
    }
    let end = c + "congress".len();
    Some(start..of_the_party_after(b, end).unwrap_or(end))
}

/// `\d{1,3}(?:st|nd|rd|th)` or an ordinal word in any case, as [`ORD`] reads a word.
fn is_ordinal_word(w: &str) -> bool {
    let b = w.as_bytes();
    let digits = b.iter().take_while(|x| x.is_ascii_digit()).count();
    ((1..=3).contains(&digits) && matches!(&b[digits..], b"st" | b"nd" | b"rd" | b"th"))
        || crate::numerals::en_ordinal_word(w).is_some()
}

/// An ASCII word character, as `(?-u:\b)` reads one.
fn is_word_byte(x: u8) -> bool {
    x.is_ascii_alphanumeric() || x == b'_'
}

/// Where the run of white space that ends at `end` starts, if one does.
fn space_start(b: &[u8], end: usize) -> Option<usize> {
    let mut i = end;
    while i > 0 && is_ascii_space(b[i - 1]) {
        i -= 1;
    }
    (i < end).then_some(i)
}

/// Where the run of bytes that are no white space and end at `end` starts.
fn word_start(b: &[u8], end: usize) -> usize {
    let mut i = end;
    while i > 0 && !is_ascii_space(b[i - 1]) {
        i -= 1;
    }
    i
}

/// Where `(?i:CPC|Party|Communist\s+Party\s+of\s+China)['’]s` starts, if it ends at `end`
/// (no `\b` before it).
fn possessor_start(b: &[u8], end: usize) -> Option<usize> {
    let t = b[..end].strip_suffix(b"s")?;
    let t = t
        .strip_suffix(b"'")
        .or_else(|| t.strip_suffix("’".as_bytes()))?;
    let ends = |t: &[u8], w: &str| {
        t.len() >= w.len() && t[t.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    };
    for w in ["cpc", "party"] {
        if ends(t, w) {
            return Some(t.len() - w.len());
        }
    }
    // `Communist Party of China`, read back a word at a time
    let mut at = t.len();
    for w in ["china", "of", "party", "communist"] {
        if w != "china" {
            at = space_start(b, at)?;
        }
        if !ends(&b[..at], w) {
            return None;
        }
        at -= w.len();
    }
    Some(at)
}

/// Where `\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC|Chinese\s+Communist\s+Party|
/// (?i:Party))(?:\s*\(CPC\))?` ends, if it starts at `at`.
fn of_the_party_after(b: &[u8], at: usize) -> Option<usize> {
    // the words in turn, each after white space
    let words = |at: usize, words: &[&str], fold: bool| {
        words.iter().try_fold(at, |at, w| {
            let mut i = at;
            while b.get(i).is_some_and(|&x| is_ascii_space(x)) {
                i += 1;
            }
            let word = b.get(i..i + w.len()).filter(|_| i > at)?;
            let same = match fold {
                true => word.eq_ignore_ascii_case(w.as_bytes()),
                false => word == w.as_bytes(),
            };
            same.then_some(i + w.len())
        })
    };
    let at = words(at, &["of", "the"], false)?;
    let end = words(at, &["Communist", "Party", "of", "China"], false)
        .or_else(|| words(at, &["CPC"], false))
        .or_else(|| words(at, &["Chinese", "Communist", "Party"], false))
        .or_else(|| words(at, &["Party"], true))?;
    // `(CPC)`, with or without white space before it
    let mut i = end;
    while b.get(i).is_some_and(|&x| is_ascii_space(x)) {
        i += 1;
    }
    Some(match b.get(i..i + "(CPC)".len()) {
        Some(b"(CPC)") => i + "(CPC)".len(),
        _ => end,
    })
}

/// The number of a congress that [`EN_CONGRESS`] matched (its `num`): the ordinal before
/// `National`, or before the `CPC`, `Party` or `big` ahead of it or of `Congress`. No word
/// before the ordinal is `National`, and the ordinal stands between whitespace or the
/// match's start.
fn congress_number(t: &str) -> Option<u32> {
    let mut before = ["", ""];
    // (split on the bytes where the match is ASCII, as nearly all are: `split_whitespace`
    // decoded each character of the congress's words to ask whether it is white space)
    for w in words(t) {
        if (w == "Congress" && matches!(before[1], "CPC" | "Party" | "Big"))
            || (w == "congress" && matches!(before[1], "Party" | "party" | "big"))
        {
            return en_ordinal(before[0]);
        }
        if w == "National" {
            let ord = match before[1] {
                "CPC" | "Party" => before[0],
                w => w,
            };
            return en_ordinal(ord);
        }
        before = [before[1], w];
    }
    None
}

/// The titles between quotation marks, as `[open](?P<title>[^open close]{min,200})[close]`
/// finds them, leftmost first; an opening mark that finds no closing one is skipped. Each
/// is found as it is asked for: no list is made (and freed) for each sentence.
///
/// The marks are read in one pass, in order, where the search for each title looked for
/// its opening mark, then for the mark after it, each search started afresh: a title is
/// what lies between an opening mark and the next mark, when that is a closing one; a
/// mark that closes no title opens the next where it may.
///
/// The Chinese marks are read by [`quoted_zh`] and [`quoted_book`], on their bytes; this
/// reading of any marks is what the tests hold them to.
#[cfg(test)]
fn quoted<const O: usize, const C: usize>(
    s: &str,
    open: [char; O],
    close: [char; C],
    min: usize,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut marks = Leads::of(open.iter().chain(&close))
        .places(s.as_bytes())
        // a byte that starts no character (with `len` 4) is passed over
        .filter_map(move |i| s.get(i..)?.chars().next().map(|c| (i, c)))
        .filter(move |&(_, c)| open.contains(&c) || close.contains(&c));
    // where the title after the last opening mark read starts
    let mut body: Option<usize> = None;
    std::iter::from_fn(move || {
        for (i, c) in marks.by_ref() {
            if let Some(b) = body {
                if close.contains(&c) && chars_within(&s[b..i], min, 200) {
                    body = None;
                    return Some(b..i);
                }
            }
            body = open.contains(&c).then_some(i + c.len_utf8());
        }
        None
    })
}

/// [`quoted`] of the curly marks alone, `“…”` (`open` `“`, `close` `”`): each place of
/// their first byte, 0xE2, is told by the two bytes after it (E2 80 9C, E2 80 9D), where
/// [`quoted`] decoded the character there and compared it with each mark. A Chinese
/// sentence's 0xE2 starts little else (`—`, `…`, `‘’`); the sentences a quotation mark
/// sends here were read so at some 0.3 M instructions a MB of the news.
fn quoted_zh(s: &str, min: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    quoted_by_bytes(s, min, 0xE2, [0x80, 0x9C], [0x80, 0x9D])
}

/// [`quoted`] of the book-title marks, `《…》` (`open` `《`, `close` `》`): each place of
/// their first byte, 0xE3, is told by the two bytes after it (E3 80 8A, E3 80 8B), as
/// for [`quoted_zh`]. (A search for their last bytes, 0x8A and 0x8B, stopped inside more
/// Chinese characters than this one stops at `、` and `。`.)
fn quoted_book(s: &str, min: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    quoted_by_bytes(s, min, 0xE3, [0x80, 0x8A], [0x80, 0x8B])
}

/// The titles between two marks of three bytes that share their `first` byte, the
/// opening one ending in `open`, the closing one in `close`.
fn quoted_by_bytes(
    s: &str,
    min: usize,
    first: u8,
    open: [u8; 2],
    close: [u8; 2],
) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = s.as_bytes();
    let marks = memchr::memchr_iter(first, b).filter_map(move |i| match b.get(i + 1..i + 3) {
        Some(two) if two == open => Some((i, true)),
        Some(two) if two == close => Some((i, false)),
        _ => None,
    });
    between_marks(s, marks, min)
}

/// The titles of [`quoted`] from `marks`, the places of marks of three bytes in text order,
/// each with whether it opens (else it closes): a title is what lies between an opening
/// mark and the next mark, when that closes it.
fn between_marks<'s>(
    s: &'s str,
    mut marks: impl Iterator<Item = (usize, bool)> + 's,
    min: usize,
) -> impl Iterator<Item = Range<usize>> + 's {
    // where the title after the last opening mark read starts
    let mut body: Option<usize> = None;
    std::iter::from_fn(move || {
        for (i, opens) in marks.by_ref() {
            if let Some(start) = body {
                if !opens && chars_within(&s[start..i], min, 200) {
                    body = None;
                    return Some(start..i);
                }
            }
            body = opens.then_some(i + 3);
        }
        None
    })
}

/// [`quoted`] of the English marks, `“…”` and `"…"` (`open` `“` and `"`, `close` `”` and
/// `"`). `“` and `”` are sought by their last bytes, 0x9C and 0x9D after 0xE2 0x80: a
/// search for their first byte stopped at every `’` (0xE2 0x80 0x99) of a sentence, and
/// asking which mark each was cost more than the rest of the English patterns' gates.
fn quoted_en(s: &str, min: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = s.as_bytes();
    // the marks from `at` on, in text order
    let marks = move |at: usize| {
        memchr::memchr3_iter(b'"', 0x9C, 0x9D, &b[at..]).filter_map(move |i| {
            let i = at + i;
            match b[i] {
                b'"' => Some((i, '"')),
                // (a mark's first byte stands at `at` or after: `at` starts a character)
                x => {
                    let start = i.checked_sub(2).filter(|&p| p >= at)?;
                    (b[start..i] == [0xE2, 0x80])
                        .then_some((start, if x == 0x9C { '“' } else { '”' }))
                }
            }
        })
    };
    // (read as they are asked for: a list of them was a new allocation for each sentence
    // with a quotation mark)
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some((i, open)) = marks(at).find(|&(_, c)| c != '”') {
            let body = i + open.len_utf8();
            let (end, mark) = marks(body).next()?;
            if mark != '“' && chars_within(&s[body..end], min, 200) {
                at = end + mark.len_utf8();
                return Some(body..end);
            }
            at = body;
        }
        None
    })
}

/// Does `t` hold from `min` to `max` characters? A character takes one to four bytes, so
/// a text of `4 * min` to `max` bytes does without counting them.
fn chars_within(t: &str, min: usize, max: usize) -> bool {
    (min.saturating_mul(4)..=max).contains(&t.len()) || (min..=max).contains(&t.chars().count())
}

/// The first bytes of the quotation marks [`quoted`] looks for (`"`, `“”`, `《》`: one or
/// two of `"`, 0xE2 and 0xE3), each once.
#[cfg(test)]
struct Leads {
    bytes: [u8; 3],
    len: usize,
}

#[cfg(test)]
impl Leads {
    /// The first bytes of `marks`, each once.
    fn of<'c>(marks: impl IntoIterator<Item = &'c char>) -> Leads {
        let mut l = Leads {
            bytes: [0; 3],
            len: 0,
        };
        for c in marks {
            let first = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            if !l.bytes[..l.len].contains(&first) {
                // more than three first bytes (none of the callers' marks) make every
                // byte a candidate: `len` 4 is read as "search each"
                if l.len == 3 {
                    l.len = 4;
                    break;
                }
                l.bytes[l.len] = first;
                l.len += 1;
            }
        }
        l
    }

    /// The places in `b` of these first bytes, in order: in a Chinese sentence, `“` is
    /// sought where 0xE2 stands, not also at each `、`, `。` and `《` (0xE3).
    fn places<'h>(&self, b: &'h [u8]) -> Places<'h> {
        let [x, y, z] = self.bytes;
        match self.len {
            0 => Places::Each(0..0),
            1 => Places::One(memchr::memchr_iter(x, b)),
            2 => Places::Two(memchr::memchr2_iter(x, y, b)),
            3 => Places::Three(memchr::memchr3_iter(x, y, z, b)),
            _ => Places::Each(0..b.len()),
        }
    }
}

/// The places [`Leads::places`] finds: one search over the text, taken up again after
/// each place.
#[cfg(test)]
enum Places<'h> {
    One(memchr::Memchr<'h>),
    Two(memchr::Memchr2<'h>),
    Three(memchr::Memchr3<'h>),
    Each(Range<usize>),
}

#[cfg(test)]
impl Iterator for Places<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Places::One(m) => m.next(),
            Places::Two(m) => m.next(),
            Places::Three(m) => m.next(),
            Places::Each(r) => r.next(),
        }
    }
}

/// Where a pattern holding `N[届屆]` with its `届` at `q` may start at the earliest: the
/// numeral before it, and twelve characters more. (The searches of such patterns started
/// there; the tests hold [`term_match_at`] to them.)
#[cfg(test)]
fn before_term(s: &str, q: usize) -> usize {
    let numeral = s[..q]
        .chars()
        .rev()
        .take_while(|&c| is_n_char(c))
        .map(char::len_utf8)
        .sum::<usize>();
    chars_back(s, q - numeral, 12)
}

/// Where the `n` characters before `p` start (or 0, where fewer stand before it): its
/// bytes counted back without decoding them, each character's first byte counting one.
fn chars_back(s: &str, mut p: usize, n: usize) -> usize {
    let b = s.as_bytes();
    let mut read = 0;
    while read < n && p > 0 {
        p -= 1;
        // a byte `0b10xx_xxxx` goes on a character; any other starts one
        if b[p] & 0xC0 != 0x80 {
            read += 1;
        }
    }
    p
}

/// Where the first `届` or `屆` at or after `at` stands. Both are `E5 B1` and a third byte
/// (`8A`, `86`): their middle byte is sought, where a search for a set of characters
/// decodes each character. (A continuation byte never starts the text: `i - 1` is in it.)
fn term_from(s: &str, at: usize) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr_iter(0xB1, &b[at..])
        .map(|i| at + i)
        .find(|&i| b[i - 1] == 0xE5 && matches!(b.get(i + 1), Some(&(0x8A | 0x86))))
        .map(|i| i - 1)
}

/// A character of the numerals in the Chinese patterns (`N`): also of a number before
/// `次` in a meeting's name.
pub(super) fn is_n_char(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '两'
    ) || c.is_ascii_digit()
        || ('０'..='９').contains(&c)
}

/// Does `body` name a body (a committee, commission, congress ...) rather than anything
/// capitalised?
fn is_body_name(body: &str) -> bool {
    // (prebuilt searchers: `contains` builds one for each word at each call)
    static WORDS: Lazy<[memchr::memmem::Finder<'static>; 11]> = Lazy::new(|| {
        [
            "Committee",
            "Party committee",
            "party committee",
            "Commission",
            "CPC",
            "CCDI",
            "NPC",
            "CPPCC",
            "Congress",
            "congress",
            "Conference",
        ]
        .map(memchr::memmem::Finder::new)
    });
    WORDS.iter().any(|f| f.find(body.as_bytes()).is_some())
}

/// Does quoted English text read as the title of a document? Either it opens with a
/// document's head noun (`Articles of`, `Opinions on`, `Regulations`, ...), or it is a
/// title-case phrase of six words or more that holds a lower-case joining word (`and`,
/// `the`, `of`): slogans and brands in quotation marks are shorter or have no joints.
fn is_en_title(t: &str) -> bool {
    const HEADS: [&str; 16] = [
        "Articles of",
        "Constitution of",
        "Opinions on",
        "Opinions of",
        "Regulations on",
        "Regulations of",
        "Provisions on",
        "Decision on",
        "Decision of",
        "Measures for",
        "Measures on",
        "Outline of",
        "Plan for",
        "Rules for",
        "Notice on",
        "Law of",
    ];
    // every head starts with one of these letters: most quotations are passed at once
    if t.starts_with(['A', 'C', 'O', 'R', 'P', 'D', 'M', 'L', 'N'])
        && HEADS.iter().any(|h| t.starts_with(h))
    {
        return true;
    }
    // six words at least: counted without collecting them
    if fewer_words(t, 6) {
        return false;
    }
    if crate::slogans::is_couplet(t) {
        return false;
    }
    if crate::slogans::campaign_or_topic(t) {
        return false;
    }
    let mut joints = 0;
    // (split on the bytes where the quote is ASCII: see [`congress_number`])
    for w in words(t) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // (a `matches!`, told apart by length, not a list compared word by word)
        if matches!(
            w,
            "and" | "the" | "of" | "for" | "on" | "in" | "to" | "a" | "with"
        ) {
            joints += 1;
        } else if !w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            return false;
        }
    }
    // (or, with no joint, a name that ends in a document's kind: `Pingshan County … Leading
    // Group 2024 Work Points`, a 工作要点)
    joints > 0
        || t.rsplit(' ').next().is_some_and(|last| {
            matches!(
                last,
                "Points" | "Plan" | "Measures" | "Rules" | "Regulations" | "Opinions" | "Outline"
            )
        })
}

/// Does `t` hold fewer than `n` words, as `split_whitespace` reads them? ASCII text is
/// counted eight bytes at a time (the iterator decodes each character and asks whether it
/// is white space); a text with any other character is left to `split_whitespace`.
fn fewer_words(t: &str, n: usize) -> bool {
    if !t.is_ascii() {
        return t.split_whitespace().nth(n - 1).is_none();
    }
    let b = t.as_bytes();
    let mut words = 0;
    // the high bit of the last byte read, set where it is no white space
    let mut in_word = 0;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        // (all ASCII: the word is its own low bits)
        let l = swar::word(c.try_into().expect("8 bytes"));
        // the ASCII white space of `char::is_whitespace`
        let white = swar::between(l, b'\t', b'\r') | swar::between(l, b' ', b' ');
        let inside = !white & HIGH;
        // a word starts at each byte of a word whose byte before is white space
        let starts = inside & !(inside << 8 | in_word);
        words += starts.count_ones() as usize;
        if words >= n {
            return false;
        }
        in_word = inside >> 56;
    }
    for &x in chunks.remainder() {
        let space = is_ascii_space(x);
        if !space && in_word == 0 {
            words += 1;
            if words >= n {
                return false;
            }
        }
        in_word = if space { 0 } else { 0x80 };
    }
    true
}

/// Which Chinese patterns may match a sentence: each needs its fixed characters.
struct ZhGates {
    term: bool,
    /// `次`, read only where [`ZhGates::congress`] or a local party congress's trigger
    /// stands: the patterns it gates need one of those too
    times: bool,
    book: bool,
    congress: bool,
    party_congress: bool,
    plenum: bool,
    plenum_body: bool,
    /// `全体` or `全體`, and `共` (of `中共`, `中国共产党`, `共青团`): a local committee's
    /// plenum named in full
    full_plenum: bool,
    /// `全体` and `执行委员会`: a mass organisation's executive committee's plenum
    org_plenum: bool,
    session: bool,
    standing: bool,
}

/// The Chinese references of sentence `s` (at `base`); `words` marks the reference triggers
/// that stand in it, and `(text, asked)` are as in [`find_en`].
fn find_zh(s: &str, base: usize, words: u64, (text, asked): (&str, &Titles), out: &mut Vec<Found>) {
    // as in English: each pattern only where its fixed characters stand
    // each gate is sought where its character stands (a prebuilt searcher skips the rest
    // of the sentence; reading every character was half of this pass)
    // (each takes its searcher, named by a literal where `finder` is inlined: a closure of
    // the word, left a call, compared it with every gate word)
    let has = |f: &memchr::memmem::Finder| f.find(s.as_bytes()).is_some();
    // (a character's places, found by its last byte: see [`places_of`])
    let places = |c: char| places_of(s.as_bytes(), c);
    // the characters after a place of a one-character word
    let after = |i: usize| s.get(i + '大'.len_utf8()..).unwrap_or_default().chars();
    // `全会`, `全体` open a plenum, `全会`, `全委` a plenum named by its body: both read
    // off one pass over the places of `全`
    let (mut plenum, mut plenum_body, mut whole) = (false, false, false);
    for i in places('全') {
        match after(i).next() {
            Some('会' | '會') => (plenum, plenum_body) = (true, true),
            Some('体' | '體') => (plenum, whole) = (true, true),
            Some('委') => (plenum, plenum_body) = (true, true),
            _ => {}
        }
        if plenum && plenum_body && whole {
            break;
        }
    }
    // the patterns of a session end in `次会议` or `次會議`, and a local congress's in
    // `党代会`, `黨代會`, `代表大会` or `代表大會`: triggers, whose marks the sentence
    // holds when they stand in it; a gate read off the text is read only where they do
    let session = words & TIMES_MEETING != 0;
    // `二十大` (a numeral before `大`) or `全国代表大会`
    let congress = places('大').any(|i| {
        let before = &s[..i];
        before.chars().next_back().is_some_and(is_n_char) || before.ends_with("代表")
    });
    // `次` gates only with a congress or a local party congress's trigger: sought only
    // where one of those stands (most sentences hold neither)
    let times = (congress || words & PARTY_CONGRESS != 0) && places('次').next().is_some();
    let g = ZhGates {
        // (a `届` or a `屆`: [`term_from`] finds either)
        term: (plenum || session) && term_from(s, 0).is_some(),
        times,
        book: words & BOOK != 0,
        congress,
        party_congress: times
            && words & PARTY_CONGRESS != 0
            && places('代').any(|i| {
                let mut before = s[..i].chars().rev();
                let (p1, p2) = (before.next(), before.next());
                matches!(p1, Some('党' | '黨'))
                    || matches!(p2, Some('党' | '黨')) && matches!(p1, Some('员' | '員'))
            }),
        plenum,
        plenum_body,
        full_plenum: whole && places('共').next().is_some(),
        org_plenum: whole
            && (places('执').any(|i| s[i..].starts_with("执行委员会"))
                || places('執').any(|i| s[i..].starts_with("執行委員會"))),
        session,
        standing: session && has(finder!("常委")),
    };
    if g.book {
        book_titles(s, base, out);
    }
    // `“关于加快推进城区老旧小区改造的提案”`: a title in quotation marks
    // (one holding a `《》` title is a theme about that document, which stands alone)
    if words & QUOTE != 0 {
        for t in quoted_zh(s, 5) {
            let inner = &s[t.clone()];
            let start = base + t.start;
            if !inner.contains('《') && asked.answer(text, start, start + inner.len()) {
                out.push(Found::document(base + t.start..base + t.end));
            }
        }
    }
    // each pattern under a test of its gate, not a flattened optional iterator: most
    // sentences open neither, and the empty iterators cost more than the tests
    if g.congress {
        for m in congresses(s) {
            if s[..m.start()]
                .chars()
                .next_back()
                .is_some_and(is_numeral_char)
            {
                continue;
            }
            let (num, prefixed) = congress_groups(m.as_str());
            let num = parse_zh(num);
            let Some(num) = num else { continue };
            // `十大`, `八大` alone are "ten major", "eight major": only the Party's congresses
            // from the 11th on stand without `党的`
            let bare_ok = (11..=40).contains(&num)
                && !s[m.end()..].starts_with([
                    '学', '學', '项', '項', '类', '類', '行', '工', '任', '领', '領',
                ]);
            if !(prefixed || bare_ok) || num == 0 || num > 40 {
                continue;
            }
            // `二十大` inside `十四届全国人大` is not a congress: `届` precedes
            if s[..m.start()].ends_with(['届', '屆']) {
                continue;
            }
            // `中国工会第十八次全国代表大会`, `中国共产主义青年团第十九次全国代表大会`: the
            // congress of another body, named before it
            let other = m
                .as_str()
                .starts_with('第')
                .then(|| {
                    OTHER_CONGRESS_BODIES
                        .iter()
                        .find(|b| s[..m.start()].ends_with(**b))
                })
                .flatten();
            out.push(Found {
                span: base + m.start() - other.map_or(0, |b| b.len())..base + m.end(),
                kind: ReferenceKind::Congress,
                body: Some(other.map_or("CPC", |b| b).into()),
                number: Some(num),
                term: None,
            });
        }
    }
    if g.times && g.party_congress {
        for c in ZH_LOCAL_CONGRESS.captures_iter(s) {
            let pre = c.name("pre").map_or("", |m| m.as_str());
            let mut span = span_of(&c, base);
            // `中共柳塘镇第十五次党代会`: the place and `中共` written before the level are
            // the body's (only after `中共`: `学习贯彻县第十四次党代会精神` names no place)
            let start = c.get(0).map_or(0, |m| m.start());
            let written = place_before(&s[..start], pre)
                .filter(|place| s[..start - place.len()].ends_with("中共"))
                .map(|place| {
                    span.start -= place.len() + "中共".len();
                    format!("中共{place}")
                })
                .unwrap_or_default();
            let body = format!("{written}{pre}{}", short_congress(&c["head"]));
            out.push(Found {
                span,
                kind: ReferenceKind::Congress,
                body: Some(body),
                number: zh_number(&c, "num"),
                term: None,
            });
        }
    }
    if g.times && g.congress {
        for c in ZH_MASS_CONGRESS.captures_iter(s) {
            let m = c.get(0).expect("group 0");
            let (start, body) = match (c.name("level"), c.name("league")) {
                (Some(level), _) => {
                    let place = place_before(&s[..m.start()], level.as_str()).unwrap_or("");
                    let body = format!("{place}{}{}代表大会", level.as_str(), &c["org"]);
                    (m.start() - place.len(), body)
                }
                // (the League of a place or a unit is the body itself, as in English:
                // `共青团北溪区`, `Communist Youth League of Beiyuan District`)
                (None, Some(league)) => (m.start(), league.as_str().to_string()),
                _ => continue,
            };
            out.push(Found {
                span: base + start..base + m.end(),
                kind: ReferenceKind::Congress,
                body: Some(body),
                number: zh_number(&c, "num"),
                term: None,
            });
        }
        for c in ZH_MEMBERS_CONGRESS.captures_iter(s) {
            let m = c.get(0).expect("group 0");
            let level = &c["level"];
            let place = place_before(&s[..m.start()], level).unwrap_or("");
            let written = if m.as_str().ends_with('會') {
                "代表大會"
            } else {
                "代表大会"
            };
            // (or `东湖区妇女第五次代表大会`, `全国妇女第十三次代表大会`: the members first)
            let (members, num) = match c.name("members") {
                Some(m) => (m.as_str(), "num"),
                None => (&c["members2"], "num2"),
            };
            out.push(Found {
                span: base + m.start() - place.len()..base + m.end(),
                kind: ReferenceKind::Congress,
                body: Some(format!("{place}{level}{members}{written}")),
                number: zh_number(&c, num),
                term: None,
            });
        }
        for c in ZH_FULL_LOCAL_CONGRESS.captures_iter(s) {
            let pre = c.name("pre").expect("group pre");
            let place = matches!(
                pre.as_str(),
                "省" | "市" | "区" | "區" | "县" | "縣" | "州" | "镇" | "鎮" | "乡" | "鄉"
            );
            let traditional = c[0].ends_with('會');
            let body = match (place, traditional) {
                (true, false) => format!("{}党代会", pre.as_str()),
                (true, true) => format!("{}黨代會", pre.as_str()),
                // a college's or an enterprise's is named by its Party organisation, as
                // written (`中共江南理工大学`)
                (false, _) => s[c.get(0).map_or(0, |m| m.start())..pre.end()].to_string(),
            };
            out.push(Found {
                span: span_of(&c, base),
                kind: ReferenceKind::Congress,
                body: Some(body),
                number: zh_number(&c, "num"),
                term: None,
            });
        }
    }
    // the `届` patterns are matched where the words before a `届` say they start
    // ([`term_match_at`]), from the end of the match before
    let term_at = |at: usize| term_from(s, at);
    let key = |at| (g.term && g.plenum).then(|| term_at(at)).flatten();
    for m in near(key, |_| 0, |from| plenum_at(s, from)) {
        let Some((pre, term, mid, nums)) = plenum_groups(&s[m.clone()]) else {
            continue;
        };
        // a full committee's plenum (`全委会议`) names its committee: without one before it
        // (`市总工会十五届五次全委会议`) it is no Party plenum
        if pre.is_empty() && mid.is_empty() && s[m.clone()].contains("全委") {
            continue;
        }
        let mut body = zh_plenum_body(pre, mid);
        // `中共临江市纪委九届三次全会`: a local body keeps the place written before it, and
        // the `中共` before that: the body as written, and the mention starts with it
        let mut start = m.start;
        if let Some(place) = place_before(&s[..m.start], pre) {
            body.insert_str(0, place);
            start -= place.len();
            // (and `共青团` before a League committee: `共青团岑州市委十五届四次全委会议`)
            for org in ["中共", "共青团", "共青團"] {
                if s[..start].ends_with(org) {
                    body.insert_str(0, org);
                    start -= org.len();
                    break;
                }
            }
        }
        let term = parse_zh(term);
        let span = base + start..base + m.end;
        // each numeral of `nums` stands before its `中` or `次`
        // (the body is copied for all but the last, which takes it: most name one plenum)
        let mut numerals = nums
            .split(|c| !is_n_char(c))
            .filter(|n| !n.is_empty())
            .peekable();
        while let Some(n) = numerals.next() {
            let body = if numerals.peek().is_some() {
                body.clone()
            } else {
                std::mem::take(&mut body)
            };
            out.push(Found {
                span: span.clone(),
                kind: ReferenceKind::Plenum,
                body: Some(body),
                number: parse_zh(n),
                term,
            });
        }
    }
    if g.term && g.full_plenum {
        for c in ZH_FULL_LOCAL_PLENUM.captures_iter(s) {
            // the Party's committee is named by its place; the League keeps its name
            let league = c["pre"].starts_with('共') && c["pre"].ends_with(['团', '團']);
            let mut body = String::new();
            if league {
                body.push_str(&c["pre"]);
            }
            body.push_str(&c["place"]);
            body.push_str(&c["mid"]);
            out.push(Found {
                span: span_of(&c, base),
                kind: ReferenceKind::Plenum,
                body: Some(body),
                number: zh_number(&c, "num"),
                term: zh_number(&c, "term"),
            });
        }
    }
    if g.term && g.org_plenum {
        for c in ZH_ORG_PLENUM.captures_iter(s) {
            out.push(Found {
                span: span_of(&c, base),
                kind: ReferenceKind::Plenum,
                body: Some(c["org"].to_string()),
                number: zh_number(&c, "num"),
                term: zh_number(&c, "term"),
            });
        }
    }
    // `全会`, `全委会` ends the match, whose bodies stand just before it
    let bodies = g.plenum_body.then(|| plenum_bodies(s));
    for m in bodies.into_iter().flatten() {
        let span = base + m.start..base + m.end;
        // the match ends in `全会` or `全委会`
        let t = &s[m];
        let end = if t.ends_with("全委会") || t.ends_with("全委會") {
            "全委会".len()
        } else {
            "全会".len()
        };
        let Some(bodies) = t.get(..t.len().saturating_sub(end)) else {
            continue;
        };
        for b in bodies.split(['、', '和', '及', '与', '與']) {
            out.push(Found {
                span: span.clone(),
                kind: ReferenceKind::Plenum,
                body: Some(zh_plenum_body(b, "")),
                number: None,
                term: None,
            });
        }
    }
    if g.term && g.session && full_local_session_may(s) {
        for c in ZH_FULL_LOCAL_SESSION.captures_iter(s) {
            let m = c.get(0).expect("group 0");
            let (start, body, term) = if let Some(level) = c.name("level") {
                // (`是市第十五届人民代表大会第三次会议确定的`: the level alone, where no place
                // is written before it)
                let place = place_before(&s[..m.start()], level.as_str()).unwrap_or("");
                let body = format!("{place}{}人民代表大会", level.as_str());
                (m.start() - place.len(), body, zh_number(&c, "term"))
            } else if let Some(place) = c.name("place") {
                (
                    m.start(),
                    format!("政协{}委员会", place.as_str()),
                    zh_number(&c, "cterm"),
                )
            } else {
                (
                    m.start(),
                    format!("政协{}委员会", &c["place2"]),
                    zh_number(&c, "cterm2"),
                )
            };
            out.push(Found {
                span: base + start..base + m.end(),
                kind: ReferenceKind::Session,
                body: Some(body),
                number: zh_number(&c, "num"),
                term,
            });
        }
    }
    let key = |at| (g.term && g.session).then(|| term_at(at)).flatten();
    for m in near(key, |_| 0, |from| session_at(s, from)) {
        let Some(SessionGroups {
            pre,
            body1,
            term,
            body2,
            num,
        }) = session_groups(&s[m.clone()])
        else {
            continue;
        };
        // `全国政协十四届常委会`: the standing committee of the body named first
        let body = match (body1, body2) {
            (Some(b1), Some("常委会" | "常委會")) => zh_standing_body(pre, b1),
            (None, Some("常委会" | "常委會")) => continue,
            (_, Some(b)) | (Some(b), None) => zh_session_body(pre, b),
            (None, None) => continue,
        };
        out.push(Found {
            span: base + m.start..base + m.end,
            kind: ReferenceKind::Session,
            body: Some(body),
            number: parse_zh(num),
            term: parse_zh(term),
        });
    }
    // the term-less form; where a term is written, the longer reference above wins
    if !(g.session && g.standing) {
        return;
    }
    for m in standing_sessions(s) {
        // `十四届全国人大常委会第二次会议` is read above, whole
        if s[..m.start].ends_with(['届', '屆']) {
            continue;
        }
        // `pre`, a body of five characters from its `人` or `政`, `第`, `num`, `次会议`
        let t = &s[m.clone()];
        let Some(b) = t.find(['人', '政']) else {
            continue;
        };
        let body_end = b + "人大常委会".len();
        let (Some(body), Some(num)) = (
            t.get(..body_end),
            t.get(body_end + '第'.len_utf8()..t.len().saturating_sub("次会议".len())),
        ) else {
            continue;
        };
        out.push(Found {
            span: base + m.start..base + m.end,
            kind: ReferenceKind::Session,
            body: Some(zh_session_body("", body)),
            number: parse_zh(num),
            term: None,
        });
    }
}

/// May [`ZH_FULL_LOCAL_SESSION`] match in `s`? Each match holds a term written `第N届` (`第`
/// just before the whole numeral before a `届`), then `人民代表大会`, or after `政协`, or after
/// a place and before `委员会`: most sessions are written `十四届全国人大一次会议`, with no
/// `第` before the term, and the pattern is run only where one stands (a search that finds nothing costs as much as
/// the rest of the sentence's references).
fn full_local_session_may(s: &str) -> bool {
    let mut at = 0;
    while let Some(q) = term_from(s, at) {
        let n = numeral_before(s, q);
        let before = &s[..n];
        if n < q
            && before.ends_with('第')
            && (s[q + '届'.len_utf8()..].starts_with("人民代表大") || {
                let b = &before[..before.len() - '第'.len_utf8()];
                b.ends_with("政协")
                    || b.ends_with("政協")
                    // (`政协临川县第十届委员会`: a place of a level between them)
                    || b.ends_with(['省', '市', '区', '區', '县', '縣', '州'])
                        && s[q + '届'.len_utf8()..].starts_with('委')
            })
        {
            return true;
        }
        at = q + '届'.len_utf8();
    }
    false
}

/// The matches of [`ZH_CONGRESS`] in `s`, as `find_iter` finds them, searched for by
/// [`near`] from a little before each `大`: each match holds one (of `N大`, or of `代表大会`),
/// and starts no earlier than the run of numerals, `第`, `次` and `全国代表` before it and five
/// characters more (the longest `pre`, `中国共产党`). A search from the sentence's start read
/// all of it, and once more after the last match.
fn congresses(s: &str) -> impl Iterator<Item = Match<'_>> + '_ {
    let key = move |at: usize| places_of(&s.as_bytes()[at..], '大').next().map(|i| at + i);
    let reach = move |p: usize| {
        let run: usize = s[..p]
            .chars()
            .rev()
            .take_while(|&c| {
                is_n_char(c) || matches!(c, '第' | '次' | '全' | '国' | '國' | '代' | '表')
            })
            .map(char::len_utf8)
            .sum();
        chars_back(s, p - run, 5)
    };
    near(key, reach, move |from| found_from(&ZH_CONGRESS, s, from))
}

/// Bodies other than the Party whose national congresses are written as the Party's
/// (`the 18th National Congress`), with their name after (`of the Chinese Trade Unions`;
/// the mass organisations of `EN_MASS_CONGRESS` are read there).
const EN_OTHER_CONGRESS_BODIES: [&str; 12] = [
    "Chinese Trade Unions",
    "Trade Unions of China",
    "Chinese Women",
    "China Democratic League",
    "China National Democratic Construction Association",
    "China Association for Promoting Democracy",
    "Chinese Peasants and Workers Democratic Party",
    "Chinese Peasants' and Workers' Democratic Party",
    "China Zhi Gong Party",
    "Jiusan Society",
    "Revolutionary Committee of the Chinese Kuomintang",
    "China Association for Science and Technology",
];

/// Bodies other than the Party whose national congresses are written as the Party's
/// (`第N次全国代表大会`), with their name before.
const OTHER_CONGRESS_BODIES: [&str; 32] = [
    "中国工会",
    "中國工會",
    "中国共产主义青年团",
    "中國共產主義青年團",
    "共青团",
    "共青團",
    "中国妇女",
    "中國婦女",
    "中国民主同盟",
    "中國民主同盟",
    "中国民主建国会",
    "中國民主建國會",
    "中国民主促进会",
    "中國民主促進會",
    "中国农工民主党",
    "中國農工民主黨",
    "中国致公党",
    "中國致公黨",
    "九三学社",
    "九三學社",
    "中国国民党革命委员会",
    "中國國民黨革命委員會",
    "台湾民主自治同盟",
    "臺灣民主自治同盟",
    "中国科学技术协会",
    "中國科學技術協會",
    "中国科协",
    "中國科協",
    "中国文学艺术界联合会",
    "中國文學藝術界聯合會",
    "中国作家协会",
    "中國作家協會",
];

/// The numeral of a match of [`ZH_CONGRESS`], and whether it is prefixed: by a word of the
/// Party (`pre`), or as `第N次全国代表大会` (`num2`, `num3`). Read off the match, not
/// searched for with its groups (which took several times as long): a match that starts
/// with a word of `pre` holds it (no numeral starts so), and one that goes on with `第`
/// is the long form (a numeral is no `第`).
fn congress_groups(t: &str) -> (&str, bool) {
    let pre = [
        "党的",
        "黨的",
        "中共",
        "中国共产党",
        "中國共產黨",
        "我党",
        "我黨",
    ]
    .iter()
    .find_map(|w| t.strip_prefix(w));
    let rest = pre.unwrap_or(t);
    if let Some(long) = rest.strip_prefix('第') {
        let num = long
            .strip_suffix("次全国代表大会")
            .or_else(|| long.strip_suffix("次全國代表大會"))
            .unwrap_or(long);
        return (num, true);
    }
    (rest.strip_suffix('大').unwrap_or(rest), pre.is_some())
}

/// The matches of `ZH_STANDING_SESSION` in `s`, as [`near`] finds them with a search of
/// the pattern from four characters (`全国人大`) before each `常委`, read without running
/// the pattern (two searches, forward then back, for each match): the match that starts
/// first is the one of the first `常委` that has one, as a match holds one `常委` and its
/// start lies past the `常委` before.
fn standing_sessions(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let next = move |at: usize| finder!("常委").find(&s.as_bytes()[at..]).map(|i| at + i);
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut q = next(at)?;
        let from = at.max(chars_back(s, q, 4));
        loop {
            if let Some(m) = standing_at(s, q, from) {
                at = m.end;
                return Some(m);
            }
            q = next(q + "常委".len())?;
        }
    })
}

/// The match of `ZH_STANDING_SESSION` whose `常委` stands at `q`, starting as early as it
/// may and not before `from`:
/// `(全国|全國|[省市区區县縣州])?(人大|政协|政協)常委[会會]第N次(会议|會議)` (the six bodies
/// of the pattern are each of the three names with each `会`).
fn standing_at(s: &str, q: usize, from: usize) -> Option<Range<usize>> {
    let body = q.checked_sub("人大".len()).filter(|&b| b >= from)?;
    if !matches!(s.get(body..q)?, "人大" | "政协" | "政協") {
        return None;
    }
    let rest = s[q + "常委".len()..]
        .strip_prefix(['会', '會'])?
        .strip_prefix('第')?;
    let run: usize = rest
        .chars()
        .take_while(|&c| is_n_char(c))
        .map(char::len_utf8)
        .sum();
    let tail = rest[run..].strip_prefix('次').filter(|_| run > 0)?;
    let tail = tail
        .strip_prefix("会议")
        .or_else(|| tail.strip_prefix("會議"))?;
    let pre = |len: usize, is: fn(&str) -> bool| {
        body.checked_sub(len)
            .filter(|&p| p >= from && s.get(p..body).is_some_and(is))
    };
    let start = pre("全国".len(), |w| matches!(w, "全国" | "全國"))
        .or_else(|| {
            pre("省".len(), |w| {
                matches!(w, "省" | "市" | "区" | "區" | "县" | "縣" | "州")
            })
        })
        .unwrap_or(body);
    Some(start..s.len() - tail.len())
}

/// The first match of [`ZH_SESSION`] that starts at or after `from`, twice: a search of the
/// pattern found it forward from a little before a `届`, then back to its start. A match's
/// start is known from the text before its `届` alone: the numeral, `第`, the longest body
/// ending there and a place's character ([`session_start`]); the pattern is matched there,
/// anchored, for each `届` in turn (a match holds one, and starts past the one before).
/// Where that start lies before `from`, the pattern is searched for as before.
fn session_at(s: &str, from: usize) -> Option<(Range<usize>, Range<usize>)> {
    term_match_at(s, from, &ZH_SESSION, &ZH_SESSION_AT, session_start)
}

/// The first match of `pattern` (of the form `...第?N[届屆]...`, holding one `届`) that starts
/// at or after `from`, where `start_of` tells where a match whose term's numeral starts at
/// a given byte starts: `anchored` (the pattern anchored) is matched there for each `届`
/// in turn, or `pattern` searched for where that start lies before `from`.
fn term_match_at(
    s: &str,
    from: usize,
    pattern: &Regex,
    anchored: &Regex,
    start_of: fn(&str, usize) -> usize,
) -> Option<(Range<usize>, Range<usize>)> {
    let mut q = term_from(s, from)?;
    loop {
        let n = numeral_before(s, q);
        let start = start_of(s, n);
        if start < from {
            return found_from(pattern, s, from).map(|(m, r)| (m.range(), r));
        }
        // (a term's numeral is never empty: `换届`, `历届` are passed over unmatched)
        if let Some(m) = (n < q).then(|| anchored.find(&s[start..])).flatten() {
            let r = start..start + m.end();
            return Some((r.clone(), r));
        }
        q = term_from(s, q + '届'.len_utf8())?;
    }
}

/// The first match of [`ZH_PLENUM`] that starts at or after `from` (see [`term_match_at`]).
fn plenum_at(s: &str, from: usize) -> Option<(Range<usize>, Range<usize>)> {
    term_match_at(s, from, &ZH_PLENUM, &ZH_PLENUM_AT, plenum_start)
}

/// Where a match of [`ZH_PLENUM`] whose term's numeral starts at `n` starts: as early as
/// the word and `第` before the numeral let it.
fn plenum_start(s: &str, n: usize) -> usize {
    let before = &s[..n];
    let x = before.strip_suffix('第').unwrap_or(before);
    // each word ends in `的`, `党`, `黨`, `共` or `委`: most numerals follow none
    if !x.ends_with(['的', '党', '黨', '共', '委']) {
        return x.len();
    }
    let discipline = x
        .strip_suffix("纪委")
        .or_else(|| x.strip_suffix("紀委"))
        .map(|d| {
            d.strip_suffix(['省', '市', '区', '區', '县', '縣', '州'])
                .unwrap_or(d)
                .len()
        });
    // a word's last byte and the last byte of its character before (each word is two
    // characters or more) are asked first: most words end otherwise, and each comparison
    // of the whole was a call to compare memory
    let b = x.as_bytes();
    let ends_with = |w: &[u8]| {
        b.len() >= w.len()
            && b[b.len() - 1] == w[w.len() - 1]
            && b[b.len() - 4] == w[w.len() - 4]
            && b.ends_with(w)
    };
    PLENUM_PREFIXES
        .iter()
        .filter(|w| ends_with(w.as_bytes()))
        .map(|w| x.len() - w.len())
        .chain(discipline)
        .fold(x.len(), usize::min)
}

/// Where a match of [`ZH_SESSION`] whose term's numeral starts at `n` starts: as early as
/// its optional place, body and `第` before the numeral let it.
fn session_start(s: &str, n: usize) -> usize {
    let before = &s[..n];
    let x = before.strip_suffix('第').unwrap_or(before).len();
    let place = |e: usize| {
        if s[..e].ends_with([
            '省', '市', '区', '區', '县', '縣', '州', '镇', '鎮', '乡', '鄉',
        ]) {
            e - '省'.len_utf8()
        } else {
            e
        }
    };
    // each body ends in `大`, `协`, `協`, `会` or `會`: most numerals follow none
    if !s[..x].ends_with(['大', '协', '協', '会', '會']) {
        return place(x);
    }
    SESSION_BODIES
        .iter()
        .filter(|b| s[..x].ends_with(*b))
        .map(|b| place(x - b.len()))
        .fold(place(x), usize::min)
}

/// Where the first `全` at or after `at` that `会`, `會` or `委` follows stands.
fn plenum_end_from(s: &str, at: usize) -> Option<usize> {
    let after = |i: usize| s[i + '全'.len_utf8()..].starts_with(['会', '會', '委']);
    places_of(&s.as_bytes()[at..], '全')
        .map(|i| at + i)
        .find(|&i| after(i))
}

/// The matches of `ZH_PLENUM_BODY` in `s`, as [`near`] finds them with [`bodies_at`]: each
/// from the end of the one before.
fn plenum_bodies(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let (m, _) = bodies_at(s, at)?;
        at = m.end;
        Some(m)
    })
}

/// Where the characters of bodies (`省`, `委`, `纪`, `、`, `和` ...) that stand just before
/// `p` start.
fn bodies_from(s: &str, p: usize) -> usize {
    p - s[..p]
        .chars()
        .rev()
        // (a `matches!`: `str::contains` of such a character builds a searcher for
        // each character read)
        .take_while(|&c| {
            matches!(
                c,
                '省' | '市'
                    | '区'
                    | '區'
                    | '县'
                    | '縣'
                    | '州'
                    | '党'
                    | '黨'
                    | '纪'
                    | '紀'
                    | '委'
                    | '、'
                    | '和'
                    | '及'
                    | '与'
                    | '與'
            )
        })
        .map(char::len_utf8)
        .sum::<usize>()
}

/// The first match of `ZH_PLENUM_BODY` that starts at or after `from`, twice, as a search
/// of the pattern found it (forward, then back to the start). A match is bodies, then the
/// first `全` after them: it starts among the characters of bodies just before a `全` that
/// `会`, `會` or `委` follows, where the pattern is matched anchored at each character in
/// turn, for each such `全` in turn.
fn bodies_at(s: &str, from: usize) -> Option<(Range<usize>, Range<usize>)> {
    let mut at = from;
    loop {
        let p = plenum_end_from(s, at)?;
        let first = at.max(bodies_from(s, p));
        for (i, _) in s[first..p].char_indices() {
            let start = first + i;
            if let Some(m) = ZH_PLENUM_BODY_AT.find(&s[start..]) {
                let r = start..start + m.end();
                return Some((r.clone(), r));
            }
        }
        at = p + '全'.len_utf8();
    }
}

fn short_congress(head: &str) -> &str {
    if head.contains('黨') {
        "黨代會"
    } else {
        "党代会"
    }
}

/// `党的`/`中共` and the Central Committee are `CPC`; the central discipline commission is
/// `CCDI`; a local committee stays as written (`省委`).
fn zh_plenum_body(pre: &str, mid: &str) -> String {
    let ccdi = [
        "中央纪委",
        "中央紀委",
        "中央纪律检查委员会",
        "中央紀律檢查委員會",
    ];
    if ccdi.contains(&mid) || ccdi.iter().any(|c| pre.ends_with(c)) {
        return "CCDI".into();
    }
    let mut pre = pre;
    // `trim_start_matches` of each in turn; a searcher for each was most of the cost here
    for p in ["党的", "黨的", "中国共产党", "中國共產黨", "中共"] {
        while let Some(rest) = pre.strip_prefix(p) {
            pre = rest;
        }
    }
    if pre.is_empty() || pre == "党中央" {
        if mid.is_empty() || mid.starts_with("中央") {
            return "CPC".into();
        }
        return mid.to_string();
    }
    pre.to_string()
}

/// Characters no place name holds, which end one read backwards: `全会深入学习贯彻临江市委`
/// is no place `贯彻临江`, but here a run of five characters is refused anyway; these
/// mark the start of a shorter one (`21日临江市委`, `召开的临江市委`).
const NOT_IN_PLACE: [char; 24] = [
    '的', '在', '和', '与', '與', '及', '日', '月', '年', '是', '为', '為', '了', '对', '對', '于',
    '於', '届', '屆', '次', '会', '會', '并', '並',
];

/// Words that end just before a place name: `中共`, and the verbs of which a plenum is the
/// object (`学习临江市委……全会精神`).
const BEFORE_PLACE: [&str; 33] = [
    "中共",
    "共青团",
    "共青團",
    "学习",
    "學習",
    "贯彻",
    "貫徹",
    "传达",
    "傳達",
    "落实",
    "落實",
    "出席",
    "参加",
    "參加",
    "研究",
    "筹备",
    "籌備",
    "召开",
    "召開",
    "举行",
    // `抓紧起草省委十二届五次全会文件`, `审议市委……全会报告`
    "起草",
    "审议",
    "審議",
    "通过",
    "通過",
    "听取",
    "聽取",
    // `围绕镇第十九届人民代表大会第三次会议确定的目标任务`, `按照市委……全会部署`
    "围绕",
    "圍繞",
    "按照",
    "根据",
    // `开好区委十届五次全会`
    "开好",
    "開好",
];

/// The place name that `before` ends with, when the body `pre` of a plenum starts with its
/// level (`市委`, `省纪委`, `区委`): two to four Chinese characters back to a clause start,
/// a word of [`BEFORE_PLACE`], or a character no name holds (`中共临江` + `市纪委`, `，澜州` +
/// `市委`); up to eight where a county or city stands inside it (`上海市虹口` + `区委`,
/// `石门县青山` + `乡`).
fn place_before<'s>(before: &'s str, pre: &str) -> Option<&'s str> {
    if !pre.starts_with([
        '省', '市', '区', '區', '县', '縣', '州', '盟', '旗', '镇', '鎮', '乡', '鄉',
    ]) {
        return None;
    }
    let mut start = before.len();
    let mut count = 0;
    // (a place inside a place may be longer: `石门县青山` before `乡`)
    let mut nested = false;
    for (i, c) in before.char_indices().rev() {
        let through = &before[..i + c.len_utf8()];
        if !crate::document::is_han(c)
            || NOT_IN_PLACE.contains(&c)
            || BEFORE_PLACE.iter().any(|w| through.ends_with(w))
        {
            break;
        }
        // a fifth character (a ninth in a nested place): no place this rule reads
        if count == 4 && !nested || count == 8 {
            return None;
        }
        nested |= count > 0 && matches!(c, '县' | '縣' | '市' | '区' | '區' | '州');
        start = i;
        count += 1;
    }
    (count >= 2).then(|| &before[start..])
}

fn zh_session_body(pre: &str, body: &str) -> String {
    match body {
        "全国人大常委会" | "全國人大常委會" => "NPC Standing Committee".into(),
        "全国政协常委会" | "全國政協常委會" | "全國政協常委会" => {
            "CPPCC Standing Committee".into()
        }
        "全国人大" | "全國人大" | "全国人民代表大会" | "全國人民代表大會" => {
            "NPC".into()
        }
        "全国政协"
        | "全國政協"
        | "中国人民政治协商会议全国委员会"
        | "中國人民政治協商會議全國委員會" => "CPPCC".into(),
        _ => [pre, body].concat(),
    }
}

/// [`zh_session_body`] of the standing committee of `body` (`{body}常委会`), without making
/// that string for each session found (a test holds the two together).
fn zh_standing_body(pre: &str, body: &str) -> String {
    match body {
        "全国人大" => "NPC Standing Committee".into(),
        "全国政协" | "全國政協" => "CPPCC Standing Committee".into(),
        _ => [pre, body, "常委会"].concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words are counted as `split_whitespace` counts them, wherever the white space falls
    /// in the eight bytes read at once.
    #[test]
    fn fewer_words_counts_as_split_whitespace() {
        let texts = [
            "",
            " ",
            "a",
            "Opinions on the Work",
            "  one two\tthree\nfour  five six seven ",
            "abcdefgh ijklmnop qrstuvwx yz",
            "a b c d e f g h i j",
            "word\x0bword\x0cword\rword",
            "eight888 eight888 eight888 eight888 eight888 eight888",
            "the “Blue Sky” battle of two words",
            "Beijing\u{3000}Shanghai",
        ];
        for t in texts {
            for from in 0..t.len() {
                let Some(t) = t.get(from..) else { continue };
                for n in 1..9 {
                    let want = t.split_whitespace().count() < n;
                    assert_eq!(fewer_words(t, n), want, "{t:?} {n}");
                }
            }
        }
    }

    #[test]
    fn the_standing_body_is_the_session_body_of_its_standing_committee() {
        for pre in ["", "省", "市"] {
            for body in SESSION_BODIES {
                assert_eq!(
                    zh_standing_body(pre, body),
                    zh_session_body(pre, &format!("{body}常委会")),
                    "{pre}{body}"
                );
            }
        }
    }

    #[test]
    fn congress_from_finds_what_the_pattern_finds() {
        // sentences of the pattern's words and their near misses, joined by white space
        // or nothing, each searched from every place
        let words = [
            "the",
            "The",
            "bathe",
            "THE",
            "Party's",
            "party’s",
            "CPC's",
            "cpc’s",
            "xParty's",
            "Communist",
            "communist",
            "Party",
            "party",
            "of",
            "Of",
            "China's",
            "china’s",
            "China",
            "Chinese",
            "20th",
            "1st",
            "2nd",
            "3rd",
            "20TH",
            "1234th",
            "x20th",
            "(20th",
            "_20th",
            "120th",
            "first",
            "Fourteenth",
            "TWENTIETH",
            "fourth",
            "sixth",
            "National",
            "national",
            "CPC",
            "Big",
            "big",
            "BIG",
            "Congress",
            "congress",
            "Congressional",
            "CONGRESS",
            "(CPC)",
            "(CPC",
            ",",
            "’s",
            "s",
            "'",
            "—",
            "“",
            // and whole phrases, which words drawn alone seldom make
            "Communist Party of China's",
            "COMMUNIST party\tOF china’s",
            "the 20th",
            "National Congress",
            "CPC National Congress",
            "Party National Congress",
            "of the CPC",
            "of the Communist Party of China",
            "of the Chinese Communist Party",
            "of the PARTY",
            "of the Communist Party",
            "of  the\nparty",
            "of the",
            "Party congress",
        ];
        let gaps = [" ", " ", " ", " ", "\t", "\n", "  ", "", "\x0B", "-", "("];
        let re = EN_CONGRESS.get(true);
        // a fixed sequence of pseudo-random numbers (xorshift), the same on every run
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let mut found = 0;
        for _ in 0..100_000 {
            let mut s = String::new();
            for _ in 0..1 + next(12) {
                s.push_str(gaps[next(gaps.len())]);
                s.push_str(words[next(words.len())]);
            }
            assert!(crate::narrow::is_narrow(&s));
            let lower = s.to_ascii_lowercase();
            // from every place, with the key at every `congress` after it, as `near`
            // searches
            let keys = finder!("congress")
                .find_iter(lower.as_bytes())
                .collect::<Vec<_>>();
            for at in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                for &key in keys.iter().filter(|&&k| k >= at) {
                    let from = at.max(back_runs(&s, key, 9));
                    let want = re.find_at(&s, from).map(|m| m.range());
                    found += usize::from(want.is_some());
                    let got = congress_from(&s, &lower, at, key);
                    assert_eq!(got, want, "{s:?} from {at}, key {key}");
                }
            }
        }
        assert!(found > 1_000, "only {found} matches");
        let mut s = "the Communist Party of China's 20th CPC National Congress of the CPC (CPC)";
        let key = s.find("Congress").unwrap_or_default();
        assert_eq!(
            congress_from(s, &s.to_ascii_lowercase(), 0, key),
            Some(0..s.len())
        );
        s = "Party's 20th big congress";
        let key = s.find("congress").unwrap_or_default();
        assert_eq!(
            congress_from(s, &s.to_ascii_lowercase(), 1, key),
            Some(8..s.len())
        );
    }

    #[test]
    fn back_runs_reads_eight_bytes_as_it_read_one() {
        // as it was written, a character at a time
        let reference = |s: &str, p: usize, runs: usize| {
            let mut seen = 0;
            let mut end = p;
            loop {
                loop {
                    match char_before(s, end) {
                        None => return 0,
                        Some((_, true)) => break,
                        Some((len, false)) => end -= len,
                    }
                }
                seen += 1;
                if seen > runs {
                    return end;
                }
                loop {
                    match char_before(s, end) {
                        None => return 0,
                        Some((_, false)) => break,
                        Some((len, true)) => end -= len,
                    }
                }
            }
        };
        let texts = [
            "studied the spirit of the 20th National Congress of the Communist Party of China",
            "the   Sixth\tPlenary \r\nSession of the 19th CPC Central Committee",
            "at the Party’s 20th National Congress, the Communist Party of China’s congress",
            "第十四届全国人民代表大会 the first session of the 14th National People’s Congress",
            "words\u{3000}joined\u{a0}by\u{2028}wide\u{85}spaces\u{1c}and\u{1f}separators here",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z",
            "supercalifragilisticexpialidocious antidisestablishmentarianism",
            "x",
            "",
            "        ",
            "@[`{~\u{7f}\u{0b}\u{0c} Ünïcödé wörds ánd ÀSCII mixed in ê é",
        ];
        for s in texts {
            for p in (0..=s.len()).filter(|&p| s.is_char_boundary(p)) {
                for runs in [0, 1, 3, 5, 9, 10] {
                    assert_eq!(
                        back_runs(s, p, runs),
                        reference(s, p, runs),
                        "{s:?} {p} {runs}"
                    );
                }
            }
        }
    }

    #[test]
    fn plenum_start_is_the_earliest_word_before() {
        // (each word two characters or more: `plenum_start` reads the byte four from the end)
        assert!(PLENUM_PREFIXES.iter().all(|w| w.chars().count() >= 2));
        for (before, want) in [
            ("党的十", "".len()),
            ("中国共产党第十", "".len()),
            ("中共市委十", "中共".len()),
            ("某镇党委第十", "某".len()),
            ("省纪委十", "".len()),
            ("委十", "委".len()),
            ("的十", "的".len()),
            ("x的十", "x的".len()),
        ] {
            let n = before.len() - "十".len();
            assert_eq!(plenum_start(before, n), want, "{before}");
        }
    }

    /// `first`, then 50,000 texts of one to three parts, each part a word from each slot
    /// in turn, drawn by a small generator seeded with `seed`.
    fn slot_texts(slots: &[&[&str]], seed: u64, first: &[&str]) -> Vec<String> {
        let mut state = seed;
        let mut draw = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as usize % n
        };
        let mut texts: Vec<String> = first.iter().map(|t| t.to_string()).collect();
        for _ in 0..50_000 {
            let mut t = String::new();
            for _ in 0..1 + draw(3) {
                for slot in slots {
                    t.push_str(slot[draw(slot.len())]);
                }
            }
            texts.push(t);
        }
        texts
    }

    type Summary = (
        String,
        ReferenceKind,
        Option<String>,
        Option<u32>,
        Option<u32>,
    );

    #[test]
    fn congresses_are_what_the_pattern_finds() {
        for s in [
            "",
            "党的二十大和二十届二中全会精神",
            "中国共产党第二十次全国代表大会胜利召开，学习二十大精神，十二十大",
            "我党十九大、中共二十大，黨的第十九次全國代表大會",
            "十四届全国人大一次会议 大大 第三次全国代表大会 八大",
        ] {
            let want: Vec<_> = ZH_CONGRESS.find_iter(s).map(|m| m.range()).collect();
            let got: Vec<_> = congresses(s).map(|m| m.range()).collect();
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn place_before_a_local_body() {
        for (before, pre, place) in [
            ("2月20日至21日，中共临江", "市纪委", Some("临江")),
            ("中共澜州", "市委", Some("澜州")),
            ("，黔东南", "州委", Some("黔东南")),
            ("21日临江", "市委", Some("临江")),
            ("传达学习临江", "市委", Some("临江")),
            ("召开的临江", "市委", Some("临江")),
            ("会议传达学习了上海市虹口", "区委", Some("上海市虹口")),
            ("全会深入学习贯彻省委和北京", "中共", None),
            ("中共江", "市委", None),
            ("", "市委", None),
        ] {
            assert_eq!(place_before(before, pre), place, "{before}");
        }
    }

    fn refs(text: &str) -> Vec<Summary> {
        let doc = Document::new(text, None);
        // every trigger may stand in every sentence
        let all: Vec<(usize, u64, bool)> = (0..doc.sentences.len())
            .map(|i| (i, u64::MAX, true))
            .collect();
        find(&doc, &all, None)
            .into_iter()
            .map(|r| (r.text, r.kind, r.body, r.number, r.term))
            .collect()
    }

    #[test]
    fn places_of_a_character_are_what_a_searcher_finds() {
        // every Han character from U+5100 to U+5AFF (many share a last byte with those
        // sought), then ASCII and marks between the characters sought
        let run: String = (0x5100..0x5B00).filter_map(char::from_u32).collect();
        let texts = [
            String::new(),
            run.clone(),
            format!("全{run}大a代，共“次”全"),
            "中共二十大全国代表大会全会全体全委".to_string(),
            "a全b大c代d共e次f".to_string(),
        ];
        for text in &texts {
            for c in ['全', '大', '代', '共', '次'] {
                let mut buf = [0; 4];
                let w = c.encode_utf8(&mut buf);
                for at in [0, 3] {
                    let b = text.as_bytes().get(at..).unwrap_or_default();
                    let want: Vec<usize> = memchr::memmem::find_iter(b, w.as_bytes()).collect();
                    let got: Vec<usize> = places_of(b, c).collect();
                    assert_eq!(got, want, "{c} in {text} from {at}");
                }
            }
        }
    }

    /// The places of `Congress` kept as `find_en` keeps them give the answers a search of
    /// the sentence gives, from every place, kept whole or (past the places kept) not.
    #[test]
    fn kept_congresses_are_what_a_search_finds() {
        let many = "the 1st Party Congress and ".repeat(CAPITALS + 1);
        for s in [
            "",
            "the 20th National Congress of the CPC",
            "the 20th party congress, the 14th National People's Congress and the Congress",
            "Congress\tCongress  National Congress CongressCongress",
            "the 12th Municipal Party Congress, the county's 15th Party Congress",
            many.as_str(),
        ] {
            let lower = s.to_ascii_lowercase();
            let mut kept = Capitals::default();
            for i in finder!("congress").find_iter(lower.as_bytes()) {
                if s.as_bytes().get(i..i + "congress".len()) == Some(b"Congress") {
                    kept.push(i);
                }
            }
            kept.searched();
            assert_eq!(kept.whole, s != many, "{s:?}");
            let befores: [&dyn Fn(&str) -> bool; 3] =
                [&|_| true, &|t| t.ends_with("Party"), &|t| {
                    t.ends_with("National") || t.ends_with("People's")
                }];
            for before in befores {
                for at in 0..=s.len() {
                    assert_eq!(
                        kept.after(s, at, before),
                        congress_after(s, at, before),
                        "{s:?} from {at}"
                    );
                }
            }
        }
    }

    #[test]
    fn any_byte_is_what_a_byte_by_byte_search_answers() {
        for s in [
            "",
            "abc",
            "12345678",
            "十二届",
            "1234567十",
            "“the” 2023年",
            "二〇二三年十月，区政协召开会议",
            "十月十日十月十日x",
            "The plenary “session” of the 20th CPC Central Committee",
            "é·’…",
        ] {
            let b = s.as_bytes();
            assert_eq!(
                any_byte(b, |w| w & HIGH == 0, |x| x >= 0xE3),
                b.iter().any(|&x| x >= 0xE3),
                "{s:?}"
            );
            assert_eq!(
                any_byte(b, |w| w & HIGH == HIGH, |x| x.is_ascii_alphabetic()),
                b.iter().any(|x| x.is_ascii_alphabetic()),
                "{s:?}"
            );
        }
    }

    #[test]
    fn marks_name_their_triggers() {
        let triggers = super::super::reference_triggers();
        for (mark, word) in [
            (CONGRESS, "congress"),
            (PLENARY, "plenary"),
            (PLENUM, "plenum"),
            (SESSION, "session"),
            (NPC, "NPC"),
            (TIMES_MEETING, "次会议"),
            (TIMES_MEETING, "次會議"),
            (PARTY_CONGRESS, "党代会"),
            (PARTY_CONGRESS, "黨代會"),
            (PARTY_CONGRESS, "代表大会"),
            (PARTY_CONGRESS, "代表大會"),
            (BOOK, "《"),
            (QUOTE, "“"),
        ] {
            let i = triggers.iter().position(|t| t == word).unwrap();
            assert_ne!(trigger_bit(i) & mark, 0, "{word}");
        }
    }

    #[test]
    fn plenum_of_words_are_its_groups() {
        let sentences = [
            "The Sixth Plenary Session of the 19th CPC Central Committee and the Third Plenary Session of the 12th District Party Committee.",
            "the 3rd plenary meeting of the 12th Dalian Municipal Committee, the plenums of the Sixth plenary",
            "the plenary session of the Sixth Provincial Committee; plenum of the sixth municipal Party committees",
            "Plenary Sessions of the  twentieth  Central Committee (CPC) of the Party, second PLENUM of the 19thX Committee",
            "the plenary session of the 1234th Committee and a plenum of the 19th Commission for Discipline Inspection of",
            "the ſecond plenary ſession of the ſixth Central Committee, the plenary ſessions of the Fifth Commission",
            "of the plenary session of the 19th\u{a0}Central Committee, Plenum of the ٣rd Committee, plenary meeting of the 2nd",
            "study of the plenary sessions as the primary task; plenary session of the West Lake District Committee",
            "the 2nd plenum of the 3rd city Party committee and the plenum of the county  Party committee of the ‘Third’ Committee",
            "the plenary session of county party committee, the plenum of the 4th district party committee",
            "the Fourth Plenary Session of the Central Commission for Discipline Inspection's, plenumx of the Central Committee",
            "the Sixth Plenary (Enlarged) Session of the 14th CPC Dongyuan County Committee, the plenary (expanded) meeting of the",
        ];
        for s in sentences {
            let lower = s.to_ascii_lowercase();
            for narrow in [false, true] {
                if narrow && !crate::narrow::is_narrow(s) {
                    continue;
                }
                let re = EN_PLENUM_OF.get(narrow);
                let want: Vec<_> = re
                    .captures_iter(s)
                    .map(|c| {
                        let g = |n: &str| c.name(n).map(|m| m.as_str());
                        (
                            c.get(0).unwrap().range(),
                            g("num"),
                            g("term"),
                            c.name("body").unwrap().start(),
                        )
                    })
                    .collect();
                assert!(!want.is_empty() || s.contains("ſ"), "{s}");
                let long_s = s.contains('ſ');
                let key = |at: usize| {
                    let mut at = at;
                    while let Some(p) = lower[at..].find("plen").map(|i| at + i) {
                        if long_s || plenum_of_at(&lower, p) {
                            return Some(p);
                        }
                        at = p + 1;
                    }
                    None
                };
                let got: Vec<_> = near(key, |p| back_runs(s, p, 3), |from| found_from(re, s, from))
                    .map(|m| {
                        let g = plenum_of_words(s, m.range(), narrow).unwrap();
                        (m.range(), g.num, g.term, g.body)
                    })
                    .collect();
                assert_eq!(got, want, "{s} narrow {narrow}");
            }
        }
    }

    #[test]
    fn narrow_forms_find_what_the_unicode_forms_find() {
        let twins = [
            &EN_PLENUM_OF,
            &EN_PLENUM_BODY_FIRST,
            &EN_CONGRESS,
            &EN_LOCAL_CONGRESS,
            &EN_NPC,
            &EN_SESSION,
            &LOCAL_PLACE,
        ];
        let sentences = [
            "The Sixth Plenary Session of the 19th CPC Central Committee’s work — “the 20th National Congress of the CPC”, the Party’s 20th National Congress.",
            " in Xinhui District and the 12th Municipal Party Congress of the Longgang County",
            "the first session of the 14th NPC, the 17th Standing Committee Meeting of the 8th CPPCC (NPC), 《the 19th NPC》，the Provincial Party Committee plenary session",
            "the 3rd plenary meeting of the 12th Dalian Municipal Committee, the Regional Party Congress",
            "deputies to the 14th National People's Congress; the 6th meeting of the Standing Committee of the 17th Municipal People’s Congress",
            "",
        ];
        for t in twins {
            crate::narrow::assert_same_forms(t, &sentences);
        }
    }

    fn one(text: &str) -> Summary {
        let r = refs(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        r.into_iter().next().unwrap()
    }

    use ReferenceKind::{Congress, Plenum, Session};
    const DOC: ReferenceKind = ReferenceKind::Document;

    #[test]
    fn quoted_finds_what_the_pattern_finds() {
        let cases = [
            "a “Opinions on Work” b \"xy\" c \"Plan for All\"",
            "“ab”“abcd” \"\"abc\" “x“yzw” ”",
            "《》《a》《《b》c》 《光明日报》",
            "“unclosed and \"closed here\"",
            "People’s “Two Sessions’ Spirit” 东“东”‘x’ \"a’b\" “’’” ”“abc”",
            "\"东东东\" “\u{1c}\u{9c}x” “’” “x’’y",
        ];
        for text in cases {
            for (open, close, pattern) in [
                (
                    &['“', '"'][..],
                    &['”', '"'][..],
                    r#"[“"]([^“”"]{3,200})[”"]"#,
                ),
                (&['《'][..], &['》'][..], r"《([^《》]{1,200})》"),
            ] {
                let want: Vec<_> = Regex::new(pattern)
                    .unwrap()
                    .captures_iter(text)
                    .map(|c| c.get(1).unwrap().range())
                    .collect();
                let got: Vec<_> = match open.len() {
                    2 => quoted(text, ['“', '"'], ['”', '"'], 3).collect(),
                    _ => quoted(text, ['《'], ['》'], 1).collect(),
                };
                assert_eq!(got, want, "{text} {open:?} {close:?}");
                if open.len() == 2 {
                    assert_eq!(quoted_en(text, 3).collect::<Vec<_>>(), want, "{text}");
                }
            }
            for min in [1, 3, 5] {
                let want: Vec<_> = quoted(text, ['“'], ['”'], min).collect();
                assert_eq!(
                    quoted_zh(text, min).collect::<Vec<_>>(),
                    want,
                    "{text} {min}"
                );
                let want: Vec<_> = quoted(text, ['《'], ['》'], min).collect();
                assert_eq!(
                    quoted_book(text, min).collect::<Vec<_>>(),
                    want,
                    "{text} {min}"
                );
            }
        }
        // a long run of Chinese text (many of its characters end in 0x8A or 0x8B), quotes,
        // and the other characters whose first byte is 0xE2 (`—`, `…`, `‘’`, `•`) or 0xE3
        // (`、`, `。`, `「」`, `〈〉`)
        let run: String = (0x4E00..0x5200).filter_map(char::from_u32).collect();
        let text = format!(
            "“{run}”——“两个确立”…‘x’•“{}”“”“十四五 《{run}》、《习近平著作选读》。「x」〈y〉《《a》b》《",
            &run[..30]
        );
        for min in [1, 5] {
            let want: Vec<_> = quoted(&text, ['“'], ['”'], min).collect();
            assert_eq!(quoted_zh(&text, min).collect::<Vec<_>>(), want, "{min}");
            let want: Vec<_> = quoted(&text, ['《'], ['》'], min).collect();
            assert_eq!(quoted_book(&text, min).collect::<Vec<_>>(), want, "{min}");
        }
    }

    #[test]
    fn narrow_sentence_is_is_narrow() {
        for s in [
            "",
            "plain ASCII",
            "“curly” — quotes… 《》，：",
            "a ſ b",
            "中文",
            "x\u{2016}y",
            "é",
        ] {
            assert_eq!(narrow_sentence(s), is_narrow(s), "{s:?}");
        }
        // a character outside ASCII at each place of the words read, and after them
        for before in 0..40 {
            for c in ["’", "ſ", "—", "中"] {
                for after in [0, 1, 9, 17] {
                    let s = format!("{}{c}{}", "a".repeat(before), "b".repeat(after));
                    assert_eq!(narrow_sentence(&s), is_narrow(&s), "{s:?}");
                    let s = format!("{s}“{s}”");
                    assert_eq!(narrow_sentence(&s), is_narrow(&s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn term_first_may_where_the_pattern_matches() {
        for s in [
            "Shitang Township 19th People's Congress First Session from January 16 to 17",
            "the 14th CPPCC Second Session opened",
            "the 14th CPPCC\tSecond\u{3000}Session and the Plenary Session",
            "the 14th National People’s Congress\nfirſt Session",
            "the Second Plenary Session of the 20th CPC Central Committee",
            "the 14th CPPCC Second  Session",
            "the CPPCC Session",
            "Session",
            " Session",
            "CPPCC 2nd Session",
        ] {
            for narrow in [false, true] {
                let re = EN_SESSION_TERM_FIRST.get(narrow);
                if re.is_match(s) && s.contains(" Session") {
                    assert!(term_first_may(s), "{s:?}");
                }
            }
        }
        assert!(!term_first_may(
            "the Second Plenary Session of the 20th CPC Central Committee"
        ));
        assert!(!term_first_may("the 14th CPPCC Second\tSession"));
    }

    #[test]
    fn plenum_bodies_as_their_words_say() {
        let by_words = |body: &str| -> String {
            let b = body.trim_start_matches("CPC ").trim();
            let local = [
                "Provincial",
                "Municipal",
                "District",
                "County",
                "City",
                "Prefectural",
            ];
            if local.iter().any(|w| b.contains(w)) {
                return body.to_string();
            }
            if b.contains("Discipline Inspection") || b == "CCDI" {
                return "CCDI".into();
            }
            if b.starts_with("Central Committee") {
                return "CPC".into();
            }
            body.to_string()
        };
        for body in [
            "20th CPC Central Committee",
            "CPC Central Committee",
            " Central Committee ",
            "12th District Party Committee",
            "Central Commission for Discipline Inspection",
            "Provincial Commission for Discipline Inspection",
            "Discipline Inspection Commission of the Cityscape",
            "CCDI",
            "CPC CCDI",
            "CPC CPC  Central Committee",
            "CPC",
            "Prefectural Party Committee",
            "Dalian Municipal Committee",
            "Party Committee of Xinhui Countyside",
            "Mao Discipline",
            "",
            "PMDC",
        ] {
            assert_eq!(en_plenum_body(body), by_words(body), "{body:?}");
        }
        for body in [
            "Provincial and Municipal Commission for Discipline Inspection",
            "provincial, municipal discipline inspection commission",
            "Municipal Party Committee",
            "A and B",
            "A, B",
            "",
            " and x y z",
        ] {
            let words: Vec<&str> = body.split_whitespace().collect();
            let joined = words.len() >= 4 && words[1] == "and"
                || words.first().is_some_and(|w| w.ends_with([',', '、']));
            if !joined {
                assert_eq!(split_joined_en(body), vec![body.to_string()], "{body:?}");
            }
        }
        assert_eq!(
            split_joined_en("Provincial and Municipal Commission for Discipline Inspection"),
            [
                "Provincial Commission for Discipline Inspection",
                "Municipal Commission for Discipline Inspection"
            ]
        );
    }

    #[test]
    fn mass_body_after_reads_bytes_as_it_reads_words() {
        let slow = |s: &str, at: usize| {
            let Some(body) = after_of_the(s, at).map(str::trim_start) else {
                return false;
            };
            match body.strip_prefix("Communist") {
                Some(c) => {
                    c.starts_with(char::is_whitespace) && c.trim_start().starts_with("Youth")
                }
                None => ["Youth", "Women", "Federation", "Trade"]
                    .iter()
                    .any(|w| body.starts_with(w)),
            }
        };
        for after in [
            " of the Communist Youth League",
            " of the Communist Party",
            " of the  Women's Federation",
            " of the\u{3000}Trade Union",
            " of the Federation",
            " of the ",
            " of the",
            " of the é",
            " of theYouth",
            "\nof the Youth",
            " of Youth",
        ] {
            let s = format!("Congress{after}");
            let at = "Congress".len();
            assert_eq!(mass_body_after(&s, at), slow(&s, at), "{s:?}");
        }
    }

    #[test]
    fn english_congresses() {
        let r = one("the spirit of the 20th National Congress of the Communist Party of China.");
        assert_eq!(
            (r.1, r.2.as_deref(), r.3),
            (Congress, Some("CPC"), Some(20))
        );
        assert_eq!(one("the 20th CPC National Congress was held").3, Some(20));
        assert_eq!(one("the Party's 20th National Congress").3, Some(20));
        let r = one("the opening of the 19th NPC");
        assert_eq!((r.2.as_deref(), r.3), (Some("NPC"), Some(19)));
        let r = one("the 12th Municipal Party Congress");
        assert_eq!(
            (r.2.as_deref(), r.3),
            (Some("Municipal Party Congress"), Some(12))
        );
    }

    #[test]
    fn english_plenums() {
        let r = one("the Sixth Plenary Session of the 19th CPC Central Committee.");
        assert_eq!(
            (r.1, r.2.as_deref(), r.3, r.4),
            (Plenum, Some("CPC"), Some(6), Some(19))
        );
        let r = one(
            "the fourth plenary session of the 20th Central Commission for Discipline Inspection.",
        );
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("CCDI"), Some(4), Some(20))
        );
        let r = one("the third plenary session of the 20th CCDI");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("CCDI"), Some(3), Some(20))
        );
        let r = one("the 5th Plenary Session of the 9th Wuxi Municipal Committee.");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("Wuxi Municipal Committee"), Some(5), Some(9))
        );
        let r = refs("the Plenary Sessions of the Provincial and Municipal Commission for Discipline Inspection, which");
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0].2.as_deref(),
            Some("Provincial Commission for Discipline Inspection")
        );
        assert_eq!(
            r[1].2.as_deref(),
            Some("Municipal Commission for Discipline Inspection")
        );
        let r = one("the Provincial Party Committee Plenary Session");
        assert_eq!(
            (r.2.as_deref(), r.3),
            (Some("Provincial Party Committee"), None)
        );
        assert!(refs("the plenum stressed").is_empty());
    }

    #[test]
    fn english_sessions() {
        let r = one("the first session of the 14th CPPCC National Committee.");
        assert_eq!(
            (r.1, r.2.as_deref(), r.3, r.4),
            (Session, Some("CPPCC"), Some(1), Some(14))
        );
        let r = one("the first session of the twelfth CPPCC");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("CPPCC"), Some(1), Some(12))
        );
        let r = one("the 17th Standing Committee Meeting of the 8th CPPCC");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("CPPCC Standing Committee"), Some(17), Some(8))
        );
        let r = one("the third session of the 14th NPC Standing Committee");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("NPC Standing Committee"), Some(3), Some(14))
        );
        assert!(refs("the two sessions of the province").is_empty());
    }

    #[test]
    fn english_documents() {
        let r = one("study the “Articles of the Communist Party of China (Amendment)” and");
        assert_eq!(
            (r.0.as_str(), r.1),
            ("Articles of the Communist Party of China (Amendment)", DOC)
        );
        assert!(refs("the “Rainbow Pomegranate” library").is_empty());
        assert!(refs("“Shanghai North Bund, Pujiang Golden Triangle”").is_empty());
    }

    #[test]
    fn plenum_bodies_are_what_the_pattern_finds() {
        let slots: [&[&str]; 6] = [
            &["", "x", "中共", "和", "、", "全", "市"],
            &[
                "省委",
                "市委",
                "县纪委",
                "纪委",
                "党委",
                "区委",
                "委",
                "",
                "全委",
            ],
            &["", "、", "和", "及", "x"],
            &["省委", "市委", "州委", "紀委", "", "纪"],
            &[
                "全会",
                "全會",
                "全委会",
                "全委會",
                "全体",
                "全",
                "x",
                "全委",
            ],
            &["", "和", "x", "会"],
        ];
        let texts = slot_texts(&slots, 17, &["区委全会和省委、市委全会，县纪委全委会"]);
        agree(
            &texts,
            |s| {
                let key = |at: usize| plenum_end_from(s, at);
                let reach = |p: usize| bodies_from(s, p);
                let search = |from| found_from(&ZH_PLENUM_BODY, s, from);
                near(key, reach, search).map(|m| m.range()).collect()
            },
            |s| plenum_bodies(s).collect(),
        );
    }

    #[test]
    fn plenums_are_what_the_pattern_finds() {
        let slots: [&[&str]; 10] = [
            &["", "x", "届", "第", "省", "全会"],
            &[
                "",
                "党的",
                "中共",
                "中国共产党",
                "省委",
                "镇党委",
                "党委",
                "市纪委",
                "紀委",
                "纪委",
                "委",
                "的",
            ],
            &["", "第", "第"],
            &["十九", "二十", "", "2", "九"],
            &["届", "屆", "届", "x"],
            &["", "中央委员会", "中央", "省委", "纪委", "x"],
            &[
                "六中",
                "一中、二中",
                "第二次",
                "三次",
                "",
                "x中",
                "二中全会和三",
            ],
            &["中", "次", ""],
            &["全会", "全會", "全体会议", "全體會議", "x", "全会"],
            &["", "和", "届", "十"],
        ];
        let texts = slot_texts(
            &slots,
            13,
            &[
                "党的二十届一中、二中全会和中共临江市纪委九届三次全会",
                "中国共产党第二十届中央委员会第二次全体会议，县纪委十五届五次全会",
            ],
        );
        agree_at_terms(&texts, &ZH_PLENUM, plenum_at);
    }

    #[test]
    fn sessions_are_what_the_pattern_finds() {
        // texts of one to three parts, each part a word from each slot of the pattern
        // (or a near miss) in turn
        let slots: [&[&str]; 11] = [
            &["", "x", "省", "国", "届", "第"],
            &[
                "",
                "全国人大",
                "全國人大",
                "人大",
                "政协",
                "全国人民代表大会",
                "人大常委会",
                "全国",
                "x",
            ],
            &["", "第", "第"],
            &["十四", "2", "", "十"],
            &["届", "屆", "届", "x"],
            &[
                "",
                "全国人大",
                "常委会",
                "全国政协常委会",
                "人大",
                "中国人民政治协商会议全国委员会",
                "政协",
                "x",
            ],
            &["", "第"],
            &["一", "十二", "", "2"],
            &["次", "次", "x"],
            &["会议", "會議", "会議", "x"],
            &["", "和", "十", "届"],
        ];
        let texts = slot_texts(
            &slots,
            11,
            &[
                "十四届全国人大一次会议和全国政协十四届一次会议",
                "市十六届人大三次会议，第十四届全国人民代表大会第一次会议",
            ],
        );
        agree_at_terms(&texts, &ZH_SESSION, session_at);
    }

    #[test]
    fn standing_sessions_are_what_the_pattern_finds() {
        // texts of one to three parts, each part a word from each slot of the pattern
        // (or a near miss) in turn
        let slots: [&[&str]; 9] = [
            &["", "x", "届", "全国", "全國", "省", "国", "常委"],
            &["", "全国", "全國", "市", "国"],
            &["人大", "政协", "政協", "人", "", "常委"],
            &["常委", "常委", "委"],
            &["会", "會", "x", ""],
            &["第", "第", "", "x"],
            &["十", "2", "二十", "", "第"],
            &["次", "次", "x"],
            &["会议", "會議", "会議", "x", ""],
        ];
        let texts = slot_texts(
            &slots,
            7,
            &[
                "全国人大常委会第二次会议和市政協常委會第十二次會議",
                "省人大常委会第3次会议，全國政協常委会第十次会议",
            ],
        );
        agree(
            &texts,
            |s| {
                let key = |at: usize| finder!("常委").find(&s.as_bytes()[at..]).map(|i| at + i);
                let reach = |p: usize| chars_back(s, p, 4);
                let search = |from| found_from(&ZH_STANDING_SESSION, s, from);
                near(key, reach, search).map(|m| m.range()).collect()
            },
            |s| standing_sessions(s).collect(),
        );
    }

    /// Asserts that `hand` finds in each of `texts` what `pattern` finds, and that they
    /// find more than 1,000 matches in all (the texts reach the pattern's cases).
    /// A hand reader from a position: a match and the span to go on after.
    type HandReader = fn(&str, usize) -> Option<(Range<usize>, Range<usize>)>;

    /// [`agree`] for a pattern searched near each term (`届`) and its hand reader.
    fn agree_at_terms(texts: &[String], pattern: &Regex, hand: HandReader) {
        agree(
            texts,
            |s| {
                let search = |from| found_from(pattern, s, from);
                near(|at| term_from(s, at), |q| before_term(s, q), search)
                    .map(|m| m.range())
                    .collect()
            },
            |s| near(|at| term_from(s, at), |_| 0, |from| hand(s, from)).collect(),
        );
    }

    fn agree(
        texts: &[String],
        pattern: impl Fn(&str) -> Vec<Range<usize>>,
        hand: impl Fn(&str) -> Vec<Range<usize>>,
    ) {
        let mut found = 0;
        for s in texts {
            let got = hand(s);
            assert_eq!(got, pattern(s), "{s}");
            found += got.len();
        }
        assert!(found > 1_000, "{found}");
    }

    #[test]
    fn congress_groups_are_the_patterns_groups() {
        let texts = [
            "党的二十大",
            "中共十九大和党的第二十次全国代表大会",
            "中國共產黨第十九次全國代表大會",
            "我黨二十大、我党一大",
            "十大一大批中国共产党第20次全国代表大会",
            "黨的第２次全國代表大會，党的第三次全国代表大会",
        ];
        for t in texts {
            for c in ZH_CONGRESS.captures_iter(t) {
                let want = match (c.name("num"), c.name("num2").or(c.name("num3"))) {
                    (_, Some(n)) => (n.as_str(), true),
                    (Some(n), None) => (n.as_str(), c.name("pre").is_some()),
                    _ => unreachable!(),
                };
                assert_eq!(congress_groups(&c[0]), want, "{t}");
            }
        }
    }

    #[test]
    fn chinese_congresses() {
        let r = one("学习党的二十大精神");
        assert_eq!(
            (r.0.as_str(), r.2.as_deref(), r.3),
            ("党的二十大", Some("CPC"), Some(20))
        );
        assert_eq!(one("为中共二十大召开营造良好环境").3, Some(20));
        assert_eq!(one("贯彻二十大精神").3, Some(20));
        assert_eq!(one("中国共产党第二十次全国代表大会").3, Some(20));
        assert!(refs("实施十大工程").is_empty());
        let r = one("市第十二次黨代會精神");
        assert_eq!((r.2.as_deref(), r.3), (Some("市黨代會"), Some(12)));
    }

    #[test]
    fn chinese_plenums() {
        let r = one("十九届六中全会");
        assert_eq!(
            (r.1, r.2.as_deref(), r.3, r.4),
            (Plenum, Some("CPC"), Some(6), Some(19))
        );
        let r = refs("党的二十届二中、三中全会精神");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].3, r[1].3), (Some(2), Some(3)));
        let r = one("中国共产党第二十届中央委员会第二次全体会议");
        assert_eq!((r.2.as_deref(), r.3, r.4), (Some("CPC"), Some(2), Some(20)));
        let r = one("二十届中央纪委二次全会");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("CCDI"), Some(2), Some(20))
        );
        let r = one("省委十一届三次全会");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("省委"), Some(3), Some(11))
        );
        let r = one("区委全会");
        assert_eq!((r.2.as_deref(), r.3), (Some("区委"), None));
        assert_eq!(refs("省委、市委全会").len(), 2);
        assert!(refs("全会强调").is_empty());
        assert!(refs("大会第二次全体会议").is_empty());
        assert!(refs("全国两会期间").is_empty());
    }

    #[test]
    fn chinese_sessions() {
        let r = one("十四届全国人大一次会议");
        assert_eq!(
            (r.1, r.2.as_deref(), r.3, r.4),
            (Session, Some("NPC"), Some(1), Some(14))
        );
        let r = one("全国政协十四届一次会议");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("CPPCC"), Some(1), Some(14))
        );
        let r = one("十四届全国人大常委会第二次会议");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("NPC Standing Committee"), Some(2), Some(14))
        );
        let r = one("全国政协十四届常委会第二次会议");
        assert_eq!(
            (r.2.as_deref(), r.3, r.4),
            (Some("CPPCC Standing Committee"), Some(2), Some(14))
        );
        let r = one("《光明日报》");
        assert_eq!((r.0.as_str(), r.1), ("光明日报", DOC));
    }
}
