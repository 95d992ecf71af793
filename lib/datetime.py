"""Dates, times, durations and fixed-offset time zones: CPython's `datetime`, written
in Python for closc.

The proleptic Gregorian calendar is counted in ordinals (day 1 is 0001-01-01).
Behaviour, reprs and error messages follow CPython's C implementation, which is what
`import datetime` runs there. Reading the clock and the local zone goes through the
`time` module, imported only by the functions that need it.
"""

import operator as _operator

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_MAX_DELTA_DAYS = 999999999
# The default of the arguments a constructor requires unless given a pickle's state.
_MISSING = object()

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

# Index 0 is a placeholder so that month numbers index directly.
_MONTH_LENGTHS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0]
for _length in _MONTH_LENGTHS[1:12]:
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _length)
del _length

_DAY_ABBRS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_ABBRS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------- calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_LENGTHS[month]


def _days_before_year(year):
    previous = year - 1
    return previous * 365 + previous // 4 - previous // 100 + previous // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DAYS_IN_400_YEARS = 146097
_DAYS_IN_100_YEARS = 36524
_DAYS_IN_4_YEARS = 1461


def _ordinal_to_ymd(ordinal):
    # Peel off whole 400-, 100-, 4- and 1-year cycles from day 0 (0001-01-01).
    offset = ordinal - 1
    cycles400, offset = divmod(offset, _DAYS_IN_400_YEARS)
    cycles100, offset = divmod(offset, _DAYS_IN_100_YEARS)
    cycles4, offset = divmod(offset, _DAYS_IN_4_YEARS)
    years, offset = divmod(offset, 365)
    year = 1 + cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years
    # The last day of a leap cycle makes a fourth year or fourth century overflow:
    # it is December 31st of the year before.
    if years == 4 or cycles100 == 4:
        return year - 1, 12, 31
    month = 1
    while month < 12 and _days_before_month(year, month + 1) <= offset:
        month += 1
    return year, month, offset - _days_before_month(year, month) + 1


def _iso_week1_monday(year):
    jan1 = _ymd_to_ordinal(year, 1, 1)
    jan1_weekday = (jan1 + 6) % 7
    monday = jan1 - jan1_weekday
    # Week 1 is the week holding the year's first Thursday.
    if jan1_weekday > 3:
        monday += 7
    return monday


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        last_week_ok = False
        if week == 53:
            # A year has 53 weeks when it starts on a Thursday, or on a Wednesday
            # in a leap year.
            jan1_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
            last_week_ok = jan1_weekday == 3 or (jan1_weekday == 2 and _is_leap(year))
        if not last_week_ok:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(ordinal)


# ---------------------------------------------------------------- argument checks

