# eval, exec and compile: default and explicit namespaces, function locals snapshots, class bodies.
x = 10
print(eval('x + 1'))
exec('y = x * 2')
print(y)
g = {'a': 1}
exec('b = a + 1\ndef f(): return b * 10\nc = f()', g)
print(sorted(k for k in g if k != '__builtins__'), g['c'], '__builtins__' in g)
loc = {}
exec('z = 5\nw = z + 1', {}, loc)
print(loc)
def func(p, q=3):
    r = p + q
    def inner():
        return r
    print(sorted(k for k in locals()), locals()['p'])
    print(eval('p * q + r'))
    exec('r = 100')
    print(r)
    print(sorted(vars()))
    return inner
func(2)
code = compile('a * 2', '<calc>', 'eval')
print(type(code).__name__, eval(code, {'a': 21}))
code = compile('for i in range(3): total += i', 'loop.py', 'exec')
ns = {'total': 0}
exec(code, ns)
print(ns['total'])
class K:
    v = 1
    w = eval('v + 1')
    exec('u = v + w')
print(K.w, K.u)
print(eval('[i * i for i in range(4)]'))
try:
    eval('1/0')
except ZeroDivisionError as e:
    print('ZDE', e)
try:
    exec('def g(:\n pass')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
print(eval('__name__'), eval('__name__', {}) if False else '')
m = {'k': 7}
class Map:
    def __getitem__(self, key):
        if key == 'special': return 42
        raise KeyError(key)
print(eval('special + 1', {}, Map()))
print(eval("len('abc')", {}))
exec("import math\nprint(math.sqrt(16))", {})
