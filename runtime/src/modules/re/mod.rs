//! `_sre`: the native core of `re` (the Python front end is `lib/re.py`). Its interface is
//! closc's own, smaller than CPython's `_sre`: `compile` parses a pattern into a program
//! kept here and returns its number; `match` and `scan` run a program over a str or a
//! bytes-like object and return spans as tuples of ints, from which `re.py` builds its
//! Match objects.
//!
//! Programs hold no Python values, so the collector needs nothing from this module; each
//! distinct (pattern, flags) is compiled once and kept for the life of the process (as
//! `re.purge` cannot free what a live Pattern may still use, nothing is ever dropped).

mod engine;
mod parser;

use super::builtin;
use crate::objects::bytes;
use crate::objects::exceptions::{raise, type_error, ExcKind};
use crate::objects::list;
use crate::objects::str::{self as pystr, StrObj};
use crate::objects::tuple;
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use engine::{Found, Mode, Program};
use parser::ParseFailure;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A compiled pattern's identity: whether it is a str pattern, its code points, its flags.
type PatternKey = (bool, Vec<u32>, u32);

#[derive(Default)]
struct Registry {
    programs: Vec<Rc<Program>>,
    by_pattern: HashMap<PatternKey, usize>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
    /// The last non-ASCII str subject with its code points: a scanner calling
    /// `match(text, pos)` in a loop then converts its text once, not once per token.
    static LAST_SUBJECT: RefCell<Option<(Value, Rc<Vec<u32>>)>> = const { RefCell::new(None) };
}

/// The cached subject, for the collector (kept alive, its address cannot be reused by
/// another str while the cache names it).
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    LAST_SUBJECT.with(|c| {
        if let Some((v, _)) = &*c.borrow() {
            visit(*v)
        }
    });
}

/// The code points of a str pattern, or the bytes of a bytes-like one (None otherwise).
fn pattern_text(v: Value) -> PyResult<Option<(bool, Vec<u32>)>> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(Some((true, s.chars().map(|c| c as u32).collect())));
    }
    Ok(bytes::buffer(v)?.map(|b| (false, b.iter().map(|&b| b as u32).collect())))
}

/// `compile(pattern, flags)`: `(number, flags, groups, ((name, index), ...))`, or
/// `(message, position)` for a bad pattern (position None when CPython gives none).
fn sre_compile(a: &[Value], kw: Kw) -> PyResult {
    args::no_kw("compile", kw)?;
    args::count("compile", a, 2, 2)?;
    let Some((is_str, text)) = pattern_text(a[0])? else {
        return type_error("first argument must be string or compiled pattern");
    };
    let flags = args::index_arg(a[1])? as u32;
    let key = (is_str, text, flags);
    let known = REGISTRY.with(|r| r.borrow().by_pattern.get(&key).copied());
    let (id, program) = match known {
        Some(id) => (id, REGISTRY.with(|r| r.borrow().programs[id].clone())),
        None => {
            let parsed = match parser::parse(&key.1, is_str, flags) {
                Ok(p) => p,
                Err(ParseFailure::Overflow) => {
                    return raise(ExcKind::OverflowError, "the repetition number is too large")
                }
                Err(ParseFailure::Error(e)) => {
                    let pos = e.pos.map_or_else(none, |p| Value::small(p as i64));
                    return Ok(tuple::new(&[pystr::new(&e.msg), pos]));
                }
            };
            let program = Rc::new(engine::compile(parsed));
            REGISTRY.with(|r| {
                let mut r = r.borrow_mut();
                let id = r.programs.len();
                r.programs.push(program.clone());
                r.by_pattern.insert(key, id);
                (id, program)
            })
        }
    };
    let names: Vec<Value> = program
        .names
        .iter()
        .map(|(n, g)| tuple::new(&[pystr::new(n), Value::small(*g as i64)]))
        .collect();
    Ok(tuple::new(&[
        Value::small(id as i64),
        Value::small(program.flags as i64),
        Value::small(program.groups as i64 - 1),
        tuple::new(&names),
    ]))
}

fn program(v: Value) -> PyResult<Rc<Program>> {
    let id = args::index_arg(v)?;
    match REGISTRY.with(|r| r.borrow().programs.get(id as usize).cloned()) {
        Some(p) => Ok(p),
        None => type_error("not a compiled pattern"),
    }
}

/// A match as a tuple: each group's start and end (-1 when it did not take part), then
/// `lastindex` (None when no group matched).
fn found_tuple(found: &Found) -> Value {
    let mut items: Vec<Value> = found
        .spans
        .iter()
        .map(|&p| Value::small(if p == usize::MAX { -1 } else { p as i64 }))
        .collect();
    items.push(if found.lastindex == 0 {
        none()
    } else {
        Value::small(found.lastindex as i64)
    });
    tuple::new(&items)
}

