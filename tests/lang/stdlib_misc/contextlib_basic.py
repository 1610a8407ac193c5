import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        redirect_stdout, redirect_stderr, AbstractContextManager,
                        ContextDecorator)

log = []


@contextmanager
def tag(name):
    log.append(f'<{name}>')
    try:
        yield name.upper()
    finally:
        log.append(f'</{name}>')


with tag('a') as t:
    log.append(t)
print(log)
log.clear()
try:
    with tag('b'):
        raise ValueError('inside')
except ValueError as e:
    print('ValueError:', e, log)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')
with swallow():
    pass


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError('converted')


try:
    with reraise_other():
        1 / 0
except ValueError as e:
    print('ValueError:', e, type(e.__context__).__name__)


@tag('deco')
def decorated(x):
    log.append(x)
    return x * 2


log.clear()
print(decorated(21), log)
log.clear()
print(decorated(1), log)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
with suppress():
    pass


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('captured line')
    print('another', 1)
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write('to stderr')
print(repr(err.getvalue()))


class Managed(AbstractContextManager):
    def __exit__(self, *a):
        print('exit', a[0])


with Managed() as m:
    print(type(m).__name__)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Managed, AbstractContextManager))


class Traced(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit')
        return False


@Traced()
def work():
    print('working')


work()
