# Checks a closure-built expression evaluator: nonlocal parser state, lambdas capturing operands, custom exception with super().__init__.
class ParseError(Exception):
    def __init__(self, pos, msg):
        super().__init__(f"at {pos}: {msg}")
        self.pos = pos
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c in "+-*/()":
            toks.append(("op", c))
            i += 1
        else:
            raise ParseError(i, f"bad char {c!r}")
    return toks
def parser(toks):
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else ("eof", None)
    def take():
        nonlocal pos
        t = peek()
        pos += 1
        return t
    def atom():
        kind, v = take()
        if kind == "num":
            return lambda env: v
        if v == "(":
            e = expr()
            if take()[1] != ")":
                raise ParseError(pos, "expected )")
            return e
        if v == "-":
            inner = atom()
            return lambda env: -inner(env)
        raise ParseError(pos, f"unexpected {v!r}")
    def term():
        left = atom()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            right = atom()
            left = (lambda l, r: (lambda env: l(env) * r(env)))(left, right) if op == "*" else (lambda l, r: (lambda env: l(env) // r(env)))(left, right)
        return left
    def expr():
        left = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            right = term()
            def combine(l=left, r=right, op=op):
                return lambda env: l(env) + r(env) if op == "+" else l(env) - r(env)
            left = combine()
        return left
    result = expr()
    if peek()[0] != "eof":
        raise ParseError(pos, "trailing")
    return result
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * -(2 + 1)", "10 / 3 - 7 / -2", "2 * (3 + 4) * 5 - 100", "1 +", "3 $ 4", "(1", "8 / 0", "2 ** 3"]:
    try:
        print(src, "=", parser(tokenize(src))({}))
    except ParseError as e:
        print(src, "->", type(e).__name__, e, e.pos)
    except ZeroDivisionError as e:
        print(src, "->", e)
