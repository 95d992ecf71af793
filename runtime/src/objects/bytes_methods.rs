//! Methods of bytes and bytearray (CPython's `bytes_methods.c` and the two types' own).
//! Each shared method is generic over the receiver's type (`M`: a bytearray), which its
//! results take; the bytearray's mutating methods follow.

use crate::objects::bytes::{self, Buf, ByteArrayObj, BYTE_RANGE};
use crate::objects::codecs;
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::int;
use crate::objects::list;
use crate::objects::methods::Method;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, none, Kind, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::iter;
use crate::protocols::ops;

macro_rules! tables {
    (shared: [$($name:literal => $f:ident),* $(,)?], bytearray: [$($own:literal => $g:ident),* $(,)?]) => {
        static BYTES_METHODS: &[Method] = &[$(Method { name: $name, func: $f::<false> }),*];
        static BYTEARRAY_METHODS: &[Method] = &[
            $(Method { name: $name, func: $f::<true> },)*
            $(Method { name: $own, func: $g }),*
        ];
    };
}

tables! {
    shared: [
        "decode" => decode,
        "hex" => hex,
        "fromhex" => fromhex,
        "count" => count,
        "find" => find,
        "rfind" => rfind,
        "index" => index,
        "rindex" => rindex,
        "startswith" => startswith,
        "endswith" => endswith,
        "split" => split,
        "rsplit" => rsplit,
        "join" => join,
        "replace" => replace,
        "strip" => strip,
        "lstrip" => lstrip,
        "rstrip" => rstrip,
        "upper" => upper,
        "lower" => lower,
        "capitalize" => capitalize,
        "title" => title,
        "swapcase" => swapcase,
        "isdigit" => isdigit,
        "isalpha" => isalpha,
        "isalnum" => isalnum,
        "isspace" => isspace,
        "isupper" => isupper,
        "islower" => islower,
        "istitle" => istitle,
        "isascii" => isascii,
        "center" => center,
        "ljust" => ljust,
        "rjust" => rjust,
        "zfill" => zfill,
        "partition" => partition,
        "rpartition" => rpartition,
        "splitlines" => splitlines,
        "expandtabs" => expandtabs,
        "removeprefix" => removeprefix,
        "removesuffix" => removesuffix,
        "translate" => translate,
        "maketrans" => maketrans,
    ],
    bytearray: [
        "append" => append,
        "extend" => extend,
        "insert" => insert,
        "pop" => pop,
        "remove" => remove,
        "reverse" => reverse,
        "clear" => clear,
        "copy" => copy,
    ]
}

fn table(id: TypeId) -> &'static [Method] {
    if id == TypeId::ByteArray {
        BYTEARRAY_METHODS
    } else {
        BYTES_METHODS
    }
}

/// The method `name` of bytes or bytearray (`id`).
pub fn lookup(id: TypeId, name: &str) -> Option<&'static Method> {
    table(id).iter().find(|m| m.name == name)
}

/// The method names of bytes or bytearray (`id`).
pub fn names(id: TypeId) -> Vec<&'static str> {
    table(id).iter().map(|m| m.name).collect()
}

fn type_label(mutable: bool) -> &'static str {
    if mutable {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The receiver's contents, checked to be of the method's type.
fn this<const M: bool>(args: &[Value], method: &str) -> PyResult<Buf> {
    let want = if M { Kind::ByteArray } else { Kind::Bytes };
    match args.first() {
        Some(&v) if v.is_object() && v.kind() == want => Ok(bytes::contents(v)),
        Some(&v) => type_error(format!(
            "descriptor '{method}' for '{}' objects doesn't apply to a '{}' object",
            type_label(M),
            types::type_name(v)
        )),
        None => type_error(format!(
            "unbound method {}.{method}() needs an argument",
            type_label(M)
        )),
    }
}

/// The bytearray receiver of a mutating method.
fn this_bytearray(args: &[Value], method: &str) -> PyResult<&'static ByteArrayObj> {
    match args.first().and_then(|v| v.get::<ByteArrayObj>()) {
        Some(b) => Ok(b),
        None => {
            this::<true>(args, method)?;
            type_error("expected a bytearray")
        }
    }
}

