# Argument evaluation order and keyword ordering.
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
f(v(1), v(2), k=v(3), j=v(4))
print(log)
log.clear()
f(*[v('a'), v('b')], **{'x': v('c')})
print(log)
log.clear()
(v('callee') and f)(v(1))
print(log)
log.clear()
d = {}
d[v('key')] = v('value')
print(log)
log.clear()
x = [v(1), v(2)][v(0)]
print(log, x)
log.clear()
r = v(1) + v(2) * v(3)
print(log, r)
log.clear()
t = (v('t1'), v('t2'))
print(log)
