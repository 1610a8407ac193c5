# __delete__ on descriptors: del obj.attr, delattr, missing __delete__.
class Guarded:
    def __set_name__(self, owner, name):
        self.key = '_' + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.key, 'default')

    def __set__(self, obj, value):
        setattr(obj, self.key, value)

    def __delete__(self, obj):
        print('deleting', self.key)
        if hasattr(obj, self.key):
            delattr(obj, self.key)
        else:
            raise AttributeError(f'nothing to delete for {self.key}')


class A:
    g = Guarded()


a = A()
a.g = 5
print(a.g, vars(a))
del a.g
print(a.g, vars(a))
try:
    del a.g
except AttributeError as e:
    print(type(e).__name__, e)
a.g = 1
delattr(a, 'g')
print(vars(a))


class GetSetOnly:
    def __get__(self, obj, owner):
        return 'g'

    def __set__(self, obj, value):
        pass


class B:
    d = GetSetOnly()


try:
    del B().d
except AttributeError as e:
    print(type(e).__name__, e)


class GetDeleteOnly:
    def __get__(self, obj, owner):
        return 'gd'

    def __delete__(self, obj):
        print('GetDeleteOnly.__delete__')


class C:
    d = GetDeleteOnly()


c = C()
del c.d
try:
    c.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
c.__dict__['d'] = 'in dict'
print(c.d)
del C.d
print(c.d)
