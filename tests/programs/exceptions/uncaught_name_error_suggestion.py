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
def report():
    return "sum is " + str(totl_sum)
print("calling report")
print(report())
