# RecursionError caught; the program continues normally afterwards.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 500, d < 1000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
try:
    [0] * 10 ** 12
except MemoryError as e:
    print('MemoryError', repr(e), str(e) == '')
