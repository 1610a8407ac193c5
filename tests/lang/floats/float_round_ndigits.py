# round(float, n): correctly rounded decimal results, ties to even on exact halves.
vals = [2.675, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, 1.15, 1.25, 1.35, 0.045, 1234.5678, -0.0, 5e-324,
        1e300, 123456789.987654321, 0.1 + 0.2, 1 / 3, 2.0 ** 60 + 0.5 if False else 1e22]
for v in vals:
    print(repr(v), [round(v, n) for n in (-3, -1, 0, 1, 2, 3, 5, 10, 17)])
print(round(0.5, 0), round(1.5, 0), round(-0.5, 0), round(-1.5, 0), round(0.25, 1), round(0.35, 1))
print(round(1e-320, 320), round(1e-320, 321), round(1.7976931348623157e308, -300), round(1e15 + 0.3, 0))
print(round(12345.6789, -400), round(-12345.6789, -400), round(1.5, 400), round(-1.5, -(2 ** 70)))
print(round(2.5, True), round(2.55, False), type(round(2.5, True)).__name__)
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 1e16, 2.0 ** 63, -(2.0 ** 70), 4.5e15 + 0.5):
    print(repr(x), round(x), type(round(x)).__name__)
try:
    round(1e308, -308)
except OverflowError as e:
    print('OverflowError:', e)
