//! Statements, and the conditions of `if` (branching on a comparison without a bool).

use super::exceptions::unbound_raiser;
use super::{FunctionCx, LabelTargets};
use crate::ir::{self, Cond, Op, Operand, Stmt};
use closc_abi::{cell, kind, marker, tuple};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, InstBuilder, MemFlagsData, SourceLoc, Value};

impl<'m, 'f> FunctionCx<'m, 'f> {
    pub(super) fn codegen_body(&mut self, body: &[Stmt]) {
        for (i, stmt) in body.iter().enumerate() {
            if let Some(t) = self.comparison_for_next_if(stmt, body.get(i + 1)) {
                if let Stmt::Assign(_, op) = stmt {
                    self.pending_comparison = Some((t, op.clone()));
                }
                continue;
            }
            self.codegen_stmt(stmt);
            self.clear_arrays();
        }
    }

    /// The temp of a comparison whose only use is the test of the `if` right after it: that
    /// `if` branches on the comparison itself, with no bool object in between (CPython's
    /// truth test of the result happens at the same point).
    fn comparison_for_next_if(&self, stmt: &Stmt, next: Option<&Stmt>) -> Option<ir::Temp> {
        let t = match stmt {
            Stmt::Assign(t, Op::Compare(op, ..))
                if !matches!(op, ir::CompareOp::In | ir::CompareOp::NotIn) =>
            {
                t
            }
            Stmt::Assign(t, Op::Is { .. }) => t,
            _ => return None,
        };
        if self.temp_uses[*t as usize] != 1 {
            return None;
        }
        let Some(Stmt::If { cond, .. }) = next else {
            return None;
        };
        let mut cond = cond;
        while let Cond::Not(inner) = cond {
            cond = inner;
        }
        matches!(cond, Cond::Truthy(Operand::Temp(u)) if u == t).then_some(*t)
    }

