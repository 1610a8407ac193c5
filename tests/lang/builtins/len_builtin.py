# len on every builtin container.
for obj in ['', 'abc', 'é中😀', b'', b'ab', bytearray(3), [], [1, [2, 3]], (), (1,), {}, {1: 2},
            set(), {1, 2}, frozenset({1}), range(10), range(0, 10, 3), range(5, 0), {1: 2}.keys(),
            {1: 2, 3: 4}.items(), {1: 2}.values()]:
    print(repr(obj), len(obj))
for bad in (5, 1.5, None, True, len, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print('TypeError:', e)
