//! [`Document`]: the text with its paragraphs, sentences, language and document date.
//!
//! Built once per input and shared by every extractor. Paragraphs are the non-blank lines
//! (`\n`, `\r\n` and `\r` all end a line), trimmed of surrounding whitespace; sentences are
//! found inside each paragraph, by Unicode sentence boundaries in English and after
//! `。！？；!?` (with any closing quotation marks) in Chinese.

use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;

use crate::extraction::{CivilDate, DateSource, Language};
use crate::prefilter::{Hit, Hits, Lexicon, Trigger};
use crate::slogans::Titles;

/// A paragraph: a non-blank line, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub language: Language,
}

/// One document, split for the extractors.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub language: Language,
    pub paragraphs: Vec<Paragraph>,
    /// Sentence spans in text order, each inside one paragraph.
    pub sentences: Vec<Range<usize>>,
    /// Is every paragraph in the document's language? Then so is every place of it
    /// ([`Document::language_at`]).
    one_language: bool,
    /// Does the text hold an ASCII letter? (Counted with the script of its lines: most
    /// Chinese reports hold none, and a reader of English words need not look for one in
    /// each of their sentences.)
    pub latin: bool,
    pub document_date: Option<CivilDate>,
    pub document_date_source: Option<DateSource>,
    /// The quotes asked whether they read as titles, with the answers: the slogans ask it
    /// of the quotes of each paragraph, the references of those of each sentence, and
    /// most are the same spans.
    pub titles: RefCell<Titles>,
    /// The text with its ASCII letters lower-cased, made when an English reader first asks
    /// for it (see [`Document::lowered`]).
    lowered: OnceCell<String>,
}

/// Is `b` an ASCII white space (space, tab, line feed, vertical tab, form feed, carriage
/// return: those `char::is_whitespace` and the regex's narrow `\s` take)?
#[inline]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Is `c` a Han character (CJK ideographs, extensions, compatibility)?
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}' | '〇')
}

/// Counts of Han characters and ASCII letters, for telling the language.
#[derive(Debug, Clone, Copy, Default)]
struct Script {
    han: usize,
    latin: usize,
}

impl Script {
    fn of(text: &str) -> Script {
        // the same count in vectors of 32 bytes where the processor has them: its loop is
        // half the instructions of the 16-byte vectors that every x86_64 has (about 0.6 M a
        // MB of the news, counted by callgrind, where it was 2 % of the pass)
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, as just asked
            return unsafe { Script::of_avx2(text) };
        }
        Script::of_bytes(text)
    }

    /// [`Script::of_bytes`] compiled for AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn of_avx2(text: &str) -> Script {
        Script::of_bytes(text)
    }

    #[inline(always)]
    fn of_bytes(text: &str) -> Script {
        // bytes, not chars: a lead byte E4..E9 starts a character of U+4000..U+9FFF,
        // nearly all of them Han. This loop was a large share of a Document's cost: it is
        // counted in blocks of a length known to the compiler, which become vector code
        // with no byte left over (a block of up to 255 bytes, its counts in a byte each,
        // left up to 31 bytes to a loop of a byte at a time, about half the cost), and
        // the last bytes are counted in a block of zeros, which count as neither
        let mut s = Script::default();
        let blocks = text.as_bytes().chunks_exact(LARGE_BLOCK);
        let rest = blocks.remainder();
        for block in blocks {
            s = s.add(Script::of_block(block, LARGE_BLOCK));
        }
        let blocks = rest.chunks_exact(SMALL_BLOCK);
        let rest = blocks.remainder();
        for block in blocks {
            s = s.add(Script::of_block(block, SMALL_BLOCK));
        }
        let mut last = [0u8; SMALL_BLOCK];
        last[..rest.len()].copy_from_slice(rest);
        s.add(Script::of_block(&last, SMALL_BLOCK))
    }

    /// The counts of `block`, of `len` bytes (at most 255, so that each count fits in a
    /// byte): a constant where it is inlined, for the loop to be unrolled into vector code.
    #[inline(always)]
    fn of_block(block: &[u8], len: usize) -> Script {
        let (mut han, mut latin) = (0u8, 0u8);
        for &b in &block[..len] {
            han += u8::from(b.wrapping_sub(0xE4) < 6);
            latin += u8::from((b | 0x20).wrapping_sub(b'a') < 26);
        }
        Script {
            han: usize::from(han),
            latin: usize::from(latin),
        }
    }

    fn add(self, other: Script) -> Script {
        Script {
            han: self.han + other.han,
            latin: self.latin + other.latin,
        }
    }

    fn language(self) -> Language {
        // an English word is about five letters; a Han character is about a word
        if self.han > 0 && self.han * 5 >= self.latin {
            Language::Zh
        } else {
            Language::En
        }
    }
}

