//! The `posix` module: the system calls under `os` (lib/os.py), as CPython's
//! `Modules/posixmodule.c` is under `Lib/os.py`. Paths are str, bytes or path-like
//! objects; a function given a bytes path answers with bytes names. A failed call raises
//! the `OSError` subclass of its errno, naming the path (both paths for `rename`).
//!
//! Differences from CPython's module: `environ` maps str to str (CPython's maps bytes to
//! bytes, which `os.environ` decodes), and `scandir` is written in lib/os.py over
//! `listdir` and `lstat`.

use super::{builtin, structseq};
use crate::objects::bytes;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, raise, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::list;
use crate::objects::str as pystr;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::ops;
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

/// The arguments of `func`, positional or by keyword, in the order of `names`: CPython's
/// argument clinic for functions whose parameters are all optional past `required`.
fn parameters(
    func: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    args::check_kw(func, kw, names)?;
    if args.len() > names.len() {
        return type_error(format!(
            "{func}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        ));
    }
    let out: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, name)| args.get(i).copied().or_else(|| kw.get(name)))
        .collect();
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return type_error(format!(
                "{func}() missing required argument '{name}' (pos {})",
                i + 1
            ));
        }
    }
    // A keyword naming a parameter also given by position.
    for (i, name) in names.iter().enumerate().take(args.len()) {
        if kw.get(name).is_some() {
            return type_error(format!(
                "argument for {func}() given by name ('{name}') and position ({})",
                i + 1
            ));
        }
    }
    Ok(out)
}

/// The argument of a function of one argument (CPython's `METH_O`).
fn one_argument(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::no_kw(name, kw)?;
    args::function_count(&format!("posix.{name}"), args, 1, 1)?;
    Ok(args[0])
}

/// A path argument converted for a system call.
struct PathArg {
    path: PathBuf,
    /// Given as bytes (names answered are bytes too).
    bytes: bool,
    /// The error's `filename`: the str or bytes the path stands for, after
    /// `__fspath__`, as CPython names it (not the path-like object itself).
    filename: Value,
}

/// What a path parameter accepts besides str, bytes and path-like objects.
#[derive(Clone, Copy, PartialEq)]
enum Accepts {
    Path,
    /// CPython's functions that also take a file descriptor (not supported here).
    PathOrFd,
    PathFdOrNone,
}

/// CPython's `path_converter`: str, bytes or an object whose `__fspath__` gives one.
fn path_arg(func: &str, param: &str, v: Value, accepts: Accepts) -> PyResult<PathArg> {
    let mut converted = v;
    if pystr::as_str(v).is_none() && bytes::as_bytes(v).is_none() {
        match ops::call_dunder(v, "__fspath__", &[]) {
            Some(result) => {
                converted = result?;
                if pystr::as_str(converted).is_none() && bytes::as_bytes(converted).is_none() {
                    return type_error(format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        types::type_name(v),
                        types::type_name(converted)
                    ));
                }
            }
            None => {
                let kinds = match accepts {
                    Accepts::Path => "string, bytes or os.PathLike",
                    Accepts::PathOrFd => "string, bytes, os.PathLike or integer",
                    Accepts::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
                };
                return type_error(format!(
                    "{func}: {param} should be {kinds}, not {}",
                    types::type_name(v)
                ));
            }
        }
    }
    if let Some(s) = pystr::as_str(converted) {
        if s.contains('\0') {
            return value_error("embedded null byte");
        }
        return Ok(PathArg {
            path: PathBuf::from(s),
            bytes: false,
            filename: converted,
        });
    }
    let raw = bytes::as_bytes(converted).unwrap_or_default();
    if raw.contains(&0) {
        return value_error(format!("{func}: embedded null character in {param}"));
    }
    Ok(PathArg {
        path: PathBuf::from(OsStr::from_bytes(raw)),
        bytes: true,
        filename: converted,
    })
}

/// The one path argument of a function such as `rmdir(path)`.
fn single_path(func: &str, args: &[Value], kw: Kw, extra: &[&str]) -> PyResult<PathArg> {
    let mut names = vec!["path"];
    names.extend_from_slice(extra);
    let given = parameters(func, args, kw, &names, 1)?;
    reject_dir_fd(&names, &given)?;
    path_arg(func, "path", given[0].unwrap_or_else(none), Accepts::Path)
}

