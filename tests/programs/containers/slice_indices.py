# slice.indices resolves a slice against a length, as sequences do.
for s in [slice(None), slice(1, 3), slice(-2, None), slice(None, None, -1), slice(10, -10, -2),
          slice(-100, 100), slice(5, 1), slice(None, None, 3), slice(2, None, -1)]:
    print(s, s.indices(5), s.indices(0), list(range(5))[s] == [list(range(5))[i] for i in range(*s.indices(5))])
for bad in [lambda: slice(None).indices(-1), lambda: slice(None, None, 0).indices(3),
            lambda: slice("a").indices(3), lambda: slice(None).indices("3")]:
    try:
        bad()
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
print(slice(1, 2).indices(True))
slice(1, 2).indices()
