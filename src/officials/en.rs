//! Names and titles in English paragraphs.
//!
//! A paragraph is cut into words and punctuation; names are found first (a pinyin surname
//! and a given name of one or two syllables: `Shi Baozhen`, `Ouyang Jian`, `guo Yanhong`;
//! a bare surname where an honorific, a title or a verb stands beside it: `Mr. Li`,
//! `General Secretary Xi`, `Zhao said`), then title phrases (`[prefix] head [of org]`,
//! with heads joined by `and`), and the two are tied by their order:
//!
//! - `Title Name[, Name]*` — a title before a name, before every name of a list when the
//!   head is plural (`Vice-Chairmen of the CPPCC A, B`, `City leaders A, B`);
//! - `Name, Title[, Title]*` — titles after a name, up to the next name; a plural title
//!   after a list of names without titles goes to each (`A, B, X Vice-Chairmen`);
//! - `Name as Title` (`the election of X as President of the State`);
//! - `Name presided`, `by Name`, `said Name`, `Comrade Name`: a person without title.
//!
//! Refused: a name followed by a place noun (`Wang Wei Road`), `Xi Jinping Thought`, and a
//! name with nothing beside it (`Reporter/Lin Lijun`, `Editor: Wang Qingchu`).

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use once_cell::sync::Lazy;

use super::{is_en_surname, Found, Written, LEX};
use crate::swar;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    /// `’s` split off a word.
    Possessive,
    Punct(char),
}

/// A token: 40 bytes, as the paragraph's tokens are written once and read over and over
/// (with offsets and heads as `usize` and the head's length kept, it was 56).
#[derive(Debug)]
struct Tok<'a> {
    /// The token in lower case, a slice of the paragraph's buffer of lowered words: bytes,
    /// which ASCII words are cut out of without looking for character boundaries.
    lower: &'a [u8],
    /// Byte offsets in the unit, which is at most `MAX_UNIT` bytes (`super::pieces`).
    start: u32,
    end: u32,
    kind: Kind,
    /// The word's entry in [`VOCAB`], or `NO_WORD`.
    id: u32,
    /// The longest title head starting here (an index into the lexicon's heads, whose
    /// words give its length), or `NO_HEAD`.
    head: u32,
    /// The lists of [`VOCAB`] that hold the word (`STOP`, `VERB`, ...).
    flags: u16,
    /// A word that opens with a capital letter.
    cap: bool,
    /// The lower case is ASCII.
    ascii: bool,
}

/// No head starts at the token.
const NO_HEAD: u32 = u32::MAX;

impl Tok<'_> {
    /// Where the token starts in the unit.
    fn start(&self) -> usize {
        self.start as usize
    }
    /// Where the token ends in the unit.
    fn end(&self) -> usize {
        self.end as usize
    }
    fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w.as_bytes()
    }
    /// The lower case as a string; always whole characters.
    fn lower_str(&self) -> &str {
        std::str::from_utf8(self.lower).unwrap_or("")
    }
    fn punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
    /// Is the token in the lists `f` of [`VOCAB`]?
    fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }
}

/// The character at byte `i` of `s` and its length, ASCII without decoding.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    s[i..].chars().next().map(|c| (c, c.len_utf8()))
}

fn alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !general_punctuation(c) && c.is_alphanumeric()
    }
}

/// A character of the General Punctuation block (`’`, `“`, `—`), the commonest beyond
/// ASCII in English text: no letter, no digit, no case, told without the Unicode tables.
fn general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206f}').contains(&c)
}

/// The class of each byte for the tokenizer: a letter or digit, white space (as
/// `char::is_whitespace` has it in ASCII: \t \n \v \f \r and space), other ASCII, or a byte
/// of a character beyond ASCII.
const ALNUM: u8 = 1;
const SPACE: u8 = 2;
const OTHER: u8 = 3;
const WIDE: u8 = 4;

static CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b'\t'..=b'\r' | b' ') {
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits of `lowered` from `from`: eight bytes at
/// a time, as most words are shorter. `lowered` holds no capitals and ends with [`PAD`],
/// whose zero bytes end every run. Letters alone are looked for first, with fewer
/// constants, as most words hold no digit; a digit where they stop goes on with both.
fn alnum_run(lowered: &[u8], from: usize) -> usize {
    let end = run::<false>(lowered, from);
    if lowered.get(end).is_some_and(u8::is_ascii_digit) {
        return run::<true>(lowered, end);
    }
    end
}

/// The end of the run of letters (and digits, with `DIGITS`) of `lowered` from `from`.
#[inline(always)]
fn run<const DIGITS: bool>(lowered: &[u8], from: usize) -> usize {
    let mut end = from;
    while let Some(chunk) = lowered.get(end..).and_then(<[u8]>::first_chunk::<8>) {
        let v = swar::word(chunk);
        // (the high bits kept, as in `short_word`)
        let mut inside = swar::between_to_first_stop(v, b'a', b'z');
        if DIGITS {
            inside |= swar::between_to_first_stop(v, b'0', b'9');
        }
        // a byte beyond ASCII stops the run whatever its low bits say
        let stop = (!inside | v) & swar::HIGH;
        if stop != 0 {
            return end + (stop.trailing_zeros() / 8) as usize;
        }
        end += 8;
    }
    // never reached past the padding; byte by byte as a fallback (letters and digits, the
    // end of the whole run either way)
    while lowered
        .get(end)
        .is_some_and(|&c| CLASS[usize::from(c)] == ALNUM)
    {
        end += 1;
    }
    end
}

/// A word of one to fifteen ASCII letters (and digits) read from the lowered unit by
/// [`short_word`].
struct Short<'a> {
    /// The end of the word.
    end: usize,
    /// The word, lowered.
    lower: &'a [u8],
    /// Its bytes as two integers, zero-padded as [`pack`] has them.
    key: [u64; 2],
    /// The byte after the word (in `lowered`: the same as in the text where it is not a
    /// letter, which it never is, and a zero of the padding at the end of the unit).
    next: u8,
}

/// The word of one to fifteen ASCII letters (and digits, with `DIGITS`) at `from` of
/// `lowered`; `None` where the run is empty or longer. What follows it is for the caller
/// to judge (a digit after letters, or a hyphen, goes on with the word).
#[inline(always)]
fn short_word<const DIGITS: bool>(lowered: &[u8], from: usize) -> Option<Short<'_>> {
    // the letters of eight bytes: their number (8 where all are) and the bytes kept
    let letters = |chunk: &[u8; 8]| -> (usize, u64) {
        let v = swar::word(chunk);
        // the high bits are not cleared first: a byte beyond ASCII may carry into the
        // bytes after it, but it stops the word itself (`| v`), and the letters and digits
        // before the first stop carry into nothing, so the first stop is the same
        let mut inside = swar::between_to_first_stop(v, b'a', b'z');
        if DIGITS {
            inside |= swar::between_to_first_stop(v, b'0', b'9');
        }
        let stop = (!inside | v) & swar::HIGH;
        let len = (stop.trailing_zeros() / 8) as usize;
        (len, v & KEY_MASKS[len][0])
    };
    // sixteen bytes, read with one check of the bounds: the padding after the unit holds
    // them wherever a word starts
    let window = lowered.get(from..)?.first_chunk::<16>()?;
    let (head, tail) = window.split_at(8);
    let (len, first) = letters(head.try_into().expect("8 bytes"));
    let (len, key) = match len {
        0 => return None,
        8 => {
            let (more, second) = letters(tail.try_into().expect("8 bytes"));
            if more == 8 {
                return None;
            }
            (8 + more, [first, second])
        }
        _ => (len, [first, 0]),
    };
    Some(Short {
        end: from + len,
        lower: window.get(..len)?,
        key,
        next: *window.get(len)?,
    })
}

/// The bytes that end a word of ASCII letters where they follow it: white space and
/// ASCII punctuation but for `-` and `'`, which may join two words.
static WORD_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(CLASS[b], SPACE | OTHER) && b != b'-' as usize && b != b'\'' as usize;
        b += 1;
    }
    t
};

/// A token whose lower case differs from its bytes in `lowered` (`Lü`): its index and
/// its lower case in the buffer of such words.
type Fix = (usize, Range<usize>);

/// An ASCII token at `span` with its lower case and its entry in the vocabulary.
fn ascii_tok<'a>(
    span: Range<usize>,
    kind: Kind,
    lower: &'a [u8],
    cap: bool,
    (id, flags): (u32, u16),
) -> Tok<'a> {
    Tok {
        lower,
        start: span.start as u32,
        end: span.end as u32,
        kind,
        id,
        head: NO_HEAD,
        flags,
        cap,
        ascii: true,
    }
}

/// Adds `tok` to `out`, and its index to `firsts` where a title head may open with it.
fn push_tok<'a>(out: &mut Vec<Tok<'a>>, firsts: &mut Vec<usize>, tok: Tok<'a>) {
    if tok.flags & FIRST != 0 {
        firsts.push(out.len());
    }
    out.push(tok);
}

/// The text of a unit and the buffers its tokens are written to, for [`next_token`].
struct Unit<'a, 'w> {
    /// The unit.
    s: &'w str,
    /// The unit with its ASCII letters lowered (same offsets), padded.
    lowered: &'a str,
    /// The lower case of the tokens whose lower case differs from `lowered` (`Lü`).
    wide: &'w mut String,
    /// Those tokens: their index and their lower case in `wide`.
    fixes: &'w mut Vec<Fix>,
}

/// The tokens of the unit `s`, with `lowered` the unit with its ASCII letters lowered (same
/// offsets). A token whose lower case differs
/// from that (`Lü`) has its lower case written to `wide` and is listed in `fixes`, to be
/// placed by [`tokens`]. ASCII is read byte by byte without decoding: it is nearly all of
/// the text. Each word is looked up in the vocabulary here.
///
/// The loop reads only the commonest tokens itself (a short ASCII word before a space or
/// ASCII punctuation, ASCII punctuation, white space), nine in ten; the others are read
/// by [`next_token`]. Kept apart, the loop holds its few values in registers.
#[inline(never)]
fn tokenize<'a>(
    s: &str,
    lowered: &'a str,
    wide: &mut String,
    fixes: &mut Vec<Fix>,
    mut out: Vec<Tok<'a>>,
    firsts: &mut Vec<usize>,
) -> Vec<Tok<'a>> {
    let vocab = &*VOCAB;
    let b = s.as_bytes();
    let lb = lowered.as_bytes();
    // about one token in five bytes
    out.reserve(s.len() / 4);
    let mut unit = Unit {
        s,
        lowered,
        wide,
        fixes,
    };
    let mut i = 0;
    while let Some(&c0) = b.get(i) {
        match CLASS[usize::from(c0)] {
            ALNUM => {
                // most words: fewer than sixteen letters, then a space or ASCII punctuation
                if let Some(w) = short_word::<false>(lb, i) {
                    if WORD_END[usize::from(w.next)] {
                        let entry = vocab.probe(w.key[0], w.lower.len(), || [w.key[1], 0]);
                        let span = i..w.end;
                        // the word's first byte is a letter (`short_word` read one): a
                        // capital where it is below the lower-case letters
                        let cap = c0 < b'a';
                        push_tok(
                            &mut out,
                            firsts,
                            ascii_tok(span, Kind::Word, w.lower, cap, entry),
                        );
                        // the space after the word, the commonest separator, skipped at once
                        i = w.end + usize::from(w.next == b' ');
                        continue;
                    }
                }
            }
            SPACE => {
                i += 1;
                continue;
            }
            OTHER => {
                let flags = if c0 == b',' { COMMA } else { 0 };
                let kind = Kind::Punct(char::from(c0));
                out.push(ascii_tok(
                    i..i + 1,
                    kind,
                    &lb[i..i + 1],
                    false,
                    (NO_WORD, flags),
                ));
                i += 1;
                continue;
            }
            _ => {}
        }
        i = next_token(&mut unit, &mut out, firsts, i);
    }
    out
}

/// Reads the token at byte `i` of the unit into `out`, where the loop of [`tokenize`] did
/// not: a word that is long, or goes on past ASCII letters, or a character beyond ASCII
/// (none for white space). Returns where the next token may start.
#[inline(never)]
fn next_token<'a>(
    unit: &mut Unit<'a, '_>,
    out: &mut Vec<Tok<'a>>,
    firsts: &mut Vec<usize>,
    i: usize,
) -> usize {
    let vocab = &*VOCAB;
    let Unit {
        s,
        lowered,
        ref mut wide,
        ref mut fixes,
    } = *unit;
    let b = s.as_bytes();
    let lb = lowered.as_bytes();
    // a token with letters beyond ASCII, lowered one by one as a `String` per token would,
    // to be the `k`th token
    let mut wide_tok = |i: usize, e: usize, kind: Kind, cap: bool, k: usize| {
        let w = &s[i..e];
        let mut lower = &lowered[i..e];
        // a character beyond ASCII that lower case leaves alone (`’`, `—`, `ü`) leaves
        // the ASCII lowering right, without a `String`
        let kept = |c: char| {
            if general_punctuation(c) {
                return true;
            }
            let mut l = c.to_lowercase();
            l.len() == 1 && l.next() == Some(c)
        };
        if !w.chars().all(|c| c.is_ascii() || kept(c)) {
            let l = w.to_lowercase();
            if l != lower {
                let a = wide.len();
                wide.push_str(&l);
                fixes.push((k, a..wide.len()));
                lower = "";
            }
        }
        let (id, flags) = match kind {
            Kind::Punct(_) => (NO_WORD, 0),
            _ => vocab.get(lower.as_bytes()),
        };
        Tok {
            ascii: lower.is_ascii(),
            ..ascii_tok(i..e, kind, lower.as_bytes(), cap, (id, flags))
        }
    };
    let c0 = b[i];
    // a short number (`2024`, `20th`) before a space or ASCII punctuation, read as the loop
    // reads a word (no capital, no `’s`), without the checks below
    if c0.is_ascii_digit() {
        if let Some(w) = short_word::<true>(lb, i) {
            if WORD_END[usize::from(w.next)] {
                let entry = vocab.probe(w.key[0], w.lower.len(), || [w.key[1], 0]);
                let tok = ascii_tok(i..w.end, Kind::Word, w.lower, false, entry);
                push_tok(out, firsts, tok);
                return w.end + usize::from(w.next == b' ');
            }
        }
    }
    // the commonest characters beyond ASCII (`”`, `“`, `’`, `—`) are of the General
    // Punctuation block, U+2000 to U+206F: 0xE2, then 0x80 or 0x81 below 0xB0, then a
    // continuation byte. Read from those bytes, without decoding; its white space is
    // U+2000 to U+200A, U+2028, U+2029, U+202F and U+205F. (The general path below
    // reads the same.)
    if let Some(&[0xE2, b1, b2]) = b.get(i..i + 3) {
        if b1 == 0x80 || b1 == 0x81 && b2 < 0xB0 {
            let c = 0x2000 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F);
            let space = matches!(c, 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F);
            if let Some(c) = char::from_u32(c).filter(|_| !space) {
                let tok = ascii_tok(i..i + 3, Kind::Punct(c), &lb[i..i + 3], false, (NO_WORD, 0));
                out.push(Tok {
                    ascii: false,
                    ..tok
                });
            }
            return i + 3;
        }
    }
    let cap;
    let mut ascii = true;
    let mut end;
    if CLASS[usize::from(c0)] == ALNUM {
        cap = c0.is_ascii_uppercase();
        end = i + 1;
    } else {
        let Some((c, n)) = char_at(s, i) else {
            return b.len();
        };
        if general_punctuation(c) {
            // the commonest beyond ASCII (`”`, `—`): lower case leaves it alone, and it is
            // in no list of the vocabulary
            if !c.is_whitespace() {
                out.push(Tok {
                    ascii: false,
                    ..ascii_tok(i..i + n, Kind::Punct(c), &lb[i..i + n], false, (NO_WORD, 0))
                });
            }
            return i + n;
        }
        if !alnum(c) {
            if !c.is_whitespace() {
                let tok = wide_tok(i, i + n, Kind::Punct(c), false, out.len());
                push_tok(out, firsts, tok);
            }
            return i + n;
        }
        cap = c.is_uppercase();
        ascii = false;
        end = i + n;
    }
    // the space after the word, the commonest separator, to be skipped at once
    let mut space = false;
    loop {
        end = alnum_run(lb, end);
        let Some(&d) = b.get(end) else { break };
        match CLASS[usize::from(d)] {
            // inside a word only when a letter follows
            OTHER
                if (d == b'-' || d == b'\'')
                    && char_at(s, end + 1).is_some_and(|(x, _)| alnum(x)) =>
            {
                end += 1;
                continue;
            }
            WIDE => {}
            _ => {
                space = d == b' ';
                break;
            }
        }
        let Some((d, m)) = char_at(s, end) else { break };
        if alnum(d) || (d == '’' && char_at(s, end + m).is_some_and(|(x, _)| alnum(x))) {
            ascii = false;
            end += m;
            continue;
        }
        break;
    }
    // `’s` and `'s` after a word of two letters or more are split off
    let word = || &b[i..end];
    let poss = if b[end - 1] != b's' {
        0
    } else if word().len() > 5 && word().ends_with("’s".as_bytes()) {
        4
    } else if word().len() > 3 && word().ends_with(b"'s") {
        2
    } else {
        0
    };
    let cut = end - poss;
    if ascii {
        let entry = vocab.get_in(lb, i, cut);
        let word = ascii_tok(i..cut, Kind::Word, &lb[i..cut], cap, entry);
        push_tok(out, firsts, word);
        if poss > 0 {
            let lower = &lb[cut..end];
            let mark = ascii_tok(cut..end, Kind::Possessive, lower, false, vocab.get(lower));
            push_tok(out, firsts, mark);
        }
    } else {
        let word = wide_tok(i, cut, Kind::Word, cap, out.len());
        push_tok(out, firsts, word);
        if poss > 0 {
            let mark = wide_tok(cut, end, Kind::Possessive, false, out.len());
            push_tok(out, firsts, mark);
        }
    }
    end + usize::from(space)
}