/// The lengths of the blocks [`Script::of`] counts in: 7 and 1 times the 32 bytes of a
/// vector step, each under the 256 that a count of a byte holds.
const LARGE_BLOCK: usize = 224;
const SMALL_BLOCK: usize = 32;

fn is_trim(c: char) -> bool {
    // the White_Space characters of `char::is_whitespace`, written out (its table lookup
    // for non-ASCII was a visible cost at every Chinese sentence end), and two invisibles
    matches!(c,
        '\t'..='\r' | ' ' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}'
        | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
        | '\u{feff}' | '\u{200b}')
}

/// Could a character with this first byte be one that [`is_trim`] takes? ASCII spaces, and
/// the lead bytes C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000..U+205F), E3 (U+3000) and EF
/// (U+FEFF); a letter, a digit or a Han character is none of them.
fn may_trim(lead: u8) -> bool {
    matches!(
        lead,
        b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF
    )
}

/// The span of `s` left when the characters of [`is_trim`] are taken off both ends (empty
/// when nothing is left). Most spans open and close on a letter, a Han character or a
/// full stop: the lead byte, or one character, at the start tells, and the last bytes at
/// the end.
fn trim_span(s: &str) -> Range<usize> {
    let keeps = |c: Option<char>| c.is_some_and(|c| !is_trim(c));
    let start = match s.as_bytes().first() {
        Some(&b) if !may_trim(b) => 0,
        _ if keeps(s.chars().next()) => 0,
        _ => s.len() - s.trim_start_matches(is_trim).len(),
    };
    let rest = &s[start..];
    let end = if rest.is_empty() {
        start
    } else if !ends_in_trim(rest.as_bytes()) {
        s.len()
    } else {
        start + rest.trim_end_matches(is_trim).len()
    };
    start..end
}

/// Does the UTF-8 text `bytes` end in a character of [`is_trim`]? Read from its last
/// bytes, which tell every one of them (a lead byte is never a continuation byte): a line
/// of Chinese ends in `。` (E3 80 82), which decoding and testing cost more than this.
fn ends_in_trim(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [.., b'\t'..=b'\r' | b' ']
            | [.., 0xC2, 0x85 | 0xA0]
            | [.., 0xE1, 0x9A, 0x80]
            | [.., 0xE2, 0x80, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF]
            | [.., 0xE2, 0x81, 0x9F]
            | [.., 0xE3, 0x80, 0x80]
            | [.., 0xEF, 0xBB, 0xBF]
    )
}

thread_local! {
    /// The paragraph and sentence lists of the last document dropped, and its answers of
    /// `is_title`, for the next one to fill: a list of each for every text cost two
    /// allocations of a kilobyte or so, and one more for a text with a quote.
    static SPARE: Cell<(Vec<Paragraph>, Vec<Range<usize>>, Titles)> =
        const { Cell::new((Vec::new(), Vec::new(), Titles::new())) };
}

thread_local! {
    /// The room of the lower-cased text of the last document dropped that made one: a copy
    /// of each English text made a new allocation the size of the text.
    static SPARE_LOWERED: Cell<String> = const { Cell::new(String::new()) };
}

/// The longest lists kept for the next document: a very long text's lists are let go, so
/// that a thread does not hold their memory for the rest of its run.
const SPARE_MAX: usize = 1 << 12;

