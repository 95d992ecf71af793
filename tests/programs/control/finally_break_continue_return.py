# Checks break/continue/return inside finally, return overriding, exceptions raised from finally blocks and nested finally.
def f1():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke", i
print(f1())
def f2():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "cont", i
print(f2())
def f3():
    try:
        try:
            return "inner"
        finally:
            raise KeyError("fin")
    except KeyError as e:
        return "caught " + str(e)
print(f3())
def f4():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(f4())
def f5():
    try:
        return 1
    finally:
        try:
            return 2
        finally:
            pass
print(f5())
def f6():
    n = 0
    while True:
        n += 1
        try:
            if n < 3:
                continue
            break
        finally:
            print("fin", n)
    return n
print(f6())
