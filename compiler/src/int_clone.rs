//! Which functions get an *int clone*: a second compilation of the body over raw machine
//! integers, which the function tries first when every argument is a small int.
//!
//! A function qualifies when its body is pure integer code: arithmetic and comparisons of
//! ints, locals, `if`/`while`, returns, and calls of itself through one module global (the
//! recursion of `fib`, `gcd`, `ackermann`). Such code has no effect but its result, so the
//! clone may stop at any point and leave the work to the ordinary body, which then runs from
//! the start and does everything as CPython would: the clone *bails* whenever an operation
//! would leave what machine integers can do (an overflow, a division by zero, a negative
//! shift, an unbound local, a result that is not an int, recursion beyond the limit). Before
//! the clone runs, the function checks that the global still holds the function itself, so
//! the recursive calls inside the clone call the clone directly.

use crate::ir::{BinaryOp, CompareOp, Cond, Const, Function, GlobalId, Op, Operand, Stmt, UnaryOp};

/// What a temp of an int clone holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TempKind {
    /// Never assigned.
    Unused,
    /// A Python int, as a raw `i64`.
    Int,
    /// The result of a comparison or `not`, as a machine condition.
    Bool,
    /// The function itself, read from its global; only ever called.
    SelfFunction,
    /// `range`, read as a global that must be unbound so that it means the builtin; only
    /// ever the callee of an `IterRange`.
    Range,
    /// The iterator of a `for` loop over `range(...)`, kept as machine integers.
    RangeIterator,
    /// The result of `next()` of such an iterator: an int, or exhausted.
    RangeItem,
}

/// The facts codegen needs to compile a qualifying function's int clone.
#[derive(Debug, PartialEq)]
pub struct IntClone {
    /// The global through which the function calls itself, if it does.
    pub self_global: Option<GlobalId>,
    /// The global `range`, if the function loops over ranges: the clone bails unless it is
    /// unbound (then the name means the builtin).
    pub range_global: Option<GlobalId>,
    pub temps: Vec<TempKind>,
}

/// Most parameters a clone takes (as native arguments, after the recursion budget).
pub const MAX_PARAMS: usize = 6;

/// The int clone of `function` (whose module has the constants `consts`), when its body
/// qualifies and a clone can pay off: it calls itself or loops (a body that does neither
/// is too short to gain from one).
pub fn int_clone(function: &Function, consts: &[Const]) -> Option<IntClone> {
    let simple_signature = !function.is_generator
        && !function.is_coroutine
        && function.freevars.is_empty()
        && function.cellvars.is_empty()
        && !function.has_varargs
        && !function.has_varkeywords
        && function.kwonlycount == 0
        && (1..=MAX_PARAMS).contains(&(function.argcount as usize));
    if !simple_signature {
        return None;
    }
    let mut check = Check {
        name: &function.name,
        consts,
        argcount: function.argcount as usize,
        temps: vec![TempKind::Unused; function.temps as usize],
        self_global: None,
        range_global: None,
        self_calls: false,
        loops: false,
    };
    check.body(&function.body)?;
    (check.self_calls || check.loops).then_some(IntClone {
        self_global: check.self_global,
        range_global: check.range_global,
        temps: check.temps,
    })
}

struct Check<'a> {
    name: &'a str,
    consts: &'a [Const],
    argcount: usize,
    temps: Vec<TempKind>,
    self_global: Option<GlobalId>,
    range_global: Option<GlobalId>,
    self_calls: bool,
    loops: bool,
}

impl Check<'_> {
    fn body(&mut self, body: &[Stmt]) -> Option<()> {
        body.iter().try_for_each(|stmt| self.stmt(stmt))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Option<()> {
        match stmt {
            Stmt::Assign(t, op) => {
                let kind = self.op(op)?;
                let slot = &mut self.temps[*t as usize];
                if *slot != TempKind::Unused && *slot != kind {
                    return None;
                }
                *slot = kind;
                Some(())
            }
            Stmt::SetLocal(_, value) => self.int(value),
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                self.cond(cond)?;
                self.body(then)?;
                self.body(otherwise)
            }
            Stmt::Loop { body, .. } => {
                self.loops = true;
                self.body(body)
            }
            Stmt::Block { body, .. } => self.body(body),
            Stmt::Break(_) | Stmt::Continue(_) | Stmt::Line(_) => Some(()),
            // Any operand: a return of anything but an int bails.
            Stmt::Return(_) => Some(()),
            _ => None,
        }
    }

    fn cond(&mut self, cond: &Cond) -> Option<()> {
        match cond {
            Cond::Truthy(value) => match self.kind(value)? {
                TempKind::Int | TempKind::Bool => Some(()),
                _ => None,
            },
            Cond::Not(inner) => self.cond(inner),
            Cond::Exhausted(item) => (self.kind(item)? == TempKind::RangeItem).then_some(()),
            _ => None,
        }
    }

    fn op(&mut self, op: &Op) -> Option<TempKind> {
        use TempKind::{Bool, Int};
        match op {
            Op::Use(value) => match self.kind(value)? {
                TempKind::Int | TempKind::RangeItem => Some(Int),
                TempKind::Bool => Some(Bool),
                _ => None,
            },
            Op::Local { .. } => Some(Int),
            // Only the global of the function's own name: codegen checks it holds the
            // function before running the clone.
            Op::Global {
                global,
                name,
                builtin,
            } => {
                let Const::Str(text) = &self.consts[*name as usize] else {
                    return None;
                };
                let (kind, known) = if text == self.name {
                    (TempKind::SelfFunction, &mut self.self_global)
                } else if text == "range" && builtin.is_some() {
                    (TempKind::Range, &mut self.range_global)
                } else {
                    return None;
                };
                (*known.get_or_insert(*global) == *global).then_some(kind)
            }
            Op::IterRange { callee, args, .. } => {
                if self.kind(callee)? != TempKind::Range {
                    return None;
                }
                args.iter().try_for_each(|a| self.int(a))?;
                Some(TempKind::RangeIterator)
            }
            Op::Next(iterator) => {
                (self.kind(iterator)? == TempKind::RangeIterator).then_some(TempKind::RangeItem)
            }
            Op::Binary(op, a, b) | Op::InPlace(op, a, b) if integer_operation(*op) => {
                self.int(a)?;
                self.int(b)?;
                Some(Int)
            }
            Op::Unary(UnaryOp::Not, a) => {
                self.cond(&Cond::Truthy(a.clone()))?;
                Some(Bool)
            }
            Op::Unary(_, a) => {
                self.int(a)?;
                Some(Int)
            }
            Op::Compare(op, a, b) if !matches!(op, CompareOp::In | CompareOp::NotIn) => {
                self.int(a)?;
                self.int(b)?;
                Some(Bool)
            }
            Op::Call { callee, args } if args.len() == self.argcount => {
                if self.kind(callee)? != TempKind::SelfFunction {
                    return None;
                }
                args.iter().try_for_each(|a| self.int(a))?;
                self.self_calls = true;
                Some(Int)
            }
            _ => None,
        }
    }

    /// Checks that `value` is an int (a range item, once the loop has tested it, is one).
    fn int(&self, value: &Operand) -> Option<()> {
        matches!(self.kind(value)?, TempKind::Int | TempKind::RangeItem).then_some(())
    }

    fn kind(&self, value: &Operand) -> Option<TempKind> {
        match value {
            Operand::Temp(t) => match self.temps[*t as usize] {
                TempKind::Unused => None,
                kind => Some(kind),
            },
            Operand::Int(_) => Some(TempKind::Int),
            Operand::True | Operand::False => Some(TempKind::Bool),
            Operand::Const(_) | Operand::None => None,
        }
    }
}

