//! Methods of str.

use crate::objects::bytes_methods;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::int;
use crate::objects::list;
use crate::objects::methods::Method;
use crate::objects::str::{self as pystr, StrObj};
use crate::objects::text_search;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::unicode;
use crate::objects::value::{bool_value, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::formatting;
use crate::protocols::iter;

macro_rules! table {
    ($($name:literal => $f:expr),* $(,)?) => {
        static STR_METHODS: &[Method] = &[$(Method { name: $name, func: $f }),*];
    };
}

table! {
    "join" => join,
    "split" => split,
    "rsplit" => rsplit,
    "strip" => strip,
    "lstrip" => lstrip,
    "rstrip" => rstrip,
    "replace" => replace,
    "upper" => upper,
    "lower" => lower,
    "casefold" => casefold,
    "swapcase" => swapcase,
    "title" => title,
    "capitalize" => capitalize,
    "startswith" => startswith,
    "endswith" => endswith,
    "find" => find,
    "rfind" => rfind,
    "index" => index,
    "rindex" => rindex,
    "count" => count,
    "format" => formatting::format_method,
    "format_map" => format_map,
    "maketrans" => maketrans,
    "translate" => translate,
    "isdigit" => isdigit,
    "isdecimal" => isdecimal,
    "isnumeric" => isnumeric,
    "isalpha" => isalpha,
    "isalnum" => isalnum,
    "isspace" => isspace,
    "isupper" => isupper,
    "islower" => islower,
    "istitle" => istitle,
    "isidentifier" => isidentifier,
    "isascii" => isascii,
    "isprintable" => isprintable,
    "center" => center,
    "ljust" => ljust,
    "rjust" => rjust,
    "zfill" => zfill,
    "splitlines" => splitlines,
    "partition" => partition,
    "rpartition" => rpartition,
    "removeprefix" => removeprefix,
    "removesuffix" => removesuffix,
    "expandtabs" => expandtabs,
    "encode" => encode,
}

pub fn lookup(name: &str) -> Option<&'static Method> {
    STR_METHODS.iter().find(|m| m.name == name)
}

/// Every str method name.
pub fn names() -> Vec<&'static str> {
    STR_METHODS.iter().map(|m| m.name).collect()
}

/// CPython's check that a str method got no keyword arguments.
fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    type_error(format!("str.{name}() takes no keyword arguments"))
}

/// CPython's check of the count of a str method's arguments (after `self`). Methods of
/// no argument or exactly one are named with their type in the message, as CPython's
/// `METH_NOARGS` and `METH_O` methods are.
fn method_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if (min..=max).contains(&given) {
        return Ok(());
    }
    if min == max && max <= 1 {
        return args::method_count(&format!("str.{name}"), args, min, max);
    }
    args::method_count(name, args, min, max)
}

fn this(args: &[Value], method: &str) -> PyResult<&'static StrObj> {
    match args.first().and_then(|v| v.get::<StrObj>()) {
        Some(s) => Ok(s),
        None => type_error(format!(
            "descriptor '{method}' for 'str' objects doesn't apply to a '{}' object",
            args.first().map_or("NoneType", |v| types::type_name(*v))
        )),
    }
}

fn text(args: &[Value], method: &str) -> PyResult<&'static str> {
    Ok(this(args, method)?.as_str())
}

fn new_list(parts: Vec<&str>) -> Value {
    list::from_vec(parts.into_iter().map(pystr::new).collect())
}

fn join(args: &[Value], kw: Kw) -> PyResult {
    no_kw("join", kw)?;
    let sep = this(args, "join")?;
    method_count("join", args, 1, 1)?;
    // A list or tuple is read in place: checking and copying strs runs no Python code.
    if let Some(l) = args[1].get::<list::ListObj>() {
        return join_items(sep, &l.items());
    }
    if let Some(items) = tuple::items(args[1]) {
        return join_items(sep, items);
    }
    let it = iter::iter_reworded(args[1], || Some("can only join an iterable".into()))?;
    join_items(sep, &iter::collect_rooted(it)?)
}

