# Range iteration at the i64 edges, forwards and reversed (step of -2**63 included).
import sys
M = sys.maxsize
for r in [range(-M-1, M, M), range(M, -M-1, -M), range(-M-1, M, 2**62), range(0, 10, 3), range(10, 0, -3), range(-M-1, -M+5, 2), range(M-5, M), range(0, 2, -M-1), range(5, -M-1, -M-1), range(-5, 6, 5)]:
    print(list(r)[:5], list(reversed(r))[:5], len(r))
