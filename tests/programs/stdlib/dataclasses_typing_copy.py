# dataclasses with typing annotations (ClassVar excluded from the fields), and asdict/astuple
# deep-copying the leaves they return, as CPython's do with copy.deepcopy.
from dataclasses import dataclass, asdict, astuple, field
from typing import List, ClassVar, Optional
@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    parent: Optional["Item"] = None
i = Item("a", ["x"])
d = asdict(i)
d["tags"].append("y")
print(i, d, astuple(i))
class Box:
    def __init__(self): self.v = [1]
    def __repr__(self): return f"Box({self.v})"
@dataclass
class Holder:
    box: Box
h = Holder(Box())
dd = asdict(h)
dd["box"].v.append(2)
print(h, dd, dd["box"] is h.box)
from dataclasses import fields
print([f.name for f in fields(Item)])
print(asdict(Holder(x for x in [])))
