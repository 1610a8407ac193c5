# RecursionError even with a raised limit (CPython 3.11 does not crash here).
import sys
sys.setrecursionlimit(100000)
def f(n):
    return f(n + 1)
print('limit', sys.getrecursionlimit())
f(0)
