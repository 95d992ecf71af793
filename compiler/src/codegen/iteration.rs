//! Loops: `for` over ranges, lists, tuples and ASCII strs in registers, inline `next()`, safepoints.

use super::FunctionCx;
use crate::ir::{self, Operand};
use closc_abi::{header, kind, list, marker, range_iterator, sequence_iterator, str, tuple};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::{FunctionBuilder, Variable};

/// The number of values of a range whose `stop - start` has magnitude `distance` in the
/// step's direction and whose step has magnitude `stride` (positive): `ceil(distance /
/// stride)` when `distance` is positive, else 0.
pub(super) fn range_count(b: &mut FunctionBuilder, distance: Value, stride: Value) -> Value {
    let zero = b.ins().iconst(I64, 0);
    let empty = b
        .ins()
        .icmp_imm_s(IntCC::SignedLessThanOrEqual, distance, 0);
    let below = b.ins().iadd_imm_s(distance, -1);
    let whole_strides = b.ins().udiv(below, stride);
    let values_left = b.ins().iadd_imm_s(whole_strides, 1);
    b.ins().select(empty, zero, values_left)
}

/// A forward iterator over a list or tuple held in variables: the sequence and the index
/// of the next item.
#[derive(Clone, Copy)]
pub(super) struct SequenceLoop {
    sequence: Variable,
    position: Variable,
}

impl SequenceLoop {
    /// The variables holding the sequence and the index of its next item.
    pub(super) fn variables(&self) -> (Variable, Variable) {
        (self.sequence, self.position)
    }
}

/// A range iterator over machine ints held in variables: the next value (untagged), how
/// many values are left, and the step.
#[derive(Clone, Copy)]
pub(super) struct RangeLoop {
    pub(super) next: Variable,
    pub(super) remaining: Variable,
    pub(super) step: Variable,
}

