//! Meetings held, in Chinese: the name a verb of holding (`召开`, `举行`, `进行`) governs.
//!
//! Object: `区政协召开党组(扩大)会议`, `中共全国政协党组举行理论学习中心组集体学习`,
//! `李克强主持召开国务院常务会议` (the one who `主持` is the chair), `召开分党组第五十四次会议暨
//! 第三十三次主任会议` (two). Subject: `……集中学习(扩大)会议召开`, `……委员长会议14日下午在北京
//! 人民大会堂举行`, `A暨B……隆重举行` (two).
//! Refused: `会议决定，……第二次会议4月24日至26日在北京举行` and `将于……召开` (announced), `……召开的`
//! (a clause about a meeting, not a report of it), a name without a meeting head.

use std::borrow::Cow;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

use super::{
    kind_by_organiser, kind_exact, kind_exact_joined, kind_inside, longest_in, normal, six, three,
    whole_word, Heads, Held,
};
use crate::numerals::parse_zh;

/// Characters that end a meeting's name or a clause. No whitespace lies above U+3000: a
/// Chinese character is answered without the Unicode table. Inlined: it is asked of
/// every character of a clause.
#[inline]
fn is_stop(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '。'
            | '；'
            | ';'
            | '：'
            | ':'
            | '、'
            | '！'
            | '？'
            | '!'
            | '?'
            | '“'
            | '”'
            | '"'
            | '「'
            | '」'
            | '《'
            | '》'
            | '|'
            | '｜'
    ) || (c <= '\u{3000}' && c.is_whitespace())
}

/// Words that announce a meeting or its preparation in the clause before the verb; and
/// those of a habit (`每年至少召开一次合作推进会`, a mechanism agreed on).
const ANNOUNCING: [&str; 15] = [
    "将",
    "將",
    "拟",
    "擬",
    "即将",
    "定于",
    "筹备",
    "籌備",
    "准备",
    "準備",
    "每年",
    "每季度",
    "每月",
    "每半年",
    "定期",
];

/// Words that make the sentence before the verb a decision, a demand or a plan
/// (`根据安排，…会议于1月8日开幕`).
const DECIDING: [&str; 10] = [
    "决定",
    "決定",
    "要求",
    "强调",
    "強調",
    "指出",
    "根据安排",
    "根據安排",
    "按照安排",
    "按照计划",
];

/// [`ANNOUNCING`] then [`DECIDING`], leftmost-longest: one search of an automaton, where
/// reading `before` a character at a time and comparing words cost about 1.8 M
/// instructions per MB of Chinese reports.
static ANNOUNCING_OR_DECIDING: Lazy<AhoCorasick> = Lazy::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(ANNOUNCING.iter().chain(&DECIDING))
        .expect("announcing and deciding words build")
});

/// Does the clause of `before` that starts at byte `clause` hold an [`ANNOUNCING`] word,
/// or `before` a [`DECIDING`] one? The clause ends `before`, and starts after a stop (or
/// at 0), as [`clause_start`] and [`clause_start_at`] find it. The words are read in one search that does not report overlapping words, and
/// needs not: where two overlap, the one reported answers as the other would (`决定于`
/// holds a deciding word either way; `即将` starts a clause no later than the `将` in it,
/// which no stop stands before).
fn announced(before: &str, clause: usize) -> bool {
    ANNOUNCING_OR_DECIDING
        .find_iter(before)
        .any(|m| m.pattern().as_usize() >= ANNOUNCING.len() || m.start() >= clause)
}

/// Words that join a second side to the one who holds a meeting.
const SIDES: [char; 5] = ['同', '与', '與', '为', '為'];

/// The marks of an expanded meeting written inside its name (`党组(扩大)会议`).
const EXPANDED_MARKS: [&str; 4] = ["（扩大）", "(扩大)", "（擴大）", "(擴大)"];

/// The length of the mark of an expanded meeting that opens `s`, or 0.
fn expanded_mark_len(s: &str) -> usize {
    EXPANDED_MARKS
        .iter()
        .find(|x| s.starts_with(*x))
        .map_or(0, |x| x.len())
}

const HEAD_WORDS: [&str; 6] = ["会议", "會議", "大会", "大會", "典礼", "典禮"];

/// The length of `第N次全体（扩大）会议` opening `s` (a numeral of up to three characters),
/// or 0.
fn plenary_expanded_len(s: &str) -> usize {
    let Some(rest) = s.strip_prefix('第') else {
        return 0;
    };
    let digits = rest
        .char_indices()
        .take(3)
        .take_while(|&(_, c)| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let Some(rest) = rest[digits..].strip_prefix('次').filter(|_| digits > 0) else {
        return 0;
    };
    let Some(rest) = ["全体", "全體"].iter().find_map(|w| rest.strip_prefix(w)) else {
        return 0;
    };
    let x = expanded_mark_len(rest);
    let head = (x > 0)
        .then(|| ["会议", "會議"].iter().find(|h| rest[x..].starts_with(*h)))
        .flatten();
    head.map_or(0, |h| s.len() - rest.len() + x + h.len())
}

/// What may stand between a meeting's name and the verb that holds it: a day, a time of
/// day, a place, a form and an adverb (`14日下午在北京人民大会堂`, `1日上午在香港会展中心隆重`,
/// `以视频会议形式`).
static FILLER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:(?:于|於)?(?:[0-9０-９一二三四五六七八九十]{1,3}月)?[0-9０-９一二三四五六七八九十]{1,3}日(?:至(?:[0-9０-９一二三四五六七八九十]{1,3}月)?[0-9０-９一二三四五六七八九十]{1,3}日)?)?(?:上午|下午|晚上|晚|早上)?(?:在[^，。；]{1,20}?)?(?:以[^，。；]{1,8}?形式)?(?:隆重|胜利|勝利|正式|顺利|順利)?$")
        .expect("filler pattern is valid")
});

/// A demand, not a report: `要发挥……，举办各类专题培训班` (the sentence opens with it).
fn opens_directive(s: &str) -> bool {
    s.starts_with(['要', '应', '應']) || ["需要", "必须", "必須"].iter().any(|w| s.starts_with(w))
}

/// Does `开展` hold what follows it: a theme Party day (`党日` within the twenty characters
/// after it), or a symposium that closes its clause?
fn kaizhan_holds(after: &str) -> bool {
    let near = &after[..crate::dates::floor_boundary(after, 60)];
    ["党日", "黨日"].iter().any(|w| near.contains(w))
        // (or a symposium that closes the clause: `开展人大代表接待选民座谈会。`)
        || near
            .split(['，', '。', '；', '、'])
            .next()
            .is_some_and(|clause| {
                ["座谈会", "座談會"].iter().any(|w| clause.ends_with(w))
            })
}

/// `三是召开省委十二届五次全会，会期为…`: a verb of holding right after an item's marker,
/// without `了`, is an item of decisions or plans, not a report (`一是召开了…` is).
fn item_of_plans(before: &str, after: &str) -> bool {
    !after.starts_with('了')
        && before.strip_suffix('是').is_some_and(|b| {
            b.ends_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'])
        })
}

/// `要`, `必须` inside the clause, but not `主要`, `重要`, `纲要`. One pass over the clause
/// (`需要` is a `要` after another character).
fn holds_directive(s: &str) -> bool {
    // read by the first bytes of the characters, a character of three bytes compared as
    // its bytes and not decoded (each word's characters are Han); the character before a
    // `要` is the three bytes before it where those are one (a first byte starts none of
    // the bytes after another)
    const NOT_DEMANDS: [[u8; 3]; 4] = [three("主"), three("重"), three("纲"), three("綱")];
    let b = s.as_bytes();
    let at = |i: usize, w: &str| b[i..].starts_with(w.as_bytes());
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let found = match x {
            0xE8 => {
                at(i, "要")
                    && !(i >= 3
                        && <[u8; 3]>::try_from(&b[i - 3..i])
                            .is_ok_and(|p| NOT_DEMANDS.contains(&p)))
            }
            0xE5 => at(i, "必须") || at(i, "必須") || at(i, "应当"),
            0xE6 => at(i, "應當"),
            _ => false,
        };
        if found {
            return true;
        }
        i += match x {
            0..0x80 => 1,
            0xE0..0xF0 => 3,
            0xF0.. => 4,
            _ => 2,
        };
    }
    false
}

// a date or time at the start of a clause: `10月26日`, `24日上午`
static LEADING_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:近日|日前|\d{4}年)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:上午|下午|晚上|晚)?")
        .expect("date pattern is valid")
});

// a date, time or place at the end of the organiser: `于12月26日至27日`, `在中南海`,
// `今天（9月1日）`
static TRAILING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:(?:今天|今日|昨天|昨日|近日|日前)(?:[（(](?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日[）)])?(?:上午|下午|晚上|晚)?)?(?:(?:于|於)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:至(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?(?:上午|下午|晚上|晚)?)?(?:在[^，。；]{1,20})?$")
        .expect("trailing pattern is valid")
});

/// Where [`LEADING_DATE`] ends in `s`: 0 unless `s` opens with a character the pattern can
/// open with (a digit, `近`, `日`, `上`, `下`, `晚`), which most clauses do not.
fn leading_date_end(s: &str) -> usize {
    // (a CJK ideograph, most clauses' first character, is no numeral: it is not looked up
    // in the Unicode tables)
    let opens = s.starts_with(|c: char| {
        matches!(c, '近' | '日' | '上' | '下' | '晚')
            || !matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}') && c.is_numeric()
    });
    if !opens {
        return 0;
    }
    LEADING_DATE.find(s).map_or(0, |m| m.end())
}

