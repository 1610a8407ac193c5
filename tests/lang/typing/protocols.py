from typing import Protocol, runtime_checkable, Iterable, Sized, SupportsInt, SupportsFloat, TypeVar, Generic

T = TypeVar('T')


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


class Other:
    pass


print(isinstance(Resource(), Closable), isinstance(Other(), Closable))
print(issubclass(Resource, Closable), issubclass(Other, Closable))


def close_all(things: Iterable[Closable]) -> int:
    n = 0
    for t in things:
        t.close()
        n += 1
    return n


print(close_all([Resource(), Resource()]))


class NotRuntime(Protocol):
    def meth(self) -> int:
        ...


try:
    isinstance(Resource(), NotRuntime)
except TypeError as e:
    print('TypeError:', e)
try:
    NotRuntime()
except TypeError as e:
    print('TypeError:', e)


class Explicit(NotRuntime):
    def meth(self):
        return 7


print(Explicit().meth(), issubclass(Explicit, NotRuntime.__mro__[0]) if False else Explicit.__mro__[1] is NotRuntime)
try:
    isinstance(Explicit(), NotRuntime)
except TypeError as e:
    print('TypeError:', e)


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = 'n'


print(isinstance(Named(), HasName), isinstance(Other(), HasName))


class Box(Protocol[T]):
    def get(self) -> T:
        ...


print(Box[int], Box.__parameters__)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance([], Sized), isinstance(3, Sized))
try:
    runtime_checkable(Other)
except TypeError as e:
    print('TypeError:', e)
