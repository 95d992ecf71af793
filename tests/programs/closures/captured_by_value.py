# Variables that are never rebound after a closure captures them are captured by value;
# everything else must still see rebinding exactly as CPython's cells do.


def adder(n):
    return lambda x: x + n


def memo(f):
    cache = {}

    def lookup(k):
        if k not in cache:
            cache[k] = f(k)
        return cache[k]

    return lookup


print(adder(3)(4), memo(lambda k: k * k)(9))


# Defined before the assignment: the closure must see the later value.
def defined_before():
    def get():
        return value

    value = "assigned after the def"
    return get()


print(defined_before())


# Assigned twice: the closure sees the last binding at call time.
def rebound():
    value = 1
    get = lambda: value
    value = 2
    return get()


print(rebound())


# Rebound by an inner function through nonlocal.
def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    bump()
    return bump()


print(counter())


# A recursive inner function captures itself.
def factorial_of(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)

    return fact(n)


print(factorial_of(10))


# Late binding in loops: every lambda sees the loop variable's final value.
def loop_closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(loop_closures(), [f() for f in [lambda: j for j in range(3)]])


# Read before its only assignment, with a closure made after it.
def read_too_early():
    try:
        print(later)
    except UnboundLocalError as error:
        print(type(error).__name__, error)
    later = 5
    return lambda: later


print(read_too_early()())


# Assigned in a branch: not a top-level statement.
def conditional(flag):
    if flag:
        value = "yes"
    else:
        value = "no"
    return lambda: value


print(conditional(True)(), conditional(False)())


# Deleted after the closure was made.
def deleted():
    value = 1
    get = lambda: value
    del value
    try:
        return get()
    except NameError as error:
        return f"{type(error).__name__}: {error}"


print(deleted())


# Passing through a middle function, read by a class body, a method, a generator and a
# comprehension.
def layers(tag, scale):
    prefix = tag.upper()

    def middle():
        def inner(x):
            return f"{prefix}:{x * scale}"

        return inner

    class Holder:
        label = prefix + "!"

        def show(self):
            return prefix.lower() + str(scale)

    def gen():
        for k in range(2):
            yield prefix + str(k)

    squares = [prefix + str(k * scale) for k in range(3)]
    return middle()(7), Holder.label, Holder().show(), list(gen()), squares


print(layers("ab", 3))


# Defaults are evaluated in the enclosing function.
def with_default(base):
    return lambda x=base: x


print(with_default(11)(), with_default(11)(12))


# Closures over many variables keep their order.
def many(a, b, c):
    d = a + b
    return lambda: (a, b, c, d)


print(many(1, 2, 3)())


# Reading a cell's contents through __closure__ works for values captured by value.
def make(i):
    def get():
        return i

    return get


f = make(42)
print(f(), f.__closure__[0].cell_contents)
