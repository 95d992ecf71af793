//! The numbers generated code and the runtime must agree on: header kinds, the offsets of
//! the object fields generated code reads or writes, the marker words it keeps in values,
//! and the limits of its inline paths (docs/runtime-abi.md). They are defined here once:
//! the compiler emits them, and the runtime takes its kind numbers from here and checks at
//! compile time that its structs have these layouts (`layout_contract` in
//! runtime/src/abi.rs), so a layout change that would break compiled programs cannot
//! build.
//!
//! Offsets are `i32` and words `i64`, as generated code's memory offsets and immediates
//! take them; kinds are `u32`, as the header holds them.

#![no_std]

/// The first word of every object: `{ kind: u32, gc: u32 }`.
pub mod header {
    pub const SIZE: usize = 8;
    /// Where the kind lies (a `u32`); the collector's bits follow, 0 in every object
    /// generated code allocates.
    pub const KIND: i32 = 0;
}

/// The header kind of each kind of object the runtime has. Small ints are not objects and
/// have no header.
pub mod kind {
    pub const NONE: u32 = 1;
    pub const BOOL: u32 = 2;
    /// A big int (small ints are tagged words).
    pub const INT: u32 = 3;
    pub const FLOAT: u32 = 4;
    pub const STR: u32 = 5;
    pub const TUPLE: u32 = 6;
    pub const LIST: u32 = 7;
    pub const DICT: u32 = 8;
    pub const SET: u32 = 9;
    pub const FROZENSET: u32 = 10;
    pub const RANGE: u32 = 11;
    pub const SLICE: u32 = 12;
    pub const CELL: u32 = 13;
    pub const CODE: u32 = 14;
    pub const FUNCTION: u32 = 15;
    pub const BUILTIN: u32 = 16;
    pub const BOUND_METHOD: u32 = 17;
    pub const CLASS: u32 = 18;
    /// An instance of a user class.
    pub const INSTANCE: u32 = 19;
    pub const EXCEPTION: u32 = 20;
    pub const MODULE: u32 = 21;
    /// An iterator over a list, tuple or str, or through `__getitem__`.
    pub const SEQUENCE_ITERATOR: u32 = 22;
    pub const RANGE_ITERATOR: u32 = 23;
    pub const DICT_ITERATOR: u32 = 24;
    pub const SET_ITERATOR: u32 = 25;
    pub const ENUMERATE: u32 = 26;
    pub const ZIP: u32 = 27;
    pub const MAP: u32 = 28;
    pub const FILTER: u32 = 29;
    pub const DICT_VIEW: u32 = 30;
    pub const SUPER: u32 = 31;
    pub const DESCRIPTOR: u32 = 32;
    pub const NOT_IMPLEMENTED: u32 = 33;
    pub const ELLIPSIS: u32 = 34;
    pub const FILE: u32 = 35;
    /// The shared bytes behind strs built by appending.
    pub const STR_BUFFER: u32 = 36;
    pub const GENERATOR: u32 = 37;
    /// The rarely used parts of a function, made on first need.
    pub const FUNCTION_EXTRAS: u32 = 38;
    pub const COMPLEX: u32 = 39;
    pub const BYTES: u32 = 40;
    pub const BYTEARRAY: u32 = 41;
    pub const MEMORYVIEW: u32 = 42;
}

/// Words that generated code keeps in a value's place and that are neither object
/// addresses (multiples of 8), nor small ints (odd), nor 0 ("no value").
pub mod marker {
    /// A temp or local whose value is a raw float held apart, in a float variable.
    pub const RAW_FLOAT: i64 = 2;
    /// `rt_next`'s result when the iterator is exhausted.
    pub const ITER_DONE: i64 = 2;
    /// An `Op::IterRange` temp whose range iterator lives in registers.
    pub const RANGE_IN_REGISTERS: i64 = 6;
    /// An `Op::IterLoop` temp whose list or tuple is iterated by index in registers.
    pub const SEQUENCE_IN_REGISTERS: i64 = 4;

    const fn is_marker(word: i64) -> bool {
        word != 0 && word & 1 == 0 && word & 7 != 0
    }

    // A loop's iterator temp holds an iterator marker or an iterator object, and its
    // `next()` gives an item or `ITER_DONE`: those must not be confused. A raw float's
    // marker only ever meets objects, small ints and 0.
    const _: () = assert!(
        is_marker(RAW_FLOAT)
            && is_marker(ITER_DONE)
            && is_marker(RANGE_IN_REGISTERS)
            && is_marker(SEQUENCE_IN_REGISTERS)
            && RANGE_IN_REGISTERS != SEQUENCE_IN_REGISTERS
            && RANGE_IN_REGISTERS != ITER_DONE
            && SEQUENCE_IN_REGISTERS != ITER_DONE
    );
}

