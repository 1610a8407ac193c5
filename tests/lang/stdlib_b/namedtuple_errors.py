from collections import namedtuple

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

P = namedtuple('P', 'x y z', defaults=[3])
attempt('missing one', lambda: P(1))
attempt('missing two', lambda: P())
attempt('too many', lambda: P(1, 2, 3, 4))
attempt('unexpected kw', lambda: P(1, 2, w=3))
attempt('multiple', lambda: P(1, 2, x=3))
attempt('make', lambda: P._make([1]))
attempt('replace', lambda: P(1, 2)._replace(w=1))
Q = namedtuple('Q', 'a b c d')
attempt('missing four', lambda: Q())
attempt('exact', lambda: Q(1, 2, 3, 4, 5))
attempt('bad name', lambda: namedtuple('1a', 'x'))
attempt('keyword', lambda: namedtuple('A', 'x def'))
attempt('underscore', lambda: namedtuple('A', 'x _y'))
attempt('duplicate', lambda: namedtuple('A', 'x x'))
attempt('defaults', lambda: namedtuple('A', 'x', defaults=[1, 2]))
attempt('set field', lambda: setattr(P(1, 2), 'w', 5))
attempt('index', lambda: P(1, 2)[3])
