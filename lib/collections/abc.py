"""The abstract base classes of containers, `collections.abc` (defined in
`_collections_abc`, which `typing` imports without this package)."""

from _collections_abc import *
from _collections_abc import __all__
