# Methods and attributes on the metaclass: visible on classes, not instances.
class Meta(type):
    meta_attr = 'meta attribute'

    def describe(cls):
        return f'class {cls.__name__} with {len([k for k in cls.__dict__ if not k.startswith("__")])} entries'

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    @classmethod
    def meta_cm(mcls):
        return 'classmethod on ' + mcls.__name__

    @staticmethod
    def meta_sm():
        return 'staticmethod on metaclass'


class A(metaclass=Meta):
    x = 1


class B(A):
    meta_attr = 'class attribute shadows meta'


print(A.describe(), A.upper_name, A.meta_attr, A.meta_cm(), A.meta_sm())
print(B.upper_name, B.meta_attr, Meta.describe(B))
a = A()
for name in ['describe', 'upper_name', 'meta_attr', 'meta_cm']:
    try:
        getattr(a, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(B().meta_attr)
print('describe' in dir(A), 'describe' in dir(a), type(A.describe).__name__, A.describe.__self__ is A)
print(Meta.upper_name.__get__(B), type(Meta.__dict__['upper_name']).__name__)
try:
    A.upper_name = 'x'
except AttributeError as e:
    print(type(e).__name__, e)


class Counting(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls._count = 0

    def new_instance(cls):
        cls._count += 1
        return cls()

    @property
    def count(cls):
        return cls._count


class W(metaclass=Counting):
    pass


class V(W):
    pass


W.new_instance()
W.new_instance()
V.new_instance()
print(W.count, V.count, W._count)
