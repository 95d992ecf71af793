//! The `io` module and the builtin `open`: file objects as native classes (CPython's
//! `_io`) over the streams of `objects::file`: `TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom`, `FileIO`, `StringIO`, `BytesIO`, the abstract bases
//! `IOBase`, `RawIOBase`, `BufferedIOBase` and `TextIOBase`, and `UnsupportedOperation`.
//! `sys.stdin`, `sys.stdout` and `sys.stderr` are `TextIOWrapper`s made here.
//!
//! Every method is defined once, on `IOBase`, and acts on the stream in the hidden
//! `__closc_file` state: a text stream (`TextIOWrapper`), a byte stream (the buffered
//! classes, `FileIO`, `BytesIO`) or the characters of a `StringIO` (kept in
//! `__closc_chars` as a list of one str per written piece, joined when read). An instance
//! of a program's class deriving from an abstract base has no state: its methods raise
//! `UnsupportedOperation` as CPython's defaults do, and `writelines`, iteration and `with`
//! go through the program's own `write`, `readline` and `close`.

use crate::objects::bytes;
use crate::objects::class::{self, Layout};
use crate::objects::codecs;
use crate::objects::exceptions::{self, raise, raise_os_error, type_error, value_error, ExcKind};
use crate::objects::file::{self, Encoding, FileObj, Newline, Stream, StreamError, Target};
use crate::objects::function;
use crate::objects::int;
use crate::objects::list;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use crate::protocols::iter;
use crate::protocols::repr;
use std::cell::{Cell, RefCell, RefMut};
use std::rc::Rc;

const IOBASE: &str = "io.IOBase";
const RAW_IOBASE: &str = "io.RawIOBase";
const BUFFERED_IOBASE: &str = "io.BufferedIOBase";
const TEXT_IOBASE: &str = "io.TextIOBase";
const FILE_IO: &str = "_io.FileIO";
const BUFFERED_READER: &str = "_io.BufferedReader";
const BUFFERED_WRITER: &str = "_io.BufferedWriter";
const BUFFERED_RANDOM: &str = "_io.BufferedRandom";
const TEXT_IO_WRAPPER: &str = "_io.TextIOWrapper";
const BYTES_IO: &str = "_io.BytesIO";
const STRING_IO: &str = "_io.StringIO";
const UNSUPPORTED_OPERATION: &str = "io.UnsupportedOperation";

/// The instance attribute holding a file object's `FileObj`.
const STATE: &str = "__closc_file";

thread_local! {
    /// `sys.stdin`, `sys.stdout`, `sys.stderr` once made (`sys.__stdout__` and the others
    /// keep them after a program rebinds the `sys` attributes).
    static STANDARD: RefCell<[Value; 3]> = const { RefCell::new([Value::NULL; 3]) };
    /// The builtin `open`, which is also `io.open`.
    static OPEN: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// The standard streams and `open`, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    STANDARD.with(|s| {
        s.borrow()
            .iter()
            .filter(|v| !v.is_null())
            .for_each(|&v| visit(v))
    });
    let open = OPEN.with(Cell::get);
    if !open.is_null() {
        visit(open);
    }
}

// ---------------------------------------------------------------------------------------
// Classes

const IOBASE_METHODS: &[(&str, function::NativeFn)] = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("readinto", readinto),
    ("read1", read),
    ("write", write),
    ("writelines", writelines),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("flush", flush),
    ("close", close),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("fileno", fileno),
    ("isatty", isatty),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter_self),
    ("__next__", next_line),
];

fn make_iobase() -> Value {
    let cls = native_class::new_class("IOBase", "io", Value::NULL, IOBASE_METHODS);
    let closed = function::new_property(
        function::new_builtin("closed", closed),
        Value::NULL,
        Value::NULL,
        Value::NULL,
    )
    .expect("a property of a builtin function");
    native_class::class_set(cls, "closed", closed);
    cls
}

fn iobase() -> Value {
    native_class::class(IOBASE, make_iobase)
}

fn make_raw_iobase() -> Value {
    native_class::new_class("RawIOBase", "io", iobase(), &[])
}

fn make_buffered_iobase() -> Value {
    native_class::new_class("BufferedIOBase", "io", iobase(), &[])
}

fn make_text_iobase() -> Value {
    native_class::new_class("TextIOBase", "io", iobase(), &[])
}

fn make_file_io() -> Value {
    let base = native_class::class(RAW_IOBASE, make_raw_iobase);
    native_class::new_class(
        "FileIO",
        "_io",
        base,
        &[("__repr__", file_io_repr), ("readall", readall)],
    )
}

fn make_buffered(name: &'static str) -> Value {
    let base = native_class::class(BUFFERED_IOBASE, make_buffered_iobase);
    native_class::new_class(name, "_io", base, &[("__repr__", buffered_repr)])
}

fn make_buffered_reader() -> Value {
    make_buffered("BufferedReader")
}

fn make_buffered_writer() -> Value {
    make_buffered("BufferedWriter")
}

fn make_buffered_random() -> Value {
    make_buffered("BufferedRandom")
}

fn make_text_io_wrapper() -> Value {
    let base = native_class::class(TEXT_IOBASE, make_text_iobase);
    native_class::new_class(
        "TextIOWrapper",
        "_io",
        base,
        &[
            ("__init__", text_io_wrapper_init),
            ("__repr__", text_repr),
            ("reconfigure", reconfigure),
        ],
    )
}

fn make_bytes_io() -> Value {
    let base = native_class::class(BUFFERED_IOBASE, make_buffered_iobase);
    native_class::new_class(
        "BytesIO",
        "_io",
        base,
        &[("__init__", bytes_io_init), ("getvalue", getvalue)],
    )
}

fn make_string_io() -> Value {
    let base = native_class::class(TEXT_IOBASE, make_text_iobase);
    native_class::new_class(
        "StringIO",
        "_io",
        base,
        &[("__init__", string_io_init), ("getvalue", getvalue)],
    )
}

fn make_unsupported_operation() -> Value {
    let bases = [
        types::exc_class(ExcKind::OSError),
        types::exc_class(ExcKind::ValueError),
    ];
    let cls = class::new_builtin("UnsupportedOperation", &bases, Layout::Exception);
    native_class::class_set(cls, "__module__", pystr::new("io"));
    cls
}

