# Absurd sizes raise MemoryError or OverflowError at once.
def check(label, f):
    try:
        r = f()
        print(label, 'ok', len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

check('[0] * 10**12', lambda: [0] * 10 ** 12)
check('[0] * 2**60', lambda: [0] * 2 ** 60)
check('[0] * 2**63-1', lambda: [0] * (2 ** 63 - 1))
check('[0] * 2**63', lambda: [0] * 2 ** 63)
check('[0, 0] * 2**62', lambda: [0, 0] * 2 ** 62)
check('(0,) * 10**12', lambda: (0,) * 10 ** 12)
check('(0,) * 10**20', lambda: (0,) * 10 ** 20)
empty = ()
check('() * 10**12', lambda: empty * 10 ** 12)
check('[] * 2**62', lambda: [] * 2 ** 62)
check('[0] * 1000', lambda: [0] * 1000)
check('[1, 2] * 1000', lambda: [1, 2] * 1000)
def imul(n):
    x = [1, 2, 3]
    x *= n
    return x
check('*= 10**12', lambda: imul(10 ** 12))
check('*= 10**19', lambda: imul(10 ** 19))
check('*= 10', lambda: imul(10))
big = [0] * 10 ** 6
check('big * 10**7', lambda: big * 10 ** 7)
check('big + big', lambda: big + big)
check('list(range(10**20))', lambda: list(range(10 ** 20)))
check('list(range(10**12))', lambda: list(range(10 ** 12)))
check('tuple(range(10**12))', lambda: tuple(range(10 ** 12)))
check('extend(range(10**12))', lambda: [].extend(range(10 ** 12)))
check('list(iter(range(10**12)))', lambda: list(range(10 ** 12).__iter__()))
def iadd_range(n):
    x = []
    x += range(n)
    return x
check('+= range(10**12)', lambda: iadd_range(10 ** 12))
check('list(range(5))', lambda: list(range(5)))
check('tuple(range(5).__iter__())', lambda: tuple(range(5).__iter__()))
def assign_range(n, step):
    x = [1, 2, 3]
    x[::step] = range(n)
    return x
check('x[:] = range(10**12)', lambda: assign_range(10 ** 12, 1))
check('x[::2] = range(10**12)', lambda: assign_range(10 ** 12, 2))
check('x[::2] = range(2)', lambda: assign_range(2, 2))
