//! Int clones (`crate::int_clone`): a qualifying function's body compiled a second time over
//! raw `i64`s, as `clone(budget, arg0, ...) -> (result, status)`.
//!
//! `budget` is how many more Python frames the recursion limit allows; a self-call needs one
//! and passes one less. `status` is 0 when `result` is the function's int result, and
//! `BAILED` when the clone stopped because the ordinary body must do the work (see
//! `crate::int_clone` for why stopping anywhere is safe).

use super::iteration::{range_count, RangeLoop};
use super::ModuleCx;
use crate::int_clone::{IntClone, TempKind};
use crate::ir::{self, BinaryOp, CompareOp, Cond, Op, Operand, Stmt, UnaryOp};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I64, I8};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, FuncRef, GlobalValue, InstBuilder, MemFlagsData, Signature,
    SourceLoc, Value,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId, Module};
use std::collections::HashMap;

/// The status a clone returns when the ordinary body must run instead.
pub const BAILED: i64 = 1;

/// `(budget, arg0, ..., argN-1) -> (result, status)`, all machine words.
pub fn signature(cx: &ModuleCx, argcount: usize) -> Signature {
    let mut signature = cx.module.make_signature();
    signature
        .params
        .extend(std::iter::repeat_n(AbiParam::new(I64), 1 + argcount));
    signature
        .returns
        .extend([AbiParam::new(I64), AbiParam::new(I64)]);
    signature
}

/// Builds the clone of `function` into `context` (whose signature is already set).
pub fn lower(
    cx: &mut ModuleCx,
    globals: DataId,
    id: FuncId,
    context: &mut Context,
    builder_context: &mut FunctionBuilderContext,
    function: &ir::Function,
    clone: &IntClone,
) {
    let mut b = FunctionBuilder::new(&mut context.func, builder_context);
    let lines = cx.debug.is_some();
    if lines {
        b.set_srcloc(SourceLoc::new(function.first_line));
    }
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let self_ref = cx.func_ref(id, b.func);
    let globals = cx.data_ref(globals, b.func);
    let bail = b.create_block();
    b.set_cold_block(bail);
    let mut statements = 0;
    ir::for_each_stmt(&function.body, &mut |_| statements += 1);
    let mut fx = CloneCx {
        frame: Frame::new(&mut b, function, clone, params[0], &params[1..], None, 0),
        b,
        function,
        clone,
        self_ref,
        globals,
        bail,
        statements,
        inline_budget: INLINED_STATEMENTS,
        lines,
    };
    fx.body(&function.body);
    // Falling off the end returns None: not an int.
    fx.b.ins().jump(fx.bail, &[]);
    fx.b.switch_to_block(fx.bail);
    let status = fx.b.ins().iconst(I64, BAILED);
    let nothing = fx.b.ins().iconst(I64, 0);
    fx.b.ins().return_(&[nothing, status]);
    fx.b.seal_all_blocks();
    let config = cx.module.target_config();
    fx.b.finalize(config);
}

/// Self-calls are inlined up to `INLINE_DEPTH` levels deep while the copies add up to at
/// most `INLINED_STATEMENTS` statements; the other self-calls are real calls. Three levels
/// leave `fib` an eighth of its calls.
const INLINE_DEPTH: u32 = 3;
const INLINED_STATEMENTS: usize = 256;

struct CloneCx<'a, 'f> {
    b: FunctionBuilder<'f>,
    function: &'a ir::Function,
    clone: &'a IntClone,
    /// The variables of the body being emitted: the clone's own, or an inlined call's.
    frame: Frame,
    self_ref: FuncRef,
    /// The module's global slots (`closc_globals`).
    globals: GlobalValue,
    bail: Block,
    /// Statements in one copy of the body.
    statements: usize,
    /// How many more statements inlined copies may add.
    inline_budget: usize,
    /// Whether instructions are marked with their source lines (`-g`).
    lines: bool,
}

