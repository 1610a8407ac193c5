# __bases__ assignment errors: non-tuple, empty, cycles, layout, non-classes.
class A:
    pass


class B(A):
    pass


class Root:
    pass


class C(Root):
    pass


class Plain:
    pass


def attempt(label, cls, value):
    try:
        cls.__bases__ = value
        print(label, 'ok', [k.__name__ for k in cls.__mro__])
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt('list', C, [A])
attempt('empty', C, ())
attempt('int in tuple', C, (1,))
attempt('cycle', A, (B,))
attempt('self', A, (A,))
attempt('duplicate', C, (A, A))
attempt('inconsistent', C, (A, B))
attempt('int base', C, (int,))
attempt('list base', C, (list,))
attempt('ok', C, (B,))
attempt('object-based class', Plain, (A,))
try:
    del C.__bases__
except (TypeError, AttributeError) as e:
    print('del', type(e).__name__, e)
try:
    object.__bases__ = (A,)
except TypeError as e:
    print('object', type(e).__name__, e)
try:
    int.__bases__ = (A,)
except TypeError as e:
    print('int', type(e).__name__, e)


class S1:
    __slots__ = ('a',)


class S2:
    __slots__ = ('b',)


class UsesS1(S1):
    __slots__ = ()


attempt('slots layout', UsesS1, (S2,))


class IntSub(int):
    pass


attempt('int subclass to object', IntSub, (object,))
attempt('int subclass to bool', IntSub, (bool,))
print([k.__name__ for k in C.__mro__], [k.__name__ for k in B.__mro__])
