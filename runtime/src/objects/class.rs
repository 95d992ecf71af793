//! Classes (builtin and user-defined), their method resolution order, and plain instances.

use crate::memory::gc;
use crate::memory::heap;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, type_error};
use crate::objects::function::{self, DescrKind, DescriptorObj};
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// What the instances of a class are.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// `InstanceObj`: user classes deriving from object.
    Object,
    /// `ExceptionObj`: the exception classes and their user subclasses.
    Exception,
    /// A builtin type's own objects.
    Builtin(TypeId),
    /// `InstanceObj`s in dict mode holding a value of a builtin type: user classes
    /// deriving from that type (`objects::builtin_subclass`).
    Wrapped(TypeId),
}

/// Recently looked-up names of a class, direct-mapped by name address. An entry is valid
/// while the class keeps the tag it was made under (`ClassObj::tag`) and no collection ran
/// since (`LOOKUP_EPOCH`): it is keyed by the name's address, and a collection may free a
/// name str and reuse its address. Plain cells (no borrow flag) keep hits cheap.
#[derive(Default)]
pub struct LookupCache {
    entries: [Cell<CacheEntry>; 16],
}

/// One cached lookup: the class tag and collection epoch it is valid for, the name
/// pointer, what the MRO lookup found (0: nothing) and whether `object` itself defined it.
#[derive(Default, Clone, Copy)]
struct CacheEntry {
    tag: u64,
    epoch: u64,
    key: u64,
    found: Value,
    from_object: bool,
}

/// The last class tag handed out (tags start at 1, so a zeroed cache entry never matches).
static LAST_TAG: AtomicU64 = AtomicU64::new(0);

/// The number of collections so far: lookup caches hold name addresses that a collection
/// may free (see `LookupCache`).
static LOOKUP_EPOCH: AtomicU64 = AtomicU64::new(0);

fn fresh_tag() -> u64 {
    LAST_TAG.fetch_add(1, Ordering::Relaxed) + 1
}

thread_local! {
    /// The classes deriving from each class (by address): those whose MRO holds it after
    /// themselves, so that a namespace change retags them. Pruned by every collection
    /// (`forget_unreachable_classes`), so it holds no freed address.
    static DESCENDANTS: RefCell<HashMap<u64, Vec<Value>>> = RefCell::new(HashMap::new());
}

/// The namespace of class `cls` changed (or it is being set up): it and every class whose
/// MRO holds it get a fresh tag, which invalidates their lookup caches and every attribute
/// site cache entry made for them.
pub fn namespace_changed(cls: Value) {
    let Some(c) = cls.get::<ClassObj>() else {
        return;
    };
    c.tag.set(fresh_tag());
    DESCENDANTS.with(|descendants| {
        for d in descendants.borrow().get(&cls.0).into_iter().flatten() {
            if let Some(d) = d.get::<ClassObj>() {
                d.tag.set(fresh_tag());
            }
        }
    });
}

/// A value that binds to nothing (no `__get__`) and whose replacement by another such value
/// in a class namespace need not retag anything (`data_rebound`): numbers, strs, bytes,
/// None, bools and the builtin containers (not instances of subclasses, which are
/// instances).
pub fn is_plain_data(v: Value) -> bool {
    !v.is_object()
        || matches!(
            v.kind(),
            Kind::None
                | Kind::Bool
                | Kind::Int
                | Kind::Float
                | Kind::Complex
                | Kind::Str
                | Kind::Bytes
                | Kind::Tuple
                | Kind::List
                | Kind::Dict
                | Kind::Set
                | Kind::FrozenSet
        )
}

/// A plain data value (`is_plain_data`) of a name that is no dunder in the namespace of
/// class `cls` was replaced by another one (`Counter.count += 1`). Attribute caches read
/// such values where they are at each hit (`ClassData` entries) and every other entry
/// stays true (the name is still there, and still no descriptor), so no tag changes: only
/// the lookup caches of `cls` and the classes deriving from it, which hold the values,
/// are cleared.
pub fn data_rebound(cls: Value) {
    let clear = |c: &ClassObj| {
        for e in &c.cache.entries {
            e.set(CacheEntry::default());
        }
    };
    let Some(c) = cls.get::<ClassObj>() else {
        return;
    };
    clear(c);
    DESCENDANTS.with(|descendants| {
        for d in descendants.borrow().get(&cls.0).into_iter().flatten() {
            if let Some(d) = d.get::<ClassObj>() {
                clear(d);
            }
        }
    });
}

