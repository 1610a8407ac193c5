# Comprehension evaluation order and side effects.
log = []
def src(n):
    log.append('src%d' % n)
    return range(n)
r = [(a, b) for a in src(2) for b in src(2)]
print(r)
print(log)
log.clear()
d = {(log.append('k%d' % i) or i): (log.append('v%d' % i) or i) for i in range(2)}
print(d, log)
acc = []
[acc.append(i) for i in range(3)]
print(acc)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print([tick() for _ in range(4)], counter)
print(sum([tick() for _ in range(2)]), counter)
