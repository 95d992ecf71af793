//! Stackless generators: which generator bodies codegen compiles as resumable functions
//! over a frame of words (instead of running them on a native stack of their own), and
//! which variables each `yield` of such a body must save in the frame.
//!
//! A body qualifies when it is not a coroutine's (`qualifies`): its suspensions are
//! `yield`s and `yield from`s (which the runtime steps for it), the state at one is just
//! its live variables, and where the body goes on (or which handler gets what is thrown in)
//! is fixed by its place. The
//! liveness is a backward analysis over the structured IR, iterated to a fixed point at
//! each loop; inside a `try` body every statement may also go to the handler, so what the
//! handler reads is live there too.

use crate::ir::{Cond, Function, LocalId, Op, Operand, Stmt, Temp};
use closc_abi::generator_frame;
use std::collections::{BTreeSet, HashMap};

/// A variable of an IR function.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Var {
    Local(LocalId),
    Temp(Temp),
}

type Live = BTreeSet<Var>;

/// Words a saved local takes in the frame: its value and its raw float.
pub const LOCAL_WORDS: usize = 2;
/// Words a saved temp takes in the frame: its value, its raw float and up to three words
/// of the loop iterator state codegen keeps in registers for it.
pub const TEMP_WORDS: usize = 5;

/// Where a stackless body keeps its state: the variables live across some `yield`, each
/// at a word index of the frame.
#[derive(Debug, Default)]
pub struct FrameLayout {
    /// Per `yield` statement (by address in the IR the analysis ran on): the variables
    /// live after it, which it saves.
    pub live_after_yield: HashMap<*const Stmt, Vec<Var>>,
    /// The first frame word of each saved variable.
    pub slot_of: HashMap<Var, usize>,
    /// The frame's size in words.
    pub words: usize,
}

/// True if codegen compiles `function`'s body as a stackless generator: every generator
/// body but a coroutine's (an asynchronous generator's). Python refuses `await`, `async
/// for` and `async with` outside `async` functions, and `yield from` inside them, so a
/// stackless body suspends only at `yield`s and `yield from`s, and no other body has a
/// `yield from`.
pub fn qualifies(function: &Function) -> bool {
    function.is_generator && !function.is_coroutine
}

/// The frame layout of a stackless body: the parameters first (where the runtime puts the
/// arguments), then a group of words per variable live across a `yield`.
pub fn layout(function: &Function) -> FrameLayout {
    let mut analysis = Liveness {
        targets: HashMap::new(),
        handlers: Vec::new(),
        live_after_yield: HashMap::new(),
    };
    analysis.body(&function.body, Live::new());
    let mut slot_of = HashMap::new();
    let mut next = generator_frame::VARIABLES + function.param_count();
    let saved: BTreeSet<Var> = analysis
        .live_after_yield
        .values()
        .flat_map(|live| live.iter().copied())
        .collect();
    for var in saved {
        slot_of.insert(var, next);
        next += match var {
            Var::Local(_) => LOCAL_WORDS,
            Var::Temp(_) => TEMP_WORDS,
        };
    }
    FrameLayout {
        live_after_yield: analysis
            .live_after_yield
            .into_iter()
            .map(|(stmt, live)| (stmt, live.into_iter().collect()))
            .collect(),
        slot_of,
        words: next,
    }
}

/// Where `break` and `continue` of a label go, as live sets.
#[derive(Clone)]
struct LabelLive {
    at_break: Live,
    at_continue: Live,
}

struct Liveness {
    targets: HashMap<u32, LabelLive>,
    /// What each enclosing `try` handler in effect reads, innermost last.
    handlers: Vec<Live>,
    live_after_yield: HashMap<*const Stmt, Live>,
}

impl Liveness {
    /// The variables live before `stmts`, given those live after them.
    fn body(&mut self, stmts: &[Stmt], mut live: Live) -> Live {
        for stmt in stmts.iter().rev() {
            live = self.stmt(stmt, live);
            self.add_handler_reads(&mut live);
        }
        live
    }

