# dir(), vars(), globals() and locals() at module level.
import math
alpha = 1
beta = 'two'
print([n for n in dir() if not n.startswith('__')])
print('alpha' in globals(), globals()['beta'], globals() is locals(), vars() is globals())
globals()['gamma'] = 3.5
print(gamma, 'gamma' in dir())
del globals()['gamma']
print('gamma' in globals())
print([n for n in dir(int) if not n.startswith('_')])
print([n for n in dir(float) if not n.startswith('_')])
print([n for n in dir(5) if not n.startswith('_')] == [n for n in dir(int) if not n.startswith('_')])
print([n for n in dir(True) if not n.startswith('_')] == [n for n in dir(int) if not n.startswith('_')])
names = dir(math)
print(names == sorted(names), 'pi' in names, 'sqrt' in names, 'nope' in names, '__name__' in names)
print('__add__' in dir(int), '__add__' in dir(1), '__class__' in dir(1), 'append' in dir([]))
print(vars(math) is math.__dict__, vars(math)['pi'], type(vars(math)).__name__)
def f():
    pass
f.attr = 1
print(vars(f), 'attr' in dir(f))
for bad in (1, 'x', [], None):
    try:
        vars(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    vars(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    globals(1)
except TypeError as e:
    print('TypeError:', e)
try:
    locals(1)
except TypeError as e:
    print('TypeError:', e)
try:
    dir(x=1)
except TypeError as e:
    print('TypeError:', e)
