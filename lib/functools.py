"""Higher-order functions: the native ones (`reduce`, `partial`, `wraps`, `lru_cache`, ...,
from `_functools`) and, written here, `partialmethod`, `singledispatch` and
`singledispatchmethod`."""

from _functools import *
from _functools import WRAPPER_ASSIGNMENTS

__all__ = [
    "update_wrapper",
    "wraps",
    "WRAPPER_ASSIGNMENTS",
    "total_ordering",
    "cache",
    "cmp_to_key",
    "lru_cache",
    "reduce",
    "partial",
    "partialmethod",
    "singledispatch",
    "singledispatchmethod",
    "cached_property",
]


class partialmethod:
    """A descriptor like `partial`, for methods: the arguments given here follow the
    instance (or class) the method is bound to."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return (
            f"{self.__class__.__module__}.{self.__class__.__qualname__}"
            f"({self.func}, {args}, {keywords})"
        )

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            # A descriptor that made something new made the callable to use.
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def _is_union(t):
    import types
    import typing

    return isinstance(t, types.UnionType) or typing.get_origin(t) is typing.Union


def _dispatchable(t):
    if isinstance(t, type):
        return True
    if _is_union(t):
        import typing

        return all(isinstance(arg, type) for arg in typing.get_args(t))
    return False


def _find_implementation(cls, registry):
    """The function registered for the nearest class of `cls`'s MRO; failing that, for an
    abstract base class `cls` is a virtual subclass of; failing that, for `object`."""
    for base in cls.__mro__:
        if base is not object and base in registry:
            return registry[base]
    for registered, func in registry.items():
        if registered is not object and issubclass(cls, registered):
            return func
    return registry[object]


def singledispatch(func):
    """Makes `func` a generic function dispatching on the class of its first argument;
    `register` adds implementations for other classes."""
    registry = {}
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = cache[cls] = _find_implementation(cls, registry)
        return impl

    def register(cls, func=None):
        if _dispatchable(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            annotations = getattr(cls, "__annotations__", None)
            if annotations is None and hasattr(cls, "__func__"):
                annotations = getattr(cls.__func__, "__annotations__", None)
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            if any(isinstance(a, str) for a in annotations.values()):
                import typing

                annotations = typing.get_type_hints(getattr(func, "__func__", func))
            argname, cls = next(iter(annotations.items()))
            if not _dispatchable(cls):
                if _is_union(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union(cls):
            import typing

            for arg in typing.get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    import types

    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """`singledispatch` for methods: dispatches on the class of the first argument after
    the instance (or class)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
