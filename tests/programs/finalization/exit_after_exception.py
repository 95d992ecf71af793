# An uncaught exception: the traceback is printed, then the finalizers run (those of the
# failed frames' locals first), and the exit status stays 1.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)


def main():
    first = Resource("local one")
    second = Resource("local two")
    raise RuntimeError("failed with resources held")


glob = Resource("global")
main()