/// The tokens of the unit `s` with their lower case, their entries in the vocabulary and
/// the heads that start at each; `heads` gets the tokens where one starts. `lower` is the
/// unit with its ASCII letters lower-cased, where made already; `lowered` and `wide` are
/// buffers of the reader.
fn tokens<'a>(
    s: &str,
    lower: Option<&str>,
    lowered: &'a mut String,
    wide: &'a mut String,
    spare: Vec<Tok<'a>>,
    heads: &mut Vec<usize>,
) -> Vec<Tok<'a>> {
    lowered.clear();
    match lower {
        Some(l) => lowered.push_str(l),
        None => {
            lowered.push_str(s);
            lowered.make_ascii_lowercase();
        }
    }
    // padding: a word is read from the buffer 24 bytes at a time (`Vocab::get_in`)
    lowered.push_str(PAD);
    wide.clear();
    let mut fixes = Vec::new();
    let lowered: &'a str = lowered;
    // first the tokens that may open a head, then those where one does
    heads.clear();
    let mut toks = tokenize(s, lowered, wide, &mut fixes, spare, heads);
    let wide: &'a str = wide;
    let mut unsorted = false;
    for (k, r) in fixes {
        let t = &mut toks[k];
        t.lower = wide[r].as_bytes();
        t.ascii = t.lower.is_ascii();
        (t.id, t.flags) = match t.kind {
            Kind::Punct(_) => (NO_WORD, 0),
            _ => VOCAB.get(t.lower),
        };
        if t.has(FIRST) {
            heads.push(k);
            unsorted = true;
        }
    }
    if unsorted {
        heads.sort_unstable();
    }
    let mut kept = 0;
    for x in 0..heads.len() {
        let i = heads[x];
        if let Some((h, _)) = find_head(&toks, i) {
            toks[i].head = h as u32;
            heads[kept] = i;
            kept += 1;
        }
    }
    heads.truncate(kept);
    toks
}

/// What follows the lowered paragraph: every word can be read as 24 bytes.
const PAD: &str = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

/// No entry of the vocabulary.
const NO_WORD: u32 = u32::MAX;

// The lists of the vocabulary a word may be in.
const STOP: u16 = 1;
const VERB: u16 = 1 << 1;
const ADVERB: u16 = 1 << 2;
const PLACE: u16 = 1 << 3;
const WESTERN_NOT: u16 = 1 << 4;
const ORG: u16 = 1 << 5;
const HONORIFIC: u16 = 1 << 6;
const BARE_NOT: u16 = 1 << 7;
const ACTOR_NOT: u16 = 1 << 8;
const SURNAME: u16 = 1 << 9;
/// The first word of a title head.
const FIRST: u16 = 1 << 10;
/// `and`, which joins names and titles.
const AND: u16 = 1 << 11;
/// `also`, `a`, `an`, `the`: skipped after a separator (`, also a member of`).
const ARTICLE: u16 = 1 << 12;
/// A word that folding its ü spellings changes (`lv`, `nyu`): not a surname as written.
const FOLDS: u16 = 1 << 13;
/// A comma, which parts names and titles.
const COMMA: u16 = 1 << 14;
/// A word that [`is_given`] reads as a given name (`hong`, `wei`): asked of the word after
/// each surname, answered for the words of the vocabulary once.
const GIVEN: u16 = 1 << 15;

/// Every lower-case word this reader looks up (the words of the heads, the surnames, the
/// organisation words and the lists of this file) with the lists that hold it: a word of
/// the text is looked up once, where it was compared with every word of each list and
/// hashed again for each set.
struct Vocab {
    /// Open addressing over the words of 24 bytes at most.
    slots: Box<[Slot; SLOTS]>,
    /// The words, packed (as [`pack`] does), with their lists.
    words: Vec<Entry>,
    /// The words longer than 24 bytes and their entries, looked up one by one: there are
    /// hardly any.
    long: Vec<(Box<str>, u32)>,
    /// For each head of the lexicon, the entries of its words.
    head_ids: Vec<Vec<u32>>,
    /// For each first word of a head (by entry), the heads it opens.
    first: Vec<FirstHeads>,
    /// Entry -> index into `first`.
    first_of: Vec<u32>,
}

/// The heads a word opens: a head is the longest that the text holds, and of two heads as
/// long the first of the lexicon.
struct FirstHeads {
    /// By the entry of their second word, the heads of two words or more, longest first.
    by_second: Vec<(u32, Vec<usize>)>,
    /// The first head of this one word.
    single: Option<usize>,
}

/// A slot of the table: what tells most words apart and what a probe returns, in one
/// place (the other bytes of a longer word are in its [`Entry`]).
#[derive(Clone, Copy, Default)]
struct Slot {
    /// The first eight bytes of the word, as [`pack`] has them.
    first: u64,
    /// The index of the word in `words` plus one, 0 for an empty slot.
    entry: u32,
    flags: u16,
    len: u16,
}

struct Entry {
    key: [u64; 3],
    flags: u16,
}

/// A word of 24 bytes at most as three integers, zero-padded: compared and hashed
/// without a call to `memcmp`.
fn pack(w: &[u8]) -> [u64; 3] {
    let mut key = [0u64; 3];
    let mut chunks = w.chunks_exact(8);
    for (k, c) in (&mut chunks).enumerate() {
        key[k] = u64::from_le_bytes(c.try_into().expect("a chunk of 8 bytes"));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut x = 0u64;
        for (j, &c) in rest.iter().enumerate() {
            x |= u64::from(c) << (8 * j);
        }
        key[w.len() / 8] = x;
    }
    key
}

/// For a word of each length up to 24 bytes, the masks keeping its bytes in the three
/// integers of its key.
static KEY_MASKS: [[u64; 3]; 25] = {
    let mut t = [[0u64; 3]; 25];
    let mut len: usize = 0;
    while len <= 24 {
        let mut k = 0;
        while k < 3 {
            let n = len.saturating_sub(8 * k);
            t[len][k] = if n >= 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            };
            k += 1;
        }
        len += 1;
    }
    t
};

/// The slots of [`Vocab`]: a fixed number, so that a slot taken from the high bits of a
/// hash, or the next one round, is known to be in the table without a check. The words
/// (about 900) fill it to a ninth; `vocab_table_at_most_half_full` checks the bound.
const SLOT_BITS: u32 = 13;
const SLOTS: usize = 1 << SLOT_BITS;

/// The slot where a probe for a word starts.
fn slot_of(first: u64, len: usize) -> usize {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    // the slot is taken from the high bits of one product, of the first eight bytes and
    // the length: the few longer words that share both are told apart by the probe
    ((first ^ len as u64).wrapping_mul(K) >> (64 - SLOT_BITS)) as usize
}

impl Vocab {
    /// The entry of `w` and its lists, or `(NO_WORD, 0)`.
    fn get(&self, b: &[u8]) -> (u32, u16) {
        if b.len() > 24 {
            return self
                .long
                .iter()
                .find(|(l, _)| l.as_bytes() == b)
                .map_or((NO_WORD, 0), |&(_, id)| (id, self.words[id as usize].flags));
        }
        self.find(&pack(b), b.len())
    }

    /// The entry of the ASCII word `buf[a..e]` and its lists: as [`Vocab::get`], with the
    /// word read as three integers straight from the buffer where it holds 24 bytes from
    /// `a`.
    fn get_in(&self, buf: &[u8], a: usize, e: usize) -> (u32, u16) {
        let len = e - a;
        let (Some(w), Some(m)) = (buf.get(a..a + 24), KEY_MASKS.get(len)) else {
            return self.get(&buf[a..e]);
        };
        // the bytes of the word in each integer, the rest zero
        let word = |k: usize| {
            let c: [u8; 8] = w[8 * k..8 * k + 8].try_into().expect("8 bytes");
            u64::from_le_bytes(c) & m[k]
        };
        // the first integer and the length choose the slot and tell most entries apart:
        // the other two are read only for a longer word that matches them
        self.probe(word(0), len, || [word(1), word(2)])
    }

    #[inline]
    fn find(&self, key: &[u64; 3], len: usize) -> (u32, u16) {
        self.probe(key[0], len, || [key[1], key[2]])
    }

    /// The entry and lists of the word of `len` bytes whose first integer is `first` and
    /// whose other two `rest` gives.
    #[inline]
    fn probe(&self, first: u64, len: usize, rest: impl Fn() -> [u64; 2]) -> (u32, u16) {
        let mut k = slot_of(first, len);
        loop {
            let s = self.slots[k];
            if s.entry == 0 {
                return (NO_WORD, 0);
            }
            // a word of fewer than eight bytes is the whole of `first`, which holds no zero
            // byte within it: a `first` the same is a word of the same length
            if s.first == first
                && (len < 8
                    || usize::from(s.len) == len
                        && (len == 8 || self.words[s.entry as usize - 1].key[1..] == rest()))
            {
                return (s.entry - 1, s.flags);
            }
            k = (k + 1) % SLOTS;
        }
    }

    /// Copies the lists of each word into its slot, once all are added.
    fn seal(&mut self) {
        for s in self.slots.iter_mut() {
            if s.entry != 0 {
                s.flags = self.words[s.entry as usize - 1].flags;
            }
        }
    }

    fn add(&mut self, w: &str, flags: u16) -> u32 {
        let (id, _) = self.get(w.as_bytes());
        if id != NO_WORD {
            self.words[id as usize].flags |= flags;
            return id;
        }
        let b = w.as_bytes();
        let id = self.words.len() as u32;
        let long = b.len() > 24;
        let folds = if super::folds(b) { FOLDS } else { 0 };
        let given = if is_given(b) { GIVEN } else { 0 };
        self.words.push(Entry {
            key: if long { [0; 3] } else { pack(b) },
            flags: flags | folds | given,
        });
        if long {
            self.long.push((w.into(), id));
            return id;
        }
        let first = pack(b)[0];
        let mut k = slot_of(first, b.len());
        while self.slots[k].entry != 0 {
            k = (k + 1) % SLOTS;
        }
        // the lists are copied in when all words are added ([`Vocab::seal`])
        self.slots[k] = Slot {
            first,
            entry: id + 1,
            flags: 0,
            len: b.len() as u16,
        };
        id
    }
}

static VOCAB: Lazy<Vocab> = Lazy::new(|| {
    let lex = &*LEX;
    let lists: [(&[&str], u16); 10] = [
        (&["and"], AND),
        (&["also", "a", "an", "the"], ARTICLE),
        (STOP_CAP, STOP),
        (VERBS, VERB),
        (ADVERBS, ADVERB),
        (PLACE_NOUNS, PLACE),
        (NOT_WESTERN, WESTERN_NOT),
        (HONORIFICS, HONORIFIC),
        (NOT_BARE_SURNAMES, BARE_NOT),
        (NOT_ACTOR_BY, ACTOR_NOT),
    ];
    let mut v = Vocab {
        slots: Box::new([Slot::default(); SLOTS]),
        words: Vec::new(),
        long: Vec::new(),
        head_ids: Vec::new(),
        first: Vec::new(),
        first_of: Vec::new(),
    };
    for (list, f) in lists {
        for w in list {
            v.add(w, f);
        }
    }
    for w in &lex.org_words {
        v.add(w, ORG);
    }
    for w in &lex.en_surnames {
        v.add(w, SURNAME);
    }
    for h in &lex.en_heads {
        let ids = h.words.iter().map(|w| v.add(w, 0)).collect();
        v.head_ids.push(ids);
    }
    for (w, list) in &lex.en_first {
        let id = v.add(w, FIRST) as usize;
        if v.first_of.len() <= id {
            v.first_of.resize(id + 1, NO_WORD);
        }
        v.first_of[id] = v.first.len() as u32;
        // the list is longest first: a head of one word is found after all the others
        let mut heads = FirstHeads {
            by_second: Vec::new(),
            single: None,
        };
        for &h in list {
            let ids: &[u32] = &v.head_ids[h];
            match ids.get(1) {
                None => {
                    heads.single = heads.single.or(Some(h));
                }
                Some(&second) => match heads.by_second.iter_mut().find(|(s, _)| *s == second) {
                    Some((_, same)) => same.push(h),
                    None => heads.by_second.push((second, vec![h])),
                },
            }
        }
        v.first.push(heads);
    }
    v.seal();
    v
});

/// Is the word a pinyin surname? A word of the vocabulary says so itself unless folding
/// its ü spellings may change it.
fn surname(t: &Tok) -> bool {
    if t.ascii {
        if t.id != NO_WORD {
            if !t.has(FOLDS) {
                return t.has(SURNAME);
            }
        } else if !t.lower.iter().any(|&c| c == b'v' || c == b'y') {
            // every surname is in the vocabulary, and only a word with a `v` or a `y`
            // may fold into one (`lv`, `nv`, `lyu`, `nyu`)
            return false;
        }
    }
    is_en_surname(t.lower_str())
}

/// Is the token a given name ([`is_given`])? A word of the vocabulary says so itself.
fn given(t: &Tok) -> bool {
    if t.id != NO_WORD {
        return t.has(GIVEN);
    }
    is_given(t.lower)
}

/// Does `given` split into one or two pinyin syllables?
pub(super) fn is_given(given: &[u8]) -> bool {
    let syl = &*SYLLABLES;
    if given.is_ascii() && syl.all_short {
        // lower case already: apostrophes and hyphens dropped, as below; zeros after the
        // name, so that eight bytes can be read from any of its letters
        let mut buf = [0u8; 24];
        let mut n = 0;
        // nearly every name read: lower-case letters alone, or after a capital (a name as
        // written, as the readers of `super` ask), copied whole and the capital lowered
        let copied = given.len() <= syl.cap
            && given.split_first().is_none_or(|(first, rest)| {
                first.is_ascii_alphabetic() && rest.iter().all(u8::is_ascii_lowercase)
            });
        if copied {
            buf[..given.len()].copy_from_slice(given);
            buf[0] = buf[0].to_ascii_lowercase();
            n = given.len();
        } else {
            for &c in given {
                let c = c.to_ascii_lowercase();
                if c == b'\'' || c == b'-' {
                    continue;
                }
                if !c.is_ascii_lowercase() || n == syl.cap {
                    return false;
                }
                buf[n] = c;
                n += 1;
            }
        }
        if n == 0 {
            return false;
        }
        let part = |a: usize, e: usize| syl.contains_part(&buf, a, e);
        if part(0, n) {
            return true;
        }
        return (1..n).any(|i| part(0, i) && part(i, n));
    }
    // lower case, ü written `v`, apostrophes and hyphens dropped: into a buffer of two
    // syllables at most, since a longer word is neither one syllable nor two
    let lex = &*LEX;
    let mut buf = [0u8; 16];
    let cap = (2 * lex.pinyin_max).min(buf.len());
    let mut n = 0;
    let given = std::str::from_utf8(given).unwrap_or("");
    for c in given.chars().flat_map(char::to_lowercase) {
        let c = if c == 'ü' { 'v' } else { c };
        if matches!(c, '’' | '\'' | '-') {
            continue;
        }
        if !c.is_ascii_lowercase() || n == cap {
            return false;
        }
        buf[n] = c as u8;
        n += 1;
    }
    let Ok(g) = std::str::from_utf8(&buf[..n]) else {
        return false;
    };
    if g.is_empty() {
        return false;
    }
    let pinyin = &lex.pinyin;
    if pinyin.contains(g) {
        return true;
    }
    (1..g.len()).any(|i| pinyin.contains(&g[..i]) && pinyin.contains(&g[i..]))
}

