# A list subclass whose slices, copies and operators keep the subclass type.
class TypedList(list):
    def __init__(self, items=(), kind=int):
        self.kind = kind
        super().__init__(self._check(x) for x in items)

    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f'expected {self.kind.__name__}, got {type(x).__name__}')
        return x

    def _wrap(self, items):
        return type(self)(items, self.kind)

    def __getitem__(self, i):
        result = super().__getitem__(i)
        return self._wrap(result) if isinstance(i, slice) else result

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            v = [self._check(x) for x in v]
        else:
            v = self._check(v)
        super().__setitem__(i, v)

    def __add__(self, other):
        return self._wrap(list(self) + list(other))

    def append(self, x):
        super().append(self._check(x))

    def copy(self):
        return self._wrap(self)

    def __repr__(self):
        return f'TypedList[{self.kind.__name__}]({list.__repr__(self)})'


t = TypedList([3, 1, 2])
print(t, t[0], t[1:], t[::-1], t[:0], type(t[1:]).__name__)
t.append(4)
t[0] = 30
t[1:3] = [10, 20]
print(t, t + [5], t.copy(), t.copy() is t)
for action in [lambda: t.append('x'), lambda: t.__setitem__(0, 1.5),
               lambda: t.__setitem__(slice(0, 1), ['bad']), lambda: TypedList([1, 'a'])]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
s = TypedList(['a', 'b'], kind=str)
print(s, s[::-1], s + ['c'])
try:
    s + [1]
except TypeError as e:
    print(type(e).__name__, e)
t.extend([7])
t.insert(0, 'bypass')
print(t, type(sorted(t[1:])).__name__)
