//! Set and frozenset objects, laid out like CPython's table so iteration order matches.

use crate::memory::heap;
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::ops;
use std::cell::RefCell;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Marks a slot whose key was removed.
const DUMMY: Value = Value(2);

#[derive(Clone, Copy)]
struct Slot {
    hash: i64,
    key: Value,
}

const UNUSED: Slot = Slot {
    hash: 0,
    key: Value::NULL,
};

/// The open-addressing table (CPython's `setobject.c` algorithm).
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![UNUSED; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

/// A set or frozenset (the kind tells which). References: every live key in `table`.
#[repr(C)]
pub struct SetObj {
    pub header: Header,
    pub table: RefCell<SetTable>,
}

// SAFETY: `#[repr(C)]`, header first (kind Set; frozensets use the same layout, see `get`).
unsafe impl HeapObject for SetObj {
    const KIND: Kind = Kind::Set;
}

/// The set behind a set or frozenset value.
pub fn get(v: Value) -> Option<&'static SetObj> {
    if v.is_object() && matches!(v.kind(), Kind::Set | Kind::FrozenSet) {
        // SAFETY: sets and frozensets share the `SetObj` layout.
        Some(unsafe { &*(v.0 as *const SetObj) })
    } else {
        None
    }
}

pub fn new(frozen: bool) -> Value {
    let kind = if frozen { Kind::FrozenSet } else { Kind::Set };
    let p = heap::alloc(std::mem::size_of::<SetObj>(), kind) as *mut SetObj;
    // SAFETY: `p` points to fresh memory sized for a `SetObj`.
    unsafe {
        p.write(SetObj {
            header: Header::new(kind),
            table: RefCell::new(SetTable::default()),
        })
    };
    Value(p as u64)
}

/// The frozenset constant CPython makes of a constant set display (`{1, 2, 3}`, or the
/// iterable of `for x in {1, 2, 3}`): the items added in order, then, as its constant
/// merging (`merge_consts_recursive`) does, a second frozenset built from the first one's
/// iteration order. Each step can reorder colliding items.
pub fn frozen_constant(items: &[Value]) -> PyResult<Value> {
    let folded = new(true);
    let rebuilt = new(true);
    if let (Some(f), Some(g)) = (get(folded), get(rebuilt)) {
        for &v in items {
            f.add(v)?;
        }
        for (h, k) in f.entries() {
            g.add_hashed(k, h)?;
        }
    }
    Ok(rebuilt)
}

