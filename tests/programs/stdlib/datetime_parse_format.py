# Parsing and formatting: fromisoformat's 3.11 forms, strptime and strftime directives.
from datetime import date, time, datetime, timedelta, timezone


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


for text in ["2020-01-01", "2020-01-01T12", "2020-01-01T12:30", "2020-01-01 12:30:15",
             "2020-01-01T12:30:15.5", "2020-01-01T12:30:15.123456789", "2020-01-01T12:30:15,25",
             "20200101T123015", "20200101T1230", "2020-01-01T12:30Z", "2020-01-01T12:30+05:30",
             "2020-01-01T12:30-0800", "2020-01-01T12:30:15+00:00", "2020-01-01T12:30+01:02:03",
             "2020-01-01T12:30+01:02:03.000004", "2020-W01", "2020-W01-3T10:00", "2020W013T10",
             "2020-01-01x12:00", "2020-01-01T25:00", "2020-01-01T", "2020-01-01T1", "2020-01-01T12:3",
             "2020-01-01T12:30+5", "2020-01-01T12:30:15.", "2020-01-0", "2020/01/01", ""]:
    attempt(text, lambda: datetime.fromisoformat(text))
for text in ["12", "12:30", "1230", "12:30:15.000100", "T12:30", "12:30:15Z", "12:30-03",
             "12:30:1", "1:30", "12:30:15+", "123015.5"]:
    attempt(text, lambda: time.fromisoformat(text))
attempt("type", lambda: datetime.fromisoformat(None))

cases = [
    ("2020-03-04", "%Y-%m-%d"),
    ("04/03/20 17:05", "%d/%m/%y %H:%M"),
    ("4/3/70", "%d/%m/%y"),
    ("Wed, 4 Mar 2020 05:06:07 PM", "%a, %d %b %Y %I:%M:%S %p"),
    ("Wednesday March 04 2020", "%A %B %d %Y"),
    ("march 4 2020", "%B %d %Y"),
    ("2020 100", "%Y %j"),
    ("2020 5 3", "%Y %U %w"),
    ("2020 5 3", "%Y %W %w"),
    ("2020 0 1", "%Y %W %u"),
    ("12:00:01.5", "%H:%M:%S.%f"),
    ("12 am", "%I %p"),
    ("12 pm", "%I %p"),
    ("2020-03-04T05:06:07+0530", "%Y-%m-%dT%H:%M:%S%z"),
    ("2020-03-04 -05:00", "%Y-%m-%d %z"),
    ("2020-03-04 Z", "%Y-%m-%d %z"),
    ("2020-03-04 +0000 UTC", "%Y-%m-%d %z %Z"),
    ("  2020   3 ", " %Y %m "),
    ("100%", "%H%%"),
    ("Wed Mar  4 05:06:07 2020", "%c"),
    ("03/04/20", "%x"),
    ("05:06:07", "%X"),
    ("2020-13-01", "%Y-%m-%d"),
    ("2020-02-30", "%Y-%m-%d"),
    ("2020-01-01x", "%Y-%m-%d"),
    ("2020", "%Y %Q"),
    ("2020", "%Y%"),
    ("abc", "%Y"),
]
for text, fmt in cases:
    attempt(f"{text!r} {fmt!r}", lambda: datetime.strptime(text, fmt))
attempt("arg1", lambda: datetime.strptime(5, "%Y"))
attempt("arg2", lambda: datetime.strptime("x", 5))

moment = datetime(2021, 1, 3, 7, 8, 9, 10203, tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST"))
for directive in "YmdeHIMSfaAbBhjpyCzZUWwuGVcxXDTFR%nt":
    print(directive, repr(moment.strftime("%" + directive)))
print(repr(moment.strftime("%Q %")), repr(datetime(2020, 12, 31, 23).strftime("%U %W %j %G-W%V-%u %I %p")))
for year in (2018, 2019, 2020, 2021, 2022, 2023, 2024, 2026):
    print(year, [date(year, 1, day).strftime("%a %U %W %V") for day in (1, 2, 3, 7)],
          date(year, 12, 31).strftime("%j %U %W %G %V"))
print(time(0, 1).strftime("%I %p %Y-%m-%d %j"), time(12, 1).strftime("%I %p"), time(23).strftime("%I %p"))
print(f"{datetime(2020, 1, 2, 3, 4, 5):%d.%m.%Y %H:%M}", "{:%b %d}".format(date(2020, 5, 17)))

# strptime's directives try their shorter forms when a longer one leaves no match,
# as CPython's regular expression does.
more = [
    ("930", "%H%M"), ("20200101", "%Y%m%d"), ("2020111", "%Y%m%d"), ("1/2/2020", "%m/%d/%Y"),
    ("20", "%Y"), ("7", "%y"), ("12345", "%H%M%S"), ("Mon 1", "%a %d"), ("Monday 1", "%a %d"),
    ("Mayday", "%B%p"), ("May 5", "%b %d"), ("Sept", "%b"), ("2020-W05-3", "%G-W%V-%u"),
    ("2020 53 5", "%G %V %u"), ("2021 1 Mon", "%G %V %a"), ("2020 5", "%G %V"), ("5 3", "%V %u"),
    ("2020 5 3", "%Y %V %u"), ("2020 5 3 10", "%G %V %u %j"), ("Feb 29", "%b %d"),
    ("12:30 +05:30:15.5", "%H:%M %z"), ("+0530", "%z"), ("+05:3015", "%z"), ("+05", "%z"),
    ("z", "%z"), ("10 gmt", "%H %Z"), ("10 +0100 gmt", "%H %z %Z"), ("2020 366", "%Y %j"),
    ("2021 366", "%Y %j"), ("1 12", "%w %U"), ("0 0", "%w %W"), ("06 pm", "%I %p"), ("12", "%I"),
    ("AM 11", "%p %H"), ("5.123456789", "%S.%f"), ("1\t\n 2", "%d %m"), ("x", "%h"),
]
for text, fmt in more:
    attempt(f"{text!r} {fmt!r}", lambda: datetime.strptime(text, fmt))
