//! Loading and checking the data files.
//!
//! Every file under `data/` is UTF-8 TSV with a header row; lines starting with `#` are
//! comments; inside a cell `|` separates alternatives. The files are compiled in with
//! `include_str!` and parsed once, on first use.

use crate::Error;

/// A row of a TSV file: its 1-based line number and its cells.
pub(crate) struct Row<'a> {
    pub line: usize,
    pub cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The cell at `i`, or `""` when the row is short.
    pub fn get(&self, i: usize) -> &'a str {
        self.cells.get(i).copied().unwrap_or("")
    }

    /// The alternatives of the cell at `i`, `|`-separated, trimmed, empty ones dropped.
    pub fn alternatives(&self, i: usize) -> impl Iterator<Item = &'a str> {
        self.get(i)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// The rows of a TSV text after its header, with at least `min_cells` cells each.
///
/// `name` names the source in errors (`data/slogans.tsv`, or a user's file).
pub(crate) fn rows<'a>(text: &'a str, name: &str, min_cells: usize) -> Result<Vec<Row<'a>>, Error> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() < min_cells {
            return Err(Error::lexicon(
                name,
                i + 1,
                format!("expected {min_cells} tab-separated cells, found {}", cells.len()),
            ));
        }
        out.push(Row { line: i + 1, cells });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_header_and_comments() {
        let rows = rows("# note\na\tb\nx\ty|z\n", "t.tsv", 2).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[0].alternatives(1).collect::<Vec<_>>(), ["y", "z"]);
    }

    #[test]
    fn short_row_names_file_and_line() {
        let err = rows("h\th\nonly\n", "extra.tsv", 2).err().unwrap();
        assert_eq!(
            err.to_string(),
            "extra.tsv:2: expected 2 tab-separated cells, found 1"
        );
    }
}
