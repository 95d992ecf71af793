# The errors CPython raises for a bad __slots__ declaration or conflicting layouts.
def attempt(make):
    try:
        cls = make()
        print("ok", cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def conflict():
    class C:
        __slots__ = ("a",)
        a = 1
    return C


def private_conflict():
    class C:
        __slots__ = ("__a",)
        _C__a = 1
    return C


def two_dicts():
    class C:
        __slots__ = ("__dict__", "__dict__")
    return C


def dict_again():
    class Base:
        pass

    class C(Base):
        __slots__ = ("__dict__",)
    return C


def weakref_twice():
    class C:
        __slots__ = ("__weakref__", "__weakref__")
    return C


def weakref_again():
    class Base:
        __slots__ = ("__weakref__",)

    class C(Base):
        __slots__ = ("__weakref__",)
    return C


def not_str():
    class C:
        __slots__ = ("a", 1)
    return C


def not_identifier():
    class C:
        __slots__ = ("a b",)
    return C


def not_iterable():
    class C:
        __slots__ = 3
    return C


def int_subclass():
    class C(int):
        __slots__ = ("a",)
    return C


def int_subclass_dict():
    class C(int):
        __slots__ = ("__dict__",)
    return C


def derived_int_subclass():
    class MyInt(int):
        pass

    class C(MyInt):
        __slots__ = ("a",)
    return C


def tuple_subclass():
    class C(tuple):
        __slots__ = ("a",)
    return C


def empty_on_int():
    class C(int):
        __slots__ = ()
    return C


def layout_conflict():
    class A:
        __slots__ = ("a",)

    class B:
        __slots__ = ("b",)

    class C(A, B):
        pass
    return C


def layout_conflict_deep():
    class A:
        __slots__ = ("x",)

    class B(A):
        pass

    class C(B):
        __slots__ = ("y",)

    class D(A):
        __slots__ = ("z",)

    class E(C, D):
        pass
    return E


def slots_with_list():
    class A:
        __slots__ = ("x",)

    class L(list):
        pass

    class C(A, L):
        pass
    return C


def compatible():
    class A:
        __slots__ = ("a",)

    class B:
        pass

    class C(B, A):
        __slots__ = ("c",)
    return C


def iterator_slots():
    class C:
        __slots__ = iter(["p", "q"])
    return C


def duplicate_names():
    class C:
        __slots__ = ("a", "a")
    return C


def dict_from_second_base():
    class A:
        __slots__ = ("x",)

    class B:
        pass

    class C(A, B):
        __slots__ = ()
    return C


for make in (conflict, private_conflict, two_dicts, dict_again, weakref_twice, weakref_again,
             not_str, not_identifier, not_iterable, int_subclass, int_subclass_dict,
             derived_int_subclass, tuple_subclass, empty_on_int, layout_conflict,
             layout_conflict_deep, slots_with_list, compatible, iterator_slots,
             duplicate_names, dict_from_second_base):
    attempt(make)

C = iterator_slots()
print(C.p, C.q, type(C.__slots__).__name__)
c = compatible()()
c.a, c.c = 1, 2
c.other = 3
print(c.a, c.c, c.__dict__)
d = dict_from_second_base()()
d.x, d.y = 1, 2
print(d.__dict__)
e = duplicate_names()()
e.a = 5
print(e.a)
print(empty_on_int()(7) + 1)


class Annotated:
    __slots__ = ("x", "y")
    x: int
    y: str

    def __init__(self, x, y):
        self.x, self.y = x, y


a = Annotated(1, "b")
print(Annotated.__annotations__, a.x, a.y)
try:
    Annotated(1, "b").z = 0
except AttributeError as e:
    print(e)
