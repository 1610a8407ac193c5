# Keys that compare equal collide: 1, 1.0, True; 0, 0.0, False, -0.0.
d = {1: 'a', 1.0: 'b', True: 'c'}
print(d, len(d))
e = {0: 'int', 0.0: 'float', False: 'bool', -0.0: 'neg'}
print(e)
f = {}
f[True] = 'bool first'
f[1] = 'int second'
print(f)
print({1.0: 'x'}[1], {True: 'y'}[1.0], 1 in {True: 0}, 0.0 in {False: 0})
g = {2: 'two', 2.5: 'two-half', (1, 2): 't', (1.0, 2.0): 'tf'}
print(g)
h = {10 ** 20: 'big', 1e20: 'float-big'}
print(h)
print({(): 1, (): 2}, {'': 0, '': 1})
nan = float('nan')
n = {nan: 1}
n[nan] = 2
print(len(n), n[nan])
n[float('nan')] = 3
print(len(n))
