# datetime and time: fields, reprs, ISO text, arithmetic, comparisons and time zones.
from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dt_module


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


moments = [
    datetime(2020, 1, 1),
    datetime(2020, 1, 1, 12, 30),
    datetime(2020, 1, 1, 12, 30, 15),
    datetime(2020, 1, 1, 12, 30, 0, 5),
    datetime(2020, 6, 15, 8, 5, 9, 120000, tzinfo=timezone.utc),
    datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-5), "EST")),
    datetime(2021, 3, 28, 1, 30, fold=1),
    datetime(2000, 2, 29, 0, 0, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))),
]
for moment in moments:
    print(repr(moment))
    print(" ", str(moment), moment.isoformat(), moment.isoformat(" ", "milliseconds"), moment.ctime())
    print(" ", moment.date(), repr(moment.time()), repr(moment.timetz()), moment.utcoffset(),
          moment.dst(), moment.tzname(), moment.weekday(), moment.isocalendar())
    assert datetime.fromisoformat(moment.isoformat()) == moment

clocks = [time(), time(12, 30), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999),
          time(7, tzinfo=timezone.utc), time(7, 15, tzinfo=timezone(-timedelta(hours=1, seconds=1))),
          time(4, 5, 6, fold=1)]
for clock in clocks:
    print(repr(clock), str(clock), clock.isoformat("minutes"), clock.isoformat("microseconds"),
          clock.utcoffset(), clock.tzname(), format(clock, "%H|%I|%p|%M|%S|%f|%z|%Z"), f"{clock}")
print(time.min, time.max, time.resolution, datetime.min, datetime.max, datetime.resolution)
print(time(1, 2, 3, 4).isoformat("hours"), time(1, 2, 3, 4).isoformat("seconds"),
      time(1, 2, 3, 4).isoformat("milliseconds"), bool(time()), time(5).replace(minute=7, fold=1))

start = datetime(2020, 2, 28, 22, 15)
print(start + timedelta(hours=3), timedelta(days=1) + start, start - timedelta(days=59, seconds=1))
print(start - datetime(2019, 2, 28), datetime(2019, 2, 28) - start, start - start)
print(start.replace(hour=0, minute=0), start.replace(tzinfo=timezone.utc), start.replace(year=2021))
print(start < datetime(2020, 2, 29), start == datetime(2020, 2, 28, 22, 15), start > datetime.min)
print(datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=timezone.utc)),
      datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=timezone.utc), tzinfo=None),
      datetime.combine(date(2020, 1, 1), time(9), timezone(timedelta(hours=9))))
print(start.toordinal(), datetime.fromordinal(737483),
      start.strftime("%Y-%m-%dT%H:%M:%S.%f %a %j %U %W %c %x %X %I%p %y"))

# Aware arithmetic and comparisons use UTC.
utc = timezone.utc
india = timezone(timedelta(hours=5, minutes=30), "IST")
new_york = timezone(timedelta(hours=-5))
noon_utc = datetime(2020, 1, 1, 12, tzinfo=utc)
noon_india = noon_utc.astimezone(india)
print(repr(noon_india), noon_india == noon_utc, hash(noon_india) == hash(noon_utc))
print(noon_india - noon_utc, noon_utc.astimezone(new_york), noon_india.astimezone(utc).tzname())
print(datetime(2020, 1, 1, 12, tzinfo=new_york) - noon_utc, noon_utc < datetime(2020, 1, 1, 12, tzinfo=new_york))
print(noon_utc == datetime(2020, 1, 1, 12), noon_utc != datetime(2020, 1, 1, 12))
print(noon_utc.astimezone(utc) is noon_utc, noon_utc.timestamp(), datetime(1969, 12, 31, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(1600000000, utc), datetime.fromtimestamp(1600000000.25, india))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(-1.5), datetime.utcfromtimestamp(86399.9999996))
print(time(12, tzinfo=india) < time(12, tzinfo=utc), time(12, tzinfo=utc) == time(17, 30, tzinfo=india))
print(time(1) == time(1, tzinfo=utc), time(1) == 5)
print(len({noon_utc, noon_india, noon_utc.astimezone(new_york)}))

