import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, data))
print(heapq.nlargest(0, data), heapq.nsmallest(-2, data))
print(heapq.nlargest(100, data), heapq.nsmallest(100, data))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []))
recs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]))
print(heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nlargest(1, recs, key=lambda r: r[1]), heapq.nsmallest(1, recs, key=lambda r: r[1]))
print(heapq.nsmallest(2, iter([4, 2, 6])), heapq.nlargest(2, "hello"))
