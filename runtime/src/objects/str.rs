//! Str objects: immutable UTF-8 text indexed by code point (with an ASCII fast path).

use crate::memory::heap;
use crate::objects::value::{Header, HeapObject, Kind, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// A str. Its UTF-8 bytes usually follow the struct inline; strs built by repeated
/// concatenation share a growable `StrBufObj` instead, whose address then takes the place
/// of the text (*shared* strs, marked by `SHARED` in `nbytes`): so an inline str costs
/// 32 bytes besides its text, as CPython's compact ASCII strs cost 40 with their NUL.
/// References: the buffer of a shared str.
#[repr(C)]
pub struct StrObj {
    pub header: Header,
    /// Length in bytes of the UTF-8 data, with `SHARED` set for a shared str.
    nbytes: u64,
    /// Length in code points; equal to the length in bytes exactly when the text is ASCII.
    pub nchars: u64,
    /// Cached hash, -1 when not computed yet.
    hash: Cell<i64>,
    /// The text, or for a shared str the `StrBufObj` value whose prefix is the text.
    inline: [u8; 0],
}

/// The bit of `StrObj::nbytes` that marks a shared str.
const SHARED: u64 = 1 << 63;

const _: () = {
    use std::mem::offset_of;
    assert!(offset_of!(StrObj, nbytes) == closc_abi::str::NBYTES as usize);
    assert!(offset_of!(StrObj, inline) == closc_abi::str::TEXT as usize);
};

/// Bytes shared by strs made by `a + b` when `a` ends where the buffer's used part ends:
/// the new str appends in place, so `s += t` in a loop copies each byte once (CPython gets
/// the same effect by resizing strs it holds the only reference to). Holds no `Value`s.
#[repr(C)]
pub struct StrBufObj {
    pub header: Header,
    capacity: u64,
    used: Cell<u64>,
    data: [u8; 0],
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for StrBufObj {
    const KIND: Kind = Kind::StrBuffer;
}

/// Concatenations shorter than this make plain inline strs.
const BUFFER_MIN: usize = 256;

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for StrObj {
    const KIND: Kind = Kind::Str;
}

impl StrObj {
    #[inline]
    pub fn as_str(&self) -> &'static str {
        let data = match self.buffer() {
            Some(buffer) => buffer.data.as_ptr(),
            None => self.inline.as_ptr(),
        };
        // SAFETY: `data` points to `nbytes()` bytes of valid UTF-8 (inline, or the prefix of
        // a buffer that is only ever appended to beyond its used part), and objects live
        // unmoved and unchanged for as long as they are reachable.
        unsafe {
            let bytes = std::slice::from_raw_parts(data, self.nbytes());
            std::str::from_utf8_unchecked(bytes)
        }
    }

    /// Length in bytes of the UTF-8 text.
    pub fn nbytes(&self) -> usize {
        (self.nbytes & !SHARED) as usize
    }

    /// The shared buffer holding the text, or 0 when it is inline (for the collector).
    pub fn buffer_value(&self) -> Value {
        if self.nbytes & SHARED == 0 {
            return Value::NULL;
        }
        // SAFETY: a shared str keeps its buffer's value in the first word after the struct,
        // written by `new_shared` (the cell was allocated with room for it).
        unsafe { (self.inline.as_ptr() as *const Value).read() }
    }

    fn buffer(&self) -> Option<&'static StrBufObj> {
        self.buffer_value().get::<StrBufObj>()
    }

    pub fn is_ascii(&self) -> bool {
        self.nbytes() as u64 == self.nchars
    }

    pub fn len(&self) -> usize {
        self.nchars as usize
    }

    /// FNV-1a over the UTF-8 bytes (CPython's str hash is randomised per process, so any
    /// good hash will do), never -1.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.as_str().as_bytes());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (which must be in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str().chars().nth(i).unwrap_or('\0')
        }
    }

    /// The substring of code points `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> &'static str {
        let s = self.as_str();
        if self.is_ascii() {
            &s[start..end]
        } else {
            let b = byte_offset(s, start);
            let e = b + byte_offset(&s[b..], end - start);
            &s[b..e]
        }
    }
}

/// FNV-1a over `bytes`, never -1: the hash of strs (over their UTF-8) and of bytes, so that
/// an ASCII str and the bytes spelling it hash alike, as in CPython.
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    let mut x: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        x ^= b as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    if x as i64 == -1 {
        -2
    } else {
        x as i64
    }
}

