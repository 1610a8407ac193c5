# Overriding list methods: which builtins route through the overrides (and which don't).
class Logged(list):
    def append(self, x):
        print('Logged.append', x)
        super().append(x)

    def __setitem__(self, i, v):
        print('Logged.__setitem__', i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        print('Logged.__getitem__', i)
        return super().__getitem__(i)

    def __len__(self):
        print('Logged.__len__')
        return super().__len__()

    def __iter__(self):
        print('Logged.__iter__')
        return super().__iter__()

    def __contains__(self, x):
        print('Logged.__contains__', x)
        return super().__contains__(x)


l = Logged([1, 2])
l.append(3)
l.extend([4])
l += [5]
l[0] = 'a'
print(l[0])
print(len(l))
print(list(l))
print(2 in l)
print(l[1:3])
x, *rest = l
print(x, rest)
print(l.copy(), l.index(2), l.count(2))
print(list.__len__(l), list.__getitem__(l, 1))


class Validated(list):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self.append(item)

    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f'only ints allowed, not {type(x).__name__}')
        super().append(x)


v = Validated([1, 2])
try:
    v.append('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    Validated([1, 'y'])
except TypeError as e:
    print(type(e).__name__, e)
v.extend(['extend bypasses append'])
print(v)
