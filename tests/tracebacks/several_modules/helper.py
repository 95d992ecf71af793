def divide(a, b):
    return a / b


class Box:
    def __init__(self, value):
        self.value = divide(value, 0)
