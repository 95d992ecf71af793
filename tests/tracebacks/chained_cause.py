def f(n):
    return f(n+1) if n < 5 else 1/0
try:
    f(0)
except ZeroDivisionError as e:
    raise ValueError("wrapped") from e
