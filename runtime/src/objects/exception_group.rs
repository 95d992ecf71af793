//! Exception groups (PEP 654): `BaseExceptionGroup` and `ExceptionGroup`, their `split`,
//! `subgroup` and `derive`, and the two run-time steps of `except*`: matching one clause
//! (CPython's `CHECK_EG_MATCH`) and making what the statement raises once its clauses have
//! run (`PREP_RERAISE_STAR`).

use crate::objects::class::{self, ClassObj, Layout};
use crate::objects::exceptions::{self, type_error, value_error, ExcKind, ExceptionObj};
use crate::objects::list::{self, ListObj};
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{none, Kind, PyResult, Value};
use crate::protocols::call::{self, Kw};
use crate::protocols::{iter, ops};

/// True for instances of `BaseExceptionGroup` (and so of its subclasses).
pub fn is_group(v: Value) -> bool {
    exceptions::is_exception(v)
        && class::is_subclass(
            types::type_of(v),
            types::exc_class(ExcKind::BaseExceptionGroup),
        )
}

/// A group's `message` and `exceptions` (a tuple); None and `()` for a group whose
/// `__new__` never ran.
pub fn parts(group: Value) -> (Value, &'static [Value]) {
    let parts = group
        .get::<ExceptionObj>()
        .and_then(|e| tuple::items(e.group.get()));
    match parts {
        Some([message, exceptions]) => (*message, tuple::items(*exceptions).unwrap_or(&[])),
        _ => (none(), &[]),
    }
}

/// Whether CPython's `PySequence_Check` holds: what may be given as a group's exceptions.
fn is_sequence(v: Value) -> bool {
    if !v.is_object() {
        return false;
    }
    match v.kind() {
        Kind::List | Kind::Tuple | Kind::Range | Kind::Str | Kind::Bytes | Kind::ByteArray => true,
        Kind::Instance => {
            let cls = types::type_of(v);
            !class::is_subclass(cls, types::class_of(types::TypeId::Dict))
                && cls
                    .get::<ClassObj>()
                    .is_some_and(|c| c.lookup(pystr::intern("__getitem__")).is_some())
        }
        _ => false,
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: `BaseExceptionGroup` itself
/// makes an `ExceptionGroup` when every exception is an `Exception`.
pub fn group_new(args: &[Value], _kw: Kw) -> PyResult {
    let cls = match args.first() {
        Some(&c)
            if c.get::<ClassObj>()
                .is_some_and(|c| c.layout == Layout::Exception) =>
        {
            c
        }
        _ => return type_error("BaseExceptionGroup.__new__(X): X is not a type object"),
    };
    let [message, excs] = args[1..] else {
        return type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len() - 1
        ));
    };
    if message.kind() != Kind::Str {
        return type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            types::type_name(message)
        ));
    }
    if !is_sequence(excs) {
        return type_error("second argument (exceptions) must be a sequence");
    }
    let items = iter::collect(excs)?;
    if items.is_empty() {
        return value_error("second argument (exceptions) must be a non-empty sequence");
    }
    let exception = types::exc_class(ExcKind::Exception);
    let mut nests_base_exceptions = false;
    for (i, &item) in items.iter().enumerate() {
        if !exceptions::is_exception(item) {
            return value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            ));
        }
        nests_base_exceptions |= !class::is_instance(item, exception);
    }
    let exception_group = types::exc_class(ExcKind::ExceptionGroup);
    let mut made = cls;
    if cls == types::exc_class(ExcKind::BaseExceptionGroup) {
        if !nests_base_exceptions {
            made = exception_group;
        }
    } else if nests_base_exceptions && class::is_subclass(cls, exception) {
        return type_error(if cls == exception_group {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!(
                "Cannot nest BaseExceptions in '{}'",
                class::display_name(cls)
            )
        });
    }
    let group = exceptions::new_instance(made, tuple::new(&args[1..]));
    if let Some(e) = group.get::<ExceptionObj>() {
        e.group.set(tuple::new(&[message, tuple::new(&items)]));
    }
    Ok(group)
}

fn group_self(args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&g) if is_group(g) => Ok(g),
        _ => type_error(format!(
            "descriptor '{method}' requires a 'BaseExceptionGroup' object"
        )),
    }
}

/// `BaseExceptionGroup.__init__`: `BaseException.__init__` without keywords.
pub fn group_init(args: &[Value], kw: Kw) -> PyResult {
    let group = group_self(args, "__init__")?;
    if !kw.is_empty() {
        return type_error(format!(
            "{}() takes no keyword arguments",
            types::type_name(group)
        ));
    }
    if let Some(e) = group.get::<ExceptionObj>() {
        e.args.set(tuple::new(&args[1..]));
    }
    Ok(none())
}

