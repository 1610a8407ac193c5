# tuple() and tuple(iterable).
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def gen():
    yield 'g'
    yield 'h'

print(tuple(), tuple([]), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(gen()))
print(tuple({'k': 1}), tuple(x * 2 for x in (1, 2)), tuple([[1], [2]]), tuple(reversed((1, 2))))
t = (1, 2, 3)
print(tuple(t) is t, tuple(list(t)) == t, tuple(list(t)) is t)
check('int', lambda: tuple(1))
check('none', lambda: tuple(None))
check('two', lambda: tuple(1, 2))
check('keyword', lambda: tuple(iterable=()))
print((), (1,), (1, 2), ((),), (None,), ('a',), ((1,),))
x = 1,
y = ()
z = 1, 2,
print(x, y, z, len(x), len(y), len(z), type(z).__name__)
a, b = 'ab'
print(a, b)
(c, d), e = (1, 2), 3
print(c, d, e)
p, *q = (1, 2, 3)
print(p, q)
print(tuple(tuple(x) for x in ['ab', 'cd']))
print(type(()).__name__, type(tuple()) is tuple, tuple.__name__)
