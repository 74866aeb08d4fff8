//! Meetings and references (SPEC section 4a).
//!
//! A meeting is an item only where the report says it took place: its name is the object of
//! a verb of holding (`held`, `convened`, `hosted`, `presided over`, `召开`, `举行`) or the
//! subject of one (`... meeting was held`, `... opened`, `……会议召开`, `……在北京举行`).
//! Refused: a meeting only announced or being prepared (`will be held`, `将于……召开`,
//! `决定……举行`), one whose spirit is conveyed (`the spirit of the ... meeting`,
//! `……会议精神`: no verb of holding governs it), and the anaphoric `the meeting stressed` /
//! `presided over the meeting`.
//!
//! `kind` is the catalogue id (`data/meeting_types.tsv`) of the longest rendering inside the
//! meeting's text once `(扩大)`/`(expanded)` and its number are taken out; else the row that
//! fits its body (`the Standing Committee of X held a meeting`, `党组召开扩大会议`).
//! `number`/`term`: `the 47th ... meeting of the 13th ...`, `第十四届第65次主席会议`.
//! `chair` and `participants` are the officials whose mentions stand before (or, after
//! `presided over by`, behind) a verb of presiding or attending; each such sentence belongs
//! to the latest meeting held before it. `date`: the nearest date in the meeting's
//! sentence, else the first date of the body.
//!
//! References live in [`references`].

mod en;
mod references;
mod zh;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::MatchKind;
use once_cell::sync::Lazy;

use crate::document::{is_ascii_space, Document};
use crate::extraction::{
    CivilDate, Date, DateValue, Language, Meeting, Official, Precision, Reference, ReferenceKind,
};
use crate::lexicon;
use crate::prefilter::{Hits, Lexicon, Trigger};

/// One row of the meeting-kind catalogue.
struct Row {
    id: String,
}

/// The meeting-kind catalogue: rows, and every rendering (Chinese and English) with its row.
struct Catalogue {
    rows: Vec<Row>,
    /// (row, rendering as written in the file)
    forms: Vec<(usize, String)>,
    /// The renderings as written, and with `’` for `'`, ASCII case-insensitive: for finding
    /// meeting names in a sentence and kinds inside a name (pattern `i` is form
    /// `raw_forms[i]`). The automaton itself, walked by [`Catalogue::each_raw`].
    raw: contiguous::NFA,
    raw_forms: Vec<usize>,
    /// Of pattern `i`: its length in characters, and whether it is ASCII (a match is the
    /// pattern's own bytes).
    raw_shape: Vec<(usize, bool)>,
    /// Each rendering in its normalised form (ASCII lower case), with its row: a name that
    /// is exactly a rendering is looked up, not searched.
    exact: HashMap<String, usize>,
}

static CATALOGUE: Lazy<Catalogue> = Lazy::new(|| {
    let text = include_str!("../../data/meeting_types.tsv");
    let rows =
        lexicon::rows(text, "data/meeting_types.tsv", 3).expect("data/meeting_types.tsv is valid");
    let mut out_rows = Vec::new();
    let mut forms = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        out_rows.push(Row {
            id: r.get(0).trim().to_string(),
        });
        for f in r.alternatives(1).chain(r.alternatives(2)) {
            forms.push((i, f.to_string()));
        }
    }
    let mut raw_patterns = Vec::new();
    let mut raw_forms = Vec::new();
    // lower case, searched in lower-cased text: the same matches as an ASCII
    // case-insensitive automaton, which takes several times as long to build (its failure
    // links are filled through a set of visited states)
    for (i, (_, f)) in forms.iter().enumerate() {
        let lower = f.to_ascii_lowercase();
        let curly = lower.contains('\'').then(|| lower.replace('\'', "’"));
        raw_patterns.push(lower);
        raw_forms.push(i);
        if let Some(curly) = curly {
            raw_patterns.push(curly);
            raw_forms.push(i);
        }
    }
    // a contiguous NFA builds as fast as a non-contiguous one (a DFA of these thousands of
    // renderings takes four times as long and fifty times the memory) and searches three
    // times faster; it runs over small windows and names only
    let raw = contiguous::NFA::builder()
        .match_kind(MatchKind::Standard)
        // (the walk of `each_raw` uses no prefilter)
        .prefilter(false)
        .build(&raw_patterns)
        .expect("meeting renderings build");
    let mut exact = HashMap::new();
    for (row, f) in &forms {
        // a rendering is mostly normal already: copied, not rebuilt char by char
        let key = if normal(f) { f.clone() } else { normalise(f) };
        exact.entry(key).or_insert(*row);
    }
    Catalogue {
        exact,
        rows: out_rows,
        forms,
        raw,
        raw_shape: raw_patterns
            .iter()
            .map(|p| (p.chars().count(), p.is_ascii()))
            .collect(),
        raw_forms,
    }
});

impl Catalogue {
    /// Calls `f` with each rendering in `hay` (searched as it is: a caller lower-cases
    /// ASCII) as its range and pattern, overlapping ones included, in the order the
    /// crate's overlapping search reports them: by end, then as the match state lists its
    /// patterns. The automaton is walked here ([`crate::prefilter::walk`]): the crate's
    /// iterator keeps its place in a state struct and goes back through it for each byte,
    /// which cost about a third more than the walk.
    fn each_raw(&self, hay: &str, mut f: impl FnMut(Range<usize>, usize)) {
        let raw = &self.raw;
        crate::prefilter::walk(raw, hay.as_bytes(), |sid, end| {
            for i in 0..raw.match_len(sid) {
                let pattern = raw.match_pattern(sid, i);
                f(end - raw.pattern_len(pattern)..end, pattern.as_usize());
            }
        });
    }
}

/// Lower-cases ASCII, writes `’` as `'` and collapses whitespace: the form renderings are
/// compared in.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalise_into(s, &mut out);
    out
}

/// [`normalise`] into `out` (cleared first), to reuse its buffer.
fn normalise_into(s: &str, out: &mut String) {
    out.clear();
    // most English names, byte by byte: ASCII whitespace is what `char::is_whitespace`
    // answers among ASCII (tab to carriage return, space)
    if s.is_ascii() {
        let mut space = false;
        for &b in s.as_bytes() {
            if is_ascii_space(b) {
                space = !out.is_empty();
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return;
    }
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(match c {
            '’' | '‘' => '\'',
            c => c.to_ascii_lowercase(),
        });
    }
}

/// Would [`normalise`] keep `s` as it is? (Chinese renderings, and English ones in lower
/// case with single spaces between words: most of the catalogue.) Read byte by byte: only
/// a character whose first byte a whitespace or a curly quote can start with (0xC2, 0xE1,
/// 0xE2, 0xE3) is decoded, not the Chinese ones.
fn normal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut space = true;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        match x {
            // a character of U+4000 to U+EFFF, nearly every Chinese one, is passed over
            // whole: its continuation bytes cost a turn of the loop each
            0xE4..=0xEE => {
                space = false;
                i += 3;
                continue;
            }
            b' ' if space => return false,
            b' ' => space = true,
            x if x < 0x80 => {
                if x.is_ascii_uppercase() || matches!(x, b'\t'..=b'\r') {
                    return false;
                }
                space = false;
            }
            // a continuation byte: its character was read at its first byte
            0x80..=0xBF => {}
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                let c = s[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() || matches!(c, '’' | '‘') {
                    return false;
                }
                space = false;
            }
            _ => space = false,
        }
        i += 1;
    }
    !s.ends_with(' ')
}

/// [`normalise`], borrowing a name it would not change (most Chinese names).
fn normalised(s: &str) -> Cow<'_, str> {
    if normal(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(normalise(s))
    }
}

thread_local! {
    /// The normal form of a name that is not normal already (see [`normal`]): made in one
    /// buffer, not a string for each name.
    static NORMAL: RefCell<String> = const { RefCell::new(String::new()) };
    /// A name joined from parts (`X` and `meeting`), to look for a rendering in.
    static JOINED: RefCell<String> = const { RefCell::new(String::new()) };
    /// A window of text with its ASCII letters lower-cased.
    static LOWERED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Calls `f` with the buffer of `cell`, or with a new one where that is in use.
fn with_buffer<T>(
    cell: &'static std::thread::LocalKey<RefCell<String>>,
    f: impl FnOnce(&mut String) -> T,
) -> T {
    cell.with(|c| match c.try_borrow_mut() {
        Ok(mut b) => f(&mut b),
        Err(_) => f(&mut String::new()),
    })
}

/// The id of the longest catalogue rendering inside `name` (English renderings on word
/// boundaries), with its length in characters.
fn kind_inside(name: &str) -> Option<(usize, &'static str)> {
    if normal(name) {
        return kind_inside_normal(name);
    }
    with_buffer(&NORMAL, |n| {
        normalise_into(name, n);
        kind_inside_normal(n)
    })
}

/// [`kind_inside`] of a name joined from `parts`.
fn kind_inside_joined(parts: &[&str]) -> Option<(usize, &'static str)> {
    with_buffer(&JOINED, |j| {
        j.clear();
        for p in parts {
            j.push_str(p);
        }
        kind_inside(j)
    })
}

/// [`kind_inside`] of a normal `n` (see [`normal`]).
fn kind_inside_normal(n: &str) -> Option<(usize, &'static str)> {
    let mut longest = Longest::new(n);
    CATALOGUE.each_raw(n, |m, pattern| longest.add(m, pattern));
    longest.kind()
}

/// [`kind_inside`] of a normal `n` (see [`normal`]) from the renderings found in it: each
/// match's range in `n` and its pattern, in the order the automaton reports them.
fn longest_in(
    n: &str,
    matches: impl IntoIterator<Item = (Range<usize>, usize)>,
) -> Option<(usize, &'static str)> {
    let mut longest = Longest::new(n);
    for (m, pattern) in matches {
        longest.add(m, pattern);
    }
    longest.kind()
}

/// [`longest_in`] as the matches come, one call each: a walk of the automaton gives them
/// to a closure, not as an iterator.
struct Longest<'n> {
    n: &'n str,
    /// The length in characters and the row of the longest rendering so far.
    best: Option<(usize, usize)>,
    /// Where the last rendering that `of` follows ends (matches are reported by their end).
    before_of: Option<usize>,
}

impl<'n> Longest<'n> {
    fn new(n: &'n str) -> Longest<'n> {
        Longest {
            n,
            best: None,
            before_of: None,
        }
    }

    /// Takes the match `m` of `pattern`, the next the automaton reports.
    fn add(&mut self, m: Range<usize>, pattern: usize) {
        let (cat, n) = (&*CATALOGUE, self.n);
        let (len, ascii) = cat.raw_shape[pattern];
        if ascii {
            let before = n[..m.start].chars().next_back();
            let after = n[m.end..].chars().next();
            if before.is_some_and(|c| c.is_alphanumeric())
                || after.is_some_and(|c| c.is_alphanumeric())
            {
                return;
            }
            // `chairpersons' meeting of the Standing Committee of …`: a rendering that opens
            // with the last word of one before `of` (`meeting of the Standing Committee`)
            // names the body that meeting is of, not its kind
            if self
                .before_of
                .is_some_and(|e| m.start < e && !n[m.start..e].contains(' '))
            {
                return;
            }
            if n[m.end..].starts_with(" of ") {
                self.before_of = Some(m.end);
            }
        }
        if self.best.is_none_or(|b| len > b.0) {
            self.best = Some((len, cat.forms[cat.raw_forms[pattern]].0));
        }
    }

    /// The id of the longest rendering taken, with its length in characters.
    fn kind(self) -> Option<(usize, &'static str)> {
        self.best
            .map(|(l, row)| (l, CATALOGUE.rows[row].id.as_str()))
    }
}

/// The id of the row whose rendering is exactly `name`.
fn kind_exact(name: &str) -> Option<&'static str> {
    let cat = &*CATALOGUE;
    cat.exact
        .get(&*normalised(name))
        .map(|&row| cat.rows[row].id.as_str())
}

/// [`kind_exact`] of a name joined from `parts`, joined in a kept buffer rather than a new
/// string for each.
fn kind_exact_joined(parts: &[&str]) -> Option<&'static str> {
    with_buffer(&JOINED, |j| {
        j.clear();
        for p in parts {
            j.push_str(p);
        }
        kind_exact(j)
    })
}

// Entries of this extractor's triggers, by the list they come from. Catalogue renderings
// are not triggers: a name matters only beside a verb of holding, and thousands of
// renderings would make the one automaton slow to build.
const VERB: u32 = 1 << 20;
const REFERENCE: u32 = 2 << 20;
const ROLE: u32 = 3 << 20;

/// Verbs of holding (whole words in English).
const HOLD_VERBS: [&str; 59] = [
    "held",
    // `the Subdistrict Office organized a residents' deliberation meeting`: only a meeting
    // named after an article (see `meetings::en`)
    "organized",
    // what a meeting named as its subject did (read only so)
    "heard",
    "deliberated",
    "reviewed",
    "adopted",
    "holds",
    "convened",
    "convenes",
    "hosted",
    "presided over",
    "presides over",
    // `county magistrate A presided the 35th executive meeting`: machine translation
    "presided",
    // `governor A presided to convene provincial government 12th executive meeting`: 主持召开
    // in machine translation
    "presided to convene",
    "chaired",
    "chairs",
    "opened",
    "concluded",
    "closed",
    "kicked off",
    "召开",
    "召開",
    "举行",
    "舉行",
    "进行",
    "進行",
    "主持召开",
    "主持召開",
    "opens",
    "举办",
    "舉辦",
    "开幕",
    "開幕",
    "闭幕",
    "閉幕",
    // `专题读书班在县委党校开班`
    "开班",
    "開班",
    // `党支部组织全体党员开展主题党日活动`, `the village Party branch carried out the theme
    // Party day activity`: only a theme Party day
    "开展",
    "開展",
    "carried out",
    "attended",
    "addressed",
    // `A and B witnessed the signing ceremony`, `共同见证签约仪式`
    "witnessed",
    "见证",
    "見證",
    "出席",
    "主持",
    // `A会见B`: a meeting of two sides, read by [`zh::met`]
    "会见",
    "會見",
    // `江州代表团分组审议政府工作报告`: a delegation's group meeting, named by the verb
    "分组审议",
    "分組審議",
    "met with",
    // `signed the "…" at the signing ceremony`
    "signing ceremony",
    // `At the closing meeting, A made a speech`
    "closing meeting",
    "opening meeting",
    // `A gave a special Party lecture on Party history to the participants`
    "gave a special Party lecture",
    "gave special Party lecture",
    "gave a Party lecture",
    "gave a special Party class",
];