/// Calls of compiled functions and the recursion check of their prologues.
pub mod call {
    /// A function with at most this many parameter slots takes them in registers,
    /// `fn(func, slot0, ..., slotN-1)`; one with more takes `fn(func, slots)`.
    pub const MAX_REGISTER_SLOTS: usize = 6;
    /// The tag `rt_method_for_direct_call` sets in a function's address when the function
    /// is to be called without the object.
    pub const WITHOUT_SELF: i64 = 4;
    /// What the runtime subtracts from `closc_frames_left` while a collection is pending:
    /// far beyond any depth, so that the prologue's one sign test is also the collector's
    /// safepoint poll. A power of two, so that the frames left without it are
    /// `closc_frames_left & (FRAMES_LEFT_TRAP - 1)`.
    pub const FRAMES_LEFT_TRAP: i64 = 1 << 48;

    const _: () = assert!(FRAMES_LEFT_TRAP.count_ones() == 1);
    // The tag is made of bits that no object address (a multiple of 8) has.
    const _: () = assert!(WITHOUT_SELF != 0 && WITHOUT_SELF & !7 == 0);
}

/// The frame of a stackless generator body (code flag `STACKLESS`): an array of words the
/// generator object owns, which the body's entry `fn(func, frame) -> value` receives. The
/// body saves the variables live across a `yield` in it and returns the value yielded;
/// the next resumption jumps back to the point after that `yield`.
pub mod generator_frame {
    /// The code flag (bit 5) of a generator function whose body is stackless.
    pub const STACKLESS: i64 = 32;
    /// Word index: which resumption point the next call starts at (0: the body's start),
    /// or `FINISHED` once the body returned.
    pub const STATE: usize = 0;
    /// Word index: the value sent in, which the pending `yield` gives.
    pub const SENT: usize = 1;
    /// Word index: non-zero when the pending `yield` is to raise the pending exception.
    pub const THROWING: usize = 2;
    /// Word index: the source line of the last `yield` (the frame's `f_lineno`).
    pub const LINE: usize = 3;
    /// Word index: non-zero when the body suspended at a `yield from`, returning the
    /// iterator to delegate to; the runtime steps that iterator until it returns (the
    /// value the body's resumption gets) or raises (what the resumption raises).
    pub const DELEGATING: usize = 4;
    /// Word index of the first parameter slot; the saved variables follow the parameters.
    pub const VARIABLES: usize = 5;
    /// The state of a body that returned (the result is its return value).
    pub const FINISHED: i64 = -1;
}

/// A cell: the storage of a variable shared with nested functions.
pub mod cell {
    /// The variable's value, 0 while unbound.
    pub const VALUE: i32 = 8;
}

pub mod float {
    /// The `f64`.
    pub const VALUE: i32 = 8;
}

pub mod str {
    /// The length in bytes of the UTF-8 text, a `u64` whose top bit marks a str whose text
    /// lives in a shared buffer: it equals `NCHARS` exactly for an ASCII str that is not
    /// shared, whose text starts at `TEXT`.
    pub const NBYTES: i32 = 8;
    /// The length in code points (`len`), a `u64`.
    pub const NCHARS: i32 = 16;
    /// The text of a str that is not shared.
    pub const TEXT: i32 = 32;
}

pub mod tuple {
    /// The number of items, a `u64`.
    pub const LEN: i32 = 8;
    /// The first item; the others follow.
    pub const ITEMS: i32 = 16;
    /// Tuples of at most this many items are allocated inline.
    pub const MAX_INLINE_ITEMS: usize = 4;
}

/// A list mirrors its length and the address of its items in fixed fields; generated code
/// may read and replace items, never add or remove any.
pub mod list {
    /// The number of items, a `u64`.
    pub const LEN: i32 = 8;
    /// The address of the first item.
    pub const DATA: i32 = 16;
}

/// A code object: what the functions made from it copy at their creation.
pub mod code {
    pub const ENTRY: i32 = 24;
    pub const DIRECT_ARITY: i32 = 88;
}

/// A function object, with its closure inside it so that making a closure is one
/// allocation. Generated code writes every field when it makes one inline.
pub mod function {
    /// The native entry.
    pub const ENTRY: i32 = 8;
    /// The number of positional arguments with which generated code may call `ENTRY`
    /// directly, a `u64` (`u64::MAX`: never).
    pub const DIRECT_ARITY: i32 = 16;
    pub const CODE: i32 = 24;
    /// The defaults tuple, 0 for none.
    pub const DEFAULTS: i32 = 32;
    /// The function's rarely used parts, 0 until needed.
    pub const EXTRAS: i32 = 40;
    /// The number of closure entries, a `u64`.
    pub const NCELLS: i32 = 48;
    /// The first closure entry (a cell, or the value of a variable captured by value); the
    /// others follow, in `co_freevars` order.
    pub const CELLS: i32 = 56;
    /// Functions closing over at most this many variables are allocated inline.
    pub const MAX_INLINE_CLOSURE: usize = 8;
}

/// A class (`ClassObj`).
pub mod class {
    /// The class's tag, a `u64` that changes whenever what an attribute cache recorded
    /// about the class may have changed, and is never reused by another class.
    pub const TAG: i32 = 8;
    /// The `__init__` function a call of the class runs on a new instance; generated code
    /// reads it only after `rt_new_for_init` returned an instance.
    pub const INIT: i32 = 16;
}

