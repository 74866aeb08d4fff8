//! Meetings held, in English: the noun phrase a verb of holding governs.
//!
//! Object: `X held a central group study (expansion) meeting`, `held the 5th meeting`,
//! `held its 85th Chairperson's Council meeting`, `presided over a meeting of the Political
//! Bureau of the CPC Central Committee`, `held an enlarged meeting and a study meeting of
//! ...` (two). Subject: `the 41st chairman meeting of the 9th CPPCC was held`, `the X
//! meeting and the Y meeting were held` (two), `The meeting of ..., China's top
//! legislature, was presided over by`, `the third meeting of ... opened`.
//! Refused: `will be held`, `to hold`, `is scheduled to convene`; `presided over the
//! meeting` (the meeting named before); `held meetings` (several, named later).

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;

use once_cell::sync::Lazy;
use regex::Regex;

use super::{kind_by_organiser, kind_inside, kind_inside_joined, Heads, Held};
use crate::document::is_ascii_space;
use crate::numerals::en_ordinal;

#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    /// Lower-cased text (borrowed when the text has no capital).
    lower: Cow<'a, str>,
    word: bool,
}

impl Tok<'_> {
    fn lo(&self) -> &str {
        &self.lower
    }
}

/// The tokens of the last sentence read, from `from` to `to`: a sentence with several
/// verbs of holding is tokenised once.
#[derive(Default)]
pub(super) struct Tokens<'a> {
    sentence: Option<Range<usize>>,
    from: usize,
    to: usize,
    toks: Vec<Tok<'a>>,
}

impl Tokens<'_> {
    /// No tokens, in the room of these, for another text: a report's first sentence read
    /// took a new buffer of a kilobyte or more, which made the allocator tidy its free
    /// lists each time.
    // `filter_map` changes the lifetime of the tokens (collected in place), which `filter`
    // cannot
    #[allow(clippy::unnecessary_filter_map)]
    pub(super) fn recycled<'b>(mut self) -> Tokens<'b> {
        self.toks.clear();
        Tokens {
            sentence: None,
            from: 0,
            to: 0,
            toks: self.toks.into_iter().filter_map(|_| None).collect(),
        }
    }

    /// How many tokens the buffer holds room for.
    pub(super) fn capacity(&self) -> usize {
        self.toks.capacity()
    }
}

/// The tokens read start too late in the sentence: what the verb governs reaches before
/// them.
struct Cut;

// The word lists below are `matches!` rather than arrays searched with `contains`: a
// match tells words apart by their length first, not by comparing each of them in turn,
// and they are asked of nearly every token read.

/// Is `w` an article (or a possessive that stands like one)?
fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "its" | "their")
}

/// Does `w` end a meeting's noun phrase? (`of` does not: `meeting of cadres`.)
fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "to" | "on"
            | "in"
            | "at"
            | "for"
            | "with"
            | "which"
            | "that"
            | "by"
            | "and"
            | "was"
            | "were"
            | "is"
            | "are"
            | "from"
            | "under"
            | "during"
            | "where"
            | "after"
            | "before"
            | "since"
            | "through"
            | "via"
            | "yesterday"
            | "today"
            | "this"
            | "who"
            | "as"
            | "respectively"
            | "chaired"
            // `held exchanges around the lecture`: the lecture is the topic
            | "around"
    )
}

/// Does `w`, one of the two words before a verb of holding, announce the meeting rather
/// than report it held (`will be held`, `to be held`, `will hold`, `is scheduled to`)?
fn announces(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "shall"
            | "to"
            | "be"
            | "scheduled"
            | "going"
            | "plans"
            | "must"
            | "should"
            | "need"
            | "needs"
    )
}

/// Is the verb that `prior` (the lower-cased sentence before it, white space trimmed)
/// stands before announced by the word right before it (`will be held`, `is scheduled to
/// convene`)? That word, after an ASCII space, is the token before the verb, which
/// [`held_into`] refuses on reading it: told without reading the tokens of the window
/// (some 80 of the 1,250 verbs a MB of English whose tokens were read were refused so).
fn announced(prior: &str) -> bool {
    // (the word after the last space, as `rsplit_once(' ')` gives it: the standard
    // library's search back for the space cost more than the test)
    memchr::memrchr(b' ', prior.as_bytes()).is_some_and(|i| announces(&prior[i + 1..]))
}

/// Is the verb `lower_verb`, after `prior` (the lower-cased sentence before it, white
/// space trimmed), a meeting's act whose subject is only an article and a generic head
/// (`The meeting heard`, `The session adopted`)? That subject is the meeting named before:
/// [`subject`] reads it as the meeting told of, and a meeting's act names no other. Told
/// without reading the tokens (a report says so of its meeting a few times).
fn acts_named_before(lower_verb: &str, prior: &str) -> bool {
    acts(lower_verb)
        && prior
            .split_once(' ')
            .is_some_and(|(a, g)| is_article(a) && is_generic_word(g))
}

/// Is `w` a generic meeting head?
fn is_generic_word(w: &str) -> bool {
    matches!(
        w,
        "meeting" | "meetings" | "conference" | "conferences" | "session" | "sessions"
    )
}

/// Is `t` an adverb of manner written before a verb (`solemnly`, `successfully`)? A
/// lower-case word in `-ly` that is not a noun (`assembly`, `rally`).
fn is_adverb(text: &str, t: &Tok) -> bool {
    let w = t.lo();
    t.word
        && w.len() >= 5
        && w.ends_with("ly")
        && text.as_bytes()[t.start].is_ascii_lowercase()
        && !matches!(
            w,
            "assembly" | "rally" | "family" | "supply" | "reply" | "early" | "monopoly" | "anomaly"
        )
}

/// Does `w` open a meeting's topic after its head: `meeting on ...`, `symposium marking ...`?
fn is_topic_word(w: &str) -> bool {
    matches!(
        w,
        "on" | "for"
            | "about"
            | "marking"
            | "commemorating"
            | "celebrating"
            | "honoring"
            | "honouring"
            | "to"
            | "themed"
    )
}

const EXPANDED: [&str; 3] = ["expanded", "enlarged", "expansion"];

/// Is `c` a letter or a number (`\p{L}`, `\p{N}`)? ASCII, CJK ideographs and quotation
/// marks are answered without the regex engine.
#[inline]
fn letter_or_number(c: char) -> bool {
    static LETTER: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"^[\p{L}\p{N}]").expect("letter pattern is valid"));
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{4E00}'..='\u{9FFF}' => true,
        '\u{2010}'..='\u{2027}' => false,
        _ => LETTER.is_match(c.encode_utf8(&mut [0; 4])),
    }
}

/// The lower-cased token, borrowed when lower-casing changes nothing.
fn lower(s: &str) -> Cow<'_, str> {
    let same = if s.is_ascii() {
        !s.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        s.chars().all(|c| {
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        })
    };
    if same {
        Cow::Borrowed(s)
    } else if s.is_ascii() {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// The tokens of `range`: `(expanded)`, a word (letters and numbers, with `’`, `'`, `-`
/// inside), or any other character; whitespace separates.
fn tokens(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokens_into(text, None, range, &mut out);
    out
}

/// [`tokens`] into `out` (cleared first), to reuse its buffer. `lowered`, the text with
/// its ASCII letters lower-cased, gives an ASCII token its lower case without a `String`
/// of its own: a sentence holds many capitalised words.
fn tokens_into<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    range: Range<usize>,
    out: &mut Vec<Tok<'a>>,
) {
    out.clear();
    // about one token in five bytes: the buffer grows once, not step by step
    out.reserve(range.len() / 4);
    // the text up to the range's end: offsets are the text's, with no sum for each token
    let s = &text[..range.end];
    let b = s.as_bytes();
    let mut i = range.start;
    while let Some(&x) = b.get(i) {
        let mut end = i + 1;
        // whether the token is a word, and ASCII (known from how it was read)
        let (word, ascii) = match ASCII_CLASS.get(usize::from(x)).copied() {
            Some(SPACE) => {
                i = end;
                continue;
            }
            Some(ALNUM) => {
                // the ASCII run here, one table lookup a byte; [`word_end`] goes on only
                // where a character outside ASCII follows (most words are all ASCII)
                while b.get(end).is_some_and(|&y| word_byte(y)) {
                    end += 1;
                }
                let mut ascii = true;
                if b.get(end).is_some_and(|&y| y >= 0x80) {
                    let (e, wide) = word_end(s, end);
                    end = e;
                    ascii = !wide;
                }
                (true, ascii)
            }
            Some(OPEN) => {
                // `(expanded)`: letters closed at once
                let letters = b[end..]
                    .iter()
                    .take_while(|x| x.is_ascii_alphabetic())
                    .count();
                if letters > 0 && b.get(end + letters) == Some(&b')') {
                    end += letters + 1;
                }
                (true, true)
            }
            Some(_) => (false, true),
            None => {
                // another character is decoded
                let c = s[i..].chars().next().unwrap_or(' ');
                end = i + c.len_utf8();
                if c.is_whitespace() {
                    i = end;
                    continue;
                }
                if letter_or_number(c) {
                    end = word_end(s, end).0;
                }
                (c.is_alphanumeric(), false)
            }
        };
        let lower = match lowered {
            Some(l) if ascii => Cow::Borrowed(&l[i..end]),
            _ => lower(&s[i..end]),
        };
        out.push(Tok {
            start: i,
            end,
            lower,
            word,
        });
        i = end;
        // most tokens are followed by one space: passed here, not by a turn of the loop
        if b.get(i) == Some(&b' ') {
            i += 1;
        }
    }
}

/// Classes of ASCII bytes for [`tokens_into`]: whitespace, a letter or digit, `(`, and
/// any other (a token of its own).
const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const OPEN: u8 = 2;
const MARK: u8 = 3;

/// The [`tokens_into`] class of each ASCII byte.
static ASCII_CLASS: [u8; 128] = {
    let mut t = [MARK; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = match b {
            b' ' | b'\t'..=b'\r' => SPACE,
            b'(' => OPEN,
            _ if b.is_ascii_alphanumeric() => ALNUM,
            _ => MARK,
        };
        i += 1;
    }
    t
};

/// The bytes that go on a word: letters, digits, `'` and `-`, all ASCII. A table of every
/// byte, so that a lookup needs no test of the byte first.
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'\'' || b == b'-';
        i += 1;
    }
    t
};

/// Does the byte `y` go on a word ([`WORD_BYTE`])?
#[inline]
fn word_byte(y: u8) -> bool {
    WORD_BYTE[usize::from(y)]
}

