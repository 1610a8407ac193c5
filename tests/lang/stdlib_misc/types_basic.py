import sys
import types

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'), ns == types.SimpleNamespace(a=1))
ns.c = ns
print(ns)
del ns.c
print(vars(ns))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)
print(types.SimpleNamespace.__hash__)


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=3), Sub(z=3) == types.SimpleNamespace(z=3))


def f():
    pass


class C:
    def m(self):
        pass


def gen():
    yield 1


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(gen(), types.GeneratorType), isinstance(C.__dict__, types.MappingProxyType))
print(types.FunctionType, types.MethodType, types.ModuleType, types.GeneratorType, types.MappingProxyType)
print(types.BuiltinFunctionType, types.NoneType, types.EllipsisType, types.NotImplementedType, types.CodeType)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)
print(types.GenericAlias, type(list[int]) is types.GenericAlias)
m = types.ModuleType('mymod', 'doc here')
m.x = 1
print(m.__name__, m.__doc__, m.x, m)
print(types.ModuleType('bare').__doc__)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0), mp, repr(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError:', e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError:', e)
bm = types.MethodType(lambda self, y: (self, y), 'obj')
print(bm(2), bm.__self__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag')
        return super().__new__(mcls, name, bases, ns)


X = types.new_class('X', (C,), {}, lambda ns: ns.update({'z': 5}))
print(X.z, X.__mro__[1:], X.__name__)
Y = types.new_class('Y', (), {'metaclass': Meta, 'tag': 't'})
print(type(Y).__name__, Y.tag)
print(types.prepare_class('Z', (), {'metaclass': Meta, 'tag': 1}))
print(types.resolve_bases((int, list[int])))
