print("geo.units:", __name__, __package__)
from .metric import to_metres
