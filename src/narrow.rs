//! Regexes compiled in a narrow form for text of ASCII and common punctuation.
//!
//! A Unicode class (`\w`, `\s`, `\d`, a negated `[^...]`, `(?i:...)` with `ſ` and the
//! Kelvin sign, a Unicode `\b`) compiles into an automaton many times the size of its ASCII
//! form, and building those automata was most of the cost of a first extraction. On a text
//! whose every character is ASCII or punctuation that no Unicode `\w`, `\s` or `\d` holds
//! and that no ASCII letter folds to ([`is_narrow`]), each character is in a class in both
//! forms or in neither, so the narrow form finds the same matches with the same groups;
//! any other text gets the Unicode form. A pattern with no narrow form (a `.`, a nested
//! class, `\W`, `\p{..}`) runs in its Unicode form on every text.

use once_cell::sync::OnceCell;
use regex::Regex;

/// The characters outside ASCII that a narrow text may hold: dashes, quotes, the ellipsis
/// and Chinese punctuation (general categories Pd, Pi, Pf, Ps, Pe, Po).
const PUNCTUATION: &str = r"\x{2010}-\x{2015}\x{2018}-\x{201F}\x{2026}\x{3001}\x{3002}\x{300A}-\x{3011}\x{FF01}\x{FF08}\x{FF09}\x{FF0C}\x{FF1A}\x{FF1B}\x{FF1F}";

/// Does `s` hold only ASCII and the punctuation of [`PUNCTUATION`]?
pub(crate) fn is_narrow(s: &str) -> bool {
    s.is_ascii()
        || s.chars().all(|c| {
            c.is_ascii()
                || matches!(
                    c,
                    '\u{2010}'..='\u{2015}'
                        | '\u{2018}'..='\u{201F}'
                        | '\u{2026}'
                        | '\u{3001}'
                        | '\u{3002}'
                        | '\u{300A}'..='\u{3011}'
                        | '\u{FF01}'
                        | '\u{FF08}'
                        | '\u{FF09}'
                        | '\u{FF0C}'
                        | '\u{FF1A}'
                        | '\u{FF1B}'
                        | '\u{FF1F}'
                )
        })
}

/// A pattern compiled in two forms, each on first use.
pub(crate) struct Twin {
    source: fn() -> String,
    /// Compiles the Unicode form.
    compile: fn(&str) -> Regex,
    /// The narrow form, or none where the pattern has none.
    narrow: OnceCell<Option<Regex>>,
    unicode: OnceCell<Regex>,
}

impl Twin {
    /// A pattern whose Unicode form is compiled by `compile`.
    pub(crate) const fn new(source: fn() -> String, compile: fn(&str) -> Regex) -> Twin {
        Twin {
            source,
            compile,
            narrow: OnceCell::new(),
            unicode: OnceCell::new(),
        }
    }

    /// The form for a text that [`is_narrow`] said `narrow` of.
    pub(crate) fn get(&self, narrow: bool) -> &Regex {
        let form = narrow.then(|| self.narrow_form()).flatten();
        form.unwrap_or_else(|| {
            self.unicode
                .get_or_init(|| (self.compile)(&(self.source)()))
        })
    }

    /// The narrow form, compiled on first use; none if the pattern has none.
    fn narrow_form(&self) -> Option<&Regex> {
        self.narrow
            .get_or_init(|| narrow_pattern(&(self.source)()).and_then(|p| Regex::new(&p).ok()))
            .as_ref()
    }
}

