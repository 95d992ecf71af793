//! The object allocator: every object is created through `alloc` (or `new`), and only the
//! collector (`gc.rs`, through `sweep` here) frees objects.
//!
//! # Layout
//! The heap is a set of *blocks*: `BLOCK_SIZE` bytes (256 KiB) aligned to their size, taken
//! from the system with `mmap`. A block holds the cells of one size class (16 bytes to
//! `MAX_SMALL`, 63 classes spaced at most 12.5% apart) after a header (`Block`) with two
//! bitmaps, one bit per cell:
//! - `alloc`: the cell holds an object. A cell whose bit is clear is free, whatever its
//!   bytes say (they are left as the dead object left them).
//! - `mark`: set by the collector's mark phase, cleared by the sweep.
//! - `survived`: the object in the cell was marked by the last collection.
//! - `old`: the cell holds an *old* object (see `gc.rs`): one that minor collections
//!   neither trace nor free. Cleared only at the start of a major collection.
//!
//! Objects larger than `MAX_SMALL` get a *large region* of their own: a block header
//! without bitmaps followed by the object, also aligned to `BLOCK_SIZE` (it may span
//! several block-sized slices). Because every heap object lives in a region aligned to
//! `BLOCK_SIZE` whose first bytes are a `Block`, `addr & !(BLOCK_SIZE - 1)` finds the header
//! of any heap object. Static objects (None, True, False, NotImplemented, Ellipsis, the
//! empty tuple) are not in the heap; their headers carry `GC_STATIC`.
//!
//! Objects of kinds whose Rust type owns memory (`needs_drop`: lists, dicts, sets, big
//! ints, ...) are kept in blocks of their own ("finalizable" blocks), so that sweeping the
//! other blocks never has to look at a dead cell: their new `alloc` bitmap is the `mark`
//! bitmap. Sweeping a finalizable block runs the destructor of each dead object.
//!
//! # Allocation
//! Each (size class, finalizable) pair is a *state* with a current block and a current
//! bitmap word: `free` holds the free cells of that word not yet handed out. The fast path
//! takes the lowest bit of `free`, sets the cell's alloc bit and returns its address. When
//! `free` is empty the slow path claims the next word with free cells, then the next block
//! of the state with free cells, then an empty block from the pool or a new one. Bytes
//! claimed count towards the collection budget; past it, `closc_gc_requested` is set and
//! the collection runs at the next safepoint (`gc::safepoint`), never inside `alloc`.
//!
//! # Invariants
//! - **Only `sweep` frees objects**, and only cells whose mark and old bits are clear.
//! - A cell's alloc bit is set from the moment the allocator claims its bitmap word (a
//!   word's free cells are claimed together) until the sweep that finds it unmarked. The
//!   claimed cells not handed out yet are listed in the fast state (`Fast::free`) and are
//!   free all the same: conservative lookups skip them and the sweep clears their bits
//!   first. The bytes of a handed-out cell are a valid object once its constructor has
//!   run (no collection can happen in between: collections only run at safepoints).
//! - Mark bits are all clear outside a collection.
//! - Bits of the last bitmap word beyond the block's cell count are permanently set in
//!   `alloc` ("phantom" cells), so that `!alloc[w]` is exactly the free cells of word `w`.

use crate::memory::gc;
use crate::objects::value::{Header, HeapObject, Kind, Value};
use std::alloc::{GlobalAlloc, Layout};
use std::cell::{Cell, RefCell, UnsafeCell};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Size and alignment of blocks and of the slices the block map covers.
pub const BLOCK_SIZE: usize = 256 << 10;
const BLOCK_MASK: usize = !(BLOCK_SIZE - 1);
/// Objects larger than this get a large region of their own.
pub const MAX_SMALL: usize = 8192;
/// Bitmap words per block: enough for the smallest cells.
const WORDS: usize = 256;
const GRANULE: usize = 8;
/// Distinguishes block headers from other memory (a debugging aid).
const MAGIC: u64 = 0x636c_6f73_635f_626b;
/// Offset of a large object in its region (just after the header's first fields).
const LARGE_FIRST: usize = 64;
/// Offset of the first cell in a block.
const FIRST: usize = (std::mem::size_of::<Block>() + 63) & !63;

/// The size classes: every 8 bytes up to 128, then 8 classes per doubling.
const fn make_sizes() -> [u32; NCLASSES] {
    let mut sizes = [0u32; NCLASSES];
    let mut i = 0;
    let mut size = 16;
    while size <= 128 {
        sizes[i] = size;
        i += 1;
        size += 8;
    }
    let mut step = 16;
    while i < NCLASSES {
        let mut k = 0;
        while k < 8 {
            size = sizes[i - 1] + step;
            sizes[i] = size;
            i += 1;
            k += 1;
        }
        step *= 2;
    }
    sizes
}