/// `dir_fd` is accepted only as None: closc has no file descriptors to offer.
fn reject_dir_fd(names: &[&str], given: &[Option<Value>]) -> PyResult<()> {
    for (name, value) in names.iter().zip(given) {
        if *name == "dir_fd" && value.is_some_and(|v| !v.is_none()) {
            return raise(
                ExcKind::NotImplementedError,
                "dir_fd unavailable on this platform",
            );
        }
    }
    Ok(())
}

/// A name from the file system, as str or bytes like the path it was found under.
fn name_value(name: &OsStr, as_bytes: bool) -> Value {
    if as_bytes {
        bytes::new(name.as_bytes())
    } else {
        pystr::new(&name.to_string_lossy())
    }
}

fn os_error<T>(err: &std::io::Error, path: &PathArg) -> PyResult<T> {
    exceptions::raise_os_error(err, &[path.filename])
}

fn posix_getcwd(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getcwd", kw)?;
    args::function_count("posix.getcwd", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(dir) => Ok(name_value(dir.as_os_str(), false)),
        Err(e) => exceptions::raise_os_error(&e, &[]),
    }
}

fn posix_getcwdb(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getcwdb", kw)?;
    args::function_count("posix.getcwdb", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(dir) => Ok(name_value(dir.as_os_str(), true)),
        Err(e) => exceptions::raise_os_error(&e, &[]),
    }
}

fn posix_chdir(args: &[Value], kw: Kw) -> PyResult {
    let given = parameters("chdir", args, kw, &["path"], 1)?;
    let path = path_arg(
        "chdir",
        "path",
        given[0].unwrap_or_else(none),
        Accepts::PathOrFd,
    )?;
    match std::env::set_current_dir(&path.path) {
        Ok(()) => Ok(none()),
        Err(e) => os_error(&e, &path),
    }
}

fn posix_listdir(args: &[Value], kw: Kw) -> PyResult {
    let given = parameters("listdir", args, kw, &["path"], 0)?;
    let path = match given[0] {
        Some(v) if !v.is_none() => path_arg("listdir", "path", v, Accepts::PathFdOrNone)?,
        _ => PathArg {
            path: PathBuf::from("."),
            bytes: false,
            filename: pystr::new("."),
        },
    };
    let entries = match std::fs::read_dir(&path.path) {
        Ok(entries) => entries,
        Err(e) => return os_error(&e, &path),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(name_value(&entry.file_name(), path.bytes)),
            Err(e) => return os_error(&e, &path),
        }
    }
    Ok(list::from_vec(names))
}

fn posix_mkdir(args: &[Value], kw: Kw) -> PyResult {
    let names = ["path", "mode", "dir_fd"];
    let given = parameters("mkdir", args, kw, &names, 1)?;
    reject_dir_fd(&names, &given)?;
    let path = path_arg(
        "mkdir",
        "path",
        given[0].unwrap_or_else(none),
        Accepts::Path,
    )?;
    let mode = match given[1] {
        Some(m) => args::index_arg(m)?,
        None => 0o777,
    };
    use std::os::unix::fs::DirBuilderExt;
    match std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(&path.path)
    {
        Ok(()) => Ok(none()),
        Err(e) => os_error(&e, &path),
    }
}

fn posix_rmdir(args: &[Value], kw: Kw) -> PyResult {
    let path = single_path("rmdir", args, kw, &["dir_fd"])?;
    match std::fs::remove_dir(&path.path) {
        Ok(()) => Ok(none()),
        Err(e) => os_error(&e, &path),
    }
}

fn unlink_named(func: &str, args: &[Value], kw: Kw) -> PyResult {
    let path = single_path(func, args, kw, &["dir_fd"])?;
    match std::fs::remove_file(&path.path) {
        Ok(()) => Ok(none()),
        Err(e) => os_error(&e, &path),
    }
}

fn posix_unlink(args: &[Value], kw: Kw) -> PyResult {
    unlink_named("unlink", args, kw)
}

fn posix_remove(args: &[Value], kw: Kw) -> PyResult {
    unlink_named("remove", args, kw)
}