/// The end of the word going on at `end` of `s`: letters and numbers, with `'`, `-` and
/// `’` inside; and whether it took a character outside ASCII.
fn word_end(s: &str, mut end: usize) -> (usize, bool) {
    let b = s.as_bytes();
    let mut wide = false;
    loop {
        // the ASCII run, one table lookup a byte
        end += b[end..].iter().take_while(|&&y| word_byte(y)).count();
        match b.get(end) {
            Some(&y) if y >= 0x80 => {
                let d = s[end..].chars().next().unwrap_or(' ');
                if !(letter_or_number(d) || d == '’') {
                    return (end, wide);
                }
                end += d.len_utf8();
                wide = true;
            }
            _ => return (end, wide),
        }
    }
}

/// Where the first ` of ` of `name` starts, as `find` says: sought at each space rather
/// than by a searcher built for each name.
fn first_of(name: &str) -> Option<usize> {
    let b = name.as_bytes();
    memchr::memchr_iter(b' ', b).find(|&i| b[i..].starts_with(b" of "))
}

/// The kind of a name that holds a part of a meeting before `of`: `opening meeting of the
/// Ninth Congress of the Communist Youth League` is an opening meeting, though the
/// congress's rendering is longer; so is a meeting that conveys one (`conveying meeting of
/// the spirit of the national two sessions`). `normal` is the name's normal form, `span` where it
/// stands in the text.
fn part_kind(name: &str, normal: &str, span: Range<usize>, heads: &Heads) -> Option<&'static str> {
    let o = first_of(name)?;
    // a name that stands in the text as it is read (one space between its words, none of
    // them left out: its normal form the lowered text there) has its words before `of`
    // stand so too, and their normal form is the name's up to there: their renderings are
    // read off the window kept, as the name's are, not sought again
    let same = heads
        .lowered
        .and_then(|l| l.get(span.clone()))
        .is_some_and(|l| l == normal);
    let kind = match normal.get(..o).filter(|_| same) {
        Some(head) => heads.kind_of_name(span.start..span.start + o, head),
        None => kind_inside(&name[..o]),
    };
    kind.map(|k| k.1).filter(|k| {
        matches!(
            *k,
            "opening-meeting" | "closing-meeting" | "preparatory-meeting" | "conveying-meeting"
        )
    })
}

/// Is token `i` a generic meeting head? `Conference` in `Political Consultative
/// Conference` names a body.
fn is_generic(toks: &[Tok], i: usize) -> bool {
    is_generic_word(toks[i].lo()) && !(i > 0 && toks[i - 1].lower == "consultative")
}

fn paren_word<'t>(t: &'t Tok<'_>) -> Option<&'t str> {
    t.lower.strip_prefix('(').and_then(|s| s.strip_suffix(')'))
}

fn is_stop(t: &Tok) -> bool {
    (!t.word) || is_stop_word(t.lo())
}

/// Where to start reading the tokens of the sentence from `start` for the verb at `verb`:
/// after ASCII whitespace (a token starts there whatever stands before, so the tokens read
/// from there are those of the whole sentence), three runs of non-whitespace before the
/// run of the verb or of the `marks`-th clause mark (`,`, `.`, `;`: a token of their own
/// that is no word, where a search back for a comma or a clause's start stops) before it;
/// the sentence's start when it holds fewer. A guess: [`held_in`] says when it falls short.
fn window_start(text: &str, start: usize, verb: usize, marks: usize) -> usize {
    let b = text.as_bytes();
    let space = is_ascii_space;
    let mut i = verb;
    for _ in 0..marks {
        match memchr::memrchr3(b',', b'.', b';', &b[start..i]) {
            Some(m) => i = start + m,
            None => return start,
        }
    }
    for _ in 0..3 {
        // to the start of the run that ends at `i`, then over the whitespace before it
        while i > start && !space(b[i - 1]) {
            i -= 1;
        }
        while i > start && space(b[i - 1]) {
            i -= 1;
        }
    }
    while i > start && !space(b[i - 1]) {
        i -= 1;
    }
    i
}

/// The meetings a verb of holding governs in its sentence, into `out` (cleared first: a
/// list kept for the purpose, where a list for each verb was an allocation).
pub(super) fn held<'a>(
    text: &'a str,
    lowered: &'a str,
    sentence: Range<usize>,
    verb: Range<usize>,
    heads: &Heads,
    cache: &mut Tokens<'a>,
    out: &mut Vec<Held>,
) {
    out.clear();
    // most of a long sentence lies far before its verb: the tokens are read from a little
    // before it, back to the clause's start where the verb's subject matters (back over
    // the appositive of `X, the ..., held`)
    let lower_verb = &lowered[verb.clone()];
    let attends = attends(lower_verb);
    if governs_nothing(lowered, sentence.clone(), verb.clone()) {
        return;
    }
    // `presided over`: `presided` alone governs only an article or a number right after it
    // (see [`held_into`]), and `presided over` is read as a verb of its own; the tokens of
    // its sentence were read for nothing
    if presided_over(lowered, verb.clone()) {
        return;
    }
    let prior = lowered[sentence.start..verb.start].trim_end();
    if announced(prior) || acts_named_before(lower_verb, prior) {
        return;
    }
    let appositive = prior.ends_with(',');
    let marks = match (attends, appositive) {
        (true, _) => 0,
        (false, false) => 1,
        (false, true) => 3,
    };
    let from = window_start(text, sentence.start, verb.start, marks);
    let to = read_to(text, lower_verb, verb.end, sentence.end);
    if cache.sentence.as_ref() != Some(&sentence) || cache.from > from || cache.to < to {
        tokens_into(text, Some(lowered), from..to, &mut cache.toks);
        cache.sentence = Some(sentence.clone());
        cache.from = from;
        cache.to = to;
    }
    let cut = cache.from > sentence.start;
    // `the Shangtang Village Party branch carried out the theme Party day activity` (and a
    // body's collective study: `the Party Group carried out the collective study from
    // January 8 to 12`): a body's theme Party day or study, and nothing else carried out;
    // `organized a residents' deliberation meeting`: one meeting of a kind the catalogue
    // knows, named by its head right after an article (not `organized a special study`,
    // `organized the cadres to …`). Neither after `has` (`has carried out the theme Party
    // day every month`: a habit, no meeting)
    let carried = lower_verb == "carried out";
    let organized = lower_verb == "organized";
    if (carried || organized) && [" has", " have", " had"].iter().any(|w| prior.ends_with(w)) {
        return;
    }
    if organized
        && !["a ", "an ", "the "]
            .iter()
            .any(|a| lowered[verb.end..].trim_start().starts_with(a))
    {
        return;
    }
    let keep = |out: &mut Vec<Held>| {
        if carried {
            out.retain(|m| {
                matches!(
                    m.kind,
                    Some("theme-party-day" | "study-meeting" | "central-group-study")
                ) && m.organiser.is_some()
            });
        } else if organized {
            out.retain(|m| {
                let name = &lowered[m.span.clone()];
                m.kind.is_some()
                    && ["meeting", "conference", "symposium", "forum"]
                        .iter()
                        .any(|h| name.ends_with(h))
            });
        }
        out.retain(|m| !counted(&lowered[m.span.clone()]));
    };
    if held_into(text, lowered, &cache.toks, verb.clone(), heads, cut, out).is_ok() {
        keep(out);
        return;
    }
    out.clear();
    // the verb governs more than was read: the sentence from its start
    tokens_into(
        text,
        Some(lowered),
        sentence.start..cache.to,
        &mut cache.toks,
    );
    cache.from = sentence.start;
    if held_into(text, lowered, &cache.toks, verb, heads, false, out).is_err() {
        out.clear();
    }
    keep(out);
}

/// `has held 9 sessions of collective study`, `held three training classes`: a name that
/// counts meetings sums up many (a year's work), it names no one meeting; and `held`
/// opening a name is the verb of a clause joined by `and` (`name` lower-cased).
fn counted(name: &str) -> bool {
    // the first two words, as `split(' ')` gives them, and whether more follow (the
    // standard library's search for a space cost most of this test, asked of every name)
    let Some(i) = memchr::memchr(b' ', name.as_bytes()) else {
        return false;
    };
    let (first, rest) = (&name[..i], &name[i + 1..]);
    let (second, more) = match memchr::memchr(b' ', rest.as_bytes()) {
        Some(j) => (&rest[..j], true),
        None => (rest, false),
    };
    let plural = second.ends_with('s') && !second.ends_with("ss")
        || name.ends_with('s') && !name.ends_with("ss");
    // (a count is asked of a plural name alone: most names are of one meeting, and the
    // count's words were compared for each)
    let count = plural
        && (first.bytes().all(|b| b.is_ascii_digit()) && first.len() <= 3
            || matches!(
                first,
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "several"
                    | "many"
                    | "multiple"
                    | "dozens"
            ));
    // (`the two sessions` are the yearly sessions of the congress and the CPPCC)
    let two_sessions = first == "two" && second == "sessions" && !more;
    (count && !two_sessions) || matches!(first, "held" | "convened" | "organized" | "organised")
}

/// Verbs of a meeting's acts: `the 41st executive meeting of the Municipal Government
/// heard the report` names a meeting that took place as their subject. [`held_into`]
/// reads only the tokens up to such a verb's own.
fn acts(lower_verb: &str) -> bool {
    matches!(lower_verb, "heard" | "deliberated" | "reviewed" | "adopted")
}

/// Verbs of attending: their object is the meeting attended (`attended the opening
/// meeting of …`, `witnessed the signing ceremony`).
fn attends(lower_verb: &str) -> bool {
    matches!(lower_verb, "attended" | "addressed" | "witnessed")
}

