# __getitem__ receives ints, slice objects, tuples and arbitrary keys.
class Show:
    def __getitem__(self, key):
        return key


s = Show()
print(s[1], s[-1], s['k'], s[None], s[1.5])
print(s[1:2], s[:], s[::], s[1:], s[:3], s[::2], s[1:2:3], s[-1::-1])
print(s[1, 2], s[1:2, 3], s[:, ::2], s[...], s[..., 1], s[()])
sl = s[1:10:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step, sl.indices(5))
print(s['a':'b'], s[None:None], s[len:print].start is len)


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.items))
            print('slice ->', (start, stop, step))
            return Seq(self.items[key])
        if isinstance(key, int):
            return self.items[key]
        raise TypeError(f'Seq indices must be integers or slices, not {type(key).__name__}')

    def __repr__(self):
        return f'Seq({self.items})'


q = Seq('abcdef')
print(q[0], q[-1], q[1:4], q[::-2], q[10:], q[-100:2])
try:
    q[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    q['x']
except TypeError as e:
    print(type(e).__name__, e)
print(list(q), q[1:3][0])
print(slice(1, 2) == slice(1, 2), slice(3), repr(slice(None, 5, None)))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)


class Grid:
    def __getitem__(self, rc):
        r, c = rc
        return r * 10 + c


g = Grid()
print(g[1, 2], g[3, 4])
try:
    g[1]
except TypeError as e:
    print(type(e).__name__, e)
