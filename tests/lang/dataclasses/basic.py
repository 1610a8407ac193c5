from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(Point(5))
print(Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(Point.__hash__)
print(Point.__match_args__)
print(Point.__doc__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(Point.y)
print(hasattr(Point, 'x'))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
p.x = 10
print(p, p.x)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


@dataclass
class Inventory:
    """Holds items."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = Inventory('widget', 3.0, 10)
print(item.total_cost(), item, Inventory.__doc__)
items = sorted([Inventory('b', 1.0), Inventory('a', 2.0)], key=lambda i: i.name)
print(items)
