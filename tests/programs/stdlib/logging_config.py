# basicConfig and the module-level functions, with the root logger writing to stdout.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-8s %(name)s: %(message)s")
logging.info("configured")
logging.debug("hidden")
logging.basicConfig(level=logging.DEBUG)  # ignored: the root logger has a handler
logging.debug("still hidden")
print(len(logging.root.handlers), logging.root.level)

logging.basicConfig(stream=sys.stdout, force=True, style="{",
                    format="[{levelname}] {message} ({levelno})")
logging.warning("brace style %s", "args")
logging.basicConfig(stream=sys.stdout, force=True, style="$",
                    format="$levelname/${name}/$message")
logging.error("dollar")
logging.log(logging.CRITICAL, "via log")
logging.getLogger("svc").info("below root level")
logging.root.setLevel("DEBUG")
logging.getLogger("svc").debug("now shown")

for kwargs in [
    {"stream": sys.stdout, "filename": "x.log", "force": True},
    {"stream": sys.stdout, "handlers": [], "force": True},
    {"style": "%%", "force": True},
    {"force": True, "colour": 1, "shape": 2},
]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)

logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], force=True,
                    format="%(message)s!")
logging.warning("from handlers")

h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.ERROR)
h.setFormatter(logging.Formatter("H: %(message)s"))
lib = logging.getLogger("lib")
lib.addHandler(h)
lib.warning("root only")
lib.error("both")
lib.removeHandler(h)
lib.error("root again")

class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

h.setFormatter(Upper("%(name)s %(message)s"))
h.setLevel(logging.NOTSET)
lib.propagate = False
lib.addHandler(h)
lib.info("custom formatter")
defaults = logging.Formatter("%(message)s [%(tag)s]", defaults={"tag": "none"})
h.setFormatter(defaults)
lib.info("with default")
lib.info("with extra", extra={"tag": "given"})
h.setFormatter(logging.Formatter("%(missing)s"))
try:
    defaults.format(logging.makeLogRecord({"msg": "m"}))
    logging.Formatter("%(missing)s").format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError:", e)
print(logging.getLevelNamesMapping()["WARN"], logging.WARN, logging.FATAL)
logging.shutdown()
logging.getLogger("unconfigured").propagate = False
logging.getLogger("unconfigured").error("goes to stderr through lastResort")
logging.basicConfig(force=True, stream=sys.stdout, level="NOISY")
