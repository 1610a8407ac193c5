from typing import TypeVar, Generic, List, Dict, Optional, Iterator

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def empty(self) -> bool:
        return not self.items

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), s.empty())
print(Stack[int], Stack[int].__origin__ is Stack, Stack[int].__args__)
print(Stack.__parameters__, Stack[int].__parameters__)
print(type(s).__name__, s.__orig_class__)
print(Stack.__mro__)
print(Stack.__orig_bases__)
print(isinstance(s, Stack))


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k = k
        self.v = v


print(Pair[str, int], Pair[str, int]('a', 1).v)
PS = Pair[str, V]
print(PS, PS.__parameters__, PS[float])


class IntStack(Stack[int]):
    pass


print(IntStack.__parameters__, IntStack.__orig_bases__, IntStack.__mro__)


class Registry(Dict[str, T]):
    pass


r = Registry()
r['a'] = 1
print(r, Registry.__mro__, Registry.__parameters__)
print(Registry[int])


class Both(Stack[T], Generic[T]):
    pass


print(Both.__parameters__)

for bad in ('plain', 'twice', 'missing'):
    try:
        if bad == 'plain':
            class X(Generic):
                pass
        elif bad == 'twice':
            class Y(Generic[T], Generic[K]):
                pass
        else:
            class Z(Stack[K], Generic[T]):
                pass
    except TypeError as e:
        print('TypeError:', e)

try:
    Generic[int]
except TypeError as e:
    print('TypeError:', e)
try:
    Stack[int][str]
except TypeError as e:
    print('TypeError:', e)
try:
    Pair[int]
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print('TypeError:', e)
try:
    Generic[T, T]
except TypeError as e:
    print('TypeError:', e)
