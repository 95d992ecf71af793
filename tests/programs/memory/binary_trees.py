# Binary trees (the benchmarks game's shape) at a small depth: tuples, lists and class
# instances, a long-lived tree kept across many short-lived ones.


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def tuple_tree(depth):
    if depth == 0:
        return (None, None)
    return (tuple_tree(depth - 1), tuple_tree(depth - 1))


def tuple_check(t):
    left, right = t
    if left is None:
        return 1
    return 1 + tuple_check(left) + tuple_check(right)


def list_tree(depth):
    if depth == 0:
        return [None, None]
    return [list_tree(depth - 1), list_tree(depth - 1)]


def list_check(t):
    if t[0] is None:
        return 1
    return 1 + list_check(t[0]) + list_check(t[1])


def node_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(node_tree(depth - 1), node_tree(depth - 1))


def node_check(n):
    if n.left is None:
        return 1
    return 1 + node_check(n.left) + node_check(n.right)


def main(max_depth):
    min_depth = 4
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, tuple_check(tuple_tree(stretch))))
    long_lived = list_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += tuple_check(tuple_tree(depth))
            check += list_check(list_tree(depth))
            check += node_check(node_tree(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))
    print("long lived tree of depth %d\t check: %d" % (max_depth, list_check(long_lived)))


main(6)
