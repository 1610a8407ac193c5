# Dict-building patterns and views of comprehension results.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in squares.items()})
words = ['one', 'two', 'three', 'four', 'five']
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({k: len(v) for k, v in by_len.items()})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid, grid[1, 2])
print(max(squares, key=squares.get), min(squares.values()), sorted(squares, reverse=True))
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])))
