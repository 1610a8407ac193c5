# __getattr__ / __getattribute__ / __setattr__ on a metaclass affect class-level access.
class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith('get_'):
            return lambda: f'{cls.__name__}.{name[4:]}'
        raise AttributeError(f'{cls.__name__} has no class attribute {name!r}')


class A(metaclass=Lazy):
    real = 'real'


print(A.real, A.get_thing(), A.get_other())
try:
    A.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A().get_thing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(A, 'get_x'), hasattr(A, 'zzz'), getattr(A, 'zzz', 'default'))


class Guard(type):
    def __setattr__(cls, name, value):
        if name.startswith('_'):
            raise AttributeError(f'cannot set private {name} on {cls.__name__}')
        print('class attr set', cls.__name__, name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print('class attr del', name)
        super().__delattr__(name)


class B(metaclass=Guard):
    initial = 'body assignments bypass __setattr__'


B.x = 1
try:
    B._hidden = 2
except AttributeError as e:
    print(type(e).__name__, e)
del B.x
print(hasattr(B, 'x'), B.initial)
b = B()
b.instance_attr = 'instance sets are unaffected'
print(b.instance_attr)


class Logging(type):
    def __getattribute__(cls, name):
        if not name.startswith('__'):
            print('meta getattribute', name)
        return super().__getattribute__(name)


class C(metaclass=Logging):
    attr = 'value'

    def method(self):
        return 'method'


print(C.attr)
print(C().method())
print(C().attr)