/// Where [`TRAILING`] starts in `s`: its end unless `s` ends as a date or time can
/// (`日`, `午`, `上`, `晚`, `天`, `前`, a closing bracket) or holds `在` among its last 21
/// characters (a place).
fn trailing_start(s: &str) -> usize {
    let ends = s.ends_with(['日', '午', '上', '晚', '天', '前', '）', ')']);
    // the last `在`, found by a search for its bytes from the end, is among the last 21
    // characters if any is: no character before it is decoded
    let place = || s.rfind('在').is_some_and(|p| s[p..].chars().count() <= 21);
    if !ends && !place() {
        return s.len();
    }
    TRAILING.find(s).map_or(s.len(), |m| m.start())
}

// 第五十四次 | 第23次 | 2023年: the pattern [`numbers`] reads by hand
#[cfg(test)]
static NUMBER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"第?(?P<n>[0-9０-９零〇一二三四五六七八九十百两]+)次|[0-9０-９]{4}年")
        .expect("number pattern is valid")
});

/// The matches of `第?N次|[0-9０-９]{4}年` in `s`, leftmost first, none overlapping, as the
/// regex `NUMBER` finds them. Each ends at a `次` or a `年`, which no numeral is, so no two
/// overlap and each is read back from its last character: the numerals before a `次` (and
/// a `第` before them), four digits before a `年`. The two characters are found by their
/// last bytes (A1, B4) after their first two; a name is short, and most of its characters
/// are neither (the regex searcher cost more to start than the name took to read).
fn numbers(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xA1, 0xB4, b).filter_map(move |j| {
        let at = j.checked_sub(2)?;
        let end = j + 1;
        // (`at` is a character's start where the three bytes are one of the two)
        let before = || &s[..at];
        if b[at..end] == *"次".as_bytes() {
            let run = before()
                .chars()
                .rev()
                .take_while(|&c| super::references::is_n_char(c))
                .map(char::len_utf8)
                .sum::<usize>();
            if run == 0 {
                return None;
            }
            let start = at - run;
            let start = if s[..start].ends_with('第') {
                start - '第'.len_utf8()
            } else {
                start
            };
            return Some(start..end);
        }
        if b[at..end] == *"年".as_bytes() {
            let mut start = at;
            let mut digits = before().chars().rev();
            for _ in 0..4 {
                match digits.next() {
                    Some(c @ ('0'..='9' | '０'..='９')) => start -= c.len_utf8(),
                    _ => return None,
                }
            }
            return Some(start..end);
        }
        None
    })
}

/// `s` without the matches of [`numbers`]; borrowed where there is none.
fn without_numbers(s: &str) -> Cow<'_, str> {
    let mut kept = String::new();
    let mut last = 0;
    for m in numbers(s) {
        kept.push_str(&s[last..m.start]);
        last = m.end;
    }
    if last == 0 {
        return Cow::Borrowed(s);
    }
    kept.push_str(&s[last..]);
    Cow::Owned(kept)
}

// 六中全会
static PLENUM_NUMBER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?P<n>[零〇一二三四五六七八九十]+)中(?:全会|全會)")
        .expect("plenum number pattern is valid")
});

// 十五届 | 第十四届
static TERM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"第?(?P<n>[0-9０-９零〇一二三四五六七八九十百]+)[届屆]")
        .expect("term pattern is valid")
});

/// What [`held`] finds, and the lists it fills on the way: kept from one verb to the next
/// rather than made for each.
#[derive(Default)]
pub(super) struct Buffers {
    /// The meetings found.
    pub(super) found: Vec<Held>,
    window: Window,
    ends: Vec<usize>,
}

