# Packages, subpackages, relative imports and the order their bodies run in.
import geo.shapes.square
print(geo.VERSION, geo.__doc__, geo.__package__)
print(geo.shapes.square.side_in_metres(10))
print(geo.units.to_metres(3), geo.units.metric.to_metres(1))
print(geo.shapes.square.relative(), hasattr(geo.shapes, "circle"))
import geo.units.metric as metric
print(metric.__name__, metric is geo.units.metric)
from geo.shapes import circle
print(circle.NAME)
from geo import VERSION as V, units as u
print(V, u.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("geo")))
print(hasattr(geo, "__path__"), hasattr(geo.version, "__path__"))
print(geo.version.__package__, geo.units.__package__)
import ns.inner.mod
print(ns.inner.mod.VALUE)
from geo import *
print(VERSION)
try:
    import geo.version.deeper
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    from geo import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
import geo.deep
try:
    geo.deep.beyond()
except ImportError as e:
    print(type(e).__name__, e)