/// The str of item `i` of a join (a str subclass instance gives its str).
fn join_item(i: usize, v: Value) -> PyResult<&'static StrObj> {
    match v
        .get::<StrObj>()
        .or_else(|| crate::objects::builtin_subclass::base_value(v).and_then(|b| b.get::<StrObj>()))
    {
        Some(s) => Ok(s),
        None => type_error(format!(
            "sequence item {i}: expected str instance, {} found",
            types::type_name(v)
        )),
    }
}

/// `sep.join(items)`: the lengths are summed first, so the text is sized once and each
/// byte copied once.
fn join_items(sep: &StrObj, items: &[Value]) -> PyResult {
    // CPython returns a lone exact str item itself.
    if let [item] = items {
        if item.get::<StrObj>().is_some() {
            return Ok(*item);
        }
    }
    let seps = items.len().saturating_sub(1);
    let mut nbytes = seps * sep.nbytes();
    let mut nchars = seps * sep.len();
    for (i, v) in items.iter().enumerate() {
        let s = join_item(i, *v)?;
        nbytes += s.nbytes();
        nchars += s.len();
    }
    let sep = sep.as_str().as_bytes();
    Ok(pystr::build(nbytes, nchars, |out| {
        let mut at = 0;
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                out[at..at + sep.len()].copy_from_slice(sep);
                at += sep.len();
            }
            let text = join_item(i, *v).map_or(&[][..], |s| s.as_str().as_bytes());
            out[at..at + text.len()].copy_from_slice(text);
            at += text.len();
        }
    }))
}

/// The `sep` and `maxsplit` arguments of split / rsplit.
fn split_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(Option<&'static str>, i64)> {
    args::check_kw(name, kw, &["sep", "maxsplit"])?;
    if args.len() > 3 {
        return type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let sep = args.get(1).copied().or(kw.get("sep"));
    let sep = match sep {
        Some(v) if !v.is_none() => {
            let s = pystr::as_str(v).map_or_else(
                || type_error(format!("must be str or None, not {}", types::type_name(v))),
                Ok,
            )?;
            if s.is_empty() {
                return value_error("empty separator");
            }
            Some(s)
        }
        _ => None,
    };
    let maxsplit = match args.get(2).copied().or(kw.get("maxsplit")) {
        Some(v) => args::index_arg(v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split(args: &[Value], kw: Kw) -> PyResult {
    let this = this(args, "split")?;
    let s = this.as_str();
    let (sep, maxsplit) = split_args("split", args, kw)?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => Ok(split_at_sep(this, sep, limit)),
        None if this.is_ascii() => Ok(list::from_vec(split_ascii_whitespace(s, limit))),
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_start_matches(unicode::is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                match rest.find(unicode::is_space) {
                    Some(p) => {
                        parts.push(&rest[..p]);
                        rest = rest[p..].trim_start_matches(unicode::is_space);
                    }
                    None => {
                        parts.push(rest);
                        break;
                    }
                }
            }
            Ok(new_list(parts))
        }
    }
}

/// The character of a one-character text.
fn single_char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    chars.next().filter(|_| chars.as_str().is_empty())
}

/// `this` split at each `sep`, at most `limit` times, as new strs.
fn split_at_sep(this: &StrObj, sep: &str, limit: usize) -> Value {
    let s = this.as_str();
    let ascii = this.is_ascii();
    let piece = |text: &str| {
        if ascii {
            pystr::new_ascii(text)
        } else {
            pystr::new(text)
        }
    };
    let items = if let &[byte] = sep.as_bytes() {
        // A one-byte separator is ASCII, so it never falls inside a character. Counting
        // it first sizes the list once.
        let bytes = s.as_bytes();
        let found = bytes.iter().filter(|&&b| b == byte).count();
        let mut items = Vec::with_capacity(found.min(limit) + 1);
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b == byte {
                if items.len() == limit {
                    break;
                }
                items.push(piece(&s[start..i]));
                start = i + 1;
            }
        }
        items.push(piece(&s[start..]));
        items
    } else {
        s.splitn(limit.saturating_add(1), sep).map(piece).collect()
    };
    list::from_vec(items)
}

/// `split()` of an ASCII text into at most `limit + 1` words, as new strs, byte by byte
/// (the general path decodes characters and asks the Unicode tables).
fn split_ascii_whitespace(s: &str, limit: usize) -> Vec<Value> {
    let bytes = s.as_bytes();
    let mut parts = Vec::new();
    let mut i = 0;
    loop {
        while i < bytes.len() && unicode::is_ascii_space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            return parts;
        }
        if parts.len() == limit {
            parts.push(pystr::new_ascii(&s[i..]));
            return parts;
        }
        let start = i;
        while i < bytes.len() && !unicode::is_ascii_space(bytes[i]) {
            i += 1;
        }
        parts.push(pystr::new_ascii(&s[start..i]));
    }
}

fn rsplit(args: &[Value], kw: Kw) -> PyResult {
    let s = text(args, "rsplit")?;
    let (sep, maxsplit) = split_args("rsplit", args, kw)?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<&str> = match sep {
        Some(sep) => match (single_char(sep), limit == usize::MAX) {
            (Some(c), true) => s.rsplit(c).collect(),
            (Some(c), false) => s.rsplitn(limit + 1, c).collect(),
            (None, true) => s.rsplit(sep).collect(),
            (None, false) => s.rsplitn(limit + 1, sep).collect(),
        },
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_end_matches(unicode::is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                match rest.rfind(unicode::is_space) {
                    Some(p) => {
                        let w = rest[p..].chars().next().map_or(1, char::len_utf8);
                        parts.push(&rest[p + w..]);
                        rest = rest[..p].trim_end_matches(unicode::is_space);
                    }
                    None => {
                        parts.push(rest);
                        break;
                    }
                }
            }
            parts
        }
    };
    parts.reverse();
    Ok(new_list(parts))
}

fn strip_chars(args: &[Value], name: &str) -> PyResult<Option<&'static str>> {
    if args.len() > 2 {
        return type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    match args.get(1) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match pystr::as_str(*v) {
            Some(s) => Ok(Some(s)),
            None => type_error(format!("{name} arg must be None or str")),
        },
    }
}

fn do_strip(args: &[Value], kw: Kw, name: &str, left: bool, right: bool) -> PyResult {
    no_kw(name, kw)?;
    let this = this(args, name)?;
    let s = this.as_str();
    let chars = strip_chars(args, name)?;
    let r = if this.is_ascii() && chars.is_none_or(str::is_ascii) {
        // Every character is one byte: trimmed byte by byte.
        let stripped = |b: u8| match chars {
            Some(set) => set.as_bytes().contains(&b),
            None => unicode::is_ascii_space(b),
        };
        &s[bytes_methods::trimmed(s.as_bytes(), left, right, stripped)]
    } else {
        // An ASCII set is searched byte by byte; it holds no other character.
        let ascii_set = chars.filter(|set| set.is_ascii()).map(str::as_bytes);
        let pred = |c: char| match (ascii_set, chars) {
            (Some(set), _) => c.is_ascii() && set.contains(&(c as u8)),
            (None, Some(set)) => set.chars().any(|member| member == c),
            (None, None) => unicode::is_space(c),
        };
        let mut r = s;
        if left {
            r = r.trim_start_matches(pred);
        }
        if right {
            r = r.trim_end_matches(pred);
        }
        r
    };
    if r.len() == s.len() {
        return Ok(args[0]);
    }
    Ok(if this.is_ascii() {
        pystr::new_ascii(r)
    } else {
        pystr::new(r)
    })
}

fn strip(args: &[Value], kw: Kw) -> PyResult {
    do_strip(args, kw, "strip", true, true)
}

fn lstrip(args: &[Value], kw: Kw) -> PyResult {
    do_strip(args, kw, "lstrip", true, false)
}

fn rstrip(args: &[Value], kw: Kw) -> PyResult {
    do_strip(args, kw, "rstrip", false, true)
}

fn str_arg(v: Value, n: usize, name: &str) -> PyResult<&'static str> {
    match pystr::as_str(v) {
        Some(s) => Ok(s),
        None => type_error(format!(
            "{name}() argument {n} must be str, not {}",
            types::type_name(v)
        )),
    }
}

