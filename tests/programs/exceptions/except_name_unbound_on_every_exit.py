# The name of `except E as name` is unbound however the handler ends: normally, by an
# exception raised in it, by break, continue or return (closures then see an empty cell).
def wrap(x):
    try:
        raise KeyError(x)
    except KeyError as x:
        print('err', e)
    finally:
        print('finally', x)
try:
    wrap(1)
except NameError as err:
    print(type(err).__name__, err, type(err.__context__).__name__)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 1:
            break
        continue
try:
    print(e)
except NameError as err:
    print(err)
def ret():
    try:
        raise ValueError(5)
    except ValueError as e:
        def inner():
            return e
        return inner
f = ret()
try:
    f()
except NameError as err:
    print(err)
def raising_handler():
    try:
        try:
            raise KeyError("a")
        except KeyError as name:
            raise ValueError("from handler")
    except ValueError:
        pass
    try:
        return name
    except UnboundLocalError as err:
        return str(err)
print(raising_handler())
