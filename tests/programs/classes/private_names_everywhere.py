# Private name mangling applies to every identifier inside a class body and the functions
# nested in it at any depth: locals, parameters, globals, global/nonlocal declarations,
# def/class names, import-as names, comprehension variables, except/with/for/match targets.
# Error messages and co_varnames/co_freevars show the mangled names; __name__ and
# __qualname__ do not; keyword argument names in calls are never mangled.
_B__g = "global _B__g"
__g = "global __g"
_A__counter = 0


class B:
    where = __g

    def m(self):
        return __g

    def missing(self):
        return __nope


print(B().m(), B.where, __g)
try:
    B().missing()
except NameError as e:
    print("NameError:", e)


class A:
    def locals_and_nonlocal(self):
        __x = 1

        def inner():
            nonlocal __x
            __x += 1
            return __x

        inner()
        return __x, inner.__code__.co_freevars

    def unbound(self):
        if False:
            __u = 1
        return __u

    def deleted(self):
        __d = 1
        del __d
        try:
            return __d
        except NameError as e:
            return type(e).__name__ + ": " + str(e)

    def bump(self):
        global __counter
        __counter += 1
        return __counter

    def params(self, __p, *__rest, __k=5, **__kw):
        return __p, __rest, __k, __kw

    def __hidden(self):
        return "hidden"

    def nested_def(self):
        def __helper():
            return "helped"
        return __helper.__name__, __helper.__qualname__, __helper(), self.__hidden()

    def imports(self):
        import math as __m
        from math import sqrt as __sqrt
        return __m.floor(2.5), __sqrt(16.0), sorted(self.imports.__code__.co_varnames)

    def comprehensions(self, __n):
        squares = [__i * __i for __i in range(__n)]
        pairs = {__a: __b for __a, __b in zip("ab", range(2))}
        total = sum(__j for __j in range(__n))
        getters = [lambda: __i for __i in range(2)]
        return squares, pairs, total, getters[0].__code__.co_freevars, [g() for g in getters]

    def targets(self, items):
        out = []
        for __t in items:
            out.append(__t)
        try:
            raise ValueError("boom")
        except ValueError as __e:
            out.append(str(__e))
        match items:
            case [__first, *__others]:
                out.append((__first, __others))
        if (__w := len(items)) > 1:
            out.append(__w)
        return out, sorted(A.targets.__code__.co_varnames)

    def walrus_quirk(self):
        # CPython 3.11 does not see that the walrus target is the iteration variable.
        r = [__y := 1 for __y in range(3)]
        return r, __y

    def dunders(self):
        __z__ = "dunder local"
        return __z__, "__z__" in self.dunders.__code__.co_varnames

    class __Inner:
        __tag = "inner"

        def get(self):
            return __tag if False else self.__tag, _Inner__tag

    def lambdas(self):
        f = lambda __v, __w=2: __v * __w
        return f(3), f.__code__.co_varnames, f.__defaults__

    __class_level = [__c for __c in range(3)]


_Inner__tag = "global _Inner__tag"
a = A()
print(a.locals_and_nonlocal())
try:
    a.unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(a.deleted())
print(a.bump(), a.bump(), _A__counter)
print(a.params(1, 2, 3, __k=4, other=5))
print(A.params.__code__.co_varnames, A.params.__kwdefaults__)
try:
    a.params(__p=1)
except TypeError as e:
    print("TypeError:", e)
print(a.params(_A__p=1))
print(A._A__hidden.__name__, A._A__hidden.__qualname__, "_A__hidden" in vars(A))
print(a.nested_def())
print(a.imports())
print(a.comprehensions(4))
print(a.targets([1, 2, 3]))
print(a.walrus_quirk())
print(a.dunders())
inner_class = A._A__Inner
print(inner_class.__name__, inner_class.__qualname__, inner_class().get())
print(sorted(k for k in vars(inner_class) if "tag" in k))
print(a.lambdas())
print(A._A__class_level)
print(dict(__k=1), (lambda **kw: kw)(__q=2))


class _Under:
    def f(self):
        __s = "s"
        return self.f.__code__.co_varnames


class ___:
    def f(self):
        __s = "s"
        return self.f.__code__.co_varnames


print(_Under().f(), ___().f())


def outside(__o):
    __l = __o
    return outside.__code__.co_varnames


print(outside(1))


class C:
    global __gg
    __gg = "set from a class body"

    def by_value(self, __p):
        def read():
            return __p

        def write():
            nonlocal __p
            __p = "rebound"

        write()
        return read(), read.__code__.co_freevars


print(_C__gg, C().by_value("original"))


class Z:
    def fail(self):
        return __never_defined


Z().fail()
