# A metaclass's __setattr__/__delattr__/__getattr__ run for attribute changes on its classes.
class M(type):
    def __setattr__(cls, k, v):
        print('meta set', k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print('meta del', k)
        super().__delattr__(k)
    def __getattr__(cls, k):
        return 'meta getattr ' + k
class A(metaclass=M):
    pass
A.x = 1
print(A.x, A.y)
del A.x
print(A.x)
try:
    object.__setattr__(A, 'z', 1)
except TypeError as e:
    print(e)
type.__setattr__(A, 'z', 2)
print(A.z, vars(A)['z'])
