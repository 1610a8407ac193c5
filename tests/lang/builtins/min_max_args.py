# min()/max(): several arguments or one iterable, key=, default=, and errors.
print(max(1, 2), min(1, 2), max(3, 1, 2), min('b', 'a', 'c'), max([5, 9, 1]), min((5, 9, 1)))
print(max('abc'), min('abc'), max(range(5)), min(range(3, 8)), max({3: 1, 7: 2}), min({4, 2, 8}))
print(max([1, 2], [1, 3]), min((1, 'b'), (1, 'a')), max(1, 2.5), min(-0.0, 0), max(0, -0.0))
print(max(2, 2.0), max(2.0, 2), min(1, True), min(True, 1), max(False, 0))
print(max(['a', 'bbb', 'cc'], key=len), min(['a', 'bbb', 'cc'], key=len), max(-3, 2, key=abs))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=lambda x: -x), max([1, 2], key=None))
print(max([(1, 'first'), (1, 'second')], key=lambda t: t[0]), min([(2, 'x'), (2, 'y')], key=lambda t: t[0]))
print(max([], default='none'), min([], default=None), max([7], default=0), min((), key=len, default=-1))
print(max(iter([4, 8, 1])), min(x % 5 for x in range(7, 12)), max([[], [0]], key=len))
print(max(10 ** 30, 10 ** 29), min(-(10 ** 30), 1), max(float('-inf'), -(10 ** 400)), max(1.5, 2 ** 70))
nan = float('nan')
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
calls = []
def key(x):
    calls.append(x)
    return -x
print(max([3, 1, 2], key=key), calls)
for bad in ['max()', 'min()', 'max(key=len)', 'max(5)', 'min(None)', 'max([1, "a"])', 'min([])',
            'max(())', 'min("")', 'max([], key=len)', 'max(1, 2, default=0)', 'min(1, 2, x=3)',
            'max([1], key=None, default=None, x=1)', 'max([1], [2], key=3)', 'min(1, 2, key=len)']:
    try:
        if bad == 'max()':
            max()
        elif bad == 'min()':
            min()
        elif bad == 'max(key=len)':
            max(key=len)
        elif bad == 'max(5)':
            max(5)
        elif bad == 'min(None)':
            min(None)
        elif bad == 'max([1, "a"])':
            max([1, "a"])
        elif bad == 'min([])':
            min([])
        elif bad == 'max(())':
            max(())
        elif bad == 'min("")':
            min("")
        elif bad == 'max([], key=len)':
            max([], key=len)
        elif bad == 'max(1, 2, default=0)':
            max(1, 2, default=0)
        elif bad == 'min(1, 2, x=3)':
            min(1, 2, x=3)
        elif bad == 'max([1], key=None, default=None, x=1)':
            max([1], key=None, default=None, x=1)
        elif bad == 'max([1], [2], key=3)':
            max([1], [2], key=3)
        else:
            min(1, 2, key=len)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__ + ':', e)