const NCLASSES: usize = 15 + 8 * 6;
static SIZES: [u32; NCLASSES] = make_sizes();
/// Number of allocation states: one per size class and finalizable flag.
const NSTATES: usize = NCLASSES * 2;

/// The size class for each size in granules (`(size + 7) / 8`, up to `MAX_SMALL / 8`).
static CLASS_OF: [u8; MAX_SMALL / GRANULE + 1] = {
    let sizes = make_sizes();
    let mut table = [0u8; MAX_SMALL / GRANULE + 1];
    let mut g = 0;
    let mut c = 0;
    while g <= MAX_SMALL / GRANULE {
        while (sizes[c] as usize) < g * GRANULE {
            c += 1;
        }
        table[g] = c as u8;
        g += 1;
    }
    table
};

const _: () = {
    assert!(make_sizes()[NCLASSES - 1] as usize == MAX_SMALL);
    assert!(std::mem::offset_of!(Block, alloc) <= LARGE_FIRST);
    assert!((BLOCK_SIZE - FIRST) / 16 <= WORDS * 64);
    assert!(
        BLOCK_SIZE <= 1 << 18,
        "cell index arithmetic assumes offsets below 2^18"
    );
};

/// The header at the start of every block and large region.
#[repr(C)]
pub struct Block {
    magic: u64,
    /// Cell size in bytes; 0 for a large region.
    cell_size: u32,
    /// Number of cells (small blocks).
    ncells: u32,
    /// `ceil(2^32 / cell_size)`: cell index = (offset * recip) >> 32, exact for offsets
    /// below 2^18 and cells below 16 KiB.
    recip: u64,
    /// The allocation state that owns the block (small blocks).
    state: u32,
    /// 1 when the last sweep found no free cell in the block.
    full: u32,
    /// Large regions: the object's size in bytes, and the region's mapped length.
    large_size: usize,
    large_len: usize,
    /// Large regions: the mark bit.
    large_mark: u64,
    /// Number of bitmap words in use.
    nwords: u32,
    _pad: u32,
    alloc: [u64; WORDS],
    mark: [u64; WORDS],
    survived: [u64; WORDS],
    old: [u64; WORDS],
}

impl Block {
    fn is_large(&self) -> bool {
        self.cell_size == 0
    }

    fn cell_index(&self, addr: usize) -> usize {
        let off = addr - (self as *const Block as usize) - FIRST;
        ((off as u64 * self.recip) >> 32) as usize
    }

    fn cell_addr(&self, index: usize) -> usize {
        self as *const Block as usize + FIRST + index * self.cell_size as usize
    }

    /// The alloc bits of cells that do not exist, in word `w`.
    fn phantom(&self, w: usize) -> u64 {
        let last = self.ncells as usize / 64;
        let rest = self.ncells as usize % 64;
        if w == last && rest != 0 {
            !((1u64 << rest) - 1)
        } else {
            0
        }
    }

    fn finalizable(&self) -> bool {
        self.state as usize % 2 == 1
    }

    /// The cells of word `w` whose alloc bits are set but that the allocator has not handed
    /// out yet (they belong to its fast state's current word).
    fn unhanded(&self, w: usize) -> u64 {
        // SAFETY: only this thread touches its fast states.
        let f = unsafe { &*fast(self.state as usize) };
        if std::ptr::eq(f.block, self) && f.word == w {
            f.free
        } else {
            0
        }
    }
}

/// The fast-path state of one (size class, finalizable) pair. Generated code reads and
/// writes the main thread's states for small objects without finalizer at the offsets of
/// `closc_abi::fast_state` (see `closc_fast_states`).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Fast {
    block: *mut Block,
    /// The bitmap word `free` comes from.
    word: usize,
    /// Cells of that word claimed (their alloc bits are set) but not handed out yet: they
    /// are free all the same (`Block::unhanded`).
    free: u64,
    /// Offset of the word's first cell in the block. (Not its address: when the stack scan
    /// covers the thread's static TLS, an address here would keep that cell alive.)
    offset: usize,
    size: usize,
}

const FAST_INIT: Fast = Fast {
    block: std::ptr::null_mut(),
    word: 0,
    free: 0,
    offset: 0,
    size: 0,
};

/// Hashes block-map keys (slice addresses, multiples of `BLOCK_SIZE`).
#[derive(Default)]
struct SliceHasher(u64);

impl Hasher for SliceHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n >> 18) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

#[derive(Default, Clone, Copy)]
struct BuildSliceHasher;

impl BuildHasher for BuildSliceHasher {
    type Hasher = SliceHasher;
    fn build_hasher(&self) -> SliceHasher {
        SliceHasher(0)
    }
}

