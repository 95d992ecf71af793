//! Calls: direct through a function's entry, cached method calls, inline builtins.

use super::FunctionCx;
use crate::ir::{self, Const, Operand};
use closc_abi::{call, class, function, header, kind};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value};

impl<'m, 'f> FunctionCx<'m, 'f> {
    /// Calls a Python function whose `direct_arity` is the number of arguments directly
    /// through its entry, with the arguments in registers; everything else (defaults,
    /// keywords, other callables) goes through the runtime's general call.
    pub(super) fn codegen_call(&mut self, callee: &Operand, args: &[Operand]) -> Value {
        let callee = self.operand(callee);
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        if values.len() < call::MAX_REGISTER_SLOTS {
            // Functions, and instances whose class defines `__call__` as a function.
            let is_function = self.b.create_block();
            let not_function = self.b.create_block();
            let is_instance = self.b.create_block();
            self.branch_if_kind(callee, kind::FUNCTION, is_function, not_function);
            self.b.switch_to_block(is_function);
            self.direct_call(callee, &values, general, merge);
            self.b.switch_to_block(not_function);
            let not_instance = self.b.create_block();
            self.branch_if_kind(callee, kind::INSTANCE, is_instance, not_instance);
            self.b.switch_to_block(not_instance);
            self.class_call(callee, &values, general, merge);
            self.b.switch_to_block(is_instance);
            // The runtime has counted the call of `__call__` as a level of recursion, as
            // CPython does; it is given back when the call returns.
            let count = self.b.ins().iconst(I64, values.len() as i64 + 1);
            let method = self.call_rt("rt_instance_call_function", &[callee, count]);
            let found = self.b.create_block();
            self.b.ins().brif(method, found, &[], general, &[]);
            self.b.switch_to_block(found);
            let mut with_self = vec![callee];
            with_self.extend(&values);
            self.call_entry(method, &with_self, merge, true);
        } else if values.len() == call::MAX_REGISTER_SLOTS {
            let is_function = self.b.create_block();
            self.branch_if_kind(callee, kind::FUNCTION, is_function, general);
            self.b.switch_to_block(is_function);
            self.direct_call(callee, &values, general, merge);
        } else {
            self.b.ins().jump(general, &[]);
        }
        self.b.switch_to_block(general);
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, values.len() as i64);
        let value = self.checked("rt_call", &[callee, pointer, count]);
        self.release_array();
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }

    /// A call of `callee` when it is a class whose call only makes an instance and runs
    /// `__init__` on it, a compiled function taking the instance and `args` directly: the
    /// runtime makes the instance (`rt_new_for_init`), and `__init__`'s entry is called
    /// here, its result checked to be None; jumps to `merge` with the instance, or to
    /// `general` when the call is not that.
    fn class_call(&mut self, callee: Value, args: &[Value], general: Block, merge: Block) {
        let is_class = self.b.create_block();
        self.branch_if_kind(callee, kind::CLASS, is_class, general);
        self.b.switch_to_block(is_class);
        let count = self.b.ins().iconst(I64, args.len() as i64 + 1);
        let instance = self.call_rt("rt_new_for_init", &[callee, count]);
        let made = self.b.create_block();
        self.b.ins().brif(instance, made, &[], general, &[]);
        self.b.switch_to_block(made);
        let init = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), callee, class::INIT);
        let entry = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), init, function::ENTRY);
        let signature = self.cx.entry_signature(args.len() + 1);
        let signature = self.b.import_signature(signature);
        // The instance waits out the call in a stack array zeroed right after it, not in a
        // register the frame may keep: the stack is scanned conservatively, and a stale
        // copy would keep an instance the program dropped alive (its `__del__` late).
        let kept = self.array(&[instance]);
        let mut call_args = vec![init, instance];
        call_args.extend(args);
        let call = self.b.ins().call_indirect(signature, entry, &call_args);
        let value = self.b.inst_results(call)[0];
        let instance = self.b.ins().load(I64, MemFlagsData::new(), kept, 0);
        self.release_array();
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, value, 0);
        self.branch_to_handler_if(failed);
        let none = self.operand(&Operand::None);
        let is_none = self.b.ins().icmp(IntCC::Equal, value, none);
        let not_none = self.b.create_block();
        self.b.set_cold_block(not_none);
        self.b
            .ins()
            .brif(is_none, merge, &[BlockArg::Value(instance)], not_none, &[]);
        self.b.switch_to_block(not_none);
        self.raise_with("rt_init_returned", &[value]);
    }

    /// `object.name(*args)`: when the site's cache knows the method is a compiled function
    /// of the object's class taking exactly the object and these arguments, a direct call
    /// of its entry; otherwise the runtime's cached method call.
    pub(super) fn codegen_method_call(
        &mut self,
        object: Value,
        name: Value,
        args: &[Operand],
    ) -> Value {
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let cache = self.attr_cache();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        if values.len() < call::MAX_REGISTER_SLOTS {
            let ask_runtime = self.b.create_block();
            let method_of_class = self.b.create_block();
            let method_param = self.b.append_block_param(method_of_class, I64);
            self.b.set_cold_block(ask_runtime);
            // Only an instance's method can be a compiled function to call directly: any
            // other object goes straight to the runtime's call.
            let inline = self.inline_method(object, cache, general, ask_runtime);
            self.b
                .ins()
                .jump(method_of_class, &[BlockArg::Value(inline)]);
            self.b.switch_to_block(ask_runtime);
            let method = self.call_rt("rt_method_for_direct_call", &[object, name, cache]);
            let found = self.b.create_block();
            let missing = self.b.ins().icmp_imm_s(IntCC::Equal, method, 0);
            self.b.ins().brif(missing, general, &[], found, &[]);
            self.b.switch_to_block(found);
            let stored_function = self.b.create_block();
            let without_self = self.b.ins().band_imm_s(method, call::WITHOUT_SELF);
            self.b.ins().brif(
                without_self,
                stored_function,
                &[],
                method_of_class,
                &[BlockArg::Value(method)],
            );
            self.b.switch_to_block(method_of_class);
            let mut with_self = vec![object];
            with_self.extend(&values);
            self.direct_call(method_param, &with_self, general, merge);
            self.b.switch_to_block(stored_function);
            let function = self.b.ins().bxor_imm_s(method, call::WITHOUT_SELF);
            self.direct_call(function, &values, general, merge);
        } else {
            self.b.ins().jump(general, &[]);
        }
        self.b.switch_to_block(general);
        // The object goes just before the arguments (see `rt_call_method_cached`).
        let mut with_object = vec![object];
        with_object.extend(&values);
        let pointer = self.array(&with_object);
        let arguments = self.b.ins().iadd_imm_s(pointer, 8);
        let count = self.b.ins().iconst(I64, values.len() as i64);
        let value = self.checked(
            "rt_call_method_cached",
            &[object, name, arguments, count, cache],
        );
        self.release_array();
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }

    /// Calls what `rt_super_method` gave for `instance`: a compiled function directly, with
    /// `instance` prepended, when its arity allows; another value without the
    /// `WITHOUT_SELF` tag through `rt_call_with_self`; a value with it, untagged, through
    /// `rt_call`.
    pub(super) fn codegen_super_method_call(
        &mut self,
        method: Value,
        instance: Value,
        args: &[Operand],
    ) -> Value {
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let with_self = self.b.create_block();
        let function = self.b.create_block();
        let general_with_self = self.b.create_block();
        let without_self = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        self.b.set_cold_block(without_self);
        let tagged = self.b.ins().band_imm_s(method, call::WITHOUT_SELF);
        self.b.ins().brif(tagged, without_self, &[], with_self, &[]);
        self.b.switch_to_block(with_self);
        if values.len() < call::MAX_REGISTER_SLOTS {
            self.branch_if_kind(method, kind::FUNCTION, function, general_with_self);
            self.b.switch_to_block(function);
            let mut all = vec![instance];
            all.extend(&values);
            self.direct_call(method, &all, general_with_self, merge);
        } else {
            self.b.ins().jump(general_with_self, &[]);
        }
        self.b.switch_to_block(general_with_self);
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, values.len() as i64);
        let value = self.checked("rt_call_with_self", &[method, instance, pointer, count]);
        self.release_array();
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(without_self);
        let bound = self.b.ins().bxor_imm_s(method, call::WITHOUT_SELF);
        let pointer = self.array(&values);
        let count = self.b.ins().iconst(I64, values.len() as i64);
        let value = self.checked("rt_call", &[bound, pointer, count]);
        self.release_array();
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }

    /// Calls the function object `function` through its entry with `args` in registers when
    /// its `direct_arity` is their number, jumping to `merge` with the result; to `general`
    /// otherwise.
    fn direct_call(&mut self, function: Value, args: &[Value], general: Block, merge: Block) {
        let direct = self.b.create_block();
        let arity = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            function,
            function::DIRECT_ARITY,
        );
        let other_arity = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, arity, args.len() as i64);
        self.b.ins().brif(other_arity, general, &[], direct, &[]);
        self.b.switch_to_block(direct);
        self.call_entry(function, args, merge, false);
    }

    /// Calls the entry of the function object `function` (whose `direct_arity` is the
    /// number of `args`) and jumps to `merge` with the result, after giving back one frame
    /// of `closc_frames_left` when `release_frame`.
    fn call_entry(&mut self, function: Value, args: &[Value], merge: Block, release_frame: bool) {
        let entry = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), function, function::ENTRY);
        let signature = self.cx.entry_signature(args.len());
        let signature = self.b.import_signature(signature);
        let mut call_args = vec![function];
        call_args.extend(args);
        let call = self.b.ins().call_indirect(signature, entry, &call_args);
        let value = self.b.inst_results(call)[0];
        if release_frame {
            self.adjust_frames_left(1);
        }
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, value, 0);
        self.branch_to_handler_if(failed);
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
    }

    /// A call of `len`, `abs`, `int`, `min` or `max` as the source names it: inline when
    /// the callee is still that builtin and the arguments are what the inline path handles
    /// (`len` of a list, tuple or str; `abs`, `min` and `max` of small ints; `int` of a
    /// small int or of a float whose truncation is one), else an ordinary call.
    pub(super) fn codegen_call_builtin(
        &mut self,
        callee: &Operand,
        builtin: ir::ConstId,
        args: &[Operand],
    ) -> Value {
        let Const::Builtin(name) = &self.consts[builtin as usize] else {
            unreachable!("CallBuiltin names a builtin constant")
        };
        let callee_value = self.operand(callee);
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let expected = self.load_const(builtin as usize);
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        self.b.set_cold_block(general);
        let is_builtin = self.b.create_block();
        let shadowed = self.b.ins().icmp(IntCC::NotEqual, callee_value, expected);
        self.b.ins().brif(shadowed, general, &[], is_builtin, &[]);
        self.b.switch_to_block(is_builtin);
        let inline = match (name.as_str(), &values[..]) {
            ("len", &[object]) => self.inline_len(object, general),
            ("abs", &[n]) => {
                let small = self.b.create_block();
                let tag = self.b.ins().band_imm_s(n, 1);
                self.b.ins().brif(tag, small, &[], general, &[]);
                self.b.switch_to_block(small);
                // With `v = 2n + 1`, `2(-n) + 1 = 2 - v`; only -(smallest) overflows.
                let two = self.b.ins().iconst(I64, 2);
                let (negated, overflow) = self.b.ins().ssub_overflow(two, n);
                let fits = self.b.create_block();
                self.b.ins().brif(overflow, general, &[], fits, &[]);
                self.b.switch_to_block(fits);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
                self.b.ins().select(negative, negated, n)
            }
            ("int", &[x]) => self.inline_int(x, general),
            (which @ ("min" | "max"), &[a, b]) => {
                let both = self.b.create_block();
                self.branch_if_small_ints(a, b, both, general);
                self.b.switch_to_block(both);
                // Tagging keeps the order. CPython keeps the first of equal items.
                let cc = if which == "min" {
                    IntCC::SignedLessThan
                } else {
                    IntCC::SignedGreaterThan
                };
                let second = self.b.ins().icmp(cc, b, a);
                self.b.ins().select(second, b, a)
            }
            _ => unreachable!("lowering makes CallBuiltin only for the inline builtins"),
        };
        self.b.ins().jump(merge, &[BlockArg::Value(inline)]);
        self.b.switch_to_block(general);
        let called = self.codegen_call(callee, args);
        self.b.ins().jump(merge, &[BlockArg::Value(called)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `int(x)` for a small int `x` (itself) or a float whose truncation is a small int;
    /// branches to `otherwise` for anything else (NaN and infinities included, whose
    /// comparisons fail).
    fn inline_int(&mut self, x: Value, otherwise: Block) -> Value {
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let not_small = self.b.create_block();
        let tag = self.b.ins().band_imm_s(x, 1);
        self.b
            .ins()
            .brif(tag, merge, &[BlockArg::Value(x)], not_small, &[]);
        self.b.switch_to_block(not_small);
        let value = self.float_value(x, false, otherwise);
        let limit = (1u64 << 62) as f64;
        let low = self.b.ins().f64const(-limit);
        let high = self.b.ins().f64const(limit);
        let above_low = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, value, low);
        let below_high = self.b.ins().fcmp(FloatCC::LessThan, value, high);
        let fits = self.b.ins().band(above_low, below_high);
        let convert = self.b.create_block();
        self.b.ins().brif(fits, convert, &[], otherwise, &[]);
        self.b.switch_to_block(convert);
        let n = self.b.ins().fcvt_to_sint_sat(I64, value);
        let tagged = self.tag(n);
        self.b.ins().jump(merge, &[BlockArg::Value(tagged)]);
        self.b.switch_to_block(merge);
        result
    }

    /// The tagged length of a list, tuple or str; branches to `otherwise` for other values.
    fn inline_len(&mut self, object: Value, otherwise: Block) -> Value {
        let is_object = self.b.create_block();
        let tag = self.b.ins().band_imm_s(object, 7);
        self.b.ins().brif(tag, otherwise, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        let kind = self
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), object, header::KIND);
        let not_str = self.b.create_block();
        let is_str = self.b.create_block();
        let found = self.b.create_block();
        let length = self.b.append_block_param(found, I64);
        let str_kind = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, i64::from(kind::STR));
        self.b.ins().brif(str_kind, is_str, &[], not_str, &[]);
        self.b.switch_to_block(is_str);
        let chars = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, closc_abi::str::NCHARS);
        self.b.ins().jump(found, &[BlockArg::Value(chars)]);
        self.b.switch_to_block(not_str);
        let (count, _) = self.sequence_items(object, kind, true, otherwise);
        self.b.ins().jump(found, &[BlockArg::Value(count)]);
        self.b.switch_to_block(found);
        let doubled = self.b.ins().ishl_imm_s(length, 1);
        self.b.ins().bor_imm_s(doubled, 1)
    }
}
