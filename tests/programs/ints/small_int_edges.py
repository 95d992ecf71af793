# Small-int fast paths of + - * // % & | ^ >> at the edges of the tagged range, against big-int results.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**61, -2**61, 2**62 - 1, -2**62, 4611686018427387903]
out = []
for a in vals:
    for b in vals:
        for op in range(9):
            try:
                if op == 0: r = a + b
                elif op == 1: r = a - b
                elif op == 2: r = a * b
                elif op == 3: r = a // b
                elif op == 4: r = a % b
                elif op == 5: r = a & b
                elif op == 6: r = a | b
                elif op == 7: r = a ^ b
                else: r = a >> (b % 70)
            except ZeroDivisionError as e:
                r = str(e)
            out.append(r)
print(len(out), sum(x for x in out if isinstance(x, int)) % 1000000007, out[:50])
print([a >> b for a in (5, -5) for b in (0, 1, 2, 63, 64, 100)], 7 >> -1 if False else 0)
try:
    print(1 >> -1)
except ValueError as e:
    print(e)
