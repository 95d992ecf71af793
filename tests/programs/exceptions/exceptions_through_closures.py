# Checks exceptions escaping through several nested closures and being caught at different levels.
def level1(fail_at):
    def level2():
        def level3():
            if fail_at == 3:
                raise ValueError("from level 3")
            return "level3 ok"
        r = level3()
        if fail_at == 2:
            raise KeyError("from level 2")
        return r
    try:
        return level2()
    except KeyError as e:
        return "level1 caught " + repr(e)

print(level1(0))
print(level1(2))
try:
    level1(3)
except ValueError as e:
    print("module caught", e)

# A closure's state updated before the exception stays updated.
def make_counter():
    count = 0
    def step(limit):
        nonlocal count
        count += 1
        if count > limit:
            raise RuntimeError("limit %d passed at %d" % (limit, count))
        return count
    def peek():
        return count
    return step, peek

step, peek = make_counter()
for _ in range(5):
    try:
        print("step", step(3))
    except RuntimeError as e:
        print("error:", e, "peek:", peek())

# Exceptions raised inside a comprehension inside a closure.
def transform(values):
    def safe_div(d):
        return [100 // v for v in values if v != d]
    return safe_div

t = transform([1, 0, 5])
print(t(0))
try:
    t(5)
except ZeroDivisionError as e:
    print("from comprehension:", e)

# finally blocks at each level run while the exception unwinds.
def unwind():
    trail = []
    def a():
        try:
            b()
        finally:
            trail.append("a finally")
    def b():
        try:
            c()
        finally:
            trail.append("b finally")
    def c():
        trail.append("c raising")
        raise IndexError("deep")
    try:
        a()
    except IndexError as e:
        trail.append("caught " + str(e))
    return trail

print(unwind())

# Callbacks raising through a higher-order function.
def apply_all(funcs, arg):
    results = []
    for f in funcs:
        try:
            results.append(f(arg))
        except (TypeError, ZeroDivisionError) as e:
            results.append(type(e).__name__)
    return results

print(apply_all([lambda x: x + 1, lambda x: x / 0, lambda x: x + "s", lambda x: -x], 4))
