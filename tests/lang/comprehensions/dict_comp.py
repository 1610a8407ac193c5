# Dict comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print({n: ('even' if n % 2 == 0 else 'odd') for n in range(4)})
print({x: y for x in range(3) for y in range(3) if x != y})
print({i: [j for j in range(i)] for i in range(4)})
words = ['apple', 'bob', 'cat', 'avocado', 'banana']
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
print({w[0]: len(w) for w in words})
print({(a, b): a * b for a in range(2) for b in range(2)})
print({str(k): k for k in range(3)} == {'0': 0, '1': 1, '2': 2})
print({k: v for k, v in zip('abc', range(10))})
print(len({x % 3: x for x in range(100)}), {x % 3: x for x in range(100)})
