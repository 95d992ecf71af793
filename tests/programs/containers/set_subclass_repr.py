class S(set):
    pass

class F(frozenset):
    pass

class R(set):
    def __repr__(self):
        return "R!"

class Outer:
    class Inner(set):
        pass

print(repr(S([3])), S(), repr(F(frozenset({1}))), F(), R([1]), repr(R()))
print(Outer.Inner([2]), str(S([5])), [S([1]), F([2])], {"k": S()})
print(f"{S([7])!r}", "%r" % (F([8]),))
s = S([1])
s.add(s_f := F([4]))
print(s == {1, s_f}, len(s))
class L(list):
    pass
print(L([1]), set.__repr__(S([9])), frozenset.__repr__(F()))
class Deep(S):
    pass
print(Deep([1]), Deep(), type(Deep([1]) | {2}).__name__)
print(F([1]) == frozenset([1]), hash(F([3])) == hash(frozenset([3])))
