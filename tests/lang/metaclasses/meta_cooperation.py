# Several metaclasses combined through a common subclass, cooperating via super().
class AddsId(type):
    counter = 0

    def __new__(mcls, name, bases, ns, **kw):
        print('AddsId.__new__', name)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        AddsId.counter += 1
        cls.class_id = AddsId.counter
        return cls


class AddsRepr(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('AddsRepr.__new__', name)
        ns.setdefault('__repr__', lambda self: f'<{type(self).__name__} #{self.class_id}>')
        return super().__new__(mcls, name, bases, ns, **kw)

    def __repr__(cls):
        return f'<class {cls.__name__} via AddsRepr>'


class Combined(AddsId, AddsRepr):
    pass


class A(metaclass=AddsId):
    pass


class B(metaclass=AddsRepr):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class D(A, B, metaclass=Combined):
    pass


print([m.__name__ for m in Combined.__mro__])
print(A.class_id, D.class_id, repr(D), repr(D()), type(D).__name__)


class E(D):
    pass


print(E.class_id, type(E).__name__, repr(E()))