/// `pattern` with `\w`, `\s`, `\d`, `\b` as their ASCII forms, `(?i:` as ASCII
/// case-insensitive, and a negated class kept to ASCII and [`PUNCTUATION`]; none for a
/// pattern whose narrow form could match otherwise than it (`.`, a nested class, `\W`,
/// `\S`, `\D`, `\B`, `\p`, `\P`).
pub(crate) fn narrow_pattern(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len() * 2);
    // 0: outside a class; 1: in a class; 2: in a negated class
    let mut class = 0;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(e) = chars.next() else {
                    out.push(c);
                    break;
                };
                let named = match e {
                    'w' => "[:word:]",
                    's' => "[:space:]",
                    'd' => "[:digit:]",
                    'b' if class == 0 => {
                        out.push_str(r"(?-u:\b)");
                        continue;
                    }
                    'W' | 'S' | 'D' | 'B' | 'p' | 'P' => return None,
                    _ => {
                        out.push(c);
                        out.push(e);
                        continue;
                    }
                };
                if class == 0 {
                    out.push('[');
                    out.push_str(named);
                    out.push(']');
                } else {
                    out.push_str(named);
                }
            }
            '[' if class == 0 => {
                if let Some(rest) = chars.as_str().strip_prefix('^') {
                    chars = rest.chars();
                    out.push_str("[\\x00-\\x7F");
                    out.push_str(PUNCTUATION);
                    out.push_str("&&[^");
                    class = 2;
                } else {
                    out.push(c);
                    class = 1;
                }
            }
            '[' => return None,
            ']' if class != 0 => {
                out.push(c);
                if class == 2 {
                    out.push(']');
                }
                class = 0;
            }
            '.' if class == 0 => return None,
            '(' if class == 0 && chars.as_str().starts_with("?i:") => {
                chars.nth(2);
                out.push_str("(?i-u:");
            }
            _ => out.push(c),
        }
    }
    Some(out)
}

/// Test support: does `twin` find the same matches, with the same groups, in both of its
/// forms on each of `texts` (all narrow)? Compiling both forms also shows that the narrow
/// one can be made, which would otherwise fail only on the first narrow text.
#[cfg(test)]
pub(crate) fn assert_same_forms(twin: &Twin, texts: &[&str]) {
    let n = twin.narrow_form().expect("the pattern has a narrow form");
    let u = twin.get(false);
    for t in texts {
        assert!(is_narrow(t), "{t:?} is not narrow");
        let groups = |re: &Regex| -> Vec<Vec<Option<(usize, usize)>>> {
            re.captures_iter(t)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                .collect()
        };
        assert_eq!(groups(n), groups(u), "forms differ on {t:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_forms() {
        assert_eq!(
            narrow_pattern(r"(?i:a\s+b)\b[\w’-]\d\(x\)").as_deref(),
            Some(r"(?i-u:a[[:space:]]+b)(?-u:\b)[[:word:]’-][[:digit:]]\(x\)")
        );
        assert_eq!(
            narrow_pattern(r"[^,.]{1,2}"),
            Some(format!(r"[\x00-\x7F{PUNCTUATION}&&[^,.]]{{1,2}}"))
        );
        assert!(is_narrow("the Party’s “plan” — 1、2。"));
        assert!(!is_narrow("the ſession"));
        assert!(!is_narrow("Lü Hua"));
        assert!(!is_narrow("a\u{a0}b"));
        assert!(!is_narrow("会议"));
    }

    #[test]
    fn a_pattern_without_a_narrow_form_runs_in_its_unicode_form() {
        for p in [
            r"a.b", r"[a[bc]]", r"\W", r"\S+", r"\D", r"\B", r"\p{Han}", r"\P{L}",
        ] {
            assert_eq!(narrow_pattern(p), None, "{p}");
        }
        static DOT: Twin = Twin::new(|| r"(?i:se.sion)\b".to_string(), |p| Regex::new(p).unwrap());
        let text = "the SEssion and the se-sion";
        assert!(is_narrow(text));
        let found: Vec<&str> = DOT.get(true).find_iter(text).map(|m| m.as_str()).collect();
        assert_eq!(found, ["SEssion", "se-sion"]);
        assert!(std::ptr::eq(DOT.get(true), DOT.get(false)));
    }
}