/// Words that open a reference.
fn reference_triggers() -> Vec<String> {
    let mut t: Vec<String> = [
        "congress",
        "plenary",
        "plenum",
        "session",
        "meeting of the",
        "NPC",
        "全会",
        "全會",
        "全体会议",
        "全體會議",
        "全体（扩大）会议",
        "全體（擴大）會議",
        "全体(扩大)会议",
        "次会议",
        "次會議",
        "党代会",
        "黨代會",
        "代表大会",
        "代表大會",
        "《",
        "“",
        "\"",
        // `团市委十五届四次全委（扩大）会议`: a plenum of a full committee
        "全委",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // 八大 … 四十大: the Party's congresses by their short name
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    for n in 8..=40u32 {
        let tens = n / 10;
        let ones = (n % 10) as usize;
        let s = match tens {
            0 => DIGITS[ones].to_string(),
            1 => format!("十{}", DIGITS[ones]),
            _ => format!("{}十{}", DIGITS[tens as usize], DIGITS[ones]),
        };
        t.push(format!("{s}大"));
    }
    t
}

/// Verbs of [`ROLE_VERBS`] that open their sentence and name the people after them:
/// `Attending the symposium were A, B and C`, `Presiding over the meeting was A`.
const NAMES_AFTER: [&str; 17] = [
    "a report from",
    "heard the report of",
    "listened to the report of",
    "listened the report of",
    "as did",
    "attending",
    "present at the",
    "presiding over the",
    "among those present were",
    "present were",
    "speaking on behalf of",
    "speaking for",
    "among them",
    "together with",
    "as was",
    "as were",
    "attendees were",
];

/// Verbs of presiding and attending.
const ROLE_VERBS: [(&str, Role); 422] = [
    ("presided over", Role::Chair),
    ("presides over", Role::Chair),
    ("presided", Role::Chair),
    // `Presiding over the meeting was A, Deputy Secretary …`
    ("presiding over the", Role::Chair),
    ("chaired", Role::Chair),
    // `hosted the symposium`: 主持 in machine translation
    ("hosted the", Role::Chair),
    // `the press conference, which was hosted by A, deputy secretary-general of …`
    ("hosted by", Role::Chair),
    // `town Party committee secretary A host the symposium`: the present of machine
    // translation
    ("host the", Role::Chair),
    ("主持", Role::Chair),
    ("attended", Role::Attendee),
    ("witnessed", Role::Attendee),
    ("见证", Role::Attendee),
    ("見證", Role::Attendee),
    ("attend", Role::Attendee),
    // `Attending the symposium were A, B and C`
    ("attending", Role::Attendee),
    // `Present at the conference were A, B and C`, `Among those present were A, …`
    ("present at the", Role::Attendee),
    ("among those present were", Role::Attendee),
    // `Also present were A and B`
    ("present were", Role::Attendee),
    ("were present", Role::Attendee),
    ("was present", Role::Attendee),
    ("were also present", Role::Attendee),
    ("was also present", Role::Attendee),
    ("participated", Role::Attendee),
    // `County leaders A, B, C participate.`: the present of machine translation
    ("participate", Role::Attendee),
    // `B and C attended the meeting, as did D, secretary-general of …`
    ("as did", Role::Participant),
    ("took part", Role::Attendee),
    // `More than 60 guests took part, among them A, President of …; B, …; and C`
    ("among them", Role::Attendee),
    // `Vice Directors A and B attended, together with Secretary-General C`; `A and B were
    // present, as was C`
    ("together with", Role::Attendee),
    // `Also present as non-voting attendees were A; B, President of …; and C`
    ("attendees were", Role::Attendee),
    ("as was", Role::Attendee),
    ("as were", Role::Attendee),
    ("conveyed", Role::Participant),
    ("reported", Role::Participant),
    // `the Inspection Group leader A feedback the inspection situation to …` (反馈 in
    // machine translation, as `fed back` below): an inspection team's report to the unit
    ("feedback the", Role::Participant),
    ("a report by", Role::Participant),
    // `listened to a report from A on …`, `Reports were delivered by A, …, and by B, …`
    ("a report from", Role::Participant),
    // `The meeting listened the report of director A about …`: the meeting heard it (not
    // `studied the report of General Secretary Xi Jinping`)
    ("heard the report of", Role::Participant),
    ("listened to the report of", Role::Participant),
    ("listened the report of", Role::Participant),
    ("were delivered by", Role::Participant),
    ("made speech", Role::Participant),
    ("made the speech", Role::Participant),
    ("made exchange speech", Role::Participant),
    ("made an exchange speech", Role::Participant),
    ("made a speech", Role::Participant),
    ("made speeches", Role::Participant),
    ("made their speeches", Role::Participant),
    ("gave their speeches", Role::Participant),
    ("delivered their speeches", Role::Participant),
    ("made exchange speeches", Role::Participant),
    // at a democratic life meeting, `A, B and C, in turn, made personal inspections`
    // (对照检查)
    ("made personal inspections", Role::Participant),
    ("made a personal inspection", Role::Participant),
    ("made inspection speeches", Role::Participant),
    ("made an inspection speech", Role::Participant),
    ("made self-inspections", Role::Participant),
    ("carried out personal inspection", Role::Participant),
    ("carried out personal inspections", Role::Participant),
    // `A exchanged speech combining with work` (交流发言); `A and B unveiled the plaque`
    ("exchanged speech", Role::Participant),
    ("exchanged speeches", Role::Participant),
    ("unveiled the", Role::Participant),
    // `professor A made special lecture with the topic of …`
    ("made special lecture", Role::Participant),
    ("made a special lecture", Role::Participant),
    // `A, B made pledge speech on behalf of 14 villages` (表态发言)
    ("made pledge speech", Role::Participant),
    ("made pledge speeches", Role::Participant),
    ("made a pledge speech", Role::Participant),
    ("made statement speech", Role::Participant),
    ("made statement speeches", Role::Participant),
    // `A, B made typical exchange speeches`
    ("made typical exchange speeches", Role::Participant),
    ("made a typical exchange speech", Role::Participant),
    ("delivered a speech", Role::Participant),
    ("gave a speech", Role::Participant),
    ("delivered the speech", Role::Participant),
    ("gave the speech", Role::Participant),
    ("gave speeches", Role::Participant),
    ("delivered a keynote speech", Role::Participant),
    ("gave a keynote speech", Role::Participant),
    ("made a keynote speech", Role::Participant),
    ("made the keynote speech", Role::Participant),
    ("delivered the keynote speech", Role::Participant),
    ("gave the keynote speech", Role::Participant),
    ("fed back", Role::Participant),
    ("gave feedback", Role::Participant),
    ("made comments", Role::Participant),
    ("successively speeched", Role::Participant),
    ("successively make speech", Role::Participant),
    ("speeched in turn", Role::Participant),
    ("speeched successively", Role::Participant),
    ("made a statement", Role::Participant),
    ("delivered a statement", Role::Participant),
    ("gave a statement", Role::Participant),
    ("made statements", Role::Participant),
    ("delivered statements", Role::Participant),
    ("gave statements", Role::Participant),
    // `A and B made statement as representative`, `safety director A informed accident
    // situation`: 作表态发言, 通报 in machine translation
    ("made statement", Role::Participant),
    ("informed", Role::Participant),
    // `A, Secretary of …, presented the township's grid management system`
    ("presented", Role::Participant),
    ("notified", Role::Participant),
    ("briefed", Role::Participant),
    // `A, Secretary of the Party Branch of X Village, introduced the practice of …`
    ("introduced the", Role::Participant),
    ("introduced that", Role::Participant),
    ("spoke in turn", Role::Participant),
    // `A, director of …, described the method`, `B talked about how …`
    ("described", Role::Participant),
    ("talked about", Role::Participant),
    ("spoke about", Role::Participant),
    // `A, Deputy Director of …, suggested promoting …`: a speaker's proposal at the meeting
    ("suggested", Role::Participant),
    // `A, District Mayor, made specific arrangements`: 作具体部署
    ("made specific arrangements", Role::Participant),
    ("made work arrangements", Role::Participant),
    ("made arrangements", Role::Participant),
    ("made specific deployment", Role::Participant),
    // `Speaking for Xiaohe District, A, director of …, said`
    ("speaking for", Role::Participant),
    // `A, B and C, person in charge of …, speak in turn`: the present of machine
    // translation
    ("speak in turn", Role::Participant),
    // `stationmaster A lead the study of the law`: 领学
    ("led the study", Role::Attendee),
    ("lead the study", Role::Attendee),
    // `A and B spoke on sentencing recommendations`, `spoke at the meeting`
    ("spoke on", Role::Participant),
    ("spoke at the", Role::Participant),
    ("spoke successively", Role::Participant),
    ("spoke one after another", Role::Participant),
    // `members A, B and C spoke through the video` from the branch venues
    ("spoke through", Role::Participant),
    ("spoke via", Role::Participant),
    // `A, in his summing-up, stressed`
    ("in his summing-up", Role::Participant),
    ("in her summing-up", Role::Participant),
    ("made a summing-up", Role::Participant),
    ("summed up", Role::Participant),
    // `A and the Danish side's representative signed the memorandum`
    ("signed the", Role::Participant),
    // `A, head of …, signed an agreement on … with B`, `C and D signed a contract`
    ("signed an", Role::Participant),
    ("signed a", Role::Participant),
    // `After the talks, witnessed by A and B, C and D signed …`
    ("witnessed by", Role::Participant),
    ("successively spoke", Role::Participant),
    ("took turns to speak", Role::Participant),
    ("delivered a report", Role::Participant),
    ("delivered a work report", Role::Participant),
    ("made a work report", Role::Participant),
    ("gave a work report", Role::Participant),
    // machine translation: `A on behalf of the standing committee make work report`
    ("make work report", Role::Participant),
    ("made work report", Role::Participant),
    // `Speaking on behalf of the award winners, A, Chairwoman of …, said`
    ("speaking on behalf of", Role::Participant),
    ("delivered the work report", Role::Participant),
    ("made the work report", Role::Participant),
    ("gave the work report", Role::Participant),
    ("made a report", Role::Participant),
    ("gave a report", Role::Participant),
    ("made the report", Role::Participant),
    ("gave the report", Role::Participant),
    ("delivered the report", Role::Participant),
    // `made report of the … work situation`: 作汇报 in machine translation
    ("made report", Role::Participant),
    ("read out", Role::Participant),
    // `A read the 《Decision on Commending …》` (宣读)
    ("read the", Role::Participant),
    ("joined a panel discussion", Role::Participant),
    ("joined a group discussion", Role::Participant),
    ("joined a group deliberation", Role::Participant),
    ("gave a lecture", Role::Participant),
    // `The meeting invited A, professor of …, to give a special guidance`: who is invited
    // to speak (the names after it, up to the `to` of what they do)
    ("invited", Role::Participant),
    // `inviting A, Academician of …, who lectured on …`
    ("who lectured", Role::Participant),
    ("delivered a lecture", Role::Participant),
    ("gave a special lecture", Role::Participant),
    ("delivered a special lecture", Role::Participant),
    ("gave a guidance report", Role::Participant),
    // `A made the guidance lecture around learning the Regulations`
    ("made the guidance lecture", Role::Participant),
    ("made a guidance lecture", Role::Participant),
    ("gave a guidance lecture", Role::Participant),
    ("made a guidance report", Role::Participant),
    ("gave a special report", Role::Participant),
    ("made a special report", Role::Participant),
    ("made an explanation", Role::Participant),
    ("made the explanation", Role::Participant),
    // `Deputies … put forward opinions and suggestions`
    ("put forward opinions", Role::Participant),
    ("put forward suggestions", Role::Participant),
    ("put forward their opinions", Role::Participant),
    // `deputies A, B and others, …, put forward the opinions and suggestions`
    ("put forward the opinions", Role::Participant),
    ("put forward the suggestions", Role::Participant),
    ("offered suggestions", Role::Participant),
    ("made suggestions", Role::Participant),
    // `in turn did on-site report`: 现场述职 in machine translation
    ("did on-site report", Role::Participant),
    ("made on-site report", Role::Participant),
    ("made an on-site report", Role::Participant),
    ("gave an on-site report", Role::Participant),
    // `invited A, professor of ..., to make a special tutorial`
    ("a special tutorial", Role::Participant),
    ("a tutorial lecture", Role::Participant),
    ("to give a lecture", Role::Participant),
    // `invited A, professor of …, to lecture on …`
    ("to lecture on", Role::Participant),
    ("to give a special lecture", Role::Participant),
    ("to deliver a lecture", Role::Participant),
    ("to make a special report", Role::Participant),
    ("to give a special report", Role::Participant),
    ("gave an explanation", Role::Participant),
    ("gave the explanation", Role::Participant),
    // `A, director of …, gave the case explanation` (案例讲解 in machine translation)
    ("gave the case explanation", Role::Participant),
    ("gave a case explanation", Role::Participant),
    ("sat in the front row", Role::Attendee),
    ("sat in on", Role::Attendee),
    // `Deputy District Mayor A, … Deputy Director B sat in the meeting` (列席)
    ("sat in the meeting", Role::Attendee),
    ("sat in the conference", Role::Attendee),
    ("sat on the rostrum", Role::Attendee),
    // `Deputy Director A, Vice Chairman B were on the rostrum`
    ("were on the rostrum", Role::Attendee),
    ("was on the rostrum", Role::Attendee),
    // `A; B; C, sat on rostrum`: machine translation drops the article
    ("sat on rostrum", Role::Attendee),
    ("sat in the rostrum", Role::Attendee),
    ("report made by", Role::Participant),
    ("report delivered by", Role::Participant),
    // `The meeting heard the report on …, delivered by A`: only after a report heard
    ("delivered by", Role::Participant),
    ("seated on the rostrum", Role::Attendee),
    // `Sitting on the rostrum were town leaders A, B and C`
    ("sitting on the rostrum", Role::Attendee),
    // `A, Secretary of …, made the opening remarks`
    ("made the opening remarks", Role::Participant),
    ("made opening remarks", Role::Participant),
    ("delivered opening remarks", Role::Participant),
    ("delivered the opening remarks", Role::Participant),
    ("took their seats on the rostrum", Role::Attendee),
    ("took seats on the rostrum", Role::Attendee),
    ("seated at the rostrum", Role::Attendee),
    ("sat at the rostrum", Role::Attendee),
    ("in the center of the rostrum", Role::Participant),
    ("in the centre of the rostrum", Role::Participant),
    ("at the center of the rostrum", Role::Participant),
    // `在主席台就座`
    ("就座", Role::Attendee),
    // `以《…》为题作专题讲座`
    ("为题", Role::Participant),
    ("為題", Role::Participant),
    ("出席", Role::Attendee),
    ("参加", Role::Attendee),
    ("參加", Role::Attendee),
    ("列席", Role::Attendee),
    // `在分会场，市长A组织当地干部收听收看`: who follows a video conference at a venue
    // of it attends it
    ("收听收看", Role::Attendee),
    ("收聽收看", Role::Attendee),
    ("传达", Role::Participant),
    ("傳達", Role::Participant),
    ("作报告", Role::Participant),
    // `作动员讲话`, `作总结讲话`: a speech made at the meeting. Not `发表重要讲话`, which
    // the news and the reports mostly say of a speech made elsewhere, or quote
    ("作讲话", Role::Participant),
    ("作講話", Role::Participant),
    ("作了讲话", Role::Participant),
    // `A向会议作了市政府关于……的综合报告`: only where a report or an account closes the
    // clause
    ("作了", Role::Participant),
    // `局长A、局长B分别作整改情况报告`: as `作了`, only before a report
    ("分别作", Role::Participant),
    ("分別作", Role::Participant),
    ("作了講話", Role::Participant),
    ("作动员讲话", Role::Participant),
    ("作動員講話", Role::Participant),
    ("作动员部署讲话", Role::Participant),
    ("作動員部署講話", Role::Participant),
    ("作总结讲话", Role::Participant),
    ("作總結講話", Role::Participant),
    ("作報告", Role::Participant),
    ("宣讲", Role::Participant),
    ("宣講", Role::Participant),
    ("领学", Role::Attendee),
    ("領學", Role::Attendee),
    // `副市长A与东岳大学副校长B分别代表双方签署协议`: who signs at a signing ceremony
    ("签署", Role::Participant),
    ("簽署", Role::Participant),
    // `区领导A、B等为受表彰代表颁发奖牌`: who presents the awards at a commendation
    ("颁发", Role::Participant),
    ("頒發", Role::Participant),
    ("颁奖", Role::Participant),
    ("頒獎", Role::Participant),
    // `村党支部书记A领誓，全体党员重温入党誓词`
    ("领誓", Role::Participant),
    ("領誓", Role::Participant),
    // `A、B向宪法宣誓`: who takes the oath at a constitutional oath ceremony
    ("宣誓", Role::Participant),
    ("向宪法宣誓", Role::Participant),
    ("向憲法宣誓", Role::Participant),
    // `县人大常委会主任A监誓`: who oversees the oath
    ("监誓", Role::Participant),
    ("監誓", Role::Participant),
    ("作辅导", Role::Participant),
    // `邀请中央党校教授A为学员授课`, `书记A讲专题党课`
    // what a speaker says at the meeting: `A表示，`, `A说：`, `A said`, `A explained`
    // (not `强调`, `指出`, `stressed`, said mostly of the chair and the main speaker)
    ("表示", Role::Participant),
    // `卢建华讲话，冯晓辉主持座谈会`: a name that speaks, right before the verb, which ends
    // its clause (not `重要讲话精神`, `在讲话中`)
    ("讲话", Role::Participant),
    ("講話", Role::Participant),
    // `省长A介绍宁川经济社会发展情况`: who presents at the meeting (not `据A介绍`, `A的介绍`)
    ("介绍", Role::Participant),
    ("介紹", Role::Participant),
    ("说", Role::Participant),
    ("說", Role::Participant),
    // `委员A建议，`, `A提出，`, `A认为，`: only before its words, as `说`
    ("建议", Role::Participant),
    ("建議", Role::Participant),
    ("提出", Role::Participant),
    // `A，B等7位委员和专家围绕……建言献策`
    ("建言献策", Role::Participant),
    ("建言獻策", Role::Participant),
    // `A、B等12名村党组织书记依次上台……进行述职`: who reports on their duties at a
    // review meeting speaks at it
    ("述职", Role::Participant),
    ("述職", Role::Participant),
    ("认为", Role::Participant),
    ("認為", Role::Participant),
    ("said", Role::Participant),
    // `A, general manager of …, hoped that the government will help …`: 希望
    ("hoped that", Role::Participant),
    // `A, B and C took the oath`: at a constitutional oath ceremony (宣誓)
    ("took the oath", Role::Participant),
    ("took an oath", Role::Participant),
    ("swore the oath", Role::Participant),
    ("swore an oath", Role::Participant),
    ("explained", Role::Participant),
    // at a hearing or a consultation: `A, associate professor at …, argued that`, `B
    // proposed a citywide …`, `C asked that the rules …`, `D shared how …`
    ("argued", Role::Participant),
    ("proposed", Role::Participant),
    ("asked that", Role::Participant),
    // `A, a deputy to the Municipal People's Congress, asked about the progress of …`
    ("asked about", Role::Participant),
    ("asked how", Role::Participant),
    ("asked whether", Role::Participant),
    // `veteran representative A recalled the stories of …`
    ("recalled", Role::Participant),
    // `Director of the Bureau A interpreted the 《… Rectification Plan》` (解读)
    ("interpreted", Role::Participant),
    ("asked who", Role::Participant),
    ("asked what", Role::Participant),
    ("asked why", Role::Participant),
    // at a democratic or organisational life meeting: `Professor A criticized B frankly`
    ("criticized", Role::Participant),
    ("criticised", Role::Participant),
    ("shared", Role::Participant),
    // at an inquiry: `委员A询问，如何…`, `C还就……等问题进行询问`
    ("询问，", Role::Participant),
    ("詢問，", Role::Participant),
    ("进行询问", Role::Participant),
    ("進行詢問", Role::Participant),
    // at an inquiry: `委员A首先发问：`, `委员B问道，`
    ("发问", Role::Participant),
    ("發問", Role::Participant),
    ("问道", Role::Participant),
    ("問道", Role::Participant),
    // `A, General Manager of …, called for faster approval of …`
    ("called for", Role::Participant),
    // at an inquiry: `A replied that`, `questions were answered by A`, `A responded to
    // the members' questions`
    ("responded", Role::Participant),
    // `A, B made interaction response to the suggestions one by one` (互动回应)
    ("made interaction response", Role::Participant),
    ("made interactive response", Role::Participant),
    ("made interactive exchanges", Role::Participant),
    ("replied", Role::Participant),
    ("answered", Role::Participant),
    ("answered by", Role::Participant),
    ("questioned", Role::Participant),
    ("授课", Role::Participant),
    ("授課", Role::Participant),
    ("讲党课", Role::Participant),
    ("講黨課", Role::Participant),
    ("讲专题党课", Role::Participant),
    ("講專題黨課", Role::Participant),
    ("作专题辅导", Role::Participant),
    ("作專題輔導", Role::Participant),
    // `邀请教授A作《深入践行能源安全新战略》专题辅导`: the lecture's title between
    ("》专题辅导", Role::Participant),
    ("》專題輔導", Role::Participant),
    ("》专题讲座", Role::Participant),
    ("》專題講座", Role::Participant),
    ("作专题报告", Role::Participant),
    ("作專題報告", Role::Participant),
    ("作调研报告", Role::Participant),
    // `委员A代表视察组作监督报告`, `作述职报告`: a report named by its kind
    ("作监督报告", Role::Participant),
    ("作監督報告", Role::Participant),
    ("作视察报告", Role::Participant),
    ("作視察報告", Role::Participant),
    ("作主题报告", Role::Participant),
    ("作主題報告", Role::Participant),
    ("作述职报告", Role::Participant),
    ("作述職報告", Role::Participant),
    ("作履职报告", Role::Participant),
    ("作履職報告", Role::Participant),
    ("作总结报告", Role::Participant),
    ("作總結報告", Role::Participant),
    ("作調研報告", Role::Participant),
    ("对照检查", Role::Participant),
    ("對照檢查", Role::Participant),
    ("讲解", Role::Participant),
    ("講解", Role::Participant),
    ("作輔導", Role::Participant),
    ("汇报", Role::Participant),
    ("通报", Role::Participant),
    ("通報", Role::Participant),
    ("分别介绍", Role::Participant),
    // `市长A发布人才新政`: releasing at the meeting
    ("发布", Role::Participant),
    ("發布", Role::Participant),
    // `副镇长A解读了《……实施方案》`: who explains a document at the meeting
    ("解读了", Role::Participant),
    ("解讀了", Role::Participant),
    // `市长A作城市推介`: presenting the city at an investment conference
    ("作城市推介", Role::Participant),
    ("作推介", Role::Participant),
    ("作招商推介", Role::Participant),
    // `市长A对整改工作作具体安排`
    ("作具体安排", Role::Participant),
    // `会议听取了A所作的……报告`: the report heard was made at the meeting (only after
    // `听取`: `习近平总书记……所作的重要讲话` was made elsewhere)
    ("所作的", Role::Participant),
    // `局长A，副局长B逐一作了回应`: departments answering at a consultation
    ("作了回应", Role::Participant),
    ("作了回應", Role::Participant),
    ("作出回应", Role::Participant),
    ("作出回應", Role::Participant),
    ("逐一回应", Role::Participant),
    ("逐一回應", Role::Participant),
    ("作具體安排", Role::Participant),
    ("作具体部署", Role::Participant),
    ("作具體部署", Role::Participant),
    ("作工作部署", Role::Participant),
    ("作具体工作部署", Role::Participant),
    ("作具體工作部署", Role::Participant),
    ("作出具体安排", Role::Participant),
    ("作出具體安排", Role::Participant),
    ("作工作部署安排", Role::Participant),
    // `韦俊杰首先介绍了提案主要内容` (not `据A介绍`)
    ("介绍了", Role::Participant),
    ("介紹了", Role::Participant),
    // `西岗村党支部书记张德顺结合本村实际，分享了……的经验`
    ("分享了", Role::Participant),
    ("分別介紹", Role::Participant),
    // `各乡镇党委书记依次述职`: reporting on one's duties at the meeting (not the name
    // `述职评议会`)
    ("依次述职", Role::Participant),
    ("依次述職", Role::Participant),
    ("分别述职", Role::Participant),
    ("分別述職", Role::Participant),
    ("先后述职", Role::Participant),
    ("先後述職", Role::Participant),
    ("现场述职", Role::Participant),
    ("現場述職", Role::Participant),
    ("作述职", Role::Participant),
    ("作述職", Role::Participant),
    ("宣读", Role::Participant),
    ("宣讀", Role::Participant),
    ("作了题为", Role::Participant),
    ("作了題為", Role::Participant),
    ("作说明", Role::Participant),
    // `省水利厅、省林业局负责人A、B分别回应委员关切`: who answers at a consultation
    ("回应", Role::Participant),
    ("回應", Role::Participant),
    ("作說明", Role::Participant),
    ("作了说明", Role::Participant),
    ("作了說明", Role::Participant),
    ("彙報", Role::Participant),
    ("发言", Role::Participant),
    ("發言", Role::Participant),
    // `常委A、B分别就……提出意见建议`: speaking at a consultation
    ("提出意见建议", Role::Participant),
    ("提出意見建議", Role::Participant),
    ("提出意见和建议", Role::Participant),
    ("提出意見和建議", Role::Participant),
    ("提出了意见建议", Role::Participant),
    ("提出了意見建議", Role::Participant),
    ("陪同", Role::Participant),
    ("trip to the meeting", Role::Participant),
    ("came to the meeting", Role::Participant),
    // `A gave a special Party lecture on Party history`: the lecturer of the lecture held
    ("gave a special Party lecture", Role::Participant),
    ("gave special Party lecture", Role::Participant),
    ("gave a Party lecture", Role::Participant),
    ("gave a special Party class", Role::Participant),
    // at an inquiry: `A, a deputy to …, asked first: …`, `Deputy B raised questions about`
    ("asked first", Role::Participant),
    ("raised questions", Role::Participant),
    ("raised a question", Role::Participant),
    // `Comrade A, Member of …, came to guide the election work` (到会指导)
    ("came to guide", Role::Participant),
    ("came to give guidance", Role::Participant),
    ("came to supervise", Role::Participant),
    ("莅临", Role::Attendee),
    ("蒞臨", Role::Attendee),
    ("到会", Role::Attendee),
    ("到會", Role::Attendee),
];

/// The verbs of [`ROLE_VERBS`] that [`extract_with`] asks more of before taking a hit,
/// each group a bit of [`ROLE_CHECKS`].
const CHECKED_ROLE_VERBS: [&[&str]; 10] = [
    &["所作的"],
    &["作了", "分别作", "分別作"],
    &["说", "說", "建议", "建議", "提出", "认为", "認為"],
    &["attending", "present at the", "presiding over the"],
    &["among them", "together with", "as was", "as were"],
    &["invited"],
    &["present were", "speaking on behalf of", "speaking for"],
    &["讲话", "講話"],
    &["介绍", "介紹"],
    &["delivered by"],
];

/// The bits of [`CHECKED_ROLE_VERBS`] that name each role verb (by its index in
/// [`ROLE_VERBS`]): found when compiling, where comparing each hit's verb with each group
/// called on memory comparison at every verb of the same length.
const ROLE_CHECKS: [u16; ROLE_VERBS.len()] = {
    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let mut out = [0u16; ROLE_VERBS.len()];
    let mut v = 0;
    while v < ROLE_VERBS.len() {
        let mut g = 0;
        while g < CHECKED_ROLE_VERBS.len() {
            let mut w = 0;
            while w < CHECKED_ROLE_VERBS[g].len() {
                if same(ROLE_VERBS[v].0, CHECKED_ROLE_VERBS[g][w]) {
                    out[v] |= 1 << g;
                }
                w += 1;
            }
            g += 1;
        }
        v += 1;
    }
    out
};

/// The bits of [`ROLE_CHECKS`], in the order of [`CHECKED_ROLE_VERBS`].
const HEARD: u16 = 1;
const REPORTED: u16 = 1 << 1;
const SAYING: u16 = 1 << 2;
const ATTENDING: u16 = 1 << 3;
const AMONG: u16 = 1 << 4;
const INVITED: u16 = 1 << 5;
const OPENING: u16 = 1 << 6;
const SPEAKS: u16 = 1 << 7;
const PRESENTS: u16 = 1 << 8;
const DELIVERED: u16 = 1 << 9;

/// `听取和讨论了工作报告`: `作报告` inside the noun `工作报告` is no act of reporting,
/// unless a report is made in the clause (`作了工作报告`, `作题为《…》的工作报告`; not
/// `所作的工作报告`, where its maker is no subject) or spoken of by its maker
/// (`周强在最高人民法院工作报告中指出`).
fn report_noun(text: &str, verb: &str, start: usize) -> bool {
    if !matches!(verb, "作报告" | "作報告") || !text[..start].ends_with('工') {
        return false;
    }
    let rest = &text[start + verb.len()..];
    if rest.starts_with('中') {
        return false;
    }
    // back to the clause's start, across a quoted title (`《…，…》`)
    let mut depth = 0usize;
    let mut before = text[..start - '工'.len_utf8()]
        .chars()
        .rev()
        .take(80)
        .peekable();
    while let Some(c) = before.next() {
        match c {
            '》' => depth += 1,
            '《' => depth = depth.saturating_sub(1),
            '，' | '。' | '；' | ',' | ';' | '：' if depth == 0 => break,
            '作' if depth == 0 => return before.peek() == Some(&'所'),
            _ => {}
        }
    }
    true
}

/// Does the clause that `作了` opens (`rest`, the text after it) close with a report
/// (`作了……的综合报告`, `作了专项报告`), an account (`作了说明`), an analysis (`作了分析`)
/// or the arrangements of the work (`副县长A对具体工作作了安排`, `分别就……作了工作部署`)?
/// Not `所作了`.
fn report_closes(rest: &str) -> bool {
    let clause = &rest[..rest
        .find(['，', '。', '；', '：', '\n'])
        .unwrap_or(rest.len())];
    // (`就近期天气趋势作了分析`, `作了政策解读`, `作了点评`: who analyses, explains or
    // comments at the meeting speaks in it)
    [
        "报告", "報告", "汇报", "匯報", "说明", "說明", "分析", "解读", "解讀", "讲解", "講解",
        "点评", "點評", "安排", "部署",
    ]
    .iter()
    .any(|w| clause.ends_with(w))
}

/// `卢建华讲话，`: is the `讲话` at `verb` a name's act, right after the name (or after where
/// it was given) and ending its clause (not `重要讲话精神`, `在讲话中`)?
fn name_speaks(text: &str, officials: &[Official], start: usize, verb: Range<usize>) -> bool {
    if !text[verb.end..].starts_with(['，', '。', '；']) {
        return false;
    }
    // (or where: `A在闭幕会上讲话。`, `A在会上讲话`; or what speech: `A作表态讲话`)
    last_name_end(officials, start..verb.start).is_some_and(|end| {
        let gap = &text[end..verb.start];
        gap.is_empty()
            || gap.starts_with('在')
                && gap.ends_with('上')
                && !gap.contains('的')
                && gap.chars().count() <= 8
            || gap.strip_prefix('作').is_some_and(|kind| {
                let kind = kind.strip_prefix('了').unwrap_or(kind);
                kind.chars().count() <= 4
                    && kind.chars().all(crate::document::is_han)
                    && !kind.contains(['的', '在'])
            })
    })
}

/// `The meeting heard the report on the inspection of …, delivered by`: does a comma end
/// the words before `at` (from `start`), a report the meeting heard?
fn report_heard_before(text: &str, start: usize, at: usize) -> bool {
    let before = &text[start..at];
    let Some(clause) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    [
        "heard the report",
        "heard a report",
        "listened to the report",
    ]
    .iter()
    .filter_map(|w| clause.find(w))
    .any(|i| !clause[i..].contains([';', ':']))
}

/// `省长A介绍…发展情况`: is the `介绍` at `verb` (in the sentence from `start`) a
/// presentation at the meeting? Not a source cited (`据A介绍`, `经A介绍`), a noun (`A的介绍`,
/// `介绍人`) or a briefing of the press (`王毅向媒体介绍…出席峰会情况`).
fn presents(text: &str, start: usize, verb: Range<usize>) -> bool {
    let before = &text[start..verb.start];
    let clause = zh::last_stop(before, |c| matches!(c, '，' | '；' | '。' | '：'))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    !(clause.starts_with(['据', '據', '经', '經'])
        || clause.ends_with('的')
        || ["媒体", "媒體", "记者", "記者"]
            .iter()
            .any(|w| clause.contains(w))
        || text[verb.end..].starts_with('人'))
}

/// Does the clause before `at` (from `start`, its sentence's start) say the meeting
/// heard what follows (`会议听取了`, `听取并审议了`)?
fn heard_before(text: &str, start: usize, at: usize) -> bool {
    let before = &text[start..at];
    let clause = zh::last_stop(before, |c| matches!(c, '，' | '；' | '。'))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    if clause.contains("听取") || clause.contains("聽取") {
        return true;
    }
    // (or the clause goes on a list of reports heard: `听取了A所作的政府工作报告，B所作的
    // 财政预算执行情况报告`)
    let Some(i) = ["听取", "聽取"]
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()
    else {
        return false;
    };
    let heard = &before[i..before.len() - clause.len()];
    !heard.contains(['；', '。'])
        && heard.trim_end_matches('，').split('，').all(|item| {
            ["报告", "報告", "汇报", "匯報", "说明", "說明"]
                .iter()
                .any(|w| item.ends_with(w))
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Chair,
    /// Who reports, speaks, conveys or lectures at the meeting.
    Participant,
    /// Who attends it (`attended`, `出席`, seated on the rostrum, `领学`): a participant,
    /// and the one way a chair is one too.
    Attendee,
}

/// The triggers of this extractor.
pub(crate) fn triggers(out: &mut Vec<Trigger>) {
    for (i, v) in HOLD_VERBS.iter().enumerate() {
        out.push(Trigger::new(*v, Lexicon::Meeting, VERB + i as u32));
    }
    for (i, r) in reference_triggers().into_iter().enumerate() {
        out.push(Trigger::new(r, Lexicon::Meeting, REFERENCE + i as u32));
    }
    for (i, (v, _)) in ROLE_VERBS.iter().enumerate() {
        out.push(Trigger::new(*v, Lexicon::Meeting, ROLE + i as u32));
    }
}

/// Is the hit a whole word (English) or any span (Chinese, or a mark: `"`)? Asked of
/// nearly every hit: the answers told by a byte or two are given where it is asked, the
/// others by [`whole_word_read`].
#[inline]
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let s = &b[start..end];
    // (a hit that opens outside ASCII, as most Chinese hits do, is told by its first byte)
    if s.first().is_some_and(|&x| x >= 0x80) {
        return true;
    }
    // most English hits stand between ASCII spaces and marks: a whole word, told by the
    // two bytes around it without reading the hit itself
    let gap = |x: Option<&u8>| x.is_none_or(|&x| x < 0x80 && !x.is_ascii_alphanumeric());
    gap(b[..start].last()) && gap(b.get(end)) || whole_word_read(text, start, end)
}

/// [`whole_word`] of a hit that opens with an ASCII byte and has a letter, a digit or a
/// byte outside ASCII next to it: the hit and the characters around it are read.
#[inline(never)]
fn whole_word_read(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let s = &b[start..end];
    if !s.is_ascii() || !s.iter().any(u8::is_ascii_alphanumeric) {
        return true;
    }
    // the characters around it: an ASCII byte is asked as a byte, another character is
    // decoded
    let before = match b[..start].last() {
        None => false,
        Some(&x) if x < 0x80 => x.is_ascii_alphanumeric(),
        Some(_) => text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    };
    let after = match b.get(end) {
        None => false,
        Some(&x) if x < 0x80 => x.is_ascii_alphanumeric(),
        Some(_) => text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric),
    };
    !before && !after
}

/// A meeting found in a sentence, before it becomes a [`Meeting`]. (The default is a
/// meeting named by nothing but its span and kind, for the readers that set only those.)
#[derive(Debug, Clone, Default)]
struct Held {
    /// The name of the meeting in the text.
    span: Range<usize>,
    kind: Option<&'static str>,
    expanded: bool,
    number: Option<u32>,
    term: Option<u32>,
    organiser: Option<Range<usize>>,
    /// Where the person who presides is named, for `X presided over a meeting of ...`.
    chair_span: Option<Range<usize>>,
    /// Where the sides of talks, or a host and a guest, are named: `A在北京同B举行会谈`,
    /// `A为B举行欢迎仪式`. Each takes part.
    sides: Option<Range<usize>>,
    /// Named by the verb `会见` (`A会见B`): a meeting of its own sides, the same as another
    /// only where one side is, never held together with the others of its sentence.
    met: bool,
    /// No rendering in the name: a bare `meeting`/`会议`, its kind (if any) from the organiser.
    generic: bool,
}

/// Finds the catalogue renderings a verb of holding looks at. A rendering matters only in
/// the few tokens around such a verb, so it is sought in those windows when asked for, not
/// in every sentence that holds a verb (that scan was a tenth of the pass).
pub(super) struct Heads<'a> {
    /// The text with its ASCII letters lower-cased, when made (for English): a window is
    /// read from it rather than lower-cased again.
    pub(super) lowered: Option<&'a str>,
    /// Where kept (for English), the last window searched and every rendering found in
    /// it: the name of a meeting lies mostly in the window its head was sought in, and
    /// its kind is read off those renderings (see [`Heads::kind_of_name`]).
    pub(super) last: Option<&'a RefCell<Searched>>,
}

