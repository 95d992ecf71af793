# Checks that an uncaught IndexError from list indexing in a while loop ends the program.
items = [10, 20, 30]
print(items[0], items[-1], items[-3], len(items))

# Caught versions first: list, tuple and str each have their own message.
for seq in [items, (1, 2), "ab"]:
    try:
        seq[5]
    except IndexError as e:
        print(type(seq).__name__, "->", e)
try:
    items[-4] = 0
except IndexError as e:
    print("assignment ->", e)

# Slices never raise.
print(items[5:], items[-10:1], items[1:100])

def make_reader(seq):
    pos = 0
    def read():
        nonlocal pos
        value = seq[pos]
        pos += 1
        return value
    return read

read = make_reader(items)
while True:
    print("read", read())
