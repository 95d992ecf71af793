# The module's __name__ is "__main__", as in a script run by python3; big literals in any radix.
print(__name__)
if __name__ == "__main__":
    print("running as a script")
print(0x1FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777777, -0b1 << 100)
print(0xFF, 0o17, 0b1010, 1_000_000, 0x_dead_beef)