/// The slow-path state of the heap.
struct Heap {
    /// The small blocks of each state, in allocation order.
    blocks: Vec<Vec<*mut Block>>,
    /// Per state, the index in `blocks` of the next block the allocator may look at.
    cursor: Vec<usize>,
    /// Empty blocks kept for reuse.
    pool: Vec<*mut Block>,
    /// Large regions.
    large: Vec<*mut Block>,
    /// Every `BLOCK_SIZE` slice of the heap's memory, to the start of its block or region.
    map: HashMap<usize, usize, BuildSliceHasher>,
    /// Lowest and highest addresses of the heap's memory (a quick filter).
    lo: usize,
    hi: usize,
    /// Bytes claimed by the allocator since the last collection.
    claimed: usize,
    /// Collect when `claimed` exceeds this.
    budget: usize,
    /// Bytes of memory mapped for blocks and large regions, now and at most.
    mapped: usize,
    peak_mapped: usize,
    /// Bytes allocated by objects before the last collection (exact, from the bitmaps).
    allocated_total: u64,
}

thread_local! {
    static FAST: UnsafeCell<[Fast; NSTATES]> = const { UnsafeCell::new([FAST_INIT; NSTATES]) };
    static HEAP: RefCell<Heap> = RefCell::new(Heap {
        blocks: vec![Vec::new(); NSTATES],
        cursor: vec![0; NSTATES],
        pool: Vec::new(),
        large: Vec::new(),
        map: HashMap::with_hasher(BuildSliceHasher),
        lo: usize::MAX,
        hi: 0,
        claimed: 0,
        budget: gc::MIN_HEAP,
        mapped: 0,
        peak_mapped: 0,
        allocated_total: 0,
    });
}

// ---------------------------------------------------------------------------------------
// The system's memory.

extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn munmap(addr: *mut u8, len: usize) -> i32;
}

const PROT_READ_WRITE: i32 = 0x1 | 0x2;
const MAP_PRIVATE_ANONYMOUS: i32 = 0x02 | 0x20;
const PAGE: usize = 4096;

/// `len` bytes (a multiple of the page size) of fresh zeroed memory aligned to `BLOCK_SIZE`.
fn map_aligned(len: usize) -> usize {
    let over = len + BLOCK_SIZE;
    // SAFETY: an anonymous private mapping with no address hint has no preconditions.
    let p = unsafe {
        mmap(
            std::ptr::null_mut(),
            over,
            PROT_READ_WRITE,
            MAP_PRIVATE_ANONYMOUS,
            -1,
            0,
        )
    };
    if p as isize == -1 || p.is_null() {
        crate::output::write_stderr("closc runtime error: out of memory\n");
        std::process::abort();
    }
    let start = p as usize;
    let aligned = (start + BLOCK_SIZE - 1) & BLOCK_MASK;
    // SAFETY: both ranges lie inside the mapping just created and are page-aligned
    // (`start` and `aligned` are page multiples, and so are `len` and `over`); nothing
    // refers to them.
    unsafe {
        if aligned > start {
            munmap(start as *mut u8, aligned - start);
        }
        let end = aligned + len;
        if start + over > end {
            munmap(end as *mut u8, start + over - end);
        }
    }
    aligned
}

fn unmap(addr: usize, len: usize) {
    // SAFETY: `addr..addr+len` is a block or large region mapped by `map_aligned`, which
    // the heap has just forgotten: no object in it is reachable.
    unsafe { munmap(addr as *mut u8, len) };
}

// ---------------------------------------------------------------------------------------
// Allocation.

/// Whether objects of `kind` go to finalizable blocks.
#[inline(always)]
fn state_of(size: usize, kind: Kind) -> usize {
    CLASS_OF[size.div_ceil(GRANULE)] as usize * 2 + gc::needs_finalizer(kind) as usize
}

/// Allocates `size` bytes (8-aligned) for an object of `kind`, writes its header and returns
/// a pointer to it. The rest of the object is uninitialised (it holds whatever a dead
/// object left there). Never collects.
#[inline]
pub fn alloc(size: usize, kind: Kind) -> *mut Header {
    let size = size.max(std::mem::size_of::<Header>());
    let addr = if size <= MAX_SMALL {
        let state = state_of(size, kind);
        // SAFETY: the fast states are only touched by this thread, and no other reference
        // to this one is live.
        let f = unsafe { &mut *fast(state) };
        if f.free != 0 {
            // The cell's alloc bit was set when its word was claimed.
            let bit = f.free.trailing_zeros() as usize;
            f.free &= f.free - 1;
            let base = f.block as usize + f.offset;
            // Start loading the cells a few allocations ahead (free cells mostly follow
            // each other after a collection): recycled cells are rarely in the cache.
            prefetch_write(base + bit * f.size + 512);
            base + bit * f.size
        } else {
            alloc_slow(state)
        }
    } else {
        alloc_large(size)
    };
    let header = addr as *mut Header;
    // SAFETY: `addr` is the start of a free cell (or region) of at least `size >= 8` bytes,
    // 8-aligned, now marked allocated.
    unsafe { header.write(Header::new(kind)) };
    header
}

