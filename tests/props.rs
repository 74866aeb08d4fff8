//! Properties that hold for any input: `extract` never panics, every item's `text` is the
//! slice of the input at its `start..end` (each mention of an official too), offsets lie on
//! character boundaries, and the items of each kind are in text order.
//!
//! Inputs are arbitrary strings, strings built from pieces that trip extractors (CJK, dates,
//! markers, quotation marks, digits, line ends, combining and bidirectional marks, NUL), and
//! the fixture reports with such text spliced in at a paragraph break.

use std::fs;
use std::path::Path;

use minutes::{CivilDate, Extraction, Extractor};
use once_cell::sync::Lazy;
use proptest::prelude::*;

/// Pieces of reports and of what breaks parsers, concatenated at random.
const PIECES: &[&str] = &[
    "October 26",
    "Oct. 26, 2022",
    "the 26th",
    "2022-10-29",
    "10/26/2022",
    "date ",
    "BEIJING, Dec. 21 (Xinhua) -- ",
    "2,000 people",
    "First, ",
    "The second is to ",
    "Finally, ",
    "(1)",
    "1.",
    "presided over the meeting",
    "Secretary and Chairman of the District Party Committee",
    "Shi Baozhen, ",
    "Vice-Chairmen of the CPPCC Liu Wenbiao, Dong Huqun",
    "“two establishments”",
    "“Rainbow Pomegranate” library",
    "the 20th National Congress of the Communist Party of China",
    "2022年10月26日",
    "10月24日至26日",
    "二〇二二年十月二十六日",
    "２０２２年",
    "26日",
    "今年",
    "明年",
    "一是",
    "二是要",
    "（一）",
    "第一，",
    "首先",
    "最后",
    "会议强调",
    "区政协党组书记、主席",
    "张三、李四",
    "同志",
    "主持会议",
    "召开",
    "举行",
    "干部大会",
    "座谈会",
    "暨",
    "“两委”",
    "attended the meeting",
    "Attending the meeting were ",
    "出席",
    "党的二十大",
    "十九届六中全会",
    "四个意识",
    "“两个确立”",
    "《中国共产党章程》",
    "《",
    "》",
    "“",
    "”",
    "\"",
    "'",
    "(",
    ")",
    "（",
    "）",
    "，",
    "。",
    "、",
    "；",
    "：",
    ". ",
    ", ",
    "; ",
    ": ",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "0",
    "7",
    "12",
    "31",
    "2023",
    "99999999999999999999",
    "-",
    "–",
    "/",
    "e\u{301}",
    "\u{301}",
    "\u{200f}",
    "\u{202e}",
    "\u{200b}",
    "\u{feff}",
    "\u{0}",
    "\u{fffd}",
    "𠀀",
    "😀",
    "a",
    "The",
    "Secretary",
    "Comrade",
    "Mr. ",
    "She",
    "会",
    "议",
    "年",
    "月",
    "日",
];

/// A string made of 0 to 60 pieces.
fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

/// Any string, or one made of pieces.
fn tricky() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), pieces(), "[\\PC\\n\\r]{0,200}"]
}

/// The fixture reports, read once.
static FIXTURES: Lazy<Vec<String>> = Lazy::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut texts = Vec::new();
    for dir in ["en", "zh"] {
        let Ok(entries) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = fs::read_to_string(&path).unwrap();
            texts.push(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string());
        }
    }
    assert!(!texts.is_empty(), "no fixture reports");
    texts
});

static PLAIN: Lazy<Extractor> = Lazy::new(Extractor::new);
static DATED: Lazy<Extractor> = Lazy::new(|| {
    Extractor::builder()
        .document_date(CivilDate::new(2022, 10, 29).unwrap())
        .build()
});

/// The span `start..end` holds `text`, on character boundaries.
fn check_span(input: &str, what: &str, start: usize, end: usize, text: &str) -> Result<(), String> {
    if start > end || end > input.len() {
        return Err(format!(
            "{what}: {start}..{end} outside the input ({} bytes)",
            input.len()
        ));
    }
    if !input.is_char_boundary(start) || !input.is_char_boundary(end) {
        return Err(format!(
            "{what}: {start}..{end} not on character boundaries"
        ));
    }
    if &input[start..end] != text {
        return Err(format!(
            "{what}: {start}..{end} holds {:?}, not {text:?}",
            &input[start..end]
        ));
    }
    Ok(())
}

