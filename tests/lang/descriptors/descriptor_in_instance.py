# Descriptors stored in an instance dict or a metaclass are not invoked
# the way class-level ones are.
class Desc:
    def __get__(self, obj, owner):
        return 'descriptor result'

    def __set__(self, obj, value):
        print('Desc.__set__', value)


class A:
    pass


a = A()
a.d = Desc()
print(type(a.d).__name__)
a.d = 'replaced'
print(a.d)

a.p = property(lambda self: 'prop value')
print(type(a.p).__name__)


def func(self):
    return 'bound?'


a.f = func
try:
    print(a.f())
except TypeError as e:
    print(type(e).__name__, e)
print(a.f('explicit'))

a.sm = staticmethod(func)
print(type(a.sm).__name__)


class B:
    d = Desc()


b = B()
b.__dict__['d'] = 'in instance dict'
print(b.d)
b.d = 'via setattr'
print(b.__dict__['d'])

B.d = 'now plain'
print(b.d)


class Holder:
    pass


Holder.desc = Desc()
h = Holder()
print(h.desc, Holder.desc)
h.desc = 'goes through __set__'
print('desc' in vars(h))
