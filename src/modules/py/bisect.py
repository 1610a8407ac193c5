"""Bisection algorithms: find and keep positions in sorted sequences.

The functions are native (`_bisect`), as CPython's C versions:
bisect_left(a, x, lo=0, hi=len(a), *, key=None) and the others take the
same arguments, and `hi=-1` also means "to the end".
"""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
