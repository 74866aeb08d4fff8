//! Scores the extractor against the gold of `fixtures/en` and `fixtures/zh` (SPEC section 6).
//!
//! Every `NAME.txt` with a `NAME.gold.json` beside it is run through
//! `Extractor::new().extract` and compared with its gold as `tools/score.py` does:
//! micro-averaged F1 over all reports for `values`, `officials`, `titles`, `slogans`,
//! `slogan_ids`, `directives`, `meetings`, `chairs`, `participants`, `references`, and
//! accuracy for `docdate`. The test prints the score table and fails when a score is below
//! its floor in [`FLOORS`], when an item's offsets do not hold its text, or when a gold file
//! is malformed. `MINUTES_GOLD_VERBOSE=1` also prints, per report, what each score missed and
//! what it found in excess; `MINUTES_GOLD_PRED=FILE.jsonl` scores saved predictions (the
//! CLI's `--json` lines, matched to reports by `source`) instead of running the extractor,
//! like `score.py --pred`.
//!
//! Differences from `score.py`: text is folded with full-width ASCII made half-width and
//! lower-cased, not full NFKC with case folding (no normalisation tables among the
//! dependencies); the reports are read in-process instead of through the binary.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use minutes::Extractor;
use once_cell::sync::Lazy;
use regex::Regex;
use serde_json::Value;

/// The lowest score each measure may reach on the fixtures. Floors only go up: when a
/// change lifts a score, raise its floor to the new figure rounded down, never lower one.
const FLOORS: &[(&str, f64)] = &[
    ("values", 1.0),
    ("docdate", 1.0),
    ("officials", 1.0),
    ("titles", 1.0),
    ("slogans", 1.0),
    ("slogan_ids", 1.0),
    ("directives", 1.0),
    ("meetings", 0.94),
    ("chairs", 0.94),
    ("participants", 0.96),
    ("references", 1.0),
];

/// The folders scored, relative to the crate root.
const DIRS: &[&str] = &["fixtures/en", "fixtures/zh"];

const SCORES: &[&str] = &[
    "values",
    "docdate",
    "officials",
    "titles",
    "slogans",
    "slogan_ids",
    "directives",
    "meetings",
    "chairs",
    "participants",
    "references",
];

/// The lists whose items point into the text with `start`, `end` and `text`.
const OFFSET_KINDS: &[&str] = &["dates", "slogans", "directives", "meetings", "references"];

const TITLE_THRESHOLD: f64 = 0.8;
const DIRECTIVE_THRESHOLD: f64 = 0.6;

// --- Normalisation (score.py: fold, normalise_name, singular, words, ...) --------------

const HYPHENS: &str = "-\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2015}\u{2212}";
const APOSTROPHES: &str = "'\u{2018}\u{2019}\u{02bc}`\u{00b4}";
const QUOTES: &str =
    "\u{201c}\u{201d}\"\u{300c}\u{300d}\u{300e}\u{300f}\u{300a}\u{300b}\u{3008}\u{3009}";
const NAME_DOTS: &str = ".\u{00b7}\u{2022}\u{30fb}\u{2027}";

static CJK: Lazy<Regex> = Lazy::new(|| {
    Regex::new("[\u{3400}-\u{4dbf}\u{4e00}-\u{9fff}\u{f900}-\u{faff}\u{20000}-\u{2ffff}]").unwrap()
});
// `Comrade Mr. ` before a name, `同志` after it
static HONORIFIC_BEFORE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:(?:comrade|mrs|mr|ms)\b\.?\s*)+").unwrap());
static HONORIFIC_AFTER: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?:\s*同志)+$").unwrap());
static NON_WORD: Lazy<Regex> = Lazy::new(|| Regex::new(r"[\W_]+").unwrap());

/// Irregular and common plurals; the singular of the rest follows rules.
const PLURALS: &[(&str, &str)] = &[
    ("chairmen", "chairman"),
    ("chairwomen", "chairwoman"),
    ("men", "man"),
    ("women", "woman"),
    ("spokesmen", "spokesman"),
    ("spokeswomen", "spokeswoman"),
    ("members", "member"),
    ("secretaries", "secretary"),
    ("ministers", "minister"),
    ("directors", "director"),
    ("mayors", "mayor"),
    ("deputies", "deputy"),
    ("masses", "mass"),
];

/// Words that end in s in the singular (besides those in -ss, -us, -is).
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

