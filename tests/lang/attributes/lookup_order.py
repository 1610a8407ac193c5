# Attribute protocol order: data descriptor > instance dict > non-data
# descriptor / class attribute > __getattr__.
class Data:
    def __get__(self, obj, owner):
        return 'data descriptor'

    def __set__(self, obj, value):
        print('Data.__set__', value)

class NonData:
    def __get__(self, obj, owner):
        return 'non-data descriptor'

class A:
    d = Data()
    n = NonData()
    plain = 'class attribute'

    def __getattr__(self, name):
        return '__getattr__ for ' + name

a = A()
print(a.d, a.n, a.plain, a.other)
a.__dict__['d'] = 'instance d'
a.__dict__['n'] = 'instance n'
a.__dict__['plain'] = 'instance plain'
print(a.d, a.n, a.plain)
a.d = 'assigned'
print(vars(a)['d'])
a.n = 'assigned n'
print(a.n)
del a.__dict__['n']
print(a.n)
del a.__dict__['plain']
print(a.plain)
print(A.d, A.n, A.plain)

class B(A):
    n = 'B shadows the non-data descriptor'

b = B()
print(b.n, b.d, b.missing)

class C(A):
    d = 'plain class attr shadows data descriptor'

c = C()
c.__dict__['d'] = 'instance wins now'
print(c.d)

class OnlySet:
    def __set__(self, obj, value):
        obj.__dict__['s'] = value * 2

class D:
    s = OnlySet()

dd = D()
print(type(dd.s).__name__)
dd.s = 21
print(dd.s, vars(dd))

class OnlyDelete:
    def __delete__(self, obj):
        print('deleting')

class E:
    x = OnlyDelete()

e = E()
e.__dict__['x'] = 'inst'
print(type(e.x).__name__)
del e.x
print(vars(e))
try:
    e.x = 5
except AttributeError as ex:
    print(type(ex).__name__, ex)
