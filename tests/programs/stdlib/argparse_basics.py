import argparse
import sys

p = argparse.ArgumentParser(prog="tool", description="Process some files and numbers in a way that needs a long description to wrap around the line.", epilog="See the manual.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=1, help="how many times")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", "--quiet", action="store_true", help="say nothing")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed: %(choices)s")
p.add_argument("-I", "--include", action="append", metavar="DIR", help="add a directory")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--nums", nargs="+", type=float)
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
print(p.parse_args(["a.txt"]))
print(p.parse_args(["a.txt", "b.txt", "-n", "3", "-vvv", "-q", "--no-color", "--mode", "slow"]))
print(p.parse_args(["-I", "x", "--include=y", "-Iz", "a", "--pair", "k", "v", "--nums", "1", "2.5"]))
print(p.parse_args(["--cou", "7", "--const", "--", "-a"]))
ns, rest = p.parse_known_args(["a", "b", "c", "--zzz"])
print(ns, rest)
print(argparse.Namespace(a=1, b="x") == argparse.Namespace(a=1, b="x"), "a" in ns, "src" in ns)
print(p.format_usage(), end="")
p.print_help()
g = argparse.ArgumentParser(prog="g")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--on", action="store_true")
mx.add_argument("--off", action="store_true")
print(g.parse_args(["--on"]))
print(g.format_usage(), end="")
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", help="sub-command help")
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
pu = sp.add_parser("push", help="send", aliases=["ps"])
pu.add_argument("remote", nargs="*")
print(sub.parse_args(["commit", "-m", "hi"]))
print(sub.parse_args(["push", "origin", "main"]))
print(sub.parse_args(["ps"]))
sub.print_help()
c.print_help()
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--x", type=int)
for bad in [["--x", "q"], ["--x"]]:
    try:
        e.parse_args(bad)
    except argparse.ArgumentError as err:
        print("ArgumentError:", err)
for args in [["a", "-n", "x"], ["a", "--mode", "medium"], ["--pair", "1"], ["a", "--bogus"]]:
    try:
        p.parse_args(args)
    except SystemExit as ex:
        print("exit", ex.code)
try:
    g.parse_args(["--on", "--off"])
except SystemExit as ex:
    print("exit", ex.code)
try:
    p.parse_args(["--version"])
except SystemExit as ex:
    print("exit", ex.code)
try:
    p.parse_args(["-h"])
except SystemExit as ex:
    print("exit", ex.code)
p.parse_args([])
