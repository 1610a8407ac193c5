from collections import deque

def run(label, op):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    op(d)
    try:
        print(label, list(it))
    except RuntimeError as e:
        print(label, 'RuntimeError', e)

run('append', lambda d: d.append(4))
run('appendleft', lambda d: d.appendleft(0))
run('pop', lambda d: d.pop())
run('setitem', lambda d: d.__setitem__(0, 9))
run('reverse', lambda d: d.reverse())
run('rotate', lambda d: d.rotate(1))
run('rotate0', lambda d: d.rotate(0))
run('clear', lambda d: d.clear())
run('extend empty', lambda d: d.extend([]))
run('remove', lambda d: d.remove(2))
run('insert', lambda d: d.insert(0, 1))
run('count', lambda d: d.count(1))
run('copy', lambda d: d.copy())

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('loop', e)
print(d)
d = deque([1, 2, 3])
for x in d:
    d[0] = x * 10
print(d)
