//! Which temps codegen may keep as raw machine floats instead of float objects.
//!
//! In `dx * dx + dy * dy`, each product is used once, by the sum, and boxing it would cost an
//! allocation that the sum throws away. A temp qualifies when it has one definition, an
//! arithmetic operation with an inline float path, and one use, as an operand of another
//! such operation or of a comparison. Codegen then gives it two representations: a float
//! computed inline stays raw (the object word is a marker), anything else (ints, objects, results
//! of the runtime's slow path) is an ordinary value. Every operation still runs where the
//! source puts it, so exceptions and side effects keep their order.
//!
//! Locals work the same way when every read of them feeds such an operation: a raw float
//! stored in one stays raw (its slot then holds the same marker instead of an object).

use crate::ir::{for_each_stmt, temp_uses, BinaryOp, CompareOp, Function, Op, Operand, Stmt};

/// True for the binary operations whose inline path computes floats.
pub fn has_float_path(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv | BinaryOp::Pow
    )
}

/// The temps and local slots of one function that may hold raw floats.
pub struct FloatValues {
    pub temps: Vec<bool>,
    pub locals: Vec<bool>,
}

/// Finds the temps and locals of `function` that may hold raw floats.
///
/// A local qualifies when every read of it feeds inline arithmetic or a comparison (through
/// a temp used once), and nothing reads its slot otherwise (cells, `Op::Slot`); whatever is
/// assigned to it, a raw float assigned stays raw. The temps that read such a local qualify
/// too.
pub fn float_values(function: &Function) -> FloatValues {
    let n = function.temps as usize;
    let mut definitions = vec![0u32; n];
    let mut arithmetic_definition = vec![false; n];
    let mut local_read = vec![None; n];
    let uses = temp_uses(function);
    let mut float_uses = vec![0u32; n];
    let mut slot_read = vec![false; function.locals.len()];
    let mut local_writes = Vec::new();
    for_each_stmt(&function.body, &mut |stmt| {
        match stmt {
            Stmt::SetLocal(local, Operand::Temp(t)) => local_writes.push((*local as usize, *t)),
            Stmt::Assign(t, op) => {
                definitions[*t as usize] += 1;
                arithmetic_definition[*t as usize] = matches!(
                    op,
                    Op::Binary(o, ..) | Op::InPlace(o, ..) if has_float_path(*o)
                );
                match op {
                    Op::Local { local, .. } => local_read[*t as usize] = Some(*local as usize),
                    Op::Slot(local) => slot_read[*local as usize] = true,
                    _ => {}
                }
            }
            Stmt::Unpack { targets, .. } | Stmt::UnpackStarred { targets, .. } => {
                for t in targets {
                    definitions[*t as usize] += 1;
                }
            }
            _ => {}
        }
        let consumer = match stmt {
            Stmt::Assign(_, op) | Stmt::Eval(op) => Some(op),
            _ => None,
        };
        let operands = match consumer {
            Some(Op::Binary(o, a, b) | Op::InPlace(o, a, b)) if has_float_path(*o) => [a, b],
            Some(Op::Compare(o, a, b)) if !matches!(o, CompareOp::In | CompareOp::NotIn) => [a, b],
            _ => return,
        };
        for operand in operands {
            if let Operand::Temp(t) = operand {
                float_uses[*t as usize] += 1;
            }
        }
    });
    let single_float_use =
        |t: usize, float_uses: &[u32]| definitions[t] == 1 && uses[t] == 1 && float_uses[t] == 1;
    let mut locals: Vec<bool> = slot_read.iter().map(|read| !read).collect();
    let mut read = vec![false; function.locals.len()];
    for (t, local) in local_read.iter().enumerate() {
        if let Some(local) = *local {
            read[local] = true;
            if !single_float_use(t, &float_uses) {
                locals[local] = false;
            }
        }
    }
    for (local, read) in read.iter().enumerate() {
        locals[local] &= read;
    }
    // A value stored in a float local is consumed as a float.
    for (local, t) in local_writes {
        if locals[local] {
            float_uses[t as usize] += 1;
        }
    }
    let temps = (0..n)
        .map(|t| {
            let reads_float_local = local_read[t].is_some_and(|local| locals[local]);
            single_float_use(t, &float_uses) && (arithmetic_definition[t] || reads_float_local)
        })
        .collect();
    FloatValues { temps, locals }
}

#[cfg(test)]
mod tests {
    use super::float_values;

    fn temps_of(source: &str, function: usize) -> Vec<bool> {
        let module = crate::compile_to_ir(source).expect("compiles");
        float_values(&module.functions[function]).temps
    }

    fn locals_of(source: &str, function: usize) -> Vec<bool> {
        let module = crate::compile_to_ir(source).expect("compiles");
        float_values(&module.functions[function]).locals
    }

    fn count(flags: &[bool]) -> usize {
        flags.iter().filter(|&&f| f).count()
    }

    #[test]
    fn products_summed_stay_raw() {
        // The six parameter reads, dx*dx, dy*dy, dz*dz and the inner sum feed further
        // arithmetic; the outer sum is returned.
        let flags = temps_of(
            "def f(dx, dy, dz):\n    return dx * dx + dy * dy + dz * dz\n",
            1,
        );
        assert_eq!(count(&flags), 10);
    }

    #[test]
    fn stored_or_passed_results_are_boxed() {
        let flags = temps_of(
            "def f(a, b):\n    x = a * b\n    g(a * b)\n    return x\n",
            1,
        );
        // Only the four reads of the parameters, which feed the products.
        assert_eq!(count(&flags), 4);
    }

    #[test]
    fn comparisons_consume_raw_floats_but_membership_does_not() {
        // The reads of a and b, and their product.
        let flags = temps_of("def f(a, b):\n    return a * b < 1.0\n", 1);
        assert_eq!(count(&flags), 3);
        let flags = temps_of("def f(a, b, s):\n    return a * b in s\n", 1);
        assert_eq!(count(&flags), 2);
    }

    #[test]
    fn operations_without_a_float_path_are_boxed() {
        let flags = temps_of("def f(a, b):\n    return (a // b) + (a % b)\n", 1);
        assert_eq!(count(&flags), 0);
        let locals = locals_of("def f(a, b):\n    return (a // b) + (a % b)\n", 1);
        assert_eq!(locals, vec![false, false]);
    }

    #[test]
    fn locals_read_only_by_arithmetic_stay_raw() {
        // d2 is also returned as it is, so it is boxed; the parameters are read only by
        // the subtraction.
        let source =
            "def f(a, b):\n    dx = a - b\n    d2 = dx * dx + 1.0\n    return d2 * 2.0, d2\n";
        assert_eq!(locals_of(source, 1), vec![true, true, true, false]);
        // The reads of a and b, a - b (stored in dx), the two reads of dx and dx * dx.
        assert_eq!(count(&temps_of(source, 1)), 6);
    }

    #[test]
    fn captured_or_unread_locals_are_boxed() {
        let source = "def f(a):\n    x = a * 2.0\n    y = a * 3.0\n    return lambda: y\n";
        // a is read only by the products; x is never read, y lives in a cell.
        assert_eq!(locals_of(source, 1), vec![true, false, false]);
    }
}