/// A set display whose `n > 2` items are all constants: CPython merges the frozenset
/// constant (`frozen_constant`) into an empty set, which orders the table differently
/// from adding the items one by one.
pub fn from_constants(items: &[Value]) -> PyResult<Value> {
    let folded = frozen_constant(items)?;
    let result = new(false);
    if let (Some(f), Some(r)) = (get(folded), get(result)) {
        r.merge(f)?;
    }
    Ok(result)
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            if slots[i].key.is_null() {
                slots[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for slot in &mut slots[i + 1..=i + LINEAR_PROBES] {
                    if slot.key.is_null() {
                        *slot = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![UNUSED; size]);
        self.fill = self.used;
        for s in old {
            if !s.key.is_null() && s.key != DUMMY {
                Self::insert_clean(&mut self.slots, s.hash, s.key);
            }
        }
        self.version += 1;
    }

    /// The live key at table position `i`, if any.
    pub fn key_at(&self, i: usize) -> Option<Value> {
        self.slots
            .get(i)
            .map(|s| s.key)
            .filter(|k| !k.is_null() && *k != DUMMY)
    }

    pub fn positions(&self) -> usize {
        self.slots.len()
    }

    pub fn keys(&self) -> Vec<Value> {
        (0..self.slots.len())
            .filter_map(|i| self.key_at(i))
            .collect()
    }

    fn hashed_keys(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter(|s| !s.key.is_null() && s.key != DUMMY)
            .map(|s| (s.hash, s.key))
            .collect()
    }
}

enum Found {
    Active(usize),
    Free(usize, bool),
}

impl SetObj {
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// Probes for `key`: its slot, or the slot to insert into (and whether it is unused
    /// rather than a dummy).
    fn probe(&self, key: Value, hash: i64) -> PyResult<Found> {
        'restart: loop {
            // The table stays borrowed between slots; only a comparison that may run
            // Python code lets go of it.
            let mut table = self.table.borrow();
            let (mask, version) = (table.mask(), table.version);
            let mut i = hash as u64 as usize & mask;
            let mut perturb = hash as u64;
            let mut freeslot = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let s = table.slots[j];
                    if s.key.is_null() {
                        return Ok(match freeslot {
                            Some(f) => Found::Free(f, false),
                            None => Found::Free(j, true),
                        });
                    }
                    if s.key == DUMMY {
                        // CPython 3.11 reuses the last dummy slot met on the way.
                        freeslot = Some(j);
                        continue;
                    }
                    if s.hash == hash {
                        if s.key == key {
                            return Ok(Found::Active(j));
                        }
                        let equal = match ops::eq_fast(s.key, key) {
                            Some(b) => b,
                            None => {
                                drop(table);
                                let b = ops::eq(s.key, key)?;
                                table = self.table.borrow();
                                if table.version != version {
                                    continue 'restart;
                                }
                                b
                            }
                        };
                        if equal {
                            return Ok(Found::Active(j));
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    pub fn add(&self, key: Value) -> PyResult<()> {
        let hash = ops::hash(key)?;
        self.add_hashed(key, hash)
    }

    pub fn add_hashed(&self, key: Value, hash: i64) -> PyResult<()> {
        match self.probe(key, hash)? {
            Found::Active(_) => {}
            Found::Free(j, unused) => {
                let mut t = self.table.borrow_mut();
                t.slots[j] = Slot { hash, key };
                t.used += 1;
                t.version += 1;
                if unused {
                    t.fill += 1;
                    if t.fill * 5 >= t.mask() * 3 {
                        let n = if t.used > 50000 {
                            t.used * 2
                        } else {
                            t.used * 4
                        };
                        t.resize(n);
                    }
                }
            }
        }
        Ok(())
    }

    pub fn contains(&self, key: Value) -> PyResult<bool> {
        let hash = ops::hash(key)?;
        self.contains_hashed(key, hash)
    }

    pub fn contains_hashed(&self, key: Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.probe(key, hash)?, Found::Active(_)))
    }

    /// Removes `key`; false if it was absent.
    pub fn discard(&self, key: Value) -> PyResult<bool> {
        let hash = ops::hash(key)?;
        self.discard_hashed(key, hash)
    }

    pub fn discard_hashed(&self, key: Value, hash: i64) -> PyResult<bool> {
        match self.probe(key, hash)? {
            Found::Active(j) => {
                let mut t = self.table.borrow_mut();
                t.slots[j] = Slot {
                    hash: -1,
                    key: DUMMY,
                };
                t.used -= 1;
                t.version += 1;
                Ok(true)
            }
            Found::Free(..) => Ok(false),
        }
    }

    /// Removes an arbitrary key (CPython's `set.pop` order).
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while t.slots[i].key.is_null() || t.slots[i].key == DUMMY {
            i = (i + 1) & mask;
        }
        let key = t.slots[i].key;
        t.slots[i] = Slot {
            hash: -1,
            key: DUMMY,
        };
        t.used -= 1;
        t.finger = i + 1;
        t.version += 1;
        Some(key)
    }

    /// Rebuilds the table when more than a quarter of it is dummies (the end of CPython's
    /// `set_difference_update_internal`).
    pub fn purge_dummies(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used > t.mask() / 4 {
            let n = if t.used > 50000 {
                t.used * 2
            } else {
                t.used * 4
            };
            t.resize(n);
        }
    }

    /// Empties the set. As in CPython, `set.pop`'s search finger survives.
    pub fn clear(&self) {
        let mut t = self.table.borrow_mut();
        let (finger, version) = (t.finger, t.version);
        *t = SetTable::default();
        t.finger = finger;
        t.version = version + 1;
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys()
    }

    /// The live keys with their hashes, in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table.borrow().hashed_keys()
    }

    /// Takes over the contents of `other` (which must not be used afterwards).
    /// (CPython's `set_swap_bodies`, which keeps each set's `set.pop` finger.)
    pub fn replace_with(&self, other: &SetObj) {
        let mut t = other.table.borrow().clone();
        let mut mine = self.table.borrow_mut();
        t.finger = mine.finger;
        t.version = mine.version + 1;
        *mine = t;
    }

    /// Adds every key of another set (CPython's `set_merge`).
    pub fn merge(&self, other: &SetObj) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let (other_used, other_fill, other_mask, keys) = {
            let o = other.table.borrow();
            (o.used, o.fill, o.mask(), o.hashed_keys())
        };
        if other_used == 0 {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            if (t.fill + other_used) * 5 >= t.mask() * 3 {
                let n = (t.used + other_used) * 2;
                t.resize(n);
            }
            if t.fill == 0 {
                if t.mask() == other_mask && other_fill == other_used {
                    t.slots = other.table.borrow().slots.clone();
                } else {
                    for &(h, k) in &keys {
                        SetTable::insert_clean(&mut t.slots, h, k);
                    }
                }
                t.fill = other_used;
                t.used = other_used;
                t.version += 1;
                return Ok(());
            }
        }
        for (h, k) in keys {
            self.add_hashed(k, h)?;
        }
        Ok(())
    }

    /// Adds dict keys, presizing first as CPython's `set_update_internal` does.
    pub fn add_dict_keys(&self, entries: &[(i64, Value)]) -> PyResult<()> {
        {
            let mut t = self.table.borrow_mut();
            if (t.fill + entries.len()) * 5 >= t.mask() * 3 {
                let n = (t.used + entries.len()) * 2;
                t.resize(n);
            }
        }
        for &(h, k) in entries {
            self.add_hashed(k, h)?;
        }
        Ok(())
    }

    pub fn copy_to(&self, frozen: bool) -> PyResult<Value> {
        let v = new(frozen);
        if let Some(s) = get(v) {
            s.merge(self)?;
        }
        Ok(v)
    }
}
