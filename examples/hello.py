# The smallest closc program: build it with `closc build examples/hello.py -o hello`.
print("Hello, world!")
