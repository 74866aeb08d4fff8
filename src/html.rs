//! The HTML view: one self-contained page showing, for each report, its text with every
//! extracted item highlighted, and panels listing what was found (SPEC sections 1 to 4a
//! as seen by a reader; section 5 gives the items).
//!
//! The page takes nothing from the network: its style is inline, it has no script at all,
//! and a `Content-Security-Policy` forbids every fetch, so it opens from a file on a
//! machine with no internet and nothing in it can run.
//!
//! # What the page holds
//!
//! - For more than one report, a table of contents: per report its source, document date,
//!   first line, first meeting and the count of items of each kind; and a legend with the
//!   counts of all reports.
//! - Per report, the text with each item in a `<mark>` element carrying `data-kind`
//!   (`date`, `mention`, `slogan`, `directive`, `meeting`, `reference`) and `data-index`,
//!   the item's index in its list of the [`Extraction`] (for a mention: the official's
//!   index, with the mention's index in `data-mention`). Its `title` holds the item's
//!   fields, shown on hover, and on keyboard focus (each item is a tab stop) below it.
//! - Beside the text, a legend with counts, and panels: officials with their titles,
//!   directives as a numbered outline per list, slogans grouped by id with counts,
//!   meetings, references and dates, each entry linking to its place in the text.
//!
//! # Overlapping items
//!
//! Items nest: a directive holds mentions and slogans, a meeting's name holds a date.
//! Elements are opened outermost first (longer spans outside shorter ones starting at the
//! same place). Where two items cross, so that one cannot hold the other, the item still
//! open is closed and reopened as a continuation: the continuation carries the same
//! `data-kind` and `data-index` plus `data-part` (`2`, `3`, …). Counting the elements
//! without `data-part` counts each item once.
//!
//! # What is refused
//!
//! An item whose offsets do not slice the text (out of range, off a character boundary,
//! empty) is left out of the text rather than shown at a wrong place; the library does not
//! produce such items. Every piece of report text, in the text and in attributes, is
//! escaped: `<script>`, `</textarea>`, quotes and `javascript:` read as text, and no
//! report text ever becomes a link.
//!
//! The work is linear in the size of the reports (items are sorted per report), and each
//! report is its own section, which the browser lays out only when it scrolls into view
//! (`content-visibility: auto`), so a page of 1,000 reports stays usable.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use crate::extraction::{
    Date, Directive, Extraction, Meeting, Official, Precision, Reference, ReferenceKind, Slogan,
    SloganKind,
};

/// One report to show: where it came from, its text, and what was extracted from it.
///
/// `text` must be the text the extraction was made from (offsets are byte offsets into
/// it); `source` is shown as the report's name, a path or `-` for standard input.
///
/// ```
/// let text = "On October 26, the District CPPCC Party Group held a meeting.";
/// let extraction = minutes::Extractor::new().extract(text);
/// let page = minutes::render_html(&[minutes::HtmlReport {
///     source: "report.txt",
///     text,
///     extraction: &extraction,
/// }]);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct HtmlReport<'a> {
    /// The report's name as shown: its path, or `-` for standard input.
    pub source: &'a str,
    /// The text the extraction was made from.
    pub text: &'a str,
    /// What was extracted from `text`.
    pub extraction: &'a Extraction,
}

/// Renders reports as one self-contained HTML page: no network, no script, inline style.
///
/// For more than one report the page opens with a table of contents (each report's
/// source, document date, first line, first meeting and counts per kind) and a legend of
/// all reports. Each report follows as a section
/// with its text, every item highlighted, and panels beside it: officials with their
/// titles, directives as a numbered outline per list, slogans grouped by id with counts,
/// meetings, references and dates.
///
/// Each item of the text is a `<mark>` element with `data-kind` (`date`, `mention`,
/// `slogan`, `directive`, `meeting`, `reference`) and `data-index`, the item's index in
/// its list of the [`Extraction`]; a mention has its official's index there and its own
/// index among the official's mentions in `data-mention`. Its fields are in `title`, shown
/// on hover and, since each item is a tab stop, on keyboard focus. Items nest (a mention
/// inside a directive); where two items cross, the one still open is split, and the parts
/// after the first carry `data-part` (`2`, `3`, …): counting the elements without
/// `data-part` counts each item once. Ids are `r{report}-{letter}{index}`, report from 1.
///
/// All report text is escaped, in text and in attributes; no report text becomes a link.
/// Never fails: an item whose offsets do not slice `text` is left out of the text. The
/// work is linear in the size of the reports.
pub fn render_html(reports: &[HtmlReport<'_>]) -> String {
    let size: usize = reports.iter().map(|r| r.text.len() * 2 + 4096).sum();
    let mut out = String::with_capacity(size + STYLE.len() + 2048);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // nothing is fetched, nothing runs: the style is the only thing the page allows
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    match reports {
        [one] => {
            escape(&mut out, one.source);
            out.push_str(" · minutes");
        }
        _ => {
            let _ = write!(out, "{} reports · minutes", reports.len());
        }
    }
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
    render_contents(&mut out, reports);
    out.push_str("<main>\n");
    for (n, report) in reports.iter().enumerate() {
        render_report(&mut out, n + 1, report);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A kind of highlighted element. The order is the nesting order for spans that start
/// and end at the same place: a directive holds a meeting, a mention sits innermost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mark {
    Directive,
    Meeting,
    Reference,
    Date,
    Slogan,
    Mention,
}

impl Mark {
    const ALL: [Mark; 6] = [
        Mark::Date,
        Mark::Mention,
        Mark::Slogan,
        Mark::Directive,
        Mark::Meeting,
        Mark::Reference,
    ];

    /// The value of `data-kind`.
    fn name(self) -> &'static str {
        match self {
            Mark::Date => "date",
            Mark::Mention => "mention",
            Mark::Slogan => "slogan",
            Mark::Directive => "directive",
            Mark::Meeting => "meeting",
            Mark::Reference => "reference",
        }
    }

    /// The legend's words for the kind.
    fn label(self) -> &'static str {
        match self {
            Mark::Date => "dates",
            Mark::Mention => "officials' mentions",
            Mark::Slogan => "slogans",
            Mark::Directive => "directives",
            Mark::Meeting => "meetings",
            Mark::Reference => "references",
        }
    }

    /// The kind's column head in the table of contents.
    fn short(self) -> &'static str {
        match self {
            Mark::Date => "dates",
            Mark::Mention => "mentions",
            Mark::Slogan => "slogans",
            Mark::Directive => "directives",
            Mark::Meeting => "meetings",
            Mark::Reference => "refs",
        }
    }

    /// The letter of the kind in element ids (`r3-d0`).
    fn letter(self) -> char {
        match self {
            Mark::Date => 'd',
            Mark::Mention => 'm',
            Mark::Slogan => 's',
            Mark::Directive => 'v',
            Mark::Meeting => 'g',
            Mark::Reference => 'f',
        }
    }
}

