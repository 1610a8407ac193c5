# type(name, bases, dict) builds classes dynamically.
def init(self, v):
    self.v = v


def show(self):
    return 'P(%r)' % self.v


P = type('P', (), {'__init__': init, 'show': show, 'kind': 'dyn'})
p = P(3)
print(P.__name__, P.__qualname__, P.__module__, P.__bases__ == (object,))
print(p.show(), p.kind, type(p) is P)

Q = type('Q', (P,), {'extra': lambda self: self.v * 2})
q = Q(5)
print(q.show(), q.extra(), [c.__name__ for c in Q.__mro__])
print(isinstance(q, P), issubclass(Q, P))

ns = {'a': 1, '__doc__': 'dyn doc', '__qualname__': 'Deep.R'}
R = type('R', (), ns)
print(R.a, R.__doc__, R.__qualname__, repr(R))
ns['a'] = 2
print(R.a)

print(type(1) is int, type('x').__name__, type(type).__name__, type(P).__name__)
print(type(None).__name__, type(print).__name__)

for args in [('X',), ('X', ()), ('X', (), {}, 1), (1, (), {}), ('X', 1, {}), ('X', (), 1),
             ('X', (1,), {}), ('X', (int, str), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)

try:
    type('X', (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)

S = type('S', (int,), {})
s = S(7)
print(s + 1, type(s).__name__, type(s + 1).__name__)
