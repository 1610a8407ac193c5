# Custom mro() results: what is accepted, what is rejected, and when mro() runs.
class Calls(type):
    count = 0

    def mro(cls):
        Calls.count += 1
        return super().mro()


class A(metaclass=Calls):
    pass


class B(A):
    pass


print(Calls.count, [k.__name__ for k in B.__mro__], B.mro() == list(B.__mro__))
print(Calls.count)


def attempt(label, mro_result):
    class Meta(type):
        def mro(cls):
            return mro_result(cls)

    try:
        cls = Meta(label, (), {})
        print(label, 'ok', [getattr(k, '__name__', k) for k in cls.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)


attempt('tuple', lambda cls: (cls, object))
attempt('generator', lambda cls: (k for k in [cls, object]))
attempt('none', lambda cls: None)
attempt('str entry', lambda cls: [cls, 'object'])
attempt('float', lambda cls: 1.5)
print(type.mro(B) == [B, A, object], type.mro(int), type.mro(bool))
try:
    type.mro()
except TypeError as e:
    print(type(e).__name__)
