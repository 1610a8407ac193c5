# Changing __name__, __qualname__, __doc__, __module__ of a class after creation.
class Widget:
    """Original doc."""

    def method(self):
        pass


w = Widget()
print(Widget.__name__, Widget.__qualname__, Widget.__doc__, repr(Widget))
Widget.__name__ = 'Gadget'
print(Widget.__name__, Widget.__qualname__, repr(Widget), type(w).__name__)
try:
    w.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Widget.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(w)
except TypeError as e:
    print(type(e).__name__, e)
Widget.__qualname__ = 'pkg.Gadget'
print(repr(Widget), Widget.method.__qualname__)
try:
    Widget(1)
except TypeError as e:
    print(type(e).__name__, e)
Widget.__doc__ = 'New doc.'
print(Widget.__doc__, w.__doc__)
Widget.__module__ = 'elsewhere'
print(repr(Widget), Widget.__module__, w.__module__)
print(repr(w).startswith('<elsewhere.pkg.Gadget object at'))


class Sub(Widget):
    pass


print(Sub.__name__, Sub.__qualname__, Sub.__doc__, Sub.__module__)