/// The byte offset of code point `n` in `s` (or `s.len()`).
pub fn byte_offset(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

thread_local! {
    /// Str objects for names the runtime looks up often, keyed by the address of the
    /// static text, so that lookups hit the pointer-equality fast path of dicts.
    static INTERNED: RefCell<HashMap<usize, Value, BuildAddrHasher>> =
        const { RefCell::new(HashMap::with_hasher(BuildAddrHasher)) };
    /// The same strs by text, so that equal names at different addresses (the runtime's
    /// own, the program's constants) share one str, as CPython's interned identifiers do:
    /// a name looked up in a module or class dict then matches its key by address.
    static BY_TEXT: RefCell<HashMap<&'static str, Value>> = RefCell::new(HashMap::new());
    /// A direct-mapped cache in front of `INTERNED` (key, str), so that the hot lookups
    /// (`__setattr__`, `__getattr__`, `__init__` ...) skip the map and its borrow. Every
    /// cached str is also in `INTERNED`, which roots it.
    static INTERN_CACHE: [Cell<(usize, Value)>; INTERN_CACHE_SIZE] =
        const { [const { Cell::new((0, Value::NULL)) }; INTERN_CACHE_SIZE] };
}

/// The strs of one ASCII character by character, made once each at start
/// (`make_ascii_chars`), as CPython shares them: indexing and iterating a str then allocate
/// nothing, and generated code's loops over ASCII strs read their items from here. Atomic
/// only to be a plain `static`: the runtime runs on one thread.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static closc_ascii_chars: [AtomicU64; 128] = [const { AtomicU64::new(0) }; 128];

const INTERN_CACHE_SIZE: usize = 64;

/// A multiplicative hash for the addresses used as keys of `INTERNED` and for the runtime's
/// short static names (SipHash would cost more than the lookups it serves).
#[derive(Default)]
pub struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e3779b97f4a7c15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9e3779b97f4a7c15);
    }
}

#[derive(Default, Clone, Copy)]
pub struct BuildAddrHasher;

impl BuildHasher for BuildAddrHasher {
    type Hasher = AddrHasher;

    fn build_hasher(&self) -> AddrHasher {
        AddrHasher(0)
    }
}

/// The interned strs, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    INTERNED.with(|m| m.borrow().values().for_each(|&v| visit(v)));
    closc_ascii_chars
        .iter()
        .map(|word| Value(word.load(Ordering::Relaxed)))
        .filter(|v| !v.is_null())
        .for_each(&mut *visit);
}

/// The str object for a static name, created once per thread.
pub fn intern(s: &'static str) -> Value {
    let key = s.as_ptr() as usize ^ (s.len() << 48);
    let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) % INTERN_CACHE_SIZE;
    let cached = INTERN_CACHE.with(|c| c[slot].get());
    if cached.0 == key && !cached.1.is_null() {
        return cached.1;
    }
    let v = match INTERNED.with(|m| m.borrow().get(&key).copied()) {
        Some(v) => v,
        None => {
            let v = BY_TEXT.with(|m| *m.borrow_mut().entry(s).or_insert_with(|| constant(s)));
            INTERNED.with(|m| m.borrow_mut().insert(key, v));
            v
        }
    };
    INTERN_CACHE.with(|c| c[slot].set((key, v)));
    v
}

/// The str of a constant `s`: the shared one of a single ASCII character (so that
/// `ch == "o"` finds the same object when `ch` came from iterating or indexing a str),
/// else a new one.
pub fn constant(s: &str) -> Value {
    match s.as_bytes() {
        &[byte] if byte.is_ascii() => ascii_char(byte),
        _ => new(s),
    }
}