def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _operator.index(value)


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(
            f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _checked_offset(method, offset):
    """What a tzinfo's utcoffset() or dst() returned, checked as CPython checks it."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(
            f"tzinfo.{method}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _checked_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
    return name


def _type_name(obj):
    """The name CPython's C types give in reprs: qualified for the module's own
    classes, bare for subclasses."""
    cls = type(obj)
    if cls in (timedelta, date, time, datetime, timezone, tzinfo):
        return "datetime." + cls.__name__
    return cls.__name__


def _round_half_even(numerator, denominator):
    """numerator / denominator rounded to the nearest int, ties to even."""
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def _float_ratio(value):
    """A float's exact value as (numerator, denominator), with CPython's errors for
    infinities and NaN when converting to a duration."""
    if value != value:
        raise ValueError("cannot convert float NaN to integer")
    if value in (float("inf"), float("-inf")):
        raise OverflowError("cannot convert float infinity to integer")
    return value.as_integer_ratio()


def _format_offset(offset, separator=":"):
    """'+HH:MM', with ':SS' and '.ffffff' only when needed; '' for None."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{separator}{minutes:02d}"
    if seconds or offset.microseconds:
        text += f"{separator}{seconds:02d}"
        if offset.microseconds:
            text += f".{offset.microseconds:06d}"
    return text


def _format_clock(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return f"{hour:02d}"
    if timespec == "minutes":
        return f"{hour:02d}:{minute:02d}"
    if timespec == "seconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == "milliseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond // 1000:03d}"
    if timespec == "microseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}"
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------- strftime

def _strftime(fmt, year, month, day, hour, minute, second, microsecond, offset, zone):
    """C-locale strftime of the given fields; `offset` is a timedelta or None."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7  # Monday is 0
    yday = ordinal - _ymd_to_ordinal(year, 1, 1)  # 0-based day of the year
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == "Y":
            out.append(str(year))
        elif code == "m":
            out.append(f"{month:02d}")
        elif code == "d":
            out.append(f"{day:02d}")
        elif code == "e":
            out.append(f"{day:2d}")
        elif code == "H":
            out.append(f"{hour:02d}")
        elif code == "I":
            out.append(f"{(hour + 11) % 12 + 1:02d}")
        elif code == "M":
            out.append(f"{minute:02d}")
        elif code == "S":
            out.append(f"{second:02d}")
        elif code == "f":
            out.append(f"{microsecond:06d}")
        elif code == "a":
            out.append(_DAY_ABBRS[weekday])
        elif code == "A":
            out.append(_DAY_NAMES[weekday])
        elif code in "bh":
            out.append(_MONTH_ABBRS[month])
        elif code == "B":
            out.append(_MONTH_NAMES[month])
        elif code == "j":
            out.append(f"{yday + 1:03d}")
        elif code == "p":
            out.append("AM" if hour < 12 else "PM")
        elif code == "y":
            out.append(f"{year % 100:02d}")
        elif code == "C":
            out.append(f"{year // 100:02d}" if year >= 100 else str(year // 100))
        elif code == "z":
            out.append(_format_offset(offset, ""))
        elif code == "Z":
            out.append(zone or "")
        elif code == "%":
            out.append("%")
        elif code == "U":
            out.append(f"{(yday + 7 - (weekday + 1) % 7) // 7:02d}")
        elif code == "W":
            out.append(f"{(yday + 7 - weekday) // 7:02d}")
        elif code == "w":
            out.append(str((weekday + 1) % 7))
        elif code == "u":
            out.append(str(weekday + 1))
        elif code in "GV":
            iso = date(year, month, day).isocalendar()
            out.append(str(iso[0]) if code == "G" else f"{iso[1]:02d}")
        elif code == "c":
            out.append(f"{_DAY_ABBRS[weekday]} {_MONTH_ABBRS[month]} {day:2d} "
                       f"{hour:02d}:{minute:02d}:{second:02d} {year}")
        elif code == "x" or code == "D":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif code == "X" or code == "T":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif code == "R":
            out.append(f"{hour:02d}:{minute:02d}")
        elif code == "F":
            out.append(f"{year}-{month:02d}-{day:02d}")
        elif code == "n":
            out.append("\n")
        elif code == "t":
            out.append("\t")
        else:
            # glibc copies an unknown directive through unchanged.
            out.append("%" + code)
    return "".join(out)


# ---------------------------------------------------------------- timedelta

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __closc_type_name__ = "datetime.timedelta"

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # The exact total in microseconds as a fraction, rounded once at the end.
        numerator, denominator = 0, 1
        for label, value, scale in (("days", days, _US_PER_DAY),
                                    ("seconds", seconds, _US_PER_SECOND),
                                    ("microseconds", microseconds, 1),
                                    ("milliseconds", milliseconds, 1000),
                                    ("minutes", minutes, 60 * _US_PER_SECOND),
                                    ("hours", hours, 3600 * _US_PER_SECOND),
                                    ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                numerator += value * scale * denominator
            elif isinstance(value, float):
                top, bottom = _float_ratio(value)
                numerator = numerator * bottom + top * scale * denominator
                denominator *= bottom
            else:
                raise TypeError(
                    f"unsupported type for timedelta {label} component: {type(value).__name__}")
        return _delta_from_us(_round_half_even(numerator, denominator), cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_us() / _US_PER_SECOND

    def __repr__(self):
        fields = []
        if self._days:
            fields.append(f"days={self._days}")
        if self._seconds:
            fields.append(f"seconds={self._seconds}")
        if self._microseconds:
            fields.append(f"microseconds={self._microseconds}")
        return f"{_type_name(self)}({', '.join(fields) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = f"{self._days} day{plural}, {text}"
        return text

    def __format__(self, spec):
        if spec:
            raise TypeError("unsupported format string passed to datetime.timedelta.__format__")
        return str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._to_us())

    def __pos__(self):
        return _delta_from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _delta_from_us(_round_half_even(self._to_us() * top, bottom))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_round_half_even(self._to_us(), other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            if top == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_round_half_even(self._to_us() * bottom, top))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(self._to_us() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            quotient, remainder = divmod(self._to_us(), divisor)
            return quotient, _delta_from_us(remainder)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


def _delta_from_us(total_us, cls=timedelta):
    days, rest = divmod(total_us, _US_PER_DAY)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DELTA_DAYS}")
    seconds, microseconds = divmod(rest, _US_PER_SECOND)
    delta = object.__new__(cls)
    delta._days = days
    delta._seconds = seconds
    delta._microseconds = microseconds
    return delta


timedelta.min = _delta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)


# ---------------------------------------------------------------- ISO 8601 parsing

class _IsoError(Exception):
    """A malformed ISO string; reported as CPython's `Invalid isoformat string`."""


def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        raise _IsoError()
    return int(part)


def _parse_iso_date(text):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    if len(text) not in (7, 8, 10):
        raise _IsoError()
    year = _digits(text, 0, 4)
    dashed = text[4] == "-"
    pos = 5 if dashed else 4
    if text[pos:pos + 1] == "W":
        week = _digits(text, pos + 1, 2)
        pos += 3
        weekday = 1
        if pos < len(text):
            if (text[pos] == "-") != dashed:
                raise _IsoError()
            pos += dashed
            weekday = _digits(text, pos, 1)
            pos += 1
        if pos != len(text):
            raise _IsoError()
        return _iso_to_ymd(year, week, weekday)
    month = _digits(text, pos, 2)
    pos += 2
    if (text[pos:pos + 1] == "-") != dashed:
        raise _IsoError()
    pos += dashed
    day = _digits(text, pos, 2)
    if pos + 2 != len(text):
        raise _IsoError()
    return year, month, day


def _parse_iso_clock(text):
    """[hour, minute, second, microsecond] from HH[:MM[:SS[.fff[fff]]]] (colons
    optional but consistent; ',' may stand for '.')."""
    fields = [0, 0, 0, 0]
    pos = 0
    colons = False
    for index in range(3):
        fields[index] = _digits(text, pos, 2)
        pos += 2
        if pos == len(text) or index == 2:
            break
        if index == 0:
            colons = text[pos] == ":"
        if colons:
            if text[pos] != ":":
                raise _IsoError()
            pos += 1
    if pos < len(text):
        if text[pos] not in ".," or index != 2:
            raise _IsoError()
        digits = text[pos + 1:]
        if not digits or not all("0" <= c <= "9" for c in digits):
            raise _IsoError()
        # Digits beyond the sixth are dropped, not rounded.
        fields[3] = int((digits + "00000")[:6])
    return fields


def _parse_iso_time(text):
    """[hour, minute, second, microsecond, tzinfo] from a time with an optional
    'Z' or +HH[:MM[:SS[.ffffff]]] suffix."""
    if len(text) < 2:
        raise _IsoError()
    zone_at = -1
    for i, c in enumerate(text):
        if c in "+-Z":
            zone_at = i
            break
    if zone_at < 0:
        return _parse_iso_clock(text) + [None]
    fields = _parse_iso_clock(text[:zone_at])
    suffix = text[zone_at + 1:]
    if text[zone_at] == "Z":
        if suffix:
            raise _IsoError()
        return fields + [timezone.utc]
    if len(suffix) in (0, 1, 3):
        raise _IsoError()
    hours, minutes, seconds, microseconds = _parse_iso_clock(suffix)
    offset = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=microseconds)
    if not offset:
        return fields + [timezone.utc]
    if text[zone_at] == "-":
        offset = -offset
    return fields + [timezone(offset)]


def _date_part_length(text):
    """Where the date of an ISO datetime ends (CPython 3.11's rules for the
    ambiguous week forms)."""
    if len(text) == 7:
        return 7
    if text[4] == "-":
        if text[5] != "W":
            return 10
        if len(text) > 8 and text[8] == "-":
            if len(text) == 9:
                raise _IsoError()
            if len(text) > 10 and "0" <= text[10] <= "9":
                return 8
            return 10
        return 8
    if text[4] == "W":
        end = 7
        while end < len(text) and "0" <= text[end] <= "9":
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _check_iso_argument(text):
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """The abstract base of time-zone information classes."""

    __closc_type_name__ = "datetime.tzinfo"

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        standard = dt.utcoffset()
        if standard is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        shift = standard - saving
        if shift:
            dt += shift
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving

    def __reduce__(self):
        return type(self), ()


# ---------------------------------------------------------------- date

class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple of `date.isocalendar()`."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __reduce__(self):
        return tuple, (tuple(self),)


class date:
    """A day of the proleptic Gregorian calendar."""

    __closc_type_name__ = "datetime.date"

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        state = _pickle_state(year, 4) if month is _MISSING else None
        if state is not None and 1 <= state[2] <= 12:
            return _make_date(cls, state[0] * 256 + state[1], state[2], state[3])
        _check_present(month, "month", 2)
        _check_present(day, "day", 3)
        year, month, day = _check_date_fields(year, month, day)
        return _make_date(cls, year, month, day)

    @classmethod
    def fromtimestamp(cls, t):
        seconds = _whole_seconds(t)
        if seconds > t:
            # A date rounds a timestamp down, not toward zero.
            seconds -= 1
        fields = _local_fields(seconds)
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def today(cls):
        import time as _time
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, ordinal):
        ordinal = _as_int(ordinal)
        if ordinal < 1:
            raise ValueError("ordinal must be >= 1")
        if ordinal > _MAX_ORDINAL:
            raise ValueError(f"year {_ordinal_to_ymd(ordinal)[0]} is out of range")
        return cls(*_ordinal_to_ymd(ordinal))

    @classmethod
    def fromisoformat(cls, date_string):
        _check_iso_argument(date_string)
        try:
            fields = _parse_iso_date(date_string)
        except (_IsoError, ValueError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f"{_type_name(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            # CPython lets the datetime decide: never equal, and not ordered.
            if op in ("==", "!="):
                return op == "!="
            raise TypeError(f"can't compare {_type_name(other)} to {_type_name(self)}")
        if isinstance(other, date):
            return _apply_comparison(self._date_key(), other._date_key(), op)
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, "==")

    def __ne__(self, other):
        return self._compare(other, "!=")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 0 < ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_ordinal_to_ymd(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (bytes(_date_state(self._year, self._month, self._day)),)


def _date_state(year, month, day):
    """The first bytes of the state CPython pickles a date or datetime as."""
    return [year >> 8, year & 0xFF, month, day]


def _microsecond_state(microsecond):
    return [microsecond >> 16, (microsecond >> 8) & 0xFF, microsecond & 0xFF]


def _pickle_state(value, size):
    """The state a pickle rebuilds a date, time or datetime from, if a constructor's first
    argument is one: bytes of the size (a str of Latin-1 characters in Python 2 pickles);
    else None."""
    if isinstance(value, str) and len(value) == size:
        try:
            return value.encode("latin-1")
        except UnicodeEncodeError:
            return None
    if isinstance(value, bytes) and len(value) == size:
        return value
    return None


def _check_present(value, name, position):
    if value is _MISSING:
        raise TypeError(f"function missing required argument '{name}' (pos {position})")


def _make_date(cls, year, month, day):
    made = object.__new__(cls)
    made._year = year
    made._month = month
    made._day = day
    return made


def _ctime(year, month, day, hour, minute, second):
    # Unlike strftime's %c, ctime pads the year to four digits.
    weekday = (_ymd_to_ordinal(year, month, day) + 6) % 7
    return (f"{_DAY_ABBRS[weekday]} {_MONTH_ABBRS[month]} {day:2d} "
            f"{hour:02d}:{minute:02d}:{second:02d} {year:04d}")


def _apply_comparison(left, right, op):
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if op == "<":
        return left < right
    if op == "<=":
        return left <= right
    if op == ">":
        return left > right
    return left >= right


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- time

class time:
    """A time of day, optionally with a tzinfo."""

    __closc_type_name__ = "datetime.time"

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        state = _pickle_state(hour, 6)
        if state is not None and state[0] & 0x7F < 24:
            if not isinstance(minute, int):
                _check_tzinfo(minute)
                tzinfo = minute
            made = object.__new__(cls)
            made._hour, made._minute, made._second = state[0] & 0x7F, state[1], state[2]
            made._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            made._fold = state[0] >> 7
            made._tzinfo = tzinfo
            return made
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        made = object.__new__(cls)
        made._hour, made._minute, made._second, made._microsecond, made._fold = fields
        made._tzinfo = tzinfo
        return made

    @classmethod
    def fromisoformat(cls, time_string):
        _check_iso_argument(time_string)
        text = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            fields = _parse_iso_time(text)
        except (_IsoError, ValueError):
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(*fields)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        if self._microsecond:
            text = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            text = f"{self._hour}, {self._minute}, {self._second}"
        else:
            text = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_type_name(self)}({text})"

    def isoformat(self, timespec="auto"):
        return (_format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _clock_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _apply_comparison(self._clock_us(), other._clock_us(), op)
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if (mine is None) != (theirs is None):
            if op in ("==", "!="):
                return op == "!="
            raise TypeError("can't compare offset-naive and offset-aware times")
        left = self._clock_us() - (mine._to_us() if mine is not None else 0)
        right = other._clock_us() - (theirs._to_us() if theirs is not None else 0)
        return _apply_comparison(left, right, op)

    def __eq__(self, other):
        return self._compare(other, "==")

    def __ne__(self, other):
        return self._compare(other, "!=")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    def __hash__(self):
        offset = self.utcoffset()
        if offset is None:
            return hash(self._clock_us())
        return hash(self._clock_us() - offset._to_us())

    def __reduce_ex__(self, protocol):
        hour = self._hour
        if self._fold and protocol > 3:
            hour += 128
        state = bytes([hour, self._minute, self._second] + _microsecond_state(self._microsecond))
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- the clock and the local zone

_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_MAX_TIMESTAMP = 2 ** 63 - 1
_FOLD_PROBE_SECONDS = 24 * 3600


def _whole_seconds(t):
    """Integer seconds of a timestamp, checked as CPython checks one (the fraction
    is dropped)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -_MAX_TIMESTAMP <= t <= _MAX_TIMESTAMP:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(t)
    t = _as_int(t)
    if not -_MAX_TIMESTAMP <= t <= _MAX_TIMESTAMP:
        raise OverflowError("timestamp out of range for platform time_t")
    return t


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of a POSIX time, in UTC."""
    days, rest = divmod(seconds, 86400)
    ordinal = _EPOCH_ORDINAL + days
    if not 0 < ordinal <= _MAX_ORDINAL:
        year = _ordinal_to_ymd(ordinal)[0] if ordinal > 0 else 0
        raise ValueError(f"year {year} is out of range")
    year, month, day = _ordinal_to_ymd(ordinal)
    minutes, second = divmod(rest, 60)
    hour, minute = divmod(minutes, 60)
    return year, month, day, hour, minute, second


def _local_fields(seconds):
    """(year, month, day, hour, minute, second) of a POSIX time in the local zone."""
    import time as _time
    local = _time.localtime(seconds)
    return local[0], local[1], local[2], local[3], local[4], min(local[5], 59)


def _naive_seconds(year, month, day, hour, minute, second):
    """Seconds since 1970-01-01 00:00 of wall-clock fields, as if they were UTC."""
    days = _ymd_to_ordinal(year, month, day) - _EPOCH_ORDINAL
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _local_wall_seconds(u):
    return _naive_seconds(*_local_fields(u))


def _local_to_posix(wall, fold):
    """The POSIX time whose local wall clock reads `wall` (seconds as if UTC). In a
    repeated hour `fold` picks the earlier (0) or later (1) instant; in a skipped one
    the wall clock is read with the offset before (fold 0) or after (fold 1)."""
    first_offset = _local_wall_seconds(wall) - wall
    first = wall - first_offset
    first_wall = _local_wall_seconds(first)
    if first_wall == wall:
        # One solution; look a day away for another offset giving a second one.
        probe = first + (_FOLD_PROBE_SECONDS if fold else -_FOLD_PROBE_SECONDS)
        second_offset = _local_wall_seconds(probe) - probe
        if second_offset == first_offset:
            return first
    else:
        second_offset = first_wall - first
    second = wall - second_offset
    if _local_wall_seconds(second) == wall:
        return second
    if first_wall == wall:
        return first
    # The wall time falls in a gap: neither offset reaches it.
    return min(first, second) if fold else max(first, second)


def _local_timezone_at(posix):
    import time as _time
    local = _time.localtime(posix)
    return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)


