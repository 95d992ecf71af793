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
try:
    r.speed
except AttributeError as e:
    print("caught:", e)
print(r.colour)
