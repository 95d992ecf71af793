//! Dict objects: insertion-ordered hash tables with Python's key equality.

use crate::memory::heap;
use crate::objects::str as pystr;
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::ops;
use std::cell::{Cell, RefCell};

/// One key/value pair; a removed pair has a null key.
#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// The table: entries in insertion order, and an open-addressing index into them.
#[derive(Default, Clone)]
pub struct Table {
    entries: Vec<Entry>,
    index: Vec<i32>,
    used: usize,
    /// Bumped by every structural change, so a probe can notice changes made by `__eq__`.
    version: u64,
}

/// A dict. References: the key and value of every live entry in `table`, and `module`.
#[repr(C)]
pub struct DictObj {
    pub header: Header,
    pub table: RefCell<Table>,
    /// The compiled module whose namespace this dict is (its `__dict__`, `globals()`), or
    /// 0: every write to the dict also reaches the module's global slot of that name.
    pub module: Cell<Value>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for DictObj {
    const KIND: Kind = Kind::Dict;
}

/// Where a probe for a key ended.
enum Probe {
    Found { entry: usize },
    Missing { slot: usize },
}

/// Tables with at most this many entries have no index and are searched linearly.
const SMALL: usize = 8;

/// A position in the probe sequence of one hash: the next entry position (small tables)
/// or index slot, the perturbation, and the first removed slot seen.
struct Cursor {
    i: usize,
    perturb: u64,
    free: Option<usize>,
}

impl Table {
    fn cursor(&self, hash: i64) -> Cursor {
        let i = if self.index.is_empty() {
            0
        } else {
            (hash as u64 as usize) & (self.index.len() - 1)
        };
        Cursor {
            i,
            perturb: hash as u64,
            free: None,
        }
    }

    fn next_slot(&self, i: usize, perturb: &mut u64) -> usize {
        let mask = self.index.len() - 1;
        *perturb >>= 5;
        (i.wrapping_mul(5)
            .wrapping_add(*perturb as usize)
            .wrapping_add(1))
            & mask
    }

    /// The next live entry whose hash is `hash`, or None when the key is absent (then the
    /// cursor tells where to insert it). Inlined: it is the inner loop of every probe.
    #[inline(always)]
    fn next_candidate(&self, c: &mut Cursor, hash: i64) -> Option<usize> {
        if self.index.is_empty() {
            while c.i < self.entries.len() {
                let n = c.i;
                c.i += 1;
                let e = &self.entries[n];
                if e.hash == hash && !e.key.is_null() {
                    return Some(n);
                }
            }
            return None;
        }
        loop {
            let ix = self.index[c.i];
            if ix == EMPTY {
                return None;
            }
            let slot = c.i;
            c.i = self.next_slot(c.i, &mut c.perturb);
            if ix == DUMMY {
                c.free.get_or_insert(slot);
            } else if self.entries[ix as usize].hash == hash {
                return Some(ix as usize);
            }
        }
    }

    fn rebuild(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.version += 1;
        if self.entries.len() <= SMALL {
            self.index = Vec::new();
            return;
        }
        let mut size = 16;
        while size * 2 < self.entries.len() * 6 {
            size *= 2;
        }
        self.index = vec![EMPTY; size];
        for n in 0..self.entries.len() {
            let mut c = self.cursor(self.entries[n].hash);
            while self.index[c.i] != EMPTY {
                c.i = self.next_slot(c.i, &mut c.perturb);
            }
            self.index[c.i] = n as i32;
        }
    }

    fn insert_new(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        if !self.index.is_empty() {
            self.index[slot] = self.entries.len() as i32;
        }
        if self.entries.capacity() == 0 {
            // Room for a whole small table at once: growing through 4 entries costs a
            // second allocation for the many dicts of 5 to 8 (records, keyword arguments).
            self.entries.reserve_exact(SMALL);
        }
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version += 1;
        let full = if self.index.is_empty() {
            self.entries.len() > SMALL
        } else {
            self.entries.len() * 3 >= self.index.len() * 2
        };
        if full {
            self.rebuild();
        }
    }

    fn remove_entry(&mut self, entry: usize, hash: i64) {
        if !self.index.is_empty() {
            let mut c = self.cursor(hash);
            while self.index[c.i] != entry as i32 {
                c.i = self.next_slot(c.i, &mut c.perturb);
            }
            self.index[c.i] = DUMMY;
        }
        self.entries[entry].key = Value::NULL;
        self.entries[entry].value = Value::NULL;
        self.used -= 1;
        self.version += 1;
    }

    /// The live entry at position `i` of the entry list, if any.
    pub fn entry(&self, i: usize) -> Option<Entry> {
        self.entries.get(i).copied().filter(|e| !e.key.is_null())
    }

    /// Number of positions in the entry list (live or removed).
    pub fn positions(&self) -> usize {
        self.entries.len()
    }

