from __future__ import annotations

import typing
from typing import ClassVar
from dataclasses import dataclass, fields, InitVar
import dataclasses


@dataclass
class Counter:
    total: ClassVar[int] = 0
    other: typing.ClassVar[str] = 'x'
    plain: ClassVar = 1
    name: str = 'c'
    iv: InitVar[int] = 0
    iv2: dataclasses.InitVar[int] = 1
    count: int = 0

    def __post_init__(self, iv, iv2):
        Counter.total += 1
        self.count = iv + iv2


a = Counter('a', 5)
b = Counter('b')
print(a, b, Counter.total)
print([f.name for f in fields(Counter)])
print({k: v._field_type for k, v in Counter.__dataclass_fields__.items()})
print(Counter.__annotations__)
print(Counter.__match_args__)

try:
    @dataclass
    class Bad:
        x: ClassVar[list] = dataclasses.field(default_factory=list)
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass
    class Bad2:
        x: ClassVar[int] = dataclasses.field(default=1, kw_only=True)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class MutableClassVar:
    registry: ClassVar[list] = []
    x: int = 0


print(MutableClassVar.registry, MutableClassVar())
