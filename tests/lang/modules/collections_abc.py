import collections.abc
from collections.abc import Iterator, Iterable, Sequence, Mapping, MutableMapping, Hashable, Sized, Callable, Generator
import collections
print(collections.abc.Iterator is Iterator)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
def gen(): yield 1
for obj in [[], (), {}, "s", 1, It(), gen(), len, set(), iter([])]:
    print(type(obj).__name__, isinstance(obj, Iterator), isinstance(obj, Iterable), isinstance(obj, Sequence),
          isinstance(obj, Mapping), isinstance(obj, Hashable), isinstance(obj, Sized), isinstance(obj, Callable), isinstance(obj, Generator))
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M()
m.update(a=1, b=2)
m.setdefault("c", 3)
print(sorted(m.items()), m.get("z", 0), "a" in m, m.pop("a"), len(m), list(m.keys()), list(m.values()))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(list, Sequence), issubclass(dict, Mapping))
class S(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * i
    def __len__(self): return self.n
s = S(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)))
