# __class_getitem__: subscripting a class, implicit classmethod, and generics.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'


class SubBox(Box):
    pass


print(Box[int], Box['x'], Box[1, 2], SubBox[None])
print(type(Box.__dict__['__class_getitem__']).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)


class Both:
    def __getitem__(self, i):
        return 'instance getitem'

    def __class_getitem__(cls, i):
        return 'class getitem'


print(Both[0], Both()[0])


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __getitem__(cls, item):
        return 'metaclass getitem ' + str(item)


class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'never used'


print(WithMeta[3])


class NotCallableCGI:
    __class_getitem__ = 5


try:
    NotCallableCGI[0]
except TypeError as e:
    print(type(e).__name__, e)
ga = list[int]
print(ga, type(ga).__name__, ga.__origin__ is list, ga.__args__, dict[str, list[int]])
print(list[int]([1, 2]), tuple[int, ...], type[int])
