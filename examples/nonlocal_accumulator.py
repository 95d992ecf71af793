# An accumulator: each call adds to a running total kept in the enclosing
# function. `nonlocal` lets the inner function rebind a variable of an
# enclosing function (here through two levels of nesting).

def make_accumulator(total):
    history = []

    def add(amount):
        nonlocal total          # rebind make_accumulator's `total`
        total += amount
        history.append(amount)  # mutating a list needs no nonlocal
        return total

    def report():
        def line():
            # line() reads both variables two levels up; reading needs no
            # declaration at all, only rebinding does.
            return "total %s after %d additions" % (total, len(history))
        return line()

    return add, report


add, report = make_accumulator(10)
print(add(5))
print(add(2.5))
print(add(-7.5))
print(report())

# Without nonlocal, assignment makes the name local to the inner function,
# and reading it before the assignment raises UnboundLocalError.
def broken():
    total = 0

    def add(amount):
        total += amount
        return total

    return add

try:
    broken()(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
