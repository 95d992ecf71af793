# Generator expressions consumed whole by builtins, at module level, in functions and in class bodies.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "bbb", "cc"]), min(-x for x in [3, 1, 2]))
print("-".join(str(i) for i in range(4)))
print(sorted((x % 3, x) for x in range(6)))
print(list(c.upper() for c in "abc"), tuple(i for i in range(3) if i))
print(set(x // 2 for x in range(6)) == {0, 1, 2})
print(dict((k, len(k)) for k in ["ab", "c"]))

def pairs(n):
    return list((i, j) for i in range(n) for j in range(i))
print(pairs(4))

def scaled(factor):
    # The generator's element closes over the enclosing function's parameter.
    return sum(v * factor for v in [1, 2, 3])
print(scaled(10))

class Stats:
    values = (4, 8, 15)
    total = sum(v for v in (1, 2, 3))
print(Stats.total)
print(sorted((w for w in ["pear", "fig", "apple"]), key=len))
