# __dict__ and vars() of instances: live views, assignment, replacement.
class A:
    k = 'class'

    def __init__(self):
        self.x = 1
        self.y = 2


a = A()
print(a.__dict__, vars(a), vars(a) is a.__dict__)
a.z = 3
print(a.__dict__)
a.__dict__['w'] = 4
print(a.w, hasattr(a, 'w'))
del a.__dict__['x']
print(hasattr(a, 'x'), list(a.__dict__))
vars(a).update(p=10, q=11)
print(a.p, a.q, len(vars(a)))
print('k' in a.__dict__, a.k)

a.__dict__ = {'fresh': True}
print(vars(a), hasattr(a, 'y'), a.fresh)
for bad in [None, [], 5]:
    try:
        a.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del a.__dict__
    print('deleted dict', vars(a))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class B:
    pass


b = B()
print(vars(b), b.__dict__ == {})
b.__dict__.setdefault('s', 'set via dict')
print(b.s)
d = b.__dict__
b.t = 't'
print(d)
print(type(b.__dict__).__name__)
c = B()
c.__dict__.update(b.__dict__)
print(vars(c), vars(c) is vars(b))
# iteration order is insertion order
e = B()
for n in ['z', 'a', 'm']:
    setattr(e, n, n.upper())
print(list(vars(e)), list(vars(e).values()))
