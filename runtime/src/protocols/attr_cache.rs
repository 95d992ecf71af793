//! Per-site inline caches for `o.name`, `o.name = v` and `o.name(...)` (CPython 3.11's
//! specialized LOAD_ATTR / STORE_ATTR / LOAD_METHOD, adapted), polymorphic: a site keeps up
//! to `ENTRIES` entries, one per *owner* (the instance's class, or the class or module
//! itself). Generated code checks the first entry for an inline attribute; the runtime
//! checks all of them before it looks the name up in full and *fills* an entry.
//!
//! An entry records what a lookup at the site found for objects of its owner, and the
//! owner's *version* when it was made: for a class, its tag (`ClassObj::tag`), which is
//! never reused by another class and is replaced whenever the namespace of a class in its
//! MRO changes or its shared key list grows; for a module, the address of its global slots
//! (`ModuleObj::cache_identity`). So while the owner's object at the recorded address has
//! the recorded version, it is the object the entry was made for (a class freed by a
//! collection and another one allocated at its address have different tags, so no
//! collection and no class creation needs to touch the caches), and:
//! - the owner's MRO lookup of the name still gives the recorded result, and that value is
//!   live (the owner's namespaces hold it; the cache is not scanned by the collector),
//! - the owner's shared key list holds the same names (so a name absent from it still is).
//!
//! An entry's owner is only ever compared with a live object's address, never dereferenced:
//! it may be a freed address. Module entries need no tag: a module's slot entry is valid
//! for the slots it was made for, and a dict entry checks its key.
//!
//! What an instance holds can change without any version change, so a hit checks it each
//! time. An instance keeps its attributes inline (`class::InstanceObj`) at the index of
//! their name in its class's append-only shared key list, which never changes for a name:
//! a hit reads the value at the recorded index (null: absent). An instance in dict mode is
//! read through a *hint* (position in the dict's entry list) verified by comparing the key
//! there with the site's name str by address; instances of one class usually have their
//! keys in the same order, so one hint serves them all. "The instance lacks the name" is a
//! null value at the recorded index (or no index at all: appending to a key list changes
//! the tag), or for a dict a bit test of the class's key summary, then a probe.
//!
//! A fill puts the new entry first, dropping the owner's previous entry or else the last
//! one: the class that missed last gets the inline check, and a site that sees more owners
//! than it has entries keeps the most recent ones.

use crate::objects::class::{self, ClassObj, InstanceObj, StoredAt};
use crate::objects::dict::DictObj;
use crate::objects::function::{BuiltinObj, DescrKind, DescriptorObj, FunctionObj};
use crate::objects::methods::{Method, Receiver};
use crate::objects::module::ModuleObj;
use crate::objects::slots;
use crate::objects::str as pystr;
use crate::objects::super_obj;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{Kind, PyResult, Value};
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use closc_abi::attr_cache::{
    ENTRIES, HINT_SHIFT, KIND_MASK, METHOD_ENTRY, SLOT_ENTRY, STORE_SLOT_ENTRY,
};
use closc_abi::call::WITHOUT_SELF;
use std::cell::Cell;

/// The memory generated code sets aside for one attribute site (`closc_abi::attr_cache`):
/// zeroed at start, then owned by the runtime.
#[repr(C)]
pub struct AttrCache {
    entries: [CacheEntry; ENTRIES],
}

/// One entry of a site (all zero: none).
#[repr(C)]
struct CacheEntry {
    /// The owner's address.
    owner: Cell<u64>,
    /// The owner's version when the entry was made (never 0).
    version: Cell<u64>,
    /// The entry's kind and hint: `kind | hint << HINT_SHIFT`.
    kind_hint: Cell<u64>,
    /// The value found on the class.
    found: Cell<u64>,
}

// Generated code reads the first entry itself.
const _: () = {
    use closc_abi::attr_cache::{ENTRY_WORDS, FOUND, KIND_HINT, OWNER, VERSION, WORDS};
    use std::mem::{offset_of, size_of};
    assert!(size_of::<AttrCache>() == WORDS * 8);
    assert!(size_of::<CacheEntry>() == ENTRY_WORDS * 8);
    assert!(offset_of!(CacheEntry, owner) == OWNER as usize);
    assert!(offset_of!(CacheEntry, version) == VERSION as usize);
    assert!(offset_of!(CacheEntry, kind_hint) == KIND_HINT as usize);
    assert!(offset_of!(CacheEntry, found) == FOUND as usize);
    assert!(NO_KEY as u64 >= u32::MAX as u64);
};

