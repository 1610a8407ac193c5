# Tuple-heavy code: swaps via tuple assignment, functions with multiple return
# values, star-unpacking in assignments and calls, tuple keys and comparisons,
# zip/enumerate unpacking and tuples as lightweight records.

N = 120000


def divmod_chain(a, b):
    q, r = divmod(a, b)
    return q, r, a - r, (q & 7, r & 7)


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def rotate(seq):
    first, *rest = seq
    return (*rest, first)


def split_ends(seq):
    *init, last = seq
    head, *middle, tail = seq
    return len(init), last, head, len(middle), tail


def stats(*values):
    lo, hi = min(values), max(values)
    return lo, hi, sum(values), len(values)


def bubble(items):
    items = list(items)
    n = len(items)
    for i in range(n):
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return tuple(items)


def records(n):
    out = []
    for i in range(n):
        name = (i * 7919) % 1009
        out.append((name % 17, -name, i))
    return out


acc = 0
for i in range(1, N):
    q, r, base, (qb, rb) = divmod_chain(i * 31 + 7, (i % 97) + 1)
    acc += q + r + base + qb * rb
    a, b = fib_pair(i % 40)
    acc ^= a + b
    t = rotate((i, i + 1, i + 2, i + 3))
    n_init, last, head, n_mid, tail = split_ends(t)
    acc += last * head - tail + n_init + n_mid
    lo, hi, total, count = stats(*t, i % 13, *(i % 5, i % 3))
    acc += lo + hi + total + count
    x, y, z = t[0], t[1], t[2]
    x, y, z = z, x, y
    acc += x - y + z
    acc %= 1 << 48

small = bubble(((k * 37) % 101, k) for k in range(300))
acc += sum(p * q for p, q in small[:50])
recs = records(N // 3)
recs.sort()
groups = {}
for key, neg, idx in recs:
    groups.setdefault((key, neg % 3), []).append(idx)
best = max(groups.items(), key=lambda kv: (len(kv[1]), kv[0]))
pairs = [(i, j) for (i, j) in zip(range(0, 200, 2), range(200, 0, -2)) if (i, j) > (50, 0)]
print("best group", best[0], len(best[1]))
print("first rec", recs[0], "last rec", recs[-1], "pairs", len(pairs), pairs[0])
print("checksum", acc)
