# Class-level containers are shared; per-instance state belongs in __init__.
class Bad:
    log = []

    def add(self, x):
        self.log.append(x)


class Good:
    def __init__(self):
        self.log = []

    def add(self, x):
        self.log.append(x)


b1, b2 = Bad(), Bad()
b1.add(1)
b2.add(2)
print(b1.log, b2.log, Bad.log)
g1, g2 = Good(), Good()
g1.add(1)
g2.add(2)
print(g1.log, g2.log, hasattr(Good, 'log'))


class Registry:
    entries = {}

    @classmethod
    def register(cls, name):
        cls.entries[name] = cls.__name__
        return name


class Sub(Registry):
    pass


Registry.register('a')
Sub.register('b')
print(sorted(Registry.entries.items()), Sub.entries is Registry.entries)


class Own(Registry):
    entries = {}


Own.register('c')
print(sorted(Registry.entries), sorted(Own.entries))


class Tally:
    total = 0

    def bump(self):
        type(self).total += 1
        return self.total


class SubTally(Tally):
    pass


t, s = Tally(), SubTally()
print(t.bump(), t.bump(), s.bump(), Tally.total, SubTally.total)
print('total' in vars(SubTally), 'total' in vars(Tally))
