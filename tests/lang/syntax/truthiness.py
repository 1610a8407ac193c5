# Truth values of builtin objects.
values = [0, 1, -1, 0.0, -0.0, 0.5, float('nan'), '', ' ', 'a', b'', b'\x00',
          [], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), None,
          True, False, range(0), range(1), 10 ** 30, -(10 ** 30)]
for v in values:
    print(repr(v), bool(v))
print(bool(), bool(bool))
print(bool(len), bool(print))
if []:
    print('no')
elif [[]]:
    print('non-empty list of empty list is true')
n = 0
while 'x'[n:]:
    n += 1
print('n', n)
