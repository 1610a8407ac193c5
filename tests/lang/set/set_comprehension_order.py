# Sets built from comprehensions and conversions, printed via sorted.
words = ['pear', 'apple', 'fig', 'apple', 'kiwi', 'pear']
unique = set(words)
print(sorted(unique), len(unique))
lengths = {len(w) for w in words}
print(sorted(lengths))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print(sorted(set('hello world') - {' '}))
seen = set()
dedup = []
for w in words:
    if w not in seen:
        seen.add(w)
        dedup.append(w)
print(dedup)
a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(sorted(a & b), sorted(a - b), sorted(a ^ b), len(a | b))
print(sorted({-3, -1, 2, 0}), sorted({1.5, -0.5, 1}))