fn result<const M: bool>(data: Vec<u8>) -> Value {
    bytes::new_like(M, data)
}

/// ASCII whitespace, as bytes methods see it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A start or end argument (CPython's `_PyEval_SliceIndex`): None for None, big ints
/// clamped.
fn slice_index(v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match ops::index_value(v)?.and_then(int::as_int) {
        Some(i) => Ok(Some(i.to_i64().unwrap_or(if i.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        }))),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// The `start` and `end` arguments adjusted to a length of `len`, as CPython's
/// `ADJUST_INDICES`: `end` within `0..=len`, `start` at least 0 (maybe beyond `len`).
fn adjust(len: usize, range: &[Value]) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(x) if x < 0 => (x + len).max(0),
            Some(x) => x,
        }
    };
    let start = fix(
        match range.first() {
            Some(v) => slice_index(*v)?,
            None => None,
        },
        0,
    );
    let end = fix(
        match range.get(1) {
            Some(v) => slice_index(*v)?,
            None => None,
        },
        len,
    )
    .min(len);
    Ok((start as usize, end as usize))
}

/// The needle of `count`, `find` and the like: a byte value or a bytes-like object.
fn needle(v: Value) -> PyResult<Buf> {
    if int::is_int(v) || ops::user_method(v, "__index__").is_some() {
        return Ok(Buf::Owned(vec![bytes::byte_value(v, BYTE_RANGE)?]));
    }
    match bytes::buffer(v)? {
        Some(b) => Ok(b),
        None => type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            types::type_name(v)
        )),
    }
}

/// The receiver, needle and adjusted range of `count`, `find`, `index` and their mirrors.
fn search_args<const M: bool>(
    args: &[Value],
    kw: Kw,
    name: &str,
) -> PyResult<(Buf, Buf, usize, usize)> {
    args::no_kw(name, kw)?;
    let data = this::<M>(args, name)?;
    args::method_count(name, args, 1, 3)?;
    let sub = needle(args[1])?;
    let (start, end) = adjust(data.len(), &args[2..])?;
    Ok((data, sub, start, end))
}

/// The position of the first (or, `reverse`, last) `sub` within `data[start..end]`.
fn search(data: &[u8], sub: &[u8], start: usize, end: usize, reverse: bool) -> Option<usize> {
    if start > end || end - start < sub.len() {
        return None;
    }
    let hay = &data[start..end];
    let found = if reverse {
        bytes::rfind(hay, sub)
    } else {
        bytes::find(hay, sub, 0)
    };
    found.map(|p| p + start)
}

fn position(found: Option<usize>) -> Value {
    found.map_or(Value::small(-1), |p| int::from_u64(p as u64))
}

fn find<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let (data, sub, start, end) = search_args::<M>(args, kw, "find")?;
    Ok(position(search(&data, &sub, start, end, false)))
}

fn rfind<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let (data, sub, start, end) = search_args::<M>(args, kw, "rfind")?;
    Ok(position(search(&data, &sub, start, end, true)))
}

fn index<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let (data, sub, start, end) = search_args::<M>(args, kw, "index")?;
    match search(&data, &sub, start, end, false) {
        Some(p) => Ok(int::from_u64(p as u64)),
        None => value_error("subsection not found"),
    }
}

fn rindex<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let (data, sub, start, end) = search_args::<M>(args, kw, "rindex")?;
    match search(&data, &sub, start, end, true) {
        Some(p) => Ok(int::from_u64(p as u64)),
        None => value_error("subsection not found"),
    }
}

fn count<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let (data, sub, start, end) = search_args::<M>(args, kw, "count")?;
    if start > end {
        return Ok(Value::small(0));
    }
    let hay = &data[start..end];
    if sub.is_empty() {
        return Ok(int::from_u64(hay.len() as u64 + 1));
    }
    let mut n = 0u64;
    let mut at = 0;
    while let Some(p) = bytes::find(hay, &sub, at) {
        n += 1;
        at = p + sub.len();
    }
    Ok(int::from_u64(n))
}