    pub fn live(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// Finds the str `key` (of hash `hash`) comparing the str pointer first and then the
    /// text of str candidates; None when a candidate of another type needs the generic
    /// comparison (a user object whose `__hash__` collides with the str's).
    fn probe_str(&self, key: Value, hash: i64) -> Option<Probe> {
        let t = self;
        if t.index.is_empty() {
            // One pass over the few entries: the str pointer first (attribute names are
            // mostly the same str object), then the text of a str of equal hash.
            let mut text = None;
            for (n, e) in t.entries.iter().enumerate() {
                if e.key == key {
                    return Some(Probe::Found { entry: n });
                }
                if e.hash == hash && !e.key.is_null() {
                    if e.key.kind() != Kind::Str {
                        return None;
                    }
                    let text = *text.get_or_insert_with(|| pystr::as_str(key));
                    if pystr::as_str(e.key) == text {
                        return Some(Probe::Found { entry: n });
                    }
                }
            }
            return Some(Probe::Missing {
                slot: t.entries.len(),
            });
        }
        let text = pystr::as_str(key);
        let mut c = t.cursor(hash);
        while let Some(n) = t.next_candidate(&mut c, hash) {
            let k = t.entries[n].key;
            if k == key {
                return Some(Probe::Found { entry: n });
            }
            if k.kind() != Kind::Str {
                return None;
            }
            if pystr::as_str(k) == text {
                return Some(Probe::Found { entry: n });
            }
        }
        Some(Probe::Missing {
            slot: c.free.unwrap_or(c.i),
        })
    }
}

impl DictObj {
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// Finds `key` without running user code; None when a candidate needs `__eq__`.
    fn probe_fast(&self, key: Value, hash: i64) -> Option<Probe> {
        let t = self.table.borrow();
        let mut c = t.cursor(hash);
        while let Some(n) = t.next_candidate(&mut c, hash) {
            let k = t.entries[n].key;
            if k == key || ops::eq_fast(k, key)? {
                return Some(Probe::Found { entry: n });
            }
        }
        Some(Probe::Missing {
            slot: c.free.unwrap_or(c.i),
        })
    }

    /// Finds `key`; runs `__eq__` of user objects without holding the table borrowed, and
    /// starts over if that changed the table.
    fn probe(&self, key: Value, hash: i64) -> PyResult<Probe> {
        if let Some(p) = self.probe_fast(key, hash) {
            return Ok(p);
        }
        'restart: loop {
            let (mut c, version) = {
                let t = self.table.borrow();
                (t.cursor(hash), t.version)
            };
            loop {
                let candidate = self.table.borrow().next_candidate(&mut c, hash);
                let Some(n) = candidate else {
                    return Ok(Probe::Missing {
                        slot: c.free.unwrap_or(c.i),
                    });
                };
                let k = self.table.borrow().entries[n].key;
                let equal = match ops::eq_fast(k, key) {
                    Some(b) => b,
                    None => {
                        let equal = ops::eq(k, key)?;
                        if self.table.borrow().version != version {
                            continue 'restart;
                        }
                        equal
                    }
                };
                if equal {
                    return Ok(Probe::Found { entry: n });
                }
            }
        }
    }

    pub fn get(&self, key: Value) -> PyResult<Option<Value>> {
        if let Some(s) = key.get::<pystr::StrObj>() {
            let hash = s.hash();
            let t = self.table.borrow();
            return match t.probe_str(key, hash) {
                Some(Probe::Found { entry }) => Ok(Some(t.entries[entry].value)),
                Some(Probe::Missing { .. }) => Ok(None),
                None => {
                    drop(t);
                    self.get_hashed(key, hash)
                }
            };
        }
        let hash = ops::hash(key)?;
        self.get_hashed(key, hash)
    }

    pub fn get_hashed(&self, key: Value, hash: i64) -> PyResult<Option<Value>> {
        if self.len() == 0 {
            return Ok(None);
        }
        Ok(match self.probe(key, hash)? {
            Probe::Found { entry } => Some(self.table.borrow().entries[entry].value),
            Probe::Missing { .. } => None,
        })
    }

    /// Looks up a str key (attribute names); never runs user code.
    pub fn get_str(&self, key: Value) -> Option<Value> {
        let hash = key.get::<pystr::StrObj>()?.hash();
        let t = self.table.borrow();
        match t.probe_str(key, hash) {
            Some(Probe::Found { entry }) => Some(t.entries[entry].value),
            Some(Probe::Missing { .. }) => None,
            None => {
                drop(t);
                self.get_hashed(key, hash).ok().flatten()
            }
        }
    }

    /// The value of the entry at position `i` if its key is the str object `key` itself:
    /// the hit check of an attribute cache that remembered where `key` was.
    #[inline]
    pub fn value_at(&self, i: usize, key: Value) -> Option<Value> {
        let t = self.table.borrow();
        match t.entries.get(i) {
            Some(e) if e.key == key => Some(e.value),
            _ => None,
        }
    }

