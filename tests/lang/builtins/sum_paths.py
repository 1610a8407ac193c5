# sum(): machine-word accumulation across the small-int range, overflow past i64,
# floats, mixed types, int subclasses, starts, errors.
import sys
M = sys.maxsize
print(sum(i*i for i in range(10**5)), sum([M, M, -M, 1]), sum([2**47, 2**47, -1]), sum([1, 2.5, 3]), sum([1.5, 2, 3]), sum([M, 1, 1.5]))
print(sum([], 5), sum([1, 2], 2**70), sum([2**70, -2**70, 3]), sum([True, True, 3]), sum([1, 2], 0.5), sum(range(10), -M-1))
class N(int): pass
print(sum([N(3), 4]), type(sum([N(3)])).__name__, sum([1, N(3)]))
try: sum([1, 'a'])
except TypeError as e: print(e)
print(sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([-M-1, -M-1]), sum([M] * 5))
