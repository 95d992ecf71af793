# Checks exact messages of %-formatting, str.format and format-spec errors, and corner-case format outputs.
tests = [
    lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%d" % "x", lambda: "%f" % "x",
    lambda: "%(a)s" % {"b": 1}, lambda: "%z" % 1, lambda: "%c" % "ab", lambda: "%x" % 1.5,
    lambda: "{} {}".format(1), lambda: "{1}".format(1), lambda: "{a}".format(b=1), lambda: "{".format(),
    lambda: "}".format(), lambda: "{0} {}".format(1, 2), lambda: "{:d}".format(1.5), lambda: "{:f}".format("s"),
    lambda: "{:x}".format(1.0), lambda: "{:,s}".format("a"), lambda: "{:=5}".format("a"), lambda: "{:+}".format("a"),
    lambda: "{:abc}".format(1), lambda: "{:.2d}".format(5), lambda: "{!x}".format(1), lambda: format(1, "q"),
    lambda: format("a", "d"), lambda: format([], "x"), lambda: format([], ""), lambda: "{0[5]}".format([1]),
    lambda: "{0.nope}".format(1), lambda: "{:c}".format(-1), lambda: "%.*f" % (2,), lambda: "%(a)d %d" % {"a": 1},
    lambda: "%s" % (), lambda: "%" % (), lambda: "{:05s}".format("ab"), lambda: "{:<05}".format(3),
    lambda: "{:#}".format(3.0), lambda: "{:_x}".format(123456), lambda: "{:,x}".format(1), lambda: "{:%}".format(1),
    lambda: "{:.0%}".format(0.125), lambda: "{:g}".format(10**20), lambda: "{:.3e}".format(10**20), lambda: "{:.1f}".format(2**70),
    lambda: "{:^+08.2f}".format(3.14159), lambda: "%-+08.2f|" % 3.14159, lambda: "%#.3g" % 1, lambda: "%.3g" % 100000,
    lambda: "% 05d" % 42, lambda: "%o" % -8, lambda: "%d" % 2.9, lambda: "%d" % True, lambda: "%r" % 1.0,
    lambda: "%5r" % "a", lambda: "%i" % -0.5, lambda: "%x" % True, lambda: f"{1:{'>'}5}", lambda: f"{'abc':.{2}}",
    lambda: f"{3.0:.0e}", lambda: f"{1e-5:.3}", lambda: f"{123456:.2}",
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
