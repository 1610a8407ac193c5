# Nested comprehensions of mixed kinds.
print([[(r, c) for c in range(2)] for r in range(2)])
print({r: {c: r * c for c in range(3)} for r in range(3)})
print([sum(x for x in range(n)) for n in range(6)])
print(sorted({frozenset({a, b}) for a in range(3) for b in range(3)}, key=sorted))
identity = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
print(identity)
flat = [v for row in identity for v in row if v]
print(flat)
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20)
       if a * a + b * b == c * c])
print(list(map(lambda row: [x * 2 for x in row], [[1, 2], [3]])))
print([[x for x in row if x] for row in [[0, 1], [2, 0], []]])
print({i: [c for c in s] for i, s in enumerate(['ab', 'c'])})
