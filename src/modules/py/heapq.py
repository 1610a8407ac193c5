# heapq
