//! A map from a 64-bit hash to a `u32`, open-addressing, whose probes can be
//! started ahead of use: the clusterer's shingle index (shingle -> holder)
//! and its vocabulary (term -> id), and, made to size, an article's term
//! counts (word -> its place in the counts).
//!
//! Both are probed for every shingle or term of every article, at random
//! places in tables of megabytes: in the general-purpose map they replaced,
//! each probe waited on memory (the shingle index's probes were the largest
//! share of the time to assign an article, in a `perf` profile). Here a
//! key's slot is known from the key alone, so a caller asks for the slots of
//! the keys a few places ahead ([`HashTable::prefetch`]) and they arrive
//! while the current one is read; and a slot holds its key and value
//! together, so a probe reads one cache line where the general map read two
//! (its control bytes, then its entry).
//!
//! Keys are whole 64-bit hashes, compared exactly; a key's home slot is the
//! top bits of the key times an odd constant, so that keys inserted in
//! sorted order spread over the table (see `home`). Linear probing; the table
//! doubles past three quarters full and is never shrunk ([`clear`] keeps its
//! room). Nothing is removed one by one: a table is cleared and refilled
//! instead.
//!
//! [`clear`]: HashTable::clear

use crate::prefetch::prefetch;

/// One slot: a key and its value, or empty.
#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    value: u32,
}

/// The value of an empty slot, which no caller stores (the shingle index's
/// values are below 2³¹, flagged; term ids count the terms).
const EMPTY: u32 = u32::MAX;

const FREE: Slot = Slot {
    key: 0,
    value: EMPTY,
};

#[derive(Default)]
pub struct HashTable {
    slots: Vec<Slot>,
    len: usize,
    /// 64 less the log2 of the slot count: a key's home slot is the top
    /// bits of its product with an odd constant.
    shift: u32,
}

/// Slots a table starts with.
const INITIAL_SLOTS: usize = 1 << 10;

impl HashTable {
    /// A table that takes `keys` keys without growing.
    pub fn with_capacity(keys: usize) -> Self {
        // Past three quarters full it would grow: room for a third more.
        let count = (keys * 4 / 3 + 1).next_power_of_two().max(16);
        HashTable {
            slots: vec![FREE; count],
            len: 0,
            shift: 64 - count.trailing_zeros(),
        }
    }

    /// The slot where `key`'s probe starts: the top bits of the key times an
    /// odd constant (Fibonacci hashing), not of the key itself. Callers
    /// insert sorted keys (an article's shingles come sorted), and while the
    /// table is too small for all of them yet, sorted keys' own top bits
    /// would all be the same few: every key would probe one run that grows
    /// with each insertion, quadratic in the keys (a 290,000-word article's
    /// shingles took 6 s to insert).
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// Start loading the slot where `key` would be found, so that a probe
    /// for it a little later does not wait on memory. A hint only.
    #[inline]
    pub fn prefetch(&self, key: u64) {
        if let Some(slot) = self.slots.get(self.home(key)) {
            prefetch(slot);
        }
    }

