from dataclasses import dataclass, field, replace, make_dataclass, fields, is_dataclass
import dataclasses


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    label: str = field(default='p', repr=False)


p = Point(1, 2)
q = replace(p, y=5)
print(p, q, q.label, p is q)
print(replace(p))
try:
    replace(p, z=1)
except TypeError as e:
    print(e)
try:
    replace(Point, x=1)
except TypeError as e:
    print(e)

Pt = make_dataclass('Pt', ['x', ('y', int), ('z', int, field(default=3))])
print(Pt(1, 2), Pt.__name__, Pt.__doc__, is_dataclass(Pt))
print([f.type for f in fields(Pt)])

Ordered = make_dataclass('Ordered', [('a', int)], order=True, frozen=True,
                         namespace={'double': lambda self: self.a * 2})
print(sorted([Ordered(3), Ordered(1)]), Ordered(4).double())


class Base:
    def hello(self):
        return 'hi ' + repr(self)


WithBase = make_dataclass('WithBase', [('v', float, 1.5)], bases=(Base,))
print(WithBase().hello(), issubclass(WithBase, Base))

for bad in (['a', 'a'], ['class'], ['1x'], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError:', e)

print(dataclasses.MISSING is dataclasses.MISSING, repr(dataclasses.KW_ONLY)[:30] != '')
print(Point.__dataclass_params__)
print(Point.__dataclass_fields__['x'].default is dataclasses.MISSING)
f = Point.__dataclass_fields__['label']
print(f.name, f.type, f.default, f.repr, f.init, f.compare, f.hash, f.kw_only)
