#!/usr/bin/env python3
"""Random differential testing of closc against python3 (CPython 3.11).

    python3 tests/fuzz/run.py                        # 200 random programs from a fresh seed
    python3 tests/fuzz/run.py --seed 7 --count 10000 # a campaign: seeds 7 .. 10006
    python3 tests/fuzz/run.py --mutate --count 10000 # mutated programs: no panic, crash or hang

Differential mode generates one program per seed (tests/fuzz/gen.py), runs it under
python3, compiles it with closc, runs the executable and compares stdout, the exit status
and the last line of stderr. Mutation mode inserts, deletes and splices tokens of generated
programs: closc must then refuse the input with a diagnostic (exit 1), or compile it into an
executable that exits normally; a panic, a signal or a hang of either is a failure.

Each failure is saved under tests/fuzz/mismatches/<mode>-<seed>/ with the program and both
outputs; the exit status is 1 when there was any. `--closc` defaults to target/release/closc.
"""

import argparse
import collections
import concurrent.futures
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUN_TIMEOUT = 10
BUILD_TIMEOUT = 60


class Outcome:
    def __init__(self, stdout, exit, stderr):
        self.stdout = stdout
        self.exit = exit
        self.stderr = stderr

    @property
    def last_line(self):
        lines = self.stderr.splitlines()
        return lines[-1] if lines else ""

    def describe(self):
        return f"exit: {self.exit}\nstderr: {self.last_line}\n--- stdout\n{self.stdout}"


def run(command, cwd, timeout):
    """The program's outcome, or None if it timed out."""
    try:
        p = subprocess.run(command, cwd=cwd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return Outcome(
        p.stdout.decode("utf-8", "replace"), p.returncode, p.stderr.decode("utf-8", "replace")
    )


def build(closc, source, workdir):
    """closc's outcome when compiling `source`, and the executable's path."""
    path = os.path.join(workdir, "prog.py")
    with open(path, "w") as f:
        f.write(source)
    exe = os.path.join(workdir, "prog")
    return run([closc, "build", path, "-o", exe], workdir, BUILD_TIMEOUT), path, exe


def crashed(outcome):
    """A description of how a process failed badly (panic, signal), or None."""
    if outcome.exit < 0:
        return f"killed by signal {-outcome.exit}"
    if "panicked at" in outcome.stderr or "RUST_BACKTRACE" in outcome.stderr:
        return "panicked"
    return None


def differential(closc, seed):
    """None if closc agrees with python3 on program `seed`, else (source, report)."""
    source = gen.generate(seed)
    with tempfile.TemporaryDirectory(prefix="closc-fuzz-") as workdir:
        built, path, exe = build(closc, source, workdir)
        expected = run([sys.executable, path], workdir, RUN_TIMEOUT)
        if expected is None:
            return source, "python3 timed out: the generator must make terminating programs"
        if built is None:
            return source, "closc build timed out"
        if built.exit != 0:
            return source, f"closc build failed (exit {built.exit}):\n{built.stderr}"
        got = run([exe], workdir, RUN_TIMEOUT)
        if got is None:
            return source, "the executable timed out"
        if (got.stdout, got.exit, got.last_line) != (expected.stdout, expected.exit, expected.last_line):
            return source, (
                "--- python3\n" + expected.describe() + "\n--- closc\n" + got.describe()
            )
    return None


# Tokens inserted by mutation: keywords, operators and brackets that change a program's
# structure rather than only its values.
INSERTED = [
    "def", "class", "lambda", "yield", "return", "nonlocal", "global", "if", "else", "elif",
    "for", "while", "in", "not", "and", "or", "is", "try", "except", "finally", "with", "as",
    "match", "case", "del", "pass", "break", "continue", "raise", "from", "import", "async",
    "await", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+=", "-", "*", "**",
    "/", "//", "%", "@", "->", ":=", "...", "\n", "\n    ", "0", "1.5", "'s'", "f'{x}'", "x",
    "self", "None", "*args", "**kw", "__init__", "super()", "print", "\\",
]


OPERATORS = ["+", "-", "*", "/", "//", "%", "**", "<", ">", "==", "!=", "<=", ">=", "&", "|", "^", "<<", ">>", "=", "+=", ":", ","]


def tokens_of(source):
    """(type, start offset, end offset) of each token of `source`, or None if it does not
    tokenize."""
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    spans = []
    for t in toks:
        if t.type in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT):
            continue
        (r0, c0), (r1, c1) = t.start, t.end
        if r0 - 1 < len(starts) and r1 - 1 < len(starts):
            spans.append((t.type, starts[r0 - 1] + c0, starts[r1 - 1] + c1))
    return spans