/// Called by the collector between marking and sweeping: drops the classes about to be
/// freed from `DESCENDANTS`, and starts a new lookup cache epoch (see `LookupCache`).
/// Attribute site caches need nothing: they compare a class's tag, and tags are never
/// reused, so a class allocated where a freed one was never matches the freed one's
/// entries.
pub fn forget_unreachable_classes() {
    // SAFETY: the classes in `DESCENDANTS` are allocated heap objects until the sweep that
    // follows this call (this is where they leave it).
    let live = |c: u64| unsafe { heap::is_marked(c as usize) };
    DESCENDANTS.with(|descendants| {
        descendants.borrow_mut().retain(|&cls, classes| {
            classes.retain(|d| live(d.0));
            live(cls) && !classes.is_empty()
        })
    });
    LOOKUP_EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// A class. References: `name`, `qualname` (strs), `bases` and `mro` (tuples of classes),
/// `dict` (the namespace), the values in `cache` (also reachable from the namespaces).
#[repr(C)]
pub struct ClassObj {
    pub header: Header,
    /// What attribute caches and the lookup cache compare to know that nothing they
    /// recorded about this class has changed: unique among all the classes ever made (so a
    /// class allocated where a freed one was never takes the freed one's entries), and
    /// replaced by a fresh one when the namespace of a class in the MRO changes
    /// (`namespace_changed`) or the shared key list grows. Generated code reads it
    /// (`closc_abi::class::TAG`).
    pub tag: Cell<u64>,
    /// The compiled `__init__` a plain call of the class runs (see `plain_init`), or null,
    /// as found when the class had tag `init_tag`. Not traced: while the tag holds, the
    /// namespace that holds the function keeps it alive. Generated code reads it
    /// (`closc_abi::class::INIT`) after `rt_new_for_init` checked the tag.
    pub init: Cell<Value>,
    init_tag: Cell<u64>,
    /// The tag under which the class was found to define neither `__bool__` nor `__len__`
    /// (0: not known), so that its instances are true without a lookup (`always_true`).
    always_true_tag: Cell<u64>,
    /// The tag under which this class, deriving from a builtin type, was found to take
    /// `len`, `iter`, truth and `in` from that type (`builtin_subclass::protocol_base`).
    pub base_protocols_tag: Cell<u64>,
    /// The tag under which this class, deriving from a builtin type, was found to take
    /// `__new__` and `__init__` from it (`builtin_subclass::instantiate`).
    pub construction_tag: Cell<u64>,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    /// CPython's `tp_name`, the name its error messages give the type, when it is not
    /// `name`: `collections.deque` for a class of a module CPython writes in C (null:
    /// `name`).
    pub type_name: Cell<Value>,
    pub bases: Value,
    /// The method resolution order, starting with the class itself.
    pub mro: Value,
    pub dict: Value,
    pub layout: Layout,
    /// Defined by the runtime (module `builtins`) rather than by the program.
    pub builtin: bool,
    pub cache: LookupCache,
    /// A summary of the attribute names ever stored in this class's instances (inline or
    /// in their dicts): bit `hash % 64` of each; all ones once an instance dict was handed
    /// to code that may add keys unseen (`instance_dict`). A name whose bit is clear is in
    /// no instance, so an attribute cache needs no probe to know the class attribute is not
    /// shadowed.
    pub instance_keys: Cell<u64>,
    /// The shared key list of the instances' inline attributes (see `InstanceObj`): a tuple
    /// of attribute-name strs, distinct by text, or null while empty. Append-only (an
    /// append replaces the tuple by a longer one), at most `MAX_INLINE` long: a name's index
    /// never changes. Only classes of the program (not `builtin`) learn keys.
    shared_keys: Cell<Value>,
    /// Set once an instance was allocated (the first one gets `MAX_INLINE` slots).
    allocated: Cell<bool>,
    /// The class's metaclass when it is a class of the program (null: `type`).
    pub metaclass: Cell<Value>,
    /// `__del__` is found along the MRO: instances are registered for finalization.
    finalizer: Cell<bool>,
    /// Whether the instances have a `__dict__` (false when every class of the program in
    /// the MRO declares `__slots__` without `__dict__`, and for `object` itself).
    pub instance_dict: Cell<bool>,
    /// Whether the instances have a `__weakref__` slot (only `__slots__` checks it).
    pub instance_weakref: Cell<bool>,
    /// How many words at the start of an instance's values are not inline attributes: the
    /// base value of a `Layout::Wrapped` class (word 0), then the slots of `__slots__`
    /// (`objects::slots`), inherited ones first. The shared key list starts with as many
    /// placeholders (None), so that attribute keys come after them.
    pub fixed_words: Cell<u32>,
    /// The class whose instance layout this class's instances have (CPython's
    /// `solid_base`): the class itself when it declares slots, a builtin type deriving
    /// classes wrap, else its bases'; null for the plain `object` layout.
    pub solid_base: Cell<Value>,
}

/// The most attributes an instance holds inline (CPython 3.11's `SHARED_KEYS_MAX_SIZE`).
pub const MAX_INLINE: usize = 30;

/// The class-body name through which a shipped module's class takes CPython's `tp_name`;
/// `type()` takes it out of the namespace.
const SHIPPED_TYPE_NAME: &str = "__closc_type_name__";

/// The inline capacity of instances of a class whose instances have stored no attribute
/// yet, after the first instance (which gets `MAX_INLINE`).
const UNLEARNED_INLINE: usize = 4;

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ClassObj {
    const KIND: Kind = Kind::Class;
}

impl ClassObj {
    /// Whether the class's instances are true by default: it was found, under its current
    /// tag, to define neither `__bool__` nor `__len__`.
    pub fn always_true(&self) -> bool {
        self.always_true_tag.get() == self.tag.get()
    }

    /// Records that the class defines neither `__bool__` nor `__len__` under its current
    /// tag (a namespace change gives it another).
    pub fn set_always_true(&self) {
        self.always_true_tag.set(self.tag.get());
    }

    pub fn name_str(&self) -> &'static str {
        pystr::as_str(self.name.get()).unwrap_or("?")
    }

    /// CPython's `tp_name` of the class (see `type_name`).
    pub fn type_name_str(&self) -> &'static str {
        let full = self.type_name.get();
        if full.is_null() {
            self.name_str()
        } else {
            pystr::as_str(full).unwrap_or("?")
        }
    }

    pub fn qualname_str(&self) -> &'static str {
        pystr::as_str(self.qualname.get()).unwrap_or("?")
    }

    pub fn mro(&self) -> &'static [Value] {
        tuple::items(self.mro).unwrap_or(&[])
    }

    pub fn dict(&self) -> &'static DictObj {
        self.dict
            .get::<DictObj>()
            .expect("class namespace is a dict")
    }

    /// Looks `name` up along the MRO (through the cache): the value, and whether it came
    /// from `object`.
    fn cached_lookup(&self, name: Value) -> (Option<Value>, bool) {
        let (tag, epoch) = (self.tag.get(), LOOKUP_EPOCH.load(Ordering::Relaxed));
        let slot = (name.0 >> 4) as usize % 16;
        let e = self.cache.entries[slot].get();
        if e.tag == tag && e.epoch == epoch && e.key == name.0 {
            return ((!e.found.is_null()).then_some(e.found), e.from_object);
        }
        let mut result = (None, false);
        for c in self.mro().iter().filter_map(|c| c.get::<ClassObj>()) {
            if let Some(v) = c.dict().get_str(name) {
                result = (Some(v), c.layout == Layout::Builtin(TypeId::Object));
                break;
            }
        }
        self.cache.entries[slot].set(CacheEntry {
            tag,
            epoch,
            key: name.0,
            found: result.0.unwrap_or(Value::NULL),
            from_object: result.1,
        });
        result
    }

    /// Looks `name` up along the MRO.
    pub fn lookup(&self, name: Value) -> Option<Value> {
        self.cached_lookup(name).0
    }

    /// False if no instance of this class has (or ever had) `name` in its dict.
    #[inline]
    pub fn may_have_instance_key(&self, name: Value) -> bool {
        self.instance_keys.get() & key_bit(name) != 0
    }

    /// Looks `name` up along the MRO, ignoring what `object` itself defines.
    pub fn lookup_user(&self, name: Value) -> Option<Value> {
        match self.cached_lookup(name) {
            (Some(v), false) => Some(v),
            _ => None,
        }
    }

    /// The shared key list as a value (a tuple, or null), for the collector.
    pub fn shared_keys_value(&self) -> Value {
        self.shared_keys.get()
    }

    /// The shared key list of the inline attributes of this class's instances.
    #[inline]
    pub fn shared_keys(&self) -> &'static [Value] {
        tuple::items(self.shared_keys.get()).unwrap_or(&[])
    }

    /// The index of the str `name` in the shared key list: by address, else by text.
    pub fn key_index(&self, name: Value) -> Option<usize> {
        let keys = self.shared_keys();
        if let Some(k) = keys.iter().position(|&k| k == name) {
            return Some(k);
        }
        let s = name.get::<pystr::StrObj>()?;
        let (hash, text) = (s.hash(), s.as_str());
        keys.iter().position(|&k| {
            k.get::<pystr::StrObj>()
                .is_some_and(|k| k.hash() == hash && k.as_str() == text)
        })
    }

    /// The index of the str `name` in the shared key list, appending it if there is room
    /// (and this is a class of the program).
    fn key_index_or_add(&self, name: Value) -> Option<usize> {
        if let Some(k) = self.key_index(name) {
            return Some(k);
        }
        let keys = self.shared_keys();
        let fixed = self.fixed_words.get() as usize;
        if self.builtin || keys.len() >= fixed + MAX_INLINE || name.get::<pystr::StrObj>().is_none()
        {
            return None;
        }
        let mut longer = Vec::with_capacity(keys.len() + 1);
        longer.extend_from_slice(keys);
        longer.push(name);
        self.shared_keys.set(tuple::new(&longer));
        self.instance_keys
            .set(self.instance_keys.get() | key_bit(name));
        // An attribute cache entry that found `name` absent from the key list (a method
        // not shadowed by any inline attribute) must not outlive the append. Only this
        // class's instances use its key list.
        self.tag.set(fresh_tag());
        Some(keys.len())
    }

    /// Reserves inline room in this class's instances for the attributes its methods store
    /// on `self` (`names`, from the compiler), then for those its bases' instances hold:
    /// their keys join the shared key list now, so that every instance is allocated with
    /// room for them, whatever order they are stored in.
    pub fn expect_attributes(&self, names: &[Value]) {
        if self.builtin || self.layout != Layout::Object || !self.instance_dict.get() {
            return;
        }
        let inherited = self
            .mro()
            .iter()
            .skip(1)
            .filter_map(|b| b.get::<ClassObj>());
        let inherited = inherited.flat_map(|b| b.shared_keys().iter());
        for &name in names.iter().chain(inherited) {
            if name.get::<pystr::StrObj>().is_some() && self.key_index_or_add(name).is_none() {
                break;
            }
        }
    }

    /// The number of inline values for a new instance: its fixed words, then as many as
    /// the class has learned attribute names (none for an instance without `__dict__`);
    /// none for runtime-defined classes (their instances use dicts).
    fn inline_capacity(&self) -> usize {
        if self.builtin {
            return 0;
        }
        let fixed = self.fixed_words.get() as usize;
        match self.shared_keys().len() {
            n if n > fixed => n,
            _ if !self.instance_dict.get() => fixed,
            _ if !self.allocated.replace(true) => fixed + MAX_INLINE,
            _ => fixed + UNLEARNED_INLINE,
        }
    }

    /// The compiled function `__init__` when calling this class only allocates an instance
    /// and runs it: a class of the program whose instances are plain `InstanceObj`s, with
    /// no metaclass of the program (whose `__call__` or `__new__` would take the call; the
    /// metaclass is set once, when the class is made) and no `__new__` but `object`'s.
    /// What it depends on is in the namespaces of the MRO, so it is cached under the tag.
    pub fn plain_init(&self, cls: Value) -> Option<Value> {
        let tag = self.tag.get();
        if self.init_tag.get() != tag {
            let plain = !self.builtin
                && self.layout == Layout::Object
                && self.metaclass.get().is_null()
                && !crate::objects::metaclass::is_metaclass(cls)
                && self.lookup_user(pystr::intern("__new__")).is_none();
            let init = self
                .lookup_user(pystr::intern("__init__"))
                .filter(|f| plain && f.get::<function::FunctionObj>().is_some());
            self.init.set(init.unwrap_or(Value::NULL));
            self.init_tag.set(tag);
        }
        let init = self.init.get();
        (!init.is_null()).then_some(init)
    }

    /// Sets the fixed words of the instances (see `fixed_words`) and starts the shared key
    /// list with a placeholder for each. Only for a class being made, before any instance.
    pub fn set_fixed_words(&self, words: usize) {
        self.fixed_words.set(words as u32);
        if words > 0 {
            self.shared_keys
                .set(tuple::new(&vec![crate::objects::value::none(); words]));
        }
    }
}