/// Starts loading the cache line at `addr` for writing (a hint: it never faults).
#[inline(always)]
fn prefetch_write(addr: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(addr as *const i8, std::arch::x86_64::_MM_HINT_ET0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
}

/// The address of the main thread's fast states (an array of `Fast`, indexed by state),
/// from which generated code allocates floats and small tuples inline: in the state of the
/// object's size without finalizer (`closc_abi::fast_state::index`), take the lowest bit
/// `b` of `free` (when not 0), clear it, and use the cell at `block + offset + size * b`.
/// Set at start.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static closc_fast_states: AtomicUsize = AtomicUsize::new(0);

const _: () = {
    use closc_abi::fast_state;
    use std::mem::{offset_of, size_of};
    // Every multiple of 8 in the range is a size class of its own (generated code steps
    // through a block's cells by the object's size), whose state without finalizer is where
    // `fast_state::index` says.
    let mut size = fast_state::MIN_OBJECT_SIZE;
    while size <= fast_state::MAX_OBJECT_SIZE {
        let class = CLASS_OF[size.div_ceil(GRANULE)] as usize;
        assert!(SIZES[class] as usize == size && class * 2 == fast_state::index(size));
        size += 8;
    }
    assert!(size_of::<Fast>() == fast_state::SIZE);
    assert!(offset_of!(Fast, block) == fast_state::BLOCK as usize);
    assert!(offset_of!(Fast, free) == fast_state::FREE as usize);
    assert!(offset_of!(Fast, offset) == fast_state::OFFSET as usize);
    assert!(!gc::needs_finalizer(Kind::Float) && !gc::needs_finalizer(Kind::Tuple));
};

/// Publishes this thread's fast states for generated code (`closc_fast_states`).
pub fn publish_fast_states() {
    closc_fast_states.store(fast(0) as usize, Ordering::Relaxed);
}

/// This thread's fast-path state `state`.
#[inline(always)]
fn fast(state: usize) -> *mut Fast {
    FAST.with(|f| f.get() as *mut Fast).wrapping_add(state)
}

/// Allocates an object of type `T` and moves `obj` into it.
#[inline]
pub fn new<T: HeapObject>(obj: T) -> Value {
    let p = alloc(std::mem::size_of::<T>(), T::KIND) as *mut T;
    // SAFETY: `p` points to enough free, aligned memory for a `T`.
    unsafe { p.write(obj) };
    Value(p as u64)
}

#[cold]
#[inline(never)]
fn alloc_slow(state: usize) -> usize {
    let stress = gc::stress();
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        FAST.with(|f| {
            // SAFETY: as in `alloc`.
            let f = unsafe { &mut (*f.get())[state] };
            loop {
                if !f.block.is_null() {
                    // SAFETY: `f.block` is a live block of this heap.
                    let b = unsafe { &mut *f.block };
                    let mut w = f.word.wrapping_add(1);
                    while w < b.nwords as usize {
                        let free = !b.alloc[w];
                        if free != 0 {
                            let size = b.cell_size as usize;
                            let bit = free.trailing_zeros() as usize;
                            f.offset = FIRST + w * 64 * size;
                            f.size = size;
                            if stress {
                                // One cell at a time, so that every allocation comes here
                                // and asks for a collection; look at this word again next.
                                h.claim(size);
                                b.alloc[w] |= 1 << bit;
                                f.word = w.wrapping_sub(1);
                                f.free = 0;
                            } else {
                                // Claim the whole word: its free cells get their alloc
                                // bits now, and `free` lists those not handed out yet.
                                h.claim(free.count_ones() as usize * size);
                                b.alloc[w] = u64::MAX;
                                f.word = w;
                                f.free = free & (free - 1);
                            }
                            return f.block as usize + f.offset + bit * size;
                        }
                        w += 1;
                    }
                }
                let next = h.next_block(state);
                f.block = if next.is_null() {
                    h.new_block(state)
                } else {
                    next
                };
                // Scan the block from word 0.
                f.word = usize::MAX;
                f.free = 0;
            }
        })
    })
}

#[cold]
fn alloc_large(size: usize) -> usize {
    let len = (LARGE_FIRST + size).div_ceil(PAGE) * PAGE;
    let region = map_aligned(len);
    // SAFETY: `region` is fresh, writable, zeroed memory of `len >= LARGE_FIRST` bytes.
    let b = unsafe { &mut *(region as *mut Block) };
    b.magic = MAGIC;
    b.cell_size = 0;
    b.large_size = size;
    b.large_len = len;
    b.large_mark = 0;
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.add_mapping(region, len);
        h.large.push(region as *mut Block);
        h.claim(size);
    });
    region + LARGE_FIRST
}

impl Heap {
    /// Counts `bytes` towards the collection budget.
    fn claim(&mut self, bytes: usize) {
        self.claimed += bytes;
        if self.claimed > self.budget || gc::stress() {
            gc::request();
        }
    }

