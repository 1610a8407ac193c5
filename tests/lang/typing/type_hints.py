from __future__ import annotations

import typing
from typing import List, Dict, Optional, get_type_hints, Union, ClassVar


class Node:
    value: int
    children: List[Node]
    parent: Optional[Node] = None
    meta: Dict[str, 'Node']
    count: ClassVar[int] = 0


def connect(a: Node, b: 'Node', weight: float = 1.0) -> Optional[Node]:
    return None


def untyped(x, y):
    return x


print(Node.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(connect))
print(get_type_hints(untyped))
print(connect.__annotations__)


class Base:
    x: int


class Derived(Base):
    y: str
    z: Union[int, str]


print(get_type_hints(Derived))
print(get_type_hints(typing.NamedTuple('NT', [('a', int)])))