/// What an entry says about objects of its owner (the bits of `kind_hint` under
/// `KIND_MASK`). The hint (the bits above) is an index into the owner's shared key list for
/// `Slot`, `StoreSlot`, `Method` and `ClassAttr` (`NO_KEY`: the name is not in it), a
/// position in a dict's entry list for `Dict` and `Store`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    /// The attribute is the value at the hint in the dict of an instance in dict mode (or
    /// of a module), if the key there is the name; the class has no property of that name.
    Dict = 1,
    /// A property on the class: it takes precedence over the instance's attributes.
    Property,
    /// A plain function (or unbound native method) on the class, used when the instance
    /// lacks the name. Generated code tests for it to call a function itself.
    Method = METHOD_ENTRY as isize,
    /// Another value on the class, used (bound) when the instance lacks the name.
    ClassAttr,
    /// `o.name = v` stores into the dict of an instance in dict mode (no `__setattr__`, no
    /// property); the hint is where the name was last stored.
    Store,
    /// The owner is a class of the program and the value is its MRO lookup (bound as
    /// `attr::bind_to_class` does).
    OnClass,
    /// The attribute is the inline value at the hint (an inline instance), or the dict's
    /// (an instance in dict mode); the class has no property of that name. Generated code
    /// tests for it to read the attribute itself (the hit path of `getattr`).
    Slot = SLOT_ENTRY as isize,
    /// `o.name = v` stores the inline value at the hint (no `__setattr__`, no property).
    /// Generated code tests for it to replace the value itself (the hit path of `setattr`,
    /// when the value is set).
    StoreSlot = STORE_SLOT_ENTRY as isize,
    /// The attribute is the global slot at the hint of the owner, a compiled module.
    ModuleSlot,
    /// A plain data value (`class::is_plain_data`) on a class, used when the instance lacks
    /// the name (or for the owner itself, a class): read at each hit where it is, since
    /// assigning another plain data value there changes no tag (`class::data_rebound`).
    /// The value is the class whose namespace holds it, the hint's low half the name's key
    /// index (as for `ClassAttr`), its high half the position in that namespace's entries.
    ClassData,
    /// `super(cls, obj).name` for instances `obj` of the owner, where `cls` (the class
    /// whose address is the hint) is in the owner's MRO: the value, a plain method (to
    /// call with `obj` prepended).
    SuperMethod,
    /// `obj.name(...)` for values of a builtin type calls a native method of the type: the
    /// value is the address of its `methods::Method`, the hint how it binds
    /// (`methods::Receiver`). The owner is the type's id (see `native_owner`): a builtin
    /// type's methods never change, so the version is a constant.
    NativeMethod,
}

/// The owner word of a `NativeMethod` entry for builtin type `id`: below any object's
/// address, and never 0 (an empty entry).
fn native_owner(id: TypeId) -> u64 {
    id as u64 + 1
}

/// The version of every `NativeMethod` entry (never 0, which marks an empty entry).
const NATIVE_VERSION: u64 = 1;

fn receiver_hint(receiver: Receiver) -> usize {
    match receiver {
        Receiver::Instance => 0,
        Receiver::Class => 1,
        Receiver::Static => 2,
    }
}

fn receiver_of_hint(hint: usize) -> Receiver {
    match hint {
        0 => Receiver::Instance,
        1 => Receiver::Class,
        _ => Receiver::Static,
    }
}

/// The hint of a `Method` or `ClassAttr` entry for a name missing from the key list.
const NO_KEY: usize = u32::MAX as usize;

/// The hint of a `ClassData` entry for the key index `key` and the position `position`.
fn class_data_hint(key: usize, position: usize) -> usize {
    key | position << 32
}

/// The key index of a `ClassData` entry's hint.
fn class_data_key(hint: usize) -> usize {
    hint & NO_KEY
}

/// Where the MRO lookup of `name` on `c` finds a plain data value: the class whose
/// namespace holds it and its position there, when a `ClassData` entry can read it there
/// (the namespace's key is the name str itself).
fn class_data_place(c: &ClassObj, name: Value) -> Option<(Value, usize)> {
    let holder = *c.mro().iter().find(|k| {
        k.get::<ClassObj>()
            .is_some_and(|k| k.dict().get_str(name).is_some())
    })?;
    let namespace = holder.get::<ClassObj>()?.dict();
    let position = namespace.position_str(name)?;
    namespace.value_at(position, name)?;
    Some((holder, position))
}

/// The value a `ClassData` entry finds (None: the namespace changed under it).
fn class_data(e: &Entry, name: Value) -> Option<Value> {
    let holder = e.found.get::<ClassObj>()?;
    holder.dict().value_at(e.hint >> 32, name)
}

