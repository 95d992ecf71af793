# Every alternative of an or-pattern binds the same names.
match (1, 2):
    case (a, b) | [b, a]:
        print(a, b)
    case (x, 1) | (1, y):
        print("never")
