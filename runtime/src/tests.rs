//! Unit tests of the runtime's Rust-level API.

use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, ExcKind};
use crate::objects::float;
use crate::objects::function;
use crate::objects::int;
use crate::objects::list;
use crate::objects::set;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Value, SMALL_MAX, SMALL_MIN};
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;
use crate::protocols::sort;

fn s(text: &str) -> Value {
    pystr::new(text)
}

fn repr(v: Value) -> String {
    ops::repr_string(v).expect("repr does not fail")
}

/// The message of the pending exception, as the last traceback line prints it.
fn pending_line() -> String {
    let exc = exceptions::take_pending();
    assert!(!exc.is_null(), "an exception should be pending");
    exceptions::last_line(exc)
}

fn err_line(r: PyResult) -> String {
    assert!(
        r.is_err(),
        "expected an exception, got {:?}",
        r.ok().map(repr)
    );
    pending_line()
}

#[test]
fn small_ints_overflow_to_big_ints_and_back() {
    let max = int::from_i64(SMALL_MAX);
    assert!(max.is_small());
    let big = ops::binary(0, max, Value::small(1)).unwrap();
    assert!(!big.is_small());
    assert_eq!(repr(big), (SMALL_MAX as i128 + 1).to_string());
    let back = ops::binary(1, big, Value::small(1)).unwrap();
    assert!(back.is_small());
    assert_eq!(back, max);
    let min = int::from_i64(SMALL_MIN);
    let below = ops::binary(1, min, Value::small(1)).unwrap();
    assert!(!below.is_small());
    let product = ops::binary(2, max, max).unwrap();
    assert_eq!(
        repr(product),
        (SMALL_MAX as i128 * SMALL_MAX as i128).to_string()
    );
    let square = ops::binary(6, Value::small(2), Value::small(100)).unwrap();
    assert_eq!(repr(square), "1267650600228229401496703205376");
    let quotient = ops::binary(
        4,
        square,
        ops::binary(6, Value::small(2), Value::small(99)).unwrap(),
    );
    assert_eq!(quotient.unwrap(), Value::small(2));
}

#[test]
fn floor_division_and_modulo_follow_the_divisor_sign() {
    let cases = [
        (7, 2, 3, 1),
        (-7, 2, -4, 1),
        (7, -2, -4, -1),
        (-7, -2, 3, -1),
    ];
    for (a, b, q, r) in cases {
        let (va, vb) = (Value::small(a), Value::small(b));
        assert_eq!(
            ops::binary(4, va, vb).unwrap(),
            Value::small(q),
            "{a} // {b}"
        );
        assert_eq!(
            ops::binary(5, va, vb).unwrap(),
            Value::small(r),
            "{a} % {b}"
        );
    }
    let m = ops::binary(5, float::new(-7.5), Value::small(2)).unwrap();
    assert_eq!(repr(m), "0.5");
    let line = err_line(ops::binary(4, Value::small(1), Value::small(0)));
    assert_eq!(
        line,
        "ZeroDivisionError: integer division or modulo by zero"
    );
    let line = err_line(ops::binary(3, float::new(1.0), Value::small(0)));
    assert_eq!(line, "ZeroDivisionError: float division by zero");
    let line = err_line(ops::binary(5, float::new(1.0), float::new(0.0)));
    assert_eq!(line, "ZeroDivisionError: float modulo");
    assert_eq!(
        repr(ops::binary(6, Value::small(2), Value::small(-1)).unwrap()),
        "0.5"
    );
    assert_eq!(
        repr(ops::binary(3, Value::small(1), Value::small(3)).unwrap()),
        "0.3333333333333333"
    );
}

#[test]
fn dicts_keep_insertion_order_and_merge_equal_keys() {
    let d = dict::new();
    let dd = d.get::<DictObj>().unwrap();
    dd.set(s("b"), Value::small(1)).unwrap();
    dd.set(s("a"), Value::small(2)).unwrap();
    dd.set(Value::small(1), s("int")).unwrap();
    dd.set(float::new(1.0), s("float")).unwrap();
    dd.set(bool_value(true), s("bool")).unwrap();
    assert_eq!(repr(d), "{'b': 1, 'a': 2, 1: 'bool'}");
    dd.remove(s("b")).unwrap();
    dd.set(s("b"), Value::small(3)).unwrap();
    assert_eq!(repr(d), "{'a': 2, 1: 'bool', 'b': 3}");
    for i in 0..1000 {
        dd.set(Value::small(i), Value::small(i)).unwrap();
    }
    for i in 0..990 {
        dd.remove(Value::small(i)).unwrap();
    }
    assert_eq!(dd.len(), 12);
    assert_eq!(dd.get(Value::small(995)).unwrap(), Some(Value::small(995)));
    assert_eq!(dd.get(float::new(999.0)).unwrap(), Some(Value::small(999)));
    let line = err_line(dd.set(list::new(&[]), none()).map(|_| none()));
    assert_eq!(line, "TypeError: unhashable type: 'list'");
    assert_eq!(ops::hash(float::new(1.5)).unwrap(), 1152921504606846977);
    assert_eq!(ops::hash(Value::small(-1)).unwrap(), -2);
    let t = tuple::new(&[Value::small(1), Value::small(2)]);
    assert_eq!(ops::hash(t).unwrap(), -3550055125485641917);
}