/// A window of the text searched for renderings, and each match in it with its pattern, in
/// the order the automaton reported them.
#[derive(Default)]
pub(super) struct Searched {
    window: Range<usize>,
    found: Vec<(Range<usize>, usize)>,
}

impl Heads<'_> {
    /// [`kind_inside_normal`] of `normal`, the normal form of the name at `span` of the
    /// text. Where the last window searched holds the span and the name's normal form is
    /// the lower-cased text there, the renderings inside the span were all found in that
    /// window, and in the order a search of the name alone reports them: a match state of
    /// the automaton lists its own patterns, then those of the state its failure leads to,
    /// so the matches that start inside the span are the last ones listed, in their order.
    /// They are read off the window's, not sought again.
    fn kind_of_name(&self, span: Range<usize>, normal: &str) -> Option<(usize, &'static str)> {
        let same = self
            .lowered
            .and_then(|l| l.get(span.clone()))
            .is_some_and(|l| l == normal);
        let last = self.last.map(RefCell::borrow);
        match last {
            Some(w) if same && w.window.start <= span.start && span.end <= w.window.end => {
                longest_in(
                    normal,
                    w.found
                        .iter()
                        .filter(|(r, _)| span.start <= r.start && r.end <= span.end)
                        .map(|(r, p)| (r.start - span.start..r.end - span.start, *p)),
                )
            }
            _ => kind_inside_normal(normal),
        }
    }

    /// Calls `f` with each catalogue rendering lying inside `range` (whole words in
    /// English), in the order the automaton reports them. Where asked for, the window and
    /// all its matches are kept; a range inside the window kept is not searched again, its
    /// renderings are those of the window that lie inside it (in their order, as
    /// [`Heads::kind_of_name`] reads them).
    fn each_within(&self, text: &str, range: Range<usize>, mut f: impl FnMut(Range<usize>)) {
        let Some(cell) = self.last else {
            self.each_match_within(text, range, |r, _| {
                if whole_word(text, r.start, r.end) {
                    f(r);
                }
            });
            return;
        };
        let mut kept = cell.borrow_mut();
        if kept.window.start <= range.start && range.end <= kept.window.end {
            for (r, _) in &kept.found {
                if range.start <= r.start && r.end <= range.end && whole_word(text, r.start, r.end)
                {
                    f(r.clone());
                }
            }
            return;
        }
        kept.found.clear();
        kept.window = range.clone();
        let searched = self.each_match_within(text, range, |r, pattern| {
            kept.found.push((r.clone(), pattern));
            if whole_word(text, r.start, r.end) {
                f(r);
            }
        });
        if !searched {
            // (nothing is kept of a window not searched)
            kept.window = 0..0;
        }
    }

    /// Calls `f` with each match of a catalogue rendering inside `range`, whole word or
    /// not, and its pattern, in the order the automaton reports them; false when `range`
    /// is no range of `text` (nothing is searched).
    fn each_match_within(
        &self,
        text: &str,
        range: Range<usize>,
        mut f: impl FnMut(Range<usize>, usize),
    ) -> bool {
        let Some(window) = text.get(range.clone()) else {
            return false;
        };
        // lower-casing ASCII keeps every byte offset; a window without an ASCII capital
        // (most Chinese ones) is searched as it is
        let mut search = |window: &str| {
            CATALOGUE.each_raw(window, |m, pattern| {
                f(range.start + m.start..range.start + m.end, pattern);
            });
        };
        match self.lowered.and_then(|l| l.get(range.clone())) {
            Some(w) => search(w),
            None if !has_ascii_capital(window) => search(window),
            // lower-cased into a buffer kept for the purpose
            None => with_buffer(&LOWERED, |l| {
                l.clear();
                l.push_str(window);
                l.make_ascii_lowercase();
                search(l);
            }),
        }
        true
    }
}

