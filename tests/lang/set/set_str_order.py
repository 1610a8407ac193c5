# Sets of strings iterate in CPython's order (PYTHONHASHSEED=0).
print(set(['a', 'b', 'c', 'd']), set(['apple', 'banana', 'cherry']))
print(set(['x', 'y', 'z', 'w', 'v', 'u', 't']), set(['', ' ', '  ']))
words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog']
print(set(words), len(set(words)))
print(set('hello world'), frozenset('mississippi'))
print(set(['é', 'ü', '€', 'x', '日本']), set([b'a', b'b', b'ab']))
s = set()
for w in ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']:
    s.add(w)
s.discard('k3')
s.add('k7')
print(s)
print(set(['a', 1, 'b', 2, (1, 'c')]))
print({w: len(w) for w in words}.keys() & set(['fox', 'dog', 'cat']))
