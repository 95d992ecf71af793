//! Raising: branches from failing operations to the innermost handler; unbound names.

use super::FunctionCx;
use crate::ir;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, InstBuilder, Value};

impl<'m, 'f> FunctionCx<'m, 'f> {
    /// Records in the pending exception's traceback that it was raised here, at the line
    /// of the statement that raised it (none for a re-raise).
    pub(super) fn traceback_here(&mut self) {
        let line = self.b.use_var(self.line);
        let id = self.cx.runtime_function("rt_traceback_here");
        let callee = self.cx.func_ref(id, self.b.func);
        self.b.ins().call(callee, &[self.function_object, line]);
    }

    fn error_target(&self) -> Block {
        self.handlers.last().copied().unwrap_or(self.error_exit)
    }

    /// Continues in a fresh block when `failed` is non-zero; branches to the handler otherwise.
    pub(super) fn branch_to_handler_if(&mut self, failed: Value) {
        let ok = self.b.create_block();
        let target = self.error_target();
        self.b.ins().brif(failed, target, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// A runtime call whose null result means an exception is pending.
    pub(super) fn checked(&mut self, name: &'static str, args: &[Value]) -> Value {
        let result = self.call_rt(name, args);
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, result, 0);
        self.branch_to_handler_if(failed);
        result
    }

    /// Raises through a runtime function that always returns 0 with the exception set.
    pub(super) fn raise_with(&mut self, name: &'static str, args: &[Value]) {
        self.call_rt(name, args);
        let target = self.error_target();
        self.b.ins().jump(target, &[]);
        self.start_unreachable_block();
    }

    /// A value read from memory or a slot that is 0 when unbound: raises through `raise`.
    pub(super) fn check_bound(&mut self, value: Value, raise: &'static str, name: ir::ConstId) {
        let unbound = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(value, ok, &[], unbound, &[]);
        self.b.set_cold_block(unbound);
        self.b.switch_to_block(unbound);
        let name = self.load_const(name as usize);
        if raise == "rt_raise_name_error" {
            // The running function lets the runtime suggest similar local names.
            self.call_rt("rt_raise_name_error_in", &[name, self.function_object]);
        } else {
            self.call_rt(raise, &[name]);
        }
        let target = self.error_target();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(ok);
    }
}

pub(super) fn unbound_raiser(free: bool) -> &'static str {
    if free {
        "rt_raise_unbound_free"
    } else {
        "rt_raise_unbound_local"
    }
}
