//! Int and float fast paths: arithmetic, unary `-` and `~`, comparisons, raw floats.

use super::FunctionCx;
use crate::ir::{self, Const, Operand};
use crate::unboxed;
use closc_abi::{float, kind, marker, str};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I64};
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value};

/// An operand of inline arithmetic.
#[derive(Clone, Copy)]
enum Number {
    /// Any value.
    Value(Value),
    /// A temp that holds a raw float `raw` when `word` is `marker::RAW_FLOAT`, and the value
    /// `word` otherwise.
    MaybeRaw { word: Value, raw: Value },
    /// The float constant at `index` of the constant table.
    Constant { index: usize, raw: Value },
}

/// `a == b` or `a != b` where one side is a str constant.
struct StrEquality {
    /// `!=`.
    negated: bool,
    /// The constant's text.
    constant: Vec<u8>,
    /// Whether the constant is `b` (else it is `a`).
    constant_is_b: bool,
}

impl Number {
    /// The word to test for a small int, unless the number is known to be a float.
    fn word(self) -> Option<Value> {
        match self {
            Number::Value(word) | Number::MaybeRaw { word, .. } => Some(word),
            Number::Constant { .. } => None,
        }
    }
}

impl<'m, 'f> FunctionCx<'m, 'f> {
    /// `-a` and `~a` of a small int are inline; other operands, and the one negation that
    /// leaves the small-int range, go to the runtime.
    pub(super) fn codegen_int_unary(&mut self, op: ir::UnaryOp, a: &Operand) -> Value {
        let value = self.operand(a);
        let small = self.b.create_block();
        let general = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let tag = self.b.ins().band_imm_s(value, 1);
        self.b.ins().brif(tag, small, &[], general, &[]);
        self.b.switch_to_block(small);
        // With `v = 2n + 1`: `2(-n) + 1 = 2 - v`, and `2(~n) + 1 = -v = v ^ !1`.
        if op == ir::UnaryOp::Neg {
            let two = self.b.ins().iconst(I64, 2);
            let (negated, overflow) = self.b.ins().ssub_overflow(two, value);
            let done = self.b.create_block();
            self.b.ins().brif(overflow, general, &[], done, &[]);
            self.b.switch_to_block(done);
            self.b.ins().jump(merge, &[BlockArg::Value(negated)]);
        } else {
            let inverted = self.b.ins().bxor_imm_s(value, -2);
            self.b.ins().jump(merge, &[BlockArg::Value(inverted)]);
        }
        self.b.set_cold_block(general);
        self.b.switch_to_block(general);
        let code = self.op_code(op as i64);
        let value = self.checked("rt_unary", &[code, value]);
        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
        self.b.switch_to_block(merge);
        result
    }

    /// Branches to `fast` when both values are tagged small ints, else to `slow`.
    pub(super) fn branch_if_small_ints(&mut self, a: Value, b: Value, fast: Block, slow: Block) {
        let both = self.b.ins().band(a, b);
        let tag = self.b.ins().band_imm_s(both, 1);
        let not_both_small = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
        self.b.ins().brif(not_both_small, slow, &[], fast, &[]);
    }

    /// An operand of inline arithmetic, with what is known of it at compile time.
    fn number(&mut self, operand: &Operand) -> Number {
        match operand {
            Operand::Temp(t) if self.raw_floats[*t as usize].is_some() => {
                let raw = self.raw_floats[*t as usize].expect("checked");
                Number::MaybeRaw {
                    word: self.b.use_var(self.temps[*t as usize]),
                    raw: self.b.use_var(raw),
                }
            }
            Operand::Const(c) => match self.consts[*c as usize] {
                Const::Float(x) => Number::Constant {
                    index: *c as usize,
                    raw: self.b.ins().f64const(x),
                },
                _ => Number::Value(self.operand(operand)),
            },
            _ => Number::Value(self.operand(operand)),
        }
    }

