# with statements: __enter__/__exit__, suppression, early exits, several managers, protocol errors.
log = []

class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %s %s" % (self.name, exc_type.__name__ if exc_type else None, exc))
        return self.suppress

with Managed("a") as m:
    log.append("body " + m.name)
print(log); log.clear()

try:
    with Managed("b"):
        raise ValueError("boom")
except ValueError as e:
    log.append("caught " + str(e))
print(log); log.clear()

with Managed("c", suppress=True):
    raise KeyError("hidden")
log.append("after c")
print(log); log.clear()

def early():
    with Managed("d"):
        return "returned"
print(early(), log); log.clear()

for i in range(3):
    with Managed("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body %d" % i)
print(log); log.clear()

with Managed("x") as x, Managed("y") as y:
    log.append(x.name + y.name)
print(log); log.clear()

def timer_factory():
    events = []
    class Timer:
        def __enter__(self):
            events.append("start")
            return events
        def __exit__(self, *args):
            events.append("stop")
    return Timer, events
Timer, events = timer_factory()
with Timer() as ev:
    ev.append("work")
print(events)

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
