# match statements: literal, capture, sequence, mapping, class and or-patterns, guards, closures over captures.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(value):
    match value:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return f"number {value}"
        case "hello":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [first, *rest] if len(rest) > 2:
            return f"long, first {first}, {len(rest)} more"
        case (a, b):
            return f"pair {a} {b}"
        case [a, b, *_]:
            return f"starts {a} {b}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": kind, **others}:
            return f"shape {kind} {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case _:
            return "other"

for v in [None, True, 0, 1, -5, 7, 2.5, "hello", "hi", [], [9], [1, 2, 3, 4, 5], (1, 2), [1, 2, 3],
          {"type": "circle", "r": 2}, {"type": "square", "side": 3, "color": "red"},
          Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), {1, 2}, range(2)]:
    print(describe(v))

def handlers():
    actions = []
    for command in ["go north", "look", "take lamp", "quit now"]:
        match command.split():
            case ["go", direction]:
                actions.append(lambda d=direction: "going " + d)
            case ["look"]:
                actions.append(lambda: "looking")
            case ["take", item]:
                actions.append(lambda: "taking " + item)
            case _:
                actions.append(lambda: "unknown " + command)
    return [a() for a in actions]
print(handlers())
try:
    match 5:
        case Point(1):
            pass
except TypeError as e:
    print("TypeError:", e)
