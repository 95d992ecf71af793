# Checks try/else/finally ordering, continue in except with finally, recursive unwinding through finally and loop else clauses.
def f7():
    for i in range(2):
        for j in range(2):
            if j == 1:
                break
        else:
            print("inner else")
    else:
        print("outer else", i, j)
f7()
def f8():
    i = 0
    while i < 3:
        i += 1
    else:
        print("while else", i)
    while True:
        break
    else:
        print("never")
f8()
def f9():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "else ret"
    finally:
        print("fin9")
print(f9())
def f10():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        finally:
            print("inner fin")
    return "unreached"
try:
    f10()
except TypeError as e:
    print("outer", e)
def f11():
    result = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError
            result.append(i)
        except ValueError:
            continue
        finally:
            result.append("f")
    return result
print(f11())
def f12(n):
    if n == 0:
        return
    try:
        return f12(n - 1)
    finally:
        print("unwind", n)
f12(3)
for x in []:
    pass
else:
    print("empty for else")
i = 5
for i in range(0):
    pass
print(i)
for i, (a, *b) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, b)
k = 0
while k < 10:
    k += 1
    if k % 2: continue
    if k > 6: break
    print("k", k)