/// The longest lower-cased text whose room is kept for the next document.
const SPARE_LOWERED_MAX: usize = 1 << 18;

impl Drop for Document<'_> {
    fn drop(&mut self) {
        if let Some(l) = self.lowered.take() {
            if l.capacity() <= SPARE_LOWERED_MAX {
                let _ = SPARE_LOWERED.try_with(|spare| spare.set(l));
            }
        }
        if self.paragraphs.capacity() > SPARE_MAX
            || self.sentences.capacity() > SPARE_MAX
            || self.titles.get_mut().capacity() > SPARE_MAX
        {
            return;
        }
        let lists = (
            std::mem::take(&mut self.paragraphs),
            std::mem::take(&mut self.sentences),
            std::mem::take(self.titles.get_mut()),
        );
        // (while the thread ends, the lists are just dropped)
        let _ = SPARE.try_with(|spare| spare.set(lists));
    }
}

impl<'a> Document<'a> {
    /// Splits `text`; `caller_date`, when given, is the document date. (The extractor,
    /// which has scanned the text, calls [`Document::scanned`].)
    #[cfg(test)]
    pub fn new(text: &'a str, caller_date: Option<CivilDate>) -> Document<'a> {
        let mut marks = Vec::new();
        triggers(&mut marks);
        let hits = crate::prefilter::Prefilter::new(&marks).scan(text);
        Document::read(text, caller_date, &hits, None)
    }

    /// As [`Document::new`], for a text the shared scan has read: its `hits` give the
    /// ends of lines and sentences, and show where the document date may be written.
    pub fn scanned(text: &'a str, caller_date: Option<CivilDate>, hits: &Hits) -> Document<'a> {
        Document::read(text, caller_date, hits, Some(hits))
    }

    /// `marks` give the ends of lines and sentences; `dates`, when given, the marks where
    /// the document date may be written (else every line is read for it).
    fn read(
        text: &'a str,
        caller_date: Option<CivilDate>,
        marks: &Hits,
        dates: Option<&Hits>,
    ) -> Document<'a> {
        let (mut paragraphs, mut sentences, mut titles) =
            SPARE.try_with(Cell::take).unwrap_or_default();
        titles.clear();
        // room for a sentence each 64 bytes and a line each 128, about what both languages
        // average: the vectors are then seldom grown, a visible cost in a short report
        sentences.clear();
        sentences.reserve(text.len() / 64 + 4);
        paragraphs.clear();
        paragraphs.reserve(text.len() / 128 + 4);
        let script = split(
            text,
            marks.of(Lexicon::Break),
            &mut paragraphs,
            &mut sentences,
        );
        let language = script.language();
        let one_language = paragraphs.iter().all(|p| p.language == language);
        let mut doc = Document {
            text,
            language,
            paragraphs,
            sentences,
            one_language,
            latin: script.latin > 0,
            document_date: None,
            document_date_source: None,
            titles: RefCell::new(titles),
            lowered: OnceCell::new(),
        };
        if let Some(d) = caller_date {
            doc.document_date = Some(d);
            doc.document_date_source = Some(DateSource::Caller);
        } else if let Some(d) = crate::dates::document_date(&doc, dates) {
            doc.document_date = Some(d);
            doc.document_date_source = Some(DateSource::Text);
        }
        doc
    }

    /// The text with its ASCII letters lower-cased (every byte offset kept), made the first
    /// time it is asked for and shared by the English readers: the officials' reader and
    /// the meetings' each lower-cased the text it reads, most of an English report.
    pub fn lowered(&self) -> &str {
        self.lowered.get_or_init(|| {
            let mut l = SPARE_LOWERED.try_with(Cell::take).unwrap_or_default();
            l.clear();
            l.push_str(self.text);
            l.make_ascii_lowercase();
            l
        })
    }

    /// [`Document::lowered`] where it is made already.
    pub fn lowered_if_made(&self) -> Option<&str> {
        self.lowered.get().map(String::as_str)
    }

    /// The index of the paragraph holding byte `pos`, or the last one before it.
    pub fn paragraph_index(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= pos);
        i.checked_sub(1)
    }