/// `rename` and `replace`: both are rename(2) on POSIX.
fn rename_named(func: &str, args: &[Value], kw: Kw) -> PyResult {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd"];
    let given = parameters(func, args, kw, &names, 2)?;
    for value in &given[2..] {
        if value.is_some_and(|v| !v.is_none()) {
            return raise(
                ExcKind::NotImplementedError,
                "dir_fd unavailable on this platform",
            );
        }
    }
    let src = path_arg(func, "src", given[0].unwrap_or_else(none), Accepts::Path)?;
    let dst = path_arg(func, "dst", given[1].unwrap_or_else(none), Accepts::Path)?;
    if src.bytes != dst.bytes {
        return type_error(format!("{func}: src and dst must be the same type"));
    }
    match std::fs::rename(&src.path, &dst.path) {
        Ok(()) => Ok(none()),
        Err(e) => exceptions::raise_os_error(&e, &[src.filename, dst.filename]),
    }
}

fn posix_rename(args: &[Value], kw: Kw) -> PyResult {
    rename_named("rename", args, kw)
}

fn posix_replace(args: &[Value], kw: Kw) -> PyResult {
    rename_named("replace", args, kw)
}

/// `os.stat_result`: ten visible fields, the times as ints, and nine more attributes.
fn stat_result_type() -> Value {
    structseq::registered("os.stat_result", || {
        structseq::new_type(
            "os",
            "stat_result",
            &[
                "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime",
            ],
            7,
            9,
        )
    })
}

fn stat_result(meta: &std::fs::Metadata) -> Value {
    let i = int::from_i64;
    let u = int::from_u64;
    let seconds = |sec: i64, nsec: i64| float::new(sec as f64 + nsec as f64 * 1e-9);
    let nanoseconds =
        |sec: i64, nsec: i64| int::from_big(num_bigint::BigInt::from(sec) * 1_000_000_000 + nsec);
    let visible = [
        u(u64::from(meta.mode())),
        u(meta.ino()),
        u(meta.dev()),
        u(meta.nlink()),
        u(u64::from(meta.uid())),
        u(u64::from(meta.gid())),
        u(meta.size()),
        i(meta.atime()),
        i(meta.mtime()),
        i(meta.ctime()),
    ];
    let attributes = [
        ("st_atime", seconds(meta.atime(), meta.atime_nsec())),
        ("st_mtime", seconds(meta.mtime(), meta.mtime_nsec())),
        ("st_ctime", seconds(meta.ctime(), meta.ctime_nsec())),
        ("st_atime_ns", nanoseconds(meta.atime(), meta.atime_nsec())),
        ("st_mtime_ns", nanoseconds(meta.mtime(), meta.mtime_nsec())),
        ("st_ctime_ns", nanoseconds(meta.ctime(), meta.ctime_nsec())),
        ("st_blksize", u(meta.blksize())),
        ("st_blocks", u(meta.blocks())),
        ("st_rdev", u(meta.rdev())),
    ];
    structseq::new(stat_result_type(), &visible, &attributes)
}

fn stat_named(func: &str, args: &[Value], kw: Kw, follow_default: bool) -> PyResult {
    let names = ["path", "dir_fd", "follow_symlinks"];
    let given = parameters(func, args, kw, &names, 1)?;
    reject_dir_fd(&names, &given)?;
    let accepts = if func == "stat" {
        Accepts::PathOrFd
    } else {
        Accepts::Path
    };
    let path = path_arg(func, "path", given[0].unwrap_or_else(none), accepts)?;
    let follow = match given[2] {
        Some(v) => ops::truthy(v)?,
        None => follow_default,
    };
    let meta = if follow {
        std::fs::metadata(&path.path)
    } else {
        std::fs::symlink_metadata(&path.path)
    };
    match meta {
        Ok(meta) => Ok(stat_result(&meta)),
        Err(e) => os_error(&e, &path),
    }
}

fn posix_stat(args: &[Value], kw: Kw) -> PyResult {
    stat_named("stat", args, kw, true)
}

fn posix_lstat(args: &[Value], kw: Kw) -> PyResult {
    stat_named("lstat", args, kw, false)
}

