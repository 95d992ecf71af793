//! The `sys` module.

use super::{builtin, structseq};
use crate::objects::exceptions::{self, raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::list;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use std::cell::RefCell;

/// `sys.copyright`: CPython's notice, whose behaviour closc reproduces.
const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

thread_local! {
    static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

pub fn set_argv(argv: Vec<String>) {
    ARGV.with(|a| *a.borrow_mut() = argv);
}

fn sys_exit(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("exit", kw)?;
    args::count("exit", args, 0, 1)?;
    raise_args(ExcKind::SystemExit, args)
}

fn sys_setrecursionlimit(args: &[Value], kw: Kw) -> PyResult {
    let n = args::index_arg(args::one("setrecursionlimit", args, kw)?)?;
    if n < 1 {
        return value_error("recursion limit must be greater or equal than 1");
    }
    // CPython keeps the limit in a C int.
    if n > i64::from(i32::MAX) {
        return raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        );
    }
    // CPython counts the call of setrecursionlimit itself in the depth.
    let depth = call::frame_depth() + 1;
    if n <= depth {
        return raise(
            ExcKind::RecursionError,
            &format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        );
    }
    call::set_recursion_limit(n);
    Ok(none())
}

fn sys_getrecursionlimit(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_i64(call::recursion_limit()))
}

fn sys_set_int_max_str_digits(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("set_int_max_str_digits", kw, &["maxdigits"])?;
    let Some(v) = args.first().copied().or(kw.get("maxdigits")) else {
        return type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        );
    };
    int::set_max_str_digits(args::index_arg(v)?)?;
    Ok(none())
}

fn sys_get_int_max_str_digits(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_u64(int::max_str_digits() as u64))
}

fn sys_exc_info(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("exc_info", kw)?;
    args::count("exc_info", args, 0, 0)?;
    Ok(match exceptions::handled() {
        Some(e) => tuple::new(&[
            types::type_of(e),
            e,
            crate::protocols::traceback::traceback_object(e),
        ]),
        None => tuple::new(&[none(), none(), none()]),
    })
}

/// The current `sys.stdout` (or `sys.stderr`, by `name`), which a program may rebind:
/// None while `sys` was never imported (nothing can have rebound it then), and CPython's
/// `RuntimeError` when the attribute was deleted.
pub fn stream(name: &'static str) -> PyResult<Option<Value>> {
    let Some(sys) = super::import::sys_modules()
        .get::<crate::objects::dict::DictObj>()
        .and_then(|m| m.get(pystr::intern("sys")).ok().flatten())
    else {
        return Ok(None);
    };
    match crate::protocols::attr::getattr_opt(sys, pystr::intern(name))? {
        Some(f) => Ok(Some(f)),
        None => raise(ExcKind::RuntimeError, &format!("lost sys.{name}")),
    }
}

/// The version closc stands in for: CPython 3.11.7, whose behaviour the tests record.
const VERSION: (i64, i64, i64) = (3, 11, 7);

fn version_info() -> Value {
    let cls = structseq::registered("sys.version_info", || {
        structseq::new_type(
            "sys",
            "version_info",
            &["major", "minor", "micro", "releaselevel", "serial"],
            5,
            0,
        )
    });
    let (major, minor, micro) = VERSION;
    let values = [
        int::from_i64(major),
        int::from_i64(minor),
        int::from_i64(micro),
        pystr::new("final"),
        int::from_i64(0),
    ];
    structseq::new(cls, &values, &[])
}

/// A struct sequence of `sys` whose fields are all in its tuple.
fn record(name: &'static str, fields: &[(&'static str, Value)]) -> Value {
    let names: Vec<&'static str> = fields.iter().map(|(n, _)| *n).collect();
    let values: Vec<Value> = fields.iter().map(|(_, v)| *v).collect();
    let cls = structseq::new_type("sys", name, &names, names.len(), 0);
    structseq::new(cls, &values, &[])
}

fn float_info() -> Value {
    let f = float::new;
    let i = int::from_i64;
    record(
        "float_info",
        &[
            ("max", f(f64::MAX)),
            ("max_exp", i(i64::from(f64::MAX_EXP))),
            ("max_10_exp", i(i64::from(f64::MAX_10_EXP))),
            ("min", f(f64::MIN_POSITIVE)),
            ("min_exp", i(i64::from(f64::MIN_EXP))),
            ("min_10_exp", i(i64::from(f64::MIN_10_EXP))),
            ("dig", i(i64::from(f64::DIGITS))),
            ("mant_dig", i(i64::from(f64::MANTISSA_DIGITS))),
            ("epsilon", f(f64::EPSILON)),
            ("radix", i(i64::from(f64::RADIX))),
            ("rounds", i(1)),
        ],
    )
}

fn int_info() -> Value {
    let i = int::from_i64;
    record(
        "int_info",
        &[
            ("bits_per_digit", i(30)),
            ("sizeof_digit", i(4)),
            ("default_max_str_digits", i(4300)),
            ("str_digits_check_threshold", i(640)),
        ],
    )
}

fn hash_info() -> Value {
    let i = int::from_i64;
    record(
        "hash_info",
        &[
            ("width", i(64)),
            ("modulus", i((1 << 61) - 1)),
            ("inf", i(314159)),
            ("nan", i(0)),
            ("imag", i(1000003)),
            ("algorithm", pystr::new("siphash13")),
            ("hash_bits", i(64)),
            ("seed_bits", i(128)),
            ("cutoff", i(0)),
        ],
    )
}

