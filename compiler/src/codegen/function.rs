//! One IR function as a native function: variables, prologue (frames, int clone), error exit.

use super::{CloneEntry, FunctionCx, ModuleCx, Statics};
use crate::ir::{self, Const, Stmt};
use crate::unboxed;
use closc_abi::{call, generator_frame};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{F64, I64};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, SourceLoc, Value};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use std::collections::HashMap;

/// For each slot of `function`, whether it is a parameter that nothing unbinds (the
/// runtime binds every parameter before the body runs).
fn always_bound_slots(function: &ir::Function) -> Vec<bool> {
    let mut bound: Vec<bool> = (0..function.locals.len())
        .map(|i| i < function.param_count())
        .collect();
    ir::for_each_stmt(&function.body, &mut |stmt| {
        if let Stmt::DelLocal { local, .. } = stmt {
            bound[*local as usize] = false;
        }
    });
    bound
}

impl<'m, 'f> FunctionCx<'m, 'f> {
    pub(super) fn lower(
        cx: &'m mut ModuleCx,
        statics: &'m Statics,
        consts: &'m [Const],
        context: &'f mut Context,
        builder_context: &'f mut FunctionBuilderContext,
        function: &ir::Function,
        int_clone: Option<CloneEntry>,
    ) {
        let mut b = FunctionBuilder::new(&mut context.func, builder_context);
        // Under -g the prologue belongs to the `def` line, each statement to its own.
        if cx.debug.is_some() {
            b.set_srcloc(SourceLoc::new(function.first_line));
        }
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let function_object = params[0];
        let zero = b.ins().iconst(I64, 0);
        let stackless = crate::stackless::qualifies(function);
        let in_registers = function.param_count() <= call::MAX_REGISTER_SLOTS;
        let slots: Vec<Variable> = (0..function.locals.len())
            .map(|i| {
                let var = b.declare_var(I64);
                let initial = if i >= function.param_count() {
                    zero
                } else if stackless {
                    let index = generator_frame::VARIABLES + i;
                    b.ins()
                        .load(I64, MemFlagsData::trusted(), params[1], (index * 8) as i32)
                } else if in_registers {
                    params[1 + i]
                } else {
                    b.ins()
                        .load(I64, MemFlagsData::trusted(), params[1], (i * 8) as i32)
                };
                b.def_var(var, initial);
                var
            })
            .collect();
        let temps: Vec<Variable> = (0..function.temps)
            .map(|_| {
                let var = b.declare_var(I64);
                b.def_var(var, zero);
                var
            })
            .collect();
        let float_zero = b.ins().f64const(0.0);
        let floats = unboxed::float_values(function);
        let mut raw_variables = |flags: Vec<bool>| -> Vec<Option<Variable>> {
            flags
                .into_iter()
                .map(|raw| {
                    raw.then(|| {
                        let var = b.declare_var(F64);
                        b.def_var(var, float_zero);
                        var
                    })
                })
                .collect()
        };
        let raw_floats = raw_variables(floats.temps);
        let raw_slots = raw_variables(floats.locals);
        let line = b.declare_var(I64);
        let error_exit = b.create_block();
        b.set_cold_block(error_exit);
        let mut fx = FunctionCx {
            cx,
            statics,
            consts,
            b,
            function_object,
            slots,
            temps,
            raw_floats,
            raw_slots,
            handlers: Vec::new(),
            temp_uses: ir::temp_uses(function),
            always_bound: always_bound_slots(function),
            pending_comparison: None,
            error_exit,
            labels: HashMap::new(),
            arrays: Vec::new(),
            range_loops: HashMap::new(),
            sequence_loops: HashMap::new(),
            module_index: function.module,
            line,
            stackless: None,
        };
        let zero = fx.b.ins().iconst(I64, 0);
        fx.b.def_var(fx.line, zero);
        fx.enter_frame();
        if let Some(entry) = int_clone {
            fx.try_int_clone(&entry, function.argcount as usize);
        }
        if stackless {
            fx.start_stackless(params[1], crate::stackless::layout(function));
        }
        fx.codegen_body(&function.body);
        if stackless {
            fx.finish_stackless();
        }
        fx.b.switch_to_block(error_exit);
        fx.traceback_here();
        fx.leave_frame();
        let null = fx.b.ins().iconst(I64, 0);
        fx.b.ins().return_(&[null]);
        fx.b.seal_all_blocks();
        let config = fx.cx.module.target_config();
        fx.b.finalize(config);
    }

