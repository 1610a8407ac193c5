# Iterating dicts, modification errors, ordering after deletions.
d = {}
for i in range(10):
    d[i] = i * i
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
d[0] = 'readded at end'
print(list(d))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)
d2 = {'a': 1}
try:
    for k in d2:
        d2['b'] = 2
except RuntimeError as e:
    print('RuntimeError:', e)
d3 = {'a': 1, 'b': 2}
for k in d3:
    d3[k] = d3[k] * 10
print(d3)
print([k for k in {3: 0, 1: 0, 2: 0}], [v for v in {3: 'x', 1: 'y'}.values()])
print(dict(enumerate('abc')), dict(zip(range(3), 'xyz')), dict(reversed(list({1: 2, 3: 4}.items()))))
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
