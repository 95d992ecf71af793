print("geo.version:", __name__, __package__)
VERSION = (1, 2)
