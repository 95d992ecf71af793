# A sequence pattern has at most one starred name.
match [1, 2, 3]:
    case [first, *middle, *_]:
        print(first)
