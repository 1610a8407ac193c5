# math: sqrt, exp, logs, powers.
import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e300), math.sqrt(10 ** 100))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(700), math.exp(-1000))
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000), math.log(10 ** 400))
print(math.log2(8), math.log2(1024.0), math.log2(3), math.log10(1000), math.log10(2), math.log10(10 ** 50))
print(math.log1p(0), math.log1p(1e-10), math.expm1(0), math.expm1(1e-10), math.expm1(1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(-8, 3), math.pow(1, float('nan')))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2 ** 60), type(math.fabs(3)).__name__)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.tau == 2 * math.pi)
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