/// The names of the national bodies, each mapped to one key.
const BODY_ALIASES: &[(&str, &[&str])] = &[
    (
        "cpc",
        &[
            "cpc",
            "ccp",
            "party",
            "communist party of china",
            "chinese communist party",
            "中共",
            "党",
            "中国共产党",
        ],
    ),
    (
        "cppcc",
        &[
            "cppcc",
            "政协",
            "全国政协",
            "chinese people's political consultative conference",
            "中国人民政治协商会议",
        ],
    ),
    (
        "npc",
        &[
            "npc",
            "人大",
            "全国人大",
            "national people's congress",
            "全国人民代表大会",
        ],
    ),
    (
        "ccdi",
        &[
            "ccdi",
            "中纪委",
            "中央纪委",
            "central commission for discipline inspection",
            "中央纪律检查委员会",
        ],
    ),
];

/// Rank words: `Vice Chairman of X` and `Chairman of X` are different posts.
const RANKS: &[&str] = &[
    "vice",
    "deputy",
    "executive",
    "honorary",
    "acting",
    "assistant",
    "first",
    "secretary general",
    "副",
    "常务",
    "名誉",
    "代",
    "秘书长",
];

/// Text for comparison: full-width ASCII and the ideographic space made half-width, then
/// lower-cased (the part of NFKC and case folding that these reports need).
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn has_cjk(text: &str) -> bool {
    CJK.is_match(text)
}

/// `Comrade Xi Jin-ping` and `xi jinping` both give `xijinping`.
fn normalise_name(name: &str) -> String {
    let folded = fold(name);
    let text = HONORIFIC_BEFORE.replace(folded.trim(), "");
    let text = HONORIFIC_AFTER.replace(&text, "");
    text.chars()
        .filter(|c| !c.is_whitespace() && !HYPHENS.contains(*c) && !NAME_DOTS.contains(*c))
        .collect()
}

/// The singular of one lower-cased English word.
fn singular(token: &str) -> String {
    if let Some((_, s)) = PLURALS.iter().find(|(p, _)| *p == token) {
        return s.to_string();
    }
    if token.chars().count() <= 3
        || !token.ends_with('s')
        || ENDS_IN_S.contains(&token)
        || token.ends_with("ss")
        || token.ends_with("us")
        || token.ends_with("is")
    {
        return token.to_string();
    }
    if let Some(stem) = token.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if ["sses", "ches", "shes", "xes"]
        .iter()
        .any(|e| token.ends_with(e))
    {
        return token[..token.len() - 2].to_string();
    }
    token[..token.len() - 1].to_string()
}