/// An instance of a user class. References: `class`, `dict`, and the inline values.
///
/// The first values are the class's *fixed words* (`ClassObj::fixed_words`): the base
/// value of an instance of a class deriving from a builtin type, then the slots that
/// `__slots__` declares (null while unset), read and written only through the class's
/// member descriptors. The attributes come after them. An instance is in one of two modes:
/// - *inline* (`dict` null): its attributes are the non-null ones of the `capacity` values
///   stored after the struct; value `k` is the attribute named by key `k` of the class's
///   shared key list (`ClassObj::shared_keys`). Nothing is removed in this mode. While the
///   attributes were added in key order, index order is insertion order and `filled` is one
///   past the highest index ever filled (a key added at or beyond it keeps that order).
///   The first attribute added below it records the insertion order in `order` instead
///   (see `record_order`), and `filled` becomes `ORDER_RECORDED`.
/// - *dict* (`dict` non-null, `capacity` the fixed words, every later value null): its
///   attributes are the dict's entries. `materialize` switches to it, for good, when an
///   attribute is deleted, added beyond the capacity or out of key order past what
///   `order` can record, or the dict itself is asked for (`__dict__`, `vars`).
#[repr(C)]
pub struct InstanceObj {
    pub header: Header,
    pub class: Value,
    dict: Cell<Value>,
    capacity: Cell<u32>,
    filled: Cell<u32>,
    /// With `filled` at `ORDER_RECORDED`: the indices of the attributes in the order they
    /// were added, four bits each, the first in the lowest bits.
    order: Cell<u64>,
    values: [Cell<Value>; 0],
}

/// `InstanceObj::filled` once the insertion order is recorded: no index is at or beyond
/// it, so every addition comes to `set_slot` (generated code adds inline only there).
const ORDER_RECORDED: u32 = u32::MAX;

