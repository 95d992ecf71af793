# list.remove and list.count call __eq__, which may change the list while they run: they
# re-read its length at each step, as CPython does.


class Clears:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True


target = [5, 6, 7]
target.remove(Clears(target))
print("removed", target)

target = [5, 6, 7]
print(target.count(Clears(target)), target)


class Appends:
    def __init__(self, target):
        self.target = target
        self.calls = 0

    def __eq__(self, other):
        self.calls += 1
        if len(self.target) < 6:
            self.target.append(other)
        return False


target = [1, 2]
appender = Appends(target)
print(target.count(appender), appender.calls, target)
try:
    target.remove(Appends(target))
except ValueError as error:
    print("ValueError:", error)