/// Word tokens: apostrophes dropped (`people’s` gives `peoples`), any other character that
/// is not a letter or digit a separator.
fn words(text: &str) -> Vec<String> {
    let text: String = fold(text)
        .chars()
        .filter(|c| !APOSTROPHES.contains(*c))
        .collect();
    NON_WORD
        .replace_all(&text, " ")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

type Bag = HashMap<String, usize>;

/// The multiset of letters and digits: the units compared in Chinese.
fn characters(text: &str) -> Bag {
    let mut bag = Bag::new();
    for c in fold(text).chars().filter(|c| c.is_alphanumeric()) {
        *bag.entry(c.to_string()).or_default() += 1;
    }
    bag
}

fn bag_of(items: impl IntoIterator<Item = String>) -> Bag {
    let mut bag = Bag::new();
    for item in items {
        *bag.entry(item).or_default() += 1;
    }
    bag
}

/// Twice the overlap of two multisets over their total size.
fn overlap_f1(a: &Bag, b: &Bag) -> f64 {
    let total: usize = a.values().sum::<usize>() + b.values().sum::<usize>();
    if total == 0 {
        return 1.0;
    }
    let common: usize = a
        .iter()
        .map(|(k, n)| (*n).min(b.get(k).copied().unwrap_or(0)))
        .sum();
    2.0 * common as f64 / total as f64
}

/// The token set of an English title: its words without `the`, each singular.
fn title_tokens(title: &str) -> Vec<String> {
    let mut tokens: Vec<String> = words(title)
        .into_iter()
        .filter(|w| w != "the")
        .map(|w| singular(&w))
        .collect();
    tokens.sort();
    tokens.dedup();
    tokens
}

/// What makes two titles the same item.
fn title_key(title: &str) -> String {
    if has_cjk(title) {
        fold(title)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    } else {
        title_tokens(title).join(" ")
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn rank_words(title: &str) -> Vec<&'static str> {
    let folded: String = fold(title)
        .chars()
        .map(|c| if HYPHENS.contains(c) { ' ' } else { c })
        .collect();
    RANKS
        .iter()
        .copied()
        .filter(|rank| {
            if has_cjk(rank) {
                return folded.contains(rank);
            }
            // `\brank\b`
            folded.match_indices(rank).any(|(at, _)| {
                let before = folded[..at].chars().next_back();
                let after = folded[at + rank.len()..].chars().next();
                !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
            })
        })
        .collect()
}

fn title_similarity(a: &str, b: &str) -> f64 {
    if rank_words(a) != rank_words(b) {
        return 0.0;
    }
    if has_cjk(a) || has_cjk(b) {
        return overlap_f1(&characters(a), &characters(b));
    }
    overlap_f1(&bag_of(title_tokens(a)), &bag_of(title_tokens(b)))
}

/// A slogan or document title for comparison: without quotation marks, hyphens as spaces,
/// each word singular; `Four Consciousnesses` and `four  consciousness` agree.
fn normalise_slogan(text: &str) -> String {
    let text: String = fold(text)
        .chars()
        .filter(|c| !QUOTES.contains(*c) && !APOSTROPHES.contains(*c))
        .map(|c| if HYPHENS.contains(c) { ' ' } else { c })
        .collect();
    let tokens: Vec<String> = text.split_whitespace().map(singular).collect();
    tokens.join(if has_cjk(&text) { "" } else { " " })
}

fn normalise_body(body: &str) -> String {
    let text = fold(body).replace('\u{2019}', "'");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.strip_prefix("the ").unwrap_or(&text).to_string();
    for (key, aliases) in BODY_ALIASES {
        if aliases.contains(&text.as_str()) {
            return key.to_string();
        }
    }
    text
}

/// The text folded, without the longest of the markers that begins it.
fn strip_marker(text: &str, markers: &[Option<&str>]) -> String {
    let text = fold(text);
    let text = text.trim_start();
    let mut candidates: Vec<String> = markers
        .iter()
        .flatten()
        .map(|m| fold(m).trim().to_string())
        .filter(|m| !m.is_empty())
        .collect();
    candidates.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
    for marker in candidates {
        if let Some(rest) = text.strip_prefix(&marker) {
            return rest.to_string();
        }
    }
    text.to_string()
}

fn directive_text_similarity(a: &str, b: &str) -> f64 {
    if has_cjk(a) || has_cjk(b) {
        return overlap_f1(&characters(a), &characters(b));
    }
    overlap_f1(&bag_of(words(a)), &bag_of(words(b)))
}

// --- Units compared, per score ----------------------------------------------------------

/// Reads one extraction, gold or predicted; malformed parts are skipped and recorded.
struct Doc<'a> {
    data: &'a Value,
    label: String,
    problems: Vec<String>,
}

impl<'a> Doc<'a> {
    fn new(data: &'a Value, label: String) -> Doc<'a> {
        Doc {
            data,
            label,
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, text: String) {
        let text = format!("{}: {text}", self.label);
        if !self.problems.contains(&text) {
            self.problems.push(text);
        }
    }

    /// The items of the list `kind`.
    fn items(&mut self, kind: &str) -> Vec<&'a Value> {
        match self.data.get(kind) {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => {
                self.problem(format!("{kind} is missing or not a list"));
                Vec::new()
            }
        }
    }

    /// A non-empty string field, else a problem.
    fn string(&mut self, item: &'a Value, kind: &str, key: &str) -> Option<&'a str> {
        match item.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
            _ => {
                self.problem(format!("{kind}: {key} is missing, empty or not a string"));
                None
            }
        }
    }

    /// An optional string field: `None` for null or absent.
    fn opt_string(&mut self, item: &'a Value, kind: &str, key: &str) -> Option<&'a str> {
        match item.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
            _ => {
                self.problem(format!(
                    "{kind}: {key} should be a non-empty string or null"
                ));
                None
            }
        }
    }

    fn opt_int(&mut self, item: &'a Value, kind: &str, key: &str) -> Option<i64> {
        match item.get(key) {
            None | Some(Value::Null) => None,
            Some(v) if v.is_i64() => v.as_i64(),
            _ => {
                self.problem(format!("{kind}: {key} should be an integer or null"));
                None
            }
        }
    }

    fn strings(&mut self, item: &'a Value, kind: &str, key: &str) -> Vec<&'a str> {
        match item.get(key) {
            Some(Value::Array(values)) => values
                .iter()
                .filter_map(|v| v.as_str().filter(|s| !s.trim().is_empty()))
                .collect(),
            _ => {
                self.problem(format!("{kind}: {key} should be a list of strings"));
                Vec::new()
            }
        }
    }

    fn document_date(&mut self) -> Option<String> {
        match self.data.get("document_date") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.trim().to_string()),
            _ => {
                self.problem("document_date should be a string or null".into());
                None
            }
        }
    }
}

/// Units keyed for set comparison, each key once, with what to show for it.
#[derive(Default)]
struct Keyed {
    order: Vec<(String, String)>,
    seen: HashSet<String>,
}

impl Keyed {
    fn add(&mut self, key: String, display: String) {
        if self.seen.insert(key.clone()) {
            self.order.push((key, display));
        }
    }
}

fn date_values(doc: &mut Doc) -> Keyed {
    let mut keyed = Keyed::default();
    for item in doc.items("dates") {
        let (Some(value), end) = (
            doc.string(item, "dates", "value"),
            doc.opt_string(item, "dates", "end_value"),
        ) else {
            continue;
        };
        let (value, end) = (value.trim(), end.map(str::trim));
        let display = match end {
            Some(e) => format!("{value}/{e}"),
            None => value.to_string(),
        };
        keyed.add(format!("{value}\u{1f}{}", end.unwrap_or("")), display);
    }
    keyed
}

fn official_names(doc: &mut Doc) -> Keyed {
    let mut keyed = Keyed::default();
    for item in doc.items("officials") {
        if let Some(name) = doc.string(item, "officials", "name") {
            let key = normalise_name(name);
            if !key.is_empty() {
                keyed.add(key, name.to_string());
            }
        }
    }
    keyed
}

struct Unit {
    /// The key two units of one report share when they are one item.
    key: String,
    display: String,
    /// Titles: the name and title; slogans: the id and normalised text; directives: the
    /// ordinal, text and marker.
    a: String,
    b: String,
    c: Option<String>,
    ordinal: i64,
}

fn distinct(units: Vec<Unit>) -> Vec<Unit> {
    let mut seen = HashSet::new();
    units
        .into_iter()
        .filter(|u| seen.insert(u.key.clone()))
        .collect()
}

fn official_titles(doc: &mut Doc) -> Vec<Unit> {
    let mut units = Vec::new();
    for item in doc.items("officials") {
        let Some(name) = doc.string(item, "officials", "name") else {
            continue;
        };
        for title in doc.strings(item, "officials", "titles") {
            let key = normalise_name(name);
            units.push(Unit {
                key: format!("{key}\u{1f}{}", title_key(title)),
                display: format!("{name}: {title}"),
                a: key,
                b: title.to_string(),
                c: None,
                ordinal: 0,
            });
        }
    }
    distinct(units)
}

fn slogans(doc: &mut Doc) -> Vec<Unit> {
    let mut units = Vec::new();
    for item in doc.items("slogans") {
        let Some(text) = doc.string(item, "slogans", "text") else {
            continue;
        };
        let id = doc.opt_string(item, "slogans", "id").map(str::trim);
        let normal = normalise_slogan(text);
        units.push(Unit {
            key: match id {
                Some(id) => format!("id\u{1f}{id}"),
                None => format!("text\u{1f}{normal}"),
            },
            display: match id {
                Some(id) => format!("{text} [{id}]"),
                None => text.to_string(),
            },
            a: id.unwrap_or("").to_string(),
            b: normal,
            c: None,
            ordinal: 0,
        });
    }
    distinct(units)
}

fn slogan_ids(doc: &mut Doc) -> Keyed {
    let mut keyed = Keyed::default();
    for unit in slogans(doc) {
        if !unit.a.is_empty() {
            keyed.add(unit.a.clone(), unit.a);
        }
    }
    keyed
}

fn directives(doc: &mut Doc) -> Vec<Unit> {
    let mut units = Vec::new();
    for item in doc.items("directives") {
        let ordinal = match item.get("ordinal") {
            Some(v) if v.is_i64() => v.as_i64().unwrap(),
            _ => {
                doc.problem("directives: ordinal should be an integer".into());
                continue;
            }
        };
        let Some(text) = doc.string(item, "directives", "text") else {
            continue;
        };
        let marker = doc.opt_string(item, "directives", "marker");
        let collapsed = fold(text).split_whitespace().collect::<Vec<_>>().join(" ");
        let clipped: String = text.chars().take(60).collect();
        units.push(Unit {
            key: format!("{ordinal}\u{1f}{collapsed}"),
            display: format!("{ordinal}. {clipped}"),
            a: String::new(),
            b: text.to_string(),
            c: marker.map(str::to_string),
            ordinal,
        });
    }
    distinct(units)
}

fn meeting_kinds(doc: &mut Doc) -> Keyed {
    let mut keyed = Keyed::default();
    for item in doc.items("meetings") {
        match doc.opt_string(item, "meetings", "kind") {
            Some(kind) => keyed.add(fold(kind).trim().to_string(), kind.to_string()),
            None => keyed.add("\u{0}none".into(), "(no kind)".into()),
        }
    }
    keyed
}

fn meeting_people(doc: &mut Doc, role: &str) -> Keyed {
    let mut keyed = Keyed::default();
    for item in doc.items("meetings") {
        for name in doc.strings(item, "meetings", role) {
            let key = normalise_name(name);
            if !key.is_empty() {
                keyed.add(key, name.to_string());
            }
        }
    }
    keyed
}

fn references(doc: &mut Doc) -> Keyed {
    let mut keyed = Keyed::default();
    for item in doc.items("references") {
        let Some(kind) = doc.string(item, "references", "kind") else {
            continue;
        };
        let kind = fold(kind).trim().to_string();
        if kind == "document" {
            if let Some(text) = doc.string(item, "references", "text") {
                keyed.add(
                    format!("document\u{1f}{}", normalise_slogan(text)),
                    format!("document: {text}"),
                );
            }
            continue;
        }
        let body = doc.opt_string(item, "references", "body");
        let number = doc.opt_int(item, "references", "number");
        let term = doc.opt_int(item, "references", "term");
        keyed.add(
            format!(
                "{kind}\u{1f}{:?}\u{1f}{number:?}\u{1f}{term:?}",
                body.map(normalise_body)
            ),
            format!(
                "{kind}: {} no. {number:?} term {term:?}",
                body.unwrap_or("None")
            ),
        );
    }
    keyed
}

// --- Comparison ---------------------------------------------------------------------------

#[derive(Default, Clone)]
struct Comparison {
    tp: usize,
    fp: usize,
    fn_: usize,
    right: usize,
    reports: usize,
    missed: Vec<String>,
    extra: Vec<String>,
}

impl Comparison {
    fn add(&mut self, other: &Comparison) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.right += other.right;
        self.reports += other.reports;
    }
}

