from __future__ import annotations

import types
import typing
from dataclasses import dataclass, fields
from enum import Enum
from abc import ABC

u = int | str
print(u, type(u), u.__args__, int | None, None | int, int | int, list[int] | None, int | str | None)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None), u == (str | int), hash(u) == hash(str | int))
print((int | str) | float, int | (str | float), (int | str) == (int | str | int))


class Color(Enum):
    R = 1


class Base(ABC):
    pass


print(Color | None, Base | int, Color | Base)


@dataclass
class P:
    x: int | None = None
    y: list[int] | None = None


print(P(), [f.type for f in fields(P)])
print(typing.get_type_hints(P))
print(typing.Union[int | str, None], typing.Optional[int | str])
print(typing.get_args(int | str), typing.get_origin(int | str))
print(int | typing.List[int], typing.List[int] | None)
try:
    int | 3
except TypeError as e:
    print('TypeError:', e)
try:
    'x' | int
except TypeError as e:
    print('TypeError:', e)


def f(a: int | None = None) -> str | None:
    pass


print(f.__annotations__, typing.get_type_hints(f))
print(types.UnionType, isinstance(int | str, types.UnionType))
T = typing.TypeVar('T')
print(int | T, T | None)
try:
    u.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
