from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()))
print(c.total(), sum(c.values()))
print(Counter({'x': 3, 'y': 1}), Counter(x=2, y=5))
print(Counter(), Counter([]))
print(Counter(['b', 'a', 'b', 'c', 'a', 'b']))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
c = Counter(a=1)
c['b'] += 2
print(c, len(c))
del c['zz']
del c['a']
print(c)
print(isinstance(c, dict), type(c).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