fn class_of(key: &'static str) -> Value {
    let make: fn() -> Value = match key {
        IOBASE => make_iobase,
        RAW_IOBASE => make_raw_iobase,
        BUFFERED_IOBASE => make_buffered_iobase,
        TEXT_IOBASE => make_text_iobase,
        FILE_IO => make_file_io,
        BUFFERED_READER => make_buffered_reader,
        BUFFERED_WRITER => make_buffered_writer,
        BUFFERED_RANDOM => make_buffered_random,
        TEXT_IO_WRAPPER => make_text_io_wrapper,
        BYTES_IO => make_bytes_io,
        STRING_IO => make_string_io,
        _ => make_unsupported_operation,
    };
    native_class::class(key, make)
}

/// Raises `io.UnsupportedOperation(message)`.
fn unsupported<T>(message: &str) -> PyResult<T> {
    let args = tuple::new(&[pystr::new(message)]);
    let exc = exceptions::new_instance(class_of(UNSUPPORTED_OPERATION), args);
    Err(exceptions::set_pending(exc))
}

fn closed_file<T>() -> PyResult<T> {
    value_error("I/O operation on closed file.")
}

// ---------------------------------------------------------------------------------------
// The state of a receiver

/// What a method acts on.
enum Receiver {
    /// An OS file, standard stream or `BytesIO`, and which kind of file object shows it.
    Stream(Rc<RefCell<Stream>>, Flavor),
    /// A `StringIO`.
    Chars(Value),
    /// An instance of a program's class deriving from an abstract base.
    Abstract(Value),
}

fn receiver(args: &[Value], method: &str) -> PyResult<Receiver> {
    let this = native_class::this(args, IOBASE, method, "_io._IOBase")?;
    if let Some(f) = native_class::get(this, STATE).and_then(|v| v.get::<FileObj>()) {
        let flavor = if f.text {
            Flavor::Text
        } else if native_class::is(this, FILE_IO) {
            Flavor::Raw
        } else if native_class::is(this, BYTES_IO) {
            Flavor::Memory
        } else {
            Flavor::Buffered
        };
        return Ok(Receiver::Stream(f.stream.clone(), flavor));
    }
    if native_class::get(this, CHARS).is_some() {
        return Ok(Receiver::Chars(this));
    }
    Ok(Receiver::Abstract(this))
}

/// The kinds of file objects over a stream, which word their errors differently.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    /// `TextIOWrapper`: reads and writes str.
    Text,
    /// `BufferedReader`, `BufferedWriter`, `BufferedRandom`.
    Buffered,
    /// `FileIO`.
    Raw,
    /// `BytesIO`.
    Memory,
}

/// The open stream of the receiver, with CPython's error for operation `op` of a closed
/// file (the layers of CPython's files word it differently).
fn open_stream<'a>(
    stream: &'a Rc<RefCell<Stream>>,
    flavor: Flavor,
    op: &str,
) -> PyResult<RefMut<'a, Stream>> {
    let s = stream.borrow_mut();
    if !s.closed() {
        return Ok(s);
    }
    let message = match (flavor, op) {
        (Flavor::Memory, _) => "I/O operation on closed file.",
        (_, "readable" | "writable" | "seekable" | "fileno" | "isatty") => {
            "I/O operation on closed file"
        }
        (Flavor::Buffered | Flavor::Raw, "tell") => "I/O operation on closed file",
        (Flavor::Raw, "read" | "readline" | "readall") => "I/O operation on closed file",
        (Flavor::Buffered, "read") => "read of closed file",
        (Flavor::Buffered, "flush") if s.writable => "flush of closed file",
        _ => "I/O operation on closed file.",
    };
    value_error(message)
}

fn readable_stream<'a>(
    stream: &'a Rc<RefCell<Stream>>,
    flavor: Flavor,
    op: &str,
) -> PyResult<RefMut<'a, Stream>> {
    let s = open_stream(stream, flavor, op)?;
    if !s.readable {
        return unsupported(match flavor {
            Flavor::Text => "not readable",
            Flavor::Raw => "File not open for reading",
            Flavor::Buffered | Flavor::Memory => "read",
        });
    }
    Ok(s)
}

fn writable_stream<'a>(
    stream: &'a Rc<RefCell<Stream>>,
    flavor: Flavor,
    op: &str,
) -> PyResult<RefMut<'a, Stream>> {
    let s = open_stream(stream, flavor, op)?;
    if !s.writable {
        return unsupported(match flavor {
            Flavor::Text if op == "write" => "not writable",
            Flavor::Raw => "File not open for writing",
            _ => op,
        });
    }
    Ok(s)
}

/// Raises what a failed stream operation means in Python.
fn stream_error<T>(s: &Stream, e: StreamError) -> PyResult<T> {
    match e {
        StreamError::Os(e) => raise_os_error(&e, &[]),
        StreamError::Decode(data) => {
            let (encoding, errors) = s
                .text
                .as_ref()
                .map_or((Encoding::Utf8, "strict"), |t| (t.encoding, &t.errors));
            codecs::decode(
                "decode",
                &data,
                Some(pystr::new(encoding_name(encoding))),
                Some(pystr::new(errors)),
            )?;
            value_error("undecodable text")
        }
    }
}

fn os_result<T>(r: std::io::Result<T>) -> PyResult<T> {
    r.or_else(|e| raise_os_error(&e, &[]))
}

fn encoding_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "utf-8",
        Encoding::Ascii => "ascii",
        Encoding::Latin1 => "latin-1",
    }
}

