# Deleting and inserting while iterating: what the loop sees depends on
# when the dict makes room (it squeezes out deleted entries only then).
def run(d, delete, add):
    seen = []
    try:
        for k in d:
            if delete:
                del d[k]
            for j in range(add):
                d[k * 100 + j + 7] = 1
            seen = [*seen, k]
    except RuntimeError as e:
        seen = [*seen, f'{e}']
    return seen

for n in [3, 5, 6, 10, 11, 21, 22]:
    src = {i: i for i in range(n)}
    print(n, run({i: i for i in range(n)}, True, 1))
    print(n, run(src.copy(), True, 1), run(dict(src), True, 1), run({**src}, True, 1))
    holes = {i: i for i in range(n)}
    del holes[0]
    print(n, run(holes.copy(), True, 1), run(dict(holes), True, 1))
    print(n, run(dict.fromkeys(range(n)), True, 1), run(dict.fromkeys(set(range(n))), True, 1))
    grown = {-1: 0}
    grown.update(holes)
    print(n, run(grown, True, 1))
    popped = {i: i for i in range(n)}
    popped.popitem()
    popped[99] = 0
    print(n, run(popped, True, 1), run(dict(zip(range(n), range(n))), True, 1))
d = {i: i for i in range(8)}
print(run(d, False, 1), len(d))
d = {i: i for i in range(8)}
print(run(d, True, 0), len(d))
d = {i: i for i in range(8)}
print(run(d, True, 2), len(d))
