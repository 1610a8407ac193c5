# Tuple packing/unpacking in returns, loops and swaps.
def minmax(items):
    return min(items), max(items)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi)
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
pairs = [(i, i * i) for i in range(4)]
for i, sq in pairs:
    print(i, sq, end='; ')
print()
print(list(zip(*pairs)))
a, (b, c) = 1, (2, 3)
print(a, b, c)
print(*(1, 2, 3), sep=' | ')
t = 1, 2, 3
print(t, type(t).__name__)
empty = ()
print(len(empty), bool(empty), empty + (1,))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], sum(map(sum, nested)))
print(tuple(reversed(t)), t[::-1] == tuple(reversed(t)))
