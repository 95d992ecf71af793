//! Stable sorting with Python comparisons that may raise (used by `list.sort` and `sorted`).

use crate::call::{self, Kw};
use crate::gc::RootedVec;
use crate::ops;
use crate::value::{PyResult, Value};

/// Sorts `items` in place by `key` (None: the items themselves), stably, with `<`.
/// Like CPython, `reverse` sorts the reversed sequence and reverses the result, which keeps
/// equal items in their original order. On error `items` is left as it was.
///
/// The key function runs with collection allowed (`call_rooted`; comparisons block it), so
/// the caller's own values must be visible to the collector (see gc.rs); the items and
/// keys are kept in `RootedVec`s here.
pub fn sort(items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let rooted = RootedVec::from_vec(std::mem::take(items));
    match sort_order(&rooted, key, reverse) {
        Ok(order) => *items = order.iter().map(|&i| rooted[i]).collect(),
        Err(e) => {
            *items = rooted.into_vec();
            return Err(e);
        }
    }
    Ok(())
}

/// The sorted order of `items` (indices).
fn sort_order(items: &[Value], key: Option<Value>, reverse: bool) -> PyResult<Vec<usize>> {
    let computed;
    let keys: &[Value] = match key {
        Some(f) => {
            let mut keys = RootedVec::from_vec(Vec::with_capacity(items.len()));
            for &v in items {
                keys.push(call::call_rooted(f, &[v], Kw::NONE)?);
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
    if !sort_total_order(&mut order, keys) {
        let mut scratch = order.clone();
        merge_sort(&mut order, &mut scratch, keys)?;
    }
    if reverse {
        order.reverse();
    }
    Ok(order)
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
    let float = |k: Value| k.get::<crate::float::FloatObj>().map(|f| f.value);
    if keys.iter().all(|&k| float(k).is_some_and(|x| !x.is_nan())) {
        order.sort_by(|&a, &b| {
            let (x, y) = (float(keys[a]), float(keys[b]));
            x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)
        });
        return true;
    }
    if keys.iter().all(|&k| crate::str::as_str(k).is_some()) {
        // Each text beside its first 8 bytes as a big-endian number (zero-padded): where
        // two prefixes differ they order the texts as the texts do, and where they are
        // equal and both texts fit in them, the shorter text is the smaller. So most
        // comparisons read neither text.
        let mut texts: Vec<(u64, &str, usize)> = order
            .iter()
            .map(|&i| {
                let text = crate::str::as_str(keys[i]).unwrap_or_default();
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
