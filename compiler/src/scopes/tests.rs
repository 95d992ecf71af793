//! Unit tests of the symbol table: bindings, qualnames and CPython's compile-time errors.

use super::*;

fn tree(source: &str) -> ScopeTree {
    analyze(&crate::parse::parse(source).unwrap()).unwrap()
}

fn errors(source: &str) -> Vec<String> {
    analyze(&crate::parse::parse(source).unwrap())
        .unwrap_err()
        .into_iter()
        .map(|d| d.message)
        .collect()
}

fn find<'a>(tree: &'a ScopeTree, qualname: &str) -> &'a Scope {
    tree.scopes.iter().find(|s| s.qualname == qualname).unwrap()
}

#[test]
fn captured_local_becomes_cell_and_free() {
    let t = tree("def f():\n x = 1\n y = 2\n def g():\n  return x\n return g\n");
    let f = find(&t, "f");
    assert_eq!(f.binding("x"), Some(Binding::Cell));
    assert_eq!(f.binding("y"), Some(Binding::Local));
    assert_eq!(find(&t, "f.<locals>.g").binding("x"), Some(Binding::Free));
}

#[test]
fn free_variable_passes_through_intermediate_function() {
    let t = tree("def a():\n v = 1\n def b():\n  def c():\n   return v\n  return c\n");
    assert_eq!(find(&t, "a").binding("v"), Some(Binding::Cell));
    assert_eq!(find(&t, "a.<locals>.b").binding("v"), Some(Binding::Free));
    assert_eq!(
        find(&t, "a.<locals>.b.<locals>.c").binding("v"),
        Some(Binding::Free)
    );
}

#[test]
fn class_body_is_not_an_enclosing_scope() {
    let t = tree("def f():\n class C:\n  k = 1\n  def m(self):\n   return k\n");
    assert_eq!(
        find(&t, "f.<locals>.C.m").binding("k"),
        Some(Binding::GlobalImplicit)
    );
    assert_eq!(find(&t, "f.<locals>.C").binding("k"), Some(Binding::Local));
}

#[test]
fn class_passes_enclosing_function_names_to_methods() {
    let t = tree("def f():\n k = 1\n class C:\n  k = 2\n  def m(self):\n   return k\n");
    assert_eq!(find(&t, "f").binding("k"), Some(Binding::Cell));
    assert!(find(&t, "f.<locals>.C").class_passthrough.contains("k"));
    assert_eq!(find(&t, "f.<locals>.C.m").binding("k"), Some(Binding::Free));
}

#[test]
fn methods_using_super_capture_the_class_cell() {
    let t = tree("class C:\n def m(self):\n  return super().m()\n");
    assert_eq!(find(&t, "C.m").binding("__class__"), Some(Binding::Free));
    assert_eq!(find(&t, "C").binding("__class__"), Some(Binding::Cell));
}

#[test]
fn module_names_are_global_for_nested_functions() {
    let t = tree("x = 1\ndef f():\n return x\n");
    assert_eq!(find(&t, "f").binding("x"), Some(Binding::GlobalImplicit));
}

#[test]
fn global_declaration_hides_enclosing_binding() {
    let t = tree("def f():\n x = 1\n def g():\n  global x\n  def h():\n   return x\n");
    assert_eq!(find(&t, "f").binding("x"), Some(Binding::Local));
    assert_eq!(
        find(&t, "f.<locals>.g.<locals>.h").binding("x"),
        Some(Binding::GlobalImplicit)
    );
}

#[test]
fn comprehension_is_its_own_scope() {
    let t = tree("def f():\n fs = [lambda: i for i in range(3)]\n");
    assert_eq!(
        find(&t, "f.<locals>.<listcomp>").binding("i"),
        Some(Binding::Cell)
    );
    assert_eq!(find(&t, "f").binding("i"), None);
}

