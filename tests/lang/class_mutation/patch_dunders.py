# Adding operator dunders to a class after creation takes effect immediately.
class V:
    def __init__(self, n):
        self.n = n


a, b = V(1), V(2)
try:
    a + b
except TypeError as e:
    print('before:', type(e).__name__, e)
V.__add__ = lambda self, o: V(self.n + o.n)
V.__repr__ = lambda self: f'V({self.n})'
print(a + b, repr(a), [b])
V.__radd__ = lambda self, o: V(o + self.n)
print(10 + a, sum([a, b]))
V.__eq__ = lambda self, o: isinstance(o, V) and self.n == o.n
print(a == V(1), a != V(1), a == b)
V.__lt__ = lambda self, o: self.n < o.n
print(sorted([V(3), a, b]), max(a, b))
V.__len__ = lambda self: self.n
print(len(b), bool(V(0)))
V.__bool__ = lambda self: True
print(bool(V(0)))
V.__iter__ = lambda self: iter(range(self.n))
print(list(b), 1 in b)
V.__getitem__ = lambda self, i: self.n * i
print(b[5])
V.__call__ = lambda self, x: self.n * x
print(b(21))
V.__neg__ = lambda self: V(-self.n)
print(-b)
V.__contains__ = lambda self, x: x == 'always'
print('always' in a, 0 in b)
V.__str__ = lambda self: 'str of V'
print(a, str(b), f'{a}')
V.__format__ = lambda self, spec: 'formatted:' + spec
print(f'{a:xyz}', format(b))
V.__hash__ = lambda self: self.n
print(hash(V(7)), {V(1): 'one'}[a])
V.__index__ = lambda self: self.n
print([10, 20, 30][b], hex(V(255)))
V.__enter__ = lambda self: 'entered'
V.__exit__ = lambda self, *a: None
with a as val:
    print(val)
