//! Sorting by a number computed for each item, with one sort in the whole program.
//!
//! Every `sort_by_key` or `sort_by` with its own item type or closure is a separate copy of the
//! standard library's sort in the explorer's wasm, 1.5–4.5 KB each after `wasm-opt`. The orderings
//! of the reader's model that go through this module instead were seven copies of the stable
//! sort and two of the unstable one; going through it took the wasm from 943,862 to 915,696
//! bytes (304,497 to 298,096 brotli). [`sort_by_rank`] sorts `(rank, position)` pairs, the same
//! type whatever is ordered, so the sort is compiled once; only the small step that moves the
//! items into their new order is made per item type.

/// Orders `items` by `rank`, smallest first, equal ranks in their order before: what
/// `items.sort_by_key(rank)` does, each rank computed once.
///
/// # Example
/// ```
/// use briefing_explorer::model::order::sort_by_rank;
/// let mut words = vec!["pear", "fig", "apple", "kiwi"];
/// sort_by_rank(&mut words, |word| word.len() as u64);
/// assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
/// ```
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> u64) {
    let mut order = ranked_positions(items, rank);
    // Positions are unique, so no two pairs are equal and the unstable sort keeps equal ranks
    // in their first order.
    order.sort_unstable();
    arrange(items, order);
}

/// The `keep` items of the largest `value`, largest first, equal values in their order before:
/// the first `keep` items of a stable sort by descending value, found without sorting the rest.
/// `f64::total_cmp` decides the order (a NaN above every number).
pub fn keep_largest<T>(items: &mut Vec<T>, keep: usize, value: impl Fn(&T) -> f64) {
    let order = ranked_positions(items, |item| descending(value(item)));
    arrange(items, smallest_pairs(order, keep));
}

/// The `keep` smallest pairs of `order`, in order. A chart keeps a dozen bars of up to 10,000
/// projects, so each pair is placed into a short ordered list as it comes; `select_nth_unstable`
/// did the same in one pass, but was a third copy of the standard library's sort code in the
/// explorer's wasm (5 KB before `wasm-opt`), where this reuses the one sort of `(rank,
/// position)` pairs.
fn smallest_pairs(mut order: Vec<(u64, usize)>, keep: usize) -> Vec<(u64, usize)> {
    if order.len() <= keep {
        order.sort_unstable();
        return order;
    }
    let mut kept: Vec<(u64, usize)> = Vec::with_capacity(keep + 1);
    for pair in order {
        if kept.len() == keep && kept.last().is_none_or(|last| pair > *last) {
            continue;
        }
        let at = kept.partition_point(|smaller| *smaller < pair);
        kept.insert(at, pair);
        kept.truncate(keep);
    }
    kept
}

/// A rank that puts smaller values first, in `f64::total_cmp`'s order: the bits of a float,
/// with the sign bit flipped for a positive one and every bit for a negative one, order as the
/// floats do. For [`sort_by_rank`] by a measure on the page (positions, sizes).
pub fn ascending(value: f64) -> u64 {
    let bits = value.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// `texts` sorted in byte order (`str`'s order too), each text once: what `sort_unstable` and
/// then `dedup` do. The sort is of positions by one comparison of byte strings, so that the
/// lists of paths, of quotes and of search words share one copy of the standard library's
/// sort in the explorer's wasm instead of one per item type (4 KB each before `wasm-opt`).
///
/// # Example
/// ```
/// use briefing_explorer::model::order::sorted_distinct;
/// let words = vec!["pear".to_string(), "fig".to_string(), "pear".to_string()];
/// assert_eq!(sorted_distinct(words), ["fig", "pear"]);
/// ```
pub fn sorted_distinct<T: AsRef<[u8]>>(texts: Vec<T>) -> Vec<T> {
    let bytes: Vec<&[u8]> = texts.iter().map(AsRef::as_ref).collect();
    let order = distinct_order(&bytes);
    let mut slots: Vec<Option<T>> = texts.into_iter().map(Some).collect();
    order.into_iter().filter_map(|position| slots[position].take()).collect()
}

/// The positions of `texts` in byte order, one position for each distinct text.
fn distinct_order(texts: &[&[u8]]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..texts.len()).collect();
    order.sort_unstable_by(|&left, &right| texts[left].cmp(texts[right]));
    order.dedup_by(|later, earlier| texts[*later] == texts[*earlier]);
    order
}

fn ranked_positions<T>(items: &[T], rank: impl Fn(&T) -> u64) -> Vec<(u64, usize)> {
    items.iter().enumerate().map(|(position, item)| (rank(item), position)).collect()
}

/// Moves the items named by `order`'s positions into that order, dropping the others.
fn arrange<T>(items: &mut Vec<T>, order: Vec<(u64, usize)>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, position)| slots[position].take()));
}

/// A rank that puts larger values first, in `f64::total_cmp`'s order: [`ascending`]'s,
/// inverted.
fn descending(value: f64) -> u64 {
    !ascending(value)
}
