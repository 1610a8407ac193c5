# __class_getitem__: an implicit classmethod used by Class[item]; metaclass __getitem__ wins.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'


class SubBox(Box):
    pass


print(Box[int.__name__], SubBox[1, 2], Box[...])
print(type(Box.__dict__['__class_getitem__']).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __getitem__(cls, item):
        return 'meta getitem ' + str(item)


class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class getitem'


print(Both[3])


class Plain:
    pass


try:
    Plain[0]
except TypeError as e:
    print(type(e).__name__, e)


class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return ('explicit', cls.__name__, item)


print(Explicit['x'])


class Registry:
    _types = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key is not None:
            Registry._types[key] = cls

    def __class_getitem__(cls, key):
        return cls._types[key]


class IntThing(Registry, key='int'):
    pass


print(Registry['int'].__name__)
try:
    Registry['missing']
except KeyError as e:
    print(type(e).__name__, e)
