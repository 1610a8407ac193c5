from itertools import islice, count

s = "ABCDEFG"
print(list(islice(s, 2)))
print(list(islice(s, 2, 4)))
print(list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)))
print(list(islice(s, 1, 6, 2)))
print(list(islice(s, None)))
print(list(islice(s, None, 3)))
print(list(islice(s, 3, 3)))
print(list(islice(s, 5, 2)))
print(list(islice(s, 100)))
print(list(islice(s, 10, 20)))
print(list(islice(count(), 3, 30, 7)))
print(list(islice(s, 1, None, None)))

# islice consumes no more than it needs.
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))

for args in [(-1,), (1, -1), (0, 5, 0), (0, 5, -1), ("a",), (1.5,), (0, 2, 1.5)]:
    try:
        islice(s, *args)
    except ValueError as e:
        print(args, "ValueError", e)
try:
    islice(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    islice(s)
except TypeError as e:
    print("TypeError", e)
