# Checks user exception hierarchies with custom __init__/__str__, except ordering, finally, raise from None and an uncaught user exception.
class AppError(Exception):
    def __init__(self, msg, code=1):
        self.msg = msg
        self.code = code
class NotFound(AppError):
    pass
class Weird(Exception):
    def __init__(self):
        pass
e = AppError("m", 2)
print(e.args, str(e), repr(e), e.code)
n = NotFound("nf")
print(isinstance(n, AppError), isinstance(n, Exception), n.args, repr(n), str(n))
w = Weird()
print(w.args, repr(w), str(w) == "")
class WithStr(ValueError):
    def __str__(self):
        return "custom str " + str(self.args)
try:
    raise WithStr(1, 2)
except ValueError as x:
    print(x, repr(x), x.args)
class KE(KeyError):
    pass
try:
    raise KE("key")
except LookupError as x:
    print(str(x), repr(x))
try:
    raise NotFound("deep", code=404)
except AppError as x:
    print(type(x).__name__, x.code, x.msg)
def thrower(kind):
    if kind == 1:
        raise NotFound("one")
    elif kind == 2:
        raise AppError("two")
    return "ok"
for k in range(3):
    try:
        print(thrower(k))
    except NotFound as x:
        print("NF", x.msg)
    except AppError as x:
        print("AE", x.msg)
    else:
        print("else branch")
    finally:
        print("finally", k)
e1 = ValueError("a")
e1.extra = 5
print(e1.extra)
print(issubclass(NotFound, AppError), issubclass(AppError, NotFound), issubclass(KeyError, LookupError), issubclass(bool, int))
print(NotFound.__name__, NotFound.__mro__ if False else "", type(n) is NotFound)
try:
    raise Exception("a", "b")
except Exception as x:
    print(x)
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as x:
    print("got", x)
try:
    raise ValueError("x") from None
except ValueError as x:
    print(x.__cause__)
print(BaseException("z"), Exception().args, repr(ZeroDivisionError("division by zero")))
raise NotFound("final", 3)
