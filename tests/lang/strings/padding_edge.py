# center/ljust/rjust/zfill: rounding, fill characters and errors.
for w in ['', 'a', 'ab', 'abc']:
    for width in range(0, 7):
        print(repr(w.center(width, '.')), end=' ')
    print()
print('ab'.center(5, '*'), 'abc'.center(6, '*'), 'abcd'.center(7, '*'), 'a'.center(4, '*'))
print(repr('x'.ljust(4, 'é')), repr('x'.rjust(4, '中')), repr('中文'.center(6, '😀')))
print(repr('abc'.ljust(-5)), repr('abc'.rjust(2)), repr('abc'.center(3)))
print(repr('-5'.zfill(4)), repr('+5'.zfill(4)), repr('5'.zfill(-1)), repr(''.zfill(3)),
      repr('-'.zfill(4)), repr('+-1'.zfill(5)), repr('é'.zfill(3)), repr('0x1f'.zfill(6)))
print('7'.rjust(True), 'q'.ljust(False) + '|')
for args in [(), (3, 'ab'), (3, ''), (3, 1), (3, None), ('3',), (3.0,), (3, '*', 1)]:
    for name in ['center', 'ljust', 'rjust']:
        try:
            print(repr(getattr('x', name)(*args)))
        except TypeError as e:
            print(name, type(e).__name__, e)
for args in [(), ('5',), (5, 1), (None,)]:
    try:
        print('x'.zfill(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ['x.center(2**70)', 'x.zfill(2**70)', 'x.ljust(-2**70)']:
    try:
        if bad == 'x.center(2**70)':
            'x'.center(2 ** 70)
        elif bad == 'x.zfill(2**70)':
            'x'.zfill(2 ** 70)
        else:
            print(repr('x'.ljust(-2 ** 70)))
    except OverflowError as e:
        print(bad, type(e).__name__, e)
try:
    'x'.center(2 ** 62)
except MemoryError as e:
    print('MemoryError', repr(str(e)))
try:
    'x'.center(width=3)
except TypeError as e:
    print(type(e).__name__, e)
