# super() with no arguments and the implicit __class__ cell of methods.
class Base:
    def greet(self):
        return "Base"

    def name(self):
        return __class__.__name__


class Child(Base):
    def greet(self):
        return "Child>" + super().greet()

    def plain(self):
        return 1


class GrandChild(Child):
    def greet(self):
        return "GrandChild>" + super().greet()


print(GrandChild().greet(), Child().name())
print(Child.greet.__code__.co_freevars, Child.plain.__code__.co_freevars)
print(Base.name.__code__.co_freevars, len(Child.greet.__closure__))
print(Child.greet.__closure__[0].cell_contents is Child)


def make(label):
    class Local(Base):
        def greet(self):
            # The closure holds both the class cell and the enclosing function's variable.
            return label + ":" + super().greet()
    return Local


Made = make("made")
print(Made().greet(), Made.greet.__code__.co_freevars)

# A method called directly through the class still finds its class.
print(Child.greet(GrandChild()))