/// A `size` argument: None or negative means "all".
fn size_arg(v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            let n = args::index_arg(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn optional_arg(args: &[Value], kw: Kw, i: usize, name: &str) -> Option<Value> {
    args.get(i).copied().or_else(|| kw.get(name))
}

// ---------------------------------------------------------------------------------------
// StringIO: its text is a list of str pieces (joined on demand) and a position in chars.

const CHARS: &str = "__closc_chars";
const POSITION: &str = "__closc_position";
const STRING_NEWLINE: &str = "__closc_newline";
const CLOSED: &str = "__closc_closed";
const LENGTH: &str = "__closc_length";

/// The text of a StringIO, joined into one str (and kept so).
fn chars_text(this: Value) -> String {
    chars_value(this).map_or_else(String::new, |v| pystr::as_str(v).unwrap_or("").to_owned())
}

/// The text of a StringIO as one str value, joining its pieces first (and keeping the join,
/// so that the value stays reachable from the StringIO); None before any text.
fn chars_value(this: Value) -> Option<Value> {
    let pieces = native_class::state(this, CHARS);
    let l = pieces.get::<list::ListObj>()?;
    let mut items = l.items_mut();
    if items.len() != 1 {
        let joined: String = items.iter().filter_map(|v| pystr::as_str(*v)).collect();
        items.clear();
        items.push(pystr::new(&joined));
    }
    Some(items[0])
}

fn set_chars_text(this: Value, text: &str) {
    native_class::set(this, CHARS, list::from_vec(vec![pystr::new(text)]));
    set_chars_length(this, text.chars().count());
}

/// The length of a StringIO's text in chars.
fn chars_length(this: Value) -> usize {
    let n = native_class::state(this, LENGTH);
    if n.is_small() {
        n.small_value() as usize
    } else {
        0
    }
}

fn set_chars_length(this: Value, n: usize) {
    native_class::set(this, LENGTH, Value::small(n as i64));
}

fn chars_position(this: Value) -> usize {
    let p = native_class::state(this, POSITION);
    if p.is_small() {
        p.small_value() as usize
    } else {
        0
    }
}

fn set_chars_position(this: Value, p: usize) {
    native_class::set(this, POSITION, Value::small(p as i64));
}

fn chars_open(this: Value) -> PyResult<()> {
    if native_class::get(this, CLOSED).is_some() {
        return value_error("I/O operation on closed file");
    }
    Ok(())
}

/// The byte offset of character `chars` in `text` (its length when past the end).
fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

/// The newline mode of a StringIO: None (universal), '' or a line end.
fn chars_newline(this: Value) -> Option<&'static str> {
    pystr::as_str(native_class::state(this, STRING_NEWLINE))
}

fn string_io_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, STRING_IO, "__init__", "_io.StringIO")?;
    args::check_kw("StringIO", kw, &["initial_value", "newline"])?;
    if args.len() > 3 {
        return type_error(format!(
            "StringIO() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let newline = match optional_arg(args, kw, 2, "newline") {
        None => pystr::new("\n"),
        Some(v) if v.is_none() => v,
        Some(v) => match pystr::as_str(v) {
            Some("" | "\n" | "\r" | "\r\n") => v,
            Some(_) => {
                return value_error(format!("illegal newline value: {}", repr::repr_string(v)?))
            }
            None => {
                return type_error(format!(
                    "newline must be str or None, not {}",
                    args::given_type(v)
                ))
            }
        },
    };
    native_class::set(this, STRING_NEWLINE, newline);
    native_class::del(this, CLOSED);
    let initial = match optional_arg(args, kw, 1, "initial_value") {
        None => String::new(),
        Some(v) if v.is_none() => String::new(),
        Some(v) => match pystr::as_str(v) {
            Some(s) => translate_for_write(s, chars_newline(this)),
            None => {
                return type_error(format!(
                    "initial_value must be str or None, not {}",
                    args::given_type(v)
                ))
            }
        },
    };
    set_chars_text(this, &initial);
    set_chars_position(this, 0);
    Ok(none())
}

/// Written text as a StringIO with `newline` stores it.
fn translate_for_write(s: &str, newline: Option<&str>) -> String {
    match newline {
        None => s.replace("\r\n", "\n").replace('\r', "\n"),
        Some("\r") | Some("\r\n") => s.replace('\n', newline.unwrap_or("\n")),
        _ => s.to_owned(),
    }
}

fn chars_write(this: Value, s: &str) {
    let s = translate_for_write(s, chars_newline(this));
    let pos = chars_position(this);
    let added = s.chars().count();
    let pieces = native_class::state(this, CHARS);
    let length = chars_length(this);
    // Appending at the end (the usual case) adds a piece; anything else rebuilds.
    if pos == length {
        if let Some(l) = pieces.get::<list::ListObj>() {
            l.items_mut().push(pystr::new(&s));
        }
        set_chars_length(this, length + added);
    } else {
        let mut text = chars_text(this);
        if pos > length {
            text.extend(std::iter::repeat_n('\0', pos - length));
        }
        let start = byte_offset(&text, pos);
        let end = byte_offset(&text, pos + added);
        text.replace_range(start..end, &s);
        set_chars_text(this, &text);
    }
    set_chars_position(this, pos + added);
}

fn chars_read(this: Value, n: Option<usize>) -> String {
    let text = chars_text(this);
    let pos = chars_position(this);
    let start = byte_offset(&text, pos);
    let rest = &text[start..];
    let end = n.map_or(rest.len(), |n| byte_offset(rest, n));
    set_chars_position(this, pos + rest[..end].chars().count());
    rest[..end].to_owned()
}

fn chars_readline(this: Value, limit: Option<usize>) -> String {
    // Borrowed, not copied, and indexed directly when ASCII: reading a StringIO line by line
    // must not cost the length of the whole text per line.
    let Some(value) = chars_value(this) else {
        return String::new();
    };
    let text = pystr::as_str(value).unwrap_or("");
    let pos = chars_position(this);
    let start = match value.get::<pystr::StrObj>() {
        Some(s) if s.is_ascii() => pos.min(text.len()),
        _ => byte_offset(text, pos),
    };
    let rest = &text[start..];
    let newline = chars_newline(this);
    let mut end = rest.len();
    let mut count = 0;
    let mut it = rest.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if limit == Some(count) {
            end = i;
            break;
        }
        count += 1;
        let after = i + c.len_utf8();
        let ends = match newline {
            Some("") => {
                if c == '\r' && it.peek().map(|&(_, d)| d) == Some('\n') {
                    end = after + 1;
                    count += 1;
                    break;
                }
                c == '\n' || c == '\r'
            }
            Some("\r") => c == '\r',
            Some("\r\n") => c == '\n' && rest[..i].ends_with('\r'),
            _ => c == '\n',
        };
        if ends {
            end = after;
            break;
        }
    }
    set_chars_position(this, pos + count);
    rest[..end].to_owned()
}

// ---------------------------------------------------------------------------------------
// BytesIO

fn bytes_io_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, BYTES_IO, "__init__", "_io.BytesIO")?;
    args::check_kw("BytesIO", kw, &["initial_bytes"])?;
    if args.len() > 2 {
        return type_error(format!(
            "BytesIO() takes at most 1 argument ({} given)",
            args.len() - 1
        ));
    }
    let data = match optional_arg(args, kw, 1, "initial_bytes") {
        None => Vec::new(),
        Some(v) if v.is_none() => Vec::new(),
        Some(v) => bytes::expect_buffer(v)?.into_vec(),
    };
    native_class::set(this, STATE, file::new(Stream::memory(data)));
    Ok(none())
}