    /// The value of a number as an object, boxing a raw float.
    fn boxed(&mut self, n: Number) -> Value {
        match n {
            Number::Value(v) => v,
            Number::Constant { index, .. } => self.load_const(index),
            Number::MaybeRaw { word, raw } => {
                let box_it = self.b.create_block();
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, I64);
                let is_raw = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, word, marker::RAW_FLOAT);
                self.b
                    .ins()
                    .brif(is_raw, box_it, &[], merge, &[BlockArg::Value(word)]);
                self.b.switch_to_block(box_it);
                let boxed = self.box_float(raw);
                self.b.ins().jump(merge, &[BlockArg::Value(boxed)]);
                self.b.switch_to_block(merge);
                result
            }
        }
    }

    /// The float value of a number that is a float or a small int (converted as CPython does
    /// for mixed arithmetic); jumps to `otherwise` for anything else. With `ints` false,
    /// only floats qualify.
    fn float_of(&mut self, n: Number, ints: bool, otherwise: Block) -> Value {
        match n {
            Number::Constant { raw, .. } => raw,
            Number::Value(v) => self.float_value(v, ints, otherwise),
            Number::MaybeRaw { word, raw } => {
                let object = self.b.create_block();
                let merge = self.b.create_block();
                let result = self.b.append_block_param(merge, F64);
                let is_raw = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, word, marker::RAW_FLOAT);
                self.b
                    .ins()
                    .brif(is_raw, merge, &[BlockArg::Value(raw)], object, &[]);
                self.b.switch_to_block(object);
                let x = self.float_value(word, ints, otherwise);
                self.b.ins().jump(merge, &[BlockArg::Value(x)]);
                self.b.switch_to_block(merge);
                result
            }
        }
    }

    /// Arithmetic inline: on two small ints (`+ - * // % & | ^ >>`, with overflow checks) and
    /// on floats, or a float and a small int (`+ - * / **`), falling back to the runtime for
    /// other types, division by zero and results the inline paths cannot give. With
    /// `raw_result`, a float result stays unboxed: the value is `marker::RAW_FLOAT` and the
    /// float comes second.
    pub(super) fn codegen_arithmetic(
        &mut self,
        runtime: &'static str,
        op: ir::BinaryOp,
        a: &Operand,
        b: &Operand,
        raw_result: bool,
    ) -> (Value, Option<Value>) {
        use ir::BinaryOp as B;
        let a = self.number(a);
        let b = self.number(b);
        let code = self.op_code(op as i64);
        let float_path = unboxed::has_float_path(op);
        let int_path = matches!(
            op,
            B::Add
                | B::Sub
                | B::Mul
                | B::TrueDiv
                | B::FloorDiv
                | B::Mod
                | B::BitAnd
                | B::BitOr
                | B::BitXor
                | B::RShift
        );
        if !float_path && !int_path {
            let (a, b) = (self.boxed(a), self.boxed(b));
            return (self.checked(runtime, &[code, a, b]), None);
        }
        let not_small = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let raw = raw_result.then(|| self.b.append_block_param(merge, F64));
        let float_zero = self.b.ins().f64const(0.0);
        let exits = |value: Value| {
            let mut args = vec![BlockArg::Value(value)];
            if raw_result {
                args.push(BlockArg::Value(float_zero));
            }
            args
        };
        match (a.word(), b.word()) {
            (Some(x), Some(y)) if int_path => {
                let fast = self.b.create_block();
                self.branch_if_small_ints(x, y, fast, not_small);
                self.b.switch_to_block(fast);
                let (tagged, failed) = self.small_int_operation(op, x, y);
                self.b.ins().brif(failed, slow, &[], merge, &exits(tagged));
            }
            // `**` of two ints is an int (or a float for negative exponents): the runtime's.
            (Some(x), Some(y)) => self.branch_if_small_ints(x, y, slow, not_small),
            _ => {
                self.b.ins().jump(not_small, &[]);
            }
        }
        self.b.switch_to_block(not_small);
        if float_path {
            let x = self.float_of(a, true, slow);
            let y = self.float_of(b, true, slow);
            let z = self.float_operation(op, x, y, slow);
            if raw_result {
                let marker = self.b.ins().iconst(I64, marker::RAW_FLOAT);
                self.b
                    .ins()
                    .jump(merge, &[BlockArg::Value(marker), BlockArg::Value(z)]);
            } else {
                let boxed = self.box_float(z);
                self.b.ins().jump(merge, &exits(boxed));
            }
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let (x, y) = (self.boxed(a), self.boxed(b));
        let general = self.checked(runtime, &[code, x, y]);
        self.b.ins().jump(merge, &exits(general));
        self.b.switch_to_block(merge);
        (result, raw)
    }

    /// `x op y` on two floats where the result is CPython's without special cases; jumps to
    /// `otherwise` (the runtime, which raises or handles them) for division by zero and for
    /// powers other than of a positive base with a finite result.
    fn float_operation(&mut self, op: ir::BinaryOp, x: Value, y: Value, otherwise: Block) -> Value {
        use ir::BinaryOp as B;
        match op {
            B::Add => self.b.ins().fadd(x, y),
            B::Sub => self.b.ins().fsub(x, y),
            B::Mul => self.b.ins().fmul(x, y),
            B::TrueDiv => {
                let zero = self.b.ins().f64const(0.0);
                let by_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                let divide = self.b.create_block();
                self.b.ins().brif(by_zero, otherwise, &[], divide, &[]);
                self.b.switch_to_block(divide);
                self.b.ins().fdiv(x, y)
            }
            _ => {
                // A negative base gives a complex number or an error; an infinite result
                // of finite operands is an OverflowError.
                let zero = self.b.ins().f64const(0.0);
                let not_positive = self
                    .b
                    .ins()
                    .fcmp(FloatCC::UnorderedOrLessThanOrEqual, x, zero);
                let power = self.b.create_block();
                let square_root = self.b.create_block();
                let finished = self.b.create_block();
                let z = self.b.append_block_param(finished, F64);
                self.b
                    .ins()
                    .brif(not_positive, otherwise, &[], square_root, &[]);
                self.b.switch_to_block(square_root);
                self.square_root_as_pow(x, y, power, finished);
                self.b.switch_to_block(power);
                let id = self.cx.runtime_function("pow");
                let callee = self.cx.func_ref(id, self.b.func);
                let call = self.b.ins().call(callee, &[x, y]);
                let power_result = self.b.inst_results(call)[0];
                let magnitude = self.b.ins().fabs(power_result);
                let infinity = self.b.ins().f64const(f64::INFINITY);
                let overflow = self.b.ins().fcmp(FloatCC::Equal, magnitude, infinity);
                self.b.ins().brif(
                    overflow,
                    otherwise,
                    &[],
                    finished,
                    &[BlockArg::Value(power_result)],
                );
                self.b.switch_to_block(finished);
                z
            }
        }
    }

    /// `x ** y` for a positive `x` as the correctly rounded square root when `y` is 0.5 and
    /// libm's `pow` must agree, jumping to `finished` with it; to `power` otherwise.
    /// glibc's `pow` is within 0.54 ULP of the exact result, so where the exact root lies
    /// within 0.4 ULP of `sqrt(x)`, every other double is too far away for `pow` to return
    /// it. The residual `x - s*s`, exact with a fused multiply-add, measures that distance:
    /// the root is `s + r/(2s)` to first order. Tiny `x` is left to `pow`, where the residual
    /// could underflow; infinite `x` fails the test through a NaN residual.
    fn square_root_as_pow(&mut self, x: Value, y: Value, power: Block, finished: Block) {
        let half = self.b.ins().f64const(0.5);
        let is_half = self.b.ins().fcmp(FloatCC::Equal, y, half);
        let smallest = self.b.ins().f64const(1e-290);
        let large_enough = self.b.ins().fcmp(FloatCC::GreaterThan, x, smallest);
        let candidate = self.b.ins().band(is_half, large_enough);
        let root = self.b.create_block();
        self.b.ins().brif(candidate, root, &[], power, &[]);
        self.b.switch_to_block(root);
        let s = self.b.ins().sqrt(x);
        let minus_s = self.b.ins().fneg(s);
        let residual = self.b.ins().fma(minus_s, s, x);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), s);
        let below_bits = self.b.ins().iadd_imm_s(bits, -1);
        let below = self.b.ins().bitcast(F64, MemFlagsData::new(), below_bits);
        let ulp = self.b.ins().fsub(s, below);
        let factor = self.b.ins().f64const(0.8);
        let scaled = self.b.ins().fmul(s, factor);
        let bound = self.b.ins().fmul(scaled, ulp);
        let distance = self.b.ins().fabs(residual);
        let agrees = self.b.ins().fcmp(FloatCC::LessThan, distance, bound);
        self.b
            .ins()
            .brif(agrees, finished, &[BlockArg::Value(s)], power, &[]);
    }

    /// The tagged result of `op` on two tagged small ints, and a flag that is non-zero when
    /// the runtime must do it instead (overflow, division by zero, negative shift).
    fn small_int_operation(&mut self, op: ir::BinaryOp, a: Value, b: Value) -> (Value, Value) {
        use ir::BinaryOp as B;
        let never = self.b.ins().iconst(cranelift_codegen::ir::types::I8, 0);
        match op {
            // With a = 2x+1 and b = 2y+1: a + (b-1) = 2(x+y)+1, a - (b-1) = 2(x-y)+1 and
            // (a-1)*y + 1 = 2xy+1; the machine overflow flag is exactly the small-int overflow.
            B::Add => {
                let untagged_b = self.b.ins().iadd_imm_s(b, -1);
                self.b.ins().sadd_overflow(a, untagged_b)
            }
            B::Sub => {
                let untagged_b = self.b.ins().iadd_imm_s(b, -1);
                self.b.ins().ssub_overflow(a, untagged_b)
            }
            B::Mul => {
                let doubled_x = self.b.ins().iadd_imm_s(a, -1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let (product, overflow) = self.b.ins().smul_overflow(doubled_x, y);
                (self.b.ins().iadd_imm_s(product, 1), overflow)
            }
            B::TrueDiv => {
                // Exact operands (|x|, |y| <= 2**53) give CPython's correctly rounded quotient.
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let x_inexact = self.beyond_exact_float(x);
                let y_inexact = self.beyond_exact_float(y);
                let by_zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let failed = self.b.ins().bor(x_inexact, y_inexact);
                let failed = self.b.ins().bor(failed, by_zero);
                let one = self.b.ins().iconst(I64, 1);
                let divisor = self.b.ins().select(by_zero, one, y);
                let x = self.b.ins().fcvt_from_sint(F64, x);
                let y = self.b.ins().fcvt_from_sint(F64, divisor);
                let quotient = self.b.ins().fdiv(x, y);
                let boxed = self.box_float(quotient);
                (boxed, failed)
            }
            // The tag bit survives and/or; xor clears it.
            B::BitAnd => (self.b.ins().band(a, b), never),
            B::BitOr => (self.b.ins().bor(a, b), never),
            B::BitXor => {
                let x = self.b.ins().bxor(a, b);
                (self.b.ins().bor_imm_s(x, 1), never)
            }
            B::RShift => {
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                let limit = self.b.ins().iconst(I64, 63);
                let amount = self.b.ins().smin(y, limit);
                let shifted = self.b.ins().sshr(x, amount);
                (self.tag(shifted), negative)
            }
            _ => {
                // Floor division and modulo: truncating division, then CPython's correction
                // towards negative infinity when the remainder's sign differs from the divisor's.
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let by_zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let one = self.b.ins().iconst(I64, 1);
                let divisor = self.b.ins().select(by_zero, one, y);
                let quotient = self.b.ins().sdiv(x, divisor);
                let product = self.b.ins().imul(quotient, divisor);
                let remainder = self.b.ins().isub(x, product);
                let inexact = self.b.ins().icmp_imm_s(IntCC::NotEqual, remainder, 0);
                let signs = self.b.ins().bxor(remainder, divisor);
                let opposite = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let adjust = self.b.ins().band(inexact, opposite);
                let zero = self.b.ins().iconst(I64, 0);
                if op == B::Mod {
                    let correction = self.b.ins().select(adjust, divisor, zero);
                    let modulo = self.b.ins().iadd(remainder, correction);
                    (self.tag(modulo), by_zero)
                } else {
                    let correction = self.b.ins().select(adjust, one, zero);
                    let floor = self.b.ins().isub(quotient, correction);
                    let doubled = self.b.ins().ishl_imm_s(floor, 1);
                    let back = self.b.ins().sshr_imm_s(doubled, 1);
                    let overflow = self.b.ins().icmp(IntCC::NotEqual, back, floor);
                    let failed = self.b.ins().bor(by_zero, overflow);
                    (self.tag(floor), failed)
                }
            }
        }
    }

    /// Non-zero when the int `n` is not exactly representable as a float (|n| > 2**53).
    fn beyond_exact_float(&mut self, n: Value) -> Value {
        let limit = 1i64 << 53;
        let shifted = self.b.ins().iadd_imm_s(n, limit);
        self.b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThan, shifted, 2 * limit)
    }

    /// The float value of a float object or (with `ints`) a small int, converted with
    /// correct rounding as CPython does for mixed arithmetic; jumps to `otherwise` for
    /// anything else.
    pub(super) fn float_value(&mut self, v: Value, ints: bool, otherwise: Block) -> Value {
        let object = self.b.create_block();
        let float = self.b.create_block();
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, F64);
        if ints {
            let small = self.b.create_block();
            let tag = self.b.ins().band_imm_s(v, 1);
            self.b.ins().brif(tag, small, &[], object, &[]);
            self.b.switch_to_block(small);
            let n = self.b.ins().sshr_imm_s(v, 1);
            let converted = self.b.ins().fcvt_from_sint(F64, n);
            self.b.ins().jump(merge, &[BlockArg::Value(converted)]);
        } else {
            self.b.ins().jump(object, &[]);
        }
        self.b.switch_to_block(object);
        self.branch_if_kind(v, kind::FLOAT, float, otherwise);
        self.b.switch_to_block(float);
        let x = self
            .b
            .ins()
            .load(F64, MemFlagsData::trusted(), v, float::VALUE);
        self.b.ins().jump(merge, &[BlockArg::Value(x)]);
        self.b.switch_to_block(merge);
        result
    }

    /// The tagged small int for `n`, which must fit.
    pub(super) fn tag(&mut self, n: Value) -> Value {
        let doubled = self.b.ins().ishl_imm_s(n, 1);
        self.b.ins().bor_imm_s(doubled, 1)
    }

    /// Ordering comparisons of two small ints compare the tagged words directly.
    pub(super) fn codegen_compare(&mut self, op: ir::CompareOp, a: &Operand, b: &Operand) -> Value {
        let text_equality = self.str_constant_equality(op, a, b);
        let a = self.number(a);
        let b = self.number(b);
        let code = self.op_code(op as i64);
        if matches!(op, ir::CompareOp::In | ir::CompareOp::NotIn) {
            let (a, b) = (self.boxed(a), self.boxed(b));
            return self.checked("rt_compare", &[code, a, b]);
        }
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let mut finish = |fx: &mut Self, holds| {
            let boolean = fx.boolean(holds);
            fx.b.ins().jump(merge, &[BlockArg::Value(boolean)]);
        };
        match text_equality {
            Some(equality) => self.str_equality(&equality, a, b, slow, &mut finish),
            None => self.inline_comparison(op, a, b, slow, &mut finish),
        }
        self.b.switch_to_block(slow);
        let (a, b) = (self.boxed(a), self.boxed(b));
        let general = self.checked("rt_compare", &[code, a, b]);
        self.b.ins().jump(merge, &[BlockArg::Value(general)]);
        self.b.switch_to_block(merge);
        result
    }

    /// `if a op b:` without making the bool: the inline paths branch on the machine
    /// condition; the runtime's result (any object) is tested for truth.
    pub(super) fn compare_and_branch(
        &mut self,
        op: ir::CompareOp,
        a: &Operand,
        b: &Operand,
        then_block: Block,
        else_block: Block,
    ) {
        let text_equality = self.str_constant_equality(op, a, b);
        let a = self.number(a);
        let b = self.number(b);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let mut finish = |fx: &mut Self, holds| {
            fx.b.ins().brif(holds, then_block, &[], else_block, &[]);
        };
        match text_equality {
            Some(equality) => self.str_equality(&equality, a, b, slow, &mut finish),
            None => self.inline_comparison(op, a, b, slow, &mut finish),
        }
        self.b.switch_to_block(slow);
        let code = self.op_code(op as i64);
        let (a, b) = (self.boxed(a), self.boxed(b));
        let general = self.checked("rt_compare", &[code, a, b]);
        self.branch_on_truth(general, then_block, else_block);
    }

    /// For `a == b` and `a != b` where one side is a str constant: whether the comparison
    /// is negated, the constant's text and whether `b` is the constant. None for other
    /// comparisons.
    fn str_constant_equality(
        &self,
        op: ir::CompareOp,
        a: &Operand,
        b: &Operand,
    ) -> Option<StrEquality> {
        let negated = match op {
            ir::CompareOp::Eq => false,
            ir::CompareOp::NotEq => true,
            _ => return None,
        };
        let text = |operand: &Operand| match operand {
            Operand::Const(c) => match &self.consts[*c as usize] {
                Const::Str(text) => Some(text.as_bytes().to_vec()),
                _ => None,
            },
            _ => None,
        };
        let (constant, constant_is_b) = match (text(a), text(b)) {
            (_, Some(constant)) => (constant, true),
            (Some(constant), None) => (constant, false),
            (None, None) => return None,
        };
        Some(StrEquality {
            negated,
            constant,
            constant_is_b,
        })
    }

    /// The inline path of an equality with a str constant of text `constant`, each path
    /// ending with `finish` given the machine condition (negated for `!=`). The same object
    /// is equal; a str whose text is its own compares its length, then (up to 8 bytes)
    /// its text as one word, against the constant's, known here; other strs compare in the
    /// runtime. An operand that is not a str jumps to `slow`, as its type may define
    /// `__eq__`.
    fn str_equality(
        &mut self,
        equality: &StrEquality,
        a: Number,
        b: Number,
        slow: Block,
        finish: &mut dyn FnMut(&mut Self, Value),
    ) {
        let constant = &equality.constant;
        let (a, b) = (self.boxed(a), self.boxed(b));
        let (other, constant_value) = if equality.constant_is_b {
            (a, b)
        } else {
            (b, a)
        };
        let trusted = MemFlagsData::trusted();
        let identical = self.b.create_block();
        let different = self.b.create_block();
        let other_is_str = self.b.create_block();
        let same_length = self.b.create_block();
        let lengths_differ = self.b.create_block();
        let in_runtime = self.b.create_block();
        let merge = self.b.create_block();
        let equal = self.b.append_block_param(merge, I64);
        let same = self.b.ins().icmp(IntCC::Equal, a, b);
        self.b.ins().brif(same, identical, &[], different, &[]);
        self.b.switch_to_block(identical);
        let one = self.b.ins().iconst(I64, 1);
        self.b.ins().jump(merge, &[BlockArg::Value(one)]);
        self.b.switch_to_block(different);
        self.branch_if_kind(other, kind::STR, other_is_str, slow);
        self.b.switch_to_block(other_is_str);
        // The raw length word: a shared str's has its top bit set, so it never matches the
        // constant's length and goes to the runtime.
        let length = self.b.ins().load(I64, trusted, other, str::NBYTES);
        let expected = self.b.ins().iconst(I64, constant.len() as i64);
        let matching = self.b.ins().icmp(IntCC::Equal, length, expected);
        self.b
            .ins()
            .brif(matching, same_length, &[], lengths_differ, &[]);
        self.b.switch_to_block(lengths_differ);
        let zero = self.b.ins().iconst(I64, 0);
        let shared = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, length, 0);
        self.b
            .ins()
            .brif(shared, in_runtime, &[], merge, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(same_length);
        if constant.is_empty() {
            // Two empty texts; an empty str's cell ends where its text would start.
            let one = self.b.ins().iconst(I64, 1);
            self.b.ins().jump(merge, &[BlockArg::Value(one)]);
        } else if constant.len() <= 8 {
            // Both texts are `constant.len()` bytes at `str::TEXT`, inside cells that are
            // a whole number of words long, so one word load reads them; the bytes past the
            // text are masked off.
            let mask = match constant.len() {
                8 => -1i64,
                n => (1i64 << (8 * n)) - 1,
            };
            let other_word = self.b.ins().load(I64, trusted, other, str::TEXT);
            let constant_word = self.b.ins().load(I64, trusted, constant_value, str::TEXT);
            let differences = self.b.ins().bxor(other_word, constant_word);
            let masked = self.b.ins().band_imm_s(differences, mask);
            let texts_equal = self.b.ins().icmp_imm_s(IntCC::Equal, masked, 0);
            let texts_equal = self.b.ins().uextend(I64, texts_equal);
            self.b.ins().jump(merge, &[BlockArg::Value(texts_equal)]);
        } else {
            self.b.ins().jump(in_runtime, &[]);
        }
        self.b.switch_to_block(in_runtime);
        let texts_equal = self.call_rt("rt_str_equal", &[a, b]);
        self.b.ins().jump(merge, &[BlockArg::Value(texts_equal)]);
        self.b.switch_to_block(merge);
        let condition = if equality.negated {
            IntCC::Equal
        } else {
            IntCC::NotEqual
        };
        let holds = self.b.ins().icmp_imm_s(condition, equal, 0);
        finish(self, holds);
    }

    /// The inline paths of an ordering or equality comparison: two small ints compare their
    /// tagged words, two floats their values, each path ending with `finish` given the
    /// machine condition; anything else jumps to `slow`. Ints and floats compare exactly in
    /// CPython, which a conversion does not always match, so an int and a float take the
    /// slow path.
    fn inline_comparison(
        &mut self,
        op: ir::CompareOp,
        a: Number,
        b: Number,
        slow: Block,
        finish: &mut dyn FnMut(&mut Self, Value),
    ) {
        use ir::CompareOp as C;
        let (int_condition, float_condition) = match op {
            C::Eq => (IntCC::Equal, FloatCC::Equal),
            C::NotEq => (IntCC::NotEqual, FloatCC::NotEqual),
            C::Lt => (IntCC::SignedLessThan, FloatCC::LessThan),
            C::LtE => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            C::Gt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            C::GtE | C::In | C::NotIn => {
                (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual)
            }
        };
        let not_small = self.b.create_block();
        if let (Some(x), Some(y)) = (a.word(), b.word()) {
            let fast = self.b.create_block();
            self.branch_if_small_ints(x, y, fast, not_small);
            self.b.switch_to_block(fast);
            let holds = self.b.ins().icmp(int_condition, x, y);
            finish(self, holds);
        } else {
            self.b.ins().jump(not_small, &[]);
        }
        self.b.switch_to_block(not_small);
        let x = self.float_of(a, false, slow);
        let y = self.float_of(b, false, slow);
        let holds = self.b.ins().fcmp(float_condition, x, y);
        finish(self, holds);
    }
}
