# Iteration errors: not iterable, __iter__ returning a non-iterator, bad __next__.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class NotIter:
    pass


class IterReturnsInt:
    def __iter__(self):
        return 5


class IterReturnsList:
    def __iter__(self):
        return [1, 2]


class NextOnly:
    def __next__(self):
        return 1


class IterNoNext:
    def __iter__(self):
        return NextOnly.__new__(IterNoNext)


class NextRaises:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError('broken next')


attempt('iter plain', lambda: iter(NotIter()))
attempt('for plain', lambda: [x for x in NotIter()])
attempt('list plain', lambda: list(NotIter()))
attempt('unpack plain', lambda: [*NotIter()])
attempt('iter int', lambda: iter(IterReturnsInt()))
attempt('for int', lambda: list(IterReturnsInt()))
attempt('iter list', lambda: iter(IterReturnsList()))
attempt('next-only iter', lambda: iter(NextOnly()))
attempt('next-only next', lambda: next(NextOnly()))
attempt('no next', lambda: list(IterNoNext()))
attempt('next raises', lambda: list(NextRaises()))
attempt('next on non-iterator', lambda: next([1, 2]))
attempt('next on plain', lambda: next(NotIter()))
attempt('iter int value', lambda: iter(5))
attempt('sum plain', lambda: sum(NotIter()))
attempt('zip plain', lambda: zip([1], NotIter()))
attempt('in plain', lambda: 1 in NotIter())
attempt('sorted plain', lambda: sorted(NotIter()))
attempt('dict plain', lambda: dict(NotIter()))
def unpack_two():
    a, b = NotIter()
    return a, b


attempt('a,b plain', unpack_two)
attempt('iter 2-arg', lambda: iter(NotIter(), None))
