from collections import defaultdict

d = defaultdict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    d[word[0]].append(word)
print(d)
print(d['z'], len(d))
print(dict(d))
print(d.default_factory)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()))
n = defaultdict()
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(None, {'a': 1}))
print(defaultdict(int, a=1, b=2))
print(defaultdict(list, [('x', [1])]))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(isinstance(d, dict), type(d).__name__)
print('q' in c, c.get('q'), 'q' in c)
print(c.__missing__('new'), 'new' in c)