fn replace(args: &[Value], kw: Kw) -> PyResult {
    no_kw("replace", kw)?;
    let s = text(args, "replace")?;
    if args.len() < 3 || args.len() > 4 {
        return type_error(format!(
            "replace expected at least 2 arguments, got {}",
            args.len() - 1
        ));
    }
    let old = str_arg(args[1], 1, "replace")?;
    let new = str_arg(args[2], 2, "replace")?;
    let count = match args.get(3) {
        Some(v) => args::index_arg(*v)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
            out.push_str(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(pystr::new(&out));
        }
        return Ok(pystr::new(&text_search::replace_all(s, old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if (n as i64) < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if (n as i64) < count {
            out.push_str(new);
        }
        return Ok(pystr::new(&out));
    }
    Ok(pystr::new(&s.replacen(old, new, count as usize)))
}

fn map_text(args: &[Value], kw: Kw, name: &str, f: impl Fn(&str) -> String) -> PyResult {
    no_kw(name, kw)?;
    let s = text(args, name)?;
    method_count(name, args, 0, 0)?;
    Ok(pystr::new(&f(s)))
}

fn upper(args: &[Value], kw: Kw) -> PyResult {
    change_case(args, kw, "upper", true)
}

fn lower(args: &[Value], kw: Kw) -> PyResult {
    change_case(args, kw, "lower", false)
}

/// `upper` or `lower`: an ASCII str is mapped straight into the new str.
fn change_case(args: &[Value], kw: Kw, name: &str, upper: bool) -> PyResult {
    let this = this(args, name)?;
    if !this.is_ascii() {
        let map = if upper {
            unicode::upper
        } else {
            unicode::lower
        };
        return map_text(args, kw, name, map);
    }
    no_kw(name, kw)?;
    method_count(name, args, 0, 0)?;
    Ok(pystr::ascii_case(this.as_str(), upper))
}

fn casefold(args: &[Value], kw: Kw) -> PyResult {
    map_text(args, kw, "casefold", unicode::casefold)
}

fn swapcase(args: &[Value], kw: Kw) -> PyResult {
    map_text(args, kw, "swapcase", unicode::swapcase)
}

fn title(args: &[Value], kw: Kw) -> PyResult {
    map_text(args, kw, "title", unicode::title)
}

fn capitalize(args: &[Value], kw: Kw) -> PyResult {
    map_text(args, kw, "capitalize", unicode::capitalize)
}

/// Converts a code-point range argument pair to a byte range of `s`.
fn char_range(s: &StrObj, args: &[Value]) -> PyResult<Option<(usize, usize)>> {
    let len = s.len() as i64;
    let norm = |v: Value| -> PyResult<i64> {
        if v.is_none() {
            return Ok(i64::MIN);
        }
        let i = args::index_arg(v)?;
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
    };
    let start = match args.first() {
        Some(v) => match norm(*v)? {
            i64::MIN => 0,
            n => n,
        },
        None => 0,
    };
    let end = match args.get(1) {
        Some(v) => match norm(*v)? {
            i64::MIN => len,
            n => n,
        },
        None => len,
    };
    if start > len || start > end {
        return Ok(None);
    }
    let text = s.as_str();
    if s.is_ascii() {
        return Ok(Some((start as usize, end as usize)));
    }
    let b = pystr::byte_offset(text, start as usize);
    let e = pystr::byte_offset(text, end as usize);
    Ok(Some((b, e)))
}

/// Byte offset to code-point index.
fn char_index(s: &StrObj, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s.as_str()[..byte].chars().count()
    }
}

fn affix(args: &[Value], kw: Kw, name: &str, ends: bool) -> PyResult {
    no_kw(name, kw)?;
    let s = this(args, name)?;
    method_count(name, args, 1, 3)?;
    let Some((b, e)) = char_range(s, &args[2..])? else {
        return Ok(bool_value(false));
    };
    let hay = &s.as_str()[b..e];
    let check = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if let Some(p) = pystr::as_str(args[1]) {
        return Ok(bool_value(check(p)));
    }
    if let Some(items) = tuple::items(args[1]) {
        for it in items {
            match pystr::as_str(*it) {
                Some(p) if check(p) => return Ok(bool_value(true)),
                Some(_) => {}
                None => {
                    return type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        types::type_name(*it)
                    ))
                }
            }
        }
        return Ok(bool_value(false));
    }
    type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        types::type_name(args[1])
    ))
}

fn startswith(args: &[Value], kw: Kw) -> PyResult {
    affix(args, kw, "startswith", false)
}

fn endswith(args: &[Value], kw: Kw) -> PyResult {
    affix(args, kw, "endswith", true)
}

/// The receiver, the needle and the byte range to search (None: an empty range).
type Search = (&'static StrObj, &'static str, Option<(usize, usize)>);

