# Measures: method calls and attribute access in a class-based simulation (foxes and rabbits).


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = self.state * 48_271 % 2_147_483_647
        return self.state % bound


class Rabbit:
    def __init__(self, position, energy):
        self.position = position
        self.energy = energy
        self.alive = True

    def live(self, rng, size):
        self.position = (self.position + rng.next(3) - 1) % size
        self.energy += 1
        if self.energy > 12 and rng.next(3) == 0:
            self.energy //= 2
            return Rabbit(rng.next(size), self.energy)
        return None


class Fox:
    def __init__(self, position, energy):
        self.position = position
        self.energy = energy
        self.alive = True

    def live(self, rng, size, rabbits_at):
        self.position = (self.position + rng.next(41) - 20) % size
        self.energy -= 1
        if self.position in rabbits_at:
            prey = rabbits_at[self.position]
            if prey.alive:
                prey.alive = False
                self.energy += 6
        if self.energy <= 0:
            self.alive = False
        elif self.energy > 40:
            self.energy //= 2
            return Fox(self.position, self.energy)
        return None


class World:
    def __init__(self, size, rabbits, foxes, seed):
        self.size = size
        self.capacity = size // 2
        self.rng = Rng(seed)
        self.rabbits = [Rabbit(self.rng.next(size), 10) for _ in range(rabbits)]
        self.foxes = [Fox(self.rng.next(size), 30) for _ in range(foxes)]

    def step(self):
        rng = self.rng
        size = self.size
        young_rabbits = []
        for rabbit in self.rabbits:
            child = rabbit.live(rng, size)
            if child is not None and len(self.rabbits) + len(young_rabbits) < self.capacity:
                young_rabbits.append(child)
        rabbits_at = {}
        for rabbit in self.rabbits:
            rabbits_at[rabbit.position] = rabbit
        young_foxes = []
        for fox in self.foxes:
            child = fox.live(rng, size, rabbits_at)
            if child is not None:
                young_foxes.append(child)
        self.rabbits = [r for r in self.rabbits if r.alive] + young_rabbits
        self.foxes = [f for f in self.foxes if f.alive] + young_foxes
        if len(self.foxes) < 3:
            self.foxes.append(Fox(rng.next(size), 30))
        if len(self.rabbits) < 3:
            self.rabbits.append(Rabbit(rng.next(size), 10))

    def census(self):
        return len(self.rabbits), len(self.foxes)


def main():
    world = World(3000, 400, 30, 42)
    checksum = 0
    for t in range(1300):
        world.step()
        rabbits, foxes = world.census()
        checksum = (checksum * 31 + rabbits * 1000 + foxes) % 1_000_000_007
        if t % 100 == 99:
            print(f"t={t + 1}: {rabbits} rabbits, {foxes} foxes")
    print("checksum", checksum)


main()
