# Dense matrix multiplication on lists of lists: a naive triple loop, a
# transposed-row dot-product version and a blocked version, on int and float
# matrices, checked against each other. Exercises indexing and inner loops.

N = 110


def make(n, seed, as_float):
    state = seed
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1664525 + 1013904223) % 4294967296
            v = (state >> 16) % 19 - 9
            row.append(v / 4.0 if as_float else v)
        m.append(row)
    return m


def naive(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for k in range(m):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
    return c


def transposed(a, b):
    bt = [list(col) for col in zip(*b)]
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def blocked(a, b, bs=16):
    n, p = len(a), len(b[0])
    c = [[0] * p for _ in range(n)]
    for i0 in range(0, n, bs):
        for k0 in range(0, n, bs):
            for j0 in range(0, p, bs):
                for i in range(i0, min(i0 + bs, n)):
                    ci, ai = c[i], a[i]
                    for k in range(k0, min(k0 + bs, n)):
                        aik, bk = ai[k], b[k]
                        for j in range(j0, min(j0 + bs, p)):
                            ci[j] += aik * bk[j]
    return c


def trace(m):
    return sum(m[i][i] for i in range(len(m)))


a, b = make(N, 1, False), make(N, 2, False)
c1, c2, c3 = naive(a, b), transposed(a, b), blocked(a, b)
assert c1 == c2 == c3, "int products differ"
c4 = naive(c1, a)
fa, fb = make(N, 3, True), make(N, 4, True)
f1, f2 = naive(fa, fb), transposed(fa, fb)
# quarters are exact in binary, so every float sum here is exact
assert f1 == f2, "float products differ"
checksum = 0
for row in c4:
    for v in row:
        checksum = (checksum * 31 + v) % 1000000007
print("trace int", trace(c1), "trace int^2", trace(c4))
print("trace float", trace(f1), "corner", f1[0][0], f1[-1][-1])
print("checksum", checksum)
