# typing: annotations with the aliases and special forms, generics, NamedTuple, TypedDict.
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, Iterable, TypeVar,
                    Generic, NamedTuple, TypedDict, cast, overload, get_origin, get_args,
                    NewType, Final, ClassVar, Literal, Protocol, runtime_checkable, Set,
                    Sequence, Mapping, get_type_hints, TYPE_CHECKING)

T = TypeVar("T")
K = TypeVar("K", covariant=True)
print(T, K, TYPE_CHECKING)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any], Literal["a", 1])
print(Union[int], Union[int, Union[str, int]], Optional[int] == Union[None, int], List[int] == List[int])
print(hash(List[int]) == hash(List[int]), Dict[str, int] != Dict[str, str], Iterable[T])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(int))
print(get_args(Callable[[int], str]), get_origin(Optional[str]) is Union, Final[int], ClassVar[int])
print(isinstance([], List), isinstance({}, Mapping), isinstance((1,), Sequence), issubclass(set, Set))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(3)
s.push(4)
print(s.pop(), Stack[int], Stack.__parameters__, s.__orig_class__)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p._fields, Point._field_defaults, p._replace(x=1), isinstance(p, tuple))


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__required_keys__ == {"title", "year"})


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self) -> None:
        pass


print(isinstance(File(), Closable), isinstance(3, Closable))

UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, UserId.__supertype__, cast(str, 5), cast(List[int], "x"))


def f(a: int, b: Optional[str] = None) -> Dict[str, Any]:
    return {}


print(get_type_hints(f))


@overload
def g(x: int) -> int:
    ...


for bad in (lambda: List[int, str], lambda: List(), lambda: Union[()], lambda: isinstance(1, List[int]),
            lambda: isinstance(1, Any), lambda: TypeVar("X", int), lambda: Movie.__total__ and isinstance(m, Movie)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

g(1)
