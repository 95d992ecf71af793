//! The `time` module: clocks, `sleep`, and conversions between timestamps, `struct_time`
//! and text through the C library (`gmtime_r`, `localtime_r`, `mktime`, `strftime`), as
//! CPython's `Modules/timemodule.c` does, with its argument checks and messages.

use super::{builtin, structseq};
use crate::objects::exceptions::{self, raise, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::iter;
use num_traits::ToPrimitive;
use std::ffi::{c_char, c_int, c_long};

/// The C library's `struct tm` on Linux.
#[repr(C)]
#[derive(Clone, Copy)]
struct Tm {
    tm_sec: c_int,
    tm_min: c_int,
    tm_hour: c_int,
    tm_mday: c_int,
    tm_mon: c_int,
    tm_year: c_int,
    tm_wday: c_int,
    tm_yday: c_int,
    tm_isdst: c_int,
    tm_gmtoff: c_long,
    tm_zone: *const c_char,
}

impl Tm {
    fn zeroed() -> Tm {
        Tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }

    /// The zone's abbreviation, if the C library gave one.
    fn zone(&self) -> Option<String> {
        if self.tm_zone.is_null() {
            return None;
        }
        // SAFETY: a non-null `tm_zone` set by `gmtime_r`/`localtime_r` points to a
        // NUL-terminated string in the C library's time zone data, which stays alive.
        let zone = unsafe { std::ffi::CStr::from_ptr(self.tm_zone) };
        Some(zone.to_string_lossy().into_owned())
    }
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: c_long,
}

extern "C" {
    fn gmtime_r(time: *const i64, result: *mut Tm) -> *mut Tm;
    fn localtime_r(time: *const i64, result: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(buf: *mut c_char, max: usize, format: *const c_char, tm: *const Tm) -> usize;
    fn tzset();
    fn clock_gettime(clock: c_int, ts: *mut Timespec) -> c_int;
}

const CLOCK_REALTIME: c_int = 0;
const CLOCK_MONOTONIC: c_int = 1;
const CLOCK_PROCESS_CPUTIME_ID: c_int = 2;

/// The time of `clock` in nanoseconds.
fn clock_ns(clock: c_int) -> i128 {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid `struct timespec` for clock_gettime(2) to fill; the clocks
    // used exist on Linux, so the call cannot fail.
    unsafe { clock_gettime(clock, &mut ts) };
    i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec)
}

fn no_arguments(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    args::no_kw(name, kw)?;
    args::function_count(&format!("time.{name}"), args, 0, 0)
}

/// The argument of a function of one argument (CPython's `METH_O`).
fn one_argument(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::no_kw(name, kw)?;
    args::function_count(&format!("time.{name}"), args, 1, 1)?;
    Ok(args[0])
}

/// Nanoseconds as float seconds, divided as CPython's `_PyTime_AsSecondsDouble` does.
fn seconds_value(ns: i128) -> Value {
    float::new(ns as f64 / 1e9)
}

fn ns_value(ns: i128) -> Value {
    int::from_big(num_bigint::BigInt::from(ns))
}

fn time_time(args: &[Value], kw: Kw) -> PyResult {
    no_arguments("time", args, kw)?;
    Ok(seconds_value(clock_ns(CLOCK_REALTIME)))
}

fn time_time_ns(args: &[Value], kw: Kw) -> PyResult {
    no_arguments("time_ns", args, kw)?;
    Ok(ns_value(clock_ns(CLOCK_REALTIME)))
}

fn time_monotonic(args: &[Value], kw: Kw) -> PyResult {
    no_arguments("monotonic", args, kw)?;
    Ok(seconds_value(clock_ns(CLOCK_MONOTONIC)))
}

fn time_monotonic_ns(args: &[Value], kw: Kw) -> PyResult {
    no_arguments("monotonic_ns", args, kw)?;
    Ok(ns_value(clock_ns(CLOCK_MONOTONIC)))
}

fn time_perf_counter(args: &[Value], kw: Kw) -> PyResult {
    no_arguments("perf_counter", args, kw)?;
    Ok(seconds_value(clock_ns(CLOCK_MONOTONIC)))
}

fn time_perf_counter_ns(args: &[Value], kw: Kw) -> PyResult {
    no_arguments("perf_counter_ns", args, kw)?;
    Ok(ns_value(clock_ns(CLOCK_MONOTONIC)))
}

fn time_process_time(args: &[Value], kw: Kw) -> PyResult {
    no_arguments("process_time", args, kw)?;
    Ok(seconds_value(clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}

fn time_process_time_ns(args: &[Value], kw: Kw) -> PyResult {
    no_arguments("process_time_ns", args, kw)?;
    Ok(ns_value(clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}

fn out_of_range<T>() -> PyResult<T> {
    raise(
        ExcKind::OverflowError,
        "timestamp out of range for platform time_t",
    )
}

fn nan_error<T>() -> PyResult<T> {
    value_error("Invalid value NaN (not a number)")
}

/// An int or float number of seconds as a float (CPython's `_PyTime_FromSecondsObject`).
fn seconds_arg(v: Value) -> PyResult<f64> {
    if let Some(x) = float::as_f64(v) {
        if x.is_nan() {
            return nan_error();
        }
        return Ok(x);
    }
    if let Some(i) = int::as_int(v) {
        return Ok(i.to_big().to_f64().unwrap_or(f64::INFINITY));
    }
    Ok(args::index_arg(v)? as f64)
}

fn time_sleep(args: &[Value], kw: Kw) -> PyResult {
    let secs = seconds_arg(one_argument("sleep", args, kw)?)?;
    if secs < 0.0 {
        return value_error("sleep length must be non-negative");
    }
    if !secs.is_finite() || secs > i64::MAX as f64 / 1e9 {
        return raise(
            ExcKind::OverflowError,
            "timestamp too large to convert to C _PyTime_t",
        );
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(none())
}

/// A timestamp argument (None: now), floored to whole seconds as CPython's
/// `_PyTime_ObjectToTime_t` does.
fn timestamp_arg(v: Option<Value>) -> PyResult<i64> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok((clock_ns(CLOCK_REALTIME) / 1_000_000_000) as i64);
    };
    if let Some(x) = float::as_f64(v) {
        if x.is_nan() {
            return nan_error();
        }
        let floored = x.floor();
        if !(i64::MIN as f64..i64::MAX as f64).contains(&floored) {
            return out_of_range();
        }
        return Ok(floored as i64);
    }
    if let Some(i) = int::as_int(v) {
        return i.to_big().to_i64().map_or_else(out_of_range, Ok);
    }
    args::index_arg(v)
}

/// `struct_time`: nine fields in the tuple, `tm_zone` and `tm_gmtoff` beside.
fn struct_time_type() -> Value {
    structseq::registered("time.struct_time", || {
        structseq::new_type(
            "time",
            "struct_time",
            &[
                "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                "tm_yday", "tm_isdst",
            ],
            9,
            2,
        )
    })
}

fn struct_time(tm: &Tm) -> Value {
    let i = |n: c_int| int::from_i64(i64::from(n));
    let visible = [
        int::from_i64(i64::from(tm.tm_year) + 1900),
        i(tm.tm_mon + 1),
        i(tm.tm_mday),
        i(tm.tm_hour),
        i(tm.tm_min),
        i(tm.tm_sec),
        // C counts the days of the week from Sunday, Python from Monday.
        i((tm.tm_wday + 6) % 7),
        i(tm.tm_yday + 1),
        i(tm.tm_isdst),
    ];
    let zone = tm.zone().map_or_else(none, |z| pystr::new(&z));
    let attributes = [
        ("tm_zone", zone),
        ("tm_gmtoff", int::from_i64(tm.tm_gmtoff)),
    ];
    structseq::new(struct_time_type(), &visible, &attributes)
}

fn broken_down(
    func: &str,
    args: &[Value],
    kw: Kw,
    convert: unsafe extern "C" fn(*const i64, *mut Tm) -> *mut Tm,
) -> PyResult {
    args::no_kw(func, kw)?;
    args::function_count(func, args, 0, 1)?;
    let when = timestamp_arg(args.first().copied())?;
    let mut tm = Tm::zeroed();
    // SAFETY: `when` and `tm` are valid for the call, which fills `tm` or returns null.
    let result = unsafe { convert(&when, &mut tm) };
    if result.is_null() {
        return exceptions::raise_os_error(&std::io::Error::last_os_error(), &[]);
    }
    Ok(struct_time(&tm))
}

fn time_gmtime(args: &[Value], kw: Kw) -> PyResult {
    broken_down("gmtime", args, kw, gmtime_r)
}

fn time_localtime(args: &[Value], kw: Kw) -> PyResult {
    broken_down("localtime", args, kw, localtime_r)
}

/// CPython's `gettmarg`: a struct_time or 9-tuple as a `struct tm` (month, weekday and day
/// of the year converted to C's counts), `tm_zone` kept alive in `zone`.
fn time_tuple_arg(func: &str, v: Value, zone: &mut Option<std::ffi::CString>) -> PyResult<Tm> {
    let is_struct_time = crate::objects::class::is_instance(v, struct_time_type());
    if v.get::<tuple::TupleObj>().is_none() && !is_struct_time {
        return type_error("Tuple or struct_time argument required");
    }
    let items = iter::collect(v)?;
    if items.len() != 9 {
        return type_error(format!("{func}(): illegal time tuple argument"));
    }
    let mut fields = [0 as c_int; 9];
    for (field, item) in fields.iter_mut().zip(&items) {
        if float::as_f64(*item).is_some() {
            return type_error("'float' object cannot be interpreted as an integer");
        }
        let n = args::index_arg(*item)?;
        *field = c_int::try_from(n).map_or_else(
            |_| {
                raise(
                    ExcKind::OverflowError,
                    if n < 0 {
                        "signed integer is less than minimum"
                    } else {
                        "signed integer is greater than maximum"
                    },
                )
            },
            Ok,
        )?;
    }
    let mut tm = Tm::zeroed();
    let Some(year) = fields[0].checked_sub(1900) else {
        return raise(ExcKind::OverflowError, "year out of range");
    };
    tm.tm_year = year;
    tm.tm_mon = fields[1] - 1;
    tm.tm_mday = fields[2];
    tm.tm_hour = fields[3];
    tm.tm_min = fields[4];
    tm.tm_sec = fields[5];
    tm.tm_wday = (fields[6] + 1) % 7;
    if tm.tm_wday < 0 {
        return value_error("day of week out of range");
    }
    tm.tm_yday = fields[7] - 1;
    tm.tm_isdst = fields[8];
    if is_struct_time {
        let text = crate::protocols::attr::getattr_opt(v, pystr::intern("tm_zone"))?;
        if let Some(text) = text.and_then(pystr::as_str) {
            *zone = std::ffi::CString::new(text).ok();
        }
        if let Some(offset) = crate::protocols::attr::getattr_opt(v, pystr::intern("tm_gmtoff"))?
            .filter(|o| !o.is_none())
        {
            tm.tm_gmtoff = args::index_arg(offset)? as c_long;
        }
    }
    if let Some(zone) = zone {
        tm.tm_zone = zone.as_ptr();
    }
    Ok(tm)
}

/// CPython's `checktm`: the fields `asctime` and `strftime` need in range, after taking
/// the zeros of a tuple made by hand (month, day of the month, day of the year) for ones.
fn check_tm(tm: &mut Tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    let problem = if !(0..=11).contains(&tm.tm_mon) {
        "month out of range"
    } else if !(0..=31).contains(&tm.tm_mday) {
        "day of month out of range"
    } else if !(0..=23).contains(&tm.tm_hour) {
        "hour out of range"
    } else if !(0..=59).contains(&tm.tm_min) {
        "minute out of range"
    } else if !(0..=61).contains(&tm.tm_sec) {
        "seconds out of range"
    } else if tm.tm_wday < 0 {
        "day of week out of range"
    } else if !(0..=365).contains(&tm.tm_yday) {
        "day of year out of range"
    } else {
        return Ok(());
    };
    value_error(problem)
}

/// The `struct tm` of a time tuple argument, or of the local time now.
fn tm_or_now(func: &str, v: Option<Value>, zone: &mut Option<std::ffi::CString>) -> PyResult<Tm> {
    match v {
        Some(v) => time_tuple_arg(func, v, zone),
        None => {
            let now = timestamp_arg(None)?;
            let mut tm = Tm::zeroed();
            // SAFETY: `now` and `tm` are valid for the call.
            unsafe { localtime_r(&now, &mut tm) };
            Ok(tm)
        }
    }
}

fn time_strftime(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("strftime", kw)?;
    args::function_count("strftime", args, 1, 2)?;
    let Some(format) = pystr::as_str(args[0]) else {
        return type_error(format!(
            "strftime() argument 1 must be str, not {}",
            args::given_type(args[0])
        ));
    };
    let mut zone = None;
    let mut tm = tm_or_now("strftime", args.get(1).copied(), &mut zone)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    check_tm(&mut tm)?;
    if format.contains('\0') {
        return value_error("embedded null character");
    }
    let c_format = std::ffi::CString::new(format).unwrap_or_default();
    let mut capacity = 1024usize.max(format.len() * 4);
    loop {
        let mut buffer = vec![0u8; capacity];
        // SAFETY: `buffer` has `capacity` writable bytes, `c_format` is NUL-terminated
        // and `tm` is a valid `struct tm` whose `tm_zone` (if set) outlives the call.
        let written =
            unsafe { strftime(buffer.as_mut_ptr().cast(), capacity, c_format.as_ptr(), &tm) };
        // 0 is ambiguous (an empty result or too small a buffer), as in CPython's loop.
        if written > 0 || capacity >= 256 * format.len().max(1) {
            buffer.truncate(written);
            return Ok(pystr::new(&String::from_utf8_lossy(&buffer)));
        }
        capacity *= 2;
    }
}

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// CPython's `_asctime`: `Sun Sep  9 01:46:40 2001`.
fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        WEEKDAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        i64::from(tm.tm_year) + 1900
    )
}

fn time_asctime(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("asctime", kw)?;
    args::function_count("asctime", args, 0, 1)?;
    let mut zone = None;
    let mut tm = tm_or_now("asctime", args.first().copied(), &mut zone)?;
    check_tm(&mut tm)?;
    Ok(pystr::new(&asctime_text(&tm)))
}

fn time_ctime(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("ctime", kw)?;
    args::function_count("ctime", args, 0, 1)?;
    let when = timestamp_arg(args.first().copied())?;
    let mut tm = Tm::zeroed();
    // SAFETY: `when` and `tm` are valid for the call.
    if unsafe { localtime_r(&when, &mut tm) }.is_null() {
        return exceptions::raise_os_error(&std::io::Error::last_os_error(), &[]);
    }
    Ok(pystr::new(&asctime_text(&tm)))
}

fn time_mktime(args: &[Value], kw: Kw) -> PyResult {
    let v = one_argument("mktime", args, kw)?;
    let mut zone = None;
    let mut tm = time_tuple_arg("mktime", v, &mut zone)?;
    // mktime(3) sets tm_wday on success, which tells a result of -1 from a failure.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid `struct tm` for mktime(3) to normalize.
    let result = unsafe { mktime(&mut tm) };
    if result == -1 && tm.tm_wday == -1 {
        return raise(ExcKind::OverflowError, "mktime argument out of range");
    }
    Ok(float::new(result as f64))
}

/// CPython's `init_timezone`: the offsets and names of the zone in January and July.
fn timezone_entries() -> Vec<(&'static str, Value)> {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    // SAFETY: tzset(3) only reads the TZ variable and the zone files.
    unsafe { tzset() };
    let now = (clock_ns(CLOCK_REALTIME) / 1_000_000_000) as i64;
    let at = |t: i64| {
        let mut tm = Tm::zeroed();
        // SAFETY: `t` and `tm` are valid for the call.
        unsafe { localtime_r(&t, &mut tm) };
        (-tm.tm_gmtoff, tm.zone().unwrap_or_default())
    };
    let january = now / YEAR * YEAR;
    let (jan_offset, jan_name) = at(january);
    let (jul_offset, jul_name) = at(january + YEAR / 2);
    // In the southern hemisphere daylight saving time is in January.
    let (standard, daylight) = if jan_offset < jul_offset {
        ((jul_offset, jul_name), (jan_offset, jan_name))
    } else {
        ((jan_offset, jan_name), (jul_offset, jul_name))
    };
    vec![
        ("timezone", int::from_i64(standard.0)),
        ("altzone", int::from_i64(daylight.0)),
        (
            "daylight",
            int::from_i64(i64::from(standard.0 != daylight.0)),
        ),
        (
            "tzname",
            tuple::new(&[pystr::new(&standard.1), pystr::new(&daylight.1)]),
        ),
    ]
}

/// The entries of module `time`.
pub fn entries() -> Vec<(&'static str, Value)> {
    let mut entries = vec![
        builtin("time", time_time),
        builtin("time_ns", time_time_ns),
        builtin("monotonic", time_monotonic),
        builtin("monotonic_ns", time_monotonic_ns),
        builtin("perf_counter", time_perf_counter),
        builtin("perf_counter_ns", time_perf_counter_ns),
        builtin("process_time", time_process_time),
        builtin("process_time_ns", time_process_time_ns),
        builtin("sleep", time_sleep),
        builtin("gmtime", time_gmtime),
        builtin("localtime", time_localtime),
        builtin("mktime", time_mktime),
        builtin("strftime", time_strftime),
        builtin("asctime", time_asctime),
        builtin("ctime", time_ctime),
        ("struct_time", struct_time_type()),
    ];
    entries.extend(timezone_entries());
    entries
}