/// Does the verb at `verb` surely govern no meeting, told by the words around it in the
/// lower-cased text without reading its tokens? `attended the meeting.`, `presided over the
/// session and delivered a speech`, `attended.`: after `attended`, `addressed` or a verb
/// of presiding stands a clause mark (or the sentence's end), or `the meeting` (`session`,
/// `conference`) and then a mark or `and`, where [`object`] finds none (the meeting named
/// before); or after a verb of attending, a word that ends a noun phrase (`attended as
/// non-voting participants`). What stands before the verb does not matter then: `attended` holds its object
/// or nothing, and a verb of presiding that is not passive (no `was` before it, nor an
/// adverb that may stand between) holds its object or nothing. Most such verbs are these
/// (a report names its meeting once, then who presided over and attended it).
fn governs_nothing(lowered: &str, sentence: Range<usize>, verb: Range<usize>) -> bool {
    let v = &lowered[verb.clone()];
    let attends = attends(v);
    let presiding = v.starts_with("presid") || v.starts_with("chair");
    if !v.is_ascii() || !(attends || presiding) {
        return false;
    }
    let rest = &lowered[verb.end..sentence.end];
    // `attended as non-voting participants`, `attended on behalf of …`: a word that ends a
    // noun phrase, right after a verb of attending, is where [`object`] stops before any
    // name (but for `and` and `with`, which it may read on over); a token of ASCII letters
    if attends {
        let word = rest.strip_prefix(' ').map(|r| {
            let len = r.bytes().position(|x| !word_byte(x)).unwrap_or(r.len());
            (&r[..len], r.as_bytes().get(len))
        });
        if word.is_some_and(|(w, next)| {
            is_stop_word(w) && !matches!(w, "and" | "with") && next.is_none_or(|&x| x < 0x80)
        }) {
            return true;
        }
    }
    let mark = |r: &str| r.is_empty() || r.starts_with([',', '.', ';']);
    let refers_back = mark(rest)
        || rest.strip_prefix(" the ").is_some_and(|r| {
            ["meeting", "session", "conference"]
                .iter()
                .filter_map(|g| r.strip_prefix(g))
                .any(|after| mark(after) || after.starts_with(" and "))
        });
    if !refers_back {
        return false;
    }
    if attends {
        return true;
    }
    // the word before the verb, if it is a token of ASCII letters: the auxiliary of the
    // passive, or maybe an adverb (`-ly`), where [`held_in`] reads more
    let prior = lowered[sentence.start..verb.start]
        .trim_end_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let letters = prior
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = &prior[prior.len() - letters..];
    // (a token that does not end in a letter is neither)
    if letters == 0 {
        return true;
    }
    // a token of more than these letters is neither, but one whose first byte is outside
    // ASCII may follow whitespace outside ASCII: left to the tokens
    let whole = match prior[..prior.len() - letters].bytes().next_back() {
        None => true,
        Some(x) if x >= 0x80 => return false,
        Some(x) => !word_byte(x),
    };
    let passive = whole && matches!(word, "was" | "were" | "is" | "are" | "been");
    !(word.ends_with("ly") || passive)
}

/// Is the verb at `verb` of the lower-cased text `presided` before `over`?
fn presided_over(lowered: &str, verb: Range<usize>) -> bool {
    lowered[verb.clone()] == *"presided" && over_follows(lowered, verb.end)
}

/// Where the tokens read for the verb `lower_verb` ending at `from` end, within the
/// sentence ending at `end`: at [`window_end`]; but a verb of a meeting's acts tells of its
/// subject alone, and the tokens after it, often to the sentence's end past a quoted title
/// (`The meeting deliberated and adopted the “Measures …”`), were most of those its
/// sentence was read for, and none was looked at: only its own are read ([`run_end`]).
fn read_to(text: &str, lower_verb: &str, from: usize, end: usize) -> usize {
    if acts(lower_verb) {
        run_end(text, from, end)
    } else {
        window_end(text, from, end)
    }
}

/// Is the token after a verb ending at `end` of the lower-cased text `over` (one space,
/// then `over` and a byte of ASCII that goes on no word, or the text's end)? Tokens read
/// to a window's end hold it or no token after the verb.
fn over_follows(lowered: &str, end: usize) -> bool {
    let b = lowered.as_bytes();
    b.get(end..).is_some_and(|r| r.starts_with(b" over"))
        && b.get(end + " over".len())
            .is_none_or(|&x| x < 0x80 && !word_byte(x))
}

/// Where to stop reading the tokens of the sentence ending at `end` for the verb ending at
/// `verb_end`: after the first clause mark (`,`, `.`, `;`) after the verb, a token of its
/// own that is no word. What the verb governs is read forward up to such a token and no
/// further (a name ends at a token that is no word; `and a ... meeting` goes on over words;
/// the `with` of the talks' sides is sought up to the mark, and so are the words after a
/// rendering that runs on over `for`), but for a name opened by a quote, whose closing
/// quote is sought over any token: where a quote stands before the mark, the sentence's
/// end. (The tokens after the verb were most of those a long sentence is read for.)
fn window_end(text: &str, verb_end: usize, end: usize) -> usize {
    let b = &text.as_bytes()[verb_end..end];
    let Some(m) = memchr::memchr3(b',', b'.', b';', b) else {
        return end;
    };
    // `“` is sought where its first byte stands (that of `’` too, in `People’s`)
    let quote = memchr::memchr2_iter(b'"', 0xE2, &b[..m])
        .any(|i| b[i] == b'"' || b[i..].starts_with("“".as_bytes()));
    if quote {
        end
    } else {
        verb_end + m + 1
    }
}

/// Where the run of characters other than ASCII whitespace that goes on at `from` ends,
/// within the sentence ending at `end`: the tokens read up to there end with the whole
/// token of a verb ending at `from` (a token holds no ASCII whitespace, and whitespace
/// beyond ASCII ends one too).
fn run_end(text: &str, from: usize, end: usize) -> usize {
    let b = &text.as_bytes()[from..end];
    from + b.iter().position(|&x| is_ascii_space(x)).unwrap_or(b.len())
}

/// [`held_into`] into a list of its own.
#[cfg(test)]
fn held_in(
    text: &str,
    lowered: &str,
    toks: &[Tok],
    verb: Range<usize>,
    heads: &Heads,
    cut: bool,
) -> Result<Vec<Held>, Cut> {
    let mut out = Vec::new();
    held_into(text, lowered, toks, verb, heads, cut, &mut out).map(|()| out)
}

