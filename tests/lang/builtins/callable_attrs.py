# callable, getattr, setattr, hasattr on builtin objects.
print(callable(len), callable([].append), callable(int), callable(5), callable('x'), callable(lambda: 0))
print(getattr([], 'append').__name__, getattr(1, 'real'), getattr(1, 'nope', 5), getattr('ab', 'upper')())
print(hasattr(1, 'real'), hasattr(1, 'nope'), hasattr([], 'sort'), hasattr('s', 'join'), hasattr(None, '__class__'))
try:
    getattr(1, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr([], 'x')
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr([], 'x', 2)
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(1, 5)
except TypeError as e:
    print('TypeError:', e)
def f():
    pass
setattr(f, 'tag', 'set via setattr')
print(getattr(f, 'tag'), hasattr(f, 'tag'), f.tag)
delattr(f, 'tag')
print(hasattr(f, 'tag'))
lst = []
getattr(lst, 'append')(42)
getattr(lst, 'extend')([1, 2])
print(lst, getattr(lst, 'pop')())
print(getattr(str, 'join')('-', 'abc'), getattr(int, 'from_bytes')(b'\x01\x00', 'big'))