#[test]
fn assignment_anywhere_makes_a_name_local() {
    let t = tree("count = 0\ndef f():\n print(count)\n count += 1\n");
    assert_eq!(find(&t, "f").binding("count"), Some(Binding::Local));
}

#[test]
fn qualnames_follow_cpython() {
    let t = tree("class C:\n def m(self):\n  return lambda: 0\n");
    assert!(t
        .scopes
        .iter()
        .any(|s| s.qualname == "C.m.<locals>.<lambda>"));
}

#[test]
fn comprehension_children_have_no_locals_marker() {
    let t = tree("fs = [lambda: i for i in range(3)]\n");
    assert!(t.scopes.iter().any(|s| s.qualname == "<listcomp>.<lambda>"));
}

#[test]
fn async_blocks_are_coroutines() {
    let t = tree(
        "async def f():\n return [await x for x in y]\nasync def g():\n yield 1\n\
         def h():\n return (x async for x in y)\n",
    );
    let f = find(&t, "f");
    assert!(f.is_coroutine && !f.is_generator);
    assert!(find(&t, "f.<locals>.<listcomp>").is_coroutine);
    let g = find(&t, "g");
    assert!(g.is_coroutine && g.is_generator);
    assert!(!find(&t, "h").is_coroutine);
    let genexpr = find(&t, "h.<locals>.<genexpr>");
    assert!(genexpr.is_coroutine && genexpr.is_generator);
}

#[test]
fn misplaced_async_constructs() {
    assert_eq!(errors("await x\n"), ["'await' outside function"]);
    assert_eq!(
        errors("def f():\n await x\n"),
        ["'await' outside async function"]
    );
    assert_eq!(
        errors("async def f():\n return lambda: await x\n"),
        ["'await' outside async function"]
    );
    assert_eq!(
        errors("def f():\n async for x in y: pass\n"),
        ["'async for' outside async function"]
    );
    assert_eq!(
        errors("async def f():\n yield from x\n"),
        ["'yield from' inside async function"]
    );
    assert_eq!(
        errors("async def f():\n yield 1\n return 2\n"),
        ["'return' with value in async generator"]
    );
    assert_eq!(
        errors("def f():\n return [x async for x in y]\n"),
        ["asynchronous comprehension outside of an asynchronous function"]
    );
}

#[test]
fn yield_makes_a_generator() {
    let t = tree("def g():\n yield 1\ndef f():\n return (x for x in [])\n");
    assert!(find(&t, "g").is_generator);
    assert!(!find(&t, "f").is_generator);
    assert!(find(&t, "f.<locals>.<genexpr>").is_generator);
    assert_eq!(errors("yield 1\n"), ["'yield' outside function"]);
    assert_eq!(
        errors("def f():\n return [(yield x) for x in []]\n"),
        ["'yield' inside list comprehension"]
    );
}

#[test]
fn walrus_in_comprehension_binds_in_the_enclosing_function() {
    let t = tree("def f():\n xs = [last := x for x in range(3)]\n return last\n");
    assert_eq!(find(&t, "f").binding("last"), Some(Binding::Cell));
    assert_eq!(
        find(&t, "f.<locals>.<listcomp>").binding("last"),
        Some(Binding::Free)
    );
    let t = tree("def f():\n global g\n xs = [g := x for x in range(3)]\n");
    assert_eq!(find(&t, "f").binding("g"), Some(Binding::GlobalExplicit));
    assert_eq!(
        find(&t, "f.<locals>.<listcomp>").binding("g"),
        Some(Binding::GlobalExplicit)
    );
    assert_eq!(
        errors("[x := 1 for x in range(3)]\n"),
        ["assignment expression cannot rebind comprehension iteration variable 'x'"]
    );
}

#[test]
fn freevars_are_sorted() {
    let t = tree("def f():\n b = a = 1\n def g():\n  return b + a\n");
    assert_eq!(find(&t, "f.<locals>.g").freevars(), ["a", "b"]);
}