/// Shared by find / rfind / index / rindex / count: the receiver, needle and byte range.
fn search_args(args: &[Value], kw: Kw, name: &str) -> PyResult<Search> {
    no_kw(name, kw)?;
    let s = this(args, name)?;
    method_count(name, args, 1, 3)?;
    let needle = match pystr::as_str(args[1]) {
        Some(n) => n,
        None => return type_error(format!("must be str, not {}", types::type_name(args[1]))),
    };
    Ok((s, needle, char_range(s, &args[2..])?))
}

fn search(args: &[Value], kw: Kw, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (s, needle, range) = search_args(args, kw, name)?;
    let Some((b, e)) = range else {
        return Ok(None);
    };
    let hay = &s.as_str()[b..e];
    let found = if reverse {
        text_search::rfind(hay, needle)
    } else {
        text_search::find(hay, needle)
    };
    Ok(found.map(|p| char_index(s, b + p)))
}

fn find(args: &[Value], kw: Kw) -> PyResult {
    Ok(search(args, kw, "find", false)?.map_or(Value::small(-1), |i| int::from_u64(i as u64)))
}

fn rfind(args: &[Value], kw: Kw) -> PyResult {
    Ok(search(args, kw, "rfind", true)?.map_or(Value::small(-1), |i| int::from_u64(i as u64)))
}

fn index(args: &[Value], kw: Kw) -> PyResult {
    match search(args, kw, "index", false)? {
        Some(i) => Ok(int::from_u64(i as u64)),
        None => value_error("substring not found"),
    }
}

fn rindex(args: &[Value], kw: Kw) -> PyResult {
    match search(args, kw, "rindex", true)? {
        Some(i) => Ok(int::from_u64(i as u64)),
        None => value_error("substring not found"),
    }
}

fn count(args: &[Value], kw: Kw) -> PyResult {
    let (s, needle, range) = search_args(args, kw, "count")?;
    let Some((b, e)) = range else {
        return Ok(Value::small(0));
    };
    let hay = &s.as_str()[b..e];
    let n = if needle.is_empty() {
        hay.chars().count() + 1
    } else {
        text_search::count(hay, needle)
    };
    Ok(int::from_u64(n as u64))
}

fn predicate(args: &[Value], kw: Kw, name: &str, f: impl Fn(&StrObj) -> bool) -> PyResult {
    no_kw(name, kw)?;
    let s = this(args, name)?;
    method_count(name, args, 0, 0)?;
    Ok(bool_value(f(s)))
}

/// Whether `s` is not empty and each of its characters passes: `ascii` tests the bytes of
/// an ASCII str (each a character), `f` the characters of any other.
fn all_chars(s: &StrObj, ascii: fn(&u8) -> bool, f: fn(char) -> bool) -> bool {
    let text = s.as_str();
    !text.is_empty()
        && if s.is_ascii() {
            text.as_bytes().iter().all(ascii)
        } else {
            text.chars().all(f)
        }
}

fn isdigit(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isdigit", |s| {
        all_chars(s, u8::is_ascii_digit, unicode::is_digit)
    })
}

fn isdecimal(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isdecimal", |s| {
        all_chars(s, u8::is_ascii_digit, unicode::is_decimal)
    })
}

fn isnumeric(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isnumeric", |s| {
        all_chars(s, u8::is_ascii_digit, unicode::is_numeric)
    })
}

fn isalpha(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isalpha", |s| {
        all_chars(s, u8::is_ascii_alphabetic, unicode::is_alpha)
    })
}

fn isalnum(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isalnum", |s| {
        all_chars(s, u8::is_ascii_alphanumeric, unicode::is_alnum)
    })
}

fn isspace(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isspace", |s| {
        all_chars(s, |&b| unicode::is_ascii_space(b), unicode::is_space)
    })
}

fn isupper(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isupper", |s| unicode::is_uppered(s.as_str()))
}

fn islower(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "islower", |s| unicode::is_lowered(s.as_str()))
}

fn istitle(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "istitle", |s| unicode::is_titled(s.as_str()))
}

fn isidentifier(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isidentifier", |s| {
        unicode::is_identifier(s.as_str())
    })
}

fn isascii(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isascii", |s| s.is_ascii())
}

