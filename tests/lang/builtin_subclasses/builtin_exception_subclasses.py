# Subclasses of specific builtin exceptions keep their special behaviours.
class MyKeyError(KeyError):
    pass


class MyOSError(OSError):
    pass


class MyStop(StopIteration):
    pass


class MyUnicode(UnicodeDecodeError):
    pass


class MySyntax(SyntaxError):
    pass


print(str(MyKeyError('k')), repr(MyKeyError('k')), str(MyKeyError()))
try:
    {}['missing']
except MyKeyError:
    print('wrong')
except KeyError as e:
    print('plain KeyError', e)
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e)
m = MyOSError(2, 'No such file or directory')
print(type(m).__name__, m.errno, m.strerror, m)
print(type(OSError(13, 'denied')).__name__, type(MyOSError(13, 'denied')).__name__)
s = MyStop('value')
print(s.value, s.args, isinstance(s, StopIteration))


def gen():
    yield 1
    return 'done'


g = gen()
next(g)
try:
    next(g)
except MyStop:
    print('wrong')
except StopIteration as ex:
    print('StopIteration value', ex.value)
u = MyUnicode('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u, u.encoding, u.start, u.reason)
syn = MySyntax('bad syntax', ('file.py', 3, 5, 'x = = 1', 3, 6))
print(syn, syn.filename, syn.lineno, syn.offset, syn.msg)
try:
    raise MyKeyError('custom key')
except LookupError as ex:
    print(type(ex).__name__, ex, ex.args)
