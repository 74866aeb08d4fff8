//! What every fuzz target checks: the invariants of SPEC's conventions on any output.

/// The command's decoding, as the binary compiles it.
#[path = "../../src/cli/decode.rs"]
#[allow(dead_code)]
pub mod decode;

use minutes::Extraction;

/// Panics unless `start..end` is a span of `text` on character boundaries holding `item`.
fn span(text: &str, kind: &str, start: usize, end: usize, item: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{kind}: span {start}..{end} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{kind}: span {start}..{end} not on character boundaries"
    );
    assert_eq!(
        &text[start..end],
        item,
        "{kind}: text is not the slice {start}..{end}"
    );
}

/// Panics unless the starts are in text order.
fn sorted(kind: &str, starts: impl Iterator<Item = usize>) {
    let starts: Vec<usize> = starts.collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "{kind}: items not in text order: {starts:?}"
    );
}

/// Panics unless every item of `x` points into `text` exactly, and each kind is in order.
pub fn check(text: &str, x: &Extraction) {
    for d in &x.dates {
        span(text, "dates", d.start, d.end, &d.text);
    }
    sorted("dates", x.dates.iter().map(|d| d.start));
    for o in &x.officials {
        assert!(!o.name.is_empty(), "officials: empty name");
        for m in &o.mentions {
            span(text, "mentions", m.start, m.end, &m.text);
        }
        sorted("mentions", o.mentions.iter().map(|m| m.start));
    }
    sorted(
        "officials (by first mention)",
        x.officials
            .iter()
            .filter_map(|o| o.mentions.first().map(|m| m.start)),
    );
    for s in &x.slogans {
        span(text, "slogans", s.start, s.end, &s.text);
    }
    sorted("slogans", x.slogans.iter().map(|s| s.start));
    for d in &x.directives {
        span(text, "directives", d.start, d.end, &d.text);
    }
    sorted("directives", x.directives.iter().map(|d| d.start));
    for m in &x.meetings {
        span(text, "meetings", m.start, m.end, &m.text);
    }
    sorted("meetings", x.meetings.iter().map(|m| m.start));
    for r in &x.references {
        span(text, "references", r.start, r.end, &r.text);
    }
    sorted("references", x.references.iter().map(|r| r.start));
}