fn isprintable(args: &[Value], kw: Kw) -> PyResult {
    predicate(args, kw, "isprintable", |s| {
        s.as_str().chars().all(pystr::is_printable)
    })
}

/// width and fill arguments of center / ljust / rjust.
fn pad_args(args: &[Value], name: &str) -> PyResult<(&'static StrObj, usize, char)> {
    let s = this(args, name)?;
    if args.len() < 2 || args.len() > 3 {
        let given = args.len() - 1;
        return type_error(if given == 0 {
            format!("{name} expected at least 1 argument, got 0")
        } else {
            format!("{name} expected at most 2 arguments, got {given}")
        });
    }
    let width = args::index_arg(args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        Some(v) => {
            let f = pystr::as_str(*v).unwrap_or("");
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return type_error("The fill character must be exactly one character long"),
            }
        }
        None => ' ',
    };
    Ok((s, width, fill))
}

fn pad(s: &StrObj, left: usize, right: usize, fill: char) -> Value {
    let mut out = String::with_capacity(s.as_str().len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    pystr::new(&out)
}

fn center(args: &[Value], kw: Kw) -> PyResult {
    no_kw("center", kw)?;
    let (s, width, fill) = pad_args(args, "center")?;
    let len = s.len();
    if width <= len {
        return Ok(args[0]);
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    Ok(pad(s, left, marg - left, fill))
}

fn ljust(args: &[Value], kw: Kw) -> PyResult {
    no_kw("ljust", kw)?;
    let (s, width, fill) = pad_args(args, "ljust")?;
    Ok(pad(s, 0, width.saturating_sub(s.len()), fill))
}

fn rjust(args: &[Value], kw: Kw) -> PyResult {
    no_kw("rjust", kw)?;
    let (s, width, fill) = pad_args(args, "rjust")?;
    Ok(pad(s, width.saturating_sub(s.len()), 0, fill))
}

fn zfill(args: &[Value], kw: Kw) -> PyResult {
    no_kw("zfill", kw)?;
    let s = this(args, "zfill")?;
    method_count("zfill", args, 1, 1)?;
    let width = args::index_arg(args[1])?.max(0) as usize;
    let len = s.len();
    if width <= len {
        return Ok(args[0]);
    }
    let text = s.as_str();
    let zeros = "0".repeat(width - len);
    let out = match text.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &text[1..]),
        _ => format!("{zeros}{text}"),
    };
    Ok(pystr::new(&out))
}