/// An instance of a user class, whose attributes sit in slots inline while it has no
/// dict.
pub mod instance {
    pub const CLASS: i32 = 8;
    /// The instance dict, 0 while the attributes are inline.
    pub const DICT: i32 = 16;
    /// The number of inline slots, a `u32`; 0 once the instance has a dict.
    pub const CAPACITY: i32 = 24;
    /// One past the highest inline slot ever filled, a `u32`: a store into an empty slot
    /// may be done inline only at or beyond it (`u32::MAX` once the runtime records the
    /// insertion order).
    pub const FILLED: i32 = 28;
    /// The insertion order of the inline attributes when it is not their index order (a
    /// `u64`, the runtime's own).
    pub const ORDER: i32 = 32;
    /// The first inline slot (0: the attribute is missing); the others follow.
    pub const VALUES: i32 = 40;
}

/// An iterator over a list, tuple or str, or through `__getitem__`.
pub mod sequence_iterator {
    pub const SEQUENCE: i32 = 8;
    /// The next index, a `u64` (the number of items left when reversed).
    pub const POSITION: i32 = 16;
    /// Whether the iterator runs backwards, a byte.
    pub const REVERSE: i32 = 24;
}

/// A range iterator; its numbers are machine ints unless `BIG` is set.
pub mod range_iterator {
    /// The next value, an `i64`.
    pub const NEXT: i32 = 8;
    pub const STEP: i32 = 16;
    /// The number of values left, a `u64`.
    pub const REMAINING: i32 = 24;
    /// Non-zero when the range is beyond machine words (its state then lives elsewhere).
    pub const BIG: i32 = 32;
}

/// The words generated code sets aside for each attribute site (`closc_attr_caches`):
/// zeroed at start, then written by the runtime only. The site holds `ENTRIES` entries of
/// `ENTRY_WORDS` words each; generated code reads the first for the hits on an instance's
/// inline slots, the runtime checks the others.
pub mod attr_cache {
    pub const ENTRIES: usize = 8;
    pub const ENTRY_WORDS: usize = 4;
    pub const WORDS: usize = ENTRIES * ENTRY_WORDS;
    /// The class (or module) the entry is for.
    pub const OWNER: i32 = 0;
    /// The tag of the owner class (`class::TAG`) when the entry was made.
    pub const VERSION: i32 = 8;
    /// The entry's kind in the low bits and its hint above: `kind | hint << HINT_SHIFT`.
    pub const KIND_HINT: i32 = 16;
    pub const HINT_SHIFT: i64 = 8;
    pub const KIND_MASK: i64 = (1 << HINT_SHIFT) - 1;
    /// The value the entry found on the class (for a method entry, the function).
    pub const FOUND: i32 = 24;
    /// The entry kind of a method of the class, used when the instance lacks the name: the
    /// hint is the name's slot index (or a number beyond every capacity: not in the
    /// instances' key list).
    pub const METHOD_ENTRY: i64 = 3;
    /// The entry kind of an inline attribute: the hint is the index of its slot.
    pub const SLOT_ENTRY: i64 = 7;
    /// The entry kind of a store into the inline slot at the hint.
    pub const STORE_SLOT_ENTRY: i64 = 8;

    const _: () = assert!(
        KIND_HINT < (ENTRY_WORDS * 8) as i32
            && METHOD_ENTRY & !KIND_MASK == 0
            && SLOT_ENTRY & !KIND_MASK == 0
            && STORE_SLOT_ENTRY & !KIND_MASK == 0
    );
}

/// The allocator's fast states (`closc_fast_states`), from which generated code allocates
/// small objects inline.
pub mod fast_state {
    /// The state's current block.
    pub const BLOCK: i32 = 0;
    /// The free cells of the current bitmap word, one bit each.
    pub const FREE: i32 = 16;
    /// The offset in the block of that word's first cell.
    pub const OFFSET: i32 = 24;
    /// The size of a state.
    pub const SIZE: usize = 40;
    /// Objects of these sizes and of the multiples of 8 between have a state.
    pub const MIN_OBJECT_SIZE: usize = 16;
    pub const MAX_OBJECT_SIZE: usize = 128;

    /// The index of the state for objects of `size` bytes (a multiple of 8 from
    /// `MIN_OBJECT_SIZE` to `MAX_OBJECT_SIZE`) without finalizer.
    pub const fn index(size: usize) -> usize {
        2 * (size / 8 - 2)
    }

    const _: () = assert!(index(MIN_OBJECT_SIZE) == 0);
}

// The largest tuples and closures that generated code allocates inline have a fast state.
const _: () = {
    use fast_state::MAX_OBJECT_SIZE;
    assert!(tuple::ITEMS as usize + 8 * tuple::MAX_INLINE_ITEMS <= MAX_OBJECT_SIZE);
    assert!(function::CELLS as usize + 8 * function::MAX_INLINE_CLOSURE <= MAX_OBJECT_SIZE);
};