    /// The paragraph holding byte `pos` (or the nearest before it).
    pub fn paragraph_at(&self, pos: usize) -> Option<&Paragraph> {
        self.paragraph_index(pos).map(|i| &self.paragraphs[i])
    }

    /// The index of the sentence holding byte `pos`, or the last one before it.
    pub fn sentence_index(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.start <= pos);
        i.checked_sub(1)
    }

    /// The sentence span holding byte `pos`; the whole text when there are no sentences.
    pub fn sentence_at(&self, pos: usize) -> Range<usize> {
        match self.sentence_index(pos) {
            Some(i) if self.sentences[i].end >= pos => self.sentences[i].clone(),
            _ => 0..self.text.len(),
        }
    }

    /// The language of the paragraph holding `pos` (the document's when outside any).
    pub fn language_at(&self, pos: usize) -> Language {
        // most documents are in one language: the paragraph is not looked for (a search
        // of the paragraphs for each place asked of, 0.5 M instructions a MB of Chinese)
        if self.one_language {
            return self.language;
        }
        self.paragraph_at(pos)
            .filter(|p| pos <= p.end)
            .map_or(self.language, |p| p.language)
    }
}

/// What a mark of [`Lexicon::Break`] ends, as the `entry` of its trigger: a line, a
/// sentence of an English paragraph, a sentence of a Chinese one (`!` ends both).
pub(crate) mod mark {
    pub const LINE: u32 = 1;
    pub const STOP_EN: u32 = 2;
    pub const STOP_ZH: u32 = 4;
}

/// The marks that end lines (`\n`, `\r`) and sentences (`.!?` in English, `。！？；!` in
/// Chinese), for the shared scan to find: the scan reads every byte anyway, where a search
/// of its own for them stopped at each full-width comma of a Chinese text.
pub(crate) fn triggers(out: &mut Vec<Trigger>) {
    let marks = [
        ("\n", mark::LINE),
        ("\r", mark::LINE),
        (".", mark::STOP_EN),
        ("?", mark::STOP_EN),
        ("!", mark::STOP_EN | mark::STOP_ZH),
        ("。", mark::STOP_ZH),
        ("！", mark::STOP_ZH),
        ("？", mark::STOP_ZH),
        ("；", mark::STOP_ZH),
    ];
    for (pattern, entry) in marks {
        out.push(Trigger::new(pattern, Lexicon::Break, entry));
    }
}

/// The paragraphs and sentences of `text`, into `paragraphs` and `sentences`, and the
/// script of them all. `marks` are the hits of [`Lexicon::Break`], in text order: those
/// between two line ends are the stops of that line.
fn split(
    text: &str,
    marks: &[Hit],
    paragraphs: &mut Vec<Paragraph>,
    sentences: &mut Vec<Range<usize>>,
) -> Script {
    let mut total = Script::default();
    let mut line_start = 0;
    let mut stops_from = 0;
    let line_ends = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| m.entry == mark::LINE)
        .map(|(k, m)| (k, m.start))
        .chain([(marks.len(), text.len())]);
    for (k, i) in line_ends {
        let line = &text[line_start..i];
        let span = trim_span(line);
        if !span.is_empty() {
            let trimmed = &line[span.clone()];
            let start = line_start + span.start;
            let script = Script::of(trimmed);
            total = total.add(script);
            let p = Paragraph {
                start,
                end: start + trimmed.len(),
                language: script.language(),
            };
            split_sentences(text, &p, &marks[stops_from..k], sentences);
            paragraphs.push(p);
        }
        line_start = i + 1;
        stops_from = k + 1;
    }
    total
}

/// Is `word` one whose full stop does not end a sentence? (A `match`, which compares the
/// length first, where a search of a list compared each entry.)
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "No"
            | "Nos"
            | "Vol"
            | "St"
            | "Gen"
            | "Col"
            | "Lt"
            | "Jr"
            | "Sr"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "vs"
            | "etc"
            | "approx"
            | "Fig"
            | "Art"
            | "Co"
            | "Ltd"
            | "Inc"
            | "Corp"
    )
}

