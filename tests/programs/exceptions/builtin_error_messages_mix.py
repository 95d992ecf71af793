# Checks bare re-raise, KeyError str/repr, int/float parse messages and many builtin TypeError/ValueError/IndexError messages.
class MyErr(Exception):
    pass
try:
    try:
        [][0]
    except IndexError:
        raise
except LookupError as e:
    print("caught", type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    int("1.5")
except ValueError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
for bad in [lambda: [1][5], lambda: (1,)[2], lambda: "a"[3], lambda: 1 + "a", lambda: "a" + 1, lambda: len(5), lambda: {}[[]], lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** -1 // 0, lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: [1].index(2), lambda: "a".index("b"), lambda: undefined_name, lambda: (1).foo, lambda: int(None), lambda: -1 < "a", lambda: [1, 2] < [1, "a"], lambda: sorted([1, "a"]), lambda: abs("x"), lambda: hash([]), lambda: divmod(1, 0), lambda: chr(-1), lambda: "a" * 1.5, lambda: [].remove(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    raise MyErr
except (TypeError, MyErr) as e:
    print("tuple catch", repr(e))
def nested_raise():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError as t:
            print("inner", t)
        raise
try:
    nested_raise()
except KeyError as k:
    print("outer", repr(k))
try:
    [x / 0 for x in range(3)]
except ZeroDivisionError as z:
    print("comp", z)
e = None
try:
    raise ValueError(1)
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(ne)
