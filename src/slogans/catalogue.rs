//! The slogan catalogue (`data/slogans.tsv` and the user's rows) and the matching of its
//! forms against the text.
//!
//! A form is compiled into units: English words (lower case, apostrophes dropped, made
//! singular as the scorer does), single Chinese characters, and what stands between them.
//! A form is found by its head (its first word's stem, or its first two Chinese
//! characters), which the one prefilter pass reports; from there [`Group::matches`] walks
//! the text and the units of every form under that head together, so that case, `’`/`'`,
//! hyphen/space, a plural ending and a line break inside the phrase are all ignored while
//! offsets stay those of the text. A leading article is not part of a form (`the nation's
//! greatest interests` is found as `nation's greatest interests`).

use std::collections::HashMap;
use std::sync::OnceLock;

use once_cell::sync::Lazy;

use crate::document::is_han;
use crate::extraction::SloganKind;
use crate::swar;
use crate::Error;

/// One formulation: a row of the catalogue.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub id: String,
    pub kind: SloganKind,
    pub number: Option<u32>,
}

/// What a form is made of.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    /// An English word (or a run of digits): lower case, without apostrophes, singular.
    Word(String),
    /// One character compared as written (Chinese characters, full-width forms).
    Char(char),
    /// Space or hyphen between words: the text needs one or more spaces, line breaks or
    /// hyphens there.
    Gap,
    /// Nothing between two characters: the text may hold a line break there.
    Join,
    /// Punctuation, matched as written, with optional spaces around it.
    Punct(char),
}

/// One rendering of a formulation, compiled.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub entry: u32,
    units: Vec<Unit>,
    /// The trigger that finds it (see [`head_of`]).
    head: String,
}

/// The slogan catalogue: the built-in rows and any the user added.
#[derive(Debug, Clone, Default)]
pub(crate) struct Catalogue {
    pub entries: Vec<Entry>,
    pub forms: Vec<Form>,
    /// Trigger patterns (lower case) and the forms each one opens.
    pub heads: Vec<(String, Members)>,
    /// The gate of each head, in the order of `heads`: kept apart, small and together, as
    /// every hit of a head passes it and most stop there.
    pub gates: Vec<Gate>,
    /// The opening characters of every head's forms, for a deeper look at a hit that
    /// passed its gate (see [`Catalogue::admits`]).
    openings: Openings,
    /// Normalised rendering -> entry, to refuse a rendering given to two ids.
    keys: HashMap<String, u32>,
    /// id -> entry.
    ids: HashMap<String, u32>,
}

/// The forms of one head. Their trie is built when the head is first found in a text:
/// most of a thousand heads never are in one run, and building every trie was a sixth of
/// the cost of `Extractor::new()`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Members {
    forms: Vec<u32>,
    trie: OnceLock<Group>,
}

/// Whitespace and hyphens, as a gap reads them ([`Unit::len_at`]).
const GAP_CHARS: [char; 30] = [
    '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}',
    '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}',
    '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}', '-', '‐',
    '‑', '‒', '–',
];

/// The longest head spelt out as a word ([`Catalogue::head_patterns`]).
const SPELT_HEAD: usize = 3;

/// Apostrophes, as a word reads them.
const APOSTROPHES: [char; 6] = ['\'', '’', '‘', 'ʼ', '`', '´'];

impl Catalogue {
    /// The trigger patterns of head `i`, each with the byte that ends it if any. A head of
    /// up to [`SPELT_HEAD`] letters whose forms all open with a whole word it begins, then a
    /// gap (`co` in `co-construction, ...`, `to` in `to forge iron ...`, `sta` of `stay true
    /// to ...`, `eco` of `eco-friendly ...`) is found in the text only as that word: the
    /// head, the word's rest or a plural of it (`y`, `ies`), then a gap or an apostrophe; or
    /// the head and part of a rest, then an apostrophe inside the word. As a bare pattern it
    /// was reported inside every `committee`, `total`, `state` and `economy`, and each such
    /// hit was refused by the gate.
    ///
    /// A character after the word outside ASCII is spelt by its first byte alone: each
    /// gap and apostrophe spelt out whole made a pattern of its own, a hundred for each
    /// head. A hit may then end inside a character, as no reader of these hits minds; the
    /// gate and the walk read the character.
    ///
    /// Longer heads stay bare: they less often open a longer word, and each head spelt out
    /// adds some fifty patterns to the automaton, and its build time with them (spelling
    /// out the heads of four letters, `part` and `unit`, saved about 0.4 M instructions a
    /// MB of English and cost 11 M more to build; those of up to six, `nation`, 1.1 M and
    /// 36 M).
    pub fn head_patterns(&self, i: usize) -> Vec<(String, Option<u8>)> {
        let (head, members) = &self.heads[i];
        let bare = || vec![(head.clone(), None)];
        if head.is_empty()
            || head.len() > SPELT_HEAD
            || !head
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            return bare();
        }
        // the rests of the text's word after the head where it may be a form's first
        // word: the word's own and its plurals, as `plural_of` reads them
        let mut rests: Vec<String> = Vec::new();
        for &f in &members.forms {
            let w = match &self.forms[f as usize].units[..] {
                [Unit::Word(w), Unit::Gap, ..] if w.starts_with(head.as_str()) => w,
                _ => return bare(),
            };
            // (a word outside ASCII is one of ASCII lowered only by the Kelvin sign, `k`:
            // a rest with a `k` is left to the bare head)
            let rest = &w[head.len()..];
            if !rest.bytes().all(|b| b.is_ascii_alphanumeric()) || rest.contains('k') {
                return bare();
            }
            let mut own = vec![rest.to_string(), format!("{rest}s"), format!("{rest}es")];
            own.extend(rest.strip_suffix('y').map(|stem| format!("{stem}ies")));
            for r in own {
                if !rests.contains(&r) {
                    rests.push(r);
                }
            }
        }
        let first_bytes = |chars: &[char]| {
            let mut bytes: Vec<u8> = chars.iter().map(|c| c.to_string().as_bytes()[0]).collect();
            bytes.sort_unstable();
            bytes.dedup();
            bytes
        };
        let after_word = first_bytes(&[&GAP_CHARS[..], &APOSTROPHES[..]].concat());
        let inside_word = first_bytes(&APOSTROPHES);
        let mut out = Vec::new();
        let mut spell = |part: &str, ends: &[u8]| {
            for &c in ends {
                out.push((format!("{head}{part}"), Some(c)));
            }
        };
        for r in &rests {
            spell(r, &after_word);
        }
        // `co's`, `Yan'an`: an apostrophe inside the word, after a part of a rest that is
        // none itself
        let mut parts: Vec<&str> = Vec::new();
        for r in &rests {
            for n in 0..r.len() {
                let part = &r[..n];
                if !parts.contains(&part) && !rests.iter().any(|r| r == part) {
                    parts.push(part);
                }
            }
        }
        for part in parts {
            spell(part, &inside_word);
        }
        out
    }

    /// The trie of the forms of head `i`.
    pub fn group(&self, i: usize) -> &Group {
        let members = &self.heads[i].1;
        members.trie.get_or_init(|| {
            let forms = &self.forms;
            let mut sorted = members.forms.clone();
            sorted.sort_by(|&a, &b| forms[a as usize].units.cmp(&forms[b as usize].units));
            Group::new(forms, &sorted)
        })
    }
}

pub(crate) const BUILTIN_TSV: &str = include_str!("../../data/slogans.tsv");

static BUILTIN: Lazy<Catalogue> = Lazy::new(|| {
    let mut cat = Catalogue::default();
    cat.extend_tsv(BUILTIN_TSV, "data/slogans.tsv")
        .expect("data/slogans.tsv is valid");
    cat
});

impl Catalogue {
    /// The catalogue of `data/slogans.tsv`.
    pub fn builtin() -> &'static Catalogue {
        &BUILTIN
    }

    /// Adds the rows of a TSV text in the format of `data/slogans.tsv` (header row, then
    /// `id kind number zh en`, alternatives separated by `|`). A row with an id already
    /// present adds renderings to it. `name` names the source in errors.
    pub fn extend_tsv(&mut self, tsv: &str, name: &str) -> Result<(), Error> {
        // a file without its header would lose its first row silently
        let header = tsv
            .lines()
            .enumerate()
            .find(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        if let Some((i, line)) = header {
            if line.split('\t').next().map(str::trim) != Some("id") {
                return Err(Error::lexicon(
                    name,
                    i + 1,
                    "expected the header row 'id kind number zh en'",
                ));
            }
        }
        // check every row before changing anything, so a bad file leaves no trace
        let mut next = self.clone();
        for row in crate::lexicon::rows(tsv, name, 5)? {
            let bad = |reason: String| Error::lexicon(name, row.line, reason);
            let id = row.get(0).trim();
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(bad(format!(
                    "invalid id '{id}': expected lower-case letters, digits and hyphens"
                )));
            }
            let kind = match row.get(1).trim() {
                "numbered" => SloganKind::Numbered,
                "formulation" => SloganKind::Formulation,
                "campaign" => SloganKind::Campaign,
                other => {
                    return Err(bad(format!(
                        "invalid kind '{other}': expected numbered, formulation or campaign"
                    )))
                }
            };
            let number = match row.get(2).trim() {
                "" => None,
                n => match n.parse::<u32>() {
                    Ok(n) if n > 0 => Some(n),
                    _ => return Err(bad(format!("invalid number '{n}'"))),
                },
            };
            if kind == SloganKind::Numbered && number.is_none() {
                return Err(bad(format!("numbered slogan '{id}' has no number")));
            }
            let entry = match next.ids.get(id) {
                Some(&e) => {
                    let old = &next.entries[e as usize];
                    if old.kind != kind || old.number != number {
                        return Err(bad(format!(
                            "'{id}' is already in the catalogue with another kind or number"
                        )));
                    }
                    e
                }
                None => {
                    let e = next.entries.len() as u32;
                    next.entries.push(Entry {
                        id: id.to_string(),
                        kind,
                        number,
                    });
                    next.ids.insert(id.to_string(), e);
                    e
                }
            };
            let mut any = false;
            for written in row.alternatives(3).chain(row.alternatives(4)) {
                let text = without_article(written);
                let units = compile(text);
                if !units
                    .iter()
                    .any(|u| matches!(u, Unit::Word(_) | Unit::Char(_)))
                {
                    return Err(bad(format!("rendering '{written}' has no words")));
                }
                let key = key_of(&units);
                match next.keys.get(&key) {
                    Some(&other) if other != entry => {
                        return Err(bad(format!(
                            "rendering '{written}' already belongs to '{}'",
                            next.entries[other as usize].id
                        )));
                    }
                    Some(_) => {} // the same rendering twice for one id: harmless
                    None => {
                        next.keys.insert(key, entry);
                        let head = head_of(&units, text);
                        next.forms.push(Form { entry, units, head });
                    }
                }
                any = true;
            }
            if !any {
                return Err(bad(format!("'{id}' has no rendering")));
            }
        }
        next.index_heads();
        *self = next;
        Ok(())
    }

    fn index_heads(&mut self) {
        let forms = &self.forms;
        let mut by_head: HashMap<&str, usize> = HashMap::with_capacity(forms.len());
        let mut groups: Vec<(&str, Vec<u32>)> = Vec::new();
        for (i, form) in forms.iter().enumerate() {
            let slot = *by_head.entry(&form.head).or_insert_with(|| {
                groups.push((&form.head, Vec::new()));
                groups.len() - 1
            });
            groups[slot].1.push(i as u32);
        }
        self.gates = groups
            .iter()
            .map(|(head, members)| {
                let mut gate = Gate::new(members.iter().map(|&f| &forms[f as usize].units[..]));
                if head.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    gate.plain_head = head.len();
                }
                gate.word_head = head.chars().next().is_some_and(is_word_char);
                gate
            })
            .collect();
        let mut openings = Openings::default();
        for (g, (head, members)) in groups.iter().enumerate() {
            openings.add(
                g,
                head,
                members.iter().map(|&f| &forms[f as usize].units[..]),
            );
        }
        self.openings = openings;
        self.heads = groups
            .into_iter()
            .map(|(head, forms)| {
                let members = Members {
                    forms,
                    trie: OnceLock::new(),
                };
                (head.to_string(), members)
            })
            .collect();
    }
}

