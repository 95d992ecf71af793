//! Range and slice objects, and slice-index arithmetic.

use crate::exceptions::{type_error, value_error};
use crate::heap;
use crate::int;
use crate::types;
use crate::value::{none, Header, HeapObject, Kind, PyResult, Value};

/// A range. Holds no `Value`s.
#[repr(C)]
pub struct RangeObj {
    pub header: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for RangeObj {
    const KIND: Kind = Kind::Range;
}

impl RangeObj {
    pub fn len(&self) -> usize {
        range_len(self.start, self.stop, self.step)
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
    })
}

fn range_arg(v: Value) -> PyResult<i64> {
    match int::to_index(v)? {
        Some(n) => Ok(n),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        )),
    }
}

/// `range(...)` from its one to three arguments.
pub fn range_from_args(args: &[Value]) -> PyResult {
    let (start, stop, step) = match args {
        [stop] => (0, range_arg(*stop)?, 1),
        [start, stop] => (range_arg(*start)?, range_arg(*stop)?, 1),
        [start, stop, step] => (range_arg(*start)?, range_arg(*stop)?, range_arg(*step)?),
        [] => return type_error("range expected at least 1 argument, got 0"),
        _ => {
            return type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            ))
        }
    };
    if step == 0 {
        return value_error("range() arg 3 must not be zero");
    }
    Ok(new_range(start, stop, step))
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

fn slice_part(v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
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
    let step = slice_part(s.step)?.unwrap_or(1);
    if step == 0 {
        return value_error("slice step cannot be zero");
    }
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
        (
            clamp(slice_part(s.start)?, 0),
            clamp(slice_part(s.stop)?, len),
        )
    } else {
        (
            clamp(slice_part(s.start)?, len - 1),
            clamp(slice_part(s.stop)?, -1),
        )
    };
    Ok((start, stop, step, range_len(start, stop, step)))
}
