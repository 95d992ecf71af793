# BaseExceptionGroup and ExceptionGroup: construction and its errors, attributes, split,
# subgroup, derive, subclasses, and the metadata the parts keep.


def attempt(label, f):
    try:
        result = f()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

eg = BaseExceptionGroup("all exceptions", [ValueError(1), TypeError("two")])
print(type(eg).__name__, eg.message, eg.exceptions, eg.args)
print(repr(eg), "|", str(eg))
beg = BaseExceptionGroup("with a base", [KeyboardInterrupt(), ValueError(3)])
print(type(beg).__name__, repr(beg), isinstance(beg, Exception))
print(str(ExceptionGroup("one", (ZeroDivisionError(),))))
print(ExceptionGroup("t", (ValueError(),)).exceptions, ExceptionGroup("r", range(0, 0, 1) or [OSError()]).args)

attempt("not a str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not an exception", lambda: ExceptionGroup("m", [ValueError(), "oops"]))
attempt("base in ExceptionGroup", lambda: ExceptionGroup("m", [SystemExit(1)]))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("keywords", lambda: ExceptionGroup("m", [ValueError()], note=1))
attempt("readonly", lambda: setattr(eg, "message", "new"))

tree = ExceptionGroup(
    "top",
    [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("middle", [ValueError(3), KeyError(4), ExceptionGroup("leaf", [ValueError(5)])]),
    ],
)
match, rest = tree.split(ValueError)
print("split by type:", repr(match), "/", repr(rest))
print("split by tuple:", tree.split((KeyError, TypeError)))
print("split by predicate:", tree.split(lambda e: isinstance(e, ValueError) and e.args[0] > 2))
print("split whole:", tree.split(Exception)[0] is tree, tree.split(Exception)[1])
print("split none:", tree.split(OSError)[0], tree.split(OSError)[1] is tree)
print("split groups:", tree.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "middle"))
print("subgroup:", repr(tree.subgroup(KeyError)), tree.subgroup(OSError))
print("subgroup whole:", tree.subgroup(BaseException) is tree)
attempt("bad condition", lambda: tree.split(42))
attempt("tuple with a non-class", lambda: tree.subgroup((ValueError, 1)))
print(repr(tree.derive([OSError("d")])))

# The parts keep the cause, context, traceback and a copy of the notes.
try:
    try:
        raise OSError("context")
    except OSError:
        raise ExceptionGroup("noted", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    vals, others = caught.split(ValueError)
    print(repr(vals.__cause__), repr(vals.__context__), vals.__notes__, others.__notes__)
    vals.add_note("only on the part")
    print(caught.__notes__, vals.__notes__)


class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


coded = Coded("coded", [ValueError(1), TypeError(2)], 42)
part = coded.subgroup(TypeError)
print(type(part).__name__, part.code, repr(part), part.args)


class Plain(ExceptionGroup):
    pass


plain = Plain("plain", [ValueError(1), TypeError(2)])
print(type(plain.split(ValueError)[0]).__name__, type(Plain("p", [ValueError()])).__name__)


class Bases(BaseExceptionGroup):
    pass


print(type(Bases("b", [ValueError()])).__name__)
attempt("base in subclass", lambda: Plain("p", [GeneratorExit()]))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


attempt("derive not a group", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))
print(ExceptionGroup[ValueError])
print(isinstance(tree, ExceptionGroup), isinstance(tree, BaseExceptionGroup))