impl<'m, 'f> FunctionCx<'m, 'f> {
    /// Lets the collector run if it asked to, at every loop iteration.
    pub(super) fn gc_safepoint(&mut self) {
        let flag_address = self.data_address(self.statics.gc_requested);
        let requested = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), flag_address, 0);
        let collect = self.b.create_block();
        let continue_block = self.b.create_block();
        self.b.set_cold_block(collect);
        self.b
            .ins()
            .brif(requested, collect, &[], continue_block, &[]);
        self.b.switch_to_block(collect);
        let id = self.cx.runtime_function("rt_gc_safepoint");
        let callee = self.cx.func_ref(id, self.b.func);
        self.b.ins().call(callee, &[]);
        self.b.ins().jump(continue_block, &[]);
        self.b.switch_to_block(continue_block);
    }

    /// `iter(callee(*args))`: when the callee is the builtin `range` and the arguments are
    /// small ints with a non-zero step, no object is made: the state goes into the
    /// iterator's `RangeLoop` variables and the temp gets `marker::RANGE_IN_REGISTERS`.
    pub(super) fn codegen_iter_range(
        &mut self,
        iterator: ir::Temp,
        callee: &Operand,
        range: ir::ConstId,
        args: &[Operand],
    ) -> Value {
        let state = RangeLoop {
            next: self.b.declare_var(I64),
            remaining: self.b.declare_var(I64),
            step: self.b.declare_var(I64),
        };
        self.range_loops.insert(iterator, state);
        let callee_value = self.operand(callee);
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let builtin_range = self.load_const(range as usize);
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        self.b.set_cold_block(general);
        let is_range = self.b.ins().icmp(IntCC::Equal, callee_value, builtin_range);
        let is_range = self.b.ins().uextend(I64, is_range);
        let all_small = values
            .iter()
            .fold(is_range, |acc, &v| self.b.ins().band(acc, v));
        let small = self.b.create_block();
        self.b.ins().brif(all_small, small, &[], general, &[]);
        self.b.switch_to_block(small);
        let untag = |fx: &mut Self, v: Value| fx.b.ins().sshr_imm_s(v, 1);
        let (start, stop, step) = match values[..] {
            [stop] => (
                self.b.ins().iconst(I64, 0),
                untag(self, stop),
                self.b.ins().iconst(I64, 1),
            ),
            [start, stop] => (
                untag(self, start),
                untag(self, stop),
                self.b.ins().iconst(I64, 1),
            ),
            [start, stop, step] => (untag(self, start), untag(self, stop), untag(self, step)),
            _ => unreachable!("lowering makes IterRange with one to three arguments"),
        };
        let nonzero_step = self.b.create_block();
        self.b.ins().brif(step, nonzero_step, &[], general, &[]);
        self.b.switch_to_block(nonzero_step);
        // The number of values: ceil((stop - start) / step) when that is positive. The
        // operands are small ints, so no difference or sum here overflows.
        let upward = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let span = self.b.ins().isub(stop, start);
        let negated_span = self.b.ins().ineg(span);
        let distance = self.b.ins().select(upward, span, negated_span);
        let negated_step = self.b.ins().ineg(step);
        let stride = self.b.ins().select(upward, step, negated_step);
        let count = range_count(&mut self.b, distance, stride);
        self.b.def_var(state.next, start);
        self.b.def_var(state.remaining, count);
        self.b.def_var(state.step, step);
        let marker = self.b.ins().iconst(I64, marker::RANGE_IN_REGISTERS);
        self.b.ins().jump(merge, &[BlockArg::Value(marker)]);
        self.b.switch_to_block(general);
        let iterable = self.codegen_call(callee, args);
        let object = self.checked("rt_iter", &[iterable]);
        let zero = self.b.ins().iconst(I64, 0);
        for variable in [state.next, state.remaining, state.step] {
            self.b.def_var(variable, zero);
        }
        self.b.ins().jump(merge, &[BlockArg::Value(object)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `iter(iterable)` for a `for` loop: a list, a tuple or an ASCII str whose text is
    /// its own (not shared) goes into the iterator's `SequenceLoop` variables and the temp
    /// gets `marker::SEQUENCE_IN_REGISTERS`; anything else gets an iterator object.
    pub(super) fn codegen_iter_loop(&mut self, iterator: ir::Temp, iterable: &Operand) -> Value {
        let state = SequenceLoop {
            sequence: self.b.declare_var(I64),
            position: self.b.declare_var(I64),
        };
        self.sequence_loops.insert(iterator, state);
        let iterable = self.operand(iterable);
        let is_object = self.b.create_block();
        let not_list = self.b.create_block();
        let sequence = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let tag = self.b.ins().band_imm_s(iterable, 7);
        self.b.ins().brif(tag, general, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        let kind = self
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), iterable, header::KIND);
        let is_list = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, i64::from(kind::LIST));
        self.b.ins().brif(is_list, sequence, &[], not_list, &[]);
        self.b.switch_to_block(not_list);
        let is_tuple = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, i64::from(kind::TUPLE));
        let not_tuple = self.b.create_block();
        self.b.ins().brif(is_tuple, sequence, &[], not_tuple, &[]);
        self.b.switch_to_block(not_tuple);
        let is_str = self.b.create_block();
        let str_kind = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, i64::from(kind::STR));
        self.b.ins().brif(str_kind, is_str, &[], general, &[]);
        self.b.switch_to_block(is_str);
        let trusted = MemFlagsData::trusted();
        let nbytes = self.b.ins().load(I64, trusted, iterable, str::NBYTES);
        let nchars = self.b.ins().load(I64, trusted, iterable, str::NCHARS);
        let own_ascii = self.b.ins().icmp(IntCC::Equal, nbytes, nchars);
        self.b.ins().brif(own_ascii, sequence, &[], general, &[]);
        self.b.switch_to_block(sequence);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.def_var(state.sequence, iterable);
        self.b.def_var(state.position, zero);
        let marker = self.b.ins().iconst(I64, marker::SEQUENCE_IN_REGISTERS);
        self.b.ins().jump(merge, &[BlockArg::Value(marker)]);
        self.b.switch_to_block(general);
        let object = self.checked("rt_iter", &[iterable]);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.def_var(state.sequence, zero);
        self.b.def_var(state.position, zero);
        self.b.ins().jump(merge, &[BlockArg::Value(object)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `next()` of the iterator an `Op::IterLoop` made: the item at the index while the
    /// list or tuple (whose length is read each time, as a list iterator does) has one,
    /// else `marker::ITER_DONE`; for an ASCII str, the shared str of the character at the
    /// index.
    pub(super) fn codegen_sequence_next(&mut self, iterator: ir::Temp) -> Value {
        let state = self.sequence_loops[&iterator];
        self.next_from_registers(iterator, marker::SEQUENCE_IN_REGISTERS, |fx, merge| {
            let trusted = MemFlagsData::trusted();
            let sequence = fx.b.use_var(state.sequence);
            let position = fx.b.use_var(state.position);
            let done = fx.b.ins().iconst(I64, marker::ITER_DONE);
            let kind = fx.b.ins().uload32(trusted, sequence, header::KIND);
            let text = fx.b.create_block();
            let items = fx.b.create_block();
            let is_str =
                fx.b.ins()
                    .icmp_imm_s(IntCC::Equal, kind, i64::from(kind::STR));
            fx.b.ins().brif(is_str, text, &[], items, &[]);
            fx.b.switch_to_block(text);
            let has_char = fx.b.create_block();
            let length = fx.b.ins().load(I64, trusted, sequence, str::NCHARS);
            let left = fx.b.ins().icmp(IntCC::UnsignedLessThan, position, length);
            fx.b.ins()
                .brif(left, has_char, &[], merge, &[BlockArg::Value(done)]);
            fx.b.switch_to_block(has_char);
            let address = fx.b.ins().iadd(sequence, position);
            let byte = fx.b.ins().uload8(I64, trusted, address, str::TEXT);
            let offset = fx.b.ins().ishl_imm_s(byte, 3);
            let table = fx.data_address(fx.statics.ascii_chars);
            let entry = fx.b.ins().iadd(table, offset);
            let item = fx.b.ins().load(I64, trusted, entry, 0);
            let following = fx.b.ins().iadd_imm_s(position, 1);
            fx.b.def_var(state.position, following);
            fx.b.ins().jump(merge, &[BlockArg::Value(item)]);
            fx.b.switch_to_block(items);
            // A list or a tuple: both keep their length at the same offset, and their
            // items at the address stored at (list) or starting at (tuple) the same offset.
            const _: () = assert!(list::LEN == tuple::LEN && list::DATA == tuple::ITEMS);
            let has_next = fx.b.create_block();
            let is_list =
                fx.b.ins()
                    .icmp_imm_s(IntCC::Equal, kind, i64::from(kind::LIST));
            let length = fx.b.ins().load(I64, trusted, sequence, list::LEN);
            let list_items = fx.b.ins().load(I64, trusted, sequence, list::DATA);
            let tuple_items = fx.b.ins().iadd_imm_s(sequence, i64::from(tuple::ITEMS));
            let items = fx.b.ins().select(is_list, list_items, tuple_items);
            let left = fx.b.ins().icmp(IntCC::UnsignedLessThan, position, length);
            fx.b.ins()
                .brif(left, has_next, &[], merge, &[BlockArg::Value(done)]);
            fx.b.switch_to_block(has_next);
            let offset = fx.b.ins().ishl_imm_s(position, 3);
            let address = fx.b.ins().iadd(items, offset);
            let item = fx.b.ins().load(I64, trusted, address, 0);
            let following = fx.b.ins().iadd_imm_s(position, 1);
            fx.b.def_var(state.position, following);
            fx.b.ins().jump(merge, &[BlockArg::Value(item)]);
        })
    }

    /// `next()` of the iterator an `Op::IterRange` made, from its variables.
    pub(super) fn codegen_range_next(&mut self, iterator: ir::Temp) -> Value {
        let state = self.range_loops[&iterator];
        self.next_from_registers(iterator, marker::RANGE_IN_REGISTERS, |fx, merge| {
            let has_next = fx.b.create_block();
            let remaining = fx.b.use_var(state.remaining);
            let done = fx.b.ins().iconst(I64, marker::ITER_DONE);
            fx.b.ins()
                .brif(remaining, has_next, &[], merge, &[BlockArg::Value(done)]);
            fx.b.switch_to_block(has_next);
            let next = fx.b.use_var(state.next);
            let step = fx.b.use_var(state.step);
            let following = fx.b.ins().iadd(next, step);
            fx.b.def_var(state.next, following);
            let left = fx.b.ins().iadd_imm_s(remaining, -1);
            fx.b.def_var(state.remaining, left);
            let doubled = fx.b.ins().ishl_imm_s(next, 1);
            let tagged = fx.b.ins().bor_imm_s(doubled, 1);
            fx.b.ins().jump(merge, &[BlockArg::Value(tagged)]);
        })
    }

    /// `next()` of a loop's iterator temp that holds `marker` while its state lives in
    /// variables: `inline` emits that case, ending in jumps to the block it is given with
    /// the item or `marker::ITER_DONE`; an iterator object goes through `codegen_next`.
    fn next_from_registers(
        &mut self,
        iterator: ir::Temp,
        marker: i64,
        inline: impl FnOnce(&mut Self, Block),
    ) -> Value {
        let value = self.b.use_var(self.temps[iterator as usize]);
        let in_registers = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let is_object = self.b.ins().icmp_imm_s(IntCC::NotEqual, value, marker);
        self.b
            .ins()
            .brif(is_object, general, &[], in_registers, &[]);
        self.b.switch_to_block(in_registers);
        inline(self, merge);
        self.b.set_cold_block(general);
        self.b.switch_to_block(general);
        let object = self.codegen_next(&Operand::Temp(iterator));
        self.b.ins().jump(merge, &[BlockArg::Value(object)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `next()` of a range iterator over small ints, and of a forward iterator over a list
    /// or tuple that has an item left, is inline; other iterators go to the runtime (which
    /// also finishes list and tuple iterators).
    pub(super) fn codegen_next(&mut self, iterator: &Operand) -> Value {
        let iterator = self.operand(iterator);
        let load = |fx: &mut Self, offset| {
            fx.b.ins()
                .load(I64, MemFlagsData::trusted(), iterator, offset)
        };
        let is_object = self.b.create_block();
        let not_range = self.b.create_block();
        let small_range = self.b.create_block();
        let has_next = self.b.create_block();
        let produce = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let tag = self.b.ins().band_imm_s(iterator, 7);
        self.b.ins().brif(tag, general, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        let kind = self
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), iterator, header::KIND);
        let is_range = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, i64::from(kind::RANGE_ITERATOR));
        self.b
            .ins()
            .brif(is_range, small_range, &[], not_range, &[]);
        self.b.switch_to_block(not_range);
        let sequence_iterator = self.b.create_block();
        let forward_sequence = self.b.create_block();
        let other_kind =
            self.b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, kind, i64::from(kind::SEQUENCE_ITERATOR));
        self.b
            .ins()
            .brif(other_kind, general, &[], sequence_iterator, &[]);
        self.b.switch_to_block(sequence_iterator);
        let reverse = self.b.ins().uload8(
            I32,
            MemFlagsData::trusted(),
            iterator,
            sequence_iterator::REVERSE,
        );
        self.b
            .ins()
            .brif(reverse, general, &[], forward_sequence, &[]);
        self.b.switch_to_block(forward_sequence);
        let sequence = load(self, sequence_iterator::SEQUENCE);
        let sequence_kind = self
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), sequence, header::KIND);
        let (length, items) = self.sequence_items(sequence, sequence_kind, true, general);
        let position = load(self, sequence_iterator::POSITION);
        let item_left = self.b.create_block();
        let finished = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, position, length);
        self.b.ins().brif(finished, general, &[], item_left, &[]);
        self.b.switch_to_block(item_left);
        let offset = self.b.ins().ishl_imm_s(position, 3);
        let address = self.b.ins().iadd(items, offset);
        let item = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
        let following = self.b.ins().iadd_imm_s(position, 1);
        self.b.ins().store(
            MemFlagsData::trusted(),
            following,
            iterator,
            sequence_iterator::POSITION,
        );
        self.b.ins().jump(merge, &[BlockArg::Value(item)]);
        self.b.switch_to_block(small_range);
        let big = load(self, range_iterator::BIG);
        self.b.ins().brif(big, general, &[], has_next, &[]);
        self.b.switch_to_block(has_next);
        let remaining = load(self, range_iterator::REMAINING);
        let done = self.small(marker::ITER_DONE);
        let exhausted = self.b.ins().icmp_imm_s(IntCC::Equal, remaining, 0);
        self.b
            .ins()
            .brif(exhausted, merge, &[BlockArg::Value(done)], produce, &[]);
        self.b.switch_to_block(produce);
        let next = load(self, range_iterator::NEXT);
        let doubled = self.b.ins().ishl_imm_s(next, 1);
        let back = self.b.ins().sshr_imm_s(doubled, 1);
        let beyond = self.b.ins().icmp(IntCC::NotEqual, back, next);
        let advance = self.b.create_block();
        self.b.ins().brif(beyond, general, &[], advance, &[]);
        self.b.switch_to_block(advance);
        let step = load(self, range_iterator::STEP);
        let following = self.b.ins().iadd(next, step);
        self.b.ins().store(
            MemFlagsData::trusted(),
            following,
            iterator,
            range_iterator::NEXT,
        );
        let left = self.b.ins().iadd_imm_s(remaining, -1);
        self.b.ins().store(
            MemFlagsData::trusted(),
            left,
            iterator,
            range_iterator::REMAINING,
        );
        let tagged = self.b.ins().bor_imm_s(doubled, 1);
        self.b.ins().jump(merge, &[BlockArg::Value(tagged)]);
        self.b.switch_to_block(general);
        let value = self.checked("rt_next", &[iterator]);
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }
}
