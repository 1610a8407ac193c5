# generator.send protocol.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v == 'stop':
            return received
        received.append(v)
g = echo()
print(g.send(None))
print(g.send('a'), g.send('b'))
try:
    g.send('stop')
except StopIteration as e:
    print('returned', e.value)
g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print('TypeError:', e)
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 60)])
def double_yield():
    a = yield 'first'
    b = yield a * 2
    yield a + b
d = double_yield()
print(next(d), d.send(5), d.send(100))