/// One item's place in the text, before it is cut into elements.
#[derive(Debug)]
struct Span {
    start: usize,
    end: usize,
    mark: Mark,
    /// The index in the kind's list (an official's index for a mention).
    index: usize,
    /// A mention's index among its official's mentions; 0 otherwise.
    sub: usize,
    /// The attributes every part of the element shares, escaped.
    attrs: String,
    /// Parts written so far.
    parts: u32,
}

/// True when `start..end` is a non-empty slice of `text` on character boundaries.
fn fits(text: &str, start: usize, end: usize) -> bool {
    start < end && text.get(start..end).is_some()
}

/// Counts per kind, mentions counted one by one.
fn counts(x: &Extraction) -> [usize; 6] {
    [
        x.dates.len(),
        x.officials.iter().map(|o| o.mentions.len()).sum(),
        x.slogans.len(),
        x.directives.len(),
        x.meetings.len(),
        x.references.len(),
    ]
}

fn render_contents(out: &mut String, reports: &[HtmlReport<'_>]) {
    let mut total = [0usize; 6];
    for r in reports {
        for (t, c) in total.iter_mut().zip(counts(r.extraction)) {
            *t += c;
        }
    }
    let plural = if reports.len() == 1 { "" } else { "s" };
    let _ = writeln!(
        out,
        "<header class=\"page\">\n<h1>minutes <span class=\"dim\">· {} report{plural}</span></h1>",
        reports.len()
    );
    if reports.len() > 1 {
        render_legend(out, &total, "All reports");
        out.push_str(
            "<nav aria-label=\"Reports\"><table class=\"toc\">\n<thead><tr>\
             <th scope=\"col\">#</th><th scope=\"col\">Report</th>\
             <th scope=\"col\">Document date</th><th scope=\"col\">Meeting</th>",
        );
        for m in Mark::ALL {
            let _ = write!(
                out,
                "<th scope=\"col\"><abbr title=\"{}\" class=\"k-{}\">{}</abbr></th>",
                m.label(),
                m.name(),
                m.short()
            );
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for (n, r) in reports.iter().enumerate() {
            let n = n + 1;
            let _ = write!(out, "<tr><td>{n}</td><td><a href=\"#r{n}\">");
            escape(out, r.source);
            out.push_str("</a><div class=\"headline\">");
            escape(out, &headline(r.text));
            out.push_str("</div></td><td>");
            match r.extraction.document_date {
                Some(d) => {
                    let _ = write!(out, "{d}");
                }
                None => out.push('—'),
            }
            out.push_str("</td><td>");
            escape(out, &meeting_line(r.extraction));
            out.push_str("</td>");
            for c in counts(r.extraction) {
                let _ = write!(out, "<td class=\"num\">{c}</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></nav>\n");
    }
    out.push_str("</header>\n");
}

/// The first non-empty line of the text, cut at 100 characters.
fn headline(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty());
    cut(line.unwrap_or(""), 100)
}

/// `s` cut at `max` characters, with `…` where it was cut.
fn cut(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

/// The first meeting, in one line: date, organiser, kind.
fn meeting_line(x: &Extraction) -> String {
    let Some(m) = x.meetings.first() else {
        return "—".to_string();
    };
    let mut parts = Vec::new();
    if let Some(d) = m.date {
        parts.push(d.to_string());
    }
    if let Some(o) = &m.organiser {
        parts.push(o.clone());
    }
    parts.push(m.kind.clone().unwrap_or_else(|| m.text.clone()));
    if x.meetings.len() > 1 {
        parts.push(format!("+{} more", x.meetings.len() - 1));
    }
    parts.join(" · ")
}

fn render_legend(out: &mut String, counts: &[usize; 6], heading: &str) {
    out.push_str("<div class=\"legend\" role=\"group\" aria-label=\"");
    escape(out, heading);
    out.push_str("\"><ul>");
    for (m, c) in Mark::ALL.into_iter().zip(counts) {
        let _ = write!(
            out,
            "<li><span class=\"swatch k-{}\">{}</span> <span class=\"count\">{c}</span></li>",
            m.name(),
            m.label()
        );
    }
    out.push_str("</ul></div>\n");
}

fn render_report(out: &mut String, n: usize, r: &HtmlReport<'_>) {
    let x = r.extraction;
    let _ = write!(
        out,
        "<section class=\"report\" id=\"r{n}\" lang=\"{}\" aria-labelledby=\"r{n}-h\">\n\
         <h2 id=\"r{n}-h\"><span class=\"n\">{n}</span> ",
        x.language.as_str()
    );
    escape(out, r.source);
    out.push_str("</h2>\n<p class=\"meta\" lang=\"en\">language ");
    out.push_str(x.language.as_str());
    out.push_str(" · document date ");
    match x.document_date {
        Some(d) => {
            let _ = write!(out, "{d}");
            if let Some(source) = x.document_date_source {
                let _ = write!(out, " ({})", format!("{source:?}").to_lowercase());
            }
        }
        None => out.push_str("unknown"),
    }
    if !x.meetings.is_empty() {
        out.push_str(" · ");
        escape(out, &meeting_line(x));
    }
    out.push_str("</p>\n<div class=\"cols\">\n<div class=\"text\">");
    render_text(out, n, r.text, x);
    out.push_str("</div>\n<aside lang=\"en\">\n");
    render_legend(out, &counts(x), "Items in this report");
    render_panels(out, n, r.text, x);
    out.push_str("</aside>\n</div>\n</section>\n");
}

/// The report text with every item in its element, nested by the spans' boundaries.
fn render_text(out: &mut String, n: usize, text: &str, x: &Extraction) {
    let mut spans = spans(text, x);
    spans.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end), a.mark, a.index, a.sub).cmp(&(
            b.start,
            std::cmp::Reverse(b.end),
            b.mark,
            b.index,
            b.sub,
        ))
    });
    let mut bounds: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    bounds.sort_unstable();
    bounds.dedup();

    // indices into `spans` of the open elements, outermost first
    let mut open: Vec<usize> = Vec::new();
    let mut reopen: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut last = 0;
    for &at in &bounds {
        escape(out, &text[last..at]);
        last = at;
        // close what ends here; what was opened inside it and goes on is split
        if let Some(k) = open.iter().position(|&i| spans[i].end == at) {
            reopen.clear();
            while open.len() > k {
                let i = open.pop().expect("open holds more than k elements");
                out.push_str("</mark>");
                if spans[i].end > at {
                    reopen.push(i);
                }
            }
            // the longest continuation goes outside, so it is split the fewest times
            reopen.sort_by_key(|&i| std::cmp::Reverse(spans[i].end));
            for &i in &reopen {
                open_mark(out, n, &mut spans[i]);
                open.push(i);
            }
        }
        while next < spans.len() && spans[next].start == at {
            open_mark(out, n, &mut spans[next]);
            open.push(next);
            next += 1;
        }
    }
    escape(out, &text[last..]);
}

