//! Names and titles in Chinese paragraphs.
//!
//! A Han name is a surname (single or compound, simplified or traditional) and one or two
//! characters; it is taken only where something bounds it on both sides:
//!
//! - after a title (`区委书记聂加伟主持`, `副主席张雷、郑蔚芸、王维`): the title is
//!   `[organisation] head`, the organisation running back to the last punctuation or
//!   function word; heads joined by `、` share the first one's organisation when they have
//!   none of their own (`区政协党组书记、主席` gives `区政协主席`; `省委副书记、省长` does not);
//! - before a head (`习近平总书记`, `赵乐际委员长`) or `同志`;
//! - in a list closed by a verb of the meeting (`丁薛祥、王毅出席`), by `等` and a group
//!   label (`A、B等党和国家领导人`), or opened by one (`党外人士还有A、B`);
//! - after `当选` titles go to the name before it (`习近平当选国家主席、中央军委主席`).
//!
//! After the name comes punctuation, a verb of the meeting (`主持`, `出席`, `讲话`, `应邀`),
//! a conjunction (`和`, `及`, `等`) or a head. A name of four or more characters
//! (`洛桑江村`, `雪克来提·扎克尔`) is taken inside a list bounded by punctuation.
//! Refused: reporters and editors (`记者 王浩`: no anchor), a head that names a meeting or
//! a body (`委员长会议`, `主席台`, `常委会`), and `习近平新时代中国特色社会主义思想`.

use std::ops::Range;

use once_cell::sync::Lazy;

use super::{CharSet, Found, Map, Set, Written, HEAD, LEX, SAYING, SENTENCE_END};
use crate::document::mark::STOP_ZH;
use crate::prefilter::Hit;

/// Every head, label and honorific.
static HEAD_WORDS: Lazy<Set<&'static str>> = Lazy::new(|| {
    let all = LEX.zh_heads.iter().copied().chain(LABELS.iter().copied());
    all.chain(["同志", "夫人"]).collect()
});

/// `HEAD_WORDS` by their first characters: a character that opens none is passed over
/// with one bit test, and the words that may start at one are found by its first two
/// characters and compared on bytes, longest first.
struct HeadTable {
    first: CharSet,
    single: CharSet,
    has_single: bool,
    /// A filter of `by_pair`'s keys: most pairs whose first opens a head are no key.
    pairs: PairFilter,
    /// The words of two or more characters by their first two, with their lengths in
    /// characters and their `head_kind`, longest first.
    by_pair: Map<(char, char), Vec<HeadWord>>,
    /// `by_pair` by the slot of `PairFilter` its pairs fall in: for each slot, one more
    /// than the index in `buckets` of its words, or 0. A pair is found with one load
    /// instead of a hash lookup.
    slots: Box<[u16; 0x10000]>,
    /// The words of the pairs of one slot, each with its pair; a pair's words together,
    /// longest first.
    buckets: Vec<Vec<(char, char, HeadWord)>>,
}

/// A head word: its characters after the first two, its length in characters and its
/// `head_kind`.
type HeadWord = (Box<[char]>, usize, u8);

/// What a head is, as bits of `head_kind`: tested for each head found, so found once
/// with the word.
const HONORIFIC: u8 = 1;
const TONGZHI: u8 = 2;
const AFTER_NAME_HEAD: u8 = 4;
const LABEL: u8 = 8;
const HAS_FUREN: u8 = 16;
const GENERIC: u8 = 32;
const ACADEMIC: u8 = 64;

/// The kind of the head word `w`: `同志` or `夫人` (an honorific), `同志`, one of
/// `AFTER_NAME`, of `LABELS`, a word holding `夫人`, a generic member (`委员`), an
/// academic rank (`ACADEMIC_RANKS`).
fn head_kind(w: &str) -> u8 {
    let mut k = 0;
    if matches!(w, "同志" | "夫人") {
        k |= HONORIFIC;
    }
    if w == "同志" {
        k |= TONGZHI;
    }
    if AFTER_NAME.contains(&w) {
        k |= AFTER_NAME_HEAD;
    }
    if LABELS.contains(&w) {
        k |= LABEL;
    }
    if w.contains("夫人") {
        k |= HAS_FUREN;
    }
    if matches!(
        w,
        "委员" | "委員" | "成员" | "成員" | "代表" | "常委" | "负责人" | "負責人"
    ) {
        k |= GENERIC;
    }
    if super::ACADEMIC_RANKS.contains(&w) {
        k |= ACADEMIC;
    }
    k
}

static HEADS: Lazy<HeadTable> = Lazy::new(|| {
    let mut t = HeadTable {
        first: CharSet::default(),
        single: CharSet::default(),
        has_single: false,
        pairs: PairFilter::default(),
        by_pair: Map::default(),
        slots: Box::new([0; 0x10000]),
        buckets: Vec::new(),
    };
    for &w in HEAD_WORDS.iter() {
        let mut cs = w.chars();
        let Some(f) = cs.next() else { continue };
        t.first.insert(f);
        match cs.next() {
            Some(g) => {
                t.pairs.insert(f, g);
                let rest: Box<[char]> = cs.collect();
                let n = rest.len() + 2;
                t.by_pair
                    .entry((f, g))
                    .or_default()
                    .push((rest, n, head_kind(w)));
            }
            None => {
                t.single.insert(f);
                t.has_single = true;
            }
        }
    }
    for ws in t.by_pair.values_mut() {
        ws.sort_by_key(|&(_, n, _)| std::cmp::Reverse(n));
    }
    for (&(f, g), ws) in &t.by_pair {
        let slot = PairFilter::slot(f, g);
        if t.slots[slot] == 0 {
            t.buckets.push(Vec::new());
            t.slots[slot] = u16::try_from(t.buckets.len()).expect("fewer head pairs than slots");
        }
        let bucket = &mut t.buckets[usize::from(t.slots[slot]) - 1];
        bucket.extend(ws.iter().map(|w| (f, g, w.clone())));
    }
    t
});

/// A filter of 65,536 bits over pairs of characters: false only for a pair never inserted.
struct PairFilter(Box<[u64; 1024]>);

impl Default for PairFilter {
    fn default() -> PairFilter {
        PairFilter(Box::new([0; 1024]))
    }
}

impl PairFilter {
    #[inline]
    fn slot(f: char, g: char) -> usize {
        let h = (u32::from(f).wrapping_mul(0x9E37_79B9) ^ u32::from(g)).wrapping_mul(0x85EB_CA6B);
        (h >> 16) as usize
    }
    fn insert(&mut self, f: char, g: char) {
        let k = Self::slot(f, g);
        self.0[k / 64] |= 1 << (k % 64);
    }
    #[inline]
    fn may_hold(&self, f: char, g: char) -> bool {
        let k = Self::slot(f, g);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// The length in characters and the `head_kind` of the longest head at `i`, if one
/// starts there. The character at `i` opens a head (`Chars::head_marks`).
#[inline]
fn head_at(c: &Chars, i: usize) -> Option<(usize, u8)> {
    let t = &*HEADS;
    let f = c.cs[i];
    if i + 1 < c.len() {
        let g = c.cs[i + 1];
        let b = usize::from(t.slots[PairFilter::slot(f, g) & 0xFFFF]);
        if let Some(ws) = b.checked_sub(1).and_then(|b| t.buckets.get(b)) {
            // the first two characters pick the words: the rest of a word is compared
            let found = ws.iter().find(|(x, y, (rest, _, _))| {
                let k = i + 2;
                *x == f
                    && *y == g
                    && k + rest.len() <= c.len()
                    && rest.iter().zip(&c.cs[k..]).all(|(x, y)| x == y)
            });
            if let Some(&(_, _, (_, n, k))) = found {
                return Some((n, k));
            }
        }
    }
    (t.has_single && t.single.contains(f)).then(|| (1, head_kind(c.s(i, i + 1))))
}

/// The words of two or more characters that may follow a name (`AFTER`, `VERBS`).
static WORDS: Lazy<Set<&'static str>> = Lazy::new(|| {
    AFTER
        .iter()
        .chain(VERBS)
        .copied()
        .filter(|w| w.chars().count() > 1)
        .collect()
});

/// The first characters of every verb of the meeting (all have two or more).
static VERB_FIRST: Lazy<CharSet> =
    Lazy::new(|| VERBS.iter().filter_map(|v| v.chars().next()).collect());

/// The verbs of two characters, as pairs; the longer ones (`先后发言`) by their first two;
/// a filter of both, tested first.
static VERB_PAIRS: Lazy<(Pairs, Pairs, PairFilter)> = Lazy::new(|| {
    let mut two = Set::default();
    let mut longer = Set::default();
    let mut filter = PairFilter::default();
    for v in VERBS {
        let cs: Vec<char> = v.chars().collect();
        if let [f, g, ref rest @ ..] = cs[..] {
            filter.insert(f, g);
            if rest.is_empty() {
                two.insert((f, g));
            } else {
                longer.insert((f, g));
            }
        }
    }
    (two, longer, filter)
});

/// Pairs of characters.
type Pairs = Set<(char, char)>;

/// `VERB_FIRST` and `等`: the characters that may close a list.
static VERB_OR_DENG: Lazy<CharSet> = Lazy::new(|| {
    let mut set = VERB_FIRST.clone();
    set.insert('等');
    set
});

/// The first character of every group label.
static LABEL_FIRST: Lazy<CharSet> =
    Lazy::new(|| LABELS.iter().filter_map(|v| v.chars().next()).collect());

/// The group labels of members (`…成员`), in the order of `LABELS`: `org_label_at` looks
/// for them at each character that opens a label after a `等`, where picking them out of
/// every label cost a comparison of each label's end.
static MEMBER_LABELS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    LABELS
        .iter()
        .copied()
        .filter(|l| l.ends_with("成员") || l.ends_with("成員"))
        .collect()
});

/// `TRANSITIVE` and `NOT_NAMES` as sets: they are looked up at every candidate name.
static TRANSITIVE_SET: Lazy<Set<&'static str>> = Lazy::new(|| TRANSITIVE.iter().copied().collect());
static NOT_NAMES_SET: Lazy<Set<&'static str>> = Lazy::new(|| NOT_NAMES.iter().copied().collect());

/// The first characters of the words of `NOT_NAMES`, `WORDS` and `TRANSITIVE`: a word
/// is looked up only where its first character stands.
struct Firsts {
    not_names: CharSet,
    words: CharSet,
    transitive: CharSet,
    /// `STOP_BEFORE` and `ORG_CHARS` as sets, tested at each character of a title or name.
    stop_before: CharSet,
    org_chars: CharSet,
    /// The first two characters of the words of `NOT_NAMES`, `WORDS` and `TRANSITIVE`
    /// (`may_open`): most pairs whose first opens a word open none.
    not_names_pairs: PairFilter,
    words_pairs: PairFilter,
    transitive_pairs: PairFilter,
    /// `FUNCTION_CHARS` as a set, and `SPLIT_WORDS` (all of two characters) as pairs.
    function_chars: CharSet,
    split_pairs: Pairs,
}

static FIRSTS: Lazy<Firsts> = Lazy::new(|| {
    let first = |w: &&str| w.chars().next();
    let pairs = |ws: &mut dyn Iterator<Item = &str>| {
        let mut f = PairFilter::default();
        for w in ws {
            let mut cs = w.chars();
            if let (Some(a), Some(b)) = (cs.next(), cs.next()) {
                f.insert(a, b);
            }
        }
        f
    };
    Firsts {
        not_names: NOT_NAMES.iter().filter_map(first).collect(),
        words: WORDS.iter().filter_map(first).collect(),
        transitive: TRANSITIVE.iter().filter_map(first).collect(),
        stop_before: STOP_BEFORE.iter().copied().collect(),
        org_chars: ORG_CHARS.iter().copied().collect(),
        not_names_pairs: pairs(&mut NOT_NAMES.iter().copied()),
        words_pairs: pairs(&mut WORDS.iter().copied()),
        transitive_pairs: pairs(&mut TRANSITIVE.iter().copied()),
        function_chars: FUNCTION_CHARS.iter().copied().collect(),
        split_pairs: SPLIT_WORDS
            .iter()
            .filter_map(|w| {
                let mut cs = w.chars();
                match (cs.next(), cs.next(), cs.next()) {
                    (Some(a), Some(b), None) => Some((a, b)),
                    _ => None,
                }
            })
            .collect(),
    }
});

/// May a word of two or more characters whose first two passed `f` be `a..e`? A word of
/// one character is not in the filter: it is not ruled out.
#[inline]
fn may_open(f: &PairFilter, c: &Chars, a: usize, e: usize) -> bool {
    e < a + 2 || f.may_hold(c.cs[a], c.cs[a + 1])
}

/// The words of `BOUNDARY_WORDS` by their length: those of one character, of two and of
/// three (`的带领`) with the first characters of these, and whether any is longer. A word of
/// three looked up in the text cost three lookups of a string at every place tested.
struct BoundaryByLen {
    one: CharSet,
    two: Pairs,
    three_first: CharSet,
    three: Set<(char, char, char)>,
    longer: bool,
}

static BOUNDARY_BY_LEN: Lazy<BoundaryByLen> = Lazy::new(|| {
    let mut t = BoundaryByLen {
        one: CharSet::default(),
        two: Pairs::default(),
        three_first: CharSet::default(),
        three: Set::default(),
        longer: false,
    };
    for w in BOUNDARY_WORDS.0.iter() {
        let mut cs = w.chars();
        match (cs.next(), cs.next(), cs.next(), cs.next()) {
            (Some(f), None, _, _) => t.one.insert(f),
            (Some(f), Some(g), None, _) => {
                t.two.insert((f, g));
            }
            (Some(f), Some(g), Some(h), None) => {
                t.three_first.insert(f);
                t.three.insert((f, g, h));
            }
            _ => t.longer = true,
        }
    }
    t
});

/// The words that end a name (`AFTER`, `SPLIT_WORDS`, `TRANSITIVE`), and the longest of
/// them in characters.
static BOUNDARY_WORDS: Lazy<(Set<&'static str>, usize)> = Lazy::new(|| {
    let set: Set<&'static str> = AFTER
        .iter()
        .chain(SPLIT_WORDS)
        .chain(TRANSITIVE)
        .copied()
        .collect();
    let max = set.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    (set, max)
});

/// The first characters of `BOUNDARY_WORDS`.
static BOUNDARY_FIRST: Lazy<CharSet> = Lazy::new(|| {
    BOUNDARY_WORDS
        .0
        .iter()
        .filter_map(|w| w.chars().next())
        .collect()
});

/// The first characters of `SPLIT_WORDS`.
static SPLIT_FIRST: Lazy<CharSet> = Lazy::new(|| {
    SPLIT_WORDS
        .iter()
        .filter_map(|w| w.chars().next())
        .collect()
});

/// Does `rest` start with a word of `set`, none longer than `max` characters?
fn starts_with_any(rest: &str, set: &Set<&str>, max: usize) -> bool {
    rest.char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain(std::iter::once(rest.len()))
        .take(max)
        .any(|e| set.contains(&rest[..e]))
}

/// Words that may follow a name.
const AFTER: &[&str] = &[
    "同志",
    "主持",
    "出席",
    "列席",
    "参加",
    "參加",
    "讲话",
    "講話",
    "发言",
    "發言",
    "作",
    "在",
    "代表",
    "强调",
    "強調",
    "指出",
    "表示",
    "说",
    "說",
    "传达",
    "傳達",
    "应邀",
    "應邀",
    "受",
    "首先",
    "对",
    "對",
    "向",
    "为",
    "為",
    "监誓",
    "監誓",
    "宣誓",
    "致辞",
    "致辭",
    "发表",
    "發表",
    "先后",
    "先後",
    "陪同",
    "带领",
    "帶領",
    "率",
    "就",
    "分别",
    "分別",
    "也",
    "还",
    "還",
    "主讲",
    "主講",
    "宣读",
    "宣讀",
    "通报",
    "通報",
    "汇报",
    "匯報",
    "彙報",
    "介绍",
    "介紹",
    "提出",
    "要求",
    "希望",
    "总结",
    "總結",
    "会见",
    "會見",
    "深入",
    "赴",
    // `组织委员孙立来到石桥村`, `县长王强前往……`, `A走进企业车间`
    "来到",
    "來到",
    "前往",
    "走进",
    "走進",
    "于",
    "於",
    "是",
    "和",
    "及",
    "与",
    "與",
    "并",
    "並",
    "以",
    "等",
    "一行",
    "夫人",
    "夫妇",
    "夫婦",
    "就座",
    "负责",
    "負責",
    "再次",
    "当选",
    "當選",
    "现场",
    "現場",
    "主任",
    "召开",
    "召開",
    "听取",
    "聽取",
    "点评",
    "點評",
    "讲",
    "講",
    "作了",
    "进行",
    "進行",
    "带头",
    "帶頭",
    "领学",
    "領學",
    "领读",
    "領讀",
    "解读",
    "解讀",
    "结合",
    "結合",
    "到会",
    "到會",
    "逐一",
    "将",
    "將",
    "致",
    "互致",
    "宣布",
    "所作",
    "所做",
    "带队",
    "帶隊",
    "走访",
    "走訪",
    "调研",
    "調研",
    "看望",
    "慰问",
    "慰問",
    "围绕",
    "圍繞",
    "反馈",
    "反饋",
    "表态",
    "表態",
    "部署",
    "动员",
    "動員",
    "依次",
    // `副县长王志刚、马骏依法进行了宪法宣誓`
    "依法",
    "述职",
    "述職",
    "自",
    "发布",
    "發布",
    "發佈",
    "称",
    "稱",
    "建议",
    "建議",
    "提议",
    "提議",
    "签订",
    "簽訂",
    "签署",
    "簽署",
    "签约",
    "簽約",
    "领誓",
    "領誓", // `国家主席习近平应俄罗斯总统普京邀请`
    "应",
    "應", // `俄罗斯总统普京不在克里姆林宫内`
    "不",
    // `俄罗斯总统普京今天（8月16日）`: a time word is not a given name's end
    "今天",
    "昨天",
    "明天",
    "今日",
    "昨日",
    "当天",
    "當天",
    "日前",
    "近日",
    // `今晚播出柬埔寨首相洪森专访`; at a consultation or a hearing, `A就……作说明`; `为A和
    // 研究员B颁奖`
    "专访",
    "專訪",
    "说明",
    "說明",
    "提问",
    "提問",
    "颁奖",
    "頒獎",
    "颁发",
    "頒發",
    // `在分会场，市长A组织当地干部收听收看`
    "组织",
    "組織",
    // at an inquiry: `委员A问道，`, `委员B关注……问题`, `委员C首先发问`
    "问道",
    "問道",
    "关注",
    "關注",
    "发问",
    "發問", // `常务副县长A因公请假`
    "因公",
    "因故",
    "因病", // `在村党支部书记罗文的带领下`
    "的带领",
    "的帶領",
];

/// The words on which a list of names may close, `VERBS` (a `等` closes one only before a
/// label, a head, `负责人` or `代表`, each a trigger of its own).
pub(super) fn list_words() -> impl Iterator<Item = &'static str> {
    VERBS.iter().copied()
}

/// Verbs whose subject is a person acting in the meeting: a list of names before one is
/// a list of officials.
const VERBS: &[&str] = &[
    "主持",
    "出席",
    "列席",
    "参加",
    "參加",
    "讲话",
    "講話",
    "发言",
    "發言",
    "致辞",
    "致辭",
    "监誓",
    "監誓",
    "宣誓",
    "传达",
    "傳達",
    "通报",
    "通報",
    "汇报",
    "匯報",
    "主讲",
    "主講",
    "应邀",
    "應邀",
    "先后发言",
    "先後發言",
    "分别",
    "分別",
    "当选",
    "當選",
    "任命",
    "增补",
    "增補",
    "补选",
    "補選",
    "选举",
    "選舉",
    "推选",
    "推選",
    "免去",
    // `接受A辞去T职务`
    "辞去",
    "辭去",
    // `A代表县委作工作报告`, only before a report (see `verb_at`)
    "代表",
    // `金明、吕晨等同志作了交流发言`: a list of names before the speech they made
    "作了发言",
    "作发言",
    "作了交流发言",
    "作交流发言",
    "作了表态发言",
    "作表态发言",
    "作了典型发言",
    "作典型发言",
    "作了汇报",
    "作汇报",
    // `A、B等12名村党组织书记依次上台述职`
    "述职",
    "述職",
    "依次",
];

/// Words that give the post of the names after them: `任命A为T`, `增补A、B为T`,
/// `免去A的T职务` (a post held until then). All of two characters, kept as their pairs:
/// a word is found by comparing characters already decoded (`appointing_at`).
const APPOINTING: &[(char, char)] = &[
    ('任', '命'),
    ('增', '补'),
    ('增', '補'),
    ('补', '选'),
    ('補', '選'),
    ('选', '举'),
    ('選', '舉'),
    ('推', '选'),
    ('推', '選'),
    ('免', '去'),
];

/// Where the words before the verb at `v` end, past `先后` and `分别`.
fn before_adverbs(c: &Chars, mut v: usize) -> usize {
    // by their characters, one word after the other: `分别先后` loses both, `先后分别`
    // only `分别`
    for (x, y) in [('先', '后'), ('先', '後'), ('分', '别'), ('分', '別')] {
        if v >= 2 && c.cs[v - 2] == x && c.cs[v - 1] == y {
            v -= 2;
        }
    }
    v
}

/// Is there a `位` or `名` among the Han characters right before `v`, where the words
/// before a verb end (`before_adverbs`), within the reach of `counted_before` and
/// `deng_count_label`? Without one, neither finds anything: most verbs have none, and
/// are passed over with one walk instead of two.
fn count_word_before(c: &Chars, v: usize) -> bool {
    // the last `位` or `名` of the eleven characters before, then whether only Han
    // characters follow it: two plain loops, the first one compare for each character
    let from = v.saturating_sub(11);
    c.cs[from..v]
        .iter()
        .rposition(|&ch| matches!(ch, '位' | '名'))
        .is_some_and(|p| {
            c.cs[from + p + 1..v]
                .iter()
                .all(|&ch| crate::document::is_han(ch))
        })
}

/// Does `负责人` or `代表` end the text before `v`, where the words before a verb end
/// (`before_adverbs`: `等企业负责人先后发言`, `等企业家代表参加座谈`)? As
/// `ends_group_label` of the three characters before, by the characters.
fn in_charge_before(c: &Chars, v: usize) -> bool {
    v >= 3
        && match c.cs[v - 1] {
            '人' => matches!((c.cs[v - 3], c.cs[v - 2]), ('负', '责') | ('負', '責')),
            '表' => c.cs[v - 2] == '代',
            _ => false,
        }
}

