# Negative big integers in all operations.
n = -(10 ** 25) - 7
print(n, abs(n), -n, n * n, n * -n, n + 10 ** 25, n - n)
print(n // 10, n % 10, n // -10, n % -10, divmod(n, 10 ** 12))
print(str(n), repr(n), hex(n), bin(n)[:20], f'{n:,}', f'{n:+}', f'{n:40}')
print(n < 0, n < -(10 ** 24), n > -(10 ** 26), n == -(10 ** 25) - 7)
print(int(str(n)) == n, int(float(n)), float(n))
print(n ** 2, n ** 3, (-2) ** 100, (-2) ** 101)
print(n & 0xFFFF, n | 0xFF, n ^ -1, ~n, n >> 20, n << 20)
print(round(n, -20), round(n, -3), round(n, 2))
