# Measures: dispatching events to a list of callbacks (closures, lambdas and __call__ objects).


class Threshold:
    def __init__(self, limit):
        self.limit = limit
        self.hits = 0

    def __call__(self, event):
        if event > self.limit:
            self.hits += 1
            return 1
        return 0


def make_summer():
    total = 0

    def on_event(event):
        nonlocal total
        total = (total + event) % 1_000_003
        return total

    return on_event


def make_max_tracker():
    best = [0]

    def on_event(event):
        if event > best[0]:
            best[0] = event
        return best[0]

    return on_event


def dispatch(callbacks, event):
    acc = 0
    for callback in callbacks:
        acc += callback(event)
    return acc


def main():
    threshold = Threshold(500)
    callbacks = [make_summer(), make_max_tracker(), threshold, lambda e: e % 3, lambda e: -e]
    checksum = 0
    event = 1
    for _ in range(1_400_000):
        event = (event * 1103 + 12345) % 1000
        checksum = (checksum + dispatch(callbacks, event)) % 1_000_000_007
    print(checksum, threshold.hits)


main()
