from ..version import VERSION as _v

print("geo.units.metric:", __name__, __package__, _v)


def to_metres(feet):
    return round(feet * 0.3048, 4)
