//! `--summary`: what a corpus holds, counted over all its documents: the most frequent
//! catalogue slogans by id, the officials named in the most documents with their most
//! common title, and the number of documents per month of their document date.
//!
//! Each document is reduced to a [`DocSummary`] where it is processed, and the reductions
//! are added up in input order, so the counts hold only one entry per distinct slogan,
//! person and month, whatever the size of the corpus. Ties are broken by first appearance.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use minutes::Extraction;
use serde::Serialize;

/// What one document adds to the summary.
#[derive(Debug, Default)]
pub struct DocSummary {
    month: Option<String>,
    /// The id of each catalogue slogan mention.
    slogans: Vec<String>,
    /// Each person with the titles the document gives them.
    officials: Vec<(String, Vec<String>)>,
}

impl DocSummary {
    /// Reduces an extraction.
    pub fn of(x: &Extraction) -> DocSummary {
        DocSummary {
            month: x
                .document_date
                .map(|d| format!("{:04}-{:02}", d.year, d.month)),
            slogans: x.slogans.iter().filter_map(|s| s.id.clone()).collect(),
            officials: x
                .officials
                .iter()
                .map(|o| (o.name.clone(), o.titles.clone()))
                .collect(),
        }
    }
}

#[derive(Debug, Default)]
struct Count {
    first: usize,
    mentions: u64,
    documents: u64,
}

#[derive(Debug, Default)]
struct Person {
    first: usize,
    documents: u64,
    /// Titles in order of first appearance, with the number of documents giving each.
    titles: Vec<(String, u64)>,
}

/// The counts over a run.
#[derive(Debug, Default)]
pub struct Summary {
    documents: u64,
    failed: u64,
    undated: u64,
    slogans: HashMap<String, Count>,
    officials: HashMap<String, Person>,
    months: BTreeMap<String, u64>,
}

#[derive(Serialize)]
struct SloganRow<'a> {
    id: &'a str,
    mentions: u64,
    documents: u64,
}

#[derive(Serialize)]
struct OfficialRow<'a> {
    name: &'a str,
    title: Option<&'a str>,
    documents: u64,
}

#[derive(Serialize)]
struct MonthRow<'a> {
    month: &'a str,
    documents: u64,
}

#[derive(Serialize)]
struct Report<'a> {
    documents: u64,
    failed: u64,
    slogans: Vec<SloganRow<'a>>,
    officials: Vec<OfficialRow<'a>>,
    months: Vec<MonthRow<'a>>,
    undated: u64,
}

impl Summary {
    /// Counts a document processed.
    pub fn add(&mut self, doc: DocSummary) {
        self.documents += 1;
        match doc.month {
            Some(m) => *self.months.entry(m).or_default() += 1,
            None => self.undated += 1,
        }
        let mut seen: Vec<&str> = Vec::new();
        for id in &doc.slogans {
            let next = self.slogans.len();
            let c = self.slogans.entry(id.clone()).or_insert_with(|| Count {
                first: next,
                ..Count::default()
            });
            c.mentions += 1;
            if !seen.contains(&id.as_str()) {
                seen.push(id);
                c.documents += 1;
            }
        }
        for (name, titles) in doc.officials {
            let next = self.officials.len();
            let p = self.officials.entry(name).or_insert_with(|| Person {
                first: next,
                ..Person::default()
            });
            p.documents += 1;
            for t in titles {
                match p.titles.iter_mut().find(|(known, _)| *known == t) {
                    Some((_, n)) => *n += 1,
                    None => p.titles.push((t, 1)),
                }
            }
        }
    }

    /// Counts a document that failed.
    pub fn add_failure(&mut self) {
        self.failed += 1;
    }

