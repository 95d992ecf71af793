# Float fast paths: mixed int/float arithmetic, true division, comparisons, nan, -0.0 and inf.
vals = [0, 1, -1, 3, 2**53, 2**53 + 1, -2**60, 0.0, -0.0, 0.1, -2.5, 1e300, float("inf"), float("nan"), 7.0]
results = []
for a in vals:
    for b in vals:
        row = []
        for op in ("+", "-", "*", "/"):
            try:
                if op == "+": r = a + b
                elif op == "-": r = a - b
                elif op == "*": r = a * b
                else: r = a / b
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append(str(e))
            except OverflowError as e:
                row.append("overflow " + str(e))
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        results.append(row)
for row in results[:40]:
    print(row)
print(len(results), sum(1 for r in results if "nan" in r[0]))
print(10 / 4, -7 / 2, 2**53 / 3, (2**53 + 1) / 1, 1 / 3, 6 / -3, 0 / 5, -0.0 + 0, 0.0 * -1)
print(3.0 == 3, 2**53 + 1 == float(2**53), 0.5 < 1, 1 < 1.5, 1e16 + 1 > 1e16)
