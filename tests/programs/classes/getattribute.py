# __getattribute__ sees every attribute read; __getattr__ still catches AttributeError.


class Logged:
    def __init__(self):
        self.x = 1

    def method(self):
        return "method"

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)


obj = Logged()
for _ in range(2):
    print(obj.x, obj.method())


class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback for {name}"

    real = "real"


f = Fallback()
print(f.real, f.secret, f.other)


class Upper:
    def __getattribute__(self, name):
        return name.upper()


u = Upper()
print(u.anything, getattr(u, "foo"), hasattr(u, "bar"))


class Strict:
    def __getattribute__(self, name):
        raise KeyError(name)


try:
    Strict().boom
except KeyError as e:
    print("KeyError", e)
