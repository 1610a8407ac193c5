from enum import Enum, member, nonmember, IntEnum, Flag, auto
from typing import *
class Op(Enum):
    ADD = '+'
    helper = nonmember(5)
    @member
    def fn(x):
        return x
    def __str__(self):
        return f'op<{self.value}>'
    def __format__(self, spec):
        return format(self.name, spec)
print([m.name for m in Op], Op.fn.value(3), Op.helper, f'{Op.ADD:>6}', str(Op.ADD), repr(Op.ADD))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print([n * 2 for n in Num], Num.ONE | 4, Num(2).bit_length(), isinstance(Num.ONE, int))
class Sub(Enum):
    def __init_subclass__(cls, **kw):
        print('subclassed', cls.__name__)
class Child(Sub):
    A = 1
print(list(Child))
print(Optional[int], List[int])
class Shape(Flag):
    NONE = 0
    A = auto()
    B = auto()
print(list(Shape), Shape.NONE, Shape(0) is Shape.NONE, Shape.A | Shape.B)
print(sorted(Num, reverse=True), Num.TWO > 1, Num['ONE'] == 1.0)