/// The subject text in the form the engine reads: a byte slice (bytes-like objects and
/// ASCII strs, whose byte offsets are their indices) or code points.
enum Subject {
    Bytes(bytes::Buf),
    Ascii(&'static [u8]),
    CodePoints(Rc<Vec<u32>>),
}

fn subject(v: Value) -> PyResult<Subject> {
    if let Some(s) = v.get::<StrObj>() {
        let text = s.as_str();
        if s.is_ascii() {
            return Ok(Subject::Ascii(text.as_bytes()));
        }
        let cached = LAST_SUBJECT.with(|c| match &*c.borrow() {
            Some((last, points)) if *last == v => Some(points.clone()),
            _ => None,
        });
        let points = cached.unwrap_or_else(|| {
            let points = Rc::new(text.chars().map(|c| c as u32).collect::<Vec<u32>>());
            LAST_SUBJECT.with(|c| *c.borrow_mut() = Some((v, points.clone())));
            points
        });
        return Ok(Subject::CodePoints(points));
    }
    match bytes::buffer(v)? {
        Some(b) => Ok(Subject::Bytes(b)),
        None => type_error(format!(
            "expected string or bytes-like object, got '{}'",
            args::given_type(v)
        )),
    }
}

/// A `pos` or `endpos` argument, clamped to the subject as CPython clamps it.
fn clamp(v: Value, len: usize) -> PyResult<usize> {
    let n = args::index_arg(v)?;
    Ok(n.clamp(0, len as i64) as usize)
}

macro_rules! on_subject {
    ($subject:expr, |$text:ident| $body:expr) => {
        match &$subject {
            Subject::Bytes(b) => {
                let $text: &[u8] = b;
                $body
            }
            Subject::Ascii(b) => {
                let $text: &[u8] = b;
                $body
            }
            Subject::CodePoints(c) => {
                let $text: &[u32] = c.as_slice();
                $body
            }
        }
    };
}

fn subject_len(s: &Subject) -> usize {
    on_subject!(s, |text| text.len())
}

/// `match(program, string, pos, endpos, mode)`: mode 0 match, 1 fullmatch, 2 search; a
/// match tuple or None.
fn sre_match(a: &[Value], kw: Kw) -> PyResult {
    args::no_kw("match", kw)?;
    args::count("match", a, 5, 5)?;
    let prog = program(a[0])?;
    let subject = subject(a[1])?;
    let len = subject_len(&subject);
    let pos = clamp(a[2], len)?;
    let end = clamp(a[3], len)?;
    let mode = match args::index_arg(a[4])? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    if pos > end {
        return Ok(none());
    }
    let found = on_subject!(subject, |text| engine::find(&prog, text, pos, end, mode));
    Ok(found.as_ref().map_or_else(none, found_tuple))
}

/// `scan(program, string, pos, endpos, limit)`: the list of successive match tuples (at
/// most `limit` unless it is 0).
fn sre_scan(a: &[Value], kw: Kw) -> PyResult {
    args::no_kw("scan", kw)?;
    args::count("scan", a, 5, 5)?;
    let prog = program(a[0])?;
    let subject = subject(a[1])?;
    let len = subject_len(&subject);
    let pos = clamp(a[2], len)?;
    let end = clamp(a[3], len)?;
    let limit = args::index_arg(a[4])?.max(0) as usize;
    if pos > end {
        return Ok(list::new(&[]));
    }
    let found = on_subject!(subject, |text| engine::scan(&prog, text, pos, end, limit));
    Ok(list::from_vec(found.iter().map(found_tuple).collect()))
}

/// Text being assembled from pieces of a subject (a str or a bytes result).
enum Output {
    Text(String),
    Bytes(Vec<u8>),
}

impl Output {
    fn for_subject(subject: &Subject) -> Output {
        match subject {
            Subject::Bytes(_) => Output::Bytes(Vec::new()),
            _ => Output::Text(String::new()),
        }
    }

    /// Appends `subject[start..end]`.
    fn push_slice(&mut self, subject: &Subject, start: usize, end: usize) {
        match (self, subject) {
            (Output::Bytes(out), Subject::Bytes(b)) => out.extend_from_slice(&b[start..end]),
            (Output::Text(out), Subject::Ascii(b)) => {
                out.extend(b[start..end].iter().map(|&c| c as char))
            }
            (Output::Text(out), Subject::CodePoints(c)) => {
                out.extend(c[start..end].iter().filter_map(|&c| char::from_u32(c)))
            }
            _ => unreachable!("output kind follows the subject"),
        }
    }

    /// Appends a literal of the replacement template (a str, or a bytes object).
    fn push_value(&mut self, v: Value) {
        match self {
            Output::Text(out) => out.push_str(pystr::as_str(v).unwrap_or("")),
            Output::Bytes(out) => out.extend_from_slice(bytes::as_bytes(v).unwrap_or(&[])),
        }
    }

