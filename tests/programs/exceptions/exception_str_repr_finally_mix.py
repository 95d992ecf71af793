# Checks user exception args/str/repr, return and swallow in finally, break/continue through finally and raise from.
class MyErr(Exception):
    pass
class WithArgs(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg) if False else Exception.__init__(self, code, msg)
        self.code = code
e = MyErr("a", 2)
print(e.args, str(e), repr(e), str(MyErr()), repr(MyErr()), str(MyErr("x")), repr(MyErr("x")))
w = WithArgs(5, "bad")
print(w.args, w.code, str(w), repr(w))
print(repr(ValueError("x")), str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(IndexError(1, 2)))
def f():
    try:
        return 1
    finally:
        print("finally")
print(f())
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    else:
        print("no")
h()
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(v, type(v.__cause__).__name__, v.__cause__)
