# The uncaught TypeErrors of this group, caught here so messages compare via stdout.
def f(a, b):
    return a + b
def g(a, *, key):
    return a
five, ten, nothing = 5, 10, None
cases = [
    lambda: 1 + 'a', lambda: 'a' * 'b', lambda: len(5), lambda: five(), lambda: f(1, 2, 3),
    lambda: f(1), lambda: f(), lambda: f(1, 2, z=3), lambda: f(1, 2, a=3), lambda: g(1),
    lambda: {1, 2}.add([3]), lambda: 3 < 'a', lambda: ten[0], lambda: [i for i in 5],
    lambda: [1] + (2,), lambda: 'a' + 1, lambda: -'five', lambda: (1, 2).__setitem__(0, 1),
    lambda: nothing(), lambda: [].foo(), lambda: 'x' < 1, lambda: abs('x'), lambda: int(None),
    lambda: 2 ** 'x', lambda: 'x' % 2, lambda: b'a' + 'a', lambda: {}[{}],
]
for fn in cases:
    try:
        fn()
        print('no error')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
