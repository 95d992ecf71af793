# Tutorial: partial application and currying written by hand with closures.
def partial(fn, *fixed):
    def applied(*rest):
        return fn(*(fixed + rest))
    return applied

def volume(length, width, height):
    return length * width * height

base_2x3 = partial(volume, 2, 3)
print(base_2x3(4), base_2x3(10), partial(volume, 1)(2, 3), partial(volume)(1, 1, 1))
print(base_2x3.__code__.co_freevars, base_2x3.__closure__[0].cell_contents)
print(base_2x3.__closure__[1].cell_contents.__name__)

# Partial application with keyword arguments too.
def partial_kw(fn, *fixed, **fixed_kw):
    def applied(*rest, **kw):
        merged = {}
        for k in fixed_kw:
            merged[k] = fixed_kw[k]
        for k in kw:
            merged[k] = kw[k]
        return fn(*(fixed + rest), **merged)
    return applied

def label(text, prefix="*", suffix="*"):
    return prefix + text + suffix

bracket = partial_kw(label, prefix="[", suffix="]")
print(bracket("a"), bracket("b", suffix=">"), partial_kw(label, "fixed")())

# Currying: one argument at a time.
def curry3(fn):
    def take_a(a):
        def take_b(b):
            def take_c(c):
                return fn(a, b, c)
            return take_c
        return take_b
    return take_a

cvol = curry3(volume)
print(cvol(2)(3)(4), cvol(1)(1)(1))
step1 = cvol(5)
step2 = step1(5)
print(step2(2), step2(3), step1(1)(1))
print(step2.__qualname__, step2.__code__.co_freevars)

# Partially applied print-like helper.
def log_line(level, module, message):
    return "%-5s [%s] %s" % (level, module, message)

warn_db = partial(log_line, "WARN", "db")
info_net = partial(log_line, "INFO", "net")
for m in ["slow query", "reconnect"]:
    print(warn_db(m))
print(info_net("up"))

# Partial application in a loop, each fixing a different first argument.
adders = [partial(lambda a, b: a + b, n) for n in range(3)]
print([f(10) for f in adders])
