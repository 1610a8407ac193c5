# gc, weakref and atexit: the interfaces programs use. (weft frees nothing
# before exit, so only behaviour that holds while objects are alive is
# compared here.)
import atexit
import gc
import weakref

print(gc.isenabled(), gc.collect() >= 0, gc.get_threshold()[0] > 0)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked('s'))
try:
    gc.collect(3)
except ValueError as e:
    print(e)


class Node:
    def __init__(self, name):
        self.name = name

    def method(self):
        return 'method of ' + self.name


n = Node('a')
r = weakref.ref(n)
print(r() is n, r() is r(), r.__callback__, weakref.getweakrefcount(n) >= 1)
print(r == weakref.ref(n), hash(weakref.ref(n)) == hash(n))
for bad in (1, 'x', (1,), [1], {1: 2}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)


class Slotted:
    __slots__ = ('x',)


try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


sw = SlottedWeak()
print(weakref.ref(sw)() is sw)
p = weakref.proxy(n)
print(p.name, p.method())
p.name = 'b'
print(n.name)
wm = weakref.WeakMethod(n.method)
print(wm()())
d = weakref.WeakValueDictionary()
d['k'] = n
print(d['k'] is n, len(d), 'k' in d, list(d))
kd = weakref.WeakKeyDictionary()
kd[n] = 1
print(kd[n], n in kd, len(kd))
ws = weakref.WeakSet([n])
print(n in ws, len(ws))
fin = weakref.finalize(n, print, 'finalizer ran at exit')
print(fin.alive)


def bye(who, punct='!'):
    print('goodbye', who + punct)


atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
atexit.register(print, 'unregistered')
atexit.unregister(print)
print('main done')
