# Checks a user-defined exception class derived from Exception: raising, catching, args, str.
class MyError(Exception):
    pass

class ValidationError(Exception):
    pass

def validate(age):
    if type(age).__name__ != "int":
        raise ValidationError("age must be an int", age)
    if age < 0:
        raise MyError("negative age: %d" % age)
    return age

for value in [30, -4, "old"]:
    try:
        print("valid", validate(value))
    except MyError as e:
        print("MyError:", e, e.args)
    except ValidationError as e:
        print("ValidationError:", e, e.args, len(e.args))

e = MyError("x", 1)
print(repr(e), str(e), isinstance(e, Exception), isinstance(e, MyError), type(e).__name__)
print(repr(MyError()), str(MyError()) == "", MyError.__name__)

# User exceptions are caught by except Exception, not by unrelated classes.
try:
    try:
        raise MyError("inner")
    except ValueError:
        print("wrong handler")
except Exception as caught:
    print("generic handler:", type(caught).__name__, caught)

# Raising the class itself.
try:
    raise MyError
except MyError as e:
    print("raised class:", repr(e), e.args)

# An exception instance carrying a closure.
def make_failing():
    secret = "closure value"
    def fail():
        raise MyError(lambda: secret)
    return fail

try:
    make_failing()()
except MyError as e:
    print("payload returns:", e.args[0]())
