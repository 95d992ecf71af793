//! Which temps codegen may keep as raw machine floats instead of float objects.
//!
//! In `dx * dx + dy * dy`, each product is used once, by the sum, and boxing it would cost an
//! allocation that the sum throws away. A temp qualifies when it has one definition, an
//! arithmetic operation with an inline float path, and one use, as an operand of another
//! such operation or of a comparison. Codegen then gives it two representations: a float
//! computed inline stays raw (the object word is 0), anything else (ints, objects, results
//! of the runtime's slow path) is an ordinary value. Every operation still runs where the
//! source puts it, so exceptions and side effects keep their order.

use crate::ir::{for_each_stmt, temp_uses, BinaryOp, CompareOp, Function, Op, Operand, Stmt};

/// True for the binary operations whose inline path computes floats.
pub fn has_float_path(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv | BinaryOp::Pow
    )
}

/// For each temp of `function`, whether it may hold a raw float.
pub fn float_temps(function: &Function) -> Vec<bool> {
    let n = function.temps as usize;
    let mut definitions = vec![0u32; n];
    let mut arithmetic_definition = vec![false; n];
    let uses = temp_uses(function);
    let mut float_uses = vec![0u32; n];
    for_each_stmt(&function.body, &mut |stmt| {
        match stmt {
            Stmt::Assign(t, op) => {
                definitions[*t as usize] += 1;
                arithmetic_definition[*t as usize] = matches!(
                    op,
                    Op::Binary(o, ..) | Op::InPlace(o, ..) if has_float_path(*o)
                );
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
    (0..n)
        .map(|t| {
            definitions[t] == 1 && arithmetic_definition[t] && uses[t] == 1 && float_uses[t] == 1
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::float_temps;

    fn temps_of(source: &str, function: usize) -> Vec<bool> {
        let module = crate::compile_to_ir(source).expect("compiles");
        float_temps(&module.functions[function])
    }

    fn count(flags: &[bool]) -> usize {
        flags.iter().filter(|&&f| f).count()
    }

    #[test]
    fn products_summed_stay_raw() {
        // dx*dx, dy*dy and their sum feed further arithmetic; the outer sum is stored.
        let flags = temps_of(
            "def f(dx, dy, dz):\n    return dx * dx + dy * dy + dz * dz\n",
            1,
        );
        assert_eq!(count(&flags), 4);
    }

    #[test]
    fn stored_or_passed_results_are_boxed() {
        let flags = temps_of(
            "def f(a, b):\n    x = a * b\n    g(a * b)\n    return x\n",
            1,
        );
        assert_eq!(count(&flags), 0);
    }

    #[test]
    fn comparisons_consume_raw_floats_but_membership_does_not() {
        let flags = temps_of("def f(a, b):\n    return a * b < 1.0\n", 1);
        assert_eq!(count(&flags), 1);
        let flags = temps_of("def f(a, b, s):\n    return a * b in s\n", 1);
        assert_eq!(count(&flags), 0);
    }

    #[test]
    fn operations_without_a_float_path_are_boxed() {
        let flags = temps_of("def f(a, b):\n    return (a // b) + (a % b)\n", 1);
        assert_eq!(count(&flags), 0);
    }
}
