# User data descriptors: __get__ and __set__ with per-instance storage.
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f'<unset {self.name}>')

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, not {type(value).__name__}')
        obj.__dict__[self.name] = value


class Person:
    name = Typed('name', str)
    age = Typed('age', int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person('ann', 30)
print(p.name, p.age, vars(p))
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
try:
    Person(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(Person.name).__name__, Person.name.kind.__name__)
q = Person.__new__(Person)
print(q.name, q.age)
try:
    del p.age
except AttributeError as e:
    print(type(e).__name__, e)


class Recording:
    def __init__(self):
        self.log = []

    def __get__(self, obj, owner=None):
        self.log.append(('get', type(obj).__name__, owner.__name__ if owner else None))
        return 7

    def __set__(self, obj, value):
        self.log.append(('set', value))


rec = Recording()


class Host:
    attr = rec


h = Host()
h.attr
Host.attr
h.attr = 3
getattr(h, 'attr')
setattr(h, 'attr', 4)
print(rec.log)
print(rec.__get__(h), rec.__get__(None, Host))


class Sub(Host):
    pass


Sub().attr
print(rec.log[-1])
