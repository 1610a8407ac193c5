# __slots__: fixed attributes, no __dict__, member descriptors.
class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, repr(P.x), P.x.__name__)
print(P.x.__get__(p, P), P.y.__get__(p))
P.y.__set__(p, 20)
print(p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 'back'
print(p.y)

class Single:
    __slots__ = 'only'

s = Single()
s.only = 1
print(s.only, Single.__slots__)
try:
    s.other = 2
except AttributeError as e:
    print(type(e).__name__, e)

class Listed:
    __slots__ = ['a', 'b']

l = Listed()
l.a = 1
print(l.a, type(Listed.__slots__).__name__)

class Empty:
    __slots__ = ()

e = Empty()
try:
    e.anything = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(hasattr(e, '__dict__'), '__weakref__' in dir(Empty), '__weakref__' in dir(Listed))

class ClassAttrStill:
    __slots__ = ('v',)
    shared = 'class level ok'

c = ClassAttrStill()
print(c.shared)
try:
    c.shared = 'nope'
except AttributeError as ex:
    print(type(ex).__name__, ex)
