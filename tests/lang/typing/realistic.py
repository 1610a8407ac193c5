from __future__ import annotations

from dataclasses import dataclass, field
from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Dict, Generic, Iterable,
                    Iterator, List, Mapping, Optional, Protocol, Sequence, Tuple,
                    TypeVar, Union, cast, overload, Final, Literal)

if TYPE_CHECKING:
    from collections.abc import Awaitable

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
Number = Union[int, float]
Handler = Callable[[str, int], bool]
MAX_SIZE: Final = 3
Mode = Literal['r', 'w']


@dataclass
class Page(Generic[T]):
    items: List[T]
    number: int = 1
    total: Optional[int] = None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def map(self, fn: Callable[[T], V]) -> 'Page[V]':
        return Page([fn(x) for x in self.items], self.number, self.total)


class Cache(Generic[K, V]):
    registry: ClassVar[Dict[str, 'Cache[Any, Any]']] = {}

    def __init__(self, name: str, loader: Callable[[K], V]) -> None:
        self._data: Dict[K, V] = {}
        self._loader = loader
        Cache.registry[name] = self

    def get(self, key: K) -> V:
        if key not in self._data:
            if len(self._data) >= MAX_SIZE:
                self._data.pop(next(iter(self._data)))
            self._data[key] = self._loader(key)
        return self._data[key]

    def __len__(self) -> int:
        return len(self._data)


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Conn:
    def __init__(self, name: str):
        self.name = name

    def close(self) -> None:
        print('closing', self.name)


def close_all(items: Iterable[SupportsClose]) -> int:
    count = 0
    for item in items:
        item.close()
        count += 1
    return count


class Parser:
    @overload
    def parse(self, data: str) -> int: ...
    @overload
    def parse(self, data: bytes) -> str: ...

    def parse(self, data: Union[str, bytes]) -> Union[int, str]:
        if isinstance(data, str):
            return len(data)
        return data.decode()


def total(values: Sequence[Number]) -> Number:
    return sum(values)


def first(pairs: Mapping[str, Tuple[int, ...]]) -> Dict[str, int]:
    return {k: v[0] for k, v in pairs.items()}


def open_mode(mode: Mode = 'r') -> str:
    return mode * 2


page = Page([1, 2, 3], total=3)
print(page, list(page.map(lambda x: x * 10)))
print(Page[int], Page[str](['a']))
c: Cache[int, str] = Cache('squares', lambda k: str(k * k))
print([c.get(i) for i in range(5)], len(c), list(Cache.registry))
print(close_all([Conn('a'), Conn('b')]))
p = Parser()
print(p.parse('abcd'), p.parse(b'xy'))
print(total([1, 2.5]), first({'a': (1, 2)}), open_mode('w'))
print(cast(List[int], 'not checked'), cast('Dict[str, int]', 5))
print(Number, Handler, Mode)
print(Page.__parameters__, Cache.__parameters__, Page.__annotations__)
print(isinstance(page, Page), issubclass(Page, Generic))
