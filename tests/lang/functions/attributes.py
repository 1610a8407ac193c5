# Function attributes: __name__, __qualname__, __doc__, __defaults__, custom.
def top(a, b=1, *args, c=2, **kw):
    """Top-level docstring."""
    return a
print(top.__name__, top.__qualname__, top.__doc__)
print(top.__defaults__, top.__kwdefaults__)
def outer():
    def inner():
        pass
    return inner
f = outer()
print(f.__name__, f.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
def nodoc():
    x = 1
print(nodoc.__doc__)
def multi():
    """First line.

    More text."""
print(multi.__doc__)
top.custom = 'attached'
print(top.custom, hasattr(top, 'custom'), hasattr(top, 'other'))
print(getattr(top, 'missing', 'default'))
top.__name__ = 'renamed'
print(top.__name__, top.__qualname__)
print(top.__module__)
def deep():
    def a():
        def b():
            pass
        return b
    return a()
print(deep().__qualname__)
print(outer.__qualname__, type(top).__name__)
def anno(x: int, y: 'str' = 'a') -> bool:
    return True
print(anno(1), sorted(anno.__annotations__))