/// The indices `InstanceObj::order` can record: four bits each, sixteen of them.
const ORDER_INDICES: usize = 16;

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for InstanceObj {
    const KIND: Kind = Kind::Instance;
}

// The offsets of private fields that generated code uses (`abi::layout_contract` checks
// the others).
const _: () = {
    use closc_abi::instance::{CAPACITY, DICT, FILLED, VALUES};
    use std::mem::offset_of;
    assert!(offset_of!(InstanceObj, dict) == DICT as usize);
    assert!(offset_of!(InstanceObj, capacity) == CAPACITY as usize);
    assert!(offset_of!(InstanceObj, filled) == FILLED as usize);
    assert!(ORDER_INDICES * 4 == u64::BITS as usize);
    assert!(offset_of!(InstanceObj, values) == VALUES as usize);
};

/// Where `InstanceObj::store` put a value.
pub enum StoredAt {
    /// Inline, at this index of the shared key list.
    Slot(usize),
    /// In the instance dict, at this position of its entry list (None: unknown).
    Dict(Option<usize>),
}

/// Allocates an instance of `cls` with `capacity` empty inline values and `dict` (null for
/// an inline instance).
fn alloc_instance(cls: Value, capacity: usize, dict: Value) -> Value {
    let size = std::mem::size_of::<InstanceObj>() + capacity * std::mem::size_of::<Value>();
    let p = heap::alloc(size, Kind::Instance) as *mut InstanceObj;
    // SAFETY: `p` points to `size` fresh bytes: the struct followed by room for `capacity`
    // values, which are written (as nulls) before anything can read them.
    unsafe {
        p.write(InstanceObj {
            header: Header::new(Kind::Instance),
            class: cls,
            dict: Cell::new(dict),
            capacity: Cell::new(capacity as u32),
            filled: Cell::new(0),
            order: Cell::new(0),
            values: [],
        });
        std::ptr::write_bytes((*p).values.as_mut_ptr(), 0, capacity);
    }
    let instance = Value(p as u64);
    register_if_finalizable(instance, cls);
    instance
}

/// A new instance of `cls` (a `Layout::Wrapped` class) holding `base`, in dict mode with
/// an empty dict; the base value is its first fixed word.
pub fn new_instance_with_base(cls: Value, base: Value) -> Value {
    let words = cls
        .get::<ClassObj>()
        .map_or(1, |c| c.fixed_words.get().max(1) as usize);
    let v = alloc_instance(cls, words, dict::new());
    if let Some(i) = v.get::<InstanceObj>() {
        i.set_fixed_word(0, base);
    }
    v
}

/// A new instance of `cls` (a `Layout::Object` class, or `object`) with no attributes.
pub fn new_instance(cls: Value) -> Value {
    let capacity = cls.get::<ClassObj>().map_or(0, |c| c.inline_capacity());
    alloc_instance(cls, capacity, Value::NULL)
}

/// A new instance of `cls` in dict mode, with an empty dict (runtime-defined classes).
pub fn new_instance_with_dict(cls: Value) -> Value {
    alloc_instance(cls, 0, dict::new())
}

impl InstanceObj {
    /// The first fixed word of an instance of a `Layout::Wrapped` class: its base value.
    pub fn base_word(&self) -> Value {
        self.slot(0).unwrap_or(Value::NULL)
    }

    /// Sets fixed word `k` (null: unsets it); false if the instance has no such word.
    pub fn set_fixed_word(&self, k: usize, v: Value) -> bool {
        if k >= self.capacity.get() as usize {
            return false;
        }
        // SAFETY: `k` is below the capacity, so the value was initialised by
        // `alloc_instance` (see `slots`).
        unsafe { (*self.values.as_ptr().add(k)).set(v) };
        true
    }

    /// The number of fixed words (see `ClassObj::fixed_words`).
    fn fixed(&self) -> usize {
        self.class_obj().map_or(0, |c| c.fixed_words.get() as usize)
    }

    /// True if index `k` of the values is a fixed word of this instance (in either mode).
    pub fn is_fixed_word(&self, k: usize) -> bool {
        k < self.fixed()
    }

