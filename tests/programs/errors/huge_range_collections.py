# Collecting a range too long for memory raises MemoryError (or OverflowError beyond a
# machine word) at once, as CPython's preallocation does, instead of running out of memory.
for make in [lambda: list(range(2**62)), lambda: tuple(range(2**70)), lambda: list(range(2**70)), lambda: sorted(range(-2**61, 2**61)), lambda: list(range(2**63 - 1))]:
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
l = [None]
try:
    l.extend(range(2**62))
except MemoryError:
    print("MemoryError", len(l))
print(list(range(5)), tuple(range(3, 0, -1)), sorted(range(4, 0, -1)))