    fn add_mapping(&mut self, region: usize, len: usize) {
        let mut slice = region;
        while slice < region + len {
            self.map.insert(slice, region);
            slice += BLOCK_SIZE;
        }
        self.lo = self.lo.min(region);
        self.hi = self.hi.max(region + len);
        self.mapped += len;
        self.peak_mapped = self.peak_mapped.max(self.mapped);
    }

    fn remove_mapping(&mut self, region: usize, len: usize) {
        let mut slice = region;
        while slice < region + len {
            self.map.remove(&slice);
            slice += BLOCK_SIZE;
        }
        self.mapped -= len;
    }

    /// The next block of `state` that has free cells, or null.
    fn next_block(&mut self, state: usize) -> *mut Block {
        let blocks = &self.blocks[state];
        while self.cursor[state] < blocks.len() {
            let b = blocks[self.cursor[state]];
            self.cursor[state] += 1;
            // SAFETY: the blocks of a state are live blocks of this heap.
            if unsafe { (*b).full == 0 } {
                return b;
            }
        }
        std::ptr::null_mut()
    }

    /// A block for `state`: an empty one from the pool, or fresh memory.
    fn new_block(&mut self, state: usize) -> *mut Block {
        let addr = match self.pool.pop() {
            Some(b) => b as usize,
            None => {
                let a = map_aligned(BLOCK_SIZE);
                self.add_mapping(a, BLOCK_SIZE);
                a
            }
        };
        let size = SIZES[state / 2] as usize;
        let ncells = (BLOCK_SIZE - FIRST) / size;
        // SAFETY: `addr` is a block's memory that no object uses (fresh, or an empty block
        // from the pool); the header is plain data.
        let b = unsafe { &mut *(addr as *mut Block) };
        b.magic = MAGIC;
        b.cell_size = size as u32;
        b.ncells = ncells as u32;
        b.recip = (1u64 << 32).div_ceil(size as u64);
        b.state = state as u32;
        b.full = 0;
        b.large_size = 0;
        b.large_len = 0;
        b.large_mark = 0;
        b.nwords = ncells.div_ceil(64) as u32;
        b.alloc = [0; WORDS];
        b.mark = [0; WORDS];
        b.survived = [0; WORDS];
        b.old = [0; WORDS];
        let last = ncells / 64;
        if last < WORDS {
            b.alloc[last] = b.phantom(last);
        }
        self.blocks[state].push(b);
        self.cursor[state] = self.blocks[state].len();
        b
    }
}

// ---------------------------------------------------------------------------------------
// What the collector needs.

/// Sets the mark bit of the heap object at `addr` (the start of an object allocated by
/// `alloc`) unless it is old; returns `None` for an old object, otherwise the size of its
/// cell if the bit was not set, 0 if it was.
///
/// # Safety
/// `addr` must be the address of an allocated heap object (not a static one).
#[inline]
pub unsafe fn mark(addr: usize) -> Option<usize> {
    let b = &mut *((addr & BLOCK_MASK) as *mut Block);
    debug_assert_eq!(b.magic, MAGIC, "not a heap object: {addr:#x}");
    if b.is_large() {
        let was = b.large_mark;
        b.large_mark = 1;
        return Some(if was == 0 { b.large_size } else { 0 });
    }
    let i = b.cell_index(addr);
    debug_assert_eq!(b.cell_addr(i), addr, "not the start of a cell");
    debug_assert!(
        b.alloc[i / 64] & (1 << (i % 64)) != 0,
        "marking a free cell {addr:#x}"
    );
    let bit = 1u64 << (i % 64);
    if b.old[i / 64] & bit != 0 {
        return None;
    }
    let was = b.mark[i / 64] & bit;
    b.mark[i / 64] |= bit;
    Some(if was == 0 { b.cell_size as usize } else { 0 })
}

