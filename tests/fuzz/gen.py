"""Random Python programs for differential testing: `generate(seed)` returns the source of a
valid, terminating, deterministic program that mixes the features closc supports.

Programs are built from snippets (closures, classes with dunders, generators, exceptions,
match, containers, big ints, floats, strs, bytes...). Each snippet is valid by construction;
the holes in it are filled by a typed expression generator. Anything that may raise runs under a
`try` that prints the exception's type and message, so error messages are compared too.

Determinism rules: no object addresses (every class defines `__repr__`), no sets of strs
printed in iteration order (str hashes are randomised), no time or randomness at run time,
ints kept well below CPython's 4300-digit str conversion limit, loops bounded.
"""

import random

INDENT = "    "

SMALL_INTS = [0, 1, 2, 3, 5, 7, 10, 13, -1, -2, -7, 100, 255, 1000]
BIG_INTS = [2**63 - 1, 2**63, -(2**63), 2**64 + 5, 10**20, -(10**25) + 3, 3**50]
FLOATS = [
    "0.0", "-0.0", "0.1", "0.5", "1.0", "1.5", "2.25", "-3.75", "3.14159", "1e16",
    "1e-05", "123456.789", "1e300", "-2.5e-3", "7.0", "0.3", "1e22", "2.0",
]
STRS = [
    "", "a", "abc", "hello world", "Hello, World", "  pad  ", "a,b,,c", "x-y-z",
    "héllo", "ÀÉÎ", "12", "-7", "3.5", "tab\\there", "line\\nbreak", "quote'q",
    'dq"d', "MiXeD cAsE", "aaa", "snake_case_name", "ß", "0x1f", "∞",
]
BYTES = [
    b"", b"a", b"abc", b"hello world", b"\x00\xff", b"  pad  ", b"a,b,,c", b"caf\xc3\xa9",
    b"\xe9t\xe9", b"MiXeD cAsE", b"12", b"quote'q", b'dq"d', b"tab\tx", b"100%",
]
RISKY_EXCEPTIONS = (
    "(ZeroDivisionError, IndexError, KeyError, ValueError, TypeError, "
    "OverflowError, AttributeError, StopIteration, RecursionError, NameError)"
)