/// The meetings a verb of holding governs in its sentence, into `buffers.found` (cleared
/// first); `objects` is set when they are names read after it (not its subject).
pub(super) fn held(
    text: &str,
    sentence: Range<usize>,
    verb: Range<usize>,
    heads: &Heads,
    objects: &mut bool,
    buffers: &mut Buffers,
) {
    let Buffers {
        found: out,
        window,
        ends,
    } = buffers;
    out.clear();
    let v = &text[verb.clone()];
    if v == "会见" || v == "會見" {
        out.extend(met(text, sentence, verb));
        return;
    }
    if v == "分组审议" || v == "分組審議" {
        out.extend(group_review(text, sentence, verb));
        return;
    }
    let after = &text[verb.end..sentence.end];
    // `开展` holds only a theme Party day or a symposium, named within a few words: most
    // of the news's `开展` are read no further
    if (v == "开展" || v == "開展") && !kaizhan_holds(after) {
        return;
    }
    // `主持会议` names no meeting, `主持召开` leaves the name to the verb that follows, and
    // `主持人` is a noun: most of `主持` is read no further
    if v == "主持"
        && (after.starts_with(['召', '举', '舉', '人', '词', '詞'])
            || after.starts_with("会议")
            || after.starts_with("會議"))
    {
        return;
    }
    // `出席会议。`, `见证会议，`: the bare head, closed by a stop that opens no title, is
    // the whole name, and no rendering lies in it: the meeting it names is generic, which
    // `出席` drops below. About half the reports' `出席` is so (`A、B出席会议。`), and is
    // read no further
    if matches!(v, "出席" | "见证" | "見證") && bare_head_closes(after) {
        return;
    }
    // `在27日下午的闭幕会上，A作讲话`: a part of the session that took place, named by
    // where something was done at it
    if matches!(v, "闭幕" | "閉幕" | "开幕" | "開幕") {
        let name_len = ["会上", "會上", "大会上", "大會上", "式上"]
            .iter()
            .find(|w| after.starts_with(*w))
            .map(|w| w.len() - "上".len());
        if let Some(len) = name_len {
            let clause_start = clause_start(text, sentence.start, verb.start);
            // (only a time between: `在共青团第十九次全国代表大会开幕式上` names the
            // congress, read below)
            let between = text[clause_start..verb.start].strip_prefix('在');
            if between.is_some_and(|b| b.is_empty() || b.ends_with('的') && b.chars().count() <= 8)
            {
                if !announced(
                    &text[sentence.start..verb.start],
                    clause_start - sentence.start,
                ) {
                    out.push(make(text, verb.start..verb.end + len, None, None, None));
                }
                return;
            }
        }
    }
    // `在随后召开的镇党委十五届一次全会上`: the meeting at which something was done
    if after.starts_with('的') && matches!(v, "召开" | "召開" | "举行" | "舉行") {
        let clause_start = clause_start(text, sentence.start, verb.start);
        let clause = &text[clause_start..verb.start];
        // only one held on the same occasion: `在去年底召开的中央农村工作会议上` recalls
        // an earlier meeting, which the report does not report
        let same_occasion = [
            "随后",
            "隨後",
            "随即",
            "隨即",
            "当天",
            "當天",
            "当日",
            "當日",
            "同日",
            "会后",
            "會後",
            "紧接着",
            "緊接著",
            "今天",
            "今日",
        ]
        .iter()
        .any(|w| clause.contains(w));
        let at = same_occasion
            && clause.chars().count() <= 7
            && !announced(
                &text[sentence.start..verb.start],
                clause_start - sentence.start,
            );
        let from = verb.end + '的'.len_utf8();
        // (the name is read only for a meeting held at the same occasion)
        let end = at
            .then(|| name_end(text, from, sentence.end, heads, true, None))
            .flatten();
        if let Some(end) = end {
            // (or, without `在`, the meeting that did something: `随后召开的镇党委十五届一次
            // 全会选举A为书记`)
            let rest = &text[end..];
            let acted = [
                "选举", "選舉", "审议", "審議", "听取", "聽取", "表决", "表決",
            ]
            .iter()
            .any(|w| rest.starts_with(w));
            if clause.starts_with('在') && rest.starts_with(['上', '中'])
                || !clause.starts_with('在') && acted
            {
                out.extend(Some(make(text, from..end, None, None, None)).filter(|m| !m.generic));
            }
        }
        return;
    }
    // `读书班在县委党校开班。`: `开班` ends its clause, unlike in `开班仪式`, `开班动员会`
    if matches!(v, "开班" | "開班")
        && after
            .chars()
            .next()
            .is_some_and(|c| c != '了' && crate::document::is_han(c))
    {
        return;
    }
    // `召开的`, `召开之年`, `召开后`: a clause about the meeting, not a report of it
    if after.starts_with(['的', '之', '后', '後', '前', '时', '時'])
        || after.starts_with("以来")
        || after.starts_with("期间")
    {
        return;
    }
    // `进行` makes a meeting only after a body: `中心组进行集中学习研讨`, not `进行了研讨`
    // (asked before the tests of an announcement and a demand, which read the sentence
    // before the verb: most of the news's `进行` holds no meeting, and is read no further)
    // (the body before a topic, read for it, is kept)
    let convening_verb = !(v.starts_with('进') || v.starts_with('進'));
    if !convening_verb && after.starts_with('了') {
        return;
    }
    let clause_start = clause_start(text, sentence.start, verb.start);
    let clause = &text[clause_start..verb.start];
    let mut body_clause: Option<Range<usize>> = None;
    if !convening_verb {
        let before_topic = body_before_topic(text, clause_start..verb.start);
        if before_topic.is_none() && !ends_with_body(clause) {
            return;
        }
        body_clause = Some(before_topic.unwrap_or(clause_start..verb.start));
    }
    let sentence_before = &text[sentence.start..verb.start];
    // announced or being prepared, not held; nor one whose holding is demanded
    // (`确保全会顺利召开`)
    let demanded = clause.starts_with("确保") || clause.starts_with("確保");
    // `听取了关于召开……会议的建议方案`: the topic of a paper, not a report of holding
    // (and `研究了召开市委七届七次全会有关事项`: the plenum is a matter studied, to be held;
    // not `就加强基础研究进行集体学习`, where research is the topic)
    // (the last character first: most clauses end in none of the words')
    let topic = clause.ends_with(TOPIC_LASTS) && TOPIC_ENDS.iter().any(|w| clause.ends_with(w))
        || clause == "研究";
    if demanded
        || topic
        || item_of_plans(&text[..verb.start], after)
        || announced(sentence_before, clause_start - sentence.start)
        || opens_directive(sentence_before.trim_start())
        || holds_directive(clause)
    {
        return;
    }
    // `开幕`, `闭幕`: only the subject opens or closes
    let subject_only = matches!(v, "开幕" | "開幕" | "闭幕" | "閉幕" | "开班" | "開班");
    // the name starts after the aspect mark: `举行了纪念活动`, `出席了开幕式`
    let name_start = verb.end
        + if after.starts_with('了') {
            '了'.len_utf8()
        } else {
            0
        };
    // `出席庆祝大会`, `主持反馈会`: a named meeting took place; `出席会议` names none,
    // nor `出席并作专题辅导`, where the act after `并` is the speaker's
    if matches!(v, "出席" | "主持" | "见证" | "見證") {
        if after.starts_with(['并', '並']) {
            return;
        }
        out.extend(
            name_end(
                text,
                name_start,
                sentence.end,
                heads,
                true,
                Some(&mut *window),
            )
            // `出席省十四届人大五次会议的江州代表团分组审议……`: a relative clause tells
            // which delegation is meant; the report is of what the delegation does
            .filter(|&end| !delegation_attending(&text[end..sentence.end]))
            // `选举产生出席市妇女第六次代表大会代表`: the delegates who will attend it
            .filter(|&end| !text[end..].starts_with("代表"))
            .map(|end| make(text, name_start..end, None, None, Some(&*window)))
            .filter(|m| !m.generic),
        );
        // `大会主席团第三次会议由陶光远主持`: a numbered meeting, its chair after `由`
        if out.is_empty() && v == "主持" {
            if let Some(by) = clause.rfind('由').map(|i| clause_start + i) {
                let name = subject_name(text, clause_start..by, heads, ends, window);
                let chair = by + '由'.len_utf8()..verb.start;
                out.extend(
                    name.map(|n| make(text, n, None, Some(chair), Some(&*window)))
                        .filter(|m| m.number.is_some() && m.kind.is_some()),
                );
            }
        }
        return;
    }
    // `政治局11月30日下午就……进行第十一次集体学习`: the body stands before the topic
    // (read where `进行` asks for it, else once a name is found, as the organiser is)
    let body_clause_of =
        || body_before_topic(text, clause_start..verb.start).unwrap_or(clause_start..verb.start);
    let presiding = v.starts_with('主') || clause.ends_with("主持");
    let chair_span = presiding.then_some(clause_start..verb.start);
    // the organiser and whether a second side is joined are read once a name is found:
    // most verbs of holding find none
    let mut organiser: Option<Option<Range<usize>>> = None;
    // `A同B举行会谈`, `A为B举行欢迎仪式`: a second side is joined to the one who holds it
    let mut joined: Option<bool> = None;
    let mut from = name_start;
    // the name read last was joined by `暨`
    let mut after_ji = false;
    loop {
        // (`开幕`, `闭幕`, `开班` have no object: no name is sought after them)
        let found = (!subject_only)
            .then(|| {
                name_end(
                    text,
                    from,
                    sentence.end,
                    heads,
                    convening_verb,
                    Some(&mut *window),
                )
            })
            .flatten();
        let end = match found {
            Some(end) => end,
            None if after_ji => match event_end(text, from, sentence.end) {
                Some(end) => end,
                None => break,
            },
            None => break,
        };
        let body_clause = body_clause.get_or_insert_with(body_clause_of).clone();
        let organiser = organiser
            .get_or_insert_with(|| {
                (!presiding)
                    .then(|| organiser_of(text, body_clause.clone()))
                    .flatten()
            })
            .clone();
        let mut m = make(
            text,
            from..end,
            organiser,
            chair_span.clone(),
            Some(&*window),
        );
        let joined =
            *joined.get_or_insert_with(|| !presiding && text[body_clause.clone()].contains(SIDES));
        if joined || (!presiding && m.kind == Some("talks")) {
            m.sides = Some(body_clause.clone());
        }
        // `召开座谈会40余场`, `举办培训班3期`: a count after the name sums up many
        if counted_after(&text[end..sentence.end]) {
            break;
        }
        out.push(m);
        // `A暨B`, `A和B`: a second name must end in a meeting head of its own
        let rest = &text[end..sentence.end];
        match rest.strip_prefix(['暨', '和', '及']) {
            Some(r)
                if rest.starts_with('暨')
                    || name_end(
                        text,
                        sentence.end - r.len(),
                        sentence.end,
                        heads,
                        convening_verb,
                        None,
                    )
                    .is_some() =>
            {
                from = sentence.end - r.len();
                after_ji = rest.starts_with('暨');
            }
            _ => break,
        }
    }
    // `党支部组织全体党员开展主题党日活动`: a body's theme Party day. Not the lectures,
    // readings and commemorations that `多地开展形式多样的宣讲活动` reports by the
    // hundred, nor a subject (`活动开展` is no report of holding)
    // (and a symposium held by whoever opens the clause: `林芳带领部分区人大代表，来到
    // 联络站，开展人大代表接待选民座谈会`)
    // (and the Party lecture given at it: `开展主题党日活动暨专题党课`)
    if v == "开展" || v == "開展" {
        // (`党工委组织党员干部60余人，赴……纪念馆开展主题党日活动`: a clause of going has
        // the body that organised it in the clause before)
        let sent = sent_by_before(text, sentence.start, clause_start);
        let (mut day_before, mut prev_end) = (false, 0);
        out.retain_mut(|m| {
            let lecture = day_before
                && m.kind == Some("party-lecture")
                && text.get(prev_end..m.span.start) == Some("暨");
            if m.kind == Some("theme-party-day") && sent.is_some() {
                m.organiser.clone_from(&sent);
            }
            let day = m.kind == Some("theme-party-day")
                && m.organiser
                    .as_ref()
                    .is_some_and(|o| ends_with_body_name(&text[o.clone()]));
            (day_before, prev_end) = (day, m.span.end);
            m.kind == Some("symposium") || day || lecture
        });
        *objects = !out.is_empty();
        return;
    }
    if !out.is_empty() || !convening_verb {
        *objects = !out.is_empty();
        return;
    }
    // the subject: `……会议召开`, `……在北京举行`
    let Some(name) = subject_name(text, clause_start..verb.start, heads, ends, window) else {
        return;
    };
    let mut start = name.start;
    let joined = &text[name.clone()];
    // `以饱满精神状态迎接大会召开`: a meeting welcomed is still to come
    if ["迎接", "迎来", "迎來"].iter().any(|w| joined.contains(w)) {
        return;
    }
    // each name lies in the clause whose renderings `subject_name` kept in `window`
    for (i, _) in joined.match_indices('暨') {
        let m = make(text, start..name.start + i, None, None, Some(&*window));
        // `养老服务暨民政工作现场推进会`: a first part that names no event (`洽谈会`,
        // `博览会`, `艺术节`, `开幕式`, `开馆` do) is a topic of the one name
        let part = &text[m.span.clone()];
        if m.kind.is_none()
            && !part.ends_with([
                '会', '會', '节', '節', '式', '礼', '禮', '赛', '賽', '展', '坛', '壇',
            ])
            && ![
                "开馆", "開館", "开园", "開園", "揭牌", "开工", "開工", "启动", "啟動",
            ]
            .iter()
            .any(|w| part.ends_with(w))
        {
            continue;
        }
        out.push(m);
        start = name.start + i + '暨'.len_utf8();
    }
    out.push(make(text, start..name.end, None, None, Some(&*window)));
    // `会议在区政府召开`: the meeting named before
    out.retain(|m| {
        !m.span.is_empty()
            && !matches!(
                &text[m.span.clone()],
                "会议" | "會議" | "大会" | "大會" | "会" | "會"
            )
    });
    // `传达学习全国两会精神……十四届全国人大二次会议于3月5日至11日在北京召开`: a meeting
    // whose spirit the report conveys is told of, not held in it
    out.retain(|m| !conveyed_elsewhere(text, &text[m.span.clone()]));
}

/// Does `after` open with `会议` or `會議` that the sentence's end or a stop closes (not `“`,
/// `「` or `《`, whose title [`run_end`] may read on as part of the name)? [`name_end`] then
/// ends the name at that head, and [`make`] finds it generic.
fn bare_head_closes(after: &str) -> bool {
    let rest = after
        .strip_prefix("会议")
        .or_else(|| after.strip_prefix("會議"));
    rest.is_some_and(|r| {
        r.chars()
            .next()
            .is_none_or(|c| is_stop(c) && !matches!(c, '“' | '「' | '《'))
    })
}

/// Is `rest`, after a session's name that `出席` opens, the rest of a relative clause of a
/// delegation (`的江州代表团分组审议政府工作报告`)?
fn delegation_attending(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix('的') else {
        return false;
    };
    let clause = &rest[..rest.find(['，', '。', '；']).unwrap_or(rest.len())];
    clause.contains("代表团") || clause.contains("代表團")
}

