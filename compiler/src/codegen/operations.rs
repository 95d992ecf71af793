//! The value of each `Op`, and inline item access (`x[i]`) of lists and tuples.

use super::exceptions::unbound_raiser;
use super::FunctionCx;
use crate::ir::{self, Op, Operand};
use closc_abi::{cell, function, header, kind, list, tuple};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value};

impl<'m, 'f> FunctionCx<'m, 'f> {
    pub(super) fn codegen_op(&mut self, op: &Op) -> Value {
        match op {
            Op::Use(operand) => self.operand(operand),
            Op::Local { local, name } => {
                let value = self.b.use_var(self.slots[*local as usize]);
                if !self.always_bound[*local as usize] {
                    self.check_bound(value, "rt_raise_unbound_local", *name);
                }
                value
            }
            Op::Slot(local) => self.b.use_var(self.slots[*local as usize]),
            Op::FreeCell(index) | Op::FreeValue(index) => self.b.ins().load(
                I64,
                MemFlagsData::trusted(),
                self.function_object,
                function::CELLS + 8 * *index as i32,
            ),
            Op::CellGet { cell, name, free } => {
                let cell = self.operand(cell);
                let value = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), cell, cell::VALUE);
                self.check_bound(value, unbound_raiser(*free), *name);
                value
            }
            Op::MakeCell(initial) => {
                let initial = self.optional(initial);
                self.one_field_object(kind::CELL, initial, "rt_cell_new")
            }
            Op::Global {
                global,
                name,
                builtin,
            } => {
                let (base, offset) = self.global_address(*global);
                let value = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), base, offset);
                let Some(builtin) = builtin else {
                    self.check_bound(value, "rt_raise_name_error", *name);
                    return value;
                };
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, I64);
                let fallback = self.b.create_block();
                self.b
                    .ins()
                    .brif(value, merge, &[BlockArg::Value(value)], fallback, &[]);
                self.b.switch_to_block(fallback);
                let builtin_value = self.load_const(*builtin as usize);
                self.check_bound(builtin_value, "rt_raise_name_error", *name);
                self.b.ins().jump(merge, &[BlockArg::Value(builtin_value)]);
                self.b.switch_to_block(merge);
                result
            }
            Op::Binary(op, a, b) => self.codegen_arithmetic("rt_binary", *op, a, b, false).0,
            Op::InPlace(op, a, b) => self.codegen_arithmetic("rt_inplace", *op, a, b, false).0,
            Op::Unary(op @ (ir::UnaryOp::Neg | ir::UnaryOp::Invert), a) => {
                self.codegen_int_unary(*op, a)
            }
            Op::Unary(op, a) => {
                let args = [self.op_code(*op as i64), self.operand(a)];
                self.checked("rt_unary", &args)
            }
            Op::Compare(op, a, b) => self.codegen_compare(*op, a, b),
            Op::Is {
                left,
                right,
                negate,
            } => {
                let left = self.operand(left);
                let right = self.operand(right);
                let cc = if *negate {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                let same = self.b.ins().icmp(cc, left, right);
                let true_ = self.data_address(self.statics.true_);
                let false_ = self.data_address(self.statics.false_);
                self.b.ins().select(same, true_, false_)
            }
            Op::Call { callee, args } => self.codegen_call(callee, args),
            Op::CallBuiltin {
                callee,
                builtin,
                args,
            } => self.codegen_call_builtin(callee, *builtin, args),
            Op::CallKw {
                callee,
                args,
                kwnames,
            } => {
                let callee = self.operand(callee);
                let names = self.load_const(*kwnames as usize);
                let values: Vec<Value> = args.iter().map(|o| self.operand(o)).collect();
                let pointer = self.array(&values);
                let names_len = self.b.ins().load(I64, MemFlagsData::trusted(), names, 8);
                let total = self.small(args.len() as i64);
                let positional = self.b.ins().isub(total, names_len);
                self.checked("rt_call_kw", &[callee, pointer, positional, names])
            }
            Op::CallEx {
                callee,
                args,
                kwargs,
            } => {
                let values = [
                    self.operand(callee),
                    self.operand(args),
                    self.optional(kwargs),
                ];
                self.checked("rt_call_ex", &values)
            }
            Op::CallMethod { object, name, args } => {
                let object = self.operand(object);
                let name = self.load_const(*name as usize);
                self.codegen_method_call(object, name, args)
            }
            Op::SuperMethod {
                callee,
                class,
                instance,
                name,
            } => {
                let callee = self.operand(callee);
                let class = self.operand(class);
                let instance = self.operand(instance);
                let name = self.load_const(*name as usize);
                let cache = self.attr_cache();
                self.checked("rt_super_method", &[callee, class, instance, name, cache])
            }
            Op::CallSuperMethod {
                method,
                instance,
                args,
            } => {
                let method = self.operand(method);
                let instance = self.operand(instance);
                self.codegen_super_method_call(method, instance, args)
            }
            Op::GetAttr(object, name) => {
                let object = self.operand(object);
                let name = self.load_const(*name as usize);
                self.codegen_getattr(object, name)
            }
            Op::GetItem(object, key) => {
                let args = [self.operand(object), self.operand(key)];
                let general = self.b.create_block();
                self.b.set_cold_block(general);
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, I64);
                let address = self.item_address(args[0], args[1], true, general);
                let item = self.b.ins().load(I64, MemFlagsData::trusted(), address, 0);
                self.b.ins().jump(merge, &[BlockArg::Value(item)]);
                self.b.switch_to_block(general);
                let item = self.checked("rt_getitem", &args);
                self.b.ins().jump(merge, &[BlockArg::Value(item)]);
                self.b.switch_to_block(merge);
                result
            }
            Op::GetSlice(object, [start, stop, step]) => {
                let args = [
                    self.operand(object),
                    self.optional(start),
                    self.optional(stop),
                    self.optional(step),
                ];
                self.checked("rt_getslice", &args)
            }
            Op::Slice(start, stop, step) => {
                let args = [
                    self.optional(start),
                    self.optional(stop),
                    self.optional(step),
                ];
                self.checked("rt_slice_new", &args)
            }
            Op::Tuple(items) if (1..=tuple::MAX_INLINE_ITEMS).contains(&items.len()) => {
                self.small_tuple(items)
            }
            Op::Tuple(items) => self.build("rt_tuple_new", items),
            Op::List(items) => self.build("rt_list_new", items),
            Op::Set(items) => self.build("rt_set_new", items),
            Op::ConstSet(items) => self.build("rt_set_new_const", items),
            Op::ConstFrozenSet(items) => self.build("rt_frozenset_new_const", items),
            Op::Dict(pairs) => {
                let flat: Vec<Operand> = pairs
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), v.clone()])
                    .collect();
                let (pointer, _) = self.operands_array(&flat);
                let count = self.small(pairs.len() as i64);
                self.checked("rt_dict_new", &[pointer, count])
            }
            Op::ListToTuple(list) => {
                let list = self.operand(list);
                self.checked("rt_list_to_tuple", &[list])
            }
            Op::Iter(object) => {
                let object = self.operand(object);
                self.checked("rt_iter", &[object])
            }
            Op::Next(iterator) => self.codegen_next(iterator),
            Op::IterRange { .. } | Op::IterLoop(_) => {
                unreachable!("codegen_stmt assigns IterRange and IterLoop to their temps")
            }
            Op::Str(value) => {
                let value = self.operand(value);
                self.checked("rt_str", &[value])
            }
            Op::Repr(value) => {
                let value = self.operand(value);
                self.checked("rt_repr", &[value])
            }
            Op::Format(value, spec) => {
                let args = [self.operand(value), self.operand(spec)];
                self.checked("rt_format", &args)
            }
            Op::Concat(parts) => self.build("rt_str_concat", parts),
            Op::Import { name, top_level } => {
                let name = self.load_const(*name as usize);
                let top_level = self.small(i64::from(*top_level));
                self.checked("rt_import", &[name, top_level])
            }
            Op::Globals => {
                let module = self.module_number();
                self.checked("rt_globals", &[module])
            }
            Op::Locals {
                names,
                kinds,
                values,
            } => {
                let names = self.load_const(*names as usize);
                let kinds = self.load_const(*kinds as usize);
                let (pointer, _) = self.operands_array(values);
                self.checked("rt_locals", &[names, kinds, pointer])
            }
            Op::ImportFrom(module, name) => {
                let args = [self.operand(module), self.load_const(*name as usize)];
                self.checked("rt_import_from", &args)
            }
            Op::MakeFunction {
                function,
                defaults,
                kwdefaults,
                closure,
            } => {
                let code = self.load_const(self.statics.code_base + *function as usize);
                if defaults.is_none()
                    && kwdefaults.is_none()
                    && closure.len() <= function::MAX_INLINE_CLOSURE
                {
                    return self.closure_inline(code, closure);
                }
                let defaults = self.optional(defaults);
                let kwdefaults = self.optional(kwdefaults);
                let entries: Vec<Value> = closure.iter().map(|c| self.operand(c)).collect();
                self.function_new(code, defaults, kwdefaults, &entries)
            }
            Op::ClassNamespace {
                name,
                bases,
                keywords,
            } => {
                let args = [
                    self.load_const(*name as usize),
                    self.operand(bases),
                    self.optional(keywords),
                ];
                self.checked("rt_class_namespace", &args)
            }
            Op::MakeClass {
                name,
                qualname,
                bases,
                namespace,
                keywords,
                attributes,
            } => {
                let args = [
                    self.load_const(*name as usize),
                    self.load_const(*qualname as usize),
                    self.operand(bases),
                    self.operand(namespace),
                    self.optional(keywords),
                    self.load_const(*attributes as usize),
                ];
                self.checked("rt_class_new", &args)
            }
            Op::FetchException => self.call_rt("rt_err_fetch", &[]),
            Op::MatchSequence {
                subject,
                min_len,
                exact,
            } => {
                let args = [
                    self.operand(subject),
                    self.small(i64::from(*min_len)),
                    self.small(i64::from(*exact)),
                ];
                self.checked("rt_match_sequence", &args)
            }
            Op::MatchMapping(subject) => {
                let subject = self.operand(subject);
                self.checked("rt_match_mapping", &[subject])
            }
            Op::ExceptStarMatch(exception, classes) => {
                let args = [self.operand(exception), self.operand(classes)];
                self.checked("rt_except_star_match", &args)
            }
            Op::ExceptStarResult(caught, raised) => {
                let args = [self.operand(caught), self.operand(raised)];
                self.checked("rt_except_star_result", &args)
            }
            Op::MatchMappingRest(subject, keys) => {
                let args = [self.operand(subject), self.operand(keys)];
                self.checked("rt_match_mapping_rest", &args)
            }
            Op::MatchClass {
                subject,
                class,
                positional,
                keywords,
            } => {
                let args = [
                    self.operand(subject),
                    self.operand(class),
                    self.small(i64::from(*positional)),
                    self.load_const(*keywords as usize),
                ];
                self.checked("rt_match_class", &args)
            }
            Op::WithExit(manager) => {
                let manager = self.operand(manager);
                self.checked("rt_with_exit", &[manager])
            }
            Op::Await(value, site) => {
                let line = self.b.use_var(self.line);
                let args = [self.operand(value), self.small(*site as i64), line];
                self.checked("rt_await", &args)
            }
            Op::AIter(value) => {
                let value = self.operand(value);
                self.checked("rt_aiter", &[value])
            }
            Op::ANext(iterator) => {
                let iterator = self.operand(iterator);
                let line = self.b.use_var(self.line);
                self.checked("rt_anext", &[iterator, line])
            }
            Op::AsyncWithExit(manager) => {
                let manager = self.operand(manager);
                self.checked("rt_async_with_exit", &[manager])
            }
            Op::AsyncForAbandon(iterator) => {
                let iterator = self.operand(iterator);
                self.call_rt("rt_async_for_abandon", &[iterator])
            }
            Op::Yield(value) if self.stackless.is_some() => {
                let value = self.operand(value);
                self.codegen_stackless_yield(value, false)
            }
            Op::YieldFrom(iterable) if self.stackless.is_some() => {
                let iterable = self.operand(iterable);
                let iterator = self.checked("rt_iter", &[iterable]);
                self.codegen_stackless_yield(iterator, true)
            }
            Op::Yield(value) => {
                let value = self.operand(value);
                let line = self.b.use_var(self.line);
                self.checked("rt_yield", &[value, line])
            }
            Op::YieldFrom(_) => unreachable!("only stackless bodies have `yield from`"),
            Op::HandlerEnter(exception) => {
                let exception = self.operand(exception);
                self.call_rt("rt_handler_enter", &[exception])
            }
        }
    }

    /// The address of item `key` of `object` when it is a list (or, with `tuples`, a tuple)
    /// and `key` a small int within it, counting from the end when negative; jumps to
    /// `otherwise` for anything else.
    pub(super) fn item_address(
        &mut self,
        object: Value,
        key: Value,
        tuples: bool,
        otherwise: Block,
    ) -> Value {
        let is_object = self.b.create_block();
        let small_tag = self.b.ins().band_imm_s(key, 1);
        let is_small = self.b.create_block();
        self.b.ins().brif(small_tag, is_small, &[], otherwise, &[]);
        self.b.switch_to_block(is_small);
        let tag = self.b.ins().band_imm_s(object, 7);
        self.b.ins().brif(tag, otherwise, &[], is_object, &[]);
        self.b.switch_to_block(is_object);
        let kind = self
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), object, header::KIND);
        let (length, items) = self.sequence_items(object, kind, tuples, otherwise);
        let index = self.b.ins().sshr_imm_s(key, 1);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, index, 0);
        let from_end = self.b.ins().iadd(index, length);
        let index = self.b.ins().select(negative, from_end, index);
        let outside = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, index, length);
        let inside = self.b.create_block();
        self.b.ins().brif(outside, otherwise, &[], inside, &[]);
        self.b.switch_to_block(inside);
        let offset = self.b.ins().ishl_imm_s(index, 3);
        self.b.ins().iadd(items, offset)
    }

    /// The length and the address of the first item of `object`, a heap object whose header
    /// kind is `kind`, when it is a list (or, with `tuples`, a tuple); otherwise branches to
    /// `otherwise`.
    pub(super) fn sequence_items(
        &mut self,
        object: Value,
        kind: Value,
        tuples: bool,
        otherwise: Block,
    ) -> (Value, Value) {
        let is_list = self.b.create_block();
        let found = self.b.create_block();
        let length = self.b.append_block_param(found, I64);
        let items = self.b.append_block_param(found, I64);
        let not_list = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, kind, i64::from(kind::LIST));
        let other = if tuples {
            self.b.create_block()
        } else {
            otherwise
        };
        self.b.ins().brif(not_list, other, &[], is_list, &[]);
        self.b.switch_to_block(is_list);
        let list_length = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, list::LEN);
        let list_items = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), object, list::DATA);
        self.b.ins().jump(
            found,
            &[BlockArg::Value(list_length), BlockArg::Value(list_items)],
        );
        if tuples {
            self.b.switch_to_block(other);
            let is_tuple = self.b.create_block();
            let not_tuple = self
                .b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, kind, i64::from(kind::TUPLE));
            self.b.ins().brif(not_tuple, otherwise, &[], is_tuple, &[]);
            self.b.switch_to_block(is_tuple);
            let tuple_length = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), object, tuple::LEN);
            let tuple_items = self.b.ins().iadd_imm_s(object, i64::from(tuple::ITEMS));
            self.b.ins().jump(
                found,
                &[BlockArg::Value(tuple_length), BlockArg::Value(tuple_items)],
            );
        }
        self.b.switch_to_block(found);
        (length, items)
    }
}