    fn codegen_stmt(&mut self, stmt: &Stmt) {
        if let Some(stackless) = &mut self.stackless {
            stackless.current = stmt;
        }
        match stmt {
            Stmt::Assign(t, op) => {
                let raw_float = self.raw_floats[*t as usize];
                let value = match (op, raw_float) {
                    (Op::Local { local, name }, Some(raw))
                        if self.raw_slots[*local as usize].is_some() =>
                    {
                        let raw_slot = self.raw_slots[*local as usize].expect("checked");
                        let word = self.b.use_var(self.slots[*local as usize]);
                        if !self.always_bound[*local as usize] {
                            self.check_bound(word, "rt_raise_unbound_local", *name);
                        }
                        let float = self.b.use_var(raw_slot);
                        self.b.def_var(raw, float);
                        word
                    }
                    (Op::Binary(o, a, b), Some(raw)) | (Op::InPlace(o, a, b), Some(raw)) => {
                        let runtime = if matches!(op, Op::Binary(..)) {
                            "rt_binary"
                        } else {
                            "rt_inplace"
                        };
                        let (value, float) = self.codegen_arithmetic(runtime, *o, a, b, true);
                        self.b.def_var(raw, float.expect("asked for a raw result"));
                        value
                    }
                    (
                        Op::IterRange {
                            callee,
                            range,
                            args,
                        },
                        _,
                    ) => self.codegen_iter_range(*t, callee, *range, args),
                    (Op::Next(Operand::Temp(iterator)), _)
                        if self.range_loops.contains_key(iterator) =>
                    {
                        self.codegen_range_next(*iterator)
                    }
                    (Op::IterLoop(iterable), _) => self.codegen_iter_loop(*t, iterable),
                    (Op::Next(Operand::Temp(iterator)), _)
                        if self.sequence_loops.contains_key(iterator) =>
                    {
                        self.codegen_sequence_next(*iterator)
                    }
                    _ => self.codegen_op(op),
                };
                self.b.def_var(self.temps[*t as usize], value);
            }
            Stmt::Eval(op) => {
                self.codegen_op(op);
            }
            Stmt::SetLocal(local, Operand::Temp(t))
                if self.raw_slots[*local as usize].is_some()
                    && self.raw_floats[*t as usize].is_some() =>
            {
                let raw_slot = self.raw_slots[*local as usize].expect("checked");
                let raw = self.raw_floats[*t as usize].expect("checked");
                let word = self.b.use_var(self.temps[*t as usize]);
                let float = self.b.use_var(raw);
                self.b.def_var(self.slots[*local as usize], word);
                self.b.def_var(raw_slot, float);
            }
            Stmt::SetLocal(local, value) => {
                let value = self.operand(value);
                self.b.def_var(self.slots[*local as usize], value);
            }
            Stmt::DelLocal { local, name } => {
                let var = self.slots[*local as usize];
                let value = self.b.use_var(var);
                self.check_bound(value, "rt_raise_unbound_local", *name);
                let zero = self.small(0);
                self.b.def_var(var, zero);
            }
            Stmt::CellSet { cell, value } => {
                let cell = self.operand(cell);
                let value = self.operand(value);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), value, cell, cell::VALUE);
            }
            Stmt::CellDel { cell, name, free } => {
                let cell = self.operand(cell);
                let value = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), cell, cell::VALUE);
                self.check_bound(value, unbound_raiser(*free), *name);
                let zero = self.small(0);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), zero, cell, cell::VALUE);
            }
            Stmt::SetGlobal(global, value) => {
                let value = self.operand(value);
                let (base, offset) = self.global_address(*global);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), value, base, offset);
            }
            Stmt::DelGlobal { global, name } => {
                let (base, offset) = self.global_address(*global);
                let value = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), base, offset);
                self.check_bound(value, "rt_raise_name_error", *name);
                let zero = self.small(0);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), zero, base, offset);
            }
            Stmt::SetAttr(object, name, value) => {
                let object = self.operand(object);
                let name = self.load_const(*name as usize);
                let value = self.operand(value);
                self.codegen_setattr(object, name, value);
            }
            Stmt::Line(line) => {
                if self.cx.debug.is_some() {
                    self.b.set_srcloc(SourceLoc::new(*line));
                }
                let line = self.small(i64::from(*line));
                self.b.def_var(self.line, line);
            }
            Stmt::ImportStar(module) => {
                let args = [self.operand(module), self.module_number()];
                self.checked("rt_import_star", &args);
            }
            Stmt::DelAttr(object, name) => {
                let args = [self.operand(object), self.load_const(*name as usize)];
                self.checked("rt_delattr", &args);
            }
            Stmt::SetSlice(object, [start, stop, step], value) => {
                let args = [
                    self.operand(object),
                    self.optional(start),
                    self.optional(stop),
                    self.optional(step),
                    self.operand(value),
                ];
                self.checked("rt_setslice", &args);
            }
            Stmt::SetItem(object, key, value) => {
                let args = [self.operand(object), self.operand(key), self.operand(value)];
                let general = self.b.create_block();
                self.b.set_cold_block(general);
                let done = self.b.create_block();
                let address = self.item_address(args[0], args[1], false, general);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), args[2], address, 0);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(general);
                self.checked("rt_setitem", &args);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Stmt::DelItem(object, key) => {
                let args = [self.operand(object), self.operand(key)];
                self.checked("rt_delitem", &args);
            }
            Stmt::ListAppend(list, value) => self.checked_pair("rt_list_append", list, value),
            Stmt::ListExtend(list, value) => self.checked_pair("rt_list_extend", list, value),
            Stmt::SetAdd(set, value) => self.checked_pair("rt_set_add", set, value),
            Stmt::DictUpdate(dict, value) => self.checked_pair("rt_dict_update", dict, value),
            Stmt::KwargsMerge {
                callee,
                dict,
                mapping,
            } => {
                let args = [
                    self.operand(callee),
                    self.operand(dict),
                    self.operand(mapping),
                ];
                self.checked("rt_kwargs_merge", &args);
            }
            Stmt::Unpack { value, targets } => self.codegen_unpack(value, targets),
            Stmt::UnpackStarred {
                value,
                before,
                targets,
            } => {
                let value = self.operand(value);
                let out = self.array(&vec![value; targets.len()]);
                let before_count = self.small(*before as i64);
                let after_count = self.small((targets.len() as u32 - before - 1) as i64);
                self.checked("rt_unpack_ex", &[value, before_count, after_count, out]);
                self.read_targets(out, targets);
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let then_block = self.b.create_block();
                let else_block = self.b.create_block();
                let merge = self.b.create_block();
                self.codegen_cond(cond, then_block, else_block);
                self.b.switch_to_block(then_block);
                self.codegen_body(then);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(else_block);
                self.codegen_body(otherwise);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(merge);
            }
            Stmt::Loop { label, body } => {
                let header = self.b.create_block();
                let exit = self.b.create_block();
                self.labels.insert(
                    *label,
                    LabelTargets {
                        continue_to: Some(header),
                        break_to: exit,
                    },
                );
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                self.gc_safepoint();
                self.codegen_body(body);
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(exit);
            }
            Stmt::Block { label, body } => {
                let exit = self.b.create_block();
                self.labels.insert(
                    *label,
                    LabelTargets {
                        continue_to: None,
                        break_to: exit,
                    },
                );
                self.codegen_body(body);
                self.b.ins().jump(exit, &[]);
                self.b.switch_to_block(exit);
            }
            Stmt::Break(label) => {
                let target = self.labels[label].break_to;
                self.b.ins().jump(target, &[]);
                self.start_unreachable_block();
            }
            Stmt::Continue(label) => {
                let target = self.labels[label]
                    .continue_to
                    .expect("continue targets a loop");
                self.b.ins().jump(target, &[]);
                self.start_unreachable_block();
            }
            Stmt::Return(value) => {
                let value = self.operand(value);
                self.mark_finished();
                self.leave_frame();
                self.b.ins().return_(&[value]);
                self.start_unreachable_block();
            }
            Stmt::Raise { exception, cause } => {
                let exception = self.operand(exception);
                match cause {
                    Some(cause) => {
                        let cause = self.operand(cause);
                        self.raise_with("rt_raise_from", &[exception, cause]);
                    }
                    None => self.raise_with("rt_raise", &[exception]),
                }
            }
            Stmt::HandlerLeave(previous) => {
                let previous = self.operand(previous);
                let id = self.cx.runtime_function("rt_handler_leave");
                let callee = self.cx.func_ref(id, self.b.func);
                self.b.ins().call(callee, &[previous]);
            }
            Stmt::Reraise(exception) => {
                let exception = self.operand(exception);
                // A re-raise adds no traceback entry (CPython's RERAISE): line 0 says so.
                let no_line = self.small(0);
                self.b.def_var(self.line, no_line);
                self.raise_with("rt_err_restore", &[exception]);
            }
            Stmt::RaiseHandled => self.raise_with("rt_raise_handled", &[]),
            Stmt::AssertFail(message) => {
                let message = self.optional(message);
                self.raise_with("rt_assert_fail", &[message]);
            }
            Stmt::Try { body, handler } => {
                let handler_block = self.b.create_block();
                let after = self.b.create_block();
                self.handlers.push(handler_block);
                self.codegen_body(body);
                self.handlers.pop();
                self.b.ins().jump(after, &[]);
                self.b.switch_to_block(handler_block);
                self.traceback_here();
                self.codegen_body(handler);
                self.b.ins().jump(after, &[]);
                self.b.switch_to_block(after);
            }
            Stmt::OutsideTry { levels, body } => {
                let kept = self.handlers.len() - *levels as usize;
                let saved = self.handlers.split_off(kept);
                self.codegen_body(body);
                self.handlers.extend(saved);
            }
        }
    }

    fn checked_pair(&mut self, name: &'static str, a: &Operand, b: &Operand) {
        let args = [self.operand(a), self.operand(b)];
        self.checked(name, &args);
    }

    /// Unpacking a tuple of the right length reads its items inline; anything else goes
    /// through the runtime.
    fn codegen_unpack(&mut self, value: &Operand, targets: &[ir::Temp]) {
        let value = self.operand(value);
        let count = self.small(targets.len() as i64);
        let is_tuple = self.b.create_block();
        let inline = self.b.create_block();
        let general = self.b.create_block();
        let done = self.b.create_block();
        self.branch_if_kind(value, kind::TUPLE, is_tuple, general);
        self.b.switch_to_block(is_tuple);
        let length = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), value, tuple::LEN);
        let differs = self.b.ins().icmp(IntCC::NotEqual, length, count);
        self.b.ins().brif(differs, general, &[], inline, &[]);
        self.b.switch_to_block(inline);
        for (i, t) in targets.iter().enumerate() {
            let item = self.b.ins().load(
                I64,
                MemFlagsData::trusted(),
                value,
                tuple::ITEMS + 8 * i as i32,
            );
            self.b.def_var(self.temps[*t as usize], item);
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(general);
        let out = self.array(&vec![value; targets.len()]);
        self.checked("rt_unpack", &[value, count, out]);
        self.read_targets(out, targets);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn read_targets(&mut self, out: Value, targets: &[ir::Temp]) {
        for (i, t) in targets.iter().enumerate() {
            let value = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), out, (i * 8) as i32);
            self.b.def_var(self.temps[*t as usize], value);
        }
    }

    /// Branches on the truth of a value: True, False and small ints inline, other objects
    /// through `rt_truthy` (which may raise).
    pub(super) fn branch_on_truth(&mut self, value: Value, then_block: Block, else_block: Block) {
        let true_ = self.data_address(self.statics.true_);
        let false_ = self.data_address(self.statics.false_);
        let is_true = self.b.ins().icmp(IntCC::Equal, value, true_);
        let not_true = self.b.create_block();
        self.b.ins().brif(is_true, then_block, &[], not_true, &[]);
        self.b.switch_to_block(not_true);
        let is_false = self.b.ins().icmp(IntCC::Equal, value, false_);
        let general = self.b.create_block();
        self.b.ins().brif(is_false, else_block, &[], general, &[]);
        self.b.switch_to_block(general);
        let small = self.b.ins().band_imm_s(value, 1);
        let small_block = self.b.create_block();
        let object_block = self.b.create_block();
        self.b
            .ins()
            .brif(small, small_block, &[], object_block, &[]);
        self.b.switch_to_block(small_block);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, value, 1);
        self.b.ins().brif(nonzero, then_block, &[], else_block, &[]);
        self.b.switch_to_block(object_block);
        let truth = self.call_rt("rt_truthy", &[value]);
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, truth, 0);
        self.branch_to_handler_if(failed);
        self.b.ins().brif(truth, then_block, &[], else_block, &[]);
    }

    fn codegen_cond(&mut self, cond: &Cond, then_block: Block, else_block: Block) {
        match cond {
            Cond::Truthy(Operand::Temp(t))
                if self
                    .pending_comparison
                    .as_ref()
                    .is_some_and(|pending| pending.0 == *t) =>
            {
                match self.pending_comparison.take().expect("just checked").1 {
                    Op::Compare(op, a, b) => {
                        self.compare_and_branch(op, &a, &b, then_block, else_block)
                    }
                    Op::Is {
                        left,
                        right,
                        negate,
                    } => {
                        let left = self.operand(&left);
                        let right = self.operand(&right);
                        let same = self.b.ins().icmp(IntCC::Equal, left, right);
                        let (yes, no) = if negate {
                            (else_block, then_block)
                        } else {
                            (then_block, else_block)
                        };
                        self.b.ins().brif(same, yes, &[], no, &[]);
                    }
                    _ => unreachable!("only comparisons are left pending"),
                }
            }
            Cond::Truthy(operand) => {
                let value = self.operand(operand);
                self.branch_on_truth(value, then_block, else_block);
            }
            Cond::Exhausted(operand) => {
                let value = self.operand(operand);
                let done = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, value, marker::ITER_DONE);
                self.b.ins().brif(done, then_block, &[], else_block, &[]);
            }
            Cond::ExceptionMatches(exception, class) => {
                let args = [self.operand(exception), self.operand(class)];
                let matches = self.call_rt("rt_exc_matches", &args);
                let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, matches, 0);
                self.branch_to_handler_if(failed);
                self.b.ins().brif(matches, then_block, &[], else_block, &[]);
            }
            Cond::Not(inner) => self.codegen_cond(inner, else_block, then_block),
        }
    }
}