    fn report(&self, top: usize) -> Report<'_> {
        let mut slogans: Vec<(&String, &Count)> = self.slogans.iter().collect();
        slogans.sort_by_key(|(_, c)| (std::cmp::Reverse(c.mentions), c.first));
        let mut officials: Vec<(&String, &Person)> = self.officials.iter().collect();
        officials.sort_by_key(|(_, p)| (std::cmp::Reverse(p.documents), p.first));
        Report {
            documents: self.documents,
            failed: self.failed,
            slogans: slogans
                .into_iter()
                .take(top)
                .map(|(id, c)| SloganRow {
                    id,
                    mentions: c.mentions,
                    documents: c.documents,
                })
                .collect(),
            officials: officials
                .into_iter()
                .take(top)
                .map(|(name, p)| OfficialRow {
                    name,
                    title: most_common(&p.titles),
                    documents: p.documents,
                })
                .collect(),
            months: self
                .months
                .iter()
                .map(|(month, &documents)| MonthRow { month, documents })
                .collect(),
            undated: self.undated,
        }
    }

    /// Writes the summary as one JSON object: the `top` slogans and officials, every month.
    pub fn write_json(&self, out: &mut impl Write, top: usize) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &self.report(top))?;
        writeln!(out)
    }

    /// Writes the summary as readable tables.
    pub fn write_human(&self, out: &mut impl Write, top: usize) -> io::Result<()> {
        let r = self.report(top);
        writeln!(
            out,
            "documents: {}{}",
            r.documents,
            if r.failed > 0 {
                format!("   failed: {}", r.failed)
            } else {
                String::new()
            }
        )?;
        writeln!(
            out,
            "\nslogans by mentions (top {} of {})",
            r.slogans.len(),
            self.slogans.len()
        )?;
        writeln!(out, "  {:>8}  {:>9}  id", "mentions", "documents")?;
        for s in &r.slogans {
            writeln!(out, "  {:>8}  {:>9}  {}", s.mentions, s.documents, s.id)?;
        }
        writeln!(
            out,
            "\nofficials by documents (top {} of {})",
            r.officials.len(),
            self.officials.len()
        )?;
        let width = r
            .officials
            .iter()
            .map(|o| o.name.chars().count())
            .max()
            .unwrap_or(4)
            .max(4);
        writeln!(
            out,
            "  {:>9}  {:<width$}  most common title",
            "documents", "name"
        )?;
        for o in &r.officials {
            writeln!(
                out,
                "  {:>9}  {:<width$}  {}",
                o.documents,
                o.name,
                o.title.unwrap_or("-")
            )?;
        }
        writeln!(out, "\ndocuments per month")?;
        for m in &r.months {
            writeln!(out, "  {}  {:>9}", m.month, m.documents)?;
        }
        if r.undated > 0 {
            writeln!(out, "  no date  {:>9}", r.undated)?;
        }
        Ok(())
    }
}

/// The title given in the most documents; the first given among equals.
fn most_common(titles: &[(String, u64)]) -> Option<&str> {
    let mut best: Option<&(String, u64)> = None;
    for t in titles {
        if best.is_none_or(|b| t.1 > b.1) {
            best = Some(t);
        }
    }
    best.map(|(t, _)| t.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(month: Option<&str>, slogans: &[&str], officials: &[(&str, &[&str])]) -> DocSummary {
        DocSummary {
            month: month.map(str::to_string),
            slogans: slogans.iter().map(|s| s.to_string()).collect(),
            officials: officials
                .iter()
                .map(|(n, ts)| (n.to_string(), ts.iter().map(|t| t.to_string()).collect()))
                .collect(),
        }
    }

    #[test]
    fn counts_rank_and_break_ties_by_first_appearance() {
        let mut s = Summary::default();
        s.add(doc(
            Some("2022-10"),
            &["b", "a", "a"],
            &[("Wang Wei", &["Mayor"])],
        ));
        s.add(doc(
            Some("2022-10"),
            &["b"],
            &[("Li Qiang", &[]), ("Wang Wei", &["Secretary", "Mayor"])],
        ));
        s.add(doc(None, &[], &[]));
        s.add_failure();
        let mut out = Vec::new();
        s.write_json(&mut out, 10).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["documents"], 3);
        assert_eq!(v["failed"], 1);
        assert_eq!(v["undated"], 1);
        // b and a both have two mentions: b came first
        assert_eq!(v["slogans"][0]["id"], "b");
        assert_eq!(v["slogans"][0]["documents"], 2);
        assert_eq!(v["slogans"][1]["id"], "a");
        assert_eq!(v["slogans"][1]["documents"], 1);
        assert_eq!(v["officials"][0]["name"], "Wang Wei");
        assert_eq!(v["officials"][0]["title"], "Mayor");
        assert_eq!(v["officials"][1]["title"], serde_json::Value::Null);
        assert_eq!(v["months"][0]["month"], "2022-10");
        assert_eq!(v["months"][0]["documents"], 2);
    }
}
