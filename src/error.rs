//! The one error type of the crate.

use std::fmt;

/// An error: bytes that are not text, a bad date, a bad lexicon row.
///
/// Messages are lower case and name what was wrong:
/// `invalid date '2022-13-01': month out of range`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    NotUtf8 { byte: usize },
    InvalidDate { input: String, reason: &'static str },
    Lexicon { source: String, line: usize, reason: String },
}

impl Error {
    pub(crate) fn not_utf8(byte: usize) -> Error {
        Error {
            kind: ErrorKind::NotUtf8 { byte },
        }
    }

    pub(crate) fn invalid_date(input: &str, reason: &'static str) -> Error {
        Error {
            kind: ErrorKind::InvalidDate {
                input: input.to_string(),
                reason,
            },
        }
    }

    pub(crate) fn lexicon(source: &str, line: usize, reason: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Lexicon {
                source: source.to_string(),
                line,
                reason: reason.into(),
            },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::NotUtf8 { byte } => write!(f, "not text: invalid UTF-8 at byte {byte}"),
            ErrorKind::InvalidDate { input, reason } => {
                write!(f, "invalid date '{input}': {reason}")
            }
            ErrorKind::Lexicon {
                source,
                line,
                reason,
            } => write!(f, "{source}:{line}: {reason}"),
        }
    }
}

impl std::error::Error for Error {}
