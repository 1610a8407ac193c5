from enum import Enum, unique


class Status(Enum):
    ACTIVE = 1
    RUNNING = 1
    STOPPED = 2
    HALTED = 2
    UNKNOWN = 3


print(list(Status), len(Status))
print(Status.RUNNING, Status.RUNNING is Status.ACTIVE, Status(2))
print(Status['HALTED'], Status.HALTED.name)
print(list(Status.__members__))
print([name for name, m in Status.__members__.items() if m.name != name])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
        E = 3
except ValueError as e:
    print('ValueError:', e)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)

try:
    class MethodThenMember(Enum):
        def f(self):
            pass
        f = 3
except TypeError as e:
    print('TypeError:', str(e).split(' at ')[0])

try:
    class Base(Enum):
        A = 1

    class Extended(Base):
        B = 2
except TypeError as e:
    print('TypeError:', e)

try:
    class Reserved(Enum):
        _bogus_ = 1
except ValueError as e:
    print('ValueError:', e)


class Unhashable(Enum):
    LIST = [1, 2]
    DICT = {'a': 1}
    SAME = [1, 2]


print(Unhashable([1, 2]), Unhashable({'a': 1}), list(Unhashable))