/// Every kind, in the order of their values (1, 2, ...).
const KINDS: [EntryKind; 12] = {
    use EntryKind::*;
    [
        Dict,
        Property,
        Method,
        ClassAttr,
        Store,
        OnClass,
        Slot,
        StoreSlot,
        ModuleSlot,
        ClassData,
        SuperMethod,
        NativeMethod,
    ]
};

const _: () = {
    let mut k = 0;
    while k < KINDS.len() {
        assert!(KINDS[k] as usize == k + 1);
        k += 1;
    }
};

impl EntryKind {
    fn from_word(w: u64) -> Option<EntryKind> {
        let value = (w as i64 & KIND_MASK) as usize;
        KINDS.get(value.wrapping_sub(1)).copied()
    }
}

/// A valid entry, read from the cache.
struct Entry {
    kind: EntryKind,
    hint: usize,
    found: Value,
}

/// The version of an owner (see the module header): a class's tag, a module's identity.
fn version_of(owner: Value) -> u64 {
    if let Some(c) = owner.get::<ClassObj>() {
        c.tag.get()
    } else if let Some(m) = owner.get::<ModuleObj>() {
        m.cache_identity()
    } else {
        0
    }
}

/// The tag of `i`'s class (0 if it has none, which no entry holds).
#[inline(always)]
fn class_tag(i: &InstanceObj) -> u64 {
    i.class_obj().map_or(0, |c| c.tag.get())
}

impl AttrCache {
    /// The entry for objects of `owner`, whose version is `version`, if the cache holds one.
    #[inline]
    fn lookup(&self, owner: Value, version: u64) -> Option<Entry> {
        self.lookup_word(owner.0, version)
    }

    fn lookup_word(&self, owner: u64, version: u64) -> Option<Entry> {
        let e = self
            .entries
            .iter()
            .find(|e| e.owner.get() == owner && e.version.get() == version)?;
        let w = e.kind_hint.get();
        Some(Entry {
            kind: EntryKind::from_word(w)?,
            hint: (w >> HINT_SHIFT) as usize,
            found: Value(e.found.get()),
        })
    }

    /// The hint and value of the entry for instance `i`'s class, if there is one made
    /// under the class's current tag and of kind `kind`: the hit test of the fast paths
    /// (generated code makes it for the first entry only).
    #[inline(always)]
    fn instance_hint(&self, i: &InstanceObj, kind: EntryKind) -> Option<(usize, Value)> {
        // A fill leaves at most one entry per owner.
        let e = self.entries.iter().find(|e| e.owner.get() == i.class.0)?;
        let w = e.kind_hint.get();
        (w as i64 & KIND_MASK == kind as i64 && e.version.get() == class_tag(i))
            .then(|| ((w >> HINT_SHIFT) as usize, Value(e.found.get())))
    }

    /// Makes the entry for objects of `owner` (under its current version) the first one,
    /// dropping the owner's previous entry, or else the last.
    fn fill(&self, owner: Value, kind: EntryKind, hint: usize, found: Value) {
        self.fill_word(owner.0, version_of(owner), kind, hint, found.0);
    }

    fn fill_word(&self, owner: u64, version: u64, kind: EntryKind, hint: usize, found: u64) {
        let replaced = self
            .entries
            .iter()
            .position(|e| e.owner.get() == owner)
            .unwrap_or(ENTRIES - 1);
        for k in (1..=replaced).rev() {
            let (to, from) = (&self.entries[k], &self.entries[k - 1]);
            to.owner.set(from.owner.get());
            to.version.set(from.version.get());
            to.kind_hint.set(from.kind_hint.get());
            to.found.set(from.found.get());
        }
        let first = &self.entries[0];
        first.owner.set(owner);
        first.version.set(version);
        first
            .kind_hint
            .set(kind as u64 | (hint as u64) << HINT_SHIFT);
        first.found.set(found);
    }
}

/// True if instance `i` certainly lacks attribute `name`, whose index in its class's key
/// list is `key` (`NO_KEY`: none) under the current class version. Inline: a null value at
/// the index. Dict mode: no instance of its class ever had the name (a bit test, which
/// leaves the dict's memory alone), or a probe says so.
#[inline]
fn lacks(i: &InstanceObj, name: Value, key: usize) -> bool {
    match i.dict() {
        None => i.slot(key).is_none(),
        Some(d) => {
            i.class_obj()
                .is_some_and(|c| !c.may_have_instance_key(name))
                || d.lacks_str(name)
        }
    }
}

