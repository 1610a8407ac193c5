# getattr/setattr/hasattr/delattr on functions, modules and builtin values.
import math
def f():
    pass
print(getattr(f, '__name__'), getattr(f, 'missing', 'dflt'), getattr(f, 'missing', None))
setattr(f, 'tag', 42)
print(f.tag, getattr(f, 'tag'), hasattr(f, 'tag'), hasattr(f, 'other'))
delattr(f, 'tag')
print(hasattr(f, 'tag'), getattr(f, 'tag', 'gone'))
print(getattr(math, 'pi'), hasattr(math, 'tau'), hasattr(math, 'nope'), getattr(math, 'nope', -1))
print(getattr(1, 'real'), getattr(2.5, 'imag'), getattr(True, 'numerator'), getattr([], 'append').__name__)
print(getattr(int, 'from_bytes')(b'\x02', 'big'), getattr('abc', 'upper')(), hasattr(None, '__class__'))
print(getattr(1, '__class__'), getattr(int, '__name__'), hasattr(int, 'bit_length'), hasattr(int, 'nope'))
for args in [(1, 'nope'), ([], 'nope'), (math, 'nope'), (int, 'nope'), (f, 'nope')]:
    try:
        getattr(*args)
    except AttributeError as e:
        print('AttributeError:', e)
for args in [(1, 5), (1, None), (1, b'real'), (1, 5, 'default')]:
    try:
        getattr(*args)
    except TypeError as e:
        print('TypeError:', e)
for call in ['hasattr(1, 5)', 'setattr(1, 5, 1)', 'delattr(1, 5)']:
    try:
        if call.startswith('has'):
            hasattr(1, 5)
        elif call.startswith('set'):
            setattr(1, 5, 1)
        else:
            delattr(1, 5)
    except TypeError as e:
        print(call, 'TypeError:', e)
for obj in (1, [], 'x', None):
    try:
        setattr(obj, 'x', 1)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    setattr(int, 'x', 1)
except TypeError as e:
    print('TypeError:', e)
try:
    delattr(f, 'never_set')
except AttributeError as e:
    print('AttributeError:', e)
for args in [(1,), (1, 'a', 2, 3)]:
    try:
        getattr(*args)
    except TypeError as e:
        print('TypeError:', e)
for fn, args in [(hasattr, (1,)), (setattr, (1, 'a')), (delattr, (1,))]:
    try:
        fn(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    getattr(1, 'real', default=0)
except TypeError as e:
    print('TypeError:', e)
