# copyreg: reduction functions registered for pickle and copy, the extension registry and
# the constructors pickles name.
import copyreg, pickle, copy


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"


def reduce_money(m):
    print("reducing", m)
    return (Money, (m.cents,))


copyreg.pickle(Money, reduce_money)
print(copyreg.dispatch_table[Money] is reduce_money, complex in copyreg.dispatch_table)
data = pickle.dumps(Money(250))
print(data, pickle.loads(data))
print(copy.copy(Money(1)), copy.deepcopy([Money(2)]))
del copyreg.dispatch_table[Money]
print(pickle.dumps(Money(3), 2))
for bad in (lambda: copyreg.pickle(Money, "nope"), lambda: copyreg.constructor(5)):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
copyreg.constructor(Money)
copyreg.pickle(Money, reduce_money, Money)
del copyreg.dispatch_table[Money]

print(copyreg.__newobj__(Money).__class__.__name__)
print(copyreg.__newobj_ex__(Money, (), {}).__class__.__name__)


class Base(int):
    pass


obj = copyreg._reconstructor(Base, int, 41)
print(type(obj).__name__, obj + 1)
print(copyreg._reconstructor(Money, object, None).__class__.__name__)


class Slots:
    __slots__ = ("a", "__b")


class MoreSlots(Slots):
    __slots__ = ["c", "__dict__"]


print(copyreg._slotnames(MoreSlots), copyreg._slotnames(Money))

copyreg.add_extension("__main__", "Money", 300)
copyreg.add_extension("__main__", "Money", 300)
print(pickle.dumps(Money(4), 2), pickle.loads(pickle.dumps(Money(4), 2)))
for args in ((("__main__", "Other", 300)), ("__main__", "Money", 301), ("m", "n", 0)):
    try:
        copyreg.add_extension(*args)
    except ValueError as err:
        print("ValueError:", err)
copyreg.add_extension("__main__", "Base", 70000)
print(pickle.dumps(Base, 2), pickle.dumps(Base, 4), pickle.loads(pickle.dumps(Base, 2)) is Base)
copyreg.remove_extension("__main__", "Money", 300)
copyreg.remove_extension("__main__", "Base", 70000)
copyreg.clear_extension_cache()
try:
    copyreg.remove_extension("__main__", "Money", 300)
except ValueError as err:
    print("ValueError:", err)
print(pickle.dumps(Money(5), 2))
print(pickle.dumps(3 + 4j, 0), pickle.loads(pickle.dumps(-1.5j)))
copyreg.pickle(Money, lambda m: 5)
pickle.dumps(Money(6))
