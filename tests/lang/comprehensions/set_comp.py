# Set comprehensions (ints only, printed in a deterministic way).
s = {x % 5 for x in range(20)}
print(s, len(s))
print(sorted({x * x for x in range(-3, 4)}))
print(sorted({c for c in 'mississippi'}))
print({n for n in range(30) if n % 7 == 0})
print({(a + b) % 4 for a in range(4) for b in range(4)})
print(type({x for x in ()}).__name__, {x for x in ()})
print({1, 2, 3} == {x for x in [3, 2, 1, 1]})
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
print({abs(x) for x in [-1, 1, -2, 2, 0]})
