# A miniature Enum built from a metaclass: members, lookup, iteration, errors.
class Member:
    def __init__(self, owner, name, value):
        self.owner, self.name, self.value = owner, name, value

    def __repr__(self):
        return f'<{self.owner.__name__}.{self.name}: {self.value!r}>'

    def __str__(self):
        return f'{self.owner.__name__}.{self.name}'


class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_') and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            m = Member(cls, k, v)
            cls._members[k] = m
            type.__setattr__(cls, k, m)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f'{value!r} is not a valid {cls.__name__}')

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_members', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __contains__(cls, m):
        return isinstance(m, Member) and m.owner is cls


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return 'not a member'


print(list(Color), len(Color))
print(Color.RED, repr(Color.GREEN), Color['BLUE'], Color(2) is Color.GREEN)
print(Color.RED in Color, 1 in Color, Color.describe(None))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PINK']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
Color.extra = 'fine'
print(Color.extra, [m.name for m in Color], {m.name: m.value for m in Color})
