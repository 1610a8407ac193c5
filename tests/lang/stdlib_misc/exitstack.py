from contextlib import ExitStack, contextmanager


@contextmanager
def res(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    print(names)
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res('x', log))
    kept = stack.pop_all()
print(log)
kept.close()
print(log)


def suppressing_exit(exc_type, exc, tb):
    print('exit cb saw', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise ValueError('hidden')
print('suppressed by push')


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print('CM exit', a[0])


with ExitStack() as stack:
    stack.push(CM())
print('done')

try:
    with ExitStack() as stack:
        stack.callback(print, 'first registered, last run')

        def bad():
            raise KeyError('from callback')
        stack.callback(bad)
except KeyError as e:
    print('KeyError:', e)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError:', e)


def raiser(*a):
    raise IndexError('second')


try:
    with ExitStack() as stack:
        stack.push(raiser)
        raise ValueError('first')
except IndexError as e:
    print('IndexError:', e, type(e.__context__).__name__)

s = ExitStack()
s.callback(print, 'closed explicitly', 1, sep='-')
s.close()
