# statistics: averages and spread, exact for ints and Fractions, with CPython's errors.
import statistics
from statistics import StatisticsError
from fractions import Fraction
import math


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


samples = {
    "ints": [2, 4, 4, 4, 5, 5, 7, 9],
    "odd ints": [1, 3, 5, 8, 13],
    "floats": [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    "fractions": [Fraction(1, 2), Fraction(3, 4), Fraction(5, 6), Fraction(1, 3)],
    "mixed": [1, 2.5, Fraction(1, 4), True],
    "bools": [True, False, True, True],
    "big": [1e50, 1, -1e50, 3] * 5,
    "tenths": [0.1] * 10,
}
for name, data in samples.items():
    print(name)
    for function in (statistics.mean, statistics.median, statistics.median_low, statistics.median_high,
                     statistics.variance, statistics.pvariance, statistics.stdev, statistics.pstdev,
                     statistics.fmean, statistics.mode, statistics.multimode):
        attempt("  " + function.__name__, lambda: function(data))
print(repr(statistics.mean(iter([1, 2, 3, 4]))), repr(statistics.mean(x * x for x in range(5))))
print(repr(statistics.variance([1, 2, 3, 4], 2.5)), repr(statistics.pvariance([1, 2, 3, 4], mu=2)),
      repr(statistics.stdev([Fraction(1), Fraction(2), Fraction(4)])), repr(statistics.pstdev([1.5, 2.5])))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1.0, 10.0, 100.0]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]),
      repr(statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 3)])), statistics.harmonic_mean([2.5]),
      statistics.harmonic_mean([0, 5]), statistics.harmonic_mean([3, 7]))
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean(iter([1, 2])), statistics.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2),
      statistics.median_grouped([25] * 172 + [35] * 484 + [45] * 387 + [55] * 22 + [65] * 6, interval=10))
print(statistics.mode("abracadabra"), statistics.mode(["red", "blue", "blue", "red"]), statistics.multimode("aabbbbccddddeeffffgg"),
      statistics.multimode(""), statistics.multimode([1, 2, 3]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print(statistics.quantiles(data), statistics.quantiles(data, n=10), statistics.quantiles(data, n=4, method="inclusive"))
print(statistics.quantiles([1, 2], n=3), statistics.quantiles([Fraction(1), Fraction(3), Fraction(4)], n=2), statistics.quantiles([1, 5], n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, y), statistics.correlation(x, x[::-1]))
fit = statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(fit, fit.slope, fit.intercept, statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(statistics.mean([1.0, float("inf")]), statistics.mean([float("inf"), float("-inf")]), statistics.variance([1.0, float("nan"), 2.0]))
print(issubclass(StatisticsError, ValueError), "median" in statistics.__all__)

attempt("mean empty", lambda: statistics.mean([]))
attempt("fmean empty", lambda: statistics.fmean([]))
attempt("fmean weights", lambda: statistics.fmean([1, 2], weights=[1]))
attempt("fmean zero weights", lambda: statistics.fmean([1, 2], weights=[1, -1]))
attempt("median empty", lambda: statistics.median([]))
attempt("median_low empty", lambda: statistics.median_low([]))
attempt("grouped empty", lambda: statistics.median_grouped([]))
attempt("mode empty", lambda: statistics.mode([]))
attempt("variance one", lambda: statistics.variance([1]))
attempt("stdev one", lambda: statistics.stdev([1]))
attempt("pvariance empty", lambda: statistics.pvariance([]))
attempt("pstdev empty", lambda: statistics.pstdev([]))
attempt("geometric", lambda: statistics.geometric_mean([1, 0]))
attempt("geometric empty", lambda: statistics.geometric_mean([]))
attempt("harmonic empty", lambda: statistics.harmonic_mean([]))
attempt("harmonic negative", lambda: statistics.harmonic_mean([1, -2]))
attempt("harmonic one negative", lambda: statistics.harmonic_mean([-2]))
attempt("harmonic type", lambda: statistics.harmonic_mean(["a"]))
attempt("harmonic weights", lambda: statistics.harmonic_mean([1, 2], weights=[1]))
attempt("quantiles n", lambda: statistics.quantiles([1, 2], n=0))
attempt("quantiles one", lambda: statistics.quantiles([1]))
attempt("quantiles method", lambda: statistics.quantiles([1, 2], method="middle"))
attempt("covariance lengths", lambda: statistics.covariance([1, 2], [1]))
attempt("correlation one", lambda: statistics.correlation([1], [1]))
attempt("correlation constant", lambda: statistics.correlation([1, 1], [1, 2]))
attempt("regression constant", lambda: statistics.linear_regression([2, 2], [1, 2]))
attempt("regression lengths", lambda: statistics.linear_regression([1, 2], [1, 2, 3]))
attempt("mean strings", lambda: statistics.mean(["a", "b"]))
attempt("mean float str", lambda: statistics.fmean(["1", 2]))
statistics.stdev([])
