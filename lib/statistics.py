"""Descriptive statistics of numeric data: CPython's `statistics`, written for closc.

Means and variances are computed exactly, on the integer ratios of the data, and
converted once to the data's type at the end: ints and Fractions stay exact (a
mean of ints that is not whole becomes a float), floats are correctly rounded.
"""

import math
import numbers
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from decimal import Decimal
from fractions import Fraction

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped",
           "median_high", "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles",
           "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- exact sums

def _ratio(x):
    """x as (numerator, denominator); a float infinity or NaN as (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") \
            from None


def _common_type(current, new):
    """The type a result of data of types current and new is given."""
    if current is new or new is int or new is bool:
        return current
    if current is int:
        return new
    if issubclass(new, current):
        return new
    if issubclass(current, new):
        return current
    if issubclass(current, int):
        return new
    if issubclass(new, int):
        return current
    if issubclass(current, Fraction) and issubclass(new, float):
        return new
    if issubclass(current, float) and issubclass(new, Fraction):
        return current
    raise TypeError(f"don't know how to coerce {current.__name__} and {new.__name__}")


def _result_type(types):
    result = int
    for kind in types:
        result = _common_type(result, kind)
    return result


def _exact_sum(data):
    """(result type, exact sum as a Fraction, count). An infinity or NaN among
    the data makes the sum that float instead."""
    types = []
    total = Fraction(0)
    non_finite = None
    count = 0
    for x in data:
        kind = type(x)
        if kind not in types:
            types.append(kind)
        top, bottom = _ratio(x)
        count += 1
        if bottom is None:
            non_finite = top if non_finite is None else non_finite + top
        else:
            total += Fraction(top, bottom)
    if non_finite is not None:
        total = non_finite
    return _result_type(types), total, count


def _sum_of_squares(data, center=None):
    """(result type, exact sum of squared deviations, mean used, count)."""
    if center is not None:
        kind, squares, count = _exact_sum((x - center) * (x - center) for x in data)
        return kind, squares, center, count
    types = []
    total = Fraction(0)
    total_squares = Fraction(0)
    non_finite = None
    count = 0
    for x in data:
        kind = type(x)
        if kind not in types:
            types.append(kind)
        top, bottom = _ratio(x)
        count += 1
        if bottom is None:
            non_finite = top if non_finite is None else non_finite + top
        else:
            value = Fraction(top, bottom)
            total += value
            total_squares += value * value
    if not count:
        squares = center = Fraction(0)
    elif non_finite is not None:
        squares = center = non_finite
    else:
        squares = (count * total_squares - total * total) / count
        center = total / count
    return _result_type(types), squares, center, count


def _convert(value, kind):
    """An exact result as the data's type (a float when an int would lose a fraction)."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    if issubclass(kind, Decimal):
        # A Decimal is not made from a Fraction: divide in the current context.
        return kind(value.numerator) / kind(value.denominator)
    return kind(value)


def _sqrt_ratio(numerator, denominator):
    """The square root of numerator/denominator as a correctly rounded float."""
    # An integer root with more than twice a float's 53 bits, its last bit made
    # odd when inexact (round-to-odd), rounds correctly in the final division.
    extra = (numerator.bit_length() - denominator.bit_length() - 109) // 2
    if extra >= 0:
        root = _isqrt_round_to_odd(numerator, denominator << (2 * extra)) << extra
        return root / 1
    root = _isqrt_round_to_odd(numerator << (-2 * extra), denominator)
    return root / (1 << -extra)


def _decimal_sqrt_ratio(numerator, denominator):
    """The square root of numerator/denominator as a Decimal correctly rounded in the
    current context: Decimal's sqrt of the rounded quotient, moved one step when the
    exact root lies beyond the midpoint with a neighbour."""
    if numerator <= 0:
        if not numerator:
            return Decimal(0)
        numerator, denominator = -numerator, -denominator
    root = (Decimal(numerator) / Decimal(denominator)).sqrt()
    root_top, root_bottom = root.as_integer_ratio()
    for neighbour, beyond in ((root.next_plus(), 1), (root.next_minus(), -1)):
        top, bottom = neighbour.as_integer_ratio()
        # Compare numerator/denominator with the squared midpoint of root and neighbour.
        exact = 4 * numerator * (root_bottom * bottom) ** 2
        midpoint = denominator * (root_bottom * top + bottom * root_top) ** 2
        if (exact > midpoint) if beyond > 0 else (exact < midpoint):
            return neighbour
    return root


def _isqrt_round_to_odd(numerator, denominator):
    root = math.isqrt(numerator // denominator)
    if root * root * denominator != numerator:
        root |= 1
    return root


def _checked_nonnegative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def _as_list(data):
    return list(data) if iter(data) is data else data


# ---------------------------------------------------------------- averages

def mean(data):
    """The arithmetic mean, exact for ints and Fractions."""
    kind, total, count = _exact_sum(data)
    if count < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / count, kind)


