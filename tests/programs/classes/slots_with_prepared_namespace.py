# __slots__ and a builtin base under a metaclass whose __prepare__ makes the namespace.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"created_by": "Meta"}


class P(metaclass=Meta):
    __slots__ = ("x",)


p = P()
p.x = 3
print(p.x, P.created_by, P.x)
try:
    p.y = 1
except AttributeError as e:
    print(e)


class Items(list, metaclass=Meta):
    pass


i = Items([1])
i.tag = "t"
print(i, i.tag, Items.created_by)
