# complex attributes and methods
z = 3 + 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), abs(z), abs(-5j), abs(0j))
print(z.__complex__(), z.__getnewargs__(), z.__abs__(), z.__neg__(), z.__pos__(), z.__bool__())
print(z.__add__(1), z.__radd__(1), z.__sub__(1j), z.__rsub__(1j), z.__mul__(2), z.__truediv__(2))
print(z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__eq__(z), z.__ne__(z), z.__lt__(z))
print(z.__add__('x'), z.__eq__('x'))
print(bool(0j), bool(-0j), bool(1j), bool(1 + 0j), not 0j)
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)), abs(1e300 + 1e300j))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError', e)
print((1).conjugate(), (2.5).conjugate(), (3).imag, (2.5).imag, (2.5).real)
print(complex.conjugate(1j), complex.__repr__(2j), hash(z) == z.__hash__())
