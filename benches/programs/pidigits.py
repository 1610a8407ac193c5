# Digits of pi with an unbounded streaming spigot on big integers (a linear
# fractional transformation is composed with each term and a digit is emitted
# once it is fixed). Exercises big-int multiply, add, floor division, divmod.

DIGITS = 4000


def pi_digits(count):
    # State (q, r, t, k): the transformation x -> (q*x + r) / t, term index k.
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        n = (3 * q + r) // t
        if (4 * q + r) // t == n:
            # the next digit is the same for x = 3 and x = 4: it is settled
            digits.append(n)
            q, r = 10 * q, 10 * (r - n * t)
        else:
            # compose with the next term of the series
            k2 = 2 * k + 1
            q, r, t, k = q * k, (2 * q + r) * k2, t * k2, k + 1
    return digits


digits = pi_digits(DIGITS)
text = "".join(map(str, digits))
print("first", text[:20])
print("last", text[-20:])
weighted = 0
for i, d in enumerate(digits):
    weighted = (weighted * 7 + d * (i + 1)) % 1000000007
print("digit sum", sum(digits), "checksum", weighted)
hist = [0] * 10
for d in digits:
    hist[d] += 1
print("histogram", hist)
