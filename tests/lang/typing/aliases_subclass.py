import typing as t
T = t.TypeVar('T')
class Foo(t.Iterable[int]):
    def __iter__(self): return iter([1, 2])
print(list(Foo()), Foo.__mro__, Foo.__parameters__)
class Bar(t.Dict[str, int]): pass
print(Bar(a=1), Bar.__mro__)
class Baz(t.Mapping[str, T]):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter(['k'])
    def __len__(self): return 1
print(dict(Baz()), Baz.__parameters__, Baz[int])
try: t.List()
except TypeError as e: print(e)
print(t.Deque[int]([1, 2]), t.DefaultDict(int), t.Counter('aab'))
print(t.Optional[t.Callable[..., t.Any]])
print(t.Tuple[int, ...].__args__, t.Callable[[int], str].__args__)
print(t.Type[T][int], t.Dict[str, t.List[T]][int])
print(repr(t.Literal['a']), t.Literal['a'] == t.Literal['a'])
def f(x: 'Foo') -> 'Bar': ...
print(t.get_type_hints(f))
print(t.Iterator[int].__origin__, t.Callable.__origin__)
print(isinstance(iter([]), t.Iterator), isinstance(len, t.Callable), issubclass(list, t.MutableSequence))
