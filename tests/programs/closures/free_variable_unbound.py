# Checks the error for reading a free variable whose cell is empty (before assignment, after del).
def early_call():
    def show():
        return x
    try:
        show()
    except NameError as e:
        print("before assignment:", e)
    x = 5
    print("after assignment:", show())
    del x
    try:
        show()
    except NameError as e:
        print("after del:", e)
        print(type(e).__name__, e.args)
    x = "back"
    print("reassigned:", show())

early_call()

# The owning function itself gets UnboundLocalError after del.
def owner():
    y = 1
    def peek():
        return y
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print("owner:", e)
    try:
        peek()
    except NameError as e:
        print("peek:", e)
    print(isinstance(UnboundLocalError("q"), NameError))

owner()

# A nonlocal can be deleted from the inner function too.
def deleter():
    z = "zz"
    def kill():
        nonlocal z
        del z
    def look():
        return z
    print(look())
    kill()
    try:
        look()
    except NameError as e:
        print("after kill:", e)
    try:
        kill()
    except NameError as e:
        print("kill twice:", e)

deleter()

# Through two levels: the middle function passes the cell along.
def top():
    def mid():
        def bottom():
            return w
        return bottom
    b = mid()
    try:
        b()
    except NameError as e:
        print("two levels:", e)
    w = "ok"
    return b()

print(top())
