from collections import deque

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index str', lambda: deque([1])['a'])
attempt('index range', lambda: deque([1])[5])
attempt('neg index range', lambda: deque([1])[-2])
attempt('slice', lambda: deque([1, 2])[0:1])
attempt('index missing', lambda: deque([1]).index(2))
attempt('remove missing', lambda: deque([1]).remove(2))
attempt('not iterable', lambda: deque(1))
attempt('too many', lambda: deque([], 1, 2))
attempt('bad kw', lambda: deque(x=1))
attempt('add list', lambda: deque([1]) + [1])
attempt('mul str', lambda: deque([1]) * 'a')
attempt('unbound', lambda: deque.append(1, 2))
attempt('count args', lambda: deque([1]).count())
attempt('extend int', lambda: deque().extend(5))
attempt('rotate str', lambda: deque().rotate('a'))
attempt('index window', lambda: deque([1, 2, 3]).index(3, 0, 2))

def del_range():
    d = deque([1, 2])
    del d[5]
attempt('del range', del_range)

def set_range():
    d = deque([1, 2])
    d[2] = 0
attempt('set range', set_range)
