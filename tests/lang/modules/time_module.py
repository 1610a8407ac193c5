# time module: only types and non-negative differences are printed.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
r = time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(r, type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t1 - t0 >= 0, p1 - p0 >= 0.005, m1 - m0 >= 0, t0 > 1.6e9)
ns0 = time.perf_counter_ns()
ns1 = time.perf_counter_ns()
print(type(ns0).__name__, ns1 >= ns0, type(time.time_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    time.sleep('x')
except TypeError as e:
    print('TypeError:', e)
time.sleep(0)
print('done')
