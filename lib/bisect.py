"""Bisection algorithms.

Written for closc from the `bisect` documentation of Python 3.11: binary search in a
sorted sequence, and insertion keeping it sorted. Items are compared with `<` only, in
the order CPython's `_bisect` accelerator compares them; a `key` is applied to the
sequence's items (never to the searched value `x`, except by the `insort` functions).
"""

from operator import index as _index


def _integers(lo, hi):
    """Convert `lo` and `hi` as CPython's `_bisect` does when it parses its arguments."""
    lo = _index(lo)
    if hi is not None:
        bad = False
        try:
            hi = _index(hi)
        except TypeError:
            bad = True
        if bad:
            raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
    return lo, hi


def _bounds(a, lo, hi):
    """The searched slice: `hi` None (or -1) means len(a)."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def _left(a, x, lo, hi, key):
    # Invariant: items of a[lo_start:lo] are < x, items of a[hi:hi_start] are not.
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _right(a, x, lo, hi, key):
    # Invariant: items of a[lo_start:lo] are not > x, items of a[hi:hi_start] are > x.
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    lo, hi = _integers(lo, hi)
    lo, hi = _bounds(a, lo, hi)
    return _left(a, x, lo, hi, key)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    lo, hi = _integers(lo, hi)
    lo, hi = _bounds(a, lo, hi)
    return _right(a, x, lo, hi, key)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    lo, hi = _integers(lo, hi)
    wanted = x if key is None else key(x)
    lo, hi = _bounds(a, lo, hi)
    where = _left(a, wanted, lo, hi, key)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    lo, hi = _integers(lo, hi)
    wanted = x if key is None else key(x)
    lo, hi = _bounds(a, lo, hi)
    where = _right(a, wanted, lo, hi, key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
