//! Spans into the one body text, and their conversion to character offsets.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into an article body.
///
/// Both ends always fall on `char` boundaries: every producer slices the body
/// with `&body[start..end]`, which panics otherwise, so a bad span is caught at
/// the stage that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers in `body`.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }
}

/// Maps byte offsets of one text to character (Unicode scalar) offsets.
pub struct CharIndex {
    /// Byte offset of every char start, plus the text length at the end.
    starts: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CharIndex { starts }
    }

    /// Character offset of a byte offset that lies on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            // Not on a boundary: count the char it falls inside.
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn chars(&self, span: Span) -> [usize; 2] {
        [self.char_offset(span.start), self.char_offset(span.end)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn char_offsets_count_multibyte_chars_once() {
        let text = "Lebanon’s Hezbollah";
        let idx = CharIndex::new(text);
        let byte = text.find("Hezbollah").unwrap();
        assert_eq!(idx.char_offset(byte), 10);
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
    }

    proptest! {
        #[test]
        fn char_offsets_agree_with_char_indices(text in "\\PC{0,60}") {
            let idx = CharIndex::new(&text);
            for (n, (byte, _)) in text.char_indices().enumerate() {
                prop_assert_eq!(idx.char_offset(byte), n);
            }
        }
    }
}
