"""Generic (shallow and deep) copying operations.

Written for closc from the `copy` documentation of Python 3.11.

Interface summary:

        import copy

        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y

For module specific errors, copy.Error is raised.

A class controls its copies with `__copy__()` and `__deepcopy__(memo)`, or with
`__reduce_ex__`/`__reduce__` (whose result is rebuilt as `copy` does in CPython), or with
`__getstate__`/`__setstate__`/`__getnewargs__`; a function registered with
`copyreg.pickle` reduces the instances of its type. Other objects are reduced by
`copyreg._reduce_ex_of`, as CPython's `object.__reduce_ex__(4)` reduces them: a new
instance made by the class's `__new__`, given the original's `__dict__` and slot values,
and for subclasses of builtin containers their items. Objects that cannot be rebuilt
raise the `TypeError` CPython's pickling raises for them.
"""

from copyreg import dispatch_table, _reduce_ex_of


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


def _reduction(x):
    """`x.__reduce_ex__(4)`, or the reduction `copyreg.dispatch_table` gives for its type."""
    reductor = dispatch_table.get(type(x))
    if reductor is not None:
        return reductor(x)
    return _reduce_ex_of(x, 4)


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
