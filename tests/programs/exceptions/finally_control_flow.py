# Checks finally with return, break and continue, including a return in finally overriding.
def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally after return")

def ret_override():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2

print(ret_in_try())
print(ret_override())
print(swallow())
print(return_value_evaluated_first())

# break and continue inside try/finally in loops.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
else:
    print("not reached")

n = 0
while True:
    n += 1
    try:
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
print("n =", n)

# Nested finally blocks run innermost first.
def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")

print(nested())

# A finally that changes a closure variable after return was computed.
def counter():
    c = [0]
    def bump():
        try:
            return c[0]
        finally:
            c[0] += 1
    return bump

b = counter()
print(b(), b(), b())
