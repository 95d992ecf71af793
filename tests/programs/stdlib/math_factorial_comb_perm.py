# math.factorial, math.comb and math.perm: small and large arguments (products past a
# machine word, balanced splitting), symmetric comb, k of 0 and past n, and the errors.
import math

print([math.factorial(n) for n in range(0, 25)])
for n in (20, 21, 33, 34, 64, 100, 1000, 5000):
    f = math.factorial(n)
    print(n, f.bit_length(), f % 1000000007, sum(map(int, str(f))) if n <= 1000 else f % 998244353)
print(math.factorial(True), math.factorial(12345) == math.factorial(12344) * 12345)

for n, k in ((0, 0), (5, 0), (5, 5), (5, 6), (10, 3), (10, 7), (52, 5), (100, 50), (1000, 1), (1000, 999), (3000, 1234), (2**40, 3)):
    print(n, k, math.comb(n, k) % 10**12, math.perm(n, k) % 10**12)
print(math.perm(6), math.perm(0), math.comb(60, 30), math.perm(25, 25) == math.factorial(25))
print(all(math.comb(n, k) == math.comb(n - 1, k - 1) + math.comb(n - 1, k) for n in range(1, 60) for k in range(1, n)))

for f, args in ((math.factorial, (-1,)), (math.factorial, (2.0,)), (math.comb, (-1, 2)), (math.comb, (3, -2)), (math.perm, (-3, 1)), (math.perm, (3, -1))):
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