/// Does a label of a group of people end `s`: people in charge (`企业负责人`) or
/// representatives (`企业家代表`)?
fn ends_group_label(s: &str) -> bool {
    ["负责人", "負責人", "代表"].iter().any(|w| s.ends_with(w))
}

/// `两位基层水厂技术员` ending at `v` (`先后`, `分别` left before the verb): the start of its
/// count (a numeral of two to nine before `位` or `名`) and the span of what follows the
/// count, of at most ten Han characters.
fn counted_before(c: &Chars, v: usize) -> Option<(usize, Range<usize>)> {
    let v = before_adverbs(c, v);
    let mut j = v;
    while j > 0 && v - j <= 10 {
        let ch = c.cs[j - 1];
        if matches!(ch, '位' | '名') && j >= 2 && count_of(c.cs[j - 2]).is_some() {
            return Some((j - 2, j..v));
        }
        if !crate::document::is_han(ch) {
            return None;
        }
        j -= 1;
    }
    None
}

/// `等6位企业负责人` before the verb at `v` (past `先后`, `分别`): where `等` stands and the
/// span of the label after the count (digits or numerals, then `位` or `名`).
fn deng_count_label(c: &Chars, v: usize) -> Option<(usize, Range<usize>)> {
    let v = before_adverbs(c, v);
    let mut j = v;
    while j > 0 && v - j <= 10 {
        // `等7人当选`: `人` is a classifier only after a count (`负责人` ends a label)
        let person = c.cs[j - 1] == '人'
            && j >= 2
            && (c.cs[j - 2].is_ascii_digit()
                || count_of(c.cs[j - 2]).is_some()
                || c.cs[j - 2] == '十');
        if matches!(c.cs[j - 1], '位' | '名') || person {
            let mut k = j - 1;
            while k > 0
                && (c.cs[k - 1].is_ascii_digit()
                    || count_of(c.cs[k - 1]).is_some()
                    || c.cs[k - 1] == '十')
            {
                k -= 1;
            }
            // `等6位常委作大会发言`: the label ends before the verb's own words
            // (and before an adverb of speaking: `等8位企业负责人踊跃发言`)
            // (`等7名国家工作人员向宪法宣誓`: `作` inside `工作` is no verb)
            // (`等6位常委围绕提案质量作了发言`: the topic after `围绕` is no part of it)
            let end = (j..v)
                .find(|&e| {
                    !(c.cs[e] == '作' && e > j && c.cs[e - 1] == '工')
                        && matches!(
                            c.cs[e],
                            '作' | '在'
                                | '向'
                                | '就'
                                | '对'
                                | '對'
                                | '踊'
                                | '踴'
                                | '纷'
                                | '紛'
                                | '积'
                                | '積'
                                | '依'
                                | '围'
                                | '圍'
                        )
                })
                .unwrap_or(v);
            // (`等8位委员和专家`: a group of two kinds, neither the post of each)
            let mixed = c.cs[j..end]
                .iter()
                .any(|ch| matches!(ch, '和' | '及' | '与' | '與' | '、'));
            // (the count still closes the list, with no label: `郑凯、许明月等8位常委和委员
            // 作大会发言`)
            let label = if mixed { j..j } else { j..end };
            if k < j - 1 && k > 0 && c.cs[k - 1] == '等' {
                return Some((k - 1, label));
            }
            return None;
        }
        // `等企业负责人先后发言`, `等企业家代表参加`: a label of people in charge or of
        // representatives closes the list without a count
        // (one list since the clause or the list before it, closed by `等`, began: not
        // `…等21个国家领导人以及B等国际组织负责人`)
        if c.cs[j - 1] == '等' && j < v {
            let label = c.s(j, v);
            let bare = ends_group_label(label);
            let one_list = || {
                c.cs[..j - 1]
                    .iter()
                    .rev()
                    .take_while(|&&ch| !matches!(ch, '。' | '；' | '：' | '\n' | '等'))
                    .all(|&ch| ch != '及')
            };
            return (bare && v - j >= 4 && one_list()).then(|| (j - 1, j..v));
        }
        if !crate::document::is_han(c.cs[j - 1]) {
            return None;
        }
        j -= 1;
    }
    None
}

/// The count a numeral character stands for, two to nine.
fn count_of(ch: char) -> Option<usize> {
    Some(match ch {
        '两' | '兩' | '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The names a count closes (`邵建明、庞丽君两位…`), read back from the count before `v`,
/// into `out`: exactly as many as it says, joined by `、`, `和`, `及` or `与`; and the span
/// of what follows the count. None, and `out` empty, where there is no such count or list.
fn counted_list(c: &Chars, v: usize, out: &mut Vec<(usize, usize)>) -> Option<Range<usize>> {
    out.clear();
    let (count, label) = counted_before(c, v)?;
    let n = count_of(c.cs[count]).unwrap_or(0);
    let mut b = count;
    for k in 0..n {
        let Some(a) = name_before_in_list(c, b) else {
            out.clear();
            return None;
        };
        out.push((a, b));
        if k + 1 < n {
            if a < 2 || !matches!(c.cs[a - 1], '、' | '和' | '及' | '与' | '與') {
                out.clear();
                return None;
            }
            b = a - 1;
        }
    }
    out.reverse();
    Some(label)
}

/// Does `代表` (deputies to a people's congress) start at `i`, as a label closing a list
/// after `等` (`吕平、宗雅楠等代表`), not a delegation or a congress (`代表团`, `代表大会`)?
fn deputies_at(c: &Chars, i: usize) -> bool {
    c.starts(i, "代表")
        && !matches!(
            c.cs.get(i + 2),
            Some('团' | '團' | '大' | '性' | '处' | '處')
        )
}

/// Group labels: a title for each name of the list they open or close. Each is also an
/// anchor of the paragraph it stands in: a list it closes need not meet a verb of the
/// meeting (`A、B等县领导向纪念碑敬献花篮`).
pub(super) const LABELS: &[&str] = &[
    "党和国家领导人",
    "黨和國家領導人",
    "党外人士",
    "黨外人士",
    "无党派人士代表",
    "無黨派人士代表",
    // representatives of a group, before or after its list: `学员代表A、B先后作交流发言`,
    // `以及党外人士代表A、B`; and former leaders (`老领导A、B应邀出席`)
    "老领导",
    "老領導",
    "老同志代表",
    "退役军人代表",
    // `老战士代表A，烈士亲属代表B，学生代表C先后发言`
    "老战士代表",
    "老戰士代表",
    "烈士亲属代表",
    "烈士親屬代表",
    "烈属代表",
    "烈屬代表",
    "退役軍人代表",
    "青年代表",
    "党外人士代表",
    "黨外人士代表",
    "学员代表",
    "學員代表",
    "企业家代表",
    "企業家代表",
    // `企业代表谢婷婷发言`, `退役军人创业代表谢婷婷、马骏`
    "企业代表",
    "企業代表",
    "创业代表",
    "創業代表",
    "群众代表",
    "群眾代表",
    "党员代表",
    "黨員代表",
    "职工代表",
    "職工代表",
    "专家代表",
    "專家代表",
    "委员代表",
    "委員代表",
    // `县政协委员、提案人代表A、B参加会议并发言`
    "提案人代表",
    // `道德模范代表A作交流发言`, `受表彰的先进代表A`, `教师代表A、B`
    "模范代表",
    "模範代表",
    "劳模代表",
    "勞模代表",
    "先进代表",
    "先進代表",
    "干部代表",
    "幹部代表",
    "教师代表",
    "教師代表",
    "学生代表",
    // `获奖代表、…首席工程师A作交流发言`
    "获奖代表",
    "獲獎代表",
    "获奖者代表",
    "獲獎者代表",
    "學生代表",
    "志愿者代表",
    "志願者代表",
    // `以及民宿经营户代表A先后发言`, `村民代表A`, `商户代表A`
    "经营户代表",
    "經營戶代表",
    "商户代表",
    "商戶代表",
    "村民代表",
    "居民代表",
    "农户代表",
    "農戶代表",
    "家长代表",
    "家長代表",
    "市领导",
    "市領導",
    "区领导",
    "區領導",
    "县领导",
    "縣領導",
    "省领导",
    "省領導",
    "县级领导",
    "縣級領導",
    "市级领导",
    "市級領導",
    "区级领导",
    "區級領導",
    "省级领导",
    "省級領導",
    "州领导",
    "州領導",
    "州级领导",
    "州級領導",
    "镇领导",
    "鎮領導",
    "乡领导",
    "鄉領導",
    "街道领导",
    "校领导",
    "校領導",
    "学校领导",
    "學校領導",
    // `集团领导王振、李秀英`: the leaders of an enterprise, a bureau, a department
    "集团领导",
    "集團領導",
    "公司领导",
    "公司領導",
    "局领导",
    "局領導",
    "厅领导",
    "廳領導",
    "院领导",
    "院領導",
    "四套班子领导",
    "四套班子領導",
    "县四套班子领导",
    "縣四套班子領導",
    "市四套班子领导",
    "市四套班子領導",
    "区四套班子领导",
    "區四套班子領導",
    "四大班子领导",
    "四大班子領導",
    "县四大班子领导",
    "縣四大班子領導",
    "市四大班子领导",
    "市四大班子領導",
    "区四大班子领导",
    "區四大班子領導",
    "督导组成员",
    "督導組成員",
    "指导组成员",
    "指導組成員",
    "中心组成员",
    "中心組成員",
    "班子成员",
    "班子成員",
    "领导班子成员",
    "領導班子成員",
    // `等镇领导班子成员出席`: the whole label, not `镇领导`
    "市领导班子成员",
    "市領導班子成員",
    "区领导班子成员",
    "區領導班子成員",
    "县领导班子成员",
    "縣領導班子成員",
    "镇领导班子成员",
    "鎮領導班子成員",
    "乡领导班子成员",
    "鄉領導班子成員",
    "街道领导班子成员",
    "集团领导班子成员",
    "集團領導班子成員",
    "公司领导班子成员",
    "公司領導班子成員",
    "局领导班子成员",
    "局領導班子成員",
    "厅领导班子成员",
    "廳領導班子成員",
    "院领导班子成员",
    "院領導班子成員",
    "党组成员",
    "黨組成員",
    "大会主席团成员",
    "大會主席團成員",
    "主席团成员",
    "主席團成員",
];

/// Words that end an organisation phrase when read backwards from a head.
const STOP_BEFORE: &[char] = &[
    '的', '在', '由', '和', '与', '與', '及', '向', '对', '對', '为', '為', '是', '当', '當', '受',
    '暨', '并', '並', '等', '请', '請', '同', '即', '选', '選', '了', '兼',
    // `他还称首相苏纳克`, `我们支持总书记`: a pronoun or a verb of saying opens no
    // organisation
    '他', '她', '们', '們', '称', '稱', '说', '說',
    // `局长邱海燕就林长制落实情况作了发言`, `A率书记……`: a name's preposition
    '就', '率',
];

/// Names of organisations and countries that hold a character of `STOP_BEFORE`.
const BRIDGES: &[&str] = &[
    "共和国",
    "共和國",
    "文化和旅游",
    "文化和旅遊",
    "人力资源和社会保障",
    "人力資源和社會保障",
    "住房和城乡建设",
    "住房和城鄉建設",
    "工业和信息化",
    "工業和信息化",
    "发展和改革",
    "發展和改革",
    "自然资源和规划",
    "自然資源和規劃",
    "对外",
    "對外",
    // `市工商联兼职副主席`: a part-time post, not a second one held with the first
    "兼职",
    "兼職",
    // `马耳他驻华大使`: a country's name that ends with a stop (`他`)
    "马耳他",
    "馬耳他",
    // `新城街道和平社区党委书记`: a place's name; `县政协文化文史和学习委员会主任`
    "和平",
    "文史和学习",
    "文史和學習",
    // `泰国南州同乡会会长`, `欧美同学会`
    "同乡会",
    "同鄉會",
    "同学会",
    "同學會",
    // `计算机科学与技术学院`, `民族和宗教事务局`, `文化广电和旅游局`, `经济与管理学院`
    "科学与技术",
    "经济与管理",
    "經濟與管理",
    // `中国科学院地理科学与资源研究所研究员`, `市规划与自然资源局局长`
    "地理科学与资源",
    "地理科學與資源",
    "规划与自然资源",
    "規劃與自然資源",
    "规划和自然资源",
    "規劃和自然資源",
    "自然资源与规划",
    "自然資源與規劃",
    // `省人大农业与农村委员会主任委员`
    "农业与农村",
    "農業與農村",
    // `县就业服务中心主任`
    "就业",
    "就業",
    // `省粮食和物资储备局局长`
    "粮食和物资",
    "糧食和物資",
    "科學與技術",
    "教育和体育",
    "教育和體育",
    "民族和宗教",
    "卫生和计划生育",
    "衛生和計劃生育",
    "文化广电和旅游",
    "文化廣電和旅遊",
    "文化体育和旅游",
    "文化體育和旅遊",
    "文化广电体育和旅游",
    "文化廣電體育和旅遊",
    // the committees of a CPPCC or a people's congress: `市政协社会和法制委员会`,
    // `社会法制和民族宗教委员会`, `农业和农村委员会`, `港澳台侨和外事委员会`,
    // `人口资源环境和建设委员会`, `提案和委员联络委员会`
    "社会和法制",
    "社會和法制",
    "法制和民族",
    "农业和农村",
    "農業和農村",
    "台侨和外事",
    "台僑和外事",
    "环境和建设",
    "環境和建設",
    "提案和委员",
    "提案和委員",
    // `县人大常委会选举联络工委`, `选举任免联络工作委员会`
    "选举联络",
    "選舉聯絡",
    "选举任免",
    "選舉任免",
    "特立尼达和多巴哥",
    "特立尼達和多巴哥",
    "安提瓜和巴布达",
    "安提瓜和巴布達",
    "波斯尼亚和黑塞哥维那",
    "波斯尼亞和黑塞哥維那",
    "圣多美和普林西比",
    "聖多美和普林西比",
];

/// The words of `BRIDGES` by the characters of `STOP_BEFORE` they hold: for each stop,
/// the range of `words` that holds it (in the order of `BRIDGES`); for each word there,
/// the character after the stop, where the stop first stands, and the word's length in
/// characters and text. A stop before a head is looked up here, where each word was
/// decoded again at each stop; most stops met (`的`, `在`) are in no word, and most words
/// are passed over by the character after the stop.
struct BridgeStops {
    stops: Vec<(char, Range<usize>)>,
    words: Vec<(char, usize, usize, &'static str)>,
}

impl BridgeStops {
    /// The words that hold `stop`: none for most of the stops met (`的`, `在`), which a
    /// walk over the few stops of the words tells; two thirds of the words hold `和`.
    fn of(&self, stop: char) -> &[(char, usize, usize, &'static str)] {
        self.stops
            .iter()
            .find(|(s, _)| *s == stop)
            .map_or(&[], |(_, r)| &self.words[r.clone()])
    }
}

static BRIDGE_STOPS: Lazy<BridgeStops> = Lazy::new(|| {
    let mut v = Vec::new();
    for w in BRIDGES {
        let n = w.chars().count();
        for &stop in STOP_BEFORE {
            if let Some(k) = w.chars().position(|ch| ch == stop) {
                // (a stop that ends its word, `马耳他`, has `WORD_END` after it)
                let next = w.chars().nth(k + 1).unwrap_or(WORD_END);
                v.push((stop, (next, k, n, *w)));
            }
        }
    }
    // stable: each stop's words keep the order of `BRIDGES`
    v.sort_by_key(|e| e.0);
    let mut t = BridgeStops {
        stops: Vec::new(),
        words: Vec::new(),
    };
    for (stop, e) in v {
        match t.stops.last_mut() {
            Some((s, r)) if *s == stop => r.end += 1,
            _ => t.stops.push((stop, t.words.len()..t.words.len() + 1)),
        }
        t.words.push(e);
    }
    t
});

/// The character after the stop in `BRIDGE_STOPS` for a word that ends with its stop.
const WORD_END: char = '\0';

/// Where a word of `BRIDGES` starts, not before `floor`, that holds the stop character
/// at `t0 - 1` (one of `STOP_BEFORE`, as the caller tests) and goes on over `t0`, or ends
/// there (`马耳他驻华大使`): the character at `t0` is the one after the stop in the word,
/// compared before the word.
fn bridge_before(c: &Chars, t0: usize, floor: usize) -> Option<usize> {
    let (stop, next) = (c.cs[t0 - 1], *c.cs.get(t0)?);
    BRIDGE_STOPS
        .of(stop)
        .iter()
        .filter(|e| e.0 == next || e.0 == WORD_END)
        .find_map(|&(_, k, n, w)| {
            let a = (t0 - 1).checked_sub(k)?;
            (a >= floor && a + n <= c.len() && c.s(a, a + n) == w).then_some(a)
        })
}

/// Last characters of countries and places, never of a name before a head.
const PLACE_ENDS: &[char] = &[
    '国', '國', '嫩', '亚', '亞', '坦', '斯', '洲', '岛', '島', '克', '尔', '爾',
];

/// Verbs that take a person as object: a name or an organisation starts after them
/// (`宣读习近平主席贺信`, `欢迎巴巴多斯总理莫特利`).
const TRANSITIVE: &[&str] = &[
    "召见", "召見", "牢记", "牢記", "摘自", "按照", "遵循", "告诉", "告訴", "听到", "聽到", "追随",
    "追隨", "相信", "认为", "認為", "期待", "祝愿", "祝願", "学习", "學習", "宣读", "宣讀", "评价",
    "評價", "贯彻", "貫徹", "落实", "落實", "维护", "維護", "捍卫", "捍衛", "感谢", "感謝", "会见",
    "會見", "会晤", "會晤", "拥护", "擁護", "听取", "聽取", "传达", "傳達", "祝贺", "祝賀", "致电",
    "致電", "致信", "回信", "转达", "轉達", "邀请", "邀請", "陪同", "拜会", "拜會", "聆听", "聆聽",
    "欢迎", "歡迎", "看望", "慰问", "慰問", "会谈", "會談", "认识", "認識", "带领", "帶領",
    // `不辜负总书记殷殷嘱托`, `还有菲律宾前总统A`
    "辜负", "辜負", "还有", "還有",
    // `今晚播出巴基斯坦总理A专访`, `杂志发表中共中央总书记A的文章`, `致函总书记A`,
    // `会议推举全国政协主席A`, `决定递补中央委员会候补委员A`
    "播出", "发表", "發表", "致函", "推举", "推舉", "递补", "遞補",
    // `省林业局负责人黄丽回应委员关切`, `回答记者提问`, `会议特邀市委党校教授A`
    "回应", "回應", "回答", "答复", "答覆", "解答", "询问", "詢問", "特邀",
    // `代表团成员包括韦森瑙市第一副市长A`: who is counted in
    "包括",
    // `省经信厅副厅长A结合委员发言逐一作了回应`: the members are what A draws on
    "结合", "結合",
    // `我们支持中共中央总书记、中国国家主席习近平同志`
    "支持",
];

/// Heads that may follow a name (`习近平总书记`, `赵乐际委员长`, `王浩同志`).
const AFTER_NAME: &[&str] = &[
    "总书记",
    "總書記",
    "委员长",
    "委員長",
    "总理",
    "總理",
    "副总理",
    "副總理",
    "主席",
    "副主席",
    "同志",
    "书记",
    "書記",
    "部长",
    "部長",
    "主任",
    "副委员长",
    "副委員長",
    "院士",
    "教授",
    "研究员",
    "研究員",
];

/// Characters before a name that leave it standing alone.
const OPEN_NAME: &[char] = &[
    '、', '和', '与', '與', '及', '以', '由', '在', '对', '對', '向', '同', '为', '為', '是', '请',
    '請', '经', '經', '受', '当', '當', '即',
];

/// Two-character words that a name's last character may be taken from (`周海关于`).
const SPLIT_WORDS: &[&str] = &[
    "关于", "關於", "对于", "對於", "由于", "由於", "为了", "為了", "以来", "以來", "同志", "等人",
    "在会", "在會", "主持", "出席", "表示", "指出", "总是", "總是", "还是", "還是", "就是", "也是",
    "都是", "正是", "来自", "來自", "各自", "认为", "認為", "提出",
    // `柬埔寨首相洪森接受专访`
    "接受",
];

/// Characters that end a clause after a name, not its last character (`吴标及秘书长`).
const FUNCTION_CHARS: &[char] = &[
    '及', '和', '与', '與', '等', '在', '的', '同', '向', '对', '對', '为', '為', '并', '並', '也',
    '还', '還', '是', '受', '率', '就', '作', '了', '将', '將', '致', '互', '说', '說', '不',
];

/// Party units inside an organisation: a coordinated head does not take them
/// (`区政协党组书记、主席` gives `区政协主席`).
const PARTY_UNITS: &[&str] = &[
    "分党组",
    "分黨組",
    "党组",
    "黨組",
    "党委",
    "黨委",
    "党工委",
    "黨工委",
    "党总支",
    "黨總支",
    "党支部",
    "黨支部",
];

/// Posts of a party committee itself (of a town's, mostly): a coordinated one keeps the
/// party unit of the title before it (`镇党委副书记、政法委员` gives `镇党委政法委员`).
const PARTY_POSTS: &[&str] = &[
    "组织委员",
    "組織委員",
    "宣传委员",
    "宣傳委員",
    "纪检委员",
    "紀檢委員",
    "政法委员",
    "政法委員",
    "统战委员",
    "統戰委員",
    "武装委员",
    "武裝委員",
];

/// Characters of an organisation: a run holding one is not a name.
const ORG_CHARS: &[char] = &[
    '委', '政', '协', '協', '党', '黨', '局', '厅', '廳', '办', '辦', '府', '会', '會', '院', '省',
    '市', '区', '區', '县', '縣', '镇', '鎮', '乡', '鄉', '街', '盟', '央', '部', '组', '組', '议',
    '議', '团', '團', '联', '聯', '室', '处', '處', '所', '厂', '廠', '司',
];

/// Heads that carry their own level: they never borrow an organisation (`村党支部书记、
/// 村委会主任`).
const LEVEL_CHARS: &[char] = &[
    '省', '市', '区', '區', '县', '縣', '镇', '鎮', '乡', '鄉', '国', '國', '州', '旗', '盟', '村',
];

/// Words that look like names in a list but are not.
const NOT_NAMES: &[&str] = &[
    // `各专项小组组长单位负责同志`: 单 is a surname
    "单位",
    "單位",
    // `委员满意和基本满意率`: 满 is a surname
    "满意",
    "滿意",
    // `要严守学员纪律`: 纪 is a surname
    "纪律",
    "紀律",
    // `严格遵守学员管理规定`: 管 is a surname
    "管理",
    // `班子成员严格落实“一岗双责”`, `严肃查处`: 严 is a surname
    "严格",
    "嚴格",
    "严肃",
    "嚴肅",
    // `举拳，庄严宣誓`: 庄 is a surname
    "庄严",
    "莊嚴",
    // `回应委员关切`: 关 is a surname
    "关切",
    "關切",
    // `让教师成为最受尊重的职业`, `农村教师周转宿舍`: 成 and 周 are surnames
    "成为",
    "成為",
    "周转",
    "周轉",
    // `引导委员常态化走进社区`, `经理层成员任期制`: 常 and 任 are surnames
    "常态",
    "常態",
    "任期",
    // `落实镇领导包村、村干部包组的责任体系`: 包 is a surname
    "包村",
    "包组",
    "包組",
    // `实行乡领导包片、乡干部包村`, `党员包户`
    "包片",
    "包户",
    "包戶",
    "包点",
    "包點",
    "包联",
    "包聯",
    "包保",
    // `取消安排中美两军战区领导通话`: 通 is a surname
    "通话",
    "通話",
    // `向在座的2100多名十四届全国政协委员鞠躬致意`: 鞠 is a surname
    "鞠躬",
    // `欧盟各国外长计划20日在布鲁塞尔讨论`: 计 is a surname
    "计划",
    "計劃",
    // `普京总统从未缺席`, `习近平总书记有关报告`
    "从未",
    "從未",
    "有关",
    "有關",
    "白宫",
    "白宮",
    "成功",
    "商定",
    "通电话",
    "通電話",
    "宣布",
    "班子",
    "辛苦",
    "内务",
    "內務",
    "应到",
    "應到",
    "实到",
    "實到",
    "我国",
    "我國",
    "我们",
    "我們",
    "许多",
    "許多",
    "国防",
    "國防",
    "外交",
    "财政",
    "財政",
    "商务",
    "商務",
    "教育",
    "民政",
    "交通",
    "文化",
    "农业",
    "農業",
    "水利",
    "科技",
    "全票",
    "通道",
    "全体",
    "全體",
    "大家",
    "会议",
    "會議",
    "干部",
    "幹部",
    "同志",
    "委员",
    "委員",
    "常委",
    "代表",
    "成员",
    "成員",
    "领导",
    "領導",
    "部分",
    "有关",
    "有關",
    "相关",
    "相關",
    "各级",
    "各級",
    "全市",
    "全区",
    "全區",
    "全县",
    "全縣",
    "全省",
    "全国",
    "全國",
    "其他",
    "党员",
    "黨員",
    "机关",
    "機關",
    "群众",
    "群眾",
    "企业",
    "企業",
    "学习",
    "學習",
    "宣传",
    "宣傳",
    "贯彻",
    "貫徹",
    "监督",
    "監督",
    "立法",
    "法治",
    "安全",
    "发展",
    "發展",
    "万企",
    "萬企",
    "政协",
    "政協",
    "人大",
    "政府",
    "纪委",
    "紀委",
    "国务院",
    "國務院",
    "司法",
    "公安",
    "王毅然",
    "钟情",
    "周边",
    "周邊",
    "周年",
    "高度",
    "高质量",
    "高質量",
    "常务",
    "常務",
    // a count (`3万人参加`), a preposition after a title (`总书记关于…`), a country
    // before its head of government (`越南总理范明政`)
    "万人",
    "萬人",
    "余人",
    "餘人",
    "关于",
    "關於",
    "来了",
    "來了",
    // whom a title speaks to (`国王向中方表示`, `书记向大会作报告`): 向 is a surname
    "中方",
    "外方",
    "我方",
    "各方",
    "双方",
    "雙方",
    "大会",
    "大會",
    "与会",
    "與會",
    "广大",
    "廣大",
    "社会",
    "社會",
    "越南",
    "印度",
    "曾经",
    "曾經",
];

struct Chars<'a> {
    text: &'a str,
    /// Byte offset of each char, and the unit end at the last slot.
    at: &'a [usize],
    cs: &'a [char],
    /// The positions of the characters that open a head (with the character after them,
    /// as far as `HeadTable::pairs` tells), that open a verb of the meeting or are `等`,
    /// and that end a sentence (`CLASS`): the passes over the paragraph look only at
    /// these.
    head_marks: &'a [usize],
    verb_marks: &'a [usize],
    end_marks: &'a [usize],
    /// The positions of `CORE_CHARS`, which open the words `core_after` looks for after
    /// each name: most names have none in reach, and are passed over with a search here.
    core_marks: &'a [usize],
    /// Does the unit hold a `·`, the dot of a transliterated name (`decode` tells)?
    /// Without one, no dotted name is looked for.
    dotted: bool,
}

impl Chars<'_> {
    #[inline]
    fn starts(&self, i: usize, w: &str) -> bool {
        i < self.cs.len() && self.text.as_bytes()[self.at[i]..].starts_with(w.as_bytes())
    }
    #[inline]
    fn s(&self, a: usize, b: usize) -> &str {
        &self.text[self.at[a]..self.at[b]]
    }
    fn len(&self) -> usize {
        self.cs.len()
    }
}

#[inline(always)]
fn is_punct(c: char) -> bool {
    // Han (the common block first) and ASCII first, then the punctuation blocks of Chinese
    // text from a table: the Unicode tables only for the rest
    if is_common_han(c) || crate::document::is_han(c) {
        return false;
    }
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric() || c.is_ascii_digit();
    }
    if in_punct_blocks(c) {
        return PUNCT.contains(c);
    }
    !c.is_alphanumeric()
}

/// The block of the common Han characters, most of a Chinese text.
#[inline(always)]
fn is_common_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Punctuation or white space (neither a Han character, tested first).
#[inline(always)]
fn breaks(c: char) -> bool {
    !is_common_han(c) && (is_punct(c) || c.is_whitespace())
}

/// General punctuation, CJK symbols and punctuation, and the full-width forms: where the
/// commas, stops and brackets of Chinese text are.
fn in_punct_blocks(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{303F}' | '\u{FF00}'..='\u{FFFF}')
}

/// The characters of `in_punct_blocks` that are neither letters nor digits.
static PUNCT: Lazy<CharSet> = Lazy::new(|| {
    ('\u{2000}'..='\u{303F}')
        .chain('\u{FF00}'..='\u{FFFF}')
        .filter(|c| !c.is_alphanumeric())
        .collect()
});

#[derive(Debug, Clone)]
struct Head {
    /// Char range of the title (organisation included) and of its head.
    t0: usize,
    h0: usize,
    t1: usize,
    /// The start of a name written right before the head (`习近平总书记`).
    name: Option<usize>,
    /// The `head_kind` of the head.
    kind: u8,
}

#[derive(Debug)]
struct Name {
    a: usize,
    b: usize,
    titles: Vec<String>,
    anchored: bool,
}

/// The buffers of `read`, kept from one paragraph to the next.
#[derive(Default)]
struct Scratch {
    at: Vec<usize>,
    cs: Vec<char>,
    marks: [Vec<usize>; 4],
    bufs: Bufs,
    mentions: MentionBufs,
}

/// The buffers of `read_chars`, kept from one paragraph to the next.
#[derive(Default)]
struct Bufs {
    taken: Vec<bool>,
    heads: Vec<Head>,
    names: Vec<Name>,
    /// The names of a list, as char ranges.
    list: Vec<(usize, usize)>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Reads one Chinese paragraph, whose hits of this extractor's triggers are `hits`; those
/// of the marks that end lines and sentences in the text (`Lexicon::Break`) are `breaks`.
pub(super) fn read(
    text: &str,
    unit: Range<usize>,
    hits: &[Hit],
    breaks: &[Hit],
    out: &mut Vec<Found>,
) {
    // A paragraph whose only anchors are verbs of saying (`韩正平指出，……`, `会议强调，……`),
    // common in the news and long, mostly names no one: it is read only if a name may be
    // found in it. Without a head (each is an anchor), no title is read and no
    // name before one; without a verb of the meeting (each an anchor or a `LIST_WORD`),
    // no appointment is read and no list closes but at a `等` before a label, a head or
    // `代表`, none there; what is left is a list that opens a sentence (`list_may_open`).
    // So too a paragraph whose other anchors are heads that name a body (`市人大常委会`,
    // `主任会议`), which `find_heads` passes over, and that holds no `等`: the reading of a
    // meeting's agenda or of what its chair stressed, a third of the text read in the fixtures
    let mut heads = false;
    let quiet = hits.iter().all(|h| {
        matches!(h.entry, SAYING | SENTENCE_END) || {
            heads = true;
            h.entry == HEAD && before_body(text, &unit, h)
        }
    });
    if quiet
        && !(heads
            && DENG
                .find(text.get(unit.clone()).unwrap_or_default().as_bytes())
                .is_some())
        && !list_may_open(
            text,
            unit.clone(),
            hits,
            super::hits_in(breaks, unit.clone()),
        )
    {
        return;
    }
    // the buffers are borrowed in place (moving them out and back costs copies of the
    // struct); a read never runs inside another, but if it did it would take fresh ones
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => read_with(text, unit, &mut sc, out),
        Err(_) => read_with(text, unit, &mut Scratch::default(), out),
    });
}

/// A finder of `等`, which closes a list before a label or a counted head (`等6位常委会…`)
/// where `before_body` sees a body.
static DENG: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new("等"));