/// `sys.flags` of a program run as `python3 prog.py`.
fn flags() -> Value {
    let i = int::from_i64;
    record(
        "flags",
        &[
            ("debug", i(0)),
            ("inspect", i(0)),
            ("interactive", i(0)),
            ("optimize", i(0)),
            ("dont_write_bytecode", i(0)),
            ("no_user_site", i(0)),
            ("no_site", i(0)),
            ("ignore_environment", i(0)),
            ("verbose", i(0)),
            ("bytes_warning", i(0)),
            ("quiet", i(0)),
            ("hash_randomization", i(1)),
            ("isolated", i(0)),
            ("dev_mode", bool_value(false)),
            ("utf8_mode", i(0)),
            ("warn_default_encoding", i(0)),
            ("safe_path", bool_value(false)),
            ("int_max_str_digits", i(-1)),
        ],
    )
}

/// `repr` of `sys.implementation`: `namespace(name='cpython', ...)` over its attributes.
fn namespace_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = args.first().copied().unwrap_or_else(none);
    let mut parts = Vec::new();
    for (name, value) in crate::objects::class::own_attrs(this) {
        parts.push(format!(
            "{}={}",
            pystr::as_str(name).unwrap_or("?"),
            crate::protocols::repr::repr_string(value)?
        ));
    }
    Ok(pystr::new(&format!("namespace({})", parts.join(", "))))
}

/// `sys.implementation`: closc answers as the CPython it stands in for, since programs
/// test `sys.implementation.name == 'cpython'` to choose CPython's behaviour, which
/// closc reproduces.
fn implementation(version: Value, hexversion: Value) -> Value {
    let cls = native_class::class("types.SimpleNamespace", || {
        native_class::new_class(
            "SimpleNamespace",
            "types",
            Value::NULL,
            &[("__repr__", namespace_repr)],
        )
    });
    let o = native_class::instance(cls);
    let attributes = [
        ("name", pystr::new("cpython")),
        ("cache_tag", pystr::new("cpython-311")),
        ("version", version),
        ("hexversion", hexversion),
        ("_multiarch", pystr::new("x86_64-linux-gnu")),
    ];
    for (name, value) in attributes {
        native_class::set(o, name, value);
    }
    o
}

fn sys_intern(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("intern", kw)?;
    args::function_count("sys.intern", args, 1, 1)?;
    if pystr::as_str(args[0]).is_none() {
        return type_error(format!(
            "intern() argument must be str, not {}",
            types::type_name(args[0])
        ));
    }
    Ok(args[0])
}

fn sys_getdefaultencoding(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getdefaultencoding", kw)?;
    args::function_count("sys.getdefaultencoding", args, 0, 0)?;
    Ok(pystr::new("utf-8"))
}

fn sys_getfilesystemencoding(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getfilesystemencoding", kw)?;
    args::function_count("sys.getfilesystemencoding", args, 0, 0)?;
    Ok(pystr::new("utf-8"))
}

fn sys_getfilesystemencodeerrors(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getfilesystemencodeerrors", kw)?;
    args::function_count("sys.getfilesystemencodeerrors", args, 0, 0)?;
    Ok(pystr::new("surrogateescape"))
}

/// The executable's absolute path (`sys.executable`) and its folder (the program's
/// folder, first in `sys.path` as the script's folder is in CPython's).
fn executable_and_folder() -> (String, String) {
    let exe = std::env::current_exe().unwrap_or_default();
    let folder = exe
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    (exe.display().to_string(), folder)
}

/// The entries of module `sys`.
pub fn entries() -> Vec<(&'static str, Value)> {
    let stdin = super::io::standard(0);
    let stdout = super::io::standard(1);
    let stderr = super::io::standard(2);
    let (major, minor, micro) = VERSION;
    let version = version_info();
    // 0xMMmmuuRS: major, minor, micro, release level (F: final) and serial.
    let hexversion = int::from_i64((major << 24) | (minor << 16) | (micro << 8) | 0xF0);
    let (executable, folder) = executable_and_folder();
    let argv: Vec<Value> = ARGV.with(|a| a.borrow().iter().map(|s| pystr::new(s)).collect());
    vec![
        ("argv", list::from_vec(argv)),
        builtin("exit", sys_exit),
        builtin("exc_info", sys_exc_info),
        builtin("setrecursionlimit", sys_setrecursionlimit),
        builtin("getrecursionlimit", sys_getrecursionlimit),
        builtin("set_int_max_str_digits", sys_set_int_max_str_digits),
        builtin("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("stdin", stdin),
        ("stdout", stdout),
        ("stderr", stderr),
        ("__stdin__", stdin),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("maxsize", int::from_i64(i64::MAX)),
        ("platform", pystr::new("linux")),
        ("byteorder", pystr::new("little")),
        ("modules", super::import::sys_modules()),
        ("version_info", version),
        (
            "version",
            pystr::new(&format!(
                "{major}.{minor}.{micro} (main, Jan  1 2026, 00:00:00) [closc]"
            )),
        ),
        ("hexversion", hexversion),
        ("api_version", int::from_i64(1013)),
        ("implementation", implementation(version, hexversion)),
        ("executable", pystr::new(&executable)),
        ("path", list::from_vec(vec![pystr::new(&folder)])),
        ("float_info", float_info()),
        ("int_info", int_info()),
        ("hash_info", hash_info()),
        ("flags", flags()),
        ("maxunicode", int::from_i64(0x10FFFF)),
        ("copyright", pystr::new(COPYRIGHT)),
        builtin("intern", sys_intern),
        builtin("getdefaultencoding", sys_getdefaultencoding),
        builtin("getfilesystemencoding", sys_getfilesystemencoding),
        builtin("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
    ]
}
