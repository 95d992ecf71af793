//! Stackless generator bodies (`crate::stackless`): the entry dispatches on the frame's
//! state to the body's start or to the point after a `yield`; a `yield` saves the
//! variables live across it in the frame and returns the value, and a `yield from`
//! returns the iterator, flagged for the runtime to delegate to.
//!
//! Each suspension point gets three blocks: `suspend` (save, record the state, return),
//! `resume` (restore, then go on) and `continue_at` (what follows the `yield`). `suspend`
//! and `resume` are filled after the whole body, when every variable that codegen keeps
//! for a temp (its raw float, its loop state) is known.

use super::FunctionCx;
use crate::stackless::{FrameLayout, Var};
use closc_abi::generator_frame;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{F64, I64};
use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, JumpTableData, MemFlagsData, Type, Value,
};
use cranelift_frontend::Variable;

/// The codegen state of a stackless body.
pub(super) struct Stackless {
    /// The frame the entry received.
    frame: Value,
    layout: FrameLayout,
    /// Where the entry dispatches from, filled last.
    dispatch: Block,
    /// The body's start (state 0).
    start: Block,
    /// Resumption point `k` is state `k + 1`.
    points: Vec<SuspensionPoint>,
    /// The statement being compiled: a `yield` finds what it saves by it.
    pub(super) current: *const crate::ir::Stmt,
}

struct SuspensionPoint {
    suspend: Block,
    resume: Block,
    continue_at: Block,
    live: Vec<Var>,
}

/// A Cranelift variable a suspension saves: its type and its frame word.
type SavedWord = (Variable, Type, usize);

fn word_offset(index: usize) -> i32 {
    (index * 8) as i32
}

impl<'m, 'f> FunctionCx<'m, 'f> {
    /// After the prologue of a stackless body with `frame`: goes to the dispatch, which
    /// `finish_stackless` fills, and compiles the body from its start block.
    pub(super) fn start_stackless(&mut self, frame: Value, layout: FrameLayout) {
        let dispatch = self.b.create_block();
        let start = self.b.create_block();
        self.b.ins().jump(dispatch, &[]);
        self.b.switch_to_block(start);
        self.stackless = Some(Stackless {
            frame,
            layout,
            dispatch,
            start,
            points: Vec::new(),
            current: std::ptr::null(),
        });
    }

    fn stackless(&self) -> &Stackless {
        self.stackless.as_ref().expect("a stackless body")
    }