/// A function the generic method call would call with the instance prepended
/// (`call::call_method_rooted`), which binding it would also bind to the instance.
fn is_plain_method(f: Value) -> bool {
    match f.kind() {
        Kind::Function => true,
        Kind::Builtin => f
            .get::<BuiltinObj>()
            .is_some_and(|b| b.this.is_null() && !b.owner.is_empty()),
        _ => false,
    }
}

/// Works out the entry for `name` on instances like `i` and stores it; false when the
/// generic path must handle the site (the cache is then left as it was).
fn fill_instance(i: &InstanceObj, name: Value, cache: &AttrCache) -> bool {
    let Some(c) = i.class_obj() else {
        return false;
    };
    if c.lookup_user(pystr::intern("__getattribute__")).is_some() {
        return false;
    }
    // A slot is read from its fixed word, as an inline attribute is.
    if let Some(word) = slots::member_word_of(Value::from_ref(i), name) {
        cache.fill(i.class, EntryKind::Slot, word, Value::NULL);
        return true;
    }
    let found = c.lookup(name);
    let key = c.key_index(name).unwrap_or(NO_KEY);
    let (kind, hint, found) = match found {
        Some(f) if attr::is_data_descriptor(f) => (EntryKind::Property, 0, f),
        _ => {
            let own = match i.dict() {
                None => i.slot(key).map(|_| (EntryKind::Slot, key)),
                Some(d) => d.position_str(name).map(|n| (EntryKind::Dict, n)),
            };
            match own {
                Some((kind, hint)) => (kind, hint, Value::NULL),
                None => {
                    let Some(f) = found else {
                        return false;
                    };
                    // The instance must certainly lack it, and these names are answered by
                    // the instance before its class.
                    if !lacks(i, name, key)
                        || matches!(pystr::as_str(name), Some("__class__" | "__dict__"))
                    {
                        return false;
                    }
                    if class::is_plain_data(f) {
                        // Never cached by value (see `ClassData`).
                        let Some((holder, position)) = class_data_place(c, name) else {
                            return false;
                        };
                        (EntryKind::ClassData, class_data_hint(key, position), holder)
                    } else if is_plain_method(f) {
                        (EntryKind::Method, key, f)
                    } else {
                        (EntryKind::ClassAttr, key, f)
                    }
                }
            }
        }
    };
    cache.fill(i.class, kind, hint, found);
    true
}

/// The attribute `name` stored in instance `i` itself, as a `Slot` or `Dict` entry with
/// hint `hint` finds it.
#[inline]
fn own_hit(i: &InstanceObj, name: Value, kind: EntryKind, hint: usize) -> Option<Value> {
    match kind {
        EntryKind::Slot => match i.dict() {
            // In dict mode the only values are the fixed words (slots).
            Some(d) if !i.is_fixed_word(hint) => d.get_str(name),
            _ => i.slot(hint),
        },
        EntryKind::Dict => i.dict()?.value_at(hint, name),
        _ => None,
    }
}

/// `o.name` through the site's cache. The common hit, an inline attribute, is inline;
/// everything else is out of line (so that the hit needs no stack frame).
#[inline(always)]
pub fn getattr(o: Value, name: Value, cache: &AttrCache) -> PyResult {
    if let Some(i) = o.get::<InstanceObj>() {
        if let Some(v) = cache
            .instance_hint(i, EntryKind::Slot)
            .and_then(|(k, _)| i.slot(k))
        {
            return Ok(v);
        }
    } else if let Some(v) = class_hit(o, name, cache) {
        return Ok(v);
    }
    getattr_slow(o, name, cache)
}

/// `C.name` when the site's first entry answers it without binding: a constant of the
/// namespace of the class or a base (`Direction.FORWARD`), a function, or an instance
/// without `__get__` (`Strength.REQUIRED`).
#[inline(always)]
fn class_hit(o: Value, name: Value, cache: &AttrCache) -> Option<Value> {
    let c = o.get::<ClassObj>()?;
    let e = &cache.entries[0];
    if e.owner.get() != o.0 || e.version.get() != c.tag.get() {
        return None;
    }
    let w = e.kind_hint.get();
    let entry = Entry {
        kind: EntryKind::from_word(w)?,
        hint: (w >> HINT_SHIFT) as usize,
        found: Value(e.found.get()),
    };
    match entry.kind {
        EntryKind::ClassData => class_data(&entry, name),
        EntryKind::OnClass => ClassBinding::from_hint(entry.hint).unbound(entry.found),
        _ => None,
    }
}

