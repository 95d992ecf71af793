"""The geo package."""
print("geo/__init__ runs first:", __name__, __package__)
from .version import VERSION
from . import units

__all__ = ["VERSION"]