/// [`held`] over `toks`, the sentence's tokens from one of them on, into `out` (empty);
/// `cut` when they do not start at the sentence's start, and then [`Cut`] where what the
/// verb governs may reach before them (what `out` holds then is no answer).
fn held_into(
    text: &str,
    lowered: &str,
    toks: &[Tok],
    verb: Range<usize>,
    heads: &Heads,
    cut: bool,
    out: &mut Vec<Held>,
) -> Result<(), Cut> {
    debug_assert!(out.is_empty());
    // tokens are in text order: their starts (and ends) rise
    let Ok(v) = toks.binary_search_by_key(&verb.start, |t| t.start) else {
        return Ok(());
    };
    let v_end = toks.binary_search_by_key(&verb.end, |t| t.end).unwrap_or(v);
    // `solemnly opened`, `was successfully held`: the adverbs before the verb are read
    // past, as though the verb stood where they start
    let mut v = v;
    while v > 0 && is_adverb(text, &toks[v - 1]) {
        v -= 1;
    }
    // the words before the verb are read up to three back
    if cut && v < 3 {
        return Err(Cut);
    }
    // a verb is ASCII but for a rare non-ASCII capital: its lower case is read off `lowered`
    let verb_text = &text[verb.clone()];
    let lower: Cow<'_, str> = if verb_text.is_ascii() {
        Cow::Borrowed(&lowered[verb.clone()])
    } else {
        Cow::Owned(verb_text.to_lowercase())
    };
    let before = toks[..v].iter().rev().map(|t| t.lo());
    // announced, not held: `will be held`, `to be held`, `will hold`, `is scheduled to`
    // (`to` two words back is no announcement: `from January 16 to 17 held in`)
    let mut two = before.clone().take(2);
    if two.next().is_some_and(announces) || two.next().is_some_and(|w| w != "to" && announces(w)) {
        return Ok(());
    }
    let passive = before
        .clone()
        .next()
        .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been"));
    let presiding = lower.starts_with("presid") || lower.starts_with("chair");
    // `presided` alone holds only what follows it at once (`presided the 35th executive
    // meeting`, machine translation); `presided over` is read as its own verb
    if &*lower == "presided"
        && toks.get(v_end + 1).is_none_or(|t| {
            !(is_article(t.lo()) || t.lo().starts_with(|c: char| c.is_ascii_digit()))
        })
    {
        return Ok(());
    }
    // `At the closing meeting on the afternoon of the 27th, A made a speech`: a part of the
    // session that took place, named where its sentence opens
    if matches!(&*lower, "closing meeting" | "opening meeting") {
        if !cut && v == 2 && toks[0].lo() == "at" && toks[1].lo() == "the" {
            out.push(Held {
                kind: super::kind_exact(&lower),
                span: verb,
                ..Held::default()
            });
        }
        return Ok(());
    }
    // `After the meeting, A gave a special Party lecture on Party history`: a lecture that
    // took place, named by what was given
    if lower.starts_with("gave ") {
        let mut s = v + 1;
        if toks.get(s).is_some_and(|t| is_article(t.lo())) {
            s += 1;
        }
        if !passive && s <= v_end {
            out.push(Held {
                kind: super::kind_exact(&lowered[toks[s].start..verb.end]),
                span: toks[s].start..verb.end,
                ..Held::default()
            });
        }
        return Ok(());
    }
    // `C and D signed the "Memorandum …" at the signing ceremony`: the ceremony took place
    if &*lower == "signing ceremony" {
        // (or `…, and the signing ceremony was witnessed by A and B`)
        let witnessed = toks.get(v_end + 1).is_some_and(|t| t.lo() == "was")
            && toks.get(v_end + 2).is_some_and(|t| t.lo() == "witnessed");
        let at = v >= 2 && toks[v - 1].lo() == "the" && toks[v - 2].lo() == "at" || witnessed;
        let signed = toks[..v].iter().any(|t| t.lo() == "signed");
        if !at {
            return Ok(());
        }
        if !signed {
            // (who signed may stand before the tokens read)
            return if cut { Err(Cut) } else { Ok(()) };
        }
        out.push(Held {
            kind: super::kind_exact("signing ceremony"),
            span: verb,
            ..Held::default()
        });
        return Ok(());
    }
    // `A met with a delegation led by B`: talks of two sides (`会见`), named by the verb;
    // who met whom is a person or a body of people, not `met with approval`
    if &*lower == "met with" {
        let mut o = v_end + 1;
        if toks.get(o).is_some_and(|t| is_article(t.lo())) {
            o += 1;
        }
        let people = toks.get(o).is_some_and(|t| {
            t.word && text[t.start..].starts_with(|c: char| c.is_ascii_uppercase())
                || matches!(
                    t.lo(),
                    "delegation" | "representatives" | "guests" | "members" | "visitors"
                )
        });
        // (`A met with B …, and the two sides held talks`: the talks named after are it)
        // (read to the sentence's stop, past the tokens of a window)
        let rest = &lowered[verb.end..];
        let rest = &rest[..rest.find(['.', '?', '!', '\n']).unwrap_or(rest.len())];
        let talks_after = rest.contains(" talks");
        if passive || !people || v == 0 || talks_after {
            return Ok(());
        }
        if cut {
            return Err(Cut);
        }
        let sides = toks[0].start..toks[toks.len() - 1].end;
        out.push(Held {
            kind: super::kind_exact("talks"),
            span: verb,
            sides: Some(sides),
            met: true,
            ..Held::default()
        });
        return Ok(());
    }
    // `attended the opening meeting of ...`: a named meeting took place; `attended the
    // meeting` names none
    if attends(&lower) {
        if passive {
            return Ok(());
        }
        out.extend(
            object(text, toks, v_end + 1, heads, None, None)
                .map(|(m, _)| m)
                .filter(|m| !m.generic),
        );
        return Ok(());
    }
    // `an executive meeting of the provincial government held on Monday`: a participle
    // with no object of its own closes the name of the meeting it follows
    let participle = matches!(&*lower, "held" | "convened")
        && v > 0
        && toks[v - 1].word
        && toks.get(v_end + 1).is_some_and(|t| {
            matches!(
                t.lo(),
                "on" | "in" | "at" | "yesterday" | "today" | "last" | "from" | "," | "."
            )
        });
    let either = participle
        || matches!(
            &*lower,
            "opened" | "opens" | "concluded" | "closed" | "kicked off"
        );
    // `the 41st executive meeting of the Municipal Government heard the report`: a meeting
    // named as the subject of what it did took place
    // (no token after the verb's own is read on this way: see [`held`])
    let acted = acts(&lower);
    if acted && passive {
        return Ok(());
    }
    if !passive && !acted {
        let subject = subject_clause(text, toks, v, cut)?;
        let (organiser, chair_span) = if presiding {
            (None, subject)
        } else {
            (subject, None)
        };
        let mut j = v_end + 1;
        // after `and` without an article, only a meeting of a kind named right there
        let mut bare_and = false;
        while let Some((mut m, next)) =
            object(text, toks, j, heads, organiser.clone(), chair_span.clone())
        {
            if bare_and && (m.kind.is_none() || m.generic || m.span.start != toks[j].start) {
                break;
            }
            // `A held talks here on Tuesday with B, who ...`: both sides take part
            if m.kind == Some("talks") && !presiding {
                let mut from = organiser.as_ref().map_or(verb.start, |r| r.start);
                // `A met with B, …, the two sides held talks`: the sides are named before
                let two_sides = organiser.as_ref().is_some_and(|r| {
                    let o = &text[r.clone()];
                    let o = o.strip_prefix("the ").unwrap_or(o);
                    ["two sides", "both sides"]
                        .iter()
                        .any(|w| o.eq_ignore_ascii_case(w))
                });
                if two_sides {
                    // (the tokens must reach back to the sentence's start)
                    if cut {
                        return Err(Cut);
                    }
                    from = toks.first().map_or(from, |t| t.start);
                }
                m.sides = Some(from..with_phrase(toks, next).map_or(verb.start, |w| w.end));
            } else if !presiding {
                // `held a symposium with the delegation led by B`: who it was held with
                // took part
                m.sides = with_phrase(toks, next);
            }
            out.push(m);
            // `held an enlarged meeting and a study meeting of ...`, `held all Party members
            // meeting and organizational life meeting`
            if toks.get(next).is_some_and(|t| t.lower == "and") && next + 1 < toks.len() {
                j = next + 1;
                bare_and = !is_article(toks[j].lo());
            } else {
                break;
            }
        }
        // `The first session of the 18th People's Congress of Lanxi County concluded its
        // closing meeting`: the subject that the object is part of was held too
        let its = toks.get(v_end + 1).is_some_and(|t| t.lower == "its");
        if !either || !out.is_empty() && !its {
            return Ok(());
        }
    }
    // the subject of `was held`, `opened`
    // `had been convened`: the subject stands before the whole auxiliary
    let mut aux = if passive { v - 1 } else { v };
    if passive && aux > 0 && matches!(toks[aux - 1].lo(), "had" | "has" | "have") {
        aux -= 1;
    }
    let mut end = aux;
    // `… First Session from January 16 to 17 held in the auditorium` (machine
    // translation): the subject of a participle stands before its date
    if participle && !passive {
        end = date_start_before(toks, aux);
    }
    let mut shared_organiser = None;
    while let Some(m) = subject(text, toks, end, heads, cut)? {
        let (held, start) = m;
        out.push(held);
        // `the X meeting and the Y meeting were held`
        let mut k = start;
        if k > 0 && is_article(toks[k - 1].lo()) {
            k -= 1;
        }
        if cut && k == 0 {
            return Err(Cut);
        }
        if k > 0 && toks[k - 1].lower == "and" {
            end = k - 1;
            // `the Work Conference and Workers' Congress of the Group`: with no article
            // between them, the body after the last is both meetings'
            if k == start && out.len() == 1 {
                shared_organiser = out[0].organiser.clone();
            }
        } else {
            break;
        }
    }
    if let Some(body) = shared_organiser {
        for m in out.iter_mut().skip(1).filter(|m| m.organiser.is_none()) {
            m.organiser = Some(body.clone());
        }
    }
    out.reverse();
    // `A forum … was held by the United Front Work Department of …`: the body after `by`
    // held it
    if passive && matches!(&*lower, "held" | "convened" | "organized" | "organised") {
        if let Some(body) = by_body(text, toks, v_end + 1) {
            for m in out.iter_mut().filter(|m| m.organiser.is_none()) {
                m.organiser = Some(body.clone());
            }
        }
    }
    // `the spirit of the third plenary session`, then `The plenary session was held in
    // Beijing`: a meeting the report conveys is not held, by any verb
    out.retain(|m| !conveyed_elsewhere(lowered, &lowered[m.span.clone()]));
    // `the upcoming two sessions is held in the key year`: still to come; `since the 13th
    // Municipal Party Congress was convened`: the time since a meeting of the past
    out.retain(|m| {
        let before = lowered[..m.span.start].trim_end();
        let name = &lowered[m.span.clone()];
        let since = before
            .strip_suffix("the")
            .unwrap_or(before)
            .trim_end()
            .strip_suffix("since")
            .is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_alphabetic()));
        !since
            && !["upcoming", "forthcoming"]
                .iter()
                .any(|w| name.starts_with(w) || before.ends_with(w))
    });
    // (a meeting of a kind, named there: `The meeting heard` is the one told of before)
    if acted {
        out.retain(|m| m.kind.is_some() && !m.generic);
    }
    // a participle names a meeting of a known kind, not `an important meeting held at ...`
    // nor one whose spirit is conveyed (`the spirit of the provincial video conference
    // held on September 23`)
    if participle && !passive {
        out.retain(|m| {
            // the clause before the name
            let before = &lowered[..m.span.start];
            let clause = &before[before.rfind([',', ';', '.']).map_or(0, |i| i + 1)..];
            // (`convey the spirit of the Central Economic Work Conference held in
            // Beijing`: the name read back from `held` opens with the spirit)
            let name = &lowered[m.span.clone()];
            let of_spirit = name.contains("spirit of ") || name.contains("principles of ");
            // (a clause's start: its text since the last line break is blank)
            let opens = |c: &str| c[c.rfind('\n').map_or(0, |i| i + 1)..].trim().is_empty();
            // (so is a numbered session whose name, holding no rendering of a kind, opens
            // its clause: `Shitang Township Nineteenth People's Congress First Session from
            // January 16 to 17 held in …`, given its kind by its reference; not `topics
            // determined at the second session of the 13th Provincial CPPCC held in
            // January`)
            (m.kind.is_some() && !m.generic || m.number.is_some() && opens(clause))
                && !of_spirit
                && !clause.contains("spirit of")
                && !clause.contains("principles of")
        });
    }
    Ok(())
}

/// The body named after `by` at token `j` (`by the Municipal Government`, `by the United
/// Front Work Department of the Qingzhou Municipal Party Committee`): capitalised words,
/// with `of`, `the` and `and` between them, the last a word of bodies.
fn by_body(text: &str, toks: &[Tok], j: usize) -> Option<Range<usize>> {
    if toks.get(j)?.lower != "by" {
        return None;
    }
    let mut k = j + 1;
    if toks.get(k).is_some_and(|t| t.lower == "the") {
        k += 1;
    }
    let first = k;
    let mut last = None;
    while let Some(t) = toks.get(k).filter(|_| k < first + 16) {
        let capital = t.word && text[t.start..].starts_with(|c: char| c.is_uppercase());
        if capital {
            last = Some(k);
        } else if !(matches!(t.lo(), "of" | "the" | "and" | "for") || t.lower == "'s") {
            break;
        }
        k += 1;
    }
    let last = last?;
    let body = matches!(
        toks[last].lo(),
        "department"
            | "committee"
            | "commission"
            | "government"
            | "bureau"
            | "office"
            | "federation"
            | "association"
            | "congress"
            | "conference"
            | "cppcc"
            | "group"
            | "league"
            | "court"
            | "procuratorate"
            | "university"
            | "council"
            | "administration"
            | "ministry"
            | "company"
            | "corporation"
    );
    body.then(|| toks[first].start..toks[last].end)
}

/// Does the report convey the spirit of a meeting of this name elsewhere (`convey the
/// spirit of the Central Economic Work Conference`, then `the Central Economic Work
/// Conference held in Beijing`)? An ordinal may stand before the name (`the spirit of the
/// third plenary session`, then `the plenary session held from July 15 to 18`). Read
/// forward from each `spirit of`, which few reports say more than a few times: searching
/// the report for every name read back cost about 1.8 M instructions per MB of English.
fn conveyed_elsewhere(lowered: &str, name: &str) -> bool {
    // a plenum is a plenary session (`the spirit of the Fourth Plenary Session`, then
    // `this plenum is held at the key moment`)
    let also = match name {
        "plenum" => Some("plenary session"),
        "plenary session" => Some("plenum"),
        _ => None,
    };
    SPIRIT_WORDS.iter().any(|f| {
        f.find_iter(lowered.as_bytes()).any(|i| {
            let rest = lowered[i + f.needle().len()..].trim_start_matches(' ');
            let rest = match rest.strip_prefix("the ") {
                Some(r) => r.trim_start_matches(' '),
                None => rest,
            };
            let word_end = rest.find(' ').unwrap_or(rest.len());
            let w = &rest[..word_end];
            let ordinal = matches!(
                w,
                "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh"
            ) || w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|x| w.ends_with(x));
            let names = |r: &str| r.starts_with(name) || also.is_some_and(|a| r.starts_with(a));
            names(rest) || ordinal && names(rest[word_end..].trim_start_matches(' '))
        })
    })
}

