# __class__ assignment errors: non-class values, builtin instances, layouts.
class A:
    pass


class B:
    pass


class Slotted:
    __slots__ = ('x',)


class IntSub(int):
    pass


class IntSub2(int):
    pass


def attempt(label, obj, value):
    try:
        obj.__class__ = value
        print(label, 'ok', type(obj).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)


a = A()
attempt('to B', a, B)
attempt('to int', a, int)
attempt('to non-class', a, 5)
attempt('to None', a, None)
attempt('to object', a, object)
attempt('to Slotted', a, Slotted)
attempt('Slotted to A', Slotted(), A)
attempt('int instance', 5, IntSub)
attempt('list instance', [], type('L', (list,), {}))
attempt('IntSub to IntSub2', IntSub(3), IntSub2)
attempt('IntSub to int', IntSub(3), int)
attempt('object instance', object(), A)
attempt('to type', a, type)
try:
    del a.__class__
except TypeError as e:
    print('del', type(e).__name__, e)


class M1(type):
    pass


class WithMeta(metaclass=M1):
    pass


class Other:
    pass


w = WithMeta()
attempt('instance of metaclass-made class', w, Other)
attempt('class object itself', Other, M1)
print(type(a).__name__, a.__class__.__name__)
