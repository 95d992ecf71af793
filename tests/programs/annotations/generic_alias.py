# Subscripted builtins (types.GenericAlias) and X | Y (types.UnionType).
from collections import deque, defaultdict, OrderedDict, Counter


class C:
    pass


print(repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(tuple[()]))
print(list[int].__name__, repr(int | None | str), repr(int | int))
print((int | str) == (str | int), list[int] == list[int], list[int] == list[str])
print(list[C], C | None, list["x"], list[int] | None, type[C], None | int)
print(deque[int], defaultdict[str, int], OrderedDict[str, int], Counter[str])
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | None))
print(isinstance("s", (int, str | float)))
for bad in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
            lambda: int | 3, lambda: 3 | int, lambda: int[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
alias = list[int]
print(alias([1, 2]), type(alias).__name__, type(int | str).__name__)
print((int | str).__args__, alias.__origin__, alias.__args__)
print(hash(list[int]) == hash(list[int]), hash(int | str) == hash(str | int))
print(alias.append is list.append or alias.append == list.append)
print({list[int]: 1}[list[int]])


def f(x: int | None = None, *items: tuple[int, str], **kw: dict[str, "C"]) -> list[C | None]:
    return x


print(f.__annotations__)
print(f(3))
