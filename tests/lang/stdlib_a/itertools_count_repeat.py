from itertools import count, repeat, islice

c = count()
print(next(c), next(c), next(c))
print(list(islice(count(10), 5)))
print(list(islice(count(5, 3), 4)))
print(list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(10, -2), 4)))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)))
c = count(3)
next(c)
print(repr(c))
print(list(zip("abc", count(1))))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)))
print(repr(repeat(1)), repr(repeat("a", 2)), repr(repeat(None, -5)))
r = repeat(7, 3)
next(r)
print(repr(r), list(r), list(r))
print(list(map(pow, range(5), repeat(2))))
print(list(islice(repeat("z"), 3)))
try:
    count("a")
except TypeError as e:
    print("TypeError", e)
try:
    repeat(1, "x")
except TypeError as e:
    print("TypeError", e)