def _struct_time(year, month, day, hour, minute, second, isdst):
    import time as _time
    ordinal = _ymd_to_ordinal(year, month, day)
    yday = ordinal - _ymd_to_ordinal(year, 1, 1) + 1
    return _time.struct_time((year, month, day, hour, minute, second, (ordinal + 6) % 7, yday,
                              isdst))


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __closc_type_name__ = "datetime.datetime"

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is _MISSING or not isinstance(month, int):
            state = _pickle_state(year, 10)
            if state is not None and 1 <= state[2] & 0x7F <= 12:
                if month is not _MISSING:
                    _check_tzinfo(month)
                    tzinfo = month
                made = _make_date(cls, state[0] * 256 + state[1], state[2] & 0x7F, state[3])
                made._hour, made._minute, made._second = state[4], state[5], state[6]
                made._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
                made._fold = state[2] >> 7
                made._tzinfo = tzinfo
                return made
        _check_present(month, "month", 2)
        _check_present(day, "day", 3)
        year, month, day = _check_date_fields(year, month, day)
        clock = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        made = _make_date(cls, year, month, day)
        made._hour, made._minute, made._second, made._microsecond, made._fold = clock
        made._tzinfo = tzinfo
        return made

    # -- alternative constructors

    @classmethod
    def _from_posix(cls, t, utc, tz):
        if isinstance(t, float):
            seconds = _whole_seconds(t)
            microsecond = _round_half_even(*((t - seconds) * 1e6).as_integer_ratio())
            if microsecond >= _US_PER_SECOND:
                seconds += 1
                microsecond -= _US_PER_SECOND
            elif microsecond < 0:
                seconds -= 1
                microsecond += _US_PER_SECOND
        else:
            seconds = _whole_seconds(t)
            microsecond = 0
        if utc:
            return cls(*_utc_fields(seconds), microsecond, tz)
        result = cls(*_local_fields(seconds), microsecond, tz)
        # A wall time reached again after a backward transition is the later one of
        # a repeated hour: mark it with fold=1, as CPython does.
        earlier = cls(*_local_fields(seconds - _FOLD_PROBE_SECONDS), microsecond)
        transition = result - earlier - timedelta(seconds=_FOLD_PROBE_SECONDS)
        if transition.days < 0:
            shifted = cls(*_local_fields(seconds + transition // timedelta(seconds=1)),
                          microsecond)
            if shifted == result:
                result._fold = 1
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_posix(t, False, None)
        return tz.fromutc(cls._from_posix(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, True, None)

    @classmethod
    def now(cls, tz=None):
        import time as _time
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        import time as _time
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError(
                f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(
                f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        _check_iso_argument(date_string)
        try:
            if len(date_string) < 7:
                raise _IsoError()
            split = _date_part_length(date_string)
            fields = list(_parse_iso_date(date_string[:split]))
            if split < len(date_string):
                fields += _parse_iso_time(date_string[split + 1:])
        except (_IsoError, ValueError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        fields = _strptime(date_string, format)
        return cls(*fields)

    # -- fields

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_tzname(self._tzinfo.tzname(self))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- conversions

    def timetuple(self):
        saving = self.dst()
        isdst = -1 if saving is None else int(bool(saving))
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, isdst)

    def utctimetuple(self):
        moment = self
        offset = self.utcoffset()
        if offset:
            moment = self - offset
        return _struct_time(moment._year, moment._month, moment._day, moment._hour,
                            moment._minute, moment._second, 0)

    def _naive_seconds(self):
        return _naive_seconds(self._year, self._month, self._day, self._hour, self._minute,
                              self._second)

    def timestamp(self):
        if self._tzinfo is None:
            posix = _local_to_posix(self._naive_seconds(), self._fold)
            return posix + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_timezone(self):
        """The local zone's offset and name at this moment (a naive self is read
        as local time)."""
        if self._tzinfo is None:
            posix = _local_to_posix(self._naive_seconds(), self._fold)
        else:
            posix = (self - _EPOCH) // timedelta(seconds=1)
        return _local_timezone_at(posix)

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        source = self._tzinfo
        offset = None if source is None else self.utcoffset()
        if offset is None:
            # A naive datetime (or a zone without an offset) is local time.
            source = self.replace(tzinfo=None)._local_timezone()
            offset = source.utcoffset(self)
        if tz is source:
            return self
        utc = (self - offset).replace(tzinfo=_UTC)
        if tz is None:
            # CPython picks the local zone in force at the converted moment.
            tz = utc._local_timezone()
            return (utc + tz.utcoffset(None)).replace(tzinfo=tz)
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- text

    def __repr__(self):
        text = f"{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._microsecond:
            text += f", {self._second}, {self._microsecond}"
        elif self._second:
            text += f", {self._second}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_type_name(self)}({text})"

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(
                f"isoformat() argument 1 must be a unicode character, not {type(sep).__name__}")
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _format_clock(self._hour, self._minute, self._second, self._microsecond,
                                timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return _ctime(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.utcoffset(), self.tzname())

    # -- arithmetic and comparison

    def _us_since_epoch_naive(self):
        return self._naive_seconds() * _US_PER_SECOND + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_since_epoch_naive() + other._to_us()
        seconds, microsecond = divmod(total, _US_PER_SECOND)
        days, rest = divmod(seconds, 86400)
        ordinal = _EPOCH_ORDINAL + days
        if not 0 < ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        minutes, second = divmod(rest, 60)
        hour, minute = divmod(minutes, 60)
        return type(self)(*_ordinal_to_ymd(ordinal), hour, minute, second, microsecond,
                          self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._us_since_epoch_naive() - other._us_since_epoch_naive()
        if self._tzinfo is other._tzinfo:
            return _delta_from_us(difference)
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if mine is not None:
            difference -= mine._to_us() - theirs._to_us()
        return _delta_from_us(difference)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op in ("==", "!="):
                    return op == "!="
                raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
            return NotImplemented
        left = self._us_since_epoch_naive()
        right = other._us_since_epoch_naive()
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                if op in ("==", "!="):
                    return op == "!="
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if mine is not None:
                left -= mine._to_us()
                right -= theirs._to_us()
            if op in ("==", "!=") and left == right and (
                    self._offset_depends_on_fold() or other._offset_depends_on_fold()):
                # PEP 495: a time in a repeated or skipped hour equals no time of
                # another zone.
                return op == "!="
        return _apply_comparison(left, right, op)

    def _offset_depends_on_fold(self):
        return self.replace(fold=1 - self._fold).utcoffset() != self.utcoffset()

    def __hash__(self):
        # Both passes of a repeated hour hash as the first, so that equal
        # datetimes hash equal whatever their fold.
        offset = (self.replace(fold=0) if self._fold else self).utcoffset()
        moment = self._us_since_epoch_naive()
        if offset is not None:
            moment -= offset._to_us()
        return hash(moment)

    def __reduce_ex__(self, protocol):
        month = self._month
        if self._fold and protocol > 3:
            month += 128
        state = _date_state(self._year, month, self._day)
        state += [self._hour, self._minute, self._second]
        state = bytes(state + _microsecond_state(self._microsecond))
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- timezone

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __closc_type_name__ = "datetime.timezone"

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(
                f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             f"not {offset!r}.")
        made = object.__new__(cls)
        made._offset = offset
        made._name = name
        return made

    def _check_argument(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("utcoffset(dt) argument must be a datetime instance or None, "
                            f"not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_argument(dt)
        return self._offset

    def dst(self, dt):
        self._check_argument(dt)
        return None

    def tzname(self, dt):
        self._check_argument(dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_type_name(self)}({self._offset!r})"
        return f"{_type_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)


# ---------------------------------------------------------------- strptime
#
# CPython turns the format into a regular expression (Lib/_strptime.py); closc has no
# `re`, so the format becomes a list of tokens matched by a small backtracking
# matcher that tries each directive's alternatives in the same order the regular
# expression would: numbers with the most digits first, names longest first.

_DIRECTIVE_EXPANSIONS = {
    # The C locale's %c, %x and %X.
    "c": "%a %b %d %H:%M:%S %Y",
    "x": "%m/%d/%y",
    "X": "%H:%M:%S",
}

# directive: ((digits, least value, greatest value), ...) in the order tried.
_NUMBER_FORMS = {
    "d": ((2, 1, 31), (1, 1, 9)),
    "H": ((2, 0, 23), (1, 0, 9)),
    "I": ((2, 1, 12), (1, 1, 9)),
    "G": ((4, 0, 9999),),
    "j": ((3, 1, 366), (2, 1, 99), (1, 1, 9)),
    "m": ((2, 1, 12), (1, 1, 9)),
    "M": ((2, 0, 59), (1, 0, 9)),
    "S": ((2, 0, 61), (1, 0, 9)),
    "U": ((2, 0, 53), (1, 0, 9)),
    "W": ((2, 0, 53), (1, 0, 9)),
    "w": ((1, 0, 6),),
    "u": ((1, 1, 7),),
    "V": ((2, 1, 53), (1, 0, 9)),
    "y": ((2, 0, 99),),
    "Y": ((4, 0, 9999),),
}

_NAME_TABLES = {
    "a": [name.lower() for name in _DAY_ABBRS],
    "A": [name.lower() for name in _DAY_NAMES],
    "b": [name.lower() for name in _MONTH_ABBRS[1:]],
    "B": [name.lower() for name in _MONTH_NAMES[1:]],
    "p": ["am", "pm"],
    "Z": ["utc", "gmt"],
}

_STRPTIME_DIRECTIVES = "".join(_NUMBER_FORMS) + "".join(_NAME_TABLES) + "fzcxX%"


def _strptime_tokens(fmt):
    """The format as tokens: (" ", None) for a run of whitespace, ("=", ch) for a
    literal character, ("%", code) for a directive."""
    tokens = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            tokens.append((" ", None))
        elif ch == "%":
            if i + 1 == len(fmt):
                raise ValueError(f"stray % in format {fmt!r}")
            code = fmt[i + 1]
            if code not in _STRPTIME_DIRECTIVES:
                raise ValueError(f"{code!r} is a bad directive in format {fmt!r}")
            if code in _DIRECTIVE_EXPANSIONS:
                tokens += _strptime_tokens(_DIRECTIVE_EXPANSIONS[code])
            else:
                tokens.append(("%", code))
            i += 2
        else:
            tokens.append(("=", ch))
            i += 1
    return tokens


def _is_digit_run(text, start, count):
    part = text[start:start + count]
    return len(part) == count and part.isdecimal()


def _directive_matches(code, text, pos):
    """(end, value) for each way directive `code` can match text[pos:], in the
    order CPython's regular expression tries them."""
    matches = []
    if code in _NUMBER_FORMS:
        for digits, low, high in _NUMBER_FORMS[code]:
            if _is_digit_run(text, pos, digits) and low <= int(text[pos:pos + digits]) <= high:
                matches.append((pos + digits, int(text[pos:pos + digits])))
        if code == "d" and text[pos:pos + 1] == " " and "1" <= text[pos + 1:pos + 2] <= "9":
            matches.append((pos + 2, int(text[pos + 1])))
    elif code == "f":
        for digits in range(6, 0, -1):
            part = text[pos:pos + digits]
            if len(part) == digits and all("0" <= c <= "9" for c in part):
                matches.append((pos + digits, part))
    elif code in _NAME_TABLES:
        lowered = text[pos:].lower()
        table = _NAME_TABLES[code]
        for name in sorted(table, key=len, reverse=True):
            if lowered.startswith(name):
                # %Z keeps the name as written; the others give its index.
                value = text[pos:pos + len(name)] if code == "Z" else table.index(name)
                matches.append((pos + len(name), value))
    elif code == "z":
        matches = _offset_matches(text, pos)
    elif text[pos:pos + 1] == "%":
        matches.append((pos + 1, None))
    return matches


def _offset_matches(text, pos):
    """Ways %z matches: Z, or [+-]HH[:]MM[[:]SS[.ffffff]], longest first."""
    if text[pos:pos + 1] == "Z":
        return [(pos + 1, "Z")]
    if text[pos:pos + 1] not in ("+", "-") or not _is_digit_run(text, pos + 1, 2):
        return []
    at = pos + 3
    if text[at:at + 1] == ":":
        at += 1
    if not ("0" <= text[at:at + 1] <= "5" and _is_digit_run(text, at + 1, 1)):
        return []
    minutes_end = at + 2
    longer = []
    at = minutes_end + (text[minutes_end:minutes_end + 1] == ":")
    if "0" <= text[at:at + 1] <= "5" and _is_digit_run(text, at + 1, 1):
        seconds_end = at + 2
        if text[seconds_end:seconds_end + 1] == ".":
            for digits in range(6, 0, -1):
                if _is_digit_run(text, seconds_end + 1, digits):
                    longer.append(seconds_end + 1 + digits)
        longer.append(seconds_end)
    return [(end, text[pos:end]) for end in longer + [minutes_end]]


def _match_tokens(tokens, index, text, pos, values):
    """The end of the first match of tokens[index:] at text[pos:] (filling
    `values`), or -1."""
    if index == len(tokens):
        return pos
    kind, argument = tokens[index]
    if kind == " ":
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        for stop in range(end, pos, -1):
            found = _match_tokens(tokens, index + 1, text, stop, values)
            if found >= 0:
                return found
        return -1
    if kind == "=":
        if text[pos:pos + 1].lower() != argument.lower():
            return -1
        return _match_tokens(tokens, index + 1, text, pos + 1, values)
    for end, value in _directive_matches(argument, text, pos):
        values[argument] = value
        found = _match_tokens(tokens, index + 1, text, end, values)
        if found >= 0:
            return found
    return -1


def _strptime(text, fmt):
    """The constructor arguments of `datetime.strptime(text, fmt)`, in the C locale."""
    if not isinstance(text, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(text).__name__}")
    if not isinstance(fmt, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(fmt).__name__}")
    tokens = _strptime_tokens(fmt)
    values = {}
    end = _match_tokens(tokens, 0, text, 0, values)
    if end < 0:
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if end < len(text):
        raise ValueError(f"unconverted data remains: {text[end:]}")
    return _strptime_fields(values)


def _parsed_offset(matched):
    """A %z match as a timedelta, checked as CPython checks it."""
    if matched == "Z":
        return timedelta(0)
    digits = matched
    if digits[3] == ":":
        digits = digits[:3] + digits[4:]
        if len(digits) > 5:
            if digits[5] != ":":
                raise ValueError(f"Inconsistent use of : in {matched}")
            digits = digits[:5] + digits[6:]
    fraction = digits[8:]
    offset = timedelta(hours=int(digits[1:3]), minutes=int(digits[3:5]),
                       seconds=int(digits[5:7] or 0),
                       microseconds=int(fraction + "0" * (6 - len(fraction))))
    return -offset if digits[0] == "-" else offset


def _strptime_fields(values):
    year = None
    if "Y" in values:
        year = values["Y"]
    elif "y" in values:
        # POSIX's pivot: 69..99 are the 1900s, 00..68 the 2000s.
        year = values["y"] + (1900 if values["y"] >= 69 else 2000)
    month = values["b"] + 1 if "b" in values else values.get("m", 1)
    if "B" in values:
        month = values["B"] + 1
    day = values.get("d", 1)
    hour = values.get("H", 0)
    if "I" in values:
        hour = values["I"] % 12 + (12 if values.get("p") == 1 else 0)
    minute = values.get("M", 0)
    second = min(values.get("S", 0), 59)
    microsecond = int(values["f"] + "0" * (6 - len(values["f"]))) if "f" in values else 0
    weekday = None
    for code in ("a", "A"):
        if code in values:
            weekday = values[code]
    if "w" in values:
        weekday = (values["w"] - 1) % 7
    if "u" in values:
        weekday = values["u"] - 1
    iso_year = values.get("G")
    iso_week = values.get("V")
    week = values.get("U", values.get("W"))
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if "j" in values:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    ordinal = None
    if "j" in values:
        ordinal = _ymd_to_ordinal(year, 1, 1) + values["j"] - 1
    elif weekday is not None and week is not None:
        # Week 0 holds the days before the year's first Monday (%W) or Sunday (%U).
        starts_monday = "W" in values
        jan1_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
        day_in_week = weekday
        if not starts_monday:
            jan1_weekday = (jan1_weekday + 1) % 7
            day_in_week = (weekday + 1) % 7
        if week == 0:
            yday = day_in_week - jan1_weekday
        else:
            yday = (7 - jan1_weekday) % 7 + 7 * (week - 1) + day_in_week
        ordinal = _ymd_to_ordinal(year, 1, 1) + yday
    elif weekday is not None and iso_year is not None and iso_week is not None:
        ordinal = _iso_week1_monday(iso_year) + 7 * (iso_week - 1) + weekday
    if ordinal is not None:
        year, month, day = _ordinal_to_ymd(ordinal)
    tz = None
    if "z" in values:
        # A zone name alone gives no offset, so it makes no tzinfo.
        offset = _parsed_offset(values["z"])
        tz = timezone(offset, values["Z"]) if "Z" in values else timezone(offset)
    return [year, month, day, hour, minute, second, microsecond, tz]