fn affix<const M: bool>(args: &[Value], kw: Kw, name: &str, ends: bool) -> PyResult {
    args::no_kw(name, kw)?;
    let data = this::<M>(args, name)?;
    args::method_count(name, args, 1, 3)?;
    let (start, end) = adjust(data.len(), &args[2..])?;
    let matches = |p: &[u8]| {
        if start > data.len() || end < start || end - start < p.len() {
            return false;
        }
        let hay = &data[start..end];
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if let Some(items) = tuple::items(args[1]) {
        for &item in items {
            if matches(&bytes::expect_buffer(item)?) {
                return Ok(bool_value(true));
            }
        }
        return Ok(bool_value(false));
    }
    match bytes::buffer(args[1])? {
        Some(p) => Ok(bool_value(matches(&p))),
        None => type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            types::type_name(args[1])
        )),
    }
}

fn startswith<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    affix::<M>(args, kw, "startswith", false)
}

fn endswith<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    affix::<M>(args, kw, "endswith", true)
}

/// The `sep` (None: whitespace) and `maxsplit` (negative: no limit) of split and rsplit.
fn split_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(Option<Buf>, usize)> {
    args::check_kw(name, kw, &["sep", "maxsplit"])?;
    if args.len() > 3 {
        return type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let sep = match args.get(1).copied().or(kw.get("sep")) {
        Some(v) if !v.is_none() => {
            let sep = bytes::expect_buffer(v)?;
            if sep.is_empty() {
                return value_error("empty separator");
            }
            Some(sep)
        }
        _ => None,
    };
    let maxsplit = match args.get(2).copied().or(kw.get("maxsplit")) {
        Some(v) => args::index_arg(v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok((sep, limit))
}

fn parts_list<const M: bool>(parts: Vec<&[u8]>) -> Value {
    list::from_vec(parts.into_iter().map(|p| result::<M>(p.to_vec())).collect())
}

fn split<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let data = this::<M>(args, "split")?;
    let (sep, limit) = split_args("split", args, kw)?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut at = 0;
            while parts.len() < limit {
                let Some(p) = bytes::find(&data, sep, at) else {
                    break;
                };
                parts.push(&data[at..p]);
                at = p + sep.len();
            }
            parts.push(&data[at..]);
        }
        None => {
            let mut i = 0;
            let n = data.len();
            loop {
                while i < n && is_space(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if parts.len() == limit {
                    parts.push(&data[i..]);
                    break;
                }
                let start = i;
                while i < n && !is_space(data[i]) {
                    i += 1;
                }
                parts.push(&data[start..i]);
            }
        }
    }
    Ok(parts_list::<M>(parts))
}

fn rsplit<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let data = this::<M>(args, "rsplit")?;
    let (sep, limit) = split_args("rsplit", args, kw)?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut end = data.len();
            while parts.len() < limit {
                let Some(p) = bytes::rfind(&data[..end], sep) else {
                    break;
                };
                parts.push(&data[p + sep.len()..end]);
                end = p;
            }
            parts.push(&data[..end]);
        }
        None => {
            let mut i = data.len();
            loop {
                while i > 0 && is_space(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() == limit {
                    parts.push(&data[..i]);
                    break;
                }
                let end = i;
                while i > 0 && !is_space(data[i - 1]) {
                    i -= 1;
                }
                parts.push(&data[i..end]);
            }
        }
    }
    parts.reverse();
    Ok(parts_list::<M>(parts))
}

fn join<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("join", kw)?;
    let sep = this::<M>(args, "join")?;
    args::method_count("join", args, 1, 1)?;
    let it = iter::iter_reworded(args[1], || Some("can only join an iterable".into()))?;
    let items = iter::collect_rooted(it)?;
    let mut out = Vec::new();
    for (i, &item) in items.iter().enumerate() {
        let Some(part) = bytes::buffer(item)? else {
            return type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                types::type_name(item)
            ));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(result::<M>(out))
}

