# __instancecheck__ on a metaclass customizes isinstance().
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print('__instancecheck__', cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

class Quacker(metaclass=DuckMeta):
    required = ('quack',)

class Duck:
    def quack(self):
        return 'quack'

class Dog:
    pass

print(isinstance(Duck(), Quacker), isinstance(Dog(), Quacker))
print(isinstance(Duck(), (int, Quacker)))
q = Quacker.__new__(Quacker)
print(isinstance(q, Quacker))

class Always(type):
    def __instancecheck__(cls, obj):
        return 1

class Anything(metaclass=Always):
    pass

print(isinstance(5, Anything), isinstance(None, Anything), type(isinstance(5, Anything)).__name__)

class Never(type):
    def __instancecheck__(cls, obj):
        return []

class Nothing(metaclass=Never):
    pass

print(isinstance(Nothing(), Nothing), isinstance(1, Nothing))

class Raising(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError('instancecheck failed')

class R(metaclass=Raising):
    pass

try:
    isinstance(1, R)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, R))
except RuntimeError as e:
    print('short-circuit?', type(e).__name__, e)
else:
    print('tuple short-circuits on int')

class OnClass:
    def __instancecheck__(self, obj):
        return True

print(isinstance(5, OnClass))
print(isinstance(1, OnClass()))
try:
    isinstance(1, object())
except TypeError as e:
    print(type(e).__name__, e)
