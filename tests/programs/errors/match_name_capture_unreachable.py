# A capture pattern hides every case after it, unless it has a guard.
def f(x):
    match x:
        case n if n > 5:
            return "big"
        case [1, *rest] | (2, *rest):
            return rest
        case n:
            return "other"
        case 1:
            return "one"


print(f(1))