/// Does `rest`, after a meeting's name, open with a count of such meetings (`40余场`,
/// `3期`, `十余次`, `2.8万场`)?
fn counted_after(rest: &str) -> bool {
    let digits = rest
        .find(|c: char| {
            !(c.is_ascii_digit()
                || "０１２３４５６７８９一二三四五六七八九十百千万萬两兩.".contains(c))
        })
        .unwrap_or(rest.len());
    if digits == 0 {
        return false;
    }
    let rest = &rest[digits..];
    let rest = ["余", "餘", "多"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    rest.starts_with(['场', '場', '期', '次', '个', '個'])
}

/// Does `text` convey the spirit of the meeting `name` (`十四届全国人大二次会议精神`, or,
/// for a national session, `全国两会精神`)?
fn conveyed_elsewhere(text: &str, name: &str) -> bool {
    // each national word opens with `全`: most names hold none
    let national = name.contains('全')
        && [
            "全国人大",
            "全國人大",
            "全国政协",
            "全國政協",
            "全国人民代表大会",
        ]
        .iter()
        .any(|w| name.contains(w));
    if national && ["两会精神", "兩會精神"].iter().any(|w| text.contains(w)) {
        return true;
    }
    if name.is_empty() || bordered(name.as_bytes()) {
        return text
            .match_indices(name)
            .any(|(i, _)| text[i + name.len()..].starts_with("精神"));
    }
    // A name that no proper prefix of it ends (no border) cannot overlap itself, so the
    // occurrences `match_indices` finds one after another are all of them: look at the
    // few `精神` of the text and what stands before each instead of searching the name.
    static SPIRIT: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("精神"));
    SPIRIT
        .find_iter(text.as_bytes())
        .any(|j| text.as_bytes()[..j].ends_with(name.as_bytes()))
}

/// Does a proper prefix of `b` end it too (could two of its occurrences overlap)?
fn bordered(b: &[u8]) -> bool {
    // a border starts at a byte equal to the first
    memchr::memchr_iter(b[0], &b[1..]).any(|p| b[p + 1..] == b[..b.len() - p - 1])
}

/// The end of an event joined to a meeting by `暨` whose name holds no meeting head:
/// `召开……工作会议暨“村超”文旅推介会，`, `……联席会议暨领导干部接访日活动。` (`暨` joins two
/// events, so the name runs to the clause's stop when it ends in `会` or `活动`).
fn event_end(text: &str, from: usize, limit: usize) -> Option<usize> {
    let end = run_end(text, from, limit);
    let name = &text[from..end];
    let stopped = end == limit || text[end..].starts_with(is_stop);
    let event = name.ends_with(['会', '會']) || name.ends_with("活动") || name.ends_with("活動");
    (stopped && event && name.chars().count() >= 3).then_some(end)
}

/// Characters that end a side of `会见`: the stops but `、`, which joins the names of one
/// side (`A、B会见C`, `会见B、C`).
fn ends_side(c: char) -> bool {
    c != '、' && is_stop(c)
}

/// Words that make the `会见` after them a noun: `参加(了)会见`, `举行双边会见`,
/// `同你举行了很好的会见`, `在会见…时`.
const BEFORE_NOUN: [&str; 14] = [
    "参加", "參加", "出席", "陪同", "列席", "举行", "舉行", "进行", "進行", "的", "在", "有关",
    "有關", "上述",
];

/// Words that make a `会见` one of many, not one that took place: `多次会见劳动模范`.
const SUMMING_UP: [&str; 6] = ["多次", "屡次", "屢次", "每次", "历次", "歷次"];

/// `A会见(了)B`, `A在X会见B`, `A分别会见B和C`: one meeting of kind talks, named by the verb,
/// whose sides (the subject and the object) take part. Not the noun (`参加会见`, `会见时`,
/// `会见后`, `社会见…`), not `在会见…时` or `会见B时，…` (a meeting told of before), not an
/// announced one (`将会见`), nor one of many (`多次会见`), nor the press met
/// (`会见中外记者`).
fn met(text: &str, sentence: Range<usize>, verb: Range<usize>) -> Option<Held> {
    let before = &text[sentence.start..verb.start];
    // `社会见贤思齐`, `大会见证`: `会` ends a word before
    if before.ends_with([
        '社', '协', '協', '委', '学', '學', '宴', '晚', '盛', '机', '機', '博', '峰', '大',
    ]) {
        return None;
    }
    let mut bare = before;
    while let Some(b) = ["了", "双边", "雙邊", "集体", "集體"]
        .iter()
        .find_map(|w| bare.strip_suffix(w))
    {
        bare = b;
    }
    if BEFORE_NOUN.iter().any(|w| bare.ends_with(w)) {
        return None;
    }
    let after = &text[verb.end..sentence.end];
    let object = after.strip_prefix('了').unwrap_or(after);
    // a noun, or no object: `会见后`, `会见中`, `会见结束`, `拨冗会见。`
    if object.is_empty()
        || (object.starts_with(ends_side) && !object.starts_with('“'))
        || object.starts_with([
            '时', '時', '后', '後', '前', '的', '之', '结', '結', '证', '證', '贤', '賢',
        ])
        // `会见中，`, `会见中指出`, not `会见中国……`
        || object.strip_prefix('中').is_some_and(|r| {
            r.is_empty()
                || r.starts_with(ends_side)
                || r.starts_with([
                    '表', '指', '强', '強', '说', '說', '谈', '談', '介', '双', '雙', '提', '重',
                    '希', '回',
                ])
        })
        || object.starts_with("期间")
        || object.starts_with("期間")
        || object.starts_with("以来")
        || object.starts_with("以來")
        // `会见(中外)记者`: a press conference, not talks
        || ["记者", "記者", "中外记者", "中外記者"]
            .iter()
            .any(|w| object.starts_with(w))
    {
        return None;
    }
    let object_end = object
        .char_indices()
        .find(|&(_, c)| ends_side(c) && !matches!(c, '“' | '”'))
        .map_or(sentence.end, |(i, _)| sentence.end - object.len() + i);
    // `会见B时，…`: the meeting is the time of what follows (`时任`, `比利时` name no time)
    let o = &text[verb.end..object_end];
    let temporal = o.char_indices().any(|(i, c)| {
        matches!(c, '时' | '時')
            && !o[..i].ends_with(['利'])
            && !o[i + c.len_utf8()..].starts_with([
                '任', '间', '間', '代', '期', '刻', '候', '事', '尚', '装', '裝', '局',
            ])
    });
    let clause = clause_start_at(text, sentence.start, verb.start, ends_side);
    let subject = &text[clause..verb.start];
    if announced(before, clause - sentence.start)
        || opens_directive(before.trim_start())
        || holds_directive(subject)
        || SUMMING_UP.iter().any(|w| before.contains(w))
    {
        return None;
    }
    // `随后，习近平在李家超的陪同下，会见了……`: a clause of adverbs only leaves the subject
    // to the clauses before
    let mut adverbs = subject;
    while let Some(b) = [
        "并", "並", "还", "還", "也", "又", "随后", "隨後", "分别", "分別", "亲切", "親切",
    ]
    .iter()
    .find_map(|w| adverbs.strip_prefix(w))
    {
        adverbs = b;
    }
    // `会见普京时，栗战书……`: a meeting told of before; `A会见B时表示` reports one
    if temporal && adverbs.is_empty() {
        return None;
    }
    let sides_start = if adverbs.is_empty() {
        sentence.start
    } else {
        items_before(text, sentence.start, clause)
    };
    Some(Held {
        kind: kind_exact(&text[verb.clone()]),
        span: verb,
        sides: Some(sides_start..object_end),
        met: true,
        ..Held::default()
    })
}

/// `(出席省人大五次会议的)江州代表团分组审议政府工作报告`: the delegation's group meeting,
/// named by the verb, the delegation its organiser. Not one announced (`将分组审议`) or
/// demanded.
fn group_review(text: &str, sentence: Range<usize>, verb: Range<usize>) -> Option<Held> {
    let before = &text[sentence.start..verb.start];
    let clause = clause_start(text, sentence.start, verb.start);
    if announced(before, clause - sentence.start) || opens_directive(before.trim_start()) {
        return None;
    }
    // `会议听取了……的报告，并进行了分组审议`: what the meeting held did, a stage of it
    // and no meeting of its own
    if ["会议", "會議"]
        .iter()
        .any(|w| before.trim_start().starts_with(w))
    {
        return None;
    }
    // (and `与会代表分组审议了各项报告`: the delegates of the session held, not a
    // delegation, review in groups as a stage of it)
    let who = text[clause..verb.start].trim_end();
    if [
        "与会代表",
        "與會代表",
        "全体代表",
        "全體代表",
        "代表们",
        "代表們",
    ]
    .iter()
    .any(|w| who.ends_with(w))
    {
        return None;
    }
    let organiser = organiser_of(text, clause..verb.start).filter(|r| {
        let o = &text[r.clone()];
        o.ends_with("代表团") || o.ends_with("代表團")
    });
    Some(Held {
        kind: kind_exact(&text[verb.clone()]),
        span: verb,
        organiser,
        ..Held::default()
    })
}

