# Functions are objects: identity, equality, storing in containers.
def f():
    return 1
g = f
print(f is g, f == g, f != g)
def make():
    def inner():
        pass
    return inner
a, b = make(), make()
print(a is b, a == b, a.__name__ == b.__name__)
d = {f: 'f'}
print(d[g])
lst = [f, g, make]
print(lst.count(f), lst.index(make))
print(callable(f), callable(1), callable(len), callable('x'.upper))
m = [].append
print(callable(m), type(len).__name__)
print(repr(f).startswith('<function f at '), repr(len))
print(repr(make()).startswith('<function make.<locals>.inner'))
print(str(print))
print(hash(f) == hash(g))
