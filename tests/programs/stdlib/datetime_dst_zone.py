# A user tzinfo with daylight saving time (US rules since 2007), folds in the repeated
# hour, and conversions through tzinfo.fromutc's default algorithm.
from datetime import datetime, timedelta, timezone, tzinfo

ZERO = timedelta(0)
HOUR = timedelta(hours=1)


def first_sunday_on_or_after(day):
    return day + timedelta(days=(6 - day.weekday()) % 7)


class Eastern(tzinfo):
    """US Eastern time; uses the default tzinfo.fromutc."""

    def __repr__(self):
        return "Eastern"

    def _dst_bounds(self, year):
        start = first_sunday_on_or_after(datetime(year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(year, 11, 1, 2))
        return start, end

    def dst(self, when):
        if when is None or when.tzinfo is None:
            return ZERO
        start, end = self._dst_bounds(when.year)
        naive = when.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            # The repeated hour: the first pass (fold=0) is still daylight time.
            return ZERO if when.fold else HOUR
        if start <= naive < start + HOUR:
            # The skipped hour.
            return HOUR if when.fold else ZERO
        return ZERO

    def utcoffset(self, when):
        return timedelta(hours=-5) + self.dst(when)

    def tzname(self, when):
        return "EDT" if self.dst(when) else "EST"


class EasternWithFold(Eastern):
    """The same zone, whose fromutc sets fold in the repeated hour."""

    def __repr__(self):
        return "EasternWithFold"

    def fromutc(self, when):
        assert when.tzinfo is self
        start, end = self._dst_bounds(when.year)
        start = start.replace(tzinfo=self)
        end = end.replace(tzinfo=self)
        standard = when + timedelta(hours=-5)
        daylight = standard + HOUR
        if end <= daylight < end + HOUR:
            return standard.replace(fold=1)
        if standard < start or daylight >= end:
            return standard
        return daylight


for zone in (Eastern(), EasternWithFold()):
    print(zone)
    moment = datetime(2021, 11, 7, 4, tzinfo=timezone.utc)
    for step in range(5):
        local = moment.astimezone(zone)
        print(" ", moment.time(), "UTC =", local, local.tzname(), local.fold, local.dst(),
              local.astimezone(timezone.utc).time())
        moment += timedelta(minutes=30)
    moment = datetime(2021, 3, 14, 6, 30, tzinfo=timezone.utc)
    for step in range(3):
        local = moment.astimezone(zone)
        print(" ", moment.time(), "UTC =", local, local.tzname(), local.fold, local.utcoffset())
        moment += timedelta(minutes=30)

eastern = EasternWithFold()
first = datetime(2021, 11, 7, 1, 30, tzinfo=eastern)
second = first.replace(fold=1)
print(first, second, first.utcoffset(), second.utcoffset(), first.tzname(), second.tzname())
print(first == second, first < second, second - first, first.astimezone(timezone.utc), second.astimezone(timezone.utc))
print(datetime(2021, 7, 4, 12, tzinfo=eastern).strftime("%Y-%m-%d %H:%M %Z %z"), datetime(2021, 12, 25, tzinfo=eastern).isoformat())
print(datetime(2021, 7, 4, 12, tzinfo=eastern).dst(), datetime(2021, 12, 25, tzinfo=eastern).dst())
print(sorted([datetime(2021, 7, 4, 12, tzinfo=eastern), datetime(2021, 7, 4, 15, tzinfo=timezone.utc),
              datetime(2021, 7, 4, 17, tzinfo=timezone(timedelta(hours=1)))]))

# PEP 495: a time in the repeated hour equals no time of another zone, and hashes as its
# first pass.
utc_equivalent = first.astimezone(timezone.utc)
print(first == utc_equivalent, first != utc_equivalent, second == second.astimezone(timezone.utc),
      first < utc_equivalent + timedelta(seconds=1), hash(second) == hash(first),
      datetime(2021, 7, 4, 12, tzinfo=eastern) == datetime(2021, 7, 4, 16, tzinfo=timezone.utc))
