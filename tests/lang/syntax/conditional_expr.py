# Conditional expressions.
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
for n in (-5, 0, 7):
    print(n, sign(n))
calls = []
def t(v):
    calls.append(v)
    return v
r = t('a') if t(True) else t('b')
print(r, calls)
calls.clear()
r = t('a') if t(0) else t('b')
print(r, calls)
print([x if x % 2 else -x for x in range(6)])
print((lambda v: 'yes' if v else 'no')([]))
print(1 if [] else 2, 1 if [0] else 2, 1 if '' else 2, 1 if 'x' else 2)
print(1 if None else 2, 1 if 0.0 else 2, 1 if {} else 2, 1 if range(0) else 2)
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
z = (x if x > 10 else None) or 'fallback'
print(z)
print(*(['a', 'b'] if x else ['c']))