/// True for the strs CPython interns when they are constants of a program: those made of
/// ASCII letters, digits and underscores (identifiers, mostly).
pub fn looks_like_identifier(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A new str value holding a copy of `s`.
pub fn new(s: &str) -> Value {
    let nchars = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    new_counted(s, nchars)
}

/// A new str holding a copy of `s`, known to be ASCII (a piece of an ASCII str): its
/// length in code points is its length in bytes, with no count to make.
pub fn new_ascii(s: &str) -> Value {
    debug_assert!(s.is_ascii());
    new_counted(s, s.len())
}

/// A new str holding a copy of `s`, which has `nchars` code points (known to the caller,
/// as for a slice).
pub fn new_counted(s: &str, nchars: usize) -> Value {
    if let &[byte] = s.as_bytes() {
        return ascii_char(byte);
    }
    let (value, data) = alloc_inline(s.len(), nchars);
    // SAFETY: `data` has room for exactly `s.len()` bytes, and `s` is UTF-8.
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), data, s.len()) };
    value
}

/// `s.lower()` (`upper` false) or `s.upper()` of an ASCII `s`, mapped straight into the
/// new str's bytes.
pub fn ascii_case(s: &str, upper: bool) -> Value {
    debug_assert!(s.is_ascii());
    let (value, data) = alloc_inline(s.len(), s.len());
    // SAFETY: `data` has room for exactly `s.len()` bytes; ASCII case mapping keeps each
    // byte ASCII, so the text stays UTF-8.
    let bytes = unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), data, s.len());
        std::slice::from_raw_parts_mut(data, s.len())
    };
    if upper {
        bytes.make_ascii_uppercase();
    } else {
        bytes.make_ascii_lowercase();
    }
    value
}

/// The str of ASCII character `byte` (a text of one byte is ASCII), shared.
#[inline]
pub fn ascii_char(byte: u8) -> Value {
    let shared = Value(closc_ascii_chars[usize::from(byte & 0x7f)].load(Ordering::Relaxed));
    if shared.is_null() {
        return make_ascii_char(byte & 0x7f);
    }
    shared
}

/// Makes every entry of `closc_ascii_chars`: called at start, before any program code,
/// since generated code reads the table without checking for an entry not made yet.
pub fn make_ascii_chars() {
    for byte in 0..128 {
        ascii_char(byte);
    }
}

#[cold]
fn make_ascii_char(byte: u8) -> Value {
    let made = build(1, 1, |text| text[0] = byte);
    closc_ascii_chars[usize::from(byte)].store(made.0, Ordering::Relaxed);
    made
}

/// The concatenation of `parts`, all strs (None if one is not), made without an
/// intermediate buffer: the lengths are known, so the bytes are copied once.
pub fn concat_all(parts: &[Value]) -> Option<Value> {
    let mut nchars = 0;
    for &part in parts {
        nchars += part.get::<StrObj>()?.len();
    }
    let texts = parts.iter().map(|&part| as_str(part).unwrap_or_default());
    Some(from_parts(texts, nchars))
}

/// The decimal text of `n` as a str, formatted on the stack.
pub fn from_i64(n: i64) -> Value {
    let mut digits = [0u8; 21];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        at -= 1;
        digits[at] = b'-';
    }
    let text = std::str::from_utf8(&digits[at..]).expect("ASCII digits");
    new_counted(text, text.len())
}

/// A new str holding the concatenated `texts`, which have `nchars` code points in all.
pub fn from_parts<'a>(texts: impl Iterator<Item = &'a str> + Clone, nchars: usize) -> Value {
    let nbytes: usize = texts.clone().map(str::len).sum();
    let (value, mut at) = alloc_inline(nbytes, nchars);
    for text in texts {
        // SAFETY: the texts add up to the `nbytes` bytes `alloc_inline` made room for.
        unsafe {
            std::ptr::copy_nonoverlapping(text.as_ptr(), at, text.len());
            at = at.add(text.len());
        }
    }
    value
}

/// A new str of `nbytes` bytes and `nchars` code points whose text `fill` writes: it must
/// write all `nbytes` bytes, as UTF-8 of `nchars` code points.
pub fn build(nbytes: usize, nchars: usize, fill: impl FnOnce(&mut [u8])) -> Value {
    let (value, data) = alloc_inline(nbytes, nchars);
    // SAFETY: `data` is the start of the `nbytes` bytes of the fresh str's text; they are
    // initialised (heap memory is zeroed when mapped and then only written), and nothing
    // else refers to them until `build` returns.
    fill(unsafe { std::slice::from_raw_parts_mut(data, nbytes) });
    value
}

