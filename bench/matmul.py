# Measures: a nested-loop integer kernel (matrix multiplication over lists of lists).


def make_matrix(n, seed):
    rows = []
    value = seed
    for i in range(n):
        row = []
        for j in range(n):
            value = value * 48_271 % 2_147_483_647
            row.append(value % 1000 - 500)
        rows.append(row)
    return rows


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    inner = len(b)
    result = []
    for i in range(n):
        a_row = a[i]
        row = [0] * m
        for k in range(inner):
            a_ik = a_row[k]
            b_row = b[k]
            for j in range(m):
                row[j] += a_ik * b_row[j]
        result.append(row)
    return result


def main():
    n = 250
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul(a, b)
    trace = 0
    for i in range(n):
        trace += c[i][i]
    total = sum([sum(row) for row in c])
    print(trace, total, c[0][0], c[n - 1][n - 1])


main()
