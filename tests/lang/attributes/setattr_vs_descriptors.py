# How __setattr__ overrides interact with data descriptors and properties.
class Desc:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')

    def __set__(self, obj, value):
        print('Desc.__set__', self.name, value)
        obj.__dict__[self.name] = value


class A:
    d = Desc()

    def __setattr__(self, name, value):
        print('A.__setattr__', name, value)
        super().__setattr__(name, value)


a = A()
a.d = 1
a.plain = 2
print(a.d, vars(a))
object.__setattr__(a, 'd', 3)
print(a.d)


class Intercepting:
    d = Desc()

    def __setattr__(self, name, value):
        print('intercepted', name)
        self.__dict__[name] = value


i = Intercepting()
i.d = 'bypass'
print(vars(i), i.d)


class WithProp:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    def __setattr__(self, name, value):
        print('set', name)
        object.__setattr__(self, name, value)


w = WithProp()
try:
    w.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(w.x)


class ClassLevel:
    d = Desc()


ClassLevel.d = 'replaces the descriptor'
print(ClassLevel.d, ClassLevel().d, type(ClassLevel.__dict__['d']).__name__)