/// The searchers of `spirit of` and `principles of`, made once.
static SPIRIT_WORDS: Lazy<[memchr::memmem::Finder<'static>; 2]> =
    Lazy::new(|| ["spirit of", "principles of"].map(|w| memchr::memmem::Finder::new(w.as_bytes())));

/// The `with` phrase of the clause from token `j` on (`here on Tuesday with Norwegian
/// Foreign Minister Ingrid Solheim`): from after `with` to where the clause ends.
fn with_phrase(toks: &[Tok], j: usize) -> Option<Range<usize>> {
    let rest = toks.get(j..)?;
    let ends = |t: &Tok| matches!(t.lo(), "," | "." | ";" | "who" | "which" | "to" | "on");
    let w = rest
        .iter()
        .take_while(|t| !matches!(t.lo(), "," | "." | ";"))
        .position(|t| t.lower == "with")?;
    let after = &rest[w + 1..];
    let last = after.iter().position(ends).unwrap_or(after.len());
    (last > 0).then(|| rest[w].end..after[last - 1].end)
}

/// The subject before a verb: the last comma-separated part of the clause, without an
/// appositive, a leading article or trailing time words. With `cut` (`toks` start inside
/// the sentence), [`Cut`] where a search back reaches their start.
fn subject_clause(
    text: &str,
    toks: &[Tok],
    v: usize,
    cut: bool,
) -> Result<Option<Range<usize>>, Cut> {
    let mut end = v;
    // `X, the country's top political advisory body, held`
    if end > 0 && toks[end - 1].lower == "," {
        let Some(c) = toks[..end - 1].iter().rposition(|t| t.lower == ",") else {
            return if cut { Err(Cut) } else { Ok(None) };
        };
        end = c;
    }
    // `on Friday`, `on Monday`, `yesterday`; and an auxiliary (`the city had already
    // held`)
    while end > 0
        && matches!(
            toks[end - 1].lo(),
            "yesterday"
                | "today"
                | "respectively"
                | "also"
                | "jointly"
                | "recently"
                | "already"
                | "had"
                | "has"
                | "have"
        )
    {
        end -= 1;
    }
    if cut && end < 2 {
        return Err(Cut);
    }
    if end >= 2 && toks[end - 2].lower == "on" {
        end -= 2;
    }
    // `Huaxin Energy Group Co., Ltd.`: the marks of a company's suffix are part of its name
    let suffix = |i: usize| i > 0 && matches!(toks[i - 1].lo(), "co" | "ltd" | "inc" | "corp");
    let in_name = |i: usize| match toks[i].lower.as_ref() {
        "’" => true,
        "." => suffix(i),
        "," => i >= 2 && toks[i - 1].lower == "." && suffix(i - 1),
        _ => false,
    };
    let Some(mut start) = (0..end)
        .rev()
        .find(|&i| !toks[i].word && !in_name(i))
        .map(|i| i + 1)
        .or((!cut).then_some(0))
    else {
        return Err(Cut);
    };
    while start < end && (is_article(toks[start].lo()) || toks[start].lower == "and") {
        start += 1;
    }
    // `The meeting room on the second floor of the hall of X held`: the room, then its body
    if let Some(of) = place_before(toks, start, end) {
        start = of + 1;
        while start < end && is_article(toks[start].lo()) {
            start += 1;
        }
    }
    if start >= end || end - start > 20 {
        return Ok(None);
    }
    let r = toks[start].start..toks[end - 1].end;
    // a date is not an organiser
    let s = &text[r.clone()];
    if s.starts_with("On ") || s.starts_with("on ") {
        return Ok(None);
    }
    Ok(Some(r))
}

/// Where tokens `start..end` open with a place (`meeting room on the second floor of the
/// hall of`), the last `of` of that place: what follows it is the body.
fn place_before(toks: &[Tok], start: usize, end: usize) -> Option<usize> {
    let mut place = false;
    let mut last_of = None;
    for (i, t) in toks.iter().enumerate().take(end).skip(start) {
        match t.lo() {
            "room" | "hall" | "auditorium" | "venue" | "floor" | "building" => place = true,
            "of" if place => last_of = Some(i),
            "the" | "meeting" | "conference" | "lecture" | "multi-function" | "multifunction"
            | "main" | "video" | "office" | "large" | "small" | "first" | "second" | "third"
            | "fourth" | "fifth" | "sixth" | "on" | "in" => {}
            _ => break,
        }
    }
    last_of
}

/// The index of the last token in `from..to` that ends a meeting head: a catalogue
/// rendering or `meeting`/`conference`/`session`.
fn last_head(text: &str, toks: &[Tok], from: usize, to: usize, heads: &Heads) -> Option<usize> {
    if from >= to {
        return None;
    }
    let range = toks[from].start..toks[to - 1].end;
    // the last token a rendering ends with: token ends rise, so each rendering's end is
    // found by a binary search (no list of the ends is kept)
    let within = &toks[from..to];
    let mut last: Option<usize> = None;
    heads.each_within(text, range, |r| {
        if let Ok(k) = within.binary_search_by_key(&r.end, |t| t.end) {
            last = last.max(Some(from + k));
        }
    });
    let generic = (from..to).rev().find(|&i| is_generic(toks, i));
    last.max(generic)
}

/// The name that tokens `toks` make without `(expanded)`, and the form renderings are
/// compared in ([`normalise`](super::normalise) of the name), made from the same tokens:
/// they hold no whitespace and are joined by one space, so each is normalised alone, an
/// ASCII one by taking its lower case as read (a name is mostly capitalised: normalising
/// it again char by char cost a fifth of [`make`]). Written into `name` and `normal`
/// (cleared first), buffers kept for the purpose: most names are read for their kind
/// alone, and two strings for each cost more than the reading.
fn name_and_normal_into(
    text: &str,
    toks: &[Tok],
    len: usize,
    name: &mut String,
    normal: &mut String,
) {
    name.clear();
    normal.clear();
    name.reserve(len);
    normal.reserve(len);
    for t in toks {
        if paren_word(t).is_some_and(|w| EXPANDED.contains(&w)) {
            continue;
        }
        if !name.is_empty() {
            name.push(' ');
            normal.push(' ');
        }
        let word = &text[t.start..t.end];
        name.push_str(word);
        if word.is_ascii() {
            normal.push_str(t.lo());
        } else {
            normal.extend(word.chars().map(|c| match c {
                '’' | '‘' => '\'',
                c => c.to_ascii_lowercase(),
            }));
        }
    }
}

/// Do tokens `toks` (at least one) stand in `text` as [`name_and_normal_into`] joins them:
/// all ASCII, each after the one before and one space, none of them `(expanded)`? Then
/// the name it makes is the text from the first to the last, and its normal form the
/// text's ASCII lower case there.
fn written_as_read(text: &str, toks: &[Tok]) -> bool {
    let b = text.as_bytes();
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    b[first.start..last.end].is_ascii()
        && toks
            .windows(2)
            .all(|p| p[1].start == p[0].end + 1 && b[p[0].end] == b' ')
        && !toks
            .iter()
            .any(|t| paren_word(t).is_some_and(|w| EXPANDED.contains(&w)))
}

thread_local! {
    /// The buffers of [`name_and_normal_into`] for [`make`].
    static NAME: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

/// A meeting named by tokens `from..=head` (and an `of ...` after it up to `np_end`).
#[allow(clippy::too_many_arguments)]
fn make(
    text: &str,
    toks: &[Tok],
    from: usize,
    head: usize,
    np_end: usize,
    organiser: Option<Range<usize>>,
    chair_span: Option<Range<usize>>,
    heads: &Heads,
) -> Held {
    // `meeting of the State Council`; a topic after the head (`meeting to commemorate the
    // 120th anniversary of ...`, `meeting on flood control`) names no body
    let topic = toks
        .get(head + 1)
        .is_some_and(|t| t.lower == "to" || t.lower == "on");
    let last = if toks.get(head + 1).is_some_and(|t| t.lower == "of" || topic) && np_end > head + 2
    {
        np_end - 1
    } else {
        head
    };
    // `held study session (expansion)`: the mark after the name is part of it
    let last = if toks
        .get(last + 1)
        .is_some_and(|t| paren_word(t).is_some_and(|w| EXPANDED.contains(&w)))
    {
        last + 1
    } else {
        last
    };
    let span = toks[from].start..toks[last].end;
    let name_toks = &toks[from..=last];
    let expanded = name_toks
        .iter()
        .any(|t| EXPANDED.contains(&paren_word(t).unwrap_or(t.lo())));
    let is_ordinal = |t: &Tok| en_ordinal(&t.lower).filter(|_| t.lower.len() <= 12);
    let mut number = is_ordinal(&name_toks[0]);
    // the body's `of` stands before a topic, not inside it
    let of_at = name_toks
        .iter()
        .position(|t| t.lower == "of")
        .filter(|&o| !topic || o < head - from);
    // `of the 11th CPPCC`, not `of the third session`: a term is a body's
    let body_ordinal = |w: &[Tok]| {
        w.windows(2).find_map(|p| {
            let next = &text[p[1].start..p[1].end];
            let body = next.starts_with(|c: char| c.is_uppercase())
                && !matches!(p[1].lo(), "session" | "meeting" | "plenary");
            is_ordinal(&p[0]).filter(|_| body)
        })
    };
    let mut term = of_at.and_then(|o| body_ordinal(&name_toks[o..]));
    // `14th Executive Committee Sixth (Enlarged) Meeting`, `Shitang Township 19th People's
    // Congress First Session`: the number right before the head, the body's term before it
    let mut before_head = head;
    if before_head > from && paren_word(&toks[before_head - 1]).is_some() {
        before_head -= 1;
    }
    if before_head > from + 1
        && matches!(toks[head].lo(), "meeting" | "session")
        && text[toks[before_head - 2].start..].starts_with(|c: char| c.is_ascii_uppercase())
        && !is_article(toks[before_head - 2].lo())
    {
        if let Some(n) = is_ordinal(&toks[before_head - 1]) {
            number = Some(n);
            term = term.or_else(|| body_ordinal(&toks[from..before_head]));
        }
    }
    // `provincial government 12th executive meeting` (machine translation): the number
    // before the word that makes the meeting's kind, after the body
    if number.is_none()
        && before_head > from + 1
        && matches!(toks[head].lo(), "meeting" | "session")
        && matches!(
            toks[before_head - 1].lo(),
            "executive" | "standing" | "plenary" | "chairman" | "chairmen" | "director"
        )
    {
        number = is_ordinal(&toks[before_head - 2]);
    }
    let mut organiser = organiser;
    // `meeting of the State Council`: the body after `of` holds it
    if let Some(o) = of_at {
        if organiser.is_none() {
            let mut s = from + o + 1;
            while s <= last && is_article(toks[s].lo()) {
                s += 1;
            }
            if s <= last {
                organiser = Some(toks[s].start..toks[last].end);
            }
        }
    }
    if term.is_none() && number.is_some() {
        if let Some(o) = &organiser {
            // the organiser is a run of the sentence's tokens: read them, not again the text
            let first = toks.binary_search_by_key(&o.start, |t| t.start);
            let last = toks.binary_search_by_key(&o.end, |t| t.end);
            term = match (first, last) {
                (Ok(a), Ok(b)) if a <= b => body_ordinal(&toks[a..=b]),
                _ => body_ordinal(&tokens(text, o.clone())),
            };
        }
    }
    let head_word = (from..=head)
        .find(|&i| is_generic(toks, i))
        .map_or("meeting", |i| toks[i].lower.trim_end_matches('s'));
    let named = |name: &str, normal: &str| named_kind(name, normal, span.clone(), head_word, heads);
    // most names stand in the text as they are read: ASCII words, one space between them,
    // none left out. Such a name is its text, and its normal form the lowered text there
    // ([`name_and_normal_into`] would copy both, word by word)
    let as_read = heads.lowered.filter(|_| written_as_read(text, name_toks));
    let (mut kind, generic) = match as_read {
        Some(lowered) => named(&text[span.clone()], &lowered[span.clone()]),
        None => NAME.with(|cell| match cell.try_borrow_mut() {
            Ok(mut buffers) => {
                let (name, normal) = &mut *buffers;
                name_and_normal_into(text, name_toks, span.len(), name, normal);
                let found = named(name, normal);
                // (the room of a very long name is not kept)
                if name.capacity() > 1 << 12 {
                    *buffers = Default::default();
                }
                found
            }
            // never taken: no name is read inside another
            Err(_) => {
                let (mut name, mut normal) = (String::new(), String::new());
                name_and_normal_into(text, name_toks, span.len(), &mut name, &mut normal);
                named(&name, &normal)
            }
        }),
    };
    let org = organiser.as_ref().map(|r| &text[r.clone()]);
    if kind.is_none() {
        // the name holds no rendering (looked up above)
        kind = kind_by_organiser(org, head_word)
            // a conference of no other kind is a work conference (`the Provincial Science
            // and Technology Innovation Conference`, `2024 work safety and quality
            // conference`)
            .or_else(|| (head_word == "conference").then_some("work-conference"));
    } else if kind == Some("study-meeting") {
        // a collective study is of the kind its organiser makes: `the theoretical learning
        // center group held the 10th collective learning`
        kind = org
            .and_then(|o| kind_inside_joined(&[o, " ", "study"]))
            .map_or(kind, |k| Some(k.1));
    }
    Held {
        span,
        kind,
        expanded,
        number,
        term,
        organiser,
        chair_span,
        sides: None,
        met: false,
        generic,
    }
}

/// The kind of meeting `name` (at `span`, of the normal form `normal`, its generic head
/// `head_word`) names, and whether it is generic (holds no rendering); `None` where its
/// organiser alone may tell it.
fn named_kind(
    name: &str,
    normal: &str,
    span: Range<usize>,
    head_word: &str,
    heads: &Heads,
) -> (Option<&'static str>, bool) {
    let mut kind = part_kind(name, normal, span.clone(), heads)
        .or_else(|| heads.kind_of_name(span, normal).map(|k| k.1));
    // `9th meeting of the 18th Standing Committee of … People's Congress`: a term's
    // ordinal parts `meeting of the` from `Standing Committee`; a longer rendering read
    // without it wins (`meeting of the Standing Committee` over `People's Congress`)
    // (the first ` of the `, as `find` says: sought at each space, as [`first_of`] seeks,
    // where `find` built a searcher for each name)
    let of_the = {
        let b = normal.as_bytes();
        memchr::memchr_iter(b' ', b).find(|&i| b[i..].starts_with(b" of the "))
    };
    if let Some(i) = of_the {
        let after = &normal[i + " of the ".len()..];
        if let Some((_, rest)) = after
            .split_once(' ')
            .filter(|(w, r)| en_ordinal(w).is_some() && r.starts_with("standing committee"))
        {
            let found = kind_inside_joined(&[&normal[..i], " of the ", rest]);
            let before = kind.and_then(|_| kind_inside(normal)).map_or(0, |k| k.0);
            if let Some((_, id)) = found.filter(|k| k.0 > before) {
                kind = Some(id);
            }
        }
    }
    if kind.is_none() && head_word == "meeting" {
        // `14th Executive Committee Sixth (Enlarged) Meeting`: the meeting's number stands
        // between its body and its head
        if let Some((body, ordinal, last)) = normal
            .rsplit_once(' ')
            .and_then(|(rest, last)| rest.rsplit_once(' ').map(|(b, o)| (b, o, last)))
        {
            if en_ordinal(ordinal).is_some() {
                kind = kind_inside_joined(&[body, " ", last]).map(|k| k.1);
            }
        }
    }
    let generic = kind.is_none();
    if kind.is_none() {
        // `third meeting of the 16th X Committee of the CPPCC`: a session of that body
        if let Some(o) = first_of(name) {
            let rest = name[o + 4..].trim_start_matches("the ");
            let rest = rest
                .split_once(' ')
                .filter(|(w, _)| en_ordinal(w).is_some())
                .map_or(rest, |(_, r)| r);
            // (not a time: `its 21st meeting of the year` is no `year meeting`)
            if matches!(rest, "year" | "month" | "week" | "day") {
                return (None, generic);
            }
            kind = [head_word, "session", "meeting"]
                .iter()
                .find_map(|h| kind_inside_joined(&[rest, " ", h]))
                .map(|k| k.1);
        }
    }
    (kind, generic)
}

/// The meeting named after a verb (from token `j`), and the index after its phrase.
fn object(
    text: &str,
    toks: &[Tok],
    j: usize,
    heads: &Heads,
    organiser: Option<Range<usize>>,
    chair_span: Option<Range<usize>>,
) -> Option<(Held, usize)> {
    let mut from = j;
    let article = toks
        .get(from)
        .filter(|t| is_article(t.lo()))
        .map(|t| t.lower.clone());
    if article.is_some() {
        from += 1;
    }
    // `held heart-to-heart talks among team members` (谈心谈话): conversations, no meeting
    let rest = toks.get(from).map_or("", |t| &text[t.start..]);
    if rest
        .get(.."heart-to-heart".len())
        .is_some_and(|w| w.eq_ignore_ascii_case("heart-to-heart"))
    {
        return None;
    }
    let name_end = |mut k: usize| {
        // a name opened by a quoted title: `the "Spring Plowing Hundred Days Tackle"
        // mobilization meeting`
        if k == from && toks.get(k).is_some_and(|t| matches!(&*t.lower, "\"" | "“")) {
            let close = toks[k + 1..]
                .iter()
                .take(12)
                .position(|t| matches!(&*t.lower, "\"" | "”"));
            if let Some(q) = close {
                k += q + 2;
            }
        }
        // `of the Municipal Commission for Comprehensively Deepening Reform`: `for` between
        // capitalised words is inside a body's name
        let capital = |t: &Tok| text[t.start..].starts_with(|c: char| c.is_uppercase());
        let inner_for = |k: usize| {
            toks[k].lower == "for"
                && k > from
                && capital(&toks[k - 1])
                && toks.get(k + 1).is_some_and(capital)
        };
        while k < toks.len()
            && k - from < 20
            && !(is_stop(&toks[k]) && paren_word(&toks[k]).is_none() && !inner_for(k))
        {
            k += 1;
        }
        k
    };
    let mut k = name_end(from);
    // a rendering may run on over the `for`, `on` or `to` that ends the name, up to a few
    // words on (see below): the renderings of the name and of those words are found in one
    // search, which the name's head is read from
    let runs_on = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lo(), "for" | "on" | "to"))
            .then(|| {
                // up to seven words on, whatever they are, to the clause's next mark
                (k + 1..(k + 8).min(toks.len()))
                    .take_while(|&i| toks[i].word)
                    .last()
                    .map_or(k + 1, |i| i + 1)
            })
            .filter(|&further| further > k + 1)
    };
    if let Some(further) = runs_on(k) {
        heads.each_within(text, toks[from].start..toks[further - 1].end, |_| {});
    }
    // the head of the name read, kept: sought again only where the name goes on
    let mut head = last_head(text, toks, from, k, heads);
    // `the flood prevention and drought relief deployment video conference`: a name with
    // no head before `and` goes on to the head after it
    // (and machine translation's long topics: `the county consolidating and expanding the
    // achievements of poverty alleviation effectively connecting with rural revitalization
    // working conference`, over `and`, then a `with` that no article follows)
    let mut at = k;
    while head.is_none() && at - from < 30 {
        let joins = toks.get(at).is_some_and(|t| {
            t.lower == "and"
                || (t.lower == "with"
                    && at >= from + 3
                    && toks
                        .get(at + 1)
                        .is_some_and(|n| n.word && !is_article(n.lo())))
        });
        if !joins {
            break;
        }
        let further = name_end(at + 1);
        if further == at + 1 {
            break;
        }
        if last_head(text, toks, at + 1, further, heads).is_some() {
            k = further;
            head = last_head(text, toks, from, k, heads);
        }
        at = further;
    }
    let Some(mut head) = head else {
        // machine translation drops the head: `held a special work,`
        if matches!(article.as_deref(), Some("a" | "an")) && k > from && k - from <= 3 {
            let np = &text[toks[from].start..toks[k - 1].end];
            if let Some((_, id)) = kind_inside_joined(&[np, " meeting"]) {
                let mut m = make(text, toks, from, k - 1, k, organiser, chair_span, heads);
                m.kind = Some(id);
                return Some((m, k));
            }
        }
        return None;
    };
    // `the summary meeting for the theme education of …`: a rendering of the catalogue that
    // runs on over the stop word (`summary meeting for the theme education`) ends the name
    // (and over `to`: `a grand conference to commend model workers`)
    if let Some(further) = runs_on(k) {
        let mut end = None;
        let (head_start, stop_start) = (toks[head].start, toks[k].start);
        heads.each_within(text, toks[from].start..toks[further - 1].end, |r| {
            if r.start <= head_start && r.end > stop_start {
                end = end.max(Some(r.end));
            }
        });
        if let Some(e) = end {
            if let Some(last) = (k + 1..further).find(|&i| toks[i].end == e) {
                head = last;
                k = last + 1;
            }
        }
    }
    // `the 2024 District Work Conference on Comprehensively and Strictly Governing the
    // Party`: a name in title case goes on over `on` and a topic in title case, to its
    // last capitalised word (`and warning education meeting` after it is another meeting)
    let capital = |t: &Tok| text[t.start..].starts_with(|c: char| c.is_uppercase());
    if k == head + 1
        && toks.get(k).is_some_and(|t| t.lower == "on")
        && capital(&toks[head])
        && toks
            .get(k + 1)
            .is_some_and(|t| t.word && capital(t) && !names_a_day(t.lo()))
    {
        let small = |t: &Tok| matches!(t.lo(), "and" | "of" | "the" | "for" | "in" | "to" | "with");
        let last = (k + 1..toks.len().min(k + 16))
            .take_while(|&i| toks[i].word && (capital(&toks[i]) || small(&toks[i])))
            .filter(|&i| capital(&toks[i]))
            .last();
        if let Some(l) = last {
            k = l + 1;
        }
    }
    let only_generic = (from..=head).all(|i| is_generic(toks, i));
    // `presided over the meeting`: the meeting named before; `held meetings`: several
    if only_generic && (article.as_deref() == Some("the") || toks[head].lower.ends_with('s')) {
        return None;
    }
    let m = make(text, toks, from, head, k, organiser, chair_span, heads);
    if m.kind.is_none() && only_generic && m.organiser.is_none() {
        return None;
    }
    Some((m, k))
}

