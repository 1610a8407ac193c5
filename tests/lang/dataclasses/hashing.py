from dataclasses import dataclass, field


def show(cls):
    h = cls.__dict__.get('__hash__', 'absent')
    if callable(h):
        h = 'generated' if h.__qualname__.endswith('__hash__') and h is not object.__hash__ else h
    print(cls.__name__, h)


for unsafe_hash in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            for explicit in (False, True):
                try:
                    if explicit:
                        @dataclass(unsafe_hash=unsafe_hash, eq=eq, frozen=frozen)
                        class C:
                            x: int = 1

                            def __hash__(self):
                                return 42
                    else:
                        @dataclass(unsafe_hash=unsafe_hash, eq=eq, frozen=frozen)
                        class C:
                            x: int = 1
                    c = C()
                    try:
                        hv = hash(c)
                        kind = 'own' if hv == 42 else ('fields' if hv == hash((1,)) else 'identity')
                    except TypeError as e:
                        kind = 'TypeError: ' + str(e)
                    print(unsafe_hash, eq, frozen, explicit, kind)
                except TypeError as e:
                    print(unsafe_hash, eq, frozen, explicit, 'class TypeError:', e)


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, default_factory=list)
    c: int = field(compare=False, default=0)
    d: int = field(hash=True, compare=False, default=5)


print(hash(H(1)) == hash((1, 5)))


@dataclass
class EqNone:
    x: int
    __hash__ = None


print(EqNone.__hash__)


@dataclass
class WithEq:
    x: int

    def __eq__(self, other):
        return True
    __hash__ = None


print(WithEq.__hash__)