    /// Replaces the value of the entry at position `i` if its key is the str object `key`
    /// itself; false (and nothing changed) otherwise.
    #[inline]
    pub fn replace_at(&self, i: usize, key: Value, value: Value) -> bool {
        let mut t = self.table.borrow_mut();
        match t.entries.get_mut(i) {
            Some(e) if e.key == key => {
                e.value = value;
                drop(t);
                self.written(key, value);
                true
            }
            _ => false,
        }
    }

    /// The position in the entry list of the str key `key`; None when it is absent, or when
    /// finding it would need a generic comparison.
    pub fn position_str(&self, key: Value) -> Option<usize> {
        let hash = key.get::<pystr::StrObj>()?.hash();
        match self.table.borrow().probe_str(key, hash) {
            Some(Probe::Found { entry }) => Some(entry),
            _ => None,
        }
    }

    /// True if the str `key` is certainly absent (false when present, or when telling would
    /// need a generic comparison).
    #[inline]
    pub fn lacks_str(&self, key: Value) -> bool {
        let Some(s) = key.get::<pystr::StrObj>() else {
            return false;
        };
        let t = self.table.borrow();
        if t.used == 0 {
            return true;
        }
        matches!(t.probe_str(key, s.hash()), Some(Probe::Missing { .. }))
    }

    /// `set_str`, also returning the position of the entry that holds `key` afterwards
    /// (None when the generic path stored it).
    pub fn set_str_position(&self, key: Value, value: Value) -> PyResult<Option<usize>> {
        let Some(s) = key.get::<pystr::StrObj>() else {
            self.set(key, value)?;
            return Ok(None);
        };
        let hash = s.hash();
        let mut t = self.table.borrow_mut();
        let position = match t.probe_str(key, hash) {
            Some(Probe::Found { entry }) => {
                t.entries[entry].value = value;
                Some(entry)
            }
            Some(Probe::Missing { slot }) => {
                t.insert_new(slot, hash, key, value);
                // A rebuild keeps the order of the live entries: the new one is last.
                Some(t.entries.len() - 1)
            }
            None => {
                drop(t);
                self.set_hashed(key, hash, value)?;
                return Ok(None);
            }
        };
        drop(t);
        self.written(key, value);
        Ok(position)
    }

    /// `self[key] = value` for a str key, skipping the generic hash and comparisons.
    pub fn set_str(&self, key: Value, value: Value) -> PyResult<()> {
        self.set_str_position(key, value).map(|_| ())
    }

    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        if key.is_object() && key.kind() == Kind::Str {
            return self.set_str(key, value);
        }
        let hash = ops::hash(key)?;
        self.set_hashed(key, hash, value)
    }

    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.probe(key, hash)? {
            Probe::Found { entry } => self.table.borrow_mut().entries[entry].value = value,
            Probe::Missing { slot } => self.table.borrow_mut().insert_new(slot, hash, key, value),
        }
        self.written(key, value);
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(&self, key: Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(key)?;
        if self.len() == 0 {
            return Ok(None);
        }
        Ok(match self.probe(key, hash)? {
            Probe::Found { entry } => {
                let mut t = self.table.borrow_mut();
                let value = t.entries[entry].value;
                t.remove_entry(entry, hash);
                drop(t);
                self.written(key, Value::NULL);
                Some(value)
            }
            Probe::Missing { .. } => None,
        })
    }

    /// Removes and returns the last pair.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.table.borrow_mut();
        let (n, e) = t
            .entries
            .iter()
            .enumerate()
            .rev()
            .find(|(_, e)| !e.key.is_null())
            .map(|(n, e)| (n, *e))?;
        t.remove_entry(n, e.hash);
        t.entries.truncate(n);
        drop(t);
        self.written(e.key, Value::NULL);
        Some((e.key, e.value))
    }

    pub fn clear(&self) {
        let removed = std::mem::take(&mut *self.table.borrow_mut());
        if !self.module.get().is_null() {
            for e in removed.live() {
                self.written(e.key, Value::NULL);
            }
        }
    }

    /// The live pairs, copied.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .live()
            .map(|e| (e.key, e.value))
            .collect()
    }

    pub fn copy(&self) -> Value {
        let t = self.table.borrow().clone();
        heap::new(DictObj {
            header: Header::new(Kind::Dict),
            table: RefCell::new(t),
            module: Cell::new(Value::NULL),
        })
    }

    /// After `key` was bound to `value` (0: unbound) in a module's namespace dict, the
    /// module's global slot of that name follows.
    #[inline]
    fn written(&self, key: Value, value: Value) {
        let module = self.module.get();
        if !module.is_null() {
            crate::objects::module::namespace_written(module, key, value);
        }
    }
}

pub fn new() -> Value {
    heap::new(DictObj {
        header: Header::new(Kind::Dict),
        table: RefCell::new(Table::default()),
        module: Cell::new(Value::NULL),
    })
}