fn replace<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("replace", kw)?;
    let data = this::<M>(args, "replace")?;
    args::method_count("replace", args, 2, 3)?;
    let old = bytes::expect_buffer(args[1])?;
    let new = bytes::expect_buffer(args[2])?;
    let limit = match args.get(3) {
        Some(v) => args::index_arg(*v)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out = Vec::with_capacity(data.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
            if i + 1 == data.len() && n < limit {
                out.extend_from_slice(&new);
            }
        }
        if data.is_empty() && limit > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(result::<M>(out));
    }
    let mut at = 0;
    while n < limit {
        let Some(p) = bytes::find(&data, &old, at) else {
            break;
        };
        out.extend_from_slice(&data[at..p]);
        out.extend_from_slice(&new);
        at = p + old.len();
        n += 1;
    }
    out.extend_from_slice(&data[at..]);
    Ok(result::<M>(out))
}

fn do_strip<const M: bool>(
    args: &[Value],
    kw: Kw,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    args::no_kw(name, kw)?;
    let data = this::<M>(args, name)?;
    args::method_count(name, args, 0, 1)?;
    let chars = match args.get(1) {
        Some(v) if !v.is_none() => Some(bytes::expect_buffer(*v)?),
        _ => None,
    };
    let strip = |b: u8| match &chars {
        Some(cs) => cs.contains(&b),
        None => is_space(b),
    };
    Ok(result::<M>(
        data[trimmed(&data, left, right, strip)].to_vec(),
    ))
}

/// The part of `data` left when the bytes `strip` accepts are taken off its start (`left`)
/// and its end (`right`): what `strip` / `lstrip` / `rstrip` keep, of bytes and of ASCII
/// strs alike.
pub fn trimmed(
    data: &[u8],
    left: bool,
    right: bool,
    strip: impl Fn(u8) -> bool,
) -> std::ops::Range<usize> {
    let (mut start, mut end) = (0, data.len());
    if left {
        while start < end && strip(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(data[end - 1]) {
            end -= 1;
        }
    }
    start..end
}

fn strip<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    do_strip::<M>(args, kw, "strip", true, true)
}

fn lstrip<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    do_strip::<M>(args, kw, "lstrip", true, false)
}

fn rstrip<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    do_strip::<M>(args, kw, "rstrip", false, true)
}

fn map_bytes<const M: bool>(
    args: &[Value],
    kw: Kw,
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult {
    args::no_kw(name, kw)?;
    let data = this::<M>(args, name)?;
    args::method_count(name, args, 0, 0)?;
    Ok(result::<M>(f(&data)))
}

fn upper<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    map_bytes::<M>(args, kw, "upper", <[u8]>::to_ascii_uppercase)
}

fn lower<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    map_bytes::<M>(args, kw, "lower", <[u8]>::to_ascii_lowercase)
}

fn swapcase<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    map_bytes::<M>(args, kw, "swapcase", |data| {
        data.iter()
            .map(|&b| match b {
                b'a'..=b'z' => b.to_ascii_uppercase(),
                b'A'..=b'Z' => b.to_ascii_lowercase(),
                _ => b,
            })
            .collect()
    })
}

