# calendar: leap years, month ranges, weeks as lists, text and HTML calendars.
import calendar
from calendar import Calendar, TextCalendar, HTMLCalendar
import datetime


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2000), calendar.leapdays(1, 10000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(-400, 3, 1), calendar.weekday(12000, 6, 6))
print([calendar.monthrange(2024, m) for m in range(1, 13)], calendar.monthrange(2023, 2), calendar.monthrange(1900, 2))
print(calendar.monthcalendar(2024, 2), calendar.monthcalendar(2021, 2))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.month_name[1:4], calendar.month_abbr[-1],
      len(calendar.month_name), repr(calendar.month_name[0]), list(calendar.month_abbr)[:3])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.EPOCH, calendar.mdays[2])
print(calendar.timegm((2020, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)),
      calendar.timegm(datetime.datetime(2024, 2, 29, 12, 30, 15).timetuple()[:6] if False else (2024, 2, 29, 12, 30, 15)))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9), "|", calendar.weekheader(1))
print(calendar.month(2024, 2), end="")
print(calendar.month(2023, 12, 3, 2), end="")
calendar.prmonth(2021, 8)
print(calendar.calendar(2024), end="")
calendar.prcal(2023, 3, 1, 2, 4)
print(repr(calendar.week([(1, 0), (2, 1), (0, 2), (0, 3), (0, 4), (0, 5), (30, 6)], 3)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 3), end="")
calendar.setfirstweekday(0)

sunday = Calendar(firstweekday=6)
print(sunday.firstweekday, list(sunday.iterweekdays()), Calendar(8).getfirstweekday())
print(list(sunday.itermonthdays(2024, 9)))
print(list(sunday.itermonthdays2(2024, 9))[:9])
print(list(Calendar().itermonthdays3(2024, 12))[-6:], list(Calendar(3).itermonthdays4(2025, 1))[:4])
print(list(Calendar().itermonthdates(2024, 1))[:2], Calendar().monthdatescalendar(2024, 1)[-1])
print(Calendar().yeardayscalendar(2024, 4)[0][1][:2], len(Calendar().yeardays2calendar(2024, 2)),
      len(Calendar().yeardatescalendar(2024)[3]))
text = TextCalendar(calendar.WEDNESDAY)
print(text.formatmonth(2024, 7, 4), end="")
print(text.formatyear(2022, 2, 1, 3, 6), end="")
print(repr(text.formatweekday(0, 12)), repr(text.formatmonthname(2024, 5, 20)), repr(text.formatday(0, 0, 3)))
html = HTMLCalendar()
print(html.formatmonth(2024, 2), end="")
print(html.formatmonth(2024, 3, withyear=False), end="")
print(html.formatyear(2024, 4)[:400])
print(html.formatyearpage(2023)[:300])
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2), "|")
calendar.format(["x", "y"], 3, 1)


class Marked(HTMLCalendar):
    cssclass_noday = "empty"

    def formatday(self, day, weekday):
        if day == 13:
            return '<td class="unlucky">13</td>'
        return super().formatday(day, weekday)


print(Marked().formatmonth(2024, 9).splitlines()[3:5])
attempt("month 13", lambda: calendar.monthrange(2024, 13))
attempt("month 0", lambda: calendar.month(2024, 0))
attempt("weekday 7", lambda: calendar.setfirstweekday(7))
attempt("isinstance", lambda: isinstance(calendar.IllegalMonthError(5), ValueError))
attempt("error", lambda: calendar.error is ValueError)
attempt("bad day", lambda: calendar.weekday(2023, 2, 29))
print(calendar.monthcalendar(2024, 14))