fn posix_readlink(args: &[Value], kw: Kw) -> PyResult {
    let path = single_path("readlink", args, kw, &["dir_fd"])?;
    match std::fs::read_link(&path.path) {
        Ok(target) => Ok(name_value(target.as_os_str(), path.bytes)),
        Err(e) => os_error(&e, &path),
    }
}

fn posix_symlink(args: &[Value], kw: Kw) -> PyResult {
    let names = ["src", "dst", "target_is_directory", "dir_fd"];
    let given = parameters("symlink", args, kw, &names, 2)?;
    reject_dir_fd(&names, &given)?;
    let src = path_arg(
        "symlink",
        "src",
        given[0].unwrap_or_else(none),
        Accepts::Path,
    )?;
    let dst = path_arg(
        "symlink",
        "dst",
        given[1].unwrap_or_else(none),
        Accepts::Path,
    )?;
    match std::os::unix::fs::symlink(&src.path, &dst.path) {
        Ok(()) => Ok(none()),
        Err(e) => exceptions::raise_os_error(&e, &[src.filename, dst.filename]),
    }
}

fn posix_chmod(args: &[Value], kw: Kw) -> PyResult {
    let names = ["path", "mode", "dir_fd", "follow_symlinks"];
    let given = parameters("chmod", args, kw, &names, 2)?;
    reject_dir_fd(&names, &given)?;
    let path = path_arg(
        "chmod",
        "path",
        given[0].unwrap_or_else(none),
        Accepts::PathOrFd,
    )?;
    let mode = args::index_arg(given[1].unwrap_or_else(none))?;
    use std::os::unix::fs::PermissionsExt;
    let permissions = std::fs::Permissions::from_mode(mode as u32);
    match std::fs::set_permissions(&path.path, permissions) {
        Ok(()) => Ok(none()),
        Err(e) => os_error(&e, &path),
    }
}

fn posix_access(args: &[Value], kw: Kw) -> PyResult {
    extern "C" {
        fn access(path: *const std::ffi::c_char, mode: std::ffi::c_int) -> std::ffi::c_int;
    }
    let names = ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"];
    let given = parameters("access", args, kw, &names, 2)?;
    reject_dir_fd(&names, &given)?;
    let path = path_arg(
        "access",
        "path",
        given[0].unwrap_or_else(none),
        Accepts::PathOrFd,
    )?;
    let mode = args::index_arg(given[1].unwrap_or_else(none))?;
    let Ok(c_path) = std::ffi::CString::new(path.path.into_os_string().into_vec()) else {
        return value_error("embedded null byte");
    };
    // SAFETY: `c_path` is a NUL-terminated string that outlives the call; access(2)
    // only reads it.
    let status = unsafe { access(c_path.as_ptr(), mode as std::ffi::c_int) };
    Ok(bool_value(status == 0))
}

fn posix_getpid(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getpid", kw)?;
    args::function_count("posix.getpid", args, 0, 0)?;
    Ok(int::from_u64(u64::from(std::process::id())))
}

fn posix_getppid(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getppid", kw)?;
    args::function_count("posix.getppid", args, 0, 0)?;
    Ok(int::from_u64(
        u64::from(std::os::unix::process::parent_id()),
    ))
}

fn posix_cpu_count(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("cpu_count", kw)?;
    args::function_count("posix.cpu_count", args, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int::from_u64(n.get() as u64),
        Err(_) => none(),
    })
}

fn posix_urandom(args: &[Value], kw: Kw) -> PyResult {
    let size = args::index_arg(one_argument("urandom", args, kw)?)?;
    if size < 0 {
        return value_error("negative argument not allowed");
    }
    let mut buffer = vec![0u8; size as usize];
    use std::io::Read;
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buffer));
    match read {
        Ok(()) => Ok(bytes::new(&buffer)),
        Err(e) => exceptions::raise_os_error(&e, &[]),
    }
}

fn posix_strerror(args: &[Value], kw: Kw) -> PyResult {
    let code = args::index_arg(one_argument("strerror", args, kw)?)?;
    let Ok(code) = i32::try_from(code) else {
        return raise(
            ExcKind::OverflowError,
            "signed integer is greater than maximum",
        );
    };
    Ok(pystr::new(&exceptions::strerror(code)))
}