/// Does `word` (lower case) open a date: a month's or a weekday's name (`on March 3`, `on
/// Monday` after a name is its date, no topic)?
fn names_a_day(word: &str) -> bool {
    crate::dates::MONTH_NAMES
        .iter()
        .flat_map(|names| names.iter())
        .any(|m| m.eq_ignore_ascii_case(word))
        || crate::dates::is_en_weekday(word)
}

/// Whether the tokens before `i` end with a meeting's head (`Work Conference`, `Workers'
/// Congress`; not `People's Congress`, a body).
fn ends_meeting(toks: &[Tok], i: usize) -> bool {
    let Some(head) = i.checked_sub(1).map(|h| toks[h].lo()) else {
        return false;
    };
    match head {
        "conference" | "meeting" | "forum" | "symposium" | "assembly" => true,
        "congress" => i < 2 || !matches!(toks[i - 2].lo(), "people's" | "people’s"),
        _ => false,
    }
}

/// Where a date right before token `v` starts (`from January 16 to 17`, `on March 3`,
/// `March 3`); `v` where none stands there.
fn date_start_before(toks: &[Tok], v: usize) -> usize {
    let day = |t: &Tok| t.lower.len() <= 4 && t.lower.starts_with(|c: char| c.is_ascii_digit());
    // (a month's full name, the first the dates' reader knows)
    let month = |t: &Tok| {
        crate::dates::MONTH_NAMES
            .iter()
            .any(|names| names[0].eq_ignore_ascii_case(t.lo()))
    };
    let mut k = v;
    if k >= 2 && day(&toks[k - 1]) && toks[k - 2].lower == "to" {
        k -= 2;
    }
    if !(k >= 2 && day(&toks[k - 1]) && month(&toks[k - 2])) {
        return v;
    }
    k -= 2;
    if k >= 1 && matches!(toks[k - 1].lo(), "from" | "on") {
        k -= 1;
    }
    k
}