class Scope:
    """Names visible in the current block, by type."""

    def __init__(self, parent=None):
        self.parent = parent
        self.vars = {}

    def add(self, name, ty):
        self.vars.setdefault(ty, []).append(name)

    def names(self, ty):
        found = []
        scope = self
        while scope is not None:
            found.extend(scope.vars.get(ty, []))
            scope = scope.parent
        return found


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.lines = []
        self.depth = 0
        self.counter = 0
        self.scope = Scope()
        self.classes = []  # (name, field count) of generated classes with a known shape

    # ---- output ----------------------------------------------------------------------
    def emit(self, line):
        self.lines.append(INDENT * self.depth + line)

    def block(self, header, body):
        self.emit(header)
        self.depth += 1
        saved = len(self.lines)
        body()
        if len(self.lines) == saved:
            self.emit("pass")
        self.depth -= 1

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    # ---- typed expressions ------------------------------------------------------------
    def expr(self, ty, d=2):
        """An expression of type `ty` that never raises."""
        maker = getattr(self, "e_" + ty)
        return maker(d)

    def var_or(self, ty, fallback):
        names = self.scope.names(ty)
        if names and self.chance(0.5):
            return self.pick(names)
        return fallback()

    def e_int(self, d):
        lit = lambda: str(self.pick(SMALL_INTS + [self.r.randint(-50, 50)]))
        if d <= 0:
            return self.var_or("int", lit)
        c = self.r.randint(0, 24)
        a = lambda: self.e_int(d - 1)
        if c == 0:
            return str(self.pick(BIG_INTS))
        if c == 1:
            return f"({a()} {self.pick(['+', '-', '*'])} {a()})"
        if c == 2:
            # Floor division and modulo by a divisor that is never zero.
            return f"({a()} {self.pick(['//', '%'])} {self.pick(['3', '-4', '7', '(2**65 + 1)', '-1'])})"
        if c == 3:
            return f"({a()} {self.pick(['&', '|', '^'])} {a()})"
        if c == 4:
            return f"({a()} {self.pick(['<<', '>>'])} {self.r.randint(0, 70)})"
        if c == 5:
            return f"{self.pick(['-', '~', '+'])}{a()}"
        if c == 6:
            return f"abs({a()})"
        if c == 7:
            return f"len({self.pick([self.e_str, self.e_list, self.e_tuple, self.e_dict, self.e_bytes])(d - 1)})"
        if c == 8:
            return f"int({self.pick(FLOATS[:12])} * {self.e_int(0)} % 1000.0)"
        if c == 9:
            return f"sum({self.e_list(d - 1)})"
        if c == 10:
            return f"{self.pick(['min', 'max'])}({a()}, {a()})"
        if c == 11:
            return f"({a()}) ** {self.r.randint(0, 4)}"
        if c == 12:
            return f"({a()} if {self.e_bool(d - 1)} else {a()})"
        if c == 13:
            return f"{self.e_dict(d - 1)}.get({self.e_str(0)}, {a()})"
        if c == 14:
            return f"{self.e_str(d - 1)}.{self.pick(['count', 'find', 'rfind'])}({self.e_str(0)})"
        if c == 15:
            return f"round({self.pick(FLOATS[:12])} * {self.e_int(0)})"
        if c == 16:
            return f"divmod({a()}, {self.pick(['3', '-5', '10**9'])})[{self.r.randint(0, 1)}]"
        if c == 17:
            return f"({self.e_bool(d - 1)} + {a()})"
        if c == 18:
            return f"hash({self.pick([a, lambda: self.e_tuple(d - 1)])()})"
        if c == 19:
            return f"int({self.pick(['12', '-7', '0', '  42 ', '1_000', '0'])!r})"
        if c == 20:
            digits, base = self.pick([("ff", 16), ("777", 8), ("1010", 2), ("zz", 36), ("0x1F", 0), ("-0b101", 0)])
            return f"int({digits!r}, {base})"
        if c == 21:
            return f"len([{a()} for _ in range({self.r.randint(0, 4)})])"
        if c == 22:
            return f"ord({self.pick(['a', 'Z', 'é', '€', '0'])!r})"
        if c == 23:
            return f"{self.e_bytes(d - 1)}.{self.pick(['count', 'find', 'rfind'])}({self.pick([lambda: self.e_bytes(0), lambda: str(self.r.randint(0, 255))])()})"
        return self.var_or("int", lit)

    def e_float(self, d):
        lit = lambda: self.pick(FLOATS)
        if d <= 0:
            return self.var_or("float", lit)
        c = self.r.randint(0, 12)
        a = lambda: self.e_float(d - 1)
        if c == 0:
            return f"({a()} {self.pick(['+', '-', '*'])} {a()})"
        if c == 1:
            return f"({self.e_int(d - 1)} / {self.pick(['3', '-8', '7', '1e3'])})"
        if c == 2:
            return f"float({self.e_int(d - 1)} % 10**6)"
        if c == 3:
            return f"float({self.pick(['1.5', '-0.0', 'inf', '-inf', '1e5', '  2.5  ', '1_0.5'])!r})"
        if c == 4:
            return f"abs({a()})"
        if c == 5:
            return f"round({a()}, {self.r.randint(0, 3)})"
        if c == 6:
            return f"({a()} {self.pick(['//', '%'])} {self.pick(['2.5', '-3.0', '0.7'])})"
        if c == 7:
            return f"{self.pick(['min', 'max'])}({a()}, {a()})"
        if c == 8:
            return f"({self.pick(FLOATS[:12])}) ** {self.r.randint(0, 3)}"
        if c == 9:
            return f"({a()} if {self.e_bool(d - 1)} else {a()})"
        if c == 10:
            return f"({a()} * {self.e_int(0)})"
        return self.var_or("float", lit)

    def e_str(self, d):
        lit = lambda: repr(self.pick(STRS)).replace("\\\\", "\\")
        if d <= 0:
            return self.var_or("str", lit)
        c = self.r.randint(0, 18)
        a = lambda: self.e_str(d - 1)
        any_expr = lambda: self.pick([self.e_int, self.e_float, self.e_str, self.e_list, self.e_tuple, self.e_bool, self.e_dict, self.e_set])(d - 1)
        if c == 0:
            return f"({a()} + {a()})"
        if c == 1:
            return f"({a()} * {self.r.randint(0, 3)})"
        if c == 2:
            return f"str({any_expr()})"
        if c == 3:
            return f"repr({any_expr()})"
        if c == 4:
            return f"{a()}[{self.slice()}]"
        if c == 5:
            method = self.pick(["upper", "lower", "strip", "title", "capitalize", "swapcase", "lstrip", "rstrip", "casefold"])
            return f"{a()}.{method}()"
        if c == 6:
            return f"{a()}.replace({self.e_str(0)}, {self.e_str(0)})"
        if c == 7:
            return f"{a()}.{self.pick(['center', 'ljust', 'rjust'])}({self.r.randint(0, 12)}, {self.pick(['*', '-', ' '])!r})"
        if c == 8:
            opening, closing = self.pick([("[", "]"), ("(", ",)")])
            return f"{self.e_str(0)}.join({opening}{a()}, {a()}{closing})"
        if c == 9:
            return self.fstring(d - 1)
        if c == 10:
            return f"({self.printf_format(d - 1)})"
        if c == 11:
            return f"{'{} {!r} {:>5}'!r}.format({any_expr()}, {any_expr()}, {self.e_int(d - 1)})"
        if c == 12:
            return f"chr({self.pick(['65', '97', '0x263A', '8364', '48'])} + {self.r.randint(0, 5)})"
        if c == 13:
            return f"{self.e_str(0)}.join(sorted({a()}))"
        if c == 14:
            return f"'|'.join({a()}.split({self.pick(['None', repr(','), repr(' '), repr('-')])}))"
        if c == 15:
            return f"{a()}.zfill({self.r.randint(0, 8)})"
        if c == 16:
            return f"({a()} if {self.e_bool(d - 1)} else {a()})"
        if c == 17:
            return f"{self.e_bytes(d - 1)}.{self.pick(['hex()', 'decode(' + repr('latin-1') + ')', 'decode(errors=' + repr('replace') + ')'])}"
        return self.var_or("str", lit)

    def e_bytes(self, d):
        lit = lambda: repr(self.pick(BYTES))
        if d <= 0:
            return self.var_or("bytes", lit)
        c = self.r.randint(0, 10)
        a = lambda: self.e_bytes(d - 1)
        if c == 0:
            return f"({a()} + {a()})"
        if c == 1:
            return f"({a()} * {self.r.randint(0, 3)})"
        if c == 2:
            return f"{a()}[{self.slice()}]"
        if c == 3:
            return f"{a()}.{self.pick(['upper', 'lower', 'strip', 'title', 'capitalize', 'swapcase'])}()"
        if c == 4:
            return f"{a()}.replace({self.e_bytes(0)}, {self.e_bytes(0)})"
        if c == 5:
            encoding = self.pick(["", repr("utf-8"), repr("ascii") + ", " + repr("replace"), repr("latin-1") + ", " + repr("xmlcharrefreplace")])
            return f"{self.e_str(d - 1)}.encode({encoding})"
        if c == 6:
            return f"bytes({self.pick(['x % 256', 'abs(x) % 256'])} for x in {self.e_list(d - 1)})"
        if c == 7:
            return f"bytes(bytearray({a()}) + {a()})"
        if c == 8:
            return f"{self.e_bytes(0)}.join([{a()}, {a()}])"
        if c == 9:
            return f"(b'%d|%s|%r' % ({self.e_int(d - 1)}, {a()}, {a()}))"
        return self.var_or("bytes", lit)

    def fstring(self, d):
        parts = []
        for _ in range(self.r.randint(1, 3)):
            kind = self.r.randint(0, 5)
            if kind == 0:
                value, spec = self.e_int(d), ":" + self.pick(["", "05d", ">6", "<4", "^7", "x", "X", "o", "b", ",", "+d", "_"])
            elif kind == 1:
                value, spec = self.e_float(d), ":" + self.pick(["", ".2f", ".3e", "g", ".1%", "10.3f", "+.1f", ".0f", "e", ".5g"])
            elif kind == 2:
                value, spec = self.e_str(d), self.pick(["", "!r", ":>8", ":.2", ":^9"])
            elif kind == 3:
                value, spec = self.pick([self.e_list, self.e_tuple, self.e_dict])(d), "!r"
            else:
                parts.append(self.pick(["x=", " and ", ":", "", "val "]))
                continue
            # Expressions in 3.11 f-strings may hold neither backslashes nor the quote.
            if "\\" in value or '"' in value:
                value = ["0", "0.5", "'s'", "[]"][min(kind, 3)]
            parts.append("{ " + value + spec + "}")
        return 'f"' + "".join(parts) + '"'

    def printf_format(self, d):
        specs = []
        values = []
        for _ in range(self.r.randint(1, 3)):
            kind = self.r.randint(0, 3)
            if kind == 0:
                specs.append(self.pick(["%d", "%5d", "%-4d|", "%x", "%o", "%+d", "%03d"]))
                values.append(self.e_int(d))
            elif kind == 1:
                specs.append(self.pick(["%.2f", "%e", "%g", "%8.3f", "%s", "%r"]))
                values.append(self.e_float(d))
            else:
                specs.append(self.pick(["%s", "%r", "%10s", "%-6s|", "%.3s"]))
                values.append(self.e_str(d))
        return f"{' '.join(specs)!r} % ({', '.join(values)},)"

    def slice(self):
        parts = [self.pick(["", "", str(self.r.randint(-5, 6))]) for _ in range(2)]
        text = ":".join(parts)
        if self.chance(0.4):
            text += ":" + self.pick(["", "1", "2", "-1", "-2", "3"])
        return text

    def e_bool(self, d):
        if d <= 0:
            return self.var_or("bool", lambda: self.pick(["True", "False"]))
        c = self.r.randint(0, 12)
        if c == 0:
            ops = [self.pick(["<", "<=", "==", "!=", ">", ">="]) for _ in range(self.r.randint(1, 2))]
            terms = [self.e_int(d - 1) for _ in range(len(ops) + 1)]
            text = terms[0]
            for op, term in zip(ops, terms[1:]):
                text += f" {op} {term}"
            return f"({text})"
        if c == 1:
            return f"({self.e_float(d - 1)} {self.pick(['<', '==', '>='])} {self.e_int(d - 1)})"
        if c == 2:
            return f"({self.e_str(d - 1)} {self.pick(['<', '==', '!=', '>', 'in', 'not in'])} {self.e_str(d - 1)})"
        if c == 3:
            return f"({self.e_int(d - 1)} {self.pick(['in', 'not in'])} {self.pick([self.e_list, self.e_tuple, self.e_set])(d - 1)})"
        if c == 4:
            return f"(not {self.e_bool(d - 1)})"
        if c == 5:
            return f"({self.e_bool(d - 1)} {self.pick(['and', 'or'])} {self.e_bool(d - 1)})"
        if c == 6:
            return f"bool({self.pick([self.e_int, self.e_str, self.e_list, self.e_float])(d - 1)})"
        if c == 7:
            return f"isinstance({self.pick([self.e_int, self.e_str, self.e_bool, self.e_float])(d - 1)}, {self.pick(['int', 'str', 'float', 'bool', '(int, str)'])})"
        if c == 8:
            return f"{self.pick(['any', 'all'])}({self.e_list(d - 1)})"
        if c == 9:
            return f"{self.e_str(d - 1)}.{self.pick(['startswith', 'endswith'])}({self.e_str(0)})"
        if c == 10:
            return f"({self.e_list(d - 1)} {self.pick(['<', '==', '>='])} {self.e_list(d - 1)})"
        if c == 11:
            return f"({self.e_bytes(d - 1)} {self.pick(['<', '==', '!=', '>=', 'in', 'not in'])} {self.e_bytes(d - 1)})"
        return self.var_or("bool", lambda: self.pick(["True", "False"]))

    def e_list(self, d):
        lit = lambda: "[" + ", ".join(self.e_int(0) for _ in range(self.r.randint(0, 4))) + "]"
        if d <= 0:
            return self.var_or("list", lit)
        c = self.r.randint(0, 13)
        a = lambda: self.e_list(d - 1)
        v = self.fresh("v")
        if c == 0:
            cond = f" if {v} {self.pick(['%  2 == 0', '> 0', '!= 3'])}" if self.chance(0.5) else ""
            return f"[{self.pick([v + ' * 2', v + ' - 1', v + ' ** 2', '-' + v, v])} for {v} in {self.pick([a(), 'range(' + str(self.r.randint(0, 6)) + ')'])}{cond}]"
        if c == 1:
            key = self.pick(["", ", reverse=True", ", key=abs", f", key=lambda {v}: -{v}", f", key=lambda {v}: ({v} % 3, {v})"])
            return f"sorted({a()}{key})"
        if c == 2:
            return f"({a()} + {a()})"
        if c == 3:
            return f"({a()} * {self.r.randint(0, 2)})"
        if c == 4:
            return f"{a()}[{self.slice()}]"
        if c == 5:
            return f"list(range({self.r.randint(-3, 4)}, {self.r.randint(-3, 8)}, {self.pick(['1', '2', '-1', '3'])}))"
        if c == 6:
            return f"list(map(lambda {v}: {v} * {self.r.randint(-2, 3)}, {a()}))"
        if c == 7:
            return f"list(filter(lambda {v}: {v} % {self.r.randint(2, 3)}, {a()}))"
        if c == 8:
            return f"list(reversed({a()}))"
        if c == 9:
            return f"list({self.e_tuple(d - 1)})"
        if c == 10:
            return f"sorted({self.e_set(d - 1)})"
        if c == 11:
            return f"[{v} for {v}, _ in enumerate({self.e_str(d - 1)})]"
        if c == 12:
            return f"list(map(len, {self.e_str(d - 1)}.split()))"
        return self.var_or("list", lit)

    def e_tuple(self, d):
        lit = lambda: "(" + "".join(self.e_int(0) + ", " for _ in range(self.r.randint(0, 3))) + ")"
        if d <= 0:
            return self.var_or("tuple", lit)
        c = self.r.randint(0, 5)
        if c == 0:
            return f"tuple({self.e_list(d - 1)})"
        if c == 1:
            return f"divmod({self.e_int(d - 1)}, {self.pick(['3', '-7', '10**10'])})"
        if c == 2:
            return f"({self.e_tuple(d - 1)} + {self.e_tuple(d - 1)})"
        if c == 3:
            return f"{self.e_tuple(d - 1)}[{self.slice()}]"
        if c == 4:
            return f"tuple(sorted({self.e_set(d - 1)}))"
        return self.var_or("tuple", lit)

    def e_dict(self, d):
        def lit():
            keys = self.r.sample(["a", "b", "c", "key", "x", "é"], self.r.randint(0, 3))
            return "{" + ", ".join(f"{k!r}: {self.e_int(0)}" for k in keys) + "}"

        if d <= 0:
            return self.var_or("dict", lit)
        c = self.r.randint(0, 4)
        v = self.fresh("k")
        if c == 0:
            return f"{{{v}: len({v}) for {v} in {self.e_str(d - 1)}.split()}}"
        if c == 1:
            return f"dict(zip({self.e_str(d - 1)}, {self.e_list(d - 1)}))"
        if c == 2:
            return f"{{**{self.e_dict(d - 1)}, **{self.e_dict(d - 1)}}}"
        if c == 3:
            return f"({self.e_dict(d - 1)} | {self.e_dict(d - 1)})"
        return self.var_or("dict", lit)

    def e_set(self, d):
        lit = lambda: "{" + ", ".join(self.e_int(0) for _ in range(self.r.randint(1, 4))) + "}"
        if d <= 0:
            return self.var_or("set", lit)
        c = self.r.randint(0, 4)
        if c == 0:
            return f"({self.e_set(d - 1)} {self.pick(['|', '&', '-', '^'])} {self.e_set(d - 1)})"
        if c == 1:
            return f"set({self.e_list(d - 1)})"
        if c == 2:
            v = self.fresh("s")
            return f"{{{v} % 5 for {v} in {self.e_list(d - 1)}}}"
        return self.var_or("set", lit)

    def any_expr(self, d=2):
        ty = self.pick(["int", "int", "float", "str", "str", "bool", "list", "tuple", "dict", "set", "bytes"])
        return ty, self.expr(ty, d)

    def risky_expr(self, d=2):
        """An expression that may well raise."""
        c = self.r.randint(0, 17)
        if c == 0:
            return f"{self.e_int(d)} {self.pick(['//', '%', '/'])} {self.e_int(d - 1)}"
        if c == 1:
            return f"{self.e_list(d)}[{self.e_int(1)}]"
        if c == 2:
            return f"{self.e_dict(d)}[{self.e_str(0)}]"
        if c == 3:
            return f"int({self.e_str(d)})"
        if c == 4:
            return f"float({self.e_str(d)})"
        if c == 5:
            return f"{self.any_expr(d - 1)[1]} {self.pick(['+', '-', '*', '<', '/', '%'])} {self.any_expr(d - 1)[1]}"
        if c == 6:
            # A fractional power of a negative number is complex.
            return f"{self.pick([f'({self.e_float(d)}) ** 0.5', f'({self.e_float(d)}) ** {self.pick([1000, -1, 2])}'])}"
        if c == 7:
            return f"{self.e_str(d)}.index({self.e_str(0)})"
        if c == 8:
            return f"{self.e_list(d)}.index({self.e_int(0)})"
        if c == 9:
            return f"{self.pick(['min', 'max'])}({self.e_list(d)})"
        if c == 10:
            return f"{self.e_str(d)}[{self.e_int(0)}]"
        if c == 11:
            return f"int({self.e_float(d)} * 1e308)"
        if c == 12:
            return f"({self.any_expr(d - 1)[1]}).{self.pick(['append', 'upper', 'x', 'keys', 'real'])} is None"
        if c == 13:
            return f"next(iter({self.e_list(d)}))"
        if c == 14:
            return f"{self.pick(['chr', 'abs', 'len', 'round', 'sorted', 'sum'])}({self.any_expr(d - 1)[1]})"
        if c == 15:
            return f"{self.e_str(d)}.split({self.pick(['', repr(''), repr(',')])})"
        if c == 16:
            return self.pick([
                lambda: f"{self.e_bytes(d)}.decode({self.pick(['', repr('ascii')])})",
                lambda: f"{self.e_bytes(d)}[{self.e_int(0)}]",
                lambda: f"bytes({self.e_list(d)})",
                lambda: f"{self.e_str(d)}.encode({self.pick([repr('ascii'), repr('latin-1')])})",
            ])()
        return f"divmod({self.e_float(d)}, {self.e_float(0)})"

    # ---- statements -----------------------------------------------------------------
    def print_stmt(self, d=2):
        items = [self.any_expr(d)[1] for _ in range(self.r.randint(1, 3))]
        sep = self.pick(["", "", ", sep=' | '", ", end=';\\n'"])
        self.emit(f"print({', '.join(items)}{sep})")

    def guarded(self, body):
        """`body()` inside a try that prints whatever it raises."""
        self.block("try:", body)
        self.block(f"except {RISKY_EXCEPTIONS} as exc:", lambda: self.emit("print(type(exc).__name__, exc)"))

    def risky_stmt(self):
        self.guarded(lambda: self.emit(f"print({self.risky_expr()})"))

    def assign_stmt(self):
        ty, value = self.any_expr()
        name = self.fresh(ty[0] + "v")
        self.emit(f"{name} = {value}")
        self.scope.add(name, ty)

    def simple_stmts(self, n):
        for _ in range(n):
            c = self.r.randint(0, 3)
            if c == 0:
                self.assign_stmt()
            elif c == 1:
                self.risky_stmt()
            else:
                self.print_stmt()

    # ---- snippets -------------------------------------------------------------------
    def with_scope(self, body):
        saved = self.scope
        self.scope = Scope(saved)
        try:
            body()
        finally:
            self.scope = saved

    def snippet_closures(self):
        c = self.r.randint(0, 5)
        mk = self.fresh("make")
        if c == 0:
            # A counter with nonlocal state, shared by two closures.
            step = self.e_int(1)

            def body():
                self.emit(f"count = {self.e_int(0)}")

                def inc():
                    self.emit("nonlocal count")
                    self.emit(f"count += by * ({step})")
                    self.emit("return count")

                self.block("def inc(by=1):", inc)
                self.block("def get():", lambda: self.emit("return count"))
                self.emit("return inc, get")

            self.block(f"def {mk}():", body)
            self.emit(f"inc, get = {mk}()")
            for _ in range(self.r.randint(1, 3)):
                self.emit(f"print(inc({self.r.randint(-2, 3)}), get())")
            self.emit("print(inc.__closure__ is not None, len(inc.__code__.co_freevars))")
        elif c == 1:
            # Late binding versus default-argument capture in a loop.
            n = self.r.randint(1, 4)
            op = self.pick(["i * 2", "i + k", "i - k", "str(i) + str(k)"])
            self.emit(f"k = {self.e_int(0)}")
            self.emit(f"late = [lambda: {op} for i in range({n})]")
            self.emit(f"early = [lambda i=i: {op} for i in range({n})]")
            self.emit("print([f() for f in late], [f() for f in early])")
            self.emit(f"k = {self.e_int(0)}")
            self.emit("print([f() for f in late], [f() for f in early])")
        elif c == 2:
            # Three levels of nesting, each adding a captured variable.
            def level3():
                self.emit(f"return a + b + c + {self.e_int(0)}")

            def level2():
                self.emit(f"c = {self.e_int(0)}")
                self.block("def inner():", level3)
                if self.chance(0.5):
                    self.emit("c += 1")
                self.emit("return inner")

            def level1():
                self.emit(f"b = a * {self.r.randint(1, 3)}")
                self.block("def middle():", level2)
                self.emit("return middle")

            self.block(f"def {mk}(a):", level1)
            for _ in range(2):
                self.emit(f"print({mk}({self.e_int(1)})()())")
        elif c == 3:
            # A decorator that counts and logs calls.
            fn = self.fresh("f")

            def deco():
                def wrapper():
                    self.emit("nonlocal calls")
                    self.emit("calls += 1")
                    self.emit(f"print('call', calls, func.__name__, args)")
                    self.emit("return func(*args, **kwargs)")

                self.emit("calls = 0")
                self.block("def wrapper(*args, **kwargs):", wrapper)
                self.emit("return wrapper")

            self.block(f"def {mk}(func):", deco)
            self.emit(f"@{mk}")
            self.block(f"def {fn}(x, y={self.e_int(0)}):", lambda: self.emit(f"return x * y + {self.e_int(0)}"))
            self.emit(f"print({fn}({self.e_int(1)}), {fn}({self.e_int(1)}, y={self.e_int(0)}))")
        elif c == 4:
            # Composition of first-class functions.
            self.block(f"def {mk}(*fs):", lambda: (
                self.block("def composed(x):", lambda: (
                    self.block("for f in reversed(fs):", lambda: self.emit("x = f(x)")),
                    self.emit("return x"),
                )),
                self.emit("return composed"),
            ))
            # Applied right to left: int functions, then maybe str, then maybe len.
            fs = [self.pick(["lambda x: x + 1", "lambda x: x * 3", "abs", "lambda x: -x", "lambda x: x // 2"]) for _ in range(self.r.randint(1, 3))]
            fs = self.pick([[], ["str"], ["len", "str"]]) + fs
            self.emit(f"print({mk}({', '.join(fs)})({self.e_int(1)}))")
        else:
            # Closures created in a comprehension capture a per-iteration variable of the
            # comprehension's own scope; the cell is readable through __closure__.
            self.emit(f"adders = [(lambda y, n=n: n + y) for n in range({self.r.randint(1, 4)})]")
            self.emit(f"print([add({self.e_int(0)}) for add in adders])")
            self.block(f"def {mk}(v):", lambda: (
                self.block("def get():", lambda: self.emit("return v")),
                self.emit("return get"),
            ))
            self.emit(f"g = {mk}({self.any_expr(1)[1]})")
            self.emit("print(g(), g.__closure__[0].cell_contents == g())")

    def class_snippet(self):
        base = self.fresh("Base")
        sub = self.fresh("Sub")
        fields = self.r.randint(1, 3)
        names = ["a", "b", "c"][:fields]

        slotted = self.chance(0.3)

        def base_body():
            if slotted:
                self.emit(f"__slots__ = {tuple(names)!r}")

            def init():
                for n in names:
                    self.emit(f"self.{n} = {n}")

            self.block(f"def __init__(self, {', '.join(names)}):", init)
            self.block("def __repr__(self):", lambda: self.emit(
                f"return f'{{type(self).__name__}}({', '.join('{self.' + n + '!r}' for n in names)})'"))
            if self.chance(0.7):
                self.block("def __eq__(self, other):", lambda: (
                    self.block(f"if not isinstance(other, {base}):", lambda: self.emit("return NotImplemented")),
                    self.emit(f"return ({', '.join('self.' + n for n in names)},) == ({', '.join('other.' + n for n in names)},)"),
                ))
                if self.chance(0.6):
                    self.block("def __hash__(self):", lambda: self.emit(f"return hash(({', '.join('self.' + n for n in names)},))"))
            if self.chance(0.6):
                self.block("def __lt__(self, other):", lambda: self.emit(f"return self.{names[0]} < other.{names[0]}"))
            if self.chance(0.6):
                self.block("def __add__(self, other):", lambda: (
                    self.block(f"if isinstance(other, {base}):", lambda: self.emit(
                        f"return type(self)({', '.join('self.' + n + ' + other.' + n for n in names)})")),
                    self.emit("return NotImplemented"),
                ))
            if self.chance(0.5):
                self.block("def __len__(self):", lambda: self.emit(f"return {len(names)}"))
            if self.chance(0.6):
                self.block("def __iter__(self):", lambda: [self.emit(f"yield self.{n}") for n in names])
            if self.chance(0.4):
                self.block("def __getitem__(self, i):", lambda: self.emit(f"return ({', '.join('self.' + n for n in names)},)[i]"))
            if self.chance(0.3):
                self.block("def __contains__(self, x):", lambda: self.emit(f"return x in ({', '.join('self.' + n for n in names)},)"))
            if self.chance(0.3):
                self.block("def __bool__(self):", lambda: self.emit(f"return bool(self.{names[0]})"))
            if self.chance(0.4):
                self.emit("@property")
                self.block("def first(self):", lambda: self.emit(f"return self.{names[0]}"))
            if self.chance(0.4):
                self.emit("@classmethod")
                self.block("def make(cls, v):", lambda: self.emit(f"return cls({', '.join(['v'] * len(names))})"))
            if self.chance(0.4):
                self.emit("@staticmethod")
                self.block("def twice(v):", lambda: self.emit("return v * 2"))
            self.block("def describe(self):", lambda: self.emit(f"return '{base}:' + repr(self)"))

        self.block(f"class {base}:", base_body)

        def sub_body():
            self.emit(f"kind = {self.e_str(0)}")
            self.block("def describe(self):", lambda: self.emit("return 'sub/' + super().describe() + '/' + self.kind"))
            if self.chance(0.5):
                self.block("def __call__(self, x):", lambda: self.emit(f"return x + self.{names[0]}"))

        self.block(f"class {sub}({base}):", sub_body)
        self.classes.append((base, len(names)))
        args = lambda: ", ".join(self.e_int(0) for _ in names)
        self.emit(f"o1 = {base}({args()})")
        self.emit(f"o2 = {sub}({args()})")
        self.emit("print(o1, o2, o1.describe(), o2.describe())")
        for _ in range(self.r.randint(2, 5)):
            op = self.pick([
                "o1 == o2", "o1 != o2", "o1 < o2", "o1 + o2", "o2 + o1", "len(o1)", "list(o2)",
                "o1[0]", "o2[-1]", f"{self.e_int(0)} in o1", "bool(o2)", "o1.first", f"{base}.make(3)",
                f"{sub}.make(1)", "o2.twice(4)", "o2(10)", "sorted([o2, o1])", "hash(o1) == hash(o1)",
                "isinstance(o2, " + base + ")", f"issubclass({sub}, {base})", "type(o2).__name__",
                "o1.missing", "{o1: 1}", "[*o1]", "max(o1, o2)", "o1 in [o2]", "o2.kind",
                f"{sub}.__mro__[1].__name__", "o1.__dict__", f"{base}.__qualname__",
                "setattr(o1, 'extra', 1)", "vars(o2)", f"{base}.{names[0]}", "o2.__dict__",
                f"delattr(o1, '{names[-1]}')", f"getattr(o1, '{names[-1]}', 'gone')",
            ])
            self.guarded(lambda: self.emit(f"print({op})"))

    def snippet_generators(self):
        gen = self.fresh("gen")
        c = self.r.randint(0, 4)
        if c == 0:
            def body():
                self.block(f"for i in range(n):", lambda: (
                    self.block(f"if i % {self.r.randint(2, 4)} == 0:", lambda: self.emit("continue")) if self.chance(0.5) else None,
                    self.emit(f"yield {self.pick(['i', 'i * i', 'str(i)', '(i, -i)', 'i / 2'])}"),
                ))
                self.emit(f"return {self.e_int(0)}")

            self.block(f"def {gen}(n):", body)
            self.emit(f"print(list({gen}({self.r.randint(0, 6)})))")
            self.emit(f"g = {gen}({self.r.randint(0, 3)})")
            self.block("while True:", lambda: (
                self.block("try:", lambda: self.emit("print(next(g))")),
                self.block("except StopIteration as stop:", lambda: (
                    self.emit("print('stop', stop.value)"),
                    self.emit("break"),
                )),
            ))
        elif c == 1:
            # yield from passes the return value back and delegates send().
            def inner():
                self.emit("total = 0")
                self.block("while True:", lambda: (
                    self.emit("x = yield total"),
                    self.block("if x is None:", lambda: self.emit("return total")),
                    self.emit("total += x"),
                ))

            self.block(f"def {gen}():", inner)
            outer = self.fresh("outer")
            self.block(f"def {outer}():", lambda: (
                self.emit(f"result = yield from {gen}()"),
                self.emit("yield 'done', result"),
            ))
            self.emit(f"g = {outer}()")
            self.emit("print(next(g))")
            for _ in range(self.r.randint(0, 3)):
                self.emit(f"print(g.send({self.e_int(0)}))")
            self.emit("print(g.send(None))")
        elif c == 2:
            # Generator expressions, consumed lazily.
            v = self.fresh("x")
            self.emit(f"print(sum({v} * {v} for {v} in {self.e_list(1)}))")
            self.emit(f"g = ({v} for {v} in {self.e_str(1)} if {v} != ' ')")
            self.emit(f"print(next(g, 'empty'), list(g), list(g))")
        elif c == 3:
            # finally in a generator runs at close(); throw() raises at the yield.
            self.block(f"def {gen}():", lambda: (
                self.block("try:", lambda: (
                    self.emit("yield 1"),
                    self.emit("yield 2"),
                )),
                self.block("except ValueError as e:", lambda: (
                    self.emit("print('caught', e)"),
                    self.emit("yield 99"),
                )),
                self.block("finally:", lambda: self.emit("print('finally')")),
            ))
            self.emit(f"g = {gen}()")
            self.emit("print(next(g))")
            if self.chance(0.5):
                self.emit("print(g.throw(ValueError('boom')))")
            self.emit("g.close()")
            self.emit("print('closed')")
            self.guarded(lambda: self.emit("print(next(g))"))
        else:
            # A generator over a closure's state.
            self.block(f"def {gen}(limit):", lambda: (
                self.emit("a, b = 0, 1"),
                self.block("while a < limit:", lambda: (
                    self.emit("yield a"),
                    self.emit("a, b = b, a + b"),
                )),
            ))
            self.emit(f"print(list({gen}({self.pick(['10', '1000', '10**30'])})))")
            self.emit(f"print([x for x in {gen}(50) if x % 2], dict(enumerate({gen}(5))))")

    def snippet_async(self):
        """Coroutines and tasks under asyncio.run: interleavings by `sleep(0)`, gather,
        cancellation, queues, asynchronous generators and context managers. Every coroutine
        is awaited and every asynchronous generator exhausted, so no warning depends on
        when CPython frees them."""
        worker = self.fresh("worker")
        fail_at = self.r.randint(0, 6)
        self.block(f"async def {worker}(name, steps):", lambda: (
            self.emit("total = 0"),
            self.block("for i in range(steps):", lambda: (
                self.emit(f"total += {self.pick(['i', 'i * i', 'len(name)', '-i'])}"),
                self.emit("print(name, i, total)"),
                self.block(f"if i == {fail_at}:", lambda: self.emit("raise ValueError(name)")),
                self.emit("await asyncio.sleep(0)"),
            )),
            self.emit("return total"),
        ))
        main = self.fresh("main")
        c = self.r.randint(0, 3)

        def body():
            names = [f"'{self.pick('abcdefgh')}{i}'" for i in range(self.r.randint(1, 4))]
            calls = [f"{worker}({n}, {self.r.randint(0, 5)})" for n in names]
            if c == 0:
                self.emit(f"tasks = [asyncio.create_task(c) for c in [{', '.join(calls)}]]")
                self.emit("print(await asyncio.gather(*tasks, return_exceptions=True))")
                self.emit("print([t.done() for t in tasks])")
            elif c == 1:
                self.emit(f"t = asyncio.create_task({calls[0]})")
                for _ in range(self.r.randint(0, 3)):
                    self.emit("await asyncio.sleep(0)")
                self.emit("print(t.cancel())")
                self.block("try:", lambda: self.emit("print(await t)"))
                self.block("except (asyncio.CancelledError, ValueError) as e:",
                           lambda: self.emit("print(type(e).__name__, t.cancelled())"))
            elif c == 2:
                gen = self.fresh("agen")
                self.emit("q = asyncio.Queue(maxsize=%d)" % self.r.randint(0, 3))


                def producer():
                    self.block(f"for x in {self.e_list(1)}:", lambda: self.emit("await q.put(x)"))
                    self.emit("await q.put(None)")

                self.block("async def producer():", producer)
                self.block(f"async def {gen}():", lambda: (
                    self.block("while True:", lambda: (
                        self.emit("item = await q.get()"),
                        self.block("if item is None:", lambda: self.emit("return")),
                        self.emit("yield item"),
                    )),
                ))
                self.emit("p = asyncio.create_task(producer())")
                self.emit(f"print([repr(x) async for x in {gen}()])")
                self.emit("await p")
            else:
                acm = self.fresh("ACM")
                self.block(f"class {acm}:", lambda: (
                    self.block("async def __aenter__(self):", lambda: (
                        self.emit("await asyncio.sleep(0)"),
                        self.emit("print('enter')"),
                        self.emit("return self"),
                    )),
                    self.block("async def __aexit__(self, t, e, tb):", lambda: (
                        self.emit("print('exit', t.__name__ if t else None)"),
                        self.emit(f"return {self.pick(['True', 'False', 'None'])}"),
                    )),
                ))
                self.block(f"async with {acm}():", lambda: self.emit(f"print(await {calls[0]})"))
            self.emit("return 'main done'")

        self.block(f"async def {main}():", body)
        self.guarded(lambda: self.emit(f"print(asyncio.run({main}()))"))

    def snippet_exceptions(self):
        err = self.fresh("Err")
        self.block(f"class {err}(Exception):", lambda: (
            self.block("def __init__(self, code, *rest):", lambda: (
                self.emit("super().__init__(code, *rest)"),
                self.emit("self.code = code"),
            )),
        ))
        sub = self.fresh("SubErr")
        self.block(f"class {sub}({err}):", lambda: self.emit("pass"))
        fn = self.fresh("risky")

        def risky_body():
            self.block("if x < 0:", lambda: self.emit(f"raise {sub}(x, 'negative')"))
            self.block("if x == 0:", lambda: self.emit("raise ZeroDivisionError('zero!')"))
            self.block(f"if x > {self.r.randint(5, 50)}:", lambda: self.emit(f"raise {err}(x)"))
            self.emit("return 100 // x")

        self.block(f"def {fn}(x):", risky_body)
        wrap = self.fresh("wrap")

        def wrap_body():
            self.block("try:", lambda: self.emit(f"r = {fn}(x)"))
            self.block(f"except {sub} as e:", lambda: (
                self.emit("print('sub', e.code, e.args)"),
                self.emit("r = -1") if self.chance(0.7) else self.emit("raise"),
            ))
            self.block(f"except {err} as e:", lambda: (
                self.emit("print('err', e)"),
                self.emit("raise ValueError('wrapped') from e") if self.chance(0.4) else self.emit("r = -2"),
            ))
            self.block("else:", lambda: self.emit("print('ok', r)"))
            self.block("finally:", lambda: (
                self.emit("print('finally', x)"),
                self.emit("return 'overridden'") if self.chance(0.15) else None,
            ))
            self.emit("return r")

        self.block(f"def {wrap}(x):", wrap_body)

        def loop():
            self.block("try:", lambda: self.emit(f"print({wrap}(x))"))
            self.block("except Exception as e:", lambda: (
                self.emit("print(type(e).__name__, e, type(e.__cause__).__name__, e.__context__ is e.__cause__)"),
            ))

        values = [self.r.randint(-3, 60) for _ in range(self.r.randint(2, 5))]
        self.block(f"for x in {values}:", loop)
        if self.chance(0.3):
            # Break and continue through finally.
            self.block("for i in range(4):", lambda: (
                self.block("try:", lambda: (
                    self.block("if i == 1:", lambda: self.emit("continue")),
                    self.block("if i == 3:", lambda: self.emit("break")),
                    self.emit("print('body', i)"),
                )),
                self.block("finally:", lambda: self.emit("print('finally', i)")),
            ))
            self.block("else:", lambda: self.emit("print('no break')"))

    def snippet_match(self):
        fn = self.fresh("classify")
        point = self.fresh("Point")
        self.block(f"class {point}:", lambda: (
            self.emit("__match_args__ = ('x', 'y')"),
            self.block("def __init__(self, x, y):", lambda: (self.emit("self.x = x"), self.emit("self.y = y"))),
            self.block("def __repr__(self):", lambda: self.emit(f"return f'{point}({{self.x}}, {{self.y}})'")),
        ))
        cases = [
            ("0 | 1", "'small'"),
            ("int(n) if n > 100", "'big ' + str(n)"),
            ("str() as s if len(s) > 3", "'long str ' + s"),
            ("''", "'empty str'"),
            ("[]", "'empty list'"),
            ("[x]", "'one ' + repr(x)"),
            ("[x, *rest]", "f'head {x!r} rest {rest!r}'"),
            ("(a, b)", "f'pair {a} {b}'"),
            ("{'k': v, **others}", "f'k={v} others={others}'"),
            ("{'a': int(v)}", "f'a int {v}'"),
            (f"{point}(x=0, y=0)", "'origin'"),
            (f"{point}(0, y)", "f'on y axis {y}'"),
            (f"{point}(x, y) if x == y", "'diagonal'"),
            (f"{point}()", "'some point'"),
            ("float(f)", "f'float {f}'"),
            ("None", "'none'"),
            ("True", "'true'"),
            ("str(s)", "'str ' + s"),
        ]
        chosen = self.r.sample(cases, self.r.randint(3, 8))

        def body():
            def match_body():
                for pattern, result in chosen:
                    self.block(f"case {pattern}:", lambda result=result: self.emit(f"return {result}"))
                if self.chance(0.7):
                    self.block("case _:", lambda: self.emit("return 'other ' + repr(v)"))

            self.block("match v:", match_body)
            self.emit("return 'no match'")

        self.block(f"def {fn}(v):", body)
        subjects = [
            "0", "1", "7", "1000", "'hi'", "'hello'", "''", "[]", "[5]", "[1, 2, 3]", "(4, 5)",
            "{'k': 1, 'z': 2}", "{'a': 3}", "{'a': 'x'}", f"{point}(0, 0)", f"{point}(0, 4)",
            f"{point}(2, 2)", f"{point}(1, 5)", "2.5", "None", "True", "False", "(1, 2, 3)",
        ]
        for s in self.r.sample(subjects, self.r.randint(3, 8)):
            self.emit(f"print({fn}({s}))")

    def snippet_containers(self):
        name = self.fresh("xs")
        self.emit(f"{name} = {self.e_list(2)}")
        for _ in range(self.r.randint(2, 6)):
            op = self.pick([
                f"{name}.append({self.e_int(1)})", f"{name}.insert({self.r.randint(-3, 3)}, {self.e_int(0)})",
                f"{name}.extend({self.e_list(1)})", f"{name}.sort()", f"{name}.reverse()",
                f"{name}.pop()", f"{name}.pop(0)", f"{name}.remove({self.e_int(0)})",
                f"del {name}[{self.slice()}]", f"{name}[{self.slice()}] = {self.e_list(1)}",
                f"{name}[{self.r.randint(-2, 2)}] = {self.e_int(0)}", f"{name} += {self.e_list(1)}",
                f"{name} *= {self.r.randint(0, 2)}", f"{name}.clear()", f"print({name}.count({self.e_int(0)}))",
            ])
            self.guarded(lambda: self.emit(op))
            self.emit(f"print({name})")
        d = self.fresh("d")
        self.emit(f"{d} = {self.e_dict(2)}")
        for _ in range(self.r.randint(1, 5)):
            op = self.pick([
                f"{d}[{self.e_str(0)}] = {self.e_int(0)}", f"print({d}.pop({self.e_str(0)}, None))",
                f"print({d}.setdefault({self.e_str(0)}, {self.e_int(0)}))", f"{d}.update({self.e_dict(1)})",
                f"del {d}[{self.e_str(0)}]", f"print(sorted({d}.items()))", f"print(list({d}.keys()), list({d}.values()))",
                f"print({d}.popitem())", f"print({self.e_str(0)} in {d})",
            ])
            self.guarded(lambda: self.emit(op))
        self.emit(f"print({d})")
        s = self.fresh("st")
        self.emit(f"{s} = {self.e_set(2)}")
        for _ in range(self.r.randint(1, 4)):
            op = self.pick([
                f"{s}.add({self.e_int(0)})", f"{s}.discard({self.e_int(0)})", f"{s}.remove({self.e_int(0)})",
                f"{s} |= {self.e_set(1)}", f"{s} &= {self.e_set(1)}", f"{s} -= {self.e_set(1)}",
                f"print({s}.pop())", f"print({s} <= {self.e_set(1)}, {s}.isdisjoint({self.e_set(1)}))",
            ])
            self.guarded(lambda: self.emit(op))
        self.emit(f"print(sorted({s}), len({s}))")

    def snippet_bigints(self):
        n = self.r.randint(20, 300)
        self.emit("f = 1")
        self.block(f"for i in range(1, {n}):", lambda: self.emit("f *= i"))
        self.emit("print(len(str(f)), f % 1000007, f // 10**(len(str(f)) - 5))")
        self.emit(f"p = {self.pick(['2', '3', '-7', '10'])} ** {self.r.randint(50, 400)}")
        self.emit(f"q = {self.e_int(1)} or 1")
        for _ in range(self.r.randint(2, 5)):
            op = self.pick([
                "p // q", "p % q", "divmod(p, q)", "-p // 7", "p >> 100", "p << 3", "p & 0xFFFF", "p ^ -p",
                "str(p)[:20]", "hex(p)[:20]", "p == p + 0", "p > 10**50", "abs(-p) == p", "float(p) if p < 10**300 else 'huge'",
                "p / 10**100 if abs(p) < 10**400 else 'huge'", "bin(q)", "oct(q)", "pow(q, 5, 97)", "-p % 13", "int(str(p)) == p",
                "(p * p) % 1000003", "bool(p)", "hash(p) == hash(p)", "round(p, -5) % 10**7",
            ])
            self.guarded(lambda: self.emit(f"print({op})"))

    def snippet_floats(self):
        for _ in range(self.r.randint(2, 5)):
            self.guarded(lambda: self.emit(f"print({self.e_float(3)})"))
        x = self.pick(FLOATS)
        self.emit(f"x = {x}")
        ops = [
            "x.is_integer()", "x.hex()", "float.fromhex('0x1.8p1')", "x.as_integer_ratio()", "round(x)",
            "int(x)", "x // 1", "x % 1", "-x", "x == int(x)", "repr(x)", "str(x * 3)", "f'{x:.10g}'",
            "1 / x", "abs(x) ** 0.5", "math.floor(x)", "math.ceil(x)", "math.sqrt(abs(x))", "math.isclose(x, x + 1e-12)",
            "math.fsum([x, 0.1, 0.2])", "math.log(abs(x) + 1)", "math.copysign(1, x)", "math.trunc(x)", "divmod(x, 0.3)",
            "x < float('inf')", "float('nan') == float('nan')", "round(x, 2)", "(0.1 + 0.2, 0.1 * 3, 1 / 3)",
        ]
        for _ in range(self.r.randint(2, 6)):
            op = self.pick(ops)
            self.guarded(lambda: self.emit(f"print({op})"))

    def snippet_strings(self):
        s = self.fresh("text")
        self.emit(f"{s} = {self.e_str(2)}")
        ops = [
            f"{s}.split()", f"{s}.split(',')", f"{s}.partition(' ')", f"{s}.rpartition('-')", f"{s}[::-1]",
            f"{s}.isdigit()", f"{s}.isalpha()", f"{s}.isspace()", f"{s}.isupper()",
            f"{s}.title()", f"{s}.expandtabs(4)", f"{s}.splitlines()", f"{s}.startswith(('a', 'h'))",
            f"{s}.strip('ah ')", f"{s}.count('a')", f"{s}.find('l', 2)", f"{s}.rsplit(None, 1)", f"{s}.removeprefix('he')",
            f"{s}.removesuffix('d')", f"sorted({s})", f"{s}.translate({{97: 'A', 98: None}})", f"list(map(ord, {s}[:3]))",
            f"'{{0}}-{{0}}'.format({s})", f"'{{:*^15}}'.format({s})", f"{s} * 2 + {s}[:1]", f"{s}.index('z')",
            f"{s}.upper().lower() == {s}.lower()", f"min({s}) if {s} else ''", f"{s}.ljust(10, '.')", f"{s}.isidentifier()",
            f"ascii({s})", f"{s}.casefold()", f"{s}.center(11)", f"{s}[{self.slice()}]", f"{s}.zfill(6)",
        ]
        for _ in range(self.r.randint(3, 7)):
            op = self.pick(ops)
            self.guarded(lambda: self.emit(f"print(repr({op}))"))

    def snippet_loops(self):
        acc = self.fresh("acc")
        self.emit(f"{acc} = []")
        limit = self.r.randint(0, 8)

        def body():
            self.block(f"if i % {self.r.randint(2, 4)} == {self.r.randint(0, 1)}:", lambda: self.emit("continue"))
            self.block(f"if i > {self.r.randint(2, 9)}:", lambda: self.emit("break"))
            self.emit(f"{acc}.append({self.pick(['i', 'i * i', 'str(i)', '-i'])})")

        self.block(f"for i in range({limit}):", body)
        self.block("else:", lambda: self.emit(f"{acc}.append('else')"))
        self.emit(f"print({acc})")
        self.emit(f"n = {self.r.randint(0, 30)}")
        self.emit("steps = 0")
        self.block("while n != 1 and n > 0:", lambda: (
            self.emit("n = n // 2 if n % 2 == 0 else 3 * n + 1"),
            self.emit("steps += 1"),
        ))
        self.block("else:", lambda: self.emit("print('while else', steps)"))
        self.emit(f"for i, (a, b) in enumerate(zip({self.e_list(1)}, {self.e_str(1)})):")
        self.depth += 1
        self.emit("print(i, a, b, end=' ')")
        self.depth -= 1
        self.emit("print()")

    def snippet_comprehensions(self):
        v, w = self.fresh("i"), self.fresh("j")
        forms = [
            f"[({v}, {w}) for {v} in range({self.r.randint(0, 4)}) for {w} in range({v})]",
            f"{{{v}: {w} for {v}, {w} in zip({self.e_str(1)}, {self.e_list(1)})}}",
            f"[[{v} * {w} for {w} in range(3)] for {v} in range({self.r.randint(0, 3)})]",
            f"sorted({{{v} % 4 for {v} in {self.e_list(1)}}})",
            f"[{w} for {v} in [{self.e_list(1)}, {self.e_list(1)}] for {w} in {v} if {w}]",
            f"[({v} := {v} + 1) for _ in range(2)] if ({v} := 0) == 0 else None",
            f"[f() for f in [lambda {v}={v}: {v} * 10 for {v} in range(3)]]",
            f"list(zip(*[[1, 2, 3], [4, 5, 6]]))",
            f"{{k: sorted(v) for k, v in {{'a': [3, 1], 'b': []}}.items()}}",
        ]
        for _ in range(self.r.randint(1, 3)):
            form = self.pick(forms)
            self.guarded(lambda: self.emit(f"print({form})"))

    def snippet_functions(self):
        fn = self.fresh("func")
        self.block(f"def {fn}(a, b={self.e_int(0)}, *args, c={self.e_str(0)}, **kw):", lambda: (
            self.emit("return (a, b, args, c, sorted(kw.items()))"),
        ))
        calls = [
            f"{fn}(1)", f"{fn}(1, 2, 3, 4)", f"{fn}(a=5)", f"{fn}(1, c='z', d=4)", f"{fn}(*[1, 2], **{{'c': 'q'}})",
            f"{fn}()", f"{fn}(1, a=2)", f"{fn}(1, 2, c=3, c2=4)", f"{fn}(**{{'a': 1, 'zz': 2}})",
        ]
        for _ in range(self.r.randint(1, 4)):
            call = self.pick(calls)
            self.guarded(lambda: self.emit(f"print({call})"))
        self.emit(f"print({fn}.__name__, {fn}.__defaults__, {fn}.__code__.co_argcount)")
        rec = self.fresh("rec")
        self.block(f"def {rec}(n):", lambda: (
            self.block("if n <= 1:", lambda: self.emit("return n")),
            self.emit(f"return {rec}(n - 1) + {rec}(n - 2)"),
        ))
        self.emit(f"print({rec}({self.r.randint(0, 15)}))")

    def snippet_globals(self):
        g = self.fresh("total")
        self.emit(f"{g} = {self.e_int(0)}")
        fn = self.fresh("bump")
        self.block(f"def {fn}(by):", lambda: (
            self.emit(f"global {g}"),
            self.emit(f"{g} += by"),
            self.emit(f"return {g}"),
        ))
        self.emit(f"print({fn}(1), {fn}({self.e_int(0)}), {g})")
        bad = self.fresh("unbound")
        self.block(f"def {bad}():", lambda: (
            self.emit(f"print({g})"),
            self.emit(f"{g} = 1"),
        ))
        self.guarded(lambda: self.emit(f"{bad}()"))
        self.emit("try:")
        self.emit(f"    print(undefined_{self.counter})")
        self.emit("except NameError as e:")
        self.emit("    print(e)")

    def snippet_protocols(self):
        """A class implementing a random subset of the numeric, container and conversion
        dunders, used through the operators and builtins that call them."""
        cls = self.fresh("Num")
        dunders = {
            "__add__": "return {cls}(self.v + (other.v if isinstance(other, {cls}) else other))",
            "__radd__": "return {cls}(other + self.v)",
            "__sub__": "return {cls}(self.v - (other.v if isinstance(other, {cls}) else other))",
            "__mul__": "return {cls}(self.v * (other.v if isinstance(other, {cls}) else other))",
            "__rmul__": "return {cls}(other * self.v)",
            "__neg__": "return {cls}(-self.v)",
            "__abs__": "return {cls}(abs(self.v))",
            "__eq__": "return isinstance(other, {cls}) and self.v == other.v",
            "__lt__": "return self.v < (other.v if isinstance(other, {cls}) else other)",
            "__le__": "return self.v <= (other.v if isinstance(other, {cls}) else other)",
            "__hash__": "return hash(self.v)",
            "__bool__": "return self.v != 0",
            "__int__": "return int(self.v)",
            "__float__": "return float(self.v)",
            "__index__": "return int(self.v)",
            "__str__": "return 'N<' + str(self.v) + '>'",
            "__format__": "return format(self.v, spec) + '!'",
            "__len__": "return abs(int(self.v)) % 5",
            "__getitem__": "return self.v * i if i < 3 else [][i]",
            "__contains__": "return x == self.v",
            "__iter__": "return iter(range(int(self.v) % 4))",
            "__call__": "return self.v + sum(args)",
            "__getattr__": "return name.upper() if name.startswith('d') else object.__getattribute__(self, name)",
            "__iadd__": "self.v += 100\n        return self",
            "__floordiv__": "return {cls}(self.v // other)",
            "__mod__": "return {cls}(self.v % other)",
            "__pow__": "return {cls}(self.v ** other)",
            "__and__": "return {cls}(int(self.v) & other)",
            "__lshift__": "return {cls}(int(self.v) << other)",
            "__invert__": "return {cls}(~int(self.v))",
            "__round__": "return {cls}(round(self.v, *nd))",
        }
        params = {
            "__getitem__": "self, i", "__contains__": "self, x", "__call__": "self, *args",
            "__getattr__": "self, name", "__format__": "self, spec", "__round__": "self, *nd",
        }
        chosen = self.r.sample(sorted(dunders), self.r.randint(4, 14))

        def body():
            self.block("def __init__(self, v):", lambda: self.emit("self.v = v"))
            self.block("def __repr__(self):", lambda: self.emit(f"return '{cls}(' + repr(self.v) + ')'"))
            for name in chosen:
                args = params.get(name, "self" if name in (
                    "__neg__", "__abs__", "__hash__", "__bool__", "__int__", "__float__", "__index__",
                    "__str__", "__len__", "__iter__", "__invert__") else "self, other")
                self.block(f"def {name}({args}):", lambda name=name: self.emit(dunders[name].format(cls=cls)))

        self.block(f"class {cls}:", body)
        self.emit(f"n = {cls}({self.pick(['3', '-2', '0', '7', '2.5', '10**20'])})")
        self.emit(f"m = {cls}({self.pick(['1', '4', '-1', '0.5'])})")
        uses = [
            "n + m", "n + 1", "1 + n", "n - m", "n * 2", "3 * n", "-n", "abs(n)", "n == m", "n != m",
            "n < m", "n <= 2", "n > m", "n >= m", "hash(n) == hash(n.v)", "bool(n)", "not n", "int(n)",
            "float(n)", "[10, 20, 30, 40][n]", "bin(n)", "range(10)[n]", "str(n)", "f'{n}'", "f'{n:>6}'",
            "format(n, '')", "len(n)", "n[1]", "n[5]", "list(n)", "2 in n", "n.v in n", "n(1, 2)",
            "n.dynamic", "n.missing", "sorted([n, m])", "min(n, m)", "n // 2", "n % 3", "n ** 2", "n & 6",
            "n << 2", "~n", "round(n)", "round(n, 1)", "sum([n, m], 0)", "n if n else m", "[n] * 2",
            "{n: 1}", "divmod(n, 2)", "n.__class__.__name__", "type(n) is " + cls, "isinstance(n, " + cls + ")",
        ]
        for _ in range(self.r.randint(4, 10)):
            use = self.pick(uses)
            self.guarded(lambda: self.emit(f"print({use})"))
        if "__iadd__" in chosen or self.chance(0.3):
            self.guarded(lambda: (self.emit("n += 5"), self.emit("print(n)")))

    def snippet_inheritance(self):
        """Diamond and chained inheritance with super() through every level."""
        a, b, c, d = (self.fresh(x) for x in "ABCD")
        self.block(f"class {a}:", lambda: (
            self.emit(f"tag = {self.e_str(0)}"),
            self.block("def __init__(self):", lambda: (self.emit("self.trail = ['A']"),)),
            self.block("def who(self):", lambda: self.emit("return 'A'")),
            self.block("def chain(self):", lambda: self.emit("return ['A']")),
            self.block("def __repr__(self):", lambda: self.emit("return type(self).__name__ + str(self.trail)")),
        ))
        for name, base, letter in ((b, a, "B"), (c, a, "C")):
            self.block(f"class {name}({base}):", lambda letter=letter: (
                self.block("def __init__(self):", lambda: (
                    self.emit("super().__init__()"),
                    self.emit(f"self.trail.append('{letter}')"),
                )),
                self.block("def chain(self):", lambda: self.emit(f"return ['{letter}'] + super().chain()")),
                self.block("def who(self):", lambda: self.emit(f"return '{letter}'")) if self.chance(0.6) else None,
            ))
        self.block(f"class {d}({b}, {c}):", lambda: (
            self.block("def __init__(self):", lambda: (
                self.emit("super().__init__()"),
                self.emit("self.trail.append('D')"),
            )),
            self.block("def chain(self):", lambda: self.emit("return ['D'] + super().chain()")),
            self.emit(f"tag = {self.e_str(0)}") if self.chance(0.5) else None,
        ))
        self.emit(f"x = {d}()")
        self.emit(f"print(x, x.who(), x.chain(), x.tag, [k.__name__ for k in {d}.__mro__])")
        self.emit(f"print(isinstance(x, {c}), issubclass({d}, {a}), {b}.who(x), super({b}, x).who())")
        self.emit(f"x.tag = 'own'")
        self.emit(f"print(x.tag, {d}.tag, {a}.tag, hasattr(x, 'nothing'), getattr(x, 'nothing', 'dflt'))")

    def snippet_context_managers(self):
        cm = self.fresh("Ctx")
        suppress = self.chance(0.5)
        self.block(f"class {cm}:", lambda: (
            self.block("def __init__(self, name):", lambda: self.emit("self.name = name")),
            self.block("def __enter__(self):", lambda: (
                self.emit("print('enter', self.name)"),
                self.emit("return self.name.upper()"),
            )),
            self.block("def __exit__(self, kind, value, tb):", lambda: (
                self.emit("print('exit', self.name, kind.__name__ if kind else None, value)"),
                self.emit(f"return {suppress}"),
            )),
        ))

        def body():
            self.block(f"with {cm}('a') as x, {cm}('b') as y:", lambda: (
                self.emit("print(x, y)"),
                self.emit(f"print({self.risky_expr(1)})") if self.chance(0.6) else self.emit("pass"),
            ))
            self.emit("print('after with')")

        self.block("try:", body)
        self.block("except Exception as e:", lambda: self.emit("print('escaped', type(e).__name__, e)"))

    def snippet_builtins(self):
        """The iteration builtins and the stdlib modules closc supports."""
        lst = self.e_list(1)
        uses = [
            f"list(zip({lst}, {self.e_str(1)}, strict=False))", f"list(enumerate({self.e_str(1)}, start=5))",
            f"list(map(lambda a, b: a * b, {lst}, {self.e_list(1)}))", f"list(iter([3, 2, 1, 0, 5].pop, 0))",
            f"functools.reduce(lambda a, b: a * 2 + b, {lst}, 1)", f"list(itertools.accumulate({lst}))",
            f"list(itertools.combinations({lst}, 2))", f"list(itertools.islice(itertools.count({self.e_int(0)}, 3), 4))",
            f"[(k, list(g)) for k, g in itertools.groupby(sorted({lst}), key=lambda v: v % 3)]",
            f"collections.Counter({self.e_str(1)}).most_common(2)", f"sorted(collections.Counter({lst}).items())",
            f"collections.deque({lst}, maxlen=3)", f"operator.itemgetter(0)({self.pick(['[4, 5]', '(7,)', repr('xyz')])})",
            f"sorted({self.e_str(1)}.split(), key=str.lower)", f"max({self.e_str(1)}.split() or ['none'], key=len)",
            f"list(reversed(range({self.r.randint(0, 6)})))", f"[*range(0, {self.r.randint(0, 20)}, {self.r.randint(1, 5)})]",
            f"dict(sorted({{'b': 1, 'a': 2}}.items()))", f"sum(range({self.r.randint(0, 100)}))",
            f"functools.partial(pow, 2)({self.r.randint(0, 70)})", f"list(itertools.chain.from_iterable([{lst}, {lst}]))",
            f"list(itertools.zip_longest({lst}, 'ab', fillvalue='-'))", f"list(itertools.product('ab', repeat=2))",
            f"collections.defaultdict(list, {{'a': [1]}})['b']", f"abs({self.e_int(1)}).bit_length()",
            f"(lambda *a, **k: (a, sorted(k)))(*{lst}, **{{'x': 1}})", f"all(v > -100 for v in {lst})",
            f"next(filter(lambda v: v > 2, {lst}), 'none')", f"list(range(10))[{self.slice()}]",
            f"min({lst}, default='empty')", f"sorted({lst} + [0], key=lambda v: (v % 2, -v))",
        ]
        for _ in range(self.r.randint(2, 6)):
            use = self.pick(uses)
            self.guarded(lambda: self.emit(f"print({use})"))

    def snippet_unpacking(self):
        forms = [
            ("a, *b, c = {}", "a, b, c", "list"),
            ("(a, b), c = ({}, 3)", "a, b, c", "pair"),
            ("a, b = b, a = {}", "a, b", "pair"),
            ("[a, [b, *c]] = [0, {}]", "a, b, c", "list"),
            ("*a, = {}", "a", "list"),
            ("a = b = {}", "a is b", "list"),
        ]
        for _ in range(self.r.randint(1, 3)):
            target, shown, kind = self.pick(forms)
            value = self.e_list(1) if kind == "list" else self.pick(["(1, 2)", "[3, 4]", "'xy'", "range(2)", "(5,)", "{6: 7, 8: 9}"])
            self.guarded(lambda: (self.emit(target.format(value)), self.emit(f"print({shown})")))
        self.emit(f"for i, (p, q) in enumerate([(1, 2), (3, 4)]):")
        self.emit(f"    print(i, p, q)")

    def snippet_scoping(self):
        """Where names are bound and unbound: except-as names, del, comprehension variables,
        class bodies, nonlocal through loops."""
        fn = self.fresh("scoped")
        exit_kind = self.pick(["", "break", "continue", "raise", "return"])

        def body():
            self.emit("seen = []")
            self.block(f"for i in range({self.r.randint(1, 3)}):", lambda: (
                self.block("try:", lambda: self.emit(f"raise {self.pick(['KeyError', 'ValueError'])}(i)")),
                self.block("except (KeyError, ValueError) as err:", lambda: (
                    self.emit("seen.append(repr(err))"),
                    self.block("if i == 1:", lambda: self.emit(exit_kind if exit_kind not in ("raise", "return") else ("return seen" if exit_kind == "return" else "raise TypeError('from handler')"))) if exit_kind else None,
                )),
                self.block("try:", lambda: self.emit("print(err)")),
                self.block("except NameError as e:", lambda: self.emit("print(type(e).__name__, e)")),
            ))
            self.emit("return seen")

        self.block(f"def {fn}():", body)
        self.guarded(lambda: self.emit(f"print({fn}())"))
        v = self.fresh("w")
        self.emit(f"{v} = {self.e_int(0)}")
        self.emit(f"print([{v} for {v} in range(3)], {v})")
        self.emit(f"del {v}")
        self.guarded(lambda: self.emit(f"print({v})"))
        cls = self.fresh("Scope")
        self.block(f"class {cls}:", lambda: (
            self.emit(f"attr = {self.e_int(0)}"),
            self.emit("doubled = [attr * 2 for _ in range(2)] if False else attr * 2"),
            self.block("def method(self):", lambda: self.emit("return attr")),
            self.block("def ok(self):", lambda: self.emit("return self.attr + type(self).doubled")),
        ))
        self.guarded(lambda: self.emit(f"print({cls}().ok())"))
        self.guarded(lambda: self.emit(f"print({cls}().method())"))
        counter = self.fresh("counter")
        self.block(f"def {counter}():", lambda: (
            self.emit("total = 0"),
            self.emit("fs = []"),
            self.block(f"for k in range({self.r.randint(1, 4)}):", lambda: (
                self.block("def add(n=k):", lambda: (
                    self.emit("nonlocal total"),
                    self.emit("total += n"),
                    self.emit("return total"),
                )),
                self.emit("fs.append(add)"),
            )),
            self.emit("return [f() for f in fs], total"),
        ))
        self.emit(f"print({counter}())")

    SNIPPETS = [
        "snippet_scoping", "snippet_protocols", "snippet_inheritance", "snippet_context_managers",
        "snippet_builtins", "snippet_unpacking", 
        "snippet_closures", "class_snippet", "snippet_generators", "snippet_exceptions",
        "snippet_match", "snippet_containers", "snippet_bigints", "snippet_floats",
        "snippet_strings", "snippet_loops", "snippet_comprehensions", "snippet_functions",
        "snippet_globals", "snippet_async",
    ]

    def program(self):
        self.emit("import asyncio, collections, functools, itertools, math, operator")
        for _ in range(self.r.randint(3, 7)):
            if self.chance(0.3):
                self.simple_stmts(self.r.randint(1, 3))
            else:
                getattr(self, self.pick(self.SNIPPETS))()
        if self.chance(0.1):
            # Ends with an uncaught exception: exit status 1 and the last stderr line.
            self.emit(f"print({self.risky_expr()})")
        elif self.chance(0.05):
            self.emit(f"raise SystemExit({self.pick(['3', repr('bye'), 'None', '0'])})")
        return "\n".join(self.lines) + "\n"


def generate(seed):
    return Generator(seed).program()


if __name__ == "__main__":
    import sys

    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0), end="")