fn splitlines(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("splitlines", kw, &["keepends"])?;
    let s = text(args, "splitlines")?;
    let keep = match args.get(1).copied().or(kw.get("keepends")) {
        Some(v) => crate::protocols::ops::truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        parts.push(if keep { &s[start..end] } else { &s[start..i] });
        start = end;
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    Ok(new_list(parts))
}

fn partition_impl(args: &[Value], kw: Kw, name: &str, reverse: bool) -> PyResult {
    no_kw(name, kw)?;
    let s = text(args, name)?;
    method_count(name, args, 1, 1)?;
    let sep = match pystr::as_str(args[1]) {
        Some(p) => p,
        None => return type_error(format!("must be str, not {}", types::type_name(args[1]))),
    };
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let found = if reverse {
        text_search::rfind(s, sep)
    } else {
        text_search::find(s, sep)
    };
    let parts = match found {
        Some(p) => [&s[..p], sep, &s[p + sep.len()..]],
        None if reverse => ["", "", s],
        None => [s, "", ""],
    };
    Ok(tuple::new(&parts.map(pystr::new)))
}

fn partition(args: &[Value], kw: Kw) -> PyResult {
    partition_impl(args, kw, "partition", false)
}

fn rpartition(args: &[Value], kw: Kw) -> PyResult {
    partition_impl(args, kw, "rpartition", true)
}

fn removeprefix(args: &[Value], kw: Kw) -> PyResult {
    no_kw("removeprefix", kw)?;
    let s = text(args, "removeprefix")?;
    method_count("removeprefix", args, 1, 1)?;
    let p = str_arg(args[1], 1, "removeprefix")?;
    Ok(s.strip_prefix(p).map_or(args[0], pystr::new))
}

fn removesuffix(args: &[Value], kw: Kw) -> PyResult {
    no_kw("removesuffix", kw)?;
    let s = text(args, "removesuffix")?;
    method_count("removesuffix", args, 1, 1)?;
    let p = str_arg(args[1], 1, "removesuffix")?;
    Ok(s.strip_suffix(p).map_or(args[0], pystr::new))
}

fn expandtabs(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("expandtabs", kw, &["tabsize"])?;
    let s = text(args, "expandtabs")?;
    let size = match args.get(1).copied().or(kw.get("tabsize")) {
        Some(v) => args::index_arg(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(pystr::new(&out))
}

fn encode(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("encode", kw, &["encoding", "errors"])?;
    let s = text(args, "encode")?;
    method_count("encode", args, 0, 2)?;
    let encoding = args.get(1).copied().or(kw.get("encoding"));
    let errors = args.get(2).copied().or(kw.get("errors"));
    let data = crate::objects::codecs::encode(args[0], s, encoding, errors)?;
    Ok(crate::objects::bytes::new(&data))
}

fn format_map(args: &[Value], kw: Kw) -> PyResult {
    no_kw("format_map", kw)?;
    let s = text(args, "format_map")?;
    method_count("format_map", args, 1, 1)?;
    Ok(pystr::new(&formatting::str_format_map(s, args[1])?))
}

/// `str.maketrans(x[, y[, z]])` (a static method: `args` has no receiver).
fn maketrans(args: &[Value], kw: Kw) -> PyResult {
    no_kw("maketrans", kw)?;
    args::count("maketrans", args, 1, 3)?;
    let table = dict::new();
    let Some(t) = table.get::<DictObj>() else {
        return Ok(table);
    };
    if args.len() == 1 {
        let Some(d) = args[0].get::<DictObj>() else {
            return type_error("if you give only one argument to maketrans it must be a dict");
        };
        for (k, v) in d.items() {
            let key = if let Some(ks) = pystr::as_str(k) {
                let mut cs = ks.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => int::from_i64(c as i64),
                    _ => return value_error("string keys in translate table must be of length 1"),
                }
            } else if int::is_int(k) {
                k
            } else {
                return type_error("keys in translate table must be strings or integers");
            };
            t.set(key, v)?;
        }
        return Ok(table);
    }
    let Some(x) = pystr::as_str(args[0]) else {
        return type_error(
            "first maketrans argument must be a string if there is a second argument",
        );
    };
    let text_arg = |i: usize| match pystr::as_str(args[i]) {
        Some(s) => Ok(s),
        None => type_error(format!(
            "maketrans() argument {} must be str, not {}",
            i + 1,
            types::type_name(args[i])
        )),
    };
    let y = text_arg(1)?;
    if x.chars().count() != y.chars().count() {
        return value_error("the first two maketrans arguments must have equal length");
    }
    for (a, b) in x.chars().zip(y.chars()) {
        t.set(int::from_i64(a as i64), int::from_i64(b as i64))?;
    }
    if args.len() == 3 {
        for c in text_arg(2)?.chars() {
            t.set(int::from_i64(c as i64), crate::objects::value::none())?;
        }
    }
    Ok(table)
}

/// `str.translate(table)`: each character's code point looked up in `table`; a missing
/// entry (LookupError) keeps the character, None deletes it.
fn translate(args: &[Value], kw: Kw) -> PyResult {
    no_kw("translate", kw)?;
    let s = text(args, "translate")?;
    method_count("translate", args, 1, 1)?;
    let table = args[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match crate::protocols::item::getitem(table, int::from_i64(c as i64)) {
            Ok(v) => v,
            Err(e) => {
                if crate::objects::exceptions::pending_matches(
                    crate::objects::exceptions::ExcKind::LookupError,
                ) {
                    crate::objects::exceptions::take_pending();
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        if mapped.is_none() {
            continue;
        }
        if let Some(t) = pystr::as_str(mapped) {
            out.push_str(t);
            continue;
        }
        match int::as_int(mapped).map(|i| i.to_i64()) {
            Some(Some(n)) if (0..0x110000).contains(&n) => {
                out.push(char::from_u32(n as u32).unwrap_or('\u{fffd}'));
            }
            Some(_) => return value_error("character mapping must be in range(0x110000)"),
            None => return type_error("character mapping must return integer, None or str"),
        }
    }
    Ok(pystr::new(&out))
}