#[inline(never)]
fn getattr_slow(o: Value, name: Value, cache: &AttrCache) -> PyResult {
    if let Some(i) = o.get::<InstanceObj>() {
        // A miss refills the entry and tries once more.
        for refilled in [false, true] {
            if let Some(v) = cache
                .lookup(i.class, class_tag(i))
                .and_then(|e| instance_hit(o, i, name, &e))
            {
                return v;
            }
            if refilled || !fill_instance(i, name, cache) {
                break;
            }
        }
    } else if let Some(m) = o.get::<ModuleObj>() {
        if let Some(v) = module_attr(o, m, name, cache) {
            return Ok(v);
        }
    } else if let Some((f, binding)) = class_attr(o, name, cache) {
        return binding.apply(f, o);
    }
    attr::getattr(o, name)
}

/// The attribute `name` of instance `o` as entry `e` gives it, if `e` applies to `o`.
#[inline]
fn instance_hit(o: Value, i: &InstanceObj, name: Value, e: &Entry) -> Option<PyResult> {
    match e.kind {
        EntryKind::Slot | EntryKind::Dict => own_hit(i, name, e.kind, e.hint).map(Ok),
        EntryKind::Property => Some(property_get(e.found, o, i.class)),
        EntryKind::Method | EntryKind::ClassAttr if lacks(i, name, e.hint) => {
            Some(attr::bind(e.found, o, i.class))
        }
        EntryKind::ClassData if lacks(i, name, class_data_key(e.hint)) => {
            class_data(e, name).map(Ok)
        }
        _ => None,
    }
}

/// The value of property `p` on `o`. The getter may let the collector run: this site was
/// reached straight from compiled code.
fn property_get(p: Value, o: Value, cls: Value) -> PyResult {
    match p.get::<DescriptorObj>() {
        Some(d) if d.kind == DescrKind::Property && !d.func.is_null() => {
            call::call_rooted(d.func, &[o], Kw::NONE)
        }
        _ => attr::bind(p, o, cls),
    }
}

/// A module attribute through the site's cache: a global slot of a compiled module, or
/// a hint into the module's dict.
#[inline]
fn module_attr(o: Value, m: &ModuleObj, name: Value, cache: &AttrCache) -> Option<Value> {
    if let Some(e) = cache.lookup(o, m.cache_identity()) {
        match e.kind {
            EntryKind::ModuleSlot => {
                let v = m.slot(e.hint).get();
                if !v.is_null() {
                    return Some(v);
                }
            }
            EntryKind::Dict => {
                if let Some(v) = m.dict.get::<DictObj>()?.value_at(e.hint, name) {
                    return Some(v);
                }
            }
            _ => {}
        }
    }
    if let Some(i) = m.slot_of(name) {
        cache.fill(o, EntryKind::ModuleSlot, i, Value::NULL);
        let v = m.slot(i).get();
        return (!v.is_null()).then_some(v);
    }
    let d = m.dict.get::<DictObj>()?;
    let n = d.position_str(name)?;
    cache.fill(o, EntryKind::Dict, n, Value::NULL);
    d.value_at(n, name)
}

/// How a class attribute found through a site's cache is bound to the class it was
/// looked up on.
#[derive(Clone, Copy)]
enum ClassBinding {
    /// It may bind (`attr::bind_to_class`).
    Bind,
    /// It never binds: plain data, or a function (unbound when reached through a class).
    AsIs,
    /// An instance whose class, at this tag, has no `__get__`: as is while its class keeps
    /// the tag (tags are never reused).
    InstanceAt(u64),
}

impl ClassBinding {
    /// The hint of an `OnClass` entry for `found`.
    fn of(found: Value) -> ClassBinding {
        if !found.is_object() {
            return ClassBinding::AsIs;
        }
        match found.kind() {
            Kind::Function => ClassBinding::AsIs,
            Kind::Instance if attr::descriptor_get(found).is_none() => {
                found.get::<InstanceObj>().map_or(ClassBinding::Bind, |i| {
                    ClassBinding::InstanceAt(class_tag(i))
                })
            }
            _ => ClassBinding::Bind,
        }
    }

    fn hint(self) -> usize {
        match self {
            ClassBinding::Bind => 0,
            ClassBinding::AsIs => 1,
            ClassBinding::InstanceAt(tag) => tag as usize + 2,
        }
    }

    fn from_hint(hint: usize) -> ClassBinding {
        match hint {
            0 => ClassBinding::Bind,
            1 => ClassBinding::AsIs,
            tag => ClassBinding::InstanceAt(tag as u64 - 2),
        }
    }

