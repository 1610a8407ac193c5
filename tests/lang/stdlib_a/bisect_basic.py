import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, 0, 3))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 5, hi=4))
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1.0, 2.5, 3.5), 2.5))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
