import bisect

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key))
print(bisect.bisect(recs, 0, key=key), bisect.bisect(recs, 100, key=key))
bisect.insort(recs, ("e", 3), key=key)
bisect.insort_left(recs, ("f", 3), key=key)
print(recs)
words = ["apple", "fig", "banana"]
words.sort(key=len)
bisect.insort(words, "kiwi", key=len)
print(words)

for args in [(None, 1), ([1, 2], 1, -1), ([1, 2], "a"), (5, 1), ([1, 2], 1, None), ([1, 2], 1, 1.5)]:
    try:
        print(bisect.bisect_left(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bisect.insort(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    bisect.insort_left((1, 2), 1)
except AttributeError as e:
    print("AttributeError", e)
print(bisect.bisect_left([1, 2, 3], 3, 0, -1), bisect.bisect_left([1, 2, 3], 3, 0, -2))
