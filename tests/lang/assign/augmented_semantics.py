# In-place vs rebinding semantics for augmented assignment.
def extend_param(lst):
    lst += [99]
a = [1]
extend_param(a)
print(a)
def extend_tuple(t):
    t += (99,)
    return t
t = (1,)
print(extend_tuple(t), t)
s = 'x'
s2 = s
s += 'y'
print(s, s2)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(tup)
n = [0]
m = n
n *= 3
print(m, n is m)
num = 5
num += True
print(num)
f = 1
f += 0.5
print(f, type(f).__name__)
big = 2 ** 62
big *= 4
print(big)
st = {1}
st2 = st
st |= {2}
print(sorted(st2))
dd = {'a': 1}
dd2 = dd
dd |= {'b': 2}
print(dd2)
