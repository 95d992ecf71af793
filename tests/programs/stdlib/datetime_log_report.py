# A small report over a work log: parsing timestamps, durations, weekdays, time zones,
# statistics of the durations and a calendar of the busy days.
import calendar
import statistics
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction

LOG = """\
2024-03-04 09:12:00 +0100 start build
2024-03-04 09:47:30 +0100 stop build
2024-03-05T14:00:00Z start review
2024-03-05T15:30:15Z stop review
2024-03-08 22:45:00 -0500 start deploy
2024-03-09 01:05:00 -0500 stop deploy
2024-03-12 08:00:00 +0530 start build
2024-03-12 08:20:00 +0530 stop build
2024-03-31 23:59:59 +0000 start audit
2024-04-01 00:30:00 +0000 stop audit
"""


def parse_moment(text):
    if "T" in text:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")


open_tasks = {}
durations = defaultdict(list)
busy_days = Counter()
for line in LOG.splitlines():
    if "T" in line.split()[0]:
        stamp, action, task = line.split()
    else:
        day, clock, offset, action, task = line.split()
        stamp = f"{day} {clock} {offset}"
    moment = parse_moment(stamp)
    if action == "start":
        open_tasks[task] = moment
        continue
    began = open_tasks.pop(task)
    spent = moment - began
    durations[task].append(spent)
    busy_days[began.astimezone(timezone.utc).date()] += 1
    print(f"{task:7} {began.isoformat()} -> {moment.astimezone(began.tzinfo):%H:%M:%S} "
          f"({spent}, {spent.total_seconds() / 60:.1f} min) on {began:%A}")

total = sum((d for spans in durations.values() for d in spans), timedelta())
print("total", total, "average", total / sum(len(spans) for spans in durations.values()))
for task, spans in sorted(durations.items()):
    minutes = [span / timedelta(minutes=1) for span in spans]
    share = Fraction(sum(spans, timedelta()) // timedelta(seconds=1), total // timedelta(seconds=1))
    print(task, len(spans), statistics.mean(minutes), share, f"{float(share):.1%}")
print(statistics.median(s.total_seconds() for spans in durations.values() for s in spans))
print(sorted(busy_days.items()))
weekdays = Counter(calendar.day_name[d.weekday()] for d in busy_days)
print(weekdays.most_common())
first = min(busy_days)
print(calendar.month(first.year, first.month), end="")
deadline = date(2024, 3, 29)
print((deadline - first).days, "days from the first task to the deadline;",
      sum(1 for n in range((deadline - first).days + 1) if (first + timedelta(n)).weekday() < 5), "working days")