impl Catalogue {
    /// May a form of head `i` match at its hit `start..end`? Its gate first, then the
    /// opening characters of its forms (see [`Openings`]).
    #[inline]
    pub fn admits(&self, i: usize, text: &str, start: usize, end: usize) -> bool {
        let Some(gate) = self.gates.get(i) else {
            return false;
        };
        // the gate measures the first word of an English head: the openings read on from it
        match gate.pass(text, start, end) {
            Some(word_end) => self.openings.admits(i, text, start, word_end),
            None => false,
        }
    }
}

/// The openings of the forms of every head, read deeper than the gate does:
/// `人民代表大会常务委员会` passes the gate of `人民` (`人民代表大会制度`), and walking the
/// trie, two nodes a character, to find that no form goes on with `常` cost several times
/// as much as reading the characters here. In English, `spirit of the 20th ...` passes the
/// gate of `spirit` (`spirit of the Long March`), and three hits in four that reached the
/// walk matched nothing.
///
/// Where every form of a head opens with characters, the first [`DEPTH`] characters of
/// each are kept as the hashes of the sequences they open with, in one set of bits shared
/// by all heads: a text is read character by character from the hit as long as its
/// sequence is in the set, and refused when it is not. Where every form opens with a plain
/// English word, the first [`WORD_DEPTH`] words between plain gaps are kept alike, each
/// by its first two letters ([`word_key`]). A hash in the set by chance
/// only lets a hit through to the walk; a space or line break inside the phrase, or a
/// word the walk reads otherwise (an apostrophe, a letter outside ASCII), goes there too.
///
/// The sets are arrays of a size known to the compiler, which then knows every bit of a
/// hash is inside them: no test of the bounds at each character or word read.
#[derive(Debug, Clone)]
struct Openings {
    /// How every form of each head opens.
    leads: Vec<Lead>,
    /// The bits of the sequences: each opening (`人民`, `人民代`, ...) and, apart, each
    /// that ends a form's plain opening, where the walk must decide.
    bits: Box<[u64; OPENING_WORDS]>,
    /// A second bit of each end of an English opening, in a set of their own: an end
    /// taken by chance sends every hit of the opening to the walk, and with one bit in
    /// forty-five set, common openings were so taken (`spirit of the`, `work`).
    word_ends: Box<[u64; WORD_END_WORDS]>,
}

impl Default for Openings {
    fn default() -> Self {
        Openings {
            leads: Vec::new(),
            bits: zeroed(),
            word_ends: zeroed(),
        }
    }
}

/// An array of `N` zeros on the heap, not built on the stack first.
fn zeroed<const N: usize>() -> Box<[u64; N]> {
    vec![0; N]
        .into_boxed_slice()
        .try_into()
        .expect("a slice of N words")
}

/// How the forms of a head open, for [`Openings`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// Every one with a character.
    Chars,
    /// Every one with an English word of two ASCII letters or digits or more. That word
    /// opens with the head, and a head of two letters or more tells its key: `first` is
    /// then the sequence it makes, known before any hit is read.
    Words { first: Option<u64> },
    /// Anyhow: not read.
    Any,
}

/// How many characters of a form are kept: most hits that pass the gate and match no
/// form part from every form within a few characters.
const DEPTH: usize = 10;

/// How many words of an English form are kept.
const WORD_DEPTH: usize = 6;

/// The bits of [`Openings`]: some eleven thousand sequences, one bit in forty-five set.
const OPENING_BITS: u32 = 19;

/// The bits of [`Openings::word_ends`]: some seventeen hundred ends, one bit in nineteen set.
const WORD_END_BITS: u32 = 15;

/// The words of [`Openings::bits`] and [`Openings::word_ends`].
const OPENING_WORDS: usize = (1 << OPENING_BITS) / 64;
const WORD_END_WORDS: usize = (1 << WORD_END_BITS) / 64;

