//! File objects: `sys.stdout` and `sys.stderr`, writing through `output`.

use crate::memory::heap;
use crate::objects::exceptions::type_error;
use crate::objects::int;
use crate::objects::methods::Method;
use crate::objects::str as pystr;
use crate::objects::types;
use crate::objects::value::{none, Header, HeapObject, Kind, PyResult, Value};
use crate::output;
use crate::protocols::args;
use crate::protocols::call::Kw;
use std::fmt::Write;

/// `sys.stdout` or `sys.stderr`. Holds no `Value`s.
#[repr(C)]
pub struct FileObj {
    pub header: Header,
    pub name: &'static str,
    pub stderr: bool,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for FileObj {
    const KIND: Kind = Kind::File;
}

/// The methods of file objects.
pub static METHODS: &[Method] = &[
    Method {
        name: "write",
        func: write,
    },
    Method {
        name: "flush",
        func: flush,
    },
];

/// A file object writing to standard output or (`stderr`) standard error.
pub fn new(name: &'static str, stderr: bool) -> Value {
    heap::new(FileObj {
        header: Header::new(Kind::File),
        name,
        stderr,
    })
}

/// `file.write(s)`.
fn write(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("write", kw)?;
    args::method_count("write", args, 1, 1)?;
    let f = args[0].get::<FileObj>();
    let Some(s) = pystr::as_str(args[1]) else {
        return type_error(format!(
            "write() argument must be str, not {}",
            types::type_name(args[1])
        ));
    };
    write_to(f.is_some_and(|f| f.stderr), s);
    Ok(int::from_u64(
        pystr::as_str(args[1]).map_or(0, |s| s.chars().count()) as u64,
    ))
}

/// `file.flush()`.
fn flush(args: &[Value], _kw: Kw) -> PyResult {
    if args
        .first()
        .and_then(|f| f.get::<FileObj>())
        .is_some_and(|f| !f.stderr)
    {
        output::flush_stdout();
    }
    Ok(none())
}

/// Writes to stdout or stderr.
pub fn write_to(stderr: bool, s: &str) {
    if stderr {
        output::write_stderr(s);
    } else {
        output::write_stdout(s);
    }
}

/// True if `v` is `sys.stderr`.
pub fn is_stderr(v: Value) -> bool {
    v.get::<FileObj>().is_some_and(|f| f.stderr)
}

/// `repr(file)`.
pub fn repr_into(v: Value, out: &mut String) {
    let name = v.get::<FileObj>().map_or("?", |f| f.name);
    let _ = write!(
        out,
        "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
    );
}