    /// Adds what the innermost handler in effect reads: any statement may raise into it.
    fn add_handler_reads(&self, live: &mut Live) {
        if let Some(handler) = self.handlers.last() {
            live.extend(handler.iter().copied());
        }
    }

    /// Records what a `yield` saves: what is live after it, and what the handler reads
    /// (what is thrown in raises at the `yield`).
    fn record_yield(&mut self, stmt: &Stmt, live: &Live) {
        let mut saved = live.clone();
        self.add_handler_reads(&mut saved);
        self.live_after_yield.insert(stmt, saved);
    }

    fn stmt(&mut self, stmt: &Stmt, mut live: Live) -> Live {
        match stmt {
            Stmt::Assign(t, op) => {
                live.remove(&Var::Temp(*t));
                if matches!(op, Op::Yield(_) | Op::YieldFrom(_)) {
                    self.record_yield(stmt, &live);
                }
                op_uses(op, &mut live);
            }
            Stmt::Eval(op) => {
                if matches!(op, Op::Yield(_) | Op::YieldFrom(_)) {
                    self.record_yield(stmt, &live);
                }
                op_uses(op, &mut live);
            }
            Stmt::SetLocal(local, value) => {
                live.remove(&Var::Local(*local));
                operand_use(value, &mut live);
            }
            Stmt::DelLocal { local, .. } => {
                live.insert(Var::Local(*local));
            }
            Stmt::Unpack { value, targets } | Stmt::UnpackStarred { value, targets, .. } => {
                for t in targets {
                    live.remove(&Var::Temp(*t));
                }
                operand_use(value, &mut live);
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let mut before = self.body(then, live.clone());
                before.extend(self.body(otherwise, live));
                cond_uses(cond, &mut before);
                live = before;
            }
            Stmt::Loop { label, body } => {
                // The live set at the loop's head is the least fixed point of going once
                // round the body from it (continue and falling off the end both go there).
                let mut head = Live::new();
                loop {
                    self.targets.insert(
                        *label,
                        LabelLive {
                            at_break: live.clone(),
                            at_continue: head.clone(),
                        },
                    );
                    let next = self.body(body, head.clone());
                    if next == head {
                        break;
                    }
                    head.extend(next);
                }
                live = head;
            }
            Stmt::Block { label, body } => {
                self.targets.insert(
                    *label,
                    LabelLive {
                        at_break: live.clone(),
                        at_continue: Live::new(),
                    },
                );
                live = self.body(body, live);
            }
            Stmt::Break(label) => live = self.targets[label].at_break.clone(),
            Stmt::Continue(label) => live = self.targets[label].at_continue.clone(),
            Stmt::Return(_)
            | Stmt::Raise { .. }
            | Stmt::Reraise(_)
            | Stmt::RaiseHandled
            | Stmt::AssertFail(_) => {
                live.clear();
                stmt.for_each_operand(&mut |a| operand_use(a, &mut live));
            }
            Stmt::Try { body, handler } => {
                let at_handler = self.body(handler, live.clone());
                self.handlers.push(at_handler);
                live = self.body(body, live);
                self.handlers.pop();
            }
            Stmt::OutsideTry { levels, body } => {
                let inner = self
                    .handlers
                    .split_off(self.handlers.len() - *levels as usize);
                live = self.body(body, live);
                self.handlers.extend(inner);
            }
            _ => stmt.for_each_operand(&mut |a| operand_use(a, &mut live)),
        }
        live
    }
}

/// Adds the variables `op` reads.
fn op_uses(op: &Op, live: &mut Live) {
    match op {
        Op::Local { local, .. } | Op::Slot(local) => {
            live.insert(Var::Local(*local));
        }
        _ => op.for_each_operand(&mut |a| operand_use(a, live)),
    }
}

fn cond_uses(cond: &Cond, live: &mut Live) {
    cond.for_each_operand(&mut |a| operand_use(a, live));
}