/// Does `s` hold an ASCII capital? Eight bytes are looked at a time ([`crate::swar`]): a
/// Chinese window, which holds none, is read to its end, where a byte at a time cost four
/// instructions a byte.
fn has_ascii_capital(s: &str) -> bool {
    use crate::swar::{between, word, HIGH, LOW};
    let mut words = s.as_bytes().chunks_exact(8);
    for w in &mut words {
        let v = word(w.try_into().expect("eight bytes"));
        if between(v & LOW, b'A', b'Z') & !v & HIGH != 0 {
            return true;
        }
    }
    words.remainder().iter().any(u8::is_ascii_uppercase)
}

/// The lists this extractor fills while it reads a text, kept from one text to the next
/// rather than made (and grown) again for each.
#[derive(Default)]
struct Scratch {
    /// Sentences that hold a reference trigger (see [`extract_with`]).
    reference_sentences: Vec<(usize, u64, bool)>,
    /// The meetings held, each with its sentence.
    held: Vec<(usize, Held)>,
    /// The verbs of presiding and attending, each with its sentence.
    roles: Vec<(usize, Role, Range<usize>)>,
    /// Where each mention of an official starts, sorted (see [`extract_with`]).
    mention_starts: Vec<usize>,
    /// What one Chinese verb of holding finds.
    zh: zh::Buffers,
    names: Names,
    groups: Groups,
    /// The room of the tokens of the last English text read.
    tokens: en::Tokens<'static>,
    /// The room of the matches of the last window searched for renderings.
    searched: Searched,
}

impl Scratch {
    /// Lets go of lists a very long text made large: a thread keeps only what a report
    /// needs, not the largest text it ever read.
    fn let_go_if_large(&mut self) {
        const MOST: usize = 1 << 12;
        if self.held.capacity() > MOST
            || self.roles.capacity() > MOST
            || self.mention_starts.capacity() > MOST
            || self.reference_sentences.capacity() > MOST
            || self.tokens.capacity() > MOST
            || self.searched.found.capacity() > MOST
            || self.groups.spare.iter().map(Group::room).sum::<usize>() > MOST
        {
            *self = Scratch::default();
        }
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// Meetings and references, each in text order.
pub(crate) fn extract(
    doc: &Document,
    hits: &Hits,
    officials: &[Official],
    dates: &[Date],
) -> (Vec<Meeting>, Vec<Reference>) {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => {
            let out = extract_with(doc, hits, officials, dates, &mut sc);
            sc.let_go_if_large();
            out
        }
        // never taken: a text is not read inside another
        Err(_) => extract_with(doc, hits, officials, dates, &mut Scratch::default()),
    })
}

fn extract_with(
    doc: &Document,
    hits: &Hits,
    officials: &[Official],
    dates: &[Date],
    sc: &mut Scratch,
) -> (Vec<Meeting>, Vec<Reference>) {
    let Scratch {
        reference_sentences,
        held,
        roles,
        mention_starts,
        zh: buffers,
        names,
        groups,
        tokens: spare_tokens,
        searched: spare_searched,
    } = sc;
    reference_sentences.clear();
    held.clear();
    roles.clear();
    // the starts of the officials' mentions, sorted once a verb of a role asks for them
    let mut starts_made = false;
    let all = hits.of(Lexicon::Meeting);
    // the tokens of the last English sentence read, in the room kept from the last text
    // (taken for the first English verb of holding)
    let mut tokens = None;
    // the last window of the text searched for renderings (English), and what it holds
    // (in the room of the last text's, none of whose window is kept)
    let searched = RefCell::new(Searched {
        window: 0..0,
        found: {
            let mut found = std::mem::take(&mut spare_searched.found);
            found.clear();
            found
        },
    });
    // hits come in text order: a sentence's index is pushed once, in order, with the
    // reference triggers that stand in it (whole words or not) and whether one stands as a
    // whole word (the sentence is read then)
    // the span of the last verb of holding read: hits come sorted by start and end, so a
    // verb read before at the same span is the last one read (no set of them is kept)
    let mut last_verb: Option<(usize, usize)> = None;
    // the span of the last Chinese verb of holding whose objects were found: in `主持召开`
    // the `召开` inside reads the same names after it (and its meetings, the same spans,
    // are dropped below as the later ones); only its subject, read from a clause that
    // now ends in `主持`, could differ, and it is read only where no object is found
    let mut objects_of: Option<Range<usize>> = None;
    let mut sentence_of = SentenceCursor::new(doc);
    for h in all {
        if h.entry < VERB {
            continue;
        }
        if (REFERENCE..ROLE).contains(&h.entry) {
            // the triggers a sentence holds tell which patterns may match in it
            let Some(si) = sentence_of.index(h.start) else {
                continue;
            };
            let bit = references::trigger_bit((h.entry - REFERENCE) as usize);
            let whole = doc.sentences[si].end >= h.end && whole_word(doc.text, h.start, h.end);
            match reference_sentences.last_mut() {
                Some(last) if last.0 == si => {
                    last.1 |= bit;
                    last.2 |= whole;
                }
                _ => reference_sentences.push((si, bit, whole)),
            }
            continue;
        }
        if !whole_word(doc.text, h.start, h.end) {
            continue;
        }
        let Some(si) = sentence_of.index(h.start) else {
            continue;
        };
        if doc.sentences[si].end < h.end {
            continue;
        }
        if h.entry >= ROLE {
            // a verb of a role names people only in its own sentence (`people_of`): where
            // no official's mention starts in the sentence it names no one, and is not
            // read (most such verbs' sentences)
            if !starts_made {
                mention_starts.clear();
                mention_starts.extend(
                    officials
                        .iter()
                        .flat_map(|o| o.mentions.iter().map(|m| m.start)),
                );
                mention_starts.sort_unstable();
                starts_made = true;
            }
            let sentence = &doc.sentences[si];
            let first = mention_starts.partition_point(|&s| s < sentence.start);
            if mention_starts.get(first).is_none_or(|&s| s >= sentence.end) {
                continue;
            }
            let (verb, role) = ROLE_VERBS[(h.entry - ROLE) as usize];
            let checks = ROLE_CHECKS[(h.entry - ROLE) as usize];
            if report_noun(doc.text, verb, h.start) {
                continue;
            }
            if checks & HEARD != 0 && !heard_before(doc.text, doc.sentences[si].start, h.start) {
                continue;
            }
            if checks & REPORTED != 0 && !report_closes(&doc.text[h.end..]) {
                continue;
            }
            if checks & SPEAKS != 0
                && !name_speaks(doc.text, officials, doc.sentences[si].start, h.start..h.end)
            {
                continue;
            }
            if checks & PRESENTS != 0
                && !presents(doc.text, doc.sentences[si].start, h.start..h.end)
            {
                continue;
            }
            // `说` says something only before its words (`A说，`, `A说：“`): not in
            // `说明`, `学说`, `据说`; nor `建议` in `提出建议`, `提出` in `提出要求`
            // (a name's own `建议`, or one after the clause of its name, is the name's:
            // `代表B建议进一步优化营商环境`, `A结合……的经历，建议加大……`)
            // (after a comma that ends a report heard in its clause: not `the speech
            // delivered by A`, a speech conveyed)
            if checks & DELIVERED != 0
                && !report_heard_before(doc.text, doc.sentences[si].start, h.start)
            {
                continue;
            }
            if checks & SAYING != 0
                && !doc.text[h.end..].starts_with(['，', ',', '：', ':', '“'])
                && !(matches!(verb, "建议" | "建議")
                    && (doc.text[..h.start].ends_with('，')
                        || last_name_end(officials, doc.sentences[si].start..h.start)
                            == Some(h.start)))
            {
                continue;
            }
            if checks & ATTENDING != 0
                && !attending_were(doc.text, doc.sentences[si].clone(), h.start..h.end)
            {
                continue;
            }
            // `among them`, `together with`, `as was` name who attended only right after a
            // verb of attending
            if checks & AMONG != 0 && {
                let before = doc.text[..h.start].trim_end();
                let before = before.strip_suffix(',').unwrap_or(before).trim_end();
                !["took part", "attended", "participated", "were present"]
                    .iter()
                    .any(|v| before.ends_with(v))
            } {
                continue;
            }
            // (`A was invited to give a lecture`: no one after it, the verb after names A)
            if checks & INVITED != 0
                && invited_to_speak(&doc.text[h.end..doc.sentences[si].end])
                    .is_none_or(|to| doc.text[h.end..h.end + to].trim().is_empty())
            {
                continue;
            }
            if role == Role::Attendee
                && (joins_activity(&doc.text[h.end..])
                    || while_attending_other(&doc.text[..h.start], &doc.text[h.end..]))
            {
                continue;
            }
            // `the important speech of General Secretary Xi Jinping when participated in the
            // joint group discussion`: machine translation's `when` before a past verb of
            // taking part tells of another meeting (not `When presiding over the meeting`)
            if matches!(role, Role::Participant | Role::Attendee) && verb.ends_with("ed") && {
                // the word before, after the last space (as `rsplit(' ')` gives it; the
                // standard library's search back for the space cost more than the test)
                let t = doc.text[..h.start].trim_end();
                let w = memchr::memrchr(b' ', t.as_bytes()).map_or(t, |i| &t[i + 1..]);
                w.eq_ignore_ascii_case("when") || w.eq_ignore_ascii_case("while")
            } {
                continue;
            }
            // `present were`, `speaking on behalf of` and `speaking for` open their sentence
            // or clause (or follow `Also`)
            if checks & OPENING != 0 && !opens_clause(doc.text, doc.sentences[si].start, h.start) {
                continue;
            }
            roles.push((si, role, h.start..h.end));
        } else if h.entry >= VERB && last_verb.replace((h.start, h.end)) != Some((h.start, h.end)) {
            let sentence = doc.sentences[si].clone();
            match doc.language_at(h.start) {
                Language::Zh => {
                    let inside = objects_of.as_ref().is_some_and(|o| {
                        o.end == h.end && o.start < h.start && doc.text[o.start..h.start] == *"主持"
                    });
                    if inside {
                        continue;
                    }
                    let mut objects = false;
                    zh::held(
                        doc.text,
                        sentence,
                        h.start..h.end,
                        &Heads {
                            lowered: None,
                            last: None,
                        },
                        &mut objects,
                        buffers,
                    );
                    objects_of = objects.then_some(h.start..h.end);
                    held.extend(buffers.found.drain(..).map(|m| (si, m)));
                }
                _ => {
                    // the tokens take their lower case from the lower-cased text
                    let lowered = doc.lowered();
                    en::held(
                        doc.text,
                        lowered,
                        sentence,
                        h.start..h.end,
                        &Heads {
                            lowered: Some(lowered),
                            last: Some(&searched),
                        },
                        tokens.get_or_insert_with(|| std::mem::take(spare_tokens).recycled()),
                        &mut buffers.found,
                    );
                    held.extend(buffers.found.drain(..).map(|m| (si, m)));
                }
            }
        }
    }
    // `主持召开`: one verb, not `主持` and `召开` twice
    held.sort_by_key(|(_, m)| (m.span.start, std::cmp::Reverse(m.span.end)));
    held.dedup_by(|b, a| a.1.span == b.1.span);
    if let Some(t) = tokens {
        *spare_tokens = t.recycled();
    }
    *spare_searched = searched.into_inner();
    let mut meetings = assemble_by_report(doc, held, roles, officials, dates, names, groups);
    reference_sentences.retain(|r| r.2);
    let mut refs = references::find(doc, reference_sentences, doc.lowered_if_made());
    // a standing committee's numbered meeting is a reference only when it is not the
    // report's own meeting: neither the held meeting's name nor the same name written again
    // (a headline's `…第十五次会议闭幕` before the report's `…第十五次会议在…闭幕`)
    fn bare(t: &str) -> &str {
        let t = t.trim();
        t.get(..4)
            .filter(|the| the.eq_ignore_ascii_case("the "))
            .map_or(t, |_| &t[4..])
    }
    let standing = |r: &Reference| {
        r.kind == ReferenceKind::Session && r.body.as_deref().is_some_and(names_standing)
    };
    // `市十七届人大常委会第二十三次会议举行联组会议`: the numbered meeting that holds the
    // meeting read is held too, as the report's own
    let mut own = Vec::new();
    for r in refs.iter().filter(|r| standing(r) && r.number.is_some()) {
        let name = bare(&r.text);
        // (the subject that holds it, not the body in its name: `the closing meeting of the
        // eighth session of …` is a part of that session)
        let holds = meetings.iter().find(|m| {
            m.organiser
                .as_deref()
                .is_some_and(|o| bare(o).eq_ignore_ascii_case(name) && !m.text.contains(o))
        });
        // (not where the report names it held in other words too)
        let named = meetings.iter().any(|m| {
            m.kind.as_deref() == Some("standing-committee-meeting")
                && (m.number, m.term) == (r.number, r.term)
        });
        if let Some(m) = holds.filter(|_| !named) {
            let start = r.start + (name.as_ptr() as usize - r.text.as_ptr() as usize);
            own.push(Meeting {
                start,
                end: start + name.len(),
                text: name.to_string(),
                kind: Some("standing-committee-meeting".to_string()),
                expanded: false,
                number: r.number,
                term: r.term,
                organiser: r.body.clone(),
                date: m.date,
                chair: Vec::new(),
                participants: Vec::new(),
            });
        }
    }
    if !own.is_empty() {
        meetings.extend(own);
        meetings.sort_by_key(|m| m.start);
    }
    refs.retain(|r| {
        let standing = standing(r);
        // (or named in other words: `The Ninth Meeting of the Standing Committee of the
        // 14th Linhe Municipal CPPCC`, the headline of `the ninth meeting of the Standing
        // Committee of the 14th Linhe Municipal Committee of the CPPCC`)
        !standing
            || !meetings.iter().any(|m| {
                m.start < r.end && r.start < m.end
                    || bare(&m.text).eq_ignore_ascii_case(bare(&r.text))
                    || r.number.is_some()
                        && (m.number, m.term) == (r.number, r.term)
                        && m.kind.as_deref() == Some("standing-committee-meeting")
            })
    });
    // one plenum or session named twice, its body written shorter once (a headline's
    // `the Fourth Plenary Session of the Eleventh Provincial Commission for Discipline
    // Inspection`, the body's `… Qinling Provincial Commission …`): the fuller one stays
    // (most reports name none twice: the flags are made only where one is)
    if refs.iter().any(|r| named_fuller(r, &refs)) {
        let shorter: Vec<bool> = refs.iter().map(|r| named_fuller(r, &refs)).collect();
        let mut k = 0;
        refs.retain(|_| {
            k += 1;
            !shorter[k - 1]
        });
    }
    // a session held under its reference's name, which holds no rendering of a kind
    // (`区政协五届四次会议`, `the Third Session of the 13th CPPCC Xiangnan Provincial
    // Committee`), is of the kind its body holds
    for m in meetings.iter_mut().filter(|m| m.kind.is_none()) {
        m.kind = refs
            .iter()
            .filter(|r| r.kind == ReferenceKind::Session && r.start < m.end && m.start < r.end)
            .find_map(|r| session_kind(r.body.as_deref()?))
            .map(str::to_string);
    }
    (meetings, refs)
}
/// Does another of `refs` name the plenum or session of `r` with a fuller body (`… Qinling
/// Provincial Commission …` and `… Provincial Commission …`)?
fn named_fuller(r: &Reference, refs: &[Reference]) -> bool {
    let Some(b) = r.body.as_deref() else {
        return false;
    };
    r.number.is_some()
        && refs.iter().any(|o| {
            o.kind == r.kind
                && (o.number, o.term) == (r.number, r.term)
                && o.body.as_deref().is_some_and(|ob| {
                    ob.len() > b.len()
                        && ob.ends_with(b)
                        && (!b.is_ascii() || ob[..ob.len() - b.len()].ends_with(' '))
                })
        })
}

/// Does a session's body name a standing committee (`Standing Committee`, `常委会`)? A body
/// is a few words: its bytes are read once, each word compared only where its first byte
/// stands (`contains` built a searcher for each word and body).
fn names_standing(body: &str) -> bool {
    let b = body.as_bytes();
    (0..b.len()).any(|i| match b[i] {
        b'S' => b[i..].starts_with(b"Standing Committee"),
        // `常` is `E5 B8 B8`
        0xE5 => {
            let r = &b[i..];
            r.starts_with("常委会".as_bytes()) || r.starts_with("常委會".as_bytes())
        }
        _ => false,
    })
}

/// The kind of a session of `body`: a congress's or a CPPCC committee's; none for a
/// standing committee's (whose numbered meetings are read by their own rendering).
fn session_kind(body: &str) -> Option<&'static str> {
    let has = |words: &[&str]| words.iter().any(|w| body.contains(w));
    if has(&[
        "Standing Committee",
        "standing committee",
        "常委会",
        "常委會",
    ]) {
        None
    } else if has(&["CPPCC", "Political Consultative", "政协", "政協"]) {
        Some("cppcc-session")
    } else if has(&[
        "People's Congress",
        "People’s Congress",
        "people's congress",
        "people’s congress",
        "NPC",
        "人大",
        "人民代表大会",
        "人民代表大會",
    ]) {
        Some("peoples-congress-session")
    } else {
        None
    }
}

/// [`Document::sentence_index`] for positions asked in text order (the hits'): the
/// sentences are walked on from the last answer, not searched afresh for each hit.
struct SentenceCursor<'d> {
    sentences: &'d [Range<usize>],
    /// How many sentences start at or before the last position asked.
    passed: usize,
}

impl<'d> SentenceCursor<'d> {
    fn new(doc: &'d Document) -> Self {
        SentenceCursor {
            sentences: &doc.sentences,
            passed: 0,
        }
    }

    /// The index of the sentence holding byte `pos`, or the last one before it.
    fn index(&mut self, pos: usize) -> Option<usize> {
        // a position before the last one asked is searched for
        if self.passed > 0 && self.sentences[self.passed - 1].start > pos {
            self.passed = self.sentences.partition_point(|s| s.start <= pos);
        }
        while self
            .sentences
            .get(self.passed)
            .is_some_and(|s| s.start <= pos)
        {
            self.passed += 1;
        }
        self.passed.checked_sub(1)
    }
}

