# A Random pickled mid-sequence continues the same sequence once loaded or copied.
import random, pickle, copy
r = random.Random(5)
r.random()
data = pickle.dumps(r)
print(len(data), data[:60], data[-30:])
r2 = pickle.loads(data)
print(r.random() == r2.random(), r2.randint(1, 100))
print(copy.deepcopy(r).random() == r.random())