/// The state of one activation of the body.
struct Frame {
    locals: Vec<Variable>,
    /// Whether each local after the parameters has been assigned: reading one that has
    /// not raises UnboundLocalError, which is the ordinary body's to raise.
    bound: Vec<Option<Variable>>,
    temps: Vec<Option<Variable>>,
    /// For each range item temp: whether the iterator was exhausted (the temp's variable
    /// holds the item otherwise).
    exhausted: Vec<Option<Variable>>,
    /// For each range iterator temp: its state.
    ranges: Vec<Option<RangeLoop>>,
    budget: Value,
    /// Each loop's or block's (continue target, break target).
    labels: HashMap<ir::Label, (Block, Block)>,
    /// Where a return jumps with its value in an inlined call; None in the clone's own
    /// body, which returns.
    return_to: Option<Block>,
    /// How many inlined calls deep this activation is (0: the clone's own body).
    inline_depth: u32,
}

impl Frame {
    fn new(
        b: &mut FunctionBuilder,
        function: &ir::Function,
        clone: &IntClone,
        budget: Value,
        arguments: &[Value],
        return_to: Option<Block>,
        inline_depth: u32,
    ) -> Frame {
        let zero = b.ins().iconst(I64, 0);
        let unbound = b.ins().iconst(I8, 0);
        let argcount = arguments.len();
        let locals = (0..function.locals.len())
            .map(|i| {
                let var = b.declare_var(I64);
                b.def_var(var, arguments.get(i).copied().unwrap_or(zero));
                var
            })
            .collect();
        let bound = (0..function.locals.len())
            .map(|i| {
                (i >= argcount).then(|| {
                    let var = b.declare_var(I8);
                    b.def_var(var, unbound);
                    var
                })
            })
            .collect();
        let temps = clone
            .temps
            .iter()
            .map(|kind| match kind {
                TempKind::Int | TempKind::RangeItem => Some(b.declare_var(I64)),
                TempKind::Bool => Some(b.declare_var(I8)),
                TempKind::Unused
                | TempKind::SelfFunction
                | TempKind::Range
                | TempKind::RangeIterator => None,
            })
            .collect();
        let exhausted = clone
            .temps
            .iter()
            .map(|kind| (*kind == TempKind::RangeItem).then(|| b.declare_var(I8)))
            .collect();
        let ranges = clone
            .temps
            .iter()
            .map(|kind| {
                (*kind == TempKind::RangeIterator).then(|| RangeLoop {
                    next: b.declare_var(I64),
                    remaining: b.declare_var(I64),
                    step: b.declare_var(I64),
                })
            })
            .collect();
        Frame {
            locals,
            bound,
            temps,
            exhausted,
            ranges,
            budget,
            labels: HashMap::new(),
            return_to,
            inline_depth,
        }
    }
}

