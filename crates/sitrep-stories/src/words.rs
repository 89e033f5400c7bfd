//! A text's words as the clusterer reads them, in one pass: each word
//! lower-cased and known by its hash (for shingles and terms), and the
//! capitalized tokens inside sentences known by the names they spell (for
//! the names an article is about).
//!
//! Words are the runs of alphanumeric characters; tokens are the runs
//! between whitespace ("U.S.," is one token, the name "us", and two words).
//! The text is read token by token, each byte classed by a table; nothing is
//! allocated for a word or a token in ASCII: a word is hashed from the text
//! eight bytes at a time (lower-cased by a mask), and only a word or token
//! with another character is lower-cased as a string first.

use std::borrow::Cow;

/// A word's hash: its bytes eight at a time (FxHash's step, seeded with
/// the length), then splitmix64's finalizer. Words are known by this hash
/// alone in the clusterer: two words of eight bytes or fewer never share
/// one (a chunk padded with zeros is the word, and the step is a bijection
/// for a given length), and two longer words of one vocabulary collide
/// with a chance of about n²/2⁶⁵, one in a billion for a million words.
pub fn hash_word(w: &str) -> u64 {
    hash_bytes(w.as_bytes(), 0)
}

/// One step of the hash over a chunk of eight bytes: FxHash's.
fn step(h: u64, chunk: u64) -> u64 {
    (h.rotate_left(5) ^ chunk).wrapping_mul(0x517cc1b727220a95)
}

/// [`hash_word`] of the bytes, each or-ed with `fold`'s byte: with 0x20,
/// an ASCII letter or digit is lower-cased.
fn hash_bytes(bytes: &[u8], fold: u8) -> u64 {
    let fold = u64::from_le_bytes([fold; 8]);
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        h = step(
            h,
            u64::from_le_bytes(chunk.try_into().expect("eight bytes")) | fold,
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // (Shifted in, not copied through memory: a word's last bytes are
        // read in registers.)
        let x = rest.iter().rev().fold(0u64, |x, &b| x << 8 | b as u64);
        h = step(h, x | (fold >> (8 * (8 - rest.len()))));
    }
    mix(h)
}

/// splitmix64's finalizer: spreads a hash over all 64 bits.
pub(crate) fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

/// Lower-cased alphanumeric words of a text, borrowed where the text
/// already is lower case.
pub fn words(text: &str) -> Vec<Cow<'_, str>> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(lower(&text[s..i]));
        }
    }
    if let Some(s) = start {
        out.push(lower(&text[s..]));
    }
    out
}

fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// A word as the clusterer keeps it: the [`hash_word`] of its lower-cased
/// form, that form's length in bytes, and whether it is all ASCII digits.
/// Its text is not kept: a term is known by its hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashedWord {
    pub hash: u64,
    pub len: u32,
    pub digits: bool,
}

/// The [`HashedWord`] of a word with a character beyond ASCII, from its
/// lower-cased form.
fn hash_lowercase(w: &str) -> HashedWord {
    let lower = w.to_lowercase();
    HashedWord {
        hash: hash_word(&lower),
        len: lower.len() as u32,
        digits: lower.bytes().all(|b| b.is_ascii_digit()),
    }
}

/// The [`words`] of a text, hashed.
pub fn hashed_words(text: &str) -> Vec<HashedWord> {
    read(text, &mut true, &mut Vec::new())
}

/// A capitalized token inside a sentence: the [`hash_word`] of the name it
/// spells ([`name_text`]), and the token.
pub type Name<'a> = (u64, &'a str);

/// The names shorter than this many bytes are not kept ("Mr", "US").
const MIN_NAME: usize = 3;

