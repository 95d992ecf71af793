x = 1
from __future__ import annotations
print(x)