    /// Counts the frame. When no frame is left, the runtime raises RecursionError (CPython's
    /// check) or, while a collection is pending, collects: the prologue's safepoint.
    fn enter_frame(&mut self) {
        let left = self.adjust_frames_left(-1);
        let beyond = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, left, 0);
        let check = self.b.create_block();
        let body = self.b.create_block();
        self.b.set_cold_block(check);
        self.b.ins().brif(beyond, check, &[], body, &[]);
        self.b.switch_to_block(check);
        let go_on = self.call_rt("rt_frame_check", &[]);
        self.b.ins().brif(go_on, body, &[], self.error_exit, &[]);
        self.b.switch_to_block(body);
    }

    /// Runs the int clone when every argument is a small int, the clone has never bailed
    /// and the function's global still holds the function, returning its result when it
    /// has one that is a small int; otherwise goes on to the ordinary body.
    fn try_int_clone(&mut self, entry: &CloneEntry, argcount: usize) {
        let body = self.b.create_block();
        let given_up_base = self.data_address(self.statics.int_clones_given_up);
        let given_up = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            given_up_base,
            entry.given_up_offset,
        );
        let arguments_block = self.b.create_block();
        self.b.ins().brif(given_up, body, &[], arguments_block, &[]);
        self.b.switch_to_block(arguments_block);
        let arguments: Vec<Value> = (0..argcount)
            .map(|i| self.b.use_var(self.slots[i]))
            .collect();
        let tags = arguments[1..]
            .iter()
            .fold(arguments[0], |acc, &a| self.b.ins().band(acc, a));
        let all_small = self.b.ins().band_imm_s(tags, 1);
        let mut ready = self.b.create_block();
        self.b.ins().brif(all_small, ready, &[], body, &[]);
        self.b.switch_to_block(ready);
        if let Some(global) = entry.self_global {
            let (base, offset) = self.global_address(global);
            let holder = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), base, offset);
            let itself = self
                .b
                .ins()
                .icmp(IntCC::Equal, holder, self.function_object);
            ready = self.b.create_block();
            self.b.ins().brif(itself, ready, &[], body, &[]);
            self.b.switch_to_block(ready);
        }
        // The clone may recurse as deep as frames are left, without the trap's offset (the
        // prologue has checked that some frame is).
        let left_address = self.data_address(self.statics.frames_left);
        let left = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), left_address, 0);
        let mut values = vec![self.b.ins().band_imm_s(left, call::FRAMES_LEFT_TRAP - 1)];
        values.extend(arguments.iter().map(|&a| self.b.ins().sshr_imm_s(a, 1)));
        let callee = self.cx.func_ref(entry.clone, self.b.func);
        let call = self.b.ins().call(callee, &values);
        let (result, status) = {
            let results = self.b.inst_results(call);
            (results[0], results[1])
        };
        let gave_up = self.b.create_block();
        let finished = self.b.create_block();
        let small_result = self.b.create_block();
        self.b.set_cold_block(gave_up);
        self.b.ins().brif(status, gave_up, &[], finished, &[]);
        self.b.switch_to_block(finished);
        let doubled = self.b.ins().ishl_imm_s(result, 1);
        let back = self.b.ins().sshr_imm_s(doubled, 1);
        let too_big = self.b.ins().icmp(IntCC::NotEqual, back, result);
        self.b.ins().brif(too_big, gave_up, &[], small_result, &[]);
        self.b.switch_to_block(small_result);
        let tagged = self.b.ins().bor_imm_s(doubled, 1);
        self.leave_frame();
        self.b.ins().return_(&[tagged]);
        self.b.switch_to_block(gave_up);
        let one = self.b.ins().iconst(I64, 1);
        self.b.ins().store(
            MemFlagsData::trusted(),
            one,
            given_up_base,
            entry.given_up_offset,
        );
        self.b.ins().jump(body, &[]);
        self.b.switch_to_block(body);
    }

    pub(super) fn leave_frame(&mut self) {
        self.adjust_frames_left(1);
    }

    /// Adds `delta` to `closc_frames_left` and returns the new count.
    pub(super) fn adjust_frames_left(&mut self, delta: i64) -> Value {
        let address = self.data_address(self.statics.frames_left);
        let left = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
        let left = self.b.ins().iadd_imm_s(left, delta);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), left, address, 0);
        left
    }
}
