# Function special attributes: docstrings and __module__ live outside __dict__, assignments
# are type-checked, and del behaves per attribute, as in CPython.
import functools


def documented(a, b=2, *, k=3):
    "The docstring."
    return a + b + k


print(documented.__dict__, documented.__doc__, documented.__module__)
documented.tag = "t"
documented.__doc__ = "Changed."
documented.__module__ = "elsewhere"
print(documented.__dict__, documented.__doc__, documented.__module__)

for name, value in [("__name__", 5), ("__qualname__", None), ("__defaults__", [5]),
                    ("__kwdefaults__", 3)]:
    try:
        setattr(documented, name, value)
        print("no error", name)
    except TypeError as e:
        print("TypeError:", e)
print(documented(1))
documented.__defaults__ = (10,)
documented.__kwdefaults__ = {"k": 100}
print(documented(1), documented.__defaults__, documented.__kwdefaults__)

for name in ["__defaults__", "__kwdefaults__", "__name__", "__qualname__", "__dict__",
             "__module__", "__doc__", "__closure__", "__globals__", "tag", "missing"]:
    try:
        delattr(documented, name)
        print("deleted", name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(documented.__defaults__, documented.__kwdefaults__, documented.__doc__,
      documented.__module__, documented.__dict__)
try:
    documented(1)
except TypeError as e:
    print("TypeError:", e)


def plain():
    return 1


def wrapper():
    return plain()


functools.update_wrapper(wrapper, plain)
print(sorted(wrapper.__dict__), wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is plain)


def decorate(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)

    return inner


@decorate
def shown(x):
    """Shows x."""
    return x * 2


print(shown(21), shown.__name__, shown.__qualname__, shown.__doc__, sorted(shown.__dict__))
lam = lambda: 0
print(lam.__doc__, lam.__name__, lam.__dict__)
del plain.__name__
