# Checks %-formatting and f-string formatting of floats against CPython's rounding.
nums = [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e-10, 123456.789, -7.25, 1e16, 0.1 + 0.2]
for n in nums:
    print("%.0f %.1f %.2f %.3f" % (n, n, n, n))
for n in nums:
    print(f"{n:.2f} {n:.0f} {n:>10.3f}| {n!r}")
print("%d %s %.9f" % (3, "pi", 3.141592653589793))
print("%f" % 1.0, "%f" % 1e-7, "%.12f" % (1 / 3))
print("%d" % 3.99, "%d" % -3.99, "%s" % 1.0, "%r" % 0.1)
print(f"{1/7:.5f}", f"{-0.0:.1f}", f"{float('inf'):.2f}", f"{2.0**0.5:.15f}")
print("%5.1f|%-8.2f|%08.3f" % (3.14159, 2.5, -1.5))
w = 12.0
print(f"{w}", f"{w!r}", f"{w:>8}", f"{w:.1f}")
