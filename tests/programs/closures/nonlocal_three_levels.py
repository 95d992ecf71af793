# Checks nonlocal rebinding through several levels of nesting.
def level1():
    x = 1
    def level2():
        def level3():
            nonlocal x
            x += 10
            return x
        r = level3()
        return r, x
    a = level2()
    b = level2()
    return a, b, x

print(level1())

def outer():
    total = 0
    def mid():
        def inner(n):
            nonlocal total
            total = total + n
        for i in range(5):
            inner(i)
        return total
    first = mid()
    second = mid()
    return first, second, total

print(outer())

# nonlocal binds to the nearest enclosing function that has the name.
def a():
    v = "a"
    def b():
        v = "b"
        def c():
            nonlocal v
            v = "c changed b"
        c()
        return v
    rb = b()
    return v, rb

print(a())

# nonlocal in the middle level, read only at the innermost level.
def top():
    count = 0
    def middle():
        nonlocal count
        count += 1
        def bottom():
            return count * 100
        return bottom
    b1 = middle()
    b2 = middle()
    return b1(), b2(), count

print(top())

# Four levels deep, each level sees the update.
def l1():
    s = []
    n = 0
    def l2():
        def l3():
            def l4():
                nonlocal n
                n += 1
                s.append(n)
            l4()
            l4()
        l3()
        return n
    return l2(), l2(), s

print(l1())
