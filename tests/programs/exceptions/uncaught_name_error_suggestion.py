# Checks CPython's "Did you mean" suggestion on the last stderr line of an uncaught NameError.
# str(e) has no suggestion; only the printed traceback line does.
total_sum = 0
for n in range(1, 6):
    total_sum += n
print("total_sum =", total_sum)
try:
    print(totl_sum)
except NameError as e:
    print("caught:", e)
    print("args:", e.args)

def make_report(prefix):
    def report():
        return prefix + str(totl_sum)
    return report

report = make_report("sum is ")
print(report.__code__.co_freevars)
totl_sum = "patched"
print(report())
del totl_sum
print("calling report again")
print(report())
