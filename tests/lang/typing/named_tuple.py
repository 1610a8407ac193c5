from typing import NamedTuple, List, Optional


class Employee(NamedTuple):
    """An employee record."""
    name: str
    id: int = 3
    tags: Optional[List[str]] = None

    def badge(self) -> str:
        return f'{self.name}#{self.id}'

    @property
    def upper(self):
        return self.name.upper()


e = Employee('guido')
print(e, e.badge(), e.upper)
print(Employee('a', 1, ['x']))
print(Employee._fields, Employee._field_defaults)
print(Employee.__annotations__)
print(e._replace(id=9), e._asdict())
print(isinstance(e, tuple), len(e), e[0], tuple(e))
name, ident, tags = e
print(name, ident, tags)
print(Employee.__doc__)
print(Employee.__name__, Employee.__module__)

Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, p.x + p.y, Point.__annotations__, Point._fields)

P3 = NamedTuple('P3', x=float, y=float, z=float)
print(P3(1.0, 2.0, 3.0))

try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(NamedTuple):
        x: int

        def _replace(self):
            pass
except AttributeError as e:
    print('AttributeError:', e)
try:
    Employee()
except TypeError as e:
    print('TypeError:', e)


class Sortable(NamedTuple):
    key: int
    label: str


print(sorted([Sortable(2, 'b'), Sortable(1, 'z'), Sortable(1, 'a')]))
print(Sortable(1, 'a') == (1, 'a'))
