# chr() takes a C int: beyond it an OverflowError, within it but outside Unicode a ValueError.
for v in [2**31, -(2**31) - 1, 2**40, -(10**25), 2**31 - 1, -1, 0x110000, 0x10FFFF, 65, True]:
    try:
        print(repr(chr(v)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(e)