    /// `found`, reached through class `cls`, bound as it must be.
    /// `found` itself, when this binding leaves it as it is.
    #[inline]
    fn unbound(self, found: Value) -> Option<Value> {
        match self {
            ClassBinding::AsIs => Some(found),
            ClassBinding::InstanceAt(tag) => found
                .get::<InstanceObj>()
                .is_some_and(|i| class_tag(i) == tag)
                .then_some(found),
            ClassBinding::Bind => None,
        }
    }

    fn apply(self, found: Value, cls: Value) -> PyResult {
        match self.unbound(found) {
            Some(found) => Ok(found),
            None => attr::bind_to_class(found, cls),
        }
    }
}

/// The attribute `name` of class `cls` before binding, and how it binds, through the
/// site's cache: only for classes of the program and names that are not dunders
/// (`attr::class_attr` answers `__name__`, `__dict__`, ... itself, and builtin classes fill
/// their namespaces lazily).
#[inline]
fn class_attr(cls: Value, name: Value, cache: &AttrCache) -> Option<(Value, ClassBinding)> {
    let c = cls.get::<ClassObj>()?;
    if let Some(e) = cache.lookup(cls, c.tag.get()) {
        match e.kind {
            EntryKind::OnClass => return Some((e.found, ClassBinding::from_hint(e.hint))),
            EntryKind::ClassData => {
                if let Some(v) = class_data(&e, name) {
                    return Some((v, ClassBinding::AsIs));
                }
            }
            _ => {}
        }
    }
    if c.builtin || pystr::as_str(name)?.starts_with("__") {
        return None;
    }
    let f = c.lookup(name)?;
    if class::is_plain_data(f) {
        // Never cached by value (see `ClassData`).
        let (holder, position) = class_data_place(c, name)?;
        cache.fill(
            cls,
            EntryKind::ClassData,
            class_data_hint(NO_KEY, position),
            holder,
        );
        return Some((f, ClassBinding::AsIs));
    }
    let binding = ClassBinding::of(f);
    cache.fill(cls, EntryKind::OnClass, binding.hint(), f);
    Some((f, binding))
}

/// `o.name = v` through the site's cache. The common hit, an inline attribute, is inline.
#[inline(always)]
pub fn setattr(o: Value, name: Value, v: Value, cache: &AttrCache) -> PyResult<()> {
    if let Some(i) = o.get::<InstanceObj>() {
        if cache
            .instance_hint(i, EntryKind::StoreSlot)
            .is_some_and(|(k, _)| i.set_slot(k, v))
        {
            return Ok(());
        }
    }
    setattr_slow(o, name, v, cache)
}

#[inline(never)]
fn setattr_slow(o: Value, name: Value, v: Value, cache: &AttrCache) -> PyResult<()> {
    if let Some(i) = o.get::<InstanceObj>() {
        let known = match cache.lookup(i.class, class_tag(i)) {
            Some(e) if e.kind == EntryKind::StoreSlot => {
                if i.is_fixed_word(e.hint) {
                    i.set_fixed_word(e.hint, v);
                    return Ok(());
                }
                if i.set_slot(e.hint, v) {
                    return Ok(());
                }
                true
            }
            Some(e) if e.kind == EntryKind::Store => {
                if i.dict().is_some_and(|d| d.replace_at(e.hint, name, v)) {
                    return Ok(());
                }
                true
            }
            _ => false,
        };
        if !known && no_setattr(i) {
            if let Some(word) = slots::member_word_of(o, name) {
                if i.set_fixed_word(word, v) {
                    cache.fill(i.class, EntryKind::StoreSlot, word, Value::NULL);
                    return Ok(());
                }
            }
        }
        if known || plain_store(i, name) {
            match i.store(name, v)? {
                StoredAt::Slot(k) => cache.fill(i.class, EntryKind::StoreSlot, k, Value::NULL),
                StoredAt::Dict(Some(n)) => cache.fill(i.class, EntryKind::Store, n, Value::NULL),
                StoredAt::Dict(None) => {}
            }
            return Ok(());
        }
    }
    attr::setattr(o, name, v)
}

/// True if `o.name = v` just stores into instance `i` itself: its class has no
/// `__setattr__` of its own and no property `name`, and its instances may hold `name`
/// (`class::instances_have_dict`: not `object` itself, no `__slots__` forbidding it).
fn plain_store(i: &InstanceObj, name: Value) -> bool {
    let Some(c) = i.class_obj() else {
        return false;
    };
    if !class::instances_have_dict(i.class) {
        return false;
    }
    no_setattr(i) && !c.lookup(name).is_some_and(attr::is_data_descriptor)
}

/// True if the class of instance `i` has no `__setattr__` of its own.
fn no_setattr(i: &InstanceObj) -> bool {
    i.class_obj()
        .is_some_and(|c| c.lookup_user(pystr::intern("__setattr__")).is_none())
}

