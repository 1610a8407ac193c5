# __enter__ / __exit__: return values, arguments, nesting, order.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False

with CM('a') as v:
    print('body', v)
with CM('outer') as o, CM('inner') as i:
    print('body', o, i)
try:
    with CM('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)

def f():
    with CM('ret'):
        return 'returned'

print(f())
for n in range(3):
    with CM(f'loop{n}'):
        if n == 1:
            continue
        if n == 2:
            break
        print('loop body', n)

class Unpack:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *args):
        pass

with Unpack() as (a, [b, c]):
    print(a, b, c)
holder = {}
with Unpack() as holder['k']:
    pass
print(holder)

class NoEnter:
    def __exit__(self, *a):
        pass

class NoExit:
    def __enter__(self):
        return self

for obj in [NoEnter(), NoExit(), 5]:
    try:
        with obj:
            print('unreachable')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class EnterFails:
    def __enter__(self):
        raise KeyError('enter')

    def __exit__(self, *a):
        print('exit not called')

try:
    with EnterFails():
        pass
except KeyError as e:
    print(type(e).__name__, e)