/// `市委书记贺建军，市长柯志远在市行政中心会见了…`: the side that meets is a list whose
/// items a comma parts. From the clause at `clause`, back over up to three clauses before
/// it that hold no verb (a title and a name, or a time), no earlier than `from`.
fn items_before(text: &str, from: usize, clause: usize) -> usize {
    // `应A邀请`, `受B委托`: who invites or sends is not who meets
    const VERBS: [&str; 18] = [
        "主持", "出席", "参加", "表示", "指出", "强调", "召开", "举行", "会见", "会谈", "陪同",
        "说", "时", "后", "邀请", "邀請", "委托", "委託",
    ];
    let mut start = clause;
    for _ in 0..3 {
        let Some(before) = text[from..start].strip_suffix('，') else {
            break;
        };
        let end = from + before.len();
        let p = clause_start_at(text, from, end, ends_side);
        let item = &text[p..end];
        if item.is_empty() || VERBS.iter().any(|v| item.contains(v)) {
            break;
        }
        start = p;
    }
    start
}

/// Where the clause that ends at `to` starts, no earlier than `from`: after the last
/// character that `ends` a clause.
/// `ends` takes stops only (see [`last_stop`]).
fn clause_start_at(text: &str, from: usize, to: usize, ends: impl Fn(char) -> bool) -> usize {
    last_stop(&text[from..to], ends).map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// Where the Han characters that end at `end` of `b` start, passed over four and then two
/// at a time (a first byte of three bytes before a character's end starts the character
/// before; Han first bytes are 0xE4 to 0xEE): runs of Han are most of a clause. A single
/// Han character left before it is the caller's.
#[inline(always)]
pub(super) fn before_han_pairs(b: &[u8], mut end: usize) -> usize {
    loop {
        if end >= 12
            && [3, 6, 9, 12]
                .iter()
                .all(|&k| matches!(b[end - k], 0xE4..=0xEE))
        {
            end -= 12;
        } else if end >= 6 && matches!(b[end - 3], 0xE4..=0xEE) && matches!(b[end - 6], 0xE4..=0xEE)
        {
            end -= 6;
        } else {
            return end;
        }
    }
}

/// The last character of `s` that `is` takes, and where it starts; `is` takes no Han
/// character (stops, [`is_stop`], and clause marks). A Han character (three bytes, the
/// first 0xE4 to 0xEE) is passed over whole without being decoded: most characters of a
/// clause are, and `char_indices().rev()` decoded each.
pub(super) fn last_stop(s: &str, is: impl Fn(char) -> bool) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 {
        end = before_han_pairs(b, end);
        if end == 0 {
            break;
        }
        if end >= 3 && matches!(b[end - 3], 0xE4..=0xEE) {
            end -= 3;
            continue;
        }
        let c = s[..end].chars().next_back()?;
        end -= c.len_utf8();
        if is(c) {
            return Some((end, c));
        }
    }
    None
}

/// The first character of `s` from byte `at` on that `is` takes, and where it starts; `is`
/// takes stops only ([`is_stop`]). Han characters are passed over as in [`last_stop`].
fn next_stop(s: &str, at: usize, is: impl Fn(char) -> bool) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let mut i = at;
    while let Some(&x) = b.get(i) {
        if matches!(x, 0xE4..=0xEE) {
            i += 3;
            continue;
        }
        let c = s[i..].chars().next()?;
        if is(c) {
            return Some((i, c));
        }
        i += c.len_utf8();
    }
    None
}

/// The catalogue renderings matched in the window a name's end was sought in (see
/// [`name_end`]), whole words or not, each with its pattern: [`make`] reads the kind of a
/// name inside it off them rather than search the name again.
#[derive(Default)]
struct Window {
    /// The window, when it was searched.
    range: Option<Range<usize>>,
    found: Vec<(Range<usize>, usize)>,
}

/// The end of a meeting's name that starts at `from`: its first head (`会议`, `大会`,
/// `典礼`) or a catalogue rendering ending before it, else the furthest rendering inside the
/// run of name characters.
fn name_end(
    text: &str,
    from: usize,
    limit: usize,
    heads: &Heads,
    generic: bool,
    mut window: Option<&mut Window>,
) -> Option<usize> {
    if let Some(w) = window.as_deref_mut() {
        w.range = None;
        w.found.clear();
    }
    let run_end = run_end(text, from, limit);
    if run_end == from {
        return None;
    }
    let run = &text[from..run_end];
    let first_head = if generic {
        // `扩大会议` holds `大会`, which is not its head; nor is the congress whose
        // presidium meets (`大会主席团第一次会议`)
        run.char_indices()
            .filter(|(_, c)| matches!(c, '会' | '會' | '大' | '典'))
            .find_map(|(i, _)| {
                let h = HEAD_WORDS.iter().find(|h| run[i..].starts_with(*h))?;
                let e = from + i + h.len();
                let rest = &text[e..];
                // (nor that of its preparatory meeting: `大会预备会议`)
                let not_head = rest.starts_with(['议', '議'])
                    || rest.starts_with("主席团")
                    || rest.starts_with("主席團")
                    || rest.starts_with("预备")
                    || rest.starts_with("預備");
                (!not_head).then_some(e)
            })
    } else {
        None
    };
    // a rendering must end by the first head: only that part of the run is searched
    let mut catalogue = None;
    let searched = from..first_head.unwrap_or(run_end);
    let read = heads.each_match_within(text, searched.clone(), |r, pattern| {
        if whole_word(text, r.start, r.end) && r.start - from <= 90 {
            catalogue = catalogue.max(Some(r.end));
        }
        if let Some(w) = window.as_deref_mut() {
            w.found.push((r, pattern));
        }
    });
    if let Some(w) = window {
        w.range = read.then_some(searched);
    }
    let mut end = catalogue.or(first_head)?;
    // `专题学习（扩大）会议`: a rendering, `（扩大）` and a head are one name; and
    // `召开常委会会议（扩大）`: the mark after the head is the name's
    let x = expanded_mark_len(&text[end..run_end]);
    if x > 0 {
        let rest = &text[end + x..run_end];
        end += x + HEAD_WORDS
            .iter()
            .find(|h| rest.starts_with(*h))
            .map_or(0, |h| h.len());
    }
    // `十四届执委会第三次全体（扩大）会议`: a body's numbered plenary meeting, expanded,
    // after the body the catalogue names (`执委会`), is the name's end
    end += plenary_expanded_len(&text[end..run_end]);
    // `暨`: the first name ends before it
    let j = text[from..end].find('暨').map(|i| from + i);
    match j {
        Some(j) if j > from => name_end(text, from, j, heads, generic, None).or(Some(end)),
        _ => Some(end),
    }
}

/// Where a meeting's name that starts at `from` must end, by `limit`: at the first stop
/// or 150 bytes on. A short quoted or book title followed by more of the name
/// (`“两委”干部大会`, `《条例》宣讲会`) is part of it.
fn run_end(text: &str, from: usize, limit: usize) -> usize {
    let s = &text[from..limit];
    // the first character at or after byte 150, where no stop came before
    let far = || from + crate::dates::ceil_boundary(s, 150);
    // the end of a title read over: stops are sought from there
    let mut past = 0;
    while let Some((i, c)) = next_stop(s, past, is_stop) {
        if i >= 150 {
            return far();
        }
        let close = match c {
            '“' => '”',
            '「' => '」',
            '《' => '》',
            _ => return from + i,
        };
        let open = i + c.len_utf8();
        // (a topic's title may be long and list its parts: `召开“加快构建居家社区机构相协调、
        // 医养康养相结合的养老服务体系”专题协商会`)
        let inner = &s[open..crate::dates::floor_boundary(s, open + 120)];
        let Some(j) = inner.find(close).filter(|&j| j > 0) else {
            return from + i;
        };
        let after = open + j + close.len_utf8();
        if inner[..j].contains(|c| is_stop(c) && c != '、')
            || !s[after..].starts_with(crate::document::is_han)
        {
            return from + i;
        }
        past = after;
    }
    far()
}

/// Where the clause that ends at `to` starts, no earlier than `from`: after the last stop
/// (`，`, `。`, a quotation mark ...). A title quoted inside a meeting's name
/// (`表彰大会暨“营商环境提升年”动员大会`) does not end it: the clause goes on before it.
fn clause_start(text: &str, from: usize, to: usize) -> usize {
    let s = &text[from..to];
    let mut end = s.len();
    // two titles at most, so that a clause costs no more than a few of its characters
    let mut titles = 0;
    loop {
        match last_stop(&s[..end], is_stop) {
            Some((i, '”'))
                if titles < 2 && s[i + '”'.len_utf8()..].starts_with(crate::document::is_han) =>
            {
                titles += 1;
                match s[..i].rfind('“') {
                    Some(o) if i - o <= 60 => end = o,
                    _ => return from + i + '”'.len_utf8(),
                }
            }
            Some((i, c)) => return from + i + c.len_utf8(),
            None => return from,
        }
    }
}

