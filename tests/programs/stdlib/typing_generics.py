# typing: multi-parameter generics, protocols, forward references, special-form errors.
from typing import *
from typing import Protocol, runtime_checkable, get_type_hints

K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Node")
print(N.__constraints__, B.__bound__, V.__name__, Optional[Union[int, str]], Union[int, None, str])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


p = Pair[str, int]("a", 1)
print(Pair.__parameters__, Pair[str, int], p.swap().key, Pair[str, List[V]], Pair[str, List[V]][int])
print(Pair[str, int] == Pair[str, int], Dict[K, V][str, int], Pair.__orig_bases__)


class Node:
    value: int
    children: "List[Node]"
    parent: Optional["Node"] = None
    tag: ClassVar[str] = "node"


print(get_type_hints(Node))


def walk(node: "Node", depth: int = 0) -> Iterator[Tuple[int, "Node"]]:
    yield depth, node


print(get_type_hints(walk))


class SupportsArea(Protocol):
    def area(self) -> float:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class Dog:
    name = "rex"


def class_with(form):
    class X(form):
        pass


print(isinstance(Dog(), Named), isinstance(1, Named))
for attempt in (lambda: SupportsArea(), lambda: isinstance(Dog(), SupportsArea),
                lambda: runtime_checkable(Dog), lambda: Generic[int], lambda: Generic[K, K],
                lambda: Pair[int], lambda: Any(), lambda: Optional[int, str],
                lambda: Callable[int, str], lambda: Union[int, str][int],
                lambda: class_with(Union)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)


print(Annotated[int, "meta"], get_args(Annotated[int, "m", 2]), get_origin(Annotated[int, 1]) is Annotated)
print(get_args(Tuple[int, str]), get_args(Callable[..., int]), get_origin(Generic), get_args(List))
print(Type[int], Literal[True], Never, NoReturn, Self, AnyStr, Text if "Text" in dir() else None)
UserId = NewType("UserId", int)
print(Union[UserId, None] == Optional[UserId])
print(no_type_check(walk) is walk, walk.__no_type_check__, final(Dog) is Dog)
print(sorted(n for n in ("List", "Dict", "Any", "cast", "TypeVar", "Generic", "Protocol") if n in globals()))
print(List[int].__origin__, List[int].__args__, List[int].__parameters__, Iterable[V].__parameters__)
assert_never(3)
