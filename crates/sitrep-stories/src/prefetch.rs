//! Asking the processor for memory before it is read.
//!
//! The clusterer's hot loops read a list of keys they hold in full (an
//! article's shingles, its term ids) and, for each, a place in a large
//! table at random. Each such read waits on memory unless the place was
//! asked for a few keys earlier; the loops do that with [`prefetch`].

/// How many keys ahead of the one probed a loop over a [`HashTable`] asks
/// for its slot: far enough for memory to answer meanwhile, near enough
/// that the slots are still in the nearest cache when probed (8, 16 and 32
/// measured alike on the store benchmark).
///
/// [`HashTable`]: crate::hash_table::HashTable
pub(crate) const TABLE_AHEAD: usize = 16;

/// Ask the processor to bring `value`'s cache line in. A hint: it changes
/// no result, and on processors other than x86-64 it does nothing.
#[inline(always)]
pub(crate) fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch reads nothing into the program and cannot fault;
    // the pointer is to a live value besides.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>((value as *const T).cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}