thread_local! {
    /// Bytes of the cells of old objects.
    static OLD_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Makes the heap object at `addr`, marked by this collection, old if the last collection
/// marked it too: objects that die young (most do) never become old. Large objects never
/// become old.
///
/// # Safety
/// `addr` must be the address of an allocated heap object (not a static one) that this
/// collection has marked, and everything it references must be old or outside the heap.
#[inline]
pub unsafe fn make_old(addr: usize) {
    let b = &mut *((addr & BLOCK_MASK) as *mut Block);
    if b.is_large() {
        return;
    }
    let i = b.cell_index(addr);
    debug_assert!(
        b.mark[i / 64] & (1 << (i % 64)) != 0,
        "not marked: {addr:#x}"
    );
    let bit = 1u64 << (i % 64);
    if b.survived[i / 64] & bit != 0 {
        b.old[i / 64] |= bit;
        OLD_BYTES.with(|o| o.set(o.get() + b.cell_size as usize));
    }
}

/// True if the heap object at `addr` is old (for tests).
#[cfg(test)]
pub fn is_old(addr: usize) -> bool {
    // SAFETY: tests pass addresses of allocated small heap objects.
    let b = unsafe { &*((addr & BLOCK_MASK) as *const Block) };
    let i = b.cell_index(addr);
    b.old[i / 64] & (1 << (i % 64)) != 0
}

/// True if the heap object at `addr` is marked by the collection under way, or old (which
/// minor collections treat as marked).
///
/// # Safety
/// `addr` must be the address of an allocated heap object (not a static one).
#[inline]
pub unsafe fn is_marked(addr: usize) -> bool {
    let b = &*((addr & BLOCK_MASK) as *const Block);
    if b.is_large() {
        return b.large_mark != 0;
    }
    let i = b.cell_index(addr);
    (b.mark[i / 64] | b.old[i / 64]) & (1 << (i % 64)) != 0
}

/// The addresses of every allocated object of one of `kinds` (for the rare changes that
/// must visit all objects of a kind, such as a class gaining `__del__`).
pub fn objects_of_kinds(kinds: &[Kind]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut visit = |addr: usize| {
        // SAFETY: `addr` is the start of an allocated, handed-out cell or large object:
        // its constructor has run (nothing is half-built outside an allocation), so its
        // header is valid.
        if kinds.contains(&unsafe { (*(addr as *const Header)).kind }) {
            found.push(addr);
        }
    };
    HEAP.with(|h| {
        let h = h.borrow();
        for blocks in &h.blocks {
            for &bp in blocks {
                // SAFETY: the blocks of a state are live blocks of this heap.
                let b = unsafe { &*bp };
                for w in 0..b.nwords as usize {
                    let mut cells = b.alloc[w] & !b.phantom(w) & !b.unhanded(w);
                    while cells != 0 {
                        let bit = cells.trailing_zeros() as usize;
                        cells &= cells - 1;
                        visit(b.cell_addr(w * 64 + bit));
                    }
                }
            }
        }
        for &bp in &h.large {
            visit(bp as usize + LARGE_FIRST);
        }
    });
    found
}

/// Bytes of the cells of old objects.
pub fn old_bytes() -> usize {
    OLD_BYTES.with(|o| o.get())
}

/// Makes every object young again (a major collection is starting).
pub fn forget_old() {
    HEAP.with(|h| {
        for blocks in &h.borrow().blocks {
            for &bp in blocks {
                // SAFETY: the blocks of a state are live blocks of this heap; no reference
                // to their headers is live during a collection.
                unsafe { (*bp).old = [0; WORDS] };
            }
        }
    });
    OLD_BYTES.with(|o| o.set(0));
}

/// Looks up addresses that may point into heap objects (conservative roots).
pub struct Finder<'a> {
    heap: &'a Heap,
}

impl Finder<'_> {
    /// The start of the allocated object that `word` points into (or at), if any.
    #[inline]
    pub fn find(&self, word: usize) -> Option<usize> {
        if word < self.heap.lo || word >= self.heap.hi {
            return None;
        }
        let region = *self.heap.map.get(&(word & BLOCK_MASK))?;
        // SAFETY: the map only holds the starts of live blocks and large regions.
        let b = unsafe { &*(region as *const Block) };
        if b.is_large() {
            let obj = region + LARGE_FIRST;
            return (word >= obj && word < obj + b.large_size).then_some(obj);
        }
        if word < region + FIRST {
            return None;
        }
        let i = b.cell_index(word);
        if i >= b.ncells as usize {
            return None;
        }
        let allocated = b.alloc[i / 64] & !b.unhanded(i / 64);
        if allocated & (1 << (i % 64)) == 0 {
            return None;
        }
        Some(b.cell_addr(i))
    }
}

/// Runs `f` with a finder over the current heap.
pub fn with_finder<R>(f: impl FnOnce(&Finder) -> R) -> R {
    HEAP.with(|h| f(&Finder { heap: &h.borrow() }))
}

/// True if `addr` is the start of an allocated heap object (for tests and checks).
#[cfg(test)]
pub fn is_allocated(addr: usize) -> bool {
    with_finder(|f| f.find(addr) == Some(addr))
}

