# time: clocks (checked for type and order only), struct_time from gmtime, strftime,
# asctime, mktime round trips and the errors of bad arguments.
import time

t0 = time.time()
n0 = time.time_ns()
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.01)
time.sleep(0)
print(type(t0).__name__, type(n0).__name__, type(time.perf_counter_ns()).__name__,
      type(time.monotonic_ns()).__name__, type(time.process_time_ns()).__name__)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0,
      time.process_time() >= c0, abs(n0 / 1e9 - t0) < 5)

t = time.gmtime(1_000_000_000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[1:3], len(t), tuple(t), list(t)[:2], t.tm_zone, t.tm_gmtoff)
print(isinstance(t, tuple), type(t).__name__, type(t).__module__, t == tuple(t), hash(t) == hash(tuple(t)))
year, month, *rest = t
print(year, month, rest)
print(t.n_sequence_fields, t.n_fields, time.struct_time.__match_args__[:3])
match t:
    case time.struct_time(tm_year=2001, tm_mon=month):
        print("matched month", month)

for when in [0, -1, 1.99, -1.5, 86400 * 366, 2**31, 951782400]:
    g = time.gmtime(when)
    print(when, tuple(g), time.asctime(g))
print(time.gmtime(None) >= time.gmtime(0), type(time.localtime()).__name__, type(time.ctime()).__name__)

formats = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%j %U %W %w %y", "%I %p %%", "%d/%m/%Y", "%H%M", "", "plain"]
for f in formats:
    print(repr(time.strftime(f, t)))
print(time.strftime("%Y-%m-%d", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
print(time.strftime("%Y %m %d %j", (1999, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((2024, 7, 4, 9, 5, 3, 3, 186, 0)), time.asctime((33, 1, 9, 0, 0, 0, 0, 1, 0)))

local = time.localtime(1_234_567_890)
print(time.mktime(local), type(time.mktime(local)).__name__)
print(time.localtime(time.mktime(local)) == local)
print(time.ctime(1_234_567_890) == time.asctime(time.localtime(1_234_567_890)))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1),
      type(time.tzname).__name__, len(time.tzname))

bad_calls = [
    lambda: time.sleep(-1),
    lambda: time.sleep("1"),
    lambda: time.sleep(None),
    lambda: time.sleep(float("nan")),
    lambda: time.gmtime("x"),
    lambda: time.gmtime(float("nan")),
    lambda: time.gmtime(1e20),
    lambda: time.strftime(1),
    lambda: time.strftime("%Y", (1, 2)),
    lambda: time.strftime("%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0]),
    lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -2, 1, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0)),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0.5, 0, 1, 0)),
    lambda: time.asctime((2020, 0, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.asctime("x"),
    lambda: time.mktime((1, 2, 3)),
    lambda: time.mktime(5),
    lambda: time.time(1),
    lambda: time.sleep(),
    lambda: time.gmtime(1, 2),
    lambda: time.strftime(),
    lambda: time.mktime(),
]
for call in bad_calls:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

time.sleep(-0.5)
