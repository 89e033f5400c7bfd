//! Words one slip of the keyboard away from a known one: "Ethopia",
//! "Quatar", "Afganistan". Wire copy and translated reports misspell
//! country names often enough that an actor layer reading only exact names
//! loses the actor of the sentence.
//!
//! The index holds every word with each of its one-letter deletions, so a
//! lookup touches a handful of hash entries, not the whole vocabulary
//! (the symmetric-deletion idea of SymSpell); each candidate is then checked
//! to be exactly one edit away.

use std::collections::HashMap;

/// Words (lower-cased) to values, looked up by a word one edit away.
pub struct OneEditIndex<V> {
    words: Vec<(String, V)>,
    /// The word itself and each of its one-letter deletions -> word indices.
    variants: HashMap<String, Vec<usize>>,
}

impl<V> Default for OneEditIndex<V> {
    fn default() -> Self {
        OneEditIndex {
            words: Vec::new(),
            variants: HashMap::new(),
        }
    }
}

/// The shortest word a misspelling is looked up for: shorter words are too
/// often another word ("Oman" and "Omar").
pub const MIN_LEN: usize = 6;
/// The shortest word a substituted or swapped letter is forgiven in: at six
/// letters, given names sit one letter from demonyms ("Marian", "Malian").
pub const MIN_LEN_SUBSTITUTED: usize = 7;

fn deletions(word: &[char]) -> impl Iterator<Item = String> + '_ {
    (0..word.len()).map(move |i| {
        word.iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, c)| c)
            .collect()
    })
}

/// Whether `a` and `b` are one insertion, deletion, substitution or swap of
/// two neighbouring letters apart, with the same first letter.
fn one_edit(a: &[char], b: &[char]) -> bool {
    if a.first() != b.first() || a == b {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        1 => {
            let k = short.iter().zip(long).take_while(|(x, y)| x == y).count();
            short[k..] == long[k + 1..]
        }
        0 if long.len() >= MIN_LEN_SUBSTITUTED => {
            let k = a.iter().zip(b).take_while(|(x, y)| x == y).count();
            let substituted = a[k + 1..] == b[k + 1..];
            let swapped =
                k + 1 < a.len() && a[k] == b[k + 1] && a[k + 1] == b[k] && a[k + 2..] == b[k + 2..];
            substituted || swapped
        }
        _ => false,
    }
}

impl<V: Copy + PartialEq> OneEditIndex<V> {
    pub fn insert(&mut self, word: &str, value: V) {
        let lower = word.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        let i = self.words.len();
        for v in std::iter::once(lower.clone()).chain(deletions(&chars)) {
            self.variants.entry(v).or_default().push(i);
        }
        self.words.push((lower, value));
    }

    /// The value of the one word `word` is one edit from, if there is
    /// exactly one such value and `word` is not itself a word of the index.
    pub fn lookup(&self, word: &str) -> Option<V> {
        let lower = word.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        if chars.len() < MIN_LEN {
            return None;
        }
        let mut found: Option<V> = None;
        for v in std::iter::once(lower.clone()).chain(deletions(&chars)) {
            for &i in self.variants.get(&v).into_iter().flatten() {
                let (w, value) = &self.words[i];
                if *w == lower {
                    return None;
                }
                let w: Vec<char> = w.chars().collect();
                if !one_edit(&chars, &w) {
                    continue;
                }
                match found {
                    Some(f) if f != *value => return None,
                    _ => found = Some(*value),
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> OneEditIndex<u8> {
        let mut ix = OneEditIndex::default();
        for (w, v) in [
            ("Ethiopia", 1),
            ("Qatar", 2),
            ("Afghanistan", 3),
            ("Malian", 4),
            ("Bolivia", 5),
            ("Serbia", 6),
            ("Serbian", 6),
        ] {
            ix.insert(w, v);
        }
        ix
    }

    #[test]
    fn a_letter_dropped_added_swapped_or_changed_is_one_slip() {
        let ix = index();
        assert_eq!(ix.lookup("Ethopia"), Some(1));
        assert_eq!(ix.lookup("Quatar"), Some(2));
        assert_eq!(ix.lookup("Afganistan"), Some(3));
        assert_eq!(ix.lookup("Afghanitsan"), Some(3));
        assert_eq!(ix.lookup("Afghanisten"), Some(3));
        // Two words of one value are one answer.
        assert_eq!(ix.lookup("Serbiaa"), Some(6));
    }

    #[test]
    fn short_words_other_first_letters_and_known_words_are_no_slip() {
        let ix = index();
        // Six letters: a changed letter is a given name, not a demonym.
        assert_eq!(ix.lookup("Marian"), None);
        // The first letter is kept: "Olivia" is no "Bolivia".
        assert_eq!(ix.lookup("Olivia"), None);
        assert_eq!(ix.lookup("Qatr"), None);
        assert_eq!(ix.lookup("Serbian"), None);
        assert_eq!(ix.lookup("Ethiopians"), None);
    }
}