/// Frees every allocated object whose mark and old bits are clear (running the destructor of
/// finalizable ones through `finalize`), clears the mark bits, returns empty blocks to the
/// pool (and the pool's excess to the system), and sets the next collection's budget from
/// `live_bytes`, the bytes the mark phase marked. Returns the number of objects freed.
pub fn sweep(finalize: unsafe fn(*mut Header), live_bytes: usize) -> usize {
    // Cells claimed but not handed out are free: clear their alloc bits first.
    let mut unhanded = 0usize;
    for state in 0..NSTATES {
        // SAFETY: only this thread touches its fast states; a state's block is live.
        unsafe {
            let f = &mut *fast(state);
            if f.free != 0 {
                (*f.block).alloc[f.word] &= !f.free;
                unhanded += f.free.count_ones() as usize * f.size;
                f.free = 0;
            }
        }
    }
    let mut freed = 0usize;
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let h = &mut *h;
        h.allocated_total += (h.claimed - unhanded) as u64;
        for state in 0..NSTATES {
            let mut kept = Vec::with_capacity(h.blocks[state].len());
            for &bp in &h.blocks[state] {
                // SAFETY: the blocks of a state are live blocks of this heap, and nothing
                // else refers to their headers during the sweep.
                let b = unsafe { &mut *bp };
                let (mut any, mut full) = (0u64, true);
                for w in 0..b.nwords as usize {
                    let phantom = b.phantom(w);
                    let m = b.mark[w] | b.old[w];
                    freed += (b.alloc[w] & !phantom & !m).count_ones() as usize;
                    if b.finalizable() {
                        let mut dead = b.alloc[w] & !phantom & !m;
                        while dead != 0 {
                            let bit = dead.trailing_zeros() as usize;
                            dead &= dead - 1;
                            // SAFETY: the cell holds an allocated object that the mark
                            // phase found unreachable; it is finalized exactly once, here.
                            unsafe { finalize(b.cell_addr(w * 64 + bit) as *mut Header) };
                        }
                    }
                    b.alloc[w] = m | phantom;
                    b.survived[w] = m;
                    b.mark[w] = 0;
                    any |= m;
                    full &= m | phantom == u64::MAX;
                }
                b.full = full as u32;
                if any == 0 {
                    h.pool.push(bp);
                } else {
                    kept.push(bp);
                }
            }
            h.blocks[state] = kept;
            h.cursor[state] = 0;
        }
        let mut large = Vec::with_capacity(h.large.len());
        for bp in std::mem::take(&mut h.large) {
            // SAFETY: `bp` is a live large region of this heap.
            let b = unsafe { &mut *bp };
            if b.large_mark != 0 {
                b.large_mark = 0;
                large.push(bp);
            } else {
                freed += 1;
                let region = bp as usize;
                // SAFETY: the object is unreachable; finalized once, then unmapped.
                unsafe { finalize((region + LARGE_FIRST) as *mut Header) };
                let len = b.large_len;
                h.remove_mapping(region, len);
                unmap(region, len);
            }
        }
        h.large = large;
        // The next collection is due when the heap has grown by half (as Boehm GC's
        // default divisor does, roughly), and never before `MIN_HEAP` more bytes: a small
        // long-lived structure must not be re-marked every few megabytes. Keep as many
        // empty blocks as that may fill; return the rest to the system.
        h.budget = (live_bytes / 2).max(gc::MIN_HEAP);
        let keep = h.budget / BLOCK_SIZE + 1;
        while h.pool.len() > keep {
            if let Some(bp) = h.pool.pop() {
                h.remove_mapping(bp as usize, BLOCK_SIZE);
                unmap(bp as usize, BLOCK_SIZE);
            }
        }
        h.claimed = 0;
    });
    FAST.with(|f| {
        // SAFETY: only this thread touches its fast states; the sweep may have moved
        // their blocks to the pool, so every state starts over.
        unsafe { *f.get() = [FAST_INIT; NSTATES] };
    });
    freed
}

/// Figures for `CLOSC_GC_STATS` and tests.
pub struct HeapStats {
    /// Bytes of objects allocated since the start (cell sizes).
    pub allocated: u64,
    /// Largest amount of memory mapped for the heap at any time.
    pub peak_mapped: usize,
    /// Memory mapped now.
    #[cfg_attr(not(test), allow(dead_code))]
    pub mapped: usize,
}

pub fn stats() -> HeapStats {
    let mut unhanded = 0u64;
    for state in 0..NSTATES {
        // SAFETY: only this thread touches its fast states.
        let f = unsafe { &*fast(state) };
        unhanded += f.free.count_ones() as u64 * f.size as u64;
    }
    HEAP.with(|h| {
        let h = h.borrow();
        HeapStats {
            allocated: h.allocated_total + h.claimed as u64 - unhanded,
            peak_mapped: h.peak_mapped,
            mapped: h.mapped,
        }
    })
}

// ---------------------------------------------------------------------------------------
// Memory that objects own outside the heap (list buffers, dict tables, big-int digits) is
// allocated by Rust's allocator. Counting it lets a program that drops big lists collect
// as soon as their buffers pile up, although the list objects themselves are small.

thread_local! {
    /// Bytes currently allocated through Rust's allocator by this thread (the runtime's
    /// one; unit tests run on several). A thread's own counter needs no locked
    /// read-modify-write, which cost more than the rest of an allocation.
    static RUST_LIVE: Cell<usize> = const { Cell::new(0) };
}
/// The most `RUST_LIVE` has been (for `CLOSC_GC_STATS`).
static RUST_PEAK: AtomicUsize = AtomicUsize::new(0);
/// Request a collection when `RUST_LIVE` exceeds this.
static RUST_TRIGGER: AtomicUsize = AtomicUsize::new(gc::MIN_HEAP);

