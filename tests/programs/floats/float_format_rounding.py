# Fixed and scientific float formatting must round the exact binary value half to even,
# whichever way the digits are found (short decimal values, ties, carries, big and tiny
# magnitudes, long precisions).

values = [
    0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 9.995, 0.0005, 0.0015, 0.045,
    1e22, 1e23, 5e-324, 1.7976931348623157e308, 123456.789, 0.1, 0.7, 99.5, 999.9999,
    -2.675, -0.0049, 0.005, 0.015, 0.025, 1e15 + 0.3, 2**53 - 1.0, 2.0**53, 2.0**60 + 512,
    1 / 3, 2 / 3, 12345678.875, 0.000123456, 3.14159265358979, 1e-7, 9.5, 10.5, 0.95, 0.05,
]

for x in values:
    print(repr(x))
    print("  f:", [f"{x:.{p}f}" for p in (0, 1, 2, 3, 6, 12, 17, 20, 25)])
    print("  e:", [f"{x:.{p}e}" for p in (0, 1, 2, 5, 16, 20)])
    print("  g:", [f"{x:.{p}g}" for p in (1, 2, 3, 6, 15, 17)], f"{x:g}", f"{x}")
    print("  %:", "%.2f %.3e %g %10.4f %-12.1f|" % (x, x, x, x, x))
    print("  pct:", f"{x:.1%}", format(x, ",.2f"), format(x, "+.0f"), format(x, "z.1f"))

# Carries through every digit, and results that are zero.
print(f"{9.9999:.3f}", f"{99.99999:.2f}", f"{0.00049:.3f}", f"{0.0005001:.3f}", f"{-0.0004:.3f}")
print("%.2f" % 0.125, "%.2f" % 0.375, "%.1f" % 0.25, "%.1f" % 0.35, "%.0f" % 0.5, "%.0f" % 1.5)
print(round(2.675, 2), f"{2.675:.2f}", "{:.2f}".format(2.675))
print(f"{1e300:.2f}"[:20], len(f"{1e300:.2f}"), f"{2.5e-10:.12f}", f"{1/7:.30f}")
print(f"{123.456:10.2f}|{123.456:<10.1f}|{123.456:^12.3f}|{-123.456:010.2f}|{123.456:+.2f}")
