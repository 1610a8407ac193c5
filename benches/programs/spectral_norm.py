# Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
# by power iteration on A^T A. Exercises float division, nested loops,
# small function calls and list building with comprehensions and zip.

import math

N = 280
ITERATIONS = 10


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum([a(i, j) * vj for j, vj in enumerate(v)]) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum([a(j, i) * vj for j, vj in enumerate(v)]) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(ITERATIONS):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return math.sqrt(vbv / vv)


result = spectral_norm(N)
print(f"spectral norm {result:.9f}")