fn operand_use(operand: &Operand, live: &mut Live) {
    if let Operand::Temp(t) = operand {
        live.insert(Var::Temp(*t));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Module;

    fn function<'a>(module: &'a Module, name: &str) -> &'a Function {
        module
            .functions
            .iter()
            .find(|f| f.name == name)
            .expect("the function")
    }

    /// The locals each `yield` of `name` saves, by name, in source order.
    fn saved_locals(source: &str, name: &str) -> Vec<Vec<String>> {
        let module = crate::compile_to_ir(source).expect("compiles");
        let f = function(&module, name);
        assert!(qualifies(f));
        let layout = layout(f);
        let mut saved = Vec::new();
        crate::ir::for_each_stmt(&f.body, &mut |stmt| {
            if let Some(live) = layout.live_after_yield.get(&(stmt as *const Stmt)) {
                saved.push(
                    live.iter()
                        .filter_map(|var| match var {
                            Var::Local(l) => Some(f.locals[*l as usize].clone()),
                            Var::Temp(_) => None,
                        })
                        .collect(),
                );
            }
        });
        saved
    }

    #[test]
    fn a_loop_keeps_what_its_next_round_reads() {
        let source = "def g(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n";
        assert_eq!(saved_locals(source, "g"), [["n", "i"]]);
    }

    #[test]
    fn what_is_read_no_more_is_not_saved() {
        let source = "def g(a, b):\n    yield a\n    yield b\n    yield 1\n";
        assert_eq!(saved_locals(source, "g"), [vec!["b"], vec![], vec![]]);
    }

    #[test]
    fn a_variable_assigned_before_its_next_read_is_not_saved() {
        let source = "def g(x):\n    yield x\n    x = 2\n    yield x\n";
        assert_eq!(saved_locals(source, "g"), [Vec::<String>::new(), vec![]]);
    }

    #[test]
    fn a_break_keeps_what_follows_the_loop() {
        let source = "def g(xs, last):\n    for x in xs:\n        if x:\n            break\n        yield x\n    yield last\n";
        assert_eq!(saved_locals(source, "g"), [vec!["last"], vec![]]);
    }

    #[test]
    fn what_a_handler_reads_is_saved_inside_its_try() {
        let source = "def g(a, b, c):\n    try:\n        yield a\n        a = c\n    except KeyError:\n        print(b)\n    yield a\n";
        assert_eq!(saved_locals(source, "g"), [vec!["a", "b", "c"], vec![]]);
        let source = "def g(a, b):\n    try:\n        yield a\n    finally:\n        print(b)\n    yield 1\n";
        assert_eq!(saved_locals(source, "g"), [vec!["b"], vec![]]);
    }

    #[test]
    fn a_loop_iterator_lives_across_its_yields() {
        let source = "def g(xs):\n    for x in xs:\n        yield x\n";
        let module = crate::compile_to_ir(source).expect("compiles");
        let layout = layout(function(&module, "g"));
        let saved: Vec<&Vec<Var>> = layout.live_after_yield.values().collect();
        assert_eq!(saved.len(), 1);
        assert!(saved[0].iter().any(|v| matches!(v, Var::Temp(_))));
        // The parameters come first, then a group per saved variable.
        assert_eq!(
            layout.words,
            generator_frame::VARIABLES + 1 + saved[0].len() * TEMP_WORDS
        );
    }

    #[test]
    fn only_plain_generators_qualify() {
        let qualifying_named = |source: &str, name: &str| {
            let module = crate::compile_to_ir(source).expect("compiles");
            qualifies(function(&module, name))
        };
        let qualifying = |source: &str| qualifying_named(source, "g");
        assert!(qualifying("def g():\n    yield 1\n"));
        assert!(qualifying_named(
            "def f(xs):\n    return (x for x in xs)\n",
            "<genexpr>"
        ));
        assert!(qualifying(
            "def g():\n    try:\n        yield 1\n    finally:\n        pass\n"
        ));
        assert!(qualifying("def g(m):\n    with m:\n        yield 1\n"));
        assert!(!qualifying("def g():\n    return 1\n"));
        assert!(qualifying("def g(xs):\n    yield from xs\n"));
        assert!(!qualifying("async def g():\n    yield 1\n"));
        assert!(!qualifying("async def g(x):\n    await x\n"));
    }
}
