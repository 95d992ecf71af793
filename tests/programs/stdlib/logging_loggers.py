import logging
import sys

logging.warning("plain %s", "warning")
logging.info("not shown")
print(logging.getLogger() is logging.root, logging.root)
log = logging.getLogger("app.db")
print(log, log.parent, log.getEffectiveLevel())
app = logging.getLogger("app")
print(log.parent is app, app.parent is logging.root)
class Stdout:
    """Writes to stdout with this file's path (which depends on the checkout) hidden."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<prog>"))


h = logging.StreamHandler(Stdout())
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s|%(levelno)d"))
app.addHandler(h)
app.setLevel(logging.DEBUG)
log.debug("debug %d items", 3)
log.info("dict %(a)s", {"a": 1})
app.propagate = False
log.error("no root")
print(logging.NullHandler(), logging.Handler(logging.INFO))
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33))
logging.addLevelName(33, "NOTICE")
log.log(33, "notice!")
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(e)
try:
    log.log("x", "y")
except TypeError as e:
    print(e)
f2 = logging.Formatter("{levelname:<8}{name}: {message}", style="{")
h.setFormatter(f2)
log.warning("brace")
h.setFormatter(logging.Formatter("$levelname ${name} $message", style="$"))
log.warning("dollar")
for bad in [("%(message)", "%"), ("{}", "{"), ("$", "$"), ("x", "%")]:
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print(e)
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print(e)
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
h.addFilter(OnlyOdd())
h.setFormatter(logging.Formatter("%(message)s"))
for i in range(4):
    log.warning("n=%d", i)
h.filters.clear()
h.addFilter(lambda r: "secret" not in r.msg)
log.warning("secret")
log.warning("public")
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    log.exception("failed")
log.error("with exc", exc_info=ValueError("v"))
logging.disable(logging.ERROR)
log.error("disabled")
log.critical("crit passes")
logging.disable(logging.NOTSET)
adapter = logging.LoggerAdapter(log, {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.warning("adapted")
print(adapter)
try:
    log.warning("x", extra={"msg": 1})
except KeyError as e:
    print(e)
r = logging.makeLogRecord({"msg": "hi %s", "args": ("there",)})
print(r.getMessage(), r.levelno, r.name)
rec = logging.LogRecord("n", 20, "/a/b/mod.py", 7, "m %s", ("z",), None)
print(rec, rec.filename, rec.module, rec.levelname)
print(logging.Filter("app").filter(rec), logging.Filter("n").filter(rec))
print(logging.getLogger("app.db.x").parent.name)
mid = logging.getLogger("a.b.c")
top = logging.getLogger("a")
print(mid.parent is top)
midb = logging.getLogger("a.b")
print(mid.parent is midb, midb.parent is top)
print(log.getChild("q").name, log.hasHandlers(), logging.getLogger("zzz").hasHandlers())
logging.getLogger("other").warning("to last resort")
sys.stdout.flush()
logging.getLogger("other").critical("last %s", "line")