/// Writes the opening tag of the next part of a span's element.
fn open_mark(out: &mut String, n: usize, span: &mut Span) {
    span.parts += 1;
    out.push_str("<mark");
    out.push_str(&span.attrs);
    if span.parts == 1 {
        let _ = write!(out, " id=\"{}\" tabindex=\"0\">", item_id(n, span));
    } else {
        let _ = write!(out, " data-part=\"{}\">", span.parts);
    }
}

fn item_id(n: usize, span: &Span) -> String {
    let mut id = format!("r{n}-{}{}", span.mark.letter(), span.index);
    if span.mark == Mark::Mention {
        let _ = write!(id, "-{}", span.sub);
    }
    id
}

/// Every item of the extraction whose offsets fit the text, with its attributes.
fn spans(text: &str, x: &Extraction) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut push = |start, end, mark: Mark, index, sub, extra: &str, title: &str| {
        if !fits(text, start, end) {
            return;
        }
        let mut attrs = String::with_capacity(64 + title.len());
        let _ = write!(
            attrs,
            " class=\"k-{}\" data-kind=\"{}\" data-index=\"{index}\"{extra} title=\"",
            mark.name(),
            mark.name()
        );
        escape(&mut attrs, title);
        attrs.push('"');
        spans.push(Span {
            start,
            end,
            mark,
            index,
            sub,
            attrs,
            parts: 0,
        });
    };
    for (i, d) in x.dates.iter().enumerate() {
        push(d.start, d.end, Mark::Date, i, 0, "", &date_title(d));
    }
    for (i, o) in x.officials.iter().enumerate() {
        let title = official_title(o);
        for (j, m) in o.mentions.iter().enumerate() {
            let title = format!("{title}\nmention {} of {}", j + 1, o.mentions.len());
            let extra = format!(" data-mention=\"{j}\"");
            push(m.start, m.end, Mark::Mention, i, j, &extra, &title);
        }
    }
    for (i, s) in x.slogans.iter().enumerate() {
        push(s.start, s.end, Mark::Slogan, i, 0, "", &slogan_title(s));
    }
    for (i, d) in x.directives.iter().enumerate() {
        // the list and ordinal, shown before the item so the outline reads without colour
        let star = if d.implicit { "*" } else { "" };
        let extra = format!(
            " data-list=\"{}\" data-ordinal=\"{}\" data-label=\"{}.{}{star}\"",
            d.list, d.ordinal, d.list, d.ordinal
        );
        push(
            d.start,
            d.end,
            Mark::Directive,
            i,
            0,
            &extra,
            &directive_title(d),
        );
    }
    for (i, m) in x.meetings.iter().enumerate() {
        push(m.start, m.end, Mark::Meeting, i, 0, "", &meeting_title(m));
    }
    for (i, r) in x.references.iter().enumerate() {
        push(
            r.start,
            r.end,
            Mark::Reference,
            i,
            0,
            "",
            &reference_title(r),
        );
    }
    spans
}

fn date_value(d: &Date) -> String {
    match &d.end_value {
        Some(e) => format!("{} to {e}", d.value),
        None => d.value.to_string(),
    }
}

fn date_title(d: &Date) -> String {
    let precision = match d.precision {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    };
    let relative = if d.relative {
        ", relative to the document date"
    } else {
        ""
    };
    format!("Date: {}\nprecision {precision}{relative}", date_value(d))
}

fn official_title(o: &Official) -> String {
    let mut t = format!("Official: {}", o.name);
    if o.titles.is_empty() {
        t.push_str("\n(no title)");
    }
    for title in &o.titles {
        t.push_str("\n• ");
        t.push_str(title);
    }
    t
}

fn slogan_kind(k: SloganKind) -> &'static str {
    match k {
        SloganKind::Numbered => "numbered",
        SloganKind::Formulation => "formulation",
        SloganKind::Campaign => "campaign",
    }
}

fn slogan_title(s: &Slogan) -> String {
    let mut t = format!(
        "Slogan: {}\nkind {}",
        s.id.as_deref().unwrap_or("(not in the catalogue)"),
        slogan_kind(s.kind)
    );
    if let Some(n) = s.number {
        let _ = write!(t, ", number {n}");
    }
    t
}

fn directive_title(d: &Directive) -> String {
    let mut t = format!("Directive: list {}, item {}", d.list, d.ordinal);
    match &d.marker {
        Some(m) => {
            let _ = write!(t, "\nmarker “{m}”");
        }
        None => t.push_str("\nimplicit first item (no marker)"),
    }
    if let Some(s) = &d.speaker {
        let _ = write!(t, "\nspeaker {s}");
    }
    t
}

fn meeting_title(m: &Meeting) -> String {
    let mut t = format!(
        "Meeting: {}{}",
        m.kind.as_deref().unwrap_or("(kind unknown)"),
        if m.expanded { " (expanded)" } else { "" }
    );
    if let Some(n) = m.number {
        let _ = write!(t, "\nnumber {n}");
    }
    if let Some(n) = m.term {
        let _ = write!(t, "\nterm {n}");
    }
    if let Some(o) = &m.organiser {
        let _ = write!(t, "\norganiser {o}");
    }
    if let Some(d) = m.date {
        let _ = write!(t, "\ndate {d}");
    }
    if !m.chair.is_empty() {
        let _ = write!(t, "\nchair {}", m.chair.join(", "));
    }
    if !m.participants.is_empty() {
        let _ = write!(t, "\nparticipants {}", m.participants.join(", "));
    }
    t
}

fn reference_kind(k: ReferenceKind) -> &'static str {
    match k {
        ReferenceKind::Congress => "congress",
        ReferenceKind::Plenum => "plenum",
        ReferenceKind::Session => "session",
        ReferenceKind::Document => "document",
    }
}

fn reference_title(r: &Reference) -> String {
    let mut t = format!("Reference: {}", reference_kind(r.kind));
    if let Some(b) = &r.body {
        let _ = write!(t, "\nbody {b}");
    }
    if let Some(n) = r.number {
        let _ = write!(t, "\nnumber {n}");
    }
    if let Some(n) = r.term {
        let _ = write!(t, "\nterm {n}");
    }
    t
}

