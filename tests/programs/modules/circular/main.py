# Circular imports: a module is in sys.modules while its body runs.
import sys
import alpha
print(alpha.A, alpha.from_beta(), alpha.beta.late())
try:
    import gamma
except ImportError as e:
    print(type(e).__name__, e.name)
    print(str(e).split(" (/")[0])
print("gamma" in sys.modules, "delta" in sys.modules)
for attempt in range(2):
    try:
        import broken
    except ValueError as e:
        print("attempt", attempt, e, "broken" in sys.modules)
