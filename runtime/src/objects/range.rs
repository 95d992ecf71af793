//! Range and slice objects, and slice-index arithmetic.

use crate::memory::heap;
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::int;
use crate::objects::types;
use crate::objects::value::{none, Header, HeapObject, Kind, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// A range. References: `values` (start, stop, step as ints). When all three fit a machine
/// word, `start`, `stop` and `step` hold them and `big` is false.
#[repr(C)]
pub struct RangeObj {
    pub header: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: bool,
    pub values: [Value; 3],
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for RangeObj {
    const KIND: Kind = Kind::Range;
}

impl RangeObj {
    /// The length of a range whose bounds fit a machine word.
    pub fn len(&self) -> usize {
        range_len(self.start, self.stop, self.step)
    }

    /// Start, stop and step as big ints.
    pub fn big_parts(&self) -> (BigInt, BigInt, BigInt) {
        let b = |v: Value| int::as_int(v).map(|i| i.to_big()).unwrap_or_default();
        (b(self.values[0]), b(self.values[1]), b(self.values[2]))
    }

    /// The exact length.
    pub fn big_len(&self) -> BigInt {
        if !self.big {
            return BigInt::from(self.len());
        }
        let (start, stop, step) = self.big_parts();
        let (lo, hi, st) = if step.is_positive() {
            (start, stop, step)
        } else {
            (stop, start, -step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1) / st + 1
    }

    /// The length, or OverflowError when it does not fit a machine word.
    pub fn checked_len(&self) -> PyResult<usize> {
        if !self.big {
            return Ok(self.len());
        }
        match self.big_len().to_usize() {
            Some(n) if n <= isize::MAX as usize => Ok(n),
            _ => raise(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ),
        }
    }

    /// `n in range` for an int `n`.
    pub fn contains_big(&self, n: &BigInt) -> bool {
        let (start, stop, step) = self.big_parts();
        let in_bounds = if step.is_positive() {
            &start <= n && n < &stop
        } else {
            &stop < n && n <= &start
        };
        in_bounds && ((n - &start) % &step).is_zero()
    }

    /// The item at index `i` (which must be in range).
    pub fn big_item(&self, i: &BigInt) -> Value {
        let (start, _, step) = self.big_parts();
        int::from_big(start + step * i)
    }

    pub fn item(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }

    pub fn contains(&self, n: i64) -> bool {
        let in_bounds = if self.step > 0 {
            self.start <= n && n < self.stop
        } else {
            self.stop < n && n <= self.start
        };
        in_bounds && (n - self.start) % self.step == 0
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    // Machine-word arithmetic when the span and the step's magnitude fit (small ints always
    // do): no 128-bit division.
    if step > 0 {
        if let Some(span) = stop.checked_sub(start) {
            return if span > 0 {
                ((span - 1) / step + 1) as usize
            } else {
                0
            };
        }
    } else if step < 0 && step != i64::MIN {
        if let Some(span) = start.checked_sub(stop) {
            return if span > 0 {
                ((span - 1) / -step + 1) as usize
            } else {
                0
            };
        }
    }
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as usize
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as usize
    } else {
        0
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    heap::new(RangeObj {
        header: Header::new(Kind::Range),
        start,
        stop,
        step,
        big: false,
        values: [
            int::from_i64(start),
            int::from_i64(stop),
            int::from_i64(step),
        ],
    })
}

/// Bounds a range holds in machine words: their difference fits one too.
pub fn word_bounds(start: i64, stop: i64) -> bool {
    start.checked_sub(stop).is_some() && stop.checked_sub(start).is_some()
}

/// A range over arbitrary ints.
pub fn new_big_range(start: Value, stop: Value, step: Value) -> Value {
    let small = |v: Value| int::as_int(v).and_then(|i| i.to_i64());
    match (small(start), small(stop), small(step)) {
        (Some(a), Some(b), Some(c)) if word_bounds(a, b) => new_range(a, b, c),
        _ => heap::new(RangeObj {
            header: Header::new(Kind::Range),
            start: 0,
            stop: 0,
            step: 1,
            big: true,
            values: [start, stop, step],
        }),
    }
}

fn range_arg(v: Value) -> PyResult<Value> {
    if v.is_small() {
        return Ok(v);
    }
    if int::is_int(v) {
        return Ok(int::from_big(
            int::as_int(v).map(|i| i.to_big()).unwrap_or_default(),
        ));
    }
    match crate::protocols::ops::index_value(v)? {
        Some(r) => Ok(r),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        )),
    }
}

/// `range(...)` from its one to three arguments.
pub fn range_from_args(args: &[Value]) -> PyResult {
    let one = Value::small(1);
    let (start, stop, step) = match args {
        [stop] => (Value::small(0), range_arg(*stop)?, one),
        [start, stop] => (range_arg(*start)?, range_arg(*stop)?, one),
        [start, stop, step] => (range_arg(*start)?, range_arg(*stop)?, range_arg(*step)?),
        [] => return type_error("range expected at least 1 argument, got 0"),
        _ => {
            return type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            ))
        }
    };
    if step == Value::small(0) {
        return value_error("range() arg 3 must not be zero");
    }
    Ok(new_big_range(start, stop, step))
}