/// The compiled function that `obj.name(...)` calls, when the site's cache knows it:
/// generated code then calls it directly. Either a method of the instance's class, which
/// the instance does not shadow, to call with `obj` prepended; or, tagged with
/// `WITHOUT_SELF`, a function stored in the instance itself, to call with the arguments
/// alone. 0 otherwise, and never raises. The common hit, a compiled method that an inline
/// instance does not shadow, is inline.
#[inline(always)]
pub fn method_for_direct_call(obj: Value, name: Value, cache: &AttrCache) -> Value {
    let Some(i) = obj.get::<InstanceObj>() else {
        return Value::NULL;
    };
    if let Some((k, f)) = cache.instance_hint(i, EntryKind::Method) {
        if i.dict().is_none() && i.slot(k).is_none() && f.kind() == Kind::Function {
            return f;
        }
    }
    // A function the instance holds inline (`self.callback(...)`), called without `obj`.
    if let Some(f) = cache
        .instance_hint(i, EntryKind::Slot)
        .and_then(|(k, _)| i.slot(k))
        .filter(|f| f.kind() == Kind::Function)
    {
        return Value(f.0 | WITHOUT_SELF as u64);
    }
    method_for_direct_call_slow(i, name, cache)
}

#[inline(never)]
fn method_for_direct_call_slow(i: &InstanceObj, name: Value, cache: &AttrCache) -> Value {
    for refilled in [false, true] {
        if let Some(e) = cache.lookup(i.class, class_tag(i)) {
            return match e.kind {
                EntryKind::Method if e.found.kind() == Kind::Function && lacks(i, name, e.hint) => {
                    e.found
                }
                EntryKind::Slot | EntryKind::Dict => match own_hit(i, name, e.kind, e.hint) {
                    Some(f) if f.kind() == Kind::Function => Value(f.0 | WITHOUT_SELF as u64),
                    _ => Value::NULL,
                },
                _ => Value::NULL,
            };
        }
        if refilled || !fill_instance(i, name, cache) {
            break;
        }
    }
    Value::NULL
}

/// `obj.name(*args)` through the site's cache. The collector may run inside (as
/// `call::call_rooted`; `args` must be rooted by the caller).
///
/// Each kind of object has a function of its own, so that `rt_call_method_cached` keeps
/// no frame slots that one path writes and another leaves as they were: the stack is
/// scanned conservatively, and an unwritten slot may hold an object that a returned call
/// left there (`gc.collect()` would then not free it).
///
/// `with_object` is `obj` followed by the arguments.
#[inline(always)]
pub fn call_method(obj: Value, name: Value, with_object: &[Value], cache: &AttrCache) -> PyResult {
    let args = &with_object[1..];
    if let Some(i) = obj.get::<InstanceObj>() {
        call_instance_method(obj, i, name, args, cache)
    } else if let Some(m) = obj.get::<ModuleObj>() {
        call_module_function(obj, m, name, args, cache)
    } else {
        call_other_method(obj, name, with_object, cache)
    }
}

/// `obj.name(*args)` for an instance `i`.
#[inline(never)]
fn call_instance_method(
    obj: Value,
    i: &InstanceObj,
    name: Value,
    args: &[Value],
    cache: &AttrCache,
) -> PyResult {
    for refilled in [false, true] {
        if let Some(e) = cache.lookup(i.class, class_tag(i)) {
            match e.kind {
                EntryKind::Method if lacks(i, name, e.hint) => {
                    return call::call_with_self_rooted(e.found, obj, args, Kw::NONE)
                }
                EntryKind::Slot | EntryKind::Dict => {
                    if let Some(f) = own_hit(i, name, e.kind, e.hint) {
                        return call::call_rooted(f, args, Kw::NONE);
                    }
                }
                EntryKind::Property => {
                    let f = attr::bind(e.found, obj, i.class)?;
                    return call::call_rooted(f, args, Kw::NONE);
                }
                EntryKind::ClassData if lacks(i, name, class_data_key(e.hint)) => {
                    if let Some(v) = class_data(&e, name) {
                        return call::call_rooted(v, args, Kw::NONE);
                    }
                }
                EntryKind::ClassAttr if lacks(i, name, e.hint) => {
                    let f = attr::bind(e.found, obj, i.class)?;
                    return call::call_rooted(f, args, Kw::NONE);
                }
                _ => {}
            }
        }
        if refilled || !fill_instance(i, name, cache) {
            break;
        }
    }
    call::call_method_rooted(obj, name, args, Kw::NONE)
}

