from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Iterator, Mapping
from typing import Protocol, Generic, TypeVar, Iterable
T = TypeVar('T')
class Base(ABC, Iterator):
    def __next__(self): raise StopIteration
print(list(Base()))
class P(Protocol):
    def f(self): ...
class Q(Iterable[int], Protocol):
    pass
class G(Generic[T], Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter([])
print(len(G()), type(Mapping), isinstance(Mapping, ABCMeta))