/// An environment variable's name or value: a str (or bytes) without NUL.
fn environment_text(func: &str, v: Value) -> PyResult<OsString> {
    if let Some(s) = pystr::as_str(v) {
        if s.contains('\0') {
            return value_error("embedded null character");
        }
        return Ok(OsString::from(s));
    }
    if let Some(b) = bytes::as_bytes(v) {
        if b.contains(&0) {
            return value_error("embedded null byte");
        }
        return Ok(OsString::from_vec(b.to_vec()));
    }
    type_error(format!(
        "{func}: expected str, bytes or os.PathLike object, not {}",
        types::type_name(v)
    ))
}

fn posix_putenv(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("putenv", kw)?;
    args::count("putenv", args, 2, 2)?;
    let name = environment_text("putenv", args[0])?;
    let value = environment_text("putenv", args[1])?;
    if name.as_bytes().contains(&b'=') {
        return value_error("illegal environment variable name");
    }
    // setenv(3) refuses an empty name, which CPython raises as OSError.
    if name.is_empty() {
        return exceptions::raise_os_error(&std::io::Error::from_raw_os_error(22), &[]);
    }
    std::env::set_var(name, value);
    Ok(none())
}

fn posix_unsetenv(args: &[Value], kw: Kw) -> PyResult {
    let name = environment_text("unsetenv", one_argument("unsetenv", args, kw)?)?;
    if name.is_empty() || name.as_bytes().contains(&b'=') {
        // unsetenv(3) refuses these with EINVAL, which CPython raises as OSError.
        return exceptions::raise_os_error(&std::io::Error::from_raw_os_error(22), &[]);
    }
    std::env::remove_var(name);
    Ok(none())
}

/// The environment when the module was imported, as a dict of str to str.
fn environ() -> Value {
    let d = dict::new();
    if let Some(map) = d.get::<DictObj>() {
        for (name, value) in std::env::vars_os() {
            let name = pystr::new(&name.to_string_lossy());
            let value = pystr::new(&value.to_string_lossy());
            map.set(name, value).expect("str keys hash");
        }
    }
    d
}

fn posix_system(args: &[Value], kw: Kw) -> PyResult {
    let given = parameters("system", args, kw, &["command"], 1)?;
    let command = environment_text("system", given[0].unwrap_or_else(none))?;
    use std::os::unix::process::ExitStatusExt;
    match std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(command)
        .status()
    {
        Ok(status) => Ok(int::from_i64(i64::from(status.into_raw()))),
        Err(_) => Ok(int::from_i64(-1)),
    }
}

fn posix_exit(args: &[Value], kw: Kw) -> PyResult {
    let status = args::index_arg(one_argument("_exit", args, kw)?)?;
    std::process::exit(status as i32)
}

fn uname_result_type() -> Value {
    structseq::registered("posix.uname_result", || {
        structseq::new_type(
            "posix",
            "uname_result",
            &["sysname", "nodename", "release", "version", "machine"],
            5,
            0,
        )
    })
}

/// The fields of uname(2): system, node, release, version, machine.
pub fn uname_fields() -> [String; 5] {
    #[repr(C)]
    struct UtsName {
        fields: [[std::ffi::c_char; 65]; 6],
    }
    extern "C" {
        fn uname(buf: *mut UtsName) -> std::ffi::c_int;
    }
    let mut buf = UtsName {
        fields: [[0; 65]; 6],
    };
    // SAFETY: `buf` has the layout of Linux's `struct utsname` (six arrays of 65 chars),
    // which uname(2) fills with NUL-terminated strings.
    let status = unsafe { uname(&mut buf) };
    let text = |i: usize| -> String {
        if status != 0 {
            return String::new();
        }
        let raw: Vec<u8> = buf.fields[i]
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&raw).into_owned()
    };
    [text(0), text(1), text(2), text(3), text(4)]
}

fn posix_uname(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("uname", kw)?;
    args::function_count("posix.uname", args, 0, 0)?;
    let fields = uname_fields();
    let values: Vec<Value> = fields.iter().map(|f| pystr::new(f)).collect();
    Ok(structseq::new(uname_result_type(), &values, &[]))
}

