# Measures: sets with many additions, deletions and membership tests (backtracking search).

import sys


def count_queens(n):
    columns = set()
    rising = set()
    falling = set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for column in range(n):
            if column in columns or row + column in rising or row - column in falling:
                continue
            columns.add(column)
            rising.add(row + column)
            falling.add(row - column)
            found += place(row + 1)
            columns.remove(column)
            rising.remove(row + column)
            falling.remove(row - column)
        return found

    return place(0)


def solve_sudoku(grid):
    """Fills grid (a list of 81 ints, 0 for empty) by backtracking over candidate sets."""
    rows = [set() for _ in range(9)]
    cols = [set() for _ in range(9)]
    boxes = [set() for _ in range(9)]
    empty = []
    for index, value in enumerate(grid):
        r, c = divmod(index, 9)
        if value:
            rows[r].add(value)
            cols[c].add(value)
            boxes[r // 3 * 3 + c // 3].add(value)
        else:
            empty.append(index)
    digits = set(range(1, 10))
    steps = 0

    def fill(position):
        nonlocal steps
        if position == len(empty):
            return True
        index = empty[position]
        r, c = divmod(index, 9)
        box = r // 3 * 3 + c // 3
        for digit in sorted(digits - rows[r] - cols[c] - boxes[box]):
            steps += 1
            rows[r].add(digit)
            cols[c].add(digit)
            boxes[box].add(digit)
            grid[index] = digit
            if fill(position + 1):
                return True
            rows[r].discard(digit)
            cols[c].discard(digit)
            boxes[box].discard(digit)
        grid[index] = 0
        return False

    solved = fill(0)
    return solved, steps


def reachable(edges, start):
    seen = {start}
    frontier = {start}
    while frontier:
        following = set()
        for node in frontier:
            for neighbour in edges[node]:
                if neighbour not in seen:
                    seen.add(neighbour)
                    following.add(neighbour)
        frontier = following
    return seen


PUZZLES = [
    "530070000600195000098000060800060003400800001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "100007090030020008009600500005300900010080002600004000300000010040000007007000300",
]


def main(board, nodes):
    print("queens", board, count_queens(board))
    for puzzle in PUZZLES:
        grid = [int(ch) for ch in puzzle]
        solved, steps = solve_sudoku(grid)
        print("sudoku", solved, steps, "".join(map(str, grid[:18])))
    edges = {node: {(node * 7 + 3) % nodes, (node * 13 + 5) % nodes} for node in range(nodes)}
    pool = set(range(nodes))
    for node in range(0, nodes, 3):
        pool.discard(node)
    for node in range(0, nodes, 7):
        pool.add(node)
    print("graph", len(reachable(edges, 1)), len(pool), sum(pool) % 10007)


# The benchmark's sizes, or smaller ones given as arguments (the test suite's, in
# tests/programs/bench/set_solver.args).
main(*[int(arg) for arg in sys.argv[1:]] or [11, 400_000])