/// Meetings are grouped, and given their chair, participants and date, within stretches
/// of text of about this many bytes, each ending at a paragraph end. A report is a few
/// kilobytes; a longer text is many reports in one file (a corpus, a dump), whose meetings
/// are not one another's, and grouping all of its meetings together took quadratic time.
const MAX_REPORT: usize = 64 * 1024;

/// [`assemble`] on each stretch of at most [`MAX_REPORT`] bytes, with the officials'
/// mentions and the dates of that stretch.
fn assemble_by_report(
    doc: &Document,
    held: &mut Vec<(usize, Held)>,
    roles: &mut [(usize, Role, Range<usize>)],
    officials: &[Official],
    dates: &[Date],
    names: &mut Names,
    groups: &mut Groups,
) -> Vec<Meeting> {
    // no meeting, nothing to give anyone (nor a body's start to find)
    if held.is_empty() {
        return Vec::new();
    }
    let title_end = body_start(doc);
    if doc.text.len() <= MAX_REPORT {
        return assemble(doc, held, roles, officials, dates, title_end, names, groups);
    }
    // the stretches' starts: paragraph starts, one at least MAX_REPORT after the last
    let mut starts = vec![0];
    for p in &doc.paragraphs {
        if p.start >= starts[starts.len() - 1] + MAX_REPORT {
            starts.push(p.start);
        }
    }
    let stretch_of = |pos: usize| starts.partition_point(|&s| s <= pos).saturating_sub(1);
    let n = starts.len();
    // each official's mentions, by stretch, officials in their order
    let mut local: Vec<Vec<Official>> = vec![Vec::new(); n];
    for o in officials {
        let shell = Official {
            name: o.name.clone(),
            titles: o.titles.clone(),
            mentions: Vec::new(),
        };
        // where the official stands in each stretch's list
        let mut at: Vec<Option<usize>> = Vec::new();
        for m in &o.mentions {
            let k = stretch_of(m.start);
            if at.len() <= k {
                at.resize(k + 1, None);
            }
            let i = *at[k].get_or_insert_with(|| {
                local[k].push(shell.clone());
                local[k].len() - 1
            });
            local[k][i].mentions.push(m.clone());
        }
    }
    let mut held_by: Vec<Vec<(usize, Held)>> = (0..n).map(|_| Vec::new()).collect();
    for h in held.drain(..) {
        let k = stretch_of(h.1.span.start);
        held_by[k].push(h);
    }
    let mut roles_by: Vec<Vec<(usize, Role, Range<usize>)>> = vec![Vec::new(); n];
    for r in roles.iter() {
        let k = stretch_of(r.2.start);
        roles_by[k].push(r.clone());
    }
    let mut out = Vec::new();
    for (k, (mut held, mut roles)) in held_by.into_iter().zip(roles_by).enumerate() {
        if held.is_empty() {
            continue;
        }
        let end = starts.get(k + 1).copied().unwrap_or(usize::MAX);
        let lo = dates.partition_point(|d| d.start < starts[k]);
        let hi = dates.partition_point(|d| d.start < end);
        out.extend(assemble(
            doc,
            &mut held,
            &mut roles,
            &local[k],
            &dates[lo..hi],
            title_end,
            names,
            groups,
        ));
    }
    out
}

/// A meeting with every place the report names it. Its chair and participants are the
/// officials' indices: a name is copied once, into the meeting made of it. Groups are
/// kept from one text to the next (see [`Groups`]), their lists cleared, not made again.
#[derive(Default)]
struct Group {
    held: Vec<(usize, Held)>,
    chair: Vec<usize>,
    participants: Vec<usize>,
    /// Who a verb of attending names (`attended`, `出席`), not only one of speaking or
    /// reporting: the chair is a participant only as one of these.
    attending: Vec<usize>,
    /// The sides of talks, then the participants ([`to_meeting`]).
    sides: Vec<usize>,
}

impl Group {
    /// The chair or the participants.
    fn list(&mut self, role: Role) -> &mut Vec<usize> {
        match role {
            Role::Chair => &mut self.chair,
            Role::Participant | Role::Attendee => &mut self.participants,
        }
    }

    /// The room of its lists, in items.
    fn room(&self) -> usize {
        self.held.capacity()
            + self.chair.capacity()
            + self.participants.capacity()
            + self.attending.capacity()
            + self.sides.capacity()
    }
}

/// The groups of a text's meetings, and those of earlier texts kept for their room: a
/// report's one or two meetings cost no allocation for their groups and lists (their
/// allocating and freeing were a tenth of [`assemble`]).
#[derive(Default)]
struct Groups {
    /// The groups being made (empty between texts).
    now: Vec<Group>,
    /// Groups done with, their lists to be cleared before use.
    spare: Vec<Group>,
}

impl Groups {
    /// A group of the one meeting `held` (a spare one where there is).
    fn start(&mut self, held: (usize, Held)) {
        let mut g = self.spare.pop().unwrap_or_default();
        g.held.clear();
        g.chair.clear();
        g.participants.clear();
        g.attending.clear();
        g.sides.clear();
        g.held.push(held);
        self.now.push(g);
    }

    /// Gives back the group at `k` of those being made, keeping the order of the rest.
    fn drop_at(&mut self, k: usize) {
        let g = self.now.remove(k);
        self.spare.push(g);
    }

    /// Gives back every group being made.
    fn done(&mut self) {
        self.spare.append(&mut self.now);
    }
}

/// Does `list` hold an official of the name of `officials[n]`?
fn names_one(list: &[usize], officials: &[Official], n: usize) -> bool {
    let name = &officials[n].name;
    list.iter().any(|&j| officials[j].name == *name)
}

/// Adds to `list` each official of `names` whose name it does not hold yet, in order.
/// `officials.len()` is the most names the list can come to hold: it is made that large at
/// once rather than grown step by step.
fn add_new(list: &mut Vec<usize>, names: &[usize], officials: &[Official]) {
    if list.capacity() == 0 && !names.is_empty() {
        list.reserve_exact(officials.len().max(names.len()));
    }
    for &n in names {
        if !names_one(list, officials, n) {
            list.push(n);
        }
    }
}

/// Buffers for the names of officials in a stretch of text, kept from one verb and one
/// text to the next. Officials are held by their index: the buffers outlive any one list
/// of officials.
#[derive(Default)]
struct Names {
    /// Where each official is first named in the stretch, with the official.
    found: Vec<(usize, usize)>,
    /// The officials, in text order, each name once.
    out: Vec<usize>,
}

impl Names {
    /// Fills [`Names::out`] from [`Names::found`] (in text order), each name once, with
    /// the mentions `keep` takes.
    fn collect(&mut self, officials: &[Official], keep: impl Fn(&(usize, usize)) -> bool) {
        let Names { found, out } = self;
        out.clear();
        for f in found.iter().filter(|f| keep(f)) {
            let n = &officials[f.1].name;
            if !out.iter().any(|&j| officials[j].name == *n) {
                out.push(f.1);
            }
        }
    }
}

/// Gives the meetings `held` (emptied) their chair, participants and date.
// (`names` and `all` are buffers kept from one text to the next)
#[allow(clippy::too_many_arguments)]
fn assemble(
    doc: &Document,
    held: &mut Vec<(usize, Held)>,
    roles: &mut [(usize, Role, Range<usize>)],
    officials: &[Official],
    dates: &[Date],
    title_end: usize,
    names: &mut Names,
    all: &mut Groups,
) -> Vec<Meeting> {
    // no meeting, nobody to give one (the verbs of presiding are not read)
    if held.is_empty() {
        return Vec::new();
    }
    // one item per meeting: a headline and the body name the same meeting
    all.done();
    for (si, m) in held.drain(..) {
        // (the latest first: `the session` names the meeting named last before it)
        let same = all.now.iter_mut().rev().find(|g| {
            g.held.iter().any(|(_, o)| {
                same_meeting(doc.text, o, &m)
                    && (o.span.start < title_end
                        || m.span.start < title_end
                        || organisers_agree(doc.text, o, &m))
                    && sides_agree(officials, o, &m)
            })
        });
        match same {
            Some(g) => g.held.push((si, m)),
            None => all.start((si, m)),
        }
    }
    // a report of one meeting: a headline naming it otherwise (`... Holds Collective
    // Study`, then `held a central group study meeting`) names the body's meeting
    let in_body = |g: &Group| g.held.iter().any(|(_, m)| m.span.start >= title_end);
    if all.now.len() == 2 && all.now.iter().filter(|g| in_body(g)).count() == 1 {
        // the body's group first, the headline's namings after its own
        if !in_body(&all.now[0]) {
            all.now.swap(0, 1);
        }
        let (body, head) = all.now.split_at_mut(1);
        body[0].held.append(&mut head[0].held);
        all.drop_at(1);
    }
    // a headline's `holds meeting` is the meeting the body names
    let body_has_meeting = all.now.iter().any(in_body);
    if body_has_meeting {
        let mut k = 0;
        while k < all.now.len() {
            let keep = all.now[k]
                .held
                .iter()
                .any(|(_, m)| m.span.start >= title_end || !(m.generic || m.kind.is_none()));
            if keep {
                k += 1;
            } else {
                all.drop_at(k);
            }
        }
    }
    let groups = &mut all.now;
    // who presided and attended: each sentence belongs to the latest meeting held at or
    // before it (all meetings of that sentence when several share it)
    roles.sort_by_key(|r| r.2.start);
    for (si, role, verb) in roles.iter() {
        people_of(doc, *si, verb.clone(), roles, officials, names);
        if names.out.is_empty() {
            continue;
        }
        // `参加会见`: the latest meeting named by `会见`
        let met_latest = joins_met(&doc.text[verb.end..])
            .then(|| {
                groups
                    .iter()
                    .flat_map(|g| g.held.iter())
                    .filter(|(s, m)| s <= si && m.met)
                    .map(|(s, _)| *s)
                    .max()
            })
            .flatten();
        let of_met = met_latest.is_some();
        let attends = *role == Role::Attendee;
        let latest = met_latest.or_else(|| {
            groups
                .iter()
                .flat_map(|g| g.held.iter().map(|(s, _)| *s))
                .filter(|s| s <= si)
                .max()
        });
        match latest {
            Some(ls) => {
                for g in groups.iter_mut() {
                    if g.held.iter().any(|(s, m)| *s == ls && (!of_met || m.met)) {
                        add_new(g.list(*role), &names.out, officials);
                        if attends {
                            add_new(&mut g.attending, &names.out, officials);
                        }
                    }
                }
            }
            None => {
                if let Some(g) = groups.first_mut() {
                    add_new(g.list(*role), &names.out, officials);
                    if attends {
                        add_new(&mut g.attending, &names.out, officials);
                    }
                }
            }
        }
    }
    // the chair is a participant where also listed among who attended, not for reporting
    // or speaking at the meeting they preside over
    for g in groups.iter_mut() {
        let Group {
            chair,
            participants,
            attending,
            ..
        } = g;
        participants
            .retain(|&p| !names_one(chair, officials, p) || names_one(attending, officials, p));
    }
    // meetings held together (`A暨B`, `the X meeting and the Y meeting were held`) share
    // chair and participants
    for i in 0..groups.len() {
        for j in i + 1..groups.len() {
            let together = groups[i]
                .held
                .iter()
                .any(|(a, x)| !x.met && groups[j].held.iter().any(|(b, y)| a == b && !y.met));
            if !together {
                continue;
            }
            for k in [i, j] {
                let other = if k == i { j } else { i };
                // read one by one, not copied as a list
                for c in 0..groups[other].chair.len() {
                    let c = groups[other].chair[c];
                    if !names_one(&groups[k].chair, officials, c) {
                        groups[k].chair.push(c);
                    }
                }
                for p in 0..groups[other].participants.len() {
                    let p = groups[other].participants[p];
                    if !names_one(&groups[k].participants, officials, p) {
                        groups[k].participants.push(p);
                    }
                }
            }
        }
    }
    let mut out: Vec<Meeting> = groups
        .iter_mut()
        .filter_map(|g| to_meeting(doc, g, officials, dates, title_end, names))
        .collect();
    all.done();
    out.sort_by_key(|m| m.start);
    organisers_by_reference(&mut out);
    out
}

/// `the first plenary meeting of the session`: an organiser that is only a meeting word
/// refers to the meeting named before, and that meeting's organiser held it.
fn organisers_by_reference(meetings: &mut [Meeting]) {
    for i in 1..meetings.len() {
        let refers = meetings[i].organiser.as_deref().is_some_and(|o| {
            let o = o.strip_prefix("the ").unwrap_or(o);
            matches!(o, "session" | "conference" | "congress" | "meeting")
        });
        if refers {
            meetings[i].organiser = meetings[..i].iter().rev().find_map(|m| m.organiser.clone());
        }
    }
}

/// Where the body starts: at the first paragraph that reads as prose (it ends with a full
/// stop or holds two sentences); what comes before is headline, breadcrumbs and header.
fn body_start(doc: &Document) -> usize {
    doc.paragraphs
        .iter()
        .find(|p| {
            let t = doc.text[p.start..p.end].trim_end();
            // (the stop first: the sentences are counted only in a paragraph without one)
            if t.ends_with(['。', '.', '！', '？', '!', '?', '”', '"']) {
                return true;
            }
            // sentences are in text order: those of the paragraph are one run of them
            let first = doc.sentences.partition_point(|s| s.start < p.start);
            let sentences = doc.sentences[first..]
                .iter()
                .take_while(|s| s.start <= p.end)
                .filter(|s| s.end <= p.end)
                .take(2)
                .count();
            sentences >= 2
        })
        .map_or(0, |p| p.start)
}

fn same_meeting(text: &str, a: &Held, b: &Held) -> bool {
    if refers_back(text, a, b) {
        return true;
    }
    // `教职工代表大会第三次会议暨工会会员代表大会第三次会议`: two meetings held together,
    // though of one kind and number
    let (first, second) = if a.span.start <= b.span.start {
        (a, b)
    } else {
        (b, a)
    };
    if text
        .get(first.span.end..second.span.start)
        .is_some_and(|gap| matches!(gap, "暨" | "曁"))
    {
        return false;
    }
    if a.kind != b.kind || a.number.is_some() && b.number.is_some() && a.number != b.number {
        return false;
    }
    a.kind.is_some() || normalised(&text[a.span.clone()]) == normalised(&text[b.span.clone()])
}

/// `held a theory study centre group (enlarged) study session`, then `presided over the
/// study session`: a later `the` and the last words of the name before name that
/// meeting (`held its 18th biweekly consultation forum`, `presided over the forum`); so
/// does a bare `本次会议`.
fn refers_back(text: &str, a: &Held, b: &Held) -> bool {
    if a.span.start >= b.span.start {
        return false;
    }
    // `区政协五届四次会议在区会议中心胜利闭幕。本次会议于1月6日至9日召开`: `本次` names
    // the meeting before
    let this = ["本次", "此次", "这次", "這次"];
    if b.generic && this.iter().any(|w| text[b.span.clone()].starts_with(w)) {
        return true;
    }
    // `the 18th meeting of the Standing Committee of … was held. A presided over the
    // plenary meetings`, `…常委会第十八次会议举行。A主持全体会议`: a standing committee's
    // meeting sits in unnumbered plenary meetings, its own parts
    if a.kind == Some("standing-committee-meeting")
        && b.number.is_none()
        && [
            "plenary meeting",
            "plenary meetings",
            "全体会议",
            "全體會議",
        ]
        .iter()
        .any(|w| text[b.span.clone()].eq_ignore_ascii_case(w))
    {
        return true;
    }
    // `A presided the second day meeting`: a day of the meeting before
    let day = text[b.span.clone()]
        .split_once(' ')
        .filter(|(n, _)| crate::numerals::en_ordinal_word(n).is_some())
        .is_some_and(|(_, rest)| {
            rest.eq_ignore_ascii_case("day meeting") || rest.eq_ignore_ascii_case("day's meeting")
        });
    if day {
        return true;
    }
    // `召开宁川·江东工作交流座谈会。丁少阳出席座谈会并讲话`: the last words of the name before,
    // bare after a verb of attending or presiding, name that meeting
    let (long, short) = (&text[a.span.clone()], &text[b.span.clone()]);
    if !short.is_ascii() && long.len() > short.len() && long.ends_with(short) {
        let before = text[..b.span.start]
            .strip_suffix('了')
            .unwrap_or(&text[..b.span.start]);
        if ["出席", "主持", "参加", "參加"]
            .iter()
            .any(|w| before.ends_with(w))
        {
            return true;
        }
    }
    // (`The session victory closed`, a sentence's first word too)
    let before = &text.as_bytes()[..b.span.start];
    if !(before.len() >= 4 && before[before.len() - 4..].eq_ignore_ascii_case(b"the ")) {
        return false;
    }
    let (long, short) = (&text[a.span.clone()], &text[b.span.clone()]);
    if long.len() <= short.len() {
        return false;
    }
    // one word may stand anywhere in the name: `held the opening ceremony of its autumn
    // semester`, `presided over the ceremony`
    if !short.contains(' ') {
        return long.split(' ').any(|w| w.eq_ignore_ascii_case(short));
    }
    // (not where the name before holds it after `of`: `the first meeting of the presidium
    // of the third session of …`, then `the third session of … opened`, names the session)
    long.is_char_boundary(long.len() - short.len())
        && long[long.len() - short.len()..].eq_ignore_ascii_case(short)
        && long[..long.len() - short.len()].ends_with(' ')
        && !long[..long.len() - short.len()].ends_with(" of the ")
}

/// Two meetings whose sides are named, one of them by `会见`, are one only where both are
/// and an official takes a side in both: `贺振邦会见奥尔塔州州长` and `贺振邦在南州会见了……`,
/// not `李克强会见阮富仲` and `习近平同你举行了富有成果的会谈`.
fn sides_agree(officials: &[Official], a: &Held, b: &Held) -> bool {
    let (Some(x), Some(y)) = (&a.sides, &b.sides) else {
        return true;
    };
    if !a.met && !b.met {
        return true;
    }
    // `蔡奇同张氏梅举行会谈` and `习近平总书记刚才专门会见张氏梅同志`: two meetings
    if a.met != b.met {
        return false;
    }
    let within = |o: &Official, r: &Range<usize>| {
        o.mentions
            .iter()
            .any(|m| m.start >= r.start && m.end <= r.end)
    };
    officials.iter().any(|o| within(o, x) && within(o, y))
}

