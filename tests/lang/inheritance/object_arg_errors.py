# object.__new__ / object.__init__ argument rules depend on what the class overrides.
def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except TypeError as e:
        print(label, type(e).__name__, e)


class Neither:
    pass


class InitOnly:
    def __init__(self, x):
        super().__init__()


class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls)


class InitPasses:
    def __init__(self, x):
        super().__init__(x)


class NewPasses:
    def __new__(cls, x):
        return super().__new__(cls, x)


class Both:
    def __new__(cls, *a):
        return super().__new__(cls)

    def __init__(self, *a):
        super().__init__()


attempt('Neither()', lambda: Neither())
attempt('Neither(1)', lambda: Neither(1))
attempt('Neither(k=1)', lambda: Neither(k=1))
attempt('InitOnly(1)', lambda: InitOnly(1))
attempt('NewOnly(1)', lambda: NewOnly(1))
attempt('InitPasses(1)', lambda: InitPasses(1))
attempt('NewPasses(1)', lambda: NewPasses(1))
attempt('Both(1, 2)', lambda: Both(1, 2))
attempt('object.__new__(Neither, 1)', lambda: object.__new__(Neither, 1))
attempt('object.__new__(InitOnly, 1)', lambda: object.__new__(InitOnly, 1))
attempt('object.__init__(Neither(), 1)', lambda: object.__init__(Neither(), 1))
attempt('object.__init__(NewOnly(0), 1)', lambda: object.__init__(NewOnly(0), 1))
attempt('object(1)', lambda: object(1))
attempt('object.__new__(int)', lambda: object.__new__(int))
attempt('object.__new__(5)', lambda: object.__new__(5))
