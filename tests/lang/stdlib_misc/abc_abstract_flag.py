from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def f(self): ...
class B:
    pass
B.__abstractmethods__ = frozenset({'x', 'a'})
for cls in (A, B):
    try: cls()
    except TypeError as e: print(e)
del B.__abstractmethods__
print(type(B()).__name__)
B.__abstractmethods__ = frozenset()
print(type(B()).__name__)
class C(A):
    def __new__(cls):
        return super().__new__(cls)
try: C()
except TypeError as e: print(e)
class D(A):
    def f(self): return 1
print(D().f())
try: object.__new__(A)
except TypeError as e: print(e)