/// Is the head `h` (`HEAD`) in `unit` followed by a character that makes it a body in
/// `find_heads` (`常委会`, `主任会议`, `主席台`)? Every head word is a trigger, so the
/// longest head at each place is a hit: where each is followed by a body, `find_heads`
/// finds no head. Each of these characters is of three bytes, decoded in place.
fn before_body(text: &str, unit: &Range<usize>, h: &Hit) -> bool {
    let at = |p: usize| match text.as_bytes().get(p..(p + 3).min(unit.end)) {
        // (a lead byte of 0xE0..0xEF opens a character of three bytes in valid UTF-8)
        Some(&[x, y, z]) if x & 0xF0 == 0xE0 => char::from_u32(
            u32::from(x & 0x0F) << 12 | u32::from(y & 0x3F) << 6 | u32::from(z & 0x3F),
        ),
        _ => None,
    };
    match at(h.end) {
        Some('台' | '团' | '團' | '处' | '處' | '室' | '级' | '級' | '国' | '國' | '馆' | '館') => {
            true
        }
        // `会`, but for `会见`, `会同` and `会上`, and unless it is the unit's last character
        Some('会' | '會') => {
            h.end + 3 < unit.end && !matches!(at(h.end + 3), Some('见' | '見' | '同' | '上'))
        }
        _ => false,
    }
}

/// Is the head word `w` a verb of the meeting or a label, which close or open a list of
/// names with no head (an `ANCHOR`, not a `HEAD`)?
pub(super) fn is_verb_or_label(w: &str) -> bool {
    VERBS.contains(&w) || LABELS.contains(&w)
}

fn read_with(text: &str, unit: Range<usize>, sc: &mut Scratch, out: &mut Vec<Found>) {
    let (n, dotted) = decode(text, unit, sc);
    sc.bufs.taken.clear();
    sc.bufs.taken.resize(n, false);
    let [head_marks, verb_marks, end_marks, core_marks] = &sc.marks;
    let c = Chars {
        text,
        at: &sc.at[..=n],
        cs: &sc.cs[..n],
        head_marks,
        verb_marks,
        end_marks,
        core_marks,
        dotted,
    };
    read_chars(&c, &mut sc.bufs, out);
}

/// The characters of `text[unit]` and their offsets, the unit's end after the last, into
/// the scratch buffers: their count. This runs over each character of every paragraph
/// read: the buffers hold a slot for each byte (none holds more characters) and keep
/// their length from one paragraph to the next, so a character costs two stores and no
/// check of capacity. Also marks the characters of each class of `CLASS`, and tells
/// whether the unit holds a `·` (U+00B7), the dot of a transliterated name: knowing there
/// is none spares the walks back from each head and each verb that look for a dotted
/// name before them. The dot is a character of two bytes, so it is met only outside the
/// runs of three, where few characters are: a pass of `memchr` over the unit cost more.
fn decode(text: &str, unit: Range<usize>, sc: &mut Scratch) -> (usize, bool) {
    #[cfg(all(target_arch = "x86_64", target_pointer_width = "64"))]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, as just asked
        return unsafe { decode_avx2(text, unit, sc) };
    }
    let bmp: &[(char, u8); 0x10000] = &BMP;
    decode_with(text, unit, sc, |rest, from, n, at, cs, marker| {
        eight(rest, from, n, at, cs, bmp, marker)
    })
}

/// [`decode`] where the processor has AVX2: eight characters of three bytes are decoded
/// in one vector ([`eight_avx2`]), about half the instructions of [`eight`].
#[cfg(all(target_arch = "x86_64", target_pointer_width = "64"))]
#[target_feature(enable = "avx2")]
unsafe fn decode_avx2(text: &str, unit: Range<usize>, sc: &mut Scratch) -> (usize, bool) {
    let class: &[u8; CHARS] = &CLASS;
    // SAFETY: this runs only where the processor has AVX2 (`decode`)
    decode_with(text, unit, sc, |rest, from, n, at, cs, marker| unsafe {
        eight_avx2(rest, from, n, at, cs, class, marker)
    })
}

/// The marks of `Chars` as [`decode_with`] decodes the characters, each list in order: a
/// character of a class of `CLASS` is marked as it comes, where noting it and sorting the
/// notes out after cost a second pass over a third of the characters.
struct Marker<'m> {
    heads: &'m HeadTable,
    marks: &'m mut [Vec<usize>; 4],
    /// The last character decoded (its place and itself), if it opens a head of two or
    /// more characters: the next one tells whether the pair may start one (`head_at`),
    /// and at the unit's end, where none follows, it does not.
    pending: Option<(usize, char)>,
}

impl Marker<'_> {
    /// Marks `ch`, the `k`th character, of `class` (its `CLASS`): the pending one before
    /// it first.
    #[inline(always)]
    fn mark(&mut self, k: usize, ch: char, class: u8) {
        if let Some((p, f)) = self.pending.take() {
            self.pair(p, f, ch, class);
        }
        if class & 1 != 0 {
            if self.heads.has_single && self.heads.single.contains(ch) {
                self.marks[0].push(k);
            } else {
                self.pending = Some((k, ch));
            }
        }
        if class & 2 != 0 {
            self.marks[1].push(k);
        }
        if class & 4 != 0 {
            self.marks[2].push(k);
        }
        if class & CORE != 0 {
            self.marks[3].push(k);
        }
    }

    /// Marks the head opened by `f` at `p` if the pair it makes with the next character,
    /// `g` of `class`, may start one.
    #[inline(always)]
    fn pair(&mut self, p: usize, f: char, g: char, class: u8) {
        if class & SECOND != 0 && self.heads.pairs.may_hold(f, g) {
            self.marks[0].push(p);
        }
    }
}

/// The loop of [`decode`], with `eight`, the step that decodes the eight characters of
/// three bytes that open `rest`, at byte `from` of the text, as the characters `n` on
/// (into `at` and `cs`, eight slots each, marked by the `Marker`), if they are eight
/// such: else it answers false.
#[inline(always)]
fn decode_with(
    text: &str,
    unit: Range<usize>,
    sc: &mut Scratch,
    eight: impl Fn(&[u8], usize, usize, &mut [usize], &mut [char], &mut Marker) -> bool,
) -> (usize, bool) {
    // a unit is a paragraph or a piece of one, on character boundaries
    let s = text.get(unit.clone()).unwrap_or_default();
    let b = s.as_bytes();
    let Scratch { at, cs, marks, .. } = sc;
    if at.len() <= b.len() {
        at.resize(b.len() + 1, 0);
        cs.resize(b.len() + 1, '\0');
    }
    let table: &[u8; CHARS] = &CLASS;
    let bmp: &[(char, u8); 0x10000] = &BMP;
    let mut n = 0;
    let mut dotted = false;
    for m in marks.iter_mut() {
        m.clear();
    }
    let mut marker = Marker {
        heads: &HEADS,
        marks,
        pending: None,
    };
    // a slot for each byte: the slots run out no sooner than the characters
    let (at_s, cs_s) = (&mut at[..=b.len()], &mut cs[..=b.len()]);
    let mut i = 0;
    while i < b.len() {
        // most of a Chinese paragraph: runs of characters of three bytes (Han, and the
        // punctuation of CJK and of the full-width forms), decoded eight at a time. A lead
        // byte of 0xE0..0xEF opens a character of three bytes in valid UTF-8, so the next
        // opens three bytes on
        if let (Some(rest), Some(a8), Some(c8)) =
            (b.get(i..), at_s.get_mut(n..n + 8), cs_s.get_mut(n..n + 8))
        {
            if eight(rest, unit.start + i, n, a8, c8, &mut marker) {
                i += 24;
                n += 8;
                continue;
            }
        }
        // else the characters of three bytes before the first of another length (or the
        // unit's end), fewer than eight: each character is looked at once, where trying
        // eight and then four again at each one cost a test of both for each
        let mut run = 0;
        while run < 7 && b.get(i + 3 * run).is_some_and(|&x| x & 0xF0 == 0xE0) {
            run += 1;
        }
        if let (Some(w), Some(a), Some(c)) = (
            b.get(i..i + 3 * run),
            at_s.get_mut(n..n + run),
            cs_s.get_mut(n..n + run),
        ) {
            three_bytes(w, unit.start + i, n, a, c, bmp, &mut marker);
            i += 3 * run;
            n += run;
        }
        let Some(&x) = b.get(i) else {
            break;
        };
        let ch = if x.is_ascii() {
            char::from(x)
        } else {
            // a lead byte of 0xE0..0xEF is counted in the run, unless it is the eighth
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) => ch,
                None => break,
            }
        };
        dotted |= ch == '·';
        at_s[n] = unit.start + i;
        cs_s[n] = ch;
        let class = table[ch as usize];
        if class != 0 || marker.pending.is_some() {
            marker.mark(n, ch, class);
        }
        n += 1;
        i += ch.len_utf8();
    }
    at[n] = unit.start + b.len();
    (n, dotted)
}

/// The step of [`decode_with`] of every x86_64 and of other processors: the lead bytes
/// are tested eight at once, and the characters decoded one by one ([`three_bytes`]).
#[inline(always)]
fn eight(
    rest: &[u8],
    from: usize,
    n: usize,
    at: &mut [usize],
    cs: &mut [char],
    bmp: &[(char, u8); 0x10000],
    marker: &mut Marker,
) -> bool {
    let Some(w) = rest.get(..24) else {
        return false;
    };
    // the eight lead bytes at once: bytes 0, 3 and 6 of the first eight, 1, 4 and 7 of
    // the next, 2 and 5 of the last
    let word = |k: usize| u64::from_le_bytes(w[8 * k..8 * k + 8].try_into().expect("8 bytes"));
    if word(0) & 0x00F0_0000_F000_00F0 == 0x00E0_0000_E000_00E0
        && word(1) & 0xF000_00F0_0000_F000 == 0xE000_00E0_0000_E000
        && word(2) & 0x0000_F000_00F0_0000 == 0x0000_E000_00E0_0000
    {
        three_bytes(w, from, n, at, cs, bmp, marker);
        return true;
    }
    false
}

/// The step of [`decode_with`] for AVX2. The bytes of each character are shuffled into a
/// lane of 32 bits, where masks and shifts make the characters of all eight at once,
/// stored together, as are their offsets; their classes are gathered from `class`
/// (`CLASS`), and each bit of a class read for all eight at once. A character that opens
/// a head is marked where the pair it makes with the next one may start one, tested in
/// the vector ([`paired_lanes`]); the last of the eight, whose next character is not in
/// the vector, is left pending (`Marker`).
///
/// # Safety
///
/// The processor must have AVX2.
#[cfg(all(target_arch = "x86_64", target_pointer_width = "64"))]
#[inline(always)]
unsafe fn eight_avx2(
    rest: &[u8],
    from: usize,
    n: usize,
    at: &mut [usize],
    cs: &mut [char],
    class: &[u8; CHARS],
    marker: &mut Marker,
) -> bool {
    use std::arch::x86_64::*;
    // the characters 0 to 3 lie in bytes 0 to 11 and 4 to 7 in 12 to 23: each half is
    // loaded into a lane of 16 bytes (a shuffle reads within its lane); near the unit's
    // end, where 28 bytes are not there to load, the characters are read one by one
    let (Some(lo), Some(hi), Some(at), Some(cs)) = (
        rest.get(..16),
        rest.get(12..28),
        at.get_mut(..8),
        cs.get_mut(..8),
    ) else {
        return eight(rest, from, n, at, cs, &BMP, marker);
    };
    // SAFETY: the processor has AVX2 (the caller's promise); each load reads 16 bytes of a
    // slice of 16, and each store writes 32 bytes into a slice of eight `usize` (of 8
    // bytes: `target_pointer_width`) or eight `char` (of 4); the gather reads four bytes
    // of `class` (of `CHARS` bytes) from each character on, below U+10000
    unsafe {
        let bytes = _mm256_set_m128i(
            _mm_loadu_si128(hi.as_ptr().cast()),
            _mm_loadu_si128(lo.as_ptr().cast()),
        );
        // each character's bytes x, y, z into a lane as z | y << 8 | x << 16
        #[rustfmt::skip]
        let spread = _mm256_setr_epi8(
            2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1,
            2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1,
        );
        let lanes = _mm256_shuffle_epi8(bytes, spread);
        // a lead byte of 0xE0..0xEF opens a character of three bytes in valid UTF-8, so
        // the next opens three bytes on: eight such lead bytes make eight characters
        let leads = _mm256_and_si256(lanes, _mm256_set1_epi32(0x00F0_0000));
        let three = _mm256_cmpeq_epi32(leads, _mm256_set1_epi32(0x00E0_0000));
        if _mm256_movemask_epi8(three) != -1 {
            return false;
        }
        // the low four bits of x, and six of y and of z
        let x = _mm256_and_si256(_mm256_srli_epi32(lanes, 4), _mm256_set1_epi32(0xF000));
        let y = _mm256_and_si256(_mm256_srli_epi32(lanes, 2), _mm256_set1_epi32(0x0FC0));
        let z = _mm256_and_si256(lanes, _mm256_set1_epi32(0x003F));
        let chars = _mm256_or_si256(_mm256_or_si256(x, y), z);
        // (a character of three bytes of valid UTF-8 is no surrogate: each lane is a `char`)
        _mm256_storeu_si256(cs.as_mut_ptr().cast(), chars);
        let base = _mm256_set1_epi64x(from as i64);
        let (first, last) = at.split_at_mut(4);
        let offsets = |a: i64| _mm256_add_epi64(base, _mm256_setr_epi64x(a, a + 3, a + 6, a + 9));
        _mm256_storeu_si256(first.as_mut_ptr().cast(), offsets(0));
        _mm256_storeu_si256(last.as_mut_ptr().cast(), offsets(12));
        // the pending character of the eight before, by the first of these
        if let Some((p, f)) = marker.pending.take() {
            marker.pair(p, f, cs[0], class[cs[0] as usize]);
        }
        // (a head of one character is marked whatever follows it: one by one)
        if marker.heads.has_single {
            for (j, &ch) in cs.iter().enumerate() {
                marker.mark(n + j, ch, class[ch as usize]);
            }
            return true;
        }
        // the classes of the eight at once (a gather reads four bytes from each character's
        // slot on, its class the lowest), and a bit of each class for each character, as
        // the sign of its lane shifted up: most have none, where a lookup and a test of
        // each cost seven instructions a character
        let classes = _mm256_i32gather_epi32::<1>(class.as_ptr().cast(), chars);
        let signs = |v: __m256i| _mm256_movemask_ps(_mm256_castsi256_ps(v)) as u32;
        let opens = signs(_mm256_slli_epi32::<31>(classes));
        if opens != 0 {
            let paired = paired_lanes(chars, classes, &marker.heads.pairs);
            push_lanes(&mut marker.marks[0], n, opens & paired & 0x7F);
            if opens & 0x80 != 0 {
                marker.pending = Some((n + 7, cs[7]));
            }
        }
        push_lanes(
            &mut marker.marks[1],
            n,
            signs(_mm256_slli_epi32::<30>(classes)),
        );
        push_lanes(
            &mut marker.marks[2],
            n,
            signs(_mm256_slli_epi32::<29>(classes)),
        );
        push_lanes(
            &mut marker.marks[3],
            n,
            signs(_mm256_slli_epi32::<27>(classes)),
        );
    }
    true
}

