import typing
from typing import (Any, ClassVar, Final, Literal, cast, overload, no_type_check,
                    TYPE_CHECKING, Union, Optional, List, NewType, final, Callable)

print(TYPE_CHECKING)
if TYPE_CHECKING:
    import nonexistent_module
print(cast(int, 'not an int'), cast('List[int]', [1]))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as e:
    print('NotImplementedError:', str(e)[:40])


@no_type_check
def untyped(a: 'whatever') -> 'nothing':
    return a


print(untyped(5), untyped.__no_type_check__)

UserId = NewType('UserId', int)
uid = UserId(5)
print(uid, type(uid), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError:', e)


@final
class Leaf:
    @final
    def method(self):
        return 1


print(Leaf.__final__, Leaf().method())

for form in (Any, ClassVar, Final, Literal, Union, Optional):
    print(repr(form))
try:
    Union()
except TypeError as e:
    print('TypeError:', e)
try:
    class C(Union):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(1, Literal[1])
except TypeError as e:
    print('TypeError:', e)
try:
    Any()
except TypeError as e:
    print('TypeError:', e)
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], Literal[Literal[1], 2])
print(ClassVar[int].__origin__ is ClassVar, Final[int].__args__)
try:
    List[ClassVar[int]]
except TypeError as e:
    print('TypeError:', e)
try:
    typing.assert_never(3)
except AssertionError as e:
    print('AssertionError:', e)
print(typing.get_origin(Literal[1]), typing.get_args(Literal[1, 'x']))
print(typing.get_origin(int), typing.get_args(int), typing.get_origin(List), typing.get_args(List))


class Handler:
    callbacks: ClassVar[List[Callable[[int], None]]] = []


print(Handler.__annotations__)
