//! Tests of what lowering refuses, and of radix literals converted to decimal.

fn refusal(source: &str) -> Vec<String> {
    crate::compile_to_ir(source)
        .unwrap_err()
        .into_iter()
        .map(|d| d.message)
        .collect()
}

#[test]
fn refuses_what_the_runtime_cannot_run() {
    assert_eq!(
        refusal("def f():\n    return eval('1')\n"),
        ["unsupported: builtin 'eval'"]
    );
    // A module closc does not have is ModuleNotFoundError at run time, not a refusal.
    assert!(crate::compile_to_ir("import os\n").is_ok());
    assert!(crate::compile_to_ir("def eval(x):\n    return x\nprint(eval(1))\n").is_ok());
}

#[test]
fn refuses_class_protocols_the_runtime_would_ignore() {
    assert_eq!(
        refusal("class C(**options):\n    pass\n"),
        ["unsupported: ** in class keywords"]
    );
    assert_eq!(
        refusal(
            "class A:\n    pass
a = A()
a.__class__ = A
"
        ),
        ["unsupported: assignment to __class__"]
    );
    assert_eq!(
        refusal("def f():\n    pass\nf.__dict__ = {}\n"),
        ["unsupported: assignment to __dict__"]
    );
    // By setattr with the name, too.
    assert_eq!(
        refusal("class A:\n    pass\nsetattr(A(), '__class__', A)\n"),
        ["unsupported: assignment to __class__"]
    );
    assert_eq!(
        refusal("def f(a):\n    try:\n        return 1\n    finally:\n        a.__class__ = 1\n"),
        ["unsupported: assignment to __class__"]
    );
    let accepted =
        "class P:\n    __slots__ = ('x',)\n    def get(self):\n        return self.__dict__\n";
    assert!(crate::compile_to_ir(accepted).is_ok());
    // Finalizers run when the collector finds their objects unreachable, and at exit.
    assert!(crate::compile_to_ir("class F:\n    def __del__(self):\n        pass\n").is_ok());
    assert!(crate::compile_to_ir("class K:\n    pass\nK.__del__ = lambda s: None\n").is_ok());
}

#[test]
fn converts_radix_literals_to_decimal() {
    assert_eq!(super::literals::to_decimal("ff", 16), "255");
    assert_eq!(super::literals::to_decimal("0", 2), "0");
    assert_eq!(
        super::literals::to_decimal("1ffffffffffffffffffffffffffffffffffffff", 16),
        "11417981541647679048466287755595961091061972991"
    );
}

#[test]
fn instance_attribute_names_come_from_stores_on_the_first_parameter() {
    let source = "class C:
    def other(this, x):
        this.later = x
        this.a, (this.b, other.c) = 1, (2, 3)
        def nested(self):
            self.inner = 1
        f = lambda self: setattr(self, 'lam', 1)
    def __init__(self):
        self.first = 1
        self.later += 1
        for self.loop in []:
            pass
        if self:
            with open('f') as self.handle:
                print(self.read)
    @staticmethod
    def helper(self):
        self.static = 1
    @classmethod
    def make(cls):
        cls.shared = 1
";
    let parsed = ruff_python_parser::parse_module(source).expect("parses");
    let ruff_python_ast::Stmt::ClassDef(class) = &parsed.syntax().body[0] else {
        panic!("a class");
    };
    assert_eq!(
        super::classes::instance_attribute_names(&class.body),
        ["first", "later", "loop", "handle", "a", "b"]
    );
}