    /// The class (always a class object).
    #[inline]
    pub fn class_obj(&self) -> Option<&'static ClassObj> {
        self.class.get::<ClassObj>()
    }

    /// The inline values, the fixed words first (only those in dict mode).
    #[inline]
    pub fn slots(&self) -> &[Cell<Value>] {
        // SAFETY: `alloc_instance` allocated and initialised `capacity` values after the
        // struct, and the capacity only ever shrinks (to the fixed words, by
        // `materialize`).
        unsafe { std::slice::from_raw_parts(self.values.as_ptr(), self.capacity.get() as usize) }
    }

    /// The inline value at index `k` of the shared key list, if set (in dict mode only a
    /// fixed word: the capacity is then the number of fixed words).
    #[inline]
    pub fn slot(&self, k: usize) -> Option<Value> {
        if k >= self.capacity.get() as usize {
            return None;
        }
        // SAFETY: `k` is below the capacity, so the value was initialised by
        // `alloc_instance` (see `slots`).
        let v = unsafe { (*self.values.as_ptr().add(k)).get() };
        (!v.is_null()).then_some(v)
    }

    /// Stores `v` at index `k` of the shared key list if the instance is inline and its
    /// insertion order stays known (replacing a value, adding one beyond all present, or
    /// adding one below them whose place `record_order` can record); false (and nothing
    /// changed) otherwise.
    #[inline]
    pub fn set_slot(&self, k: usize, v: Value) -> bool {
        if k >= self.capacity.get() as usize {
            return false;
        }
        // SAFETY: as in `slot`.
        let cell = unsafe { &*self.values.as_ptr().add(k) };
        if cell.get().is_null() {
            if k >= self.filled.get() as usize {
                self.filled.set(k as u32 + 1);
            } else if !self.record_order(k) {
                return false;
            }
        }
        cell.set(v);
        true
    }

    /// Records that the attribute at index `k` (empty, below `filled`) is added after the
    /// present ones; false if `order` cannot hold the order.
    fn record_order(&self, k: usize) -> bool {
        let filled = self.filled.get();
        let present = self.insertion_order();
        if k >= ORDER_INDICES
            || (filled != ORDER_RECORDED && filled as usize > ORDER_INDICES)
            || present.len() >= ORDER_INDICES
        {
            return false;
        }
        let order = present
            .iter()
            .chain([&k])
            .enumerate()
            .fold(0u64, |order, (n, &j)| order | (j as u64) << (4 * n));
        self.order.set(order);
        self.filled.set(ORDER_RECORDED);
        true
    }

    /// The indices of the inline attributes, in the order they were added.
    fn insertion_order(&self) -> Vec<usize> {
        let present = self
            .slots()
            .iter()
            .enumerate()
            .skip(self.fixed())
            .filter(|(_, v)| !v.get().is_null())
            .map(|(j, _)| j);
        if self.filled.get() != ORDER_RECORDED {
            return present.collect();
        }
        let order = self.order.get();
        (0..present.count())
            .map(|n| ((order >> (4 * n)) & 15) as usize)
            .collect()
    }

    /// The instance dict, in dict mode.
    #[inline]
    pub fn dict(&self) -> Option<&'static DictObj> {
        self.dict.get().get::<DictObj>()
    }

    /// The dict value (null while inline), for the collector.
    pub fn dict_value(&self) -> Value {
        self.dict.get()
    }

    /// The attribute `name` stored in the instance itself.
    pub fn get(&self, name: Value) -> Option<Value> {
        match self.dict() {
            Some(d) => d.get_str(name),
            None => self.slot(self.class_obj()?.key_index(name)?),
        }
    }

    /// The attributes stored in the instance itself, in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        if let Some(d) = self.dict() {
            return d.items();
        }
        let keys = self.class_obj().map_or(&[][..], |c| c.shared_keys());
        let slots = self.slots();
        self.insertion_order()
            .into_iter()
            .map(|j| (keys[j], slots[j].get()))
            .collect()
    }

    /// Switches to dict mode (if not there yet) and returns the dict, which holds the
    /// inline attributes in their insertion order.
    pub fn materialize(&self) -> &'static DictObj {
        if let Some(d) = self.dict() {
            return d;
        }
        let dv = dict::new();
        let d = dv.get::<DictObj>().expect("a new dict");
        let keys = self.class_obj().map_or(&[][..], |c| c.shared_keys());
        let slots = self.slots();
        for j in self.insertion_order() {
            // Distinct str keys into a fresh dict: no user code runs.
            d.set_str(keys[j], slots[j].get()).expect("str keys hash");
            slots[j].set(Value::NULL);
        }
        self.capacity.set(self.fixed() as u32);
        self.dict.set(dv);
        d
    }

    /// `name = v` in the instance itself (no property or `__setattr__` involved): inline
    /// when that keeps the insertion order and fits, else in the dict.
    pub fn store(&self, name: Value, v: Value) -> PyResult<StoredAt> {
        let c = self.class_obj();
        if self.dict().is_none() {
            if let Some(k) = c.and_then(|c| c.key_index_or_add(name)) {
                if self.set_slot(k, v) {
                    return Ok(StoredAt::Slot(k));
                }
            }
        }
        if let Some(c) = c {
            c.instance_keys.set(c.instance_keys.get() | key_bit(name));
        }
        self.materialize()
            .set_str_position(name, v)
            .map(StoredAt::Dict)
    }

    /// Removes the attribute `name` from the instance itself, returning its value if it
    /// was there. Removing one switches to dict mode.
    pub fn remove(&self, name: Value) -> PyResult<Option<Value>> {
        if self.dict().is_none() && self.get(name).is_none() {
            return Ok(None);
        }
        self.materialize().remove(name)
    }
}

/// The class of an instance or exception object.
pub fn instance_class(v: Value) -> Value {
    if let Some(i) = v.get::<InstanceObj>() {
        i.class
    } else if let Some(e) = v.get::<exceptions::ExceptionObj>() {
        e.class
    } else {
        types::type_of(v)
    }
}

/// The bit of `ClassObj::instance_keys` for key `name` (all of them for a non-str key).
#[inline]
fn key_bit(name: Value) -> u64 {
    name.get::<pystr::StrObj>()
        .map_or(u64::MAX, |s| 1 << (s.hash() as u64 % 64))
}

/// The attribute dict of an instance (switched to dict mode) or exception (created on
/// first use), for any use: the keys of an instance's class may now be anything (see
/// `ClassObj::instance_keys`).
pub fn instance_dict(v: Value) -> Option<&'static DictObj> {
    if let Some(i) = v.get::<InstanceObj>() {
        if let Some(c) = i.class_obj() {
            c.instance_keys.set(u64::MAX);
        }
        return Some(i.materialize());
    }
    let cell = &v.get::<exceptions::ExceptionObj>()?.dict;
    if cell.get().is_null() {
        cell.set(dict::new());
    }
    cell.get().get::<DictObj>()
}

/// The attribute `name` stored in instance or exception `v` itself (not its class).
pub fn own_attr(v: Value, name: Value) -> Option<Value> {
    if let Some(i) = v.get::<InstanceObj>() {
        return i.get(name);
    }
    exception_dict(v)?.get_str(name)
}

/// The attributes stored in instance or exception `v` itself, in insertion order.
pub fn own_attrs(v: Value) -> Vec<(Value, Value)> {
    if let Some(i) = v.get::<InstanceObj>() {
        return i.items();
    }
    exception_dict(v).map(|d| d.items()).unwrap_or_default()
}

/// Whether instances of `cls` have a `__dict__` (see `ClassObj::instance_dict`), so that
/// they may hold attributes of any name.
pub fn instances_have_dict(cls: Value) -> bool {
    cls.get::<ClassObj>().is_none_or(|c| c.instance_dict.get())
}

/// Stores attribute `name` in instance or exception `v` itself; false if `v` is neither.
/// Whether the instance may hold `name` is the caller's question (`instances_have_dict`).
pub fn store_own_attr(v: Value, name: Value, value: Value) -> PyResult<bool> {
    if let Some(i) = v.get::<InstanceObj>() {
        i.store(name, value)?;
        return Ok(true);
    }
    if v.get::<exceptions::ExceptionObj>().is_none() {
        return Ok(false);
    }
    if let Some(c) = instance_class(v).get::<ClassObj>() {
        c.instance_keys.set(c.instance_keys.get() | key_bit(name));
    }
    let cell = &v
        .get::<exceptions::ExceptionObj>()
        .expect("an exception")
        .dict;
    if cell.get().is_null() {
        cell.set(dict::new());
    }
    let d = cell.get().get::<DictObj>().expect("a dict");
    d.set(name, value)?;
    Ok(true)
}

/// Removes attribute `name` from instance or exception `v` itself, returning its value if
/// it was there.
pub fn remove_own_attr(v: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(i) = v.get::<InstanceObj>() {
        return i.remove(name);
    }
    match exception_dict(v) {
        Some(d) => d.remove(name),
        None => Ok(None),
    }
}

