# Setting class attributes after instances exist: instances see the change.
class A:
    color = 'red'


a1, a2 = A(), A()
print(a1.color, a2.color)
A.color = 'blue'
print(a1.color, a2.color, A().color)
A.size = 10
print(a1.size, hasattr(a2, 'size'))
a1.color = 'own'
A.color = 'green'
print(a1.color, a2.color)
setattr(A, 'dyn', lambda self: 'dynamic method on ' + type(self).__name__)
print(a1.dyn(), A.dyn(a2))


class B(A):
    pass


b = B()
print(b.color, b.size)
A.color = 'purple'
print(b.color)
B.color = 'B-only'
print(b.color, a2.color)
A.color = 'changed again'
print(b.color, a2.color)
for i in range(3):
    A.counter = i
    print('loop', a2.counter, b.counter)


class C:
    pass


objs = [C() for _ in range(3)]
for name, value in [('x', 1), ('y', [2]), ('z', 'three')]:
    setattr(C, name, value)
print([(o.x, o.y, o.z) for o in objs])
C.y.append(3)
print(objs[0].y, objs[2].y is C.y)
print(sorted(k for k in vars(C) if not k.startswith('__')))
