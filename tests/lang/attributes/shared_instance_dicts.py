# Two instances sharing one __dict__ object, and dicts swapped between instances.
class A:
    pass


a, b = A(), A()
a.x = 1
b.__dict__ = a.__dict__
b.y = 2
print(vars(a), vars(b), a.__dict__ is b.__dict__)
del a.x
print(hasattr(b, 'x'), vars(b))
shared = {'k': 'shared'}
c, d = A(), A()
c.__dict__ = shared
d.__dict__ = shared
shared['new'] = 'added to the dict object'
print(c.new, d.k, c.__dict__ is shared)
c.__dict__ = dict(shared)
c.k = 'now separate'
print(c.k, d.k)


class B:
    def __init__(self, tag):
        self.tag = tag


x, y = B('x'), B('y')
x.__dict__, y.__dict__ = y.__dict__, x.__dict__
print(x.tag, y.tag)


class Sub(dict):
    pass


z = B('z')
z.__dict__ = Sub(tag='from dict subclass')
print(z.tag, type(z.__dict__).__name__)
z.more = 1
print(dict(z.__dict__))
