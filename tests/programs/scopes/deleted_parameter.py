# A parameter is bound when the body starts, but `del` can unbind it later.


def f(x, y):
    total = x + y
    if total > 3:
        del x
    try:
        return x * 2
    except UnboundLocalError as e:
        return str(e)


print(f(1, 1), f(2, 5))


def g(a):
    for i in range(3):
        if i == 1:
            del a
        else:
            a = i * 10
        print(i, a if i != 1 else "gone")
    return a


print(g(5))


def h(p):
    del p
    return p


h(1)