/// The places `n` on of the lanes whose bits are set in `lanes`, in order, onto `marks`.
#[inline(always)]
fn push_lanes(marks: &mut Vec<usize>, n: usize, mut lanes: u32) {
    while lanes != 0 {
        marks.push(n + lanes.trailing_zeros() as usize);
        lanes &= lanes - 1;
    }
}

/// The lanes (as bits) of the first seven of the eight characters `chars`, with their
/// `classes` (gathered from `CLASS`, a class in the low byte of each lane), that make with
/// the next character a pair that may start a head: `SECOND` is the next one's class, and
/// `pairs` (`PairFilter::may_hold`) holds the pair. Its hash is made in each lane as
/// `PairFilter::slot` makes it, and the filter's bit read by a gather of the word of 32
/// bits that holds it (the filter's words of 64 bits are two such, the lower first, on
/// x86_64).
///
/// # Safety
///
/// The processor must have AVX2.
#[cfg(all(target_arch = "x86_64", target_pointer_width = "64"))]
#[inline(always)]
unsafe fn paired_lanes(
    chars: std::arch::x86_64::__m256i,
    classes: std::arch::x86_64::__m256i,
    pairs: &PairFilter,
) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: the processor has AVX2 (the caller's promise); the gather reads the word of
    // 32 bits at a slot's index over 32, below 65,536 / 32, inside the filter's 1,024
    // words of 64 bits
    unsafe {
        // each lane's next character and its class (the last lane's own: it is not asked)
        let next = _mm256_setr_epi32(1, 2, 3, 4, 5, 6, 7, 7);
        let g = _mm256_permutevar8x32_epi32(chars, next);
        let g_class = _mm256_permutevar8x32_epi32(classes, next);
        let slot = _mm256_srli_epi32(
            _mm256_mullo_epi32(
                _mm256_xor_si256(
                    _mm256_mullo_epi32(chars, _mm256_set1_epi32(0x9E37_79B9_u32 as i32)),
                    g,
                ),
                _mm256_set1_epi32(0x85EB_CA6B_u32 as i32),
            ),
            16,
        );
        let words =
            _mm256_i32gather_epi32::<4>(pairs.0.as_ptr().cast(), _mm256_srli_epi32(slot, 5));
        let bit = _mm256_srlv_epi32(words, _mm256_and_si256(slot, _mm256_set1_epi32(31)));
        // the bit of the filter and the next one's `SECOND` (bit 3), each as a lane's sign
        let both = _mm256_and_si256(
            _mm256_slli_epi32::<31>(bit),
            _mm256_slli_epi32::<28>(g_class),
        );
        _mm256_movemask_ps(_mm256_castsi256_ps(both)) as u32 & 0x7F
    }
}

/// The characters of three bytes of `w`, at byte `from` of the text on, as the characters
/// `n` on: their offsets into `at`, themselves into `cs` (one slot each), marked by the
/// `marker` if of some class of `CLASS` (or after one pending).
#[inline(always)]
fn three_bytes(
    w: &[u8],
    from: usize,
    n: usize,
    at: &mut [usize],
    cs: &mut [char],
    bmp: &[(char, u8); 0x10000],
    marker: &mut Marker,
) {
    for (j, (a, c)) in at.iter_mut().zip(cs.iter_mut()).enumerate() {
        let Some(&[x, y, z]) = w.get(3 * j..3 * j + 3) else {
            return;
        };
        // the bits of the character: the lead byte is 0xE0 and four bits, the others 0x80
        // and six, so the sum of the bytes in place is the character and 0xE2080, which
        // the cut to 16 bits takes off without a mask of each byte
        let v = ((u32::from(x) << 12) + (u32::from(y) << 6) + u32::from(z)).wrapping_sub(0xE_2080)
            as u16;
        *a = from + 3 * j;
        let (ch, class) = bmp[v as usize];
        *c = ch;
        if class != 0 || marker.pending.is_some() {
            marker.mark(n + j, ch, class);
        }
    }
}

/// The number of code points: a table with a slot for each is indexed by any `char`
/// without a check of its bounds.
const CHARS: usize = 0x11_0000;

/// For each character, bit 0 if it opens a head, bit 1
/// if it opens a verb of the meeting or is `等`, bit 2 if it ends a sentence before an
/// attendee list, bit 4 (`CORE`) if it is one of `CORE_CHARS` (`class_of`); bit 3
/// (`SECOND`) if it stands second in a head.
static CLASS: Lazy<Box<[u8; CHARS]>> = Lazy::new(|| {
    let mut t: Box<[u8; CHARS]> = vec![0u8; CHARS]
        .into_boxed_slice()
        .try_into()
        .expect("a slot for each character");
    let firsts = HEAD_WORDS.iter().chain(VERBS).chain(&["等"]);
    let chars = firsts
        .filter_map(|w| w.chars().next())
        .chain(SENTENCE_ENDS.iter().copied())
        .chain(CORE_CHARS.iter().copied());
    for ch in chars {
        if let Some(k) = t.get_mut(ch as usize) {
            *k = class_of(ch);
        }
    }
    for g in HEAD_WORDS.iter().filter_map(|w| w.chars().nth(1)) {
        if let Some(k) = t.get_mut(g as usize) {
            *k |= SECOND;
        }
    }
    t
});

/// The bits of `CLASS` that mark a character for the passes over the paragraph.
const MARKS: u8 = 7 | CORE;

/// The bit of `CLASS` of `CORE_CHARS` (bit 4 of `class_of`).
const CORE: u8 = 16;

/// The first characters of the words `core_after` looks for: `核心`, and the bodies of
/// thought of `ABOUT_THOUGHTS` (`关于……`).
const CORE_CHARS: &[char] = &['核', '关', '關'];

/// The bit of `CLASS` of the characters that stand second in a head. Half the characters
/// that open a head are followed by none of these: one load rules them out before their
/// pair is hashed (`PairFilter`).
const SECOND: u8 = 8;

/// The character of each value below 0x10000 (a surrogate, which valid UTF-8 never
/// encodes, as U+FFFD) and its `CLASS` marks and `SECOND`: a character of three bytes is
/// looked up by its bits, where `char::from_u32` checked each for a surrogate.
static BMP: Lazy<Box<[(char, u8); 0x10000]>> = Lazy::new(|| {
    (0..0x10000u32)
        .map(|v| {
            let ch = char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER);
            (ch, CLASS[ch as usize] & (MARKS | SECOND))
        })
        .collect::<Vec<(char, u8)>>()
        .into_boxed_slice()
        .try_into()
        .expect("a slot for each value")
});

/// The characters after which an attendee list may open a sentence.
const SENTENCE_ENDS: &[char] = &['。', '：', ':', '；', ' ', '\u{3000}'];

fn class_of(ch: char) -> u8 {
    u8::from(HEADS.first.contains(ch))
        | u8::from(VERB_OR_DENG.contains(ch)) << 1
        | u8::from(SENTENCE_ENDS.contains(&ch)) << 2
        | u8::from(CORE_CHARS.contains(&ch)) << 4
}

fn read_chars(c: &Chars, bufs: &mut Bufs, out: &mut Vec<Found>) {
    let Bufs {
        taken,
        heads,
        names,
        list,
    } = bufs;
    find_heads(c, heads);
    let heads = &heads[..];
    names.clear();
    // titles before names, grouped by `、` (and `兼`, "concurrently")
    let mut k = 0;
    // the group before this one, for titles of two organs parted by `，`
    let mut prev: Option<(usize, usize)> = None;
    // where the last name of the group before ends
    let mut prev_end: Option<usize> = None;
    while k < heads.len() {
        let k0 = k;
        while k + 1 < heads.len()
            && heads[k + 1].t0 == heads[k].t1 + 1
            && matches!(c.cs[heads[k].t1], '、' | '兼')
        {
            k += 1;
        }
        let g = &heads[k0..=k];
        let before = prev.replace((k0, k)).map(|(a, b)| &heads[a..=b]);
        k += 1;
        // `习近平总书记全票当选`: a title after its name opens no list
        if g.iter().any(|h| h.kind & TONGZHI != 0) || g.last().is_some_and(|h| h.name.is_some()) {
            continue;
        }
        // `习主席鲜明提出`: a surname and a head are a short mention, no title of a list
        let first = &g[0];
        if first.h0 == first.t0 + 1
            && surname_of(c, first.t0) == Some(1)
            && first.kind & AFTER_NAME_HEAD != 0
        {
            continue;
        }
        let end = g.last().map_or(0, |h| h.t1);
        let is_label = g.iter().all(|h| h.kind & LABEL != 0);
        // `党外人士还有A、B`
        let mut p = end;
        if is_label && (c.starts(p, "还有") || c.starts(p, "還有")) {
            p += 2;
        }
        let has_org = g[0].t0 < g[0].h0;
        // `当选的镇党委委员（按姓氏笔画为序）：A、B、C`: a list of two or more after a colon
        let q = skip_paren(c, p);
        if q < c.len() && matches!(c.cs[q], '：' | ':') {
            list_at(c, q + 1, heads, has_org, list);
            if list.len() < 2 {
                list.clear();
            }
        } else {
            list_at(c, p, heads, has_org, list);
        }
        let Some((&last, rest)) = list.split_last() else {
            continue;
        };
        let name_before = prev_end.replace(last.1);
        // the titles are made only for a group that has names, and moved to its last
        let mut label_titles: Vec<String> = if g[0].kind & HAS_FUREN != 0 {
            Vec::new()
        } else {
            coordinate(c, g)
        };
        // `县人武部部长黄海涛、政委陈卫东`, `巡视组组长林志远、副组长许文杰`: the deputy or
        // the political commissar of the body whose head is named just before
        if let Some(pg) = before
            .filter(|_| g.len() == 1 && !has_org && name_before.is_some_and(|e| e + 1 == g[0].t0))
        {
            let ph = &pg[pg.len() - 1];
            let (head, prev_head) = (c.s(g[0].h0, g[0].t1), c.s(ph.h0, ph.t1));
            let deputy = head
                .strip_prefix("常务副")
                .or_else(|| head.strip_prefix('副'))
                .is_some_and(|h| h == prev_head);
            let commissar = matches!(head, "政委" | "政治委员")
                && matches!(prev_head, "部长" | "部長" | "司令员" | "司令員");
            if (deputy || commissar) && ph.t0 < ph.h0 && c.cs[g[0].t0 - 1] == '、' {
                label_titles = vec![format!("{}{head}", c.s(ph.t0, ph.h0))];
            }
        }
        // `县委副书记，县政府党组书记、县长A`: a group of one person's titles, then `，` and
        // the titles of another organ before the name, are all that person's
        if let Some(pg) = before.filter(|pg| rest.is_empty() && stacked_before(c, pg, g)) {
            let mut all = coordinate(c, pg);
            all.append(&mut label_titles);
            label_titles = all;
        }
        // `省水利厅、省林业局负责人陈涛、黄丽分别回应`: bodies joined by `、` before one
        // head, as many names after it, and `分别`: each name takes its body in turn
        if let Some(bodies) = (g.len() == 1 && has_org)
            .then(|| paired_bodies(c, &g[0], list.len(), last.1))
            .flatten()
        {
            let head = c.s(g[0].h0, g[0].t1);
            for (&(a, b), body) in list.iter().zip(bodies) {
                mark(taken, a, b);
                names.push(Name {
                    a,
                    b,
                    titles: vec![format!("{}{head}", c.s(body.start, body.end))],
                    anchored: true,
                });
            }
            continue;
        }
        // `市委常委、常务副市长许文斌与林芳分别代表双方签署`: two names joined by `与`
        // that each speak for a side hold different posts; the titles are the first's
        let sides = rest.len() == 1
            && matches!(c.cs[last.0 - 1], '与' | '與' | '和' | '同')
            && (c.starts(last.1, "分别代表") || c.starts(last.1, "分別代表"));
        for &(a, b) in rest {
            mark(taken, a, b);
            names.push(Name {
                a,
                b,
                titles: label_titles.clone(),
                anchored: true,
            });
        }
        if sides {
            label_titles.clear();
        }
        let (a, b) = last;
        mark(taken, a, b);
        names.push(Name {
            a,
            b,
            titles: label_titles,
            anchored: true,
        });
    }
    // a name right before a head or 同志: `习近平总书记`, `王浩同志`
    for h in heads {
        if let Some(a) = h.name {
            if taken[a..h.h0].iter().any(|&t| t) {
                continue;
            }
            mark(taken, a, h.h0);
            names.push(Name {
                a,
                b: h.h0,
                titles: if h.kind & TONGZHI != 0 {
                    Vec::new()
                } else {
                    vec![c.s(h.h0, h.t1).to_string()]
                },
                anchored: true,
            });
        }
    }
    // lists closed by a verb of the meeting or by `等` and a label
    for &i in c.verb_marks {
        // `任命A为T`: the names of an appointment follow it (`appointees`)
        let verb = verb_at_mark(c, i) && !appointing_at(c, i) && !elect_before_name(c, i, heads);
        let label = c.cs[i] == '等'
            && i + 1 < c.len()
            && LABEL_FIRST.contains(c.cs[i + 1])
            && LABELS.iter().any(|l| c.starts(i + 1, l));
        // `等市委理论学习中心组成员`: a label after the name of its body
        let long_label = (c.cs[i] == '等' && !label)
            .then(|| org_label_at(c, i + 1))
            .flatten();
        // `…副总裁刘逸凡等企业负责人，临江区委副书记…`: people in charge named before a
        // comma (before a verb, `deng_count_label` reads them)
        let in_charge = (c.cs[i] == '等' && !label && long_label.is_none())
            .then(|| in_charge_label_at(c, i + 1))
            .flatten();
        let long_label = long_label.or(in_charge);
        // `马丽娟、黎建华等6位常委围绕……作了发言`: a count and a head after `等`, however
        // far the verb
        let counted_head = (c.cs[i] == '等' && !label && long_label.is_none())
            .then(|| counted_head_at(c, i + 1))
            .flatten();
        let label = label || long_label.is_some() || counted_head.is_some();
        let deputies = c.cs[i] == '等' && deputies_at(c, i + 1);
        // `金明、吕晨等同志结合工作实际作了交流发言`: `等同志` closes a list of names it
        // gives no title
        let comrades = c.cs[i] == '等' && c.starts(i + 1, "同志");
        if !verb && !label && !deputies && !comrades {
            continue;
        }
        let title: Option<&str> = if let Some(e) = long_label {
            Some(c.s(i + 1, e))
        } else if let Some((a, b)) = counted_head {
            Some(c.s(a, b))
        } else if label {
            LABELS
                .iter()
                .filter(|l| c.starts(i + 1, l))
                .max_by_key(|l| l.len())
                .copied()
        } else if deputies {
            Some(c.s(i + 1, i + 3))
        } else {
            None
        };
        let close = if i > 0 && c.cs[i - 1] == '等' {
            i - 1
        } else {
            votes_before(c, i).unwrap_or(i)
        };
        let mut title = title;
        // `A、B、C等6位企业负责人先后发言`: `等`, a count and a label close a list the
        // count need not match
        let mut close = close;
        let count_word = verb && title.is_none() && {
            let words = before_adverbs(c, close);
            count_word_before(c, words) || in_charge_before(c, words)
        };
        if count_word {
            if let Some((deng, label)) = deng_count_label(c, close) {
                let label = c.s(label.start, label.end);
                // (`A、B等6名同志结合观影感受作了交流发言`: comrades, no post)
                if label.chars().count() >= 2 && !label.starts_with("同志") {
                    title = Some(label);
                    close = deng;
                } else if label.is_empty() || label.starts_with("同志") {
                    // `A、B等7人当选`: a count with no label
                    close = deng;
                }
            }
        }
        // `邵建明、庞丽君两位基层水厂技术员先后发言`, `A、B、C三位同志分别介绍`: a count of
        // the names, and what they are, stand between the list and its verb; the count
        // closes the list, and the label is a title of just those names
        let label = if count_word && title.is_none() {
            counted_list(c, close, list)
        } else {
            None
        };
        let counted = label.is_some();
        if let Some(label) = label {
            let label = c.s(label.start, label.end);
            title = (label.chars().count() >= 2 && !label.starts_with("同志")).then_some(label);
        } else {
            list_before(c, close, list);
        }
        // `市政协委员、市第一人民医院院长黄敏……等8位委员先后发言`: a generic post after
        // `等` restates the posts the names hold; it is a title only of a name with none
        // (`马丽娟、黎建华等6位常委`)
        let generic = title.is_some_and(|t| head_kind(t) & GENERIC != 0);
        if generic {
            list.retain(|&(a, b)| {
                !names
                    .iter()
                    .any(|n| n.a == a && n.b == b && !n.titles.is_empty())
            });
        }
        give_list(list, title.as_slice(), names, taken);
        // `县长A，县人大常委会主任B，县委副书记C等县级领导`: a label after a list of
        // names with titles of their own is a title of each, back to the clause's start
        // or the verb before it
        if let Some(t) = title.filter(|_| !counted) {
            let before = |marks: &[usize]| marks.partition_point(|&m| m < close);
            let clause = c.end_marks[..before(c.end_marks)]
                .last()
                .map_or(0, |m| m + 1);
            // (or the `等` of a list before it: `A，B等企业负责人，C，D等区县负责人`)
            let from = c.verb_marks[..before(c.verb_marks)]
                .iter()
                .rev()
                .take_while(|&&m| m >= clause)
                .find(|&&m| verb_at_mark(c, m) || c.cs[m] == '等' && m + 1 < close)
                .map_or(clause, |m| m + 1);
            // (nor past a comma after something else than a name: `教授A介绍了情况，青年
            // 教师B、C等6位教师代表作了发言`)
            let from = (from..close)
                .rev()
                .find(|&k| matches!(c.cs[k], '，' | ',') && !names.iter().any(|n| n.b == k))
                .map_or(from, |k| k + 1);
            let within = |n: &Name| n.a >= from && n.b <= close;
            for n in names
                .iter_mut()
                .filter(|n| within(n) && (!generic || n.titles.is_empty()))
            {
                if !n.titles.iter().any(|x| x == t) {
                    n.titles.push(t.to_string());
                }
            }
        }
    }
    // an attendee list opening a sentence: `丁薛祥、刘鹤、孙春兰，……出席`
    let after_ends = c.end_marks.iter().map(|&m| m + 1);
    for p in std::iter::once(0)
        .chain(after_ends)
        .filter(|&p| p < c.len())
    {
        attendee_list(c, p, list);
        if list.len() < 3 || list.iter().any(|&(a, b)| taken[a..b].iter().any(|&t| t)) {
            continue;
        }
        for &(a, b) in list.iter() {
            mark(taken, a, b);
            names.push(Name {
                a,
                b,
                titles: Vec::new(),
                anchored: true,
            });
        }
    }
    // e.g. `某某当选为市长、市政府党组书记`: titles after 当选 belong to the name. Its
    // first character opens a verb of the meeting: without one marked, no name is walked
    let elected = !names.is_empty()
        && c.verb_marks.iter().any(|&v| {
            matches!(c.cs[v], '当' | '當') && (c.starts(v, "当选") || c.starts(v, "當選"))
        });
    for n in names.iter_mut().filter(|_| elected) {
        let mut j = n.b;
        let mut limit = (n.b + 12).min(c.len());
        // `罗兰、孟凡当选为副镇长`: across the names of a list (each `、` gives the next
        // name as much room: `A、B、C、D、E等7人当选为…`)
        while j < limit && (c.cs[j] == '、' || c.cs[j].is_ascii_digit() || !is_punct(c.cs[j])) {
            if c.cs[j] == '、' {
                limit = (j + 12).min(c.len());
            }
            if matches!(c.cs[j], '当' | '當') && (c.starts(j, "当选") || c.starts(j, "當選"))
            {
                let mut p = j + 2;
                if c.starts(p, "为") || c.starts(p, "為") {
                    p += 1;
                }
                while let Some(h) = head_from(heads, p) {
                    let t = c.s(h.t0, h.t1);
                    if !n.titles.iter().any(|x| x == t) {
                        n.titles.push(t.to_string());
                    }
                    p = h.t1;
                    if p < c.len() && c.cs[p] == '、' {
                        p += 1;
                    } else {
                        break;
                    }
                }
                break;
            }
            j += 1;
        }
    }
    appointees(c, heads, taken, names, list);
    comrades_appointed(c, heads, taken, names, list);
    resigning(c, heads, taken, names, list);
    names.sort_by_key(|n| n.a);
    out.reserve(names.len());
    for mut n in names.drain(..) {
        if formulation_after(c, n.b) {
            continue;
        }
        // `以习近平同志为核心`, `维护习近平总书记党中央的核心`: the core of a formulation
        if core_after(c, n.b) {
            n.anchored = false;
            n.titles.clear();
        }
        let surname = surname_of(c, n.a).map_or(0..0, |l| c.at[n.a]..c.at[n.a + l]);
        out.push(Found {
            start: c.at[n.a],
            end: c.at[n.b],
            name: Written::Span(c.at[n.a]..c.at[n.b]),
            surname,
            titles: n.titles,
            anchored: n.anchored,
            short: false,
            subject: acts(&c.text[c.at[n.b]..]),
            pinyin: false,
        });
    }
}