/// `getvalue()` of a StringIO or BytesIO.
fn getvalue(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getvalue", kw)?;
    args::method_count("getvalue", args, 0, 0)?;
    match receiver(args, "getvalue")? {
        Receiver::Chars(this) => {
            chars_open(this)?;
            Ok(pystr::new(&chars_text(this)))
        }
        Receiver::Stream(s, flavor) => {
            let s = open_stream(&s, flavor, "getvalue")?;
            Ok(bytes::new(s.contents()))
        }
        Receiver::Abstract(_) => unsupported("getvalue"),
    }
}

// ---------------------------------------------------------------------------------------
// The methods

fn read(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("read", kw, &["size"])?;
    args::method_count("read", args, 0, 1)?;
    let n = size_arg(optional_arg(args, kw, 1, "size"))?;
    match receiver(args, "read")? {
        Receiver::Stream(stream, flavor) => {
            let mut s = readable_stream(&stream, flavor, "read")?;
            if flavor == Flavor::Text {
                match s.read_text(n) {
                    Ok(text) => Ok(pystr::new(&text)),
                    Err(e) => stream_error(&s, e),
                }
            } else {
                let data = os_result(s.read(n))?;
                Ok(bytes::new(&data))
            }
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            Ok(pystr::new(&chars_read(this, n)))
        }
        Receiver::Abstract(_) => unsupported("read"),
    }
}

/// `readinto(b)` of a binary file: reads up to `len(b)` bytes into the bytearray `b`,
/// returning how many.
fn readinto(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("readinto", kw)?;
    args::method_count("readinto", args, 1, 1)?;
    let Some(target) = args[1].get::<bytes::ByteArrayObj>() else {
        return type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            types::type_name(args[1])
        ));
    };
    let wanted = target.data().len();
    let data = read(&[args[0], int::from_u64(wanted as u64)], Kw::NONE)?;
    let Some(got) = bytes::as_bytes(data) else {
        return unsupported("readinto");
    };
    target.data_mut()[..got.len()].copy_from_slice(got);
    Ok(int::from_u64(got.len() as u64))
}

/// `FileIO.readall()`: the rest of the file.
fn readall(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("readall", kw)?;
    args::method_count("readall", args, 0, 0)?;
    read(&args[..1], Kw::NONE)
}

fn readline(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("readline", kw, &["size"])?;
    args::method_count("readline", args, 0, 1)?;
    let limit = size_arg(optional_arg(args, kw, 1, "size"))?;
    match receiver(args, "readline")? {
        Receiver::Stream(stream, flavor) => {
            let mut s = readable_stream(&stream, flavor, "readline")?;
            if flavor == Flavor::Text {
                match s.read_text_line(limit) {
                    Ok(text) => Ok(pystr::new(&text)),
                    Err(e) => stream_error(&s, e),
                }
            } else {
                let data = os_result(s.read_line(limit))?;
                Ok(bytes::new(&data))
            }
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            Ok(pystr::new(&chars_readline(this, limit)))
        }
        Receiver::Abstract(_) => unsupported("readline"),
    }
}

/// A line from any file object: a native one directly, a program's through its
/// `readline`.
fn line_of(this: Value) -> PyResult {
    match receiver(&[this], "readline")? {
        Receiver::Abstract(_) => call::call_method(this, pystr::intern("readline"), &[], Kw::NONE),
        _ => readline(&[this], Kw::NONE),
    }
}

fn is_empty_line(v: Value) -> PyResult<bool> {
    Ok(crate::protocols::ops::len(v)? == 0)
}

fn readlines(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("readlines", kw, &["hint"])?;
    args::method_count("readlines", args, 0, 1)?;
    let hint = size_arg(optional_arg(args, kw, 1, "hint"))?.filter(|&h| h > 0);
    let this = args[0];
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = line_of(this)?;
        if is_empty_line(line)? {
            break;
        }
        total += crate::protocols::ops::len(line)?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list::from_vec(lines))
}

fn write(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("write", kw)?;
    args::method_count("write", args, 1, 1)?;
    let data = args[1];
    match receiver(args, "write")? {
        Receiver::Stream(stream, flavor) => {
            let mut s = writable_stream(&stream, flavor, "write")?;
            let Some(text) = s.text.as_ref().filter(|_| flavor == Flavor::Text) else {
                let buf = bytes::expect_buffer(data)?;
                os_result(s.write(&buf))?;
                return Ok(int::from_u64(buf.len() as u64));
            };
            let Some(string) = pystr::as_str(data) else {
                return type_error(format!(
                    "write() argument must be str, not {}",
                    types::type_name(data)
                ));
            };
            let translated = match text.newline {
                Newline::Exactly(end) if end != "\n" && string.contains('\n') => {
                    std::borrow::Cow::Owned(string.replace('\n', end))
                }
                _ => std::borrow::Cow::Borrowed(string),
            };
            let encoding = text.encoding;
            let errors = pystr::new(&text.errors);
            if encoding == Encoding::Utf8 || translated.is_ascii() {
                os_result(s.write(translated.as_bytes()))?;
            } else {
                let encoded = codecs::encode(
                    data,
                    &translated,
                    Some(pystr::new(encoding_name(encoding))),
                    Some(errors),
                )?;
                os_result(s.write(&encoded))?;
            }
            Ok(int::from_u64(string.chars().count() as u64))
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            let Some(string) = pystr::as_str(data) else {
                return type_error(format!(
                    "string argument expected, got '{}'",
                    types::type_name(data)
                ));
            };
            chars_write(this, string);
            Ok(int::from_u64(string.chars().count() as u64))
        }
        Receiver::Abstract(_) => unsupported("write"),
    }
}

fn writelines(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("writelines", kw)?;
    args::method_count("writelines", args, 1, 1)?;
    let this = args[0];
    if let Receiver::Stream(s, flavor) = receiver(args, "writelines")? {
        open_stream(&s, flavor, "writelines")?;
    }
    let items = iter::collect(args[1])?;
    let write = pystr::intern("write");
    for line in items {
        call::call_method(this, write, &[line], Kw::NONE)?;
    }
    Ok(none())
}

