# object.__setattr__/__delattr__ refuse to work on type objects ("Carlo Verre hack" guard).
class A:
    pass


for label, fn in [('object.__setattr__ on class', lambda: object.__setattr__(A, 'x', 1)),
                  ('object.__setattr__ on int', lambda: object.__setattr__(int, 'x', 1)),
                  ('object.__delattr__ on class', lambda: object.__delattr__(A, '__module__')),
                  ('type.__setattr__ on instance', lambda: type.__setattr__(A(), 'x', 1)),
                  ('type.__setattr__ on int', lambda: type.__setattr__(int, 'x', 1))]:
    try:
        fn()
        print(label, 'ok')
    except TypeError as e:
        print(label, type(e).__name__, e)
type.__setattr__(A, 'via_type', 'allowed for heap types')
print(A.via_type)
type.__delattr__(A, 'via_type')
print(hasattr(A, 'via_type'))
a = A()
object.__setattr__(a, 'inst', 1)
print(a.inst)
object.__delattr__(a, 'inst')
print(hasattr(a, 'inst'))