/// Rust's global allocator for the runtime: mimalloc for the many small and medium blocks,
/// the system allocator for huge ones, counting bytes.
struct CountingAlloc;

/// mimalloc's blocks are all aligned to this, so smaller alignments need not be asked for.
const MIMALLOC_ALIGNMENT: usize = 16;

/// mimalloc, through its plain entry points when the alignment allows.
struct Mimalloc;

// SAFETY: each method passes the request to the mimalloc function of the same contract
// (`mi_malloc` and the others return blocks aligned to `MIMALLOC_ALIGNMENT`; `mi_free`
// frees blocks of either kind).
unsafe impl GlobalAlloc for Mimalloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= MIMALLOC_ALIGNMENT {
            return libmimalloc_sys::mi_malloc(layout.size()).cast();
        }
        libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= MIMALLOC_ALIGNMENT {
            return libmimalloc_sys::mi_zalloc(layout.size()).cast();
        }
        libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MIMALLOC_ALIGNMENT {
            return libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast();
        }
        libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
    }
}

static MIMALLOC: Mimalloc = Mimalloc;

/// Blocks from this size on come from the system allocator. mimalloc reserves address space
/// without backing it (`MAP_NORESERVE`), so an allocation no machine could hold (`[0] *
/// 2**40`) succeeds there and the program dies filling it; glibc refuses it, and the
/// runtime raises `MemoryError` as CPython does.
const HUGE: usize = 64 << 20;

/// Evaluates `$call` with `$alloc` bound to the allocator that serves blocks of `$size`
/// bytes (the same for a block's whole life, since `dealloc` and `realloc` are given the
/// size it was allocated with). A macro, so that both calls are direct: a function
/// returning `&dyn GlobalAlloc` left an indirect call on every allocation.
macro_rules! backing {
    ($size:expr, $alloc:ident => $call:expr) => {
        if $size >= HUGE {
            let $alloc = &std::alloc::System;
            $call
        } else {
            let $alloc = &MIMALLOC;
            $call
        }
    };
}

// The peak and the trigger are read and written plainly: the runtime allocates on one
// thread, and a lost update could only skew a statistic.
#[inline]
fn grew(bytes: usize) {
    let live = RUST_LIVE.with(|l| {
        l.set(l.get() + bytes);
        l.get()
    });
    if live > RUST_PEAK.load(Ordering::Relaxed) {
        RUST_PEAK.store(live, Ordering::Relaxed);
    }
    if live > RUST_TRIGGER.load(Ordering::Relaxed) {
        gc::request();
    }
}

#[inline]
fn shrank(bytes: usize) {
    // A block freed by another thread than its allocator's (only in unit tests) could take
    // a counter below zero.
    RUST_LIVE.with(|l| l.set(l.get().saturating_sub(bytes)));
}

// SAFETY: every block is allocated, resized and freed by the allocator `backing!` picks for
// its size; a resize across `HUGE` moves the block from one to the other. The counters
// have no effect on the memory returned.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = backing!(layout.size(), a => a.alloc(layout));
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = backing!(layout.size(), a => a.alloc_zeroed(layout));
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        backing!(layout.size(), a => a.dealloc(ptr, layout));
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        let p = if (old >= HUGE) == (new_size >= HUGE) {
            backing!(old, a => a.realloc(ptr, layout, new_size))
        } else {
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            let p = backing!(new_size, a => a.alloc(new_layout));
            if !p.is_null() {
                std::ptr::copy_nonoverlapping(ptr, p, old.min(new_size));
                backing!(old, a => a.dealloc(ptr, layout));
            }
            p
        };
        if !p.is_null() {
            if new_size >= old {
                grew(new_size - old);
            } else {
                shrank(old - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// Counts `bytes` of memory the runtime took from the system without Rust's allocator
/// as Rust-owned memory, toward the next collection (see `discharge`).
pub fn charge(bytes: usize) {
    grew(bytes);
}

/// Undoes `charge(bytes)`, the memory having gone back to the system.
pub fn discharge(bytes: usize) {
    shrank(bytes);
}

/// Bytes currently allocated through Rust's allocator.
pub fn rust_live() -> usize {
    RUST_LIVE.with(Cell::get)
}

/// The most bytes allocated through Rust's allocator at any time so far.
pub fn rust_peak() -> usize {
    RUST_PEAK.load(Ordering::Relaxed)
}

/// After a collection: the next one is due when Rust-owned memory doubles (or grows by the
/// minimum budget).
pub fn reset_rust_trigger() {
    let live = rust_live();
    RUST_TRIGGER.store(live + live.max(gc::MIN_HEAP), Ordering::Relaxed);
}
