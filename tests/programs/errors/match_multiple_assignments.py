# A pattern binds each name once, including through an or-pattern inside it.
match [1, 2]:
    case [a, (2 | 3) as a]:
        print(a)
