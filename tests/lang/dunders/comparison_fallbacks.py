# When both sides return NotImplemented: == and != fall back to identity, ordering raises.
class Shy:
    def __eq__(self, other):
        return NotImplemented

    def __ne__(self, other):
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented

    def __hash__(self):
        return 1


a, b = Shy(), Shy()
print(a == a, a == b, a != a, a != b)
print(a == 1, 1 == a, a != None, None != a, a == None)
for fn in [lambda: a < b, lambda: a > b, lambda: a <= b, lambda: a >= b]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > a
except TypeError as e:
    print(type(e).__name__, e)
print([a] == [a], [a] == [b], (a,) != (b,), a in [b], a in [a])
print({a: 1}.get(b), {a: 1}.get(a))


class Everything:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


e = Everything()
print(e == None, None == e, e != None, e is None, [e].count(None))
print([None].index(e), e in [None], None in [e], {None: 'x'}.get(e))
