# Complex literals in value patterns, class patterns on complex, and complex values
# flowing through comprehensions, generators and sort keys.
def f(x):
    match x:
        case 1j:
            return "1j"
        case -2j:
            return "-2j"
        case 1 + 2j:
            return "1+2j"
        case -1 - 2.5j:
            return "-1-2.5j"
        case complex(real=3):
            return "real 3"
        case float():
            return "float"
        case _:
            return "other"

for v in [1j, -2j, 1 + 2j, -1 - 2.5j, 3 + 5j, 1.0, 2, complex(0, 1), 0j]:
    print(v, f(v))
try:
    match 1j:
        case complex(x):
            print(x)
except TypeError as e:
    print(e)
match {"k": 1j}:
    case {"k": 1j}:
        print("mapping")
print(complex.__name__, [complex(i, -i) for i in range(3)])
import math
print(math.isfinite(1.0), isinstance(1j, (int, float, complex)))
g = (z * z for z in [1j, 2j])
print(list(g))
print(sorted([3j, 1 + 1j, -2], key=abs))
print(type(1j)(2, 3), str(complex))