def fmean(data, weights=None):
    """The arithmetic mean as a float, optionally weighted."""
    if weights is None:
        values = list(data)
        total = math.fsum(values)
        if not values:
            raise StatisticsError("fmean requires at least one data point")
        return total / len(values)
    values = list(data)
    weights = list(weights)
    weighted = math.fsum(x * w for x, w in zip(values, weights))
    if len(values) != len(weights):
        raise StatisticsError("data and weights must be the same length")
    total_weight = math.fsum(weights)
    if not total_weight:
        raise StatisticsError("sum of weights must be non-zero")
    return weighted / total_weight


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The reciprocal of the mean of the reciprocals, optionally weighted."""
    data = _as_list(data)
    negative = "harmonic mean does not support negative values"
    count = len(data)
    if count < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if count == 1 and weights is None:
        only = data[0]
        if not isinstance(only, numbers.Real):
            raise TypeError("unsupported type")
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * count
        total_weight = count
    else:
        weights = _as_list(weights)
        if len(weights) != count:
            raise StatisticsError("Number of weights does not match data size")
        total_weight = _exact_sum(_checked_nonnegative(weights, negative))[1]
    try:
        kind, reciprocal_total, _ = _exact_sum(
            w / x if w else 0 for w, x in zip(weights, _checked_nonnegative(data, negative)))
    except ZeroDivisionError:
        return 0
    if reciprocal_total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(total_weight / reciprocal_total, kind)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError("no median for empty data")
    middle = count // 2
    if count % 2:
        return data[middle]
    return (data[middle - 1] + data[middle]) / 2


def median_low(data):
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError("no median for empty data")
    return data[count // 2] if count % 2 else data[count // 2 - 1]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    """The median of data binned into intervals centred on its values, interpolated
    within the median's bin."""
    data = sorted(data)
    count = len(data)
    if not count:
        raise StatisticsError("no median for empty data")
    middle = data[count // 2]
    below = bisect_left(data, middle)
    inside = bisect_right(data, middle, lo=below) - below
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (count / 2 - below) / inside


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError("no mode for empty data")
    return ranked[0][0]


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    highest = max(counts.values())
    return [value for value, seen in counts.items() if seen == highest]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in range(1, n):
            index, weight = divmod(i * span, n)
            cuts.append((data[index] * (n - weight) + data[index + 1] * weight) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in range(1, n):
            index = min(max(i * span // n, 1), size - 1)
            weight = i * span - index * n
            cuts.append((data[index - 1] * (n - weight) + data[index] * weight) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---------------------------------------------------------------- spread

def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    kind, squares, _, count = _sum_of_squares(data, xbar)
    if count < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(squares / (count - 1), kind)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    kind, squares, _, count = _sum_of_squares(data, mu)
    if count < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(squares / count, kind)


def stdev(data, xbar=None):
    """The sample standard deviation, as a correctly rounded float."""
    kind, squares, _, count = _sum_of_squares(data, xbar)
    if count < 2:
        raise StatisticsError("stdev requires at least two data points")
    spread = squares / (count - 1)
    if issubclass(kind, Decimal):
        return _decimal_sqrt_ratio(spread.numerator, spread.denominator)
    return _sqrt_ratio(spread.numerator, spread.denominator)


def pstdev(data, mu=None):
    """The population standard deviation, as a correctly rounded float."""
    kind, squares, _, count = _sum_of_squares(data, mu)
    if count < 1:
        raise StatisticsError("pstdev requires at least one data point")
    spread = squares / count
    if issubclass(kind, Decimal):
        return _decimal_sqrt_ratio(spread.numerator, spread.denominator)
    return _sqrt_ratio(spread.numerator, spread.denominator)


# ---------------------------------------------------------------- two variables

def _paired_deviations(x, y, what):
    count = len(x)
    if len(y) != count:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if count < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    x_mean = math.fsum(x) / count
    y_mean = math.fsum(y) / count
    return count, x_mean, y_mean


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    count, x_mean, y_mean = _paired_deviations(x, y, "covariance")
    return math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y)) / (count - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    count, x_mean, y_mean = _paired_deviations(x, y, "correlation")
    cross = math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y))
    x_squares = math.fsum((xi - x_mean) * (xi - x_mean) for xi in x)
    y_squares = math.fsum((yi - y_mean) * (yi - y_mean) for yi in y)
    try:
        return cross / math.sqrt(x_squares * y_squares)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """(slope, intercept) of the least-squares line through the points; with
    proportional=True the line passes through the origin."""
    count, x_mean, y_mean = _paired_deviations(x, y, "linear regression")
    if proportional:
        cross = math.fsum(xi * yi for xi, yi in zip(x, y))
        x_squares = math.fsum(xi * xi for xi in x)
    else:
        cross = math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y))
        x_squares = math.fsum((xi - x_mean) * (xi - x_mean) for xi in x)
    try:
        slope = cross / x_squares
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------- the normal distribution