    fn into_value(self) -> Value {
        match self {
            Output::Text(s) => pystr::new(&s),
            Output::Bytes(b) => bytes::new(&b),
        }
    }
}

/// `subject[start..end]` as a str or bytes object (None for a group that did not match).
fn slice_value(subject: &Subject, start: usize, end: usize) -> Value {
    if start == usize::MAX {
        return none();
    }
    let mut out = Output::for_subject(subject);
    out.push_slice(subject, start, end);
    out.into_value()
}

/// `findall(program, string, pos, endpos)`: the whole matches, the only group's values, or
/// tuples of every group's (an unmatched group gives an empty string).
fn sre_findall(a: &[Value], kw: Kw) -> PyResult {
    args::no_kw("findall", kw)?;
    args::count("findall", a, 4, 4)?;
    let prog = program(a[0])?;
    let subject = subject(a[1])?;
    let len = subject_len(&subject);
    let pos = clamp(a[2], len)?;
    let end = clamp(a[3], len)?;
    if pos > end {
        return Ok(list::new(&[]));
    }
    let found = on_subject!(subject, |text| engine::scan(&prog, text, pos, end, 0));
    let group = |f: &Found, g: usize| {
        let (s, e) = (f.spans[2 * g], f.spans[2 * g + 1]);
        if s == usize::MAX {
            slice_value(&subject, 0, 0)
        } else {
            slice_value(&subject, s, e)
        }
    };
    let groups = prog.groups - 1;
    let items = found
        .iter()
        .map(|f| match groups {
            0 => group(f, 0),
            1 => group(f, 1),
            _ => {
                let values: Vec<Value> = (1..=groups).map(|g| group(f, g)).collect();
                tuple::new(&values)
            }
        })
        .collect();
    Ok(list::from_vec(items))
}

/// `split(program, string, maxsplit)`: the pieces between matches, each match's groups
/// between them (None for unmatched groups).
fn sre_split(a: &[Value], kw: Kw) -> PyResult {
    args::no_kw("split", kw)?;
    args::count("split", a, 3, 3)?;
    let prog = program(a[0])?;
    let subject = subject(a[1])?;
    let len = subject_len(&subject);
    let limit = args::index_arg(a[2])?.max(0) as usize;
    let found = on_subject!(subject, |text| engine::scan(&prog, text, 0, len, limit));
    let mut pieces = Vec::new();
    let mut last = 0;
    for f in &found {
        pieces.push(slice_value(&subject, last, f.spans[0]));
        for g in 1..prog.groups {
            pieces.push(slice_value(&subject, f.spans[2 * g], f.spans[2 * g + 1]));
        }
        last = f.spans[1];
    }
    pieces.push(slice_value(&subject, last, len));
    Ok(list::from_vec(pieces))
}

/// `sub(program, string, template, count)`: `(result, number of replacements)`, where the
/// template is a sequence of literals and group numbers (an unmatched group adds nothing).
fn sre_sub(a: &[Value], kw: Kw) -> PyResult {
    args::no_kw("sub", kw)?;
    args::count("sub", a, 4, 4)?;
    let prog = program(a[0])?;
    let subject = subject(a[1])?;
    let template = crate::protocols::iter::collect(a[2])?;
    let len = subject_len(&subject);
    let limit = args::index_arg(a[3])?.max(0) as usize;
    let found = on_subject!(subject, |text| engine::scan(&prog, text, 0, len, limit));
    let mut out = Output::for_subject(&subject);
    let mut last = 0;
    for f in &found {
        out.push_slice(&subject, last, f.spans[0]);
        for &item in &template {
            if item.is_small() {
                let g = item.small_value() as usize;
                let (s, e) = (f.spans[2 * g], f.spans[2 * g + 1]);
                if s != usize::MAX {
                    out.push_slice(&subject, s, e);
                }
            } else {
                out.push_value(item);
            }
        }
        last = f.spans[1];
    }
    out.push_slice(&subject, last, len);
    Ok(tuple::new(&[
        out.into_value(),
        Value::small(found.len() as i64),
    ]))
}

/// `slice(string, start, end)`: `string[start:end]` for a str subject, from the cached
/// code points when it is not ASCII (slicing a long non-ASCII str by index walks it from
/// the start; a scanner taking each token's text would be quadratic).
fn sre_slice(a: &[Value], kw: Kw) -> PyResult {
    args::no_kw("slice", kw)?;
    args::count("slice", a, 3, 3)?;
    let subject = subject(a[0])?;
    let len = subject_len(&subject);
    let start = clamp(a[1], len)?;
    let end = clamp(a[2], len)?.max(start);
    Ok(slice_value(&subject, start, end))
}

pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        builtin("slice", sre_slice),
        builtin("compile", sre_compile),
        builtin("match", sre_match),
        builtin("scan", sre_scan),
        builtin("findall", sre_findall),
        builtin("split", sre_split),
        builtin("sub", sre_sub),
    ]
}
