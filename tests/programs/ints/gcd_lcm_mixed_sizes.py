# math.gcd and math.lcm on operands of very different sizes and signs.
import math

big = 3 ** 2000 * 2 ** 100 * 35
print(math.gcd(big, 12), math.gcd(12, big), math.gcd(-big, 10), math.gcd(big, -49), math.gcd(big, 0), math.gcd(0, -7))
print(math.gcd(big, big * 5 + 3) == math.gcd(big, 3), math.gcd(2 ** 5000, 2 ** 4999 * 3), math.gcd(), math.gcd(-9))
print(math.gcd(big, 6, 10), math.gcd(48, -180, 2 ** 3000), sum(math.gcd(big, n) for n in range(1, 2000)))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(-3), math.lcm(2 ** 100, 6) == 3 * 2 ** 100)
print(math.lcm(big, 10) == big * 2, math.lcm(7, 11, 13), math.lcm(12, 18, -30))
