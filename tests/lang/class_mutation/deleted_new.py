# CPython keeps a class's __new__ slot after the method is deleted, so object.__new__
# still refuses extra arguments (for the class and subclasses).
class A:
    def __new__(cls, *a):
        return super().__new__(cls)
class B(A):
    pass
del A.__new__
for C in (A, B):
    try:
        C(1)
    except TypeError as e:
        print(C.__name__, e)
class P: pass
class Q(P): pass
P.__new__ = lambda cls, *a: object.__new__(cls)
del P.__new__
for C in (P, Q):
    try:
        C(1)
    except TypeError as e:
        print(C.__name__, e)
class R: pass
try:
    R(1)
except TypeError as e:
    print('R', e)
