//! Helpers of every construct: runtime calls, operands, constants, stack arrays, kind tests.

use super::FunctionCx;
use crate::ir::{self, Operand};
use closc_abi::header;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{
    Block, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, Value,
};
use cranelift_module::DataId;

impl<'m, 'f> FunctionCx<'m, 'f> {
    pub(super) fn call_rt(&mut self, name: &'static str, args: &[Value]) -> Value {
        let id = self.cx.runtime_function(name);
        let callee = self.cx.func_ref(id, self.b.func);
        let call = self.b.ins().call(callee, args);
        self.b.inst_results(call)[0]
    }

    /// After a jump, code for the rest of the statement list goes into a block nothing reaches.
    pub(super) fn start_unreachable_block(&mut self) {
        let block = self.b.create_block();
        self.b.switch_to_block(block);
    }

    pub(super) fn data_address(&mut self, data: DataId) -> Value {
        let gv = self.cx.data_ref(data, self.b.func);
        self.b.ins().symbol_value(I64, gv)
    }

    pub(super) fn load_const(&mut self, index: usize) -> Value {
        let table = self.data_address(self.statics.consts);
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), table, (index * 8) as i32)
    }

    pub(super) fn operand(&mut self, operand: &Operand) -> Value {
        match operand {
            Operand::Temp(t) => self.b.use_var(self.temps[*t as usize]),
            Operand::Const(c) => self.load_const(*c as usize),
            Operand::Int(n) => self.b.ins().iconst(I64, (n << 1) | 1),
            Operand::None => self.data_address(self.statics.none),
            Operand::True => self.data_address(self.statics.true_),
            Operand::False => self.data_address(self.statics.false_),
        }
    }

    pub(super) fn optional(&mut self, operand: &Option<Operand>) -> Value {
        match operand {
            Some(operand) => self.operand(operand),
            None => self.b.ins().iconst(I64, 0),
        }
    }

    /// Stores values in a fresh stack array and returns its address.
    pub(super) fn array(&mut self, values: &[Value]) -> Value {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (values.len().max(1) * 8) as u32,
            3,
        ));
        for (i, &v) in values.iter().enumerate() {
            self.b.ins().stack_store(I64, v, slot, (i * 8) as i32);
        }
        self.arrays.push((slot, values.len()));
        self.b.ins().stack_addr(I64, slot, 0)
    }

    pub(super) fn operands_array(&mut self, operands: &[Operand]) -> (Value, Value) {
        let values: Vec<Value> = operands.iter().map(|o| self.operand(o)).collect();
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, operands.len() as i64);
        (pointer, count)
    }

    pub(super) fn small(&mut self, n: i64) -> Value {
        self.b.ins().iconst(I64, n)
    }

    pub(super) fn op_code(&mut self, code: i64) -> Value {
        self.b.ins().iconst(I32, code)
    }

    /// The runtime number of the function's module (its index among the registered ones).
    pub(super) fn module_number(&mut self) -> Value {
        let position = self.small(i64::from(self.module_index));
        let Some(base) = self.statics.module_base else {
            return position;
        };
        let address = self.data_address(base);
        let base = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
        self.b.ins().iadd(base, position)
    }

    pub(super) fn global_address(&mut self, global: ir::GlobalId) -> (Value, i32) {
        let base = self.data_address(self.statics.globals);
        (base, (global * 8) as i32)
    }

    /// Zeroes the stack arrays the last statement used (see `arrays`).
    pub(super) fn clear_arrays(&mut self) {
        for (slot, len) in std::mem::take(&mut self.arrays) {
            self.zero_array(slot, len);
        }
    }

    fn zero_array(&mut self, slot: StackSlot, len: usize) {
        let zero = self.b.ins().iconst(I64, 0);
        for i in 0..len {
            self.b.ins().stack_store(I64, zero, slot, (i * 8) as i32);
        }
    }

    /// Zeroes the last stack array made, right after the call that used it: the paths
    /// that skip the call never fill it.
    pub(super) fn release_array(&mut self) {
        let (slot, len) = self.arrays.pop().expect("an array was made");
        self.zero_array(slot, len);
    }

    /// Jumps to `matching` when `v` is an object whose header has `kind`, else to
    /// `otherwise` (small ints are not objects).
    pub(super) fn branch_if_kind(
        &mut self,
        v: Value,
        kind: u32,
        matching: Block,
        otherwise: Block,
    ) {
        let object = self.b.create_block();
        let tag = self.b.ins().band_imm_s(v, 7);
        self.b.ins().brif(tag, otherwise, &[], object, &[]);
        self.b.switch_to_block(object);
        let header_kind = self
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), v, header::KIND);
        let other_kind = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, header_kind, i64::from(kind));
        self.b.ins().brif(other_kind, otherwise, &[], matching, &[]);
    }

    /// `True` or `False` for a machine condition.
    pub(super) fn boolean(&mut self, holds: Value) -> Value {
        let true_ = self.data_address(self.statics.true_);
        let false_ = self.data_address(self.statics.false_);
        self.b.ins().select(holds, true_, false_)
    }

    pub(super) fn build(&mut self, name: &'static str, items: &[Operand]) -> Value {
        let (pointer, count) = self.operands_array(items);
        self.checked(name, &[pointer, count])
    }
}
