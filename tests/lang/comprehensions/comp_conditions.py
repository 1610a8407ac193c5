# Conditions and multiple clauses, evaluation order.
log = []
def pred(x):
    log.append(x)
    return x % 2 == 0
print([x for x in range(6) if pred(x)])
print(log)
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0 if x % 5 == 0])
print([(x, y) for x in range(4) if x % 2 for y in range(x) if y])
print([x or 'zero' for x in range(3)])
print(['%d:%s' % (i, v) for i, v in enumerate('abc') if i != 1])
print([w for w in ['', 'a', None, 'b', 0] if w])
def evens_up_to(n):
    return [i for i in range(n + 1) if not i % 2]
print(evens_up_to(10))
print([x for x in (y * 2 for y in range(5)) if x > 4])
