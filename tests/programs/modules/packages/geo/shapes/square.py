from .. import units
from ..units.metric import to_metres
from geo.version import VERSION

print("geo.shapes.square:", __name__, __package__)


def side_in_metres(side):
    return to_metres(side)


def relative():
    # A relative import inside a function resolves from the module's package too.
    from . import circle
    return circle.NAME
