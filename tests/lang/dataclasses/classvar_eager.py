import typing
from typing import ClassVar
from dataclasses import dataclass, fields


@dataclass
class Settings:
    instances: ClassVar[int] = 0
    defaults: typing.ClassVar[dict] = {}
    bare: ClassVar = 'bare'
    name: str = 'n'
    value: int = 1


s = Settings()
print(s, Settings.instances, Settings.bare)
print([f.name for f in fields(s)])
print(Settings.__dataclass_fields__['instances']._field_type)
print(Settings.__dataclass_fields__['bare']._field_type)
print(Settings.__dataclass_fields__['name']._field_type)
print(repr(Settings.__dataclass_fields__['name'].type))


@dataclass
class StrAnn:
    a: 'ClassVar[int]' = 3
    b: 'typing.ClassVar[int]' = 4
    c: 'int' = 5


print(StrAnn(), [f.name for f in fields(StrAnn)])
