# Augmented assignment on names, subscripts, and nested containers.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
s = 'ab'
s += 'cd'; s *= 2; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {'n': 1}
d['n'] += 10
d['m'] = d.get('m', 0) + 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
count = {'a': [1]}
count['a'] += [2]
count['a'][0] *= 100
print(count)
log = []
def idx(i):
    log.append(i)
    return i
arr = [0, 0, 0]
arr[idx(1)] += 5
print(arr, log)
f = 1.5
f *= 2; f -= 0.5; print(f)
