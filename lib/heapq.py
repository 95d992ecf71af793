"""Heap queue algorithm (a.k.a. priority queue).

Written for closc from the `heapq` documentation of Python 3.11. A heap is a plain list
`a` kept so that `a[k] <= a[2*k+1]` and `a[k] <= a[2*k+2]` for every `k`: its smallest
item is `a[0]`. Every function here compares items with `<` only, in the very order
CPython's `_heapq` accelerator does, so that items with a user `__lt__` see the same
calls and the lists end up in the same order.
"""

__all__ = [
    "heappush",
    "heappop",
    "heapify",
    "heapreplace",
    "merge",
    "nlargest",
    "nsmallest",
    "heappushpop",
]


def _need_list(heap, fname, one_argument=False):
    if not isinstance(heap, list):
        where = "argument" if one_argument else "argument 1"
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{fname}() {where} must be list, not {got}")


# The two primitive moves of a min-heap.
#
# _bubble_up(heap, root, pos): the item at `pos` may be smaller than its parents; move it
# towards `root` until its parent is not greater.
#
# _sink(heap, pos): the item at `pos` may be larger than its children. Rather than
# comparing it on the way down, the smaller child is moved up at each level until a leaf
# is reached, and the item is then bubbled up from that leaf: items taken from the bottom
# of the heap tend to belong near it, which makes this cheaper in comparisons.


def _bubble_up(heap, root, pos):
    item = heap[pos]
    while pos > root:
        up = (pos - 1) >> 1
        parent = heap[up]
        if not item < parent:
            break
        heap[pos] = parent
        pos = up
    heap[pos] = item


def _sink(heap, pos):
    size = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[child] < heap[other]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, root, pos)


# The same moves for a max-heap (largest item first), used by `nsmallest` and by
# `merge(..., reverse=True)`.


def _bubble_up_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        up = (pos - 1) >> 1
        parent = heap[up]
        if not parent < item:
            break
        heap[pos] = parent
        pos = up
    heap[pos] = item


def _sink_max(heap, pos):
    size = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[other] < heap[child]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, root, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list(heap, "heappush")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list(heap, "heappop", True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    _need_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _need_list(heap, "heappushpop")
    if not heap:
        return item
    smallest = heap[0]
    if not smallest < item:
        return item
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _need_list(x, "heapify", True)
    # Every parent, the deepest first, is sunk below the heaps its children head.
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


def _heapify_max(x):
    """Maxheap version of a heapify."""
    _need_list(x, "_heapify_max", True)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    _need_list(heap, "_heappop_max", True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    _need_list(heap, "_heapreplace_max")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    """
    if reverse:
        make_heap, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, sign = heapify, heappop, heapreplace, 1

    # One entry per input that is not exhausted: [sort key, tie breaker, value, its
    # iterator's __next__], compared as lists. The tie breaker (the input's position,
    # negated when reversed) keeps equal items in input order and spares comparing the
    # values themselves when there is no key.
    entries = []
    for index, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            value = advance()
        except StopIteration:
            continue
        if key is None:
            entries.append([value, index * sign, advance])
        else:
            entries.append([key(value), index * sign, value, advance])
    make_heap(entries)

    if key is None:
        while len(entries) > 1:
            head = entries[0]
            yield head[0]
            try:
                head[0] = head[2]()
            except StopIteration:
                pop(entries)
            else:
                replace(entries, head)
        if entries:
            head = entries[0]
            yield head[0]
            yield from head[2].__self__
        return

    while len(entries) > 1:
        head = entries[0]
        yield head[2]
        try:
            value = head[3]()
        except StopIteration:
            pop(entries)
        else:
            head[0] = key(value)
            head[2] = value
            replace(entries, head)
    if entries:
        head = entries[0]
        yield head[2]
        yield from head[3].__self__


def _select(n, iterable, key, largest):
    """The `n` smallest (or largest) items of `iterable`, best first.

    The `n` best items seen so far are kept in a heap whose root is the worst of them,
    decorated as (key, arrival order, item) so that equal keys keep their order and items
    are never compared; a newcomer better than the root replaces it.
    """
    if n == 1:
        missing = object()
        if largest:
            best = max(iter(iterable), default=missing, key=key)
        else:
            best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]

    it = iter(iterable)
    # Arrival orders count up for nsmallest and down for nlargest, so that a stable
    # order results from the final sort in either direction.
    step = -1 if largest else 1
    kept = []
    for order, item in zip(range(0, n * step, step), it):
        if key is None:
            kept.append((item, order))
        else:
            kept.append((key(item), order, item))
    if not kept:
        return kept
    if largest:
        heapify(kept)
        replace = heapreplace
    else:
        _heapify_max(kept)
        replace = _heapreplace_max
    worst = kept[0][0]
    order = n * step
    for item in it:
        rank = item if key is None else key(item)
        better = worst < rank if largest else rank < worst
        if better:
            if key is None:
                replace(kept, (item, order))
            else:
                replace(kept, (rank, order, item))
            worst = kept[0][0]
            order += step
    kept.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _select(n, iterable, key, True)