fn posix_getuid(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getuid", kw)?;
    args::function_count("posix.getuid", args, 0, 0)?;
    extern "C" {
        fn getuid() -> u32;
    }
    // SAFETY: getuid(2) takes nothing and cannot fail.
    Ok(int::from_u64(u64::from(unsafe { getuid() })))
}

fn posix_getgid(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getgid", kw)?;
    args::function_count("posix.getgid", args, 0, 0)?;
    extern "C" {
        fn getgid() -> u32;
    }
    // SAFETY: getgid(2) takes nothing and cannot fail.
    Ok(int::from_u64(u64::from(unsafe { getgid() })))
}

extern "C" {
    fn open(path: *const std::ffi::c_char, flags: std::ffi::c_int, mode: u32) -> std::ffi::c_int;
    fn read(fd: std::ffi::c_int, buf: *mut u8, count: usize) -> isize;
    fn write(fd: std::ffi::c_int, buf: *const u8, count: usize) -> isize;
    fn close(fd: std::ffi::c_int) -> std::ffi::c_int;
}

/// `O_CLOEXEC`: CPython makes every descriptor it opens non-inheritable (PEP 446).
const O_CLOEXEC: i64 = 0o2000000;

/// A file descriptor argument.
fn fd_arg(v: Value) -> PyResult<std::ffi::c_int> {
    let fd = args::index_arg(v)?;
    std::ffi::c_int::try_from(fd).map_or_else(
        |_| raise(ExcKind::OverflowError, "fd is greater than maximum"),
        Ok,
    )
}

fn posix_open(args: &[Value], kw: Kw) -> PyResult {
    let names = ["path", "flags", "mode", "dir_fd"];
    let given = parameters("open", args, kw, &names, 2)?;
    reject_dir_fd(&names, &given)?;
    let path = path_arg("open", "path", given[0].unwrap_or_else(none), Accepts::Path)?;
    let flags = args::index_arg(given[1].unwrap_or_else(none))? | O_CLOEXEC;
    let mode = match given[2] {
        Some(m) => args::index_arg(m)?,
        None => 0o777,
    };
    let Ok(c_path) = std::ffi::CString::new(path.path.as_os_str().as_bytes()) else {
        return value_error("embedded null byte");
    };
    // SAFETY: `c_path` is NUL-terminated and outlives the call; open(2) only reads it.
    let fd = unsafe { open(c_path.as_ptr(), flags as std::ffi::c_int, mode as u32) };
    if fd < 0 {
        return os_error(&std::io::Error::last_os_error(), &path);
    }
    Ok(int::from_i64(i64::from(fd)))
}

fn posix_read(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("read", kw)?;
    args::count("read", args, 2, 2)?;
    let fd = fd_arg(args[0])?;
    let length = args::index_arg(args[1])?;
    if length < 0 {
        return exceptions::raise_os_error(&std::io::Error::from_raw_os_error(22), &[]);
    }
    let mut buffer = vec![0u8; length as usize];
    // SAFETY: `buffer` has `length` writable bytes for read(2) to fill.
    let got = unsafe { read(fd, buffer.as_mut_ptr(), buffer.len()) };
    if got < 0 {
        return exceptions::raise_os_error(&std::io::Error::last_os_error(), &[]);
    }
    buffer.truncate(got as usize);
    Ok(bytes::new(&buffer))
}

fn posix_write(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("write", kw)?;
    args::count("write", args, 2, 2)?;
    let fd = fd_arg(args[0])?;
    let data = bytes::expect_buffer(args[1])?;
    let data: &[u8] = &data;
    // SAFETY: `data` is a readable buffer of `data.len()` bytes for write(2).
    let written = unsafe { write(fd, data.as_ptr(), data.len()) };
    if written < 0 {
        return exceptions::raise_os_error(&std::io::Error::last_os_error(), &[]);
    }
    Ok(int::from_i64(written as i64))
}

fn posix_close(args: &[Value], kw: Kw) -> PyResult {
    let given = parameters("close", args, kw, &["fd"], 1)?;
    let fd = fd_arg(given[0].unwrap_or_else(none))?;
    // SAFETY: close(2) of any integer is safe; a bad descriptor fails with EBADF.
    if unsafe { close(fd) } < 0 {
        return exceptions::raise_os_error(&std::io::Error::last_os_error(), &[]);
    }
    Ok(none())
}