/// The Chinese activities of [`joins_activity`], as their bytes.
const ACTIVITIES: [[u8; 6]; 11] = {
    const WORDS: [&str; 11] = [
        "视察", "視察", "调研", "調研", "考察", "检查", "檢查", "暗访", "暗訪", "走访", "走訪",
    ];
    let mut out = [[0u8; 6]; 11];
    let mut w = 0;
    while w < WORDS.len() {
        let b = WORDS[w].as_bytes();
        assert!(b.len() == 6, "two Han characters");
        let mut i = 0;
        while i < 6 {
            out[w][i] = b[i];
            i += 1;
        }
        w += 1;
    }
    out
};

/// Does the text after a verb of attending name an activity that is no meeting:
/// `took part in the inspection`, `participated in the survey`, `参加视察`, `参加了调研`?
fn joins_activity(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        // (not `参加调研和座谈`: a meeting joined to it)
        let rest = after.strip_prefix('了').unwrap_or(after);
        // each activity is two Han characters, six bytes: the first six of the text are
        // compared with each as a whole, without a call to compare memory
        let Some(head) = rest.as_bytes().first_chunk::<6>() else {
            return false;
        };
        return ACTIVITIES.contains(head)
            && !rest[6..].starts_with(['和', '及', '与', '與', '、', '并', '並']);
    };
    let rest = rest.strip_prefix("in ").unwrap_or(rest);
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let word = &rest[..rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    matches!(
        word,
        "inspection" | "inspections" | "investigation" | "survey" | "research" | "visit" | "tour"
    )
}

/// `习近平总书记在参加江苏代表团审议时强调`: the time of another act, attending no meeting
/// (what the clause attends names none: no `会`), is no attending of the report's meeting.
/// (`在出席座谈会时强调` still attends a meeting.)
fn while_attending_other(before: &str, after: &str) -> bool {
    if !before.ends_with('在') {
        return false;
    }
    let clause = &after[..after.find(['，', '。', '；', '：']).unwrap_or(after.len())];
    clause
        .find(['时', '時'])
        .is_some_and(|t| !clause[..t].contains(['会', '會']))
}

/// After `invited`: where the ` to give` (deliver, make, present) of who was invited to
/// speak stands, if it does so before the clause ends (`invited A, professor of …, to give
/// a special guidance`; not `invited experts to visit`).
fn invited_to_speak(after: &str) -> Option<usize> {
    let clause = &after[..after.find([';', '.', '；', '。']).unwrap_or(after.len())];
    let to = clause.find(" to ")?;
    let what = &clause[to + 4..];
    // (or, in machine translation, `to do the special counseling lecture` (作专题辅导))
    let done = || {
        what.starts_with("do ")
            && ["lecture", "report", "counsel", "lesson", "class"]
                .iter()
                .any(|w| what.contains(w))
    };
    ([
        "give ", "deliver ", "make ", "present ", "teach ", "lecture",
    ]
    .iter()
    .any(|w| what.starts_with(w))
        || done())
    .then_some(to)
}

/// Does the text after a verb of attending name a meeting of `会见`: `参加(了)(有关)会见`?
fn joins_met(after: &str) -> bool {
    let mut s = after.strip_prefix('了').unwrap_or(after);
    for w in ["有关", "有關", "上述"] {
        s = s.strip_prefix(w).unwrap_or(s);
    }
    s.starts_with("会见") || s.starts_with("會見")
}

fn organisers_agree(text: &str, a: &Held, b: &Held) -> bool {
    match (&a.organiser, &b.organiser) {
        (Some(x), Some(y)) => {
            let x = normalised(&text[x.clone()]);
            let y = normalised(&text[y.clone()]);
            let (x, y) = (x.trim_start_matches("the "), y.trim_start_matches("the "));
            // `上海市虹口区十五届政协` and `区十五届政协`
            x.ends_with(y) || y.ends_with(x)
        }
        _ => true,
    }
}

/// The characters of `先后`, `分别` and `依次`, which may stand between a list of speakers and
/// `发言`.
const IN_TURN: [char; 8] = ['先', '后', '後', '分', '别', '別', '依', '次'];

/// The last words of a group of people with no name who speak (`部分省政协委员`, `部分外贸
/// 企业负责人`).
const GROUP_ENDS: [&str; 7] = ["代表", "委员", "委員", "专家", "專家", "负责人", "負責人"];

/// The words a speaker's ground opens with, before `发言` (`A结合分管工作作交流发言`).
const GROUNDS: [&str; 7] = ["结合", "結合", "围绕", "圍繞", "联系", "聯繫", "立足"];

/// `等8位民营企业家结合企业发展实际，…`: the gap between a list's last name and `发言` from
/// the ground on, past `等` and whom it counts (no mark between, a few characters);
/// `gap` itself where it does not open with `等` so followed.
fn after_counted(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix('等') else {
        return gap;
    };
    for (i, c) in rest.char_indices().take(12) {
        // (or a topic: `等3人就……发言`)
        if GROUNDS
            .iter()
            .chain(&["就"])
            .any(|w| rest[i..].starts_with(w))
        {
            return &rest[i..];
        }
        if !(crate::document::is_han(c) || c.is_ascii_digit()) {
            break;
        }
    }
    gap
}

/// The officials named for one verb of presiding or attending, into `names.out`.
fn people_of(
    doc: &Document,
    si: usize,
    verb: Range<usize>,
    roles: &[(usize, Role, Range<usize>)],
    officials: &[Official],
    names: &mut Names,
) {
    names.out.clear();
    let sentence = doc.sentences[si].clone();
    let after = &doc.text[verb.end..sentence.end];
    // `presided over by X`, `attended by X`, `出席座谈会的还有X`
    let v = &doc.text[verb.clone()];
    // (and `Seated on the rostrum were A, B and C`, the same order)
    // (every verb these name opens with an ASCII letter: a Chinese verb is compared with
    // none of them)
    let english = v.as_bytes().first().is_some_and(u8::is_ascii);
    let by = english
        && (v.ends_with(" by")
            || NAMES_AFTER.iter().any(|w| v.eq_ignore_ascii_case(w))
            || (v.starts_with("Seated") || v.starts_with("Sitting"))
                && attending_were(doc.text, sentence.clone(), verb.clone())
            // `Attended the meeting in main venue: A, B, C`: machine translation opening
            // the sentence with the verb, the names after a colon
            || v == "Attended"
                && opens_clause(doc.text, sentence.start, verb.start)
                && after.contains(':'));
    let range = if v == "invited" {
        let Some(to) = invited_to_speak(after) else {
            return;
        };
        verb.end..verb.end + to
    // (`A attended by invitation`: the manner, no agent after it)
    } else if by
        || after.starts_with(" by ") && !after.starts_with(" by invitation")
        || attendees_follow(after)
    {
        let end = roles
            .iter()
            .filter(|r| r.0 == si && r.2.start > verb.end)
            .map(|r| r.2.start)
            .min()
            .unwrap_or(sentence.end);
        verb.end..end
    } else {
        let previous = roles
            .iter()
            .filter(|r| r.0 == si && r.2.end <= verb.start)
            .map(|r| r.2.end)
            .max();
        // `The meeting conveyed ... Xi Jinping ..., and conveyed ...`: a verb joined to
        // the one before shares its subject; the names between are its objects
        // (and `The meeting conveyed learning … the important speech of General Secretary
        // Xi Jinping …, conveyed the spirit of …`: after a verb of conveying and a comma, the
        // same)
        let conveyed_before = |p: usize| {
            roles.iter().any(|r| {
                r.0 == si
                    && r.2.end == p
                    && matches!(&doc.text[r.2.clone()], "conveyed" | "studied" | "learned")
            })
        };
        if previous.is_some_and(|p| {
            let between = doc.text[p..verb.start].trim_end();
            between.ends_with(" and")
                || between.ends_with(",and")
                || (v == "conveyed" && between.ends_with(',') && conveyed_before(p))
        }) {
            // `A attended and presided over the conference`: right after the verb before,
            // its subject
            let right_after = roles.iter().find(|r| {
                r.0 == si && r.2.end <= verb.start && doc.text[r.2.end..verb.start].trim() == "and"
            });
            if let Some(r) = right_after {
                return people_of(doc, si, r.2.clone(), roles, officials, names);
            }
            return;
        }
        // `A主持会议并领学《…》`: a verb of taking part joined by `并` to one of a few
        // characters before (`主持会议`) has that verb's subject (not a chair: `参加会见并
        // 主持大会` presides over another meeting)
        let taking_part = roles
            .iter()
            .any(|r| r.2 == verb && matches!(r.1, Role::Participant | Role::Attendee));
        let joined = roles.iter().rev().filter(|_| taking_part).find(|r| {
            r.0 == si && r.2.end <= verb.start && {
                let between = &doc.text[r.2.end..verb.start];
                (between.ends_with('并') || between.ends_with('並')) && between.chars().count() <= 4
            }
        });
        if let Some(r) = joined {
            return people_of(doc, si, r.2.clone(), roles, officials, names);
        }
        let mut start = previous.unwrap_or(sentence.start);
        let before = &doc.text[start..verb.start];
        // `the spirit must be conveyed`: a passive verb's subject is no person, but who
        // `were seated on the rostrum` are
        let seated = v.starts_with("seated");
        // (a clause that ends in no ASCII letter, as nearly every Chinese one, ends in no
        // word: it is not split)
        let auxiliary = !seated && {
            let clause = trim_end_after_han(before);
            // (its last word: the run of ASCII letters that ends it, read back by bytes, as
            // `rsplit` on any other character gives it)
            clause
                .as_bytes()
                .last()
                .is_some_and(u8::is_ascii_alphabetic)
                && {
                    let letters = clause
                        .bytes()
                        .rev()
                        .take_while(u8::is_ascii_alphabetic)
                        .count();
                    matches!(
                        &clause[clause.len() - letters..],
                        "be" | "been" | "being" | "is" | "are" | "was" | "were"
                    )
                }
        };
        if auxiliary {
            return;
        }
        // a clause ends at `;`; in Chinese a headline's parts at a space too
        let zh = doc.language_at(verb.start) == Language::Zh;
        let mark = if zh {
            // a space inside a book title (`《巾帼建新功 奋进新征程》`) parts no clause
            last_clause_mark(before, true).and_then(|end| {
                let open = before[..end].rfind('《');
                match open {
                    Some(o) if before[o..end].find('》').is_none() => {
                        last_clause_mark(&before[..o], true)
                    }
                    _ => Some(end),
                }
            })
        } else {
            last_semicolon(before)
        };
        if let Some(end) = mark {
            // `A, Vice-Mayor; B, President of the Court; and C, ... attended`: the
            // semicolons part the items of one list, not clauses
            let semicolon = before[..end].ends_with([';', '；']);
            let opened_by_and = semicolon && before[end..].trim_start().starts_with("and ");
            // `… Secretary of the Commission Dongfang Rui; Party Committee Members … Wu
            // Qiang attended`: an item that ends in a name is one of the list too
            let item_end = start + before[..end].trim_end_matches([';', '；']).trim_end().len();
            let after_name =
                semicolon && last_name_end(officials, start..item_end) == Some(item_end);
            let list = opened_by_and || after_name;
            if !list {
                // `A, Member of …; B, Secretary of …; Deputy Mayors C, D, Director of …; E
                // attended`: items each a name with its titles, back to the first that is not
                start = if zh || !semicolon {
                    start + end
                } else {
                    list_start(doc.text, officials, start, start + end)
                };
            }
        }
        // `同在主席台就座的副主席握手`: who sat there are named after, if at all; `宣读
        // 习近平签署的命令`: what was signed elsewhere
        // (`的` first: few verbs have it after them)
        if doc.text[verb.end..].starts_with('的') && matches!(v, "就座" | "签署" | "簽署") {
            return;
        }
        // `The meeting conveyed ...`: the meeting, not a person, is the subject
        // (but `Vice Mayor A at the meeting reported`: a place, after the subject)
        let subject = trim_end_after_han(&doc.text[start..verb.start]);
        let placed = |s: &str| {
            let s = s.trim_end_matches("meeting").trim_end();
            let s = s.strip_suffix("the").unwrap_or(s).trim_end();
            [" at", " on", " in", " during"]
                .iter()
                .any(|p| s.ends_with(p))
        };
        // (and `A向会议作了……报告`: the meeting is whom A reports to)
        // (asked only of a subject that ends in `会议`: most do not)
        let to_meeting = || {
            ["向会议", "向會議", "向大会", "向大會"]
                .iter()
                .any(|w| subject.ends_with(w))
        };
        // (nor `the leaders of the 32 member units of the joint meeting attended`: the
        // meeting of a group that attends)
        let of_meeting = |s: &str| s.split(' ').rev().take(5).any(|w| w == "of");
        if subject.ends_with("meeting") && !placed(subject) && !of_meeting(subject)
            || (subject.ends_with("会议") || subject.ends_with("會議")) && !to_meeting()
        {
            return;
        }
        // `The meeting studied the instructions of General Secretary Xi Jinping …, conveyed
        // the spirit of …`: the meeting, opening the clause, is the subject of its verbs
        if subject.starts_with("The meeting ") && !subject.contains(['.', ';']) {
            return;
        }
        // `发言` (and `对照检查`) is a speaker's act close after the name: `A、B先后发言`,
        // `A结合分管工作作交流发言`, not `A在发言中`, `听取了A的发言`
        if matches!(v, "发言" | "發言" | "对照检查" | "對照檢查") {
            // no name before it: no speaker
            let Some(last) = last_name_end(officials, start..verb.start) else {
                return;
            };
            let gap = &doc.text[last..verb.start];
            // (`A，B、C，以及专家学者代表在会上发言`, `A也在会上作了发言`: where they speak
            // is no gap, nor what speech after it)
            let (gap, speech) = ["在会上", "在會上", "在会议上", "在會議上"]
                .iter()
                .find_map(|w| {
                    let i = gap.find(w)?;
                    let speech = &gap[i + w.len()..];
                    (speech.is_empty() || speech.starts_with('作')).then(|| (&gap[..i], speech))
                })
                .unwrap_or((gap, ""));
            // (`A、B等8位民营企业家结合企业发展实际，围绕……踊跃发言`: whom `等` counts stands
            // before the ground)
            let gap = after_counted(gap);
            let after = &doc.text[verb.end..];
            // a longer gap in one clause still has the name as its subject (`A、B等4位同志
            // 结合分管领域和单位实际作交流发言`)
            // (or two, the first of them the ground it speaks from: `A结合分管领域和工作
            // 实际，先后作了交流发言`)
            let n = gap.chars().count();
            let clauses = gap.split(['，', ',', '：', '；', '。']).count();
            let grounded =
                clauses == 2 && gap.contains('，') && GROUNDS.iter().any(|w| gap.starts_with(w));
            // (a ground and a topic of their own may take longer: `A结合各自分管工作，围绕以学铸魂、
            // 以学增智、以学正风、以学促干作交流发言`)
            // (and so may a topic opened by `就` in one clause: `A、B分别就铸牢中华民族共同体
            // 意识示范创建和促进“两个健康”工作作交流发言`)
            // (`分别` or `先后` may stand before either: `A、B分别围绕……作大会发言`)
            let topic = clauses == 1 && {
                let g = ["分别", "分別", "先后", "先後"]
                    .iter()
                    .find_map(|a| gap.strip_prefix(a))
                    .unwrap_or(gap);
                ["就", "围绕", "圍繞"].iter().any(|w| g.starts_with(w))
            };
            // (a list that goes on past the last official it names, to one the text gives
            // a post the officials' reader does not know, closed by `等`: `…党委书记戴秀兰，
            // 区公安分局城东派出所民警范宇等先后发言`)
            // (or one that `以及` goes on with people of no name: `区政协委员A、B，以及社区
            // 代表、托育机构负责人先后发言`)
            // (or with a group of people with no name: `A、B、C，部分省政协委员和特邀专家作交流
            // 发言`)
            let listed = gap.strip_prefix(['，', '、']).is_some_and(|item| {
                let more = item.strip_prefix("以及");
                let item = more.unwrap_or(item).trim_end_matches(IN_TURN);
                let group = || {
                    let people = ["作交流", "作了交流", "作"]
                        .iter()
                        .find_map(|w| item.strip_suffix(w))
                        .unwrap_or(item)
                        .trim_end_matches(IN_TURN);
                    people
                        .chars()
                        .all(|c| matches!(c, '、' | '和' | '及') || crate::document::is_han(c))
                        && GROUP_ENDS.iter().any(|w| people.ends_with(w))
                };
                if more.is_some() {
                    item.chars()
                        .all(|c| c == '、' || crate::document::is_han(c))
                } else {
                    item.chars().all(crate::document::is_han) && item.ends_with('等') || group()
                }
            });
            // (and one that `和` goes on with people named by whom they stand for, the
            // `的` theirs: `市政协委员A、B和民建市委、市工商联的代表先后发言`)
            let joined_people = ["以及", "和", "及"]
                .iter()
                .find_map(|w| gap.strip_prefix(w))
                .is_some_and(|item| {
                    let item = item.trim_end_matches(IN_TURN);
                    item.chars()
                        .all(|c| c == '、' || crate::document::is_han(c))
                        && ["代表", "负责人", "負責人", "同志", "人员", "人員"]
                            .iter()
                            .any(|w| item.ends_with(w))
                });
            // (and a group joined to the names with a topic of its own: `省政协委员A、B、C和
            // 部分外贸企业负责人围绕……等作了发言`)
            let group_topic = clauses == 1
                && ["以及", "和", "及"]
                    .iter()
                    .find_map(|w| gap.strip_prefix(w))
                    .and_then(|item| {
                        let at = ["围绕", "圍繞", "就"]
                            .iter()
                            .filter_map(|w| item.find(w))
                            .min()?;
                        let people = &item[..at];
                        let group = people.chars().all(crate::document::is_han)
                            && GROUP_ENDS.iter().any(|w| people.ends_with(w));
                        group.then(|| item[at..].chars().count() <= 40)
                    })
                    .unwrap_or(false);
            // (and where they speak from: `A、B先后在主会场、分会场或通过手机端发言`)
            let venue = clauses == 1 && n <= 24 && !gap.contains('的') && {
                let g = gap.trim_start_matches(IN_TURN);
                g.starts_with('在') && (g.contains("会场") || g.contains("會場"))
            };
            if n > 12
                && !(clauses == 1 && n <= 24
                    || (grounded || topic || listed) && n <= 40
                    || group_topic)
                || gap.contains(['在', '的']) && !joined_people && !venue
                || speech.chars().count() > 6
                || speech.contains(['在', '的'])
                || after.starts_with(['中', '时', '時'])
            {
                return;
            }
        }
        // `informed` (通报 in machine translation) right after its subject: `safety director
        // A informed accident situation`, not `convey learning General Secretary Xi
        // Jinping important instructions …, informed the recent accident`
        if v == "informed" {
            let Some(last) = last_name_end(officials, start..verb.start) else {
                return;
            };
            if !doc.text[last..verb.start].trim().is_empty() {
                return;
            }
        }
        start..verb.start
    };
    let from = range.start;
    names_in(doc.text, officials, range, names);
    // `郑晓燕以“深刻把握习近平经济思想的核心要义”为题作专题辅导`: a name inside a quotation
    // or a book title still open where it stands is the title's, not who acts
    // (the first open mark is found once, by the first bytes of the marks: most clauses
    // hold none, and a name is read back only as far as that mark; the last mark before
    // the name is sought passing over Han characters whole, where `rfind` decoded each
    // character of the clause before every name)
    let first_open = names.found.last().and_then(|&(last, _)| {
        let b = doc.text.as_bytes().get(from..last)?;
        memchr::memchr2_iter(0xE2, 0xE3, b)
            .find(|&i| b[i..].starts_with("“".as_bytes()) || b[i..].starts_with("《".as_bytes()))
            .map(|i| from + i)
    });
    let quoted = |&(at, _): &(usize, usize)| {
        first_open.is_some_and(|open| {
            let before = &doc.text[open.min(at)..at];
            zh::last_stop(before, |c| matches!(c, '“' | '《'))
                .is_some_and(|(q, _)| !before[q..].contains(['”', '》']))
        })
    };
    // `深入学习习近平总书记…重要讲话精神，传达学习…`: a name right after a verb of study
    // is what is studied, not who acts
    // (and a name opening a book title, `学习了《习近平著作选读》`, is a title's)
    // (`了` trimmed once, not once for each verb; each verb is six bytes, compared with
    // the last six)
    let studied = |&(at, _): &(usize, usize)| {
        let before = &doc.text[..at];
        if before.ends_with('《') {
            return true;
        }
        // (`了` stripped as bytes: a char pattern decoded the characters it compared)
        let mut b = before.as_bytes();
        while let Some(rest) = b.strip_suffix("了".as_bytes()) {
            b = rest;
        }
        // (the last six bytes compared as an array with each verb's: a slice of a length
        // known only when run was compared through a call for each verb)
        b.len() >= 6 && {
            let tail: [u8; 6] = b[b.len() - 6..].try_into().unwrap_or_default();
            STUDY_VERBS.contains(&tail)
        }
    };
    // `习近平总书记关于……的重要思想研讨会……召开，A出席`: a name whose thinking on a topic
    // names the meeting is no one who attends it (its `重要思想`, `重要论述` in the clause)
    let author = |&(at, k): &(usize, usize)| {
        // (the character after the name first: a name followed by none of `关`, `關`, `总`,
        // `總`, `同` is no author, nor compared with the text)
        // (compared as arrays of three bytes, as the verbs of study are)
        let name = officials[k].name.as_str();
        let next = doc
            .text
            .as_bytes()
            .get(at + name.len()..at + name.len() + 3)
            .and_then(|b| <[u8; 3]>::try_from(b).ok());
        if !next.is_some_and(|c| AUTHOR_NEXT.contains(&c)) {
            return false;
        }
        let Some(after) = doc.text[at..].strip_prefix(name) else {
            return false;
        };
        let after = ["总书记", "總書記", "同志"]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after);
        // (not `听取了A关于……的汇报`, a report A makes)
        let Some(topic) = after
            .strip_prefix("关于")
            .or_else(|| after.strip_prefix("關於"))
        else {
            return false;
        };
        let clause = &topic[..topic.find(['，', '。', '；']).unwrap_or(topic.len())];
        ["重要思想", "重要论述", "重要論述"]
            .iter()
            .any(|w| clause.contains(w))
    };
    if names
        .found
        .iter()
        .any(|f| studied(f) || author(f) || quoted(f))
    {
        names.collect(officials, |f| !studied(f) && !author(f) && !quoted(f));
    }
}

