# Class attributes vs instance attributes: lookup, shadowing, deletion.
class A:
    color = 'red'
    items = []
    n = 0


a, b = A(), A()
print(a.color, b.color, A.color)
a.color = 'blue'
print(a.color, b.color, A.color)
print('color' in vars(a), 'color' in vars(b))
del a.color
print(a.color)
try:
    del a.color
except AttributeError as e:
    print(type(e).__name__, e)

# mutating a shared mutable class attribute is seen by all instances
a.items.append(1)
print(b.items, A.items, a.items is b.items)
# rebinding through the instance creates an instance attribute
a.items = a.items + [2]
print(a.items, b.items, A.items)

# augmented assignment on an immutable class attribute creates an instance attr
a.n += 5
print(a.n, b.n, A.n, vars(a))

A.color = 'green'
print(a.color, b.color)
b.color = 'black'
A.color = 'white'
print(a.color, b.color)


class B(A):
    color = 'yellow'


c = B()
print(c.color, super(B, c).color, A.color)
del B.color
print(c.color)
try:
    del B.color
except AttributeError as e:
    print(type(e).__name__, e)

# a method shadowed by an instance attribute
class M:
    def f(self):
        return 'method'


m = M()
print(m.f())
m.f = lambda: 'instance lambda'
print(m.f(), M.f(m))
del m.f
print(m.f())