    /// The value stored under `key`.
    pub fn get(&self, key: u64) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let slot = self.slots[i];
            if slot.value == EMPTY {
                return None;
            }
            if slot.key == key {
                return Some(slot.value);
            }
            i = (i + 1) & mask;
        }
    }

    /// The value stored under `key`, to be read and changed; or, when the
    /// table has none, `vacant` is stored under it and `None` returned.
    pub fn get_or_insert(&mut self, key: u64, vacant: u32) -> Option<&mut u32> {
        debug_assert_ne!(vacant, EMPTY);
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let slot = self.slots[i];
            if slot.value == EMPTY {
                self.slots[i] = Slot { key, value: vacant };
                self.len += 1;
                return None;
            }
            if slot.key == key {
                return Some(&mut self.slots[i].value);
            }
            i = (i + 1) & mask;
        }
    }

    /// Empty the table, keeping its room.
    pub fn clear(&mut self) {
        self.slots.fill(FREE);
        self.len = 0;
    }

    /// Double the slots (or make the first ones) and place every entry anew.
    fn grow(&mut self) {
        let count = (self.slots.len() * 2).max(INITIAL_SLOTS);
        let old = std::mem::replace(&mut self.slots, vec![FREE; count]);
        self.shift = 64 - count.trailing_zeros();
        self.len = 0;
        for slot in old.into_iter().filter(|s| s.value != EMPTY) {
            self.get_or_insert(slot.key, slot.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    proptest! {
        /// The table keeps what a map keeps, through growth and clearing,
        /// with small keys among keys spread over the 64 bits.
        #[test]
        fn it_is_a_map(
            ops in prop::collection::vec((0u64..64, 0u32..1000, 0u8..200), 0..3000),
            room in prop::option::of(0usize..100),
        ) {
            let mut table = room.map_or_else(HashTable::default, HashTable::with_capacity);
            let mut map: HashMap<u64, u32> = HashMap::new();
            for (k, v, roll) in ops {
                if roll == 0 {
                    table.clear();
                    map.clear();
                    continue;
                }
                let key = if roll % 2 == 0 {
                    k
                } else {
                    (k | (v as u64) << 6).wrapping_mul(0x9e3779b97f4a7c15)
                };
                prop_assert_eq!(table.get(key), map.get(&key).copied());
                match table.get_or_insert(key, v) {
                    Some(x) => {
                        prop_assert_eq!(Some(*x), map.get(&key).copied());
                        *x = v;
                    }
                    None => prop_assert!(!map.contains_key(&key)),
                }
                map.insert(key, v);
                prop_assert_eq!(table.len, map.len());
            }
        }
    }

    #[test]
    fn a_table_made_for_n_keys_takes_them_without_growing() {
        for n in [0, 1, 11, 12, 13, 100, 767, 768, 769, 5000] {
            let mut table = HashTable::with_capacity(n);
            let room = table.slots.len();
            for k in 0..n as u64 {
                table.get_or_insert(k.wrapping_mul(0x9e3779b97f4a7c15), k as u32);
            }
            assert_eq!((table.len, table.slots.len()), (n, room), "{n} keys");
        }
    }

    /// Keys inserted sorted, as an article's shingles are, into a table that
    /// grows as they come: no key lies far from its home slot.
    #[test]
    fn sorted_keys_spread_over_the_table() {
        let mut keys: Vec<u64> = (0..100_000u64)
            .map(|k| crate::words::mix(k.wrapping_add(1)))
            .collect();
        keys.sort_unstable();
        let mut table = HashTable::default();
        let farthest = |table: &HashTable| {
            let mask = table.slots.len() - 1;
            (0..table.slots.len())
                .filter(|&i| table.slots[i].value != EMPTY)
                .map(|i| i.wrapping_sub(table.home(table.slots[i].key)) & mask)
                .max()
                .unwrap_or(0)
        };
        for (v, &k) in keys.iter().enumerate() {
            table.get_or_insert(k, v as u32);
            // (Looked at as the table fills, before each growth too: the
            // smallest keys alone crowded the low slots of a small table.)
            if v % 997 == 0 {
                assert!(
                    farthest(&table) < 200,
                    "{} after {v} keys",
                    farthest(&table)
                );
            }
        }
    }

    #[test]
    fn clearing_keeps_the_room() {
        let mut table = HashTable::default();
        for k in 0..5000u64 {
            table.get_or_insert(k.wrapping_mul(0x9e3779b97f4a7c15), k as u32);
        }
        let room = table.slots.len();
        table.clear();
        assert_eq!(table.len, 0);
        assert_eq!(table.slots.len(), room);
        assert_eq!(table.get_or_insert(7, 1), None);
        assert_eq!(table.get_or_insert(7, 2).copied(), Some(1));
    }
}
