# Long super() chains through generated classes, and through classmethods.
def make_chain(n):
    classes = []

    class Root:
        def path(self):
            return ['Root']

        @classmethod
        def cpath(cls):
            return ['Root:' + cls.__name__]

    prev = Root
    for i in range(n):
        def path(self, _i=i):
            return [f'L{_i}'] + super(type_by_index[_i], self).path()

        def cpath(cls, _i=i):
            return [f'C{_i}'] + super(type_by_index[_i], cls).cpath()

        cls = type(f'L{i}', (prev,), {'path': path, 'cpath': classmethod(cpath)})
        classes.append(cls)
        prev = cls
    return classes


type_by_index = {}
chain = make_chain(25)
for i, cls in enumerate(chain):
    type_by_index[i] = cls
leaf = chain[-1]()
p = leaf.path()
print(len(p), p[:3], p[-3:])
print(chain[-1].cpath()[-1], len(chain[-1].cpath()))
print(len(type(leaf).__mro__), type(leaf).__mro__[-2].__name__)


class A:
    def f(self):
        return 'A'


class B(A):
    def f(self):
        return 'B' + super().f()


class C(B):
    def f(self):
        return 'C' + super().f()


class D(C):
    def f(self):
        return 'D' + super().f()


class E(D):
    def f(self):
        return 'E' + super().f()


print(E().f(), D().f(), super(C, E()).f(), super(E, E()).f())