fn capitalize<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    map_bytes::<M>(args, kw, "capitalize", |data| {
        data.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    map_bytes::<M>(args, kw, "title", |data| {
        let mut previous_cased = false;
        data.iter()
            .map(|&b| {
                let out = if previous_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                previous_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn predicate<const M: bool>(args: &[Value], kw: Kw, name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    args::no_kw(name, kw)?;
    let data = this::<M>(args, name)?;
    args::method_count(name, args, 0, 0)?;
    Ok(bool_value(f(&data)))
}

fn isdigit<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    predicate::<M>(args, kw, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn isalpha<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    predicate::<M>(args, kw, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isalnum<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    predicate::<M>(args, kw, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    predicate::<M>(args, kw, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&b| is_space(b))
    })
}

fn isupper<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    predicate::<M>(args, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn islower<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    predicate::<M>(args, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn istitle<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    predicate::<M>(args, kw, "istitle", |d| {
        let (mut cased, mut previous_cased) = (false, false);
        for &b in d {
            if b.is_ascii_uppercase() {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

fn isascii<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    predicate::<M>(args, kw, "isascii", <[u8]>::is_ascii)
}

/// The width and fill byte of center, ljust and rjust.
fn pad_args<const M: bool>(args: &[Value], kw: Kw, name: &str) -> PyResult<(Buf, usize, u8)> {
    args::no_kw(name, kw)?;
    let data = this::<M>(args, name)?;
    args::method_count(name, args, 1, 2)?;
    let width = args::index_arg(args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(&v) => match bytes::is_bytes_or_bytearray(v)
            .then(|| bytes::contents(v))
            .filter(|f| f.len() == 1)
        {
            Some(f) => f[0],
            None => {
                return type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    types::type_name(v)
                ))
            }
        },
    };
    Ok((data, width, fill))
}

fn padded<const M: bool>(data: &[u8], left: usize, right: usize, fill: u8) -> Value {
    let mut out = vec![fill; left];
    out.extend_from_slice(data);
    out.resize(out.len() + right, fill);
    result::<M>(out)
}

fn center<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let (data, width, fill) = pad_args::<M>(args, kw, "center")?;
    let marg = width.saturating_sub(data.len());
    let left = marg / 2 + (marg & width & 1);
    Ok(padded::<M>(&data, left, marg - left, fill))
}

fn ljust<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let (data, width, fill) = pad_args::<M>(args, kw, "ljust")?;
    Ok(padded::<M>(
        &data,
        0,
        width.saturating_sub(data.len()),
        fill,
    ))
}

fn rjust<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let (data, width, fill) = pad_args::<M>(args, kw, "rjust")?;
    Ok(padded::<M>(
        &data,
        width.saturating_sub(data.len()),
        0,
        fill,
    ))
}

fn zfill<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("zfill", kw)?;
    let data = this::<M>(args, "zfill")?;
    args::method_count("zfill", args, 1, 1)?;
    let width = args::index_arg(args[1])?.max(0) as usize;
    let fill = width.saturating_sub(data.len());
    let mut out = Vec::with_capacity(data.len() + fill);
    let signed = matches!(data.first(), Some(b'+' | b'-'));
    if signed {
        out.push(data[0]);
    }
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(&data[signed as usize..]);
    Ok(result::<M>(out))
}

fn partition_impl<const M: bool>(args: &[Value], kw: Kw, name: &str, reverse: bool) -> PyResult {
    args::no_kw(name, kw)?;
    let data = this::<M>(args, name)?;
    args::method_count(name, args, 1, 1)?;
    let sep = bytes::expect_buffer(args[1])?;
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let found = if reverse {
        bytes::rfind(&data, &sep)
    } else {
        bytes::find(&data, &sep, 0)
    };
    let parts: [&[u8]; 3] = match found {
        Some(p) => [&data[..p], &sep, &data[p + sep.len()..]],
        None if reverse => [b"", b"", &data],
        None => [&data, b"", b""],
    };
    Ok(tuple::new(&parts.map(|p| result::<M>(p.to_vec()))))
}

fn partition<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    partition_impl::<M>(args, kw, "partition", false)
}

fn rpartition<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    partition_impl::<M>(args, kw, "rpartition", true)
}

fn splitlines<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("splitlines", kw, &["keepends"])?;
    let data = this::<M>(args, "splitlines")?;
    args::method_count("splitlines", args, 0, 1)?;
    let keep = match args.get(1).copied().or(kw.get("keepends")) {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let eol = match data[i] {
            b'\n' => 1,
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        parts.push(if keep {
            &data[start..i + eol]
        } else {
            &data[start..i]
        });
        i += eol;
        start = i;
    }
    if start < data.len() {
        parts.push(&data[start..]);
    }
    Ok(parts_list::<M>(parts))
}

fn expandtabs<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("expandtabs", kw, &["tabsize"])?;
    let data = this::<M>(args, "expandtabs")?;
    args::method_count("expandtabs", args, 0, 1)?;
    let size = match args.get(1).copied().or(kw.get("tabsize")) {
        Some(v) => args::index_arg(v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut column = 0i64;
    for &b in data.iter() {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.resize(out.len() + n as usize, b' ');
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(result::<M>(out))
}

fn removeprefix<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("removeprefix", kw)?;
    let data = this::<M>(args, "removeprefix")?;
    args::method_count("removeprefix", args, 1, 1)?;
    let prefix = bytes::expect_buffer(args[1])?;
    let rest = data.strip_prefix(&prefix[..]).unwrap_or(&data);
    Ok(result::<M>(rest.to_vec()))
}

fn removesuffix<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("removesuffix", kw)?;
    let data = this::<M>(args, "removesuffix")?;
    args::method_count("removesuffix", args, 1, 1)?;
    let suffix = bytes::expect_buffer(args[1])?;
    let rest = data.strip_suffix(&suffix[..]).unwrap_or(&data);
    Ok(result::<M>(rest.to_vec()))
}

fn decode<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("decode", kw, &["encoding", "errors"])?;
    let data = this::<M>(args, "decode")?;
    args::method_count("decode", args, 0, 2)?;
    let encoding = args.get(1).copied().or(kw.get("encoding"));
    let errors = args.get(2).copied().or(kw.get("errors"));
    let text = codecs::decode("decode", &data, encoding, errors)?;
    Ok(pystr::new(&text))
}

/// `hex([sep[, bytes_per_sep]])` of `data` (for bytes, bytearray and memoryview).
pub fn hex_of(data: &[u8], rest: &[Value], kw: Kw) -> PyResult {
    args::check_kw("hex", kw, &["sep", "bytes_per_sep"])?;
    if rest.len() > 2 {
        return type_error(format!(
            "hex() takes at most 2 arguments ({} given)",
            rest.len()
        ));
    }
    let sep = match rest.first().copied().or(kw.get("sep")) {
        None => None,
        Some(v) => {
            let sep: Vec<u8> = match pystr::as_str(v) {
                Some(s) => s.chars().map(|c| c as u32 as u8).take(2).collect(),
                None => match bytes::buffer(v)? {
                    Some(b) => b.into_vec(),
                    None => {
                        return type_error(format!(
                            "object of type '{}' has no len()",
                            types::type_name(v)
                        ))
                    }
                },
            };
            let text_ok = pystr::as_str(v).is_none_or(|s| s.chars().count() == 1);
            if sep.len() != 1 || !text_ok {
                return value_error("sep must be length 1.");
            }
            if !sep[0].is_ascii() || pystr::as_str(v).is_some_and(|s| !s.is_ascii()) {
                return value_error("sep must be ASCII.");
            }
            Some(sep[0])
        }
    };
    let per_sep = match rest.get(1).copied().or(kw.get("bytes_per_sep")) {
        Some(v) => args::index_arg(v)?,
        None => 1,
    };
    let out = hex_digits(data, sep, per_sep);
    Ok(pystr::new(
        std::str::from_utf8(&out).expect("hex digits and an ASCII separator"),
    ))
}

/// Two lowercase hex digits per byte of `data`, with `sep` between groups of
/// `|per_sep|` bytes counted from the right (positive) or the left (negative), as
/// `bytes.hex` and `binascii.hexlify` write them.
pub fn hex_digits(data: &[u8], sep: Option<u8>, per_sep: i64) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per_sep.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| group > 0 && i > 0) {
            let boundary = if per_sep > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
}

fn hex<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    let data = this::<M>(args, "hex")?;
    hex_of(&data, &args[1..], kw)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: a classmethod (`args[0]` is the class).
fn fromhex<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("fromhex", kw)?;
    let (cls, rest) = match args.split_first() {
        Some((&c, rest)) if c.kind() == Kind::Class => (c, rest),
        _ => (Value::NULL, args),
    };
    let [text] = rest else {
        return type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            rest.len()
        ));
    };
    let Some(s) = pystr::as_str(*text) else {
        return type_error(format!(
            "fromhex() argument must be str, not {}",
            types::type_name(*text)
        ));
    };
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let Some(high) = digit(i) else {
            return value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            ));
        };
        let Some(low) = digit(i + 1) else {
            return value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            ));
        };
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    crate::objects::builtin_subclass::from_class_method(cls, result::<M>(out))
}

