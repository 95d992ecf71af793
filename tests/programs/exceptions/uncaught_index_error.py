# Checks that an uncaught IndexError from list indexing in a loop ends the program with exit 1.
items = [10, 20, 30]
i = 0
while True:
    print("item", i, items[i])
    i += 1