/// Names given a post by an appointment, an election or a removal (`APPOINTING`):
/// `会议决定任命潘志远为县教育体育局局长`, `增补蒋文澜、钟离远航2名同志为政协委员`,
/// `免去邵春梅的县卫生健康局局长职务`. The names stand right after the word and the
/// titles right after `为` (or `的`, for a removal); without titles there, nothing is read.
fn appointees(
    c: &Chars,
    heads: &[Head],
    taken: &mut [bool],
    names: &mut Vec<Name>,
    list: &mut Vec<(usize, usize)>,
) {
    for &i in c.verb_marks {
        if !appointing_at(c, i) {
            continue;
        }
        let removal = c.cs[i] == '免';
        let mut p = i + 2;
        // `推选乡人大主席龙海波为大会主席团常务主席`: the post held stands before the name
        if let Some(h) = head_from(heads, p).filter(|_| !removal) {
            p = h.t1;
        }
        // `选举A为镇党委书记，B、C为镇党委副书记`, `任命A为县教育局局长、B为县卫健委主任`:
        // the verb goes on over a comma or a `、` to the next names and post
        while let Some(end) = appointment(c, heads, removal, p, taken, names, list) {
            if removal || end >= c.len() || !matches!(c.cs[end], '，' | '、') {
                break;
            }
            p = end + 1;
        }
    }
}

/// `市委决定，韩立峰同志任中共青山县委委员、常委、书记`: a decision's post, after `同志任`,
/// is the named comrade's.
fn comrades_appointed(
    c: &Chars,
    heads: &[Head],
    taken: &mut [bool],
    names: &mut Vec<Name>,
    list: &mut Vec<(usize, usize)>,
) {
    let mut k0 = 0;
    while k0 < heads.len() {
        let p = heads[k0].t0;
        let k = joined_by_comma(c, heads, k0);
        let group = k0..=k;
        k0 = k + 1;
        if p < 4 || c.cs[p - 1] != '任' || !matches!(c.s(p - 3, p - 1), "同志" | "同誌") {
            continue;
        }
        let Some(a) = name_before_in_list(c, p - 3) else {
            continue;
        };
        let titles = coordinate(c, &heads[group]);
        let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
        list.clear();
        list.push((a, p - 3));
        give_list(list, &titles, names, taken);
    }
}

/// `关于接受李文辞去县政协副秘书长职务的决定`: the post a name resigns, right after `辞去` and
/// closed by `职务`, is the name's (held until then). One post only: `辞去A、B职务` is left.
fn resigning(
    c: &Chars,
    heads: &[Head],
    taken: &mut [bool],
    names: &mut Vec<Name>,
    list: &mut Vec<(usize, usize)>,
) {
    for &i in c.verb_marks {
        if !matches!(c.cs[i], '辞' | '辭') || c.cs.get(i + 1) != Some(&'去') {
            continue;
        }
        // (the name opens its clause or follows `接受` or `同意`, the longest first)
        let accepted = |a: usize| a >= 2 && matches!(c.s(a - 2, a), "接受" | "同意");
        let Some(a) = [4, 3, 2]
            .into_iter()
            .filter_map(|n| i.checked_sub(n))
            .find(|&a| (accepted(a) || opens_list_name(c, a)) && name_shaped(c, a, i))
        else {
            continue;
        };
        // the post, from after `辞去` to a head's end before `职务` (the head read from
        // further back takes the name and the verb into its body)
        let p = i + 2;
        let Some(h) = heads.iter().find(|h| h.t0 <= p && h.h0 >= p && h.t1 > p) else {
            continue;
        };
        if !c.starts(h.t1, "职务") && !c.starts(h.t1, "職務") {
            continue;
        }
        list.clear();
        list.push((a, i));
        give_list(list, &[c.s(p, h.t1)], names, taken);
    }
}

/// One appointment from `p` (the names, `为` and the post, or a removal's `……的……职务`):
/// the titles given, and where the post ends.
fn appointment(
    c: &Chars,
    heads: &[Head],
    removal: bool,
    mut p: usize,
    taken: &mut [bool],
    names: &mut Vec<Name>,
    list: &mut Vec<(usize, usize)>,
) -> Option<usize> {
    list.clear();
    while let Some(b) = appointee_at(c, p, heads) {
        list.push((p, b));
        if b < c.len() && c.cs[b] == '、' {
            p = b + 1;
        } else {
            p = b;
            break;
        }
    }
    if list.is_empty() {
        return None;
    }
    // `A、B、C3名同志为`
    if c.starts(p, "同志") {
        p += 2;
    }
    let q = p;
    while p < c.len() && (c.cs[p].is_ascii_digit() || count_of(c.cs[p]).is_some()) {
        p += 1;
    }
    if p > q {
        if p < c.len() && matches!(c.cs[p], '名' | '位') {
            p += 1;
            if c.starts(p, "同志") {
                p += 2;
            }
        } else {
            p = q;
        }
    }
    let joined = if removal {
        matches!(c.cs.get(p), Some('的'))
    } else {
        matches!(c.cs.get(p), Some('为' | '為'))
    };
    if joined {
        p += 1;
    }
    if !joined && !removal {
        return None;
    }
    let k0 = heads.partition_point(|h| h.t0 < p);
    let first = heads.get(k0).filter(|h| h.t0 == p)?;
    let k = joined_by_comma(c, heads, k0);
    // a removal names the post: `……局长职务`
    if removal && !c.starts(heads[k].t1, "职务") && !c.starts(heads[k].t1, "職務") {
        return None;
    }
    // the post is named, so a bare `委员` is a title here
    let titles = if first.kind & GENERIC != 0 && first.t0 == first.h0 {
        vec![c.s(first.t0, first.t1).to_string()]
    } else {
        coordinate(c, &heads[k0..=k])
    };
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    give_list(list, &titles, names, taken);
    Some(heads[k].t1)
}

/// The last head of the titles joined by `、` from head `k0` on (`委员、常委、书记`).
fn joined_by_comma(c: &Chars, heads: &[Head], k0: usize) -> usize {
    let mut k = k0;
    while k + 1 < heads.len() && heads[k + 1].t0 == heads[k].t1 + 1 && c.cs[heads[k].t1] == '、' {
        k += 1;
    }
    k
}

/// The names of `list` with `titles`: a name read already takes those it lacks; a new
/// one, outside the names taken, is read with them.
fn give_list(list: &[(usize, usize)], titles: &[&str], names: &mut Vec<Name>, taken: &mut [bool]) {
    for &(a, b) in list {
        if let Some(n) = names.iter_mut().find(|n| n.a == a && n.b == b) {
            for &t in titles {
                if !n.titles.iter().any(|x| x == t) {
                    n.titles.push(t.to_string());
                }
            }
            continue;
        }
        if taken[a..b].iter().any(|&t| t) {
            continue;
        }
        mark(taken, a, b);
        names.push(Name {
            a,
            b,
            titles: titles.iter().map(|t| t.to_string()).collect(),
            anchored: true,
        });
    }
}

/// `巴西当选总统卢拉`: a title after `当选` that runs on into a name makes `当选` part of
/// it ("president-elect"); only a post closed by punctuation (`何维当选主席。`) is one the
/// names before it were elected to.
fn elect_before_name(c: &Chars, i: usize, heads: &[Head]) -> bool {
    if !matches!(c.cs[i], '当' | '當') || !(c.starts(i, "当选") || c.starts(i, "當選")) {
        return false;
    }
    let mut p = i + 2;
    if p < c.len() && matches!(c.cs[p], '为' | '為') {
        p += 1;
    }
    let mut end = None;
    while let Some(h) = head_from(heads, p) {
        end = Some(h.t1);
        if h.t1 < c.len() && c.cs[h.t1] == '、' {
            p = h.t1 + 1;
        } else {
            break;
        }
    }
    end.is_some_and(|e| e < c.len() && !is_punct(c.cs[e]))
}

/// Does a word of `APPOINTING` start at `i`? Asked of every verb of the meeting, twice:
/// inlined, most are answered by the test of their first character.
#[inline(always)]
fn appointing_at(c: &Chars, i: usize) -> bool {
    let f = c.cs[i];
    if !matches!(f, '任' | '增' | '补' | '補' | '选' | '選' | '推' | '免') {
        return false;
    }
    match c.cs.get(i + 1) {
        Some(&g) => APPOINTING.contains(&(f, g)),
        // the last character of the unit: the text after it is compared, as `starts` does
        None => {
            let rest = &c.text[c.at[i + 1]..];
            APPOINTING
                .iter()
                .any(|&(x, y)| x == f && rest.starts_with(y))
        }
    }
}

/// The end of a name at `p` in an appointment: a surname and one or two characters, or
/// a dotted name, before `为`, `、`, `的`, `同志` or a count.
fn appointee_at(c: &Chars, p: usize, heads: &[Head]) -> Option<usize> {
    if p >= c.len() {
        return None;
    }
    let ends = |b: usize| {
        b < c.len()
            && (matches!(c.cs[b], '为' | '為' | '、' | '的')
                || c.starts(b, "同志")
                || c.cs[b].is_ascii_digit()
                || count_of(c.cs[b]).is_some())
    };
    if let Some(l) = surname_of(c, p) {
        for g in [2, 1] {
            let b = p + l + g;
            if ends(b) && name_shaped(c, p, b) {
                return Some(b);
            }
        }
    }
    dotted_name_end(c, p, heads).filter(|&b| ends(b))
}

fn mark(taken: &mut [bool], a: usize, b: usize) {
    for t in &mut taken[a..b] {
        *t = true;
    }
}

/// `习近平新时代中国特色社会主义思想`: a name inside a formulation.
fn formulation_after(c: &Chars, b: usize) -> bool {
    // the first characters of the words below: most names are followed by none
    b < c.len()
        && matches!(c.cs[b], '新' | '思' | '外' | '经' | '經' | '法' | '强')
        && [
            "新时代",
            "新時代",
            "思想",
            "外交思想",
            "经济思想",
            "經濟思想",
            "法治思想",
            "强军思想",
        ]
        .iter()
        .any(|w| c.starts(b, w))
}

/// Verbs of which a name before them is the subject.
const ACTS: &[&str] = &[
    "指出", "强调", "強調", "表示", "说", "說", "要求", "主持", "出席", "讲话", "講話", "作",
    "介绍", "介紹", "传达", "傳達", "通报", "通報", "汇报", "匯報", "提出", "希望", "总结", "總結",
    "代表", "受", "首先", "发表", "發表", "宣布", "宣佈", "带领", "帶領",
];

/// Does the text after a name go on with a verb of which it is the subject (after a
/// title or `同志` written behind the name)?
fn acts(rest: &str) -> bool {
    let mut r = rest;
    // the first character is decoded once, and again only after a title
    let mut first = r.chars().next();
    // the first characters of the titles below: most names are followed by none
    if matches!(first, Some('同' | '总' | '總' | '委' | '主')) {
        for h in [
            "同志",
            "总书记",
            "總書記",
            "委员长",
            "委員長",
            "总理",
            "總理",
            "主席",
        ] {
            if let Some(x) = r.strip_prefix(h) {
                r = x;
                first = r.chars().next();
                break;
            }
        }
    }
    first.is_some_and(|f| {
        ACTS_FIRST.contains(f)
            && ACTS_BY_FIRST
                .get(&f)
                .is_some_and(|vs| vs.iter().any(|v| r.starts_with(v)))
    })
}

/// The first characters of `ACTS`.
static ACTS_FIRST: Lazy<CharSet> =
    Lazy::new(|| ACTS.iter().filter_map(|v| v.chars().next()).collect());

/// `ACTS` by their first characters.
static ACTS_BY_FIRST: Lazy<Map<char, Vec<&'static str>>> = Lazy::new(|| {
    let mut m: Map<char, Vec<&'static str>> = Map::default();
    for v in ACTS {
        if let Some(f) = v.chars().next() {
            m.entry(f).or_default().push(v);
        }
    }
    m
});

/// `核心` shortly after a name, in the same clause; or the name opens the title of a body
/// of thought that the slogan catalogue holds (`习近平总书记关于加强和改进人民政协工作的重要
/// 思想`; not `习近平总书记关于加强和改进民族工作的重要思想`, a person's thinking on a topic).
fn core_after(c: &Chars, b: usize) -> bool {
    // each word opens with a character of `CORE_CHARS`: without one in reach, no walk
    let k = c.core_marks.partition_point(|&m| m < b);
    if c.core_marks.get(k).is_none_or(|&m| m >= b + 40) {
        return false;
    }
    // one walk for both: `核心` within nine characters, the body of thought within forty
    let mut j = b;
    while j < c.len() && j < b + 40 && !is_punct(c.cs[j]) {
        // the first character before the words: most characters open none
        let ch = c.cs[j];
        if ch == '核' && j < b + 9 && c.starts(j, "核心") {
            return true;
        }
        if matches!(ch, '关' | '關') && ABOUT_THOUGHTS.iter().any(|t| c.starts(j, t)) {
            return true;
        }
        j += 1;
    }
    false
}

/// The Chinese forms of the built-in slogan catalogue that name a body of thought by its
/// topic (`关于加强和改进人民政协工作的重要思想`).
static ABOUT_THOUGHTS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    super::slogan_forms(3, |w| {
        (w.starts_with("关于") || w.starts_with("關於"))
            && (w.ends_with("重要思想") || w.ends_with("重要論述") || w.ends_with("重要论述"))
    })
});

/// The length of the surname at `i` (2 for a compound one).
#[inline(always)]
fn surname_of(c: &Chars, i: usize) -> Option<usize> {
    if i >= c.len() {
        return None;
    }
    let f = c.cs[i];
    let k = bits(&CHAR_BITS, f);
    if k & COMPOUND_FIRST != 0 && i + 1 < c.len() && COMPOUND.1.contains(&(f, c.cs[i + 1])) {
        return Some(2);
    }
    (k & SURNAME != 0).then_some(1)
}

/// What the reading asks of a character, as bits of `CHAR_BITS`.
const SURNAME: u16 = 1;
const COMPOUND_FIRST: u16 = 2;
const FUNCTION: u16 = 4;
/// Not in a given name: no Han character, or one of `ORG_CHARS`.
const NOT_GIVEN: u16 = 8;
const NOT_NAMES_FIRST: u16 = 16;
const WORDS_FIRST: u16 = 32;
const TRANSITIVE_FIRST: u16 = 64;
const STOP: u16 = 128;
/// `breaks`: punctuation or white space.
const BREAK: u16 = 256;
const ORG: u16 = 512;
const SPLIT: u16 = 1024;
const BOUNDARY: u16 = 2048;
/// `breaks` not worked out in the table: a character outside Han, ASCII and the
/// punctuation blocks, rare in a Chinese text, whose answer needs the Unicode tables (for
/// every such character of the plane they cost more than the rest of the table).
const BREAK_UNKNOWN: u16 = 4096;

/// The bits of a character: a name and the organisation before a head are tested at
/// each of their characters against several sets, and one load finds them all.
fn char_bits(ch: char) -> u16 {
    bits_but_break(ch) | if breaks(ch) { BREAK } else { 0 }
}

/// `BREAK` where it comes without the Unicode tables, else `BREAK_UNKNOWN`.
fn table_bits_break(ch: char) -> u16 {
    let known = ch.is_ascii() || crate::document::is_han(ch) || in_punct_blocks(ch);
    match (known, known && breaks(ch)) {
        (false, _) => BREAK_UNKNOWN,
        (true, true) => BREAK,
        (true, false) => 0,
    }
}

/// Does the character `ch`, of bits `k` (`bits`), break a name: punctuation or white space?
#[inline(always)]
fn breaks_by(k: u16, ch: char) -> bool {
    k & BREAK != 0 || (k & BREAK_UNKNOWN != 0 && breaks(ch))
}

/// `char_bits` but `BREAK`.
fn bits_but_break(ch: char) -> u16 {
    let f = &*FIRSTS;
    let bit = |b: bool, k: u16| if b { k } else { 0 };
    bit(LEX.zh_surnames.contains(ch), SURNAME)
        | bit(COMPOUND.0.contains(ch), COMPOUND_FIRST)
        | bit(f.function_chars.contains(ch), FUNCTION)
        | bit(
            !crate::document::is_han(ch) || f.org_chars.contains(ch),
            NOT_GIVEN,
        )
        | bit(f.not_names.contains(ch), NOT_NAMES_FIRST)
        | bit(f.words.contains(ch), WORDS_FIRST)
        | bit(f.transitive.contains(ch), TRANSITIVE_FIRST)
        | bit(f.stop_before.contains(ch), STOP)
        | bit(f.org_chars.contains(ch), ORG)
        | bit(SPLIT_FIRST.contains(ch), SPLIT)
        | bit(BOUNDARY_FIRST.contains(ch), BOUNDARY)
}

/// `char_bits` of each character of the Basic Multilingual Plane, with `BREAK_UNKNOWN`
/// where `breaks` needs the Unicode tables. The sets are laid in from their bitmaps, not
/// asked of each of the 65,536 characters: a process pays this on its first Chinese
/// paragraph.
static CHAR_BITS: Lazy<Box<[u16; 0x10000]>> = Lazy::new(|| {
    let mut t = Box::new([0u16; 0x10000]);
    let f = &*FIRSTS;
    let sets: [(&CharSet, u16); 11] = [
        (&LEX.zh_surnames, SURNAME),
        (&COMPOUND.0, COMPOUND_FIRST),
        (&f.function_chars, FUNCTION),
        (&f.org_chars, NOT_GIVEN),
        (&f.not_names, NOT_NAMES_FIRST),
        (&f.words, WORDS_FIRST),
        (&f.transitive, TRANSITIVE_FIRST),
        (&f.stop_before, STOP),
        (&f.org_chars, ORG),
        (&SPLIT_FIRST, SPLIT),
        (&BOUNDARY_FIRST, BOUNDARY),
    ];
    for (set, bit) in sets {
        for (w, &word) in set.bmp.iter().enumerate() {
            let mut m = word;
            while m != 0 {
                if let Some(slot) = t.get_mut(w * 64 + m.trailing_zeros() as usize) {
                    *slot |= bit;
                }
                m &= m - 1;
            }
        }
    }
    for (k, slot) in t.iter_mut().enumerate() {
        let Some(ch) = u32::try_from(k).ok().and_then(char::from_u32) else {
            continue;
        };
        if !crate::document::is_han(ch) {
            *slot |= NOT_GIVEN;
        }
        *slot |= table_bits_break(ch);
    }
    t
});

#[inline(always)]
fn bits(t: &[u16; 0x10000], ch: char) -> u16 {
    match t.get(ch as usize) {
        Some(&k) => k,
        None => char_bits(ch),
    }
}

/// The compound surnames of two characters (the only ones `surname_of` can find), and
/// their first characters: most characters open none, and are passed over with one bit.
static COMPOUND: Lazy<(CharSet, Set<(char, char)>)> = Lazy::new(|| {
    let mut firsts = CharSet::default();
    let mut pairs = Set::default();
    for w in &LEX.zh_compound {
        let mut cs = w.chars();
        if let (Some(f), Some(g), None) = (cs.next(), cs.next(), cs.next()) {
            firsts.insert(f);
            pairs.insert((f, g));
        }
    }
    (firsts, pairs)
});

