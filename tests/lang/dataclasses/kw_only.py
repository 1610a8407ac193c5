from dataclasses import dataclass, field, KW_ONLY, fields


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    depth: int
    name: str = 'x'


print(Opts(depth=3), Opts.__match_args__)
try:
    Opts(1)
except TypeError as e:
    print(e)
try:
    Opts()
except TypeError as e:
    print(e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 0
    d: int = field(default=9, kw_only=False)


print(Mixed(1, 2, b=3), Mixed.__match_args__, Mixed.__doc__)
print([(f.name, f.kw_only) for f in fields(Mixed)])

try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY
        c: int = 0
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Base:
    x: int = 0
    y: int = field(default=1, kw_only=True)


@dataclass
class Derived(Base):
    z: int = 5
    w: int = field(kw_only=True)


print(Derived(1, 2, w=3), Derived.__doc__)
try:
    Derived(1, 2, 3)
except TypeError as e:
    print(e)


@dataclass
class AfterDefault:
    a: int = 1
    b: int = field(kw_only=True)


print(AfterDefault(b=2), AfterDefault.__match_args__)
