"""Generic (shallow and deep) copying operations.

Written for closc from the `copy` documentation of Python 3.11.

Interface summary:

        import copy

        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y

For module specific errors, copy.Error is raised.

A class controls its copies with `__copy__()` and `__deepcopy__(memo)`, or with
`__reduce_ex__`/`__reduce__` (whose result is rebuilt as `copy` does in CPython), or with
`__getstate__`/`__setstate__`/`__getnewargs__`. Other instances are copied as CPython's
`object.__reduce_ex__(4)` would have them copied: a new instance made by the class's
`__new__`, given the original's `__dict__` and slot values, and for subclasses of
builtin containers their items.

closc has no `copyreg` (its `dispatch_table` is not consulted) and no `pickle`: objects
closc cannot rebuild raise the `TypeError` CPython's pickling raises for them.
"""

from collections import deque, OrderedDict, defaultdict, Counter


class Error(Exception):
    pass


error = Error  # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _method():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_method)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
_CodeType = type(_method.__code__)

# Types whose instances are their own copies, shallow or deep.
_atomic = {
    type(None),
    int,
    float,
    bool,
    complex,
    str,
    bytes,
    type,
    range,
    property,
    _FunctionType,
    _BuiltinFunctionType,
    _CodeType,
    type(Ellipsis),
    type(NotImplemented),
}

# Further types that are their own shallow copies (immutable containers).
_shallow_atomic = _atomic | {tuple, frozenset, slice}


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _shallow_atomic:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _by_reduction(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # The tuple may have been copied meanwhile, through a cycle.
        if key in memo:
            return memo[key]
        same = True
        for old, new in zip(x, items):
            if old is not new:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is _MethodType:
        # MethodType(function, instance), which closc cannot call.
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _by_reduction(x, True, memo)

    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep `x` referenced by the memo for as long as the memo lives, so that the id()
    keys of the memo stay meaningful (as CPython does, under the memo's own id)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _defined_below_object(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _slot_names(cls):
    """The names of the slots of `cls`'s instances, mangled, most derived class first."""
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = f"_{stripped}{name}"
            names.append(name)
    return names


def _default_state(x):
    """What `object.__getstate__` returns for `x`."""
    state = getattr(x, "__dict__", None)
    if not state:
        state = None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _own_attributes(x):
    """The instance attributes of a closc collections object (deque, defaultdict, ...),
    without those closc keeps its own data in, or None if there are none."""
    state = {}
    for name, value in getattr(x, "__dict__", {}).items():
        if name.startswith("__closc_") or name in ("maxlen", "default_factory"):
            continue
        state[name] = value
    return state or None


_builtin_values = (tuple, int, float, complex, str, bytes)


def _reduction(x):
    """`x.__reduce_ex__(4)` for the objects closc rebuilds itself."""
    cls = type(x)
    if _defined_below_object(cls, "__reduce_ex__"):
        return x.__reduce_ex__(4)
    if _defined_below_object(cls, "__reduce__"):
        return x.__reduce__()

    if issubclass(cls, BaseException):
        return (cls, x.args, getattr(x, "__dict__", None) or None)
    if issubclass(cls, Counter):
        return (cls, (dict(x),))
    if issubclass(cls, bytearray):
        return (cls, (bytes(x),), getattr(x, "__dict__", None) or None)
    if issubclass(cls, (set, frozenset)):
        return (cls, (list(x),), getattr(x, "__dict__", None) or None)

    if _defined_below_object(cls, "__getstate__"):
        state = x.__getstate__()
    elif issubclass(cls, (defaultdict, OrderedDict, deque)):
        state = _own_attributes(x)
    else:
        state = _default_state(x)

    if issubclass(cls, defaultdict):
        return (cls, (x.default_factory,), state, None, iter(x.items()))
    if issubclass(cls, OrderedDict):
        return (cls, (), state, None, iter(x.items()))
    if issubclass(cls, deque):
        args = () if x.maxlen is None else ((), x.maxlen)
        return (cls, args, state, iter(x))

    for base in cls.__mro__:
        if base is object:
            break
        if base.__module__ == "builtins" and base not in (list, dict):
            if base in _builtin_values or base is bool:
                break
            raise TypeError(f"cannot pickle '{cls.__name__}' object")

    if hasattr(x, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, "__getnewargs__"):
        args, kwargs = x.__getnewargs__(), None
    else:
        args, kwargs = None, None
        for base in _builtin_values:
            if isinstance(x, base):
                args = (base(x),)
                break
        if args is None:
            args = ()
    items = iter(x) if isinstance(x, list) else None
    pairs = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_new_with_keywords, (cls, args, kwargs), state, items, pairs)
    return (_new, (cls,) + tuple(args), state, items, pairs)


def _new(cls, *args):
    return cls.__new__(cls, *args)


def _new_with_keywords(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _by_reduction(x, deep, memo):
    rv = _reduction(x)
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise Error(f"un{'(deep)' if deep else '(shallow)'}copyable object of type {type(x)}")
    return _reconstruct(x, memo, *rv)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for k, v in dictiter:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            for k, v in dictiter:
                y[k] = v
    return y
