print("beta starts")
import alpha

# alpha is partially initialised here: its body stopped at `import beta`.
print("beta sees alpha without A:", hasattr(alpha, "A"))
try:
    alpha.A
except AttributeError as e:
    print("AttributeError:", e)
B = "beta's value"


def late():
    return alpha.A