/// `obj.name(*args)` for a class (through the cache) or any other object; `with_object`
/// is `obj` followed by the arguments.
#[inline(never)]
fn call_other_method(
    obj: Value,
    name: Value,
    with_object: &[Value],
    cache: &AttrCache,
) -> PyResult {
    let args = &with_object[1..];
    if call::has_native_methods(obj) {
        if let Some((method, receiver)) = native_method_at(obj, name, cache) {
            if receiver == Receiver::Instance {
                return (method.func)(with_object, Kw::NONE);
            }
            return call::call_native_method(method, receiver, obj, args, Kw::NONE);
        }
    } else if let Some((f, binding)) = class_attr(obj, name, cache) {
        // A classmethod of a compiled function is called with the class, unbound.
        if let Some(d) = f.get::<DescriptorObj>() {
            if d.kind == DescrKind::ClassMethod && d.func.get::<FunctionObj>().is_some() {
                return call::call_with_self_rooted(d.func, obj, args, Kw::NONE);
            }
        }
        let f = binding.apply(f, obj)?;
        return call::call_rooted(f, args, Kw::NONE);
    }
    call::call_method_rooted(obj, name, args, Kw::NONE)
}

/// The native method `obj.name` calls, through the site's cache (`obj` has native methods).
fn native_method_at(
    obj: Value,
    name: Value,
    cache: &AttrCache,
) -> Option<(&'static Method, Receiver)> {
    let owner = native_owner(types::type_id(obj));
    if let Some(e) = cache.lookup_word(owner, NATIVE_VERSION) {
        if e.kind == EntryKind::NativeMethod {
            // SAFETY: a `NativeMethod` entry's value is the address of a `Method` in a
            // static table, stored by the fill below.
            let method = unsafe { &*(e.found.0 as *const Method) };
            return Some((method, receiver_of_hint(e.hint)));
        }
    }
    let (method, receiver) = call::native_method(obj, name)?;
    cache.fill_word(
        owner,
        NATIVE_VERSION,
        EntryKind::NativeMethod,
        receiver_hint(receiver),
        method as *const Method as u64,
    );
    Some((method, receiver))
}

/// `module.name(*args)` through the site's cache.
#[inline(never)]
fn call_module_function(
    obj: Value,
    m: &ModuleObj,
    name: Value,
    args: &[Value],
    cache: &AttrCache,
) -> PyResult {
    match module_attr(obj, m, name, cache) {
        Some(f) => call::call_rooted(f, args, Kw::NONE),
        None => call::call_method_rooted(obj, name, args, Kw::NONE),
    }
}

/// What `super(cls, obj).name(...)` calls, for a zero-argument `super()` (`callee` is the
/// value of the name `super`; when it is not the builtin, `callee().name(...)`): a plain
/// method to call with `obj` prepended, or (tagged with
/// `WITHOUT_SELF`) the attribute to call as it is. When `callee` is the builtin `super` and
/// `obj` an instance, no super object is made (it could not be observed) and the site's
/// cache keeps the method for instances of `obj`'s class: the entry is valid while the
/// class keeps its tag, which covers every namespace of its MRO, and a hit for the same
/// `cls` also says that `obj` passes `super`'s check (`cls` is in its class's MRO).
pub fn super_method(
    callee: Value,
    cls: Value,
    obj: Value,
    name: Value,
    cache: &AttrCache,
) -> PyResult {
    let without_self = |v: Value| Value(v.0 | WITHOUT_SELF as u64);
    if obj.is_object() && obj.kind() != Kind::Class && callee == types::class_of(TypeId::Super) {
        let start = types::type_of(obj);
        if let Some(c) = start.get::<ClassObj>() {
            if let Some(e) = cache.lookup(start, c.tag.get()) {
                if e.kind == EntryKind::SuperMethod && e.hint == cls.0 as usize {
                    return Ok(e.found);
                }
            }
            if let Some(f) = super_obj::method_after(c, cls, name) {
                if !is_plain_method(f) {
                    return Ok(without_self(attr::bind(f, obj, start)?));
                }
                // The hint holds the whole address: user-space addresses are below 2^47.
                debug_assert!(cls.0 >> (64 - HINT_SHIFT) == 0);
                cache.fill(start, EntryKind::SuperMethod, cls.0 as usize, f);
                return Ok(f);
            }
        }
    }
    // Another `super` is called as the source says: without arguments.
    let sup = if callee == types::class_of(TypeId::Super) {
        super_obj::new(cls, obj)?
    } else {
        call::call_rooted(callee, &[], Kw::NONE)?
    };
    Ok(without_self(attr::getattr(sup, name)?))
}
