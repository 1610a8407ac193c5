# Metaclass __new__: sees name, bases, namespace; can modify or replace them.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added_by_meta'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        cls.created = True
        return cls


class A(metaclass=Meta):
    x = 1

    def m(self):
        return 'm'


class B(A):
    y = 2


print(type(A).__name__, type(B).__name__, A.added_by_meta, B.added_by_meta, B.created)
print(isinstance(A, Meta), isinstance(A, type), isinstance(A(), Meta))


class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            new_ns[k if k.startswith('__') else k.upper()] = v
        return super().__new__(mcls, name, bases, new_ns)


class Shout(metaclass=Upper):
    greeting = 'hi'

    def speak(self):
        return 'speaking'


print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, 'greeting'))


class ReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return 'not a class: ' + name


class Weird(metaclass=ReturnsOther):
    pass


print(Weird, type(Weird).__name__)


class ReturnsExisting(type):
    def __new__(mcls, name, bases, ns):
        return int


class Alias(metaclass=ReturnsExisting):
    pass


print(Alias is int, Alias('12'))


class RenameBases(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases + (dict,), ns)


class WithDict(metaclass=RenameBases):
    pass


print([c.__name__ for c in WithDict.__mro__], WithDict(a=1))
