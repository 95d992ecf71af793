# Checks the order of try/except/else/finally clauses in every combination of outcomes.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "key":
            {}["nope"]
        log.append("try end")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except KeyError as e:
        log.append("except KeyError " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(run("ok"))
print(run("raise"))
print(run("key"))

# An unhandled exception still runs finally, then propagates.
def leaky():
    try:
        return 1 // 0
    finally:
        print("leaky finally")

try:
    leaky()
except ZeroDivisionError as e:
    print("caught outside:", e)

# An exception raised inside else is not handled by the same try's except clauses.
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 / 0

try:
    else_raises()
except ZeroDivisionError:
    print("else clause error escaped")

# Nested try statements: the innermost matching handler wins.
def nested(kind):
    try:
        try:
            if kind == 1:
                raise KeyError("inner")
            raise IndexError("outer")
        except KeyError:
            return "inner handler"
        finally:
            print("inner finally", kind)
    except IndexError:
        return "outer handler"

print(nested(1), nested(2))

# Handler order: the first matching clause is used, even if a later one is more specific.
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError clause got", type(e).__name__)
except KeyError:
    print("never")

# Exception raised in a handler replaces the original one.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("got", type(e).__name__, e)