    /// `yield value` in a stackless body (or, when `delegating`, `yield from` the iterator
    /// `value`): suspends, and gives the value sent in or the delegate's return value (or
    /// raises what is thrown in or what the delegate raised) when resumed.
    pub(super) fn codegen_stackless_yield(&mut self, value: Value, delegating: bool) -> Value {
        let suspend = self.b.create_block();
        self.b.append_block_param(suspend, I64);
        let resume = self.b.create_block();
        let continue_at = self.b.create_block();
        let state = self.stackless();
        let live = state
            .layout
            .live_after_yield
            .get(&state.current)
            .cloned()
            .expect("liveness covers every yield");
        let frame = state.frame;
        self.stackless
            .as_mut()
            .expect("a stackless body")
            .points
            .push(SuspensionPoint {
                suspend,
                resume,
                continue_at,
                live,
            });
        let trusted = MemFlagsData::trusted();
        if delegating {
            let flag = self.b.ins().iconst(I64, 1);
            self.b.ins().store(
                trusted,
                flag,
                frame,
                word_offset(generator_frame::DELEGATING),
            );
        }
        self.b.ins().jump(suspend, &[BlockArg::Value(value)]);
        self.b.switch_to_block(continue_at);
        let sent = self
            .b
            .ins()
            .load(I64, trusted, frame, word_offset(generator_frame::SENT));
        let throwing =
            self.b
                .ins()
                .load(I64, trusted, frame, word_offset(generator_frame::THROWING));
        let zero = self.b.ins().iconst(I64, 0);
        let result = self.b.ins().select(throwing, zero, sent);
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, result, 0);
        self.branch_to_handler_if(failed);
        result
    }

    /// Before a stackless body returns: it is finished.
    pub(super) fn mark_finished(&mut self) {
        if let Some(state) = &self.stackless {
            let frame = state.frame;
            let finished = self.b.ins().iconst(I64, generator_frame::FINISHED);
            self.b.ins().store(
                MemFlagsData::trusted(),
                finished,
                frame,
                word_offset(generator_frame::STATE),
            );
        }
    }

    /// The Cranelift variables holding `var`, each with its type and frame word.
    fn saved_variables(&self, var: Var) -> Vec<SavedWord> {
        let base = self.stackless().layout.slot_of[&var];
        let mut saved = Vec::new();
        match var {
            Var::Local(local) => {
                saved.push((self.slots[local as usize], I64, base));
                if let Some(raw) = self.raw_slots[local as usize] {
                    saved.push((raw, F64, base + 1));
                }
            }
            Var::Temp(temp) => {
                saved.push((self.temps[temp as usize], I64, base));
                if let Some(raw) = self.raw_floats[temp as usize] {
                    saved.push((raw, F64, base + 1));
                }
                if let Some(range) = self.range_loops.get(&temp) {
                    saved.extend([
                        (range.next, I64, base + 2),
                        (range.remaining, I64, base + 3),
                        (range.step, I64, base + 4),
                    ]);
                } else if let Some(sequence) = self.sequence_loops.get(&temp) {
                    let (held, position) = sequence.variables();
                    saved.extend([(held, I64, base + 2), (position, I64, base + 3)]);
                }
            }
        }
        saved
    }

    /// Fills the suspension and resumption blocks and the entry's dispatch, once the whole
    /// body is compiled.
    pub(super) fn finish_stackless(&mut self) {
        let state = self.stackless();
        let (frame, dispatch, start) = (state.frame, state.dispatch, state.start);
        let points: Vec<(Block, Block, Block, Vec<SavedWord>)> = state
            .points
            .iter()
            .map(|point| {
                let mut saved: Vec<_> = point
                    .live
                    .iter()
                    .flat_map(|&var| self.saved_variables(var))
                    .collect();
                saved.push((self.line, I64, generator_frame::LINE));
                (point.suspend, point.resume, point.continue_at, saved)
            })
            .collect();
        self.stackless = None;
        let trusted = MemFlagsData::trusted();
        for (k, (suspend, resume, continue_at, saved)) in points.iter().enumerate() {
            self.b.switch_to_block(*suspend);
            let value = self.b.block_params(*suspend)[0];
            for &(variable, _, index) in saved {
                let word = self.b.use_var(variable);
                self.b.ins().store(trusted, word, frame, word_offset(index));
            }
            let resumption = self.b.ins().iconst(I64, k as i64 + 1);
            self.b.ins().store(
                trusted,
                resumption,
                frame,
                word_offset(generator_frame::STATE),
            );
            self.leave_frame();
            self.b.ins().return_(&[value]);
            self.b.switch_to_block(*resume);
            for &(variable, ty, index) in saved {
                let word = self.b.ins().load(ty, trusted, frame, word_offset(index));
                self.b.def_var(variable, word);
            }
            self.b.ins().jump(*continue_at, &[]);
        }
        self.b.switch_to_block(dispatch);
        let at = self
            .b
            .ins()
            .load(I64, trusted, frame, word_offset(generator_frame::STATE));
        let start = self.b.func.dfg.block_call(start, &[]);
        let mut targets = vec![start];
        targets.extend(
            points
                .iter()
                .map(|(_, resume, _, _)| self.b.func.dfg.block_call(*resume, &[])),
        );
        let table = self
            .b
            .create_jump_table(JumpTableData::new(start, &targets));
        self.b.ins().br_table(at, table);
    }
}