/// Does the full stop at `dot` of `para` end a sentence, given what follows?
fn ends_sentence_en(para: &str, dot: usize) -> bool {
    let bytes = para.as_bytes();
    if bytes[dot] == b'.' {
        // the word is the ASCII letters before the stop: a byte of any other character
        // ends it, and the character it belongs to ends right after it
        let word_start = bytes[..dot]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let word = &para[word_start..dot];
        // an initial (`J. Smith`) or an abbreviation (`Oct. 24`, `No. 2`)
        if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
            return false;
        }
        if is_abbreviation(word) {
            return false;
        }
        // a number (`3.5`) or a domain (`gov.cn`)
        if bytes
            .get(dot + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric())
        {
            return false;
        }
    }
    true
}

/// Where the sentence that a terminator at `i` ends really ends: after closing quotes.
fn after_closers(para: &str, mut end: usize) -> usize {
    while let Some(&b) = para.as_bytes().get(end) {
        // a Han character (first byte E4..E9), what most often follows, closes nothing
        if (0xE4..=0xE9).contains(&b) {
            break;
        }
        let Some(c) = para[end..].chars().next() else {
            break;
        };
        if matches!(c, '”' | '’' | '"' | '\'' | '」' | '』' | '）' | ')' | '》') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// The sentences of paragraph `p` into `out`; `stops` are the marks of its line that are
/// no line end (none is trimmed off a line: they all stand inside the paragraph).
fn split_sentences(text: &str, p: &Paragraph, stops: &[Hit], out: &mut Vec<Range<usize>>) {
    let para = &text[p.start..p.end];
    let mut start = 0;
    match p.language {
        Language::En => {
            for stop in stops.iter().filter(|m| m.entry & mark::STOP_EN != 0) {
                let i = stop.start - p.start;
                if i < start {
                    continue;
                }
                let end = after_closers(para, i + 1);
                // a sentence ends where a space and a new sentence follow
                let rest = &para[end..];
                let next = rest.trim_start().chars().next();
                let spaced = rest.starts_with(char::is_whitespace);
                let opens = next.is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || is_han(n) || "“\"‘(（《".contains(n)
                });
                if spaced && opens && ends_sentence_en(para, i) {
                    push_closed(para, p.start, start, end, out);
                    start = end;
                }
            }
        }
        _ => {
            for stop in stops.iter().filter(|m| m.entry & mark::STOP_ZH != 0) {
                let i = stop.start - p.start;
                if i >= start {
                    let end = after_closers(para, stop.end - p.start);
                    push_closed(para, p.start, start, end, out);
                    start = end;
                }
            }
        }
    }
    push_trimmed(para, p.start, start, para.len(), out);
}

/// [`push_trimmed`] for a sentence that ends at its stop (`。！？；.!?`) or a closing
/// quote after it, none of which is trimmed: only its start may be, and something is left.
fn push_closed(para: &str, base: usize, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &para[start..end];
    let lead = match s.as_bytes().first() {
        Some(&b) if !may_trim(b) => 0,
        _ => s.len() - s.trim_start_matches(is_trim).len(),
    };
    debug_assert_eq!(trim_span(s), lead..s.len());
    out.push(base + start + lead..base + end);
}