/// The meeting named before token `end` (the verb or its auxiliary), and the index where
/// its name starts.
/// With `cut` (`toks` start inside the sentence), [`Cut`] where a search back reaches
/// their start.
fn subject(
    text: &str,
    toks: &[Tok],
    end: usize,
    heads: &Heads,
    cut: bool,
) -> Result<Option<(Held, usize)>, Cut> {
    let mut e = end;
    // an appositive: `The meeting of ..., China's top legislature, was presided over`
    if e > 0 && toks[e - 1].lower == "," {
        let Some(c) = toks[..e - 1].iter().rposition(|t| t.lower == ",") else {
            return if cut { Err(Cut) } else { Ok(None) };
        };
        // (not a clause of its own: `…, conveyed and studied the spirit of …, reviewed the
        // economic work`, whose subject is the meeting before)
        // (but `…, hosted by the Municipal Market Supervision Administration, was held`: a
        // participle and its agent, the meeting's)
        let inside = &toks[c + 1..e - 1];
        let clause = inside.iter().enumerate().any(|(k, t)| {
            t.word
                && t.lower.len() > 4
                && t.lower.ends_with("ed")
                && text[t.start..].starts_with(|c: char| c.is_ascii_lowercase())
                && !(k == 0 && inside.get(1).is_some_and(|n| n.lower == "by"))
        });
        if clause {
            return Ok(None);
        }
        e = c;
    }
    if e == 0 {
        return if cut { Err(Cut) } else { Ok(None) };
    }
    let mut b = e;
    while b > 0 && e - b < 24 {
        let t = &toks[b - 1];
        if paren_word(t).is_some() {
            b -= 1;
            continue;
        }
        // `of the Federation of Industry and Commerce (General Chamber of Commerce)`: a
        // body's other name in brackets, after a capitalised word, is part of the name
        if t.lower == ")" {
            let open = (b.saturating_sub(9)..b - 1)
                .rev()
                .find(|&k| toks[k].lower == "(");
            if let Some(open) = open.filter(|&o| {
                o > 0
                    && (o + 1..b - 1).all(|k| toks[k].word)
                    && text[toks[o - 1].start..].starts_with(|c: char| c.is_uppercase())
            }) {
                b = open;
                continue;
            }
        }
        // (`the fourth Financial and Economic Affairs Commission meeting`: an `and`
        // between capitalised words is inside a body's name)
        let capital = |i: usize| text[toks[i].start..].starts_with(|c: char| c.is_uppercase());
        // (not after a meeting's head: `the 2023 Work Conference and Workers' Congress of
        // the Group were held` are two meetings held together)
        let inner_and = t.lower == "and"
            && b >= 2
            && b < toks.len()
            && capital(b - 2)
            && capital(b)
            && !ends_meeting(toks, b - 1);
        if !t.word || (t.lower == "and" && !inner_and) {
            break;
        }
        if is_article(t.lo()) {
            if b >= 2 && toks[b - 2].lower == "of" {
                b -= 1;
                continue;
            }
            break;
        }
        if t.lower != "of" && !inner_and && is_stop_word(t.lo()) {
            // `the Commission for Discipline Inspection`: a body's name holds `for`
            let body = t.lower == "for"
                && b >= 2
                && matches!(toks[b - 2].lower.as_ref(), "commission" | "committee");
            if !body {
                break;
            }
        }
        b -= 1;
    }
    // the loop read two tokens back from `b`
    if cut && b < 2 {
        return Err(Cut);
    }
    // `a special meeting on flood control was held`, `a symposium marking the 130th
    // anniversary of ... was held`: the head stands before the topic
    let mut topic_end = None;
    // the head of the words read, kept: asked for again below unless a topic moves them
    let mut head = last_head(text, toks, b, e, heads);
    if head.is_none() {
        let mut p = b;
        if p > 0 && is_article(toks[p - 1].lo()) {
            p -= 1;
        }
        if cut && p < 2 {
            return Err(Cut);
        }
        if p > 0
            && matches!(toks[p - 1].lo(), "mark" | "commemorate" | "celebrate")
            && p >= 2
            && toks[p - 2].lower == "to"
        {
            p -= 1;
        }
        // (`A forum for overseas Chinese and compatriots from Hong Kong and Macao was
        // held`: the topic's own `and` stopped the walk back, so its words are searched
        // for the topic's word, up to a mark)
        let topic = p
            .checked_sub(1)
            .filter(|&i| is_topic_word(toks[i].lo()))
            .or_else(|| {
                let from = p.saturating_sub(16);
                let t = (from..p)
                    .rev()
                    .take_while(|&i| toks[i].word)
                    .find(|&i| is_topic_word(toks[i].lo()) && toks[i].lower != "to");
                t.filter(|&t| (t..p).any(|i| toks[i].lower == "and"))
            });
        if cut && topic.is_none() && p < 16 && toks[..p].iter().all(|t| t.word) {
            return Err(Cut);
        }
        if let Some(t) = topic {
            let mut c = t;
            while c > 0
                && e - c < 30
                && toks[c - 1].word
                && !is_article(toks[c - 1].lo())
                && !is_stop_word(toks[c - 1].lo())
            {
                c -= 1;
            }
            if cut && c == 0 {
                return Err(Cut);
            }
            if let Some(h) = last_head(text, toks, c, t, heads) {
                topic_end = Some(e);
                b = c;
                e = t;
                head = Some(h);
            }
        }
    }
    let Some(mut head) = head else {
        return Ok(None);
    };
    // `The opening ceremony of the Spring 2023 Training Class … was held`: the ceremony
    // was held, and the class it opens is its topic
    let of = match b {
        2.. if is_article(toks[b - 1].lo()) && toks[b - 2].lower == "of" => Some(b - 2),
        1.. if toks[b - 1].lower == "of" => Some(b - 1),
        _ => None,
    };
    if let Some(o) = of.filter(|&o| o >= 1 && toks[o - 1].lower == "ceremony") {
        let mut s = o - 1;
        while s > 0 && o - s < 4 && toks[s - 1].word && !is_article(toks[s - 1].lo()) {
            s -= 1;
        }
        b = s;
        head = o - 1;
        e = o;
        topic_end = None;
    }
    let only_generic = (b..=head).all(|i| is_generic(toks, i));
    // `the meeting was held in ...` refers back to a meeting named before; `a meeting to
    // commemorate ... was held` is named by its topic
    if only_generic && head + 1 == e {
        match topic_end {
            Some(end) => e = end,
            None => return Ok(None),
        }
    }
    let m = make(text, toks, b, head, e, None, None, heads);
    Ok(Some((m, b)))
}

#[cfg(test)]
mod tests {
    use crate::extraction::Meeting;

    fn meetings(text: &str) -> Vec<Meeting> {
        crate::Extractor::new().extract(text).meetings
    }

    type Summary = (String, Option<String>, bool, Option<u32>, Option<u32>);

    fn kinds(text: &str) -> Vec<Summary> {
        meetings(text)
            .into_iter()
            .map(|m| (m.text, m.kind, m.expanded, m.number, m.term))
            .collect()
    }

    #[test]
    fn counted_reads_words_as_split_does() {
        let by_split = |name: &str| {
            let mut words = name.split(' ');
            let (Some(first), Some(second)) = (words.next(), words.next()) else {
                return false;
            };
            let count = (first.bytes().all(|b| b.is_ascii_digit()) && first.len() <= 3)
                || matches!(first, "two" | "three" | "several" | "many" | "dozens");
            let plural = second.ends_with('s') && !second.ends_with("ss")
                || name.ends_with('s') && !name.ends_with("ss");
            let two_sessions = first == "two" && second == "sessions" && words.next().is_none();
            (count && plural && !two_sessions)
                || matches!(first, "held" | "convened" | "organized" | "organised")
        };
        for name in [
            "",
            "meeting",
            "9 sessions of collective study",
            "three training classes",
            "two sessions",
            "two sessions ",
            "two  sessions",
            "two sessions of the year",
            "several meetings",
            "1000 meetings",
            "held meetings",
            "held",
            "convened a meeting",
            "central group study (expansion) meeting",
            "many class",
            "dozens ss",
            "three classes ",
            " three classes",
        ] {
            assert_eq!(super::counted(name), by_split(name), "{name:?}");
        }
    }