/// The name before `举行`: the clause up to a meeting head that only a day, time or place
/// separates from the verb. `ends` is a buffer for the ends of heads; `window` is left
/// with the clause's renderings, which [`make`] reads the name's kind off.
fn subject_name(
    text: &str,
    clause: Range<usize>,
    heads: &Heads,
    ends: &mut Vec<usize>,
    window: &mut Window,
) -> Option<Range<usize>> {
    let s = &text[clause.clone()];
    // every head's every end (no head overlaps itself), in one pass
    ends.clear();
    for (i, c) in s.char_indices() {
        if matches!(c, '会' | '會' | '大' | '典') {
            for h in HEAD_WORDS.iter().filter(|h| s[i..].starts_with(*h)) {
                ends.push(clause.start + i + h.len());
            }
        }
    }
    window.found.clear();
    let read = heads.each_match_within(text, clause.clone(), |r, pattern| {
        if whole_word(text, r.start, r.end) {
            ends.push(r.end);
        }
        window.found.push((r, pattern));
    });
    window.range = read.then_some(clause.clone());
    // `…第五次全体会议（扩大）在区行政中心召开`: the mark after the head is the name's
    for k in 0..ends.len() {
        let x = expanded_mark_len(&text[ends[k]..]);
        if x > 0 {
            ends.push(ends[k] + x);
        }
    }
    ends.sort_unstable();
    ends.dedup();
    let end = ends
        .iter()
        .rev()
        .copied()
        .find(|&e| FILLER.is_match(&text[e..clause.end]))?;
    let lead = leading_date_end(&text[clause.start..end]);
    let start = clause.start + lead;
    (start < end).then_some(start..end)
}

/// The end of a theme that opens a meeting's name (`以“山水蓼州·四季如画”为主题的` before
/// `2024蓼州文化旅游推介会`): the theme is not the name; 0 where none opens `s`.
fn theme_end(s: &str) -> usize {
    if !s.starts_with('以') {
        return 0;
    }
    ["为主题的", "為主題的", "为题的", "為題的"]
        .iter()
        .filter_map(|w| s.find(w).map(|i| i + w.len()))
        .min()
        .filter(|&e| e < s.len())
        .unwrap_or(0)
}

/// The body before the verb, without a date, time or place.
/// Does `s` end with the head noun of a body (`组`, `委`, `会`, `局`, ...)?
fn ends_with_body(s: &str) -> bool {
    s.ends_with([
        '组', '組', '委', '会', '會', '局', '部', '厅', '廳', '院', '办', '辦', '室', '处', '處',
    ])
}

/// [`ends_with_body`], or a body named by its short form (`区政协`, `市人大`, `县政府`).
fn ends_with_body_name(s: &str) -> bool {
    ends_with_body(s)
        || ["政协", "政協", "人大", "政府"]
            .iter()
            .any(|b| s.ends_with(b))
}

/// In `政治局11月30日下午就推进基层治理现代化` (the clause before a verb of holding), the
/// clause up to `就` when a body, then perhaps a day and time, stands before it.
fn body_before_topic(text: &str, clause: Range<usize>) -> Option<Range<usize>> {
    let s = &text[clause.clone()];
    let j = s.rfind('就')?;
    let before = &s[..j];
    let body = &before[..trailing_start(before)];
    ends_with_body_name(body).then(|| clause.start..clause.start + j)
}

/// The kind of a rendering made of the end of the organiser and the whole name:
/// `中共中央政治局` and `集体学习` make `政治局集体学习`, a kind of its own, where the name
/// alone gives only a study meeting.
fn joined_kind(organiser: &str, name: &str) -> Option<&'static str> {
    // the longest end of the organiser first, up to twelve characters
    organiser
        .char_indices()
        .rev()
        .take(12)
        .filter_map(|(i, _)| kind_exact_joined(&[&organiser[i..], name]))
        .last()
}

/// The ends of a clause before a verb of holding that make the meeting a topic, not held.
const TOPIC_ENDS: [&str; 7] = [
    "关于",
    "關於",
    "研究了",
    "还研究",
    "還研究",
    "会议研究",
    "會議研究",
];

/// The last characters of [`TOPIC_ENDS`].
const TOPIC_LASTS: [char; 4] = ['于', '於', '了', '究'];

/// The heads that make a clause's subject a person (`县委书记召开会议`), not a body.
const PERSON_HEADS: [&str; 20] = [
    "书记",
    "書記",
    "主任",
    "主席",
    "部长",
    "部長",
    "局长",
    "局長",
    "县长",
    "縣長",
    "市长",
    "市長",
    "区长",
    "區長",
    "省长",
    "省長",
    "总理",
    "總理",
    "委员长",
    "委員長",
];

/// The last characters of [`PERSON_HEADS`].
const PERSON_LASTS: [char; 7] = ['记', '記', '任', '席', '长', '長', '理'];

/// Adverbs that stand between a meeting's body and its verb (`专门召开`, `成功举办`).
/// (each of two characters, six bytes: compared as arrays with the last six of a clause)
const ORGANISER_ADVERBS: [[u8; 6]; 14] = [
    six("成功"),
    six("专门"),
    six("專門"),
    six("顺利"),
    six("順利"),
    six("隆重"),
    six("再次"),
    six("首次"),
    six("先后"),
    six("先後"),
    six("共同"),
    six("联合"),
    six("聯合"),
    six("近日"),
];

fn organiser_of(text: &str, clause: Range<usize>) -> Option<Range<usize>> {
    let s = &text[clause.clone()];
    let lead = leading_date_end(s);
    let body = &s[lead..];
    let trail = trailing_start(body);
    let mut r = clause.start + lead..clause.start + lead + trail;
    // `成功召开了…`, `指导组专门召开了…`: an adverb of the verb is no part of the body
    // (the last six bytes compared with each word's, not the text sliced again for each)
    while let Some(last) = text.as_bytes()[r.clone()].last_chunk::<6>() {
        if !ORGANISER_ADVERBS.contains(last) {
            break;
        }
        r.end -= 6;
    }
    // `由县委组织部主办的全县……培训班在县委党校举行开班式`: the body that hosts it
    if let Some(o) = text[r.clone()].strip_prefix('由') {
        let hosted = ["主办的", "主辦的", "举办的", "舉辦的", "组织的", "組織的"]
            .iter()
            .filter_map(|w| o.find(w))
            .min();
        if let Some(e) = hosted.filter(|&e| e > 0) {
            r = r.start + '由'.len_utf8()..r.start + '由'.len_utf8() + e;
        }
    }
    // `杏花村党支部组织全体党员开展主题党日活动`: the body that has others hold it (not
    // `县委组织部`)
    let org = &text[r.clone()];
    if let Some(i) = zuzhi_at(org) {
        let next = org[i + "组织".len()..].chars().next();
        let others = next.is_some_and(|c| {
            !matches!(
                c,
                '部' | '委' | '员' | '員' | '者' | '的' | '和' | '与' | '與' | '、'
            )
        });
        if i > 0 && others && ends_with_body_name(&org[..i]) {
            r = r.start..r.start + i;
        }
    }
    // `出席省人大五次会议的各代表团召开会议`: the body after a relative clause of attending
    let org = &text[r.clone()];
    if org.starts_with("出席") {
        if let Some(i) = org.rfind('的') {
            r.start += i + '的'.len_utf8();
        }
    }
    // `县委书记召开会议`: a person, not a body, convenes. Each word ends in one of a few
    // characters, which most bodies do not: the last character is read once before the
    // words are compared
    let org = &text[r.clone()];
    if org.ends_with(PERSON_LASTS) && PERSON_HEADS.iter().any(|p| org.ends_with(p)) {
        return None;
    }
    // `……开展专题视察，并召开座谈会`: a clause opened by a conjunction or an adverb has
    // its subject in the clause before; the words themselves are no body
    let org = &text[r.clone()];
    // (`也门政府` is Yemen's)
    if let Some(rest) = ["并且", "並且", "并", "並", "还", "還", "也", "又"]
        .iter()
        .find_map(|w| org.strip_prefix(w))
        .filter(|rest| !rest.starts_with(['门', '門']))
    {
        r.start = r.end - rest.len();
    }
    (!r.is_empty()).then_some(r)
}

/// The body that `组织`s others in the clause before `clause` (within the sentence from
/// `start`), where `clause` opens with a verb of going there (`赴`, `到`, `前往`, `来到`):
/// `党工委组织党员干部60余人，赴……开展主题党日活动`.
fn sent_by_before(text: &str, start: usize, clause: usize) -> Option<Range<usize>> {
    let going = ["赴", "到", "前往", "来到", "來到"];
    if !going.iter().any(|w| text[clause..].starts_with(w)) {
        return None;
    }
    let before = text[start..clause].strip_suffix('，')?;
    let from = start + last_stop(before, is_stop).map_or(0, |(i, c)| i + c.len_utf8());
    let prev = &text[from..start + before.len()];
    let i = zuzhi_at(prev)?;
    // (the clause may open with a time: `7月1日上午，` is a clause of its own)
    (i > 0 && ends_with_body_name(&prev[..i])).then(|| from..from + i)
}

/// Where the last `word` in `s` starts, as `s.rfind(word)` tells: its last byte is sought
/// from the end and the word compared there, where `rfind` built a substring searcher for
/// each name.
fn rfind_word(s: &str, word: &str) -> Option<usize> {
    let (b, w) = (s.as_bytes(), word.as_bytes());
    let (&last, _) = w.split_last()?;
    memchr::memrchr_iter(last, b)
        .map(|i| i + 1)
        .find(|&end| end >= w.len() && b[end - w.len()..end] == *w)
        .map(|end| end - w.len())
}

/// Where the first `组织` or `組織` in `s` starts, as the least of `s.find` of each: the
/// two share the last byte of their first character (0x84), which is sought, and the six
/// bytes around it compared as one array. An organiser is read for each name found after
/// a verb of holding, and each `find` built a substring searcher.
fn zuzhi_at(s: &str) -> Option<usize> {
    const WORDS: [[u8; 6]; 2] = [super::six("组织"), super::six("組織")];
    let b = s.as_bytes();
    memchr::memchr_iter(0x84, b).find_map(|j| {
        let at = j.checked_sub(2)?;
        let w: [u8; 6] = b.get(at..at + 6)?.try_into().ok()?;
        WORDS.contains(&w).then_some(at)
    })
}