#[test]
fn sets_iterate_in_cpython_order() {
    let st = set::new(false);
    let so = set::get(st).unwrap();
    let items = [10, 100, 1000, 5, 17, 33].map(Value::small);
    for n in items {
        so.add(n).unwrap();
    }
    assert_eq!(repr(st), "{33, 100, 5, 1000, 10, 17}");
    so.discard(Value::small(100)).unwrap();
    so.add(Value::small(2)).unwrap();
    assert_eq!(repr(st), "{33, 2, 5, 1000, 10, 17}");
    let literal = set::from_constants(&items).unwrap();
    assert_eq!(repr(literal), "{33, 17, 100, 5, 1000, 10}");
}

#[test]
fn str_repr_uses_cpython_quoting() {
    assert_eq!(pystr::repr("abc"), "'abc'");
    assert_eq!(pystr::repr("it's"), "\"it's\"");
    assert_eq!(pystr::repr("both ' and \""), "'both \\' and \"'");
    assert_eq!(pystr::repr("tab\tnew\nback\\"), "'tab\\tnew\\nback\\\\'");
    assert_eq!(pystr::repr("\x07\u{7f}é\u{200b}"), "'\\x07\\x7fé\\u200b'");
    let v = s("héllo");
    assert_eq!(ops::len(v).unwrap(), 5);
    assert_eq!(
        repr(crate::protocols::item::getitem(v, Value::small(1)).unwrap()),
        "'é'"
    );
    assert_eq!(
        repr(crate::protocols::item::getitem(v, Value::small(-1)).unwrap()),
        "'o'"
    );
}

#[test]
fn floats_print_like_cpython() {
    let cases = [
        (0.1 + 0.2, "0.30000000000000004"),
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (2.0, "2.0"),
    ];
    for (x, text) in cases {
        assert_eq!(repr(float::new(x)), text);
    }
    assert_eq!(repr(float::new(f64::NAN)), "nan");
}

/// A compiled function standing in for `def f(x, y=..., *, k): return (x, y, k)`; three
/// slots arrive in registers.
extern "C" fn three_slots(_func: Value, x: Value, y: Value, k: Value) -> Value {
    tuple::new(&[x, y, k])
}

fn make_function(qualname: &str, defaults: &[Value]) -> Value {
    let varnames = tuple::new(&[s("x"), s("y"), s("k")]);
    let code = function::new_code(
        s("f"),
        s(qualname),
        three_slots as *const () as usize,
        (2, 1, 0),
        varnames,
        tuple::empty(),
    );
    let defaults = if defaults.is_empty() {
        Value::NULL
    } else {
        tuple::new(defaults)
    };
    function::new_function(code, defaults, Value::NULL, &[]).unwrap()
}

