from __future__ import annotations, division
import __future__
print(annotations, division.getMandatoryRelease(), __future__.all_feature_names[:3])
print(annotations is __future__.annotations, __future__.CO_FUTURE_ANNOTATIONS)
def f(x: Undefined) -> Nope: pass
print(f.__annotations__)
