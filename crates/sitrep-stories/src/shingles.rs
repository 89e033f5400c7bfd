//! Word 5-gram shingles, for near-duplicate (syndicated) copies.
//!
//! A text's shingles are kept whole as a sorted list of hashes, and two
//! texts are compared exactly: the clusterer's shingle index counts what an
//! article shares with each document it meets, so neither a MinHash
//! signature nor its estimation error is needed. Shingles that more than
//! [`MAX_HOLDERS`] documents hold are boilerplate and are not counted.

use crate::hash_table::HashTable;
use crate::prefetch::TABLE_AHEAD;
use crate::words::{hashed_words, mix, HashedWord};
use rustc_hash::FxHashMap;
/// Words per shingle.
pub const SHINGLE: usize = 5;

/// Multiplier of the rolling hash over word hashes (odd, so invertible).
const BASE: u64 = 0x9e3779b97f4a7c15;

/// The sorted, distinct shingle hashes of a text.
pub fn shingles(text: &str) -> Vec<u64> {
    shingles_of(&hashed_words(text))
}

/// The sorted, distinct shingle hashes of a text's [`hashed_words`]: each
/// shingle from its words' hashes.
pub fn shingles_of(words: &[HashedWord]) -> Vec<u64> {
    let n = SHINGLE.min(words.len());
    // A rolling polynomial hash of the window, h = Σ w_j·BASE^(n-1-j): one
    // multiply-add to slide in a word and one to drop the oldest.
    let top = BASE.wrapping_pow(n.saturating_sub(1) as u32);
    let mut h = words[..n]
        .iter()
        .fold(0u64, |h, x| h.wrapping_mul(BASE).wrapping_add(x.hash));
    let mut out = Vec::with_capacity(words.len().saturating_sub(n) + 1);
    out.push(mix(h));
    for i in n..words.len() {
        h = h
            .wrapping_sub(words[i - n].hash.wrapping_mul(top))
            .wrapping_mul(BASE)
            .wrapping_add(words[i].hash);
        out.push(mix(h));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The share of the smaller set's shingles found in the larger: 1.0 when a
/// short wire item is reproduced whole inside a longer article.
pub fn containment(a: &[u64], b: &[u64]) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    let shared = small
        .iter()
        .filter(|h| large.binary_search(h).is_ok())
        .count();
    shared as f64 / small.len() as f64
}

/// How many shingles two sorted, distinct shingle lists share.
pub fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The Jaccard similarity of two texts' shingle sets, given how many they share.
pub fn jaccard(shared: usize, a: usize, b: usize) -> f64 {
    let union = a + b - shared;
    if union == 0 {
        1.0
    } else {
        shared as f64 / union as f64
    }
}

/// A shingle more documents than this hold (retired ones included, until the
/// index is rebuilt) is boilerplate, not syndication: a site's footer, a
/// byline, a stock phrase. It is not counted: it would make every article
/// that carries it look like a copy of the shortest one, and each lookup
/// would walk all its holders. A wire story that more outlets than this
/// reproduce within the window is still grouped by its words.
pub const MAX_HOLDERS: usize = 100;

/// Shingle -> the documents that hold it, over the documents of open
/// stories: a new article meets only the documents it shares a shingle
/// with, which are the only ones that can be its copies.
///
/// Most shingles belong to one document, so a shingle's one holder is kept
/// in the table itself and only a shingle of several holders gets a list. A
/// new article is read for its copies and indexed in the same probe of each
/// shingle ([`ShingleIndex::shared_counts_then_insert`]), the slots of the
/// shingles [`TABLE_AHEAD`] places on asked for meanwhile. A document whose
/// story closes is not taken out shingle by shingle: it is retired, skipped
/// by its caller's liveness test, and purged when the index is rebuilt from
/// the live documents once the retired shingles outnumber the live ones.
/// Memory stays within twice what the open stories hold, at an amortized
/// cost of one more insertion per shingle.
#[derive(Default)]
pub struct ShingleIndex {
    /// Shingle -> its one holder, or, with [`SEVERAL`] set, the index in
    /// `lists` of its holders.
    holders: HashTable,
    lists: Vec<Vec<u32>>,
    live: usize,
    retired: usize,
    /// How many times the index was rebuilt: a document indexed before a
    /// rebuild is gone unless its story was open.
    pub generation: u64,
}

/// The flag of a holder that is the index of a list of holders.
const SEVERAL: u32 = 1 << 31;

impl ShingleIndex {
    pub fn insert(&mut self, doc: u32, shingles: &[u64]) {
        self.shared_counts_then_insert(doc, shingles, |_| false);
    }

    /// How many of a new document's shingles each live document holds, over
    /// the shingles at most [`MAX_HOLDERS`] documents hold; the shingles
    /// then go into the index as `doc`'s, in the same probe.
    pub fn shared_counts_then_insert(
        &mut self,
        doc: u32,
        shingles: &[u64],
        live: impl Fn(u32) -> bool,
    ) -> FxHashMap<u32, usize> {
        debug_assert!(doc < SEVERAL);
        let mut out: FxHashMap<u32, usize> = FxHashMap::default();
        for &h in shingles.iter().take(TABLE_AHEAD) {
            self.holders.prefetch(h);
        }
        for (i, &h) in shingles.iter().enumerate() {
            if let Some(&ahead) = shingles.get(i + TABLE_AHEAD) {
                self.holders.prefetch(ahead);
            }
            let Some(holder) = self.holders.get_or_insert(h, doc) else {
                continue;
            };
            if *holder & SEVERAL == 0 {
                if live(*holder) {
                    *out.entry(*holder).or_insert(0) += 1;
                }
                self.lists.push(vec![*holder, doc]);
                *holder = SEVERAL | (self.lists.len() - 1) as u32;
            } else {
                let list = &mut self.lists[(*holder & !SEVERAL) as usize];
                if list.len() <= MAX_HOLDERS {
                    for &d in list.iter().filter(|&&d| live(d)) {
                        *out.entry(d).or_insert(0) += 1;
                    }
                }
                list.push(doc);
            }
        }
        self.live += shingles.len();
        out
    }

    /// Note that a document of this many shingles left the live set; true
    /// when the index should now be rebuilt.
    pub fn retire(&mut self, shingles: usize) -> bool {
        self.live -= shingles;
        self.retired += shingles;
        self.retired > self.live.max(1 << 16)
    }

    /// Rebuild from the live documents only. The table keeps its room: the
    /// window that filled it once will fill it again, and growing it anew
    /// would place every entry again at every doubling (3.7% of a `perf`
    /// profile of the first 20,000 articles of the store benchmark). Its
    /// memory is the largest window's.
    pub fn rebuild<'a>(&mut self, live: impl Iterator<Item = (u32, &'a [u64])>) {
        self.holders.clear();
        self.lists.clear();
        (self.live, self.retired) = (0, 0);
        self.generation += 1;
        for (doc, shingles) in live {
            self.insert(doc, shingles);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{hash_word, words};
    use proptest::prelude::*;
    use std::borrow::Cow;

    fn jaccard_of(a: &str, b: &str) -> f64 {
        let (x, y) = (shingles(a), shingles(b));
        jaccard(shared(&x, &y), x.len(), y.len())
    }

    #[test]
    fn copies_score_high_and_different_texts_low() {
        let a = "Iran's foreign minister said on Monday that the United States had sent a message to Tehran about the war in Gaza and the region.";
        let b = format!("{a} The minister spoke in Tehran.");
        let c = "Kenya's president opened a new railway line to the port of Mombasa on Tuesday, officials said, after years of delays.";
        assert!(jaccard_of(a, &b) > 0.6);
        assert!(jaccard_of(a, c) < 0.1);
    }

    #[test]
    fn a_short_item_inside_a_long_one_is_contained() {
        let wire = "The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday and agreed to restart the border commission.";
        let long = format!("{wire} {}", "Analysts said the talks would take months and that neither side expected a quick settlement of the dispute. ".repeat(8));
        let (a, b) = (shingles(wire), shingles(&long));
        assert!(containment(&a, &b) > 0.95);
        assert!(
            jaccard(shared(&a, &b), a.len(), b.len()) < 0.5,
            "Jaccard alone misses it"
        );
    }

    #[test]
    fn a_shingle_every_document_holds_is_not_counted() {
        let mut index = ShingleIndex::default();
        let footer = 7u64;
        for doc in 0..=MAX_HOLDERS as u32 {
            index.insert(doc, &[footer, 1000 + doc as u64]);
        }
        let counts = index.shared_counts_then_insert(500, &[footer, 1000], |_| true);
        // Document 0 shares its own shingle; the footer counts for no one.
        assert_eq!(counts.get(&0), Some(&1));
        assert_eq!(counts.len(), 1, "{counts:?}");
        // Held by fewer, it counts.
        let mut few = ShingleIndex::default();
        few.insert(0, &[footer]);
        few.insert(1, &[footer]);
        let counts = few.shared_counts_then_insert(2, &[footer], |_| true);
        assert_eq!(counts.len(), 2);
        // The new document is a holder now, and only live holders count.
        let counts = few.shared_counts_then_insert(3, &[footer], |d| d != 0);
        let mut holders: Vec<u32> = counts.keys().copied().collect();
        holders.sort_unstable();
        assert_eq!(holders, vec![1, 2]);
    }

    proptest! {
        /// The rolling hash gives each window the hash computed afresh.
        #[test]
        fn rolling_hashes_equal_fresh_ones(text in "[a-e ]{0,80}") {
            let w = words(&text);
            let fresh = |window: &[Cow<str>]| {
                mix(window
                    .iter()
                    .fold(0u64, |h, x| h.wrapping_mul(BASE).wrapping_add(hash_word(x))))
            };
            let mut expected: Vec<u64> = if w.len() < SHINGLE {
                vec![fresh(&w)]
            } else {
                w.windows(SHINGLE).map(fresh).collect()
            };
            expected.sort_unstable();
            expected.dedup();
            prop_assert_eq!(shingles(&text), expected);
        }

        /// The shared count the clusterer's shingle index gives is the
        /// containment this module defines.
        #[test]
        fn shared_counts_give_containment(a in "[a-d ]{0,120}", b in "[a-d ]{0,120}") {
            let (x, y) = (shingles(&a), shingles(&b));
            let n = shared(&x, &y);
            let smaller = x.len().min(y.len());
            if smaller > 0 {
                prop_assert!((n as f64 / smaller as f64 - containment(&x, &y)).abs() < 1e-12);
            }
            prop_assert_eq!(n, shared(&y, &x));
        }

        #[test]
        fn jaccard_is_symmetric_and_one_for_a_text_itself(a in "[a-d ]{0,120}", b in "[a-d ]{0,120}") {
            let (x, y) = (shingles(&a), shingles(&b));
            prop_assert_eq!(jaccard(shared(&x, &x), x.len(), x.len()), 1.0);
            let j = jaccard(shared(&x, &y), x.len(), y.len());
            prop_assert_eq!(j, jaccard(shared(&y, &x), y.len(), x.len()));
            prop_assert!((0.0..=1.0).contains(&j));
        }
    }
}