/// Items of one kind listed in text order.
fn check_order(what: &str, starts: impl IntoIterator<Item = usize>) -> Result<(), String> {
    let mut last = 0;
    for start in starts {
        if start < last {
            return Err(format!(
                "{what}: item at {start} listed after one at {last}"
            ));
        }
        last = start;
    }
    Ok(())
}

/// Every invariant of the offsets of one extraction.
fn check(input: &str, out: &Extraction) -> Result<(), String> {
    for d in &out.dates {
        check_span(input, "date", d.start, d.end, &d.text)?;
    }
    check_order("dates", out.dates.iter().map(|d| d.start))?;
    for o in &out.officials {
        for m in &o.mentions {
            check_span(input, "official mention", m.start, m.end, &m.text)?;
        }
        check_order(
            "mentions of one official",
            o.mentions.iter().map(|m| m.start),
        )?;
        if o.name.trim().is_empty() {
            return Err("an official with an empty name".into());
        }
    }
    // one entry per person, in order of first mention
    check_order(
        "officials",
        out.officials
            .iter()
            .filter_map(|o| o.mentions.iter().map(|m| m.start).min()),
    )?;
    for s in &out.slogans {
        check_span(input, "slogan", s.start, s.end, &s.text)?;
    }
    check_order("slogans", out.slogans.iter().map(|s| s.start))?;
    for d in &out.directives {
        check_span(input, "directive", d.start, d.end, &d.text)?;
    }
    check_order("directives", out.directives.iter().map(|d| d.start))?;
    for m in &out.meetings {
        check_span(input, "meeting", m.start, m.end, &m.text)?;
    }
    check_order("meetings", out.meetings.iter().map(|m| m.start))?;
    for r in &out.references {
        check_span(input, "reference", r.start, r.end, &r.text)?;
    }
    check_order("references", out.references.iter().map(|r| r.start))?;
    Ok(())
}

/// Extracts with and without a document date and checks both.
fn check_both(input: &str) -> Result<(), TestCaseError> {
    for ex in [&*PLAIN, &*DATED] {
        let out = ex.extract(input);
        check(input, &out).map_err(TestCaseError::fail)?;
        // what the CLI prints must serialise
        serde_json::to_string(&out).map_err(|e| TestCaseError::fail(e.to_string()))?;
    }
    Ok(())
}

/// The byte offsets where a paragraph break (a line end) is, the ends of the text included.
fn breaks(text: &str) -> Vec<usize> {
    let mut at: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
    at.push(0);
    at.push(text.len());
    at.sort_unstable();
    at.dedup();
    at
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_exact_offsets(input in tricky()) {
        check_both(&input)?;
    }

    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let out = PLAIN.extract_bytes(&bytes);
        let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        prop_assert_eq!(out.is_ok(), std::str::from_utf8(without_bom).is_ok());
        if let (Ok(out), Ok(text)) = (out, std::str::from_utf8(without_bom)) {
            check(text, &out).map_err(TestCaseError::fail)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn fixtures_with_text_spliced_in_give_exact_offsets(
        report in any::<prop::sample::Index>(),
        place in any::<prop::sample::Index>(),
        insert in tricky(),
    ) {
        let text = &FIXTURES[report.index(FIXTURES.len())];
        let at = breaks(text);
        let at = at[place.index(at.len())];
        let spliced = format!("{}{insert}{}", &text[..at], &text[at..]);
        check_both(&spliced)?;
    }

    #[test]
    fn fixtures_cut_anywhere_give_exact_offsets(
        report in any::<prop::sample::Index>(),
        cut in any::<prop::sample::Index>(),
    ) {
        let text = &FIXTURES[report.index(FIXTURES.len())];
        let mut end = cut.index(text.len() + 1);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        check_both(&text[..end])?;
    }
}

#[test]
fn every_fixture_gives_exact_offsets() {
    for text in FIXTURES.iter() {
        check_both(text).unwrap();
    }
}
