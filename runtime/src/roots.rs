//! Root registration: the slots (module globals, constant tables) a collector must scan in
//! addition to the native stack.

use crate::value::Value;
use std::cell::RefCell;

/// A registered block of `count` value slots starting at `base`. Nothing reads the blocks
/// until the collector exists (a later issue).
#[allow(dead_code)]
#[derive(Clone, Copy)]
pub struct RootBlock {
    pub base: *mut Value,
    pub count: usize,
}

thread_local! {
    static ROOTS: RefCell<Vec<RootBlock>> = const { RefCell::new(Vec::new()) };
}

pub fn register(base: *mut Value, count: usize) {
    ROOTS.with(|r| r.borrow_mut().push(RootBlock { base, count }));
}

/// The registered root blocks.
#[allow(dead_code)]
pub fn blocks() -> Vec<RootBlock> {
    ROOTS.with(|r| r.borrow().clone())
}