fn seek(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("seek", kw)?;
    args::method_count("seek", args, 1, 2)?;
    let offset = args::index_arg(args[1])?;
    let whence = match args.get(2) {
        Some(&w) => args::index_arg(w)?,
        None => 0,
    };
    match receiver(args, "seek")? {
        Receiver::Stream(stream, flavor) => {
            let mut s = open_stream(&stream, flavor, "seek")?;
            if !matches!(whence, 0..=2) {
                return value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"));
            }
            if flavor == Flavor::Text {
                if whence == 1 && offset != 0 {
                    return unsupported("can't do nonzero cur-relative seeks");
                }
                if whence == 2 && offset != 0 {
                    return unsupported("can't do nonzero end-relative seeks");
                }
                if offset < 0 {
                    return value_error(format!("negative seek position {offset}"));
                }
            } else if matches!(s.target, Target::Memory) && whence == 0 && offset < 0 {
                return value_error(format!("negative seek value {offset}"));
            }
            let pos = os_result(s.seek(offset, whence as u8))?;
            Ok(int::from_u64(pos))
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            let length = chars_length(this) as i64;
            let pos = match whence {
                0 if offset < 0 => return value_error(format!("Negative seek position {offset}")),
                0 => offset,
                1 | 2 if offset != 0 => {
                    return raise(ExcKind::OSError, "Can't do nonzero cur-relative seeks")
                }
                1 => chars_position(this) as i64,
                2 => length,
                _ => return value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")),
            };
            set_chars_position(this, pos as usize);
            Ok(int::from_i64(pos))
        }
        Receiver::Abstract(_) => unsupported("seek"),
    }
}

fn tell(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("tell", kw)?;
    args::method_count("tell", args, 0, 0)?;
    match receiver(args, "tell")? {
        Receiver::Stream(stream, flavor) => {
            let mut s = open_stream(&stream, flavor, "tell")?;
            if flavor == Flavor::Text && s.text.as_ref().is_some_and(|t| t.iterating) {
                return raise(ExcKind::OSError, "telling position disabled by next() call");
            }
            Ok(int::from_u64(os_result(s.tell())?))
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            Ok(int::from_u64(chars_position(this) as u64))
        }
        Receiver::Abstract(this) => call::call_method(
            this,
            pystr::intern("seek"),
            &[Value::small(0), Value::small(1)],
            Kw::NONE,
        ),
    }
}

fn truncate(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("truncate", kw, &["size"])?;
    args::method_count("truncate", args, 0, 1)?;
    let size = optional_arg(args, kw, 1, "size").filter(|v| !v.is_none());
    match receiver(args, "truncate")? {
        Receiver::Stream(stream, flavor) => {
            let mut s = writable_stream(&stream, flavor, "truncate")?;
            let size = match size {
                Some(v) => args::index_arg(v)?,
                None => os_result(s.tell())? as i64,
            };
            if size < 0 {
                return value_error(format!("negative size value {size}"));
            }
            os_result(s.truncate(size as u64))?;
            Ok(int::from_i64(size))
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            let size = match size {
                Some(v) => args::index_arg(v)?,
                None => chars_position(this) as i64,
            };
            if size < 0 {
                return value_error(format!("Negative size value {size}"));
            }
            let mut text = chars_text(this);
            text.truncate(byte_offset(&text, size as usize));
            set_chars_text(this, &text);
            Ok(int::from_i64(size))
        }
        Receiver::Abstract(_) => unsupported("truncate"),
    }
}

fn flush(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("flush", kw)?;
    args::method_count("flush", args, 0, 0)?;
    match receiver(args, "flush")? {
        Receiver::Stream(stream, flavor) => {
            let mut s = open_stream(&stream, flavor, "flush")?;
            os_result(s.flush())?;
        }
        Receiver::Chars(this) => chars_open(this)?,
        Receiver::Abstract(this) => {
            if native_class::get(this, CLOSED).is_some() {
                return closed_file();
            }
        }
    }
    Ok(none())
}

fn close(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("close", kw)?;
    args::method_count("close", args, 0, 0)?;
    match receiver(args, "close")? {
        Receiver::Stream(stream, _) => {
            let mut s = stream.borrow_mut();
            // Closing the standard streams only marks them closed for the program.
            os_result(s.close())?;
        }
        Receiver::Chars(this) | Receiver::Abstract(this) => {
            native_class::set(this, CLOSED, bool_value(true));
        }
    }
    Ok(none())
}

fn closed(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("closed", kw)?;
    Ok(bool_value(match receiver(args, "closed")? {
        Receiver::Stream(s, _) => s.borrow().closed(),
        Receiver::Chars(this) | Receiver::Abstract(this) => {
            native_class::get(this, CLOSED).is_some()
        }
    }))
}

/// `readable()`, `writable()` or `seekable()`.
fn ability(args: &[Value], kw: Kw, name: &str, test: fn(&Stream) -> bool) -> PyResult {
    args::no_kw(name, kw)?;
    args::method_count(name, args, 0, 0)?;
    match receiver(args, name)? {
        Receiver::Stream(stream, flavor) => {
            let s = open_stream(&stream, flavor, name)?;
            Ok(bool_value(test(&s)))
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            Ok(bool_value(true))
        }
        Receiver::Abstract(_) => Ok(bool_value(false)),
    }
}

fn readable(args: &[Value], kw: Kw) -> PyResult {
    ability(args, kw, "readable", |s| s.readable)
}

fn writable(args: &[Value], kw: Kw) -> PyResult {
    ability(args, kw, "writable", |s| s.writable)
}

fn seekable(args: &[Value], kw: Kw) -> PyResult {
    ability(args, kw, "seekable", Stream::seekable)
}

fn fileno(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("fileno", kw)?;
    args::method_count("fileno", args, 0, 0)?;
    match receiver(args, "fileno")? {
        Receiver::Stream(stream, flavor) => {
            let s = open_stream(&stream, flavor, "fileno")?;
            match s.fileno() {
                Some(fd) => Ok(int::from_i64(i64::from(fd))),
                None => unsupported("fileno"),
            }
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            unsupported("fileno")
        }
        Receiver::Abstract(_) => unsupported("fileno"),
    }
}

fn isatty(args: &[Value], kw: Kw) -> PyResult {
    use std::io::IsTerminal;
    args::no_kw("isatty", kw)?;
    args::method_count("isatty", args, 0, 0)?;
    let terminal = match receiver(args, "isatty")? {
        Receiver::Stream(stream, flavor) => {
            let s = open_stream(&stream, flavor, "isatty")?;
            match &s.target {
                Target::Disk(f) => f.is_terminal(),
                Target::Stdin => std::io::stdin().is_terminal(),
                Target::Stdout => std::io::stdout().is_terminal(),
                Target::Stderr => std::io::stderr().is_terminal(),
                Target::Memory | Target::Closed => false,
            }
        }
        Receiver::Chars(this) => {
            chars_open(this)?;
            false
        }
        Receiver::Abstract(_) => false,
    };
    Ok(bool_value(terminal))
}