/// Heads with their organisation, in text order, none overlapping, into `out`.
fn find_heads(c: &Chars, out: &mut Vec<Head>) {
    out.clear();
    let mut i = 0;
    let mut floor = 0;
    // only a character that opens a head is looked at further
    for &p in c.head_marks {
        if p < i {
            continue;
        }
        i = p;
        let Some((l, kind)) = head_at(c, i) else {
            i += 1;
            continue;
        };
        let e = i + l;
        // `省政协委员代表刘晓东、葛玉珍`: members who speak for the others, a label (not
        // `委员代表团`, `代表大会`)
        // (the last character first: most heads end in none of the three)
        let (e, kind) = if e >= 2
            && matches!(c.cs[e - 1], '员' | '員' | '委')
            && matches!(c.s(e - 2, e), "委员" | "委員" | "常委")
            && c.starts(e, "代表")
            && !matches!(c.cs.get(e + 2), Some('团' | '團' | '大'))
        {
            (e + 2, (kind & !(GENERIC | ACADEMIC)) | LABEL)
        } else {
            (e, kind)
        };
        // `委员长会议`, `主席台`, `常委会`, `书记处`, `总领事馆`: a meeting or a body, not a
        // title
        let body = e < c.len()
            && (matches!(
                c.cs[e],
                '台' | '团' | '團' | '处' | '處' | '室' | '级' | '級' | '国' | '國' | '馆' | '館'
            ) || (matches!(c.cs[e], '会' | '會')
                && !(e + 1 < c.len() && matches!(c.cs[e + 1], '见' | '見' | '同' | '上')))
                // `河长制`, `河湖长制办公室`, `林长制`: a system named by its post
                || (c.cs[e] == '制'
                    && matches!(c.cs[e - 1], '长' | '長')
                    && !matches!(c.cs.get(e + 1), Some('定' | '作' | '止')))
                // `律师事务所`, `律师协会`, `工程师学会`
                || (matches!(c.cs[e], '事' | '协' | '協' | '学' | '學')
                    && ["事务所", "事務所", "协会", "協會", "学会", "學會"]
                        .iter()
                        .any(|w| c.starts(e, w))));
        // `地处长江上游`, `身处长期`: 处 closes a word (`地处`, `身处`), so no `处长`
        let word_before = i > 0
            && matches!(c.cs[i], '处' | '處')
            && matches!(
                c.cs[i - 1],
                '地' | '身'
                    | '深'
                    | '好'
                    | '到'
                    | '此'
                    | '何'
                    | '之'
                    | '相'
                    | '难'
                    | '難'
                    | '住'
                    | '出'
                    | '用'
            );
        // `全体学员`, `全体委员`: the whole of a body, no one's title
        let whole = i >= 2 && c.cs[i - 2] == '全' && matches!(c.s(i - 2, i), "全体" | "全體");
        if body || word_before || whole {
            i += 1;
            continue;
        }
        let mut t0 = i;
        let f = &*FIRSTS;
        let t = &*CHAR_BITS;
        // an organisation of up to 27 characters (`湖北省广水市公安局交通警察大队武胜关中队`)
        while t0 > floor && t0 + 28 > i {
            let (ch, k) = (c.cs[t0 - 1], bits(t, c.cs[t0 - 1]));
            // `县委“两新”工委书记`: a short quoted word inside the organisation
            if ch == '”' {
                if let Some(open) = marked_word_before(c, t0 - 1, floor, '“', 4) {
                    t0 = open;
                    continue;
                }
            }
            // `中共中央党校（国家行政学院）经济学教研部教授`: a body's other name in brackets
            if ch == '）' {
                // (its name ends as a body does)
                let body_end =
                    |_: &usize| ORG_CHARS.contains(&c.cs[t0 - 2]) || c.cs[t0 - 2] == '校';
                if let Some(open) = marked_word_before(c, t0 - 1, floor, '（', 10).filter(body_end)
                {
                    t0 = open;
                    continue;
                }
            }
            if k & STOP != 0 {
                // `文化和旅游局`, `中共中央对外联络部`: an organisation that holds the stop
                if let Some(a) = bridge_before(c, t0, floor) {
                    t0 = a;
                    continue;
                }
                // `、佳和康养集团董事长`: a `和` with one character between it and the
                // punctuation before is inside a company's name, not a conjunction
                if ch == '和'
                    && t0 >= 2
                    && t0 - 2 >= floor
                    && !is_punct(c.cs[t0 - 2])
                    && (t0 == 2 || is_punct(c.cs[t0 - 3]))
                {
                    t0 -= 2;
                    continue;
                }
            }
            if k & STOP != 0
                || breaks_by(k, ch)
                || (t0 >= 2
                    && bits(t, c.cs[t0 - 2]) & TRANSITIVE_FIRST != 0
                    && may_open(&f.transitive_pairs, c, t0 - 2, t0)
                    && TRANSITIVE_SET.contains(c.s(t0 - 2, t0))
                    // `市委理论学习中心组组长`, `县政协文化文史和学习委员会主任`: the study
                    // group's and the committee's names hold `学习`
                    && !(c.starts(t0, "中心组")
                        || c.starts(t0, "中心組")
                        // `航天员支持中心主任`
                        || (c.s(t0 - 2, t0) == "支持" && c.starts(t0, "中心"))
                        || c.starts(t0, "委员会")
                        || c.starts(t0, "委員會")))
            {
                break;
            }
            t0 -= 1;
        }
        // `应国家主席习近平邀请`, `据土耳其国防部长`: a preposition before the title, where
        // `应急管理部`, `应用技术研究院` open an organisation
        if t0 < i
            && matches!(c.cs[t0], '应' | '應' | '据' | '據')
            && !matches!(c.cs[t0 + 1], '急' | '用' | '点' | '點')
        {
            t0 += 1;
        }
        // `韩立峰同志任中共青山县委委员`: the post given, after `同志任`
        if t0 + 1 < i && t0 >= 2 && c.cs[t0] == '任' && matches!(c.s(t0 - 2, t0), "同志" | "同誌")
        {
            t0 += 1;
        }
        // (and `根据巴西总统卢拉签署的法令`, `委托全国人大常委会秘书长A负责主持`,
        // `习近平连任中国国家主席`: the post, not the verb that gives it)
        // (the first character first: most organisations open with none of these words)
        if t0 + 2 < i
            && matches!(
                c.cs[t0],
                '根' | '委' | '连' | '連' | '担' | '擔' | '出' | '接' | '增'
            )
            && matches!(
                c.s(t0, t0 + 2),
                "根据"
                    | "根據"
                    | "委托"
                    | "委託"
                    | "连任"
                    | "連任"
                    | "担任"
                    | "擔任"
                    | "出任"
                    | "接任"
                    | "增补"
                    | "增補"
            )
        {
            t0 += 2;
        }
        // `选举增补市政协委员A为…`: the `举` of `选举` after the stop `选`
        if t0 + 1 < i
            && t0 > 0
            && matches!(c.cs[t0], '举' | '舉')
            && matches!(c.s(t0 - 1, t0 + 1), "选举" | "選舉")
        {
            t0 += 1;
            if t0 + 2 < i && matches!(c.s(t0, t0 + 2), "增补" | "增補") {
                t0 += 2;
            }
        }
        // `国家主席习近平应俄罗斯总统普京邀请`: the invitation's `应` after the name of an
        // official before, where `供应`, `响应` and `应急`, `应对` stand inside an
        // organisation
        if let Some(p) = (t0 + 2..i.saturating_sub(1)).rev().find(|&p| {
            matches!(c.cs[p], '应' | '應')
                && !matches!(c.cs[p + 1], '急' | '用' | '点' | '點' | '对' | '對')
                && !matches!(
                    c.cs[p - 1],
                    '供' | '响' | '響' | '适' | '適' | '相' | '反' | '效'
                )
                && (name_shaped(c, p - 2, p) || (p >= t0 + 3 && name_shaped(c, p - 3, p)))
        }) {
            t0 = p + 1;
        }
        // a name before the head is not its organisation (`习近平总书记`)
        let mut name = None;
        // honorifics take no organisation
        if kind & HONORIFIC != 0 {
            t0 = i;
        }
        if kind & AFTER_NAME_HEAD != 0 {
            let head = c.s(i, e);
            // `广大院士`, `支持教授`: before an academic rank, which also names a group,
            // only a name of three characters
            let academic = kind & ACADEMIC != 0;
            name = [3, 2, 4]
                .into_iter()
                .filter(|&n| n == 3 || !academic)
                .filter(|&n| n <= i - t0.min(i) || (n <= i && i - n >= floor))
                .map(|n| i - n)
                .find(|&a| {
                    // a name before a head stands alone or follows a verb that takes a
                    // person (`学习习近平总书记`, `统一到习近平总书记`, `在于习近平总书记的领航
                    // 掌舵`); `巴巴多斯总理`,
                    // `大家告诉总书记` hold no name
                    a >= floor
                        && name_shaped(c, a, i)
                        // `5位内阁副总理`, `两名副市长`: a count's classifier opens no name
                        && !(a > 0
                            && matches!(c.cs[a], '位' | '名')
                            && (c.cs[a - 1].is_ascii_digit()
                                || matches!(
                                    c.cs[a - 1],
                                    '一' | '二' | '两' | '兩' | '三' | '四' | '五' | '六' | '七' | '八'
                                        | '九' | '十' | '几' | '幾' | '多'
                                )))
                        // `向雷锋同志`, `和通伦总书记`: the name after the preposition
                        && !(i - a == 3 && OPEN_NAME.contains(&c.cs[a]) && name_shaped(c, a + 1, i))
                        && ((matches!(head, "总书记" | "總書記")
                            && a >= 1
                            && matches!(c.cs[a - 1], '到' | '了' | '好' | '于' | '於'))
                            || after_transitive(c, a)
                            || a == 0
                            || is_punct(c.cs[a - 1])
                            || OPEN_NAME.contains(&c.cs[a - 1]))
                });
            // `伊拉克总理苏达尼`, `黎巴嫩总理`: a country before the head, not a name
            let country = name.is_some() && PLACE_ENDS.contains(&c.cs[i - 1]);
            if country {
                name = None;
            }
            if name.is_some() {
                t0 = i;
            }
        }
        // `对卡洛斯·贝尔蒙特总统的问候`: a dotted name before any head
        if name.is_none() && kind & HONORIFIC == 0 {
            name = dotted_before_head(c, floor, i);
            if name.is_some() {
                t0 = i;
            }
        }
        out.push(Head {
            t0,
            h0: i,
            t1: e,
            name,
            kind,
        });
        floor = e;
        i = e;
    }
}

/// Where a word of two to `longest` Chinese characters that closes at `close` (with the
/// mark before it) opens at the mark `open`, not before `floor`, when a Chinese character
/// stands before it: a quoted word inside an organisation (`县委“两新”工委`, up to four)
/// or a body's other name in brackets (`中共中央党校（国家行政学院）`, up to ten).
fn marked_word_before(
    c: &Chars,
    close: usize,
    floor: usize,
    open: char,
    longest: usize,
) -> Option<usize> {
    let at = (close.saturating_sub(longest + 1)..close.saturating_sub(2))
        .rev()
        .find(|&o| c.cs[o] == open)?;
    let inner_han = (at + 1..close).all(|j| crate::document::is_han(c.cs[j]));
    (at > floor && inner_han && crate::document::is_han(c.cs[at - 1])).then_some(at)
}

/// The end of a group label that a body's name opens at `p` (`市委理论学习中心组成员`): a
/// label of members (`…成员`) that starts within ten Chinese characters that hold a
/// character of a body.
fn org_label_at(c: &Chars, p: usize) -> Option<usize> {
    let end = (p + 11).min(c.len());
    let mut org = false;
    for q in p..end {
        let ch = c.cs[q];
        if q > p && LABEL_FIRST.contains(ch) {
            if let Some(l) = MEMBER_LABELS
                .iter()
                .filter(|l| c.starts(q, l))
                .max_by_key(|l| l.len())
            {
                return org.then(|| q + l.chars().count());
            }
        }
        if !crate::document::is_han(ch) || matches!(ch, '的' | '和' | '及' | '与' | '與') {
            return None;
        }
        org |= ORG_CHARS.contains(&ch);
    }
    None
}

/// `6位常委` at `p`, after `等`: a count (digits or numerals), `位` or `名`, and a head
/// (not `同志`); the head's span.
fn counted_head_at(c: &Chars, p: usize) -> Option<(usize, usize)> {
    let mut q = p;
    while q < c.len() && q < p + 3 && (c.cs[q].is_ascii_digit() || count_of(c.cs[q]).is_some()) {
        q += 1;
    }
    if q == p || q >= c.len() || !matches!(c.cs[q], '位' | '名') {
        return None;
    }
    // (`等5位同志`: comrades, no post)
    let (len, _) = head_at(c, q + 1).filter(|&(_, k)| k & TONGZHI == 0)?;
    let end = q + 1 + len;
    // `等8位委员和专家`: a group of two kinds, neither the post of each
    if matches!(c.cs.get(end), Some('和' | '及' | '与' | '與' | '、')) {
        return None;
    }
    // `等6位教师代表`: those who speak for the head's holders, not a delegation
    // (`代表团`) or a congress (`代表大会`)
    let speak_for = c.starts(end, "代表") && !matches!(c.cs.get(end + 2), Some('团' | '團' | '大'));
    Some((q + 1, if speak_for { end + 2 } else { end }))
}

/// `企业负责人` at `p`, after `等` and before a comma or a stop: a label of people in
/// charge of two to eight Han characters; where it ends.
fn in_charge_label_at(c: &Chars, p: usize) -> Option<usize> {
    let end = (p..(p + 9).min(c.len())).find(|&q| !crate::document::is_han(c.cs[q]))?;
    let closed = matches!(c.cs[end], '，' | ',' | '。' | '；');
    (closed && end >= p + 5 && matches!(c.s(end - 3, end), "负责人" | "負責人")).then_some(end)
}

/// The bodies of `paired_bodies`' list: `n` spans joined by `、`, the last the organisation
/// of the title `h` (`省水利厅、省林业局负责人`), when the list of `n` names ending at
/// `list_end` is followed by `分别`; in text order.
fn paired_bodies(c: &Chars, h: &Head, n: usize, list_end: usize) -> Option<Vec<Range<usize>>> {
    if n < 2 || !(c.starts(list_end, "分别") || c.starts(list_end, "分別")) {
        return None;
    }
    let mut bodies = Vec::with_capacity(n);
    bodies.push(h.t0..h.h0);
    let mut e = h.t0;
    while bodies.len() < n {
        if e < 2 || c.cs[e - 1] != '、' {
            return None;
        }
        let end = e - 1;
        let mut start = end;
        while start > 0
            && end - start < 15
            && crate::document::is_han(c.cs[start - 1])
            && !is_punct(c.cs[start - 1])
        {
            start -= 1;
        }
        // a body's name, ending as bodies do (`厅`, `局`, `委`), with nothing before it but
        // punctuation or the text's start
        let body_end = matches!(
            c.cs[end - 1],
            '厅' | '廳' | '局' | '委' | '办' | '辦' | '院' | '会' | '會' | '部'
        );
        if start == end
            || !body_end
            || (start > 0 && !is_punct(c.cs[start - 1]) && c.cs[start - 1] != '、')
        {
            return None;
        }
        bodies.push(start..end);
        e = start;
    }
    // the list of bodies is all there is: none more before the first
    if e > 0 && c.cs[e - 1] == '、' {
        return None;
    }
    bodies.reverse();
    Some(bodies)
}

/// `A以15票全票当选为…`, `以全票当选`: where the votes won, before `当选` at `v`, start.
fn votes_before(c: &Chars, v: usize) -> Option<usize> {
    if !(c.starts(v, "当选") || c.starts(v, "當選")) || v == 0 || c.cs[v - 1] != '票' {
        return None;
    }
    (v.saturating_sub(10)..v - 1)
        .rev()
        .find(|&k| c.cs[k] == '以')
        .filter(|&k| (k + 1..v).all(|j| !is_punct(c.cs[j]) || c.cs[j].is_ascii_digit()))
}

/// The start of a dotted name that ends at `i` (`卡洛斯·贝尔蒙特`, after `floor`): each
/// part after a dot two to eight characters, the first one to four, opened where a name
/// stands alone (after punctuation, `对`, `同`, a verb that takes a person).
fn dotted_before_head(c: &Chars, floor: usize, i: usize) -> Option<usize> {
    if !c.dotted {
        return None;
    }
    let han = |k: usize| crate::document::is_han(c.cs[k]);
    let mut d = i;
    loop {
        // a part after a dot
        let end = d;
        while d > floor && han(d - 1) && end - d < 8 {
            d -= 1;
        }
        if end - d < 2 || d <= floor + 1 || c.cs[d - 1] != '·' || !han(d - 2) {
            return None;
        }
        let dot = d - 1;
        let mut k = dot;
        while k > floor && han(k - 1) && dot - k < 8 {
            k -= 1;
        }
        if k > floor && c.cs[k - 1] == '·' && dot - k >= 2 {
            d = dot;
            continue;
        }
        // the first part: the longest that opens where a name stands alone
        let a = (1..=(dot - k).min(4)).rev().map(|l| dot - l).find(|&a| {
            !OPEN_NAME.contains(&c.cs[a])
                && (a == 0
                    || a == floor
                    || is_punct(c.cs[a - 1])
                    || OPEN_NAME.contains(&c.cs[a - 1])
                    || after_transitive(c, a))
        })?;
        // `夏巴兹·谢里夫和伊朗总统`: a conjunction or a preposition joins a second side
        let t = &*CHAR_BITS;
        let joined = c.cs[a..i]
            .iter()
            .any(|&ch| bits(t, ch) & ORG != 0 || OPEN_NAME.contains(&ch));
        return (!joined).then_some(a);
    }
}

/// Does a verb that takes a person stand right before `a`, alone or with `了`
/// (`学习习近平总书记`, `传达了李强总理所作的报告`)?
fn after_transitive(c: &Chars, a: usize) -> bool {
    (a >= 2 && TRANSITIVE_SET.contains(c.s(a - 2, a)))
        || (a >= 3 && c.cs[a - 1] == '了' && TRANSITIVE_SET.contains(c.s(a - 3, a - 1)))
}

/// `居民代表杜大爷、林阿姨`: is `c[g..b]`, after a surname, a word of kin? Then the whole
/// is a form of address, not a name.
fn kin_word(c: &Chars, g: usize, b: usize) -> bool {
    b == g + 2
        && matches!(
            c.cs[g],
            '大' | '阿' | '奶' | '爷' | '爺' | '婆' | '师' | '師'
        )
        && matches!(
            c.s(g, b),
            "大爷"
                | "大爺"
                | "大妈"
                | "大媽"
                | "大娘"
                | "大叔"
                | "大婶"
                | "大嬸"
                | "大姐"
                | "大哥"
                | "阿姨"
                | "阿婆"
                | "奶奶"
                | "爷爷"
                | "爺爺"
                | "婆婆"
                | "师傅"
                | "師傅"
        )
}

/// Is `a..b` a name: a surname and one or two characters, no organisation in it?
fn name_shaped(c: &Chars, a: usize, b: usize) -> bool {
    let Some(l) = surname_of(c, a) else {
        return false;
    };
    let n = b - a;
    // `等40余名老同志`: a count's `余名`, not the surname 余
    if a > 0
        && b > a + 1
        && c.cs[a] == '余'
        && matches!(c.cs[a + 1], '名' | '位' | '人')
        && (c.cs[a - 1].is_ascii_digit() || matches!(c.cs[a - 1], '十' | '百' | '千' | '万' | '萬'))
    {
        return false;
    }
    if kin_word(c, a + l, b) {
        return false;
    }
    // `1983年任部长`: the year's `年`, not the surname
    if a > 0
        && c.cs[a] == '年'
        && (crate::numerals::digit(c.cs[a - 1]).is_some()
            || crate::numerals::zh_digit(c.cs[a - 1]).is_some())
    {
        return false;
    }
    // the surname is checked by the table (司马, 区, 党 are surnames); the given name
    // holds no character of a body
    let t = &*CHAR_BITS;
    let last = c.cs[b - 1];
    if !(n > l && n <= l + 2 && last != '等')
        || (n == l + 2 && bits(t, last) & FUNCTION != 0 && !he_ends_name(c, b))
        || c.cs[a + l..b]
            .iter()
            .any(|&ch| bits(t, ch) & NOT_GIVEN != 0)
    {
        return false;
    }
    let f = &*FIRSTS;
    let first = bits(t, c.cs[a]);
    let given = bits(t, c.cs[a + l]);
    // a word of `NOT_NAMES`; `乌国防部长`: a surname before one
    // (or one opens it: `部长通道上回应社会关切`)
    let not_name = (first & NOT_NAMES_FIRST != 0
        && may_open(&f.not_names_pairs, c, a, b)
        && (NOT_NAMES_SET.contains(c.s(a, b))
            || n == 3 && l == 1 && NOT_NAMES_SET.contains(c.s(a, a + 2))))
        || (given & NOT_NAMES_FIRST != 0
            && may_open(&f.not_names_pairs, c, a + l, b)
            && NOT_NAMES_SET.contains(c.s(a + l, b)));
    // a word of `WORDS` (two to four characters) or of `TRANSITIVE` (two) opens it;
    // `向代表`, `席就座`: a surname before a word
    let word = (first & WORDS_FIRST != 0
        && may_open(&f.words_pairs, c, a, b)
        && (a + 2..=b).any(|e| WORDS.contains(c.s(a, e))))
        || (first & TRANSITIVE_FIRST != 0
            && may_open(&f.transitive_pairs, c, a, a + 2)
            && TRANSITIVE_SET.contains(c.s(a, a + 2)))
        || (given & WORDS_FIRST != 0
            && may_open(&f.words_pairs, c, a + l, b)
            && WORDS.contains(&c.s(a + l, b)));
    !not_name && !word
}

/// Whether the title group `pg` is more titles of the one name after `g`: it stands right
/// before `g`, parted by `，`, opens a clause, names no one (`县卫健委党组书记、主任，县中医药
/// 发展服务中心主任A`) and is no plural label (`县卫健委领导班子成员，县纪委…组长B出席`,
/// `各乡镇党委书记，…`).
fn stacked_before(c: &Chars, pg: &[Head], g: &[Head]) -> bool {
    let (first, last) = (&pg[0], &pg[pg.len() - 1]);
    // (or stands after `由`: `会议由市委副书记、市长，市双拥工作领导小组组长A主持`)
    let opens =
        first.t0 == 0 || matches!(c.cs[first.t0 - 1], '。' | '；' | '：' | '，' | '\n' | '由');
    let plural = ["各", "全体", "全體", "有关", "有關"]
        .iter()
        .any(|w| c.starts(first.t0, w));
    last.t1 + 1 == g[0].t0
        && c.cs[last.t1] == '，'
        && opens
        && !plural
        && pg.iter().all(|h| {
            h.name.is_none()
                && h.kind & (TONGZHI | HAS_FUREN) == 0
                && (h.kind & LABEL == 0 || matches!(c.s(h.h0, h.t1), "党组成员" | "黨組成員"))
        })
}

/// The titles of a group of heads joined by `、`.
fn coordinate(c: &Chars, g: &[Head]) -> Vec<String> {
    let first = &g[0];
    let mut out = Vec::with_capacity(g.len());
    out.push(c.s(first.t0, first.t1).to_string());
    // most groups are one title: the organisation is read only for the titles after it
    if g.len() == 1 {
        return out;
    }
    // the organisation of the first title, without its party unit
    let (mut org, mut unit, mut with_unit) = organisation(c, first);
    for h in &g[1..] {
        let written = c.s(h.t0, h.t1);
        let own = c.s(h.t0, h.h0);
        let head = c.s(h.h0, h.t1);
        let bare =
            own.is_empty() || (own.ends_with(PARTY_UNIT_LASTS) && PARTY_UNITS.contains(&own));
        let own_level = head.chars().any(|ch| LEVEL_CHARS.contains(&ch))
            || opens_party_unit(head) && !own.is_empty();
        // (a group's label borrows nothing: `县政协委员、提案人代表A` is no `县提案人代表`)
        let label = h.kind & LABEL != 0;
        if bare && !own_level && !label && !org.is_empty() {
            let post = own.is_empty() && PARTY_POSTS.contains(&head);
            let (org, unit) = match (post, unit) {
                (true, Some(u)) => (org, u),
                (true, None) => (with_unit, ""),
                (false, _) => (org, ""),
            };
            let mut t = String::with_capacity(org.len() + unit.len() + written.len());
            t.push_str(org);
            t.push_str(unit);
            t.push_str(written);
            out.push(t);
        } else {
            out.push(written.to_string());
            // a title with its own organisation gives it to the heads after it:
            // `全国政协委员、市政协党组书记、主席` (`市政协主席`)
            if !bare {
                (org, unit, with_unit) = organisation(c, h);
            }
        }
    }
    out
}

