# A reusable validating descriptor family with __set_name__ and inheritance.
class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = '_' + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class Number(Validated):
    def __init__(self, minimum=None):
        self.minimum = minimum

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'{self.public}: expected a number, got {value!r}')
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f'{self.public}: {value} < {self.minimum}')


class OneOf(Validated):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f'{self.public}: {value!r} not in {sorted(self.options)}')


class Item:
    price = Number(minimum=0)
    qty = Number(minimum=1)
    kind = OneOf('book', 'pen')

    def __init__(self, kind, price, qty=1):
        self.kind = kind
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


print(Item('book', 12.5, 2).total())
for args in [('pen', -1), ('pen', 'free'), ('cup', 1), ('pen', 2, 0)]:
    try:
        Item(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
i = Item('pen', 3)
print(vars(i))
try:
    i.price = -5
except ValueError as e:
    print(type(e).__name__, e)
print(i.price, type(Item.price).__name__, Item.price.minimum, Item.kind.public)
try:
    Item.__new__(Item).price
except AttributeError as e:
    print(type(e).__name__, e)