/// The pinyin syllables as integers (their bytes, little-endian) in an open-addressing
/// table: a given name is split at each of its letters, and each half looked up.
struct Syllables {
    slots: Vec<u64>,
    shift: u32,
    /// Every syllable is ASCII of 8 bytes at most: else only the general path is taken.
    all_short: bool,
    /// The longest name of two syllables, in bytes (at most 16).
    cap: usize,
}

impl Syllables {
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// Is `buf[a..e]` (lower-case ASCII letters) a syllable? The eight bytes from `a` are
    /// read as one integer, the bytes from `e` cleared.
    fn contains_part(&self, buf: &[u8; 24], a: usize, e: usize) -> bool {
        let len = e.saturating_sub(a);
        let Some(chunk) = buf.get(a..a + 8) else {
            return false;
        };
        if len == 0 || len > 8 {
            return false;
        }
        let v = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let key = if len == 8 {
            v
        } else {
            v & ((1u64 << (8 * len)) - 1)
        };
        let mask = self.slots.len() - 1;
        let mut k = self.slot(key);
        loop {
            match self.slots[k] {
                0 => return false,
                x if x == key => return true,
                _ => k = (k + 1) & mask,
            }
        }
    }
}

static SYLLABLES: Lazy<Syllables> = Lazy::new(|| {
    let lex = &*LEX;
    let bits = (4 * lex.pinyin.len())
        .next_power_of_two()
        .trailing_zeros()
        .max(4);
    let mut t = Syllables {
        slots: vec![0; 1 << bits],
        shift: 64 - bits,
        all_short: true,
        cap: (2 * lex.pinyin_max).min(16),
    };
    let mask = t.slots.len() - 1;
    for s in &lex.pinyin {
        let b = s.as_bytes();
        if b.is_empty() {
            continue;
        }
        if b.len() > 8 || !s.is_ascii() || b.contains(&0) {
            t.all_short = false;
            continue;
        }
        let key = b
            .iter()
            .enumerate()
            .fold(0u64, |k, (j, &c)| k | u64::from(c) << (8 * j));
        let mut k = t.slot(key);
        while t.slots[k] != 0 && t.slots[k] != key {
            k = (k + 1) & mask;
        }
        t.slots[k] = key;
    }
    t
});

// Words after two pinyin words that make them a place or a body, not a person.
const PLACE_NOUNS: &[&str] = &[
    "road",
    "street",
    "avenue",
    "lane",
    "district",
    "county",
    "city",
    "town",
    "township",
    "village",
    "province",
    "provincial",
    "municipal",
    "daily",
    "news",
    "park",
    "lake",
    "river",
    "mountain",
    "bridge",
    "port",
    "station",
    "square",
    "temple",
    "university",
    "college",
    "school",
    "hospital",
    "company",
    "group",
    "bureau",
    "community",
    "island",
    "bay",
    "new",
    "area",
    "zone",
    "spirit",
    "thought",
    "style",
    "model",
    "team",
    "road’s",
    "hall",
    "dam",
];

// Two pinyin words that are a place.
const NOT_NAMES: &[(&str, &str)] = &[("hong", "kong"), ("xi", "an"), ("ma", "an"), ("tai", "wan")];

// Capitalised words that open a sentence or a phrase and are never part of a title.
const STOP_CAP: &[&str] = &[
    "the",
    "a",
    "an",
    "on",
    "at",
    "in",
    "by",
    "and",
    "of",
    "to",
    "for",
    "with",
    "from",
    "as",
    "this",
    "that",
    "these",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "after",
    "before",
    "during",
    "under",
    "all",
    "also",
    "while",
    "when",
    "yesterday",
    "today",
    "recently",
    "comrade",
    "mr",
    "ms",
    "mrs",
    "madam",
    "key",
    "senior",
    "main",
    "relevant",
    "other",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "among",
    "including",
    "both",
    "each",
    "every",
    "some",
    "there",
    "here",
    // a headline's verb in title case (`… District Party Committee Standing Committee
    // Studies General Secretary Xi Jinping's Reply Letter`)
    "holds",
    "studies",
    "convenes",
    "meets",
    "visits",
    "inspects",
    "attends",
    "presides",
    "stresses",
    "urges",
    "conveys",
    "launches",
    "deploys",
    "receives",
    "since",
    "first",
    "second",
    "third",
    "finally",
    "meanwhile",
    "then",
];

// Verbs whose subject is a person acting in the meeting.
const VERBS: &[&str] = &[
    "presided",
    "presides",
    "preside",
    "presiding",
    "chaired",
    "chairs",
    "chairing",
    "attended",
    "attends",
    "attend",
    "attending",
    "participated",
    "participates",
    "delivered",
    "delivers",
    "made",
    "makes",
    // the present of machine translation: `A, B successively make speech`
    "make",
    "emphasized",
    "emphasizes",
    "emphasised",
    "stressed",
    "stresses",
    "pointed",
    "points",
    "said",
    "says",
    "noted",
    "notes",
    "urged",
    "urges",
    "called",
    "calls",
    "reported",
    "reports",
    "conveyed",
    "conveys",
    "commented",
    "put",
    "puts",
    "listened",
    "led",
    "leads",
    "signed",
    "signs",
    "addressed",
    "addresses",
    "hosted",
    "hosts",
    "met",
    "meets",
    "gave",
    "gives",
    "spoke",
    "speaks",
    "announced",
    "expressed",
    "asked",
    "required",
    "requires",
    "demanded",
    "summarized",
    "introduced",
    "explained",
    "concluded",
    "sat",
    "presented",
    "was",
    "is",
    "has",
    "had",
    "took",
    "takes",
    "visited",
    "inspected",
    "conducted",
    "read",
    "briefed",
    "proposed",
    "hoped",
    "added",
    "underlined",
    "underscored",
    "highlighted",
    "instructed",
    "requested",
    "stated",
    "praised",
    "lauded",
    "welcomed",
    "thanked",
    "congratulated",
    "administered",
    "swore",
    "sworn",
    "supervised",
    "oversaw",
    "accompanied",
    "joined",
    "received",
];

const ADVERBS: &[&str] = &[
    "also",
    // `A, B, C successively make speech`: 先后 in machine translation
    "successively",
    "then",
    "first",
    "respectively",
    "jointly",
    "each",
    "further",
    "later",
    "once",
    "again",
    "personally",
    "specially",
    "finally",
    "both",
    // `A is currently a counselor of …`
    "currently",
    "now",
];

// `by` after these words names an author, not a person acting in the meeting.
const NOT_ACTOR_BY: &[&str] = &[
    "photo",
    "photos",
    "text",
    "written",
    "edited",
    "reported",
    "compiled",
    "translated",
    "posted",
    "photographed",
    "story",
    "article",
    "video",
    "report",
    "reporting",
];

const HONORIFICS: &[&str] = &["comrade", "mr", "ms", "mrs", "madam", "comrades"];

/// Pronoun-like capitalised surnames that are far likelier English words alone.
const NOT_BARE_SURNAMES: &[&str] = &["he", "an", "long", "fan", "sun", "you", "hu", "ma"];

#[derive(Debug)]
struct Name {
    /// Token range of the name (without honorific).
    t0: usize,
    t1: usize,
    /// Start of the mention in the unit (an honorific `Mr.` included).
    start: usize,
    short: bool,
    honorific: bool,
    titles: Vec<String>,
    anchored: bool,
    /// Not a pinyin name: its surname is its last word.
    western: bool,
    /// The subject of a verb of the meeting (`Wu Jianguo stressed`).
    subject: bool,
}

#[derive(Debug)]
struct Title {
    /// Token range of the whole title group.
    t0: usize,
    t1: usize,
    /// The coordinated titles of the group, as parsed: a range of the paragraph's titles
    /// (one vector for all, not one for each group).
    group: Range<usize>,
    /// Their text, made when the group is first given to a name: most titles of a
    /// paragraph go to no one, and their strings were a good part of the reading.
    titles: OnceCell<Vec<String>>,
    plural: bool,
}

impl Title {
    fn strings(&self, text: &str, ones: &[One]) -> &[String] {
        self.titles
            .get_or_init(|| coordinate(text, &ones[self.group.clone()]))
    }

    /// Gives the group's titles to name `n`. A singular group goes to one name nearly
    /// always: its strings are moved, not cloned, and made again should another take
    /// them.
    fn give(&mut self, text: &str, ones: &[One], names: &mut [Name], n: usize) {
        if self.plural {
            give(names, n, self.strings(text, ones));
            return;
        }
        let titles = self
            .titles
            .take()
            .unwrap_or_else(|| coordinate(text, &ones[self.group.clone()]));
        let have = &mut names[n].titles;
        if have.is_empty() && titles.len() == 1 {
            *have = titles;
            return;
        }
        for t in titles {
            if !have.contains(&t) {
                have.push(t);
            }
        }
    }
}

/// Reads one English paragraph, `unit` of `text`; `lower` is the paragraph with its ASCII
/// letters lower-cased, where the text's lower case is made already.
pub(super) fn read(text: &str, lower: Option<&str>, unit: Range<usize>, out: &mut Vec<Found>) {
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut scratch) => read_with(text, lower, unit, out, &mut scratch),
        // never taken: a paragraph is not read inside another
        Err(_) => read_with(text, lower, unit, out, &mut Scratch::default()),
    });
}

/// The buffers of the reader, kept from one paragraph to the next: allocating them for
/// each paragraph cost more than a tenth of the reading.
#[derive(Default)]
struct Scratch {
    lowered: String,
    wide: String,
    toks: Vec<Tok<'static>>,
    name_at: Vec<usize>,
    items: Vec<Item>,
    heads: Vec<usize>,
    /// The title groups of the paragraph, and the titles of all groups.
    titles: Vec<Title>,
    ones: Vec<One>,
    /// The items of `items` that are names or titles.
    marks: Vec<usize>,
    /// The names of the paragraph, moved out into the finds once read.
    names: Vec<Name>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// An empty vector of tokens keeping the allocation of `v` (collected in place).
// `filter_map` changes the lifetime of the items, which `filter` cannot
#[allow(clippy::unnecessary_filter_map)]
fn recycle<'b>(mut v: Vec<Tok<'_>>) -> Vec<Tok<'b>> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

fn read_with(
    text: &str,
    lower: Option<&str>,
    unit: Range<usize>,
    out: &mut Vec<Found>,
    scratch: &mut Scratch,
) {
    let Scratch {
        lowered,
        wide,
        toks: spare,
        name_at,
        items,
        heads,
        titles,
        ones,
        marks,
        names,
    } = scratch;
    // the unit is the text of the reader: the tokens' offsets are in it
    let base = unit.start;
    let text = &text[unit];
    let toks = tokens(
        text,
        lower,
        lowered,
        wide,
        recycle(std::mem::take(spare)),
        heads,
    );
    find_names(text, &toks, names);
    name_at.clear();
    name_at.resize(toks.len(), usize::MAX);
    for (k, n) in names.iter().enumerate() {
        for slot in &mut name_at[n.t0..n.t1] {
            *slot = k;
        }
    }
    find_titles(text, &toks, name_at, heads, ones, titles);
    // Western names stand only beside a title (`Prime Minister Keir Starmer`)
    let western = western_names(text, &toks, names, name_at, titles);
    if !western.is_empty() {
        names.extend(western);
        names.sort_by_key(|n| n.t0);
        name_at.iter_mut().for_each(|s| *s = usize::MAX);
        for (k, n) in names.iter().enumerate() {
            for slot in &mut name_at[n.t0..n.t1] {
                *slot = k;
            }
        }
    }
    let bufs = Bufs { ones, items, marks };
    attach(text, &toks, names, name_at, titles, bufs);
    for n in names.drain(..) {
        let anchored = n.anchored || n.honorific || !n.titles.is_empty();
        if n.short && !anchored {
            continue;
        }
        // a name cut by a line break is written with one space
        let span = toks[n.t0].start()..toks[n.t1 - 1].end();
        let name = if plain(&text[span.clone()]) {
            Written::Span(base + span.start..base + span.end)
        } else {
            let mut name = String::new();
            push_words(&mut name, &text[span]);
            Written::Spaced(name)
        };
        let family = if n.western {
            &toks[n.t1 - 1]
        } else {
            &toks[n.t0]
        };
        out.push(Found {
            start: base + n.start,
            end: base + toks[n.t1 - 1].end(),
            name,
            surname: base + family.start()..base + family.end(),
            titles: n.titles,
            anchored,
            short: n.short,
            subject: n.subject,
            // `find_names` read the given name as pinyin (`is_given`)
            pinyin: !n.western && !n.short,
        });
    }
    *spare = recycle(toks);
}

/// The names of the paragraph, in order, into `names`.
// kept out of `read_with`, as `attach`
#[inline(never)]
fn find_names(text: &str, toks: &[Tok], names: &mut Vec<Name>) {
    names.clear();
    let mut i = 0;
    while i < toks.len() {
        // a name needs a capital: its own (`Li`) or its given name's (`guo Yanhong`), so
        // the next token that may open one is the next capital or the token before it;
        // the capitals are looked for alone, most tokens being none
        let Some(c) = toks[i..].iter().position(|t| t.cap) else {
            break;
        };
        i = i.max((i + c).saturating_sub(1));
        let t = &toks[i];
        // `Guangxi Zhuang Autonomous Region`, `Ningxia Hui Autonomous Region`: the people
        // of an autonomous area, not a surname
        let people = || toks.get(i + 1).is_some_and(|n| n.lower == b"autonomous");
        if !t.is_word() || !surname(t) || people() {
            i += 1;
            continue;
        }
        let (honorific, start) = honorific_before(toks, i);
        let next = toks.get(i + 1);
        let full = next.is_some_and(|g| {
            g.is_word()
                && g.cap
                && given(g)
                && (t.cap || i == 0 || !toks[i - 1].cap)
                && !NOT_NAMES
                    .iter()
                    .any(|&(a, b)| a.as_bytes() == t.lower && b.as_bytes() == g.lower)
                && !toks.get(i + 2).is_some_and(|n| n.is_word() && n.has(PLACE))
                && !(toks[i + 1].cap && all_caps(text, g))
        });
        // part of a longer run of capitalised words (`Hebi Daily`) is not a name unless
        // a title stands before it
        if full {
            names.push(Name {
                t0: i,
                t1: i + 2,
                start,
                short: false,
                honorific,
                titles: Vec::new(),
                anchored: false,
                western: false,
                subject: false,
            });
            i += 2;
            continue;
        }
        if t.cap && !t.has(BARE_NOT | STOP) {
            names.push(Name {
                t0: i,
                t1: i + 1,
                start,
                short: true,
                honorific,
                titles: Vec::new(),
                anchored: false,
                western: false,
                subject: false,
            });
        }
        i += 1;
    }
}

// Capitalised words that are not a Western name after a title (headline words).
const NOT_WESTERN: &[&str] = &[
    "over",
    "meeting",
    "meetings",
    "conference",
    "session",
    "symposium",
    "forum",
    "speech",
    "report",
    "work",
    "party",
    "group",
    "committee",
    "says",
    "said",
    "stresses",
    "urges",
    "calls",
    "holds",
    "meets",
    "visits",
    "attends",
    "presides",
    "chairs",
    "new",
    "china",
    "chinese",
    "communist",
    "central",
    "national",
    "people",
    "state",
    "council",
    "general",
    "list",
    "lists",
    "draft",
    "plan",
    "plans",
    "rules",
    "measures",
    "system",
    "database",
    "examination",
    "qualification",
    "candidates",
    "candidate",
    "election",
    "law",
    "act",
    "program",
    "programme",
    "project",
    "fund",
    "day",
    "week",
    "year",
    "award",
    "prize",
];