/// A new str of `nbytes` bytes and `nchars` code points with its text inline, and where
/// that text goes: the caller must fill all `nbytes` with UTF-8 before the str is used.
fn alloc_inline(nbytes: usize, nchars: usize) -> (Value, *mut u8) {
    let size = std::mem::size_of::<StrObj>() + nbytes;
    let p = heap::alloc(size, Kind::Str) as *mut StrObj;
    // SAFETY: `p` points to `size` fresh bytes: the struct followed by room for the
    // `nbytes` bytes of text.
    unsafe {
        let inline = std::ptr::addr_of_mut!((*p).inline) as *mut u8;
        p.write(StrObj {
            header: Header::new(Kind::Str),
            nbytes: nbytes as u64,
            nchars: nchars as u64,
            hash: Cell::new(-1),
            inline: [],
        });
        (Value(p as u64), inline)
    }
}

/// A shared str over the first `nbytes` bytes of `buffer`.
fn new_shared(buffer: Value, nbytes: usize, nchars: usize) -> Value {
    let size = std::mem::size_of::<StrObj>() + std::mem::size_of::<Value>();
    let p = heap::alloc(size, Kind::Str) as *mut StrObj;
    // SAFETY: `p` points to `size` fresh bytes: the struct, then the word that holds the
    // buffer's value.
    unsafe {
        p.write(StrObj {
            header: Header::new(Kind::Str),
            nbytes: nbytes as u64 | SHARED,
            nchars: nchars as u64,
            hash: Cell::new(-1),
            inline: [],
        });
        (std::ptr::addr_of_mut!((*p).inline) as *mut Value).write(buffer);
    }
    Value(p as u64)
}

/// `a + b` for two strs.
pub fn concat(a: &StrObj, b: &StrObj) -> Value {
    let (x, y) = (a.as_str(), b.as_str());
    let len = x.len() + y.len();
    let nchars = (a.nchars + b.nchars) as usize;
    if let Some(buf) = a.buffer() {
        if buf.used.get() == x.len() as u64 && (buf.capacity as usize) - x.len() >= y.len() {
            // SAFETY: the buffer has room for `y` after its used part, which no str covers
            // (every str sharing it ends at or before `used`).
            unsafe {
                let end = (buf.data.as_ptr() as *mut u8).add(x.len());
                std::ptr::copy_nonoverlapping(y.as_ptr(), end, y.len());
            }
            buf.used.set(len as u64);
            return new_shared(a.buffer_value(), len, nchars);
        }
    }
    if len < BUFFER_MIN {
        return build(len, nchars, |out| {
            out[..x.len()].copy_from_slice(x.as_bytes());
            out[x.len()..].copy_from_slice(y.as_bytes());
        });
    }
    let capacity = len * 2;
    let size = std::mem::size_of::<StrBufObj>() + capacity;
    let p = heap::alloc(size, Kind::StrBuffer) as *mut StrBufObj;
    // SAFETY: `p` points to `size` fresh bytes: the struct followed by `capacity` bytes, of
    // which the first `len` are filled here.
    unsafe {
        p.write(StrBufObj {
            header: Header::new(Kind::StrBuffer),
            capacity: capacity as u64,
            used: Cell::new(len as u64),
            data: [],
        });
        let data = (*p).data.as_mut_ptr();
        std::ptr::copy_nonoverlapping(x.as_ptr(), data, x.len());
        std::ptr::copy_nonoverlapping(y.as_ptr(), data.add(x.len()), y.len());
    }
    new_shared(Value(p as u64), len, nchars)
}

/// Whether two values are strs of the same text (false if either is not a str). Strs of
/// different lengths, or whose hashes are known and differ, are told apart without reading
/// their texts.
pub fn equal(a: Value, b: Value) -> bool {
    let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) else {
        return false;
    };
    if a == b {
        return true;
    }
    if x.nbytes() != y.nbytes() {
        return false;
    }
    let (x_hash, y_hash) = (x.hash.get(), y.hash.get());
    if x_hash != -1 && y_hash != -1 && x_hash != y_hash {
        return false;
    }
    x.as_str().as_bytes() == y.as_str().as_bytes()
}

/// The text of a str value.
pub fn as_str(v: Value) -> Option<&'static str> {
    v.get::<StrObj>().map(|s| s.as_str())
}

/// CPython's `repr` of a str: quotes and escapes.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character (CPython's: what `repr` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    crate::objects::unicode::is_printable(c)
}
