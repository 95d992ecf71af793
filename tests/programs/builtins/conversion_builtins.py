# Checks int, float, str, repr, bool, type(x).__name__, callable and isinstance.
print(int("7") + int(7.9) + int(True), float("2.5") + float(1), str(1) + str(1.0) + str(None))
print(repr("s"), repr(1), repr(1.0), repr(None), repr([1, "a"]), repr((1,)), repr({"a": "b"}))
print(bool(0), bool(1), bool(""), bool("x"), bool([]), bool([[]]), bool(None), bool(0.0))
print(bool(), int(), float(), str(), repr(str()))

values = [1, 1.0, "1", True, None, [1], (1,), {1: 1}, range(1), len, lambda: 1, print, int, ValueError("x")]
for v in values:
    print(type(v).__name__, callable(v))

print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("a", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(ValueError(), Exception), isinstance(len, type(len)))
print(type(1) is int, type(True) is int, type(True) is bool, type("") is str, type(1.5) == float)
print(type(type(1)).__name__, type(int).__name__)

# str/repr round trips.
for v in [0.1, 1e16, -5, "q'", [None]]:
    print(str(v) == repr(v), repr(v))

# callable on classes, instances, methods, builtins.
class C:
    def m(self):
        return 1
print(callable(C), callable(C()), callable(C().m), callable(C.m), callable("str"))

try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