/// The lower-case particles inside a Western surname (`Pieter van Dijk`, `Ursula von der
/// Leyen`, `Lula da Silva`).
const PARTICLES: [&[u8]; 10] = [
    b"van", b"von", b"der", b"den", b"de", b"da", b"di", b"du", b"dos", b"del",
];

/// Is token `k` a particle of a Western name, after a capitalised word and before one
/// (perhaps after a second particle: `von der Leyen`)?
fn particle_at(toks: &[Tok], from: usize, k: usize) -> bool {
    let is = |i: usize| {
        toks.get(i)
            .is_some_and(|t| !t.cap && PARTICLES.contains(&t.lower))
    };
    k > from
        && is(k)
        && (toks.get(k + 1).is_some_and(|t| t.cap)
            || is(k + 1) && toks.get(k + 2).is_some_and(|t| t.cap))
}

/// A run of one to three capitalised words, none a title, body or headline word (and the
/// particles among them).
fn western_run(text: &str, toks: &[Tok], name_at: &[usize], from: usize) -> usize {
    let mut k = from;
    let mut particles = 0;
    while k < toks.len() && k < from + 3 + particles {
        if particle_at(toks, from, k) {
            particles += 1;
            k += 1;
            continue;
        }
        let t = &toks[k];
        if !t.cap
            || all_caps(text, t)
            || name_at[k] != usize::MAX
            || t.has(STOP | WESTERN_NOT | VERB | ORG | FIRST)
            || t.lower.iter().any(u8::is_ascii_digit)
        {
            break;
        }
        k += 1;
    }
    // a longer run of capitals is a body or a headline, not a name
    if toks.get(k).is_some_and(|t| t.cap) {
        return from;
    }
    k
}

impl Name {
    /// A Western name of tokens `t0..t1`, read beside a title or in a list. One word
    /// with its particles (`Ambassador van Dijk`) is a surname alone, the short form of
    /// the full name given before (`Pieter van Dijk, Ambassador of …`).
    fn western(toks: &[Tok], t0: usize, t1: usize) -> Name {
        let words = toks[t0..t1]
            .iter()
            .filter(|t| t.cap || !PARTICLES.contains(&t.lower))
            .count();
        Name {
            t0,
            t1,
            start: toks[t0].start(),
            short: words == 1,
            honorific: false,
            titles: Vec::new(),
            anchored: false,
            western: true,
            subject: false,
        }
    }
}

/// Western names right after a title group, or right before `, Title`.
fn western_names(
    text: &str,
    toks: &[Tok],
    names: &[Name],
    name_at: &[usize],
    titles: &[Title],
) -> Vec<Name> {
    let mut out = Vec::new();
    for g in titles {
        // a title that ends a line names no one on the next (a headline's `… governor`
        // above `Release time: …`)
        let broken = g.t1 > 0
            && toks.get(g.t1).is_some_and(|t| {
                text.get(toks[g.t1 - 1].end()..t.start())
                    .is_some_and(|gap| gap.contains('\n'))
            });
        // a surname's particles may open it after a title (`Ambassador van Dijk`)
        let mut t1 = g.t1;
        while !broken && g.t1 > 0 && particle_at(toks, g.t1 - 1, t1) && t1 < g.t1 + 2 {
            t1 += 1;
        }
        let e = if broken {
            g.t1
        } else {
            western_run(text, toks, name_at, t1)
        };
        // a plural title heads a list: its names end at a comma, `and` or the sentence's
        // end, where `Deputies Listening to People's Voices` names an activity
        let listed = || {
            toks.get(e).is_none_or(|t| {
                t.is("and") || matches!(t.kind, Kind::Punct(',' | '.' | ';' | '，' | '、' | '。'))
            })
        };
        if e > t1 && (!g.plural || listed()) {
            out.push(Name::western(toks, g.t1, e));
            continue;
        }
        // `the delegation led by Mayor of Nordvik, Erik Holm.`: a singular title, a comma,
        // then two or three capitalised words that end the clause
        if !broken && !g.plural && toks.get(g.t1).is_some_and(|t| t.punct(',')) {
            let a = g.t1 + 1;
            let e = western_run(text, toks, name_at, a);
            let ends = toks
                .get(e)
                .is_none_or(|t| t.is("and") || matches!(t.kind, Kind::Punct(',' | '.' | ';')));
            if e >= a + 2 && ends {
                out.push(Name::western(toks, a, e));
                continue;
            }
        }
        // `Antony Blinken, Secretary of State, said` (`Pieter van Dijk, Ambassador …`)
        if g.t0 >= 3 && toks[g.t0 - 1].punct(',') {
            let mut a = g.t0 - 3;
            while a >= 2 && particle_at(toks, a - 1, a) {
                a -= 1 + usize::from(a >= 3 && particle_at(toks, a - 2, a - 1));
            }
            let opens = a == 0 || !toks[a - 1].cap || !toks[a - 1].is_word();
            if opens && western_run(text, toks, name_at, a) == g.t0 - 1 {
                out.push(Name::western(toks, a, g.t0 - 1));
            }
        }
    }
    // `Yang Shuhua, Lhamo Drolma, Kang Yongfu and Lei Zhongping`: two or three capitalised
    // words between two names of a list are a name too; they follow a name and its comma,
    // so only the names are looked at, not every token
    let named = |k: usize| name_at.get(k).is_some_and(|&n| n != usize::MAX);
    for n in names {
        let k = n.t1 + 1;
        if !toks.get(n.t1).is_some_and(|t| t.punct(',')) || named(k) {
            continue;
        }
        let e = western_run(text, toks, name_at, k);
        if e < k + 2 {
            continue;
        }
        let next = match toks.get(e) {
            Some(t) if t.has(AND) => e + 1,
            Some(t) if t.punct(',') => {
                e + 1 + usize::from(toks.get(e + 1).is_some_and(|t| t.has(AND)))
            }
            _ => continue,
        };
        if named(next) {
            out.push(Name::western(toks, k, e));
        }
    }
    out.sort_by_key(|n| n.t0);
    out.dedup_by_key(|n| n.t0);
    out
}

fn all_caps(text: &str, t: &Tok) -> bool {
    let s = &text[t.start()..t.end()];
    s.len() > 1 && s.chars().all(|c| !c.is_lowercase())
}

/// An honorific right before token `i`: (found, start of the mention).
fn honorific_before(toks: &[Tok], i: usize) -> (bool, usize) {
    let start = toks[i].start();
    if i >= 1 && toks[i - 1].is_word() && toks[i - 1].has(HONORIFIC) {
        let h = &toks[i - 1];
        // Mr. Zheng: the mention holds the honorific; Comrade stays outside
        return (
            true,
            if h.lower == b"comrade" {
                start
            } else {
                h.start()
            },
        );
    }
    if i >= 2 && toks[i - 1].punct('.') && toks[i - 2].is_word() {
        let h = &toks[i - 2];
        if matches!(h.lower, b"mr" | b"ms" | b"mrs") {
            return (true, h.start());
        }
    }
    (false, start)
}

/// The longest head starting at token `i`: (head index, tokens).
fn head_at(toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let h = toks.get(i)?.head;
    if h == NO_HEAD {
        return None;
    }
    let h = h as usize;
    Some((h, VOCAB.head_ids[h].len()))
}

/// Finds the longest head starting at token `i`, once per token.
fn find_head(toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let vocab = &*VOCAB;
    let t = toks.get(i)?;
    if !t.is_word() || !t.has(FIRST) {
        return None;
    }
    // `the principal persons in charge`, `principal leaders`, `principal responsible
    // comrades`: an adjective, not a head
    if t.lower == b"principal"
        && toks.get(i + 1).is_some_and(|n| {
            matches!(
                n.lower,
                b"persons"
                    | b"person"
                    | b"leaders"
                    | b"leader"
                    | b"officials"
                    | b"heads"
                    | b"responsible"
                    | b"comrades"
                    | b"comrade"
            )
        })
    {
        return None;
    }
    let heads = &vocab.first[*vocab.first_of.get(t.id as usize)? as usize];
    // the first word is this token's, by the list, and the second the next one's
    let longer = toks
        .get(i + 1)
        .filter(|n| n.is_word())
        .and_then(|n| heads.by_second.iter().find(|(id, _)| *id == n.id))
        .and_then(|(_, list)| {
            list.iter().find(|&&h| {
                let ids = &vocab.head_ids[h];
                toks.len() >= i + ids.len()
                    && ids[2..]
                        .iter()
                        .zip(&toks[i + 2..])
                        .all(|(&id, x)| x.is_word() && x.id == id)
            })
        });
    longer
        .or(heads.single.as_ref())
        .map(|&h| (h, vocab.head_ids[h].len()))
}

/// A word that can stand before a head in a title (`District`, `CPPCC`, `party`).
fn prefix_word(t: &Tok) -> bool {
    if t.kind == Kind::Possessive {
        return true;
    }
    if !t.is_word() || t.has(STOP) {
        return false;
    }
    // (`and acting County Head`: the one lower-case word that stands before any head;
    // `non-Party representatives A and B`: a group's kind)
    t.has(ORG) || t.cap || t.lower == b"acting" || t.lower.starts_with(b"non-")
}

/// A lower-case word of a body's field (`civilization`, `emergency management`), no word
/// of the lists: inside a body only before a lower-case word of bodies.
fn field_word(t: &Tok) -> bool {
    t.is_word() && !t.cap && !t.has(ORG | STOP | VERB | ADVERB | AND | ARTICLE | COMMA | FIRST)
}

/// The body a team is `stationed in` (from `k`, after `in` or `at`): `the` and capitalised
/// words that are no name, or one lower-case word of a body, then `by the` and the
/// capitalised words (joined by `for`, `and`, `of`) of who stationed it; the index of its
/// last token. Before a name it must reach the name (`… stationed in the Department Liu
/// Chang`); elsewhere what follows must end the title (a stop, a comma, a verb).
fn stationed_body(toks: &[Tok], name_at: &[usize], mut k: usize) -> Option<usize> {
    let free = |k: usize| name_at.get(k).is_some_and(|&n| n == usize::MAX);
    if toks.get(k).is_some_and(|n| n.is("the")) {
        k += 1;
    }
    let body = k;
    while toks.get(k).is_some_and(|n| n.cap && n.is_word()) && free(k) {
        k += 1;
    }
    if k == body
        && toks
            .get(k)
            .is_some_and(|n| n.is_word() && !n.cap && n.has(ORG))
        && free(k)
    {
        k += 1;
    }
    if k == body {
        return None;
    }
    let mut end = k - 1;
    // `by the District Commission for Discipline Inspection and Supervision`
    if toks.get(k).is_some_and(|n| n.is("by")) && toks.get(k + 1).is_some_and(|n| n.is("the")) {
        let mut m = k + 2;
        let mut last_cap = None;
        while let Some(n) = toks.get(m).filter(|_| free(m)) {
            if n.cap && n.is_word() {
                last_cap = Some(m);
            } else if !(n.is("for") || n.is("and") || n.is("of")) || last_cap.is_none() {
                break;
            }
            m += 1;
        }
        if let Some(c) = last_cap {
            end = c;
            k = c + 1;
        }
    }
    // before a name, the name; elsewhere no more words of a name
    let closes = match toks.get(k) {
        None => true,
        Some(n) => !free(k) || !n.is_word() || !n.cap,
    };
    closes.then_some(end)
}

/// A word of an organisation phrase after `of`.
fn org_word(t: &Tok) -> bool {
    if t.kind == Kind::Possessive {
        return true;
    }
    if !t.is_word() {
        return false;
    }
    let l = t.lower;
    if matches!(
        l,
        b"leading"
            | b"members"
            | b"member"
            | b"its"
            | b"discipline"
            | b"inspection"
            | b"investigation"
            | b"work"
            | b"affairs"
            | b"state"
            | b"people"
            | b"central"
            | b"national"
            | b"general"
            // `Executive chairperson of the presidium of the session`
            | b"session"
    ) {
        return true;
    }
    if t.has(STOP) {
        return false;
    }
    t.has(ORG) || t.cap
}

/// Heads that name a post of their own and take no coordinate's organisation
/// (`state councilor and secretary-general of the State Council`).
const SELF_CONTAINED: &[&str] = &[
    "state councilor",
    "state councillor",
    "premier",
    "vice premier",
];

/// For each head of the lexicon: it names its own body (`Member of the Party Group`) or
/// is self-contained, and takes no organisation from a coordinate.
static HEAD_CLOSED: Lazy<Vec<bool>> = Lazy::new(|| {
    LEX.en_heads
        .iter()
        .map(|head| {
            head.words.iter().any(|w| w == "of")
                || SELF_CONTAINED.contains(&head.singular.to_lowercase().as_str())
        })
        .collect()
});

/// One title: (token start, token end, text, plural, own level, prefix text, org text).
#[derive(Debug, Clone)]
struct One {
    t0: usize,
    t1: usize,
    /// The head (an index into the lexicon) and where it is written.
    head: usize,
    written: Range<usize>,
    prefix: Option<Range<usize>>,
    org: Option<Range<usize>>,
    plural: bool,
    own_level: bool,
    /// The title takes no organisation from a coordinate: its head names its own body
    /// (`Member of the Party Group`) or a nationality stood before it (`Chinese president`).
    closed: bool,
}