fn translate<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("translate", kw, &["delete"])?;
    let data = this::<M>(args, "translate")?;
    args::method_count("translate", args, 1, 2)?;
    let table = match args[1] {
        v if v.is_none() => None,
        v => {
            let t = bytes::expect_buffer(v)?;
            if t.len() != 256 {
                return value_error("translation table must be 256 characters long");
            }
            Some(t)
        }
    };
    let delete = match args.get(2).copied().or(kw.get("delete")) {
        Some(v) => bytes::expect_buffer(v)?.into_vec(),
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(result::<M>(out))
}

/// `bytes.maketrans(frm, to)`: a static method (no receiver), giving bytes either way.
fn maketrans<const M: bool>(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("maketrans", kw)?;
    args::count("maketrans", args, 2, 2)?;
    let (from, to) = (
        bytes::expect_buffer(args[0])?,
        bytes::expect_buffer(args[1])?,
    );
    if from.len() != to.len() {
        return value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(bytes::new(&table))
}

fn append(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("append", kw)?;
    let ba = this_bytearray(args, "append")?;
    args::method_count("append", args, 1, 1)?;
    let b = bytes::byte_value(args[1], BYTE_RANGE)?;
    ba.data_mut().push(b);
    Ok(none())
}

fn extend(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("extend", kw)?;
    let ba = this_bytearray(args, "extend")?;
    args::method_count("extend", args, 1, 1)?;
    let source = args[1];
    let added = match bytes::buffer(source)? {
        Some(b) => b.into_vec(),
        None => {
            let it = iter::iter_reworded(source, || {
                Some(format!(
                    "can't extend bytearray with {}",
                    types::type_name(source)
                ))
            })?;
            let mut out = Vec::new();
            while let Some(x) = iter::next_rooted(it)? {
                out.push(bytes::byte_value(x, BYTE_RANGE)?);
            }
            out
        }
    };
    ba.data_mut().extend_from_slice(&added);
    Ok(none())
}

fn insert(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("insert", kw)?;
    let ba = this_bytearray(args, "insert")?;
    args::count("insert", &args[1..], 2, 2)?;
    let i = args::index_arg(args[1])?;
    let b = bytes::byte_value(args[2], BYTE_RANGE)?;
    let mut data = ba.data_mut();
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(at as usize, b);
    Ok(none())
}

fn pop(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("pop", kw)?;
    let ba = this_bytearray(args, "pop")?;
    args::count("pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => args::index_arg(*v)?,
        None => -1,
    };
    let mut data = ba.data_mut();
    if data.is_empty() {
        drop(data);
        return raise(ExcKind::IndexError, "pop from empty bytearray");
    }
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        drop(data);
        return raise(ExcKind::IndexError, "pop index out of range");
    }
    Ok(Value::small(data.remove(j as usize) as i64))
}

fn remove(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("remove", kw)?;
    let ba = this_bytearray(args, "remove")?;
    args::method_count("remove", args, 1, 1)?;
    let b = bytes::byte_value(args[1], BYTE_RANGE)?;
    let mut data = ba.data_mut();
    match data.iter().position(|&x| x == b) {
        Some(p) => {
            data.remove(p);
            Ok(none())
        }
        None => {
            drop(data);
            value_error("value not found in bytearray")
        }
    }
}

fn reverse(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("reverse", kw)?;
    let ba = this_bytearray(args, "reverse")?;
    args::method_count("reverse", args, 0, 0)?;
    ba.data_mut().reverse();
    Ok(none())
}

fn clear(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("clear", kw)?;
    let ba = this_bytearray(args, "clear")?;
    args::method_count("clear", args, 0, 0)?;
    ba.data_mut().clear();
    Ok(none())
}

fn copy(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("copy", kw)?;
    let ba = this_bytearray(args, "copy")?;
    args::method_count("copy", args, 0, 0)?;
    let data = ba.data().clone();
    Ok(bytes::new_bytearray(data))
}
