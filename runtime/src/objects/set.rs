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

/// Control byte of a slot never used since the table was built.
const CTRL_UNUSED: u8 = 0;
/// Control byte of a dummy slot.
const CTRL_DUMMY: u8 = 1;
/// Set in the control byte of every live slot.
const CTRL_LIVE: u8 = 0x80;
/// `ctrl` extends this far past the last slot, so a run's control bytes load as one word.
const CTRL_PAD: usize = 16;

/// The marker bits of a run's first LINEAR_PROBES + 1 slots, and of its first slot only
/// (a run near the end of the table).
const FULL_RUN: Mask = MARKS & ((1 << (STRIDE as usize * (LINEAR_PROBES + 1))) - 1);
const SHORT_RUN: Mask = MARKS & ((1 << STRIDE) - 1);

/// The control byte of a live slot: 7 bits of the hash, mixed because int hashes are the
/// ints themselves and the table index already uses their low bits.
fn tag(hash: i64) -> u8 {
    ((hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57) as u8 | CTRL_LIVE
}

/// The offset in its run of the first, and of the last, slot marked in a non-zero mask.
fn first_slot(mask: Mask) -> usize {
    (mask.trailing_zeros() / STRIDE) as usize
}

fn last_slot(mask: Mask) -> usize {
    ((Mask::BITS - 1 - mask.leading_zeros()) / STRIDE) as usize
}

/// The mask of the slots of a run from offset `k` on.
fn slots_from(k: usize) -> Mask {
    Mask::MAX << (STRIDE * k as u32)
}

/// 16 control bytes compared at once with SSE2 (part of every x86-64 CPU); a mask has
/// bit k set for byte k.
#[cfg(target_arch = "x86_64")]
mod group {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };

    pub type Mask = u32;
    /// Mask bits per control byte.
    pub const STRIDE: u32 = 1;
    /// Every byte's marker bit.
    pub const MARKS: Mask = 0xffff;

    #[derive(Clone, Copy)]
    pub struct Group(__m128i);

    impl Group {
        pub fn load(bytes: &[u8; 16]) -> Group {
            // SAFETY: `bytes` is 16 readable bytes, this load needs no alignment, and
            // every x86-64 CPU has SSE2.
            Group(unsafe { _mm_loadu_si128(bytes.as_ptr().cast()) })
        }

        /// The bytes equal to `b`.
        pub fn matching(self, b: u8) -> Mask {
            // SAFETY: every x86-64 CPU has SSE2.
            let bits = unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(self.0, _mm_set1_epi8(b as i8))) };
            bits as Mask
        }
    }
}

/// 16 control bytes compared at once in a u128; a mask has the high bit of byte k set for
/// byte k. Built for tests on x86-64 too, to check it against SSE2.
#[cfg(any(test, not(target_arch = "x86_64")))]
mod swar {
    pub type Mask = u128;
    pub const STRIDE: u32 = 8;
    pub const MARKS: Mask = u128::from_le_bytes([0x80; 16]);
    const ONES: u128 = u128::from_le_bytes([0x01; 16]);
    const LOW7: u128 = u128::from_le_bytes([0x7f; 16]);

    #[derive(Clone, Copy)]
    pub struct Group(u128);

    impl Group {
        pub fn load(bytes: &[u8; 16]) -> Group {
            Group(u128::from_le_bytes(*bytes))
        }

        /// The bytes equal to `b`: the zero bytes of `x`, exactly, as no carry crosses
        /// from one byte to the next.
        pub fn matching(self, b: u8) -> Mask {
            let x = self.0 ^ (ONES * b as u128);
            !(((x & LOW7) + LOW7) | x | LOW7)
        }
    }
}

use group::{Group, Mask, MARKS, STRIDE};
#[cfg(not(target_arch = "x86_64"))]
use swar as group;

