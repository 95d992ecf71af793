NAME = "circle"
print("geo.shapes.circle imported")