/// `str(group)`: `message (n sub-exceptions)`.
pub fn group_str(args: &[Value], _kw: Kw) -> PyResult {
    let group = group_self(args, "__str__")?;
    let (message, excs) = parts(group);
    let s = if excs.len() == 1 { "" } else { "s" };
    let message = ops::str_string(message)?;
    Ok(pystr::new(&format!(
        "{message} ({} sub-exception{s})",
        excs.len()
    )))
}

/// `group.derive(excs)`: a group of the same message with other exceptions (what `split`
/// and `subgroup` build their parts with; subclasses override it).
pub fn group_derive(args: &[Value], kw: Kw) -> PyResult {
    let group = group_self(args, "derive")?;
    crate::protocols::args::no_kw("derive", kw)?;
    crate::protocols::args::method_count("BaseExceptionGroup.derive", args, 1, 1)?;
    let (message, _) = parts(group);
    let base = types::exc_class(ExcKind::BaseExceptionGroup);
    call::call(base, &[message, args[1]], Kw::NONE)
}

/// `group.split(condition)`: `(match, rest)`, each a group or None.
pub fn group_split(args: &[Value], kw: Kw) -> PyResult {
    let (group, matcher) = condition_args(args, kw, "split")?;
    let (matched, rest) = split(group, &matcher, true)?;
    Ok(tuple::new(&[
        matched.unwrap_or_else(none),
        rest.unwrap_or_else(none),
    ]))
}

/// `group.subgroup(condition)`: the matching part, a group or None.
pub fn group_subgroup(args: &[Value], kw: Kw) -> PyResult {
    let (group, matcher) = condition_args(args, kw, "subgroup")?;
    let (matched, _) = split(group, &matcher, false)?;
    Ok(matched.unwrap_or_else(none))
}

/// `ExceptionGroup[...]`: a generic alias.
pub fn group_class_getitem(args: &[Value], _kw: Kw) -> PyResult {
    match args {
        [cls, item] => Ok(crate::objects::generic_alias::new_alias(*cls, *item)),
        _ => type_error("__class_getitem__ takes exactly one argument"),
    }
}

fn condition_args(args: &[Value], kw: Kw, method: &str) -> PyResult<(Value, Matcher)> {
    let group = group_self(args, method)?;
    crate::protocols::args::no_kw(method, kw)?;
    crate::protocols::args::method_count(&format!("BaseExceptionGroup.{method}"), args, 1, 1)?;
    Ok((group, Matcher::from_condition(args[1])?))
}

/// What `split` tests the exceptions of a group with.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A function of the exception.
    Predicate(Value),
    /// The exceptions themselves (not groups), by identity.
    Leaves(Vec<Value>),
}

fn is_exception_class(v: Value) -> bool {
    v.get::<ClassObj>()
        .is_some_and(|c| c.layout == Layout::Exception)
}

impl Matcher {
    fn from_condition(condition: Value) -> PyResult<Matcher> {
        if call::is_callable(condition) && condition.get::<ClassObj>().is_none() {
            return Ok(Matcher::Predicate(condition));
        }
        let is_type = is_exception_class(condition)
            || tuple::items(condition)
                .is_some_and(|items| items.iter().all(|&c| is_exception_class(c)));
        if !is_type {
            return type_error("expected a function, exception type or tuple of exception types");
        }
        Ok(Matcher::Type(condition))
    }

    fn matches(&self, exc: Value) -> PyResult<bool> {
        match self {
            Matcher::Type(classes) => exceptions::matches(exc, *classes),
            Matcher::Predicate(f) => ops::truthy(call::call(*f, &[exc], Kw::NONE)?),
            Matcher::Leaves(leaves) => Ok(!is_group(exc) && leaves.contains(&exc)),
        }
    }
}

/// CPython's `exceptiongroup_split_recursive`: the part of `exc` that matches and, when
/// `with_rest`, the part that does not; a group that matches as a whole is kept whole.
fn split(
    exc: Value,
    matcher: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matcher.matches(exc)? {
        return Ok((Some(exc), None));
    }
    if !is_group(exc) {
        return Ok((None, with_rest.then_some(exc)));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for &e in parts(exc).1 {
        let (m, r) = split(e, matcher, with_rest)?;
        matched.extend(m);
        rest.extend(r);
    }
    let matched = subset(exc, &matched)?;
    let rest = if with_rest { subset(exc, &rest)? } else { None };
    Ok((matched, rest))
}

/// A group like `orig` (its `derive`, with its traceback, cause, context and a copy of its
/// notes) holding `excs`; None when `excs` is empty.
fn subset(orig: Value, excs: &[Value]) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derived = call::call_method(orig, pystr::intern("derive"), &[list::new(excs)], Kw::NONE)?;
    if !is_group(derived) {
        return type_error("derive must return an instance of BaseExceptionGroup");
    }
    let (Some(from), Some(to)) = (orig.get::<ExceptionObj>(), derived.get::<ExceptionObj>()) else {
        return Ok(Some(derived));
    };
    to.traceback
        .set(match from.traceback.get().get::<ListObj>() {
            Some(frames) => list::new(&frames.snapshot()),
            None => Value::NULL,
        });
    to.context.set(from.context.get());
    to.cause.set(from.cause.get());
    let notes_key = pystr::intern("__notes__");
    if let Some(notes) = class::own_attr(orig, notes_key) {
        let copy = match notes.get::<ListObj>() {
            Some(l) => Some(l.snapshot()),
            None => tuple::items(notes).map(<[Value]>::to_vec),
        };
        if let Some(copy) = copy {
            class::store_own_attr(derived, notes_key, list::new(&copy))?;
        }
    }
    Ok(Some(derived))
}

