# Shifts across word boundaries, positive and negative.
for s in (0, 1, 31, 32, 33, 63, 64, 65, 127, 128, 200):
    print(s, 1 << s, -1 << s, (1 << s) >> s, ((1 << s) - 1) >> (s // 2))
for v in (2 ** 64 + 7, -(2 ** 64) - 7, 2 ** 127, -(2 ** 127)):
    print(v >> 1, v >> 63, v >> 64, v >> 65, v >> 500, v << 1)
print(-1 >> 1000, 1 >> 1000, 0 << 1000, 0 >> 5)
try:
    1 << -(2 ** 70)
except ValueError as e:
    print('ValueError:', e)
print(1 >> (2 ** 70), -1 >> (2 ** 70))
