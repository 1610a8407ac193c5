import weakref
from dataclasses import dataclass
@dataclass(slots=True, weakref_slot=True)
class P:
    x: int
p = P(1)
r = weakref.ref(p)
print(r() is p, P.__slots__)
@dataclass(slots=True)
class Q:
    x: int
try:
    weakref.ref(Q(1))
except TypeError as e:
    print(e)
