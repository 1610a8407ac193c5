from collections import Counter

a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(a == Counter(c=2, b=1, a=3), a != b)
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0))
print(a == {'a': 3, 'b': 1, 'c': 2})
c = Counter(a=2, b=3)
c += Counter(a=-5, z=1)
print(c)
c -= Counter(b=1)
print(c)
c |= Counter(b=7)
print(c)
c &= Counter(b=3, z=5)
print(c)
try:
    a + {'x': 1}
except TypeError as e:
    print('TypeError', e)
