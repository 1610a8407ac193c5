# Bound methods: __self__, __func__, equality, hashing, rebinding.
class A:
    def __init__(self, tag):
        self.tag = tag

    def f(self, x=0):
        return (self.tag, x)

    def __eq__(self, other):
        return isinstance(other, A) and self.tag == other.tag

    def __hash__(self):
        return hash(self.tag)


a, a2, b = A('a'), A('a'), A('b')
m = a.f
print(m(), m(5), m.__self__ is a, m.__func__ is A.f)
print(type(m).__name__, m.__name__, m.__qualname__, m.__doc__)
print(a.f is a.f, a.f == a.f, a.f == a2.f, a.f == b.f, a.f != b.f)
print(hash(a.f) == hash(a.f))
print(A.f is A.f, type(A.f).__name__)

func = m.__func__
print(func(b, 1), func.__get__(b)(2), func.__get__(b, A)(3))
print(A.__dict__['f'] is A.f)

# a bound method keeps its instance alive and unchanged
holder = [a.f]
a.tag = 'changed'
print(holder[0]())


class B:
    def f(self):
        return 'B.f'


b_inst = B()
print(B.f(b_inst), b_inst.f.__self__ is b_inst)


class Plain:
    def who(self):
        return type(self).__name__


print(Plain.who(3), Plain.who('s'), Plain.who(None))

try:
    m.__self__ = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
A.f.attr = 'on func'
print(a.f.attr)
print(a.f.__call__(7))
meth_type = type(a.f)
bound = meth_type(A.f, b)
print(bound(), bound == b.f)