/// The attribute dict of an exception, if it has one yet.
fn exception_dict(v: Value) -> Option<&'static DictObj> {
    v.get::<exceptions::ExceptionObj>()?
        .dict
        .get()
        .get::<DictObj>()
}

fn alloc_class(name: Value, qualname: Value, bases: Value, layout: Layout, builtin: bool) -> Value {
    let dict = dict::new();
    heap::new(ClassObj {
        header: Header::new(Kind::Class),
        tag: Cell::new(fresh_tag()),
        init: Cell::new(Value::NULL),
        init_tag: Cell::new(0),
        always_true_tag: Cell::new(0),
        base_protocols_tag: Cell::new(0),
        construction_tag: Cell::new(0),
        name: Cell::new(name),
        qualname: Cell::new(qualname),
        type_name: Cell::new(Value::NULL),
        bases,
        mro: Value::NULL,
        dict,
        layout,
        builtin,
        cache: LookupCache::default(),
        instance_keys: Cell::new(0),
        shared_keys: Cell::new(Value::NULL),
        allocated: Cell::new(false),
        metaclass: Cell::new(Value::NULL),
        finalizer: Cell::new(false),
        instance_dict: Cell::new(matches!(layout, Layout::Object | Layout::Exception)),
        instance_weakref: Cell::new(false),
        fixed_words: Cell::new(0),
        solid_base: Cell::new(Value::NULL),
    })
}

/// True when instances of `cls` have a finalizer (`__del__` in the class's MRO).
#[inline]
pub fn has_finalizer(cls: Value) -> bool {
    cls.get::<ClassObj>().is_some_and(|c| c.finalizer.get())
}

/// Registers a new instance or exception for finalization if its class defines `__del__`.
#[inline]
pub fn register_if_finalizable(obj: Value, cls: Value) {
    if has_finalizer(cls) {
        gc::register_finalizer(obj);
    }
}

/// A class of the program gained or lost `__del__`: recomputes which classes have one
/// (subclasses inherit it) and has the next collection register the live instances of
/// those that do, as CPython calls a `__del__` set after its instances were made.
pub fn finalizers_changed() {
    let del = pystr::intern("__del__");
    for addr in heap::objects_of_kinds(&[Kind::Class]) {
        if let Some(c) = Value(addr as u64).get::<ClassObj>() {
            c.finalizer.set(!c.builtin && c.lookup(del).is_some());
        }
    }
    gc::register_live_instances();
}

fn set_mro(cls: Value, mro: Vec<Value>) {
    DESCENDANTS.with(|descendants| {
        let mut descendants = descendants.borrow_mut();
        for ancestor in mro.iter().skip(1) {
            descendants.entry(ancestor.0).or_default().push(cls);
        }
    });
    let t = tuple::new(&mro);
    let p = cls.0 as *mut ClassObj;
    // SAFETY: `cls` was just allocated by `alloc_class` and is not yet visible to anything
    // else, so writing its `mro` field cannot race with a reader.
    unsafe { (*p).mro = t };
}

/// A runtime-defined class with single-inheritance bases.
pub fn new_builtin(name: &str, bases: &[Value], layout: Layout) -> Value {
    let n = pystr::new(name);
    let cls = alloc_class(n, n, tuple::new(bases), layout, true);
    let base = bases.first().and_then(|b| b.get::<ClassObj>());
    let mro = c3(cls, bases).expect("the builtin classes' bases have a consistent MRO");
    set_mro(cls, mro);
    if let Some(c) = cls.get::<ClassObj>() {
        // The builtin types are the layouts classes derive from; every exception class
        // has `BaseException`'s.
        let solid = match (layout, base) {
            (Layout::Builtin(TypeId::Object), _) => Value::NULL,
            (Layout::Builtin(_), _) | (Layout::Exception, None) => cls,
            (_, Some(b)) => b.solid_base.get(),
            (_, None) => Value::NULL,
        };
        c.solid_base.set(solid);
        c.instance_weakref.set(matches!(
            layout,
            Layout::Object | Layout::Builtin(TypeId::Set | TypeId::FrozenSet)
        ));
    }
    cls
}

/// C3 linearisation of a class with the given bases.
fn c3(cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .filter_map(|b| b.get::<ClassObj>())
        .map(|b| b.mro().to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|h| !seqs.iter().any(|s| s[1..].contains(h)));
        let Some(head) = head else {
            let names: Vec<&str> = bases
                .iter()
                .filter_map(|b| b.get::<ClassObj>())
                .map(|b| b.name_str())
                .collect();
            return type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// `class name(bases): namespace` — `rt_class_new`.
/// Makes a class of the program (CPython's `type.__new__`): the namespace's entries (with
/// `__init_subclass__` and `__class_getitem__` made class methods), then each entry's
/// `__set_name__`, then the parent's `__init_subclass__` with the class keywords `kwargs` (a
/// dict, or null for none).
pub fn new_user(
    metaclass: Value,
    name: Value,
    qualname: Value,
    bases: Value,
    namespace: Value,
    kwargs: Value,
) -> PyResult {
    let mut base_list = tuple::items(bases).unwrap_or(&[]).to_vec();
    if base_list.is_empty() {
        base_list.push(types::class_of(TypeId::Object));
    }
    for b in &base_list {
        if b.get::<ClassObj>().is_none() {
            return type_error("bases must be types");
        }
    }
    let exception = base_list.iter().any(|b| {
        b.get::<ClassObj>()
            .is_some_and(|c| c.layout == Layout::Exception)
    });
    let layout = match crate::objects::builtin_subclass::base_type(&base_list)? {
        Some(id) => {
            crate::objects::builtin_subclass::expose_methods(types::class_of(id))?;
            Layout::Wrapped(id)
        }
        None if exception => Layout::Exception,
        None => Layout::Object,
    };
    let cls = alloc_class(name, qualname, tuple::new(&base_list), layout, false);
    if let Some(c) = cls.get::<ClassObj>() {
        if metaclass != types::class_of(TypeId::Type) {
            c.metaclass.set(metaclass);
        }
    }
    let mro = c3(cls, &base_list)?;
    set_mro(cls, mro);
    // The layout is set for every class, whatever its namespace.
    let declared = namespace
        .get::<DictObj>()
        .map_or_else(dict::new, Value::from_ref);
    let slots = crate::objects::slots::declare(
        cls,
        &base_list,
        declared.get::<DictObj>().expect("a dict"),
    )?;
    if let (Some(c), Some(ns)) = (cls.get::<ClassObj>(), namespace.get::<DictObj>()) {
        for (k, v) in ns.items() {
            // `type()` takes `__qualname__` out of the namespace.
            if pystr::as_str(k) == Some("__qualname__") {
                if pystr::as_str(v).is_none() {
                    return type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        types::type_name(v)
                    ));
                }
                c.qualname.set(v);
                continue;
            }
            // A class of a shipped module standing for a type CPython writes in C names
            // itself as that type does in messages (`__closc_type_name__ = "decimal.Decimal"`).
            if pystr::as_str(k) == Some(SHIPPED_TYPE_NAME) {
                if pystr::as_str(v).is_some() {
                    c.type_name.set(v);
                }
                continue;
            }
            let implicit_classmethod = matches!(
                pystr::as_str(k),
                Some("__init_subclass__" | "__class_getitem__")
            ) && v.kind() == Kind::Function;
            let v = if implicit_classmethod {
                function::new_descriptor(DescrKind::ClassMethod, v, Value::NULL, Value::NULL)
            } else {
                v
            };
            c.dict().set(k, v)?;
            if let Some(d) = v.get::<DescriptorObj>() {
                if d.kind == DescrKind::Property {
                    d.name.set(k);
                }
            }
        }
        // As CPython's `type()` does: defining `__eq__` without `__hash__` makes the
        // instances unhashable.
        let d = c.dict();
        if d.get_str(pystr::intern("__eq__")).is_some()
            && d.get_str(pystr::intern("__hash__")).is_none()
        {
            d.set(pystr::intern("__hash__"), crate::objects::value::none())?;
        }
    }
    crate::objects::slots::add_members(cls, slots)?;
    if let Some(c) = cls.get::<ClassObj>() {
        // As CPython's `PyType_Ready`: a class without a docstring has `__doc__` None.
        let doc = pystr::intern("__doc__");
        if c.dict().get_str(doc).is_none() {
            c.dict().set(doc, crate::objects::value::none())?;
        }
    }
    namespace_changed(cls);
    if let Some(c) = cls.get::<ClassObj>() {
        c.finalizer
            .set(c.lookup(pystr::intern("__del__")).is_some());
    }
    set_names(cls)?;
    init_subclass(cls, kwargs)?;
    Ok(cls)
}