/// Parses `[prefix] head [of org]` whose head starts at `h`; `floor` is the first token
/// the prefix may take.
fn parse_one(toks: &[Tok], name_at: &[usize], h: usize, floor: usize) -> Option<One> {
    let lex = &*LEX;
    let (hi, len) = head_at(toks, h)?;
    let head = &lex.en_heads[hi];
    // `Entrusted by the Council of Chairmen, A made the report`: a plural head after a
    // capitalised body's `of` names the body by its members, no one's title
    if head.plural
        && h >= 2
        && toks[h - 1].is("of")
        && toks[h - 2].cap
        && matches!(toks[h - 2].lower, b"council" | b"meeting" | b"conference")
    {
        return None;
    }
    let mut p = h;
    // `Provincial Party Committee Third Inspection Team Leader`: an ordinal inside the
    // prefix, between capitalised words of it (alone it opens a list item: `Third, ...`)
    let inner_ordinal = |i: usize| {
        i > floor
            && toks[i].cap
            && matches!(toks[i].lower, b"first" | b"second" | b"third")
            && name_at[i - 1] == usize::MAX
            && prefix_word(&toks[i - 1])
    };
    // `Commission for Discipline Inspection Secretary`: `for` between capitalised words
    let inner_for = |i: usize| {
        i > floor
            && toks[i].is("for")
            && toks[i + 1].cap
            && toks[i - 1].cap
            && name_at[i - 1] == usize::MAX
            && prefix_word(&toks[i - 1])
    };
    // `the county flood control and drought relief headquarters commander`: `and` between
    // lower-case words of organisations (not `National Education Conference and General
    // Secretary Xi Jinping`)
    // (and between capitalised words of one body, `Municipal Development and Reform
    // Commission director`, where no head follows `and`)
    let inner_and = |i: usize| {
        i > floor
            && toks[i].is("and")
            && ([&toks[i - 1], &toks[i + 1]]
                .iter()
                .all(|t| t.has(ORG) && !t.cap)
                || toks[i - 1].cap
                    && toks[i + 1].cap
                    && prefix_word(&toks[i - 1])
                    && head_at(toks, i + 1).is_none())
            && name_at[i - 1] == usize::MAX
    };
    // `Provincial Department of Commerce director`: `of` after a capitalised word of
    // organisations that is no head, before a capitalised word
    let inner_of = |i: usize| {
        i > floor
            && toks[i].is("of")
            && toks[i + 1].cap
            && toks[i - 1].cap
            && toks[i - 1].has(ORG)
            && head_at(toks, i - 1).is_none()
            && name_at[i - 1] == usize::MAX
    };
    // `district civilization office director`, `county emergency management bureau
    // director`: one or two lower-case words of a body's field, between a word of the
    // prefix and a lower-case word of bodies; returns where the prefix word stands
    let inner_field = |p: usize| {
        if p >= h || !toks[p].has(ORG) || toks[p].cap {
            return None;
        }
        let mut k = p;
        while k > floor + 1 && p - k < 2 && name_at[k - 1] == usize::MAX && field_word(&toks[k - 1])
        {
            k -= 1;
        }
        (k < p && name_at[k - 1] == usize::MAX && prefix_word(&toks[k - 1])).then_some(k)
    };
    // `veteran representative A`, `resident representatives B and C`: the group a
    // representative speaks for, a lower-case word right before the head
    let group_kind = |i: usize| {
        i + 1 == h
            && head.singular == "Representative"
            && matches!(
                toks[i].lower,
                b"veteran"
                    | b"veterans"
                    | b"student"
                    | b"students"
                    | b"trainee"
                    | b"trainees"
                    | b"resident"
                    | b"residents"
                    | b"teacher"
                    | b"teachers"
                    | b"worker"
                    | b"workers"
                    | b"farmer"
                    | b"farmers"
                    | b"villager"
                    | b"villagers"
                    | b"entrepreneur"
                    | b"entrepreneurs"
                    | b"youth"
                    | b"parent"
                    | b"parents"
                    | b"volunteer"
                    | b"volunteers"
                    | b"employee"
                    | b"employees"
            )
    };
    loop {
        if p > floor
            && name_at[p - 1] == usize::MAX
            && (prefix_word(&toks[p - 1])
                || group_kind(p - 1)
                || inner_ordinal(p - 1)
                || inner_for(p - 1)
                || inner_and(p - 1)
                || inner_of(p - 1))
        {
            p -= 1;
        } else if let Some(k) = inner_field(p) {
            p = k;
        } else {
            break;
        }
    }
    // a possessive opens no prefix, nor a nationality (`Chinese Premier Li Qiang`)
    while p < h && toks[p].kind == Kind::Possessive {
        p += 1;
    }
    let t0 = p;
    // `Chinese President`: the nationality is written with the title, and names no body
    let nationality = p + 1 == h && toks[p].is("chinese");
    let mut e = h + len;
    let mut org = None;
    // `Members of the Party Committee Team Wei Dongmei`: capitalised words of bodies right
    // after a head that names its own body finish that body's name (before no title)
    let mut rest_of_body = None;
    if head.words.iter().any(|w| w == "of") {
        let mut j = e;
        while j < toks.len()
            && j < e + 3
            && name_at[j] == usize::MAX
            && toks[j].cap
            && toks[j].has(ORG)
            && !toks[j].has(STOP)
            && head_at(toks, j).is_none()
        {
            j += 1;
        }
        if j > e && !starts_title(toks, name_at, j) {
            rest_of_body = Some(toks[e].start()..toks[j - 1].end());
            e = j;
        }
    }
    // `of the X`, `for the Ministry of Foreign Affairs` after a spokesperson, and `at the
    // Chinese Academy of Social Sciences` (or `with`) after an academic rank
    let academic = || super::ACADEMIC_RANKS.contains(&head.singular.as_str());
    // `Ambassador to China`, `Ambassador to the United States`: the country, one word or
    // `the` and a name ending in a word of states (a Western name may follow at once)
    let envoy = matches!(
        head.singular.as_str(),
        "Ambassador" | "Envoy" | "Special Envoy" | "Permanent Representative"
    );
    // the last token of the country after `to` at `e`
    let country_after = |e: usize| {
        if !toks.get(e).is_some_and(|t| t.is("to")) {
            return None;
        }
        match toks.get(e + 1) {
            Some(t) if t.is("the") => (e + 2..(e + 6).min(toks.len())).find(|&j| {
                matches!(
                    toks[j].lower,
                    b"states" | b"kingdom" | b"nations" | b"union" | b"emirates" | b"republic"
                )
            }),
            Some(t) if t.cap && name_at[e + 1] == usize::MAX => Some(e + 1),
            _ => None,
        }
    };
    if let Some(l) = country_after(e).filter(|_| envoy) {
        org = Some(toks[e].start()..toks[l].end());
        e = l + 1;
    }
    if toks.get(e).is_some_and(|t| {
        t.is("of")
            || (t.is("for") && head.singular.starts_with("Spokes"))
            // `Deputies to the district people's congress`
            || (t.is("to") && matches!(head.singular.as_str(), "Deputy" | "Delegate"))
            || ((t.is("at") || t.is("with")) && academic())
    }) {
        let mut j = e + 1;
        let mut last = None;
        let mut depth = 0;
        while j < toks.len() && j < e + 20 {
            let t = &toks[j];
            // a name ends the body, but not one that capitalised words up to a word of
            // bodies follow: that is a place (`of Gaotang Village`, `of the Hong Kong
            // Qingzhou Fellow Townsmen Association`: `Gaotang`, `Hong Kong` are name-shaped)
            let place = || {
                let k = (j..toks.len())
                    .find(|&k| name_at[k] == usize::MAX)
                    .unwrap_or(toks.len());
                (k..toks.len().min(k + 5))
                    .take_while(|&i| {
                        toks[i].cap && name_at[i] == usize::MAX && head_at(toks, i).is_none()
                    })
                    .any(|i| toks[i].has(ORG))
            };
            if name_at[j] != usize::MAX && !place() {
                break;
            }
            if t.punct('(') {
                depth += 1;
                j += 1;
                continue;
            }
            if t.punct(')') && depth > 0 {
                depth -= 1;
                last = Some(j);
                j += 1;
                continue;
            }
            if depth > 0 {
                if t.is_word() {
                    j += 1;
                    continue;
                }
                break;
            }
            // `of the 15th Executive Committee of …`: a term's ordinal inside the body
            // (and `of the First Criminal Division`, `of the fifth Supervision Group`, a
            // spelt ordinal after `the`; `of the Municipal First People's Hospital`, a
            // capitalised one inside the body's name, before no head)
            let spelt = j > e
                && (toks[j - 1].is("the")
                    || t.cap
                        && toks[j - 1].cap
                        && org_word(&toks[j - 1])
                        && head_at(toks, j + 1).is_none())
                && matches!(
                    t.lower,
                    b"first" | b"second" | b"third" | b"fourth" | b"fifth" | b"sixth"
                );
            let ordinal = (spelt
                || t.lower.first().is_some_and(u8::is_ascii_digit)
                    && [&b"st"[..], b"nd", b"rd", b"th"]
                        .iter()
                        .any(|s| t.lower.ends_with(s)))
                && toks.get(j + 1).is_some_and(|n| n.cap);
            if t.is("the") || t.is("of") || t.is("for") || ordinal {
                j += 1;
                continue;
            }
            if t.is("and") {
                // a new head or a name after `and` ends the organisation
                let n = j + 1;
                if n < toks.len() && (name_at[n] != usize::MAX || starts_title(toks, name_at, n)) {
                    break;
                }
                j += 1;
                continue;
            }
            // `of the Education, Science, Culture and Health Committee`: a committee named
            // by the fields it covers, listed with commas up to `and`
            if t.punct(',') && last == Some(j - 1) && toks[j - 1].cap {
                if let Some(k) = listed_fields(toks, name_at, j) {
                    last = Some(k);
                    j = k + 1;
                    continue;
                }
            }
            if org_word(t) {
                last = Some(j);
                j += 1;
                continue;
            }
            // `of the collection and management department`: lower-case words of a field
            // up to a lower-case word of bodies
            if field_word(t) {
                let mut m = j;
                while m < j + 4 && m < toks.len() && (field_word(&toks[m]) || toks[m].is("and")) {
                    m += 1;
                }
                if toks.get(m).is_some_and(|o| o.has(ORG) && !o.cap)
                    && name_at[j..m].iter().all(|&n| n == usize::MAX)
                {
                    j = m;
                    continue;
                }
            }
            // `of the County Committee for Comprehensively Governing the County by Law`
            let by_law = t.is("by")
                && last == Some(j - 1)
                && toks.get(j + 1).is_some_and(|n| n.cap && n.is("law"));
            if by_law {
                last = Some(j + 1);
                j += 2;
                continue;
            }
            // `Leader of the Discipline Inspection and Supervision Team stationed in the
            // Department Liu Chang`, `A, head of the … team stationed in the procuratorate by
            // the District Commission for Discipline Inspection, attended`: where the team
            // is stationed (capitalised words, or one lower-case word of a body), and by
            // whom, are part of its name
            if t.is("stationed")
                && last == Some(j - 1)
                && toks.get(j + 1).is_some_and(|n| n.is("in") || n.is("at"))
            {
                if let Some(end) = stationed_body(toks, name_at, j + 2) {
                    last = Some(end);
                    j = end + 1;
                    continue;
                }
            }
            // `of Hengtai Precision Machinery Co., Ltd.`: a company's suffix, with its stops
            if last == Some(j - 1) && toks[j - 1].is("co") && t.punct('.') {
                let mut end = j;
                let comma = toks.get(j + 1).is_some_and(|t| t.punct(','));
                let ltd = j + 1 + usize::from(comma);
                if toks.get(ltd).is_some_and(|t| t.is("ltd")) {
                    end = ltd;
                    if toks.get(ltd + 1).is_some_and(|t| t.punct('.')) {
                        end = ltd + 1;
                    }
                }
                last = Some(end);
                j = end + 1;
                continue;
            }
            // `of Lianchi No. 2 Primary School`: a body's number
            let numbered = last == Some(j - 1)
                && toks[j - 1].is("no")
                && t.punct('.')
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.lower.first().is_some_and(u8::is_ascii_digit));
            if numbered {
                last = Some(j + 1);
                j += 2;
                continue;
            }
            // `of the Leading Party Members' Group`: a plural's apostrophe inside the body
            let plural_mark = (t.punct('\'') || t.punct('’'))
                && last == Some(j - 1)
                && toks[j - 1].lower.ends_with(b"s")
                && toks.get(j + 1).is_some_and(|n| n.cap);
            if plural_mark {
                j += 1;
                continue;
            }
            // `of Baishui Village in Yanhe County`, `of Qiantang Village, Heping Town)`:
            // the place the body lies in (after a comma, only where the title ends there)
            let comma_place = t.punct(',')
                && last == Some(j - 1)
                && matches!(
                    toks[j - 1].lower,
                    b"village" | b"community" | b"town" | b"township"
                );
            if comma_place {
                if let Some(end) = place_in(toks, name_at, j + 1).filter(|&end| {
                    toks.get(end + 1).is_none_or(|n| {
                        n.punct(')') || n.punct('）') || n.punct(';') || n.punct('.')
                    })
                }) {
                    last = Some(end);
                    j = end + 1;
                    continue;
                }
            }
            if t.is("in") && last.is_some() {
                if let Some(end) = place_in(toks, name_at, j + 1) {
                    last = Some(end);
                    j = end + 1;
                    continue;
                }
            }
            break;
        }
        if let Some(l) = last {
            org = Some(toks[e].start()..toks[l].end());
            e = l + 1;
        }
    }
    // `Tian Yu, first secretary stationed in the village`, `First Secretary stationed in
    // Shangying Village`: where a head of no body is stationed is its body
    if org.is_none()
        && rest_of_body.is_none()
        && toks.get(e).is_some_and(|t| t.is("stationed"))
        && toks.get(e + 1).is_some_and(|t| t.is("in") || t.is("at"))
    {
        if let Some(end) = stationed_body(toks, name_at, e + 2) {
            org = Some(toks[e].start()..toks[end].end());
            e = end + 1;
        }
    }
    if let Some(r) = rest_of_body {
        org = Some(r.start..org.map_or(r.end, |o| o.end));
    }
    // `Ambassador of the Kingdom of the Netherlands to China`: the country after the state
    if let Some(o) = org.clone().filter(|_| envoy) {
        if let Some(l) = country_after(e) {
            org = Some(o.start..toks[l].end());
            e = l + 1;
        }
    }
    Some(One {
        t0,
        t1: e,
        head: hi,
        written: toks[h].start()..toks[h + len - 1].end(),
        prefix: (p < h).then(|| toks[p].start()..toks[h - 1].end()),
        org,
        plural: head.plural,
        own_level: head.own_level,
        closed: HEAD_CLOSED[hi] || nationality,
    })
}

/// The last token of a place named from `k` on (`Yanhe County`): capitalised words, no
/// name among them, the last a level of government.
/// After the comma at `comma` in `Education, Science, Culture and Health Committee`, the
/// token that ends the body: capitalised words that are neither names nor heads, parted by
/// commas, then `and` and capitalised words up to a word of bodies.
fn listed_fields(toks: &[Tok], name_at: &[usize], comma: usize) -> Option<usize> {
    let field = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.cap && t.is_word() && !t.has(STOP) && name_at[k] == usize::MAX)
            && head_at(toks, k).is_none()
    };
    let mut k = comma + 1;
    while field(k) && k < comma + 12 {
        k += 1;
        if toks.get(k).is_some_and(|t| t.punct(',')) && field(k + 1) {
            k += 1;
        } else if toks.get(k).is_some_and(|t| t.is("and")) && field(k + 1) {
            let mut e = k + 1;
            while field(e + 1) && e < k + 4 {
                e += 1;
            }
            // (or the fields a body of `of` covers, its own `of` after them: `of the
            // Committee of Culture, History and Learning of the Municipal CPPCC`)
            let fields_of = comma >= 3
                && toks[comma - 2].is("of")
                && toks[comma - 3].has(ORG)
                && toks.get(e + 1).is_some_and(|t| t.is("of"));
            return (toks[e].has(ORG) || fields_of).then_some(e);
        } else {
            return None;
        }
    }
    None
}

fn place_in(toks: &[Tok], name_at: &[usize], k: usize) -> Option<usize> {
    let mut j = k;
    while j < toks.len()
        && j < k + 4
        && name_at[j] == usize::MAX
        && toks[j].is_word()
        && toks[j].cap
    {
        if j > k
            && matches!(
                toks[j].lower,
                b"county"
                    | b"city"
                    | b"district"
                    | b"province"
                    | b"township"
                    | b"town"
                    | b"prefecture"
            )
        {
            return Some(j);
        }
        j += 1;
    }
    None
}

/// Does a title start at token `n` (prefix words, then a head)?
fn starts_title(toks: &[Tok], name_at: &[usize], n: usize) -> bool {
    let mut k = n;
    while k < toks.len() && k < n + 8 {
        if name_at[k] != usize::MAX {
            return false;
        }
        if head_at(toks, k).is_some() {
            return true;
        }
        if !prefix_word(&toks[k]) {
            return false;
        }
        k += 1;
    }
    false
}

/// The head as written, made singular after the lexicon's singular.
fn singular(written: &str, head: &super::EnHead) -> String {
    if !head.plural {
        return written.to_string();
    }
    let s = head.singular.as_str();
    if written.is_ascii() && s.is_ascii() {
        let common = written
            .bytes()
            .zip(s.bytes())
            .take_while(|(a, b)| a.eq_ignore_ascii_case(b))
            .count();
        let mut out = String::with_capacity(common + s.len() - common);
        out.push_str(&written[..common]);
        out.push_str(&s[common..]);
        return out;
    }
    let common = written
        .to_lowercase()
        .chars()
        .zip(s.to_lowercase().chars())
        .take_while(|(a, b)| a == b)
        .count();
    let cut_w = written
        .char_indices()
        .nth(common)
        .map_or(written.len(), |(i, _)| i);
    let cut_s = s.char_indices().nth(common).map_or(s.len(), |(i, _)| i);
    format!("{}{}", &written[..cut_w], &s[cut_s..])
}

/// The title as one string: prefix, singular head and organisation, spaces collapsed
/// (a title cut by a line break is one line).
fn one_text(text: &str, o: &One) -> String {
    let written = &text[o.written.clone()];
    let head = &LEX.en_heads[o.head];
    let plural;
    let head = if head.plural {
        plural = singular(written, head);
        plural.as_str()
    } else {
        written
    };
    let prefix = o.prefix.clone().map_or("", |p| &text[p]);
    let org = o.org.clone().map_or("", |r| &text[r]);
    let mut s = String::with_capacity(prefix.len() + head.len() + org.len() + 2);
    // the parts between single spaces are the words of each between single spaces when
    // the whole is plain (a space at either end of a part, or inside it more white space
    // than one space, leaves the whole not plain): one look at the whole, not one a part
    for part in [prefix, head, org].into_iter().filter(|p| !p.is_empty()) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(part);
    }
    if plain(&s) {
        return s;
    }
    let mut words = String::with_capacity(s.len());
    push_words(&mut words, &s);
    words
}

