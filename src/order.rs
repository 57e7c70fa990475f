//! One compiled sort for the whole app.
//!
//! Each call of the standard library's `sort_by` with a new element type or comparison compiles
//! its own copy of the sorting algorithm, about 4 KB of wasm apiece. These helpers sort
//! positions with a single compiled copy, then move the items into place, so a new sort in the
//! app costs a few hundred bytes instead.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    // `order[k]` is the position whose item belongs at `k`; follow each cycle of moves once.
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` by the key `key` gives each, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in sorted order: the one place the standard sort is compiled.
#[inline(never)]
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A seeded shuffle of `len` (key, original position) pairs with many equal keys.
    fn shuffled(len: usize, seed: u64) -> Vec<(u8, usize)> {
        let mut state = seed;
        (0..len)
            .map(|position| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((state >> 59) as u8, position)
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        for len in [0, 1, 2, 3, 7, 20, 64, 500] {
            for seed in 0..20 {
                let mut ours = shuffled(len, seed);
                let mut expected = ours.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                expected.sort_by_key(|a| a.0);
                assert_eq!(ours, expected, "len {len}, seed {seed}");
            }
        }
    }

    #[test]
    fn sorts_by_key_and_owns_no_copies() {
        let mut words: Vec<String> = ["pear", "fig", "apple", "kiwi", "plum"]
            .map(String::from)
            .to_vec();
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "apple"]);
    }
}
