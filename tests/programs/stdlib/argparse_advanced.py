# Subcommands, groups, parents, formatters and the errors argparse reports.
import argparse
import sys


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)


common = argparse.ArgumentParser(add_help=False)
common.add_argument("--debug", action="store_true", help="debug output")
tool = argparse.ArgumentParser(prog="tool", parents=[common],
                               formatter_class=argparse.ArgumentDefaultsHelpFormatter)
tool.add_argument("--level", type=positive, default=3, help="the level")
tool.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True,
                  help="toggle")
tool.add_argument("files", nargs="*", help="input files")
run(tool, ["--debug", "a", "b", "--level", "5"])
run(tool, ["--no-flag", "--level=0"])
run(tool, ["--lev", "2", "--fl"])
tool.print_help()

sub = argparse.ArgumentParser(prog="vcs", description="A version control tool.")
subs = sub.add_subparsers(title="commands", dest="command", required=True,
                          metavar="COMMAND")
clone = subs.add_parser("clone", help="copy a repository")
clone.add_argument("url")
clone.add_argument("--depth", type=int)
clone.set_defaults(handler="do_clone")
log = subs.add_parser("log", help="show history")
log.add_argument("-n", type=int, default=10)
log.add_argument("rest", nargs=argparse.REMAINDER)
run(sub, ["clone", "http://x", "--depth", "1"])
run(sub, ["log", "-n", "3", "a", "--b", "c"])
sub.print_help()
run(sub, ["push"])
run(sub, [])

grp = argparse.ArgumentParser(prog="grp")
need = grp.add_mutually_exclusive_group(required=True)
need.add_argument("--json", action="store_true")
need.add_argument("--yaml", action="store_true")
need.add_argument("--toml", action="store_true", help=argparse.SUPPRESS)
section = grp.add_argument_group("output", "Where the results go.")
section.add_argument("-o", "--output", default="-", help="file, or - for stdout")
grp.add_argument("-x", type=float, default=0.5)
grp.add_argument("coords", nargs=2, type=int, metavar="N")
print(grp.format_usage(), end="")
grp.print_help()
run(grp, ["--json", "1", "2", "-x", "-1.5"])
run(grp, ["1", "2"])
run(grp, ["--json", "--yaml", "1", "2"])
run(grp, ["--json", "1"])
run(grp, ["--json", "1", "2", "-x"])
run(grp, ["--json", "1", "two"])

raw = argparse.ArgumentParser(
    prog="a-program-with-a-rather-long-name-that-takes-space",
    formatter_class=argparse.RawDescriptionHelpFormatter,
    description="Line one\n  indented line two\n\nparagraph",
)
for name in ["alpha", "beta", "gamma", "delta", "epsilon"]:
    raw.add_argument("--" + name + "-option", metavar=name.upper() + "_VALUE")
raw.add_argument("target")
raw.print_help()

amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--verbose", action="store_true")
amb.add_argument("--version-file")
amb.add_argument("-1", dest="one", action="store_true")
run(amb, ["--ver"])
run(amb, ["-1"])
try:
    amb.add_argument("--verbose")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    amb.add_argument("bad", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    amb.add_argument("--x", action="store", nargs=0)
except ValueError as e:
    print("ValueError:", e)
print(repr(argparse.Namespace(a=1, b=[2])), argparse.Namespace() == 1)
print(tool.get_default("level"), vars(argparse.Namespace(q=1)))
final = argparse.ArgumentParser(prog="final")
final.add_argument("name")
final.add_argument("--size", required=True)
final.parse_args([])