/// One `except* classes:` clause given the exception still unhandled (`exc`, or None
/// once handled): the `(match, rest)` pair. A matching exception that is not a group comes
/// wrapped in one.
pub fn except_star_match(exc: Value, classes: Value) -> PyResult {
    let items = exceptions::catchable(&classes)?;
    let group_class = types::exc_class(ExcKind::BaseExceptionGroup);
    if items.iter().any(|&c| class::is_subclass(c, group_class)) {
        return type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        );
    }
    if exc.is_none() {
        return Ok(tuple::new(&[none(), none()]));
    }
    if exceptions::matches(exc, classes)? {
        let matched = if is_group(exc) {
            exc
        } else {
            let excs = tuple::new(&[exc]);
            let wrapped = call::call(group_class, &[pystr::new(""), excs], Kw::NONE)?;
            if let (Some(from), Some(to)) =
                (exc.get::<ExceptionObj>(), wrapped.get::<ExceptionObj>())
            {
                to.traceback.set(from.traceback.get());
            }
            wrapped
        };
        return Ok(tuple::new(&[matched, none()]));
    }
    if is_group(exc) {
        let (matched, rest) = split(exc, &Matcher::Type(classes), true)?;
        return Ok(tuple::new(&[
            matched.unwrap_or_else(none),
            rest.unwrap_or_else(none),
        ]));
    }
    Ok(tuple::new(&[none(), exc]))
}

/// True when `a` and `b` have the same traceback, cause and context: `b` is `a` or
/// a part of it that `split` made, so raising it re-raises part of the original.
fn same_metadata(a: Value, b: Value) -> bool {
    let (Some(x), Some(y)) = (a.get::<ExceptionObj>(), b.get::<ExceptionObj>()) else {
        return false;
    };
    let frames = |e: &ExceptionObj| {
        e.traceback
            .get()
            .get::<ListObj>()
            .map(ListObj::snapshot)
            .unwrap_or_default()
    };
    x.cause.get() == y.cause.get() && x.context.get() == y.context.get() && frames(x) == frames(y)
}

/// The exceptions (not groups) inside `exc`, by identity.
fn collect_leaves(exc: Value, leaves: &mut Vec<Value>) {
    if is_group(exc) {
        for &e in parts(exc).1 {
            collect_leaves(e, leaves);
        }
    } else {
        leaves.push(exc);
    }
}

/// What an `except*` statement raises once its clauses have run (None for nothing):
/// `orig` is the exception caught, `raised` the list of what each clause that ran raised
/// (or re-raised), then the part no clause matched. Re-raised parts are put back together
/// in the shape of `orig`; new exceptions join them in a new `ExceptionGroup`.
pub fn except_star_result(orig: Value, raised: Value) -> PyResult {
    let outcomes: Vec<Value> = raised
        .get::<ListObj>()
        .map(ListObj::snapshot)
        .unwrap_or_default()
        .into_iter()
        .filter(|e| !e.is_none())
        .collect();
    if !is_group(orig) {
        // A bare exception was wrapped to match: at most one clause ran.
        return Ok(outcomes.first().copied().unwrap_or_else(none));
    }
    let (reraised, mut new): (Vec<Value>, Vec<Value>) =
        outcomes.into_iter().partition(|&e| same_metadata(e, orig));
    let mut leaves = Vec::new();
    for &e in &reraised {
        collect_leaves(e, &mut leaves);
    }
    let kept = if leaves.is_empty() {
        None
    } else {
        split(orig, &Matcher::Leaves(leaves), false)?.0
    };
    if new.is_empty() {
        return Ok(kept.unwrap_or_else(none));
    }
    new.extend(kept);
    if new.len() == 1 {
        return Ok(new[0]);
    }
    let group_class = types::exc_class(ExcKind::BaseExceptionGroup);
    call::call(group_class, &[pystr::new(""), list::new(&new)], Kw::NONE)
}
