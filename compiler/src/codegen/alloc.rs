//! Inline allocation: the allocator's fast path for floats, cells, small tuples, closures.

use super::FunctionCx;
use crate::ir::Operand;
use closc_abi::{cell, code, fast_state, float, function, kind, tuple};
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value};

impl<'m, 'f> FunctionCx<'m, 'f> {
    /// A new float object holding `x`. The allocator's fast path is inline (no call, so no
    /// float register is spilled); the runtime allocates when it cannot be taken.
    pub(super) fn box_float(&mut self, x: Value) -> Value {
        self.one_field_object(kind::FLOAT, x, "rt_float_new")
    }

    /// A new 16-byte object of kind `kind` whose one field (at offset 8, after the header)
    /// is `field`: allocated inline, or by the runtime's `constructor(field)` when the fast
    /// path cannot be taken.
    pub(super) fn one_field_object(
        &mut self,
        kind: u32,
        field: Value,
        constructor: &'static str,
    ) -> Value {
        const _: () = assert!(float::VALUE == 8 && cell::VALUE == 8);
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let runtime = self.b.create_block();
        let object = self.allocate_inline(16, kind, runtime);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), field, object, 8);
        self.b.ins().jump(merge, &[BlockArg::Value(object)]);
        self.b.switch_to_block(runtime);
        let made = self.call_rt(constructor, &[field]);
        self.b.ins().jump(merge, &[BlockArg::Value(made)]);
        self.b.switch_to_block(merge);
        result
    }

    /// A new tuple of a few items, allocated inline like floats.
    pub(super) fn small_tuple(&mut self, items: &[Operand]) -> Value {
        let values: Vec<Value> = items.iter().map(|item| self.operand(item)).collect();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let runtime = self.b.create_block();
        let size = tuple::ITEMS as usize + 8 * values.len();
        let cell = self.allocate_inline(size, kind::TUPLE, runtime);
        let trusted = MemFlagsData::trusted();
        let length = self.b.ins().iconst(I64, values.len() as i64);
        self.b.ins().store(trusted, length, cell, tuple::LEN);
        for (i, &value) in values.iter().enumerate() {
            let offset = tuple::ITEMS + 8 * i as i32;
            self.b.ins().store(trusted, value, cell, offset);
        }
        self.b.ins().jump(merge, &[BlockArg::Value(cell)]);
        self.b.switch_to_block(runtime);
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, values.len() as i64);
        let tuple = self.call_rt("rt_tuple_new", &[pointer, count]);
        self.release_array();
        self.b.ins().jump(merge, &[BlockArg::Value(tuple)]);
        self.b.switch_to_block(merge);
        result
    }

    /// A new function object for `code` with no defaults and the closure entries `closure`,
    /// allocated inline like floats (what `rt_function_new` makes).
    pub(super) fn closure_inline(&mut self, code: Value, closure: &[Operand]) -> Value {
        let entries: Vec<Value> = closure.iter().map(|c| self.operand(c)).collect();
        let trusted = MemFlagsData::trusted();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let runtime = self.b.create_block();
        let size = function::CELLS as usize + 8 * entries.len();
        let function = self.allocate_inline(size, kind::FUNCTION, runtime);
        let entry = self.b.ins().load(I64, trusted, code, code::ENTRY);
        let arity = self.b.ins().load(I64, trusted, code, code::DIRECT_ARITY);
        let zero = self.b.ins().iconst(I64, 0);
        let count = self.b.ins().iconst(I64, entries.len() as i64);
        let fields = [
            (function::ENTRY, entry),
            (function::DIRECT_ARITY, arity),
            (function::CODE, code),
            (function::DEFAULTS, zero),
            (function::EXTRAS, zero),
            (function::NCELLS, count),
        ];
        for (offset, value) in fields {
            self.b.ins().store(trusted, value, function, offset);
        }
        for (i, &value) in entries.iter().enumerate() {
            let offset = function::CELLS + 8 * i as i32;
            self.b.ins().store(trusted, value, function, offset);
        }
        self.b.ins().jump(merge, &[BlockArg::Value(function)]);
        self.b.switch_to_block(runtime);
        let no_defaults = self.small(0);
        let made = self.function_new(code, no_defaults, no_defaults, &entries);
        self.b.ins().jump(merge, &[BlockArg::Value(made)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `rt_function_new`: a new function object for `code` with these defaults (0: none)
    /// and closure entries.
    pub(super) fn function_new(
        &mut self,
        code: Value,
        defaults: Value,
        kwdefaults: Value,
        entries: &[Value],
    ) -> Value {
        let (cells, count) = if entries.is_empty() {
            (self.small(0), self.small(0))
        } else {
            let count = self.small(entries.len() as i64);
            (self.array(entries), count)
        };
        self.checked(
            "rt_function_new",
            &[code, defaults, kwdefaults, cells, count],
        )
    }

    /// The allocator's fast path for a `size`-byte object of kind `kind` without finalizer
    /// (see `closc_fast_states`): the address of a fresh cell with its header written, or a
    /// jump to `runtime` (made cold) when the state's current bitmap word has no free cell.
    fn allocate_inline(&mut self, size: usize, kind: u32, runtime: Block) -> Value {
        debug_assert!(
            size.is_multiple_of(8)
                && (fast_state::MIN_OBJECT_SIZE..=fast_state::MAX_OBJECT_SIZE).contains(&size)
        );
        let trusted = MemFlagsData::trusted();
        let states_address = self.data_address(self.statics.fast_states);
        let states = self.b.ins().load(I64, trusted, states_address, 0);
        let state_index = fast_state::index(size);
        let state = self
            .b
            .ins()
            .iadd_imm_s(states, (state_index * fast_state::SIZE) as i64);
        let free = self.b.ins().load(I64, trusted, state, fast_state::FREE);
        let inline = self.b.create_block();
        self.b.set_cold_block(runtime);
        self.b.ins().brif(free, inline, &[], runtime, &[]);
        self.b.switch_to_block(inline);
        let bit = self.b.ins().ctz(free);
        let below = self.b.ins().iadd_imm_s(free, -1);
        let rest = self.b.ins().band(free, below);
        self.b.ins().store(trusted, rest, state, fast_state::FREE);
        let block = self.b.ins().load(I64, trusted, state, fast_state::BLOCK);
        let offset = self.b.ins().load(I64, trusted, state, fast_state::OFFSET);
        let word_start = self.b.ins().iadd(block, offset);
        let cell_offset = self.b.ins().imul_imm_s(bit, size as i64);
        let cell = self.b.ins().iadd(word_start, cell_offset);
        let header = self.b.ins().iconst(I64, i64::from(kind));
        self.b.ins().store(trusted, header, cell, 0);
        cell
    }
}