#[test]
fn argument_binding_reports_cpython_errors() {
    let f = make_function("C.f", &[]);
    let k = [s("k")];
    let kw = |values: &'static [Value]| Kw { names: &k, values };
    let ok = call::call(
        f,
        &[Value::small(1), Value::small(2)],
        Kw {
            names: &k,
            values: &[Value::small(3)],
        },
    );
    assert_eq!(repr(ok.unwrap()), "(1, 2, 3)");
    let line = err_line(call::call(f, &[Value::small(1)], Kw::NONE));
    assert_eq!(
        line,
        "TypeError: C.f() missing 1 required positional argument: 'y'"
    );
    let line = err_line(call::call(f, &[], Kw::NONE));
    assert_eq!(
        line,
        "TypeError: C.f() missing 2 required positional arguments: 'x' and 'y'"
    );
    let three = [Value::small(1), Value::small(2), Value::small(3)];
    let line = err_line(call::call(f, &three, Kw::NONE));
    assert_eq!(
        line,
        "TypeError: C.f() takes 2 positional arguments but 3 were given"
    );
    let line = err_line(call::call(f, &[Value::small(1), Value::small(2)], Kw::NONE));
    assert_eq!(
        line,
        "TypeError: C.f() missing 1 required keyword-only argument: 'k'"
    );
    let z = [s("z")];
    let line = err_line(call::call(
        f,
        &[Value::small(1)],
        Kw {
            names: &z,
            values: &[none()],
        },
    ));
    assert_eq!(
        line,
        "TypeError: C.f() got an unexpected keyword argument 'z'"
    );
    let x = [s("x")];
    let line = err_line(call::call(
        f,
        &[Value::small(1)],
        Kw {
            names: &x,
            values: &[none()],
        },
    ));
    assert_eq!(
        line,
        "TypeError: C.f() got multiple values for argument 'x'"
    );
    let g = make_function("g", &[Value::small(9)]);
    let bound = call::call(g, &[Value::small(1)], kw(&[]));
    assert!(bound.is_err());
    assert_eq!(
        pending_line(),
        "TypeError: g() missing 1 required keyword-only argument: 'k'"
    );
    let two_kw = [s("k")];
    let r = call::call(
        g,
        &[Value::small(1)],
        Kw {
            names: &two_kw,
            values: &[Value::small(5)],
        },
    );
    assert_eq!(repr(r.unwrap()), "(1, 9, 5)");
    let line = err_line(call::call(
        g,
        &three,
        Kw {
            names: &two_kw,
            values: &[Value::small(5)],
        },
    ));
    assert_eq!(
        line,
        "TypeError: g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"
    );
    let line = err_line(call::call(Value::small(3), &[], Kw::NONE));
    assert_eq!(line, "TypeError: 'int' object is not callable");
}

#[test]
fn positional_only_parameters_refuse_keywords() {
    // def h(x, y, /, *, k)
    let h = make_function("h", &[]);
    let code = h.get::<function::FunctionObj>().unwrap().code;
    function::set_posonlycount(code, 2);
    let names = [s("k"), s("y"), s("x")];
    let line = err_line(call::call(
        h,
        &[],
        Kw {
            names: &names,
            values: &[none(), none(), none()],
        },
    ));
    assert_eq!(
        line,
        "TypeError: h() got some positional-only arguments passed as keyword arguments: 'x, y'"
    );
    let k = [s("k")];
    let r = call::call(
        h,
        &[Value::small(1), Value::small(2)],
        Kw {
            names: &k,
            values: &[Value::small(3)],
        },
    );
    assert_eq!(repr(r.unwrap()), "(1, 2, 3)");
}

#[test]
fn double_star_merging_refuses_duplicate_keywords() {
    let m = make_function("m", &[]);
    let target = dict::new();
    let d = target.get::<DictObj>().unwrap();
    d.set(s("b"), Value::small(1)).unwrap();
    let more = dict::new();
    more.get::<DictObj>()
        .unwrap()
        .set(s("c"), Value::small(2))
        .unwrap();
    call::merge_kwargs(m, d, more).unwrap();
    assert_eq!(repr(target), "{'b': 1, 'c': 2}");
    let line = err_line(call::merge_kwargs(m, d, more).map(|()| none()));
    assert_eq!(
        line,
        "TypeError: __main__.m() got multiple values for keyword argument 'c'"
    );
    let line = err_line(call::merge_kwargs(m, d, Value::small(5)).map(|()| none()));
    assert_eq!(
        line,
        "TypeError: __main__.m() argument after ** must be a mapping, not int"
    );
}

#[test]
fn exceptions_raised_while_handling_chain_their_context() {
    let t = exceptions::new_instance(types::exc_class(ExcKind::TypeError), tuple::new(&[s("t")]));
    let prev = exceptions::enter_handler(t);
    assert!(prev.is_null());
    let r: PyResult = exceptions::raise(ExcKind::ValueError, "v");
    assert!(r.is_err());
    let v = exceptions::take_pending();
    let ctx = |e: Value| e.get::<exceptions::ExceptionObj>().unwrap().context.get();
    assert_eq!(ctx(v), t);
    // Raising the handled exception itself does not chain it to itself; a re-raise
    // (restore) never chains.
    exceptions::set_pending(t);
    assert_eq!(exceptions::take_pending(), t);
    assert!(ctx(t).is_none());
    exceptions::leave_handler(prev);
    // `t` raised while handling `v`, whose context is `t`: the cycle is cut at `v`.
    let prev = exceptions::enter_handler(v);
    exceptions::set_pending(t);
    exceptions::take_pending();
    exceptions::leave_handler(prev);
    assert_eq!(ctx(t), v);
    assert!(ctx(v).is_none());
    assert!(exceptions::handled().is_none());
}

