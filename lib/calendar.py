"""Calendars as lists and as text or HTML: CPython's `calendar`, written for closc,
in the C locale (English names, no `locale` module).

Weeks start on Monday unless `setfirstweekday` or a calendar's `firstweekday`
says otherwise; weekdays are numbered 0 (Monday) to 6 (Sunday).
"""

import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month",
           "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "weekheader", "MONDAY", "TUESDAY",
           "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "error"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


January = 1
February = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
EPOCH = 1970
_EPOCH_ORDINAL = datetime.date(EPOCH, 1, 1).toordinal()

# Days per month in a common year; index 0 is a placeholder.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _NameList:
    """A read-only sequence of names that indexes and slices like a list
    (CPython's are computed from strftime for the current locale)."""

    def __init__(self, names):
        self._names = list(names)

    def __getitem__(self, index):
        return self._names[index]

    def __len__(self):
        return len(self._names)


# 2001-01-01 was a Monday.
day_name = _NameList(datetime.date(2001, 1, 1 + i).strftime("%A") for i in range(7))
day_abbr = _NameList(datetime.date(2001, 1, 1 + i).strftime("%a") for i in range(7))
month_name = _NameList([""] + [datetime.date(2001, m, 1).strftime("%B") for m in range(1, 13)])
month_abbr = _NameList([""] + [datetime.date(2001, m, 1).strftime("%b") for m in range(1, 13)])


def isleap(year):
    """Whether year is a leap year of the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    def leaps_before(year):
        year -= 1
        return year // 4 - year // 100 + year // 400
    return leaps_before(y2) - leaps_before(y1)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday) for a date; years outside 1..9999 follow the
    400-year cycle."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the month's first day, number of days in the month)."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_length(year, month)


def _month_length(year, month):
    return mdays[month] + (month == February and isleap(year))


def _previous_month(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _next_month(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _in_rows(items, width):
    return [items[i:i + width] for i in range(0, len(items), width)]


class Calendar:
    """Month and year layouts as iterators and lists of weeks."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for offset in range(7):
            yield (self.firstweekday + offset) % 7

    def _padding(self, year, month):
        """(days shown before the month's first, the month's length, days after)."""
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - length) % 7
        return before, length, after

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the weeks the month touches."""
        before, length, after = self._padding(year, month)
        last_year, last_month = _previous_month(year, month)
        last_length = _month_length(last_year, last_month)
        for day in range(last_length - before + 1, last_length + 1):
            yield last_year, last_month, day
        for day in range(1, length + 1):
            yield year, month, day
        next_year, next_month = _next_month(year, month)
        for day in range(1, after + 1):
            yield next_year, next_month, day

    def itermonthdays4(self, year, month):
        for index, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + index) % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """The month's days, with 0 for the days of other months in its weeks."""
        before, length, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, length + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        for index, day in enumerate(self.itermonthdays(year, month)):
            yield day, (self.firstweekday + index) % 7

    def monthdatescalendar(self, year, month):
        return _in_rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _in_rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _in_rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _in_rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _in_rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _in_rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendars as plain text, laid out as the `cal` program does."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        return ("" if day == 0 else f"{day:2d}").center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(day, width) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = f"{name} {theyear!r}"
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        breaks = "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(week, w).rstrip()
                  for week in self.monthdays2calendar(theyear, themonth)]
        return "".join(line + breaks for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        breaks = "\n" * max(1, l)
        spacing = max(2, c)
        column = (w + 1) * 7 - 1
        parts = [repr(theyear).center(column * m + spacing * (m - 1)).rstrip(), breaks]
        header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            parts.append(breaks)
            names = [self.formatmonthname(theyear, k, column, False) for k in months]
            parts += [formatstring(names, column, spacing).rstrip(), breaks]
            parts += [formatstring([header for _ in months], column, spacing).rstrip(), breaks]
            for week_index in range(max(len(weeks) for weeks in row)):
                cells = [self.formatweek(weeks[week_index], w) if week_index < len(weeks) else ""
                         for weeks in row]
                parts += [formatstring(cells, column, spacing).rstrip(), breaks]
        return "".join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day}</td>'

    def formatweek(self, theweek):
        return "<tr>" + "".join(self.formatday(day, wd) for day, wd in theweek) + "</tr>"

    def formatweekday(self, day):
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        return "<tr>" + "".join(self.formatweekday(day) for day in self.iterweekdays()) + "</tr>"

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = f"{month_name[themonth]} {theyear}" if withyear else month_name[themonth]
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{title}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_month}">',
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append("</table>")
        return "".join(row + "\n" for row in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_year}">',
                 "\n",
                 f'<tr><th colspan="{width}" class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for first in range(1, 13, width):
            parts.append("<tr>")
            for month in range(first, min(first + width, 13)):
                parts += ["<td>", self.formatmonth(theyear, month, withyear=False), "</td>"]
            parts.append("</tr>")
        parts.append("</table>")
        return "".join(parts)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        if encoding is None:
            encoding = "utf-8"
        lines = [f'<?xml version="1.0" encoding="{encoding}"?>',
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                 "<html>",
                 "<head>",
                 f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />']
        if css is not None:
            lines.append(f'<link rel="stylesheet" type="text/css" href="{css}" />')
        lines += [f"<title>Calendar for {theyear}</title>", "</head>", "<body>",
                  self.formatyear(theyear, width) + "</body>", "</html>"]
        return "".join(line + "\n" for line in lines).encode(encoding, "xmlcharrefreplace")


_COLUMN_WIDTH = 7 * 3 - 1
_SPACING = 6


def formatstring(cols, colwidth=_COLUMN_WIDTH, spacing=_SPACING):
    """The strings of cols centred in columns of colwidth, spacing blanks apart."""
    return (" " * spacing).join(col.center(colwidth) for col in cols)


def format(cols, colwidth=_COLUMN_WIDTH, spacing=_SPACING):
    print(formatstring(cols, colwidth, spacing))


def timegm(tuple):
    """The POSIX time of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


# The module-level functions use one shared TextCalendar.
c = TextCalendar()
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear
