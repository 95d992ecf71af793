# Repeating a sequence by an int beyond a machine word is an OverflowError whatever its sign;
# within a word, a too-long result is an OverflowError (str) or MemoryError (list, tuple),
# and an empty sequence repeats to nothing at once.
for n in [2**64, -(2**64), 2**63, 2**62, 2**100, -5, 0]:
    thunks = (
        lambda: n * "ab", lambda: "ab" * n, lambda: [1] * n, lambda: n * [1, 2],
        lambda: (1,) * n, lambda: n * "", lambda: [] * n, lambda: () * n,
    )
    for thunk in thunks:
        try:
            print(len(thunk()), end=" ")
        except (OverflowError, MemoryError) as e:
            print(type(e).__name__, e, end=" | ")
    print()
xs = [1]
try:
    xs *= 2**64
except OverflowError as e:
    print(e)
xs *= -(2**3)
print(xs)
s = ""
s *= 2**62
print(repr(s))
