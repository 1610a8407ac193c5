# Exception attributes on subclasses: add_note, __notes__, with_traceback, __dict__.
class Tagged(Exception):
    def __init__(self, msg, tag=None):
        super().__init__(msg)
        self.tag = tag


e = Tagged('problem', tag='T1')
print(vars(e), e.__dict__ is vars(e))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, vars(e)['__notes__'] is e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise e
except Tagged as caught:
    print(caught is e, caught.__traceback__ is not None, caught.tag)
e.extra = 1
print(sorted(vars(e)))


class SlotsError(Exception):
    __slots__ = ('code',)


s = SlotsError('x')
s.code = 3
print(s.code, s.args)
s.other = 'exceptions keep a __dict__ even with __slots__'
print(s.other)


class Reducer(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


r = Reducer(1, 2)
red = r.__reduce__()
print(red[0].__name__, red[1], red[2])
print(BaseException.__new__(Reducer).args, Exception.__new__(Reducer, 1, 2).args)