/// Read a text once: its [`hashed_words`], and into `names` the tokens
/// whose first alphanumeric character is upper case, that do not open a
/// sentence and spell a name of at least [`MIN_NAME`] bytes. A token opens
/// a sentence after one ending in '.', '!', '?', '"' or '”';
/// `sentence_start` says whether the text's first token does, and is left
/// saying whether the token after the text would, so that a title and a
/// body read in turn are read as one text.
pub fn read<'a>(
    text: &'a str,
    sentence_start: &mut bool,
    names: &mut Vec<Name<'a>>,
) -> Vec<HashedWord> {
    let bytes = text.as_bytes();
    // (News runs about one word to six bytes: room enough that the list
    // is seldom copied to grow.)
    let mut words = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    'tokens: loop {
        // To the next token.
        loop {
            let Some(&b) = bytes.get(i) else {
                break 'tokens;
            };
            match CLASS[b as usize] {
                Class::Space => i += 1,
                Class::NonAscii => match char_at(text, i) {
                    c if c.is_whitespace() => i += c.len_utf8(),
                    _ => break,
                },
                _ => break,
            }
        }
        // The token: to the next whitespace. Its first alphanumeric
        // character says whether it is capitalized.
        let start = i;
        let mut capitalized = None;
        while let Some(&b) = bytes.get(i) {
            let first = match CLASS[b as usize] {
                Class::Space => break,
                Class::Other => {
                    i += 1;
                    continue;
                }
                Class::Upper => true,
                Class::Lower => false,
                Class::NonAscii => {
                    let c = char_at(text, i);
                    if c.is_whitespace() {
                        break;
                    }
                    if !c.is_alphanumeric() {
                        i += c.len_utf8();
                        continue;
                    }
                    c.is_uppercase()
                }
            };
            capitalized.get_or_insert(first);
            let (word, end) = word_at(text, i);
            words.push(word);
            i = end;
        }
        let token = &text[start..i];
        let last = match token.as_bytes().last() {
            Some(&b) if b.is_ascii() => b as char,
            _ => token.chars().next_back().expect("a token is not empty"),
        };
        end_token(token, capitalized, last, sentence_start, names);
    }
    words
}

/// The character at byte `i` of `text`, a char boundary.
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().expect("i is a char boundary")
}

/// The word at byte `start` of `text` (an alphanumeric character), hashed,
/// and the byte after it.
#[inline(always)]
fn word_at(text: &str, start: usize) -> (HashedWord, usize) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut ascii = true;
    loop {
        // Eight bytes at a time to the first that is no ASCII letter or
        // digit: a word's end costs one branch the processor can predict
        // (most words end inside their first eight bytes), not a test of
        // every byte whose last always goes the other way.
        match bytes.get(i..i + 8) {
            Some(chunk) => {
                let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                let others = !ascii_alphanumerics(x) & HIGH_BITS;
                if others == 0 {
                    i += 8;
                    continue;
                }
                i += (others.trailing_zeros() / 8) as usize;
            }
            None => {
                while bytes.get(i).is_some_and(|&b| ALPHANUMERIC[b as usize]) {
                    i += 1;
                }
            }
        }
        // At the text's end, or a byte that is no ASCII letter or digit.
        match bytes.get(i) {
            Some(&b) if !b.is_ascii() => {
                let c = char_at(text, i);
                if !c.is_alphanumeric() {
                    break;
                }
                ascii = false;
                i += c.len_utf8();
            }
            _ => break,
        }
    }
    let word = if ascii {
        HashedWord {
            hash: hash_ascii_at(bytes, start, i),
            len: (i - start) as u32,
            digits: bytes[start..i].iter().all(u8::is_ascii_digit),
        }
    } else {
        hash_lowercase(&text[start..i])
    };
    (word, i)
}

/// [`hash_bytes`]`(&bytes[start..end], 0x20)`, reading the bytes eight at a
/// time from `bytes` where they run on past the word (masking off those
/// after it) rather than one by one.
#[inline(always)]
fn hash_ascii_at(bytes: &[u8], start: usize, end: usize) -> u64 {
    let n = end - start;
    match bytes.get(start..start + 8) {
        // A word of one chunk, as hash_bytes hashes it.
        Some(chunk) if n <= 8 => {
            const FOLD: u64 = u64::from_le_bytes([0x20; 8]);
            let keep = u64::MAX >> (8 * (8 - n));
            let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) | FOLD;
            mix(step(n as u64, x & keep))
        }
        _ => hash_bytes(&bytes[start..end], 0x20),
    }
}

