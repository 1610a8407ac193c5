# __prepare__ receives the class keywords; it is inherited and may be any callable attribute.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, [b.__name__ for b in bases], sorted(kw.items()))
        ns = {'prepared_for': name}
        ns.update(kw)
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, color='red', size=3):
    print('body sees', color, size, prepared_for)


class SubMeta(Meta):
    pass


class B(A, metaclass=SubMeta, shape='round'):
    pass


print(A.color, A.size, B.shape, B.prepared_for, type(B).__name__)


class StaticPrepare(type):
    @staticmethod
    def __prepare__(name, bases, **kw):
        return {'static': True, 'n': len(bases)}


class C(metaclass=StaticPrepare):
    pass


print(C.static, C.n)


class Default(type):
    pass


print(type(Default.__prepare__('x', ())).__name__, Default.__prepare__('x', (), a=1))
print(type.__prepare__('y', (), any=2))


class Counting(type):
    calls = 0

    @classmethod
    def __prepare__(mcls, name, bases):
        mcls.calls += 1
        return {}


class D(metaclass=Counting):
    pass


class E(D):
    pass


print(Counting.calls)
