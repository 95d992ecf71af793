import sys
import types
import json
import math

print(sys.__class__, type(sys))
print(sys.__class__ is types.ModuleType, json.__class__ is types.ModuleType, math.__class__.__name__)
made = types.ModuleType("made")
print(made.__class__, isinstance(made, types.ModuleType))
print(getattr(sys, "__class__") is type(json), hasattr(json, "__class__"))
print(sys.__class__.__name__, sys.__class__.__qualname__)
sys.__class__.nothing