/// The open-addressing table (CPython's `setobject.c` algorithm). Beside each slot, a
/// control byte (`CTRL_UNUSED`, `CTRL_DUMMY` or the key's `tag`) lets a probe examine a
/// whole run of slots with one load, and read only the slots whose tag matches.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    ctrl: Vec<u8>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![UNUSED; MIN_SIZE],
            ctrl: vec![CTRL_UNUSED; MIN_SIZE + CTRL_PAD],
            fill: 0,
            used: 0,
            finger: 0,
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

    /// The control bytes from slot `i` on, with the mask of those in the run starting
    /// there.
    fn run(&self, i: usize) -> (Group, Mask) {
        let bytes = self.ctrl[i..i + CTRL_PAD].try_into().expect("16 bytes");
        let run = if i + LINEAR_PROBES <= self.mask() {
            FULL_RUN
        } else {
            SHORT_RUN
        };
        (Group::load(bytes), run)
    }

    fn set_live(&mut self, j: usize, hash: i64, key: Value) {
        self.slots[j] = Slot { hash, key };
        self.ctrl[j] = tag(hash);
    }

    fn set_dummy(&mut self, j: usize) {
        self.slots[j] = Slot {
            hash: -1,
            key: DUMMY,
        };
        self.ctrl[j] = CTRL_DUMMY;
    }

    /// Stores a key known to be absent into a table without dummies.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let (group, run) = self.run(i);
            let unused = group.matching(CTRL_UNUSED) & run;
            if unused != 0 {
                self.set_live(i + first_slot(unused), hash, key);
                return;
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
        self.ctrl = vec![CTRL_UNUSED; size + CTRL_PAD];
        self.fill = self.used;
        for s in old {
            if !s.key.is_null() && s.key != DUMMY {
                self.insert_clean(s.hash, s.key);
            }
        }
    }

    /// What CPython's `so->table` points to: the set's inline small table when there
    /// are `MIN_SIZE` slots, else an allocation made for this table.
    fn identity(&self) -> *const Slot {
        if self.slots.len() == MIN_SIZE {
            std::ptr::null()
        } else {
            self.slots.as_ptr()
        }
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
    /// rather than a dummy). When a comparison runs Python code, this follows CPython's
    /// `set_add_entry` if `adding` (an equal key is found even if the set changed) and
    /// `set_lookkey` otherwise: the search restarts if the table was replaced or the
    /// compared slot changed, else goes on reading the run as it is now.
    fn probe(&self, key: Value, hash: i64, adding: bool) -> PyResult<Found> {
        let tag = tag(hash);
        'restart: loop {
            // The table stays borrowed between slots; only a comparison that may run
            // Python code lets go of it.
            let mut table = self.table.borrow();
            let mask = table.mask();
            let mut i = hash as u64 as usize & mask;
            // Most probes end at their first slot: an unused one, or the key itself.
            match table.ctrl[i] {
                CTRL_UNUSED => return Ok(Found::Free(i, true)),
                c if c == tag && table.slots[i].hash == hash && table.slots[i].key == key => {
                    return Ok(Found::Active(i))
                }
                _ => {}
            }
            let mut perturb = hash as u64;
            let mut freeslot = None;
            loop {
                // The first slot of the run not examined yet.
                let mut from = 0;
                'run: loop {
                    let (group, run) = table.run(i);
                    let run = run & slots_from(from);
                    let unused = group.matching(CTRL_UNUSED) & run;
                    // The slots the search examines: those before the first unused one
                    // (all the run if there is none, as 0 - 1 sets every bit).
                    let searched = (unused & unused.wrapping_neg()).wrapping_sub(1) & run;
                    // Only a slot with the key's tag can hold an equal hash.
                    let mut candidates = group.matching(tag) & searched;
                    while candidates != 0 {
                        let k = first_slot(candidates);
                        candidates &= candidates - 1;
                        let s = table.slots[i + k];
                        if s.hash != hash {
                            continue;
                        }
                        if s.key == key {
                            return Ok(Found::Active(i + k));
                        }
                        match ops::eq_fast(s.key, key) {
                            Some(true) => return Ok(Found::Active(i + k)),
                            Some(false) => continue,
                            None => {}
                        }
                        let identity = table.identity();
                        drop(table);
                        let equal = ops::eq(s.key, key)?;
                        table = self.table.borrow();
                        if equal && adding {
                            return Ok(Found::Active(i + k));
                        }
                        if table.identity() != identity || table.slots[i + k].key != s.key {
                            continue 'restart;
                        }
                        if equal {
                            return Ok(Found::Active(i + k));
                        }
                        let passed = group.matching(CTRL_DUMMY) & searched & !slots_from(k);
                        if passed != 0 {
                            freeslot = Some(i + last_slot(passed));
                        }
                        from = k + 1;
                        continue 'run;
                    }
                    let dummies = group.matching(CTRL_DUMMY) & searched;
                    if dummies != 0 {
                        // CPython 3.11 reuses the last dummy slot met on the way.
                        freeslot = Some(i + last_slot(dummies));
                    }
                    if unused != 0 {
                        return Ok(match freeslot {
                            Some(f) => Found::Free(f, false),
                            None => Found::Free(i + first_slot(unused), true),
                        });
                    }
                    break;
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
        match self.probe(key, hash, true)? {
            Found::Active(_) => {}
            Found::Free(j, unused) => {
                let mut t = self.table.borrow_mut();
                t.set_live(j, hash, key);
                t.used += 1;
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
        Ok(matches!(self.probe(key, hash, false)?, Found::Active(_)))
    }

    /// Removes `key`; false if it was absent.
    pub fn discard(&self, key: Value) -> PyResult<bool> {
        let hash = ops::hash(key)?;
        self.discard_hashed(key, hash)
    }

    pub fn discard_hashed(&self, key: Value, hash: i64) -> PyResult<bool> {
        match self.probe(key, hash, false)? {
            Found::Active(j) => {
                let mut t = self.table.borrow_mut();
                t.set_dummy(j);
                t.used -= 1;
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
        while t.ctrl[i] & CTRL_LIVE == 0 {
            i = (i + 1) & mask;
        }
        let key = t.slots[i].key;
        t.set_dummy(i);
        t.used -= 1;
        t.finger = i + 1;
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
        let finger = t.finger;
        *t = SetTable::default();
        t.finger = finger;
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
                    let o = other.table.borrow();
                    t.slots.clone_from(&o.slots);
                    t.ctrl.clone_from(&o.ctrl);
                } else {
                    for &(h, k) in &keys {
                        t.insert_clean(h, k);
                    }
                }
                t.fill = other_used;
                t.used = other_used;
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

#[cfg(test)]
mod tests {
    use super::{group, swar};

    /// SSE2 and SWAR find the same bytes, including next to bytes that differ from the
    /// one sought only in the high bit or by a borrow.
    #[test]
    fn group_implementations_agree() {
        let values = [0u8, 1, 2, 0x7f, 0x80, 0x81, 0xfe, 0xff];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            let mut bytes = [0u8; 16];
            for b in &mut bytes {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *b = values[(state % 8) as usize] ^ ((state >> 32) as u8 & 0x81);
            }
            for sought in values {
                let fast = group::Group::load(&bytes).matching(sought);
                let portable = swar::Group::load(&bytes).matching(sought);
                for (k, &b) in bytes.iter().enumerate() {
                    let marker = |stride: u32| stride * k as u32 + stride - 1;
                    assert_eq!(fast >> marker(group::STRIDE) & 1 == 1, b == sought);
                    assert_eq!(portable >> marker(swar::STRIDE) & 1 == 1, b == sought);
                }
                assert_eq!(portable & !swar::MARKS, 0);
            }
        }
    }
}
