from typing import TypeVar, AnyStr, Union, List, Tuple, Callable, Optional
import typing

T = TypeVar('T')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Comparable')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)

print(T, N, B, Co, Contra)
print(T.__name__, N.__constraints__, B.__bound__, Co.__covariant__, Contra.__contravariant__)
print(T.__bound__, T.__constraints__)
print(AnyStr, AnyStr.__constraints__)
print(List[T], Tuple[T, N], Callable[[T], N], Optional[T])
print(List[T][int], Tuple[T, N][str, int], Callable[[T], N][str, float])
print(Union[T, int][str])
print(Union[T, int][int])
print(Optional[T][List[int]])
print(T == T, T == TypeVar('T'), len({T, T, N}))
for bad in (
    lambda: TypeVar('X', int),
    lambda: TypeVar('X', int, str, bound=int),
    lambda: TypeVar('X', covariant=True, contravariant=True),
):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Sub(TypeVar):
        pass
except TypeError as e:
    print('TypeError:', e)
print(typing.get_args(Tuple[T, N][str, int]), typing.get_origin(Callable[[T], N]))
print(T.__module__)