/// Calls `__set_name__(cls, name)` on each entry of a new class's namespace that has one;
/// an error becomes a RuntimeError caused by it, as in CPython 3.11.
fn set_names(cls: Value) -> PyResult<()> {
    let Some(c) = cls.get::<ClassObj>() else {
        return Ok(());
    };
    for (k, v) in c.dict().items() {
        let Some(f) = ops::user_method(v, "__set_name__") else {
            continue;
        };
        if call::call_with_self(f, v, &[cls, k], Kw::NONE).is_err() {
            let cause = exceptions::take_pending();
            let message = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                types::type_name(v),
                crate::protocols::ops::repr_string(k)?,
                c.name_str()
            );
            return Err(exceptions::raise_from_cause(
                exceptions::ExcKind::RuntimeError,
                &message,
                cause,
            ));
        }
    }
    Ok(())
}

/// Calls the `__init_subclass__` the new class inherits (CPython's
/// `super(cls, cls).__init_subclass__(**kwargs)`); `object`'s takes no keywords.
fn init_subclass(cls: Value, kwargs: Value) -> PyResult<()> {
    let Some(c) = cls.get::<ClassObj>() else {
        return Ok(());
    };
    let (names, values): (Vec<Value>, Vec<Value>) = kwargs
        .get::<DictObj>()
        .map(|d| d.items().into_iter().unzip())
        .unwrap_or_default();
    let name = pystr::intern("__init_subclass__");
    let inherited = c.mro().iter().skip(1).find_map(|k| {
        k.get::<ClassObj>()
            .filter(|k| !k.builtin)
            .and_then(|k| k.dict().get_str(name))
    });
    let Some(f) = inherited else {
        let kw = Kw {
            names: &names,
            values: &values,
        };
        return object_init_subclass(&[cls], kw).map(|_| ());
    };
    let bound = crate::protocols::attr::bind_to_class(f, cls)?;
    call::call(
        bound,
        &[],
        Kw {
            names: &names,
            values: &values,
        },
    )
    .map(|_| ())
}

/// `object.__init_subclass__`, a class method that takes no keywords.
pub fn object_init_subclass(args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        let name = args
            .first()
            .and_then(|c| c.get::<ClassObj>())
            .map_or("object", |c| c.name_str());
        return type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        ));
    }
    Ok(crate::objects::value::none())
}

/// True if class `a` is `b` or derives from it.
pub fn is_subclass(a: Value, b: Value) -> bool {
    a == b || a.get::<ClassObj>().is_some_and(|c| c.mro().contains(&b))
}

/// `isinstance(v, cls)` for a single class.
pub fn is_instance(v: Value, cls: Value) -> bool {
    is_subclass(types::type_of(v), cls)
}

/// How uncaught exceptions and class reprs name a class: the qualname (CPython omits the
/// `__main__.` and `builtins.` module prefixes in tracebacks).
pub fn display_name(cls: Value) -> String {
    match cls.get::<ClassObj>() {
        // A library module's class is shown with its module (`asyncio.exceptions.X`).
        // So is one of a module of the program or a shipped Python module
        // (`dataclasses.FrozenInstanceError`), but not one of `__main__`.
        Some(c) => match stdlib_module(c).or_else(|| user_module(c)) {
            Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{}", c.qualname_str()),
            _ => c.qualname_str().to_string(),
        },
        None => "?".to_string(),
    }
}

/// `repr(cls)`: `<class 'int'>`, `<class '__main__.C'>`.
pub fn repr(c: &ClassObj) -> String {
    if let Some(m) = stdlib_module(c).filter(|m| *m != "builtins") {
        format!("<class '{m}.{}'>", c.name_str())
    } else if c.builtin {
        format!("<class '{}'>", c.name_str())
    } else {
        format!("<class '{}'>", qualified_name(c))
    }
}

/// `module.qualname` of a class of the program (its `__module__` as the class body set
/// it), or the qualname alone when `__module__` is not a str or is `builtins`.
pub fn qualified_name(c: &ClassObj) -> String {
    match user_module(c) {
        Some(m) if m != "builtins" => format!("{m}.{}", c.qualname_str()),
        _ => c.qualname_str().to_string(),
    }
}

