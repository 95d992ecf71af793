# Repetitions too large for memory raise CPython's MemoryError or OverflowError instead of
# aborting the process.
for make in [lambda: [0] * (2**62), lambda: (1,) * (2**62), lambda: "ab" * (2**62), lambda: [0] * (2**40), lambda: "a" * (2**40), lambda: [1, 2] * 3 * (2**62), lambda: [0] * (2**70), lambda: "x" * -5, lambda: [1] * -1]:
    try:
        r = make()
        print("ok", len(r))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
x = [1, 2]
try:
    x *= 2**62
except MemoryError as e:
    print("MemoryError", e, x)
try:
    x *= 2**70
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e, x)
