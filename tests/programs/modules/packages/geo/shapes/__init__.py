print("geo.shapes:", __name__, __package__)
