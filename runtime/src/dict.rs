//! Dict objects: insertion-ordered hash tables with Python's key equality.

use crate::heap;
use crate::ops;
use crate::value::{Header, HeapObject, Kind, PyResult, Value};
use std::cell::RefCell;

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

/// A dict. References: the key and value of every live entry in `table`.
#[repr(C)]
pub struct DictObj {
    pub header: Header,
    pub table: RefCell<Table>,
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

impl Table {
    fn probe_start(&self, hash: i64) -> (usize, u64) {
        let mask = self.index.len() - 1;
        ((hash as u64 as usize) & mask, hash as u64)
    }

    fn next_slot(&self, i: usize, perturb: &mut u64) -> usize {
        let mask = self.index.len() - 1;
        *perturb >>= 5;
        (i.wrapping_mul(5)
            .wrapping_add(*perturb as usize)
            .wrapping_add(1))
            & mask
    }

    fn rebuild(&mut self, min_slots: usize) {
        self.entries.retain(|e| !e.key.is_null());
        let mut size = 8;
        while size * 2 < min_slots.max(self.entries.len()) * 3 {
            size *= 2;
        }
        self.index = vec![EMPTY; size];
        self.version += 1;
        for (n, e) in self.entries.iter().enumerate() {
            let (mut i, mut perturb) = self.probe_start(e.hash);
            while self.index[i] != EMPTY {
                i = self.next_slot(i, &mut perturb);
            }
            self.index[i] = n as i32;
        }
    }

    fn insert_new(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        self.index[slot] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version += 1;
        if self.entries.len() * 3 >= self.index.len() * 2 {
            self.rebuild(self.used * 2);
        }
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
}

impl DictObj {
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// Finds `key`; runs `__eq__` of user objects without holding the table borrowed, and
    /// starts over if that changed the table.
    fn probe(&self, key: Value, hash: i64) -> PyResult<Probe> {
        if self.table.borrow().index.is_empty() {
            self.table.borrow_mut().rebuild(8);
        }
        'restart: loop {
            let (mut i, mut perturb, version) = {
                let t = self.table.borrow();
                let (i, p) = t.probe_start(hash);
                (i, p, t.version)
            };
            let mut free = None;
            loop {
                let (ix, e) = {
                    let t = self.table.borrow();
                    let ix = t.index[i];
                    (ix, (ix >= 0).then(|| t.entries[ix as usize]))
                };
                if ix == EMPTY {
                    return Ok(Probe::Missing {
                        slot: free.unwrap_or(i),
                    });
                }
                if let Some(e) = e {
                    if e.key == key {
                        return Ok(Probe::Found { entry: ix as usize });
                    }
                    if e.hash == hash {
                        let equal = match ops::eq_fast(e.key, key) {
                            Some(b) => b,
                            None => {
                                let equal = ops::eq(e.key, key)?;
                                if self.table.borrow().version != version {
                                    continue 'restart;
                                }
                                equal
                            }
                        };
                        if equal {
                            return Ok(Probe::Found { entry: ix as usize });
                        }
                    }
                } else {
                    free.get_or_insert(i);
                }
                i = self.table.borrow().next_slot(i, &mut perturb);
            }
        }
    }

    pub fn get(&self, key: Value) -> PyResult<Option<Value>> {
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
        let hash = key.get::<crate::str::StrObj>()?.hash();
        self.get_hashed(key, hash).ok().flatten()
    }

    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(key)?;
        self.set_hashed(key, hash, value)
    }

    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.probe(key, hash)? {
            Probe::Found { entry } => self.table.borrow_mut().entries[entry].value = value,
            Probe::Missing { slot } => self.table.borrow_mut().insert_new(slot, hash, key, value),
        }
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
        Some((e.key, e.value))
    }

    pub fn clear(&self) {
        *self.table.borrow_mut() = Table::default();
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
        })
    }
}

impl Table {
    fn remove_entry(&mut self, entry: usize, hash: i64) {
        let (mut i, mut perturb) = self.probe_start(hash);
        while self.index[i] != entry as i32 {
            i = self.next_slot(i, &mut perturb);
        }
        self.index[i] = DUMMY;
        self.entries[entry].key = Value::NULL;
        self.entries[entry].value = Value::NULL;
        self.used -= 1;
        self.version += 1;
    }
}

pub fn new() -> Value {
    heap::new(DictObj {
        header: Header::new(Kind::Dict),
        table: RefCell::new(Table::default()),
    })
}