/// `__module__` of a class of the program, when a str.
pub fn user_module(c: &ClassObj) -> Option<&'static str> {
    pystr::as_str(c.dict().get_str(pystr::intern("__module__"))?)
}

/// The module of a runtime-defined class of a standard-library module (`collections` for
/// `deque`): its `__module__`, which only those classes set.
pub fn stdlib_module(c: &ClassObj) -> Option<&'static str> {
    if !c.builtin {
        return None;
    }
    pystr::as_str(c.dict().get_str(pystr::intern("__module__"))?)
}

/// A new instance of `cls` for generated code to run `__init__` (`ClassObj::init`) on
/// directly with `nargs` arguments (the instance included), when the class's plain call
/// does only that (`ClassObj::plain_init`) and the function takes them directly. Not for
/// classes with `__del__`: the stack is scanned conservatively, and `__init__`'s frame,
/// called from generated code, lies where the runtime's frames of a later
/// `gc.collect()` may leave its words unwritten, so a dropped instance could be
/// finalized late; `instantiate` runs it from deeper down.
pub fn new_for_direct_init(cls: Value, nargs: u64) -> Option<Value> {
    let c = cls.get::<ClassObj>()?;
    if c.finalizer.get() {
        return None;
    }
    let init = c.plain_init(cls)?;
    (init.get::<function::FunctionObj>()?.direct_arity == nargs).then(|| new_instance(cls))
}

/// CPython's TypeError for an `__init__` that returned `result`, which is not None.
pub fn init_returned(result: Value) -> PyResult {
    type_error(format!(
        "__init__() should return None, not '{}'",
        types::type_name(result)
    ))
}

/// Calls a class: creates the instance and runs `__init__`. The collector may run inside
/// (`call::call_rooted` is the only caller).
pub fn instantiate(cls: Value, c: &ClassObj, args: &[Value], kw: Kw) -> PyResult {
    // A builtin type (`str(x)`, `float(s)`) goes to its constructor first: none of the
    // tests before the layout's below can apply to it.
    if let Layout::Builtin(id) = c.layout {
        return crate::modules::builtins::construct(id, cls, args, kw);
    }
    if let Some(init) = c.plain_init(cls) {
        let obj = new_instance(cls);
        let r = call::call_with_self_rooted(init, obj, args, kw)?;
        return if r.is_none() {
            Ok(obj)
        } else {
            init_returned(r)
        };
    }
    // `OSError(errno, strerror, ...)` makes the subclass for that errno.
    let os_error = types::exc_class(exceptions::ExcKind::OSError);
    if cls == os_error && (2..=5).contains(&args.len()) {
        if let Some(kind) = crate::objects::int::as_int(args[0])
            .and_then(|n| n.to_i64())
            .and_then(exceptions::oserror_subclass)
        {
            let sub = types::exc_class(kind);
            if let Some(sc) = sub.get::<ClassObj>() {
                return instantiate(sub, sc, args, kw);
            }
        }
    }
    if c.layout == Layout::Object && crate::objects::metaclass::is_metaclass(cls) {
        return crate::objects::metaclass::instantiate(cls, c, args, kw);
    }
    let obj = match c.layout {
        Layout::Builtin(id) => return crate::modules::builtins::construct(id, cls, args, kw),
        Layout::Wrapped(_) => {
            return crate::objects::builtin_subclass::instantiate(cls, c, args, kw);
        }
        Layout::Object => new_instance(cls),
        Layout::Exception => exceptions::new_instance(cls, tuple::new(args)),
    };
    if let Some(new) = c.lookup_user(pystr::intern("__new__")) {
        let new = crate::objects::function::unwrap_static(new);
        let mut full = crate::memory::gc::RootedVec::from_vec(Vec::with_capacity(args.len() + 1));
        full.push(cls);
        full.extend_from_slice(args);
        let made = call::call_rooted(new, &full, kw)?;
        if !is_instance(made, cls) {
            return Ok(made);
        }
        return init(made, c, args, kw, true);
    }
    init(obj, c, args, kw, false)
}

/// Runs `__init__`; with neither `__init__` nor `__new__` overridden (`own_new`),
/// `object.__init__` refuses arguments, as in CPython.
fn init(obj: Value, c: &ClassObj, args: &[Value], kw: Kw, own_new: bool) -> PyResult {
    match c.lookup_user(pystr::intern("__init__")) {
        Some(f) => {
            // A descriptor or callable object stored as `__init__` is bound as an attribute
            // lookup binds it (CPython's `lookup_maybe_method`).
            let r = if f.is_object() && matches!(f.kind(), Kind::Instance | Kind::Descriptor) {
                let bound = crate::protocols::attr::bind(f, obj, instance_class(obj))?;
                call::call_rooted(bound, args, kw)?
            } else {
                call::call_with_self_rooted(f, obj, args, kw)?
            };
            if !r.is_none() {
                return init_returned(r);
            }
        }
        None if c.layout == Layout::Object && !own_new && (!args.is_empty() || !kw.is_empty()) => {
            return type_error(format!("{}() takes no arguments", c.name_str()));
        }
        None => {}
    }
    Ok(obj)
}

/// Raises `AttributeError: 'C' object has no attribute 'x'`.
pub fn no_attribute<T>(obj: Value, name: &str) -> PyResult<T> {
    let msg = match obj.get::<ClassObj>() {
        Some(c) => format!("type object '{}' has no attribute '{name}'", c.name_str()),
        None => format!(
            "'{}' object has no attribute '{name}'",
            types::type_name(obj)
        ),
    };
    exceptions::raise_attribute_error(obj, name, &msg)
}

/// The `__dict__` of a class as a fresh dict value. A builtin type's native methods are
/// made on first use: they are all made here first, so that `"__len__" in list.__dict__`.
pub fn namespace_copy(cls: Value, c: &ClassObj) -> Value {
    if let Layout::Builtin(id) = c.layout {
        let mut added = false;
        for name in crate::objects::methods::names(id) {
            let key = pystr::intern(name);
            if !crate::objects::builtin_subclass::in_namespace(id, name)
                || c.dict().get_str(key).is_some()
            {
                continue;
            }
            let entry = if name == "__hash__" && crate::protocols::dunders::unhashable(id) {
                Some(crate::objects::value::none())
            } else {
                crate::objects::methods::class_entry(cls, id, c.name_str(), name)
            };
            if let Some(f) = entry {
                if c.dict().set(key, f).is_ok() {
                    added = true;
                }
            }
        }
        if added {
            namespace_changed(cls);
        }
    }
    c.dict().copy()
}
