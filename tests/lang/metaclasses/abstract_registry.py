# An abc-like metaclass: abstract names computed at creation, virtual subclasses, checks.
def abstractmethod(fn):
    fn.__isabstractmethod__ = True
    return fn


class ABCLike(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = {k for k, v in ns.items() if getattr(v, '__isabstractmethod__', False)}
        for base in bases:
            for k in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, k, None), '__isabstractmethod__', False):
                    abstract.add(k)
        cls.__abstractmethods__ = frozenset(abstract)
        cls._virtual = []
        return cls

    def register(cls, sub):
        cls._virtual.append(sub)
        return sub

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        if any(issubclass(sub, v) for v in cls._virtual):
            return True
        return type.__subclasscheck__(cls, sub)

    def __call__(cls, *args, **kw):
        if cls.__abstractmethods__:
            missing = ', '.join(sorted(cls.__abstractmethods__))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {missing}")
        return super().__call__(*args, **kw)


class Sized(metaclass=ABCLike):
    @abstractmethod
    def size(self):
        ...

    @abstractmethod
    def name(self):
        ...


class Half(Sized):
    def size(self):
        return 1


class Full(Half):
    def name(self):
        return 'full'


for cls in (Sized, Half, Full):
    try:
        obj = cls()
        print(cls.__name__, 'created', obj.size(), obj.name())
    except TypeError as e:
        print(type(e).__name__, e)


@Sized.register
class Virtual:
    pass


class VirtualChild(Virtual):
    pass


print(issubclass(Virtual, Sized), issubclass(VirtualChild, Sized), isinstance(VirtualChild(), Sized))
print(issubclass(int, Sized), isinstance(Full(), Sized), isinstance(Full(), Half), isinstance(3, (str, Sized)))
print(sorted(Sized.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
print(Sized in Virtual.__mro__, [c.__name__ for c in Full.__mro__])
