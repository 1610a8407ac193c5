# The class body namespace: what is in it at the start, locals(), del, errors.
class Probe:
    start = sorted(locals())
    module_in_body = __module__
    qualname_in_body = __qualname__
    a = 1
    b = a + 1
    snapshot = dict(locals())
    del a
    names = sorted(k for k in locals() if not k.startswith('__'))


print(Probe.start, Probe.module_in_body, Probe.qualname_in_body)
print(sorted(k for k in Probe.snapshot if not k.startswith('__')), Probe.names)
print(hasattr(Probe, 'a'), Probe.b, '__qualname__' in vars(Probe))


class Outer:
    class Inner:
        q = __qualname__


print(Outer.Inner.q)

def f():
    x = 'enclosing'

    class A:
        nonlocal x
        x = 'changed by class body'
    return x, hasattr(A, 'x')


print(f())


class WithGlobal:
    global created_by_class
    created_by_class = 'global from class body'


print(created_by_class, hasattr(WithGlobal, 'created_by_class'))


class Shadow:
    len = 5
    size = len
    print_name = print.__name__


print(Shadow.size, Shadow.print_name, len('builtin still works'))