impl CloneCx<'_, '_> {
    fn body(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Assign(t, Op::IterRange { args, .. }) => self.start_range(*t, args),
            Stmt::Assign(t, Op::Next(Operand::Temp(iterator))) => self.next_in_range(*t, *iterator),
            Stmt::Assign(t, op) => {
                if let Some(value) = self.op(op) {
                    let var =
                        self.frame.temps[*t as usize].expect("int and bool temps have variables");
                    self.b.def_var(var, value);
                }
            }
            Stmt::SetLocal(local, value) => {
                let value = self.operand(value);
                self.b.def_var(self.frame.locals[*local as usize], value);
                if let Some(bound) = self.frame.bound[*local as usize] {
                    let yes = self.b.ins().iconst(I8, 1);
                    self.b.def_var(bound, yes);
                }
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let holds = self.cond(cond);
                let then_block = self.b.create_block();
                let else_block = self.b.create_block();
                let merge = self.b.create_block();
                self.b.ins().brif(holds, then_block, &[], else_block, &[]);
                self.b.switch_to_block(then_block);
                self.body(then);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(else_block);
                self.body(otherwise);
                self.b.ins().jump(merge, &[]);
                self.b.switch_to_block(merge);
            }
            Stmt::Loop { label, body } => {
                let header = self.b.create_block();
                let after = self.b.create_block();
                self.frame.labels.insert(*label, (header, after));
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                self.body(body);
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(after);
            }
            Stmt::Block { label, body } => {
                let after = self.b.create_block();
                self.frame.labels.insert(*label, (after, after));
                self.body(body);
                self.b.ins().jump(after, &[]);
                self.b.switch_to_block(after);
            }
            Stmt::Break(label) => {
                let target = self.frame.labels[label].1;
                self.b.ins().jump(target, &[]);
                self.start_unreachable_block();
            }
            Stmt::Continue(label) => {
                let target = self.frame.labels[label].0;
                self.b.ins().jump(target, &[]);
                self.start_unreachable_block();
            }
            Stmt::Return(value) => {
                if self.kind(value) == TempKind::Int {
                    let value = self.operand(value);
                    if let Some(merge) = self.frame.return_to {
                        self.b.ins().jump(merge, &[BlockArg::Value(value)]);
                    } else {
                        let ok = self.b.ins().iconst(I64, 0);
                        self.b.ins().return_(&[value, ok]);
                    }
                } else {
                    self.b.ins().jump(self.bail, &[]);
                }
                self.start_unreachable_block();
            }
            Stmt::Line(line) => {
                if self.lines {
                    self.b.set_srcloc(SourceLoc::new(*line));
                }
            }
            _ => unreachable!("int_clone admits no other statement"),
        }
    }

    fn start_unreachable_block(&mut self) {
        let block = self.b.create_block();
        self.b.switch_to_block(block);
    }

    /// Branches to the bail-out when `condition` holds.
    fn bail_if(&mut self, condition: Value) {
        let go_on = self.b.create_block();
        self.b.ins().brif(condition, self.bail, &[], go_on, &[]);
        self.b.switch_to_block(go_on);
    }

    fn kind(&self, value: &Operand) -> TempKind {
        match value {
            Operand::Temp(t) => match self.clone.temps[*t as usize] {
                TempKind::RangeItem => TempKind::Int,
                kind => kind,
            },
            Operand::Int(_) => TempKind::Int,
            Operand::True | Operand::False => TempKind::Bool,
            Operand::Const(_) | Operand::None => TempKind::Unused,
        }
    }

    fn operand(&mut self, value: &Operand) -> Value {
        match value {
            Operand::Temp(t) => {
                let var = self.frame.temps[*t as usize].expect("int and bool temps have variables");
                self.b.use_var(var)
            }
            Operand::Int(n) => self.b.ins().iconst(I64, *n),
            Operand::True => self.b.ins().iconst(I8, 1),
            Operand::False => self.b.ins().iconst(I8, 0),
            Operand::Const(_) | Operand::None => unreachable!("int_clone admits no such operand"),
        }
    }

    /// A condition as an `I8` that is non-zero when it holds.
    fn cond(&mut self, cond: &Cond) -> Value {
        match cond {
            Cond::Truthy(value) => {
                let v = self.operand(value);
                if self.kind(value) == TempKind::Int {
                    self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0)
                } else {
                    v
                }
            }
            Cond::Not(inner) => {
                let holds = self.cond(inner);
                self.b.ins().icmp_imm_s(IntCC::Equal, holds, 0)
            }
            Cond::Exhausted(Operand::Temp(item)) => {
                let done = self.frame.exhausted[*item as usize].expect("range items have a flag");
                self.b.use_var(done)
            }
            _ => unreachable!("int_clone admits no other condition"),
        }
    }

    /// The value of `op`, or None for the read of the function's own global or of
    /// `range` (which only tells codegen what is called).
    fn op(&mut self, op: &Op) -> Option<Value> {
        Some(match op {
            Op::Use(value) => self.operand(value),
            Op::Global { global, .. } if Some(*global) == self.clone.range_global => {
                // A module global named `range` would shadow the builtin.
                let base = self.b.ins().symbol_value(I64, self.globals);
                let slot =
                    self.b
                        .ins()
                        .load(I64, MemFlagsData::trusted(), base, (global * 8) as i32);
                self.bail_if(slot);
                return None;
            }
            Op::Local { local, .. } => {
                if let Some(bound) = self.frame.bound[*local as usize] {
                    let flag = self.b.use_var(bound);
                    let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
                    self.bail_if(unbound);
                }
                self.b.use_var(self.frame.locals[*local as usize])
            }
            Op::Global { .. } => return None,
            Op::Binary(op, a, b) | Op::InPlace(op, a, b) => {
                let a = self.operand(a);
                let b = self.operand(b);
                self.binary(*op, a, b)
            }
            Op::Unary(UnaryOp::Not, value) => {
                let holds = self.cond(&Cond::Truthy(value.clone()));
                self.b.ins().icmp_imm_s(IntCC::Equal, holds, 0)
            }
            Op::Unary(op, value) => {
                let v = self.operand(value);
                match op {
                    UnaryOp::Neg => {
                        let zero = self.b.ins().iconst(I64, 0);
                        let (negated, overflow) = self.b.ins().ssub_overflow(zero, v);
                        self.bail_if(overflow);
                        negated
                    }
                    UnaryOp::Invert => self.b.ins().bnot(v),
                    UnaryOp::Pos | UnaryOp::Not => v,
                }
            }
            Op::Compare(op, a, b) => {
                let a = self.operand(a);
                let b = self.operand(b);
                let cc = match op {
                    CompareOp::Eq => IntCC::Equal,
                    CompareOp::NotEq => IntCC::NotEqual,
                    CompareOp::Lt => IntCC::SignedLessThan,
                    CompareOp::LtE => IntCC::SignedLessThanOrEqual,
                    CompareOp::Gt => IntCC::SignedGreaterThan,
                    CompareOp::GtE => IntCC::SignedGreaterThanOrEqual,
                    CompareOp::In | CompareOp::NotIn => {
                        unreachable!("int_clone admits no containment test")
                    }
                };
                self.b.ins().icmp(cc, a, b)
            }
            Op::Call { args, .. } => {
                let exhausted =
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::SignedLessThan, self.frame.budget, 1);
                self.bail_if(exhausted);
                let budget = self.b.ins().iadd_imm_s(self.frame.budget, -1);
                let arguments: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
                if self.frame.inline_depth < INLINE_DEPTH && self.statements <= self.inline_budget {
                    self.inline_budget -= self.statements;
                    return Some(self.inline_call(budget, &arguments));
                }
                let mut values = vec![budget];
                values.extend(arguments);
                let call = self.b.ins().call(self.self_ref, &values);
                let (result, status) = {
                    let results = self.b.inst_results(call);
                    (results[0], results[1])
                };
                self.bail_if(status);
                result
            }
            _ => unreachable!("int_clone admits no other operation"),
        })
    }

    /// `iter(range(*args))` into the iterator temp's state; a zero step bails (range
    /// raises ValueError).
    fn start_range(&mut self, iterator: ir::Temp, args: &[Operand]) {
        let state = self.frame.ranges[iterator as usize].expect("range iterators have state");
        let values: Vec<Value> = args.iter().map(|a| self.operand(a)).collect();
        let zero = self.b.ins().iconst(I64, 0);
        let one = self.b.ins().iconst(I64, 1);
        let (start, stop, step) = match values[..] {
            [stop] => (zero, stop, one),
            [start, stop] => (start, stop, one),
            [start, stop, step] => (start, stop, step),
            _ => unreachable!("lowering makes IterRange with one to three arguments"),
        };
        let zero_step = self.b.ins().icmp_imm_s(IntCC::Equal, step, 0);
        self.bail_if(zero_step);
        // The number of values: ceil((stop - start) / step) when positive. Ints here are
        // any i64, so the span may not fit a machine word: bail then.
        let upward = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let (span, overflow) = self.b.ins().ssub_overflow(stop, start);
        self.bail_if(overflow);
        let (negated_span, overflow) = self.b.ins().ssub_overflow(zero, span);
        self.bail_if(overflow);
        let distance = self.b.ins().select(upward, span, negated_span);
        let (negated_step, overflow) = self.b.ins().ssub_overflow(zero, step);
        self.bail_if(overflow);
        let stride = self.b.ins().select(upward, step, negated_step);
        let count = range_count(&mut self.b, distance, stride);
        self.b.def_var(state.next, start);
        self.b.def_var(state.remaining, count);
        self.b.def_var(state.step, step);
    }

    /// `next()` of a range iterator temp into the item temp and its exhausted flag.
    fn next_in_range(&mut self, item: ir::Temp, iterator: ir::Temp) {
        let state = self.frame.ranges[iterator as usize].expect("range iterators have state");
        let value = self.frame.temps[item as usize].expect("range items have a variable");
        let done = self.frame.exhausted[item as usize].expect("range items have a flag");
        let remaining = self.b.use_var(state.remaining);
        let next = self.b.use_var(state.next);
        let exhausted = self.b.ins().icmp_imm_s(IntCC::Equal, remaining, 0);
        self.b.def_var(done, exhausted);
        self.b.def_var(value, next);
        // Past the last value the state no longer matters, so it advances regardless (the
        // last value plus the step may wrap, harmlessly).
        let step = self.b.use_var(state.step);
        let following = self.b.ins().iadd(next, step);
        self.b.def_var(state.next, following);
        let more = self.b.ins().icmp_imm_s(IntCC::NotEqual, remaining, 0);
        let more = self.b.ins().uextend(I64, more);
        let left = self.b.ins().isub(remaining, more);
        self.b.def_var(state.remaining, left);
    }

    /// A self-call emitted in place: the body again, over fresh variables, its returns
    /// jumping to the continuation.
    fn inline_call(&mut self, budget: Value, arguments: &[Value]) -> Value {
        let merge = self.b.create_block();
        let result = self.b.append_block_param(merge, I64);
        let frame = Frame::new(
            &mut self.b,
            self.function,
            self.clone,
            budget,
            arguments,
            Some(merge),
            self.frame.inline_depth + 1,
        );
        let caller = std::mem::replace(&mut self.frame, frame);
        self.body(&self.function.body);
        // Falling off the end returns None: not an int.
        self.b.ins().jump(self.bail, &[]);
        self.frame = caller;
        self.b.switch_to_block(merge);
        result
    }

    /// `a op b` with Python's int semantics, bailing where the result is not a machine
    /// integer or the operation raises.
    fn binary(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        use BinaryOp as B;
        match op {
            B::Add => {
                let (sum, overflow) = self.b.ins().sadd_overflow(a, b);
                self.bail_if(overflow);
                sum
            }
            B::Sub => {
                let (difference, overflow) = self.b.ins().ssub_overflow(a, b);
                self.bail_if(overflow);
                difference
            }
            B::Mul => {
                let (product, overflow) = self.b.ins().smul_overflow(a, b);
                self.bail_if(overflow);
                product
            }
            B::FloorDiv | B::Mod => {
                // Zero raises; i64::MIN / -1 overflows (bailing on i64::MIN at all keeps
                // the machine division from trapping).
                let by_zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                self.bail_if(by_zero);
                let smallest = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                self.bail_if(smallest);
                let quotient = self.b.ins().sdiv(a, b);
                let remainder = self.b.ins().srem(a, b);
                // Python rounds toward negative infinity: when the remainder is non-zero
                // and its sign differs from the divisor's, step down once.
                let inexact = self.b.ins().icmp_imm_s(IntCC::NotEqual, remainder, 0);
                let signs = self.b.ins().bxor(remainder, b);
                let opposite = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let adjust = self.b.ins().band(inexact, opposite);
                let adjust = self.b.ins().uextend(I64, adjust);
                if op == B::FloorDiv {
                    self.b.ins().isub(quotient, adjust)
                } else {
                    let correction = self.b.ins().imul(adjust, b);
                    self.b.ins().iadd(remainder, correction)
                }
            }
            B::LShift => {
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
                self.bail_if(negative);
                let too_far = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 62);
                self.bail_if(too_far);
                let shifted = self.b.ins().ishl(a, b);
                let back = self.b.ins().sshr(shifted, b);
                let lost_bits = self.b.ins().icmp(IntCC::NotEqual, back, a);
                self.bail_if(lost_bits);
                shifted
            }
            B::RShift => {
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
                self.bail_if(negative);
                let most = self.b.ins().iconst(I64, 63);
                let beyond = self.b.ins().icmp(IntCC::SignedGreaterThan, b, most);
                let distance = self.b.ins().select(beyond, most, b);
                self.b.ins().sshr(a, distance)
            }
            B::BitOr => self.b.ins().bor(a, b),
            B::BitXor => self.b.ins().bxor(a, b),
            B::BitAnd => self.b.ins().band(a, b),
            B::TrueDiv | B::Pow | B::MatMul => {
                unreachable!("int_clone admits only integer operations")
            }
        }
    }
}