/// A slice. References: `start`, `stop`, `step` (None when omitted).
#[repr(C)]
pub struct SliceObj {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for SliceObj {
    const KIND: Kind = Kind::Slice;
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    let or_none = |v: Value| if v.is_null() { none() } else { v };
    heap::new(SliceObj {
        header: Header::new(Kind::Slice),
        start: or_none(start),
        stop: or_none(stop),
        step: or_none(step),
    })
}

/// `r[s]`: the range of the sliced items. Its bounds are the items at the slice's start
/// and stop indices and its step the steps multiplied (CPython's `compute_slice`), in
/// machine words when the range's length leaves room for any clamped index, else exactly.
pub fn slice_range(r: &RangeObj, s: &SliceObj) -> PyResult {
    if !r.big && r.len() <= (i64::MAX / 2) as usize {
        let (start, stop, step, _) = slice_indices(s, r.len())?;
        let at = |i: i64| r.step.checked_mul(i)?.checked_add(r.start);
        if let (Some(a), Some(b), Some(c)) = (at(start), at(stop), r.step.checked_mul(step)) {
            if word_bounds(a, b) {
                return Ok(new_range(a, b, c));
            }
        }
        let big = BigInt::from;
        return Ok(range_at(r, big(start), big(stop), big(step)));
    }
    let part = |v: Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        let index = crate::protocols::ops::index_value(v)?;
        match index.and_then(int::as_int) {
            Some(i) => Ok(Some(i.to_big())),
            None => {
                type_error("slice indices must be integers or None or have an __index__ method")
            }
        }
    };
    let step = part(s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return value_error("slice step cannot be zero");
    }
    let len = r.big_len();
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |index: Option<BigInt>, default: &BigInt| match index {
        None => default.clone(),
        Some(i) if i.is_negative() => (i + &len).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let (start_default, stop_default) = if step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = clamp(part(s.start)?, start_default);
    let stop = clamp(part(s.stop)?, stop_default);
    Ok(range_at(r, start, stop, step))
}

/// The range of `r`'s items from index `start` to `stop` by `step`.
fn range_at(r: &RangeObj, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let (first, _, by) = r.big_parts();
    let at = |i: BigInt| int::from_big(&first + &by * i);
    new_big_range(at(start), at(stop), int::from_big(by * step))
}

fn slice_part(v: Value) -> PyResult<Option<i64>> {
    if v.is_small() {
        return Ok(Some(v.small_value()));
    }
    if v.is_none() {
        return Ok(None);
    }
    let v = if crate::protocols::ops::is_user_object(v) {
        crate::protocols::ops::index_value(v)?.unwrap_or(v)
    } else {
        v
    };
    match int::as_int(v) {
        Some(i) => Ok(Some(i.to_i64().unwrap_or(if i.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }))),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// Resolves a slice against a sequence of `len` items: (start, stop, step, count).
pub fn slice_indices(s: &SliceObj, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    Ok(slice_bounds(s)?.resolve(len))
}

/// A slice's bounds as integers, before they meet a sequence (CPython's `PySlice_Unpack`).
pub struct SliceBounds {
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
}

/// The bounds of `s`, calling the `__index__` of its parts: a sequence whose length those
/// calls may change is measured after them, when the bounds are resolved.
pub fn slice_bounds(s: &SliceObj) -> PyResult<SliceBounds> {
    bounds_of_parts(s.start, s.stop, s.step)
}

/// The bounds of `start:stop:step` written in a subscript, without a slice object (0 or
/// None for an omitted part).
pub fn bounds_of_parts(start: Value, stop: Value, step: Value) -> PyResult<SliceBounds> {
    let part = |v: Value| if v.is_null() { Ok(None) } else { slice_part(v) };
    let step = part(step)?.unwrap_or(1);
    if step == 0 {
        return value_error("slice step cannot be zero");
    }
    Ok(SliceBounds {
        start: part(start)?,
        stop: part(stop)?,
        step,
    })
}

impl SliceBounds {
    /// (start, stop, step, count) in a sequence of `len` items.
    #[inline]
    pub fn resolve(&self, len: usize) -> (i64, i64, i64, usize) {
        let step = self.step;
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < 0 {
                            x = if step < 0 { -1 } else { 0 };
                        }
                    } else if x >= len {
                        x = if step < 0 { len - 1 } else { len };
                    }
                    x
                }
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(self.start, 0), clamp(self.stop, len))
        } else {
            (clamp(self.start, len - 1), clamp(self.stop, -1))
        };
        let count = match step {
            1 => (stop - start).max(0) as usize,
            -1 => (start - stop).max(0) as usize,
            _ => range_len(start, stop, step),
        };
        (start, stop, step, count)
    }
}