/// What a byte is to the reader.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ASCII whitespace: ends a token.
    Space,
    /// An upper-case ASCII letter: a word, and a capitalized token if first.
    Upper,
    /// A lower-case ASCII letter or a digit: a word.
    Lower,
    /// Other ASCII: inside a token, between words.
    Other,
    /// A byte of a character beyond ASCII.
    NonAscii,
}

static CLASS: [Class; 256] = {
    let mut table = [Class::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() {
            Class::Upper
        } else if c.is_ascii_alphanumeric() {
            Class::Lower
        } else if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            Class::Space
        } else {
            Class::Other
        };
        b += 1;
    }
    table
};

/// The high bit of each byte of eight read as one `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The bytes of `x` that are ASCII letters or digits, each marked by its
/// high bit (the other bits are noise). A byte beyond ASCII is not marked.
#[inline(always)]
fn ascii_alphanumerics(x: u64) -> u64 {
    let low = x & !HIGH_BITS;
    // (Or-ing 0x20 makes a capital its lower-case letter, and no other
    // byte a letter.)
    let letters = in_range(low | (ONES * 0x20), b'a', b'z');
    let digits = in_range(low, b'0', b'9');
    (letters | digits) & !x & HIGH_BITS
}

/// The bytes of `x` that are ASCII digits, each marked by its high bit.
#[inline(always)]
fn ascii_digits(x: u64) -> u64 {
    in_range(x & !HIGH_BITS, b'0', b'9') & !x & HIGH_BITS
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// The bytes of `low` (each at most 0x7f) from `lo` to `hi`, each marked by
/// its high bit (the other bits are noise).
#[inline(always)]
fn in_range(low: u64, lo: u8, hi: u8) -> u64 {
    // A byte's high bit is set after adding 0x80 - lo when it is at least
    // lo, and after adding 0x7f - hi when it is above hi. (No byte at most
    // 0x7f carries into the next.)
    (low + ONES * (0x80 - lo) as u64) & !(low + ONES * (0x7f - hi) as u64)
}

/// Where the first ASCII digit at or after byte `from` is, read eight bytes
/// at a time: news text has few digits, and a year is found among them.
pub(crate) fn next_ascii_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let digits = ascii_digits(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        if digits != 0 {
            return Some(i + (digits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..bytes.len()).find(|&j| bytes[j].is_ascii_digit())
}

/// The ASCII letters and digits, by byte: the word loop's test near a
/// text's end.
static ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Keep a token read whole as a name when it is one, and say whether the
/// next token opens a sentence.
#[inline(always)]
fn end_token<'a>(
    token: &'a str,
    capitalized: Option<bool>,
    last: char,
    sentence_start: &mut bool,
    names: &mut Vec<Name<'a>>,
) {
    if !*sentence_start && capitalized == Some(true) {
        let (hash, len) = if token.is_ascii() && token.len() <= 64 {
            // (On the stack: a name is short.)
            let mut name = [0u8; 64];
            let mut len = 0;
            for b in token.bytes().filter(u8::is_ascii_alphanumeric) {
                name[len] = b;
                len += 1;
            }
            (hash_bytes(&name[..len], 0x20), len)
        } else {
            let name = name_text(token);
            (hash_word(&name), name.len())
        };
        if len >= MIN_NAME {
            names.push((hash, token));
        }
    }
    *sentence_start = matches!(last, '.' | '!' | '?' | '"' | '”');
}

/// A token's letters and digits, lower-cased ("U.S." is "us"): the name a
/// capitalized token gives.
pub fn name_text(token: &str) -> String {
    token
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The names of capitalized tokens inside sentences, read plainly.
    fn names_plainly(parts: &[&str]) -> Vec<(u64, String)> {
        let mut out = Vec::new();
        let mut sentence_start = true;
        for w in parts.iter().flat_map(|p| p.split_whitespace()) {
            let capitalized = w
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase);
            let name = name_text(w);
            if !sentence_start && capitalized && name.len() >= MIN_NAME {
                out.push((hash_word(&name), w.to_string()));
            }
            sentence_start = w.ends_with(['.', '!', '?', '"', '”']);
        }
        out
    }

    #[test]
    fn names_are_capitalized_tokens_inside_sentences() {
        let mut names = Vec::new();
        let mut start = true;
        read("Talks in Geneva.", &mut start, &mut names);
        read(
            "Iran's envoy met U.S. officials in Muscat. Oman hosted.",
            &mut start,
            &mut names,
        );
        let got: Vec<&str> = names.iter().map(|n| n.1).collect();
        // "Talks" and "Iran's" and "Oman" open sentences; "U.S." is "us".
        assert_eq!(got, ["Geneva.", "Muscat."]);
        assert_eq!(names[0].0, hash_word("geneva"));
    }

    #[test]
    fn the_eight_byte_test_marks_the_ascii_letters_and_digits() {
        for b in 0..=255u8 {
            for at in 0..8 {
                // The byte among neighbours of each kind: a letter, a
                // space, a byte beyond ASCII.
                for fill in [b'q', b' ', 0xc3] {
                    let mut chunk = [fill; 8];
                    chunk[at] = b;
                    let marks = ascii_alphanumerics(u64::from_le_bytes(chunk));
                    let marked = marks >> (8 * at + 7) & 1 == 1;
                    assert_eq!(marked, b.is_ascii_alphanumeric(), "byte {b:#x} at {at}");
                }
            }
        }
    }

    proptest! {
        /// The next digit is the first digit at or after where the search
        /// starts.
        #[test]
        fn the_next_digit_is_the_first(text in "[a-z 0-9,$é]{0,40}", from in 0usize..45) {
            let bytes = text.as_bytes();
            let expected = (from..bytes.len()).find(|&j| bytes[j].is_ascii_digit());
            prop_assert_eq!(next_ascii_digit(bytes, from), expected);
        }

        /// The words are those of splitting at every non-alphanumeric
        /// character, lower-cased.
        #[test]
        fn words_split_at_non_alphanumerics(text in "\\PC{0,60}") {
            let expected: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let got: Vec<String> = words(&text).into_iter().map(Cow::into_owned).collect();
            prop_assert_eq!(got, expected);
        }

        /// A hashed word is its lower-cased word's hash, length and digits.
        #[test]
        fn hashed_words_are_the_words_hashed(
            text in "[A-Za-z0-9 .,'ÉéΣß\u{a0}\u{b}]{0,60}|\\PC{0,60}"
        ) {
            let expected: Vec<HashedWord> = words(&text)
                .iter()
                .map(|w| HashedWord {
                    hash: hash_word(w),
                    len: w.len() as u32,
                    digits: w.bytes().all(|b| b.is_ascii_digit()),
                })
                .collect();
            prop_assert_eq!(hashed_words(&text), expected);
        }

        /// Read in one pass, a title and a body name what reading their
        /// whitespace-separated tokens plainly does.
        #[test]
        fn names_are_read_as_plainly(
            title in "[A-Za-z.!?\"” \t\n\u{b}\u{a0}\u{2003}É']{0,30}",
            body in "[A-Za-z0-9.!?\"” \t\n\r\u{b}\u{c}\u{a0}\u{2003}ÉéΣ'-]{0,80}|\\PC{0,40}",
        ) {
            let mut names = Vec::new();
            let mut start = true;
            read(&title, &mut start, &mut names);
            read(&body, &mut start, &mut names);
            let got: Vec<(u64, String)> =
                names.into_iter().map(|(h, t)| (h, t.to_string())).collect();
            prop_assert_eq!(got, names_plainly(&[&title, &body]));
        }
    }
}
