# Measures: allocation of many short-lived binary trees built from tuples.


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def count_nodes(node):
    left, right = node
    if left is None:
        return 1
    return 1 + count_nodes(left) + count_nodes(right)


def main():
    min_depth = 4
    max_depth = 15
    long_lived = make_tree(max_depth)
    checksum = 0
    depth = min_depth
    while depth <= max_depth:
        iterations = 24 * 2 ** (max_depth - depth)
        nodes = 0
        for _ in range(iterations):
            nodes += count_nodes(make_tree(depth))
        print(f"{iterations} trees of depth {depth}: {nodes} nodes")
        checksum += nodes
        depth += 2
    print(f"long-lived tree: {count_nodes(long_lived)} nodes; checksum {checksum}")


main()
