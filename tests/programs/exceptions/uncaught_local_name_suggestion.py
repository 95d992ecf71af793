# An uncaught NameError inside a function suggests a similar local name, as CPython does.
def tally(values):
    running_total = 0
    for v in values:
        running_total += v
    return runing_total


print("start")
tally([1, 2, 3])
