# A builtin type's __dict__ holds its methods and slot wrappers before any is used.
for cls, names in ((list, ("__len__", "append", "__iter__")), (dict, ("__getitem__", "keys")),
                   (str, ("__contains__", "upper")), (int, ("__hash__", "__add__")),
                   (tuple, ("__len__", "count")), (set, ("add", "__iter__"))):
    print(cls.__name__, [name in cls.__dict__ for name in names])
print("__hash__" in list.__dict__ and list.__dict__["__hash__"] is None)
print("nope" in list.__dict__)
list.__dict__["nope"]
