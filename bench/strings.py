# Measures: string processing: tokenizing, splitting, joining, formatting, str methods.

import sys

WORDS = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
    "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi",
]


def make_text(lines):
    out = []
    for i in range(lines):
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(i % 9 + 3)]
        out.append(f"{i:05d}: " + " ".join(words) + f" = {i * 37 % 1000}.{i % 100:02d};")
    return "\n".join(out)


def tokenize(line):
    tokens = []
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < n and (line[i].isdigit() or line[i] == "."):
                i += 1
            tokens.append(("NUM", line[start:i]))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (line[i].isalnum() or line[i] == "_"):
                i += 1
            tokens.append(("NAME", line[start:i]))
        else:
            tokens.append(("OP", ch))
            i += 1
    return tokens


def report(counts):
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max(len(word) for word, _ in rows)
    lines = [f"{word:<{width}} | {count:>6} | {'#' * (count // 2000)}" for word, count in rows]
    return "\n".join(lines)


def main(lines):
    text = make_text(lines)
    counts = {}
    kinds = {"NUM": 0, "NAME": 0, "OP": 0}
    total_value = 0.0
    for line in text.splitlines():
        label, _, rest = line.partition(": ")
        expression, _, value = rest.rstrip(";").rpartition(" = ")
        total_value += float(value)
        for kind, token in tokenize(line):
            kinds[kind] += 1
        for word in expression.split():
            counts[word] = counts.get(word, 0) + 1
    print(report(counts))
    print(kinds, f"{total_value:.2f}")
    upper = text.upper().replace("ALPHA", "A").count("A")
    words = text.split()
    capitalised = "-".join(word.capitalize() for word in words[:12])
    print(upper, len(words), capitalised)
    csv = [",".join(line.split()[1:4]) for line in text.splitlines()[:2000]]
    print(sum(len(field) for row in csv for field in row.split(",")), csv[7])
    print("%s|%5d|%-8s|%x" % (WORDS[3], lines, WORDS[5].title(), lines * 255))


# The benchmark's sizes, or smaller ones given as arguments (the test suite's, in
# tests/programs/bench/strings.args).
main(*[int(arg) for arg in sys.argv[1:]] or [80_000])
