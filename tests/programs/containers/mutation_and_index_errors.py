# Checks errors and edge cases of container mutation: changed-size iteration, pop/insert bounds, unhashable keys, bad indices, unpacking counts.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
def grow_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def shrink_dict():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def overwrite_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
def grow_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
def grow_list():
    l = [1, 2, 3]
    for x in l:
        if x < 5:
            l.append(x + 3)
    return l
def remove_while_iterating():
    l = [1, 2, 3, 4]
    for x in l:
        l.remove(x)
    return l
def sort_key_raises():
    l = [3, 1, 2]
    def k(x):
        if x == 2:
            raise KeyError(x)
        return x
    try:
        l.sort(key=k)
    finally:
        print("list after failed sort:", l)
def unpack(n):
    a, b = n
    return a, b
def star_unpack(v):
    a, *b, c = v
    return a, b, c
attempt("grow dict", grow_dict)
attempt("shrink dict", shrink_dict)
attempt("overwrite dict", overwrite_dict)
attempt("grow set", grow_set)
attempt("grow list", grow_list)
attempt("remove while iterating", remove_while_iterating)
attempt("sort key raises", sort_key_raises)
attempt("stable sort", lambda: sorted([(1, "b"), (0, "c"), (1, "a")], key=lambda t: t[0]))
attempt("pop negatives", lambda: ([1, 2, 3].pop(-1), [1, 2, 3].pop(-3)))
attempt("pop empty", lambda: [].pop(3))
attempt("pop range", lambda: [1].pop(5))
attempt("insert clamps", lambda: (lambda l: (l.insert(100, 9), l.insert(-100, 0), l)[2])([1, 2]))
attempt("unhashable key", lambda: {[1]: 2})
attempt("unhashable set", lambda: {1, 2}.add({}))
attempt("bool index", lambda: ([1, 2][True], [1, 2][False:True]))
FLOAT_ONE = 1.0
attempt("float index", lambda: [1, 2, 3][FLOAT_ONE])
NONE = None
attempt("None str index", lambda: "abc"[NONE])
attempt("None slices", lambda: ([1, 2, 3][None:2], "abc"[::None]))
attempt("zero step", lambda: [1, 2, 3][::0])
attempt("zero range step", lambda: range(1, 5, 0))
attempt("huge range len", lambda: len(range(2**70)))
attempt("unpack 3 into 2", lambda: unpack([1, 2, 3]))
attempt("unpack int", lambda: unpack(5))
attempt("unpack str", lambda: unpack("xy"))
attempt("star unpack short", lambda: star_unpack([1]))
attempt("star unpack ok", lambda: star_unpack(range(5)))
attempt("repeat negative", lambda: ([] * -1, "ab" * -5, [0] * 0))
attempt("slices out of range", lambda: (list(range(5))[10:], [1][-1:-5:-1]))
