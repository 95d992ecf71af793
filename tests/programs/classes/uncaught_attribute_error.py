# Checks that reading a missing attribute is an uncaught AttributeError naming the class.
class Robot:
    def __init__(self, name):
        self.name = name
        self.battery = 100

    def work(self, hours):
        self.battery -= hours * 10
        return self.battery

r = Robot("r2")
print(r.name, r.work(3), r.battery)

# Caught versions: instance, None, int and a method that does not exist.
for obj, attr in [(r, "speed"), (None, "name"), (5, "battery"), ("s", "work")]:
    try:
        if attr == "speed":
            obj.speed
        elif attr == "name":
            obj.name
        elif attr == "battery":
            obj.battery
        else:
            obj.work(1)
    except AttributeError as e:
        print("caught:", e)

# Attributes added later exist only on that instance.
r.colour = "blue"
other = Robot("c3")
print(r.colour, other.name)
print(other.colour)