/// Appends the words of `part` to `s` as `split_whitespace` cuts them, each after one
/// space but the first of `s`. Most parts are words between single spaces, copied whole.
fn push_words(s: &mut String, part: &str) {
    // no prefix or no organisation
    if part.is_empty() {
        return;
    }
    if plain(part) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(part);
        return;
    }
    for w in part.split_whitespace() {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
}

/// Is `part` words between single spaces, without other white space?
fn plain(part: &str) -> bool {
    let b = part.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if f != b' ' && l != b' ' => {}
        _ => return false,
    }
    // ASCII, the common case, eight bytes at a time up to the first byte beyond it: no
    // control character, no two spaces in a row
    let mut from = 0;
    let mut prev = 0;
    for c in b.chunks_exact(8) {
        let c: [u8; 8] = c.try_into().expect("8 bytes");
        let v = swar::word(&c);
        if v & swar::HIGH != 0 {
            break;
        }
        // no ASCII byte below a space
        if swar::at_least(v, b' ') & swar::HIGH != swar::HIGH {
            return false;
        }
        // the high bit of each byte that is a space
        let space = swar::between(v, b' ', b' ') & swar::HIGH;
        if space & (space >> 8) != 0 || (prev == b' ' && space & 0x80 != 0) {
            return false;
        }
        prev = c[7];
        from += 8;
    }
    for (i, &c) in b.iter().enumerate().skip(from) {
        if c <= b' ' {
            // a control character is no white space, but rare: the general path takes it
            if c != b' ' || prev == b' ' {
                return false;
            }
        } else if matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3)
            && part[i..].starts_with(char::is_whitespace)
        {
            // the first bytes of the white space beyond ASCII (U+0085, U+00A0, U+1680,
            // U+2000 to U+205F, U+3000)
            return false;
        }
        prev = c;
    }
    true
}

/// Is the head at `i` a bare `Deputy` or `Vice` whose next head, at `next`, follows at once
/// or after up to two words of a prefix (`Deputy Town Heads`, `Deputy County Chiefs`)?
fn rank_before_head(toks: &[Tok], name_at: &[usize], next: Option<usize>, i: usize) -> bool {
    let Some(k) = next else {
        return false;
    };
    matches!(toks[i].lower, b"deputy" | b"vice")
        && head_at(toks, i).is_some_and(|(_, len)| len == 1)
        && k > i
        && k <= i + 3
        && (i + 1..k).all(|j| name_at[j] == usize::MAX && prefix_word(&toks[j]))
}

/// The title groups, into `out`; `heads` are the tokens where a head starts, in order.
fn find_titles(
    text: &str,
    toks: &[Tok],
    name_at: &[usize],
    heads: &[usize],
    ones: &mut Vec<One>,
    out: &mut Vec<Title>,
) {
    out.clear();
    ones.clear();
    let mut i = 0;
    let mut floor = 0;
    let mut next = 0;
    while i < toks.len() {
        // the next token from `i` where a head starts
        while next < heads.len() && heads[next] < i {
            next += 1;
        }
        let Some(&h) = heads.get(next) else { break };
        i = h;
        if name_at[i] != usize::MAX {
            i += 1;
            continue;
        }
        // `Deputy County Chiefs A, B`: a bare `Deputy` (a deputy to a congress, as a head)
        // before a prefixed head is the rank of that head, read with it as its prefix
        if rank_before_head(toks, name_at, heads.get(next + 1).copied(), i) {
            i += 1;
            continue;
        }
        let Some(first) = parse_one(toks, name_at, i, floor) else {
            i += 1;
            continue;
        };
        let t0 = first.t0;
        let start = ones.len();
        ones.push(first);
        // heads joined by `and` share what one of them lacks; so do bare heads in a series
        // closed by `and` (`Deputy Party Secretary, Director and General Manager of X`)
        let mut series_from = None;
        loop {
            let last = ones.last().expect("a group has a title");
            let a = last.t1;
            // (after a post of a body's Party group, a comma may go on to the body's post;
            // asked only at a comma after an organisation, `party_group_body` reading text)
            let at_comma = toks.get(a).is_some_and(|t| t.punct(','));
            let party_unit =
                at_comma && last.org.is_some() && party_group_body(text, last).is_some();
            let comma = at_comma && (last.org.is_none() || party_unit) && !last.plural;
            if !comma && !toks.get(a).is_some_and(|t| t.is("and")) {
                break;
            }
            // a series whose last title has its organisation is closed before `and`:
            // `Mayor, Deputy Secretary of X and Secretary of Y` gives a bare `Mayor`
            if !comma && series_from.is_some() && last.org.is_some() {
                break;
            }
            let Some(h) = (a + 1..(a + 8).min(toks.len()))
                .take_while(|&k| name_at[k] == usize::MAX)
                .find(|&k| head_at(toks, k).is_some())
            else {
                break;
            };
            let Some(next) = parse_one(toks, name_at, h, a + 1) else {
                break;
            };
            if next.t0 != a + 1 {
                break;
            }
            // a title right before a name is that person's, not a coordinate of a title
            // after the name before (`A, member of X and Secretary General B`); a title
            // written before its name goes with it (`X Deputy Secretary and District Mayor B`)
            let before_name = name_at.get(next.t1).is_some_and(|&n| n != usize::MAX);
            if before_name && (last.org.is_some() || last.closed) && after_name(toks, name_at, t0) {
                break;
            }
            if comma {
                // `City CPPCC Party Group Secretary, Chairman A`, `Secretary of the Party
                // Group of the District CPPCC, Chairman A`: a bare head right before the
                // name, after a post of the body's Party unit, is its coordinate and ends
                // the group (not after `School Party Committee Deputy Secretary, President
                // A`, whose prefix is the Party unit itself)
                let bare = next.prefix.is_none() && next.org.is_none();
                let party_post = LEX.en_heads[last.head].words.iter().any(|w| w == "party");
                if before_name
                    && bare
                    && ((party_post && last.prefix.is_some()) || party_unit)
                    && series_from.is_none()
                {
                    ones.push(next);
                    break;
                }
                if before_name || last.org.is_some() {
                    break;
                }
                series_from.get_or_insert(ones.len());
            } else {
                series_from = None;
            }
            ones.push(next);
        }
        // a series that no `and` closes joins nothing
        if let Some(k) = series_from {
            ones.truncate(k);
        }
        let group = &ones[start..];
        let t0 = group[0].t0;
        let t1 = group.last().map_or(i + 1, |g| g.t1);
        let plural = group.iter().any(|g| g.plural);
        out.push(Title {
            t0,
            t1,
            group: start..ones.len(),
            titles: OnceCell::new(),
            plural,
        });
        floor = t1;
        i = t1.max(i + 1);
    }
}

/// Does the title starting at token `t0` follow `Name,` (`A, a member of X`)?
fn after_name(toks: &[Tok], name_at: &[usize], t0: usize) -> bool {
    let mut k = t0;
    while k > 0 && ["a", "an", "the", "also"].iter().any(|w| toks[k - 1].is(w)) {
        k -= 1;
    }
    k >= 2 && toks[k - 1].punct(',') && name_at[k - 2] != usize::MAX
}

/// The titles of a group of coordinated heads: a head without organisation takes the
/// next one's (`Secretary and Chairman of X`); a bare head after a prefixed one takes its
/// prefix (`District CPPCC Party Secretary and Chairman`).
fn coordinate(text: &str, group: &[One]) -> Vec<String> {
    // a title alone, most of them, shares nothing
    if let [one] = group {
        return vec![one_text(text, one)];
    }
    let mut g: Vec<One> = group.to_vec();
    for k in 0..g.len() {
        // (a head that names its own level keeps it: `County Magistrate and Commander of X`)
        if g[k].org.is_none() && g[k].prefix.is_none() && !g[k].closed && !g[k].own_level {
            if let Some(org) = g[k + 1..].iter().find_map(|n| n.org.clone()) {
                g[k].org = Some(org);
            }
        }
    }
    for k in 1..g.len() {
        if g[k].prefix.is_none() && g[k].org.is_none() && !g[k].own_level {
            if let Some(p) = g[..k].iter().rev().find_map(|n| n.prefix.clone()) {
                g[k].prefix = Some(p);
            }
        }
        // `Secretary of Party Group of Municipal CPPCC and Chairman A`, `Party group
        // members of Municipal CPPCC and Vice Chairman B`: a bare head after a post of the
        // body's Party group takes the body, without the group (as `区政协党组书记、主席`
        // gives `区政协主席`)
        if g[k].prefix.is_none() && g[k].org.is_none() && !g[k].own_level && !g[k].closed {
            if let Some(org) = party_group_body(text, &g[k - 1]) {
                g[k].org = Some(org);
            }
        }
    }
    g.iter().map(|o| one_text(text, o)).collect()
}

/// `of the School of Environment of Nanling University` at token `k`, after a name, up to
/// a comma, a full stop or a verb: `of`, then capitalised words (and `of`, `the`, `and`
/// between them); its token range.
fn of_body_after(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    if !toks.get(k)?.is("of") {
        return None;
    }
    let mut j = k + 1;
    let mut last_cap = None;
    while let Some(t) = toks.get(j) {
        if t.is_word() && t.cap && !t.has(VERB) {
            last_cap = Some(j);
        } else if !(t.is("of") || t.is("the") || t.is("and") || t.kind == Kind::Possessive) {
            break;
        }
        j += 1;
    }
    let e = last_cap? + 1;
    // (the body ends its clause or stands before its verb: `…, a member of`, `… suggested`)
    let closed = toks
        .get(e)
        .is_none_or(|t| t.punct(',') || t.punct('.') || t.has(VERB) || t.is_word() && !t.cap);
    (closed && e > k + 1).then_some((k, e))
}

/// The body of a post of its Party group: the organisation after `of Party Group` in
/// `Secretary of Party Group of Municipal CPPCC`, or the whole of it after the prefix
/// `Party group` (`Party group members of Municipal CPPCC`).
fn party_group_body(text: &str, o: &One) -> Option<Range<usize>> {
    let org = o.org.clone()?;
    let written = &text[org.clone()];
    let group = |s: &str| s.eq_ignore_ascii_case("party group");
    let words = &LEX.en_heads[o.head].words;
    let group_post = words.len() > 2 && words[0] == "party" && words[1] == "group";
    if group_post || o.prefix.clone().is_some_and(|p| group(&text[p])) {
        return Some(org);
    }
    [
        "of Party Group ",
        "of the Party Group ",
        "of Party group ",
        "of the Party group ",
    ]
    .iter()
    .find(|p| written.starts_with(*p) && written[p.len()..].starts_with("of "))
    .map(|p| org.start + p.len()..org.end)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    Name(usize),
    Title(usize),
    /// A separator, `true` where it holds a comma.
    Sep(bool),
    Other(usize),
}

/// The titles of the groups, and the buffers of [`attach`], kept by the reader.
struct Bufs<'s> {
    ones: &'s [One],
    items: &'s mut Vec<Item>,
    marks: &'s mut Vec<usize>,
}