#[test]
fn declaration_errors() {
    assert_eq!(
        errors("def f():\n def g():\n  nonlocal x\n"),
        ["no binding for nonlocal 'x' found"]
    );
    assert_eq!(
        errors("nonlocal x\n"),
        ["nonlocal declaration not allowed at module level"]
    );
    assert_eq!(
        errors("def f(x):\n global x\n"),
        ["name 'x' is parameter and global"]
    );
    assert_eq!(
        errors("def f():\n x = 1\n global x\n"),
        ["name 'x' is assigned to before global declaration"]
    );
    assert_eq!(
        errors("def f():\n x = 1\n def g():\n  print(x)\n  nonlocal x\n"),
        ["name 'x' is used prior to nonlocal declaration"]
    );
    assert_eq!(
        errors("def f():\n x = 1\n def g():\n  global x\n  nonlocal x\n"),
        ["name 'x' is nonlocal and global"]
    );
    assert_eq!(
        errors("def f():\n nonlocal y\n"),
        ["no binding for nonlocal 'y' found"]
    );
    assert_eq!(errors("return 1\n"), ["'return' outside function"]);
    assert_eq!(errors("break\n"), ["'break' outside loop"]);
    assert_eq!(
        errors("def f(a, a):\n pass\n"),
        ["duplicate argument 'a' in function definition"]
    );
    assert_eq!(errors("f(a=1, a=2)\n"), ["keyword argument repeated: a"]);
    assert_eq!(
        errors("def f():\n x: int = 1\n global x\n"),
        ["annotated name 'x' can't be global"]
    );
    assert_eq!(
        errors("def f():\n x = 1\n print(x)\n global x\n"),
        ["name 'x' is used prior to global declaration"]
    );
    assert_eq!(errors("__debug__ = 1\n"), ["cannot assign to __debug__"]);
    assert_eq!(
        errors("x = 1\nnonlocal x\n"),
        ["name 'x' is assigned to before nonlocal declaration"]
    );
}

#[test]
fn mangle_follows_cpython() {
    assert_eq!(mangle(Some("A"), "__x"), "_A__x");
    assert_eq!(mangle(Some("__A"), "__x"), "_A__x");
    assert_eq!(mangle(Some("_A_"), "__x"), "_A___x");
    assert_eq!(mangle(Some("___"), "__x"), "__x");
    assert_eq!(mangle(None, "__x"), "__x");
    for unchanged in [
        "__init__", "__x__", "_x", "x", "__", "___", "__a.b", "_A__x",
    ] {
        assert_eq!(mangle(Some("A"), unchanged), unchanged);
    }
}

#[test]
fn private_names_are_mangled_in_every_block_inside_a_class() {
    let t = tree(concat!(
        "_B__g = 1\n",
        "class B:\n",
        " __c = 1\n",
        " def __m(self, __p, *__a, __k=1, **__kw):\n",
        "  global __h\n",
        "  __x = __p\n",
        "  import os as __os\n",
        "  def __inner():\n",
        "   nonlocal __x\n",
        "   __x = __g\n",
        "  return [__i for __i in __kw]\n",
        " class __C:\n",
        "  def m(self):\n",
        "   return __g, lambda __l: __l\n",
        "def f(__q):\n",
        " return __q\n",
    ));
    let b = find(&t, "B");
    assert_eq!(b.binding("_B__c"), Some(Binding::Local));
    assert_eq!(b.binding("_B__m"), Some(Binding::Local));
    assert_eq!(b.binding("_B__C"), Some(Binding::Local));
    assert_eq!(b.binding("__c"), None);
    let m = find(&t, "B.__m");
    assert_eq!(m.name, "__m");
    assert_eq!(m.params, ["self", "_B__p", "_B__k", "_B__a", "_B__kw"]);
    assert_eq!(m.binding("_B__h"), Some(Binding::GlobalExplicit));
    assert_eq!(m.binding("_B__x"), Some(Binding::Cell));
    assert_eq!(m.binding("_B__os"), Some(Binding::Local));
    assert_eq!(m.binding("_B__inner"), Some(Binding::Local));
    let inner = find(&t, "B.__m.<locals>.__inner");
    assert_eq!(inner.binding("_B__x"), Some(Binding::Free));
    assert_eq!(inner.binding("_B__g"), Some(Binding::GlobalImplicit));
    let listcomp = find(&t, "B.__m.<locals>.<listcomp>");
    assert_eq!(listcomp.binding("_B__i"), Some(Binding::Local));
    assert_eq!(listcomp.binding("_B__kw"), None);
    assert_eq!(m.binding("_B__kw"), Some(Binding::Local));
    // The innermost class decides, its leading underscores stripped.
    let nested = find(&t, "B.__C.m");
    assert_eq!(nested.binding("_C__g"), Some(Binding::GlobalImplicit));
    assert_eq!(find(&t, "B.__C.m.<locals>.<lambda>").params, ["_C__l"]);
    // Outside classes nothing is mangled.
    assert_eq!(find(&t, "f").params, ["__q"]);
    assert_eq!(
        t.private_class(t.scope_of(m.range, ScopeKind::Function)),
        Some("B")
    );
    assert_eq!(t.private_class(0), None);
}

