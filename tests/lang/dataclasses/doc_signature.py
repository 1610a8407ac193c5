from dataclasses import dataclass, field
from typing import List, Optional, Dict, Any
import typing
@dataclass
class A:
    x: List[int]
    y: Optional[str] = None
    z: Dict[str, Any] = field(default_factory=dict)
    w: 'int' = 3
    v: list[int] = field(default_factory=list)
    u: int | None = None
    t: typing.Callable[[int], str] = None
print(A.__doc__)
class Local: pass
@dataclass
class B:
    l: Local
    f: float = 1.5
print(B.__doc__)