# timezone objects.
zones = [utc, india, new_york, timezone(timedelta(0)), timezone(timedelta(0), "Zulu"),
         timezone(timedelta(hours=-2, minutes=-30)), timezone(timedelta(seconds=61, microseconds=5)),
         timezone.min, timezone.max]
for zone in zones:
    print(repr(zone), str(zone), zone.utcoffset(None), zone.dst(None), zone.tzname(None))
print(timezone(timedelta(0)) is utc, dt_module.UTC is utc, dt_module.timezone.utc is utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), timezone(timedelta(hours=1)) == 3)
print(india.fromutc(datetime(2020, 1, 1, tzinfo=india)))


class Fixed(tzinfo):
    """A user time zone with daylight saving in summer months."""

    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, when):
        return self.offset + self.dst(when)

    def dst(self, when):
        if when is not None and 4 <= when.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, when):
        return self.name + ("S" if self.dst(when) else "")

    def __repr__(self):
        return f"Fixed({self.name})"


berlin = Fixed(1, "CET")
summer = datetime(2020, 7, 1, 12, tzinfo=berlin)
winter = datetime(2020, 1, 1, 12, tzinfo=berlin)
print(repr(summer), summer.utcoffset(), summer.dst(), summer.tzname(), summer.isoformat())
print(winter.utcoffset(), winter.tzname(), summer.astimezone(utc), utc_noon := noon_utc.astimezone(berlin))
print(summer - winter, summer.strftime("%z %Z"), datetime(2020, 7, 1, 10, tzinfo=utc) == summer)


class Broken(tzinfo):
    def __init__(self, result):
        self.result = result

    def utcoffset(self, when):
        return self.result

    def tzname(self, when):
        return self.result


attempt("offset int", lambda: datetime(2020, 1, 1, tzinfo=Broken(5)).utcoffset())
attempt("offset big", lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(hours=25))).utcoffset())
attempt("tzname int", lambda: time(tzinfo=Broken(5)).tzname())
attempt("abstract", lambda: tzinfo().utcoffset(None))
attempt("abstract name", lambda: tzinfo().tzname(None))
attempt("abstract dst", lambda: tzinfo().dst(None))
attempt("naive lt", lambda: datetime(2020, 1, 1) < noon_utc)
attempt("naive sub", lambda: datetime(2020, 1, 1) - noon_utc)
attempt("date lt datetime", lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt("date eq datetime", lambda: date(2020, 1, 1) == datetime(2020, 1, 1))
attempt("time naive lt", lambda: time(1) < time(1, tzinfo=utc))
attempt("hour", lambda: time(24))
attempt("minute", lambda: datetime(2020, 1, 1, 1, 60))
attempt("second", lambda: time(1, 1, 60))
attempt("micro", lambda: time(1, 1, 1, 10 ** 6))
attempt("fold", lambda: time(fold=2))
attempt("tzinfo", lambda: time(tzinfo=5))
attempt("astimezone", lambda: noon_utc.astimezone(5))
attempt("tz type", lambda: timezone(5))
attempt("tz name", lambda: timezone(timedelta(hours=1), 5))
attempt("tz range", lambda: timezone(timedelta(hours=24)))
attempt("tz arg", lambda: utc.utcoffset(5))
attempt("fromutc", lambda: utc.fromutc(datetime(2020, 1, 1)))
attempt("timespec", lambda: time(1).isoformat("bad"))
attempt("sep", lambda: datetime(2020, 1, 1).isoformat(sep="ab"))
attempt("combine", lambda: datetime.combine(1, 2))
attempt("overflow", lambda: datetime.max + timedelta(microseconds=1))
attempt("underflow", lambda: datetime.min - timedelta(microseconds=1))
attempt("ts nan", lambda: datetime.utcfromtimestamp(float("nan")))
attempt("ts big", lambda: datetime.utcfromtimestamp(1e20))
