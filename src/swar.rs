//! Eight bytes at a time in one `u64`: the classes of ASCII bytes that the readers of words
//! ask about most, without a branch per byte.
//!
//! A word is eight bytes read little-endian, so the lowest byte that a mask marks is the
//! first in the text (`trailing_zeros() / 8`). Each mask marks a byte by its high bit.
//! Adding a constant to each byte's low seven bits carries into its high bit where the
//! byte is at least a bound, and no carry crosses into the next byte; a byte beyond ASCII
//! (its own high bit set) is in none of the classes, which each caller masks out with
//! `!v` or stops on with `| v`.

/// The low seven bits of each byte.
pub(crate) const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
/// The high bit of each byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in each of the eight bytes.
pub(crate) const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The eight bytes of `chunk` as one word, the first byte lowest.
#[inline(always)]
pub(crate) fn word(chunk: &[u8; 8]) -> u64 {
    u64::from_le_bytes(*chunk)
}

/// The high bit of each byte of `l` (a word's [`LOW`] bits) that is at least `bound`
/// (among other bits: mask with [`HIGH`]).
#[inline(always)]
pub(crate) fn at_least(l: u64, bound: u8) -> u64 {
    l + splat(0x80 - bound)
}

/// The high bit of each byte of `l` (a word's [`LOW`] bits) from `first` to `last`
/// (among other bits: mask with [`HIGH`]).
#[inline(always)]
pub(crate) fn between(l: u64, first: u8, last: u8) -> u64 {
    at_least(l, first) & !at_least(l, last + 1)
}

/// [`between`] of a whole word `v`, its high bits kept: right for each byte up to the first
/// byte beyond ASCII, which the caller stops on (`| v`); a byte beyond ASCII carries into
/// the bytes after it (and, the last, out of the word, which the wrapping add drops).
/// Saves the `& LOW` of a reader that wants only the first byte outside a class.
#[inline(always)]
pub(crate) fn between_to_first_stop(v: u64, first: u8, last: u8) -> u64 {
    v.wrapping_add(splat(0x80 - first)) & !v.wrapping_add(splat(0x80 - (last + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every ASCII byte in every place of a word is marked as a comparison would mark it,
    /// and no byte beyond ASCII is, once the caller masks with `!v`.
    #[test]
    fn between_marks_what_a_comparison_marks() {
        let ranges = [(b'a', b'z'), (b'0', b'9'), (b'\t', b'\r'), (b' ', b' ')];
        for (first, last) in ranges {
            for b in 0..=u8::MAX {
                for place in 0..8 {
                    // the other bytes vary too, so a carry that crossed would show
                    let mut bytes = [b'~', 0, b'a', 0xE4, b'Z', b' ', 0x7f, b'9'];
                    bytes[place] = b;
                    let v = word(&bytes);
                    let marked = between(v & LOW, first, last) & !v & HIGH;
                    for (i, &x) in bytes.iter().enumerate() {
                        let want = (first..=last).contains(&x);
                        assert_eq!(marked >> (8 * i + 7) & 1 == 1, want, "{x:#x} of {bytes:?}");
                    }
                }
            }
        }
    }
}
