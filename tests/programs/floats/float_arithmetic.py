# Checks float arithmetic, mixed int/float operations, rounding artefacts, and accumulation.
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 0.1, 1.0 / 10, 3 * 0.1)
print(1.5 + 2, 2 - 0.5, 3 * 1.5, 7 / 2, 7.0 // 2, 7.0 % 2)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 0.1 + 0.7)

total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, total < 1.0)

# Summing the same values in a different order gives a different float.
vals = [1e16, 1.0, -1e16, 1.0]
print(sum(vals), sum(sorted(vals)), 1e16 + 1.0 - 1e16)

# Chained comparisons with floats.
x = 2.5
print(1 < x < 3, 1 < x > 3, 2.5 == x <= 2.5)

# Means and averages.
data = [2, 3, 5, 7, 11, 13]
mean = sum(data) / len(data)
print(mean, "%.3f" % mean, f"{mean:.2f}")
var = sum([(d - mean) ** 2 for d in data]) / len(data)
print(var)

# Unary and augmented.
y = 1.25
y *= -4
print(y, -y, +y)
y /= 3
print(y)
y -= 0.5
print(y)

# Float and int equality in containers.
print(1.0 in [1, 2], 2 in [1.0, 2.0], [1.0, 2] == [1, 2.0], (0.5, 1) < (0.5, 2))
print({1.0: "one"}[1], {2: "two"}[2.0])

# Formatting floats various ways.
for v in [3.14159265, 2.5, -0.0001234, 1e20, 123.456]:
    print(str(v), "%.2f" % v, "%.9f" % v, "%s" % v, "%r" % v, f"{v:.2f}|{v!r}|{v:>12}")
