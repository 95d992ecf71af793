# Checks lambdas nested in lambdas: currying, closures over lambda parameters, immediate calls.
add3 = lambda a: lambda b: lambda c: a + b + c
print(add3(1)(2)(3), add3("x")("y")("z"))
step = add3(100)
print(step(10)(1), step(20)(2))

# Immediately invoked lambdas.
print((lambda x, y=5: x * y)(3), (lambda: "no args")())

# A lambda returning a tuple of closures over its own parameter.
pair = (lambda n: (lambda: n, lambda: n * n))(7)
print(pair[0](), pair[1]())

# Church numerals built only from lambdas.
zero = lambda f: lambda x: x
succ = lambda n: lambda f: lambda x: f(n(f)(x))
plus = lambda m: lambda n: lambda f: lambda x: m(f)(n(f)(x))
to_int = lambda n: n(lambda k: k + 1)(0)
one = succ(zero)
two = succ(one)
three = plus(one)(two)
print(to_int(zero), to_int(one), to_int(two), to_int(three), to_int(plus(three)(three)))

# Y-style self application without any names in the enclosing scope.
fact = (lambda f: lambda n: f(f, n))(lambda self, n: 1 if n == 0 else n * self(self, n - 1))
print(fact(10), fact(25))

# Conditional expressions and and/or inside lambdas.
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(v) for v in (-2, 0, 3)])
first_truthy = lambda a, b: a or b
both = lambda a, b: a and b
print(first_truthy(0, "fallback"), first_truthy([1], "x"), both("", "y"), both(2, 3))

# Lambdas in a dict, capturing a shared module-level variable late.
scale = 2
ops = {"double": lambda v: v * scale, "neg": lambda v: -v}
print(ops["double"](21), ops["neg"](5))
scale = 10
print(ops["double"](21))
print([k for k in ops], ops["neg"].__name__)
