//! The `pwd` module: the accounts of the password database (`getpwnam`, `getpwuid`,
//! `getpwall`) through the C library, as `struct_passwd` records.

use super::{builtin, structseq};
use crate::objects::exceptions::{raise, type_error, ExcKind};
use crate::objects::int;
use crate::objects::list;
use crate::objects::str as pystr;
use crate::objects::value::{PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::repr;
use std::ffi::{c_char, CStr, CString};

/// glibc's `struct passwd`.
#[repr(C)]
struct Passwd {
    pw_name: *const c_char,
    pw_passwd: *const c_char,
    pw_uid: u32,
    pw_gid: u32,
    pw_gecos: *const c_char,
    pw_dir: *const c_char,
    pw_shell: *const c_char,
}

extern "C" {
    fn getpwnam(name: *const c_char) -> *const Passwd;
    fn getpwuid(uid: u32) -> *const Passwd;
    fn setpwent();
    fn getpwent() -> *const Passwd;
    fn endpwent();
}

const FIELDS: [&str; 7] = [
    "pw_name",
    "pw_passwd",
    "pw_uid",
    "pw_gid",
    "pw_gecos",
    "pw_dir",
    "pw_shell",
];

fn struct_passwd_type() -> Value {
    structseq::registered("pwd.struct_passwd", || {
        structseq::new_type("pwd", "struct_passwd", &FIELDS, FIELDS.len(), 0)
    })
}

/// The record of an entry the C library returned (null: none).
fn record(entry: *const Passwd) -> Option<Value> {
    if entry.is_null() {
        return None;
    }
    // SAFETY: a non-null result of the getpw* functions points to a `struct passwd` whose
    // strings are NUL-terminated; it stays valid until the next getpw* call, and is read
    // at once.
    let entry = unsafe { &*entry };
    let text = |p: *const c_char| {
        if p.is_null() {
            return pystr::new("");
        }
        // SAFETY: see above.
        pystr::new(&unsafe { CStr::from_ptr(p) }.to_string_lossy())
    };
    let values = [
        text(entry.pw_name),
        text(entry.pw_passwd),
        int::from_u64(u64::from(entry.pw_uid)),
        int::from_u64(u64::from(entry.pw_gid)),
        text(entry.pw_gecos),
        text(entry.pw_dir),
        text(entry.pw_shell),
    ];
    Some(structseq::new(struct_passwd_type(), &values, &[]))
}

/// The argument of a function of one argument (CPython's `METH_O`).
fn one_argument(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::no_kw(name, kw)?;
    args::function_count(&format!("pwd.{name}"), args, 1, 1)?;
    Ok(args[0])
}

fn pwd_getpwnam(args: &[Value], kw: Kw) -> PyResult {
    let name = one_argument("getpwnam", args, kw)?;
    let Some(text) = pystr::as_str(name) else {
        return type_error(format!(
            "getpwnam() argument must be str, not {}",
            args::given_type(name)
        ));
    };
    let found = CString::new(text).ok().and_then(|c_name| {
        // SAFETY: `c_name` is NUL-terminated and outlives the call.
        record(unsafe { getpwnam(c_name.as_ptr()) })
    });
    match found {
        Some(r) => Ok(r),
        None => raise(
            ExcKind::KeyError,
            &format!("getpwnam(): name not found: {}", repr::repr_string(name)?),
        ),
    }
}

fn pwd_getpwuid(args: &[Value], kw: Kw) -> PyResult {
    let uid = args::index_arg(one_argument("getpwuid", args, kw)?)?;
    let found = u32::try_from(uid).ok().and_then(|uid| {
        // SAFETY: getpwuid(3) takes a plain integer.
        record(unsafe { getpwuid(uid) })
    });
    match found {
        Some(r) => Ok(r),
        None => raise(
            ExcKind::KeyError,
            &format!("getpwuid(): uid not found: {uid}"),
        ),
    }
}

fn pwd_getpwall(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getpwall", kw)?;
    args::function_count("pwd.getpwall", args, 0, 0)?;
    let mut all = Vec::new();
    // SAFETY: the getpwent(3) iteration is used from one thread, from its start
    // (setpwent) to its end (endpwent); each entry is copied out before the next call.
    unsafe {
        setpwent();
        while let Some(r) = record(getpwent()) {
            all.push(r);
        }
        endpwent();
    }
    Ok(list::from_vec(all))
}

/// The entries of module `pwd`.
pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        builtin("getpwnam", pwd_getpwnam),
        builtin("getpwuid", pwd_getpwuid),
        builtin("getpwall", pwd_getpwall),
        ("struct_passwd", struct_passwd_type()),
    ]
}