/// `s.trim_end()`, told at once where `s` ends in a character whose first byte is 0xE4 to
/// 0xEE (U+4000 to U+EFFF, Han among them), none of them white space: most clauses before
/// a Chinese verb end so, and the trim decoded that character to ask.
fn trim_end_after_han(s: &str) -> &str {
    let b = s.as_bytes();
    if b.len() >= 3 && matches!(b[b.len() - 3], 0xE4..=0xEE) {
        return s;
    }
    s.trim_end()
}

/// The verbs of study that make a name right after them their object, six bytes each.
const STUDY_VERBS: [[u8; 6]; 8] = [
    six("学习"),
    six("學習"),
    six("传达"),
    six("傳達"),
    six("贯彻"),
    six("貫徹"),
    six("领会"),
    six("領會"),
];

/// The first characters of the words after a name in the test of an author (`关于`,
/// `關於`, `总书记`, `總書記`, `同志`), three bytes each.
const AUTHOR_NEXT: [[u8; 3]; 5] = [
    three("关"),
    three("關"),
    three("总"),
    three("總"),
    three("同"),
];

/// The bytes of a Han character.
const fn three(c: &str) -> [u8; 3] {
    let b = c.as_bytes();
    assert!(b.len() == 3, "a Han character takes three bytes");
    [b[0], b[1], b[2]]
}

/// The bytes of a word of two Han characters.
const fn six(w: &str) -> [u8; 6] {
    let b = w.as_bytes();
    assert!(b.len() == 6, "two Han characters take six bytes");
    [b[0], b[1], b[2], b[3], b[4], b[5]]
}

/// The end of the last `;` or `；` in `s` (or, with `zh`, of the last whitespace). Most
/// clauses hold no mark, so all of `s` is read, from the back, passing over Han characters
/// whole (see [`zh::last_stop`]; no mark is one).
fn last_clause_mark(s: &str, zh: bool) -> Option<usize> {
    if zh {
        return last_zh_clause_mark(s);
    }
    zh::last_stop(s, |c| matches!(c, ';' | '；')).map(|(i, c)| i + c.len_utf8())
}

/// [`last_clause_mark`] in Chinese, each character classed by its first byte: a Han
/// character (first byte 0xE4 to 0xEE) is passed over two at a time, and of the other
/// characters of three bytes only those whose first byte a mark shares are compared
/// (`；` EF BC 9B, U+3000 E3 80 80) or decoded (the spaces from U+1680 to U+205F, first
/// byte E1 or E2). [`zh::last_stop`] decoded every character that is not Han, `，` and
/// `、` among them, to ask its predicate.
fn last_zh_clause_mark(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 {
        end = zh::before_han_pairs(b, end);
        if end == 0 {
            break;
        }
        if end >= 3 && matches!(b[end - 3], 0xE0..=0xEF) {
            end -= 3;
            let mark = match b[end] {
                0xE4..=0xEE => false,
                0xEF => b[end..end + 3] == *"；".as_bytes(),
                0xE3 => b[end..end + 3] == *"\u{3000}".as_bytes(),
                _ => s[end..].chars().next().is_some_and(char::is_whitespace),
            };
            if mark {
                return Some(end + 3);
            }
            continue;
        }
        // one, two or four bytes
        let c = s[..end].chars().next_back()?;
        if c == ';' || c.is_whitespace() {
            return Some(end);
        }
        end -= c.len_utf8();
    }
    None
}

/// [`last_clause_mark`] outside Chinese: `;` is its own byte, and `；` (EF BC 9B) the one
/// character ending in 0x9B that starts with EF BC, both found with memrchr.
#[inline(never)]
fn last_semicolon(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr2(b';', 0x9B, &b[..end]) {
        if b[i] == b';' || i >= 2 && b[i - 2..=i] == *"；".as_bytes() {
            return Some(i + 1);
        }
        end = i;
    }
    None
}

/// `Attending the symposium on the Linjiang side were A, B and C`, `Also attending were
/// …`: the clause opens the sentence and its `were` (or `was`) stands before the first
/// comma, so the attendees follow.
fn attending_were(text: &str, sentence: Range<usize>, verb: Range<usize>) -> bool {
    if !opens_clause(text, sentence.start, verb.start) {
        return false;
    }
    let after = &text[verb.end..sentence.end];
    let clause = &after[..after.find([',', ';']).unwrap_or(after.len())];
    // (`… are`, the present of machine translation)
    clause.contains(" were ") || clause.contains(" was ") || clause.contains(" are ")
}

/// Does the verb at `at` open its sentence (from `start`) or a clause after a semicolon,
/// alone or after `Also` (`…; also attending were A and B`)?
fn opens_clause(text: &str, start: usize, at: usize) -> bool {
    let before = &text[start..at];
    let before = before[before.rfind(';').map_or(0, |i| i + 1)..].trim();
    before.is_empty() || before.eq_ignore_ascii_case("also")
}

/// Does [`ATTENDEES_FOLLOW`] match `after`? Only where `的` stands among its first 16
/// characters (never in English): the pattern is run only then.
fn attendees_follow(after: &str) -> bool {
    // sixteen characters take at most 64 bytes; the first `的` is sought there as bytes
    // (its first byte starts no other character's bytes) and its characters counted only
    // when it stands
    // (found by its last byte, 0x84, which ends few other characters: its first byte,
    // 0xE7, starts many, each a stop of the search; a substring searcher costs more to
    // start than these few bytes take to read)
    let head = &after.as_bytes()[..after.len().min(64)];
    let de = references::places_of(head, '的').next();
    de.is_some_and(|i| after[..i].chars().count() < 16) && ATTENDEES_FOLLOW.is_match(after)
}

// `出席座谈会的党外人士还有`, `参加会议的有`: the attendees follow
static ATTENDEES_FOLLOW: Lazy<regex::Regex> = Lazy::new(|| {
    // not `主持会议并领学《关于教育的重要论述》有关篇目`: no title, and `有关` is no `有`
    regex::Regex::new(
        r"^[^，。,；《》]{0,15}的[^，。,；《》]{0,10}(?:还有|還有|包括|有(?:[^关關]|$))",
    )
    .expect("attendees pattern is valid")
});

/// The last end of an official's mention inside `range`.
fn last_name_end(officials: &[Official], range: Range<usize>) -> Option<usize> {
    officials
        .iter()
        .flat_map(|o| o.mentions.iter())
        .filter(|m| m.start >= range.start && m.end <= range.end)
        .map(|m| m.end)
        .max()
}

/// Where a list of items parted by `;` begins, the items before `end` (just after a `;`)
/// read back from it while each is a name with its titles (`A, Member of …`, `Deputy
/// Mayors C, D, Director of …`); `floor` if all are.
fn list_start(text: &str, officials: &[Official], floor: usize, end: usize) -> usize {
    let mut end = end;
    loop {
        let item_end = text[..end].trim_end_matches([';', '；']).len();
        let from = last_semicolon(&text[floor..item_end]).map_or(floor, |i| floor + i);
        if !appositive_item(text, officials, from..item_end) {
            return end;
        }
        if from == floor {
            return floor;
        }
        end = from;
    }
}

/// Is `item` a name with its titles: capitalised words of a title at most before the
/// first name, and after it a comma or nothing (`Yan Jiwei, Member of …`, `Deputy Mayors
/// C, D, Director of …`, `and E`), not a clause (`He said that …`)?
fn appositive_item(text: &str, officials: &[Official], item: Range<usize>) -> bool {
    let Some(name) = officials
        .iter()
        .flat_map(|o| o.mentions.iter())
        .filter(|m| m.start >= item.start && m.end <= item.end)
        .min_by_key(|m| m.start)
    else {
        return false;
    };
    let before = text[item.start..name.start].trim();
    let before = before.strip_prefix("and ").unwrap_or(before);
    let after = text[name.end..item.end].trim_start();
    before
        .split(' ')
        .all(|w| w.is_empty() || w.starts_with(|c: char| c.is_ascii_uppercase()))
        && (after.is_empty() || after.starts_with(','))
}

/// The officials with a mention inside `range`, in text order, each name once, into
/// `names.out` (cleared first): a name is copied only where a meeting takes it.
fn names_in(text: &str, officials: &[Official], range: Range<usize>, names: &mut Names) {
    names.found.clear();
    // `General Secretary Xi Jinping's important speech answered …`: a possessive names
    // whose the subject is, not who acts
    let possessive = |end: usize| {
        let rest = text.as_bytes().get(end..).unwrap_or_default();
        rest.starts_with(b"'s ") || rest.starts_with("\u{2019}s ".as_bytes())
    };
    for (i, o) in officials.iter().enumerate() {
        if let Some(m) = o
            .mentions
            .iter()
            .find(|m| m.start >= range.start && m.end <= range.end && !possessive(m.end))
        {
            names.found.push((m.start, i));
        }
    }
    names.found.sort_by_key(|f| f.0);
    names.collect(officials, |_| true);
}

fn to_meeting(
    doc: &Document,
    g: &mut Group,
    officials: &[Official],
    dates: &[Date],
    title_end: usize,
    names: &mut Names,
) -> Option<Meeting> {
    // the body's naming is the fuller one; a headline stands in when it is the only one
    let main = g
        .held
        .iter()
        .find(|(_, m)| m.span.start >= title_end && !in_abstract(doc, m.span.start))
        .or_else(|| g.held.iter().find(|(_, m)| m.span.start >= title_end))
        .unwrap_or(&g.held[0]);
    let (si, m) = main;
    // `8月至10月分批次举办培训班` in a report of July 31: a meeting its sentence dates to a
    // month or a year after the report is planned, not held (a day without its year is
    // put in the year nearest the report, which may lie after it)
    let in_sentence = sentence_date(doc, *si, m.span.clone(), dates);
    if let (Some(d), Some(anchor)) = (in_sentence, doc.document_date) {
        if d.value.precision() != Precision::Day && after_document(d.value, anchor) {
            return None;
        }
    }
    // (a namer of another kind numbers another meeting: the headline's `Ninth Congress of
    // …` merged into the body's `opening meeting`)
    let pick = |f: &dyn Fn(&Held) -> Option<u32>| {
        f(m).or_else(|| {
            g.held
                .iter()
                .filter(|(_, o)| o.kind.is_none() || m.kind.is_none() || o.kind == m.kind)
                .find_map(|(_, o)| f(o))
        })
    };
    let number = pick(&|h: &Held| h.number);
    let term = pick(&|h: &Held| h.term);
    let organiser_span = m
        .organiser
        .clone()
        .or_else(|| g.held.iter().find_map(|(_, o)| o.organiser.clone()));
    // a person, not a body: `习近平在人民大会堂同……举行会谈`
    let organiser = organiser_span
        .filter(|r| last_name_end(officials, r.clone()).is_none())
        .map(|r| doc.text[r].to_string());
    // the sides of talks come first among the participants: they are named before the verb;
    // the group's list, when no sides come first, is the list itself
    let (chair, participants, sides) = (&mut g.chair, &mut g.participants, &mut g.sides);
    for (_, h) in &g.held {
        if let Some(r) = &h.chair_span {
            names_in(doc.text, officials, r.clone(), names);
            add_new(chair, &names.out, officials);
        }
        if let Some(r) = &h.sides {
            names_in(doc.text, officials, r.clone(), names);
            add_new(sides, &names.out, officials);
        }
    }
    let participants = if sides.is_empty() {
        participants
    } else {
        add_new(sides, participants, officials);
        sides
    };
    Some(Meeting {
        start: m.span.start,
        end: m.span.end,
        text: doc.text[m.span.clone()].to_string(),
        kind: m
            .kind
            .or_else(|| held_by_video(doc.text, &doc.text[m.span.clone()]))
            .map(str::to_string),
        expanded: g.held.iter().any(|(_, h)| h.expanded),
        number,
        term,
        organiser,
        date: date_of(doc, in_sentence, dates, title_end),
        chair: chair.iter().map(|&n| officials[n].name.clone()).collect(),
        participants: participants
            .iter()
            .map(|&n| officials[n].name.clone())
            .collect(),
    })
}

/// `全省优化营商环境大会以视频会议形式召开`, `the conference was held via video link`: a
/// meeting whose name gives no kind is a video conference when a clause that names it
/// says, right after the name, that it was held as one (the headline's naming may be the
/// meeting's, and the body's the one that says it).
fn held_by_video(text: &str, name: &str) -> Option<&'static str> {
    let video = |(i, _): (usize, &str)| {
        let rest = &text[i + name.len()..];
        let clause = &rest[..rest
            .find(['，', '。', '；', ',', ';', '\n'])
            .unwrap_or(rest.len())];
        [
            "以视频",
            "以視頻",
            "以电视电话",
            "以電視電話",
            "via video",
            "by video",
        ]
        .iter()
        .any(|w| clause.find(w).is_some_and(|k| k < 24))
    };
    (!name.is_empty() && text.match_indices(name).any(video)).then_some("video-conference")
}

/// The nearest date in the meeting's sentence, else the first date of the body.
fn date_of(
    doc: &Document,
    in_sentence: Option<&Date>,
    dates: &[Date],
    title_end: usize,
) -> Option<DateValue> {
    let in_body = |d: &&Date| d.start >= title_end && !is_header_date(doc, d);
    in_sentence
        .or_else(|| dates.iter().find(in_body))
        .or_else(|| dates.iter().find(|d| d.start >= title_end))
        .or_else(|| dates.first())
        .map(|d| d.value)
}

/// The date of a meeting named at `span` in sentence `si`, when the sentence gives one:
/// the nearest, a day before a month or a year.
fn sentence_date<'d>(
    doc: &Document,
    si: usize,
    span: Range<usize>,
    dates: &'d [Date],
) -> Option<&'d Date> {
    let sentence = &doc.sentences[si];
    // a date inside the name (`the 2022 Democratic Life Meeting`) is not its date; a day
    // says more than a month or a year
    dates
        .iter()
        .filter(|d| d.start >= sentence.start && d.end <= sentence.end)
        .filter(|d| d.end <= span.start || d.start >= span.end)
        // a header line's date is the report's, not the meeting's
        .filter(|d| !is_header_date(doc, d))
        .min_by_key(|d| {
            let distance = if d.end <= span.start {
                span.start - d.end
            } else {
                d.start.saturating_sub(span.end)
            };
            (d.value.precision() != Precision::Day, distance)
        })
}

