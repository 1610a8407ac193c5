from dataclasses import dataclass, field, InitVar, fields, replace


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3))


@dataclass
class Conn:
    host: str
    password: InitVar[str]
    port: int = 80
    secret: InitVar[int] = 7
    token: str = field(init=False, default='')

    def __post_init__(self, password, secret):
        self.token = f'{password}:{secret}'


c = Conn('h', 'pw')
print(c, Conn('h', 'pw', 8080, 1))
print([f.name for f in fields(c)])
print(Conn.__dataclass_fields__['password']._field_type)
print(repr(Conn.__dataclass_fields__['password'].type))
print(Conn.__match_args__)
print(InitVar[int], InitVar[list[int]], InitVar('x'))
print(Conn.secret)
try:
    Conn('h')
except TypeError as e:
    print(e)
try:
    replace(c, port=1)
except ValueError as e:
    print('ValueError:', e)
print(replace(c, port=1, password='new'))
try:
    replace(c, token='t', password='p')
except ValueError as e:
    print('ValueError:', e)


@dataclass
class NoInitPost:
    a: int

    def __post_init__(self):
        print('post init', self.a)


NoInitPost(3)


@dataclass
class Base:
    x: int

    def __post_init__(self):
        print('base post', self.x)


@dataclass
class Derived(Base):
    y: int = 0

    def __post_init__(self):
        super().__post_init__()
        print('derived post', self.y)


Derived(1, 2)

try:
    @dataclass
    class BadIV:
        x: InitVar[int] = field(default_factory=int)
except TypeError as e:
    print('TypeError:', e)