/// The organisation of the title of `h` as the heads coordinated after it share it: without
/// its party unit; the unit a post of the unit itself takes (`镇党委副书记、组织委员`; it
/// may open the head, `党委副书记`, or end the organisation); and the organisation with
/// the unit.
fn organisation<'c>(c: &'c Chars, h: &Head) -> (&'c str, Option<&'static str>, &'c str) {
    let mut org = c.s(h.t0, h.h0);
    let head = c.s(h.h0, h.t1);
    let unit = PARTY_UNITS.iter().find(|u| head.starts_with(*u)).copied();
    let with_unit = org;
    // `分党组副书记` read as `分` + `党组副书记`: the `分` belongs to the party unit
    if opens_party_unit(head) {
        if let Some(o) = org.strip_suffix('分') {
            org = o;
        }
    }
    if org.ends_with(PARTY_UNIT_LASTS) {
        if let Some(o) = PARTY_UNITS.iter().find_map(|u| org.strip_suffix(u)) {
            org = o;
        }
    }
    (org, unit, with_unit)
}

/// The first characters of `PARTY_UNITS`, and their last: most titles hold no unit, and
/// are passed over with a test of one character.
const PARTY_UNIT_FIRSTS: [char; 3] = ['分', '党', '黨'];
const PARTY_UNIT_LASTS: [char; 5] = ['组', '組', '委', '支', '部'];

/// Does `s` open with a word of `PARTY_UNITS`?
fn opens_party_unit(s: &str) -> bool {
    s.starts_with(PARTY_UNIT_FIRSTS) && PARTY_UNITS.iter().any(|u| s.starts_with(u))
}

/// The head whose title starts at `p`. The heads are in text order and do not overlap,
/// so their starts, heads and ends all rise.
fn head_from(heads: &[Head], p: usize) -> Option<&Head> {
    let k = heads.partition_point(|h| h.t0 < p);
    heads.get(k).filter(|h| h.t0 == p)
}

/// Is there a name boundary at `p`?
fn boundary(c: &Chars, p: usize, heads: &[Head]) -> bool {
    p >= c.len()
        || {
            let k = bits(&CHAR_BITS, c.cs[p]);
            breaks_by(k, c.cs[p]) || (k & BOUNDARY != 0 && boundary_word_at(c, p))
        }
        || head_from(heads, p).is_some_and(|h| h.h0 == p)
}

/// Does a word of `BOUNDARY_WORDS` start at `p`? Inside the paragraph, a word of up to
/// three characters is looked up by its characters; past its end (a word may run on),
/// or for a longer word, the text is.
fn boundary_word_at(c: &Chars, p: usize) -> bool {
    let t = &*BOUNDARY_BY_LEN;
    if t.longer || p + 2 >= c.len() {
        return starts_with_any(&c.text[c.at[p]..], &BOUNDARY_WORDS.0, BOUNDARY_WORDS.1);
    }
    let (f, g) = (c.cs[p], c.cs[p + 1]);
    t.one.contains(f)
        || t.two.contains(&(f, g))
        || (t.three_first.contains(f) && t.three.contains(&(f, g, c.cs[p + 2])))
}

/// `钱立和列席会议`, `邓凯、闵永和出席`: a `和` with nothing after it to join (a verb of
/// the meeting, or punctuation) ends a given name.
fn he_ends_name(c: &Chars, b: usize) -> bool {
    c.cs[b - 1] == '和' && (b >= c.len() || breaks(c.cs[b]) || verb_at(c, b))
}

/// A name starting at `a`: its end, and whether it is `name_shaped` (known for a name
/// read from its surname, so not checked again).
fn name_at(c: &Chars, a: usize, heads: &[Head], in_list: bool) -> Option<(usize, bool)> {
    // a conjunction or preposition is no surname here (`委员和专家`), but after `、` a
    // `和` is the surname (`杨绍武、和建军`)
    if a >= c.len()
        || head_from(heads, a).is_some()
        || match c.cs[a] {
            '和' => !(in_list && a > 0 && c.cs[a - 1] == '、'),
            '及' | '与' | '與' | '对' | '對' | '为' | '為' | '以' | '在' | '同' => true,
            _ => false,
        }
    {
        return None;
    }
    let t = &*CHAR_BITS;
    if let Some(l) = surname_of(c, a) {
        for g in [2, 1] {
            let b = a + l + g;
            if g == 2 && b <= c.len() && bits(t, c.cs[b - 1]) & FUNCTION != 0 && !he_ends_name(c, b)
            {
                continue;
            }
            // `主任周海关于……`: the name ends before `关于`
            if g == 2
                && b < c.len()
                && ((bits(t, c.cs[b - 1]) & WORDS_FIRST != 0
                    && may_open(&FIRSTS.words_pairs, c, b - 1, b + 1)
                    && WORDS.contains(&c.s(b - 1, b + 1)))
                    || (bits(t, c.cs[b - 1]) & SPLIT != 0
                        && FIRSTS.split_pairs.contains(&(c.cs[b - 1], c.cs[b]))))
            {
                continue;
            }
            // `詹姆斯·德默特`: the name goes on after the dot
            if b < c.len() && c.cs[b] == '·' {
                break;
            }
            if b <= c.len() && name_shaped(c, a, b) && boundary(c, b, heads) {
                return Some((b, true));
            }
        }
    }
    // `英国首相鲍里斯·约翰逊今天`: a dotted name after a title
    if !in_list {
        if let Some(e) = dotted_name_end(c, a, heads) {
            return Some((e, false));
        }
    }
    // a longer name (`洛桑江村`, `林郑月娥`, `雪克来提·扎克尔`) between punctuation
    let mut b = a;
    while b < c.len()
        && (crate::document::is_han(c.cs[b]) || c.cs[b] == '·')
        && b - a < 10
        && !(b > a && may_close(c.cs[b]) && verb_or_deng_at(c, b))
    {
        b += 1;
    }
    let n = b - a;
    // a title inside the run ends the list (`常务主席和秘书长`)
    let k = heads.partition_point(|h| h.h0 <= a);
    if heads.get(k).is_some_and(|h| h.h0 < b) {
        return None;
    }
    let list_end = b >= c.len() || matches!(c.cs[b], '、' | '，' | ',' | '。' | '；' | '(' | '（');
    let or_word = b < c.len()
        && matches!(c.cs[b], '等' | '出' | '列')
        && ["等", "出席", "列席"].iter().any(|w| c.starts(b, w));
    let fits = if in_list {
        (2..=4).contains(&n) || (n <= 10 && c.cs[a..b].contains(&'·'))
    } else {
        let k = heads.partition_point(|h| h.t1 < a);
        let generic = heads
            .get(k)
            .is_some_and(|h| h.t1 == a && h.kind & GENERIC != 0);
        !generic
            && ((n == 4 && surname_of(c, a).is_some() && list_end)
                || ((2..=4).contains(&n) && b < c.len() && c.cs[b] == '、'))
    };
    // (`宣布辞职`, `有关报告`: a word of `NOT_NAMES` opens no longer name either)
    let word_first = || n >= 3 && NOT_NAMES_SET.contains(c.s(a, a + 2));
    if fits
        && (list_end || or_word)
        && !c.cs[a..b].iter().any(|&ch| bits(t, ch) & ORG != 0)
        && !word_first()
        && !surname_of(c, a).is_some_and(|l| kin_word(c, a + l, b))
    {
        return Some((b, false));
    }
    None
}

/// Words after a dotted name that are not part of it (besides the words of
/// [`boundary`]): times and verbs of news reports.
const AFTER_DOTTED: &[&str] = &[
    "今天",
    "当天",
    "當天",
    "日前",
    "近日",
    "当地时间",
    "當地時間",
    "此前",
    "将",
    "將",
    "警告",
    "宣布",
    "称",
    "稱",
    "认为",
    "認為",
    "举行",
    "舉行",
    "会见",
    "會見",
    "会谈",
    "會談",
    "通电话",
    "通電話",
    "宣布",
    "致",
    "的",
    "独家",
    "獨家",
    "专访",
    "專訪",
    "获奖",
    "獲獎",
    "近期",
    "当年",
    "當年",
    "时隔",
    "時隔",
    "拒绝",
    "拒絕",
    "批评",
    "批評",
];

/// The first characters of `AFTER_DOTTED`: the words are compared only where one stands,
/// where each character of a dotted name was compared with every word.
static AFTER_DOTTED_FIRST: Lazy<CharSet> = Lazy::new(|| {
    AFTER_DOTTED
        .iter()
        .filter_map(|w| w.chars().next())
        .collect()
});

/// The end of a transliterated name with a middle dot starting at `a` (`鲍里斯·约翰逊`,
/// `萨米娅·苏卢胡·哈桑`): a first part of one to six characters, then parts of two to
/// eight, the last ending where the Han characters do or a word that follows names
/// begins; anything else is no name.
fn dotted_name_end(c: &Chars, a: usize, heads: &[Head]) -> Option<usize> {
    if !c.dotted {
        return None;
    }
    let han = |i: usize| i < c.len() && crate::document::is_han(c.cs[i]);
    // the first part: one to six characters, then the dot
    let mut i = a;
    while han(i) && i - a < 6 {
        i += 1;
    }
    if i == a || i >= c.len() || c.cs[i] != '·' {
        return None;
    }
    // each later part: another dot after two characters or more goes on to the next
    // part; else the part ends, after two characters, at the end of the characters or
    // at a word that follows names
    loop {
        let d = i;
        let mut p = d + 1;
        loop {
            if p >= d + 3 && c.cs.get(p) == Some(&'·') {
                i = p;
                break;
            }
            let stop = !han(p)
                || boundary(c, p, heads)
                || (AFTER_DOTTED_FIRST.contains(c.cs[p])
                    && AFTER_DOTTED.iter().any(|w| c.starts(p, w)));
            if stop {
                if p < d + 3 {
                    return None;
                }
                let t = &*CHAR_BITS;
                let org = c.cs[a..p].iter().any(|&ch| bits(t, ch) & ORG != 0);
                return (!org).then_some(p);
            }
            if p >= d + 9 {
                return None;
            }
            p += 1;
        }
    }
}

/// May `ch` open a verb of the meeting or be `等` (bit 1 of `CLASS`)? Most characters do
/// not, and are passed over with one load.
#[inline(always)]
fn may_close(ch: char) -> bool {
    CLASS[ch as usize] & 2 != 0
}

/// Does a verb of the meeting or `等` start at `i`? Only a character that opens one is
/// compared with the list.
fn verb_or_deng_at(c: &Chars, i: usize) -> bool {
    i < c.len() && (c.cs[i] == '等' || verb_at(c, i))
}

/// Does a verb of the meeting start at `i`? The first two characters are tested first
/// (the second only inside the paragraph: a verb may run past its end); inside it, a
/// verb of two characters is their pair, a longer one is compared with the text.
#[inline(always)]
fn verb_at(c: &Chars, i: usize) -> bool {
    i < c.len() && VERB_FIRST.contains(c.cs[i]) && verb_at_mark(c, i)
}

/// `verb_at` for a character of `Chars::verb_marks` (which opens a verb of the meeting or
/// is `等`): its first character is not looked up again. The test is only a shortcut, as
/// no pair and no text that opens no verb is in the tables.
#[inline(always)]
fn verb_at_mark(c: &Chars, i: usize) -> bool {
    if i + 1 >= c.len() {
        return VERBS.iter().any(|v| c.starts(i, v));
    }
    let pair = (c.cs[i], c.cs[i + 1]);
    let (two, longer, filter) = &*VERB_PAIRS;
    filter.may_hold(pair.0, pair.1)
        && (two.contains(&pair) || (longer.contains(&pair) && VERBS.iter().any(|v| c.starts(i, v))))
        && (pair != ('代', '表') || reports_after(c, i + 2))
}

/// Does the clause from `p` give a report (`…向大会作题为《…》的工作报告`)? `代表` is a verb
/// of the meeting only then (`A代表县委作报告`), not a deputy (`王丽萍代表说`, `人大代表`).
fn reports_after(c: &Chars, p: usize) -> bool {
    let end = (p + 60).min(c.len());
    let mut made = false;
    for q in p..end {
        match c.cs[q] {
            '，' | '。' | '；' | '：' | ',' | ';' => return false,
            '作' | '做' => made = true,
            '报' | '報' if made && q + 1 < c.len() && matches!(c.cs[q + 1], '告') => {
                return true
            }
            _ => {}
        }
    }
    false
}

/// May an attendee list (`attendee_list`) open `text[unit]` or a sentence of it: do
/// three names of two or three characters, the first two followed by a `、`, `和` or `及`
/// (`three_joined`), stand after its start or after a sentence end (`SENTENCE_ENDS`)?
/// The ends are found by the shared scan (`。` and `；` among the `stops` of Chinese
/// sentences, which hold a few more; `：` and U+3000 among the `SENTENCE_END` hits), but
/// for `:` and ` `, rare in Chinese, sought here.
fn list_may_open(text: &str, unit: Range<usize>, hits: &[Hit], stops: &[Hit]) -> bool {
    let joined_at = |p: usize| text.get(p..unit.end).is_some_and(three_joined);
    let s = text.get(unit.clone()).unwrap_or_default();
    joined_at(unit.start)
        || stops
            .iter()
            .any(|h| h.entry & STOP_ZH != 0 && joined_at(h.end))
        || hits
            .iter()
            .any(|h| h.entry == SENTENCE_END && joined_at(h.end))
        || memchr::memchr2_iter(b' ', b':', s.as_bytes()).any(|i| joined_at(unit.start + i + 1))
}

/// Could `attendee_list` read its three names (it keeps no fewer) at the start of `r`: a
/// `、`, `和` or `及` after two or three characters and again after two or three more,
/// and then one that may close a name after two or three more? Only the characters are
/// looked at, not the names: a list of two things (`完整、准确、全面贯彻`, `听取和审议`)
/// is told by its places, where only the first was looked at before.
fn three_joined(r: &str) -> bool {
    // most places hold no first name, which the third and fourth characters tell: where
    // the first four take three bytes each (nearly always), those two are compared as
    // bytes, not decoded with the two before them (`、` E3 80 81, `和` E5 92 8C, `及` E5 8F
    // 8A)
    if let Some(w) = r.as_bytes().get(..12) {
        let joins = |c: &[u8]| {
            matches!(
                c,
                [0xE3, 0x80, 0x81] | [0xE5, 0x92, 0x8C] | [0xE5, 0x8F, 0x8A]
            )
        };
        if [0, 3, 6, 9].iter().all(|&i| w[i] & 0xF0 == 0xE0)
            && !joins(&w[6..9])
            && !joins(&w[9..12])
        {
            return false;
        }
    }
    three_joined_chars(r)
}

/// [`three_joined`], reading the characters.
fn three_joined_chars(r: &str) -> bool {
    let joins = |ch: char| matches!(ch, '、' | '和' | '及');
    let closes = |ch: char| matches!(ch, '、' | '，' | ',' | '。' | '等' | '和' | '及');
    // three names and the marks after them: twelve characters at most
    let mut cs = ['\0'; 12];
    for (k, ch) in r.chars().take(cs.len()).enumerate() {
        cs[k] = ch;
        // most places hold no first name, which four characters tell
        if k == 3 && !joins(cs[2]) && !joins(cs[3]) {
            return false;
        }
    }
    [2, 3].into_iter().filter(|&a| joins(cs[a])).any(|a| {
        [a + 3, a + 4]
            .into_iter()
            .filter(|&b| joins(cs[b]))
            .any(|b| closes(cs[b + 3]) || closes(cs[b + 4]))
    })
}

/// The marks of `SENTENCE_ENDS` that `list_may_open` finds by triggers of this extractor.
pub(super) const MARKED_SENTENCE_ENDS: [&str; 2] = ["：", "\u{3000}"];

/// Names of two or three characters joined by `、`, closed by `，`, `。` or `等`, into
/// `out` (left empty if there is no such list).
fn attendee_list(c: &Chars, mut p: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    loop {
        let Some(b) = [3, 2].into_iter().map(|n| p + n).find(|&b| {
            // the character after first: it rules out most places
            b < c.len()
                && matches!(c.cs[b], '、' | '，' | ',' | '。' | '等' | '和' | '及')
                && name_shaped(c, p, b)
        }) else {
            out.clear();
            return;
        };
        out.push((p, b));
        match c.cs[b] {
            '、' | '和' | '及' => p = b + 1,
            _ => return,
        }
    }
}

/// Skips `(驻会)` after a name.
fn skip_paren(c: &Chars, mut p: usize) -> usize {
    if p < c.len() && matches!(c.cs[p], '(' | '（') {
        let q = p;
        while p < c.len() && !matches!(c.cs[p], ')' | '）') && p - q < 8 {
            p += 1;
        }
        if p < c.len() && matches!(c.cs[p], ')' | '）') {
            return p + 1;
        }
        return q;
    }
    p
}

/// The names of the list starting at `p`, into `out`.
fn list_at(c: &Chars, mut p: usize, heads: &[Head], has_org: bool, out: &mut Vec<(usize, usize)>) {
    out.clear();
    // the names known to be `name_shaped`, as bits by their place in the list
    let mut shaped = 0u64;
    while let Some((b, is_shaped)) = name_at(c, p, heads, !out.is_empty()) {
        if is_shaped && out.len() < 64 {
            shaped |= 1 << out.len();
        }
        out.push((p, b));
        let q = skip_paren(c, b);
        if q < c.len() && matches!(c.cs[q], '、' | '和' | '及' | '与' | '與') {
            p = q + 1;
        } else {
            break;
        }
    }
    // a name without a known surname (`铁凝`, `洛桑江村`) needs a list that a verb of the
    // meeting closes, a dot (`雪克来提·扎克尔`), or, alone, a surname and four characters
    // (`林郑月娥，`): `扎根一线、履职尽责` is no list of names
    let closed = out.last().is_some_and(|&(_, b)| {
        let q = skip_paren(c, b);
        verb_or_deng_at(c, q)
    });
    let single = out.len() == 1;
    if let Some(k) = out.iter().enumerate().position(|(k, &(a, b))| {
        // `应泰王国总理巴育邀请`, `牢记总书记殷殷嘱托`: no name ends in a verb, and a
        // four-character one stands after a title with its organisation
        // each test only where those before it fail: most names are closed or shaped
        let alone = || {
            let tail = c.s(b - 2, b);
            single
                && has_org
                && b - a == 4
                && surname_of(c, a).is_some()
                && !WORDS.contains(tail)
                && !TRANSITIVE_SET.contains(tail)
        };
        let is_shaped = k < 64 && shaped & 1 << k != 0;
        !(closed || is_shaped || name_shaped(c, a, b) || c.cs[a..b].contains(&'·') || alone())
    }) {
        out.truncate(k);
    }
}

/// The names of the list closed at `v` (`A、B和C出席`), opened by a boundary, into
/// `out` (left empty if there is no such list).
fn list_before(c: &Chars, v: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut b = v;
    loop {
        let Some(a) = name_before_in_list(c, b) else {
            out.clear();
            return;
        };
        out.push((a, b));
        if a == 0 {
            break;
        }
        let p = c.cs[a - 1];
        if matches!(p, '、' | '和' | '及' | '与' | '與') && a >= 2 {
            b = a - 1;
            continue;
        }
        if breaks(p)
            || p == '由'
            || (a >= 2 && matches!((c.cs[a - 2], c.cs[a - 1]), ('还' | '還', '有')))
        {
            break;
        }
        out.clear();
        return;
    }
    out.reverse();
}

/// The start of a dotted name ending at `b` (`阿依古丽·买买提`): Han parts joined by dots,
/// each of two to five characters, the last of at most four. A longer part holds a title
/// (`副委员长艾力更·依明巴海`, `迪丽娜尔·阿布拉委员`).
fn dotted_before(c: &Chars, b: usize) -> Option<usize> {
    if !c.dotted {
        return None;
    }
    let mut a = b;
    let mut part = 0;
    let mut dots = 0;
    while a > 0 && part <= 5 {
        let ch = c.cs[a - 1];
        if crate::document::is_han(ch) {
            part += 1;
        } else if ch == '·' && (2..=5).contains(&part) && (dots > 0 || part <= 4) {
            dots += 1;
            part = 0;
        } else {
            break;
        }
        a -= 1;
    }
    (dots > 0 && (2..=5).contains(&part)).then_some(a)
}

/// Does a name of a list open at `a`: after a joining word, punctuation or `还有`?
#[inline(always)]
fn opens_list_name(c: &Chars, a: usize) -> bool {
    a == 0 || {
        let p = c.cs[a - 1];
        matches!(p, '、' | '和' | '及' | '与' | '與' | '由')
            || breaks(p)
            || (a >= 2 && matches!((c.cs[a - 2], c.cs[a - 1]), ('还' | '還', '有')))
    }
}

fn name_before_in_list(c: &Chars, b: usize) -> Option<usize> {
    if let Some(a) = dotted_before(c, b).filter(|&a| opens_list_name(c, a)) {
        return Some(a);
    }
    // the longest first
    for n in [4, 3, 2] {
        let Some(a) = b.checked_sub(n) else {
            continue;
        };
        // `由我国主持`: 由 opens the clause here, it is no surname
        if c.cs[a] == '由' {
            continue;
        }
        // what stands before first: it rules out most places
        if opens_list_name(c, a) && name_shaped(c, a, b) {
            return Some(a);
        }
    }
    None
}

/// The buffers of `more_mentions`, kept from one document to the next.
#[derive(Default)]
struct MentionBufs {
    /// The index in `found` of the first anchored find of each name, and its `fingerprint`.
    known: Vec<usize>,
    keys: Vec<u64>,
    /// The spans found, by start, and the furthest end up to each.
    spans: Vec<(usize, usize)>,
    reach: Vec<usize>,
    /// The matches, as start and index in `known`.
    hits: Vec<(usize, usize)>,
    /// Where each name in `known` is looked for again: past its last match kept.
    from: Vec<usize>,
}

/// Every other mention of the officials found, in the paragraphs read.
pub(super) fn more_mentions(text: &str, units: &[Range<usize>], found: &mut Vec<Found>) {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => more_with(text, units, found, &mut sc.mentions),
        Err(_) => more_with(text, units, found, &mut MentionBufs::default()),
    });
}

/// The bytes of a name that `NameMasks` looks at: the second and third of its first
/// character and the third of its second, continuation bytes spread over 64 values in Han
/// characters, where the first byte of a character is one of a few. (Three cost fewer in
/// all than two, which let more places through to be tested, or than four.)
const MASKED: [usize; 3] = [1, 2, 5];

/// The names of a document as a filter of the places where one may start, looked for all
/// at once: where a finder for each name (`memmem`) passed over the text once per name, and
/// a searcher of many (`aho_corasick`) costs more to make for each document than the passes
/// it saves. Each name has a bit (the ninth name shares the first's): for each byte of
/// `MASKED`, the bits of the names with a byte of that low half (`lo`) and of that high
/// half (`hi`). A place where a bit stays set through all of them may start that name.
struct NameMasks {
    lo: [[u8; 16]; MASKED.len()],
    hi: [[u8; 16]; MASKED.len()],
}

