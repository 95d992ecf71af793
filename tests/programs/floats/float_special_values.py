# Checks inf, nan, -0.0 and overflow behaviour of floats.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -2, inf - inf, 0 * inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2.0 ** 1023 * 2)
print(float("1e400"), float("-1e400"), 1e-400)
print(-0.0, 0.0 == -0.0, -0.0 < 0.0, str(-0.0), -0.0 + 0.0, 0.0 * -1, -(0.0))
print(abs(-0.0), abs(-inf), abs(-2.5))
print(max(1.0, inf), min(-inf, 5), sorted([3.0, -inf, inf, 0.0]))
print(inf / inf, 1 / inf, -1 / inf)
print(int(1e18), int(-1e18), int(1.9999999999999999))

try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)

print(1e300 * 1e300, -1e300 * 1e300)
print(2 ** 0.5 * 2 ** 0.5, 2 ** 0.5 * 2 ** 0.5 == 2.0)
print(type(inf).__name__, type(nan).__name__, isinstance(inf, float))
print(bool(nan), bool(-0.0), bool(inf))
