# ValueError/IndexError/KeyError/AttributeError messages via stdout.
import math
def unpack(n, src):
    if n == 2:
        a, b = src
    else:
        a, b, c = src
cases = [
    lambda: int('abc'), lambda: int('1.5'), lambda: float('abc'), lambda: [1, 2].remove(5),
    lambda: unpack(2, [1, 2, 3]), lambda: unpack(3, [1, 2]), lambda: unpack(2, 'a'),
    lambda: math.sqrt(-1), lambda: [].index(1), lambda: 'abc'.index('z'), lambda: (1,).index(2),
    lambda: [1][3], lambda: (1,)[3], lambda: 'x'[3], lambda: [].pop(), lambda: range(3)[5],
    lambda: {}['missing'], lambda: {}[1, 2], lambda: {'a': 1}.pop('b'), lambda: set().pop(),
    lambda: (5).foo, lambda: [].x, lambda: None.attr, lambda: 'str'.nope, lambda: math.nope,
    lambda: chr(0x110000), lambda: 'a'.center(2, 'xy'), lambda: b'x'.decode('nope-codec'),
]
for fn in cases:
    try:
        fn()
        print('no error')
    except (ValueError, IndexError, KeyError, AttributeError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
