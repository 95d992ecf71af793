# warnings: filters, catch_warnings recording, showwarning/formatwarning replacements,
# and a warning turned into an uncaught exception.
import warnings


class AppWarning(UserWarning):
    pass


def show(w):
    for m in w:
        print(m.category.__name__, str(m.message), type(m.message).__name__)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("custom", AppWarning)
    warnings.warn(AppWarning("an instance"))
    warnings.warn("deprecated", DeprecationWarning)
    warnings.warn("bytes", BytesWarning, stacklevel=2)
    show(w)
    print(len(w), w[0].category is UserWarning, isinstance(w[2].message, AppWarning))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    warnings.warn("other")
    show(w)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("ignore", category=AppWarning)
    warnings.filterwarnings("error", message=".*fatal$")
    warnings.warn("Noisy message ignored")
    warnings.warn("quiet message kept")
    warnings.warn("app ignored", AppWarning)
    try:
        warnings.warn("this is FATAL")
    except UserWarning as e:
        print("raised:", repr(e))
    warnings.warn("fatal but not at the end")
    show(w)

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("once")
    warnings.warn("once only")
    warnings.warn("once only")
    warnings.warn("once only", AppWarning)
    show(w)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", RuntimeWarning, append=True)
    warnings.warn("ignored: the first filter wins", RuntimeWarning)
    show(w)
print(w == [])

with warnings.catch_warnings(action="error", category=AppWarning):
    try:
        warnings.warn("strict", AppWarning)
    except AppWarning as e:
        print("AppWarning raised:", e)


def my_show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message)


saved = warnings.showwarning
warnings.showwarning = my_show
warnings.simplefilter("always")
warnings.warn("through my_show")
warnings.showwarning = saved
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  x = 1  "), end="")
print(warnings.formatwarning("msg", FutureWarning, "f.py", 3), end="")
m = warnings.WarningMessage(UserWarning("u"), UserWarning, "f.py", 9)
print(m)
print(warnings.catch_warnings(record=True), warnings.catch_warnings())

for bad in [("loud",), ("ignore", Warning, -1)]:
    try:
        warnings.simplefilter(*bad)
    except AssertionError as e:
        print("AssertionError:", e)
for bad in [{"category": 3}, {"category": int}, {"message": 1}, {"module": None}]:
    try:
        warnings.filterwarnings("ignore", **bad)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
warnings.filterwarnings("error", category=AppWarning)
warnings.warn("the end", AppWarning)
