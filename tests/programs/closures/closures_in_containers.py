# Checks closures stored in lists and dicts, called later, compared with `is` and `==`.
def make_op(sym):
    if sym == "+":
        return lambda a, b: a + b
    elif sym == "-":
        return lambda a, b: a - b
    elif sym == "*":
        def mul(a, b):
            return a * b
        return mul
    return None

ops = {}
for s in "+-*/":
    ops[s] = make_op(s)
print(list(ops.keys()))
print(ops["/"] is None, callable(ops["+"]), callable(ops["/"]))
for s in "+-*":
    print(s, ops[s](7, 3))

table = [make_op("+"), make_op("+")]
print(table[0] is table[1], table[0] == table[1], table[0] is table[0])
print(table[0](1, 2) == table[1](1, 2))

# Functions are values: passing, returning, storing in tuples.
def twice(f):
    return lambda x: f(f(x))

def inc(x):
    return x + 1

pipeline = (inc, twice(inc), twice(twice(inc)))
print([p(0) for p in pipeline])
alias = inc
print(alias is inc, alias.__name__, pipeline[0] is inc)

# A dispatch table of closures that share state.
def machine():
    state = {"acc": 0, "log": []}
    def add(n):
        state["acc"] += n
        state["log"].append("add %d" % n)
    def sub(n):
        state["acc"] -= n
        state["log"].append("sub %d" % n)
    def report():
        return state["acc"], state["log"]
    return {"add": add, "sub": sub, "report": report}

m = machine()
for cmd, arg in [("add", 5), ("sub", 2), ("add", 10)]:
    m[cmd](arg)
print(m["report"]())

# A list of closures over distinct cells made by a helper.
def adder(n):
    def add(x):
        return x + n
    return add

adders = [adder(k) for k in (1, 10, 100)]
print([a(5) for a in adders])
print(adders[0].__closure__[0].cell_contents, adders[2].__closure__[0].cell_contents)

# Calling a function stored in a nested structure.
nested = {"math": [inc, twice(inc)], "str": {"up": lambda s: s + "!"}}
print(nested["math"][1](40), nested["str"]["up"]("hey"))
