# Ranges with steps at and around 2**63 in both directions: lengths, items, iteration.
big = 2**63
for i in range(5, 0, -big): print(i)
print(list(range(5, 0, -big)), len(range(0, -1, -big)), list(range(big - 1, -big, -big)), list(reversed(range(5, 0, -big))))
print(range(5, 0, -big)[0], range(big - 1, -big, -big)[-1], 5 in range(5, 0, -big), list(range(-big, big, big)))
print(len(range(-big, big - 1, 1)) if False else len(range(-big, big, 2**62)), list(range(0, -big, -big)))
for step in (-big + 1, -big - 1, big, big - 1):
    print(step, list(range(5, -5, step)), list(range(-5, 5, step)), len(range(big - 1, -big, step)))