# Wichura's algorithm AS 241 (PPND16, 1988): rational approximations of the
# inverse normal CDF on three ranges, coefficients highest power first.
_CENTRAL_NUMERATOR = [2.5090809287301226727e+3, 3.3430575583588128105e+4,
                      6.7265770927008700853e+4, 4.5921953931549871457e+4,
                      1.3731693765509461125e+4, 1.9715909503065514427e+3,
                      1.3314166789178437745e+2, 3.3871328727963666080e+0]
_CENTRAL_DENOMINATOR = [5.2264952788528545610e+3, 2.8729085735721942674e+4,
                        3.9307895800092710610e+4, 2.1213794301586595867e+4,
                        5.3941960214247511077e+3, 6.8718700749205790830e+2,
                        4.2313330701600911252e+1, 1.0]
_NEAR_NUMERATOR = [7.74545014278341407640e-4, 2.27238449892691845833e-2,
                   2.41780725177450611770e-1, 1.27045825245236838258e+0,
                   3.64784832476320460504e+0, 5.76949722146069140550e+0,
                   4.63033784615654529590e+0, 1.42343711074968357734e+0]
_NEAR_DENOMINATOR = [1.05075007164441684324e-9, 5.47593808499534494600e-4,
                     1.51986665636164571966e-2, 1.48103976427480074590e-1,
                     6.89767334985100004550e-1, 1.67638483018380384940e+0,
                     2.05319162663775882187e+0, 1.0]
_FAR_NUMERATOR = [2.01033439929228813265e-7, 2.71155556874348757815e-5,
                  1.24266094738807843860e-3, 2.65321895265761230930e-2,
                  2.96560571828504891230e-1, 1.78482653991729133580e+0,
                  5.46378491116411436990e+0, 6.65790464350110377720e+0]
_FAR_DENOMINATOR = [2.04426310338993978564e-15, 1.42151175831644588870e-7,
                    1.84631831751005468180e-5, 7.86869131145613259100e-4,
                    1.48753612908506148525e-2, 1.36929880922735805310e-1,
                    5.99832206555887937690e-1, 1.0]


def _horner(coefficients, r):
    total = coefficients[0]
    for coefficient in coefficients[1:]:
        total = total * r + coefficient
    return total


def _standard_normal_quantile(p):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return _horner(_CENTRAL_NUMERATOR, r) * q / _horner(_CENTRAL_DENOMINATOR, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_NEAR_NUMERATOR, r) / _horner(_NEAR_DENOMINATOR, r)
    else:
        r = r - 5.0
        x = _horner(_FAR_NUMERATOR, r) / _horner(_FAR_DENOMINATOR, r)
    return -x if q < 0.0 else x


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """A normal distribution of mean mu and standard deviation sigma."""

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        kind, squares, center, count = _sum_of_squares(data)
        if count < 2:
            raise StatisticsError("stdev requires at least two data points")
        spread = squares / (count - 1)
        try:
            return cls(float(center), _sqrt_ratio(spread.numerator, spread.denominator))
        except AttributeError:
            # Infinite or NaN data: the spread is a float, not a ratio.
            return cls(float(center), float(center) / float(squares))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        deviation = x - self._mu
        return math.exp(deviation * deviation / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two density functions (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        narrow, wide = self, other
        # Ordered so that the result does not depend on the operands' order.
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow
        narrow_variance, wide_variance = narrow.variance, wide.variance
        if not narrow_variance or not wide_variance:
            raise StatisticsError("overlap() not defined when sigma is zero")
        variance_gap = wide_variance - narrow_variance
        mean_gap = math.fabs(wide._mu - narrow._mu)
        if not variance_gap:
            return 1.0 - math.erf(mean_gap / (2.0 * narrow._sigma * _SQRT2))
        a = narrow._mu * wide_variance - wide._mu * narrow_variance
        b = narrow._sigma * wide._sigma * math.sqrt(
            mean_gap * mean_gap + variance_gap * math.log(wide_variance / narrow_variance))
        crossing1 = (a + b) / variance_gap
        crossing2 = (a - b) / variance_gap
        return 1.0 - (math.fabs(wide.cdf(crossing1) - narrow.cdf(crossing1))
                      + math.fabs(wide.cdf(crossing2) - narrow.cdf(crossing2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
