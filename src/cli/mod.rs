//! The parts of the `minutes` command: reading inputs, decoding them, running them on every
//! core in order, and writing reports, JSON Lines, tables or a corpus summary. The library
//! does all the extracting; nothing here looks into a text beyond its encoding.

pub mod decode;
pub mod input;
pub mod output;
pub mod pipeline;
pub mod process;
pub mod summary;
pub mod writer;

/// A size in bytes: `1000`, `64K`, `256M`, `1G` (binary multiples; `KB`, `MiB` … too).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(digits);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("invalid size '{s}': expected a number such as 1000, 64K, 256M"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("invalid size '{s}': unknown unit '{unit}'")),
    };
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("invalid size '{s}': too large"))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64K"), Ok(64 * 1024));
        assert_eq!(parse_size("256M"), Ok(256 << 20));
        assert_eq!(parse_size("256 MB"), Ok(256 << 20));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5T").is_err());
    }
}