    #[test]
    fn tokens_are_what_the_token_pattern_finds() {
        let pattern = regex::Regex::new(r"\([A-Za-z]+\)|[\p{L}\p{N}][\p{L}\p{N}’'\-]*|\S").unwrap();
        for text in [
            "The CPPCC’s 2nd (expanded) meeting (A1) (x)y — “Zhou’s” co-op's\u{b}é\u{300}x ① 〇五 Ⅻ",
            "区政协召开党组(扩大)会议，Δelta ſession\u{a0}ΣΑΣ  ( ab) (ab",
        ] {
            let want: Vec<(usize, usize)> = pattern
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let got: Vec<(usize, usize)> = super::tokens(text, 0..text.len())
                .iter()
                .map(|t| (t.start, t.end))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// Every verb of holding in `text`, read from each place a token may start (after
    /// ASCII whitespace) before it, to the sentence's end and to [`super::read_to`]: where
    /// the tokens read say they suffice, what the verb governs is what it governs read
    /// from the sentence's start to its end.
    fn window_agrees(text: &str) {
        let lowered = text.to_ascii_lowercase();
        let searched = std::cell::RefCell::default();
        let heads = super::Heads {
            lowered: Some(&lowered),
            last: Some(&searched),
        };
        let doc = crate::document::Document::new(text, None);
        for sentence in &doc.sentences {
            let whole = super::tokens(text, sentence.clone());
            for verb in [
                "held",
                "holds",
                "attended",
                "addressed",
                "chaired",
                "presided over",
                "presided",
                "convened",
                "opened",
                "heard",
                "deliberated",
                "reviewed",
                "adopted",
            ] {
                for (i, _) in lowered[sentence.clone()].match_indices(verb) {
                    let at = sentence.start + i;
                    let verb = at..at + verb.len();
                    let want = super::held_in(text, &lowered, &whole, verb.clone(), &heads, false)
                        .map(|h| format!("{h:?}"))
                        .ok();
                    let prior = lowered[sentence.start..verb.start].trim_end();
                    if super::presided_over(&lowered, verb.clone())
                        || super::governs_nothing(&lowered, sentence.clone(), verb.clone())
                        || super::announced(prior)
                        || super::acts_named_before(&lowered[verb.clone()], prior)
                    {
                        assert_eq!(want.as_deref(), Some("[]"), "{:?}", &text[sentence.clone()]);
                    }
                    let to = super::read_to(text, &lowered[verb.clone()], verb.end, sentence.end);
                    let short = super::tokens(text, sentence.start..to);
                    let got = super::held_in(text, &lowered, &short, verb.clone(), &heads, false)
                        .map(|h| format!("{h:?}"))
                        .ok();
                    assert_eq!(got, want, "{:?}", &text[sentence.start..to]);
                    for from in sentence.start + 1..=verb.start {
                        if !super::is_ascii_space(text.as_bytes()[from - 1]) {
                            continue;
                        }
                        for end in [sentence.end, to] {
                            let toks = super::tokens(text, from..end);
                            if let Ok(h) =
                                super::held_in(text, &lowered, &toks, verb.clone(), &heads, true)
                            {
                                assert_eq!(Some(format!("{h:?}")), want, "{:?}", &text[from..end]);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn tokens_read_from_inside_a_sentence_govern_alike() {
        window_agrees(include_str!("../../fixtures/en/seed.txt"));
        // (`The meeting adopted`, `The meeting heard`: refused before the tokens are read)
        window_agrees(include_str!(
            "../../fixtures/en/cppcc-national-chairpersons-council-xinhua.txt"
        ));
        window_agrees(include_str!(
            "../../fixtures/en/jinzhou-npc-directors-meeting.txt"
        ));
        window_agrees(
            "The 12th Standing Committee meeting of the 9th County CPPCC, the county's top advisory body, was held on Friday. \
             Wang Li, director of the office, on Tuesday presided over a meeting of the Political Bureau. \
             The county CPPCC Party Group (expanded) meeting and the Theory Learning Center Group collective study meeting of the Party Group were held. \
             The party group of the county CPPCC convened an enlarged meeting and a study meeting of the theoretical study center group on the same day. \
             On the afternoon of June 3, the Standing Committee of the Longgang County Party Committee held a meeting to relay the guidelines. \
             The meeting room on the second floor of the hall of the County CPPCC held a study meeting. \
             A symposium marking the 130th anniversary of the birth of the county was held, and a special meeting on flood control was held. \
             Li Jun attended the opening meeting of the 5th session of the county people's congress and presided over the meeting. \
             The third plenary session of the county committee opened on Monday, the 2nd session of the county committee opened. \
             The district will hold a cadre meeting next week, a cadre meeting is to be held. \
             The bureau will also held a meeting of the county committee , the office , held a study meeting. \
             On May 4 , the county CPPCC yesterday also held a central group study meeting. \
             The director will also attended the opening meeting of the 5th session of the county people's congress. \
             The two sides held talks here on Tuesday with Norwegian Foreign Minister Ingrid Solheim, who is on a visit, and signed. \
             A met with B, and the two sides held talks with the delegation; then they left. \
             The county held a symposium with the delegation led by Li Jun, and the district held a forum. \
             The county held the \"Spring Plowing, Hundred Days Tackle\" mobilization meeting, and the “Clean, Green” cadre meeting. \
             The bureau held the summary meeting for the theme education of the county, and the county held a party group meeting on flood control; it closed. \
             The county CPPCC held an enlarged meeting and a study meeting of the theoretical study center group, and then a meeting. \
             The 3rd meeting of the county CPPCC was presided over the meeting. The study session was chaired. \
             The plenary session of the county committee , was solemnly presided over the session, and Li attended. \
             The county CPPCC study meeting was jointly chaired the conference and addressed the meeting. \
             The meeting of the county CPPCC Standing Committee chaired the meeting; Li Jun, Wang were presided over the session. \
             The Standing Committee meeting of the county CPPCC presided over the meetings. Li co-chaired the meeting. \
             A symposium on flood control been chaired the session. Li Jun attended the session and presided over the meeting and spoke. \
             The 41st executive meeting of the Municipal Government heard the report, and deliberated and adopted the “Measures (Draft)”. \
             The county CPPCC Standing Committee meeting reviewed, heard-of and adopted, the plan; the enlarged meeting was heard by A. \
             The meeting unheard the 3rd plenary session of the county committee deliberated\u{a0}the plan, and the study session adopted. \
             Li presided over(expanded) the meeting, presided over. Wang presided the 35th executive meeting and presided over-the meeting.",
        );
    }

    #[test]
    fn normal_name_is_the_name_normalised() {
        for text in [
            "The CPPCC’s 2nd (expanded) meeting (enlarged) of the People‘s Congress",
            "ÉTAT Σύνοδος İstanbul co-op's \u{b}x (Expanded) (x) “Zhou’s” ① Ⅻ 区政协 ſession",
            "(expanded) meeting",
            "",
        ] {
            let lowered = text.to_ascii_lowercase();
            for lowered in [None, Some(lowered.as_str())] {
                let mut toks = Vec::new();
                super::tokens_into(text, lowered, 0..text.len(), &mut toks);
                for from in 0..toks.len() {
                    let (mut name, mut normal) = (String::new(), String::new());
                    super::name_and_normal_into(text, &toks[from..], 0, &mut name, &mut normal);
                    assert_eq!(normal, super::super::normalise(&name), "{name:?}");
                }
            }
        }
    }

    /// A name written as it is read is the text of its tokens, and its normal form the
    /// lowered text there: what [`name_and_normal_into`] makes of them.
    #[test]
    fn names_written_as_read_are_their_text() {
        let mut read = 0;
        for text in [
            "held the 12th Chairman's meeting of the Standing Committee, and (NPC) x",
            "a central group study (expansion) meeting to  convey the “spirit” of X’s",
            "Party  Group\nmeeting\tof the CPPCC;the 3rd (enlarged) Meeting",
        ] {
            let lowered = text.to_ascii_lowercase();
            let mut toks = Vec::new();
            super::tokens_into(text, Some(&lowered), 0..text.len(), &mut toks);
            for from in 0..toks.len() {
                for to in from + 1..=toks.len() {
                    let name_toks = &toks[from..to];
                    if !super::written_as_read(text, name_toks) {
                        continue;
                    }
                    read += 1;
                    let span = name_toks[0].start..name_toks[to - from - 1].end;
                    let (mut name, mut normal) = (String::new(), String::new());
                    super::name_and_normal_into(text, name_toks, 0, &mut name, &mut normal);
                    assert_eq!(name, text[span.clone()]);
                    assert_eq!(normal, lowered[span]);
                }
            }
        }
        assert!(read > 50, "{read}");
    }

    #[test]
    fn object_of_held() {
        let k = kinds("On October 26, the Hongkou District CPPCC Party Group held a central group study (expansion) meeting to study the report.");
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].0, "central group study (expansion) meeting");
        assert_eq!(k[0].1.as_deref(), Some("central-group-study"));
        assert!(k[0].2);
        let m = &meetings("On October 26, the Hongkou District CPPCC Party Group held a central group study meeting.")[0];
        assert_eq!(
            m.organiser.as_deref(),
            Some("Hongkou District CPPCC Party Group")
        );
    }

    #[test]
    fn number_and_term() {
        let k = kinds("The 13th CPPCC National Committee held the 47th Chairperson's Council meeting of the 13th CPPCC National Committee in Beijing.");
        assert_eq!(k[0].1.as_deref(), Some("chairpersons-council-meeting"));
        assert_eq!((k[0].3, k[0].4), (Some(47), Some(13)));
        let k = kinds("The 41st chairman meeting of the 9th CPPCC was held.");
        assert_eq!((k[0].3, k[0].4), (Some(41), Some(9)));
    }

    #[test]
    fn generic_meeting_takes_organiser_kind() {
        let k = kinds("On the afternoon of June 3, the Standing Committee of the Longgang County Party Committee held a meeting to relay the guidelines.");
        assert_eq!(k[0].1.as_deref(), Some("standing-committee-meeting"));
        let k = kinds("The party group of the county CPPCC convened an enlarged meeting and a study meeting of the theoretical study center group on the same day.");
        assert_eq!(k.len(), 2);
        assert_eq!(k[0].1.as_deref(), Some("party-group-meeting"));
        assert!(k[0].2);
        assert_eq!(k[1].1.as_deref(), Some("central-group-study"));
    }

    #[test]
    fn two_subjects_were_held() {
        let k = kinds("On March 9, the county CPPCC Party Group (expanded) meeting and the Theory Learning Center Group collective study meeting of the Party Group were held.");
        assert_eq!(k.len(), 2);
        assert_eq!(k[0].1.as_deref(), Some("party-group-meeting"));
        assert_eq!(k[1].1.as_deref(), Some("central-group-study"));
    }

    #[test]
    fn refusals() {
        assert!(kinds("The meeting stressed that the spirit of the central economic work conference must be studied.").is_empty());
        assert!(kinds("The district will hold a cadre meeting next week.").is_empty());
        assert!(kinds("A cadre meeting will be held next week.").is_empty());
        assert!(kinds("Li Jun presided over the meeting and delivered a speech.").is_empty());
    }
}