/// The binary operations of ints that give ints and have a machine-integer path.
fn integer_operation(op: BinaryOp) -> bool {
    use BinaryOp as B;
    matches!(
        op,
        B::Add
            | B::Sub
            | B::Mul
            | B::FloorDiv
            | B::Mod
            | B::LShift
            | B::RShift
            | B::BitOr
            | B::BitXor
            | B::BitAnd
    )
}

#[cfg(test)]
mod tests {
    use super::int_clone;

    fn qualifies(source: &str) -> bool {
        let module = crate::compile_to_ir(source).expect("compiles");
        int_clone(&module.functions[1], &module.consts).is_some()
    }

    #[test]
    fn recursive_integer_functions_qualify() {
        assert!(qualifies(
            "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
        ));
        assert!(qualifies(
            "def gcd(a, b):\n    return a if b == 0 else gcd(b, a % b)\n"
        ));
        assert!(qualifies(
            "def ack(m, n):\n    if m == 0:\n        return n + 1\n    if n == 0:\n        return ack(m - 1, 1)\n    return ack(m - 1, ack(m, n - 1))\n"
        ));
    }

    #[test]
    fn integer_loops_qualify() {
        assert!(qualifies(
            "def steps(n):\n    count = 0\n    while n != 1:\n        n = n // 2 if n % 2 == 0 else 3 * n + 1\n        count += 1\n    return count\n"
        ));
    }

    #[test]
    fn range_loops_qualify() {
        assert!(qualifies(
            "def f(n):\n    t = 0\n    for i in range(2, n):\n        if i % 7 == 0:\n            continue\n        t += i * i\n    else:\n        t += 1\n    return t\n"
        ));
    }

    #[test]
    fn loops_over_other_iterables_do_not() {
        assert!(!qualifies(
            "def f(n):\n    t = 0\n    for i in [1, n]:\n        t += i\n    return t\n"
        ));
        assert!(!qualifies(
            "def f(n):\n    t = 0\n    for i in reversed(range(n)):\n        t += i\n    return t\n"
        ));
    }

    #[test]
    fn straight_line_code_does_not() {
        assert!(!qualifies("def square(n):\n    return n * n\n"));
    }

    #[test]
    fn effects_and_other_types_do_not() {
        // A call of another global, a print, a float, a true division, a big constant,
        // a defaulted or variadic signature, a generator, a closure.
        for source in [
            "def f(n):\n    return g(n - 1) if n else 0\n",
            "def f(n):\n    print(n)\n    return f(n - 1) if n else 0\n",
            "def f(n):\n    return f(n - 1) + 0.5 if n else 0\n",
            "def f(n):\n    return f(n // 2) / 2 if n else 0\n",
            "def f(n):\n    return f(n - 1) + 2**70 if n else 0\n",
            "def f(n, m=1):\n    return f(n - m) if n else 0\n",
            "def f(*n):\n    return f(n - 1) if n else 0\n",
            "def f(n):\n    while n:\n        yield n\n        n -= 1\n",
            "def f(n):\n    def g():\n        return n\n    return f(n - 1) if n else g()\n",
        ] {
            assert!(!qualifies(source), "{source}");
        }
    }

    #[test]
    fn calls_through_two_globals_do_not() {
        assert!(!qualifies(
            "def f(n):\n    return f(n - 1) + h(n - 1) if n else 0\ndef h(n):\n    return n\n"
        ));
    }

    #[test]
    fn calls_with_another_arity_do_not() {
        assert!(!qualifies(
            "def f(n, m):\n    return f(n - 1) if n else m\n"
        ));
    }
}
