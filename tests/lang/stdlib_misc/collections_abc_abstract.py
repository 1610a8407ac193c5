from collections.abc import *
for cls in (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView):
    print(cls.__name__, sorted(cls.__abstractmethods__))
class M(Mapping):
    pass
try: M()
except TypeError as e: print(e)
class M2(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M2({'a': 1})
print(m['a'], list(m), len(m), 'a' in m, m.get('b', 2), dict(m.items()), m == {'a': 1})
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator), issubclass(M2, Sized), isinstance(3, Hashable), isinstance([], Hashable))
class MyIt(Iterable):
    def __iter__(self): return iter([1])
print(list(MyIt()), issubclass(list, MyIt))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(len, Callable))
