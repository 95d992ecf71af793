# typing: TypedDict totality and inheritance, subclassing container aliases, equality of forms.
from typing import TypedDict, List, Dict, Iterable, Callable, Union, Optional, Any, Tuple
class Base(TypedDict, total=False):
    a: int
class Child(Base):
    b: str
print(Child.__required_keys__, Child.__optional_keys__, Child.__total__, Child(a=1, b="x"), Child.__annotations__)
class MyList(List[int]):
    pass
ml = MyList([1, 2])
print(ml, type(ml).__mro__, isinstance(ml, list), MyList.__orig_bases__)
print(isinstance([1], Iterable), isinstance(len, Callable), {List[int]: 1}[List[int]])
print(Union[int, str] == Union[str, int], Tuple[int, str] == Tuple[int, str], Optional[Any])
def f(x: "List[int]", cb: Callable[[int], None] = print) -> None: pass
print(f.__annotations__)
try:
    Dict[str, int]()
except TypeError as e: print(e)
from abc import ABC, abstractmethod
from typing import Generic, TypeVar, Protocol, Iterator, Optional, List, NamedTuple, Dict
T = TypeVar("T")
class Repo(ABC, Generic[T]):
    @abstractmethod
    def get(self, i: int) -> Optional[T]: ...
class Mem(Repo[str]):
    def __init__(self, items: List[str]):
        self.items = items
    def get(self, i):
        return self.items[i] if i < len(self.items) else None
m = Mem(["a"])
print(m.get(0), m.get(3), Mem.__orig_bases__, Repo.__parameters__, type(Repo).__name__)
class SupportsClose(Protocol[T]):
    def close(self) -> T: ...
class F(SupportsClose[int]):
    def close(self): return 1
print(F().close(), SupportsClose.__parameters__, SupportsClose[int])
class Emp(NamedTuple):
    name: str
    id: int = 3
    def __repr__(self): return f"<Emp {self.name}>"
print(Emp("x"), Emp("y", 4).id, Emp.__annotations__)
try:
    Repo()
except TypeError as e: print(e)
def gen() -> Iterator[int]:
    yield 1
print(gen.__annotations__)
class Counts(Dict[str, int]):
    pass
print(Counts.__mro__)
print(type(Protocol()).__name__)
SupportsClose()