/// `s` without its last `k` characters.
fn without_last_chars(s: &str, k: usize) -> &str {
    s.char_indices()
        .rev()
        .nth(k - 1)
        .map_or("", |(i, _)| &s[..i])
}

/// The numeral of a match of [`NUMBER`]'s first branch or of [`TERM`] (`第?N次`,
/// `第?N届`): without its `第` and its last character.
fn ordinal_numeral(m: &str) -> &str {
    without_last_chars(m.strip_prefix('第').unwrap_or(m), 1)
}

fn make(
    text: &str,
    span: Range<usize>,
    organiser: Option<Range<usize>>,
    chair_span: Option<Range<usize>>,
    window: Option<&Window>,
) -> Held {
    let span = span.start + theme_end(&text[span.clone()])..span.end;
    let name = &text[span.clone()];
    // what the name holds (`次`, `年`, `届`, `扩大`, `中全`), in one pass over its characters
    let (mut times, mut year, mut term_mark, mut expanded, mut plenum) =
        (false, false, false, false, false);
    let mut prev = ' ';
    // a quoted title inside the name (`“恢复和扩大消费”调研协商座谈会`) says nothing of it
    let mut quoted = false;
    for c in name.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '次' => times = true,
            '年' => year = true,
            '届' | '屆' => term_mark = true,
            '大' if matches!(prev, '扩' | '擴') && !quoted => expanded = true,
            '全' if prev == '中' => plenum = true,
            _ => {}
        }
        prev = c;
    }
    // each pattern runs only where its fixed characters stand: `次`, `中全`, `届`, `年`;
    // a match is found without its groups, and its numeral is what stands between the
    // fixed characters (a search for groups costs several times a search for matches)
    // `第五十四次`: the number, and the name without it, from one pass of the pattern
    let mut number = None;
    let mut bare = Cow::Borrowed(name);
    // `学习贯彻党的二十届四中全会精神专题读书班`: the numbers of a meeting whose spirit
    // is studied are that meeting's, not this one's
    // (sought only where a number, a plenum or a term is to be read)
    let own = if times || plenum || term_mark {
        rfind_word(name, "精神").map_or(0, |i| i + "精神".len())
    } else {
        0
    };
    if times {
        // never longer than the name: made that large at once
        let mut kept = String::with_capacity(name.len());
        let mut last = 0;
        for m in numbers(name) {
            let found = &name[m.clone()];
            // `第?N次` holds the number; `2023年` holds none
            if number.is_none() && found.ends_with('次') && m.start >= own {
                number = parse_zh(ordinal_numeral(found));
            }
            kept.push_str(&name[last..m.start]);
            last = m.end;
        }
        if last > 0 {
            kept.push_str(&name[last..]);
            bare = Cow::Owned(kept);
        }
    } else if year {
        bare = without_numbers(name);
    }
    // `六中全会`: the numeral before its three fixed characters
    let number = number.or_else(|| {
        plenum
            .then(|| PLENUM_NUMBER.find_iter(&name[own..]))
            .into_iter()
            .flatten()
            .find_map(|m| parse_zh(without_last_chars(m.as_str(), 3)))
    });
    let org = organiser.as_ref().map(|r| &text[r.clone()]);
    let has_term = |s: &str| s.contains(['届', '屆']);
    let term = Some(&name[own..])
        .filter(|_| term_mark)
        .and_then(|n| TERM.find(n))
        .or_else(|| org.filter(|o| has_term(o)).and_then(|o| TERM.find(o)))
        .and_then(|m| parse_zh(ordinal_numeral(m.as_str())));
    // the name without `(扩大)`, its number and year
    let bare = if expanded {
        Cow::Owned(
            EXPANDED_MARKS
                .iter()
                .fold(bare.into_owned(), |b, m| b.replace(m, "")),
        )
    } else {
        bare
    };
    // a name that is itself (nothing taken out, nothing to normalise) and lies in the
    // window its end was sought in holds the renderings found there that lie inside it
    let seen = window.filter(|w| {
        w.range
            .as_ref()
            .is_some_and(|r| r.start <= span.start && span.end <= r.end)
    });
    let inside = match seen {
        Some(w) if matches!(bare, Cow::Borrowed(_)) && normal(name) => longest_in(
            name,
            w.found
                .iter()
                .filter(|(r, _)| r.start >= span.start && r.end <= span.end)
                .map(|(r, p)| (r.start - span.start..r.end - span.start, *p)),
        ),
        _ => kind_inside(&bare),
    };
    // `庆祝……大会`, `纪念……座谈会`: the frame of the name is the rendering; a frame counts
    // only when longer than the rendering inside (of four or five characters)
    let inside_len = inside.map_or(0, |(l, _)| l);
    // (a frame is of five characters at most: the name is not counted where the rendering
    // inside is as long)
    // (the frame is read only where it may count: most names hold a rendering as long)
    let frame = (inside_len < 5)
        .then(|| {
            // (after the scope it is held for: `全市庆祝国际劳动节大会`; `全国` opens bodies'
            // names, `全国政协`)
            let framed: &str = [
                "全市", "全县", "全縣", "全区", "全區", "全省", "全镇", "全鎮",
            ]
            .iter()
            .find_map(|p| bare.strip_prefix(p))
            .unwrap_or(&bare);
            // (and after the place that holds it: `青河县纪念王铁生烈士诞辰110周年大会`)
            let framed = framed
                .char_indices()
                .take(8)
                .filter(|&(_, c)| {
                    matches!(
                        c,
                        '省' | '市' | '县' | '縣' | '区' | '區' | '镇' | '鎮' | '乡' | '鄉'
                    )
                })
                .map(|(i, c)| &framed[i + c.len_utf8()..])
                // (the first character first: most places are followed by none)
                .find(|rest| {
                    rest.starts_with(['纪', '紀', '庆', '慶'])
                        && ["纪念", "紀念", "庆祝", "慶祝"]
                            .iter()
                            .any(|w| rest.starts_with(w))
                })
                .unwrap_or(framed);
            let count = framed.chars().count();
            let head_end = framed
                .char_indices()
                .nth(2)
                .map_or(framed.len(), |(i, _)| i);
            (2..=3)
                .filter(|&tail| count > 2 + tail && 2 + tail > inside_len)
                .filter_map(|tail| {
                    let tail_start = framed
                        .char_indices()
                        .rev()
                        .nth(tail - 1)
                        .map_or(0, |(i, _)| i);
                    kind_exact_joined(&[&framed[..head_end], &framed[tail_start..]])
                        .map(|id| (2 + tail, id))
                })
                .max_by_key(|(l, _)| *l)
        })
        .flatten();
    let generic = inside.is_none() && frame.is_none();
    let kind = match (inside, frame) {
        (Some((li, _)), Some((lf, id))) if lf > li => Some(id),
        (Some((_, id)), _) => Some(id),
        (None, Some((_, id))) => Some(id),
        // `inside` found no rendering in `bare`
        (None, None) => kind_by_organiser(org, "会议"),
    };
    // a collective study is of the kind its organiser makes: `政治局` + `集体学习`
    let kind = match (kind, org) {
        (Some("study-meeting"), Some(o)) => joined_kind(o, &bare).or(kind),
        _ => kind,
    };
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

#[cfg(test)]
mod tests {
    use crate::extraction::Meeting;

    #[test]
    fn each_word_ends_in_a_last_listed() {
        for w in super::PERSON_HEADS {
            assert!(w.ends_with(super::PERSON_LASTS), "{w}");
        }
        for w in super::TOPIC_ENDS {
            assert!(w.ends_with(super::TOPIC_LASTS), "{w}");
        }
    }