fn push_trimmed(para: &str, base: usize, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let span = trim_span(&para[start..end]);
    if !span.is_empty() {
        out.push(base + start + span.start..base + start + span.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_every_line_end() {
        let doc = Document::new("a b\r\n\r\n  c d \re\n", None);
        let texts: Vec<_> = doc
            .paragraphs
            .iter()
            .map(|p| &doc.text[p.start..p.end])
            .collect();
        assert_eq!(texts, ["a b", "c d", "e"]);
    }

    #[test]
    fn language_at_is_the_paragraphs() {
        for text in [
            "",
            "市人大常委会召开会议\n2023年09月12日\n\n郑国强主持会议。",
            "BEIJING, Oct. 24\n会议指出，要抓好落实。\nThe meeting was held.\n",
            "The meeting was held.\n\n2023\nIt ended.",
        ] {
            let doc = Document::new(text, None);
            for pos in 0..=text.len() {
                let want = doc
                    .paragraph_at(pos)
                    .filter(|p| pos <= p.end)
                    .map_or(doc.language, |p| p.language);
                assert_eq!(doc.language_at(pos), want, "{text:?} {pos}");
            }
        }
    }

    #[test]
    fn script_counts_as_the_bytes_one_by_one() {
        let piece = "会议Meeting于2023年召开，ZhōngGuó 中国。";
        let mut text = String::new();
        while text.len() < 1200 {
            text.push_str(piece);
            for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                let t = &text[..end];
                let han = t.bytes().filter(|b| (0xE4..=0xE9).contains(b)).count();
                let latin = t.bytes().filter(|b| b.is_ascii_alphabetic()).count();
                let s = Script::of(t);
                assert_eq!((s.han, s.latin), (han, latin), "{end}");
            }
        }
    }

    #[test]
    fn latin_is_whether_the_text_holds_an_ascii_letter() {
        for text in [
            "",
            "会议于2023年召开。",
            "会议于2023年召开。\r\n\r\n出席：A",
            "\n\nz\n",
            "  ZhōngGuó  ",
            "中国\u{3000}。\n“１２”",
        ] {
            let want = text.bytes().any(|b| b.is_ascii_alphabetic());
            assert_eq!(Document::new(text, None).latin, want, "{text:?}");
        }
    }

    #[test]
    fn chinese_sentences_end_after_closing_quotes() {
        let doc = Document::new("他说：“好。”然后走了。", None);
        let texts: Vec<_> = doc.sentences.iter().map(|s| &doc.text[s.clone()]).collect();
        assert_eq!(texts, ["他说：“好。”", "然后走了。"]);
        assert_eq!(doc.language, Language::Zh);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let doc = Document::new(
            "BEIJING, Oct. 24 (Xinhua) -- Mr. Li met J. Smith. Growth was 3.5 percent. “Good,” he said.",
            None,
        );
        let texts: Vec<_> = doc.sentences.iter().map(|s| &doc.text[s.clone()]).collect();
        assert_eq!(
            texts,
            [
                "BEIJING, Oct. 24 (Xinhua) -- Mr. Li met J. Smith.",
                "Growth was 3.5 percent.",
                "“Good,” he said."
            ]
        );
    }

    #[test]
    fn is_trim_is_whitespace_and_two_invisibles() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}';
            assert_eq!(is_trim(c), want, "{c:?}");
        }
    }

    #[test]
    fn ends_in_trim_is_is_trim_of_the_last_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for before in ["", "x", "好"] {
                let s = format!("{before}{c}");
                assert_eq!(ends_in_trim(s.as_bytes()), is_trim(c), "{c:?}");
            }
        }
    }

    #[test]
    fn trim_span_matches_trim_matches() {
        for s in [
            "",
            " ",
            "\u{3000}",
            "a",
            " a ",
            "\u{feff}好。\u{200b}",
            "\u{a0}x\u{85}",
            "。」",
            "“好”",
            "\t \u{2003}b c\u{2029}",
            "é",
            " \u{1680}",
            "x\u{3000}\u{3000}",
        ] {
            let span = trim_span(s);
            let t = s.trim_matches(is_trim);
            assert_eq!(&s[span.clone()], t, "{s:?}");
            if !t.is_empty() {
                assert_eq!(span.start, s.len() - s.trim_start_matches(is_trim).len());
            }
        }
    }

    #[test]
    fn english_sentences() {
        let doc = Document::new("He came. She went.", None);
        let texts: Vec<_> = doc.sentences.iter().map(|s| &doc.text[s.clone()]).collect();
        assert_eq!(texts, ["He came.", "She went."]);
        assert_eq!(doc.language, Language::En);
    }
}