fn check_open(this: Value) -> PyResult<()> {
    match receiver(&[this], "__enter__")? {
        Receiver::Stream(s, flavor) => open_stream(&s, flavor, "__enter__").map(drop),
        Receiver::Chars(this) | Receiver::Abstract(this) => {
            if native_class::get(this, CLOSED).is_some() {
                return closed_file();
            }
            Ok(())
        }
    }
}

fn enter(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, IOBASE, "__enter__", "_io._IOBase")?;
    check_open(this)?;
    Ok(this)
}

fn exit(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, IOBASE, "__exit__", "_io._IOBase")?;
    call::call_method(this, pystr::intern("close"), &[], Kw::NONE)
}

fn iter_self(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, IOBASE, "__iter__", "_io._IOBase")?;
    check_open(this)?;
    Ok(this)
}

fn next_line(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, IOBASE, "__next__", "_io._IOBase")?;
    let line = line_of(this)?;
    let finished = is_empty_line(line)?;
    if let Receiver::Stream(stream, Flavor::Text) = receiver(args, "__next__")? {
        if let Some(text) = stream.borrow_mut().text.as_mut() {
            text.iterating = !finished;
        }
    }
    if finished {
        return native_class::stop();
    }
    Ok(line)
}

// ---------------------------------------------------------------------------------------
// Reprs

fn attr_repr(this: Value, name: &'static str) -> PyResult<String> {
    repr::repr_string(native_class::state(this, name))
}

fn text_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, TEXT_IO_WRAPPER, "__repr__", "_io.TextIOWrapper")?;
    let mut text = String::from("<_io.TextIOWrapper");
    for name in ["name", "mode", "encoding"] {
        if let Some(v) = native_class::get(this, name) {
            text.push_str(&format!(" {name}={}", repr::repr_string(v)?));
        }
    }
    text.push('>');
    Ok(pystr::new(&text))
}

fn buffered_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, IOBASE, "__repr__", "_io._IOBase")?;
    Ok(pystr::new(&format!(
        "<{} name={}>",
        types::type_name(this),
        attr_repr(this, "name")?
    )))
}

fn file_io_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, FILE_IO, "__repr__", "_io.FileIO")?;
    if let Receiver::Stream(s, _) = receiver(args, "__repr__")? {
        if s.borrow().closed() {
            return Ok(pystr::new("<_io.FileIO [closed]>"));
        }
    }
    Ok(pystr::new(&format!(
        "<_io.FileIO name={} mode={} closefd={}>",
        attr_repr(this, "name")?,
        attr_repr(this, "mode")?,
        if native_class::state(this, "closefd") == bool_value(true) {
            "True"
        } else {
            "False"
        }
    )))
}

// ---------------------------------------------------------------------------------------
// open() and the standard streams

/// A file object of class `key` over `state`, with attributes `name` and `mode`.
fn file_object(key: &'static str, state: Value, name: Value, mode: &str) -> Value {
    let f = native_class::instance(class_of(key));
    native_class::set(f, STATE, state);
    native_class::set(f, "name", name);
    native_class::set(f, "mode", pystr::new(mode));
    f
}

/// A `TextIOWrapper` over `state` (a text stream) with its `buffer`, a buffered object of
/// class `buffer_key` sharing the stream.
fn text_object(
    state: Value,
    name: Value,
    mode: &str,
    buffer_key: &'static str,
    buffer_mode: &str,
    encoding: &str,
) -> Value {
    let buffer_state = file::share_bytes(state).unwrap_or(state);
    let buffer = file_object(buffer_key, buffer_state, name, buffer_mode);
    let f = file_object(TEXT_IO_WRAPPER, state, name, mode);
    native_class::set(f, "buffer", buffer);
    native_class::set(f, "encoding", pystr::new(encoding));
    native_class::set(f, "errors", pystr::new("strict"));
    native_class::set(f, "line_buffering", bool_value(false));
    native_class::set(f, "newlines", none());
    f
}

fn make_standard(which: usize) -> Value {
    let (target, name, mode, buffer_key, buffer_mode) = match which {
        0 => (Target::Stdin, "<stdin>", "r", BUFFERED_READER, "rb"),
        1 => (Target::Stdout, "<stdout>", "w", BUFFERED_WRITER, "wb"),
        _ => (Target::Stderr, "<stderr>", "w", BUFFERED_WRITER, "wb"),
    };
    let mut stream = Stream::new(target, which == 0, which != 0);
    // As CPython's on POSIX, the standard streams split lines at "\n" only and translate
    // nothing.
    stream.text = Some(file::Text::new(
        Encoding::Utf8,
        Newline::Exactly("\n"),
        "strict",
    ));
    text_object(
        file::new(stream),
        pystr::new(name),
        mode,
        buffer_key,
        buffer_mode,
        "utf-8",
    )
}

/// `sys.stdin` (0), `sys.stdout` (1) or `sys.stderr` (2), as first made.
pub fn standard(which: usize) -> Value {
    let made = STANDARD.with(|s| s.borrow()[which]);
    if !made.is_null() {
        return made;
    }
    let f = make_standard(which);
    STANDARD.with(|s| s.borrow_mut()[which] = f);
    f
}

/// True if `v` is the original `sys.stdout` (1) or `sys.stderr` (2), while open: `print`
/// writes to them directly.
pub fn is_standard(v: Value, which: usize) -> bool {
    let made = STANDARD.with(|s| s.borrow()[which]);
    !made.is_null()
        && v == made
        && native_class::get(v, STATE)
            .and_then(|s| s.get::<FileObj>())
            .is_some_and(|f| !f.stream.borrow().closed())
}

/// A line of `sys.stdin` for `input()`: None at end of file.
pub fn input_line() -> PyResult<Option<String>> {
    let stdin = match super::sys::stream("stdin")? {
        Some(f) => f,
        None => standard(0),
    };
    let line = line_of(stdin)?;
    let Some(text) = pystr::as_str(line) else {
        return type_error(format!(
            "object of type '{}' has no len()",
            types::type_name(line)
        ));
    };
    if text.is_empty() {
        return Ok(None);
    }
    Ok(Some(text.strip_suffix('\n').unwrap_or(text).to_owned()))
}