fn compare_keys(gold: Keyed, pred: Keyed) -> Comparison {
    let missed: Vec<String> = gold
        .order
        .iter()
        .filter(|(k, _)| !pred.seen.contains(k))
        .map(|(_, d)| d.clone())
        .collect();
    let extra: Vec<String> = pred
        .order
        .iter()
        .filter(|(k, _)| !gold.seen.contains(k))
        .map(|(_, d)| d.clone())
        .collect();
    Comparison {
        tp: gold.order.len() - missed.len(),
        fp: extra.len(),
        fn_: missed.len(),
        missed,
        extra,
        ..Comparison::default()
    }
}

/// Matches units one to one, most similar pairs first, keeping pairs whose similarity is at
/// least `threshold`.
fn compare_greedy(
    gold: &[Unit],
    pred: &[Unit],
    similarity: fn(&Unit, &Unit) -> f64,
    threshold: f64,
) -> Comparison {
    let mut candidates = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let similar = similarity(g, p);
            if similar >= threshold {
                candidates.push((similar, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut matched_gold, mut matched_pred) = (HashSet::new(), HashSet::new());
    for (_, i, j) in candidates {
        if !matched_gold.contains(&i) && !matched_pred.contains(&j) {
            matched_gold.insert(i);
            matched_pred.insert(j);
        }
    }
    let missed: Vec<String> = (0..gold.len())
        .filter(|i| !matched_gold.contains(i))
        .map(|i| gold[i].display.clone())
        .collect();
    let extra: Vec<String> = (0..pred.len())
        .filter(|j| !matched_pred.contains(j))
        .map(|j| pred[j].display.clone())
        .collect();
    Comparison {
        tp: matched_gold.len(),
        fp: extra.len(),
        fn_: missed.len(),
        missed,
        extra,
        ..Comparison::default()
    }
}

fn title_pair_similarity(g: &Unit, p: &Unit) -> f64 {
    if g.a == p.a {
        title_similarity(&g.b, &p.b)
    } else {
        0.0
    }
}

/// 2 when id and text agree, 1 when one of them does.
fn slogan_similarity(g: &Unit, p: &Unit) -> f64 {
    f64::from(u8::from(!g.a.is_empty() && g.a == p.a) + u8::from(g.b == p.b))
}

fn directive_similarity(g: &Unit, p: &Unit) -> f64 {
    if g.ordinal != p.ordinal {
        return 0.0;
    }
    let markers = [g.c.as_deref(), p.c.as_deref()];
    directive_text_similarity(&strip_marker(&g.b, &markers), &strip_marker(&p.b, &markers))
}

fn score_docdate(gold: &mut Doc, pred: &mut Doc) -> Comparison {
    let (g, p) = (gold.document_date(), pred.document_date());
    if g == p {
        return Comparison {
            tp: usize::from(g.is_some()),
            right: 1,
            reports: 1,
            ..Comparison::default()
        };
    }
    Comparison {
        fp: usize::from(p.is_some()),
        fn_: usize::from(g.is_some()),
        reports: 1,
        missed: g.into_iter().collect(),
        extra: p.into_iter().collect(),
        ..Comparison::default()
    }
}

fn score(name: &str, gold: &mut Doc, pred: &mut Doc) -> Comparison {
    match name {
        "values" => compare_keys(date_values(gold), date_values(pred)),
        "docdate" => score_docdate(gold, pred),
        "officials" => compare_keys(official_names(gold), official_names(pred)),
        "titles" => compare_greedy(
            &official_titles(gold),
            &official_titles(pred),
            title_pair_similarity,
            TITLE_THRESHOLD,
        ),
        "slogans" => compare_greedy(&slogans(gold), &slogans(pred), slogan_similarity, 1.0),
        "slogan_ids" => compare_keys(slogan_ids(gold), slogan_ids(pred)),
        "directives" => compare_greedy(
            &directives(gold),
            &directives(pred),
            directive_similarity,
            DIRECTIVE_THRESHOLD,
        ),
        "meetings" => compare_keys(meeting_kinds(gold), meeting_kinds(pred)),
        "chairs" => compare_keys(meeting_people(gold, "chair"), meeting_people(pred, "chair")),
        "participants" => compare_keys(
            meeting_people(gold, "participants"),
            meeting_people(pred, "participants"),
        ),
        "references" => compare_keys(references(gold), references(pred)),
        _ => unreachable!("unknown score {name}"),
    }
}

/// The figure a floor applies to: F1, or accuracy for docdate; `None` when nothing was in
/// gold nor predicted.
fn headline(name: &str, total: &Comparison) -> Option<f64> {
    if total.tp + total.fp + total.fn_ == 0 {
        return None;
    }
    if name == "docdate" {
        return Some(total.right as f64 / total.reports as f64);
    }
    Some(2.0 * total.tp as f64 / (2 * total.tp + total.fp + total.fn_) as f64)
}

fn format_row(name: &str, total: &Comparison) -> String {
    if total.tp + total.fp + total.fn_ == 0 {
        return format!("{name:<13}{:>8}", "n/a");
    }
    if name == "docdate" {
        return format!(
            "{name:<13}{:>16}{:>8.3}   {} of {} right",
            "accuracy",
            total.right as f64 / total.reports as f64,
            total.right,
            total.reports
        );
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    format!(
        "{name:<13}{:>8.3}{:>8.3}{:>8.3}{:>7}{:>7}{:>7}",
        ratio(total.tp, total.tp + total.fp),
        ratio(total.tp, total.tp + total.fn_),
        headline(name, total).unwrap_or(0.0),
        total.tp,
        total.fp,
        total.fn_
    )
}

// --- Offsets ----------------------------------------------------------------------------------

/// What is wrong with an item's offsets, or `None` when they hold its text.
fn span_error(text: &str, item: &Value) -> Option<String> {
    let (start, end) = (item.get("start")?, item.get("end")?);
    let (Some(start), Some(end)) = (start.as_u64(), end.as_u64()) else {
        return Some(format!("start and end should be integers: {start}, {end}"));
    };
    let (start, end) = (start as usize, end as usize);
    if start > end || end > text.len() {
        return Some(format!(
            "{start}..{end} lies outside the report ({} bytes)",
            text.len()
        ));
    }
    for offset in [start, end] {
        if !text.is_char_boundary(offset) {
            return Some(format!("offset {offset} falls inside a UTF-8 character"));
        }
    }
    let want = item.get("text").and_then(Value::as_str);
    if Some(&text[start..end]) != want {
        return Some(format!(
            "{start}..{end} holds {:?}, not {:?}",
            &text[start..end],
            want
        ));
    }
    None
}

fn offset_violations(path: &str, text: &str, prediction: &Value) -> Vec<String> {
    let mut found = Vec::new();
    for kind in OFFSET_KINDS {
        let items = prediction[*kind].as_array().map_or(&[][..], Vec::as_slice);
        for (i, item) in items.iter().enumerate() {
            if let Some(e) = span_error(text, item) {
                found.push(format!("{path}: {kind}[{i}]: {e}"));
            }
        }
    }
    let officials = prediction["officials"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    for (i, official) in officials.iter().enumerate() {
        let mentions = official["mentions"]
            .as_array()
            .map_or(&[][..], Vec::as_slice);
        for (n, mention) in mentions.iter().enumerate() {
            if let Some(e) = span_error(text, mention) {
                found.push(format!("{path}: officials[{i}].mentions[{n}]: {e}"));
            }
        }
    }
    found
}

// --- The run ----------------------------------------------------------------------------------

/// The reports of a folder that have gold, sorted by name: (text path, gold path).
fn reports(dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(PathBuf, PathBuf)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| {
            let gold = p.with_extension("gold.json");
            gold.is_file().then_some((p, gold))
        })
        .collect();
    found.sort();
    found
}

/// Saved predictions by the canonical path of their `source`, when `MINUTES_GOLD_PRED` is set.
fn saved_predictions() -> Option<HashMap<PathBuf, Value>> {
    let file = std::env::var_os("MINUTES_GOLD_PRED")?;
    let text =
        fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", Path::new(&file).display()));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = HashMap::new();
    for line in text.split('\n').filter(|l| !l.trim().is_empty()) {
        let record: Value = serde_json::from_str(line).expect("a JSON line");
        let Some(source) = record["source"].as_str() else {
            continue;
        };
        if let Ok(path) = root.join(source).canonicalize() {
            found.entry(path).or_insert(record);
        }
    }
    Some(found)
}

/// The report's text as offsets index it: without a byte order mark.
fn read_report(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.strip_prefix('\u{feff}').unwrap_or(&text).to_string()
}

#[test]
fn gold_scores_reach_their_floors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ex = Extractor::new();
    let verbose = std::env::var_os("MINUTES_GOLD_VERBOSE").is_some();
    let saved = saved_predictions();
    let mut totals: BTreeMap<&str, Comparison> = BTreeMap::new();
    let mut by_dir: Vec<(&str, BTreeMap<&str, Comparison>)> = Vec::new();
    let (mut gold_problems, mut problems, mut violations, mut count) =
        (Vec::new(), Vec::new(), Vec::new(), 0);
    for dir in DIRS {
        let mut per_dir: BTreeMap<&str, Comparison> = BTreeMap::new();
        for (txt, gold_path) in reports(&root.join(dir)) {
            count += 1;
            let shown = format!("{dir}/{}", txt.file_name().unwrap().to_string_lossy());
            let text = read_report(&txt);
            let gold: Value = serde_json::from_str(&read_report(&gold_path))
                .unwrap_or_else(|e| panic!("{}: {e}", gold_path.display()));
            let prediction = match &saved {
                None => serde_json::to_value(ex.extract(&text)).unwrap(),
                Some(saved) => {
                    let found = txt.canonicalize().ok().and_then(|p| saved.get(&p));
                    match found {
                        Some(record) if record.get("error").is_none() => record.clone(),
                        _ => {
                            problems.push(format!("{shown}: no prediction; counted as none"));
                            serde_json::json!({"document_date": null, "dates": [],
                                "officials": [], "slogans": [], "directives": [],
                                "meetings": [], "references": []})
                        }
                    }
                }
            };
            violations.extend(offset_violations(&shown, &text, &prediction));
            let mut g = Doc::new(&gold, format!("{shown}: gold"));
            let mut p = Doc::new(&prediction, format!("{shown}: prediction"));
            let mut details = Vec::new();
            for name in SCORES {
                let outcome = score(name, &mut g, &mut p);
                totals.entry(name).or_default().add(&outcome);
                per_dir.entry(name).or_default().add(&outcome);
                for (label, items) in [("missed", &outcome.missed), ("extra", &outcome.extra)] {
                    if !items.is_empty() {
                        details.push(format!("  {name:<13}{label:<8}{}", items.join(" | ")));
                    }
                }
            }
            if verbose && !details.is_empty() {
                println!("{shown}\n{}", details.join("\n"));
            }
            gold_problems.extend(g.problems);
            problems.extend(p.problems);
        }
        by_dir.push((dir, per_dir));
    }
    assert!(count > 0, "no NAME.txt with NAME.gold.json in {DIRS:?}");

    println!("{count} report(s) in {}", DIRS.join(", "));
    println!(
        "{:<13}{:>8}{:>8}{:>8}{:>7}{:>7}{:>7}",
        "score", "P", "R", "F1", "tp", "fp", "fn"
    );
    let empty = Comparison::default();
    for name in SCORES {
        println!("{}", format_row(name, totals.get(name).unwrap_or(&empty)));
    }
    for (dir, per_dir) in &by_dir {
        let figures: Vec<String> = SCORES
            .iter()
            .map(|name| {
                let value = per_dir.get(name).and_then(|c| headline(name, c));
                format!(
                    "{name} {}",
                    value.map_or("n/a".into(), |v| format!("{v:.3}"))
                )
            })
            .collect();
        println!("{dir:<12}  {}", figures.join("  "));
    }
    for problem in &problems {
        println!("problem: {problem}");
    }

    let mut failed: Vec<String> = Vec::new();
    failed.extend(gold_problems.iter().map(|p| format!("malformed gold: {p}")));
    failed.extend(violations.iter().map(|v| format!("offset: {v}")));
    for (name, floor) in FLOORS {
        match headline(name, totals.get(name).unwrap_or(&empty)) {
            None => failed.push(format!(
                "{name} is n/a (nothing in gold or predictions): floor {floor} not met"
            )),
            Some(value) if value < *floor => {
                failed.push(format!("{name} {value:.3} is below its floor {floor}"))
            }
            Some(_) => {}
        }
    }
    assert!(failed.is_empty(), "FAIL:\n{}", failed.join("\n"));
}

#[test]
fn gold_against_itself_scores_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in DIRS {
        for (_, gold_path) in reports(&root.join(dir)) {
            let gold: Value = serde_json::from_str(&read_report(&gold_path)).unwrap();
            for name in SCORES {
                let mut g = Doc::new(&gold, "gold".into());
                let mut p = Doc::new(&gold, "same".into());
                let outcome = score(name, &mut g, &mut p);
                assert_eq!(
                    (outcome.fp, outcome.fn_),
                    (0, 0),
                    "{}: {name}: {:?} {:?}",
                    gold_path.display(),
                    outcome.missed,
                    outcome.extra
                );
            }
        }
    }
}

#[test]
fn every_score_has_a_floor() {
    for name in SCORES {
        assert!(FLOORS.iter().any(|(n, _)| n == name), "{name} has no floor");
    }
    for (name, floor) in FLOORS {
        assert!(SCORES.contains(name), "floor for unknown score {name}");
        assert!((0.0..=1.0).contains(floor), "{name}: floor {floor}");
    }
}

// --- The scorer's own rules (tools/test_score.py) --------------------------------------

#[test]
fn names_ignore_honorifics_spaces_hyphens_and_dots() {
    assert_eq!(
        normalise_name("Comrade Xi Jin-ping"),
        normalise_name("xi jinping")
    );
    assert_eq!(normalise_name("Mr. Zheng"), "zheng");
    assert_eq!(normalise_name("习近平同志"), "习近平");
    assert_eq!(normalise_name("阿沛·阿旺晋美"), "阿沛阿旺晋美");
}

#[test]
fn singular_of_title_words() {
    for (plural, expected) in [
        ("chairmen", "chairman"),
        ("secretaries", "secretary"),
        ("members", "member"),
        ("committees", "committee"),
        ("masses", "mass"),
        ("congresses", "congress"),
        ("congress", "congress"),
        ("affairs", "affairs"),
        ("status", "status"),
        ("its", "its"),
    ] {
        assert_eq!(singular(plural), expected, "{plural}");
    }
}

#[test]
fn titles_match_on_rank_and_tokens() {
    assert!(
        title_similarity(
            "Secretary of the Party Group of the District Political Consultative Conference",
            "Secretary of District Political Consultative Conference Party Group"
        ) >= 0.8
    );
    assert_eq!(
        title_similarity("Vice-Chairmen of the CPPCC", "vice chairman of CPPCC"),
        1.0
    );
    assert_eq!(title_similarity("Vice Chairman of X", "Chairman of X"), 0.0);
    assert!(title_similarity("Secretary General", "Minister of the United Front") < 0.8);
    assert!(title_similarity("区政协党组书记", "区政协主席") < 0.8);
    assert_eq!(title_similarity("区政协 主席", "区政协主席"), 1.0);
    assert_eq!(title_similarity("区政协副主席", "区政协主席"), 0.0);
}

#[test]
fn slogans_compare_normalised() {
    assert_eq!(
        normalise_slogan("“Four Consciousnesses”"),
        normalise_slogan("four\nconsciousness")
    );
    assert_eq!(
        normalise_slogan("whole-process people’s democracy"),
        normalise_slogan("whole process people's democracy")
    );
    assert_eq!(normalise_slogan("《中国共产党章程》"), "中国共产党章程");
}

#[test]
fn bodies_map_to_national_keys() {
    for body in ["CPC", "Communist Party of China", "the Party", "中共", "党"] {
        assert_eq!(normalise_body(body), "cpc", "{body}");
    }
    assert_eq!(normalise_body("全国政协"), "cppcc");
    assert_eq!(
        normalise_body("Provincial  Party Congress"),
        "provincial party congress"
    );
}

#[test]
fn directive_markers_are_stripped() {
    assert_eq!(
        strip_marker("The second is to act", &[Some("The second is"), None]),
        " to act"
    );
    assert_eq!(
        strip_marker("二是要学习", &[Some("二是"), Some("二是要")]),
        "学习"
    );
}

#[test]
fn full_width_text_folds() {
    assert_eq!(fold("ＡＢＣ１２３（扩大）"), "abc123(扩大)");
}

/// The extended slogan rows parse, add only ids the built-in catalogue lacks, and are
/// found once added (and not before).
#[test]
fn extended_slogans_add_new_ids() {
    let builtin: std::collections::HashSet<&str> = include_str!("../data/slogans.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id\t"))
        .filter_map(|l| l.split('\t').next())
        .collect();
    let extended: Vec<&str> = minutes::EXTENDED_SLOGANS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id\t"))
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert!(extended.len() > 50, "{} extended rows", extended.len());
    for id in &extended {
        assert!(!builtin.contains(id), "{id} is in both catalogues");
    }
    let ex = minutes::Extractor::builder()
        .slogans_tsv(minutes::EXTENDED_SLOGANS, "data/slogans-extended.tsv")
        .expect("the extended rows are valid")
        .build();
    let text = "Carry forward the Yan’an spirit and the model workers’ spirit.";
    let ids: Vec<Option<String>> = ex.extract(text).slogans.into_iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            Some("yanan-spirit".to_string()),
            Some("model-worker-spirit".to_string())
        ]
    );
    assert!(minutes::Extractor::new().extract(text).slogans.is_empty());
}
