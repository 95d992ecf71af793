def f():
    from __future__ import annotations
    return 1
