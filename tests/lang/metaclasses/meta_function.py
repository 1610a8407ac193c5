# The metaclass can be any callable: functions, lambdas, classes with __call__ on their type.
def make_class(name, bases, ns, **kw):
    print('make_class', name, sorted(k for k in ns if not k.startswith('__')), kw)
    ns['made_by'] = 'function'
    return type(name, bases, ns)


class A(metaclass=make_class, extra=1):
    x = 1


print(type(A).__name__, A.made_by, A.x)


class B(A):
    pass


print(type(B).__name__, hasattr(B, 'made_by'))


def returns_dict(name, bases, ns):
    return dict(ns, name=name)


class C(metaclass=returns_dict):
    value = 42


print(type(C).__name__, C['name'], C['value'])


class D(metaclass=lambda n, b, ns: n.upper()):
    pass


print(D)


class Factory:
    def __call__(self, name, bases, ns):
        return 'factory made ' + name


class E(metaclass=Factory()):
    pass


print(E)
try:
    class F(metaclass=lambda: None):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(metaclass=5):
        pass
except TypeError as e:
    print(type(e).__name__, e)


def prep_checker(name, bases, ns):
    return type(ns).__name__


class H(metaclass=prep_checker):
    pass


print(H)
