//! Object layouts, header kinds and value markers that generated code relies on.

/// Byte offsets of object fields that generated code reads (docs/runtime-abi.md).
pub(super) const CELL_VALUE: i32 = 8;
pub(super) const TUPLE_LEN: i32 = 8;
pub(super) const TUPLE_ITEMS: i32 = 16;
pub(super) const LIST_LEN: i32 = 8;
pub(super) const LIST_DATA: i32 = 16;
pub(super) const FUNCTION_ENTRY: i32 = 8;
pub(super) const FUNCTION_DIRECT_ARITY: i32 = 16;
pub(super) const FUNCTION_CODE: i32 = 24;
pub(super) const FUNCTION_DEFAULTS: i32 = 32;
pub(super) const FUNCTION_EXTRAS: i32 = 40;
pub(super) const FUNCTION_NCELLS: i32 = 48;
pub(super) const FUNCTION_CELLS: i32 = 56;
/// Functions closing over at most this many variables are allocated inline.
pub(super) const MAX_INLINE_CLOSURE: usize = 8;
pub(super) const CODE_ENTRY: i32 = 24;
pub(super) const CODE_DIRECT_ARITY: i32 = 88;
pub(super) const KIND_CELL: i64 = 13;
/// A function with at most this many parameter slots takes them in registers:
/// `fn(func, slot0, ..., slotN-1)`; one with more takes `fn(func, slots)` (the runtime's
/// `MAX_REGISTER_SLOTS`).
pub(super) const MAX_REGISTER_SLOTS: usize = 6;
/// Header kinds and fields of the objects whose fast paths are inline.
pub(super) const KIND_FLOAT: i64 = 4;
pub(super) const KIND_TUPLE: i64 = 6;
pub(super) const KIND_LIST: i64 = 7;
pub(super) const FLOAT_VALUE: i32 = 8;
pub(super) const KIND_FUNCTION: i64 = 15;
pub(super) const KIND_INSTANCE: i64 = 19;
/// What the runtime subtracts from `closc_frames_left` while a collection is pending.
pub(super) const FRAMES_LEFT_TRAP: i64 = 1 << 48;
/// Offsets in an allocator's fast state (`closc_fast_states`): the block, the bitmap word's
/// free cells, and the offset of the word's first cell in the block; and its size.
pub(super) const FAST_BLOCK: i32 = 0;
pub(super) const FAST_FREE: i32 = 16;
pub(super) const FAST_OFFSET: i32 = 24;
pub(super) const FAST_STATE_SIZE: usize = 40;
/// Tuples of at most this many items are allocated inline.
pub(super) const MAX_INLINE_TUPLE: usize = 4;
pub(super) const KIND_STR: i64 = 5;
/// A str's length in code points.
pub(super) const STR_NCHARS: i32 = 16;
pub(super) const KIND_SEQ_ITERATOR: i64 = 22;
/// A list, tuple, str or `__getitem__` iterator: the sequence, the next index (or the
/// number of items left, reversed) and whether it is reversed (a byte).
pub(super) const SEQ_ITERATOR_SEQUENCE: i32 = 8;
pub(super) const SEQ_ITERATOR_POSITION: i32 = 16;
pub(super) const SEQ_ITERATOR_REVERSE: i32 = 24;
pub(super) const KIND_RANGE_ITERATOR: i64 = 23;
/// The value of an `Op::IterRange` temp whose range iterator lives in registers (never an
/// object address, a small int, nor any other marker).
pub(super) const RANGE_IN_REGISTERS: i64 = 6;
/// The value of an `Op::IterLoop` temp whose list or tuple is iterated by index in
/// registers (never an object address, a small int, nor any other marker).
pub(super) const SEQUENCE_IN_REGISTERS: i64 = 4;
pub(super) const RANGE_ITERATOR_NEXT: i32 = 8;
pub(super) const RANGE_ITERATOR_STEP: i32 = 16;
pub(super) const RANGE_ITERATOR_REMAINING: i32 = 24;
/// Non-zero when the range is beyond machine words (its state then lives elsewhere).
pub(super) const RANGE_ITERATOR_BIG: i32 = 32;
/// The tag `rt_method_for_direct_call` adds to a function to call without the object.
pub(super) const WITHOUT_SELF: i64 = 4;
/// Words of the cache each attribute site passes to the runtime (`attr::AttrCache`).
pub(super) const ATTR_CACHE_WORDS: usize = 4;
/// Offsets of the cache's words: the class the entry is for, the class version it was
/// filled under, and the entry's kind (low byte) and hint.
pub(super) const ATTR_CACHE_OWNER: i32 = 0;
pub(super) const ATTR_CACHE_VERSION: i32 = 8;
pub(super) const ATTR_CACHE_KIND_HINT: i32 = 16;
/// The entry kind of an inline attribute: the hint is its index among the instance's
/// values.
pub(super) const SLOT_ENTRY: i64 = 7;
/// The entry kind of a store into an inline attribute at the hint.
pub(super) const STORE_SLOT_ENTRY: i64 = 8;
pub(super) const INSTANCE_CLASS: i32 = 8;
pub(super) const INSTANCE_CAPACITY: i32 = 24;
pub(super) const INSTANCE_VALUES: i64 = 32;
/// The value word of a temp or local whose value is a raw float held apart (neither an
/// object, nor a small int, nor 0, which marks an unbound local).
pub(super) const RAW_FLOAT: i64 = 2;
/// `rt_next`'s result when the iterator is exhausted.
pub(super) const ITER_DONE: i64 = 2;
