# callable() of every kind of object.
def f():
    pass
def gen():
    yield 1
values = [len, print, f, lambda: 0, gen, int, type, object, ValueError, [].append, 'x'.upper,
          int.from_bytes, (1).bit_length, 5, 1.5, 'x', None, [], {}, (), gen(), iter([]),
          ValueError("x"), range(3), callable, NotImplemented]
for i, v in enumerate(values):
    print(i, callable(v))
try:
    callable()
except TypeError as e:
    print('TypeError:', e)
try:
    callable(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    callable(obj=1)
except TypeError as e:
    print('TypeError:', e)
