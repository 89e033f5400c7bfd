//! MinHash signatures over word 5-gram shingles, for near-duplicate (syndicated) copies.

/// Number of hash functions in a signature.
pub const K: usize = 128;
/// Words per shingle.
pub const SHINGLE: usize = 5;

/// 64-bit mixing (splitmix64 finalizer): fast, well distributed, and stable
/// across platforms and releases, unlike `std`'s hasher.
const fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

/// The seed of each of the K hash functions, `mix(k + 1)`, computed once.
const SEEDS: [u64; K] = {
    let mut seeds = [0; K];
    let mut k = 0;
    while k < K {
        seeds[k] = mix(k as u64 + 1);
        k += 1;
    }
    seeds
};

fn hash_words(words: &[String]) -> u64 {
    // FNV-1a over the words with a separator.
    let mut h: u64 = 0xcbf29ce484222325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(0xff)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}

/// Lower-cased alphanumeric words of a text.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The sorted, distinct shingle hashes of a text.
pub fn shingles(text: &str) -> Vec<u64> {
    shingles_of(&words(text))
}

/// The sorted, distinct shingle hashes of a text's [`words`].
pub fn shingles_of(w: &[String]) -> Vec<u64> {
    let mut out: Vec<u64> = if w.len() < SHINGLE {
        vec![hash_words(w)]
    } else {
        w.windows(SHINGLE).map(hash_words).collect()
    };
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

/// The signature of a text: for each of K hash functions, the minimum over its shingles.
pub fn signature(text: &str) -> Vec<u64> {
    signature_of(&shingles(text))
}

/// The signature of a set of shingle hashes.
pub fn signature_of(shingles: &[u64]) -> Vec<u64> {
    let mut sig = vec![u64::MAX; K];
    for &s in shingles {
        for (slot, seed) in sig.iter_mut().zip(SEEDS) {
            let h = mix(s ^ seed);
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
}

/// Estimated Jaccard similarity of two signatures' shingle sets.
pub fn similarity(a: &[u64], b: &[u64]) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / a.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn copies_score_high_and_different_texts_low() {
        let a = "Iran's foreign minister said on Monday that the United States had sent a message to Tehran about the war in Gaza and the region.";
        let b = format!("{a} The minister spoke in Tehran.");
        let c = "Kenya's president opened a new railway line to the port of Mombasa on Tuesday, officials said, after years of delays.";
        assert!(similarity(&signature(a), &signature(&b)) > 0.6);
        assert!(similarity(&signature(a), &signature(c)) < 0.1);
    }

    #[test]
    fn a_short_item_inside_a_long_one_is_contained() {
        let wire = "The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday and agreed to restart the border commission.";
        let long = format!("{wire} {}", "Analysts said the talks would take months and that neither side expected a quick settlement of the dispute. ".repeat(8));
        let (a, b) = (shingles(wire), shingles(&long));
        assert!(containment(&a, &b) > 0.95);
        assert!(
            similarity(&signature_of(&a), &signature_of(&b)) < 0.5,
            "Jaccard alone misses it"
        );
    }

    proptest! {
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
        fn a_text_is_identical_to_itself(text in "[a-z ]{0,200}") {
            let s = signature(&text);
            prop_assert_eq!(similarity(&s, &s), 1.0);
        }
    }
}
