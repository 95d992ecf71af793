# Where irrefutable patterns are allowed: with a guard, in the last case, inside sequence,
# mapping and class patterns, as the last alternative of the last case; and keys that only
# look alike (attribute lookups, 1 and "1") are not duplicates.
class Color:
    RED = 1
    GREEN = 2


def classify(x):
    match x:
        case n if isinstance(n, int) and n > 100:
            return "big"
        case [first, *_]:
            return f"seq starting {first}"
        case {Color.RED: r, Color.GREEN: g, 1.5: h, "1": s}:
            return f"colors {r} {g} {h} {s}"
        case {1: one, **rest}:
            return f"one={one} rest={rest}"
        case int(real=r) if r < 0:
            return f"negative {r}"
        case (0 as other) | (1 as other) | other:
            return f"fallback {other}"


for value in [500, [7, 8], [], {1: "a", 2: "b", 1.5: "c", "1": "d"}, {1: "z", 3: 4}, -4, 0, 1, "s"]:
    print(classify(value))


def default_last(x):
    match x:
        case (a, b) | [a, b, _]:
            return a + b
        case _:
            return None


print(default_last((1, 2)), default_last([3, 4, 5]), default_last("no"))
