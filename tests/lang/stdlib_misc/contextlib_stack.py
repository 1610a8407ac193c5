# An exception raised while a method call's arguments are evaluated inside a
# with block whose manager is a generator defined with annotated parameters
# (MakeFunction with annotations must pop its dict: the handler's stack
# depth depends on it).
import contextlib


class Store:
    def save(self, order):
        return order


class Invalid(Exception):
    pass


def advance(order: int, new: int) -> int:
    if new > 2:
        raise Invalid(f'{order} -> {new}')
    return new


@contextlib.contextmanager
def transaction(store: Store, log: list):
    log.append('begin')
    try:
        yield store
    except Invalid as e:
        log.append(f'rollback ({e})')
    else:
        log.append('commit')


store = Store()
log = []
with transaction(store, log) as s:
    s.save(advance(1, 2))
with transaction(store, log) as s:
    s.save(advance(1, 3))
print(log)


def in_function(n: int, *, k: str = 'x') -> list:
    out = []
    for i in range(n):
        with transaction(store, out) as s:
            s.save(advance(i, i + 1))
    return out


print(in_function(4))
