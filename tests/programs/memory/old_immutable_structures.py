# Deeply immutable structures (tuples of strs, floats, big ints and tuples) that outlive
# many collections, beside tuples holding mutable objects that keep changing.


def tree(depth, tag):
    if depth == 0:
        return (tag, float(len(tag)), 2**70 + len(tag))
    return (tree(depth - 1, tag + "l"), tree(depth - 1, tag + "r"))


def leaves(node):
    if len(node) == 3:
        return [node]
    return leaves(node[0]) + leaves(node[1])


def churn(n):
    total = 0
    for i in range(n):
        pair = (i, (i, str(i)))
        total += len(pair[1][1])
    return total


kept = tree(8, "t")
holders = tuple([] for _ in range(4))
keys = {}
for round_number in range(12):
    churn(30_000)
    for i, holder in enumerate(holders):
        holder.append((round_number, "x" * i, [round_number]))
    keys[(round_number, "k" + str(round_number))] = tree(2, str(round_number))
    if round_number % 4 == 3:
        kept = tree(8, "u" + str(round_number))

found = leaves(kept)
print(len(found), found[0], found[-1][0], found[-1][2] - 2**70)
print([len(h) for h in holders], holders[3][-1], holders[2][5][2])
print(sorted(keys)[:3], keys[(11, "k11")][1][0])
total = 0
for key, value in keys.items():
    total += key[0] + len(leaves(value))
print(total)
