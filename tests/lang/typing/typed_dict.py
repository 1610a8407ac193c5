from typing import TypedDict, List, Required, NotRequired, is_typeddict


class Movie(TypedDict):
    name: str
    year: int


class Extended(Movie, total=False):
    rating: float
    tags: List[str]


m: Movie = {'name': 'Blade Runner', 'year': 1982}
print(m, type(m))
m2 = Movie(name='Alien', year=1979)
print(m2, type(m2) is dict)
print(Movie.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__)
print(Extended.__annotations__)
e = Extended(name='x', year=1, rating=2.5)
print(e)

Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__annotations__, Point.__name__)


class Mixed(TypedDict, total=False):
    a: Required[int]
    b: str
    c: NotRequired[int]


print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(m))
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad(TypedDict, int):
        x: int
except TypeError as e:
    print('TypeError:', e)
