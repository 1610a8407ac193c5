import typing as t
T=t.TypeVar('T'); K=t.TypeVar('K', bound=int); V=t.TypeVar('V', int, str, covariant=True)
print(T, K, V, K.__bound__, V.__constraints__, T.__covariant__)
print(t.Dict[str, t.List[int]], t.Callable[[int], str], t.Callable[..., int], t.Callable, t.Tuple[int, ...], t.Tuple[()], t.Tuple)
print(t.Optional[t.List[T]], t.Union[int, None, str], t.Union[int], t.Union[int, t.Union[str, int]])
print(t.Dict[K, T][int, str])
print(t.Literal[1, 'a', None], t.Final[int], t.ClassVar[t.List[int]], t.Type[int], t.Type)
print(t.List['int'], t.Any, t.NoReturn, t.Iterable[int], t.Mapping[str, int], t.Generator[int, None, None])
class S(t.Generic[T]): pass
print(S[int], S.__parameters__, S[int].__origin__, S[int]().__orig_class__)
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_args(t.Callable[[int], str]))
print(t.Optional[int] == t.Union[int, None], t.Union[int, str] == t.Union[str, int])
print(t.List[int] == t.List[int], hash(t.List[int]) == hash(t.List[int]))
print(t.Sequence, t.MutableMapping, t.Set[int], t.FrozenSet[str], t.Deque[int], t.DefaultDict[str, int], t.Counter[str], t.Text, t.AnyStr)
try: isinstance([], t.List[int])
except TypeError as e: print(e)
try: isinstance(1, t.Any)
except TypeError as e: print(e)
try: isinstance(1, t.Union[int, str]); print('ok union isinstance')
except TypeError as e: print(e)
try: t.Optional[int, str]
except TypeError as e: print(e)
try: t.Union[()]
except TypeError as e: print(e)
print(isinstance([], t.List), isinstance({}, t.Mapping), issubclass(list, t.Sequence))
print(t.Annotated[int, 'meta'], t.Callable[[], None], t.Tuple[int, str])
print(t.Union[int, 'str'])
try: t.List[int, str]
except TypeError as e: print(e)
try: S[int, str]
except TypeError as e: print(e)
print(t.Optional[int].__args__, t.Union[int,str].__origin__)
