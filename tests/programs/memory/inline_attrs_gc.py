# Many instances whose attributes are the only references to other objects, built and
# dropped across collections: inline values, values moved to dicts, and the names of
# attributes made at run time must all survive exactly as long as the instances do.


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
        self.label = "node-" + str(value)


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
        if i % 7 == 0:
            head.extra = [i] * 3  # an attribute only some instances have
        if i % 11 == 0:
            vars(head)  # this one switches to a dict
        if i % 13 == 0:
            setattr(head, "dyn" + str(i % 3), (i, "x" * (i % 5)))
    return head


def check(head):
    total = count = extras = dyn = 0
    while head is not None:
        total += head.value
        count += 1
        assert head.label == "node-" + str(head.value), head.label
        if hasattr(head, "extra"):
            extras += sum(head.extra)
        for k in range(3):
            v = getattr(head, "dyn" + str(k), None)
            if v is not None:
                dyn += v[0] + len(v[1])
        head = head.next
    return count, total, extras, dyn


keep = []
totals = [0, 0, 0, 0]
for round_ in range(300):
    lst = build(40 + round_ % 50)
    junk = [Node(j, None) for j in range(60)]  # garbage, to trigger collections
    for j in junk[::2]:
        j.more = {"j": j.value}
    if round_ % 60 == 0:
        keep.append(lst)
    for i, t in enumerate(check(lst)):
        totals[i] += t
    if round_ % 50 == 49:
        print(round_, totals)
    del junk
for lst in keep:
    print(check(lst))


# Instances whose values are cycles through other instances.
class Pair:
    pass


ring = []
for i in range(600):
    p = Pair()
    p.me = p
    p.i = i
    if ring:
        p.prev = ring[-1]
        ring[-1].nxt = p
    ring.append(p)
ring = ring[-1]
s = 0
while hasattr(ring, "prev"):
    s += ring.i + ring.me.i
    ring = ring.prev
print(s)
