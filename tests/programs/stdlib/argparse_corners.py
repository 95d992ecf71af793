import argparse, sys
p = argparse.ArgumentParser(prog="x", usage="%(prog)s [opts] files", prefix_chars="-+")
p.add_argument("+v", action="store_true", help=argparse.SUPPRESS)
p.add_argument("--opt", type=int, nargs="?", const=5, default=1, help="a long help text " * 8)
p.add_argument("files", metavar="FILE", nargs="+", help="files to read")
p.add_argument("--ext", action="extend", nargs="+", type=str)
p.add_argument("--ac", action="append_const", const="c", dest="consts")
print(p.parse_args(["a", "+v", "--opt", "--ext", "q", "r", "--ext", "s", "--ac", "--ac"]))
print(p.parse_args(["--opt=9", "b", "c"]))
print(p.parse_args(["b", "--opt", "4", "c"]))
p.print_help()
class NS: pass
ns = NS()
p.parse_args(["z"], namespace=ns)
print(ns.files, ns.opt)
q = argparse.ArgumentParser(prog="q")
q.add_argument("-x", type=int, choices=range(3))
q.add_argument("rest", nargs="*", default=["d"])
q.add_argument("-a", action="store_true"); q.add_argument("-b", action="store_true"); q.add_argument("-c")
print(q.parse_args(["-abcval"]), q.parse_args(["-x1", "-ac", "v", "m", "n"]))
print(q.parse_args([]))
q.print_usage()
try:
    q.parse_args(["-x", "5"])
except SystemExit as e:
    print(e.code)
try:
    q.parse_args(["-ab=3"])
except SystemExit as e:
    print(e.code)
print(repr(q)[:60])
a = q._actions[1]
print(a)
r = argparse.ArgumentParser(prog="r", allow_abbrev=False)
r.add_argument("--long")
print(r.parse_known_args(["--lo", "1", "--long", "2", "-5"]))
sub = argparse.ArgumentParser(prog="s")
sp = sub.add_subparsers()
sp.add_parser("a").add_argument("--q", default=0)
print(sub.parse_args(["a", "--q", "1"]), sub.parse_args([]))
sub.print_help()
try:
    sub.parse_args(["b"])
except SystemExit as e:
    print(e.code)