/// The sequence `state` followed by the character `c`, or by the word of [`word_key`] `c`.
fn follow(state: u64, c: u64) -> u64 {
    (state.rotate_left(23) ^ c).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The key of an ASCII mark between words, beyond any character and word.
fn mark_key(c: u8) -> u64 {
    2 << 40 | c as u64
}

/// How many ASCII spaces and line breaks open `b`.
fn ascii_spaces(b: &[u8]) -> usize {
    b.iter()
        .position(|&c| !matches!(c, b'\t'..=b'\r' | b' '))
        .unwrap_or(b.len())
}

/// How many ASCII spaces, line breaks and hyphens open `b`.
fn ascii_spaces_or_hyphens(b: &[u8]) -> usize {
    b.iter()
        .position(|&c| !matches!(c, b'\t'..=b'\r' | b' ' | b'-'))
        .unwrap_or(b.len())
}

/// A plain word of a form, as [`Openings`] keeps it.
fn plain_word(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The key of a word of two letters or more: its first two, lower case, beyond any
/// character. A plural ending or `-ies` does not change it.
///
/// Both are ASCII letters or digits (a plain word's, or a text word's that
/// [`ascii_word_len`] measured): setting the bit of lower case lowers a letter and leaves
/// a digit as it is, with no test of which it is.
fn word_key(w: &[u8]) -> u64 {
    debug_assert!(w[..2].iter().all(u8::is_ascii_alphanumeric));
    1 << 40 | u64::from(u16::from_be_bytes([w[0], w[1]]) | 0x2020)
}

impl Openings {
    fn seed(head: usize) -> u64 {
        (head as u64 ^ 0xcbf2_9ce4_8422_2325).wrapping_mul(0x0000_0100_0000_01b3)
    }

    fn bit(h: u64, ends: bool) -> usize {
        let h = if ends { h ^ 0x5bd1_e995_2f6c_3a1d } else { h };
        (h.wrapping_mul(0xff51_afd7_ed55_8ccd) >> (64 - OPENING_BITS)) as usize
    }

    fn set(&mut self, h: u64, ends: bool) {
        let i = Openings::bit(h, ends);
        self.bits[i / 64] |= 1 << (i % 64);
    }

    fn has(&self, h: u64, ends: bool) -> bool {
        let i = Openings::bit(h, ends);
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }

    /// The bit of sequence `h` in [`Openings::word_ends`].
    fn word_end_bit(h: u64) -> usize {
        ((h ^ 0x2545_f491_4f6c_dd1d).wrapping_mul(0xc4ce_b9fe_1a85_ec53) >> (64 - WORD_END_BITS))
            as usize
    }

    /// Ends a form's English opening at sequence `h`.
    fn set_word_end(&mut self, h: u64) {
        self.set(h, true);
        let i = Openings::word_end_bit(h);
        self.word_ends[i / 64] |= 1 << (i % 64);
    }

    /// Does a form's English opening end at sequence `h`? The second bit is asked only
    /// where the first is set.
    fn has_word_end(&self, h: u64) -> bool {
        let i = Openings::word_end_bit(h);
        self.has(h, true) && self.word_ends[i / 64] & (1 << (i % 64)) != 0
    }

    /// Adds the forms of head `head`, the next in order, triggered by `name`.
    fn add<'a>(
        &mut self,
        head: usize,
        name: &str,
        forms: impl Iterator<Item = &'a [Unit]> + Clone,
    ) {
        let lead = if forms.clone().all(|u| matches!(u, [Unit::Char(_), ..])) {
            forms.for_each(|u| self.add_chars(head, u));
            Lead::Chars
        } else if forms
            .clone()
            .all(|u| matches!(u, [Unit::Word(w), ..] if plain_word(w)))
        {
            forms.for_each(|u| self.add_words(head, u));
            // every hit's first word opens with the head, as the prefilter found it: a head
            // of two letters or more gives that word's key, and the sequence it makes is
            // the same at every hit, in the set as every form's first word is
            match name.as_bytes() {
                h @ [a, b, ..] if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() => {
                    let first = follow(Openings::seed(head), word_key(h));
                    // a form's opening ends there: every hit goes to the walk
                    if self.has_word_end(first) {
                        Lead::Any
                    } else {
                        Lead::Words { first: Some(first) }
                    }
                }
                _ => Lead::Words { first: None },
            }
        } else {
            Lead::Any
        };
        self.leads.push(lead);
    }

    fn add_chars(&mut self, head: usize, units: &[Unit]) {
        let mut h = Openings::seed(head);
        let mut i = 0;
        // each character, while the next unit goes on plainly: no break, a character
        while let Some(Unit::Char(c)) = units.get(i) {
            h = follow(h, *c as u64);
            self.set(h, false);
            let goes_on = matches!(
                (units.get(i + 1), units.get(i + 2)),
                (Some(Unit::Join), Some(Unit::Char(_)))
            );
            if !goes_on || i / 2 + 1 == DEPTH {
                self.set(h, true);
                break;
            }
            i += 2;
        }
    }

    fn add_words(&mut self, head: usize, units: &[Unit]) {
        let mut h = Openings::seed(head);
        let mut i = 0;
        // each word, while the next units go on plainly: a gap or one ASCII mark, a plain
        // word
        while let Some(Unit::Word(w)) = units.get(i) {
            h = follow(h, word_key(w.as_bytes()));
            self.set(h, false);
            let goes_on = match (units.get(i + 1), units.get(i + 2)) {
                (Some(Unit::Gap), Some(Unit::Word(w))) => plain_word(w),
                (Some(&Unit::Punct(c)), Some(Unit::Word(w))) if c.is_ascii() && plain_word(w) => {
                    h = follow(h, mark_key(c as u8));
                    self.set(h, false);
                    true
                }
                _ => false,
            };
            if !goes_on || i / 2 + 1 == WORD_DEPTH {
                self.set_word_end(h);
                break;
            }
            i += 2;
        }
    }

    /// May a form of head `head` match at `start`, as far as its opening tells? `word_end`
    /// is the end of the plain word at `start` where the gate has measured it.
    fn admits(&self, head: usize, text: &str, start: usize, word_end: Option<usize>) -> bool {
        match self.leads.get(head) {
            Some(Lead::Chars) => self.admits_chars(head, text, start),
            Some(&Lead::Words { first }) => self.admits_words(head, first, text, start, word_end),
            _ => true,
        }
    }

    fn admits_chars(&self, head: usize, text: &str, start: usize) -> bool {
        let mut h = Openings::seed(head);
        let mut chars = text[start..].chars();
        for _ in 0..DEPTH {
            let Some(c) = chars.next() else {
                return false;
            };
            // a line break inside the phrase: the walk reads it
            if is_space(c) {
                return true;
            }
            h = follow(h, c as u64);
            if !self.has(h, false) {
                return false;
            }
            if self.has(h, true) {
                return true;
            }
        }
        true
    }

    /// Reads plain ASCII words and gaps as [`Unit::len_at`] does, and leaves anything else
    /// to the walk.
    ///
    /// A sequence without its ends bit goes on, in every form that holds it, with a gap or
    /// an ASCII mark and a plain word: where the text goes on with a character outside
    /// ASCII that the walk reads as none of these (`”`, `，`), no form can match, and the
    /// hit stops here (most hits so sent to the walk were words just before a closing
    /// quotation mark: `“four battles”` under the forms of `four`).
    ///
    /// `first` is the sequence of the first word where the head gives it ([`Lead::Words`]):
    /// that word is then measured, not hashed and looked up.
    fn admits_words(
        &self,
        head: usize,
        first: Option<u64>,
        text: &str,
        start: usize,
        word_end: Option<usize>,
    ) -> bool {
        let b = text.as_bytes();
        let (mut h, mut known) = match first {
            Some(first) => (first, true),
            None => (Openings::seed(head), false),
        };
        let mut pos = start;
        let mut word_end = word_end;
        for _ in 0..WORD_DEPTH {
            let rest = &b[pos..];
            let mut n = match word_end.take() {
                Some(end) => end - pos,
                None => ascii_word_len(rest),
            };
            // most words end at an ASCII byte that is no apostrophe (a space, a comma), or
            // at the end of the text: no mark, and nothing for the walk alone to read
            let plain_end = rest
                .get(n)
                .is_none_or(|&c| c.is_ascii() && c != b'\'' && c != b'`');
            let stop = !plain_end && {
                // `People’s`, `Party's`: one word to the walk, with the key of its first two
                // letters (it drops the apostrophe)
                let mark = match rest.get(n..) {
                    Some([b'\'', ..]) => 1,
                    Some([0xe2, 0x80, 0x99, ..]) => 3,
                    _ => 0,
                };
                if mark > 0 && n >= 2 {
                    let more = ascii_word_len(&rest[n + mark..]);
                    if more > 0 {
                        n += mark + more;
                    }
                }
                // a letter outside ASCII or another apostrophe: the walk reads such words;
                // any other character outside ASCII ends the word, and the phrase unless a
                // form ends with it
                match rest.get(n) {
                    Some(&c) if is_apostrophe(c as char) => return true,
                    Some(&c) if !c.is_ascii() && walk_reads(text, pos + n) => return true,
                    Some(&c) => !c.is_ascii(),
                    None => false,
                }
            };
            // a word of one letter is shorter than any word kept
            if n < 2 {
                return false;
            }
            if !std::mem::take(&mut known) {
                h = follow(h, word_key(rest));
                if !self.has(h, false) {
                    return false;
                }
                if self.has_word_end(h) {
                    return true;
                }
            }
            if stop {
                return false;
            }
            // every form goes on with a gap or an ASCII mark, and a plain word
            pos += n;
            // the commonest gap, as `ascii_gap` reads it, without a call
            if let [b' ', c, ..] = b[pos..] {
                if c.is_ascii_alphanumeric() {
                    pos += 1;
                    continue;
                }
            }
            match ascii_gap(&b[pos..]) {
                None => {
                    // after ASCII spaces and hyphens, an apostrophe or a character
                    // outside ASCII
                    let at = pos + ascii_spaces_or_hyphens(&b[pos..]);
                    return b.get(at).is_none_or(u8::is_ascii) || walk_reads(text, at);
                }
                Some(gap) if gap > 0 && b.get(pos + gap).is_some_and(u8::is_ascii_alphanumeric) => {
                    pos += gap;
                    continue;
                }
                Some(_) => {}
            }
            // a mark, with a few spaces around it as `Unit::Punct` reads them
            let before = ascii_spaces(&b[pos..]);
            let Some(&mark) = b.get(pos + before) else {
                return false;
            };
            if !mark.is_ascii() {
                return walk_reads(text, pos + before);
            }
            if before > 4 {
                return false;
            }
            h = follow(h, mark_key(mark));
            if !self.has(h, false) {
                return false;
            }
            pos += before + 1;
            let after = ascii_spaces(&b[pos..]);
            match b.get(pos + after) {
                Some(c) if !c.is_ascii() => return walk_reads(text, pos + after),
                Some(c) if c.is_ascii_alphanumeric() && after <= 4 => pos += after,
                _ => return false,
            }
        }
        true
    }
}

/// Does the walk read the character at `at`, outside ASCII, as more of a phrase than a
/// mark: a letter (`Café`, or a sign that is an ASCII letter in lower case), an
/// apostrophe, a space or a hyphen?
fn walk_reads(text: &str, at: usize) -> bool {
    // most often a quotation mark closes the phrase (`”`, E2 80 9D; `“`, E2 80 9C), or a
    // Chinese comma or full stop follows (`，`, EF BC 8C; `。`, E3 80 82): none of them is
    // read, told on the bytes where decoding and asking each test took most of the time
    if let Some([0xe2, 0x80, 0x9c | 0x9d] | [0xef, 0xbc, 0x8c] | [0xe3, 0x80, 0x82]) =
        text.as_bytes().get(at..at + 3)
    {
        return false;
    }
    text[at..]
        .chars()
        .next()
        .is_some_and(|c| is_word_char(c) || is_apostrophe(c) || c.is_whitespace() || is_hyphen(c))
}

/// The bytes of `v` that are no ASCII letter or digit, as the high bit of each.
#[inline(always)]
fn ascii_word_stops(v: u64) -> u64 {
    let l = v & swar::LOW;
    // letters of either case, folded to lower case (no other byte folds into them)
    let letter = swar::between(l | swar::splat(0x20), b'a', b'z');
    let digit = swar::between(l, b'0', b'9');
    // a byte beyond ASCII stops the word whatever its low bits say
    (!(letter | digit) | v) & swar::HIGH
}

/// How many ASCII letters and digits open `b`: eight bytes at a time, as most words are
/// about that long and a byte at a time took a good part of the reading of openings and
/// words.
fn ascii_word_len(b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = b.get(n..n + 8) {
        let stop = ascii_word_stops(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    // (the rest, shorter than eight bytes, a lookup a byte: most words read after a head
    // are none or short)
    n + b[n..]
        .iter()
        .position(|&c| super::CLASS[usize::from(c)] != super::ASCII_ALNUM)
        .unwrap_or(b.len() - n)
}

/// `char::is_whitespace`, answered without its table for the characters from U+3001 on
/// (Chinese characters and full-width marks), none of them a space.
fn is_space(c: char) -> bool {
    c < '\u{3001}' && c.is_whitespace()
}

/// The bytes of a gap the gate reads after a head's first word: ASCII white space (as
/// `u8::is_ascii_whitespace` has it), the vertical tab and `-`. Bits of one mask, all
/// below 64: one test a byte, where the comparisons one by one took a good part of the
/// gate (nearly every English word is the head of some form).
const GAP_BYTES: u64 =
    1 << b'\t' | 1 << b'\n' | 1 << 0x0b | 1 << 0x0c | 1 << b'\r' | 1 << b' ' | 1 << b'-';

fn gap_byte(c: u8) -> bool {
    c < 64 && GAP_BYTES >> c & 1 != 0
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–')
}

/// Letters and digits of English words (Chinese and full-width characters stand alone).
pub(crate) fn is_word_char(c: char) -> bool {
    // Han first: asking `is_alphabetic` of a Chinese character looks up a table, and so it
    // does of the quotation marks and dashes of U+2000..U+206F, none of them a letter
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && !is_han(c)
            && !is_wide(c)
            && !matches!(c, '\u{2000}'..='\u{206f}')
            && c.is_alphabetic())
}

/// Full-width letters and digits, kana and CJK symbols are compared one by one.
fn is_wide(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\u{3040}'..='\u{30FF}')
}

/// Makes a lower-case word singular, by the rules of the scorer (SPEC section 6): -ies
/// to -y, -sses/-ches/-shes/-xes lose -es, other final s dropped from words of more than
/// three letters, except in -ss, -us, -is and words singular in -s.
fn make_singular(word: &mut String) {
    const ENDS_IN_S: &[&str] = &[
        "affairs",
        "cppcc",
        "congress",
        "class",
        "progress",
        "business",
        "mass",
        "news",
        "politics",
        "economics",
        "statistics",
        "logistics",
        "series",
        "species",
        "headquarters",
        "arms",
        "always",
        "towards",
        "afterwards",
        "whereas",
        "perhaps",
    ];
    if word.len() <= 3
        || !word.ends_with('s')
        || ENDS_IN_S.contains(&word.as_str())
        || word.ends_with("ss")
        || word.ends_with("us")
        || word.ends_with("is")
    {
        return;
    }
    if word.ends_with("ies") {
        word.truncate(word.len() - 3);
        word.push('y');
        return;
    }
    let cut = if ["sses", "ches", "shes", "xes"]
        .iter()
        .any(|suffix| word.ends_with(suffix))
    {
        2
    } else {
        1
    };
    word.truncate(word.len() - cut);
}

/// A lower-case word without apostrophes, made singular (`policies` -> `policy`).
fn normal_word(raw: &str) -> String {
    // most words of the catalogue are plain ASCII: one allocation, no char iteration
    let mut word = if raw.bytes().all(|b| b.is_ascii_alphanumeric()) {
        raw.to_ascii_lowercase()
    } else {
        raw.chars()
            .filter(|&c| !is_apostrophe(c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    make_singular(&mut word);
    word
}

/// A rendering without its leading article: `the nation's greatest interests` is found
/// as `nation's greatest interests`, so that every `the` of a text is not a candidate.
fn without_article(text: &str) -> &str {
    let text = text.trim();
    for article in ["the ", "a ", "an "] {
        let head = text.as_bytes().get(..article.len());
        if text.len() > article.len()
            && head.is_some_and(|h| h.eq_ignore_ascii_case(article.as_bytes()))
        {
            return text[article.len()..].trim_start();
        }
    }
    text
}

/// Compiles a rendering into units.
fn compile(text: &str) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    // what stood since the last word or character: nothing, a gap, or punctuation
    let mut gap = false;
    let mut puncts: Vec<char> = Vec::new();
    let mut chars = text.trim().char_indices().peekable();
    let text = text.trim();
    while let Some((i, c)) = chars.next() {
        let content = is_word_char(c) || is_han(c) || (c.is_alphanumeric() && is_wide(c));
        if !content {
            if c.is_whitespace() || is_hyphen(c) {
                gap = true;
            } else if !is_apostrophe(c) {
                puncts.push(c);
            }
            continue;
        }
        if !units.is_empty() {
            if !puncts.is_empty() {
                units.extend(puncts.drain(..).map(Unit::Punct));
            } else if gap {
                units.push(Unit::Gap);
            } else {
                units.push(Unit::Join);
            }
        }
        puncts.clear();
        gap = false;
        if is_word_char(c) {
            // a word runs over letters, digits and apostrophes between them
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let apostrophe_inside = is_apostrophe(d)
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char);
                if is_word_char(d) || apostrophe_inside {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            units.push(Unit::Word(normal_word(&text[i..end])));
        } else {
            units.push(Unit::Char(c));
        }
    }
    units
}

/// The normalised rendering: two renderings with one key are the same for matching.
fn key_of(units: &[Unit]) -> String {
    let mut key = String::new();
    for u in units {
        match u {
            Unit::Word(w) => key.push_str(w),
            Unit::Char(c) | Unit::Punct(c) => key.push(*c),
            Unit::Gap => key.push(' '),
            Unit::Join => {}
        }
    }
    key
}

/// The trigger of a form: the stem of its first word (`polic` for `policy`/`policies`)
/// up to any apostrophe in it as written (`yan` for `Yan'an`), or its first two characters.
fn head_of(units: &[Unit], raw: &str) -> String {
    match units {
        [Unit::Word(w), ..] => {
            let stem = w.strip_suffix('y').filter(|s| !s.is_empty()).unwrap_or(w);
            let written = raw.trim_start().split(is_apostrophe).next().unwrap_or("");
            let shared = stem
                .bytes()
                .zip(written.bytes())
                .take_while(|(a, b)| a.eq_ignore_ascii_case(b))
                .count();
            stem[..shared].to_string()
        }
        [Unit::Char(a), Unit::Join, Unit::Char(b), ..] => format!("{a}{b}"),
        [Unit::Char(a), ..] => a.to_string(),
        _ => String::new(),
    }
}

impl Form {
    /// The end of the form matched at byte `start` of `text`, if it matches there.
    #[cfg(test)]
    pub fn match_at(&self, text: &str, start: usize) -> Option<usize> {
        let mut pos = start;
        for unit in &self.units {
            pos += unit.len_at(text, pos, &mut TextWord::default())?;
        }
        Some(pos)
    }
}

/// The last word of the text measured: the forms of a group try many words at one
/// position, and the siblings of a trie node compare one text word with each of theirs.
#[derive(Debug, Clone, Copy)]
struct TextWord {
    pos: usize,
    len: usize,
    /// ASCII without an apostrophe: compared byte by byte, ignoring case.
    plain: bool,
    /// A word of this many bytes matches no word tried here: measuring stops there.
    limit: usize,
}

impl Default for TextWord {
    fn default() -> TextWord {
        TextWord {
            pos: usize::MAX,
            len: 0,
            plain: false,
            limit: usize::MAX,
        }
    }
}

impl Unit {
    /// The length of the text matched by this unit at `pos`, if it matches there.
    ///
    /// A word, the unit read most often, is read by a function of its own: the walk asks
    /// this of each child it tries, and one function for every kind of unit saved and
    /// restored the registers the marks and gaps need at each call.
    #[inline]
    fn len_at(&self, text: &str, pos: usize, word: &mut TextWord) -> Option<usize> {
        match self {
            Unit::Word(w) => word_len_at(w, text, pos, word),
            _ => self.mark_len_at(text, pos),
        }
    }

    /// [`Unit::len_at`] of a unit that is no word.
    #[inline(never)]
    fn mark_len_at(&self, text: &str, pos: usize) -> Option<usize> {
        let rest = &text[pos..];
        Some(match self {
            // (read by `word_len_at`)
            Unit::Word(_) => return None,
            Unit::Char(c) => {
                let d = rest.chars().next()?;
                if d != *c {
                    return None;
                }
                d.len_utf8()
            }
            Unit::Gap => {
                // most often ASCII spaces or hyphens, then a letter: counted on the bytes
                if let Some(len) = ascii_gap(rest.as_bytes()) {
                    return (len > 0).then_some(len);
                }
                // the apostrophe of a plural possessive (`workers' spirit`) before the gap
                let mark = match rest.chars().next() {
                    Some(c) if is_apostrophe(c) && text[..pos].ends_with(['s', 'S']) => {
                        c.len_utf8()
                    }
                    _ => 0,
                };
                let len = run_len(&rest[mark..], |d| d.is_whitespace() || is_hyphen(d));
                if len == 0 || len > 12 {
                    return None;
                }
                mark + len
            }
            Unit::Join => {
                // most often a character that is no space follows at once: Chinese
                // characters from U+4000 on open with a byte from 0xE4 on
                if rest
                    .as_bytes()
                    .first()
                    .is_none_or(|&b| b >= 0xe4 || b.is_ascii_graphic())
                {
                    return Some(0);
                }
                let len = run_len(rest, char::is_whitespace);
                if len > 0 && !rest[..len].contains(['\n', '\r']) || len > 12 {
                    return None;
                }
                len
            }
            Unit::Punct(c) => {
                let before = run_len(rest, char::is_whitespace);
                if !rest[before..].starts_with(*c) || before > 4 {
                    return None;
                }
                let at = before + c.len_utf8();
                let after = run_len(&rest[at..], char::is_whitespace);
                if after > 4 {
                    return None;
                }
                at + after
            }
        })
    }
}

/// [`Unit::len_at`] of the form's word `w` (lower case, singular): the text's word at
/// `pos`, measured once in `word` for the siblings tried there.
#[inline(never)]
fn word_len_at(w: &str, text: &str, pos: usize, word: &mut TextWord) -> Option<usize> {
    let rest = &text[pos..];
    if word.pos != pos {
        let (len, plain) = text_word_len(rest, word.limit);
        *word = TextWord {
            pos,
            len,
            plain,
            limit: word.limit,
        };
    }
    let len = word.len;
    let same = if word.plain {
        // `policy` is at most two bytes longer as `policies`
        (w.len()..=w.len() + 2).contains(&len)
            && plural_of(&rest.as_bytes()[..len], w.as_bytes(), lower_eq)
    } else {
        word_matches(&rest[..len], w)
    };
    if len == 0 || !same {
        return None;
    }
    Some(len)
}

/// A cheap test of a hit before its group is walked. Most hits of a short head (`to`, `co`,
/// `人民`) fail at once: on the length of the text's first word (`committee` for `co`), or on
/// the letter or character that opens the next word (`to the` where every form goes on
/// `to serve ...` or `to build ...`). The gate refuses only what the walk would refuse, and
/// lets through whatever it does not read (non-ASCII words, apostrophes, odd spaces).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gate {
    /// The head opens with a letter or a digit of a word, as does the text at each of its
    /// hits (the prefilter matches ASCII ignoring case, the rest as written): a hit must
    /// then start a word (`two` in `network` is none). A Chinese head needs no boundary.
    pub word_head: bool,
    /// How the forms open: every one with an English word, or with the two characters of
    /// the head (`人民`), or anyhow (nothing is tested).
    opening: Opening,
    /// The lengths a plain ASCII first word may have (with a plural ending).
    min_len: usize,
    max_len: usize,
    /// The length of the head where it is all ASCII letters and digits: bytes of the hit
    /// that need no second look.
    plain_head: usize,
    /// What may open the unit after the first word's gap (English) or after the head
    /// (Chinese), as bit `key % 64` ([`gate_key`]); all ones where anything may.
    next: u64,
    /// English: the first three letters of that next word where it has four or more
    /// ([`prefix_key`]), and the first two where it has two or three. A plural changes
    /// neither (`policy`, `policies`), and they tell `Party committee` from `Party
    /// conduct`, which the first letter does not. `None` where a form's next unit gives
    /// no prefix.
    prefixes: Option<(u128, u128)>,
}

/// May the text word at the start of `b`, which opens with an ASCII letter or digit, be
/// a word with one of the prefixes `(three, two)` of [`Gate::prefixes`], or its plural?
/// Asked of most hits that pass the first word: its bytes are read once each, and the keys
/// are those of [`prefix_key`] without a loop.
#[inline(always)]
fn prefix_admits((three, two): (u128, u128), b: &[u8]) -> bool {
    // past the text's end: neither a letter nor anything the walk reads
    let (b1, b2) = (
        b.get(1).copied().unwrap_or(b' '),
        b.get(2).copied().unwrap_or(b' '),
    );
    // a letter outside ASCII or an apostrophe: the walk reads such words; any other byte
    // ends the word (one lookup a byte)
    let (c1, c2) = (PREFIX_CLASS[usize::from(b1)], PREFIX_CLASS[usize::from(b2)]);
    if c1 == WALKED || (c1 == LETTER && c2 == WALKED) {
        return true;
    }
    // a plain word of one letter is shorter than any word of the forms
    if c1 != LETTER {
        return false;
    }
    // (an ASCII letter or digit is lowered by its bit of lower case)
    let h2 = prefix_hash(0, b[0]).wrapping_mul(31) + u32::from(b1 | 0x20);
    let bit = |set: u128, h: u32| (set >> (h % 128)) as u8 & 1 != 0;
    bit(two, h2) || c2 == LETTER && bit(three, h2.wrapping_mul(31) + u32::from(b2 | 0x20))
}

/// The classes of the bytes of a word after a head's, for [`prefix_admits`]: an ASCII
/// letter or digit, a byte the walk reads on (beyond ASCII, or an apostrophe), or another.
const LETTER: u8 = 1;
const WALKED: u8 = 2;
static PREFIX_CLASS: [u8; 256] = {
    let mut t = [WALKED; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_alphanumeric() {
            LETTER
        } else if b as u8 == b'\'' || b as u8 == b'`' {
            WALKED
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The bit of a word's first letters, lower case.
fn prefix_key(letters: &[u8]) -> u128 {
    1 << (letters.iter().fold(0, |h, &b| prefix_hash(h, b)) % 128)
}

/// The hash of a word's first letters, `h` those before `b`.
fn prefix_hash(h: u32, b: u8) -> u32 {
    h.wrapping_mul(31)
        .wrapping_add(b.to_ascii_lowercase() as u32)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    Word,
    Han,
    Any,
}

/// The bit of a lead letter or character in [`Gate::next`].
fn gate_key(c: u32) -> u64 {
    1 << (c % 64)
}

impl Gate {
    fn new<'a>(forms: impl Iterator<Item = &'a [Unit]> + Clone) -> Gate {
        let any = Gate {
            word_head: false,
            opening: Opening::Any,
            min_len: 0,
            max_len: usize::MAX,
            plain_head: 0,
            next: u64::MAX,
            prefixes: None,
        };
        let words = forms.clone().all(|u| matches!(u, [Unit::Word(_), ..]));
        let han = forms
            .clone()
            .all(|u| matches!(u, [Unit::Char(_), Unit::Join, Unit::Char(_), ..]));
        if words {
            let lens = forms.clone().map(|u| match &u[0] {
                Unit::Word(w) => w.len(),
                _ => 0,
            });
            let mut next = 0u64;
            let mut prefixes = Some((0u128, 0u128));
            for u in forms {
                next |= match u {
                    [_, Unit::Gap, Unit::Word(w), ..] if lead_of(w) != 0 => {
                        gate_key(lead_of(w) as u32)
                    }
                    _ => u64::MAX,
                };
                let word = match u {
                    [_, Unit::Gap, Unit::Word(w), ..] => w.as_bytes(),
                    _ => &[],
                };
                prefixes = prefixes.and_then(|(three, two)| {
                    if !word.iter().all(u8::is_ascii_alphanumeric) {
                        return None;
                    }
                    match word.len() {
                        4.. => Some((three | prefix_key(&word[..3]), two)),
                        2 | 3 => Some((three, two | prefix_key(&word[..2]))),
                        _ => None,
                    }
                });
            }
            Gate {
                word_head: false,
                opening: Opening::Word,
                min_len: lens.clone().min().unwrap_or(0),
                // `policy` is also `policies`
                max_len: lens.max().unwrap_or(0) + 2,
                plain_head: 0,
                next,
                prefixes,
            }
        } else if han {
            let mut next = 0u64;
            for u in forms {
                next |= match u {
                    [_, _, _, Unit::Join, Unit::Char(c), ..] => gate_key(*c as u32),
                    _ => u64::MAX,
                };
            }
            Gate {
                opening: Opening::Han,
                next,
                ..any
            }
        } else {
            any
        }
    }

    /// May a form of the group match at a hit `start..end` of its head?
    #[cfg(test)]
    pub fn admits(&self, text: &str, start: usize, end: usize) -> bool {
        self.pass(text, start, end).is_some()
    }

    /// [`Gate::admits`], and where the first word ends if the gate measured it: `None`
    /// where no form may match, `Some(None)` where one may and no word was measured.
    #[inline]
    pub fn pass(&self, text: &str, start: usize, end: usize) -> Option<Option<usize>> {
        let b = text.as_bytes();
        let admit = |yes: bool, word_end: usize| yes.then_some(Some(word_end));
        match self.opening {
            Opening::Any => Some(None),
            Opening::Word => {
                // most hits: a head that is a whole plain word, then one space and a letter
                // or a digit (`political consultative`, `work plan`): the word ends at the
                // head and the gap is that space, read here as the lines below read them
                if self.plain_head > 0 {
                    let at = start + self.plain_head;
                    if let Some(&[b' ', y]) = b.get(at..at + 2) {
                        if y.is_ascii_alphanumeric() {
                            if self.plain_head < self.min_len {
                                return None;
                            }
                            let yes = self.next == u64::MAX
                                || self.next & gate_key(y.to_ascii_lowercase() as u32) != 0
                                    && self.prefixes.is_none_or(|p| prefix_admits(p, &b[at + 1..]));
                            return admit(yes, at);
                        }
                    }
                }
                let limit = b.len().min(start + self.max_len + 1);
                let from = (start + self.plain_head).min(limit);
                // the rest of the first word, eight bytes at a time
                let at = from + ascii_word_len(&b[from..limit]);
                let Some(&x) = b.get(at).filter(|_| at < limit) else {
                    // a longer word than any form's, or the end of the text
                    return admit(limit == b.len() && limit - start >= self.min_len, b.len());
                };
                if !x.is_ascii() || is_apostrophe(x as char) {
                    return Some(Some(at));
                }
                if at - start < self.min_len {
                    return None;
                }
                if self.next == u64::MAX {
                    return Some(Some(at));
                }
                // the gap: ASCII spaces and hyphens, else read by the walk
                let mut i = at;
                while b.get(i).is_some_and(|&c| gap_byte(c)) {
                    i += 1;
                }
                let yes = match b.get(i) {
                    Some(y) if y.is_ascii() => {
                        i > at
                            && i - at <= 12
                            && self.next & gate_key(y.to_ascii_lowercase() as u32) != 0
                            // (matched, not `is_none_or`: its closure was called, not
                            // inlined, at each hit read so far)
                            && match self.prefixes {
                                Some(p) => prefix_admits(p, &b[i..]),
                                None => true,
                            }
                    }
                    _ => true,
                };
                admit(yes, at)
            }
            Opening::Han => {
                if self.next == u64::MAX {
                    return Some(None);
                }
                let yes = match text[end..].chars().next() {
                    Some(c) if !is_space(c) => self.next & gate_key(c as u32) != 0,
                    _ => true,
                };
                yes.then_some(None)
            }
        }
    }
}

/// The forms that share a head, as a trie of their units: matching them at a hit walks a
/// shared prefix once, and a node's children are told apart by the text's next letter or
/// character without trying each.
#[derive(Debug, Clone, Default)]
pub(crate) struct Group {
    /// Node 0 is the root, before the first unit.
    nodes: Vec<Node>,
    /// The children of every node, each node's in one run of each list (see [`Node`]):
    /// built in one pass, a trie of a few thousand nodes costs a few allocations, not
    /// three per node.
    leads: Vec<(u8, u32)>,
    chars: Vec<(char, u32)>,
    rest: Vec<u32>,
    /// The characters of every node's run (see [`Node::run`]), as UTF-8.
    runs: Vec<u8>,
}

#[derive(Debug, Clone, Default)]
struct Node {
    /// The unit that leads into this node (none at the root).
    unit: Option<Unit>,
    /// The form that ends here, and its rank among the group's forms in the order of their
    /// units: where two forms match one span the first in that order is reported first.
    form: Option<(u32, u32)>,
    /// Children that open with a word of two letters or more whose first letter is ASCII,
    /// by that letter in lower case (see [`lead_of`]), in the order of their units: a run
    /// of `Group::leads`.
    by_lead: (u32, u32),
    /// Children that open with one character compared as written, by that character: a
    /// run of `Group::chars`.
    by_char: (u32, u32),
    /// Other children, tried at every position: a run of `Group::rest`.
    others: (u32, u32),
    /// Longer than any word of a child with its plural ending: see [`text_word_len`].
    word_limit: usize,
    /// The word of this node's unit read on eight bytes of the text ([`quick_word_len`]):
    /// its bytes, padded with zeros, and how many there are; 0 where it is read by
    /// [`word_len_at`] alone (a word longer than eight bytes, outside ASCII, or ending in
    /// the `y` that `-ies` replaces).
    quick: u64,
    quick_len: usize,
    /// The only child, where there is one (most nodes of a form past the branches of its
    /// group: a character, the join before the next, a gap, a word): followed in a loop,
    /// not by a call. [`NONE`] otherwise.
    only: u32,
    /// A run of characters that follows this node without a branch and without a form's
    /// end before its last (a Chinese form past its head: `质`, `量`, `发`, `展`, joins
    /// between): its bytes in `Group::runs`, and the node it leads to, or [`NONE`]. Where
    /// the text holds the run as written, the walk goes to its end at once, not a
    /// character and a join at a time; elsewhere (a line break at a join, another
    /// character) it reads on unit by unit.
    run: (u32, u32),
    run_end: u32,
}

impl Node {
    /// [`Unit::len_at`] of this node's word read on the bytes of the text, where they tell
    /// it ([`quick_word_len`]): a short plain word is so read before its unit is asked.
    #[inline(always)]
    fn quick_len_at(&self, text: &str, pos: usize) -> Option<Option<usize>> {
        if self.quick_len == 0 {
            return None;
        }
        quick_word_len(self.quick, self.quick_len, text.as_bytes(), pos)
    }
}

/// [`word_len_at`] of a form's word on the eight bytes of the text at `pos`, where they
/// tell it: `Some` of the answer, or `None` where only that reading tells (fewer than eight
/// bytes left, or an apostrophe or a byte beyond ASCII in or just after the word). The
/// form's word is `n` bytes of lower-case ASCII letters and digits, padded with zeros in
/// `word`, and does not end in the `y` of `-ies`.
///
/// Most words of a walk are short and plain: measured by [`text_word_len`], then compared,
/// each cost a call and several times the reading here.
#[inline(always)]
fn quick_word_len(word: u64, n: usize, text: &[u8], pos: usize) -> Option<Option<usize>> {
    let v = u64::from_le_bytes(text.get(pos..pos + 8)?.try_into().expect("8 bytes"));
    // the ASCII letters and digits the text opens with (8 where all are), and whether its
    // word ends there: at an ASCII byte that is no apostrophe, as `text_word_len` ends it
    let len = (ascii_word_stops(v).trailing_zeros() / 8) as usize;
    let ends = len < 8 && {
        let c = (v >> (8 * len)) as u8;
        c.is_ascii() && c != b'\'' && c != b'`'
    };
    let lower = ascii_lower(v);
    // the text opens with `n` plain bytes that are not the form's word: however it goes
    // on, its word does not open with the form's, as a match must (no `-ies` here)
    let opening = if n == 8 {
        lower
    } else {
        lower & ((1 << (8 * n)) - 1)
    };
    if len >= n && opening != word {
        return Some(None);
    }
    // longer than the form's word with any plural ending, or a plain word shorter than it
    if len > n + 2 || ends && len < n {
        return Some(None);
    }
    if !ends || len < n {
        return None;
    }
    // the plain word: the form's, or it with -s or -es
    let ending = lower.checked_shr(8 * n as u32).unwrap_or(0) & 0xffff;
    let plural = match len - n {
        0 => true,
        1 => ending & 0xff == u64::from(b's'),
        _ => ending == u64::from(u16::from_le_bytes(*b"es")),
    };
    Some(plural.then_some(len))
}

/// The first byte, lower case, that the text must show where a word starts: the first
/// letter of a word of two letters or more (a one-letter `y` also matches `ies`), or 0
/// where the word gives none.
fn lead_of(word: &str) -> u8 {
    match word.as_bytes() {
        [b, _, ..] if b.is_ascii() => *b,
        _ => 0,
    }
}

/// No node: the end of a list of siblings.
const NONE: u32 = u32::MAX;

fn run(r: (u32, u32)) -> std::ops::Range<usize> {
    r.0 as usize..r.1 as usize
}

impl Group {
    /// The trie of `members`, indices of `forms` sorted by their units.
    fn new(forms: &[Form], members: &[u32]) -> Group {
        let size = 1 + members
            .iter()
            .map(|&f| forms[f as usize].units.len())
            .sum::<usize>();
        let mut nodes = Vec::with_capacity(size);
        nodes.push(Node::default());
        // children as linked lists, in the order they were made
        let mut first = vec![NONE];
        let mut last = vec![NONE];
        let mut next = vec![NONE];
        first.reserve(size);
        last.reserve(size);
        next.reserve(size);
        for (rank, &f) in members.iter().enumerate() {
            let mut at = 0usize;
            for unit in &forms[f as usize].units {
                let same = |c: u32| nodes[c as usize].unit.as_ref() == Some(unit);
                // members come sorted, so a shared unit is most often the last child made
                let mut found = (last[at] != NONE && same(last[at])).then_some(last[at]);
                if found.is_none() {
                    let mut c = first[at];
                    while c != NONE {
                        if same(c) {
                            found = Some(c);
                            break;
                        }
                        c = next[c as usize];
                    }
                }
                at = match found {
                    Some(c) => c as usize,
                    None => {
                        let c = nodes.len() as u32;
                        let (quick, quick_len) = match unit {
                            Unit::Word(w)
                                if w.len() <= 8
                                    && w.bytes()
                                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                                    && !w.ends_with('y') =>
                            {
                                let mut padded = [0u8; 8];
                                padded[..w.len()].copy_from_slice(w.as_bytes());
                                (u64::from_le_bytes(padded), w.len())
                            }
                            _ => (0, 0),
                        };
                        nodes.push(Node {
                            unit: Some(unit.clone()),
                            quick,
                            quick_len,
                            ..Node::default()
                        });
                        first.push(NONE);
                        last.push(NONE);
                        next.push(NONE);
                        match last[at] {
                            NONE => first[at] = c,
                            l => next[l as usize] = c,
                        }
                        last[at] = c;
                        c as usize
                    }
                };
            }
            nodes[at].form = Some((f, rank as u32));
        }
        let mut group = Group {
            leads: Vec::with_capacity(nodes.len()),
            chars: Vec::new(),
            rest: Vec::new(),
            runs: Vec::new(),
            nodes: Vec::new(),
        };
        for n in 0..nodes.len() {
            let (l0, c0, r0) = (group.leads.len(), group.chars.len(), group.rest.len());
            let mut word_limit = None;
            let mut c = first[n];
            while c != NONE {
                match nodes[c as usize].unit {
                    Some(Unit::Word(ref w)) => {
                        let limit = w.len() + "ies".len() + 1;
                        word_limit = Some(word_limit.map_or(limit, |l: usize| l.max(limit)));
                        match lead_of(w) {
                            0 => group.rest.push(c),
                            lead => group.leads.push((lead, c)),
                        }
                    }
                    Some(Unit::Char(ch)) => group.chars.push((ch, c)),
                    _ => group.rest.push(c),
                }
                c = next[c as usize];
            }
            // stable: children of one letter stay in the order of their units
            group.leads[l0..].sort_by_key(|&(lead, _)| lead);
            group.chars[c0..].sort_by_key(|&(ch, _)| ch);
            let single = first[n] != NONE && next[first[n] as usize] == NONE;
            let only = if single { first[n] } else { NONE };
            let node = &mut nodes[n];
            node.by_lead = (l0 as u32, group.leads.len() as u32);
            node.by_char = (c0 as u32, group.chars.len() as u32);
            node.others = (r0 as u32, group.rest.len() as u32);
            node.word_limit = word_limit.unwrap_or(usize::MAX);
            node.only = only;
        }
        group.nodes = nodes;
        group.find_runs();
        group
    }

    /// Sets [`Node::run`] of every node: the characters and joins of its only children, up
    /// to the first that ends a form or leads to a branch or to another unit, and back to
    /// the last character (a join at the end would be read unchecked). A run of fewer than
    /// two characters is none: the walk reads one as cheaply.
    fn find_runs(&mut self) {
        let mut bytes = [0u8; 4];
        for n in 0..self.nodes.len() {
            let (from, mut end, mut chars) = (self.runs.len(), NONE, 0);
            let mut at = n;
            loop {
                let c = self.nodes[at].only;
                if c == NONE {
                    break;
                }
                let child = &self.nodes[c as usize];
                match child.unit {
                    Some(Unit::Char(ch)) => {
                        self.runs
                            .extend_from_slice(ch.encode_utf8(&mut bytes).as_bytes());
                        chars += 1;
                        end = c;
                    }
                    Some(Unit::Join) => {}
                    _ => break,
                }
                if child.form.is_some() {
                    break;
                }
                at = c as usize;
            }
            if chars < 2 {
                self.runs.truncate(from);
                end = NONE;
            }
            let node = &mut self.nodes[n];
            node.run = (from as u32, self.runs.len() as u32);
            node.run_end = end;
        }
    }

    /// Calls `found(end, form)` for each form of the group that matches at `start`, in the
    /// order of their units. `scratch` is reused between calls.
    pub fn matches(
        &self,
        text: &str,
        start: usize,
        scratch: &mut Vec<(u32, usize, u32)>,
        mut found: impl FnMut(usize, u32),
    ) {
        scratch.clear();
        self.walk(0, text, start, scratch);
        scratch.sort_unstable_by_key(|&(rank, _, _)| rank);
        for &(_, end, f) in scratch.iter() {
            found(end, f);
        }
    }

    fn walk(&self, mut n: usize, text: &str, mut pos: usize, out: &mut Vec<(u32, usize, u32)>) {
        let mut node = &self.nodes[n];
        loop {
            if let Some((f, rank)) = node.form {
                out.push((rank, pos, f));
            }
            if node.run_end != NONE {
                let chars = &self.runs[run(node.run)];
                if text.as_bytes()[pos..].starts_with(chars) {
                    pos += chars.len();
                    node = &self.nodes[node.run_end as usize];
                    continue;
                }
            }
            if node.only == NONE {
                break;
            }
            n = node.only as usize;
            let next = &self.nodes[n];
            // a character, a join before a Chinese character, or a plain gap between
            // English words (most often one space before a letter): read here without a call
            let len = match next.unit.as_ref().expect("a child has a unit") {
                // a word, as among siblings: refused on the text's first letter, or measured
                // no further than the words of the child need
                unit @ Unit::Word(w) => {
                    let lead = lead_of(w);
                    match text.as_bytes().get(pos) {
                        Some(b) if lead != 0 && b.is_ascii() && b.to_ascii_lowercase() != lead => {
                            None
                        }
                        _ => next.quick_len_at(text, pos).unwrap_or_else(|| {
                            let mut word = TextWord {
                                limit: node.word_limit,
                                ..TextWord::default()
                            };
                            unit.len_at(text, pos, &mut word)
                        }),
                    }
                }
                Unit::Char(c) => match text[pos..].chars().next() {
                    Some(d) if d == *c => Some(d.len_utf8()),
                    _ => None,
                },
                Unit::Join if text.as_bytes().get(pos).is_some_and(|&b| b >= 0xe4) => Some(0),
                Unit::Gap
                    if text
                        .as_bytes()
                        .get(pos..pos + 2)
                        .is_some_and(|g| matches!(g, [b' ', c] if c.is_ascii_alphanumeric())) =>
                {
                    Some(1)
                }
                unit => unit.len_at(text, pos, &mut TextWord::default()),
            };
            match len {
                Some(len) => pos += len,
                None => return,
            }
            node = next;
        }
        let mut word = TextWord {
            limit: node.word_limit,
            ..TextWord::default()
        };
        let child = |c: u32, word: &mut TextWord, out: &mut Vec<(u32, usize, u32)>| {
            let unit = self.nodes[c as usize]
                .unit
                .as_ref()
                .expect("a child has a unit");
            if let Some(len) = unit.len_at(text, pos, word) {
                self.walk(c as usize, text, pos + len, out);
            }
        };
        if node.by_lead.0 != node.by_lead.1 {
            let by_lead = &self.leads[run(node.by_lead)];
            match text.as_bytes().get(pos) {
                // an ASCII byte: only words that open with that letter
                Some(b) if b.is_ascii() => {
                    let b = b.to_ascii_lowercase();
                    let from = by_lead.partition_point(|&(l, _)| l < b);
                    for &(l, c) in &by_lead[from..] {
                        if l != b {
                            break;
                        }
                        match self.nodes[c as usize].quick_len_at(text, pos) {
                            Some(Some(len)) => self.walk(c as usize, text, pos + len, out),
                            Some(None) => {}
                            None => child(c, &mut word, out),
                        }
                    }
                }
                _ => {
                    for &(_, c) in by_lead {
                        child(c, &mut word, out);
                    }
                }
            }
        }
        if node.by_char.0 != node.by_char.1 {
            let by_char = &self.chars[run(node.by_char)];
            if let Some(ch) = text[pos..].chars().next() {
                if let Ok(i) = by_char.binary_search_by_key(&ch, |&(c, _)| c) {
                    child(by_char[i].1, &mut word, out);
                }
            }
        }
        for &c in &self.rest[run(node.others)] {
            child(c, &mut word, out);
        }
    }
}

/// The length of a gap at the start of `b` (0 for none, as [`Unit::len_at`] reads it)
/// where it is ASCII spaces and hyphens followed by another ASCII byte that is no
/// apostrophe, or longer than any gap; `None` where the bytes say no more.
fn ascii_gap(b: &[u8]) -> Option<usize> {
    // the commonest gap by far: one space, then a letter or a digit
    if let [b' ', c, ..] = b {
        if c.is_ascii_alphanumeric() {
            return Some(1);
        }
    }
    let gap = |c: u8| matches!(c, b'\t'..=b'\r' | b' ' | b'-');
    let mut i = 0;
    while i < b.len() && gap(b[i]) {
        i += 1;
        if i > 12 {
            return Some(0);
        }
    }
    match b.get(i) {
        None => Some(i),
        Some(&c) if c.is_ascii() && !is_apostrophe(c as char) => Some(i),
        _ => None,
    }
}

fn run_len(s: &str, pred: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !pred(c))
        .map_or(s.len(), |(i, _)| i)
}

/// The length of the word at the start of `s`: letters and digits, with an apostrophe
/// inside (`people’s`); and whether it is plain ASCII without an apostrophe. A word that
/// opens with `limit` ASCII letters or digits is measured as `limit` bytes: it is longer than
/// any word compared with it (`committee` where `co` is tried).
fn text_word_len(s: &str, limit: usize) -> (usize, bool) {
    // most words are plain ASCII: no need to decode them
    let b = s.as_bytes();
    let head = &b[..b.len().min(limit)];
    let ascii = ascii_word_len(head);
    if ascii == b.len() || ascii == limit {
        return (ascii, true);
    }
    if b[ascii].is_ascii() && !is_apostrophe(b[ascii] as char) {
        return (ascii, true);
    }
    // most often a closing quotation mark after the word (`“two establishments”`): no
    // need to read the word again character by character
    if !b[ascii].is_ascii()
        && s[ascii..]
            .chars()
            .next()
            .is_some_and(|c| !is_word_char(c) && !is_apostrophe(c))
    {
        return (ascii, true);
    }
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            end = i + c.len_utf8();
        } else if is_apostrophe(c) && end > 0 && chars.peek().is_some_and(|&(_, d)| is_word_char(d))
        {
            continue;
        } else {
            break;
        }
    }
    let w = &b[..end];
    (end, w.is_ascii() && !w.contains(&b'\''))
}

/// Does the word of the text equal the form's (singular, lower-case) word, give or take a
/// plural ending and apostrophes? Compares without allocating.
fn word_matches(text_word: &str, form: &str) -> bool {
    let w = text_word.as_bytes();
    if w.is_ascii() && !w.contains(&b'\'') {
        return plural_of(w, form.as_bytes(), |a, b| a.eq_ignore_ascii_case(b));
    }
    let mut buf = [0u8; 64];
    let mut n = 0;
    for c in text_word.chars().filter(|&c| !is_apostrophe(c)) {
        for l in c.to_lowercase() {
            let mut tmp = [0u8; 4];
            let bytes = l.encode_utf8(&mut tmp).as_bytes();
            if n + bytes.len() > buf.len() {
                return false;
            }
            buf[n..n + bytes.len()].copy_from_slice(bytes);
            n += bytes.len();
        }
    }
    plural_of(&buf[..n], form.as_bytes(), |a, b| a == b)
}

/// Does `text` in ASCII lower case equal `lower`? As `eq_ignore_ascii_case` where `lower`
/// holds no ASCII capital, as no word of a form does ([`normal_word`] lowers them), with
/// one side lowered, not two. Eight bytes (or four) at a time: a byte at a time took most
/// of the measuring of a text word against a form's.
fn lower_eq(text: &[u8], lower: &[u8]) -> bool {
    let n = text.len();
    if n != lower.len() {
        return false;
    }
    let same = |at: usize, width: usize| {
        let load = |b: &[u8]| {
            let mut v = [0u8; 8];
            v[..width].copy_from_slice(&b[at..at + width]);
            u64::from_le_bytes(v)
        };
        ascii_lower(load(text)) == load(lower)
    };
    match n {
        // whole chunks, then the last eight bytes (overlapping the chunk before)
        8.. => {
            let mut at = 0;
            while at + 8 < n {
                if !same(at, 8) {
                    return false;
                }
                at += 8;
            }
            same(n - 8, 8)
        }
        4..=7 => same(0, 4) && same(n - 4, 4),
        _ => text
            .iter()
            .zip(lower)
            .all(|(a, b)| a.to_ascii_lowercase() == *b),
    }
}

/// The bytes of `v` with each ASCII capital lowered, the others as they are.
fn ascii_lower(v: u64) -> u64 {
    let capital = swar::between(v & swar::LOW, b'A', b'Z') & !v & swar::HIGH;
    v | capital >> 2
}

/// Is `w` the word `f`, or `f` with a plural ending (-s, -es, -y to -ies)?
fn plural_of(w: &[u8], f: &[u8], eq: impl Fn(&[u8], &[u8]) -> bool) -> bool {
    if w.len() < f.len() {
        return false;
    }
    let rest = &w[f.len()..];
    if eq(&w[..f.len()], f) && (rest.is_empty() || eq(rest, b"s") || eq(rest, b"es")) {
        return true;
    }
    // policy / policies
    match f.strip_suffix(b"y") {
        Some(stem) => {
            w.len() == stem.len() + 3 && eq(&w[..stem.len()], stem) && eq(&w[stem.len()..], b"ies")
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gap_bytes_are_ascii_white_space_vertical_tab_and_hyphen() {
        for c in 0..=u8::MAX {
            let gap = c.is_ascii_whitespace() || c == b'-' || c == 0x0b;
            assert_eq!(gap_byte(c), gap, "byte {c:#x}");
        }
    }

    #[test]
    fn word_key_lowers_letters_and_keeps_digits() {
        let alnum: Vec<u8> = (0..=127).filter(u8::is_ascii_alphanumeric).collect();
        for &a in &alnum {
            for &b in &alnum {
                let lower = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
                assert_eq!(
                    word_key(&[a, b]),
                    1 << 40 | u64::from(lower[0]) << 8 | u64::from(lower[1])
                );
            }
        }
    }

    #[test]
    fn ascii_word_len_reads_as_bytes_one_by_one() {
        let slow = |b: &[u8]| {
            b.iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len())
        };
        // every byte after words of every length up to two chunks and more
        for len in 0..20 {
            for stop in 0..=255u8 {
                let mut b: Vec<u8> = (0..len).map(|k| b"aZ09mQ"[k % 6]).collect();
                b.push(stop);
                b.extend_from_slice(b"abcdefgh");
                assert_eq!(ascii_word_len(&b), slow(&b), "{len} {stop}");
                assert_eq!(ascii_word_len(&b[..len]), len);
            }
        }
    }

    #[test]
    fn quick_words_read_as_word_len_at_reads_them() {
        // short plain words, and text words around them: equal, plural, in capitals,
        // longer, shorter, with apostrophes and letters outside ASCII, before many ends
        let words = [
            "of", "two", "new", "20th", "great", "nation", "people", "concepts",
        ];
        let shapes = [
            "{}", "{}s", "{}es", "{}S", "{}ES", "{}x", "{}xy", "{}sx", "{}ess", "{}’s", "{}'s",
            "{}é", "x{}", "{}’", "{}e", "{}ies",
        ];
        let ends = [
            " and more",
            ", and",
            "”, and",
            "' and",
            "’ and",
            "-and",
            "\nand",
            "é and",
            "`x y z",
            "’s x y z",
            "",
        ];
        let mut checked = 0;
        for w in words {
            let mut padded = [0u8; 8];
            padded[..w.len()].copy_from_slice(w.as_bytes());
            let key = u64::from_le_bytes(padded);
            let cut = [w, &w[..w.len() - 1], &w[..1]];
            for stem in cut {
                for shape in shapes {
                    for upper in [false, true] {
                        let word = shape.replace("{}", stem);
                        let word = if upper { word.to_uppercase() } else { word };
                        for end in ends {
                            let text = format!("{word}{end}");
                            let Some(quick) = quick_word_len(key, w.len(), text.as_bytes(), 0)
                            else {
                                continue;
                            };
                            for limit in [w.len() + 4, usize::MAX] {
                                let mut tw = TextWord {
                                    limit,
                                    ..TextWord::default()
                                };
                                assert_eq!(
                                    quick,
                                    word_len_at(w, &text, 0, &mut tw),
                                    "{w} {text:?}"
                                );
                            }
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn walk_reads_closing_marks_as_none() {
        for mark in ["”", "“", "，", "。"] {
            let c = mark.chars().next().unwrap();
            assert!(!(is_word_char(c) || is_apostrophe(c) || c.is_whitespace() || is_hyphen(c)));
            assert!(!walk_reads(&format!("x{mark}y"), 1), "{mark}");
        }
        for reads in ["’", "é", "\u{3000}", "–"] {
            assert!(walk_reads(&format!("x{reads}y"), 1), "{reads}");
        }
    }

    #[test]
    fn lower_eq_lowers_ascii_capitals_alone() {
        let slow = |a: &[u8], b: &[u8]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_ascii_lowercase() == *y)
        };
        // every byte at every place of words of every length up to two chunks and more
        for len in 0..20 {
            let lower: Vec<u8> = (0..len).map(|k| b"az09mq_\xc3@[`{"[k % 12]).collect();
            for at in 0..len {
                for c in 0..=255u8 {
                    let mut text = lower.clone();
                    text[at] = c;
                    assert_eq!(
                        lower_eq(&text, &lower),
                        slow(&text, &lower),
                        "{len} {at} {c}"
                    );
                    assert_eq!(
                        lower_eq(&lower, &text),
                        slow(&lower, &text),
                        "{len} {at} {c}"
                    );
                }
            }
            assert!(lower_eq(&lower.to_ascii_uppercase(), &lower));
            assert!(!lower_eq(&lower, &lower[..len.saturating_sub(1)]) || len == 0);
        }
    }

    fn form(text: &str) -> Form {
        Form {
            entry: 0,
            units: compile(text),
            head: String::new(),
        }
    }

    fn found(f: &str, text: &str) -> Option<&'static str> {
        let end = form(f).match_at(text, 0)?;
        Some(Box::leak(text[..end].to_string().into_boxed_str()))
    }

    #[test]
    fn no_character_from_u3001_on_is_a_space() {
        assert!(('\u{3001}'..=char::MAX).all(|c| !c.is_whitespace()));
    }

    #[test]
    fn gate_reads_the_first_letters_of_the_next_word() {
        let forms = [
            compile("party conduct and integrity"),
            compile("party policy"),
            compile("party of the people"),
        ];
        let gate = Gate::new(forms.iter().map(|u| &u[..]));
        let admits = |text: &str| gate.admits(text, 0, "part".len());
        // the same first letter, another word: refused before any walk
        assert!(!admits("Party committee members"));
        assert!(!admits("Party cadres"));
        assert!(!admits("party c"));
        // the words of the forms, in any case, plural or hyphenated
        assert!(admits("Party Conduct and integrity"));
        assert!(admits("party conducts"));
        assert!(admits("Party policies"));
        assert!(admits("party-policy"));
        assert!(admits("party of the people"));
        assert!(admits("Party’s conduct"));
        // a two-letter form word needs both letters
        assert!(!admits("party on duty"));
        // words the gate cannot read plainly go on to the walk
        assert!(admits("party po’licy"));
        assert!(admits("party cón"));
        // with a form of one word, anything may follow
        let one = [compile("party"), compile("party conduct")];
        let gate = Gate::new(one.iter().map(|u| &u[..]));
        assert!(gate.admits("party committee", 0, 4));
    }

    #[test]
    fn gate_reads_a_plain_head_as_it_reads_any_head() {
        let groups = [
            (
                "political",
                vec![
                    compile("political integrity"),
                    compile("political consciousness"),
                ],
            ),
            (
                "politic",
                vec![compile("politics first"), compile("political integrity")],
            ),
            ("work", vec![compile("work style")]),
        ];
        for (head, forms) in groups {
            let mut gate = Gate::new(forms.iter().map(|u| &u[..]));
            let slow = gate;
            gate.plain_head = head.len();
            for text in [
                "political integrity",
                "Political Consultative Conference",
                "political c",
                "political  integrity",
                "political-integrity",
                "political 1",
                "political (integrity)",
                "political",
                "political ",
                "politics first",
                "politicals integrity",
                "political’s",
                "politicality integrity",
                "work style",
                "work plan",
                "work s",
                "works style",
            ] {
                if !text.to_lowercase().starts_with(head) {
                    continue;
                }
                for end in [text.len(), head.len()] {
                    let (fast, slow) = (gate.pass(text, 0, end), slow.pass(text, 0, end));
                    assert_eq!(fast, slow, "{head:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn prefix_admits_reads_bytes_as_chars_did() {
        // the test as it was written over characters
        let hash = |h: u32, b: u8| {
            h.wrapping_mul(31)
                .wrapping_add(b.to_ascii_lowercase() as u32)
        };
        let reference = |(three, two): (u128, u128), b: &[u8]| {
            let (b1, b2) = (
                b.get(1).copied().unwrap_or(b' '),
                b.get(2).copied().unwrap_or(b' '),
            );
            let other = |c: u8| !c.is_ascii() || is_apostrophe(c as char);
            if other(b1) || (b1.is_ascii_alphanumeric() && other(b2)) {
                return true;
            }
            if !b1.is_ascii_alphanumeric() {
                return false;
            }
            let h2 = hash(hash(0, b[0]), b1);
            two & (1 << (h2 % 128)) != 0
                || b2.is_ascii_alphanumeric() && three & (1 << (hash(h2, b2) % 128)) != 0
        };
        let sets = (prefix_key(b"con") | prefix_key(b"9th"), prefix_key(b"po"));
        for b0 in (b'0'..=b'z').chain([b'(', b'@', b'[']) {
            for b1 in 0..=255u8 {
                for b2 in 0..=255u8 {
                    for b in [&[b0, b1, b2][..], &[b0, b1][..]] {
                        assert_eq!(prefix_admits(sets, b), reference(sets, b), "{b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn builtin_catalogue_is_valid() {
        let cat = Catalogue::builtin();
        assert!(cat.entries.len() >= 120);
        let mut ids: Vec<&str> = cat.entries.iter().map(|e| e.id.as_str()).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "ids are unique");
        // no rendering belongs to two ids, after normalisation
        assert_eq!(cat.keys.len(), cat.forms.len());
        for form in &cat.forms {
            assert_eq!(cat.keys[&key_of(&form.units)], form.entry);
        }
        assert!(cat.forms.len() > cat.entries.len());
        assert!(cat.heads.iter().all(|(h, _)| !h.is_empty()));
        // every head is lower case, as the prefilter folds only ASCII case
        assert!(cat.heads.iter().all(|(h, _)| h.to_lowercase() == *h));
    }

    #[test]
    fn every_rendering_is_found_through_its_head() {
        // the tries are built on first use: build each and find every rendering with it
        let cat = Catalogue::builtin();
        let rows = crate::lexicon::rows(BUILTIN_TSV, "data/slogans.tsv", 5).unwrap();
        let mut scratch = Vec::new();
        let mut checked = 0;
        for row in &rows {
            let entry = cat.ids[row.get(0).trim()];
            for written in row.alternatives(3).chain(row.alternatives(4)) {
                let text = without_article(written);
                // a plural possessive (`workers' spirit`) is not matched as written yet
                let possessive = text.char_indices().any(|(i, c)| {
                    is_apostrophe(c) && !text[i + c.len_utf8()..].starts_with(is_word_char)
                });
                let units = compile(text);
                let head = head_of(&units, text);
                let Some(i) = cat.heads.iter().position(|(h, _)| *h == head) else {
                    // a rendering written twice for one id is kept once, with the head
                    // of its first writing
                    assert_eq!(cat.keys.get(&key_of(&units)), Some(&entry), "{text}");
                    continue;
                };
                let mut ends = Vec::new();
                cat.group(i)
                    .matches(text, 0, &mut scratch, |end, f| ends.push((end, f)));
                let whole = ends
                    .iter()
                    .any(|&(end, f)| end == text.len() && cat.forms[f as usize].entry == entry);
                assert!(
                    whole || possessive,
                    "'{text}' is not found through '{head}'"
                );
                checked += usize::from(whole);
            }
        }
        assert!(
            checked + 10 > cat.forms.len(),
            "{checked} of {}",
            cat.forms.len()
        );
    }

    #[test]
    fn form_words_hold_no_ascii_capital() {
        // `lower_eq` lowers the text's byte alone
        let cat = Catalogue::builtin();
        for form in &cat.forms {
            for u in &form.units {
                if let Unit::Word(w) = u {
                    assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w}");
                }
            }
        }
    }

    #[test]
    fn openings_admit_what_the_walk_finds_after_an_apostrophe() {
        // `People’s Congress`: the openings read a word with an apostrophe as the walk does
        let cat = Catalogue::builtin();
        let mut scratch = Vec::new();
        let mut checked = 0;
        for form in &cat.forms {
            let Some(Unit::Word(first)) = form.units.first() else {
                continue;
            };
            let rest: String = form.units[1..]
                .iter()
                .map(|u| match u {
                    Unit::Word(w) => w.clone(),
                    Unit::Char(c) | Unit::Punct(c) => c.to_string(),
                    Unit::Gap => " ".to_string(),
                    Unit::Join => String::new(),
                })
                .collect();
            let i = cat.heads.iter().position(|(h, _)| *h == form.head).unwrap();
            for mark in ["'s", "’s", "’", "s'"] {
                let text = format!("{}{mark}{rest} and more", first.to_uppercase());
                let mut found = false;
                cat.group(i)
                    .matches(&text, 0, &mut scratch, |_, _| found = true);
                if found {
                    assert!(
                        cat.admits(i, &text, 0, form.head.len()),
                        "'{text}' is refused"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn openings_admit_what_the_walk_finds_before_any_mark() {
        // every form and every opening of one, written with its words in several cases,
        // its gaps as several spaces and hyphens, and followed by marks, spaces and letters
        // outside ASCII: where the walk finds a form, the openings let the hit through
        let cat = Catalogue::builtin();
        let mut scratch = Vec::new();
        let mut checked = 0;
        let gaps = [
            " ", "\u{3000}", "\u{a0}", "–", "\n", " -\n", "\u{2009}", "’ ",
        ];
        let after = [
            "",
            "”",
            "”,",
            "\"",
            "，",
            "、",
            "。",
            "—",
            " “x”",
            " ”",
            "”and",
            "\u{3000}more",
            "–more",
            "’s",
            "’ more",
            "' more",
            " - more",
            "\n\nmore",
            "s”",
            "es”",
            "Über",
            " über",
            ", ”",
            " (x)",
            "-“x”",
        ];
        let write = |units: &[Unit], case: usize, gap: &str| -> String {
            units
                .iter()
                .enumerate()
                .map(|(i, u)| match u {
                    // the Kelvin sign is a `k` in lower case (past the head the prefilter
                    // finds as written)
                    Unit::Word(w) if case == 2 && i > 0 => w.replacen('k', "\u{212a}", 1),
                    Unit::Word(w) if case == 1 => w.to_uppercase(),
                    Unit::Word(w) => w.clone(),
                    Unit::Char(c) => c.to_string(),
                    Unit::Punct(c) => format!(" {c}\u{3000}"),
                    Unit::Gap => gap.to_string(),
                    Unit::Join => String::new(),
                })
                .collect()
        };
        for form in &cat.forms {
            if !matches!(form.units.first(), Some(Unit::Word(_))) {
                continue;
            }
            let i = cat.heads.iter().position(|(h, _)| *h == form.head).unwrap();
            let mut admitted = |text: &str| {
                let mut found = false;
                cat.group(i)
                    .matches(text, 0, &mut scratch, |_, _| found = true);
                if found {
                    assert!(
                        cat.admits(i, text, 0, form.head.len()),
                        "'{text}' is refused"
                    );
                    checked += 1;
                }
            };
            for case in 0..3 {
                for gap in gaps {
                    admitted(&write(&form.units, case, gap));
                }
                for cut in 1..=form.units.len() {
                    let written = write(&form.units[..cut], case, " ");
                    for tail in after {
                        admitted(&format!("{written}{tail}"));
                    }
                }
            }
        }
        assert!(checked > 10000, "{checked}");
    }

    #[test]
    fn builtin_rows_are_sorted_by_id() {
        let rows = crate::lexicon::rows(BUILTIN_TSV, "data/slogans.tsv", 5).unwrap();
        let ids: Vec<&str> = rows.iter().map(|r| r.get(0)).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn case_apostrophe_hyphen_plural_line_break() {
        assert_eq!(
            found("two establishments", "Two Establishments."),
            Some("Two Establishments")
        );
        assert_eq!(
            found("people's democracy", "people’s democracy"),
            Some("people’s democracy")
        );
        assert_eq!(
            found("whole-process democracy", "whole process democracy"),
            Some("whole process democracy")
        );
        assert_eq!(
            found("double first class", "double first-class"),
            Some("double first-class")
        );
        assert_eq!(
            found("four consciousness", "four consciousnesses"),
            Some("four consciousnesses")
        );
        assert_eq!(
            found("two safeguards", "two safeguard"),
            Some("two safeguard")
        );
        assert_eq!(
            found("new development policy", "new development policies"),
            Some("new development policies")
        );
        assert_eq!(
            found("common prosperity", "common\r\nprosperity"),
            Some("common\r\nprosperity")
        );
        assert_eq!(found("共同富裕", "共同\n富裕"), Some("共同\n富裕"));
        assert_eq!(found("共同富裕", "共同 富裕"), None);
        assert_eq!(found("two establishments", "two establishmentsx"), None);
        assert_eq!(
            found("One Belt, One Road", "one belt , one road"),
            Some("one belt , one road")
        );
        assert_eq!(found("One Belt, One Road", "one belt one road"), None);
    }

    #[test]
    fn heads_are_stems() {
        let head = |t: &str| head_of(&compile(t), t);
        assert_eq!(head("policies of x"), "polic");
        assert_eq!(head("Four consciousness"), "four");
        assert_eq!(head("四个意识"), "四个");
        assert_eq!(head("people's city"), "people");
        assert_eq!(head("Yan'an spirit"), "yan");
    }

    #[test]
    fn bad_rows_name_file_line_and_reason() {
        let mut cat = Catalogue::builtin().clone();
        let err = cat
            .extend_tsv(
                "id\tkind\tnumber\tzh\ten\nx\tslogan\t\t\tx y\n",
                "extra.tsv",
            )
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "extra.tsv:2: invalid kind 'slogan': expected numbered, formulation or campaign"
        );
        let err = cat
            .extend_tsv(
                "id\tkind\tnumber\tzh\ten\nmy-two\tformulation\t\t\ttwo establishments\n",
                "u.tsv",
            )
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "u.tsv:2: rendering 'two establishments' already belongs to 'two-establishments'"
        );
        let err = cat
            .extend_tsv("three-x\tnumbered\t3\t三个X\t\n", "u.tsv")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "u.tsv:1: expected the header row 'id kind number zh en'"
        );
        let err = cat
            .extend_tsv(
                "id\tkind\tnumber\tzh\ten\nthree-x\tnumbered\t\t三个X\t\n",
                "u.tsv",
            )
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "u.tsv:2: numbered slogan 'three-x' has no number"
        );
        assert!(cat
            .extend_tsv(
                "id\tkind\tnumber\tzh\ten\nthree-x\tnumbered\t3\t三个全覆盖\tthree full coverages\n",
                "u.tsv"
            )
            .is_ok());
    }
}