/// The names `confstr` knows, with glibc's numbers.
const CONFSTR_NAMES: &[(&str, i64)] = &[
    ("CS_PATH", 0),
    ("CS_GNU_LIBC_VERSION", 2),
    ("CS_GNU_LIBPTHREAD_VERSION", 3),
];

fn confstr_names() -> Value {
    let d = dict::new();
    if let Some(map) = d.get::<DictObj>() {
        for &(name, number) in CONFSTR_NAMES {
            map.set(pystr::new(name), int::from_i64(number))
                .expect("str keys hash");
        }
    }
    d
}

/// `confstr(name)`: a configuration string of the system (None when it has none).
fn posix_confstr(args: &[Value], kw: Kw) -> PyResult {
    extern "C" {
        fn confstr(name: std::ffi::c_int, buf: *mut std::ffi::c_char, len: usize) -> usize;
    }
    let name = one_argument("confstr", args, kw)?;
    let number = match pystr::as_str(name) {
        Some(text) => match CONFSTR_NAMES.iter().find(|(n, _)| *n == text) {
            Some(&(_, number)) => number,
            None => return value_error("unrecognized configuration name"),
        },
        None => args::index_arg(name)?,
    };
    let mut buffer = vec![0u8; 1024];
    // SAFETY: `buffer` has `buffer.len()` writable bytes, which confstr(3) fills with a
    // NUL-terminated string (truncated if longer; it returns the length needed).
    let needed = unsafe {
        confstr(
            number as std::ffi::c_int,
            buffer.as_mut_ptr().cast(),
            buffer.len(),
        )
    };
    if needed == 0 {
        let err = std::io::Error::last_os_error();
        if err.raw_os_error().is_some_and(|e| e != 0) {
            return exceptions::raise_os_error(&err, &[]);
        }
        return Ok(none());
    }
    let length = (needed - 1).min(buffer.len() - 1);
    Ok(pystr::new(&String::from_utf8_lossy(&buffer[..length])))
}

/// The entries of module `posix`.
pub fn entries() -> Vec<(&'static str, Value)> {
    let small = |n: i64| int::from_i64(n);
    vec![
        builtin("getcwd", posix_getcwd),
        builtin("getcwdb", posix_getcwdb),
        builtin("chdir", posix_chdir),
        builtin("listdir", posix_listdir),
        builtin("mkdir", posix_mkdir),
        builtin("rmdir", posix_rmdir),
        builtin("unlink", posix_unlink),
        builtin("remove", posix_remove),
        builtin("rename", posix_rename),
        builtin("replace", posix_replace),
        builtin("stat", posix_stat),
        builtin("lstat", posix_lstat),
        builtin("readlink", posix_readlink),
        builtin("symlink", posix_symlink),
        builtin("chmod", posix_chmod),
        builtin("access", posix_access),
        builtin("getpid", posix_getpid),
        builtin("getppid", posix_getppid),
        builtin("getuid", posix_getuid),
        builtin("getgid", posix_getgid),
        builtin("cpu_count", posix_cpu_count),
        builtin("urandom", posix_urandom),
        builtin("strerror", posix_strerror),
        builtin("putenv", posix_putenv),
        builtin("unsetenv", posix_unsetenv),
        builtin("system", posix_system),
        builtin("_exit", posix_exit),
        builtin("uname", posix_uname),
        builtin("confstr", posix_confstr),
        builtin("open", posix_open),
        builtin("read", posix_read),
        builtin("write", posix_write),
        builtin("close", posix_close),
        ("O_RDONLY", small(0)),
        ("O_WRONLY", small(1)),
        ("O_RDWR", small(2)),
        ("O_CREAT", small(0o100)),
        ("O_EXCL", small(0o200)),
        ("O_TRUNC", small(0o1000)),
        ("O_APPEND", small(0o2000)),
        ("O_CLOEXEC", small(O_CLOEXEC)),
        ("confstr_names", confstr_names()),
        ("environ", environ()),
        ("stat_result", stat_result_type()),
        ("uname_result", uname_result_type()),
        ("F_OK", small(0)),
        ("R_OK", small(4)),
        ("W_OK", small(2)),
        ("X_OK", small(1)),
    ]
}