    #[test]
    fn numbers_as_the_pattern() {
        let parts = [
            "第",
            "次",
            "年",
            "2",
            "０",
            "9",
            "十",
            "五",
            "两",
            "百",
            "零",
            "〇",
            "会",
            "a",
            "届",
            "第五十四次",
            "2023年",
            "12345年",
            "２０２３年",
            "第次",
            "¡",
            "´",
            "😡",
            "é",
        ];
        // every string of up to four parts
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| parts.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
        }
        texts.dedup();
        for t in &texts {
            let hand: Vec<_> = super::numbers(t).collect();
            let pattern: Vec<_> = super::NUMBER.find_iter(t).map(|m| m.range()).collect();
            assert_eq!(hand, pattern, "{t}");
            let replaced = super::NUMBER.replace_all(t, "");
            let hand = super::without_numbers(t);
            let borrowed = |c: &std::borrow::Cow<str>| matches!(c, std::borrow::Cow::Borrowed(_));
            assert_eq!(borrowed(&hand), borrowed(&replaced), "{t}");
            assert_eq!(hand, replaced, "{t}");
        }
    }

    fn meetings(text: &str) -> Vec<Meeting> {
        crate::Extractor::new().extract(text).meetings
    }

    fn one(text: &str) -> Meeting {
        let m = meetings(text);
        assert_eq!(m.len(), 1, "{text}: {m:?}");
        m.into_iter().next().unwrap()
    }

    #[test]
    fn stops_and_words_are_found_as_by_chars() {
        let texts = [
            "",
            "会议",
            "9月11日下午，市十六届人大常委会第三十六次主任会议召开",
            "表彰大会暨“营商环境提升年”动员大会 在京\u{3000}举行；精神",
            "学习精神和精神文明𠀀，a;b\u{a0}c、d《条例》宣讲会",
            "县委组织部組織全体党员组织开展活动，组組织織",
        ];
        for t in texts {
            for at in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let s = &t[..at];
                let by_chars = s.char_indices().rev().find(|&(_, c)| super::is_stop(c));
                assert_eq!(super::last_stop(s, super::is_stop), by_chars, "{s}");
                let next = t[at..]
                    .char_indices()
                    .find(|&(_, c)| super::ends_side(c))
                    .map(|(i, c)| (at + i, c));
                assert_eq!(super::next_stop(t, at, super::ends_side), next, "{t} {at}");
                assert_eq!(super::rfind_word(s, "精神"), s.rfind("精神"), "{s}");
                let zuzhi = ["组织", "組織"].iter().filter_map(|w| s.find(w)).min();
                assert_eq!(super::zuzhi_at(s), zuzhi, "{s}");
            }
        }
    }

    #[test]
    fn object_of_convene() {
        let m = one("10月26日，区政协召开党组(扩大)会议，专题传达学习党的二十大精神。");
        assert_eq!(m.text, "党组(扩大)会议");
        assert_eq!(m.kind.as_deref(), Some("party-group-meeting"));
        assert!(m.expanded);
        assert_eq!(m.organiser.as_deref(), Some("区政协"));
        let m = one("中共全国政协党组举行理论学习中心组集体学习，学习贯彻党的二十大精神。");
        assert_eq!(m.kind.as_deref(), Some("central-group-study"));
    }

    #[test]
    fn number_and_term() {
        let m = one("第十四届第65次主席会议在北京举行。");
        assert_eq!((m.number, m.term), (Some(65), Some(14)));
        assert_eq!(m.kind.as_deref(), Some("chairpersons-council-meeting"));
        let m = one("12月8日，区十五届政协举行第五次常委会议。");
        assert_eq!((m.number, m.term), (Some(5), Some(15)));
        assert_eq!(m.kind.as_deref(), Some("standing-committee-meeting"));
    }

    #[test]
    fn joined_meetings_are_two() {
        let m =
            meetings("11月2日，委员会召开分党组第五十四次会议暨第三十三次主任会议，研究部署工作。");
        let k: Vec<_> = m.iter().map(|m| (m.kind.as_deref(), m.number)).collect();
        assert_eq!(
            k,
            [
                (Some("party-group-meeting"), Some(54)),
                (Some("directors-council-meeting"), Some(33))
            ]
        );
    }

    #[test]
    fn subject_of_held() {
        let m = meetings("庆祝建校70周年大会暨新校区启用典礼1日上午在学校礼堂隆重举行。");
        let k: Vec<_> = m.iter().map(|m| m.kind.as_deref()).collect();
        assert_eq!(k, [Some("celebration-meeting"), Some("ceremony")]);
    }

    #[test]
    fn announced_is_either_list_in_its_part() {
        let holds = |s: &str, words: &[&str]| words.iter().any(|w| s.contains(w));
        for (before, clause) in [
            ("", ""),
            ("区委将于下周", "区委将于下周"),
            ("区委将于下周，区政协", "区政协"),
            ("会议决定，区政协", "区政协"),
            ("即日起，市委即将", "市委即将"),
            ("要求各地定于", "各地定于"),
            ("主要领导，准时", "准时"),
        ] {
            let from = before.len() - clause.len();
            assert_eq!(
                super::announced(before, from),
                holds(clause, &super::ANNOUNCING) || holds(before, &super::DECIDING),
                "{before}"
            );
        }
    }

    /// [`super::announced`] as it was first written: a word sought at every character.
    fn announced_by_chars(before: &str, clause: usize) -> bool {
        let holds = |i: usize, words: &[&str]| words.iter().any(|w| before[i..].starts_with(w));
        before
            .char_indices()
            .any(|(i, _)| i >= clause && holds(i, &super::ANNOUNCING) || holds(i, &super::DECIDING))
    }

    /// `holds_directive` as it read the characters.
    fn holds_directive_by_chars(s: &str) -> bool {
        let mut prev = ' ';
        for (i, c) in s.char_indices() {
            let found = match c {
                '要' => !matches!(prev, '主' | '重' | '纲' | '綱'),
                '必' => s[i..].starts_with("必须") || s[i..].starts_with("必須"),
                '应' => s[i..].starts_with("应当"),
                '應' => s[i..].starts_with("應當"),
                _ => false,
            };
            if found {
                return true;
            }
            prev = c;
        }
        false
    }

    #[test]
    fn holds_directive_is_what_reading_the_characters_answers() {
        let parts = [
            "要", "主", "重", "纲", "綱", "必须", "必須", "必", "应当", "應當", "应", "應", "当",
            "a", "é", "𠀀", "，", "需", "重要", "主要",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let s = format!("{a}{b}{c}");
                    assert_eq!(
                        super::holds_directive(&s),
                        holds_directive_by_chars(&s),
                        "{s}"
                    );
                }
            }
        }
    }

    #[test]
    fn announced_is_announced_by_chars() {
        // every string of up to five of these characters, and every clause start (0, or
        // after a stop)
        let alphabet = [
            "将", "將", "即", "定", "于", "决", "要", "求", "筹", "备", "，", "x",
        ];
        let mut strings = vec![String::new()];
        let mut last = strings.clone();
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|s| alphabet.iter().map(move |a| format!("{s}{a}")))
                .collect();
            strings.extend(last.iter().cloned());
        }
        for s in &strings {
            let clauses = std::iter::once(0).chain(s.match_indices('，').map(|(i, c)| i + c.len()));
            for clause in clauses {
                assert_eq!(
                    super::announced(s, clause),
                    announced_by_chars(s, clause),
                    "{s} {clause}"
                );
            }
        }
    }

    #[test]
    fn kind_read_off_the_window_is_the_kind_searched_in_the_name() {
        let heads = super::Heads {
            lowered: None,
            last: None,
        };
        for text in [
            "召开党组(扩大)会议，研究工作",
            "举行理论学习中心组集体学习，学习精神",
            "召开国务院常务会议，部署工作",
            "召开分党组第五十四次会议暨第三十三次主任会议，研究",
            "召开2023年度民主生活会",
            "召开“恢复和扩大消费”调研协商座谈会",
            "召开CPPCC Standing Committee会议",
            "召开庆祝建校70周年大会",
        ] {
            let from = "召开".len();
            let mut window = super::Window::default();
            let Some(end) =
                super::name_end(text, from, text.len(), &heads, true, Some(&mut window))
            else {
                continue;
            };
            let read = super::make(text, from..end, None, None, Some(&window));
            let searched = super::make(text, from..end, None, None, None);
            assert_eq!(
                (read.kind, read.generic),
                (searched.kind, searched.generic),
                "{text}"
            );
        }
    }

    #[test]
    fn met_is_one_meeting_of_talks() {
        for text in [
            "5月10日，省委书记贺振邦在南州会见了由奥尔塔州州长率领的代表团。",
            "省长分别会见德国总统和法国总理。",
            "随后，省长在市长的陪同下，会见了代表团。",
            "省长会见中国外商投资企业协会代表。",
            "省长执意会见“过境”的代表团。",
            "省长会见代表团时表示，愿深化合作。",
        ] {
            let m = one(text);
            assert_eq!(
                (m.text.as_str(), m.kind.as_deref(), m.organiser),
                ("会见", Some("talks"), None),
                "{text}"
            );
        }
        for text in [
            "副省长参加了会见。",
            "副省长参加有关会见。",
            "会见中，双方交换了意见。",
            "会见结束后，双方签署了备忘录。",
            "会见普京时，省长转达了问候。",
            "省长在会见代表团时表示，愿深化合作。",
            "省长将会见该国总统。",
            "省长多次会见劳动模范。",
            "省长会见中外记者并回答提问。",
            "推动全社会见贤思齐。",
            "感谢省长拨冗会见。",
        ] {
            assert!(meetings(text).iter().all(|m| m.text != "会见"), "{text}");
        }
    }

    /// `出席会议。` is read no further: the bare head a stop closes is the name `name_end`
    /// finds, no rendering lies in it, and `make` finds it generic.
    #[test]
    fn a_bare_head_closed_by_a_stop_is_generic() {
        let heads = super::Heads {
            lowered: None,
            last: None,
        };
        for head in ["会议", "會議"] {
            let mut renderings = 0;
            super::super::CATALOGUE.each_raw(head, |_, _| renderings += 1);
            assert_eq!(renderings, 0, "{head}");
            for after in ["", "。", "，并讲话。", "；", "、", ":", " 会后"] {
                let text = format!("市长出席{head}{after}");
                let from = "市长出席".len();
                assert!(super::bare_head_closes(&text[from..]), "{text}");
                let end = super::name_end(&text, from, text.len(), &heads, true, None);
                assert_eq!(end, Some(from + head.len()), "{text}");
                let m = super::make(&text, from..from + head.len(), None, None, None);
                assert!(m.generic, "{text}");
            }
        }
        for after in [
            "会议室",
            "会议“两委”",
            "会议《条例》",
            "会议（扩大）",
            "大会。",
        ] {
            assert!(!super::bare_head_closes(after), "{after}");
        }
    }

    #[test]
    fn refusals() {
        assert!(meetings("会议决定，常委会第二次会议4月24日至26日在北京举行。").is_empty());
        assert!(meetings("党的二十大是在关键时刻召开的一次十分重要的大会。").is_empty());
        assert!(meetings("区委常委会将于下周召开专题会议。").is_empty());
        assert!(meetings("会议传达学习了省委常委会扩大会议精神。").is_empty());
    }
}
