# __name__, __qualname__, __module__, __doc__ of classes and methods.
class Outer:
    """Outer doc."""

    class Inner:
        """Inner doc."""

        class Deepest:
            pass

        def meth(self):
            pass

    def method(self):
        "method doc"


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.meth.__qualname__, Outer.method.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, Outer.method.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.method.__doc__)
print(Outer.Inner.Deepest.__doc__)
print(repr(Outer.Inner), repr(Outer.Inner.Deepest))
print(Outer().__module__, Outer.Inner().__doc__)


def factory():
    class Made:
        def m(self):
            pass
    return Made


M = factory()
print(M.__name__, M.__qualname__, M.m.__qualname__)
print(repr(M))
print(int.__name__, int.__qualname__, int.__module__)
print(object.__module__, type.__name__)


class Doc:
    __doc__ = 'assigned doc'


print(Doc.__doc__)


class NotDoc:
    x = 1
    "not a docstring"


print(NotDoc.__doc__)
print('__doc__' in vars(NotDoc), '__module__' in vars(NotDoc), '__qualname__' in vars(NotDoc))
print(vars(Outer)['__module__'], vars(Outer)['__doc__'])