#[test]
fn declaration_errors_name_private_names_as_cpython_does() {
    let class = |body: &str| errors(&format!("class A:\n def f(self):\n{body}"));
    assert_eq!(
        class("  def g():\n   nonlocal __x\n"),
        ["no binding for nonlocal '_A__x' found"]
    );
    assert_eq!(
        class("  __x = 1\n  global __x\n"),
        ["name '__x' is assigned to before global declaration"]
    );
    assert_eq!(
        class("  global __y\n  nonlocal __y\n"),
        ["name '_A__y' is nonlocal and global"]
    );
    assert_eq!(
        errors("class A:\n def f(__a, __a):\n  pass\n"),
        ["duplicate argument '__a' in function definition"]
    );
    // CPython 3.11 looks a walrus target up unmangled among the iteration variables.
    let t = tree("class A:\n def f(self):\n  return [__y := 1 for __y in range(3)], __y\n");
    assert_eq!(find(&t, "A.f").binding("_A__y"), Some(Binding::Cell));
    assert_eq!(
        find(&t, "A.f.<locals>.<listcomp>").binding("_A__y"),
        Some(Binding::Free)
    );
}

#[test]
fn nonlocal_does_not_see_module_names() {
    assert_eq!(
        errors("x = 1\ndef f():\n nonlocal x\n"),
        ["no binding for nonlocal 'x' found"]
    );
}

#[test]
fn jumps_may_not_leave_an_except_star_block() {
    let message = "'break', 'continue' and 'return' cannot appear in an except* block";
    let handler = |body: &str| format!("try:\n  pass\nexcept* ValueError:\n  {body}\n");
    assert_eq!(
        errors(&format!("def f():\n{}", indent(&handler("return")))),
        [message]
    );
    assert_eq!(
        errors(&format!("for x in y:\n{}", indent(&handler("break")))),
        [message]
    );
    assert_eq!(
        errors(&format!("while y:\n{}", indent(&handler("continue")))),
        [message]
    );
    // A loop or a function inside the block is left by its own jumps.
    assert!(accepted(&handler("for x in y:\n    break")));
    assert!(accepted(&handler("def g():\n    return 1")));
    assert!(accepted(&format!(
        "def f():\n{}",
        indent(&handler("lambda: 1"))
    )));
    // Only `except*` restricts them.
    assert!(accepted(
        "def f():\n try:\n  pass\n except ValueError:\n  return\n"
    ));
}

fn accepted(source: &str) -> bool {
    analyze(&crate::parse::parse(source).unwrap()).is_ok()
}

fn indent(source: &str) -> String {
    source.lines().map(|l| format!(" {l}\n")).collect()
}