/// Is `d` after the document date `anchor`, at the precision it is written to?
fn after_document(d: DateValue, anchor: CivilDate) -> bool {
    match (d.year, d.month, d.day) {
        (Some(y), Some(m), Some(day)) => (y, m, day) > (anchor.year, anchor.month, anchor.day),
        (Some(y), Some(m), None) => (y, m) > (anchor.year, anchor.month),
        (Some(y), None, _) => y > anchor.year,
        _ => false,
    }
}

/// Is `pos` in an abstract the page puts before the report (`摘要：`, `Abstract:`)?
fn in_abstract(doc: &Document, pos: usize) -> bool {
    doc.paragraph_at(pos)
        .is_some_and(|p| opens_abstract(&doc.text[p.start..p.end]))
}

/// Does the paragraph `line` open an abstract (see [`in_abstract`])?
fn opens_abstract(line: &str) -> bool {
    ["摘要", "Abstract", "Summary"]
        .iter()
        .any(|m| line.starts_with(m))
}

/// Is the date a header's (`date 2022-10-29`, `发布时间：2022-10-25`, `Updated: ...`): the
/// report's date, not a meeting's? A marker must end the last sixteen characters before
/// the date (once the marks after it are trimmed).
fn is_header_date(doc: &Document, d: &Date) -> bool {
    // one look-up of the date's paragraph answers both questions
    let paragraph = doc.paragraph_at(d.start);
    if paragraph.is_some_and(|p| opens_abstract(&doc.text[p.start..p.end])) {
        return true;
    }
    let line_start = paragraph.map_or(0, |p| p.start.min(d.start));
    let line = &doc.text[line_start..d.start];
    // the line trimmed as its last sixteen characters would be: the same end, unless
    // the trimming passes their start (and then no marker ends them)
    let before = line
        .trim_end()
        .trim_end_matches([':', '：', '】'])
        .trim_end()
        .as_bytes();
    // where the last sixteen characters start, counted back by their first bytes: asked
    // only of a line a marker ends, which few are
    let sixteen = || {
        let mut from = line.len();
        let mut read = 0;
        while read < 16 && from > 0 {
            from -= 1;
            // a byte `0b10xx_xxxx` goes on a character; any other starts one
            if line.as_bytes()[from] & 0xC0 != 0x80 {
                read += 1;
            }
        }
        from
    };
    const MARKERS: [&str; 12] = [
        "date",
        "published",
        "release time",
        "updated",
        "发布时间",
        "發佈時間",
        "发布日期",
        "發佈日期",
        "时间",
        "時間",
        "日期",
        "posted",
    ];
    // ASCII case is folded byte by byte, not the whole line lower-cased: no marker holds
    // a `k`, the one ASCII letter a non-ASCII capital (the Kelvin sign) lowers to
    // (a marker is compared only where its last byte, in lower case, ends the line: most
    // lines end in none of them, and comparing each marker cost most of this test)
    let Some(&last) = before.last() else {
        return false;
    };
    let last = last.to_ascii_lowercase();
    MARKERS.iter().any(|m| {
        let m = m.as_bytes();
        m.last() == Some(&last)
            && before.len() >= m.len()
            && before[before.len() - m.len()..].eq_ignore_ascii_case(m)
            && before.len() - m.len() >= sixteen()
    })
}

/// The kind of a meeting named `name` held by `organiser`: the longest rendering inside
/// the name; else, for a bare `meeting`/`会议`, the rendering that the organiser's head
/// noun makes with it (`Standing Committee` + `meeting`, `党组` + `会议`). The extractors
/// look inside the name themselves first, then call [`kind_by_organiser`].
#[cfg(test)]
fn kind_of(name: &str, organiser: Option<&str>, head: &str) -> Option<&'static str> {
    if let Some((_, id)) = kind_inside(name) {
        return Some(id);
    }
    kind_by_organiser(organiser, head)
}

/// [`kind_of`] for a name known to hold no rendering: the rendering the organiser's head
/// noun makes with `head`.
fn kind_by_organiser(organiser: Option<&str>, head: &str) -> Option<&'static str> {
    let org = organiser?;
    let sep = if head.is_ascii() { " " } else { "" };
    // `Standing Committee of the X District Party Committee`: its head noun comes first
    let head_noun = org.split(" of ").next().unwrap_or(org);
    for o in [head_noun, org] {
        if let Some((_, id)) = kind_inside_joined(&[o, sep, head]) {
            return Some(id);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::{Mention, Precision};

    #[test]
    fn sentence_cursor_is_sentence_index() {
        let text = "一。二三。\n\n四五六。七 eight. Nine.";
        let doc = Document::new(text, None);
        let mut cursor = SentenceCursor::new(&doc);
        // in order, then back and on again
        let order = (0..=text.len()).chain([3, 0, 9]).chain(9..=text.len());
        for pos in order {
            assert_eq!(cursor.index(pos), doc.sentence_index(pos), "{pos}");
        }
    }

    #[test]
    fn joins_activity_reads_the_chinese_words_as_compared() {
        let by_words = |after: &str| {
            let rest = after.strip_prefix('了').unwrap_or(after);
            [
                "视察", "視察", "调研", "調研", "考察", "检查", "檢查", "暗访", "暗訪", "走访",
                "走訪",
            ]
            .iter()
            .any(|w| {
                rest.strip_prefix(w)
                    .is_some_and(|r| !r.starts_with(['和', '及', '与', '與', '、', '并', '並']))
            })
        };
        for after in [
            "",
            "视",
            "视察",
            "了视察",
            "视察和座谈",
            "了调研并",
            "走訪活动",
            "考察。",
            "会议",
            "了",
            "了了视察",
            "檢查、",
            "暗访x",
            "é视察",
        ] {
            assert_eq!(joins_activity(after), by_words(after), "{after}");
        }
    }

    #[test]
    fn role_checks_are_the_verbs_compared() {
        for (i, (verb, _)) in ROLE_VERBS.iter().enumerate() {
            let want = [
                *verb == "所作的",
                matches!(*verb, "作了" | "分别作" | "分別作"),
                matches!(
                    *verb,
                    "说" | "說" | "建议" | "建議" | "提出" | "认为" | "認為"
                ),
                matches!(*verb, "attending" | "present at the" | "presiding over the"),
                matches!(*verb, "among them" | "together with" | "as was" | "as were"),
                *verb == "invited",
                matches!(
                    *verb,
                    "present were" | "speaking on behalf of" | "speaking for"
                ),
                matches!(*verb, "讲话" | "講話"),
                matches!(*verb, "介绍" | "介紹"),
                *verb == "delivered by",
            ]
            .iter()
            .enumerate()
            .fold(0u16, |bits, (g, &is)| bits | (u16::from(is) << g));
            assert_eq!(ROLE_CHECKS[i], want, "{verb}");
        }
    }

    /// A capital is found in every place of a window, among bytes of every other kind.
    #[test]
    fn ascii_capitals_are_found_in_every_place() {
        let others = "会议a1 z@[`{中é";
        for len in 0..24 {
            let base: String = others.chars().cycle().take(len).collect();
            assert!(!has_ascii_capital(&base), "{base}");
            for (i, _) in base.char_indices().chain([(base.len(), ' ')]) {
                for c in ['A', 'M', 'Z'] {
                    let mut s = base.clone();
                    s.insert(i, c);
                    assert!(has_ascii_capital(&s), "{s}");
                }
            }
        }
    }

    #[test]
    fn last_clause_mark_knows_every_char() {
        let mut s = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for zh in [false, true] {
                let mark = matches!(c, ';' | '；') || zh && c.is_whitespace();
                s.clear();
                s.push('中');
                s.push(c);
                s.push('a');
                let want = mark.then_some('中'.len_utf8() + c.len_utf8());
                assert_eq!(last_clause_mark(&s, zh), want, "{c:?} {zh}");
            }
        }
    }

    #[test]
    fn last_clause_mark_is_the_last_mark_by_chars() {
        for s in [
            "",
            "a; b",
            "区政协；主席 王\u{3000}李\u{a0}x",
            "；；",
            "é\u{85}\u{1680}\u{2009}\u{205f}\u{ff1b}z",
            "中文中文",
        ] {
            for zh in [false, true] {
                let want = s
                    .char_indices()
                    .rev()
                    .find(|(_, c)| matches!(c, ';' | '；') || zh && c.is_whitespace())
                    .map(|(i, c)| i + c.len_utf8());
                assert_eq!(last_clause_mark(s, zh), want, "{s:?} {zh}");
                if !zh {
                    assert_eq!(last_semicolon(s), want, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn names_standing_is_what_contains_answers() {
        for b in [
            "",
            "常委会",
            "全国人大常委会",
            "市政協常委會",
            "常委",
            "常务委员会",
            "区政协",
            "Standing Committee",
            "the Standing Committee of the 14th NPC",
            "Standing committee",
            "StandingCommittee",
            "CPPCC",
            "S",
        ] {
            let want =
                b.contains("Standing Committee") || b.contains("常委会") || b.contains("常委會");
            assert_eq!(names_standing(b), want, "{b}");
        }
    }

    #[test]
    fn normal_is_what_normalise_keeps() {
        for s in [
            "",
            "standing committee meeting",
            "Standing Committee",
            " meeting",
            "meeting ",
            "a  b",
            "a\tb",
            "people’s congress",
            "常委会会议",
            "常委会 会议",
            "a\u{a0}b",
            "a\u{3000}b",
            "x\u{2009}y\u{85}",
            "‘a’ b",
            "é É",
            " ",
            "ab ",
            "a b",
            "会 议",
            "会议 ",
            "会议a\u{3000}",
            "会\u{2009}议",
            "党组（扩大）会议’",
            "\u{E000}\u{EFFF}\u{F000} x",
        ] {
            assert_eq!(normal(s), normalise(s) == s, "{s:?}");
        }
    }

    #[test]
    fn catalogue_loads_and_ids_are_sorted() {
        let cat = &*CATALOGUE;
        assert!(cat.rows.len() > 50);
        let ids: Vec<&str> = cat.rows.iter().map(|r| r.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn kinds_from_renderings() {
        assert_eq!(
            kind_inside("central group study meeting").map(|k| k.1),
            Some("central-group-study")
        );
        assert_eq!(
            kind_inside("党组会议").map(|k| k.1),
            Some("party-group-meeting")
        );
        assert_eq!(
            kind_of(
                "enlarged meeting",
                Some("party group of the CPPCC"),
                "meeting"
            ),
            Some("party-group-meeting")
        );
        assert_eq!(
            kind_of(
                "meeting",
                Some("Standing Committee of the Longgang County Party Committee"),
                "meeting"
            ),
            Some("standing-committee-meeting")
        );
        assert_eq!(
            kind_of("扩大会议", Some("江海区委常委会"), "会议"),
            Some("standing-committee-meeting")
        );
        assert_eq!(kind_exact("庆祝大会"), Some("celebration-meeting"));
    }

    fn official(name: &str, text: &str, at: &[&str]) -> Official {
        let mut mentions = Vec::new();
        for a in at {
            let start = text.find(a).expect("mention in text");
            mentions.push(Mention {
                start,
                end: start + a.len(),
                text: a.to_string(),
            });
        }
        Official {
            name: name.into(),
            titles: Vec::new(),
            mentions,
        }
    }

    fn date(text: &str, at: &str, value: &str) -> Date {
        let start = text.find(at).unwrap();
        Date {
            start,
            end: start + at.len(),
            text: at.into(),
            value: value.parse().unwrap(),
            end_value: None,
            precision: Precision::Day,
            relative: false,
        }
    }

    fn run(text: &str, officials: &[Official], dates: &[Date]) -> Vec<Meeting> {
        let mut triggers = Vec::new();
        super::triggers(&mut triggers);
        let p = crate::prefilter::Prefilter::new(&triggers);
        let doc = Document::new(text, None);
        let hits = p.scan(text);
        extract(&doc, &hits, officials, dates).0
    }

    #[test]
    fn chair_and_participants_from_officials() {
        let text = "On October 26, the District CPPCC Party Group held a central group study (expansion) meeting. Shi Baozhen presided over the meeting. Zheng Hong and Wang Wei attended the meeting.";
        let officials = [
            official("Shi Baozhen", text, &["Shi Baozhen"]),
            official("Zheng Hong", text, &["Zheng Hong"]),
            official("Wang Wei", text, &["Wang Wei"]),
        ];
        let dates = [date(text, "October 26", "2022-10-26")];
        let m = run(text, &officials, &dates);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].kind.as_deref(), Some("central-group-study"));
        assert!(m[0].expanded);
        assert_eq!(m[0].chair, ["Shi Baozhen"]);
        assert_eq!(m[0].participants, ["Zheng Hong", "Wang Wei"]);
        assert_eq!(m[0].date.unwrap().to_string(), "2022-10-26");
    }

    #[test]
    fn chair_presided_over_by() {
        let text = "The meeting of the leading Party members group of the provincial government was presided over by Governor Wang Lin.";
        let officials = [official("Wang Lin", text, &["Wang Lin"])];
        let m = run(text, &officials, &[]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].kind.as_deref(), Some("party-group-meeting"));
        assert_eq!(m[0].chair, ["Wang Lin"]);
    }

    #[test]
    fn chinese_chair_and_attendees() {
        let text = "10月25日，江海区委常委会召开扩大会议。区委书记聂加伟主持会议并讲话，区委副书记、区长郑丹辉出席会议，区政协主席邹德昌列席会议。";
        let officials = [
            official("聂加伟", text, &["聂加伟"]),
            official("郑丹辉", text, &["郑丹辉"]),
            official("邹德昌", text, &["邹德昌"]),
        ];
        let dates = [date(text, "10月25日", "2022-10-25")];
        let m = run(text, &officials, &dates);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].kind.as_deref(), Some("standing-committee-meeting"));
        assert_eq!(m[0].chair, ["聂加伟"]);
        assert_eq!(m[0].participants, ["郑丹辉", "邹德昌"]);
        assert_eq!(m[0].date.unwrap().to_string(), "2022-10-25");
    }

    #[test]
    fn chinese_chair_who_convenes() {
        let text = "省长王立新5日主持召开省政府常务会议，研究春耕备耕工作。";
        let officials = [official("王立新", text, &["王立新"])];
        let m = run(text, &officials, &[]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].kind.as_deref(), Some("executive-meeting"));
        assert_eq!(m[0].chair, ["王立新"]);
    }

    #[test]
    fn chair_named_by_you_zhuchi() {
        let text = "6月12日，县政协党组理论学习中心组举行集中学习研讨会。会议由县政协主席周立平主持。副主席孙浩、梁晓燕出席会议。";
        let officials = [
            official("周立平", text, &["周立平"]),
            official("孙浩", text, &["孙浩"]),
            official("梁晓燕", text, &["梁晓燕"]),
        ];
        let m = run(text, &officials, &[]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].chair, ["周立平"]);
        assert_eq!(m[0].participants, ["孙浩", "梁晓燕"]);
    }

    #[test]
    fn scholar_who_lectures_takes_part() {
        let text = "中共中央政治局3月20日下午就加强基层治理进行第五次集体学习。中国社会科学院研究员高志远就这个问题进行讲解。中共中央总书记习近平在主持学习时发表了讲话。";
        let officials = [
            official("高志远", text, &["高志远"]),
            official("习近平", text, &["习近平"]),
        ];
        let m = run(text, &officials, &[]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].participants, ["高志远"]);
    }

    #[test]
    fn chair_who_presides_over_a_named_meeting() {
        let text = "Xi Jinping, general secretary of the CPC Central Committee, on Tuesday presided over a meeting of the Political Bureau.";
        let officials = [official("Xi Jinping", text, &["Xi Jinping"])];
        let m = run(text, &officials, &[]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].chair, ["Xi Jinping"]);
        assert!(m[0].participants.is_empty());
    }

    #[test]
    fn two_meetings_share_chair_and_participants() {
        let text = "On March 9, the county CPPCC Party Group (expanded) meeting and the Theory Learning Center Group collective study meeting of the Party Group were held. Zhou Ming chaired and delivered a speech. Tan Lei and Gao Yuan attended.";
        let officials = [
            official("Zhou Ming", text, &["Zhou Ming"]),
            official("Tan Lei", text, &["Tan Lei"]),
            official("Gao Yuan", text, &["Gao Yuan"]),
        ];
        let m = run(text, &officials, &[]);
        assert_eq!(m.len(), 2);
        for x in &m {
            assert_eq!(x.chair, ["Zhou Ming"]);
            assert_eq!(x.participants, ["Tan Lei", "Gao Yuan"]);
        }
    }

    #[test]
    fn the_meeting_conveyed_names_no_participant() {
        let text = "The district held a central group study meeting. The meeting conveyed the spirit of Xi Jinping's important speech; Wang Wei conveyed the provincial requirements.";
        let officials = [
            official("Xi Jinping", text, &["Xi Jinping"]),
            official("Wang Wei", text, &["Wang Wei"]),
        ];
        let m = run(text, &officials, &[]);
        assert_eq!(m[0].participants, ["Wang Wei"]);
    }

    #[test]
    fn attendees_after_the_verb() {
        let text = "中共中央召开党外人士座谈会。出席座谈会的党外人士还有刘立文、方海鸣等。";
        let officials = [
            official("刘立文", text, &["刘立文"]),
            official("方海鸣", text, &["方海鸣"]),
        ];
        let m = run(text, &officials, &[]);
        assert_eq!(m[0].participants, ["刘立文", "方海鸣"]);
    }

    #[test]
    fn who_comes_to_the_meeting_takes_part() {
        let text = "The Standing Committee of the County Committee held its 2023 Democratic Life Meeting. Xu Tao, member of the Standing Committee, came to the meeting to give guidance.";
        let officials = [official("Xu Tao", text, &["Xu Tao"])];
        let m = run(text, &officials, &[]);
        assert_eq!(m[0].participants, ["Xu Tao"]);
    }

    #[test]
    fn date_skips_header_and_year_in_name() {
        let text = "date 2024-01-18 On January 16, the Standing Committee of the County Committee held its 2023 Democratic Life Meeting.";
        let dates = [
            date(text, "2024-01-18", "2024-01-18"),
            date(text, "January 16", "2024-01-16"),
            date(text, "2023", "2023"),
        ];
        let m = run(text, &[], &dates);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].kind.as_deref(), Some("democratic-life-meeting"));
        assert_eq!(m[0].date.unwrap().to_string(), "2024-01-16");
    }

    #[test]
    fn date_falls_back_to_first_date_of_body() {
        let text = "Title line\nOn March 3, the district held a study meeting.\nThe meeting was held in the hall.";
        let dates = [date(text, "March 3", "2023-03-03")];
        let m = run(text, &[], &dates);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].date.unwrap().to_string(), "2023-03-03");
    }
}
