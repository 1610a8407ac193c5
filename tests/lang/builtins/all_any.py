# all and any with short-circuiting.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, '', None]), any([0, 'x']))
print(all('abc'), any(''), all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2]))
checked = []
def chk(v):
    checked.append(v)
    return v
print(all(chk(v) for v in [1, 0, 1, 1]), checked)
checked.clear()
print(any(chk(v) for v in [0, 0, 1, 0]), checked)
print(all([[]]), any([[]]), all([[0]]), any({0: 'x'}), any({1: 'x'}), all(range(1, 5)), all(range(5)))
try:
    all(5)
except TypeError as e:
    print('TypeError:', e)
