# A misspelt attribute of an instance whose attributes moved to a dict (one was deleted): the
# uncaught AttributeError still suggests the attribute it has.


class Config:
    def __init__(self):
        self.verbose = False
        self.threshold = 3
        self.temporary = None


c = Config()
del c.temporary
c.colour = "red"
print(vars(c))
print(c.threshhold)
