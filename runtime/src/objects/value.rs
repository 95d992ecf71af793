//! The one-word value representation, object headers and the static singletons.

use closc_abi::kind;
use std::fmt;

/// A Python value: a tagged small int (`(n << 1) | 1`) or a pointer to an object. The
/// default is the null value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(transparent)]
pub struct Value(pub u64);

/// Smallest and largest values that fit in a tagged small int.
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// "No value": a raised exception, an empty cell, an unbound local.
    pub const NULL: Value = Value(0);
    /// Returned by `rt_next` when an iterator is exhausted.
    pub const ITER_DONE: Value = Value(closc_abi::marker::ITER_DONE as u64);

    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }

    /// A tagged small int; `n` must be within `SMALL_MIN..=SMALL_MAX`.
    pub fn small(n: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&n));
        Value(((n << 1) | 1) as u64)
    }

    /// The small int held by a tagged value.
    pub fn small_value(self) -> i64 {
        (self.0 as i64) >> 1
    }

    pub fn fits_small(n: i64) -> bool {
        (SMALL_MIN..=SMALL_MAX).contains(&n)
    }

    /// True for values that point to an object (not a small int, null or `ITER_DONE`).
    pub fn is_object(self) -> bool {
        self.0 & 7 == 0 && self.0 != 0
    }

    /// The kind of the value (small ints report `Kind::Int`).
    pub fn kind(self) -> Kind {
        if self.is_small() {
            Kind::Int
        } else {
            debug_assert!(self.is_object());
            // SAFETY: every non-small, non-null value handed to the runtime points to an
            // object allocated by `heap::alloc` or to a static object; both begin with a header.
            unsafe { (*(self.0 as *const Header)).kind }
        }
    }

    /// The object behind the value, if it is of type `T`.
    pub fn get<T: HeapObject>(self) -> Option<&'static T> {
        if self.is_object() && self.kind() == T::KIND {
            // SAFETY: the header says the object is a `T`, and objects are never moved or
            // freed while reachable (the heap does not free; a future collector is non-moving).
            Some(unsafe { &*(self.0 as *const T) })
        } else {
            None
        }
    }

    pub fn from_ref<T: HeapObject>(obj: &T) -> Value {
        Value(obj as *const T as u64)
    }

    pub fn is_none(self) -> bool {
        self == none()
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Value({:#x})", self.0)
    }
}

/// What an object is. Stored in the header; determines the layout behind it. The numbers
/// are those generated code tests (`closc_abi::kind`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum Kind {
    None = kind::NONE,
    Bool = kind::BOOL,
    Int = kind::INT,
    Float = kind::FLOAT,
    Str = kind::STR,
    Tuple = kind::TUPLE,
    List = kind::LIST,
    Dict = kind::DICT,
    Set = kind::SET,
    FrozenSet = kind::FROZENSET,
    Range = kind::RANGE,
    Slice = kind::SLICE,
    Cell = kind::CELL,
    Code = kind::CODE,
    Function = kind::FUNCTION,
    Builtin = kind::BUILTIN,
    BoundMethod = kind::BOUND_METHOD,
    Class = kind::CLASS,
    Instance = kind::INSTANCE,
    Exception = kind::EXCEPTION,
    Module = kind::MODULE,
    SeqIter = kind::SEQUENCE_ITERATOR,
    RangeIter = kind::RANGE_ITERATOR,
    DictIter = kind::DICT_ITERATOR,
    SetIter = kind::SET_ITERATOR,
    Enumerate = kind::ENUMERATE,
    Zip = kind::ZIP,
    Map = kind::MAP,
    Filter = kind::FILTER,
    DictView = kind::DICT_VIEW,
    Super = kind::SUPER,
    Descriptor = kind::DESCRIPTOR,
    NotImplemented = kind::NOT_IMPLEMENTED,
    Ellipsis = kind::ELLIPSIS,
    File = kind::FILE,
    StrBuffer = kind::STR_BUFFER,
    Generator = kind::GENERATOR,
    FunctionExtras = kind::FUNCTION_EXTRAS,
    Complex = kind::COMPLEX,
    Bytes = kind::BYTES,
    ByteArray = kind::BYTEARRAY,
    MemoryView = kind::MEMORYVIEW,
}

/// The first word of every object.
#[repr(C)]
pub struct Header {
    pub kind: Kind,
    /// The collector's bits: 0 for heap objects, `gc::GC_STATIC` for static objects
    /// (which must be created with `Header::new_static`). Mark bits are kept in the heap's
    /// block bitmaps, not here.
    pub gc: u32,
}

impl Header {
    pub const fn new(kind: Kind) -> Header {
        Header { kind, gc: 0 }
    }

    /// The header of an object in static memory, which the collector never marks or frees.
    pub const fn new_static(kind: Kind) -> Header {
        Header {
            kind,
            gc: crate::memory::gc::GC_STATIC,
        }
    }
}

/// A Rust type laid out as an object of one kind.
///
/// # Safety
/// The type must be `#[repr(C)]` and start with a `Header` whose kind is `KIND`.
pub unsafe trait HeapObject: Sized {
    const KIND: Kind;
}

/// An object with nothing but its header (None, NotImplemented, Ellipsis).
#[repr(C)]
pub struct Singleton {
    pub header: Header,
}

/// The bool objects: an int value after the header.
#[repr(C)]
pub struct BoolObj {
    pub header: Header,
    pub value: u64,
}

// SAFETY: `#[repr(C)]`, header first; the kind is the one used by the statics below.
unsafe impl HeapObject for BoolObj {
    const KIND: Kind = Kind::Bool;
}

#[allow(non_upper_case_globals)]
#[no_mangle]
pub static closc_None: Singleton = Singleton {
    header: Header::new_static(Kind::None),
};

#[allow(non_upper_case_globals)]
#[no_mangle]
pub static closc_True: BoolObj = BoolObj {
    header: Header::new_static(Kind::Bool),
    value: 1,
};

#[allow(non_upper_case_globals)]
#[no_mangle]
pub static closc_False: BoolObj = BoolObj {
    header: Header::new_static(Kind::Bool),
    value: 0,
};

static NOT_IMPLEMENTED: Singleton = Singleton {
    header: Header::new_static(Kind::NotImplemented),
};

static ELLIPSIS: Singleton = Singleton {
    header: Header::new_static(Kind::Ellipsis),
};

/// The addresses of every object in static memory. The collector tells references to
/// them from heap references by address: **a new static object must be added here.**
pub fn static_objects() -> [usize; 6] {
    [
        &closc_None as *const Singleton as usize,
        &closc_True as *const BoolObj as usize,
        &closc_False as *const BoolObj as usize,
        &NOT_IMPLEMENTED as *const Singleton as usize,
        &ELLIPSIS as *const Singleton as usize,
        &crate::objects::tuple::EMPTY as *const crate::objects::tuple::TupleObj as usize,
    ]
}

pub fn none() -> Value {
    Value(&closc_None as *const Singleton as u64)
}

pub fn true_value() -> Value {
    Value::from_ref(&closc_True)
}

pub fn false_value() -> Value {
    Value::from_ref(&closc_False)
}

pub fn bool_value(b: bool) -> Value {
    if b {
        true_value()
    } else {
        false_value()
    }
}

pub fn not_implemented() -> Value {
    Value(&NOT_IMPLEMENTED as *const Singleton as u64)
}

pub fn ellipsis() -> Value {
    Value(&ELLIPSIS as *const Singleton as u64)
}

/// Marker error: an exception is pending in the runtime (see `exceptions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raised;

/// The result of anything that can raise.
pub type PyResult<T = Value> = Result<T, Raised>;
