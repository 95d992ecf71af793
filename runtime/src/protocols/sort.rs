//! Stable sorting with Python comparisons that may raise (used by `list.sort` and `sorted`).

use crate::memory::gc::RootedVec;
use crate::objects::value::{PyResult, Value};
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;

/// Sorts `items` in place by `key` (None: the items themselves), stably, with `<`.
/// Like CPython, `reverse` sorts the reversed sequence and reverses the result, which keeps
/// equal items in their original order. When the key function raises, `items` is left as
/// it was; when a comparison raises, `items` keeps the order the sort had reached (as
/// CPython's does, exactly so for lists shorter than `SHORT`).
///
/// The key function runs with collection allowed (`call_rooted`; comparisons block it), so
/// the caller's own values must be visible to the collector (see gc.rs); the items and
/// keys are kept in `RootedVec`s here.
pub fn sort(items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let rooted = RootedVec::from_vec(std::mem::take(items));
    let (order, outcome) = sort_order(&rooted, key, reverse);
    *items = match order {
        Some(order) => order.iter().map(|&i| rooted[i]).collect(),
        None => rooted.into_vec(),
    };
    outcome
}

/// Lists shorter than this are sorted as CPython's timsort sorts them: one run found by
/// `count_run`, extended by binary insertion. Same comparisons, same order.
const SHORT: usize = 64;

/// The sorted order of `items` (indices), or the order reached when a comparison raised;
/// None (keep the items as they are) when the key function raised or a long sort failed.
fn sort_order(
    items: &[Value],
    key: Option<Value>,
    reverse: bool,
) -> (Option<Vec<usize>>, PyResult<()>) {
    let computed;
    let keys: &[Value] = match key {
        Some(f) => {
            let mut keys = RootedVec::from_vec(Vec::with_capacity(items.len()));
            for &v in items {
                match call::call_rooted(f, &[v], Kw::NONE) {
                    Ok(k) => keys.push(k),
                    Err(e) => return (None, Err(e)),
                }
            }
            computed = keys;
            &computed
        }
        None => items,
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let outcome = if sort_total_order(&mut order, keys) {
        Ok(())
    } else if order.len() < SHORT {
        short_sort(&mut order, keys)
    } else {
        let mut scratch = order.clone();
        if let Err(e) = merge_sort(&mut order, &mut scratch, keys) {
            return (None, Err(e));
        }
        Ok(())
    };
    if reverse {
        order.reverse();
    }
    (Some(order), outcome)
}

/// CPython's timsort on fewer than `SHORT` items: the leading run (strictly descending
/// runs are reversed), then binary insertion of each following item. The same comparisons
/// in the same order give CPython's result even where `<` is no total order (NaN, user
/// `__lt__`), the same error from the same pair, and the same partial order on error.
fn short_sort(order: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let less = |a: usize, b: usize| ops::less_than(keys[a], keys[b]);
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if less(order[1], order[0])? {
        while run < n && less(order[run], order[run - 1])? {
            run += 1;
        }
        order[..run].reverse();
    } else {
        while run < n && !less(order[run], order[run - 1])? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = order[start];
        let (mut low, mut high) = (0, start);
        while low < high {
            let middle = low + (high - low) / 2;
            if less(pivot, order[middle])? {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        order.copy_within(low..start, low + 1);
        order[low] = pivot;
    }
    Ok(())
}

/// Sorts `order` stably by `keys` without Python comparisons when every key is a small
/// int, every key is a float other than NaN, or every key is a str: `<` is then a total
/// order that cannot raise (strs compare by code points, which is how their UTF-8 bytes
/// compare), so any stable sort gives CPython's result. False, with `order` untouched, for
/// other keys.
fn sort_total_order(order: &mut [usize], keys: &[Value]) -> bool {
    if keys.iter().all(|k| k.is_small()) {
        order.sort_by_key(|&i| keys[i].small_value());
        return true;
    }
    let float = |k: Value| k.get::<crate::objects::float::FloatObj>().map(|f| f.value);
    if keys.iter().all(|&k| float(k).is_some_and(|x| !x.is_nan())) {
        order.sort_by(|&a, &b| {
            let (x, y) = (float(keys[a]), float(keys[b]));
            x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)
        });
        return true;
    }
    if keys
        .iter()
        .all(|&k| crate::objects::str::as_str(k).is_some())
    {
        // Each text beside its first 8 bytes as a big-endian number (zero-padded): where
        // two prefixes differ they order the texts as the texts do, and where they are
        // equal and both texts fit in them, the shorter text is the smaller. So most
        // comparisons read neither text.
        let mut texts: Vec<(u64, &str, usize)> = order
            .iter()
            .map(|&i| {
                let text = crate::objects::str::as_str(keys[i]).unwrap_or_default();
                let mut prefix = [0u8; 8];
                let n = text.len().min(8);
                prefix[..n].copy_from_slice(&text.as_bytes()[..n]);
                (u64::from_be_bytes(prefix), text, i)
            })
            .collect();
        texts.sort_by(|a, b| {
            a.0.cmp(&b.0).then_with(|| {
                if a.1.len() <= 8 && b.1.len() <= 8 {
                    a.1.len().cmp(&b.1.len())
                } else {
                    a.1.cmp(b.1)
                }
            })
        });
        for (slot, (_, _, i)) in order.iter_mut().zip(texts) {
            *slot = i;
        }
        return true;
    }
    false
}

/// Merge sort of indices into `keys` (insertion sort for short runs).
fn merge_sort(v: &mut [usize], scratch: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = v.len();
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && ops::less_than(keys[v[j]], keys[v[j - 1]])? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], &mut scratch[..mid], keys)?;
    merge_sort(&mut v[mid..], &mut scratch[mid..], keys)?;
    if !ops::less_than(keys[v[mid]], keys[v[mid - 1]])? {
        return Ok(());
    }
    scratch[..n].copy_from_slice(v);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if ops::less_than(keys[scratch[j]], keys[scratch[i]])? {
            v[k] = scratch[j];
            j += 1;
        } else {
            v[k] = scratch[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        v[k] = scratch[i];
        i += 1;
        k += 1;
    }
    while j < n {
        v[k] = scratch[j];
        j += 1;
        k += 1;
    }
    Ok(())
}
