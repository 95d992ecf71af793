# Tracebacks in log records, errors while emitting, and warnings captured by logging.
import logging
import sys
import warnings


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


class Stdout:
    """Writes to stdout with this file's path (which depends on the checkout) hidden."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<prog>"))

    def flush(self):
        pass


out = logging.StreamHandler(Stdout())
out.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
log = logging.getLogger("jobs")
log.addHandler(out)
log.propagate = False


def check(text):
    if not text.isdigit():
        raise ValueError("not digits: " + text)


def job(text):
    try:
        check(text)
        return int(text)
    except ValueError:
        log.exception("job %r failed", text)
        return None


print(job("12"), job("twelve"))
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError:
    log.error("chained", exc_info=True)
log.warning("no exception", exc_info=True)
log.critical("explicit", exc_info=(None, None, None))
collect = Collect()
log.addHandler(collect)
try:
    raise OSError(2, "No such file or directory")
except OSError as e:
    log.error("from %s", "collector", exc_info=e)
record = collect.records[-1]
print(record.exc_info[0].__name__, record.exc_text.splitlines()[-1], record.getMessage())
print(record.levelname, record.args)
log.removeHandler(collect)

logging.captureWarnings(True)
captured = logging.getLogger("py.warnings")
captured.addHandler(collect)
warnings.warn("routed to logging")
message = collect.records[-1].getMessage()
print(collect.records[-1].name, "UserWarning: routed to logging\n" in message)
logging.captureWarnings(False)
with warnings.catch_warnings(record=True) as w:
    warnings.warn("back to warnings")
print(len(w), str(w[0].message))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    log.warn("the deprecated spelling still logs")
    logging.warn("and at module level")
for m in w:
    print(m.category.__name__, m.message)

broken = logging.getLogger("broken")
broken.addHandler(out)
broken.propagate = False
broken.error("%d items", "not a number")
print("handleError went to stderr; logging carries on")
log.info("below warning: dropped")
log.setLevel(logging.INFO)
log.info("now %s", "kept")
print(logging.getLogger("jobs").isEnabledFor(logging.DEBUG), log.getEffectiveLevel())
log.error("exc_info of a raised exception", exc_info=ZeroDivisionError("div"))
logging.getLogger().error("%s", "to stderr")
