# complex literals and their reprs
print(1j, 0j, 2.5j, 1e16j, 1e-7j, 10j, 1J)
print(2 + 3j, 2 - 3j, -2 + 3j, -2 - 3j, -1j, -(0j), +(1j))
print(1 + 0j, 0.0 + 0j, -0.0 + 0j, 0 - 1j, -(1 + 0j))
print(repr(1j), str(2 + 3j), [1j, 2 + 2j], (1j,), {'k': 3j})
print(type(1j).__name__, type(1 + 1j).__name__)
x = 1_000j
print(x, 0x10 + 1j, 1.5e3j, .5j, 5.j)
print(complex(1e300, -1e300), complex(1e-300, 5e-324))
inf = float('inf')
nan = float('nan')
print(complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, nan), complex(nan, -inf))
print(complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0))
