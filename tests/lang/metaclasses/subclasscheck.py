# __subclasscheck__ on a metaclass customizes issubclass() (and isinstance's fallback).
class Registry(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls._registered = set()

    def register(cls, other):
        cls._registered.add(other)
        return other

    def __subclasscheck__(cls, sub):
        print('__subclasscheck__', cls.__name__, sub.__name__)
        if sub in cls._registered:
            return True
        return super().__subclasscheck__(sub)

class Iface(metaclass=Registry):
    pass

class Impl(Iface):
    pass

@Iface.register
class Virtual:
    pass

class Unrelated:
    pass

print(issubclass(Impl, Iface), issubclass(Virtual, Iface), issubclass(Unrelated, Iface))
print(issubclass(Virtual, (int, Iface)))
print(isinstance(Virtual(), Iface))
print(isinstance(Impl(), Iface))
print(Iface in Virtual.__mro__, [c.__name__ for c in Virtual.__mro__])

class Truthy(type):
    def __subclasscheck__(cls, sub):
        return 'yes'

class T(metaclass=Truthy):
    pass

print(issubclass(int, T), type(issubclass(int, T)).__name__)
print('non-class argument reaches the hook:', issubclass(5, T))

class Accepts(type):
    def __subclasscheck__(cls, sub):
        return sub == 5

class Five(metaclass=Accepts):
    pass

print(issubclass(5, Five))

class Raises(type):
    def __subclasscheck__(cls, sub):
        raise LookupError('subclasscheck failed')

class Z(metaclass=Raises):
    pass

try:
    issubclass(int, Z)
except LookupError as e:
    print(type(e).__name__, e)
try:
    issubclass(Z, Z)
except LookupError as e:
    print('same class still calls the hook:', type(e).__name__, e)
print(isinstance(Z(), Z))