/// The parsed `mode` argument of `open`.
struct Mode {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return value_error(format!("invalid mode: '{mode}'"));
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let m = Mode {
        reading: has('r'),
        writing: has('w'),
        appending: has('a'),
        creating: has('x'),
        updating: has('+'),
        binary: has('b'),
    };
    if has('t') && m.binary {
        return value_error("can't have text and binary mode at once");
    }
    let kinds = [m.reading, m.writing, m.appending, m.creating]
        .iter()
        .filter(|&&k| k)
        .count();
    if kinds > 1 {
        return value_error("must have exactly one of create/read/write/append mode");
    }
    if kinds == 0 {
        return value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        );
    }
    Ok(m)
}

/// The mode `FileIO` reports for `m`.
fn raw_mode(m: &Mode) -> &'static str {
    match (m.creating, m.reading, m.writing, m.updating) {
        (true, _, _, false) => "xb",
        (true, _, _, true) => "xb+",
        (_, true, _, false) => "rb",
        (_, _, true, false) => "wb",
        (_, true, _, true) | (_, _, true, true) => "rb+",
        (_, _, _, false) => "ab",
        (_, _, _, true) => "ab+",
    }
}

fn parse_newline(newline: Option<&str>) -> PyResult<Newline> {
    Ok(match newline {
        None => Newline::Universal,
        Some("") => Newline::Any,
        Some("\n") => Newline::Exactly("\n"),
        Some("\r") => Newline::Exactly("\r"),
        Some("\r\n") => Newline::Exactly("\r\n"),
        Some(other) => return value_error(format!("illegal newline value: {other}")),
    })
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
/// write_through=False)` over a binary file object of this module (its stream gets the
/// text layer).
fn text_io_wrapper_init(args: &[Value], kw: Kw) -> PyResult {
    const NAMES: [&str; 6] = [
        "buffer",
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let this = native_class::this(args, TEXT_IO_WRAPPER, "__init__", "_io.TextIOWrapper")?;
    args::check_kw("TextIOWrapper", kw, &NAMES)?;
    let args = &args[1..];
    if args.len() > NAMES.len() {
        return type_error(format!(
            "TextIOWrapper() takes at most 6 arguments ({} given)",
            args.len()
        ));
    }
    let arg = |i: usize| optional_arg(args, kw, i, NAMES[i]);
    let Some(buffer) = arg(0) else {
        return type_error("TextIOWrapper() missing required argument 'buffer' (pos 1)");
    };
    let encoding = optional_str("TextIOWrapper", "encoding", arg(1))?;
    let errors = optional_str("TextIOWrapper", "errors", arg(2))?;
    let newline = optional_str("TextIOWrapper", "newline", arg(3))?;
    let line_buffering = match arg(4) {
        Some(v) => crate::protocols::ops::truthy(v)?,
        None => false,
    };
    let newline = parse_newline(newline)?;
    let codec = parse_encoding(encoding.unwrap_or("utf-8"))?;
    let Some(state) = native_class::get(buffer, STATE).filter(|s| s.get::<FileObj>().is_some())
    else {
        crate::protocols::attr::getattr(buffer, pystr::intern("readable"))?;
        return unsupported("closc: TextIOWrapper needs a binary file object of module io");
    };
    let Some(text_state) = file::share_text(state) else {
        return type_error("TextIOWrapper() needs a binary file object");
    };
    if let Some(f) = text_state.get::<FileObj>() {
        f.stream.borrow_mut().text =
            Some(file::Text::new(codec, newline, errors.unwrap_or("strict")));
    }
    native_class::set(this, STATE, text_state);
    native_class::set(this, "buffer", buffer);
    if let Some(name) = crate::protocols::attr::getattr_opt(buffer, pystr::intern("name"))? {
        native_class::set(this, "name", name);
    }
    native_class::set(this, "encoding", pystr::new(encoding.unwrap_or("UTF-8")));
    native_class::set(this, "errors", pystr::new(errors.unwrap_or("strict")));
    native_class::set(this, "line_buffering", bool_value(line_buffering));
    native_class::set(this, "newlines", none());
    Ok(none())
}

/// `TextIOWrapper.reconfigure(*, encoding=None, errors=None, newline=None,
/// line_buffering=None, write_through=None)`.
fn reconfigure(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, TEXT_IO_WRAPPER, "reconfigure", "_io.TextIOWrapper")?;
    args::check_kw(
        "reconfigure",
        kw,
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
    )?;
    args::method_count("reconfigure", args, 0, 0)?;
    let encoding = optional_str("reconfigure", "encoding", kw.get("encoding"))?;
    let errors = optional_str("reconfigure", "errors", kw.get("errors"))?;
    let codec = encoding.map(parse_encoding).transpose()?;
    let newline = match kw.get("newline") {
        Some(v) => Some(parse_newline(optional_str(
            "reconfigure",
            "newline",
            Some(v),
        )?)?),
        None => None,
    };
    let Receiver::Stream(stream, flavor) = receiver(args, "reconfigure")? else {
        return Ok(none());
    };
    let mut s = open_stream(&stream, flavor, "reconfigure")?;
    if let Some(text) = s.text.as_mut() {
        if let Some(codec) = codec {
            text.encoding = codec;
        }
        if let Some(errors) = errors {
            text.errors = errors.to_owned();
        }
        if let Some(newline) = newline {
            text.newline = newline;
        }
    }
    drop(s);
    if let Some(encoding) = encoding {
        native_class::set(this, "encoding", pystr::new(encoding));
    }
    if let Some(errors) = errors {
        native_class::set(this, "errors", pystr::new(errors));
    }
    if let Some(v) = kw.get("line_buffering").filter(|v| !v.is_none()) {
        native_class::set(
            this,
            "line_buffering",
            bool_value(crate::protocols::ops::truthy(v)?),
        );
    }
    Ok(none())
}

/// An optional str argument of `func` (`encoding`, `errors`, `newline`).
fn optional_str(func: &str, name: &str, v: Option<Value>) -> PyResult<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match pystr::as_str(v) {
            Some(s) => Ok(Some(s)),
            None => type_error(format!(
                "{func}() argument '{name}' must be str or None, not {}",
                args::given_type(v)
            )),
        },
    }
}

