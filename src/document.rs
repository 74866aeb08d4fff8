//! [`Document`]: the text with its paragraphs, sentences, language and document date.
//!
//! Built once per input and shared by every extractor. Paragraphs are the non-blank lines
//! (`\n`, `\r\n` and `\r` all end a line), trimmed of surrounding whitespace; sentences are
//! found inside each paragraph, by Unicode sentence boundaries in English and after
//! `。！？；!?` (with any closing quotation marks) in Chinese.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::extraction::{CivilDate, DateSource, Language};

/// A paragraph: a non-blank line, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub language: Language,
}

/// One document, split for the extractors.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub language: Language,
    pub paragraphs: Vec<Paragraph>,
    /// Sentence spans in text order, each inside one paragraph.
    pub sentences: Vec<Range<usize>>,
    pub document_date: Option<CivilDate>,
    pub document_date_source: Option<DateSource>,
}

/// Is `c` a Han character (CJK ideographs, extensions, compatibility)?
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}' | '〇')
}

/// The language of a piece of text: Chinese when Han characters outweigh Latin words.
pub(crate) fn language_of(text: &str) -> Language {
    let (mut han, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if is_han(c) {
            han += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    // an English word is about five letters; a Han character is about a word
    if han * 5 >= latin && han > 0 {
        Language::Zh
    } else {
        Language::En
    }
}

fn is_trim(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

impl<'a> Document<'a> {
    /// Splits `text`; `caller_date`, when given, is the document date.
    pub fn new(text: &'a str, caller_date: Option<CivilDate>) -> Document<'a> {
        let paragraphs = split_paragraphs(text);
        let language = language_of(text);
        let mut sentences = Vec::new();
        for p in &paragraphs {
            split_sentences(text, p, &mut sentences);
        }
        let mut doc = Document {
            text,
            language,
            paragraphs,
            sentences,
            document_date: None,
            document_date_source: None,
        };
        if let Some(d) = caller_date {
            doc.document_date = Some(d);
            doc.document_date_source = Some(DateSource::Caller);
        } else if let Some(d) = crate::dates::document_date(&doc) {
            doc.document_date = Some(d);
            doc.document_date_source = Some(DateSource::Text);
        }
        doc
    }

    /// The index of the paragraph holding byte `pos`, or the last one before it.
    pub fn paragraph_index(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= pos);
        i.checked_sub(1)
    }

    /// The paragraph holding byte `pos` (or the nearest before it).
    pub fn paragraph_at(&self, pos: usize) -> Option<&Paragraph> {
        self.paragraph_index(pos).map(|i| &self.paragraphs[i])
    }

    /// The index of the sentence holding byte `pos`, or the last one before it.
    pub fn sentence_index(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.start <= pos);
        i.checked_sub(1)
    }

    /// The sentence span holding byte `pos`; the whole text when there are no sentences.
    pub fn sentence_at(&self, pos: usize) -> Range<usize> {
        match self.sentence_index(pos) {
            Some(i) if self.sentences[i].end >= pos => self.sentences[i].clone(),
            _ => 0..self.text.len(),
        }
    }

    /// The language of the paragraph holding `pos` (the document's when outside any).
    pub fn language_at(&self, pos: usize) -> Language {
        self.paragraph_at(pos)
            .filter(|p| pos <= p.end)
            .map_or(self.language, |p| p.language)
    }
}

fn split_paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut line_start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let line = &text[line_start..i];
            let trimmed_start = line.len() - line.trim_start_matches(is_trim).len();
            let trimmed = line.trim_matches(is_trim);
            if !trimmed.is_empty() {
                let start = line_start + trimmed_start;
                out.push(Paragraph {
                    start,
                    end: start + trimmed.len(),
                    language: language_of(trimmed),
                });
            }
            line_start = i + 1;
        }
        i += 1;
    }
    out
}

fn split_sentences(text: &str, p: &Paragraph, out: &mut Vec<Range<usize>>) {
    let para = &text[p.start..p.end];
    match p.language {
        Language::En => {
            for (off, s) in para.split_sentence_bound_indices() {
                let t = s.trim_end_matches(is_trim);
                if t.trim_start_matches(is_trim).is_empty() {
                    continue;
                }
                let lead = t.len() - t.trim_start_matches(is_trim).len();
                out.push(p.start + off + lead..p.start + off + t.len());
            }
        }
        _ => {
            let mut start = 0;
            let mut chars = para.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if matches!(c, '。' | '！' | '？' | '；' | '!' | '?') {
                    let mut end = i + c.len_utf8();
                    while let Some(&(j, q)) = chars.peek() {
                        if matches!(q, '”' | '’' | '"' | '」' | '』' | '）' | ')') {
                            end = j + q.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    push_trimmed(para, p.start, start, end, out);
                    start = end;
                }
            }
            push_trimmed(para, p.start, start, para.len(), out);
        }
    }
}

fn push_trimmed(para: &str, base: usize, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &para[start..end];
    let t = s.trim_matches(is_trim);
    if !t.is_empty() {
        let lead = s.len() - s.trim_start_matches(is_trim).len();
        out.push(base + start + lead..base + start + lead + t.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_every_line_end() {
        let doc = Document::new("a b\r\n\r\n  c d \re\n", None);
        let texts: Vec<_> = doc
            .paragraphs
            .iter()
            .map(|p| &doc.text[p.start..p.end])
            .collect();
        assert_eq!(texts, ["a b", "c d", "e"]);
    }

    #[test]
    fn chinese_sentences_end_after_closing_quotes() {
        let doc = Document::new("他说：“好。”然后走了。", None);
        let texts: Vec<_> = doc.sentences.iter().map(|s| &doc.text[s.clone()]).collect();
        assert_eq!(texts, ["他说：“好。”", "然后走了。"]);
        assert_eq!(doc.language, Language::Zh);
    }

    #[test]
    fn english_sentences() {
        let doc = Document::new("He came. She went.", None);
        let texts: Vec<_> = doc.sentences.iter().map(|s| &doc.text[s.clone()]).collect();
        assert_eq!(texts, ["He came.", "She went."]);
        assert_eq!(doc.language, Language::En);
    }
}
