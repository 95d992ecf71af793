# A wildcard alternative that is not last hides the alternatives after it.
def f(x):
    match x:
        case [1, (_ | 2)]:
            return "pair"
        case _:
            return "other"


print(f([1, 2]))