/// Ties the titles to the names.
// kept out of `read_with`: inlined there, the reader took more instructions
#[inline(never)]
fn attach(
    text: &str,
    toks: &[Tok],
    names: &mut [Name],
    name_at: &[usize],
    titles: &mut [Title],
    bufs: Bufs,
) {
    let Bufs { ones, items, marks } = bufs;
    // without a name, no title goes anywhere and nothing is anchored
    if names.is_empty() {
        return;
    }
    // the paragraph as a sequence of names, titles, separators and other words; of a run
    // of other words only the first and the last are kept, the only ones looked at (from
    // the name, title or separator beside them)
    items.clear();
    // the items that are titles or names
    marks.clear();
    let mut ti = 0;
    // the first name that ends after `i`: names are in order and apart
    let mut ni = 0;
    let mut i = 0;
    'read: while i < toks.len() {
        // a title that starts inside a name or title already read is no item
        while titles.get(ti).is_some_and(|g| g.t0 < i) {
            ti += 1;
        }
        while names.get(ni).is_some_and(|n| n.t1 <= i) {
            ni += 1;
        }
        // a run of other words, read without a look at the items, up to the next title
        // or name
        let title = titles.get(ti).map_or(usize::MAX, |g| g.t0);
        let name = names.get(ni).map_or(usize::MAX, |n| n.t0);
        let stop = toks.len().min(title).min(name);
        loop {
            let a = i;
            while i < stop && !toks[i].has(AND | ARTICLE | COMMA) {
                i += 1;
            }
            // `County Magistrate Comrade Tan Jianguo`, `Team Leader Ms. Huangfu Min`: an
            // honorific between a title and its name stands between nothing
            let run_end = if i == name
                && i > a
                && matches!(
                    toks[i - 1].lower,
                    b"comrade"
                        | b"madam"
                        | b"mr"
                        | b"ms"
                        | b"mrs"
                        // `resident representative Grandma Zhou Guifang` (大娘, 大爷)
                        | b"grandma"
                        | b"grandpa"
                        | b"granny"
                        | b"uncle"
                        | b"aunt"
                        | b"auntie"
                ) {
                i - 1
            } else if i == name
                && i >= a + 2
                && toks[i - 1].punct('.')
                && matches!(toks[i - 2].lower, b"mr" | b"ms" | b"mrs")
            {
                i - 2
            } else if i == title
                && i == a + 2
                && toks[a].is("newly")
                && (toks[a + 1].is("appointed") || toks[a + 1].is("elected"))
            {
                // `A, newly appointed Director of X`: the participle stands between nothing
                a
            } else if i == name
                && (i == a + 1 && toks[a].punct(':')
                    || i == a + 2
                        && (toks[a].is("are") || toks[a].is("were"))
                        && toks[a + 1].punct(':'))
                && matches!(items.last(), Some(&Item::Title(g)) if titles[g].plural)
            {
                // `members of the presidium: A, B and C`: a plural title opens its list (and
                // `Members of the presidium of the conference are: A, B, C`)
                a
            } else if i == name
                && i == a + 1
                && toks[a].is("including")
                && matches!(items[..], [.., Item::Title(g), Item::Sep(true)] if titles[g].plural)
            {
                // `other members of the leadership team, including A, B and C`: the list
                // follows its plural title
                items.pop();
                a
            } else {
                i
            };
            if run_end > a {
                items.push(Item::Other(a));
                if run_end - 1 > a {
                    items.push(Item::Other(run_end - 1));
                }
            }
            if i > a && i == toks.len() {
                break 'read;
            }
            // (`title` is the start of title `ti`, read above)
            if i == title {
                marks.push(items.len());
                items.push(Item::Title(ti));
                i = titles[ti].t1;
                ti += 1;
                continue 'read;
            }
            if name_at[i] != usize::MAX {
                let k = name_at[i];
                marks.push(items.len());
                items.push(Item::Name(k));
                i = names[k].t1;
                continue 'read;
            }
            let t = &toks[i];
            if t.punct(',') || t.has(AND) {
                // `, and` and `, also a` are one separator
                if !matches!(items.last(), Some(Item::Sep(_))) {
                    items.push(Item::Sep(false));
                }
                if t.punct(',') {
                    if let Some(Item::Sep(comma)) = items.last_mut() {
                        *comma = true;
                    }
                }
            } else if t.has(ARTICLE) && matches!(items.last(), Some(Item::Sep(_))) {
                // skipped: `, a member of`, `, also secretary of`, `, the district Party Secretary`
            } else {
                items.push(Item::Other(i));
            }
            i += 1;
            // (up to `stop` no title or name is passed, and `stop` holds: the
            // separators and other words before it are read without a look ahead again)
            if i >= stop {
                continue 'read;
            }
        }
    }
    // `Comrade Zhu Wen, Comrade Ma Jiawei were elected as the vice mayors`: a post the
    // names before it were elected or appointed to is theirs, and no title of a name after
    for &j in marks.iter() {
        let Item::Name(n) = items[j] else { continue };
        let Some(k) =
            (j + 1..(j + 8).min(items.len())).find(|&k| !matches!(items[k], Item::Other(_)))
        else {
            continue;
        };
        let Item::Title(g) = items[k] else { continue };
        if k == j + 1 || !elected_to(toks, names[n].t1, titles[g].t0) {
            continue;
        }
        titles[g].give(text, ones, names, n);
        let mut b = j;
        while b >= 2 && matches!(items[b - 1], Item::Sep(_)) {
            let Item::Name(m) = items[b - 2] else { break };
            titles[g].give(text, ones, names, m);
            b -= 2;
        }
        // the items up to the post are read
        for item in &mut items[j + 1..=k] {
            *item = Item::Sep(true);
        }
    }
    // `Comrade Gu Meilan (member of party group, deputy procurator-general)`: titles in
    // brackets after a name, and nothing else there, are its own
    for &j in marks.iter() {
        let Item::Name(n) = items[j] else { continue };
        let Some(&Item::Other(open)) = items.get(j + 1) else {
            continue;
        };
        if !toks[open].punct('(') {
            continue;
        }
        let mut k = j + 2;
        while matches!(items.get(k), Some(Item::Title(_) | Item::Sep(_))) {
            k += 1;
        }
        let closed = matches!(items.get(k), Some(&Item::Other(c)) if toks[c].punct(')'));
        if !closed || !matches!(items.get(j + 2), Some(Item::Title(_))) {
            continue;
        }
        for item in &mut items[j + 2..k] {
            if let Item::Title(g) = *item {
                titles[g].give(text, ones, names, n);
            }
            *item = Item::Sep(true);
        }
    }
    // `A, Deputy Directors B, C and other Party Committee members`: a plural label after
    // `and other` is a title of every name of the list before it, whatever their own; it
    // is given after the titles of their own, which come first in the text
    let mut others: Vec<(usize, usize)> = Vec::new();
    for &k in marks.iter() {
        let Item::Title(g) = items[k] else { continue };
        let other = k >= 3
            && titles[g].plural
            && matches!(items[k - 1], Item::Other(t) if toks[t].is("other") && t >= 1 && toks[t - 1].is("and"))
            && matches!(items[k - 2], Item::Sep(_))
            && matches!(items[k - 3], Item::Name(_));
        if other {
            others.push((k, g));
            items[k] = Item::Other(titles[g].t0);
        }
    }
    let next_is_name = |j: usize| matches!(items.get(j), Some(Item::Name(_)));
    // a title in lower case that ends its sentence with the stop of a company's suffix
    // (`with A, chairman of Ruineng Technology Co., Ltd. Chen Haoyu, director of …`) is no
    // title of the name after it; a capitalised one may be (`At the symposium, Chairman
    // of Hengtai Co., Ltd. Wei Guoqiang, General Manager of …`)
    let ends_sentence = |t0: usize, t1: usize| t1 > 0 && toks[t1 - 1].punct('.') && !toks[t0].cap;
    // the name at `j` is titled before it, or is one of a list that a title opens
    let titled_before = |j: usize| {
        let mut b = j;
        while b >= 2
            && matches!(items[b - 1], Item::Sep(_))
            && matches!(items[b - 2], Item::Name(_))
        {
            b -= 2;
        }
        b >= 1 && matches!(items[b - 1], Item::Title(_))
    };
    // `deputies A (Chairwoman of …), B (Secretary of …) and C`: the list goes on past a
    // name's titles in brackets (read above: only separators are left between them)
    let past_brackets = |k: usize| {
        let open = |k: usize| matches!(items.get(k), Some(&Item::Other(t)) if toks[t].punct('('));
        if !open(k) {
            return k;
        }
        let mut c = k + 1;
        while matches!(items.get(c), Some(Item::Sep(_))) {
            c += 1;
        }
        match items.get(c) {
            Some(&Item::Other(t)) if toks[t].punct(')') && c > k + 1 => c + 1,
            _ => k,
        }
    };
    // only a title or a name does anything
    for &j in marks.iter() {
        match items[j] {
            // `A spokesperson for X, Mao Ning, said`: a title opening the clause, then its
            // name between commas
            // (not a post after `as`, the name's before it: `elected A as township head,
            // B and C as vice township heads`)
            Item::Title(g)
                if matches!(items.get(j + 1), Some(Item::Sep(_)))
                    && next_is_name(j + 2)
                    && (j == 0 || !after_name_or_as(toks, items, j))
                    && match items.get(j + 3) {
                        // (or the name ends the sentence: `led by Mayor of X, Erik Holm.`)
                        Some(Item::Sep(_)) | None => true,
                        Some(&Item::Other(t)) => toks[t].punct('.'),
                        _ => false,
                    } =>
            {
                if let Item::Name(n) = items[j + 2] {
                    titles[g].give(text, ones, names, n);
                }
                // `Other leaders of the district, A, B and C, attended`: a plural title
                // goes on to every name of the list it opens, up to a name with a title
                // of its own after it
                let mut k = j + 3;
                while titles[g].plural && matches!(items.get(k), Some(Item::Sep(_))) {
                    let Some(&Item::Name(n)) = items.get(k + 1) else {
                        break;
                    };
                    if titled_after(items, titles, k + 1) {
                        break;
                    }
                    titles[g].give(text, ones, names, n);
                    k += 2;
                }
            }
            // `County Party Committee Deputy Secretary, County Magistrate Tan Jianguo`:
            // titles in a row before a name, opening the clause (or after a name titled
            // before it, or one of a list a title opens: `Member A, Member, Secretary,
            // Director B`, `Members A, B, Member, Director C`, `Secretary A and Member,
            // Director B`), are all its own
            // (after a titled name, `and` joins them too: `Township Head A, Member of the
            // Township Party Committee and Deputy Township Head B`)
            Item::Title(g)
                if !titles[g].plural
                    && (j == 0
                        || matches!(items[j - 1], Item::Other(_))
                        || matches!(items[j - 1], Item::Sep(_))
                            && (j == 1
                                || matches!(items[j - 2], Item::Other(_))
                                || j >= 3
                                    && matches!(items[j - 2], Item::Name(_))
                                    && titled_before(j - 2)))
                    && match items.get(j + 1) {
                        Some(Item::Sep(true)) => true,
                        Some(Item::Sep(false)) => {
                            j >= 3
                                && matches!(items[j - 1], Item::Sep(_))
                                && matches!(items[j - 2], Item::Name(_))
                                && titled_before(j - 2)
                        }
                        _ => false,
                    } =>
            {
                let after_titled = items.get(j + 1) == Some(&Item::Sep(false));
                let singular =
                    |k: usize| matches!(items.get(k), Some(&Item::Title(g)) if !titles[g].plural);
                let joined = |k: usize| {
                    items.get(k + 1) == Some(&Item::Sep(true))
                        || after_titled && items.get(k + 1) == Some(&Item::Sep(false))
                };
                let mut k = j;
                while singular(k) && joined(k) && singular(k + 2) {
                    k += 2;
                }
                // (`, and` opens the next item: `A, Sun Jie, Secretary of the Commission,
                // and Chief Engineer Li Qiang`; asked only of a run of titles)
                let run = k > j && !and_between_titles(toks, items, titles, j);
                if let Some(&Item::Name(n)) = items.get(k + 1).filter(|_| run) {
                    for t in (j..k).step_by(2) {
                        let Item::Title(g) = items[t] else { continue };
                        titles[g].give(text, ones, names, n);
                    }
                }
            }
            // `Party Committee Members, Deputy General Managers Wu Qiang, Ma Lihua`: two
            // plural titles in a row before a list, opening the clause, are each name's
            Item::Title(g)
                if titles[g].plural
                    && (j == 0 || !matches!(items[j - 1], Item::Name(_)))
                    && matches!(items.get(j + 1), Some(Item::Sep(true)))
                    && matches!(items.get(j + 2), Some(&Item::Title(g2)) if titles[g2].plural)
                    && next_is_name(j + 3) =>
            {
                let mut k = j + 3;
                while let Some(&Item::Name(n)) = items.get(k) {
                    titles[g].give(text, ones, names, n);
                    if !matches!(items.get(k + 1), Some(Item::Sep(_))) {
                        break;
                    }
                    k += 2;
                }
            }
            Item::Title(g) if next_is_name(j + 1) && !ends_sentence(titles[g].t0, titles[g].t1) => {
                // title before a name, and before each name of its list when plural
                let Item::Name(first) = items[j + 1] else {
                    continue;
                };
                titles[g].give(text, ones, names, first);
                // `Professor Ren Zhihua of the School of Environment of Nanling University`:
                // a head with no body before the name takes the body after it
                if let ([one], false) = (&ones[titles[g].group.clone()], titles[g].plural) {
                    if let Some((a, b)) = one
                        .org
                        .is_none()
                        .then(|| of_body_after(toks, names[first].t1))
                        .flatten()
                    {
                        let t = one_text(text, one);
                        let of = &text[toks[a].start()..toks[b - 1].end()];
                        if let Some(s) = names[first].titles.iter_mut().find(|s| **s == t) {
                            *s = format!("{t} {of}");
                        }
                    }
                }
                let mut k = past_brackets(j + 2);
                // `Deputy General Manager Zhao Qiang, Sun Yaping attended`, the machine
                // translation of `副总经理赵强、孙亚平出席`: a singular title before names
                // joined by commas alone, the last one before a verb, is each name's
                let shared = !titles[g].plural && {
                    let mut e = k;
                    while items.get(e) == Some(&Item::Sep(true))
                        && matches!(items.get(e + 1), Some(Item::Name(_)))
                    {
                        e += 2;
                    }
                    // (or before a comma and the next name's own title: `District CPPCC vice
                    // chairman A, B, Deputy District Mayor C attended`)
                    let next_titled = items.get(e) == Some(&Item::Sep(true))
                        && matches!(items.get(e + 1), Some(Item::Title(_)))
                        && next_is_name(e + 2);
                    // (or before `and` and people of no name: `County Discipline Commission
                    // Deputy Secretary A, B and the main responsible persons of 36 units
                    // attended`)
                    let and_group = items.get(e) == Some(&Item::Sep(false))
                        && matches!(items.get(e + 1), Some(Item::Other(_)));
                    e > k
                        && (next_titled
                            || and_group
                            || matches!(items.get(e), Some(&Item::Other(t)) if toks[t].has(VERB)))
                };
                while (titles[g].plural || shared)
                    && matches!(items.get(k), Some(Item::Sep(_)))
                    && next_is_name(k + 1)
                {
                    let Item::Name(n) = items[k + 1] else { break };
                    // `Members … A, B and C, and D, chairwoman of …`: a name after a comma
                    // with a title of its own after it is the next item, not the list's,
                    // once `and` has closed the list (`Deputy Mayors A, B, Director of …`:
                    // B is a deputy mayor too)
                    let closed = matches!(items[k - 1], Item::Name(p)
                        if names[p].t0 > 0 && toks[names[p].t0 - 1].has(AND));
                    // (and the titles after it are its own where a comma and `and` open
                    // the next name's: `…, D, member of …, and Chief Engineer E`)
                    let own = items[k] == Item::Sep(true)
                        && closed
                        && titled_after(items, titles, k + 1)
                        && (!titles_before_name(items, k + 3)
                            || and_between_titles(toks, items, titles, k + 3));
                    if own {
                        break;
                    }
                    titles[g].give(text, ones, names, n);
                    k = past_brackets(k + 2);
                }
                // `Members of the leading group A, Secretary of …, and B, Head of …,
                // attended`: a plural title before a list of names each with titles of
                // its own goes on past them, to each name of the list
                let mut k = past_brackets(j + 2);
                while titles[g].plural && titled_after(items, titles, k - 1) {
                    let mut e = k + 1;
                    while matches!(items.get(e), Some(&Item::Title(t)) if !titles[t].plural)
                        && matches!(items.get(e + 1), Some(Item::Sep(_)))
                    {
                        e += 2;
                    }
                    let Some(&Item::Name(n)) = items.get(e) else {
                        break;
                    };
                    if !titled_after(items, titles, e) {
                        break;
                    }
                    titles[g].give(text, ones, names, n);
                    k = e + 1;
                }
            }
            Item::Name(n) => {
                // titles after a name, up to the next name
                let mut k = j + 1;
                // `B (part-time) as vice chairmen`: a note in brackets before `as` (the
                // items hold its opening bracket, and perhaps more of it)
                if matches!(items.get(k), Some(&Item::Other(t)) if toks[t].punct('(')) {
                    let a = (k + 1..(k + 5).min(items.len()))
                        .take_while(|&c| matches!(items[c], Item::Other(_)))
                        .find(|&c| is_as(toks, items, c));
                    if let Some(a) = a {
                        k = a;
                    }
                }
                let mut first = true;
                while matches!(items.get(k), Some(Item::Sep(_))) || (first && is_as(toks, items, k))
                {
                    let via_as = first && is_as(toks, items, k);
                    // `A is currently a counselor of …`: adverbs after the copula
                    if via_as {
                        while matches!(items.get(k + 1), Some(&Item::Other(t)) if toks[t].has(ADVERB))
                        {
                            k += 1;
                        }
                    }
                    // `elected A as the district head of …`
                    let mut indefinite = false;
                    if via_as
                        && matches!(items.get(k + 1), Some(&Item::Other(t)) if toks[t].has(ARTICLE))
                    {
                        indefinite = matches!(items[k + 1], Item::Other(t)
                            if toks[t].is("a") || toks[t].is("an"));
                        k += 1;
                    }
                    let Some(Item::Title(g)) = items.get(k + 1).copied() else {
                        break;
                    };
                    // `Hu Fengying as a deputy who just came back`: a role, not a post
                    if indefinite && titles[g].t1 == titles[g].t0 + 1 && !toks[titles[g].t0].cap {
                        break;
                    }
                    // a first title after a name follows a comma: `Vice Mayor Kong and
                    // leaders of departments` gives Kong no second title
                    if first && items[k] == Item::Sep(false) {
                        break;
                    }
                    if next_is_name(k + 2) && !ends_sentence(titles[g].t0, titles[g].t1) {
                        break;
                    }
                    // `Member A, Member, Secretary B`: after a name titled before it, or
                    // one of a list a title opens (`deputy directors A, B, party committee
                    // member, group leader C`), titles in a row that a name closes are
                    // that name's
                    // (not where `and` parts them: `A, Sun Jie, Secretary of the Commission,
                    // and Chief Engineer Li Qiang` gives Sun Jie the title after him)
                    if first
                        && titled_before(j)
                        && titles_before_name(items, k + 1)
                        && !and_between_titles(toks, items, titles, k + 1)
                    {
                        break;
                    }
                    // a plural title after a name that holds a title already, from before
                    // (`Members of the team A, B and C, the secretaries of the village
                    // branches and …`) or from this loop (`A, Full-time Member of the
                    // Committee, and judges and procurators`), opens the next item
                    // (but `Vice Governors A and B, members of the Commission, were
                    // present`: set off by commas before the verb, it is the list's)
                    // (nor before the next name of the list, with a title of its own:
                    // `Deputy Procurators-General A, B and C, members of the Party Group, and
                    // D, Head of …, attended`)
                    let appositive = titles[g].plural
                        && items.get(k + 2) == Some(&Item::Sep(true))
                        && (matches!(items.get(k + 3), Some(&Item::Other(t))
                            if verb_at(toks, t) || matches!(toks[t].lower, b"were" | b"was"))
                            || matches!(items.get(k + 3), Some(&Item::Name(_)))
                                && titled_after(items, titles, k + 3));
                    if titles[g].plural && !names[n].titles.is_empty() && !appositive {
                        break;
                    }
                    titles[g].give(text, ones, names, n);
                    if first && (titles[g].plural || via_as) {
                        // a plural title after a list goes to every name of the list, and
                        // so does a post they were given (`elected A, B as the deputy
                        // directors`, `as the deputy director`)
                        let mut b = j;
                        while b >= 2 && matches!(items[b - 1], Item::Sep(_)) {
                            let Item::Name(m) = items[b - 2] else { break };
                            if !names[m].titles.is_empty() && !appositive {
                                break;
                            }
                            titles[g].give(text, ones, names, m);
                            b -= 2;
                        }
                    }
                    first = false;
                    k += 2;
                }
                // a verb after the name (or after its titles), or `by`/`said` before it
                let after = items.get(k).copied();
                let verb = match after {
                    Some(Item::Other(t)) => verb_at(toks, t),
                    Some(Item::Sep(_)) => match items.get(k + 1) {
                        Some(Item::Other(t)) if !first => verb_at(toks, *t),
                        _ => false,
                    },
                    _ => false,
                };
                let before = j >= 1
                    && match items[j - 1] {
                        Item::Other(t) => {
                            let l = toks[t].lower;
                            (l == b"by" && !(t >= 1 && toks[t - 1].has(ACTOR_NOT)))
                                || matches!(
                                    l,
                                    b"said" | b"says" | b"asked" | b"added" | b"stressed"
                                )
                        }
                        _ => false,
                    };
                if verb {
                    names[n].subject = true;
                }
                if verb || before {
                    names[n].anchored = true;
                    if verb {
                        // the names of a list before it act too
                        let mut b = j;
                        while b >= 2 && matches!(items[b - 1], Item::Sep(_)) {
                            let Item::Name(m) = items[b - 2] else { break };
                            names[m].anchored = true;
                            b -= 2;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (k, g) in others {
        let mut b = k - 2;
        while b >= 1 {
            match items[b - 1] {
                Item::Name(m) => titles[g].give(text, ones, names, m),
                Item::Sep(_) => {}
                // a title of the name after it, or one of its titles in a row (`Member of
                // …, Secretary of …, Director of … C and other county leaders`)
                Item::Title(_) if titles_before_name(items, b - 1) => {}
                // `Deputy Secretary A; Director B; Chairman C and other county leaders`:
                // items of a title and a name, parted by semicolons
                Item::Other(t)
                    if toks[t].punct(';')
                        && matches!(items[b], Item::Title(_))
                        && b >= 3
                        && matches!(items[b - 2], Item::Name(_))
                        && matches!(items[b - 3], Item::Title(_)) => {}
                _ => break,
            }
            b -= 1;
        }
    }
    // formulations: `Xi Jinping Thought`, `with Comrade Xi Jinping at its core` name no
    // one here
    for n in names.iter_mut() {
        let core = toks.get(n.t1).is_some_and(|t| t.is("at") || t.is("as"))
            && toks[n.t1 + 1..].iter().take(3).any(|t| t.is("core"));
        // `General Secretary Xi Jinping's important thinking on strengthening and improving
        // the work of the CPPCC`: a body of thought the slogan catalogue holds (not `…'s
        // important thoughts on upholding …`, which names him, as the Chinese reader does)
        let thinking = toks.get(n.t1).is_some_and(|t| t.kind == Kind::Possessive)
            && toks.get(n.t1 + 1).is_some_and(|t| {
                t.is("important") && {
                    let rest = &text.as_bytes()[t.start as usize..];
                    ABOUT_THOUGHTS.iter().any(|w| {
                        rest.get(..w.len())
                            .is_some_and(|r| r.eq_ignore_ascii_case(w.as_bytes()))
                    })
                }
            });
        // `the “Head Goose” project`: a quote's words that read as a title and a name
        // (a name closing the quote, opened a few words before it) name no one
        let quoted = toks.get(n.t1).is_some_and(|t| t.punct('”') || t.punct('"'))
            && toks[n.t0.saturating_sub(4)..n.t0]
                .iter()
                .any(|t| t.punct('“') || t.punct('"'));
        if core || thinking || quoted {
            n.anchored = false;
            n.honorific = false;
            n.titles.clear();
        }
        if toks.get(n.t1).is_some_and(|t| t.is("thought") && t.cap) {
            n.anchored = false;
            n.honorific = false;
            n.titles.clear();
        }
    }
}

/// Do titles from item `j` on, in a row, close with a name (`Party group member,
/// supervision group leader Hao Jianguo`)?
fn titles_before_name(items: &[Item], mut j: usize) -> bool {
    while matches!(items.get(j), Some(Item::Title(_))) {
        match items.get(j + 1) {
            Some(Item::Name(_)) => return true,
            Some(Item::Sep(_)) => j += 2,
            _ => return false,
        }
    }
    false
}

/// Do a comma and `and` stand before a title of the run of titles from item `j` on
/// (`Secretary of the Commission, and Chief Engineer`)?
fn and_between_titles(toks: &[Tok], items: &[Item], titles: &[Title], mut j: usize) -> bool {
    while let (Some(&Item::Sep(comma)), Some(&Item::Title(g))) =
        (items.get(j + 1), items.get(j + 2))
    {
        if comma && titles[g].t0 > 0 && toks[titles[g].t0 - 1].is("and") {
            return true;
        }
        j += 2;
    }
    false
}

/// The English forms of the built-in slogan catalogue that name a body of thought by its
/// topic after a name (`important thinking on strengthening and improving the work of the
/// CPPCC`).
static ABOUT_THOUGHTS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    super::slogan_forms(4, |w| {
        w.starts_with("important thinking on") || w.starts_with("important thoughts on")
    })
});

/// Has the name at item `j` a singular title of its own after a comma (`…, and D,
/// chairwoman of …`)? Then it is not one more name of a list before it.
fn titled_after(items: &[Item], titles: &[Title], j: usize) -> bool {
    items.get(j + 1) == Some(&Item::Sep(true))
        && matches!(items.get(j + 2), Some(&Item::Title(g)) if !titles[g].plural)
}

/// Do the words between a name and a title say the name was given the post: `was elected
/// as the`, `were appointed`, `elected`, `was named`?
fn elected_to(toks: &[Tok], from: usize, to: usize) -> bool {
    let mut words = toks[from.min(to)..to]
        .iter()
        .filter(|t| !(t.is("was") || t.is("were") || t.is("has") || t.is("have") || t.is("been")));
    let first = words.next();
    // `was removed from the post of`, `relieved of the post of`: the post held till then
    if first.is_some_and(|t| t.is("removed") || t.is("relieved") || t.is("dismissed")) {
        let rest: Vec<&Tok> = words.collect();
        return matches!(rest.as_slice(), [a, b, c, d]
            if (a.is("from") || a.is("of")) && b.is("the") && (c.is("post") || c.is("posts")) && d.is("of"));
    }
    // `decided to remove A from the post of`: the same, the verb before the name (and
    // `the resignation of A from the post of a member of …`)
    if first.is_some_and(|t| t.is("from")) {
        let rest: Vec<&Tok> = words.collect();
        let rest = match rest.as_slice() {
            [head @ .., a] if a.is("a") || a.is("an") => head,
            all => all,
        };
        return matches!(rest, [b, c, d]
            if b.is("the") && (c.is("post") || c.is("posts")) && d.is("of"));
    }
    // `was transferred to be Director of …` (调任): the post taken
    if first.is_some_and(|t| t.is("transferred")) {
        let rest: Vec<&Tok> = words.collect();
        return matches!(rest.as_slice(), [a] if a.is("as"))
            || matches!(rest.as_slice(), [a, b] if a.is("to") && b.is("be"));
    }
    let verb = first.is_some_and(|t| {
        t.is("elected") || t.is("appointed") || t.is("named") || t.is("reappointed")
    });
    let article = |t: &Tok| t.is("the") || t.is("a");
    verb && match (words.next(), words.next(), words.next()) {
        (None, _, _) => true,
        (Some(a), None, _) => a.is("as") || article(a),
        (Some(a), Some(b), None) => a.is("as") && article(b),
        _ => false,
    }
}

/// `elected A as the …`, and the copula of `A is Secretary of …`, `A and B are Vice
/// Directors of …`: the title after it is the name's (and the list's before it).
fn is_as(toks: &[Tok], items: &[Item], k: usize) -> bool {
    matches!(items.get(k), Some(Item::Other(t))
        if toks[*t].is("as") || toks[*t].is("is") || toks[*t].is("are"))
}

/// Does the item before `j` (`j > 0`) close a name or a list, or say `as` (or `as the`):
/// a title there is no opening of a clause?
fn after_name_or_as(toks: &[Tok], items: &[Item], j: usize) -> bool {
    let article = matches!(items[j - 1], Item::Other(t) if toks[t].has(ARTICLE));
    matches!(items[j - 1], Item::Sep(_) | Item::Name(_))
        || is_as(toks, items, j - 1)
        || j >= 2 && article && is_as(toks, items, j - 2)
}

fn verb_at(toks: &[Tok], mut t: usize) -> bool {
    // `Wang Yang (center) presides`
    if toks[t].punct('(') {
        while t < toks.len() && !toks[t].punct(')') {
            t += 1;
        }
        t += 1;
    }
    while toks.get(t).is_some_and(|x| x.has(ADVERB)) {
        t += 1;
    }
    toks.get(t).is_some_and(|x| x.is_word() && x.has(VERB))
}

fn give(names: &mut [Name], n: usize, titles: &[String]) {
    for t in titles {
        if !names[n].titles.contains(t) {
            names[n].titles.push(t.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_letters_and_digits() {
        let text = "abc 20th a1b2c3d4e5f6g7h8 xyz9 9xyz longwordlongword2024x -_.\u{e9}q";
        let mut lowered = text.to_string();
        lowered.push_str(PAD);
        let b = lowered.as_bytes();
        for from in 0..text.len() {
            let mut end = from;
            while b[end].is_ascii_lowercase() || b[end].is_ascii_digit() {
                end += 1;
            }
            assert_eq!(alnum_run(b, from), end, "from {from}");
        }
    }

    /// With the high bits of the bytes kept, a word still ends at its first byte that is
    /// no letter (or digit), whatever byte that is and whatever bytes follow it.
    #[test]
    fn short_words_end_at_any_byte() {
        let mut buf = [0u8; 40];
        for len in 0..17 {
            for stop in 0..=u8::MAX {
                for after in [0u8, b'a', b'9', 0x7f, 0x80, 0xff] {
                    buf.fill(after);
                    buf[..len].fill(b'z');
                    buf[len] = stop;
                    for digits in [false, true] {
                        let inside = |c: u8| c.is_ascii_lowercase() || digits && c.is_ascii_digit();
                        let end = buf.iter().position(|&c| !inside(c)).unwrap_or(buf.len());
                        let got = if digits {
                            short_word::<true>(&buf, 0).map(|w| (w.end, w.key))
                        } else {
                            short_word::<false>(&buf, 0).map(|w| (w.end, w.key))
                        };
                        let want = (1..16).contains(&end).then(|| {
                            let key = pack(&buf[..end]);
                            (end, [key[0], key[1]])
                        });
                        assert_eq!(got, want, "{len} letters, then {stop:#x}, {after:#x}");
                        if digits {
                            assert_eq!(alnum_run(&buf, 0), end);
                        }
                    }
                }
            }
        }
    }

    /// A word of the vocabulary is a given name by its entry as `is_given` reads it.
    #[test]
    fn given_names_of_the_vocabulary() {
        for w in ["lei", "hong", "wei", "road", "secretary", "the", "he"] {
            let (id, flags) = VOCAB.get(w.as_bytes());
            assert_ne!(id, NO_WORD, "{w}");
            assert_eq!(flags & GIVEN != 0, is_given(w.as_bytes()), "{w}");
        }
        assert!(VOCAB.get(b"hong").1 & GIVEN != 0);
        assert!(VOCAB.get(b"road").1 & GIVEN == 0);
    }

    /// A character of the General Punctuation block, read from its bytes, is a token of
    /// its own as the general path reads it: none where it is white space.
    #[test]
    fn general_punctuation_from_its_bytes() {
        for c in '\u{2000}'..='\u{2080}' {
            let s = format!("Li {c}Hong");
            let (mut lowered, mut wide, mut heads) = (String::new(), String::new(), Vec::new());
            let toks = tokens(&s, None, &mut lowered, &mut wide, Vec::new(), &mut heads);
            let kinds: Vec<Kind> = toks.iter().map(|t| t.kind).collect();
            let want = if c.is_whitespace() {
                vec![Kind::Word, Kind::Word]
            } else if c.is_alphanumeric() {
                // (superscripts, past the block: one word with the letters after)
                vec![Kind::Word, Kind::Word]
            } else {
                vec![Kind::Word, Kind::Punct(c), Kind::Word]
            };
            assert_eq!(kinds, want, "{c:?}");
            if let [_, p, _] = &toks[..] {
                assert_eq!(
                    (p.start(), p.end(), p.lower, p.id, p.flags),
                    (3, 3 + c.len_utf8(), c.to_string().as_bytes(), NO_WORD, 0)
                );
                assert!(!p.cap && !p.ascii);
            }
        }
    }

    #[test]
    fn vocab_table_at_most_half_full() {
        let v = &*VOCAB;
        let used = v.slots.iter().filter(|s| s.entry != 0).count();
        assert!(
            2 * used <= SLOTS,
            "{used} of {SLOTS} slots: raise SLOT_BITS"
        );
    }

    #[test]
    fn general_punctuation_has_no_letter_digit_or_case() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(general_punctuation(c));
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
    }

    #[test]
    fn given_names_split_into_syllables() {
        assert!(is_given("baozhen".as_bytes()));
        assert!(is_given("jinping".as_bytes()));
        assert!(is_given("xin’e".as_bytes()));
        assert!(is_given("lei".as_bytes()));
        assert!(!is_given("road".as_bytes()));
        assert!(!is_given("thought".as_bytes()));
        // a name as written reads as in lower case, whatever its case
        for w in [
            "baozhen",
            "jinping",
            "lei",
            "road",
            "thought",
            "a",
            "xiangyu",
            "zhuangzhuang",
            "chuangshuang",
            "lianqiangzhi",
            "x",
        ] {
            let capital = format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]);
            assert_eq!(is_given(capital.as_bytes()), is_given(w.as_bytes()), "{w}");
            let upper = w.to_ascii_uppercase();
            assert_eq!(is_given(upper.as_bytes()), is_given(w.as_bytes()), "{w}");
        }
        assert!(is_given(b"Jinping"));
        assert!(!is_given(b""));
    }

    fn names(text: &str) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        read(text, None, 0..text.len(), &mut out);
        out.into_iter()
            .filter(|f| f.anchored)
            .map(|f| (f.name_in(text).to_string(), f.titles))
            .collect()
    }

    fn one(text: &str, name: &str, titles: &[&str]) {
        assert_eq!(
            names(text),
            [(
                name.to_string(),
                titles.iter().map(|t| t.to_string()).collect()
            )],
            "{text}"
        );
    }

    #[test]
    fn surface_forms() {
        one(
            "General Secretary Xi Jinping spoke.",
            "Xi Jinping",
            &["General Secretary"],
        );
        one(
            "Li Jun, chairman of the CPPCC, presided.",
            "Li Jun",
            &["chairman of the CPPCC"],
        );
        one(
            "Shi Bao, Secretary and Chairman of the Party Group, attended.",
            "Shi Bao",
            &[
                "Secretary of the Party Group",
                "Chairman of the Party Group",
            ],
        );
        one(
            "CPPCC party secretary and chairman Yu Yongxin presided.",
            "Yu Yongxin",
            &["CPPCC party secretary", "CPPCC chairman"],
        );
        one("Ouyang Jian attended the meeting.", "Ouyang Jian", &[]);
        one("Mr. Li Lianqiang listened.", "Li Lianqiang", &[]);
    }

    #[test]
    fn plain_parts() {
        assert!(plain("Vice Chairman of the Standing Committee"));
        assert!(plain("Members of the Lü Party"));
        // two spaces inside eight bytes, and across two blocks of eight
        assert!(!plain("Chairman  of"));
        assert!(!plain("Members  of the Party"));
        assert!(!plain("Member\tof the Party"));
        assert!(!plain("Members of\u{a0}the Party"));
        assert!(!plain("Members of the Party\u{3000}Group"));
        assert!(!plain(" Member"));
        assert!(!plain("Member "));
    }

    #[test]
    fn not_names() {
        assert!(names("Learning from Lei Feng.").is_empty());
        assert!(names("(Reporter/Lin Lijun, Correspondent/Ou Zhihong)").is_empty());
        assert!(names("Editor: Wang Qingchu").is_empty());
        assert!(names("Study Xi Jinping Thought on Socialism.").is_empty());
        assert!(names("The Secretary of the Party Group attended.").is_empty());
    }
}
