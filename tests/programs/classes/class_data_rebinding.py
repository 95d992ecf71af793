# Class attributes holding plain data (numbers, strs, containers) rebound while attribute
# sites read them through instances, subclasses and the classes themselves.


class Entity:
    next_id = 0
    label = "entity"
    limits = (1, 2)

    def __init__(self):
        Entity.next_id += 1
        self.id = Entity.next_id

    def describe(self):
        return (self.id, self.label, self.next_id, self.limits)


class Player(Entity):
    label = "player"


class Boss(Player):
    def __init__(self):
        super().__init__()
        Boss.label = "boss%d" % self.id


def read(o):
    return o.next_id, o.label, o.limits


things = []
for i in range(9):
    cls = [Entity, Player, Boss][i % 3]
    things.append(cls())
    print(read(things[-1]), things[-1].describe(), Entity.next_id, Player.next_id, Boss.label)

# Rebinding to a value of another kind, shadowing in a subclass, and instance attributes.
Entity.limits = [3, 4]
print([read(t) for t in things[:3]])
Player.next_id = "shadowed"
print([read(t) for t in things[:3]], Boss.next_id)
Entity.next_id = lambda self: "method now"
print([t.next_id() if not isinstance(t, Player) else t.next_id for t in things[:3]])
Entity.next_id = 100
things[0].label = "own label"
print([read(t) for t in things[:3]])
del Player.next_id
print([read(t) for t in things[:3]])
Entity.label = property(lambda self: "property label")
print([read(t) for t in things[:3]])
del Entity.label
Entity.label = 5
print([read(t) for t in things[:4]])


# A counter read through self and through the class in a loop.
class Ticker:
    ticks = 0
    step = 1

    def tick(self):
        Ticker.ticks += self.step
        return self.ticks


t = Ticker()
total = 0
for i in range(1000):
    total += t.tick()
    if i == 500:
        Ticker.step = 2
print(total, Ticker.ticks)