#[test]
fn operators_raise_cpython_type_errors() {
    let line = err_line(ops::binary(0, Value::small(1), s("a")));
    assert_eq!(
        line,
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    );
    let line = err_line(ops::binary(0, s("a"), Value::small(1)));
    assert_eq!(
        line,
        "TypeError: can only concatenate str (not \"int\") to str"
    );
    let line = err_line(ops::compare(2, Value::small(1), s("a")));
    assert_eq!(
        line,
        "TypeError: '<' not supported between instances of 'int' and 'str'"
    );
    let line = err_line(crate::protocols::item::getitem(
        Value::small(1),
        Value::small(0),
    ));
    assert_eq!(line, "TypeError: 'int' object is not subscriptable");
    let line = err_line(crate::protocols::item::getitem(
        list::new(&[]),
        Value::small(0),
    ));
    assert_eq!(line, "IndexError: list index out of range");
    let line = err_line(crate::protocols::attr::getattr(none(), s("x")));
    assert_eq!(
        line,
        "AttributeError: 'NoneType' object has no attribute 'x'"
    );
    let line = err_line(crate::protocols::attr::getattr(list::new(&[]), s("apend")));
    assert_eq!(
        line,
        "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?"
    );
    let line = err_line(crate::protocols::iter::iter(Value::small(1)));
    assert_eq!(line, "TypeError: 'int' object is not iterable");
    let line = err_line(crate::protocols::item::getitem(dict::new(), s("a")));
    assert_eq!(line, "KeyError: 'a'");
}

#[test]
fn exceptions_print_their_last_line() {
    assert!(exceptions::raise_args::<()>(ExcKind::ValueError, &[]).is_err());
    assert_eq!(pending_line(), "ValueError");
    let cls = types::exc_class(ExcKind::KeyError);
    let e = call::call(cls, &[Value::small(1), Value::small(2)], Kw::NONE).unwrap();
    assert_eq!(exceptions::last_line(e), "KeyError: (1, 2)");
    assert_eq!(repr(e), "KeyError(1, 2)");
    assert!(exceptions::matches(e, types::exc_class(ExcKind::LookupError)).unwrap());
    assert!(!exceptions::matches(e, types::exc_class(ExcKind::ValueError)).unwrap());
}

#[test]
fn sorting_is_stable_and_reports_comparison_errors() {
    let pairs: Vec<Value> = [(2, "a"), (1, "b"), (2, "c"), (1, "d")]
        .iter()
        .map(|(n, t)| tuple::new(&[Value::small(*n), s(t)]))
        .collect();
    let first = function::new_builtin("first", |args, _| {
        crate::protocols::item::getitem(args[0], Value::small(0))
    });
    let mut items = pairs.clone();
    sort::sort(&mut items, Some(first), false).unwrap();
    assert_eq!(
        repr(list::new(&items)),
        "[(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]"
    );
    let mut items = pairs;
    sort::sort(&mut items, Some(first), true).unwrap();
    assert_eq!(
        repr(list::new(&items)),
        "[(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd')]"
    );
    let mut mixed = vec![Value::small(1), s("a")];
    assert!(sort::sort(&mut mixed, None, false).is_err());
    assert_eq!(
        pending_line(),
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
}

#[test]
fn int_and_float_parsing() {
    assert_eq!(int::parse(" -1_000 ", 10), Some(Value::small(-1000)));
    assert_eq!(int::parse("0x_ff", 0), Some(Value::small(255)));
    assert_eq!(int::parse("1__0", 10), None);
    assert_eq!(int::parse("08", 0), None);
    assert_eq!(float::parse("1_0.5"), Some(10.5));
    assert_eq!(float::parse("-Infinity"), Some(f64::NEG_INFINITY));
    assert_eq!(float::parse("1e"), None);
}

#[test]
fn repeated_concatenation_shares_buffers_without_changing_older_strs() {
    let base = s(&"a".repeat(300));
    let first = ops::binary(0, base, s("b")).unwrap();
    let second = ops::binary(0, first, s("c")).unwrap();
    let branch = ops::binary(0, first, s("é")).unwrap();
    assert_eq!(ops::len(first).unwrap(), 301);
    assert!(pystr::as_str(second).unwrap().ends_with("abc"));
    assert!(pystr::as_str(branch).unwrap().ends_with("abé"));
    assert!(pystr::as_str(first).unwrap().ends_with("ab"));
    assert_eq!(ops::len(branch).unwrap(), 302);
    assert!(ops::eq(second, s(&format!("{}bc", "a".repeat(300)))).unwrap());
}
