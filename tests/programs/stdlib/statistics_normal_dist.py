# statistics.NormalDist: densities, quantiles, overlap, arithmetic; and math.erf/erfc.
import math
from statistics import NormalDist, StatisticsError


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


for x in [0.0, -0.0, 0.5, -1.5, 3.0, 1e-300, 6.0, -30.0, float("inf"), float("-inf")]:
    print(x, math.erf(x), math.erfc(x))
print(math.isnan(math.erf(float("nan"))))

standard = NormalDist()
iq = NormalDist(100, 15)
print(repr(standard), repr(iq), iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
for x in (70, 85, 100, 115, 130, 145):
    print(x, iq.pdf(x), iq.cdf(x), iq.zscore(x))
for p in (1e-300, 1e-20, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-12):
    print(p, standard.inv_cdf(p), iq.inv_cdf(p))
print(iq.quantiles(), standard.quantiles(n=10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), iq.overlap(NormalDist(110, 15)), iq.overlap(iq))
print(repr(iq + 5), repr(5 + iq), repr(iq - 5), repr(120 - iq), repr(iq * -2), repr(3 * iq), repr(iq / 5),
      repr(-iq), repr(+iq), repr(iq + NormalDist(10, 20)), repr(iq - NormalDist(10, 20)))
print(iq == NormalDist(100.0, 15.0), iq == NormalDist(100, 16), iq == 100, hash(iq) == hash(NormalDist(100, 15)))
print(repr(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])), repr(NormalDist.from_samples([1, 2, 3, 4])))
temperature = NormalDist.from_samples([4, 12, -3, 2, 7, 14])
print(round(temperature.mean, 1), round(temperature.stdev, 1), round(temperature.cdf(0), 4))

attempt("sigma", lambda: NormalDist(0, -1))
attempt("pdf zero", lambda: NormalDist(1, 0).pdf(1))
attempt("cdf zero", lambda: NormalDist(1, 0).cdf(1))
attempt("inv_cdf p", lambda: standard.inv_cdf(1.0))
attempt("inv_cdf zero", lambda: NormalDist(1, 0).inv_cdf(0.5))
attempt("zscore zero", lambda: NormalDist(1, 0).zscore(1))
attempt("overlap type", lambda: standard.overlap(3))
attempt("overlap zero", lambda: standard.overlap(NormalDist(0, 0)))
attempt("from_samples", lambda: NormalDist.from_samples([1]))
attempt("erf type", lambda: math.erf("1"))