fn parse_encoding(name: &str) -> PyResult<Encoding> {
    let normalized: String = name
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Ok(match normalized.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" => Encoding::Utf8,
        "ascii" | "us_ascii" | "646" => Encoding::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" => {
            Encoding::Latin1
        }
        _ => return raise(ExcKind::LookupError, &format!("unknown encoding: {name}")),
    })
}

/// The path a `file` argument names.
fn path_of(file: Value) -> PyResult<(std::path::PathBuf, Value)> {
    use std::os::unix::ffi::OsStrExt;
    let mut path = file;
    if pystr::as_str(path).is_none() && bytes::as_bytes(path).is_none() {
        if let Some(fspath) =
            crate::protocols::attr::getattr_opt(path, pystr::intern("__fspath__"))?
        {
            path = call::call(fspath, &[], Kw::NONE)?;
        }
    }
    if let Some(s) = pystr::as_str(path) {
        return Ok((std::path::PathBuf::from(s), path));
    }
    if let Some(b) = bytes::as_bytes(path) {
        return Ok((std::ffi::OsStr::from_bytes(b).into(), path));
    }
    type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        types::type_name(file)
    ))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
fn open(args: &[Value], kw: Kw) -> PyResult {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    args::check_kw("open", kw, &NAMES)?;
    if args.len() > NAMES.len() {
        return type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.len()
        ));
    }
    let arg = |i: usize| optional_arg(args, kw, i, NAMES[i]);
    let Some(file_arg) = arg(0) else {
        return type_error("open() missing required argument 'file' (pos 1)");
    };
    let mode = match arg(1) {
        None => "r",
        Some(v) => match pystr::as_str(v) {
            Some(s) => s,
            None => {
                return type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    args::given_type(v)
                ))
            }
        },
    };
    let buffering = match arg(2) {
        None => -1,
        Some(v) => args::index_arg(v)?,
    };
    let encoding = optional_str("open", "encoding", arg(3))?;
    let errors = optional_str("open", "errors", arg(4))?;
    let newline = optional_str("open", "newline", arg(5))?;
    let m = parse_mode(mode)?;
    if m.binary {
        if encoding.is_some() {
            return value_error("binary mode doesn't take an encoding argument");
        }
        if errors.is_some() {
            return value_error("binary mode doesn't take an errors argument");
        }
        if newline.is_some() {
            return value_error("binary mode doesn't take a newline argument");
        }
    }
    if arg(7).is_some_and(|opener| !opener.is_none()) {
        return unsupported("closc: open() with an opener is not supported");
    }
    if int::is_int(file_arg) {
        return unsupported("closc: open() of a file descriptor is not supported");
    }
    let (path, name) = path_of(file_arg)?;
    // Output still buffered in other file objects reaches the OS first, so a program that
    // reads back a file it wrote sees the data CPython would have flushed already.
    file::flush_all();
    let mut options = std::fs::OpenOptions::new();
    options
        .read(m.reading || m.updating)
        .write(m.writing || m.creating || m.updating)
        .append(m.appending)
        .truncate(m.writing)
        .create(m.writing || m.appending)
        .create_new(m.creating);
    let mut os_file = match options.open(&path) {
        Ok(f) => f,
        Err(e) => return raise_os_error(&e, &[name]),
    };
    // As CPython, an appending file starts at the end, so `tell` counts from there.
    if m.appending {
        use std::io::Seek;
        if let Err(e) = os_file.seek(std::io::SeekFrom::End(0)) {
            return raise_os_error(&e, &[name]);
        }
    }
    if os_file.metadata().is_ok_and(|md| md.is_dir()) {
        return raise_os_error(&std::io::Error::from_raw_os_error(21), &[name]);
    }
    let mut stream = Stream::new(
        Target::Disk(os_file),
        m.reading || m.updating,
        !m.reading || m.updating,
    );
    let raw_mode = raw_mode(&m);
    if m.binary {
        let key = if buffering == 0 {
            FILE_IO
        } else if m.updating {
            BUFFERED_RANDOM
        } else if m.reading {
            BUFFERED_READER
        } else {
            BUFFERED_WRITER
        };
        let f = file_object(key, file::new(stream), name, raw_mode);
        if key == FILE_IO {
            native_class::set(f, "closefd", bool_value(true));
        }
        return Ok(f);
    }
    if buffering == 0 {
        return value_error("can't have unbuffered text I/O");
    }
    let codec = parse_encoding(encoding.unwrap_or("utf-8"))?;
    let newline_mode = parse_newline(newline)?;
    stream.text = Some(file::Text::new(
        codec,
        newline_mode,
        errors.unwrap_or("strict"),
    ));
    let buffer_key = if m.updating {
        BUFFERED_RANDOM
    } else if m.reading {
        BUFFERED_READER
    } else {
        BUFFERED_WRITER
    };
    let f = text_object(
        file::new(stream),
        name,
        mode,
        buffer_key,
        raw_mode,
        encoding.unwrap_or("UTF-8"),
    );
    if let Some(errors) = errors {
        native_class::set(f, "errors", pystr::new(errors));
    }
    Ok(f)
}

/// The builtin `open` (also `io.open`).
pub fn open_builtin() -> Value {
    let made = OPEN.with(Cell::get);
    if !made.is_null() {
        return made;
    }
    let f = function::new_builtin("open", open);
    OPEN.with(|o| o.set(f));
    f
}

/// The entries of module `io`.
pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        ("open", open_builtin()),
        ("IOBase", class_of(IOBASE)),
        ("RawIOBase", class_of(RAW_IOBASE)),
        ("BufferedIOBase", class_of(BUFFERED_IOBASE)),
        ("TextIOBase", class_of(TEXT_IOBASE)),
        ("FileIO", class_of(FILE_IO)),
        ("BufferedReader", class_of(BUFFERED_READER)),
        ("BufferedWriter", class_of(BUFFERED_WRITER)),
        ("BufferedRandom", class_of(BUFFERED_RANDOM)),
        ("TextIOWrapper", class_of(TEXT_IO_WRAPPER)),
        ("BytesIO", class_of(BYTES_IO)),
        ("StringIO", class_of(STRING_IO)),
        ("UnsupportedOperation", class_of(UNSUPPORTED_OPERATION)),
        ("DEFAULT_BUFFER_SIZE", Value::small(file::CHUNK as i64)),
        ("SEEK_SET", Value::small(0)),
        ("SEEK_CUR", Value::small(1)),
        ("SEEK_END", Value::small(2)),
    ]
}