def mutate(seed):
    """A generated program with one to three mutations: tokens inserted, deleted, replaced
    by others of their kind or spliced from another program, lines deleted, duplicated or
    swapped. Replacements and line moves often keep the program valid, so they reach the
    passes after parsing."""
    r = random.Random(seed)
    source = gen.generate(seed)
    donor = gen.generate(seed + 1_000_003)
    for _ in range(r.randint(1, 3)):
        spans = tokens_of(source)
        if not spans:
            break
        _, start, end = r.choice(spans)
        kind = r.randint(0, 8)
        if kind == 0:
            source = source[:start] + " " + r.choice(INSERTED) + " " + source[start:]
        elif kind == 1:
            source = source[:start] + source[end:]
        elif kind == 2:
            donor_spans = tokens_of(donor) or [(0, 0, 0)]
            a, b = sorted(r.sample(donor_spans, 2) if len(donor_spans) > 1 else donor_spans * 2)
            source = source[:start] + donor[a[1]:b[2]] + source[end:]
        elif kind == 3:
            end2 = r.choice(spans)[2]
            if end2 > start:
                source = source[:start] + source[end2:]
        elif kind in (4, 5):
            wanted = tokenize.NAME if kind == 4 else tokenize.OP
            same = [sp for sp in spans if sp[0] == wanted]
            if same:
                _, start, end = r.choice(same)
                names = [source[a:b] for t, a, b in spans if t == tokenize.NAME]
                new = r.choice(names) if kind == 4 else r.choice(OPERATORS)
                source = source[:start] + new + source[end:]
        else:
            lines = source.splitlines(keepends=True)
            i = r.randrange(len(lines))
            if kind == 6:
                del lines[i]
            elif kind == 7:
                lines.insert(i, lines[i])
            elif i + 1 < len(lines):
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
            source = "".join(lines)
    return source


def mutation(closc, seed):
    """How closc handled mutated program `seed` ("refused", "ran", ... "endless"), or
    (source, report) if it did not handle it gracefully."""
    source = mutate(seed)
    with tempfile.TemporaryDirectory(prefix="closc-mutate-") as workdir:
        built, _, exe = build(closc, source, workdir)
        if built is None:
            return source, "closc build hung"
        problem = crashed(built)
        if problem:
            return source, f"closc build {problem}:\n{built.stderr}"
        if built.exit not in (0, 1):
            return source, f"closc build exited {built.exit}:\n{built.stderr}"
        if built.exit == 1:
            if "error" not in built.stderr:
                return source, f"closc build failed without a diagnostic:\n{built.stderr}"
            return "refused"
        got = run([exe], workdir, RUN_TIMEOUT)
        if got is None:
            # A mutation can make a loop endless; that is a failure only if CPython ends.
            expected = run([sys.executable, "prog.py"], workdir, RUN_TIMEOUT)
            return "endless" if expected is None else (source, "the executable hung; python3 did not")
        problem = crashed(got)
        if problem:
            return source, f"the executable {problem}:\n{got.stderr}"
        # Not a failure here, but worth a look: a valid program closc gets wrong.
        expected = run([sys.executable, "prog.py"], workdir, RUN_TIMEOUT)
        if expected and (got.stdout, got.exit, got.last_line) != (expected.stdout, expected.exit, expected.last_line):
            return "ran, differs from python3"
    return "ran"


def save(directory, mode, seed, source, report):
    folder = os.path.join(directory, f"{mode}-{seed}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "prog.py"), "w") as f:
        f.write(source)
    with open(os.path.join(folder, "report.txt"), "w") as f:
        f.write(f"seed {seed} ({mode})\n{report}\n")
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, help="first seed (default: a fresh one)")
    parser.add_argument("--count", type=int, default=200, help="programs to try")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--closc", default=os.path.join(ROOT, "target", "release", "closc"))
    parser.add_argument("--mutate", action="store_true", help="mutation mode")
    parser.add_argument("--out", default=os.path.join(ROOT, "tests", "fuzz", "mismatches"))
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"run.py: python3 is {sys.version_info[0]}.{sys.version_info[1]}; CPython 3.11 is the oracle")
    if shutil.which(args.closc) is None and not os.path.exists(args.closc):
        sys.exit(f"run.py: no closc at {args.closc}: build it with cargo build --release")
    first = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "little")
    mode, check = ("mutate", mutation) if args.mutate else ("diff", differential)
    print(f"{mode}: seeds {first} .. {first + args.count - 1}", flush=True)
    started = time.time()
    failures = []
    outcomes = collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(check, args.closc, seed): seed for seed in range(first, first + args.count)}
        for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
            seed = futures[future]
            result = future.result()
            if isinstance(result, str):
                outcomes[result] += 1
            elif result is not None:
                folder = save(args.out, mode, seed, *result)
                failures.append(seed)
                print(f"FAIL seed {seed}: {result[1].splitlines()[0]} ({folder})", flush=True)
            if done % 500 == 0:
                print(f"... {done} done, {len(failures)} failed", flush=True)
    elapsed = time.time() - started
    print(f"{mode}: {args.count - len(failures)} of {args.count} passed in {elapsed:.0f} s "
          f"(seeds {first} .. {first + args.count - 1})")
    if outcomes:
        print(", ".join(f"{n} {what}" for what, n in sorted(outcomes.items())))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
