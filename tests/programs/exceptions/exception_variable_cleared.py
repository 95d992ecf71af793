# Checks that the `as` name of an except clause is deleted when the handler ends.
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("after handler:", err)

def in_function():
    err = None
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return "unbound: " + str(u)

print(in_function())

# Saving the exception to another name keeps it alive.
saved = None
try:
    {}["gone"]
except KeyError as exc:
    saved = exc
print(repr(saved), saved.args)

# A closure that captures the except variable sees it deleted after the handler.
def closure_over_exc():
    try:
        raise TypeError("t")
    except TypeError as exc:
        get = lambda: exc
        print("in handler:", repr(get()))
    try:
        get()
    except NameError as ne:
        print("after handler:", ne)

closure_over_exc()
