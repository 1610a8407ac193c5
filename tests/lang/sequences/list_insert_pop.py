# list.insert and list.pop: positions, clamping, errors.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3]
for i in (0, 1, -1, -2, 3, 10, -10, True, False):
    b = a[:]
    b.insert(i, 'X')
    print(i, b)
c = []
c.insert(0, 'a')
c.insert(-1, 'b')
c.insert(100, 'c')
c.insert(-100, 'd')
print(c)
check('insert big', lambda: [].insert(10 ** 20, 1))
check('insert big neg', lambda: [].insert(-10 ** 20, 1))
check('insert str', lambda: [].insert('a', 1))
check('insert float', lambda: [].insert(1.0, 1))
check('insert one arg', lambda: [].insert(1))
check('insert three args', lambda: [].insert(1, 2, 3))

p = list(range(10))
print(p.pop(), p.pop(0), p.pop(-1), p.pop(3), p.pop(-2), p)
print(p.pop(True), p.pop(False), p)
check('pop empty', lambda: [].pop())
check('pop empty idx', lambda: [].pop(0))
check('pop past end', lambda: [1].pop(1))
check('pop before start', lambda: [1].pop(-2))
check('pop big', lambda: [1].pop(10 ** 20))
check('pop str', lambda: [1].pop('0'))
check('pop float', lambda: [1].pop(0.0))
check('pop none', lambda: [1].pop(None))
check('pop two args', lambda: [1].pop(0, 1))
q = ['only']
print(q.pop(-1), q)

stack = []
for ch in 'abc':
    stack.append(ch)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = [1, 2, 3]
while queue:
    print('got', queue.pop(0), queue)
