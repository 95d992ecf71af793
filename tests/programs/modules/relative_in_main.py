# A relative import in the main program has no package to start from.
print("before")
from . import sibling