/// A link to an item's element, or plain text when the item is not in the text.
fn link(out: &mut String, href: Option<String>, label: &str) {
    match href {
        Some(h) => {
            let _ = write!(out, "<a href=\"#{h}\">");
            escape(out, label);
            out.push_str("</a>");
        }
        None => escape(out, label),
    }
}

fn render_panels(out: &mut String, n: usize, text: &str, x: &Extraction) {
    let id = |ok: bool, letter: char, i: usize| ok.then(|| format!("r{n}-{letter}{i}"));

    if !x.officials.is_empty() {
        out.push_str("<details class=\"panel\" open><summary>Officials</summary><ol>");
        for (i, o) in x.officials.iter().enumerate() {
            let first = o
                .mentions
                .iter()
                .position(|m| fits(text, m.start, m.end))
                .map(|j| format!("r{n}-m{i}-{j}"));
            out.push_str("<li><b>");
            link(out, first, &o.name);
            let _ = write!(out, "</b> <span class=\"dim\">×{}</span>", o.mentions.len());
            if !o.titles.is_empty() {
                out.push_str("<ul>");
                for t in &o.titles {
                    out.push_str("<li>");
                    escape(out, t);
                    out.push_str("</li>");
                }
                out.push_str("</ul>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ol></details>\n");
    }

    if !x.directives.is_empty() {
        out.push_str("<details class=\"panel\" open><summary>Directives</summary>");
        let mut lists: BTreeMap<u32, Vec<(usize, &Directive)>> = BTreeMap::new();
        for (i, d) in x.directives.iter().enumerate() {
            lists.entry(d.list).or_default().push((i, d));
        }
        for (list, items) in &lists {
            let _ = write!(out, "<h3>List {list}");
            if let Some(s) = items.iter().find_map(|(_, d)| d.speaker.as_deref()) {
                out.push_str(" <span class=\"dim\">· ");
                escape(out, s);
                out.push_str("</span>");
            }
            out.push_str("</h3><ol class=\"outline\">");
            for &(i, d) in items {
                let _ = write!(out, "<li value=\"{}\">", d.ordinal);
                let marker = d.marker.as_deref().unwrap_or("(implicit)");
                link(out, id(fits(text, d.start, d.end), 'v', i), marker);
                let rest = match &d.marker {
                    Some(m) => d.text.strip_prefix(m.as_str()).unwrap_or(&d.text),
                    None => &d.text,
                };
                out.push(' ');
                escape(out, &cut(rest.trim_start(), 120));
                out.push_str("</li>");
            }
            out.push_str("</ol>");
        }
        out.push_str("</details>\n");
    }

    if !x.slogans.is_empty() {
        out.push_str("<details class=\"panel\" open><summary>Slogans</summary><ul>");
        for group in slogan_groups(x) {
            let s = &x.slogans[group.first];
            out.push_str("<li>");
            let label = s.id.clone().unwrap_or_else(|| s.text.clone());
            link(
                out,
                id(fits(text, s.start, s.end), 's', group.first),
                &label,
            );
            let _ = write!(
                out,
                " <span class=\"dim\">×{} · {}",
                group.count,
                slogan_kind(s.kind)
            );
            if let Some(number) = s.number {
                let _ = write!(out, " · {number}");
            }
            out.push_str("</span>");
            if s.id.is_some() {
                out.push_str("<div class=\"forms\">");
                for (k, form) in group.texts.iter().enumerate() {
                    if k > 0 {
                        out.push_str(" / ");
                    }
                    escape(out, form);
                }
                out.push_str("</div>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ul></details>\n");
    }

    if !x.meetings.is_empty() {
        out.push_str("<details class=\"panel\" open><summary>Meetings</summary><ol>");
        for (i, m) in x.meetings.iter().enumerate() {
            out.push_str("<li>");
            link(out, id(fits(text, m.start, m.end), 'g', i), &m.text);
            out.push_str("<dl>");
            let mut row = |key: &str, value: &str| {
                let _ = write!(out, "<dt>{key}</dt><dd>");
                escape(out, value);
                out.push_str("</dd>");
            };
            row("kind", m.kind.as_deref().unwrap_or("—"));
            if m.expanded {
                row("expanded", "yes");
            }
            if let Some(v) = m.number {
                row("number", &v.to_string());
            }
            if let Some(v) = m.term {
                row("term", &v.to_string());
            }
            row("organiser", m.organiser.as_deref().unwrap_or("—"));
            row(
                "date",
                &m.date.map_or_else(|| "—".into(), |d| d.to_string()),
            );
            row("chair", &join_or_dash(&m.chair));
            row("participants", &join_or_dash(&m.participants));
            out.push_str("</dl></li>");
        }
        out.push_str("</ol></details>\n");
    }

    if !x.references.is_empty() {
        out.push_str("<details class=\"panel\" open><summary>References</summary><ul>");
        for (i, r) in x.references.iter().enumerate() {
            out.push_str("<li>");
            link(out, id(fits(text, r.start, r.end), 'f', i), &r.text);
            let _ = write!(out, " <span class=\"dim\">· {}", reference_kind(r.kind));
            if let Some(b) = &r.body {
                out.push_str(" · ");
                escape(out, b);
            }
            if let Some(v) = r.number {
                let _ = write!(out, " · no. {v}");
            }
            if let Some(v) = r.term {
                let _ = write!(out, " · term {v}");
            }
            out.push_str("</span></li>");
        }
        out.push_str("</ul></details>\n");
    }

    if !x.dates.is_empty() {
        out.push_str("<details class=\"panel\" open><summary>Dates</summary><ul>");
        for (i, d) in x.dates.iter().enumerate() {
            out.push_str("<li>");
            link(out, id(fits(text, d.start, d.end), 'd', i), &date_value(d));
            out.push_str(" <span class=\"dim\">");
            escape(out, &d.text);
            out.push_str("</span></li>");
        }
        out.push_str("</ul></details>\n");
    }
}

fn join_or_dash(names: &[String]) -> String {
    if names.is_empty() {
        "—".to_string()
    } else {
        names.join(", ")
    }
}

/// Slogans of one id (or, without an id, one text): the first one, the count, the forms.
struct SloganGroup<'a> {
    first: usize,
    count: usize,
    texts: Vec<&'a str>,
}

/// Slogans grouped by id, in order of first appearance.
fn slogan_groups(x: &Extraction) -> Vec<SloganGroup<'_>> {
    let mut groups: Vec<SloganGroup<'_>> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, s) in x.slogans.iter().enumerate() {
        let key = match &s.id {
            Some(id) => format!("id:{id}"),
            None => format!("text:{}", s.text.to_lowercase()),
        };
        let g = *by_key.entry(key).or_insert_with(|| {
            groups.push(SloganGroup {
                first: i,
                count: 0,
                texts: Vec::new(),
            });
            groups.len() - 1
        });
        let group = &mut groups[g];
        group.count += 1;
        if !group.texts.contains(&s.text.as_str()) {
            group.texts.push(&s.text);
        }
    }
    groups
}

/// Appends `s` with the characters that mean something in HTML text or in a quoted
/// attribute replaced by references.
fn escape(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            // a NUL is replaced by the parser anyway; say so in the text
            0 => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// The page's style. Each kind differs by its line as well as by its colour (solid,
/// double, wavy, dashed, boxed, a bar with the item's number), and every colour pair keeps
/// a contrast of at least 7:1 for the text.
const STYLE: &str = r#"
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fff}
a{color:#1d4ed8}
a:focus,summary:focus{outline:3px solid #111;outline-offset:2px}
header.page{padding:1rem 1.5rem;border-bottom:1px solid #bbb;background:#f7f7f7}
h1{font-size:1.4rem;margin:0 0 .5rem}
h2{font-size:1.15rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h2 .n{display:inline-block;min-width:1.8em;padding:0 .3em;margin-right:.3em;border-radius:4px;background:#1a1a1a;color:#fff;text-align:center}
h3{margin:.6rem 0 .2rem;font-size:.95rem}
.meta{margin:0 0 1rem;color:#444;font-size:.9rem}
.dim{color:#555;font-size:.9em}
table.toc{border-collapse:collapse;font-size:.85rem;width:100%;margin-top:.75rem}
.toc th,.toc td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
.toc td.num{text-align:right;font-variant-numeric:tabular-nums}
.toc abbr{text-decoration:none;padding:0 .2em;font-size:.9em}
.headline{color:#444;font-size:.9em}
.report{padding:1.25rem 1.5rem;border-bottom:3px solid #999;content-visibility:auto;contain-intrinsic-size:auto 1200px}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(15rem,2fr);gap:2rem;align-items:start}
@media (max-width:60rem){.cols{grid-template-columns:minmax(0,1fr)}aside{position:static;max-height:none}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2;font-size:1rem}
aside{font-size:.9rem;position:sticky;top:0;max-height:100vh;overflow:auto}
.legend ul{list-style:none;margin:.25rem 0 .5rem;padding:0;display:flex;flex-wrap:wrap;gap:.35rem .9rem}
.legend .count{font-weight:700;font-variant-numeric:tabular-nums}
.panel{border:1px solid #ccc;border-radius:6px;padding:.3rem .7rem;margin:.5rem 0;background:#fcfcfc}
.panel summary{font-weight:700;cursor:pointer}
.panel ol,.panel ul{margin:.3rem 0;padding-left:1.4rem}
.panel li{margin:.2rem 0}
.panel dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem;margin:.2rem 0}
.panel dt{color:#555}.panel dd{margin:0}
.forms{color:#444;font-size:.85em}
mark,.swatch{color:#1a1a1a;padding:0 1px;border-radius:2px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark{position:relative;background:none}
mark{scroll-margin-top:30vh}
mark:target{outline:3px dashed #92400e;outline-offset:2px}
mark:focus{outline:3px solid #111;outline-offset:1px;z-index:2}
mark:focus::after{content:attr(title);position:absolute;left:0;top:calc(100% + 6px);z-index:10;width:max-content;max-width:min(30rem,80vw);padding:.45rem .65rem;border-radius:5px;background:#111;color:#fff;font:400 .8rem/1.45 system-ui,sans-serif;white-space:pre-line;text-align:left;box-shadow:0 2px 8px rgba(0,0,0,.35)}
.k-date{background:#dbeafe;border-bottom:2px solid #1e40af}
.k-mention{background:#ffedd5;border-bottom:3px double #9a3412;font-weight:600}
.k-slogan{background:#dcfce7;text-decoration:underline wavy #166534;text-decoration-thickness:1px;text-underline-offset:4px}
.k-directive{background:#f1e8ff;border-left:3px solid #6b21a8;box-decoration-break:slice;-webkit-box-decoration-break:slice}
mark.k-directive{padding-left:2px}
mark.k-directive[data-label]::before{content:attr(data-label);display:inline-block;margin-right:.3em;padding:0 .3em;border-radius:3px;background:#6b21a8;color:#fff;font:700 .72rem/1.4 system-ui,sans-serif;vertical-align:.1em}
.k-meeting{background:#ffe4e6;outline:1px solid #9f1239;outline-offset:-1px}
.k-reference{background:#ccfbf1;border-bottom:2px dashed #115e59}
.swatch{display:inline-block;line-height:1.5}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::{DateValue, Language, Mention};

    fn at(text: &str, needle: &str) -> (usize, usize) {
        let start = text.find(needle).expect("needle in text");
        (start, start + needle.len())
    }

    fn empty() -> Extraction {
        Extraction {
            language: Language::En,
            document_date: None,
            document_date_source: None,
            dates: Vec::new(),
            officials: Vec::new(),
            slogans: Vec::new(),
            directives: Vec::new(),
            meetings: Vec::new(),
            references: Vec::new(),
        }
    }

    fn date(text: &str, needle: &str, value: &str) -> Date {
        let (start, end) = at(text, needle);
        let value: DateValue = value.parse().unwrap();
        Date {
            start,
            end,
            text: needle.to_string(),
            value,
            end_value: None,
            precision: value.precision(),
            relative: false,
        }
    }

    fn mention(text: &str, needle: &str) -> Mention {
        let (start, end) = at(text, needle);
        Mention {
            start,
            end,
            text: needle.to_string(),
        }
    }

    fn slogan(text: &str, needle: &str, id: Option<&str>, number: Option<u32>) -> Slogan {
        let (start, end) = at(text, needle);
        Slogan {
            start,
            end,
            text: needle.to_string(),
            id: id.map(str::to_string),
            kind: if number.is_some() {
                SloganKind::Numbered
            } else {
                SloganKind::Formulation
            },
            number,
        }
    }

    fn directive(text: &str, needle: &str, ordinal: u32, marker: &str) -> Directive {
        let (start, end) = at(text, needle);
        Directive {
            list: 1,
            ordinal,
            marker: Some(marker.to_string()),
            implicit: false,
            start,
            end,
            text: needle.to_string(),
            speaker: Some("Shi Baozhen".to_string()),
        }
    }

    const TEXT: &str = "On October 26, the District CPPCC Party Group held a central group study \
        (expansion) meeting. Shi Baozhen, Secretary of the Party Group, presided over it. \
        Shi Baozhen emphasized: First, uphold the two establishments and study the 20th \
        National Congress of the CPC. Second, Shi Baozhen said, deepen common prosperity.";

    /// An extraction of `TEXT` with every kind, and with items that nest and cross.
    fn sample() -> Extraction {
        let t = TEXT;
        let mut x = empty();
        x.document_date = Some("2022-10-29".parse().unwrap());
        x.dates.push(date(t, "October 26", "2022-10-26"));
        let first = t.find("Shi Baozhen").unwrap();
        let mentions = t
            .match_indices("Shi Baozhen")
            .map(|(s, m)| Mention {
                start: s,
                end: s + m.len(),
                text: m.to_string(),
            })
            .collect();
        assert_eq!(first, t.find("Shi Baozhen").unwrap());
        x.officials.push(Official {
            name: "Shi Baozhen".into(),
            titles: vec!["Secretary of the District CPPCC Party Group".into()],
            mentions,
        });
        x.officials.push(Official {
            name: "Li Si".into(),
            titles: Vec::new(),
            mentions: vec![mention(t, "Party Group held")],
        });
        x.slogans.push(slogan(
            t,
            "two establishments",
            Some("two-establishments"),
            Some(2),
        ));
        x.slogans.push(slogan(
            t,
            "common prosperity",
            Some("common-prosperity"),
            None,
        ));
        x.directives.push(directive(
            t,
            "First, uphold the two establishments and study the 20th National Congress of the CPC.",
            1,
            "First",
        ));
        x.directives.push(directive(
            t,
            "Second, Shi Baozhen said, deepen common prosperity.",
            2,
            "Second",
        ));
        let (start, end) = at(t, "central group study (expansion) meeting");
        x.meetings.push(Meeting {
            start,
            end,
            text: t[start..end].to_string(),
            kind: Some("central-group-study".into()),
            expanded: true,
            number: None,
            term: None,
            organiser: Some("the District CPPCC Party Group".into()),
            date: Some("2022-10-26".parse().unwrap()),
            chair: vec!["Shi Baozhen".into()],
            participants: vec!["Shi Baozhen".into()],
        });
        // crosses the directive's end: "the CPC. Second" is not a reference, but a
        // crossing span must still come out as one item
        let (start, end) = at(t, "20th National Congress of the CPC. Second");
        x.references.push(Reference {
            start,
            end,
            text: t[start..end].to_string(),
            kind: ReferenceKind::Congress,
            body: Some("CPC".into()),
            number: Some(20),
            term: None,
        });
        x
    }

    fn page(text: &str, x: &Extraction) -> String {
        render_html(&[HtmlReport {
            source: "sample.txt",
            text,
            extraction: x,
        }])
    }

    /// The opening tags of highlighted elements: (kind, index, mention, part).
    fn marks(html: &str) -> Vec<(String, usize, Option<usize>, Option<u32>)> {
        let attr = |tag: &str, name: &str| -> Option<String> {
            let key = format!(" {name}=\"");
            let i = tag.find(&key)? + key.len();
            let j = tag[i..].find('"')? + i;
            Some(tag[i..j].to_string())
        };
        html.match_indices("<mark ")
            .map(|(i, _)| {
                let tag = &html[i..i + html[i..].find('>').unwrap()];
                (
                    attr(tag, "data-kind").unwrap(),
                    attr(tag, "data-index").unwrap().parse().unwrap(),
                    attr(tag, "data-mention").map(|m| m.parse().unwrap()),
                    attr(tag, "data-part").map(|p| p.parse().unwrap()),
                )
            })
            .collect()
    }

    /// The text of the page with the tags taken out and references resolved.
    fn strip(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    fn text_div(html: &str) -> &str {
        let start = html.find("<div class=\"text\">").unwrap() + "<div class=\"text\">".len();
        let end = html[start..].find("</div>\n<aside").unwrap() + start;
        &html[start..end]
    }

    #[test]
    fn every_item_is_one_element_with_its_data() {
        let x = sample();
        let html = page(TEXT, &x);
        let marks = marks(&html);
        let firsts: Vec<_> = marks.iter().filter(|m| m.3.is_none()).collect();
        let count = |kind: &str| firsts.iter().filter(|m| m.0 == kind).count();
        assert_eq!(count("date"), 1);
        assert_eq!(count("mention"), 4);
        assert_eq!(count("slogan"), 2);
        assert_eq!(count("directive"), 2);
        assert_eq!(count("meeting"), 1);
        assert_eq!(count("reference"), 1);
        let mut keys: Vec<_> = firsts.iter().map(|m| (&m.0, m.1, m.2)).collect();
        let all = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), all, "an item has two first parts");
        // the reference crosses the end of the first directive: split, not lost
        assert!(marks.iter().any(|m| m.0 == "reference" && m.3 == Some(2)));
        assert!(html.contains("data-list=\"1\" data-ordinal=\"2\""));
        assert!(html.contains("• Secretary of the District CPPCC Party Group"));
        assert!(html.contains("Slogan: two-establishments\nkind numbered, number 2"));
        assert!(html.contains("chair Shi Baozhen"));
        assert!(html.contains("Date: 2022-10-26"));
    }

    #[test]
    fn elements_nest_and_text_is_kept() {
        let x = sample();
        let html = page(TEXT, &x);
        let body = text_div(&html);
        assert_eq!(strip(body), TEXT);
        // the kinds open around each element, from the outermost
        let mut stack: Vec<&str> = Vec::new();
        let mut around_third_mention = None;
        for (i, _) in body.match_indices('<') {
            if body[i..].starts_with("</mark>") {
                assert!(stack.pop().is_some(), "a close without an open");
            } else if body[i..].starts_with("<mark ") {
                let tag = &body[i..i + body[i..].find('>').unwrap()];
                if tag.contains("data-kind=\"mention\"") && tag.contains("data-mention=\"2\"") {
                    around_third_mention = Some(stack.clone());
                }
                let kind = tag.split("data-kind=\"").nth(1).unwrap();
                stack.push(&kind[..kind.find('"').unwrap()]);
            } else {
                panic!("unexpected tag at {i}: {}", &body[i..i + 10]);
            }
        }
        assert!(stack.is_empty());
        // "Second, Shi Baozhen said": the mention sits inside the second directive
        assert_eq!(around_third_mention, Some(vec!["directive"]));
    }

    #[test]
    fn items_that_do_not_fit_the_text_are_left_out() {
        let text = "Zhang San spoke. 张三讲话。";
        let mut x = empty();
        x.officials.push(Official {
            name: "Zhang San".into(),
            titles: Vec::new(),
            mentions: vec![
                Mention {
                    start: 0,
                    end: 9,
                    text: "Zhang San".into(),
                },
                // off a character boundary, past the end, empty
                Mention {
                    start: 18,
                    end: 20,
                    text: "?".into(),
                },
                Mention {
                    start: 30,
                    end: 90,
                    text: "?".into(),
                },
                Mention {
                    start: 5,
                    end: 5,
                    text: "".into(),
                },
            ],
        });
        let html = page(text, &x);
        assert_eq!(marks(&html).len(), 1);
        assert_eq!(strip(text_div(&html)), text);
    }

    #[test]
    fn hostile_text_is_shown_as_text() {
        let text = "<script>alert(1)</script> </textarea><img src=x onerror=alert(2)> \
                    <a href=\"javascript:alert(3)\">x</a> it's \"quoted\" & <!-- --> ]]>";
        let mut x = empty();
        let (start, end) = at(text, "<script>alert(1)</script>");
        x.slogans.push(Slogan {
            start,
            end,
            text: text[start..end].to_string(),
            id: Some("\"><script>alert(4)</script>".into()),
            kind: SloganKind::Campaign,
            number: None,
        });
        x.officials.push(Official {
            name: "O'Brien\" onmouseover=\"alert(5)".into(),
            titles: vec!["</textarea><script>alert(6)</script>".into()],
            mentions: vec![mention(text, "javascript:alert(3)")],
        });
        let html = render_html(&[HtmlReport {
            source: "<b>evil</b>\".txt",
            text,
            extraction: &x,
        }]);
        assert!(!html.contains("<script"));
        assert!(!html.contains("<img"));
        assert!(!html.contains("<a href=\"javascript"));
        assert!(!html.contains("<b>evil"));
        assert!(!html.contains("</textarea>"));
        assert!(!html.contains("onmouseover=\""));
        assert!(!html.contains("<!--"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(strip(text_div(&html)), text);
        // the only links are the page's own anchors
        for (i, _) in html.match_indices("href=\"") {
            assert!(html[i + 6..].starts_with('#'), "{}", &html[i..i + 30]);
        }
        assert_eq!(marks(&html).len(), 2);
    }

    #[test]
    fn many_reports_get_contents_and_their_own_ids() {
        let x = sample();
        let reports: Vec<HtmlReport<'_>> = (0..3)
            .map(|_| HtmlReport {
                source: "r.txt",
                text: TEXT,
                extraction: &x,
            })
            .collect();
        let html = render_html(&reports);
        assert!(html.contains("<title>3 reports · minutes</title>"));
        for n in 1..=3 {
            assert!(html.contains(&format!("<a href=\"#r{n}\">r.txt</a>")));
            assert!(html.contains(&format!("id=\"r{n}-m0-0\"")));
        }
        assert!(html.contains("2022-10-26 · the District CPPCC Party Group · central-group-study"));
        assert_eq!(marks(&html).len(), 3 * marks(&page(TEXT, &x)).len());
    }

    #[test]
    fn panels_list_what_was_found() {
        let x = sample();
        let html = page(TEXT, &x);
        assert!(html.contains("<summary>Officials</summary>"));
        assert!(html.contains("<a href=\"#r1-m0-0\">Shi Baozhen</a></b> <span class=\"dim\">×3"));
        assert!(html.contains("<h3>List 1 <span class=\"dim\">· Shi Baozhen</span></h3>"));
        assert!(html.contains("<li value=\"2\"><a href=\"#r1-v1\">Second</a>"));
        assert!(html.contains(
            "<a href=\"#r1-s0\">two-establishments</a> <span class=\"dim\">×1 · numbered · 2"
        ));
        assert!(html.contains("<dt>chair</dt><dd>Shi Baozhen</dd>"));
    }

    /// An extraction made from a gold file (SPEC section 6), which has no offsets: every
    /// place where an item's text (an official's name) stands is taken as an item. Not an
    /// extractor; a realistic load of nested and crossing items for the page.
    fn from_gold(text: &str, gold: &serde_json::Value) -> Extraction {
        use serde_json::Value;
        let str_of = |v: &Value, k: &str| v[k].as_str().map(str::to_string);
        let num_of = |v: &Value, k: &str| v[k].as_u64().map(|n| n as u32);
        let list = |k: &str| gold[k].as_array().cloned().unwrap_or_default();
        let places = |needle: &str| -> Vec<(usize, usize)> {
            if needle.is_empty() {
                return Vec::new();
            }
            text.match_indices(needle)
                .map(|(s, m)| (s, s + m.len()))
                .collect()
        };
        let mut x = empty();
        x.language = if gold["language"] == "zh" {
            Language::Zh
        } else {
            Language::En
        };
        x.document_date = gold["document_date"].as_str().and_then(|d| d.parse().ok());
        for d in list("dates") {
            let Ok(value) = d["value"].as_str().unwrap_or("").parse::<DateValue>() else {
                continue;
            };
            for (start, end) in places(d["text"].as_str().unwrap_or("")) {
                x.dates.push(Date {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    value,
                    end_value: d["end_value"].as_str().and_then(|v| v.parse().ok()),
                    precision: value.precision(),
                    relative: d["relative"].as_bool().unwrap_or(false),
                });
            }
        }
        for o in list("officials") {
            let name = str_of(&o, "name").unwrap_or_default();
            x.officials.push(Official {
                titles: o["titles"]
                    .as_array()
                    .map(|t| {
                        t.iter()
                            .filter_map(|t| t.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default(),
                mentions: places(&name)
                    .into_iter()
                    .map(|(start, end)| Mention {
                        start,
                        end,
                        text: name.clone(),
                    })
                    .collect(),
                name,
            });
        }
        for sl in list("slogans") {
            for (start, end) in places(sl["text"].as_str().unwrap_or("")) {
                x.slogans.push(Slogan {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    id: str_of(&sl, "id"),
                    kind: match sl["kind"].as_str() {
                        Some("numbered") => SloganKind::Numbered,
                        Some("campaign") => SloganKind::Campaign,
                        _ => SloganKind::Formulation,
                    },
                    number: num_of(&sl, "number"),
                });
            }
        }
        for d in list("directives") {
            if let Some(&(start, end)) = places(d["text"].as_str().unwrap_or("")).first() {
                x.directives.push(Directive {
                    list: num_of(&d, "list").unwrap_or(1),
                    ordinal: num_of(&d, "ordinal").unwrap_or(1),
                    marker: str_of(&d, "marker"),
                    implicit: d["implicit"].as_bool().unwrap_or(false),
                    start,
                    end,
                    text: text[start..end].to_string(),
                    speaker: str_of(&d, "speaker"),
                });
            }
        }
        let names = |v: &Value| -> Vec<String> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|n| n.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        for m in list("meetings") {
            if let Some(&(start, end)) = places(m["text"].as_str().unwrap_or("")).first() {
                x.meetings.push(Meeting {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    kind: str_of(&m, "kind"),
                    expanded: m["expanded"].as_bool().unwrap_or(false),
                    number: num_of(&m, "number"),
                    term: num_of(&m, "term"),
                    organiser: str_of(&m, "organiser"),
                    date: m["date"].as_str().and_then(|d| d.parse().ok()),
                    chair: names(&m["chair"]),
                    participants: names(&m["participants"]),
                });
            }
        }
        for r in list("references") {
            for (start, end) in places(r["text"].as_str().unwrap_or("")) {
                x.references.push(Reference {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    kind: match r["kind"].as_str() {
                        Some("congress") => ReferenceKind::Congress,
                        Some("plenum") => ReferenceKind::Plenum,
                        Some("session") => ReferenceKind::Session,
                        _ => ReferenceKind::Document,
                    },
                    body: str_of(&r, "body"),
                    number: num_of(&r, "number"),
                    term: num_of(&r, "term"),
                });
            }
        }
        x.dates.sort_by_key(|d| d.start);
        x.slogans.sort_by_key(|s| s.start);
        x.directives.sort_by_key(|d| d.start);
        x.meetings.sort_by_key(|m| m.start);
        x.references.sort_by_key(|r| r.start);
        x
    }

    #[test]
    fn seed_report_with_its_gold_items_highlights_each_once() {
        let text = include_str!("../fixtures/en/seed.txt");
        let gold = serde_json::from_str(include_str!("../fixtures/en/seed.gold.json")).unwrap();
        let x = from_gold(text, &gold);
        let html = page(text, &x);
        let marks = marks(&html);
        let mut firsts: Vec<_> = marks
            .iter()
            .filter(|m| m.3.is_none())
            .map(|m| (m.0.as_str(), m.1, m.2))
            .collect();
        let [dates, mentions, slogans, directives, meetings, references] = counts(&x);
        for (kind, n) in [
            ("date", dates),
            ("mention", mentions),
            ("slogan", slogans),
            ("directive", directives),
            ("meeting", meetings),
            ("reference", references),
        ] {
            assert!(n > 0, "{kind}");
            assert_eq!(firsts.iter().filter(|m| m.0 == kind).count(), n, "{kind}");
        }
        let all = firsts.len();
        firsts.sort();
        firsts.dedup();
        assert_eq!(firsts.len(), all);
        assert_eq!(strip(text_div(&html)), text);
    }

    /// Writes a page of every report of the directories in `MINUTES_HTML_PREVIEW`
    /// (separated by `:`), their gold items highlighted, to `target/html-preview.html`:
    /// `MINUTES_HTML_PREVIEW=../shared/dev/en:../shared/dev/zh cargo test --lib html -- --ignored`
    #[test]
    #[ignore = "writes a preview page when MINUTES_HTML_PREVIEW names directories"]
    fn preview_gold_page() {
        let Ok(dirs) = std::env::var("MINUTES_HTML_PREVIEW") else {
            return;
        };
        let mut inputs = Vec::new();
        for dir in dirs.split(':') {
            let mut paths: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                let text = std::fs::read_to_string(&p).unwrap();
                let gold = std::fs::read_to_string(p.with_extension("gold.json")).unwrap();
                let x = from_gold(&text, &serde_json::from_str(&gold).unwrap());
                inputs.push((p.display().to_string(), text, x));
            }
        }
        let reports: Vec<_> = inputs
            .iter()
            .map(|(source, text, x)| HtmlReport {
                source,
                text,
                extraction: x,
            })
            .collect();
        let out = concat!(env!("CARGO_MANIFEST_DIR"), "/target/html-preview.html");
        std::fs::write(out, render_html(&reports)).unwrap();
    }

    /// WCAG 2 contrast ratio of two `#rrggbb` colours.
    fn contrast(a: &str, b: &str) -> f64 {
        let luminance = |hex: &str| {
            let channel = |i: usize| {
                let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
                if c <= 0.03928 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
        };
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn highlight_colours_keep_text_readable() {
        for m in Mark::ALL {
            let rule = format!(".k-{}{{background:", m.name());
            let at = STYLE.find(&rule).expect("a rule per kind") + rule.len();
            let background = &STYLE[at..at + 7];
            let ratio = contrast("#1a1a1a", background);
            assert!(ratio >= 7.0, "{} on {background}: {ratio:.1}", m.name());
        }
        // the directive's number badge, the focus details, the links
        assert!(contrast("#ffffff", "#6b21a8") >= 7.0);
        assert!(contrast("#ffffff", "#111111") >= 7.0);
        assert!(contrast("#1d4ed8", "#fcfcfc") >= 4.5);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Any text, any spans: no panic, elements balanced, every item that fits
            /// the text is one element (plus parts), and the text comes back whole.
            #[test]
            fn any_spans_nest_and_keep_the_text(
                text in "[a-c<>&\"' 张三\\n]{0,40}",
                raw in proptest::collection::vec((0usize..50, 0usize..50, 0usize..4), 0..12),
            ) {
                let mut x = empty();
                let mut fitting = 0;
                for (k, &(a, b, kind)) in raw.iter().enumerate() {
                    let (start, end) = (a.min(b), a.max(b));
                    fitting += usize::from(fits(&text, start, end));
                    let piece = text.get(start..end).unwrap_or("?").to_string();
                    match kind {
                        0 => x.officials.push(Official {
                            name: format!("p{k}"),
                            titles: Vec::new(),
                            mentions: vec![Mention { start, end, text: piece }],
                        }),
                        1 => x.slogans.push(Slogan {
                            start, end, text: piece, id: None,
                            kind: SloganKind::Campaign, number: None,
                        }),
                        2 => x.directives.push(Directive {
                            list: 1, ordinal: k as u32 + 1, marker: None, implicit: true,
                            start, end, text: piece, speaker: None,
                        }),
                        _ => x.references.push(Reference {
                            start, end, text: piece, kind: ReferenceKind::Document,
                            body: None, number: None, term: None,
                        }),
                    }
                }
                let html = page(&text, &x);
                let body = text_div(&html);
                prop_assert_eq!(strip(body), text.clone());
                let mut depth = 0i32;
                for (i, _) in body.match_indices('<') {
                    if body[i..].starts_with("</mark>") {
                        depth -= 1;
                    } else {
                        prop_assert!(body[i..].starts_with("<mark "));
                        depth += 1;
                    }
                    prop_assert!(depth >= 0);
                }
                prop_assert_eq!(depth, 0);
                let marks = marks(&html);
                let mut firsts: Vec<_> = marks
                    .iter()
                    .filter(|m| m.3.is_none())
                    .map(|m| (m.0.clone(), m.1, m.2))
                    .collect();
                prop_assert_eq!(firsts.len(), fitting);
                firsts.sort();
                firsts.dedup();
                prop_assert_eq!(firsts.len(), fitting);
            }
        }
    }
}