impl NameMasks {
    fn new<'n>(names: impl Iterator<Item = &'n [u8]>) -> NameMasks {
        let mut m = NameMasks {
            lo: [[0; 16]; MASKED.len()],
            hi: [[0; 16]; MASKED.len()],
        };
        for (k, name) in names.enumerate() {
            let bit = 1 << (k % 8);
            for (o, &at) in MASKED.iter().enumerate() {
                match name.get(at) {
                    Some(&x) => {
                        m.lo[o][usize::from(x & 0xF)] |= bit;
                        m.hi[o][usize::from(x >> 4)] |= bit;
                    }
                    // a short name passes whatever stands there
                    None => {
                        m.lo[o].iter_mut().for_each(|l| *l |= bit);
                        m.hi[o].iter_mut().for_each(|h| *h |= bit);
                    }
                }
            }
        }
        m
    }

    /// Every place in `span` from `from` on where some name may start, in order, with the
    /// bits of the names that may.
    fn each(&self, span: &[u8], from: usize, f: impl FnMut(usize, u8)) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2
            return unsafe { self.each_avx2(span, from, f) };
        }
        self.each_from(span, from, f)
    }

    /// `each` byte by byte: the few places past the last vector, or a processor without
    /// AVX2. A byte past the end passes (the name is tested in full after).
    fn each_from(&self, span: &[u8], from: usize, mut f: impl FnMut(usize, u8)) {
        for p in from..span.len() {
            let mut bits = 0xFF;
            for (o, &at) in MASKED.iter().enumerate() {
                if let Some(&x) = span.get(p + at) {
                    bits &= self.lo[o][usize::from(x & 0xF)] & self.hi[o][usize::from(x >> 4)];
                }
            }
            if bits != 0 {
                f(p, bits);
            }
        }
    }

    /// `each` 32 places at a time, as Teddy does (`aho_corasick::packed`): a shuffle looks
    /// up the bits of 32 bytes' halves at once.
    ///
    /// # Safety
    ///
    /// The processor must have AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn each_avx2(&self, span: &[u8], from: usize, mut f: impl FnMut(usize, u8)) {
        use std::arch::x86_64::*;
        const REACH: usize = MASKED[MASKED.len() - 1];
        // the last places, fewer than `REACH + 32` bytes before the end, are looked at in a
        // copy padded with zeros, in two vectors at most: a zero past the end fails only a
        // name too long to fit there
        let mut rest = [0u8; 2 * 32 + REACH];
        let mut names = [0u8; 32];
        // SAFETY: the processor has AVX2 (the caller's promise); each table load reads 16
        // bytes of a table of 16; each load of the text reads 32 bytes from `p + at` on,
        // with `at` at most `REACH`, inside `span`, and of the copy from `q + at` on, with
        // `q` at most 32, inside `rest`; the store writes 32 bytes into `names`, of 32
        unsafe {
            let table =
                |t: &[u8; 16]| _mm256_broadcastsi128_si256(_mm_loadu_si128(t.as_ptr().cast()));
            let lo = self.lo.each_ref().map(table);
            let hi = self.hi.each_ref().map(table);
            let low = _mm256_set1_epi8(0xF);
            // the bits of the names that may start at each of the 32 places from `at` on
            let block = |at: *const u8| {
                let mut any = _mm256_set1_epi8(-1);
                for (o, &m) in MASKED.iter().enumerate() {
                    let v = _mm256_loadu_si256(at.add(m).cast());
                    let l = _mm256_shuffle_epi8(lo[o], _mm256_and_si256(v, low));
                    let h =
                        _mm256_shuffle_epi8(hi[o], _mm256_and_si256(_mm256_srli_epi16(v, 4), low));
                    any = _mm256_and_si256(any, _mm256_and_si256(l, h));
                }
                any
            };
            let mut each = |p: usize, any: __m256i, mut bits: u32| {
                if bits != 0 {
                    _mm256_storeu_si256(names.as_mut_ptr().cast(), any);
                }
                while bits != 0 {
                    let i = bits.trailing_zeros() as usize;
                    f(p + i, names[i]);
                    bits &= bits - 1;
                }
            };
            let set = |any: __m256i| {
                !(_mm256_movemask_epi8(_mm256_cmpeq_epi8(any, _mm256_setzero_si256())) as u32)
            };
            let mut p = from;
            while p + REACH + 32 <= span.len() {
                let any = block(span.as_ptr().add(p));
                each(p, any, set(any));
                p += 32;
            }
            let Some(tail) = span.get(p..) else {
                return;
            };
            rest[..tail.len()].copy_from_slice(tail);
            for q in (0..tail.len()).step_by(32) {
                let any = block(rest.as_ptr().add(q));
                // the places past the end are none
                let inside = u32::MAX >> 32usize.saturating_sub(tail.len() - q);
                each(p + q, any, set(any) & inside);
            }
        }
    }
}

/// Past this many names, a document's names are told apart by a hash set.
const FEW_NAMES: usize = 32;

fn more_with(text: &str, units: &[Range<usize>], found: &mut Vec<Found>, bufs: &mut MentionBufs) {
    let MentionBufs {
        known,
        keys,
        spans,
        reach,
        hits,
        from,
    } = bufs;
    // the first anchored find of each name in Han characters: a few names are told apart
    // by their keys, more by a set
    known.clear();
    keys.clear();
    let mut seen: Set<&str> = Set::default();
    for (i, f) in found.iter().enumerate() {
        let name = f.name_in(text);
        // a first byte of 0xE5..0xE9 opens a Han character (U+5000..U+9FFF)
        let han = name
            .as_bytes()
            .first()
            .is_some_and(|x| (0xE5..=0xE9).contains(x))
            || name.chars().any(crate::document::is_han);
        if !(f.anchored && han) {
            continue;
        }
        let new = if known.len() < FEW_NAMES {
            let key = super::fingerprint(name);
            let new = !keys
                .iter()
                .zip(known.iter())
                .any(|(&k, &j)| k == key && found[j].name_in(text) == name);
            if new {
                keys.push(key);
            }
            new
        } else {
            if seen.is_empty() {
                seen.extend(known.iter().map(|&j| found[j].name_in(text)));
            }
            seen.insert(name)
        };
        if new {
            known.push(i);
        }
    }
    drop(seen);
    if known.is_empty() {
        return;
    }
    // the spans found, by start, with the furthest end up to each: does one overlap?
    spans.clear();
    spans.extend(found.iter().map(|f| (f.start, f.end)));
    // the finds of a text come in order nearly always: a look costs less than a sort
    if !spans.is_sorted() {
        spans.sort_unstable();
    }
    reach.clear();
    let mut far = 0;
    for &(_, e) in spans.iter() {
        far = far.max(e);
        reach.push(far);
    }
    let spans = &spans[..];
    let reach = &reach[..];
    // the matches come by start, so the spans that start before the end of one are
    // counted on from those of the match before, a step or two, not searched for
    let mut k = 0;
    let mut overlaps = |start: usize, end: usize| {
        while k < spans.len() && spans[k].0 < end {
            k += 1;
        }
        while k > 0 && spans[k - 1].0 >= end {
            k -= 1;
        }
        k > 0 && reach[k - 1] > start
    };
    // all the names are searched for in one pass over the stretch of text the units
    // cover, and a match is kept only inside a unit. Each name's matches are those
    // `match_indices` would give over each unit: they do not overlap within a unit, so a
    // name is looked for again only from the end of its last match kept (`from`), and
    // after a match that no unit holds, from its next byte. The matches come by start,
    // and at one start by name, as a sort of them would put them.
    let (Some(first), Some(last)) = (units.first(), units.last()) else {
        return;
    };
    let span = &text.as_bytes()[..last.end];
    let masks = NameMasks::new(known.iter().map(|&i| found[i].name_in(text).as_bytes()));
    hits.clear();
    from.clear();
    from.resize(known.len(), first.start);
    let mut u = 0;
    masks.each(span, first.start, |p, bits| {
        while units[u].end <= p {
            u += 1;
        }
        // the names whose bit is set, in order: name `k` has bit `k % 8`, so the bits
        // copied into each byte of a word mark the names of a run of 64; only those are
        // looked at, where a test of each name's bit cost more than the few names tested
        let spread = u64::from(bits) * 0x0101_0101_0101_0101;
        for base in (0..known.len()).step_by(64) {
            let n = known.len() - base;
            let mut names = if n < 64 {
                spread & ((1 << n) - 1)
            } else {
                spread
            };
            while names != 0 {
                let k = base + names.trailing_zeros() as usize;
                names &= names - 1;
                let name = found[known[k]].name_in(text);
                let e = p + name.len();
                if p < from[k] || !span[p..].starts_with(name.as_bytes()) {
                    continue;
                }
                if units[u].start <= p && e <= units[u].end {
                    hits.push((p, k));
                    from[k] = e;
                }
            }
        }
    });
    // the mentions go straight after the finds: those named are all before them
    found.reserve(hits.len());
    for &(start, k) in hits.iter() {
        let f = &found[known[k]];
        let end = start + f.name_in(text).len();
        // most matches are the finds themselves: the overlap is tested first
        if overlaps(start, end) {
            continue;
        }
        let rest = &text[end..];
        if ["新时代", "新時代", "思想"]
            .iter()
            .any(|w| rest.starts_with(w))
        {
            continue;
        }
        let (name, surname) = (f.name.clone(), f.surname.clone());
        found.push(Found {
            start,
            end,
            name,
            surname,
            titles: Vec::new(),
            anchored: false,
            short: false,
            subject: acts(rest),
            pinyin: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefilter::{Lexicon, Prefilter};

    /// The triggers of the extractor, compiled once for the tests: a paragraph is read with
    /// its hits, as `extract` reads it.
    static PREFILTER: Lazy<Prefilter> = Lazy::new(|| {
        let mut triggers = Vec::new();
        super::super::triggers(&mut triggers);
        crate::document::triggers(&mut triggers);
        Prefilter::new(&triggers)
    });

    fn read_all(text: &str) -> Vec<Found> {
        let hits = PREFILTER.scan(text);
        let (anchors, stops) = (hits.of(Lexicon::Official), hits.of(Lexicon::Break));
        let mut out = Vec::new();
        read(text, 0..text.len(), anchors, stops, &mut out);
        out
    }

    /// `read` passes over a paragraph whose anchors name bodies (`before_body`) only where
    /// a reading finds no one: each head word is an anchor, and each word of an
    /// appointment a verb of the meeting, so the hits tell what `read_chars` would look at.
    #[test]
    fn a_paragraph_of_bodies_is_passed_over_only_where_it_names_no_one() {
        let mut triggers = Vec::new();
        super::super::triggers(&mut triggers);
        let anchor = |w: &str| {
            triggers.iter().any(|t| {
                t.lexicon == Lexicon::Official
                    && t.pattern == w
                    && t.entry != SAYING
                    && t.entry != SENTENCE_END
            })
        };
        for w in HEAD_WORDS.iter() {
            assert!(anchor(w), "{w}");
        }
        for &(f, g) in APPOINTING {
            assert!(VERBS.contains(&format!("{f}{g}").as_str()), "{f}{g}");
        }
        // (and whether some anchor names a body: `常委会见` is a meeting with someone)
        for (text, body) in [
            ("市人大常委会召开第三十六次主任会议", true),
            (
                "会议听取了市人民政府关于全市经济运行情况的报告，研究了市人大常委会有关事项。",
                true,
            ),
            ("王浩、李明等6位常委会见了代表团。", false),
            ("王浩、李明等6位常委会组成人员。", true),
            ("丁薛祥、刘鹤、孙春兰，在人大常委会。", true),
            ("会议决定任命潘志远为县人大常委会主任。", true),
            ("市委常委会会议由市委书记李强主持。", true),
        ] {
            let hits = PREFILTER.scan(text);
            let mut sc = Scratch::default();
            let mut all = Vec::new();
            read_with(text, 0..text.len(), &mut sc, &mut all);
            let found = |f: &[Found]| f.iter().map(|f| (f.start, f.end)).collect::<Vec<_>>();
            assert_eq!(found(&read_all(text)), found(&all), "{text}");
            let bodies = hits
                .of(Lexicon::Official)
                .iter()
                .filter(|h| h.entry == HEAD && before_body(text, &(0..text.len()), h))
                .count();
            assert_eq!(bodies > 0, body, "{text}");
        }
    }

    #[test]
    fn three_joined_names_may_open_a_list() {
        for r in [
            "丁薛祥、刘鹤、孙春兰，",
            "丁薛祥、刘鹤和孙春兰，",
            "王浩、李明、张三等",
            "欧阳坚、王浩、李明。",
        ] {
            assert!(three_joined(r), "{r}");
        }
        for r in [
            "完整、准确、全面贯彻",
            "听取和审议市人民政府",
            "丁薛祥、刘鹤",
            "",
        ] {
            assert!(!three_joined(r), "{r}");
        }
    }

    /// The bytes of the third and fourth characters answer as the characters do, wherever
    /// a mark stands among characters of one, two, three and four bytes.
    #[test]
    fn three_joined_by_bytes_is_three_joined_by_chars() {
        let parts = ["王", "、", "和", "及", "，", "等", "a", "é", "𠀀", "丁薛"];
        // every string of up to five parts
        let mut strings = vec![String::new()];
        let mut last = strings.clone();
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|s| parts.iter().map(move |p| format!("{s}{p}")))
                .collect();
            strings.extend(last.iter().cloned());
        }
        for s in &strings {
            for tail in ["", "王、李", "等人"] {
                let r = format!("{s}{tail}");
                assert_eq!(three_joined(&r), three_joined_chars(&r), "{r}");
            }
        }
    }

    #[test]
    fn the_table_answers_as_the_character_tests() {
        for ch in ('\0'..='\u{FFFF}').chain(['\u{20000}', '\u{1F600}']) {
            let (k, want) = (bits(&CHAR_BITS, ch), char_bits(ch));
            assert_eq!(breaks_by(k, ch), want & BREAK != 0, "{ch:?}");
            let rest = !(BREAK | BREAK_UNKNOWN);
            assert_eq!(k & rest, want & rest, "{ch:?}");
        }
    }

    fn names(text: &str) -> Vec<(String, Vec<String>)> {
        read_all(text)
            .into_iter()
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
        one("区委书记聂长青主持会议。", "聂长青", &["区委书记"]);
        one(
            "县政协党组书记、主席周立新主持。",
            "周立新",
            &["县政协党组书记", "县政协主席"],
        );
        one(
            "县委副书记、县长郑红出席。",
            "郑红",
            &["县委副书记", "县长"],
        );
        one("习近平总书记指出，", "习近平", &["总书记"]);
        one("市委常委欧阳坚出席。", "欧阳坚", &["市委常委"]);
        one(
            "国务委员兼外交部部长秦刚出席。",
            "秦刚",
            &["国务委员", "外交部部长"],
        );
        assert_eq!(
            names("副主席吴标及秘书长孙海出席。"),
            [
                ("吴标".to_string(), vec!["副主席".to_string()]),
                ("孙海".to_string(), vec!["秘书长".to_string()]),
            ]
        );
    }

    #[test]
    fn decoding_finds_the_characters_of_char_indices() {
        let text = "x市人大常委会主任郑国强主持会议。2023年9月，A、B\u{20000}出席；ü—é𠀀的\u{FFFF}\u{E000}\u{D7FF}，鲍里斯·约翰逊";
        let mut sc = Scratch::default();
        for a in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for e in (a..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let (n, dotted) = decode(text, a..e, &mut sc);
                let want: Vec<(usize, char)> =
                    text[a..e].char_indices().map(|(i, c)| (a + i, c)).collect();
                let got: Vec<(usize, char)> = sc.at[..n]
                    .iter()
                    .copied()
                    .zip(sc.cs[..n].iter().copied())
                    .collect();
                assert_eq!(got, want, "{a}..{e}");
                assert_eq!(sc.at[n], e);
                assert_eq!(dotted, text[a..e].contains('·'), "{a}..{e}");
            }
        }
    }

    #[test]
    fn verbs_of_saying_are_no_heads_and_no_verbs() {
        // (a paragraph whose only anchors are these is not read when no list may open it)
        for w in super::super::SAYING_WORDS {
            assert!(!HEAD_WORDS.contains(w) && !VERBS.contains(w), "{w}");
        }
    }

    #[test]
    fn every_sentence_end_is_found_for_lists() {
        // (`list_may_open` finds them by the shared scan, or itself)
        let mut triggers = Vec::new();
        crate::document::triggers(&mut triggers);
        for c in SENTENCE_ENDS.iter().map(char::to_string) {
            let stop = triggers
                .iter()
                .any(|t| t.entry & STOP_ZH != 0 && t.pattern == c);
            let marked = MARKED_SENTENCE_ENDS.contains(&c.as_str());
            assert!(stop || marked || c == " " || c == ":", "{c:?}");
        }
    }

    #[test]
    fn a_paragraph_not_read_would_give_no_name() {
        // each read as `extract` reads it, and read whatever its hits, gives the same
        let anchor = [Hit {
            start: 0,
            end: 0,
            entry: super::super::ANCHOR,
        }];
        for text in [
            "韩正平指出，数字乡村建设是乡村振兴的战略方向。",
            "会议强调，丁薛祥、王毅、李强，要抓好落实。",
            "会议强调：丁薛祥、王毅和李强，要抓好落实。",
            "会议强调 丁薛祥、王毅、李强，要抓好落实。",
            "会议强调。丁薛祥、王毅、李强，要抓好落实。",
            "会议强调\u{3000}丁薛祥、王毅、李强，要抓好落实。",
            "会议强调:丁薛祥、王毅、李强，要抓好落实。",
            "会议强调；丁薛祥、王毅、李强，要抓好落实。",
            "丁薛祥、王毅、李强，在会上强调，要抓好落实。",
            "会议指出，张国清和李干杰当选为委员。",
            "会议表示，决定任命潘志远为县教育体育局局长。",
            "会议强调，邵建明、庞丽君等企业负责人，要抓好落实。",
            "会议强调，邵建明、庞丽君等6位常委要抓好落实。",
            "会议强调，邵建明、庞丽君等党外人士要抓好落实。",
            "陈立新强调，王丽萍代表县委作工作报告。",
        ] {
            let mut all = Vec::new();
            read(text, 0..text.len(), &anchor, &[], &mut all);
            let key = |f: &Found| (f.start, f.end, f.titles.clone(), f.anchored);
            let want: Vec<_> = all.iter().map(key).collect();
            assert_eq!(
                read_all(text).iter().map(key).collect::<Vec<_>>(),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn decoding_in_vectors_marks_as_one_by_one() {
        // (where the processor has AVX2, `decode` reads eight characters in a vector)
        let text = "市人大常委会主任郑国强主持会议，副主任李红梅、张卫东出席。市委书记、市长王浩等同志\
                    参加会议并讲话；县委副书记，县政府党组书记、县长A当选。2023年9月，x：ü—é𠀀的\u{FFFF}";
        let (mut vector, mut plain) = (Scratch::default(), Scratch::default());
        for a in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for e in (a..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let got = decode(text, a..e, &mut vector);
                let want = decode_with(text, a..e, &mut plain, |r, f, n, at, cs, m| {
                    eight(r, f, n, at, cs, &BMP, m)
                });
                assert_eq!(got, want, "{a}..{e}");
                let n = want.0;
                assert_eq!(vector.at[..=n], plain.at[..=n], "{a}..{e}");
                assert_eq!(vector.cs[..n], plain.cs[..n], "{a}..{e}");
                assert_eq!(vector.marks, plain.marks, "{a}..{e}");
                // the marks of each character by its class, and a head's by the next one
                let (cs, heads) = (&plain.cs[..n], &*HEADS);
                let mut marks: [Vec<usize>; 4] = Default::default();
                for (k, &ch) in cs.iter().enumerate() {
                    let class = CLASS[ch as usize];
                    let pair =
                        |&g: &char| CLASS[g as usize] & SECOND != 0 && heads.pairs.may_hold(ch, g);
                    let single = heads.has_single && heads.single.contains(ch);
                    if class & 1 != 0 && (single || cs.get(k + 1).is_some_and(pair)) {
                        marks[0].push(k);
                    }
                    for (bit, m) in [(2, 1), (4, 2), (CORE, 3)] {
                        if class & bit != 0 {
                            marks[m].push(k);
                        }
                    }
                }
                assert_eq!(plain.marks, marks, "{a}..{e}");
            }
        }
    }

    #[test]
    fn name_masks_give_every_start_of_every_name() {
        let hay = "会上，王海涛传达了精神。王海涛强调，要抓好落实。".repeat(3);
        // more names than bits, and names shorter than the bytes masked
        let names = [
            "王海涛",
            "王海",
            "落实",
            "。",
            "王·x",
            "精神",
            "会",
            "要抓",
            "强调",
            "传达",
        ];
        let masks = NameMasks::new(names.iter().map(|n| n.as_bytes()));
        // every stretch, down to those shorter than the vectors
        for end in 0..=hay.len() {
            let span = &hay.as_bytes()[..end];
            for from in 0..=end {
                // (where the processor has AVX2, `each` looks at 32 places in a vector)
                for plain in [false, true] {
                    let mut got = Vec::new();
                    let f = |p, bits| got.push((p, bits));
                    if plain {
                        masks.each_from(span, from, f);
                    } else {
                        masks.each(span, from, f);
                    }
                    assert!(got.windows(2).all(|w| w[0].0 < w[1].0), "{from}..{end}");
                    assert!(got.iter().all(|&(p, _)| from <= p && p < end));
                    for (k, n) in names.iter().enumerate() {
                        for p in memchr::memmem::find_iter(&span[from..], n.as_bytes()) {
                            let bit = 1 << (k % 8);
                            assert!(
                                got.iter().any(|&(q, b)| q == from + p && b & bit != 0),
                                "{n} at {p} in {from}..{end} ({plain})"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn party_units_by_first_and_last() {
        for u in PARTY_UNITS {
            assert!(u.starts_with(PARTY_UNIT_FIRSTS), "{u}");
            assert!(u.ends_with(PARTY_UNIT_LASTS), "{u}");
        }
    }

    #[test]
    fn not_names() {
        assert!(names("十四届全国人大常委会第三次委员长会议。").is_empty());
        assert!(names("以习近平同志为核心的党中央").is_empty());
        assert!(names("（记者 王浩）").is_empty());
        assert!(names("39名常委参加会议。").is_empty());
    }
}
