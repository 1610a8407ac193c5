# repr/str of exception subclasses, custom __repr__, and printing in containers.
class E1(Exception):
    pass


class E2(ValueError):
    def __repr__(self):
        return f'E2<{self.args}>'


class E3(KeyError):
    pass


class E4(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


for e in [E1(), E1('msg'), E1('a', 'b'), E2('x'), E3('key'), E3(), E3(1, 2), E4(1, 2)]:
    print(repr(e), '|', str(e), '|', [e])
print(f'{E1("fmt")}', f'{E1("fmt")!r}', '%s' % E3('k'), format(E2('q')))
print(str(KeyError('k')), str(E3('k')), str(E3("it's")))


class Nested(Exception):
    pass


class Outer:
    class Inner(Exception):
        pass


print(repr(Outer.Inner('i')), Outer.Inner.__qualname__)
print(repr(Nested(Nested('inner'))), str(Nested(Nested('inner'))))
print(repr(E1(None)), str(E1(None)), repr(E1(('t',))), str(E1(('t',))))


class StrRaises(Exception):
    def __str__(self):
        raise RuntimeError('str failed')


try:
    str(StrRaises())
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(StrRaises()))
