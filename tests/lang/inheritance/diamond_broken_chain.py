# Diamonds where one class does not call super(): the chain stops there.
class Root:
    def __init__(self):
        print('Root.__init__')
        self.root = True

    def hook(self):
        return ['Root']


class Cooperative(Root):
    def __init__(self):
        print('Cooperative.__init__')
        super().__init__()

    def hook(self):
        return ['Cooperative'] + super().hook()


class Selfish(Root):
    def __init__(self):
        print('Selfish.__init__ (no super call)')

    def hook(self):
        return ['Selfish']


class Diamond(Cooperative, Selfish):
    pass


class Diamond2(Selfish, Cooperative):
    pass


d = Diamond()
print(d.hook(), hasattr(d, 'root'))
d2 = Diamond2()
print(d2.hook(), hasattr(d2, 'root'))


class ExplicitBoth(Cooperative, Selfish):
    def __init__(self):
        Cooperative.__init__(self)
        Selfish.__init__(self)


print('explicit:')
e = ExplicitBoth()
print(hasattr(e, 'root'))


class Counting(Root):
    calls = 0

    def __init__(self):
        Counting.calls += 1
        Root.__init__(self)


class L(Counting):
    def __init__(self):
        Counting.__init__(self)


class R(Counting):
    def __init__(self):
        Counting.__init__(self)


class LR(L, R):
    def __init__(self):
        L.__init__(self)
        R.__init__(self)


LR()
print('Counting.__init__ ran', Counting.calls, 'times')
